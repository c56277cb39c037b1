//! The top-level state: routes messages to the current screen, saves what
//! screens report, and draws the page with notices and keyboard handling.

use crate::config::MachineConfig;
use crate::fl;
use crate::i18n::{self, Lang};
use crate::model::Library;
use crate::model::progress::{EventKind, LessonStatus, ProgressEvent, resume_step};
use crate::screen::code::{self as code_screen, TutorCode};
use crate::screen::done::{self, Done};
use crate::screen::home::{self, Home};
use crate::screen::lesson::{self, LessonPlayer};
use crate::screen::pick::{self, PickName};
use crate::screen::settings::{self as settings_screen, SettingsPage};
use crate::screen::shortcuts::{self, Shortcuts};
use crate::screen::start::{self, Start};
use crate::screen::tutor::{self, Tutor};
use crate::screen::{Learner, Shared};
use crate::settings::{self, Settings};
use crate::store::Store;
use crate::theme::{self, Palette, SCALES};
use crate::widget::focus::{KeyAction, Reveal, Show, Slot};
use crate::widget::style;
use crate::widget::{Ctx, KeyScope};
use iced::widget::{Column, container, text};
use iced::{Element, Length, Subscription, Task};
use std::path::PathBuf;

/// How long a step's save waits for another writer (an import on the
/// command line) before the step is kept to be saved with the next one:
/// short, as the window does not answer meanwhile.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(500);

/// Where the app reads and writes.
#[derive(Debug, Clone)]
pub struct Options {
    /// Folder of `settings.toml`.
    pub config_dir: PathBuf,
    /// Folder of `progress.db`.
    pub data_dir: PathBuf,
    /// Folders with lessons.
    pub lesson_dirs: Vec<PathBuf>,
    /// The machine-wide configuration (defaults, kiosk, tutor code …).
    pub machine: MachineConfig,
}

impl Options {
    /// The folders and machine configuration from the environment, portable
    /// mode and the operating system (see [`crate::paths`]).
    pub fn from_environment() -> Self {
        let machine = MachineConfig::load();
        let portable = crate::paths::portable_dir();
        let mut lesson_dirs = vec![crate::paths::lessons_dir()];
        lesson_dirs.extend(machine.lesson_dirs.iter().cloned());
        let config_dir = crate::paths::config_dir_with(portable.as_deref());
        let usual = crate::paths::data_dir_with(portable.as_deref(), machine.data_dir.as_deref());
        let chosen = settings::load_quietly(&config_dir).data_folder;
        Options {
            data_dir: folder::usable_data_dir(usual, chosen),
            config_dir,
            lesson_dirs,
            machine,
        }
    }
}

mod exchange;
mod folder;
mod kiosk;
mod machine;
mod notices;
mod people;
mod playing;
mod reading;
mod room;
mod saving;

pub use exchange::{ExchangeJob, Finished, Refusal, Work};
pub use kiosk::{Kiosk, KioskMessage};
pub use people::load_tutor_data;
pub use room::{RoomMessage, RoomWorker};

/// The screen on show.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// "Vem är du i dag?" (when a course exists).
    Start(Start),
    /// A participant picks their name.
    PickName(PickName),
    /// The tutor code.
    TutorCode(TutorCode),
    /// The tutor area.
    Tutor(Box<Tutor>),
    /// Topics and lessons.
    Home(Home),
    /// A lesson in progress.
    Lesson(LessonPlayer),
    /// A lesson just finished.
    Done(Done),
    /// Settings.
    Settings(SettingsPage),
    /// Kortkommandon.
    Shortcuts(Shortcuts),
    /// Choosing where to save when the data folder cannot be written.
    ChooseFolder(crate::screen::folder::ChooseFolder),
}

