//! At 250 % text in a 1024×768 window, every screen reflows: no text runs
//! past the window's edges and no two visible texts overlap. At 100 % every
//! control that can be pressed is at least 64 px tall.

use iced::Rectangle;
use iced_test::Simulator;
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::{App, Message, Options};
use stegvis::screen::{home, lesson};

#[path = "common/paths.rs"]
mod paths;
use paths::PRACTICE_PATHS;

fn settings() -> iced::Settings {
    iced::Settings {
        fonts: stegvis::fonts(),
        default_font: stegvis::widget::FONT,
        ..iced::Settings::default()
    }
}

struct Text {
    content: String,
    bounds: Rectangle,
    visible: Option<Rectangle>,
}

/// Every text on the page with its layout and visible bounds.
fn texts(app: &App, viewport: iced::Size) -> Vec<Text> {
    let found: Arc<Mutex<Vec<Text>>> = Arc::default();
    let sink = Arc::clone(&found);
    let mut ui: Simulator<'_, Message> = Simulator::with_size(settings(), viewport, app.view());
    // A selector that never matches walks the whole tree, collecting as it goes.
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            bounds,
            visible_bounds,
            content,
            ..
        } = candidate
            && let Ok(mut all) = sink.lock()
        {
            all.push(Text {
                content: content.to_owned(),
                bounds,
                visible: visible_bounds,
            });
        }
        None
    });
    let mut guard = found.lock().expect("lock");
    std::mem::take(&mut *guard)
}

fn intersect(a: Rectangle, b: Rectangle) -> f32 {
    let w = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let h = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
}

fn assert_reflows(app: &App, screen: &str) {
    let scale = app.scale_factor();
    let viewport = iced::Size::new(1024.0 / scale, 768.0 / scale);
    let all = texts(app, viewport);
    assert!(
        all.len() > 2,
        "{screen}: found too few texts ({})",
        all.len()
    );
    for t in &all {
        let b = t.bounds;
        assert!(
            t.content.trim().is_empty() || b.width >= 8.0,
            "{screen}: {:?} is squeezed to {:.1} px wide",
            t.content,
            b.width
        );
        assert!(
            b.x >= -0.5 && b.x + b.width <= viewport.width + 0.5,
            "{screen}: {:?} runs past the window edge: {b:?} in {viewport:?}",
            t.content
        );
    }
    let visible: Vec<&Text> = all.iter().filter(|t| t.visible.is_some()).collect();
    for (i, a) in visible.iter().enumerate() {
        for b in &visible[i + 1..] {
            let (ra, rb) = (a.visible.unwrap_or_default(), b.visible.unwrap_or_default());
            let overlap = intersect(ra, rb);
            assert!(
                overlap < 2.0,
                "{screen}: {:?} {ra:?} overlaps {:?} {rb:?}",
                a.content,
                b.content
            );
        }
    }
}

fn app_at(scale: &str) -> (App, tempfile::TempDir, tempfile::TempDir) {
    app_with(&format!("text_scale = {scale}\n"), |_| {})
}

/// An app with these settings, after `prepare` has filled the data folder.
fn app_with(
    settings: &str,
    prepare: impl FnOnce(&std::path::Path),
) -> (App, tempfile::TempDir, tempfile::TempDir) {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(config.path().join("settings.toml"), settings).expect("write");
    prepare(data.path());
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: data.path().to_path_buf(),
        lesson_dirs: vec![
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons"),
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-practice"),
        ],
        machine: Default::default(),
    });
    (app, config, data)
}

/// Walks Home, a topic, a read step, a question (before and after a wrong
/// answer), Done and Settings, calling `check` on each.
fn walk_screens(app: &mut App, mut check: impl FnMut(&App, &str)) {
    check(app, "home");
    let _ = app.update(Message::Home(home::Message::OpenTopic(
        stegvis::model::Topic::Email,
    )));
    check(app, "topic lessons");
    let _ = app.update(Message::Home(home::Message::OpenLesson("ui-first".into())));
    check(app, "read step");
    let _ = app.update(Message::Lesson(lesson::Message::Next));
    check(app, "question");
    let _ = app.update(Message::Lesson(lesson::Message::Choose(0)));
    check(app, "question with wrong-answer feedback");
    let _ = app.update(Message::Lesson(lesson::Message::Choose(1)));
    let _ = app.update(Message::Lesson(lesson::Message::Next));
    let _ = app.update(Message::Lesson(lesson::Message::Next));
    assert!(matches!(app.screen(), stegvis::app::Screen::Done(_)));
    check(app, "done");
    let _ = app.update(Message::Done(stegvis::screen::done::Message::Home));
    let _ = app.update(Message::Home(home::Message::OpenSettings));
    check(app, "settings");
    let _ = app.update(Message::OpenShortcuts);
    check(app, "shortcuts");
}

