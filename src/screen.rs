//! The screens. Each has its own `Message`, an `update` that returns a
//! [`Task`](iced::Task) and an optional event for the app, and a `view`.

pub mod code;
pub mod done;
pub mod folder;
pub mod home;
pub mod lesson;
pub mod pick;
pub mod practice;
pub mod settings;
pub mod shortcuts;
pub mod start;
pub mod tutor;

use crate::i18n::Lang;
use crate::model::progress::{LessonStatus, ProgressEvent, lesson_status};
use crate::model::{Lesson, Library, Topic};

/// Who is doing the lessons.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Learner {
    /// This PC's own learner (no course on this PC): progress is saved.
    #[default]
    Own,
    /// A course participant who picked their name: progress is saved.
    Participant {
        /// Participant id.
        id: String,
        /// Display name.
        name: String,
    },
    /// A drop-in guest: nothing is saved.
    Guest,
}

impl Learner {
    /// The participant id stored with events, if any.
    pub fn participant_id(&self) -> Option<&str> {
        match self {
            Learner::Participant { id, .. } => Some(id),
            _ => None,
        }
    }

    /// Whether progress is saved.
    pub fn is_tracked(&self) -> bool {
        !matches!(self, Learner::Guest)
    }
}

/// Read-only data every screen may show.
#[derive(Debug, Default)]
pub struct Shared {
    /// The loaded lessons.
    pub library: Library,
    /// The current learner's progress events.
    pub events: Vec<ProgressEvent>,
    /// The user-interface language.
    pub lang: Lang,
    /// Who is doing the lessons.
    pub learner: Learner,
    /// Today's session as (number, total), when a course session runs.
    pub session: Option<(u8, u8)>,
    /// Whether a course exists on this PC (then Home offers "Byt deltagare"
    /// instead of the tutor button).
    pub has_courses: bool,
    /// Whether the Läs upp button is shown.
    pub read_aloud: bool,
}

impl Shared {
    /// The learner's help request that is still open, if any.
    pub fn open_help(&self) -> Option<&ProgressEvent> {
        crate::model::progress::open_help_requests(&self.events)
            .into_iter()
            .next()
    }

    /// The status of a lesson for the current learner.
    pub fn status(&self, lesson_id: &str) -> LessonStatus {
        lesson_status(&self.events, lesson_id)
    }

    /// (done, total) lessons of a topic.
    pub fn topic_counts(&self, topic: Topic) -> (usize, usize) {
        let lessons = self.library.by_topic(topic);
        let done = lessons
            .iter()
            .filter(|l| self.status(&l.id) == LessonStatus::Done)
            .count();
        (done, lessons.len())
    }

    /// Whether every lesson `lesson` requires is done.
    fn requirements_met(&self, lesson: &Lesson) -> bool {
        lesson
            .requires
            .iter()
            .all(|r| self.status(r) == LessonStatus::Done)
    }

    /// The lesson to suggest among `lessons` (in course order): one already
    /// started, else the first not done whose requirements are met, else the
    /// first not done.
    fn suggest<'a>(&self, lessons: &[&'a Lesson]) -> Option<&'a Lesson> {
        let not_done = || {
            lessons
                .iter()
                .copied()
                .filter(|l| self.status(&l.id) != LessonStatus::Done)
        };
        not_done()
            .find(|l| matches!(self.status(&l.id), LessonStatus::Started { .. }))
            .or_else(|| not_done().find(|l| self.requirements_met(l)))
            .or_else(|| not_done().next())
    }

    /// The suggested next lesson within a topic.
    pub fn suggested_in(&self, topic: Topic) -> Option<&Lesson> {
        self.suggest(&self.library.by_topic(topic))
    }

    /// How many sessions a new course gets: as many as the course plan
    /// has, else the default ten.
    pub fn course_sessions(&self) -> u8 {
        self.library
            .plan
            .as_ref()
            .and_then(|p| p.sessions.iter().map(|s| s.number).max())
            .unwrap_or(crate::model::course::DEFAULT_SESSIONS)
    }

    /// The suggested next lesson over the whole course: during a course
    /// session, among the lessons planned up to today's session first.
    pub fn suggested(&self) -> Option<&Lesson> {
        let mut all: Vec<&Lesson> = self.library.lessons.iter().collect();
        all.sort_by_key(|l| self.library.course_order(l));
        if let Some((today, _)) = self.session {
            let so_far: Vec<&Lesson> = all.iter().copied().filter(|l| l.session <= today).collect();
            if let Some(lesson) = self.suggest(&so_far)
                && self.status(&lesson.id) != LessonStatus::Done
            {
                return Some(lesson);
            }
        }
        self.suggest(&all)
    }

    /// The lesson after `lesson_id` in its topic that is not done yet.
    pub fn next_after(&self, lesson_id: &str) -> Option<&Lesson> {
        let lesson = self.library.get(lesson_id)?;
        let topic_lessons = self.library.by_topic(lesson.topic);
        let position = topic_lessons.iter().position(|l| l.id == lesson_id)?;
        topic_lessons
            .iter()
            .skip(position + 1)
            .chain(topic_lessons.iter().take(position))
            .copied()
            .find(|l| self.status(&l.id) != LessonStatus::Done)
    }
}

/// The Fluent UI name of a topic.
pub fn topic_name(topic: Topic) -> String {
    match topic {
        Topic::Basics => crate::fl!("topic-basics"),
        Topic::Email => crate::fl!("topic-email"),
        Topic::Bankid => crate::fl!("topic-bankid"),
        Topic::Eservices => crate::fl!("topic-eservices"),
        Topic::Safety => crate::fl!("topic-safety"),
    }
}

/// The symbol and word for a lesson status.
pub fn status_words(status: LessonStatus) -> (&'static str, String) {
    use crate::widget::symbols;
    match status {
        LessonStatus::NotStarted => (symbols::CIRCLE, crate::fl!("status-not-started")),
        LessonStatus::Started { .. } => (symbols::HALF, crate::fl!("status-started")),
        LessonStatus::Done => (symbols::CHECK, crate::fl!("status-done")),
    }
}

/// Read-aloud state of a page, as the app reports it after asking the audio thread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Reading {
    /// Nothing playing.
    #[default]
    Idle,
    /// The text is being read.
    Playing,
    /// There is no working sound device.
    NoSound,
    /// This text has no recording.
    NotRecorded,
}

/// "Läs upp (L)", or "Stoppa" and "Läs igen" while reading, with a plain
/// word when sound does not work.
pub fn read_controls<'a, M: Clone + 'static>(
    reading: Reading,
    ctx: &crate::widget::Ctx<M>,
    read: M,
    stop: M,
) -> iced::Element<'a, M> {
    use crate::widget::style::Kind;
    let p = ctx.palette;
    let buttons: iced::Element<'a, M> = match reading {
        Reading::Playing => iced::widget::row![
            ctx.button(crate::fl!("read-stop"), stop, Kind::Secondary),
            ctx.button(crate::fl!("read-again"), read, Kind::Secondary),
        ]
        .spacing(crate::theme::SPACING)
        .wrap()
        .vertical_spacing(crate::theme::SPACING)
        .into(),
        _ => ctx.button(crate::fl!("read-aloud"), read, Kind::Secondary),
    };
    let problem = match reading {
        Reading::NoSound => Some(crate::fl!("read-no-sound")),
        Reading::NotRecorded => Some(crate::fl!("read-missing")),
        _ => None,
    };
    match problem {
        Some(message) => iced::widget::column![buttons, crate::widget::error_line(&p, message)]
            .spacing(12)
            .into(),
        None => buttons,
    }
}
