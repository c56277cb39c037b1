//! The lesson player's reports: progress events, read-aloud, help and
//! practice outcomes.

use super::{App, Message, Screen};
use crate::model::practice::Practice;
use crate::model::progress::EventKind;
use crate::screen::done::Done;
use crate::screen::lesson;
use iced::Task;

/// What of a practice decides which controls are on show.
fn on_show(p: &Option<Practice>) -> Option<(Vec<usize>, bool, bool)> {
    p.as_ref().map(|p| (p.shown.clone(), p.in_trap(), p.done))
}

impl App {
    /// Handles a message for the lesson player.
    pub(super) fn update_lesson(&mut self, m: lesson::Message) -> Task<Message> {
        let Screen::Lesson(player) = &mut self.screen else {
            return Task::none();
        };
        let Some(lesson) = self.shared.library.get(&player.lesson_id) else {
            return Task::none();
        };
        let before = (player.step, player.chosen, on_show(&player.practice));
        let (task, events) = player.update(m, lesson);
        let lesson_id = player.lesson_id.clone();
        let step_changed = player.step != before.0;
        // New screens in a practice bring new controls: focus starts over.
        if step_changed || on_show(&player.practice) != before.2 {
            self.focus = None;
        }
        if (player.step, player.chosen) != (before.0, before.1) {
            self.audio.stop();
        }
        for event in events {
            self.lesson_event(&lesson_id, event);
        }
        if step_changed && self.settings.auto_read {
            self.read_current_step();
        }
        task.map(Message::Lesson)
    }

    fn lesson_event(&mut self, lesson_id: &str, event: lesson::Event) {
        match event {
            lesson::Event::StepReached(step) => {
                self.record(lesson_id, EventKind::StepReached { step })
            }
            lesson::Event::Answered {
                step,
                answer,
                correct,
            } => {
                self.record(
                    lesson_id,
                    EventKind::AnswerGiven {
                        step,
                        answer,
                        correct,
                    },
                );
                self.answer_cue(correct);
            }
            lesson::Event::Practiced(summary) => {
                self.record(
                    lesson_id,
                    EventKind::PracticeOutcome {
                        scenario: summary.scenario,
                        success: summary.success,
                        attempts: summary.attempts,
                        traps: summary.traps,
                    },
                );
                if summary.success {
                    self.answer_cue(true);
                }
            }
            lesson::Event::Finished => {
                self.record(lesson_id, EventKind::LessonCompleted);
                self.go(Screen::Done(Done {
                    lesson_id: lesson_id.to_owned(),
                    handout: None,
                }));
            }
            lesson::Event::Left => {
                self.audio.stop();
                self.home_at_topic_of(lesson_id)
            }
            lesson::Event::Read(ids) => self.read_aloud(lesson_id, &ids),
            lesson::Event::StopReading => self.audio.stop(),
            lesson::Event::AskHelp(step) => {
                self.record(lesson_id, EventKind::HelpRequested { step })
            }
            lesson::Event::CancelHelp => {
                if let Some(request) = self.shared.open_help().map(|e| e.id) {
                    self.record(lesson_id, EventKind::HelpResolved { request });
                }
            }
        }
    }
}