/// Everything the app can be told.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// For Start.
    Start(start::Message),
    /// For the name list.
    Pick(pick::Message),
    /// For the tutor code.
    Code(code_screen::Message),
    /// For the tutor area.
    Tutor(tutor::Message),
    /// For Home.
    Home(home::Message),
    /// For the lesson player.
    Lesson(lesson::Message),
    /// For Done.
    Done(done::Message),
    /// For Settings.
    Settings(settings_screen::Message),
    /// For Kortkommandon.
    Shortcuts(shortcuts::Message),
    /// F1: open Kortkommandon.
    OpenShortcuts,
    /// Move keyboard focus.
    Focus(Option<usize>),
    /// Esc was pressed.
    Escape,
    /// Ctrl + plus/minus/0.
    Zoom(i8),
    /// The L key: read the lesson step aloud.
    ReadAloud,
    /// A digit key or Backspace, for a practice's keypad.
    Keypad(crate::model::practice::Input),
    /// A notice was dismissed.
    DismissNotice(usize),
    /// Restore the offered backup.
    RestoreBackup,
    /// Keep the fresh database instead of the backup.
    DeclineBackup,
    /// The first frame was drawn (benchmark mode only).
    FirstFrame,
    /// Kiosk mode: next participant, or closing with the tutor code.
    Kiosk(KioskMessage),
    /// Open the page for choosing another data folder.
    ChooseFolder,
    /// For that page.
    Folder(crate::screen::folder::Message),
    /// From the course room's shared folder.
    Room(RoomMessage),
    /// An export or import on its own thread ended.
    ExchangeDone(exchange::Finished),
}

/// The application state.
#[derive(Debug)]
pub struct App {
    options: Options,
    settings: Settings,
    settings_save_failed: bool,
    store: Option<Store>,
    shared: Shared,
    screen: Screen,
    /// Index of the focused control, in reading order.
    pub focus: Option<usize>,
    /// While nothing has the focus: the control Tab goes to next (a
    /// practice's new screen shows its top first; Tab carries on in it).
    pub focus_resume: Option<Slot<Message>>,
    /// What to scroll into view after the last update (a practice's new
    /// screen, the control focus moved to).
    pub reveal: Reveal,
    notices: Vec<String>,
    /// A backup that can replace a database found broken at start.
    restore_offer: Option<crate::store::backup::Backup>,
    /// The read-aloud thread.
    audio: crate::audio::Audio,
    /// Screens to return to when Settings or Kortkommandon close, newest last.
    overlays: Vec<Screen>,
    first_frame_reported: bool,
    kiosk: Kiosk,
    /// The data folder cannot be written: the notice about it offers to
    /// choose another folder.
    folder_offer: Option<String>,
    /// Events recorded but not yet saved, oldest first.
    unsaved: Vec<ProgressEvent>,
    /// Whether the notice that saving failed was shown (it is shown once).
    save_failure_told: bool,
    /// The course room's shared folder, if this PC is in one.
    room: room::RoomLink,
    /// The export or import running on its own thread, if any.
    exchange_job: Option<exchange::ExchangeJob>,
}

impl App {
    /// Loads settings, lessons and progress. Never fails: problems become notices.
    pub fn new(options: Options) -> Self {
        let loaded = settings::load_over(&options.config_dir, &options.machine.settings_base());
        let lang = loaded.settings.effective_language();
        i18n::set_language(lang);
        let mut notices = machine::notices(&options.machine);
        if let Some(copy) = &loaded.broken_copy {
            notices.push(fl!(
                "notice-settings-broken",
                file = copy.display().to_string()
            ));
        }
        let library = Library::load(&options.lesson_dirs);
        for problem in &library.problems {
            eprintln!("{problem}");
        }
        let read_aloud = loaded.settings.read_aloud;
        let mut restore_offer = None;
        let mut folder_offer = None;
        let mut read_only = false;
        let (store, events) = match Store::open(&options.data_dir) {
            Ok(mut opened) => {
                apply_machine_config(&mut opened.store, &options.machine);
                if let Some(copy) = &opened.broken_copy {
                    notices.push(fl!(
                        "notice-store-broken",
                        file = copy.display().to_string()
                    ));
                    restore_offer = crate::store::backup::latest(&options.data_dir);
                } else if let Err(e) = opened.store.check_writable() {
                    // Told once, here, naming the folder, rather than at
                    // every step that cannot be saved.
                    eprintln!("Stegvis: progress cannot be saved: {e}");
                    read_only = true;
                    notices.push(fl!(
                        "notice-data-folder-not-writable",
                        folder = options.data_dir.display().to_string()
                    ));
                } else {
                    if opened.store.holds_nothing().unwrap_or(false) {
                        // Started afresh after a broken file and the backup
                        // not taken: it is offered until something is saved.
                        restore_offer = crate::store::backup::latest(&options.data_dir);
                    }
                    let today = time::OffsetDateTime::now_utc().date();
                    if let Err(e) = opened.store.daily_backup(&options.data_dir, today) {
                        eprintln!("Stegvis: could not make today's backup: {e}");
                    }
                }
                let events = opened.store.events(None).unwrap_or_default();
                (Some(opened.store), events)
            }
            Err(e) => {
                eprintln!("Stegvis: progress store unavailable: {e}");
                let notice = machine::store_unavailable(&options.data_dir);
                if !crate::paths::is_writable(&options.data_dir) {
                    folder_offer = Some(notice.clone());
                }
                notices.push(notice);
                (None, Vec::new())
            }
        };
        let has_courses = store
            .as_ref()
            .and_then(|s| s.courses().ok())
            .is_some_and(|c| !c.is_empty());
        let screen = if has_courses {
            Screen::Start(Start)
        } else {
            Screen::Home(Home::default())
        };
        let kiosk = Kiosk::new(options.machine.kiosk);
        let room = room::RoomLink::new(
            crate::room::chosen_folder(&options.machine, &loaded.settings)
                .filter(|_| store.is_some()),
            &options.data_dir,
            options.machine.pc_name.clone(),
        );
        let mut app = App {
            options,
            settings: loaded.settings,
            settings_save_failed: false,
            store,
            shared: Shared {
                library,
                events,
                lang,
                learner: Learner::Own,
                session: None,
                has_courses,
                read_aloud,
            },
            screen,
            focus: None,
            focus_resume: None,
            reveal: Reveal::default(),
            notices,
            restore_offer,
            audio: crate::audio::Audio::start(),
            overlays: Vec::new(),
            first_frame_reported: false,
            kiosk,
            folder_offer,
            unsaved: Vec::new(),
            save_failure_told: read_only,
            room,
            exchange_job: None,
        };
        app.start_as_guest_in_kiosk();
        app
    }

