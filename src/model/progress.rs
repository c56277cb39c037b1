//! Progress events and the one rule that derives a lesson's status from them.
//!
//! Both the senior's views and (later) the tutor's dashboard call
//! [`lesson_status`], so they can never disagree.

use uuid::Uuid;

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// The learner opened a lesson from its start.
    LessonStarted,
    /// The learner reached a step (0-based index).
    StepReached {
        /// Step index.
        step: usize,
    },
    /// The learner answered a question.
    AnswerGiven {
        /// Step index of the question.
        step: usize,
        /// Index of the chosen answer.
        answer: usize,
        /// Whether the answer was right.
        correct: bool,
    },
    /// The learner finished the lesson.
    LessonCompleted,
    /// The learner pressed "Jag vill ha hjälp" on a step.
    HelpRequested {
        /// Step index where they asked.
        step: usize,
    },
    /// A help request was dealt with (by a tutor, or the learner cancelled it).
    HelpResolved {
        /// The id of the [`EventKind::HelpRequested`] event.
        request: Uuid,
    },
    /// A practice round ended: its goal was reached, or the learner left it
    /// after trying.
    PracticeOutcome {
        /// The scenario's id.
        scenario: String,
        /// Whether the goal was reached.
        success: bool,
        /// Tries: 1, plus one for every wrong try or trap.
        attempts: u32,
        /// The ids of the traps the learner fell into, in order.
        traps: Vec<String>,
    },
}

impl EventKind {
    /// The name stored in the database.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::LessonStarted => "lesson-started",
            EventKind::StepReached { .. } => "step-reached",
            EventKind::AnswerGiven { .. } => "answer-given",
            EventKind::LessonCompleted => "lesson-completed",
            EventKind::HelpRequested { .. } => "help-requested",
            EventKind::HelpResolved { .. } => "help-resolved",
            EventKind::PracticeOutcome { .. } => "practice-outcome",
        }
    }
}

/// One progress event. Events are never changed once written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressEvent {
    /// Unique id, so events from several PCs can be merged.
    pub id: Uuid,
    /// The PC that recorded it.
    pub device_id: String,
    /// The participant; `None` for a learner who did not pick a name.
    pub participant_id: Option<String>,
    /// The course whose session was running, if any.
    pub course_id: Option<String>,
    /// The session number (1-based) that was running, if any.
    pub session: Option<u8>,
    /// The lesson.
    pub lesson_id: String,
    /// What happened.
    pub kind: EventKind,
    /// When, in milliseconds since 1970 (UTC).
    pub at_ms: i64,
}

/// Where a learner stands in one lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    /// Never opened.
    NotStarted,
    /// Opened but not finished; `step` is where to resume.
    Started {
        /// Step index to resume at.
        step: usize,
    },
    /// Finished at least once.
    Done,
}

/// Derives the status of `lesson_id` from events (in any order).
///
/// Done once any completion exists. Otherwise started when any event exists,
/// resuming at the last step reached after the latest start.
pub fn lesson_status<'a>(
    events: impl IntoIterator<Item = &'a ProgressEvent>,
    lesson_id: &str,
) -> LessonStatus {
    let mut relevant: Vec<&ProgressEvent> = events
        .into_iter()
        .filter(|e| e.lesson_id == lesson_id)
        .collect();
    if relevant.is_empty() {
        return LessonStatus::NotStarted;
    }
    if relevant
        .iter()
        .any(|e| e.kind == EventKind::LessonCompleted)
    {
        return LessonStatus::Done;
    }
    relevant.sort_by_key(|e| (e.at_ms, e.id));
    let step = relevant
        .iter()
        .rev()
        .take_while(|e| e.kind != EventKind::LessonStarted)
        .find_map(|e| match e.kind {
            EventKind::StepReached { step } => Some(step),
            _ => None,
        })
        .unwrap_or(0);
    LessonStatus::Started { step }
}

/// The step to open a lesson at: where the learner left off, else the start.
pub fn resume_step<'a>(
    events: impl IntoIterator<Item = &'a ProgressEvent>,
    lesson_id: &str,
    step_count: usize,
) -> usize {
    match lesson_status(events, lesson_id) {
        LessonStatus::Started { step } if step < step_count => step,
        _ => 0,
    }
}

