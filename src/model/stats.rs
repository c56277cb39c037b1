//! Per-lesson figures for a tutor's view of one participant: status, right
//! and wrong answers, help requests and time spent.

use super::progress::{EventKind, LessonStatus, ProgressEvent, lesson_status};

/// A pause longer than this between two events counts as this long (the
/// senior was talking, or away), so time spent is not inflated.
pub const IDLE_CAP_MS: i64 = 5 * 60_000;

/// What one learner did in one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonStats {
    /// The lesson.
    pub lesson_id: String,
    /// Status, from the one shared rule.
    pub status: LessonStatus,
    /// Answers that were right.
    pub right_answers: usize,
    /// Answers that were wrong.
    pub wrong_answers: usize,
    /// Times help was asked for.
    pub help_requests: usize,
    /// Time spent, in milliseconds (gaps capped at [`IDLE_CAP_MS`]).
    pub active_ms: i64,
    /// Each practice of the lesson the learner tried, in the order first tried.
    pub practices: Vec<PracticeStats>,
}

/// How one learner did in one practice scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeStats {
    /// The scenario's id.
    pub scenario: String,
    /// Rounds recorded.
    pub rounds: usize,
    /// Whether the latest round reached the goal.
    pub success: bool,
    /// Tries in the latest round.
    pub attempts: u32,
    /// Every trap fallen into in any round, each once, in order.
    pub traps: Vec<String>,
}

/// Practice figures from one lesson's events (in time order).
fn practice_stats(events: &[&ProgressEvent]) -> Vec<PracticeStats> {
    let mut out: Vec<PracticeStats> = Vec::new();
    for e in events {
        let EventKind::PracticeOutcome {
            scenario,
            success,
            attempts,
            traps,
        } = &e.kind
        else {
            continue;
        };
        let at = match out.iter().position(|p| &p.scenario == scenario) {
            Some(i) => i,
            None => {
                out.push(PracticeStats {
                    scenario: scenario.clone(),
                    rounds: 0,
                    success: false,
                    attempts: 0,
                    traps: Vec::new(),
                });
                out.len() - 1
            }
        };
        let p = &mut out[at];
        p.rounds += 1;
        p.success = *success;
        p.attempts = *attempts;
        for t in traps {
            if !p.traps.contains(t) {
                p.traps.push(t.clone());
            }
        }
    }
    out
}

/// Figures for every lesson the learner has touched, in the order first touched.
pub fn learner_stats<'a>(events: impl IntoIterator<Item = &'a ProgressEvent>) -> Vec<LessonStats> {
    let mut events: Vec<&ProgressEvent> = events.into_iter().collect();
    events.sort_by_key(|e| (e.at_ms, e.id));
    let mut order: Vec<&str> = Vec::new();
    for e in &events {
        if !order.contains(&e.lesson_id.as_str()) {
            order.push(&e.lesson_id);
        }
    }
    order
        .into_iter()
        .map(|lesson_id| {
            let mine: Vec<&ProgressEvent> = events
                .iter()
                .copied()
                .filter(|e| e.lesson_id == lesson_id)
                .collect();
            let count = |f: fn(&EventKind) -> bool| mine.iter().filter(|e| f(&e.kind)).count();
            LessonStats {
                lesson_id: lesson_id.to_owned(),
                status: lesson_status(mine.iter().copied(), lesson_id),
                right_answers: count(|k| matches!(k, EventKind::AnswerGiven { correct: true, .. })),
                wrong_answers: count(|k| {
                    matches!(k, EventKind::AnswerGiven { correct: false, .. })
                }),
                help_requests: count(|k| matches!(k, EventKind::HelpRequested { .. })),
                active_ms: mine
                    .windows(2)
                    .map(|w| w[1].at_ms.saturating_sub(w[0].at_ms).clamp(0, IDLE_CAP_MS))
                    .fold(0, i64::saturating_add),
                practices: practice_stats(&mine),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::progress::test_event as ev;

    #[test]
    fn counts_answers_help_and_capped_time() {
        let min = 60_000;
        let events = vec![
            ev("a", EventKind::LessonStarted, 0),
            ev("a", EventKind::StepReached { step: 1 }, min),
            ev(
                "a",
                EventKind::AnswerGiven {
                    step: 1,
                    answer: 0,
                    correct: false,
                },
                2 * min,
            ),
            ev("a", EventKind::HelpRequested { step: 1 }, 3 * min),
            // A long pause counts as five minutes.
            ev(
                "a",
                EventKind::AnswerGiven {
                    step: 1,
                    answer: 1,
                    correct: true,
                },
                60 * min,
            ),
            ev("b", EventKind::LessonStarted, 61 * min),
            ev("a", EventKind::LessonCompleted, 62 * min),
        ];
        let stats = learner_stats(&events);
        assert_eq!(stats.len(), 2);
        let a = &stats[0];
        assert_eq!(a.lesson_id, "a");
        assert_eq!(a.status, LessonStatus::Done);
        assert_eq!(
            (a.right_answers, a.wrong_answers, a.help_requests),
            (1, 1, 1)
        );
        assert_eq!(a.active_ms, 3 * min + IDLE_CAP_MS + 2 * min);
        assert_eq!(stats[1].status, LessonStatus::Started { step: 0 });
        assert_eq!(stats[1].active_ms, 0);
        assert!(a.practices.is_empty());
    }

    #[test]
    fn times_at_the_ends_of_the_range_do_not_overflow() {
        let events = vec![
            ev("a", EventKind::LessonStarted, i64::MIN),
            ev("a", EventKind::StepReached { step: 1 }, i64::MAX),
            ev("a", EventKind::StepReached { step: 2 }, i64::MIN),
        ];
        let stats = learner_stats(&events);
        assert_eq!(stats[0].active_ms, IDLE_CAP_MS);
    }

    #[test]
    fn practices_keep_the_latest_round_and_every_trap() {
        let outcome = |success, attempts, traps: &[&str]| EventKind::PracticeOutcome {
            scenario: "call".into(),
            success,
            attempts,
            traps: traps.iter().map(|t| t.to_string()).collect(),
        };
        let events = vec![
            ev("a", outcome(false, 2, &["logged-in"]), 1),
            ev("a", outcome(true, 3, &["told-code", "logged-in"]), 2),
        ];
        let stats = learner_stats(&events);
        assert_eq!(
            stats[0].practices,
            [PracticeStats {
                scenario: "call".into(),
                rounds: 2,
                success: true,
                attempts: 3,
                traps: vec!["logged-in".into(), "told-code".into()],
            }]
        );
    }
}
