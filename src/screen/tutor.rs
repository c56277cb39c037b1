//! The tutor area: courses, a course's sessions, participants and
//! attendance, and the dashboard. Opened only with the tutor code.
//!
//! The app loads [`TutorData`] from the store and reloads it after every
//! event this screen reports; the screen itself never touches the store.

mod dashboard;
mod detail;
pub mod edit;
pub mod exchange;
mod pages;
pub mod room;
mod table;

use crate::fl;
use crate::model::course::{Course, NameProblem, Participant, clean_name};
use crate::model::progress::ProgressEvent;
use crate::model::summary::CourseProgress;
use iced::{Element, Task};
use std::collections::BTreeSet;
use uuid::Uuid;

pub use dashboard::{HelpRow, ParticipantRow, dashboard_rows, help_rows};
pub use detail::NOTE_ID;
pub use pages::RENAME_ID;
pub use table::attention_order;

/// What the tutor area shows, loaded by the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TutorData {
    /// Every course.
    pub courses: Vec<Course>,
    /// The open course's participants.
    pub participants: Vec<Participant>,
    /// Who is marked present at the selected session.
    pub present: BTreeSet<String>,
    /// The open course's participants' progress in short (the dashboard's
    /// and the course page's source).
    pub progress: CourseProgress,
    /// The events of the participant whose page is open (none elsewhere).
    pub participant_events: Vec<ProgressEvent>,
    /// The session running on this PC.
    pub current: Option<(String, u8)>,
    /// How many sessions each participant attended.
    pub attended: std::collections::BTreeMap<String, usize>,
    /// The page for moving progress between PCs (loaded only there).
    pub exchange: exchange::ExchangeData,
    /// The dashboard's participant rows (computed only for the dashboard,
    /// once per load, not on every redraw).
    pub rows: Vec<ParticipantRow>,
    /// The dashboard's open help requests.
    pub help: Vec<HelpRow>,
    /// "Now", for "5 minutes ago".
    pub now_ms: i64,
    /// The course room, when this PC shares a room folder (dashboard only).
    pub room: Option<room::RoomBoard>,
}

/// Which page of the tutor area is open.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    /// The list of courses and the new-course form.
    Courses,
    /// One course: session, attendance, participants.
    Course {
        /// Course id.
        id: String,
        /// The selected session number.
        session: u8,
    },
    /// The dashboard of one course session.
    Dashboard {
        /// Course id.
        id: String,
        /// The selected session number.
        session: u8,
    },
    /// One participant in detail, with the tutors' note.
    Participant {
        /// Course id.
        id: String,
        /// The selected session number.
        session: u8,
        /// Participant id.
        participant: String,
    },
    /// Moving progress between PCs: export, import, the import log.
    Exchange,
}

/// Something that needs a clear "yes" first.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Remove this participant.
    Participant(String),
    /// Remove this course.
    Course(String),
}

/// The tutor area's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Tutor {
    /// The open page.
    pub page: Page,
    /// Loaded by the app.
    pub data: TutorData,
    /// New course: name field.
    pub course_name: String,
    /// New course: place field.
    pub course_place: String,
    /// New participant's name field.
    pub add_name: String,
    /// A participant being renamed, with the new name typed so far.
    pub renaming: Option<(String, String)>,
    /// A removal waiting for "yes".
    pub confirm: Option<Confirm>,
    /// A plain message about the last form.
    pub error: Option<String>,
    /// The dashboard shows the whole course rather than one session.
    pub whole_course: bool,
    /// The note being edited on the participant page.
    pub note: String,
    /// The course form, while the course is being edited.
    pub editing: Option<edit::CourseForm>,
    /// A plain message that something worked, e.g. where a report was saved.
    pub info: Option<String>,
    /// What is typed on the page for moving progress between PCs.
    pub exchange: exchange::ExchangeForm,
}

