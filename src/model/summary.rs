//! Progress in short: what the tutor's dashboard needs of each participant's
//! each lesson, derived from that lesson's events.
//!
//! A [`LessonSummary`] depends only on the events of one participant in one
//! lesson, so the store can keep one per (participant, lesson) and renew just
//! the ones a new event touches. The dashboard then reads about 60,000
//! summaries for a big course instead of 600,000 events. The status inside
//! comes from the same [`lesson_status`] the senior's views use.

use super::progress::{EventKind, LessonStatus, ProgressEvent, lesson_status, open_help_requests};
use rustc_hash::FxHashMap;
use uuid::Uuid;

/// An open help request, as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenHelp {
    /// The request event's id (to resolve it).
    pub id: Uuid,
    /// The step (0-based) where the learner asked.
    pub step: usize,
    /// When they asked.
    pub at_ms: i64,
}

/// One participant's one lesson in short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonSummary {
    /// Where they stand ([`lesson_status`]).
    pub status: LessonStatus,
    /// Wrong answers given.
    pub wrong: usize,
    /// The time and id of the lesson's latest event (events sort by both).
    pub last: (i64, Uuid),
    /// Help requests not yet resolved, oldest first. A request is resolved
    /// by a resolution in the same lesson of the same participant, which is
    /// how the app always records it.
    pub open_help: Vec<OpenHelp>,
}

impl LessonSummary {
    /// The summary of `lesson_id` from one participant's events of that
    /// lesson (other lessons' events are ignored); `None` without any.
    pub fn of<'a>(
        events: impl IntoIterator<Item = &'a ProgressEvent>,
        lesson_id: &str,
    ) -> Option<LessonSummary> {
        let events: Vec<&ProgressEvent> = events
            .into_iter()
            .filter(|e| e.lesson_id == lesson_id)
            .collect();
        let last = events.iter().map(|e| (e.at_ms, e.id)).max()?;
        let wrong = events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::AnswerGiven { correct: false, .. }))
            .count();
        let open_help = open_help_requests(events.iter().copied())
            .into_iter()
            .map(|e| OpenHelp {
                id: e.id,
                step: match e.kind {
                    EventKind::HelpRequested { step } => step,
                    _ => 0,
                },
                at_ms: e.at_ms,
            })
            .collect();
        Some(LessonSummary {
            status: lesson_status(events.iter().copied(), lesson_id),
            wrong,
            last,
            open_help,
        })
    }
}

/// One lesson of one participant: its id and summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonEntry {
    /// The lesson's id.
    pub lesson_id: String,
    /// Its summary.
    pub summary: LessonSummary,
}

/// A course's progress in short: each participant's lessons with events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseProgress {
    /// Per participant id, their lessons (in no particular order).
    pub by_participant: FxHashMap<String, Vec<LessonEntry>>,
}

impl CourseProgress {
    /// Summarises `events` (any order; events without a participant are
    /// left out), one [`LessonSummary`] per participant and lesson.
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a ProgressEvent>) -> CourseProgress {
        let mut pairs: FxHashMap<(&str, &str), Vec<&ProgressEvent>> = FxHashMap::default();
        for e in events {
            if let Some(who) = e.participant_id.as_deref() {
                pairs.entry((who, &e.lesson_id)).or_default().push(e);
            }
        }
        let mut progress = CourseProgress::default();
        for ((who, lesson), events) in pairs {
            if let Some(summary) = LessonSummary::of(events, lesson) {
                progress.add(who, lesson, summary);
            }
        }
        progress.sort();
        progress
    }

    /// Adds one participant's one lesson.
    pub fn add(&mut self, participant_id: &str, lesson_id: &str, summary: LessonSummary) {
        self.by_participant
            .entry(participant_id.to_owned())
            .or_default()
            .push(LessonEntry {
                lesson_id: lesson_id.to_owned(),
                summary,
            });
    }

    /// Puts each participant's lessons in lesson id order, so two
    /// summaries of the same events compare equal.
    pub fn sort(&mut self) {
        for lessons in self.by_participant.values_mut() {
            lessons.sort_by(|a, b| a.lesson_id.cmp(&b.lesson_id));
        }
    }

    /// One participant's lessons (none if they have no events).
    pub fn of(&self, participant_id: &str) -> &[LessonEntry] {
        self.by_participant
            .get(participant_id)
            .map_or(&[], Vec::as_slice)
    }

    /// Every open help request: (participant id, lesson id, request), oldest
    /// first (ties by id, like the events).
    pub fn open_help(&self) -> Vec<(&str, &str, &OpenHelp)> {
        let mut open: Vec<(&str, &str, &OpenHelp)> = self
            .by_participant
            .iter()
            .flat_map(|(who, lessons)| {
                lessons.iter().flat_map(move |l| {
                    l.summary
                        .open_help
                        .iter()
                        .map(move |h| (who.as_str(), l.lesson_id.as_str(), h))
                })
            })
            .collect();
        open.sort_by_key(|(_, _, h)| (h.at_ms, h.id));
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::test_event as ev;

    #[test]
    fn a_summary_counts_wrong_answers_and_keeps_open_help_and_the_latest_event() {
        let ask = ev("a", EventKind::HelpRequested { step: 2 }, 4);
        let ask_again = ev("a", EventKind::HelpRequested { step: 3 }, 6);
        let events = vec![
            ev("a", EventKind::LessonStarted, 1),
            ev("a", EventKind::StepReached { step: 2 }, 2),
            ev(
                "a",
                EventKind::AnswerGiven {
                    step: 2,
                    answer: 1,
                    correct: false,
                },
                3,
            ),
            ask.clone(),
            ev("a", EventKind::HelpResolved { request: ask.id }, 5),
            ask_again.clone(),
            ev("b", EventKind::LessonCompleted, 9),
        ];
        let summary = LessonSummary::of(&events, "a").expect("events");
        assert_eq!(summary.status, LessonStatus::Started { step: 2 });
        assert_eq!(summary.wrong, 1);
        assert_eq!(summary.last, (6, ask_again.id), "lesson b is not counted");
        assert_eq!(
            summary.open_help,
            vec![OpenHelp {
                id: ask_again.id,
                step: 3,
                at_ms: 6
            }]
        );
        assert_eq!(LessonSummary::of(&events, "c"), None);
    }

    #[test]
    fn course_progress_groups_by_participant_and_lesson_and_skips_guests() {
        let mut guest = ev("a", EventKind::LessonStarted, 1);
        guest.participant_id = None;
        let mut other = ev("a", EventKind::HelpRequested { step: 0 }, 2);
        other.participant_id = Some("q".into());
        let events = vec![
            guest,
            other.clone(),
            ev("b", EventKind::LessonCompleted, 3),
            ev("a", EventKind::HelpRequested { step: 1 }, 1),
        ];
        let progress = CourseProgress::from_events(&events);
        let lessons: Vec<&str> = progress
            .of("p")
            .iter()
            .map(|l| l.lesson_id.as_str())
            .collect();
        assert_eq!(lessons, ["a", "b"]);
        assert_eq!(progress.of("q").len(), 1);
        assert!(progress.of("nobody").is_empty());
        let open: Vec<(&str, i64)> = progress
            .open_help()
            .into_iter()
            .map(|(who, _, h)| (who, h.at_ms))
            .collect();
        assert_eq!(open, [("p", 1), ("q", 2)], "oldest first");
    }
}
