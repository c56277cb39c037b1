//! Läs upp: reads what is on screen through the audio thread and shows
//! in plain words when sound does not work.

use super::{App, Message, Screen};
use crate::audio::{Audio, Outcome};
use crate::model::lesson::BASE_LOCALE;
use crate::screen::Reading;
use iced::Task;
use std::path::PathBuf;

impl App {
    /// Uses another audio thread (tests use one without a sound device).
    pub fn set_audio(&mut self, audio: Audio) {
        self.audio = audio;
    }

    /// The clip for message `id` of `lesson_id` in the UI language, else in Swedish.
    fn clip_path(&self, lesson_id: &str, id: &str) -> Option<PathBuf> {
        let lesson = self.shared.library.get(lesson_id)?;
        let in_lang = |lang: &str| {
            lesson
                .dir
                .join("audio")
                .join(lang)
                .join(format!("{id}.ogg"))
        };
        let path = in_lang(self.shared.lang.code());
        Some(if path.is_file() {
            path
        } else {
            in_lang(BASE_LOCALE)
        })
    }

    /// Reads messages `ids` of a lesson aloud and shows the outcome.
    pub(super) fn read_aloud(&mut self, lesson_id: &str, ids: &[String]) {
        let paths: Vec<PathBuf> = ids
            .iter()
            .filter_map(|id| self.clip_path(lesson_id, id))
            .collect();
        let state = self.play_clips(&paths);
        if let Screen::Lesson(player) = &mut self.screen {
            player.reading = state;
        }
    }

    /// Reads the Home page's instruction aloud.
    pub(super) fn read_home(&mut self) {
        let dir = crate::ui_narration::narration_dir();
        let paths: Vec<PathBuf> = crate::ui_narration::HOME_IDS
            .iter()
            .map(|id| crate::ui_narration::clip_path(&dir, self.shared.lang, id))
            .collect();
        let state = self.play_clips(&paths);
        if let Screen::Home(home) = &mut self.screen {
            home.reading = state;
        }
    }

    /// Plays `paths` in order and says how it went, in the words a page shows.
    fn play_clips(&self, paths: &[PathBuf]) -> Reading {
        if !self.settings.read_aloud {
            return Reading::Idle;
        }
        if paths.is_empty() {
            return Reading::NotRecorded;
        }
        match self.audio.play_all_and_wait(paths, self.settings.gain()) {
            Outcome::Playing { .. } => Reading::Playing,
            Outcome::MissingClip(path) => {
                eprintln!("Stegvis: no recording {}", path.display());
                Reading::NotRecorded
            }
            Outcome::BadClip(why) => {
                eprintln!("Stegvis: recording unreadable: {why}");
                Reading::NotRecorded
            }
            Outcome::NoDevice(why) => {
                eprintln!("Stegvis: no sound device: {why}");
                Reading::NoSound
            }
            Outcome::Unavailable => Reading::NoSound,
        }
    }

    /// Reads the current page aloud (automatic reading, the L key): a lesson
    /// step, or the Home page's instruction.
    pub(super) fn read_current_step(&mut self) {
        if matches!(self.screen, Screen::Home(_)) {
            self.read_home();
            return;
        }
        let Some((player, lesson)) = self.playing() else {
            return;
        };
        let ids = player.narration(lesson);
        let lesson_id = player.lesson_id.clone();
        self.read_aloud(&lesson_id, &ids);
    }
}

impl App {
    /// The gentle right/wrong sound, when turned on in Settings. Silent
    /// failure is fine here: the answer's feedback is always shown as text.
    pub(super) fn answer_cue(&self, correct: bool) {
        if !self.settings.sound_cues {
            return;
        }
        let name = if correct { "right.ogg" } else { "wrong.ogg" };
        let path = crate::paths::sounds_dir().join(name);
        let _ = self.audio.play_and_wait(&path, self.settings.gain());
    }
}

impl App {
    /// Saves the finished lesson as a large-print page ("Att ta med hem")
    /// in the reports folder and says where, on the Done page.
    pub(super) fn save_handout(&mut self, lesson_id: &str) -> Task<Message> {
        let dir = crate::paths::reports_dir(&self.options.data_dir);
        let saved = match self.shared.library.get(lesson_id) {
            Some(lesson) => {
                crate::handout::write_to_dir(lesson, self.shared.lang, &dir).map_err(|e| {
                    eprintln!("Stegvis: handout: {e}");
                    crate::fl!("done-handout-failed")
                })
            }
            None => Err(crate::fl!("done-handout-failed")),
        };
        if let Screen::Done(page) = &mut self.screen {
            page.handout = Some(
                saved
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .map_err(String::clone),
            );
            page.not_opened = None;
        }
        // The system's browser opens the page to print, on a thread of its
        // own; if it cannot, the page says where the file is.
        match saved {
            Ok(path) => Task::perform(crate::open::open(path), |result| {
                Message::Done(crate::screen::done::Message::Opened(result))
            }),
            Err(_) => Task::none(),
        }
    }
}
