//! The lesson player's reports: progress events, read-aloud, help and
//! practice outcomes.

use super::{App, Message, Screen};
use crate::model::Lesson;
use crate::model::practice::Input;
use crate::model::progress::EventKind;
use crate::model::scenario::Part;
use crate::screen::done::Done;
use crate::screen::lesson;
use crate::widget::focus::{Show, Slot};
use crate::widget::reveal::focus_id;
use crate::widget::sim::device_id;
use crate::widget::sim::parts::field_id;
use iced::Task;

/// What of a practice decides which controls are on show (a practice not
/// yet pressed in counts as fresh, so the first key typed changes nothing).
fn on_show(player: &lesson::LessonPlayer, lesson: &Lesson) -> Option<(Vec<usize>, bool, bool)> {
    player
        .practice_on(lesson)
        .map(|(_, p)| (p.shown.clone(), p.in_trap(), p.done))
}

/// The practice's feedback box on show, if a practice is.
fn feedback_of(
    player: &lesson::LessonPlayer,
    lesson: &Lesson,
) -> Option<crate::model::practice::Feedback> {
    player.practice_on(lesson).map(|(_, p)| p.feedback.clone())
}

impl App {
    /// Handles a message for the lesson player.
    pub(super) fn update_lesson(&mut self, m: lesson::Message) -> Task<Message> {
        let digit = matches!(&m, lesson::Message::Practice(Input::Digit(_)));
        let keypad = digit || matches!(&m, lesson::Message::Practice(Input::Erase));
        // The keypad's keys come and go at large text (decision 103), so
        // a focus kept by index would land on another control.
        let focused_before = if keypad {
            self.focus.and_then(|i| self.page().1.into_iter().nth(i))
        } else {
            None
        };
        let Screen::Lesson(player) = &mut self.screen else {
            return Task::none();
        };
        let Some(lesson) = self.shared.library.get(&player.lesson_id) else {
            return Task::none();
        };
        let pressed = Slot::Press(Message::Lesson(m.clone()));
        let before = (player.step, player.chosen, on_show(player, lesson));
        let feedback_before = feedback_of(player, lesson);
        let shown_before = before.2.clone().map(|s| s.0).unwrap_or_default();
        let (task, events) = player.update(m, lesson);
        let lesson_id = player.lesson_id.clone();
        let step_changed = player.step != before.0;
        let moved = (player.step, player.chosen) != (before.0, before.1);
        let practice_changed = on_show(player, lesson) != before.2;
        let feedback_changed = feedback_of(player, lesson) != feedback_before;
        // New screens in a practice bring new controls: focus starts over.
        // For keyboard users a new screen shows its top first (who is
        // asking, who sent the letter), and Tab goes on to its first
        // control; a text field, or "Försök igen" or Next after a trap or
        // the goal, gets the focus at once.
        let answered = !step_changed && player.chosen.is_some() && player.chosen != before.1;
        let keyboard = self.focus.is_some() || self.focus_resume.is_some();
        if step_changed || practice_changed {
            self.focus = None;
            self.focus_resume = None;
            if keyboard && !step_changed {
                match self.practice_focus(&shown_before) {
                    Some((_, slot, true)) => self.focus_resume = Some(slot),
                    Some((index, _, false)) => self.focus = Some(index),
                    None => {}
                }
            }
            if !step_changed {
                self.reveal_practice(&shown_before);
            }
        } else if feedback_changed {
            // A hint after a wrong try: the keyboard stays where it was,
            // and the hint is scrolled into view.
            self.reveal_practice(&shown_before);
        }
        if step_changed {
            self.reveal_resumed_practice();
            if keyboard {
                self.focus_new_step(&pressed);
            }
        }
        if answered {
            // The answer's feedback comes into view, scrolling as little
            // as possible; then, if that hid the question, the question's
            // top comes back: the question stays in view, with as much of
            // the feedback under it as fits. The answers never move.
            // At large text question, answers and feedback cannot all
            // fit: the feedback sits under the chosen answer, and the two
            // come into view together (the answer's top first).
            let compact = self.scale_factor() >= crate::theme::COMPACT_SCALE - 0.01;
            let mut targets = if compact {
                vec![(iced::widget::Id::new(lesson::ANSWERED_ID), Show::Whole)]
            } else {
                vec![
                    (iced::widget::Id::new(lesson::FEEDBACK_ID), Show::Whole),
                    (iced::widget::Id::new(lesson::QUESTION_ID), Show::Top),
                ]
            };
            // A right answer by keyboard: the ring moves on to Nästa, so
            // Tab and Enter cannot change it to a wrong one by mistake.
            if keyboard && self.chosen_is_right() {
                let next = Slot::Press(Message::Lesson(lesson::Message::Next));
                let at = self.page().1.iter().position(|a| *a == next);
                if let Some(i) = at {
                    self.focus = Some(i);
                    self.focus_resume = None;
                    targets.push((focus_id(i), Show::Whole));
                }
            }
            self.reveal = self.reveal.next(targets);
        }
        if keypad && keyboard && !step_changed && !practice_changed && !feedback_changed {
            self.keep_keypad_focus(digit, focused_before);
        }
        if moved {
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

    /// Where the keyboard focus goes after a press changed the practice:
    /// "Försök igen" in a trap, Next once the goal is reached, else the
    /// first control or field of the screen that changed: its index and
    /// slot, and `true` when it is a control of a new screen, which Tab
    /// reaches after the screen's top has been shown.
    fn practice_focus(&self, shown_before: &[usize]) -> Option<(usize, Slot<Message>, bool)> {
        let (player, lesson) = self.playing()?;
        let (scenario, practice) = player.practice_on(lesson)?;
        let practice_slot =
            |input: Input| Slot::Press(Message::Lesson(lesson::Message::Practice(input)));
        let (targets, new_screen): (Vec<Slot<Message>>, bool) = if practice.in_trap() {
            (vec![practice_slot(Input::TryAgain)], false)
        } else if practice.done {
            (
                vec![Slot::Press(Message::Lesson(lesson::Message::Next))],
                false,
            )
        } else {
            // Every device whose screen changed, in order: when the first
            // has nothing to press (the computer now shows a QR code),
            // Tab goes on to the next one's first control (the phone's).
            let changed: Vec<&crate::model::scenario::Screen> =
                changed_devices(&practice.shown, shown_before)
                    .filter_map(|slot| practice.shown.get(slot))
                    .filter_map(|screen| scenario.screens.get(*screen))
                    .collect();
            let slots = changed
                .iter()
                .flat_map(|screen| screen.visible(practice.flags))
                .filter_map(|part| match part {
                    Part::Input { id, .. } => Some(Slot::Field(field_id(id))),
                    Part::Keypad { .. } => Some(practice_slot(Input::Digit(1))),
                    other => other
                        .control()
                        .map(|c| practice_slot(Input::Press(c.id.clone()))),
                })
                .collect();
            (slots, true)
        };
        let (_, actions) = self.page();
        // A text field takes the focus at once: typing is what comes next.
        // When the new screens have nothing to press, Tab goes on to the
        // first control of the practice (on the other device).
        let practice_control = |a: &Slot<Message>| {
            matches!(
                a,
                Slot::Field(_) | Slot::Press(Message::Lesson(lesson::Message::Practice(_)))
            )
        };
        let index = actions
            .iter()
            .position(|a| targets.contains(a))
            .or_else(|| actions.iter().position(practice_control))?;
        let slot = actions.into_iter().nth(index)?;
        let later = new_screen && !matches!(slot, Slot::Field(_));
        Some((index, slot, later))
    }

    /// The open lesson's player and the lesson, if a lesson is open.
    pub(super) fn playing(&self) -> Option<(&lesson::LessonPlayer, &Lesson)> {
        let Screen::Lesson(player) = &self.screen else {
            return None;
        };
        Some((player, self.shared.library.get(&player.lesson_id)?))
    }

    /// Whether the answer chosen on the current step is a right one.
    fn chosen_is_right(&self) -> bool {
        let Some((player, lesson)) = self.playing() else {
            return false;
        };
        match (lesson.steps.get(player.step), player.chosen) {
            (Some(crate::model::lesson::Step::Choice { answers, .. }), Some(i)) => {
                answers.get(i).is_some_and(|a| a.correct)
            }
            _ => false,
        }
    }

    /// After a key of the keypad, by keyboard: once the code is whole the
    /// ring moves on to the control after the keypad (Identifiera, Skriv
    /// under), else it stays on the control it was on (`focused`), found
    /// again by what it does, as keys may have come or gone.
    fn keep_keypad_focus(&mut self, digit: bool, focused: Option<Slot<Message>>) {
        let whole = self
            .playing()
            .and_then(|(player, lesson)| player.practice_on(lesson))
            .is_some_and(|(scenario, practice)| practice.digits_left(scenario) == Some(0));
        let (_, actions) = self.page();
        let erase = Slot::Press(Message::Lesson(lesson::Message::Practice(Input::Erase)));
        let after_keypad = actions
            .iter()
            .position(|a| *a == erase)
            .map(|i| i + 1)
            .filter(|i| *i < actions.len());
        if let Some(next) = after_keypad.filter(|_| digit && whole) {
            self.focus = Some(next);
            self.focus_resume = None;
            // With the line to check above it, when both fit.
            self.reveal = self.reveal.next(vec![(focus_id(next), Show::Whole)]);
        } else if let Some(i) = focused.and_then(|slot| actions.iter().position(|a| *a == slot)) {
            self.focus = Some(i);
        }
    }

    /// After Next or Back by keyboard the focus stays with the new step:
    /// Tab goes straight to its first answer, control or field (the step
    /// shows its top first); a step with none of them keeps the focus on
    /// the button pressed, so Enter goes on.
    fn focus_new_step(&mut self, pressed: &Slot<Message>) {
        let (_, actions) = self.page();
        let first = actions.iter().position(|a| {
            matches!(
                a,
                Slot::Field(_)
                    | Slot::Press(Message::Lesson(
                        lesson::Message::Choose(_) | lesson::Message::Practice(_)
                    ))
            )
        });
        match first {
            Some(i) => self.focus_resume = actions.into_iter().nth(i),
            None => self.focus = actions.iter().position(|a| a == pressed),
        }
    }

    /// Back at a practice the learner had started while the lesson is
    /// open: it is where they left it, so the page scrolls to the first
    /// device that moved on from its start (not to the step's title).
    fn reveal_resumed_practice(&mut self) {
        let Screen::Lesson(player) = &self.screen else {
            return;
        };
        let Some(practice) = player.practice() else {
            return;
        };
        let Some(scenario) = self
            .shared
            .library
            .get(&player.lesson_id)
            .and_then(|l| l.scenario(&practice.scenario))
        else {
            return;
        };
        let slot = changed_device(&practice.shown, &scenario.start).unwrap_or(0);
        self.reveal = self.reveal.next(vec![(device_id(slot), Show::Top)]);
    }

    /// After a press brought other screens: scroll so the top of the
    /// device whose screen changed is in view (feedback after a wrong try,
    /// a trap or the goal is scrolled to by the player instead), then the
    /// control the keyboard focus moved to.
    fn reveal_practice(&mut self, shown_before: &[usize]) {
        let Some((player, lesson)) = self.playing() else {
            return;
        };
        let Some((_, practice)) = player.practice_on(lesson) else {
            return;
        };
        let mut targets = Vec::new();
        if practice.feedback != crate::model::practice::Feedback::None {
            // The answer to what was pressed: a hint, a trap or the goal.
            targets.push((crate::screen::practice::feedback_id(), Show::Whole));
        }
        if !practice.in_trap() && !practice.done {
            if let Some(slot) = changed_device(&practice.shown, shown_before) {
                targets.push((device_id(slot), Show::Top));
                // A screen with a line to check: that line and the
                // screen's controls under it, when they fit ("Till: Kent
                // Ek" with Betala and Avbryt).
                if let Some(index) = self.last_control_under_check(lesson, slot) {
                    targets.push((focus_id(index), Show::WithCheck));
                }
            }
        }
        if let Some(index) = self.focus {
            targets.push((focus_id(index), Show::Whole));
        }
        if !targets.is_empty() {
            self.reveal = self.reveal.next(targets);
        }
    }

    /// The focus index of the last control on the screen of device `slot`,
    /// when that screen has a line to check (`check = true`).
    fn last_control_under_check(&self, lesson: &Lesson, slot: usize) -> Option<usize> {
        let Screen::Lesson(player) = &self.screen else {
            return None;
        };
        let (scenario, practice) = player.practice_on(lesson)?;
        let screen = scenario.screens.get(*practice.shown.get(slot)?)?;
        let placed: Vec<_> = screen.on_show(practice.flags).collect();
        if !placed.iter().any(|p| p.check) {
            return None;
        }
        let last = placed.iter().rev().find_map(|p| p.part.control())?;
        let wanted = Slot::Press(Message::Lesson(lesson::Message::Practice(Input::Press(
            last.id.clone(),
        ))));
        let (_, actions) = self.page();
        actions.iter().position(|a| *a == wanted)
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
                    not_opened: None,
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

/// The first device (slot of the frame) whose screen in `shown` is not the
/// one in `before`.
fn changed_device(shown: &[usize], before: &[usize]) -> Option<usize> {
    changed_devices(shown, before).next()
}

/// The devices (slots) whose screen is not the one in `before`, in order.
fn changed_devices<'a>(
    shown: &'a [usize],
    before: &'a [usize],
) -> impl Iterator<Item = usize> + 'a {
    shown
        .iter()
        .enumerate()
        .filter(move |(slot, screen)| before.get(*slot) != Some(screen))
        .map(|(slot, _)| slot)
}