    /// The screen on show.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The data every screen sees.
    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    /// The current settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Notices waiting to be read.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The window title.
    pub fn title(&self) -> String {
        fl!("app-title")
    }

    /// The colours in use.
    pub fn palette(&self) -> Palette {
        self.settings.theme.palette()
    }

    /// The iced theme.
    pub fn theme(&self) -> iced::Theme {
        theme::iced_theme(&self.palette())
    }

    /// The scale factor for the whole UI (the text size setting).
    pub fn scale_factor(&self) -> f32 {
        self.settings.scale()
    }

    /// Benchmark mode reports the first frame; kiosk mode hears close
    /// requests; otherwise nothing to listen to.
    pub fn subscription(&self) -> Subscription<Message> {
        let first_frame =
            if !self.first_frame_reported && std::env::var_os("STEGVIS_BENCH").is_some() {
                iced::window::frames().map(|_| Message::FirstFrame)
            } else {
                Subscription::none()
            };
        Subscription::batch([
            first_frame,
            self.kiosk_subscription(),
            self.room_subscription(),
        ])
    }

    pub(crate) fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.focus = None;
    }

    fn open_lesson(&mut self, id: String) {
        let Some(lesson) = self.shared.library.get(&id) else {
            return;
        };
        let count = lesson.steps.len();
        let step = resume_step(&self.shared.events, &id, count);
        if !matches!(self.shared.status(&id), LessonStatus::Started { .. }) || step == 0 {
            self.record(&id, EventKind::LessonStarted);
            self.record(&id, EventKind::StepReached { step: 0 });
        }
        self.go(Screen::Lesson(LessonPlayer::new(id, step)));
    }

    fn home_at_topic_of(&mut self, lesson_id: &str) {
        let topic = self.shared.library.get(lesson_id).map(|l| l.topic);
        self.go(Screen::Home(Home {
            topic,
            ..Home::default()
        }));
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        change(&mut self.settings);
        self.settings_save_failed = settings::save_over(
            &self.options.config_dir,
            &self.settings,
            &self.options.machine.settings_base(),
        )
        .is_err();
        self.shared.read_aloud = self.settings.read_aloud;
        let lang = self.settings.effective_language();
        if lang != self.shared.lang {
            i18n::set_language(lang);
            self.shared.lang = lang;
        }
    }

    fn step_scale(&mut self, delta: i8) {
        let current = self.settings.scale_percent();
        let index = SCALES.iter().position(|s| *s >= current).unwrap_or(0);
        let new = match delta {
            0 => SCALES[0],
            d if d > 0 => SCALES[(index + 1).min(SCALES.len() - 1)],
            _ => SCALES[index.saturating_sub(1)],
        };
        self.change_settings(|s| s.text_scale = f32::from(new) / 100.0);
    }

    /// Handles a message. A new page starts at its top, not where the
    /// previous page was scrolled to.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.page_key();
        let task = self.handle(message);
        if self.page_key() == before {
            task
        } else {
            Task::batch([task, scroll_to_top()])
        }
    }

    /// Which page is on show: the screen, and the tutor area's page or
    /// Home's open topic.
    fn page_key(&self) -> PageKey {
        let (tutor_page, topic) = match &self.screen {
            Screen::Tutor(t) => (Some(std::mem::discriminant(&t.page)), None),
            Screen::Home(h) => (None, Some(h.topic)),
            _ => (None, None),
        };
        (std::mem::discriminant(&self.screen), tutor_page, topic)
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Focus(f) => {
                self.focus = f;
                self.focus_resume = None;
                // The key scope already scrolled the ring into view; asking
                // again keeps it there after the next layout too.
                if let Some(index) = f {
                    self.reveal = self
                        .reveal
                        .next(vec![(crate::widget::reveal::focus_id(index), Show::Whole)]);
                }
                Task::none()
            }
            Message::OpenShortcuts => {
                self.open_overlay(Screen::Shortcuts(Shortcuts));
                Task::none()
            }
            Message::Shortcuts(shortcuts::Message::Close) => {
                self.close_settings();
                Task::none()
            }
            Message::ReadAloud => {
                self.read_current_step();
                Task::none()
            }
            Message::Keypad(input) => self.update_lesson(lesson::Message::Practice(input)),
            Message::Zoom(d) => {
                self.step_scale(d);
                Task::none()
            }
            Message::RestoreBackup => self.restore_backup(),
            Message::DeclineBackup => {
                self.restore_offer = None;
                self.focus = None;
                Task::none()
            }
            Message::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
                self.focus = None;
                Task::none()
            }
            Message::FirstFrame => {
                if !self.first_frame_reported {
                    self.first_frame_reported = true;
                    let ms = crate::started_at().elapsed().as_secs_f64() * 1000.0;
                    eprintln!("STEGVIS_FIRST_FRAME_MS={ms:.1}");
                }
                Task::none()
            }
            Message::Escape => self.escape(),
            Message::Kiosk(m) => self.update_kiosk(m),
            Message::ChooseFolder => self.open_choose_folder(),
            Message::Folder(m) => self.update_folder(m),
            Message::Room(m) => self.update_room(m),
            Message::ExchangeDone(finished) => self.exchange_done(finished),
            Message::Start(m) => self.update_start(m),
            Message::Pick(m) => self.update_pick(m),
            Message::Code(m) => self.update_code(m),
            Message::Tutor(m) => self.update_tutor(m),
            Message::Home(m) => {
                let Screen::Home(home) = &mut self.screen else {
                    return Task::none();
                };
                let before = home.topic;
                let (task, event) = home.update(m);
                if home.topic != before {
                    self.focus = None;
                }
                match event {
                    Some(home::Event::OpenLesson(id)) => self.open_lesson(id),
                    Some(home::Event::OpenSettings) => self.open_settings(),
                    Some(home::Event::SwitchLearner) => return self.switch_participant(),
                    Some(home::Event::OpenTutor) => return self.open_tutor_code(),
                    Some(home::Event::ReadAloud) => self.read_home(),
                    Some(home::Event::StopReading) => self.audio.stop(),
                    None => {}
                }
                task.map(Message::Home)
            }
            Message::Lesson(m) => self.update_lesson(m),
            Message::Done(m) => {
                let Screen::Done(page) = &mut self.screen else {
                    return Task::none();
                };
                let lesson_id = page.lesson_id.clone();
                let (task, event) = page.update(m);
                let opening = match event {
                    Some(done::Event::OpenLesson(id)) => {
                        self.open_lesson(id);
                        Task::none()
                    }
                    Some(done::Event::Home) => {
                        self.home_at_topic_of(&lesson_id);
                        Task::none()
                    }
                    Some(done::Event::Handout) => self.save_handout(&lesson_id),
                    Some(done::Event::OpenFolder(folder)) => {
                        Task::perform(crate::open::open(folder), |result| {
                            Message::Done(done::Message::FolderOpened(result))
                        })
                    }
                    None => Task::none(),
                };
                Task::batch([task.map(Message::Done), opening])
            }
            Message::Settings(m) => {
                let Screen::Settings(page) = &mut self.screen else {
                    return Task::none();
                };
                let (task, event) = page.update(m);
                match event {
                    Some(settings_screen::Event::StepScale(d)) => self.step_scale(d),
                    Some(settings_screen::Event::Language(lang)) => {
                        self.change_settings(|s| s.language = Some(lang))
                    }
                    Some(settings_screen::Event::Theme(t)) => self.change_settings(|s| s.theme = t),
                    Some(settings_screen::Event::ReadButton(on)) => {
                        self.change_settings(|s| s.read_aloud = on)
                    }
                    Some(settings_screen::Event::SoundCues(on)) => {
                        self.change_settings(|s| s.sound_cues = on)
                    }
                    Some(settings_screen::Event::AutoRead(on)) => {
                        self.change_settings(|s| s.auto_read = on)
                    }
                    Some(settings_screen::Event::Volume(d)) => {
                        self.change_settings(|s| {
                            s.volume = (i16::from(s.volume) + i16::from(d) * 10).clamp(0, 100) as u8
                        });
                        self.audio.set_volume(self.settings.gain());
                    }
                    Some(settings_screen::Event::Close) => self.close_settings(),
                    Some(settings_screen::Event::Shortcuts) => {
                        self.open_overlay(Screen::Shortcuts(Shortcuts))
                    }
                    None => {}
                }
                task.map(Message::Settings)
            }
        }
    }

    pub(crate) fn open_settings(&mut self) {
        self.open_overlay(Screen::Settings(SettingsPage));
    }

    /// Shows `page` over the current screen, which comes back when it closes.
    fn open_overlay(&mut self, page: Screen) {
        if self.screen == page {
            return;
        }
        let previous = std::mem::replace(&mut self.screen, page);
        self.overlays.push(previous);
        self.focus = None;
    }

    /// Closes Settings or Kortkommandon, back to where they were opened.
    fn close_settings(&mut self) {
        let back = self.overlays.pop().unwrap_or(Screen::Home(Home::default()));
        self.go(back);
    }

    fn escape(&mut self) -> Task<Message> {
        if self.focus.is_some() && !self.notices.is_empty() {
            self.focus = None;
        }
        match &mut self.screen {
            Screen::Start(_) => Task::none(),
            Screen::PickName(_) => self.update(Message::Pick(pick::Message::Back)),
            Screen::TutorCode(_) => self.update(Message::Code(code_screen::Message::Back)),
            Screen::Tutor(page) => match page.escape() {
                Some(event) => self.tutor_event(event),
                None => Task::none(),
            },
            Screen::Home(home) => {
                if home.escape() {
                    self.focus = None;
                }
                Task::none()
            }
            Screen::Lesson(_) => self.update(Message::Lesson(lesson::Message::Leave)),
            Screen::Done(_) => self.update(Message::Done(done::Message::Home)),
            Screen::Settings(_) | Screen::Shortcuts(_) => {
                self.close_settings();
                Task::none()
            }
            Screen::ChooseFolder(_) => {
                self.update(Message::Folder(crate::screen::folder::Message::Back))
            }
        }
    }

    /// The whole window.
    pub fn view(&self) -> Element<'_, Message> {
        let (page, actions) = self.page();
        let resume = self
            .focus_resume
            .as_ref()
            .and_then(|slot| actions.iter().position(|a| a == slot));
        KeyScope::new(page, actions, self.focus, |action| match action {
            KeyAction::Focus(f) => Message::Focus(f),
            KeyAction::Press(m) => m,
            KeyAction::Escape => Message::Escape,
            KeyAction::Zoom(d) => Message::Zoom(d),
            KeyAction::ReadAloud => Message::ReadAloud,
            KeyAction::Help => Message::OpenShortcuts,
            KeyAction::Digit(d) => Message::Keypad(crate::model::practice::Input::Digit(d)),
            KeyAction::Erase => Message::Keypad(crate::model::practice::Input::Erase),
        })
        .resume(resume)
        .reveal(self.reveal.clone())
        .scroll_area(if matches!(self.screen, Screen::Lesson(_)) {
            crate::screen::lesson::SCROLL_ID
        } else {
            PAGE_SCROLL_ID
        })
        .into()
    }

    /// The page and its focusable controls and fields in Tab order.
    pub(crate) fn page(&self) -> (Element<'_, Message>, Vec<Slot<Message>>) {
        let palette = self.palette();
        // Notices come first in reading order.
        let compact = self.scale_factor() >= theme::COMPACT_SCALE - 0.01;
        let notice_ctx: Ctx<Message> = Ctx::new(palette, self.focus).compact(compact);
        let notices = self.notices_view(&notice_ctx);
        let offset = notice_ctx.count();
        let mut actions = notice_ctx.into_actions();

        // Each screen builds its view with a focus context of its own message
        // type; its controls join the notices' in one reading order.
        let ctx: Ctx<Message> = Ctx::with_offset(palette, self.focus, offset).compact(compact);
        let shared = &self.shared;
        let screen: Element<'_, Message> = match &self.screen {
            Screen::Start(page) => scoped(&ctx, Message::Start, |c| page.view(c)),
            Screen::PickName(page) => scoped(&ctx, Message::Pick, |c| page.view(c)),
            Screen::TutorCode(page) => scoped(&ctx, Message::Code, |c| page.view(c)),
            Screen::Tutor(page) => scoped(&ctx, Message::Tutor, |c| page.view(shared, c)),
            Screen::Home(home) => scoped(&ctx, Message::Home, |c| home.view(shared, c)),
            Screen::Lesson(player) => match shared.library.get(&player.lesson_id) {
                Some(lesson) => scoped(&ctx, Message::Lesson, |c| player.view(shared, lesson, c)),
                None => text("").into(),
            },
            Screen::Done(page) => scoped(&ctx, Message::Done, |c| page.view(shared, c)),
            Screen::Shortcuts(page) => scoped(&ctx, Message::Shortcuts, |c| page.view(c)),
            Screen::ChooseFolder(page) => scoped(&ctx, Message::Folder, |c| page.view(c)),
            Screen::Settings(page) => scoped(&ctx, Message::Settings, |c| {
                page.view(shared, &self.settings, self.settings_save_failed, c)
            }),
        };
        let kiosk_bar = self.kiosk_bar(&ctx);
        actions.extend(ctx.into_actions());
        // The lesson player and Settings have their own scroll area under
        // fixed bars.
        let screen = if matches!(self.screen, Screen::Lesson(_) | Screen::Settings(_)) {
            screen
        } else {
            scrolling_page(&palette, screen, compact)
        };

        let mut page = Column::new().height(Length::Fill);
        if let Some(notices) = notices {
            page = page.push(notices);
        }
        let page = page.push(screen).extend(kiosk_bar);
        let page = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(style::page(palette));
        (page.into(), actions)
    }

    /// The language in use.
    pub fn lang(&self) -> Lang {
        self.shared.lang
    }
}

