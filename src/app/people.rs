//! Who is at the PC: the start screen, picking a name, the tutor code and
//! the tutor area. Every store write here is one user action.

use super::{App, Message, Screen};
use crate::fl;
use crate::model::progress::EventKind;
use crate::screen::Learner;
use crate::screen::code::{self as code_screen, TutorCode};
use crate::screen::home::Home;
use crate::screen::pick::{self, PickName};
use crate::screen::start::{self, Start};
use crate::screen::tutor::{self, Page, Tutor, TutorData};
use crate::store::{Store, StoreError};
use crate::widget::focus::{Show, Slot};
use iced::Task;

impl App {
    /// Shows a plain notice when a store write failed.
    fn saved<T>(&mut self, result: Result<T, StoreError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                eprintln!("Stegvis: could not save: {e}");
                let notice = fl!("notice-change-not-saved");
                if !self.notices.contains(&notice) {
                    self.notices.push(notice);
                }
                None
            }
        }
    }

    /// Back to "Vem är du i dag?" (or Home when no course exists), as this
    /// PC's own learner: nothing of the previous learner stays on screen.
    pub(crate) fn show_start(&mut self) -> Task<Message> {
        self.shared.has_courses = self
            .store
            .as_ref()
            .and_then(|s| s.courses().ok())
            .is_some_and(|c| !c.is_empty());
        self.cancel_quit();
        self.set_learner(Learner::Own);
        if self.shared.has_courses {
            self.go(Screen::Start(Start));
        } else {
            self.go(Screen::Home(Home::default()));
        }
        Task::none()
    }

    /// "Byt deltagare": forget the current learner and show the name list.
    pub(crate) fn switch_participant(&mut self) -> Task<Message> {
        self.set_learner(Learner::Own);
        self.open_pick()
    }

    /// Makes `learner` the one doing lessons and loads their progress.
    pub(super) fn set_learner(&mut self, learner: Learner) {
        self.shared.events = match (&learner, self.store.as_ref()) {
            (Learner::Guest, _) | (_, None) => Vec::new(),
            (l, Some(store)) => store.events(l.participant_id()).unwrap_or_default(),
        };
        self.shared.session = self.today();
        self.shared.learner = learner;
    }

    /// Today's session as (number, total), when one runs on this PC.
    fn today(&self) -> Option<(u8, u8)> {
        let store = self.store.as_ref()?;
        let (course_id, number) = store.current_session()?;
        let course = store.course(course_id).ok()??;
        Some((number, course.sessions.len() as u8))
    }

    /// Whether a tutor code exists: chosen on this data folder, or preset
    /// by the machine configuration (also when the store is unavailable).
    pub(super) fn tutor_code_exists(&self) -> bool {
        self.options.machine.tutor_code_hash.is_some()
            || self
                .store
                .as_ref()
                .and_then(|s| s.has_tutor_code().ok())
                .unwrap_or(false)
    }

    /// Whether `code` is the tutor code: the store's (which knows the
    /// preset too), or the machine configuration's when the store is
    /// unavailable or cannot be read.
    fn tutor_code_is(&self, code: &str) -> bool {
        let stored = self
            .store
            .as_ref()
            .and_then(|s| s.check_tutor_code(code).ok());
        stored.unwrap_or(false)
            || (stored.is_none()
                && self
                    .options
                    .machine
                    .tutor_code_hash
                    .as_deref()
                    .is_some_and(|hash| crate::store::tutor::code_matches(code, hash)))
    }

    pub(crate) fn open_tutor_code(&mut self) -> Task<Message> {
        let (page, task) = TutorCode::new(!self.tutor_code_exists());
        self.go(Screen::TutorCode(page));
        self.focus_code_field();
        task.map(Message::Code)
    }

    /// Puts the app's focus (the ring) on the field the code page types
    /// in next, so the ring and the typing are on the same field.
    fn focus_code_field(&mut self) {
        let Screen::TutorCode(page) = &self.screen else {
            return;
        };
        let wanted = Slot::Field(iced::widget::Id::new(page.typing));
        let (_, actions) = self.page();
        if let Some(index) = actions.iter().position(|a| *a == wanted) {
            self.focus = Some(index);
        }
    }

    pub(super) fn update_start(&mut self, message: start::Message) -> Task<Message> {
        let Screen::Start(page) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = page.update(message);
        let next = match event {
            Some(start::Event::Participant) => self.open_pick(),
            Some(start::Event::Tutor) => self.open_tutor_code(),
            Some(start::Event::Guest) => {
                self.set_learner(Learner::Guest);
                self.go(Screen::Home(Home::default()));
                Task::none()
            }
            Some(start::Event::Settings) => {
                self.open_settings();
                Task::none()
            }
            None => Task::none(),
        };
        Task::batch([task.map(Message::Start), next])
    }

    fn open_pick(&mut self) -> Task<Message> {
        let store = self.store.as_ref();
        let course_id = store.and_then(|s| {
            s.current_session()
                .map(|(c, _)| c.to_owned())
                .or_else(|| s.courses().ok()?.first().map(|c| c.id.clone()))
        });
        let participants = match (store, &course_id) {
            (Some(s), Some(c)) => s.participants(c).unwrap_or_default(),
            _ => Vec::new(),
        };
        let (page, task) = PickName::new(participants, course_id.is_some());
        self.go(Screen::PickName(page));
        task.map(Message::Pick)
    }

    pub(super) fn update_pick(&mut self, message: pick::Message) -> Task<Message> {
        let Screen::PickName(page) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = page.update(message);
        match event {
            Some(pick::Event::Picked(p)) => {
                self.set_learner(Learner::Participant {
                    id: p.id,
                    name: p.name,
                });
                self.go(Screen::Home(Home::default()));
            }
            Some(pick::Event::Back) => return self.show_start(),
            None => {}
        }
        task.map(Message::Pick)
    }

    pub(super) fn update_code(&mut self, message: code_screen::Message) -> Task<Message> {
        let Screen::TutorCode(page) = &mut self.screen else {
            return Task::none();
        };
        let tried = message == code_screen::Message::Submit;
        let (task, event) = page.update(message);
        let task = task.map(Message::Code);
        let task = self.code_event(event, task);
        if tried {
            self.focus_code_field();
        }
        task
    }

    fn code_event(
        &mut self,
        event: Option<code_screen::Event>,
        task: Task<Message>,
    ) -> Task<Message> {
        match event {
            Some(code_screen::Event::Back) => self.show_start(),
            Some(code_screen::Event::Check(code)) => {
                if self.tutor_code_is(&code) {
                    self.exit_if_quitting().unwrap_or_else(|| self.open_tutor())
                } else if let Screen::TutorCode(page) = &mut self.screen {
                    page.wrong().map(Message::Code)
                } else {
                    task
                }
            }
            Some(code_screen::Event::Choose(code)) => {
                let result = match self.store.as_mut() {
                    Some(store) => store.set_tutor_code(&code),
                    None => Err(StoreError::Io(std::io::Error::other("no store"))),
                };
                if self.saved(result).is_some() {
                    self.open_tutor()
                } else {
                    task
                }
            }
            None => task,
        }
    }

    fn open_tutor(&mut self) -> Task<Message> {
        let mut page = Tutor::new(Page::Courses);
        page.data = self.tutor_data(&page);
        // With exactly one course, open it straight away.
        if let [course] = page.data.courses.as_slice() {
            let id = course.id.clone();
            let _ = page.update(tutor::Message::OpenCourse(id));
            page.data = self.tutor_data(&page);
        }
        self.go(Screen::Tutor(Box::new(page)));
        Task::none()
    }

    /// Loads what the tutor area's open page shows.
    pub(super) fn tutor_data(&self, page: &Tutor) -> TutorData {
        let Some(store) = self.store.as_ref() else {
            return TutorData::default();
        };
        let mut data = load_tutor_data(
            store,
            page.course_id(),
            page.session(),
            crate::store::now_ms(),
        )
        .unwrap_or_else(|e| {
            eprintln!("Stegvis: could not load the tutor area's data: {e}");
            TutorData::default()
        });
        match &page.page {
            Page::Exchange => data.exchange = self.exchange_data(page),
            Page::Dashboard { session, .. } => {
                let lang = self.shared.lang.code();
                data.rows = tutor::dashboard_rows(&data, &self.shared.library, lang, *session);
                tutor::attention_order(&mut data.rows);
                data.help = tutor::help_rows(&data, &self.shared.library, lang);
                self.add_room_board(&mut data);
            }
            Page::Participant {
                participant,
                session,
                ..
            } => {
                // The row gives the page the topics' progress.
                let lang = self.shared.lang.code();
                data.rows = tutor::dashboard_rows(&data, &self.shared.library, lang, *session);
                data.rows.retain(|r| r.id == *participant);
                data.participant_events = store.events(Some(participant)).unwrap_or_else(|e| {
                    eprintln!("Stegvis: could not read a participant's events: {e}");
                    Vec::new()
                });
            }
            Page::Course { .. } => {
                data.help = tutor::help_rows(&data, &self.shared.library, self.shared.lang.code());
            }
            _ => {}
        }
        data
    }

    pub(super) fn update_tutor(&mut self, message: tutor::Message) -> Task<Message> {
        let Screen::Tutor(page) = &mut self.screen else {
            return Task::none();
        };
        let page_before = page.page.clone();
        let roll_call = matches!(message, tutor::Message::Toggle(_));
        let (task, event) = page.update(message);
        if page.page != page_before {
            self.focus = None;
        }
        let task = task.map(Message::Tutor);
        let task = match event {
            Some(event) => Task::batch([task, self.tutor_event(event)]),
            None => task,
        };
        if roll_call {
            self.focus_next_name();
        }
        task
    }

    /// Marking attendance by keyboard: after Space on a name the focus goes
    /// on to the next name, so a class is marked with one press each.
    fn focus_next_name(&mut self) {
        let Some(index) = self.focus else {
            return;
        };
        let (_, actions) = self.page();
        if let Some(Slot::Press(Message::Tutor(tutor::Message::Toggle(_)))) = actions.get(index + 1)
        {
            self.focus = Some(index + 1);
            self.reveal = self.reveal.next(vec![(
                crate::widget::reveal::focus_id(index + 1),
                Show::Whole,
            )]);
        }
    }

    /// Carries out what the tutor area asked, then reloads its data.
    pub(super) fn tutor_event(&mut self, event: tutor::Event) -> Task<Message> {
        if event == tutor::Event::Leave {
            return self.show_start();
        }
        let mut created = None;
        if let Some(store) = self.store.as_mut() {
            let result = match &event {
                tutor::Event::CreateCourse { name, place } => {
                    let today = time::OffsetDateTime::now_utc().date();
                    store
                        .create_course(name, place, today, self.shared.course_sessions())
                        .map(|course| created = Some(course.id))
                }
                tutor::Event::StartSession(course, n) => store.start_session(course, *n),
                tutor::Event::AddParticipant(course, name) => {
                    store.add_participant(course, name).map(|_| ())
                }
                tutor::Event::Rename(id, name) => store.rename_participant(id, name),
                tutor::Event::SaveNote(id, note) => store.set_participant_note(id, note),
                tutor::Event::UpdateCourse(course) => store.update_course(course),
                tutor::Event::RemoveParticipant(id) => store.delete_participant(id),
                tutor::Event::RemoveCourse(id) => store.delete_course(id),
                tutor::Event::SetAttendance {
                    course,
                    session,
                    participant,
                    present,
                } => store.set_attendance(course, *session, participant, *present),
                tutor::Event::Resolve(_)
                | tutor::Event::Report(_)
                | tutor::Event::Export(_)
                | tutor::Event::Import(_)
                | tutor::Event::SetPcName(_)
                | tutor::Event::SetRoomFolder(_)
                | tutor::Event::Reload
                | tutor::Event::Leave => Ok(()),
            };
            self.saved(result);
        }
        if let tutor::Event::Resolve(request) = event {
            self.resolve_help(request);
        }
        let task = self.exchange_event(&event);
        // A new course opens at once: adding participants comes next.
        if let (Some(id), Screen::Tutor(page)) = (created, &mut self.screen) {
            page.page = Page::Course { id, session: 1 };
        }
        if let tutor::Event::Report(anonymous) = event {
            let outcome = self.save_report(anonymous);
            if let Screen::Tutor(page) = &mut self.screen {
                match outcome {
                    Ok(dir) => {
                        page.info = Some(fl!(
                            "tutor-report-saved",
                            folder = dir.display().to_string()
                        ))
                    }
                    Err(message) => page.error = Some(message),
                }
            }
        }
        if let Screen::Tutor(page) = &self.screen {
            let data = self.tutor_data(page);
            if let Screen::Tutor(page) = &mut self.screen {
                page.data = data;
            }
        }
        task
    }

    /// Saves the staff report as HTML (to print) and CSV (for Excel) in the
    /// reports folder, `anonymous` or with names; returns the folder or a
    /// plain message.
    fn save_report(&self, anonymous: bool) -> Result<std::path::PathBuf, String> {
        use crate::report::{Format, write_report};
        let store = self
            .store
            .as_ref()
            .ok_or_else(|| fl!("notice-store-unavailable"))?;
        let dir = crate::paths::reports_dir(&self.options.data_dir);
        std::fs::create_dir_all(&dir).map_err(|_| fl!("tutor-report-failed"))?;
        let options = crate::model::report::ReportOptions {
            anonymous,
            ..crate::model::report::ReportOptions::default()
        };
        for format in [Format::Html, Format::Csv] {
            write_report(store, &self.shared.library, &options, format, &dir).map_err(|e| {
                eprintln!("Stegvis: report: {e}");
                fl!("tutor-report-failed")
            })?;
        }
        Ok(dir)
    }

    /// Resolves a help request for the participant who made it.
    fn resolve_help(&mut self, request: uuid::Uuid) {
        let Some(store) = self.store.as_mut() else {
            return;
        };
        let asked = store.event(request).ok().flatten();
        if let Some(asked) = asked {
            let result = store.record(
                asked.participant_id.as_deref(),
                &asked.lesson_id,
                EventKind::HelpResolved { request },
            );
            self.saved(result);
        }
    }
}

/// What the tutor area shows for `course` (if one is open) at `session`
/// (if one is chosen): the same loading the app does, for tests and the
/// benchmark too.
pub fn load_tutor_data(
    store: &Store,
    course: Option<&str>,
    session: Option<u8>,
    now_ms: i64,
) -> Result<TutorData, crate::store::StoreError> {
    let mut data = TutorData {
        courses: store.courses()?,
        current: store.current_session().map(|(c, n)| (c.to_owned(), n)),
        now_ms,
        ..TutorData::default()
    };
    if let Some(course) = course {
        data.participants = store.participants(course)?;
        data.progress = store.course_progress(course)?;
        data.attended = store.attendance_counts(course)?;
        if let Some(session) = session {
            data.present = store.attendance(course, session)?;
        }
    }
    Ok(data)
}
