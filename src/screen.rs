//! The screens. Each has its own `Message`, an `update` that returns a
//! [`Task`](iced::Task) and an optional event for the app, and a `view`.

pub mod done;
pub mod home;
pub mod lesson;
pub mod settings;

use crate::i18n::Lang;
use crate::model::progress::{LessonStatus, ProgressEvent, lesson_status};
use crate::model::{Lesson, Library, Topic};

/// Read-only data every screen may show.
#[derive(Debug, Default)]
pub struct Shared {
    /// The loaded lessons.
    pub library: Library,
    /// The current learner's progress events.
    pub events: Vec<ProgressEvent>,
    /// The user-interface language.
    pub lang: Lang,
}

impl Shared {
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

    /// The suggested next lesson over the whole course.
    pub fn suggested(&self) -> Option<&Lesson> {
        let mut all: Vec<&Lesson> = self.library.lessons.iter().collect();
        all.sort_by(|a, b| (a.session, &a.id).cmp(&(b.session, &b.id)));
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
