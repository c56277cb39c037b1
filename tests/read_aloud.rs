//! Läs upp in the lesson player: the button and the L key read the step
//! (a question with its answers, then the feedback), automatic reading
//! follows each new step, and with no sound device or no recording the
//! senior gets a plain message instead of a crash.

mod common;

use common::Harness;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use stegvis::app::{App, Options, Screen};
use stegvis::audio::{Audio, Clip, Output};

/// What the fake sound device was asked to play: the number of clips per request.
static PLAYED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

struct Recorder;

impl Output for Recorder {
    fn play(&mut self, sources: Vec<Clip>, _volume: f32) {
        if let Ok(mut played) = PLAYED.lock() {
            played.push(sources.len());
        }
    }
    fn stop(&mut self) {}
    fn set_volume(&mut self, _volume: f32) {}
}

fn recorder() -> Result<Box<dyn Output>, String> {
    Ok(Box::new(Recorder))
}

fn no_device() -> Result<Box<dyn Output>, String> {
    Err("no sound card in this test".into())
}

/// The UI test lessons, with a (real, shipped) Ogg clip for every message of `ui-first`.
fn lessons_with_audio() -> tempfile::TempDir {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    for lesson in ["ui-first", "ui-second"] {
        let from = root.join("tests/ui-lessons").join(lesson);
        let to = dir.path().join(lesson);
        std::fs::create_dir_all(&to).expect("mkdir");
        for file in std::fs::read_dir(&from).expect("read") {
            let file = file.expect("entry");
            std::fs::copy(file.path(), to.join(file.file_name())).expect("copy");
        }
    }
    let clip = root.join("lessons/dator-kom-igang/audio/sv/intro.ogg");
    let audio = dir.path().join("ui-first/audio/sv");
    std::fs::create_dir_all(&audio).expect("mkdir");
    for id in [
        "intro", "q1", "q1-a1", "q1-a2", "q1-a1-fb", "q1-a2-fb", "q1-hint", "outro",
    ] {
        std::fs::copy(&clip, audio.join(format!("{id}.ogg"))).expect("copy clip");
    }
    dir
}

fn harness(lessons: &Path, opener: stegvis::audio::Opener, settings: &str) -> Harness {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(config.path().join("settings.toml"), settings).expect("settings");
    let mut app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: data.path().to_path_buf(),
        lesson_dirs: vec![lessons.to_path_buf()],
        machine: Default::default(),
    });
    app.set_audio(Audio::start_with(opener));
    Harness::from_app(app, config, data)
}

fn played() -> Vec<usize> {
    PLAYED.lock().map(|p| p.clone()).unwrap_or_default()
}

#[test]
fn reading_a_question_then_its_feedback_and_automatic_reading() {
    let lessons = lessons_with_audio();
    let mut h = harness(lessons.path(), recorder, "auto_read = true\n");
    h.click("Börja ›");
    h.click("Läs upp (tangent L)");
    assert!(h.shows("Stoppa uppläsningen"), "while reading, Stop shows");
    assert!(h.shows("Läs igen"));
    h.click("Stoppa uppläsningen");
    assert!(h.shows("Läs upp (tangent L)"));

    let before = played().len();
    h.click("Nästa ›");
    // Automatic reading: the question and its two answers, in one go.
    let after = played();
    assert_eq!(after.len(), before + 1, "the new step was read by itself");
    assert_eq!(after.last(), Some(&3), "question + 2 answers");

    // The L key reads again; after a wrong answer, feedback + hint.
    h.click("Grön");
    h.key(iced::keyboard::Key::Character("l".into()));
    assert_eq!(played().last(), Some(&2), "feedback + hint");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
}

#[test]
fn no_sound_device_is_explained_in_plain_words() {
    let lessons = lessons_with_audio();
    let mut h = harness(lessons.path(), no_device, "");
    h.click("Börja ›");
    h.click("Läs upp (tangent L)");
    assert!(h.shows(
        "Ljudet fungerar inte på den här datorn. Prova med högtalare eller hörlurar, eller be en handledare om hjälp."
    ));
    // The lesson goes on as before.
    h.click("Nästa ›");
    assert!(h.shows("Steg 2 av 3"));
}

#[test]
fn a_missing_recording_is_explained() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons");
    let mut h = harness(&fixtures, recorder, "");
    h.click("Börja ›");
    h.click("Läs upp (tangent L)");
    assert!(h.shows("Den här texten finns inte inläst ännu."));
}

/// Requests seen by the fake device of the answer-sound test only.
static CUES: Mutex<usize> = Mutex::new(0);

struct CueRecorder;

impl Output for CueRecorder {
    fn play(&mut self, _sources: Vec<Clip>, _volume: f32) {
        if let Ok(mut n) = CUES.lock() {
            *n += 1;
        }
    }
    fn stop(&mut self) {}
    fn set_volume(&mut self, _volume: f32) {}
}

fn cue_recorder() -> Result<Box<dyn Output>, String> {
    Ok(Box::new(CueRecorder))
}

fn cues() -> usize {
    CUES.lock().map(|n| *n).unwrap_or(0)
}

#[test]
fn answer_sounds_play_only_when_turned_on() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons");
    // Off by default: answering plays nothing.
    let mut quiet = harness(&fixtures, cue_recorder, "");
    quiet.click("Börja ›");
    quiet.click("Nästa ›");
    quiet.click("Grön");
    quiet.click("Vit");
    assert_eq!(cues(), 0, "no sound unless turned on");

    let mut h = harness(&fixtures, cue_recorder, "sound_cues = true\n");
    h.click("Börja ›");
    h.click("Nästa ›");
    h.click("Grön");
    assert_eq!(cues(), 1, "the wrong-answer sound played");
    h.click("Vit");
    assert_eq!(cues(), 2, "the right-answer sound played");
}

/// Clip counts seen by the fake device of the Home test only (tests run in
/// parallel, so each counting test has its own).
static HOME_PLAYED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

struct HomeRecorder;

impl Output for HomeRecorder {
    fn play(&mut self, sources: Vec<Clip>, _volume: f32) {
        if let Ok(mut played) = HOME_PLAYED.lock() {
            played.push(sources.len());
        }
    }
    fn stop(&mut self) {}
    fn set_volume(&mut self, _volume: f32) {}
}

fn home_recorder() -> Result<Box<dyn Output>, String> {
    Ok(Box::new(HomeRecorder))
}

#[test]
fn the_home_instruction_is_read_aloud_from_fresh_clips() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons");
    let mut h = harness(&fixtures, home_recorder, "");
    h.click("Läs upp (tangent L)");
    assert!(h.shows("Stoppa uppläsningen"));
    let played = HOME_PLAYED.lock().map(|p| p.clone()).unwrap_or_default();
    assert_eq!(played, vec![2], "heading and instruction, in one go");

    let dir = stegvis::ui_narration::narration_dir();
    let texts = stegvis::ui_narration::narration_texts(&dir).expect("manifests read");
    assert_eq!(texts.len(), 4, "two clips in each language: {texts:?}");
    for t in texts {
        assert!(t.text.is_some(), "no stale entry: {t:?}");
        assert!(t.clip.is_file(), "clip made: {}", t.clip.display());
        let entry = t.entry.as_ref().expect("manifest entry");
        assert_eq!(
            Some(&entry.sha256),
            t.sha256.as_ref(),
            "{} is stale: run scripts/make-narration",
            t.clip.display()
        );
    }
}