/// Tutor's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// New course name typed.
    CourseName(String),
    /// New course place typed.
    CoursePlace(String),
    /// Create the new course.
    CreateCourse,
    /// Open a course.
    OpenCourse(String),
    /// Back to the list of courses.
    AllCourses,
    /// Select the session before / after.
    Session(i8),
    /// Start the selected session on this PC.
    StartSession,
    /// New participant's name typed.
    AddName(String),
    /// Add the participant.
    Add,
    /// Toggle a participant's attendance.
    Toggle(String),
    /// Start renaming a participant.
    Rename(String),
    /// The new name typed.
    RenameText(String),
    /// Save the new name.
    SaveName,
    /// Ask to remove a participant.
    Remove(String),
    /// Ask to remove the open course.
    RemoveCourse,
    /// "Ja, ta bort".
    ConfirmYes,
    /// "Nej, behåll".
    ConfirmNo,
    /// Open the dashboard.
    Dashboard,
    /// From the dashboard back to the course.
    BackToCourse,
    /// A help request was dealt with.
    Resolve(Uuid),
    /// Dashboard: the whole course (true) or the selected session.
    WholeCourse(bool),
    /// Open a participant's page.
    OpenParticipant(String),
    /// The note was edited.
    NoteText(String),
    /// Save the note.
    SaveNote,
    /// From a participant's page back to the dashboard.
    BackToDashboard,
    /// Open the course form.
    EditCourse,
    /// A change in the course form.
    Edit(edit::Field),
    /// Save the course form.
    SaveCourse,
    /// Close the course form without saving.
    CancelEdit,
    /// Move the selected session by this many days.
    MoveSession(i64),
    /// Save the staff report; `true`: without names.
    Report(bool),
    /// Open the page for moving progress between PCs.
    OpenExchange,
    /// A message of that page.
    Exchange(exchange::Message),
    /// Leave the tutor area.
    Leave,
}

/// What the tutor area asks of the app (the app reloads data after each).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Create a course with the default sessions from today.
    CreateCourse {
        /// Name.
        name: String,
        /// Place.
        place: String,
    },
    /// The page changed: load its data.
    Reload,
    /// Start a session on this PC.
    StartSession(String, u8),
    /// Add a participant to a course.
    AddParticipant(String, String),
    /// Rename a participant.
    Rename(String, String),
    /// Delete a participant and all their data.
    RemoveParticipant(String),
    /// Delete a course and all its data.
    RemoveCourse(String),
    /// Mark attendance.
    SetAttendance {
        /// Course id.
        course: String,
        /// Session number.
        session: u8,
        /// Participant id.
        participant: String,
        /// Present or not.
        present: bool,
    },
    /// Resolve a help request.
    Resolve(Uuid),
    /// Save the tutors' note about a participant.
    SaveNote(String, String),
    /// Save a course's name, place and session dates.
    UpdateCourse(Course),
    /// Save the staff report (HTML and CSV) where staff can find it;
    /// `true`: anonymous, with "Deltagare 1" … instead of names.
    Report(bool),
    /// Save everything into an export file in this folder.
    Export(std::path::PathBuf),
    /// Read in this export file from another PC.
    Import(std::path::PathBuf),
    /// Name this PC for exports (blank: the computer's own name).
    SetPcName(String),
    /// Use this folder as the course room's shared folder (blank: none).
    SetRoomFolder(String),
    /// Leave the tutor area.
    Leave,
}

/// The plain message for a refused name.
pub fn name_problem_text(problem: NameProblem) -> String {
    match problem {
        NameProblem::Empty => fl!("name-empty"),
        NameProblem::TooLong => fl!("name-too-long"),
        NameProblem::HasNumber => fl!("name-has-number"),
        NameProblem::HasEmail => fl!("name-has-email"),
        NameProblem::Hidden => fl!("name-hidden"),
    }
}

impl Tutor {
    /// The tutor area at `page` (the app fills in `data`).
    pub fn new(page: Page) -> Self {
        Tutor {
            page,
            data: TutorData::default(),
            course_name: String::new(),
            course_place: String::new(),
            add_name: String::new(),
            renaming: None,
            confirm: None,
            error: None,
            whole_course: false,
            note: String::new(),
            editing: None,
            info: None,
            exchange: exchange::ExchangeForm::default(),
        }
    }

    /// The open course's id, on the course and dashboard pages.
    pub fn course_id(&self) -> Option<&str> {
        match &self.page {
            Page::Courses | Page::Exchange => None,
            Page::Course { id, .. } | Page::Dashboard { id, .. } | Page::Participant { id, .. } => {
                Some(id)
            }
        }
    }