/// Builds a screen's view with a focus context of the screen's own message
/// type, then lifts the view and its focusable controls into the app's.
fn scoped<'a, M: Clone + 'static>(
    outer: &Ctx<Message>,
    wrap: fn(M) -> Message,
    view: impl FnOnce(&Ctx<M>) -> Element<'a, M>,
) -> Element<'a, Message> {
    let ctx: Ctx<M> = outer.child();
    let element = view(&ctx).map(wrap);
    outer.adopt(ctx, wrap);
    element
}

/// Which page is on show, for telling when a new one opens: the screen, the
/// tutor area's page, Home's open topic.
type PageKey = (
    std::mem::Discriminant<Screen>,
    Option<std::mem::Discriminant<tutor::Page>>,
    Option<Option<crate::model::Topic>>,
);

/// The id of the page's scroll area.
pub const PAGE_SCROLL_ID: &str = "page-scroll";

/// Scrolls the page back to its top.
pub(crate) fn scroll_to_top() -> Task<Message> {
    iced::widget::operation::snap_to(
        PAGE_SCROLL_ID,
        iced::widget::scrollable::RelativeOffset::START,
    )
}

/// The page in its scroll area, with the page's padding and width; at large
/// text with less padding round it.
pub(crate) fn scrolling_page<'a, M: 'a>(
    palette: &Palette,
    content: Element<'a, M>,
    compact: bool,
) -> Element<'a, M> {
    crate::widget::page_scroll(
        palette,
        container(
            container(content)
                .padding(if compact {
                    iced::Padding::from([theme::PAGE_PADDING * 0.25, theme::PAGE_PADDING * 0.5])
                } else {
                    iced::Padding::from(theme::PAGE_PADDING)
                })
                .max_width(1200)
                .width(Length::Fill),
        )
        .center_x(Length::Fill),
        PAGE_SCROLL_ID,
    )
}

/// What the machine configuration presets in an opened store: the tutor
/// code's hash and this PC's name for exports; and the app's short wait
/// for another writer ([`BUSY_TIMEOUT`]).
fn apply_machine_config(store: &mut Store, machine: &MachineConfig) {
    if let Err(e) = store.set_busy_timeout(BUSY_TIMEOUT) {
        eprintln!("Stegvis: {e}");
    }
    store.preset_tutor_code(machine.tutor_code_hash.clone());
    store.preset_device_name(machine.pc_name.clone());
}