/// Walks a practice with every part of the kit on show: at the start, after
/// a wrong try (hint), during a trap's explanation and when done.
fn walk_practice(app: &mut App, mut check: impl FnMut(&App, &str)) {
    use stegvis::model::practice::Input;
    let press = |app: &mut App, input: Input| {
        let _ = app.update(Message::Lesson(lesson::Message::Practice(input)));
    };
    let _ = app.update(Message::Home(home::Message::OpenLesson(
        "ui-practice".into(),
    )));
    let _ = app.update(Message::Lesson(lesson::Message::Next));
    check(app, "practice");
    press(app, Input::Press("val-b".into()));
    check(app, "practice with a hint");
    press(app, Input::Press("lank".into()));
    check(app, "practice trap");
    press(app, Input::TryAgain);
    for d in [1, 2, 3, 4] {
        press(app, Input::Digit(d));
    }
    press(app, Input::Press("ok".into()));
    check(app, "practice done");
    let _ = app.update(Message::Lesson(lesson::Message::Leave));
}

/// A course with two participants, one of whom asked for help, and a tutor code.
fn course_data(dir: &std::path::Path) {
    use stegvis::model::progress::EventKind;
    let mut store = stegvis::store::Store::open(dir).expect("open").store;
    let course = store
        .create_course(
            "Stadsbiblioteket, våren 2027",
            "Kalmar",
            time::macros::date!(2027 - 01 - 12),
            10,
        )
        .expect("course");
    let karin = store.add_participant(&course.id, "Karin L.").expect("add");
    store.add_participant(&course.id, "Åke B.").expect("add");
    store.start_session(&course.id, 1).expect("start");
    store
        .set_attendance(&course.id, 1, &karin.id, true)
        .expect("present");
    store
        .record(Some(&karin.id), "ui-first", EventKind::LessonStarted)
        .expect("record");
    store
        .record(
            Some(&karin.id),
            "ui-first",
            EventKind::HelpRequested { step: 0 },
        )
        .expect("record");
    store.set_tutor_code("4711").expect("code");
    store
        .set_device_name("Dator 3, Stadsbiblioteket")
        .expect("name");
    let file = dir.join("stegvis-Dator-3.stegvis");
    store.export(&file).expect("export");
    store.import(&file).expect("import: a line in the log");
}

/// Walks the course screens: Start, the name list, a participant's Home and
/// lesson with a help request, the tutor code, the course page, the
/// dashboard (session and whole course), a participant's page, the course
/// list and the page for moving progress between computers.
fn walk_course_screens(app: &mut App, mut check: impl FnMut(&App, &str)) {
    use stegvis::screen::{code, pick, start, tutor};
    check(app, "start");
    let _ = app.update(Message::Start(start::Message::Participant));
    check(app, "name list");
    let karin = match app.screen() {
        stegvis::app::Screen::PickName(p) => p.participants[0].id.clone(),
        other => panic!("expected the name list, got {other:?}"),
    };
    let _ = app.update(Message::Pick(pick::Message::Pick(karin.clone())));
    check(app, "participant home");
    let _ = app.update(Message::Home(home::Message::OpenLesson("ui-first".into())));
    check(app, "lesson waiting for help");
    let _ = app.update(Message::Escape);
    let _ = app.update(Message::Home(home::Message::SwitchLearner));
    let _ = app.update(Message::Pick(pick::Message::Back));
    let _ = app.update(Message::Start(start::Message::Tutor));
    check(app, "tutor code");
    let _ = app.update(Message::Code(code::Message::Code("4711".into())));
    let _ = app.update(Message::Code(code::Message::Submit));
    check(app, "course page");
    let _ = app.update(Message::Tutor(tutor::Message::Dashboard));
    check(app, "dashboard");
    let _ = app.update(Message::Tutor(tutor::Message::WholeCourse(true)));
    check(app, "dashboard, whole course");
    let _ = app.update(Message::Tutor(tutor::Message::OpenParticipant(karin)));
    check(app, "participant page");
    let _ = app.update(Message::Tutor(tutor::Message::AllCourses));
    check(app, "course list");
    let _ = app.update(Message::Tutor(tutor::Message::OpenExchange));
    check(app, "moving between computers");
}

