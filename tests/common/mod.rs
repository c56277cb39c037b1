//! The test harness shared by the UI simulation tests: the real `App`
//! driven through iced_test simulators, one per user action.
#![allow(dead_code)]

pub mod paths;
pub mod practice;

use iced::keyboard::key::Named;
use iced_test::Simulator;
use std::path::PathBuf;
use stegvis::app::{App, Message, Options};
use stegvis::model::progress::LessonStatus;

pub struct Harness {
    pub app: App,
    pub _config: tempfile::TempDir,
    pub data: tempfile::TempDir,
    pub size: iced::Size,
}

pub fn fixture_lessons() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons")
}

pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: stegvis::fonts(),
        default_font: stegvis::widget::FONT,
        ..iced::Settings::default()
    }
}

impl Harness {
    pub fn new() -> Self {
        Self::with_config(tempfile::tempdir().expect("tempdir"))
    }

    pub fn with_config(config: tempfile::TempDir) -> Self {
        let data = tempfile::tempdir().expect("tempdir");
        Self::open(config, data, iced::Size::new(1024.0, 768.0))
    }

    /// The app on these folders, as a real start would open it.
    pub fn open(config: tempfile::TempDir, data: tempfile::TempDir, size: iced::Size) -> Self {
        let mut h = Self::on_folders(config, data, vec![fixture_lessons()]);
        h.size = size;
        h
    }

    /// A harness around an app the test built itself.
    pub fn from_app(app: App, config: tempfile::TempDir, data: tempfile::TempDir) -> Self {
        Harness {
            app,
            _config: config,
            data,
            size: iced::Size::new(1024.0, 768.0),
        }
    }

    /// A fresh app on the same folders, as after a restart.
    pub fn restart(self) -> Self {
        Self::open(self._config, self.data, self.size)
    }

    /// The logical viewport the real window has at the app's text scale.
    pub fn viewport(&self) -> iced::Size {
        let s = self.app.scale_factor();
        iced::Size::new(self.size.width / s, self.size.height / s)
    }

    pub fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), self.viewport(), self.app.view())
    }

    pub fn apply(&mut self, messages: Vec<Message>) {
        for m in messages {
            let _ = self.app.update(m);
        }
    }

    pub fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            // The window redraws after every update, which carries out a
            // scroll the update asked for, before the next click.
            let mut ui = self.simulator();
            let _ = ui.simulate([iced::Event::Window(iced::window::Event::RedrawRequested(
                std::time::Instant::now(),
            ))]);
            if let Err(e) = ui.click(label) {
                panic!(
                    "could not click {label:?}: {e:?}\nscreen: {:?}",
                    self.app.screen()
                );
            }
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        self.apply(messages);
    }

    pub fn key(&mut self, key: impl Into<iced::keyboard::Key>) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            let _ = ui.tap_key(key);
            ui.into_messages().collect()
        };
        self.apply(messages);
    }

    pub fn shows(&self, label: &str) -> bool {
        self.simulator().find(label).is_ok()
    }

    pub fn status(&self, id: &str) -> LessonStatus {
        self.app.shared().status(id)
    }
}

impl Harness {
    /// Types `text` into the text field with widget id `id`, one character
    /// per simulator, as a person would (click the field, press a key).
    pub fn type_into(&mut self, id: &'static str, text: &str) {
        for ch in text.chars() {
            let messages: Vec<Message> = {
                let mut ui = self.simulator();
                if let Err(e) = ui.click(iced::widget::Id::new(id)) {
                    panic!(
                        "no text field {id:?}: {e:?}\nscreen: {:?}",
                        self.app.screen()
                    );
                }
                let _ = ui.typewrite(&ch.to_string());
                ui.into_messages().collect()
            };
            self.apply(messages);
        }
    }

    /// Presses Enter in the text field with widget id `id`.
    pub fn submit(&mut self, id: &'static str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            if let Err(e) = ui.click(iced::widget::Id::new(id)) {
                panic!(
                    "no text field {id:?}: {e:?}\nscreen: {:?}",
                    self.app.screen()
                );
            }
            let _ = ui.tap_key(Named::Enter);
            ui.into_messages().collect()
        };
        self.apply(messages);
    }
}

/// The lessons the app ships.
pub fn shipped_lessons() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

impl Harness {
    /// The app on fresh folders with the lessons in `dirs` and these
    /// settings (`settings.toml` text).
    pub fn with_lessons(dirs: Vec<PathBuf>, settings: &str) -> Self {
        let config = tempfile::tempdir().expect("tempdir");
        let data = tempfile::tempdir().expect("tempdir");
        std::fs::write(config.path().join("settings.toml"), settings).expect("settings");
        Self::on_folders(config, data, dirs)
    }

    /// The app on these folders with the lessons in `dirs`.
    pub fn on_folders(
        config: tempfile::TempDir,
        data: tempfile::TempDir,
        dirs: Vec<PathBuf>,
    ) -> Self {
        let app = App::new(Options {
            config_dir: config.path().to_path_buf(),
            data_dir: data.path().to_path_buf(),
            lesson_dirs: dirs,
            machine: Default::default(),
        });
        Self::from_app(app, config, data)
    }

    /// Opens `lesson_id` and presses Next until its first practice step.
    pub fn open_practice(&mut self, lesson_id: &str) {
        self.open_scenario(lesson_id, None);
    }

    /// Opens `lesson_id` and presses Next until the practice step of
    /// `scenario` (or the first practice step, with `None`).
    pub fn open_scenario(&mut self, lesson_id: &str, scenario: Option<&str>) {
        use stegvis::screen::{home, lesson};
        let _ = self
            .app
            .update(Message::Home(home::Message::OpenLesson(lesson_id.into())));
        for _ in 0..30 {
            let stegvis::app::Screen::Lesson(player) = self.app.screen() else {
                panic!("not in a lesson: {:?}", self.app.screen());
            };
            let at_practice = self
                .app
                .shared()
                .library
                .get(lesson_id)
                .and_then(|l| l.steps.get(player.step))
                .is_some_and(|s| {
                    matches!(s, stegvis::model::Step::Practice { scenario: id }
                        if scenario.is_none_or(|want| want == id))
                });
            if at_practice {
                return;
            }
            let _ = self.app.update(Message::Lesson(lesson::Message::Next));
        }
        panic!("{lesson_id} has no practice step");
    }
}

impl Harness {
    /// Lets the running export or import finish on its own thread, as the
    /// app's task does, and hands what it gave to the app.
    pub fn finish_exchange(&mut self) {
        let job = self
            .app
            .exchange_job()
            .cloned()
            .expect("an export or import is running");
        let finished = iced::futures::executor::block_on(job.finish());
        self.apply(vec![Message::ExchangeDone(finished)]);
    }
}