    /// The selected session, on the course and dashboard pages.
    pub fn session(&self) -> Option<u8> {
        match &self.page {
            Page::Courses | Page::Exchange => None,
            Page::Course { session, .. }
            | Page::Dashboard { session, .. }
            | Page::Participant { session, .. } => Some(*session),
        }
    }

    /// The open course, if loaded.
    pub fn course(&self) -> Option<&Course> {
        let id = self.course_id()?;
        self.data.courses.iter().find(|c| c.id == id)
    }

    /// Esc: dashboard → course → courses → leave. Returns the event, if any.
    pub fn escape(&mut self) -> Option<Event> {
        if self.confirm.take().is_some() || self.renaming.take().is_some() {
            return None;
        }
        let message = match self.page {
            Page::Participant { .. } => Message::BackToDashboard,
            Page::Dashboard { .. } => Message::BackToCourse,
            Page::Course { .. } | Page::Exchange => Message::AllCourses,
            Page::Courses => Message::Leave,
        };
        self.update(message).1
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::CourseName(s) => {
                self.course_name = s;
                None
            }
            Message::CoursePlace(s) => {
                self.course_place = s;
                None
            }
            Message::CreateCourse => {
                if self.course_name.trim().is_empty() {
                    self.error = Some(fl!("tutor-name-needed"));
                    None
                } else {
                    self.error = None;
                    let event = Event::CreateCourse {
                        name: std::mem::take(&mut self.course_name),
                        place: std::mem::take(&mut self.course_place),
                    };
                    Some(event)
                }
            }
            Message::OpenCourse(id) => {
                let session = self.session_to_show(&id);
                self.page = Page::Course { id, session };
                self.error = None;
                Some(Event::Reload)
            }
            Message::AllCourses => {
                self.page = Page::Courses;
                Some(Event::Reload)
            }
            Message::Session(delta) => {
                let count = self.course().map_or(1, |c| c.sessions.len()) as i16;
                if let Page::Course { session, .. } | Page::Dashboard { session, .. } =
                    &mut self.page
                {
                    *session =
                        (i16::from(*session) + i16::from(delta)).clamp(1, count.max(1)) as u8;
                }
                Some(Event::Reload)
            }
            Message::StartSession => self
                .course_id()
                .zip(self.session())
                .map(|(c, s)| Event::StartSession(c.to_owned(), s)),
            Message::AddName(s) => {
                self.add_name = s;
                None
            }
            Message::Add => match (
                clean_name(&self.add_name),
                self.course_id().map(str::to_owned),
            ) {
                (Ok(name), Some(course)) => {
                    self.error = None;
                    self.add_name.clear();
                    Some(Event::AddParticipant(course, name))
                }
                (Err(problem), _) => {
                    self.error = Some(name_problem_text(problem));
                    None
                }
                (Ok(_), None) => None,
            },
            Message::Toggle(participant) => {
                let present = !self.data.present.contains(&participant);
                self.course_id()
                    .zip(self.session())
                    .map(|(course, session)| Event::SetAttendance {
                        course: course.to_owned(),
                        session,
                        participant,
                        present,
                    })
            }
            Message::Rename(id) => {
                let name = self
                    .data
                    .participants
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                self.renaming = Some((id, name));
                self.error = None;
                return (iced::widget::operation::focus(pages::RENAME_ID), None);
            }
            Message::RenameText(s) => {
                if let Some((_, name)) = &mut self.renaming {
                    *name = s;
                }
                None
            }
            Message::SaveName => match self.renaming.as_ref().map(|(id, n)| (id, clean_name(n))) {
                Some((id, Ok(name))) => {
                    let event = Event::Rename(id.clone(), name);
                    self.renaming = None;
                    self.error = None;
                    Some(event)
                }
                Some((_, Err(problem))) => {
                    self.error = Some(name_problem_text(problem));
                    None
                }
                None => None,
            },
            Message::Remove(id) => {
                self.confirm = Some(Confirm::Participant(id));
                None
            }
            Message::EditCourse => {
                self.editing = self.course().map(edit::CourseForm::from_course);
                self.error = None;
                return (iced::widget::operation::focus(edit::EDIT_NAME_ID), None);
            }
            Message::Edit(field) => {
                if let Some(form) = &mut self.editing {
                    form.apply(field);
                }
                None
            }
            Message::CancelEdit => {
                self.editing = None;
                self.error = None;
                None
            }
            Message::SaveCourse => {
                let result = self
                    .editing
                    .as_ref()
                    .zip(self.course())
                    .map(|(form, course)| form.to_course(course));
                match result {
                    Some(Ok(course)) => {
                        self.editing = None;
                        self.error = None;
                        Some(Event::UpdateCourse(course))
                    }
                    Some(Err(message)) => {
                        self.error = Some(message);
                        None
                    }
                    None => None,
                }
            }
            Message::Report(anonymous) => {
                self.info = None;
                self.error = None;
                Some(Event::Report(anonymous))
            }
            Message::MoveSession(days) => self
                .course()
                .zip(self.session())
                .map(|(course, n)| Event::UpdateCourse(edit::move_session(course, n, days))),
            Message::RemoveCourse => {
                self.confirm = self.course_id().map(|id| Confirm::Course(id.to_owned()));
                None
            }
            Message::ConfirmNo => {
                self.confirm = None;
                None
            }
            Message::ConfirmYes => match self.confirm.take() {
                Some(Confirm::Participant(id)) => {
                    // Their page is gone with them: back to the dashboard.
                    if let Page::Participant { id, session, .. } = &self.page {
                        self.page = Page::Dashboard {
                            id: id.clone(),
                            session: *session,
                        };
                    }
                    Some(Event::RemoveParticipant(id))
                }
                Some(Confirm::Course(id)) => {
                    self.page = Page::Courses;
                    Some(Event::RemoveCourse(id))
                }
                None => None,
            },
            Message::Dashboard => {
                if let Page::Course { id, session } = &self.page {
                    self.page = Page::Dashboard {
                        id: id.clone(),
                        session: *session,
                    };
                }
                Some(Event::Reload)
            }
            Message::BackToCourse => {
                if let Page::Dashboard { id, session } = &self.page {
                    self.page = Page::Course {
                        id: id.clone(),
                        session: *session,
                    };
                }
                Some(Event::Reload)
            }
            Message::Resolve(request) => Some(Event::Resolve(request)),
            Message::WholeCourse(whole) => {
                self.whole_course = whole;
                None
            }
            Message::OpenParticipant(participant) => {
                self.note = self
                    .data
                    .participants
                    .iter()
                    .find(|p| p.id == participant)
                    .map(|p| p.note.clone())
                    .unwrap_or_default();
                if let Page::Dashboard { id, session } = &self.page {
                    self.page = Page::Participant {
                        id: id.clone(),
                        session: *session,
                        participant,
                    };
                }
                Some(Event::Reload)
            }
            Message::NoteText(text) => {
                self.note = text;
                None
            }
            Message::SaveNote => match &self.page {
                Page::Participant { participant, .. } => Some(Event::SaveNote(
                    participant.clone(),
                    self.note.trim().to_owned(),
                )),
                _ => None,
            },
            Message::BackToDashboard => {
                if let Page::Participant { id, session, .. } = &self.page {
                    self.page = Page::Dashboard {
                        id: id.clone(),
                        session: *session,
                    };
                }
                Some(Event::Reload)
            }
            Message::OpenExchange => {
                self.page = Page::Exchange;
                self.info = None;
                self.error = None;
                self.exchange = exchange::ExchangeForm::default();
                Some(Event::Reload)
            }
            Message::Exchange(message) => exchange::update(self, message),
            Message::Leave => Some(Event::Leave),
        };
        (Task::none(), event)
    }

    /// The session to show for a course: the one running here, else 1.
    fn session_to_show(&self, course_id: &str) -> u8 {
        match &self.data.current {
            Some((c, n)) if c == course_id => *n,
            _ => 1,
        }
    }

    /// The page.
    pub fn view<'a>(
        &'a self,
        shared: &'a super::Shared,
        ctx: &crate::widget::Ctx<Message>,
    ) -> Element<'a, Message> {
        match &self.page {
            Page::Courses => pages::courses(self, ctx),
            Page::Course { .. } => pages::course(self, shared, ctx),
            Page::Dashboard { .. } => dashboard::view(self, shared, ctx),
            Page::Participant { participant, .. } => detail::view(self, shared, ctx, participant),
            Page::Exchange => pages::exchange(self, ctx),
        }
    }
}