/// Saves what `app` shows as `target/snapshots/<name>.png` for people to look at.
fn save_snapshot(app: &App, name: &str) {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/snapshots");
    std::fs::create_dir_all(&dir).expect("snapshot folder");
    let path = dir.join(format!("{name}.png"));
    // iced_test names the file after the renderer; an old one must go, or a
    // changed screen would fail to "match" it.
    for file in [
        format!("{name}.png"),
        format!("{name}-tiny-skia.png"),
        format!("{name}-wgpu.png"),
    ] {
        let _ = std::fs::remove_file(dir.join(file));
    }
    let scale = app.scale_factor();
    let viewport = iced::Size::new(1024.0 / scale, 768.0 / scale);
    let mut ui: Simulator<'_, Message> = Simulator::with_size(settings(), viewport, app.view());
    let snapshot = ui.snapshot(&app.theme()).expect("snapshot");
    assert!(snapshot.matches_image(&path).expect("write snapshot"));
}

#[test]
fn every_screen_in_every_theme_at_100_175_and_250_percent() {
    for theme in ["standard", "high-contrast-light", "high-contrast-dark"] {
        for scale in ["1.00", "1.75", "2.50"] {
            let settings = format!("text_scale = {scale}\ntheme = \"{theme}\"\n");
            let percent = scale.replace('.', "");
            let label =
                |screen: &str| format!("{}-{theme}-{percent}", screen.replace([' ', ','], "-"));
            let (mut app, _c, _d) = app_with(&settings, |_| {});
            walk_screens(&mut app, |app, screen| {
                assert_reflows(app, &label(screen));
                save_snapshot(app, &label(screen));
            });
            let _ = app.update(Message::Escape);
            let _ = app.update(Message::Escape);
            walk_practice(&mut app, |app, screen| {
                assert_reflows(app, &label(screen));
                save_snapshot(app, &label(screen));
            });
            let (mut app, _c, _d) = app_with(&settings, course_data);
            walk_course_screens(&mut app, |app, screen| {
                assert_reflows(app, &label(screen));
                save_snapshot(app, &label(screen));
            });
        }
    }
}

#[test]
fn every_screen_reflows_at_250_percent() {
    let (mut app, _c, _d) = app_at("2.5");
    assert!((app.scale_factor() - 2.5).abs() < 1e-6);
    walk_screens(&mut app, assert_reflows);
    let (mut app, _c, _d) = app_at("2.5");
    walk_practice(&mut app, assert_reflows);
}

/// Heights of every focusable control (inside its focus frame) on the
/// page, in the window's pixels (at large text the frame is thinner).
fn target_heights(app: &App, viewport: iced::Size) -> Vec<f32> {
    let scale = app.scale_factor();
    let gap = if scale >= stegvis::theme::COMPACT_SCALE - 0.01 {
        1.0
    } else {
        stegvis::theme::FOCUS_GAP
    };
    let frame = 2.0 * (stegvis::theme::FOCUS_WIDTH + gap);
    let ids: Vec<iced::widget::Id> = (0..80).map(stegvis::widget::reveal::focus_id).collect();
    let found: Arc<Mutex<Vec<f32>>> = Arc::default();
    let sink = Arc::clone(&found);
    let mut ui: Simulator<'_, Message> = Simulator::with_size(settings(), viewport, app.view());
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Container {
            id: Some(id),
            bounds,
            ..
        } = candidate
            && ids.contains(id)
            && let Ok(mut all) = sink.lock()
        {
            all.push((bounds.height - frame) * scale);
        }
        None
    });
    let mut guard = found.lock().expect("lock");
    std::mem::take(&mut *guard)
}