/// Help requests not yet resolved, oldest first.
pub fn open_help_requests<'a>(
    events: impl IntoIterator<Item = &'a ProgressEvent>,
) -> Vec<&'a ProgressEvent> {
    let events: Vec<&ProgressEvent> = events.into_iter().collect();
    let resolved: std::collections::HashSet<Uuid> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::HelpResolved { request } => Some(request),
            _ => None,
        })
        .collect();
    let mut open: Vec<&ProgressEvent> = events
        .into_iter()
        .filter(|e| matches!(e.kind, EventKind::HelpRequested { .. }) && !resolved.contains(&e.id))
        .collect();
    open.sort_by_key(|e| (e.at_ms, e.id));
    open
}

/// An event for unit tests: this lesson, this kind, at this time.
#[cfg(test)]
pub(crate) fn test_event(lesson: &str, kind: EventKind, at_ms: i64) -> ProgressEvent {
    ProgressEvent {
        id: Uuid::new_v4(),
        device_id: "test".into(),
        participant_id: Some("p".into()),
        course_id: None,
        session: None,
        lesson_id: lesson.into(),
        kind,
        at_ms,
    }
}

/// Any event kind a learner's lesson records (not resolutions or practice
/// outcomes), steps 0–3, for property tests.
#[cfg(test)]
pub(crate) fn learner_kind() -> impl proptest::strategy::Strategy<Value = EventKind> {
    use proptest::prelude::*;
    prop_oneof![
        Just(EventKind::LessonStarted),
        (0..4usize).prop_map(|step| EventKind::StepReached { step }),
        (0..4usize, any::<bool>()).prop_map(|(step, correct)| EventKind::AnswerGiven {
            step,
            answer: 0,
            correct
        }),
        Just(EventKind::LessonCompleted),
        (0..4usize).prop_map(|step| EventKind::HelpRequested { step }),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_event as ev;

    #[test]
    fn no_events_means_not_started() {
        assert_eq!(lesson_status(&[], "a"), LessonStatus::NotStarted);
    }

    #[test]
    fn resumes_at_last_step_in_any_event_order() {
        let mut events = vec![
            ev("a", EventKind::LessonStarted, 1),
            ev("a", EventKind::StepReached { step: 1 }, 2),
            ev("a", EventKind::StepReached { step: 3 }, 3),
            ev("b", EventKind::StepReached { step: 5 }, 4),
        ];
        assert_eq!(
            lesson_status(&events, "a"),
            LessonStatus::Started { step: 3 }
        );
        events.reverse();
        assert_eq!(
            lesson_status(&events, "a"),
            LessonStatus::Started { step: 3 }
        );
        assert_eq!(resume_step(&events, "a", 8), 3);
        assert_eq!(
            resume_step(&events, "a", 2),
            0,
            "out of range resumes at start"
        );
    }

    #[test]
    fn a_new_start_resets_the_resume_step() {
        let events = vec![
            ev("a", EventKind::StepReached { step: 4 }, 1),
            ev("a", EventKind::LessonStarted, 2),
        ];
        assert_eq!(
            lesson_status(&events, "a"),
            LessonStatus::Started { step: 0 }
        );
    }

    #[test]
    fn completion_wins() {
        let events = vec![
            ev("a", EventKind::LessonCompleted, 1),
            ev("a", EventKind::LessonStarted, 2),
            ev("a", EventKind::StepReached { step: 2 }, 3),
        ];
        assert_eq!(lesson_status(&events, "a"), LessonStatus::Done);
        assert_eq!(resume_step(&events, "a", 8), 0);
    }

    #[test]
    fn help_stays_open_until_resolved() {
        let asked = ev("a", EventKind::HelpRequested { step: 2 }, 1);
        let other = ev("b", EventKind::HelpRequested { step: 0 }, 2);
        let mut events = vec![asked.clone(), other.clone()];
        let open: Vec<Uuid> = open_help_requests(&events).iter().map(|e| e.id).collect();
        assert_eq!(open, vec![asked.id, other.id]);
        events.push(ev("a", EventKind::HelpResolved { request: asked.id }, 3));
        let open: Vec<Uuid> = open_help_requests(&events).iter().map(|e| e.id).collect();
        assert_eq!(open, vec![other.id]);
    }

    #[test]
    fn help_events_do_not_change_lesson_status() {
        let events = vec![
            ev("a", EventKind::LessonStarted, 1),
            ev("a", EventKind::StepReached { step: 2 }, 2),
            ev("a", EventKind::HelpRequested { step: 2 }, 3),
        ];
        assert_eq!(
            lesson_status(&events, "a"),
            LessonStatus::Started { step: 2 }
        );
    }
}