#[test]
fn every_target_is_at_least_64_px_tall() {
    every_target_is_at_least_64_px_tall_at("1.0");
}

#[test]
fn at_large_text_every_target_is_still_at_least_64_px_tall_on_screen() {
    // Targets save room at large text, but never below 64 px on screen.
    for scale in ["1.75", "2.5"] {
        every_target_is_at_least_64_px_tall_at(scale);
    }
}

fn every_target_is_at_least_64_px_tall_at(scale: &str) {
    let (mut app, _c, _d) = app_at(scale);
    let mut practice = app_at(scale);
    walk_practice(&mut practice.0, |app, screen| {
        let heights = target_heights(app, iced::Size::new(1280.0, 2400.0));
        assert!(heights.len() >= 5, "{screen}: too few controls found");
        for h in heights {
            assert!(
                h >= stegvis::theme::TARGET_HEIGHT - 0.5,
                "{screen}: a control is only {h:.1} px tall"
            );
        }
    });
    // The shipped practices, with their text fields, contacts and photos.
    let (mut shipped, _c, _d) = shipped_app(&format!("text_scale = {scale}\n"));
    for (lesson_id, scenario, path) in PRACTICE_PATHS {
        walk_shipped_practice(&mut shipped, lesson_id, scenario, path, |app, screen| {
            for h in target_heights(app, iced::Size::new(1280.0, 3000.0)) {
                assert!(
                    h >= stegvis::theme::TARGET_HEIGHT - 0.5,
                    "{screen}: a control is only {h:.1} px tall"
                );
            }
        });
    }
    walk_screens(&mut app, |app, screen| {
        let heights = target_heights(app, iced::Size::new(1280.0, 800.0));
        assert!(!heights.is_empty(), "{screen}: no focusable controls found");
        for h in heights {
            assert!(
                h >= stegvis::theme::TARGET_HEIGHT - 0.5,
                "{screen}: a control is only {h:.1} px tall"
            );
        }
    });
}

/// The lessons the app ships.
fn shipped_app(settings: &str) -> (App, tempfile::TempDir, tempfile::TempDir) {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(config.path().join("settings.toml"), settings).expect("write");
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: data.path().to_path_buf(),
        lesson_dirs: vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons")],
        machine: Default::default(),
    });
    (app, config, data)
}

/// Opens `lesson` at the practice step of `scenario` and plays `path` (a
/// `#` first types the digits, `field=words` types in a text field,
/// `!again` is "Försök igen" after a trap), calling `check` before the
/// first press and after each.
fn walk_shipped_practice(
    app: &mut App,
    lesson_id: &str,
    scenario: &str,
    path: &[&str],
    mut check: impl FnMut(&App, &str),
) {
    use stegvis::model::practice::Input;
    let _ = app.update(Message::Home(home::Message::OpenLesson(lesson_id.into())));
    for _ in 0..30 {
        let stegvis::app::Screen::Lesson(player) = app.screen() else {
            panic!("{lesson_id}: not in a lesson");
        };
        let step = app
            .shared()
            .library
            .get(lesson_id)
            .and_then(|l| l.steps.get(player.step));
        if matches!(step, Some(stegvis::model::Step::Practice { scenario: s }) if s == scenario) {
            break;
        }
        let _ = app.update(Message::Lesson(lesson::Message::Next));
    }
    check(app, &format!("{scenario} start"));
    for press in path {
        let inputs: Vec<Input> = match (press.strip_prefix('#'), press.split_once('=')) {
            _ if *press == "!again" => vec![Input::TryAgain],
            (Some(digits), _) => digits.bytes().map(|d| Input::Digit(d - b'0')).collect(),
            (None, Some((field, text))) => vec![Input::Type {
                field: field.into(),
                text: text.into(),
            }],
            (None, None) => vec![Input::Press((*press).into())],
        };
        for input in inputs {
            let _ = app.update(Message::Lesson(lesson::Message::Practice(input)));
        }
        check(app, &format!("{scenario} after {press}"));
    }
    let done = match app.screen() {
        stegvis::app::Screen::Lesson(player) => player.practice().is_some_and(|p| p.done),
        _ => false,
    };
    assert!(done, "{scenario}: the path does not reach the goal");
    let _ = app.update(Message::Lesson(lesson::Message::Leave));
}

#[test]
fn shipped_practices_reflow_at_100_175_and_250_percent() {
    for scale in ["1.0", "1.75", "2.5"] {
        let (mut app, _c, _d) = shipped_app(&format!("text_scale = {scale}\n"));
        for (lesson_id, scenario, path) in PRACTICE_PATHS {
            walk_shipped_practice(&mut app, lesson_id, scenario, path, |app, screen| {
                assert_reflows(app, screen);
                // The start of each practice at 250 %, for people to look at.
                if scale == "2.5" && screen.ends_with(" start") {
                    save_snapshot(app, &format!("{}-250", screen.replace(' ', "-")));
                }
            });
        }
    }
}

/// The height of the lesson's scroll area and of the desk's notes pinned
/// above it (0 when there are none), in logical pixels.
fn practice_heights(app: &App, viewport: iced::Size) -> (f32, f32) {
    let found: Arc<Mutex<(Option<f32>, f32)>> = Arc::default();
    let sink = Arc::clone(&found);
    let id = iced::widget::Id::new(lesson::SCROLL_ID);
    let desk = stegvis::screen::practice::desk_id();
    let mut ui: Simulator<'_, Message> = Simulator::with_size(settings(), viewport, app.view());
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let mut heights = sink.lock().ok()?;
        match candidate {
            Candidate::Scrollable {
                id: Some(found_id),
                bounds,
                ..
            } if *found_id == id => heights.0 = Some(bounds.height),
            Candidate::Container {
                id: Some(found_id),
                bounds,
                ..
            } if *found_id == desk => heights.1 = bounds.height,
            _ => {}
        }
        None
    });
    let heights = *found.lock().expect("lock");
    (heights.0.expect("the lesson's scroll area"), heights.1)
}

#[test]
fn at_250_percent_a_practice_keeps_most_of_the_window() {
    // 1024×768 at 250 % is 410×307 logical pixels; the fixed header and the
    // Back/Next bar used to leave the practice ~50 of them. The notes on
    // the desk, pinned above the page at large text, are the practice's.
    let (mut app, _c, _d) = shipped_app("text_scale = 2.5\n");
    for (lesson_id, scenario, path) in PRACTICE_PATHS {
        walk_shipped_practice(&mut app, lesson_id, scenario, path, |app, screen| {
            for (width, height, least) in [(1024.0, 768.0, 0.45), (1280.0, 800.0, 0.6)] {
                let viewport = iced::Size::new(width / 2.5, height / 2.5);
                let (scroll, desk) = practice_heights(app, viewport);
                assert!(
                    scroll + desk >= least * viewport.height,
                    "{screen}: the practice gets only {scroll:.0} + {desk:.0} of {:.0} px",
                    viewport.height
                );
            }
        });
    }
}

/// At 250 % in a 1024×768 window, every step's own text starts on the
/// first screen: a senior who does not know to scroll still sees it.
#[test]
fn each_steps_text_is_on_the_first_screen_at_250_percent() {
    use stegvis::model::lesson::Step;
    let (mut app, _c, _d) = app_at("2.5");
    let viewport = iced::Size::new(1024.0 / 2.5, 768.0 / 2.5);
    let _ = app.update(Message::Home(home::Message::OpenLesson("ui-first".into())));
    let steps = app
        .shared()
        .library
        .get("ui-first")
        .expect("fixture")
        .steps
        .clone();
    for (i, step) in steps.iter().enumerate() {
        let id = match step {
            Step::Read { text, .. } | Step::Choice { text, .. } => text.clone(),
            _ => continue,
        };
        let wanted = app
            .shared()
            .library
            .get("ui-first")
            .expect("fixture")
            .text("sv", &id);
        let found = texts(&app, viewport);
        let shown = found
            .iter()
            .find(|t| t.content == wanted)
            .unwrap_or_else(|| panic!("step {}: no text {wanted:?}", i + 1));
        assert!(
            shown.visible.is_some_and(|v| v.height >= 10.0),
            "step {}: {wanted:?} is below the first screen ({:?})",
            i + 1,
            shown.bounds
        );
        let _ = app.update(Message::Lesson(lesson::Message::Next));
    }
}
