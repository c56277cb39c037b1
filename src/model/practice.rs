//! The practice engine: plays a [`Scenario`] one press at a time.
//!
//! Pure state, no iced and no clock: nothing here ever runs out of time.
//! Every press gives an [`Outcome`]: the screens moved, a wrong try (with
//! the hint to show), a trap (with its explanation), or the goal. A wrong
//! try or trap never ends the practice; after a trap the senior tries again
//! from where they were.

use super::scenario::{Action, Effect, Flags, Scenario, Shown};
use std::collections::BTreeMap;

/// What the senior did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Pressed the control with this id.
    Press(String),
    /// Pressed a digit on the keypad.
    Digit(u8),
    /// Pressed "Radera" on the keypad.
    Erase,
    /// Typed in a text field: its whole text now.
    Type {
        /// The field's id.
        field: String,
        /// What the field holds now.
        text: String,
    },
    /// "Försök igen" after a trap: back to where they were before it.
    TryAgain,
    /// "Börja om": back to the start screens. After the goal this starts a
    /// new round with fresh counts.
    StartOver,
}

/// What a press led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Other screens are on show.
    Moved,
    /// The code field or a text field changed.
    Typed,
    /// A wrong try; the Fluent id of the hint to show.
    Wrong {
        /// The hint.
        hint: Option<String>,
    },
    /// A trap sprang (index into [`Scenario::traps`]).
    Trap {
        /// The trap.
        trap: usize,
    },
    /// A goal was reached: the practice is done.
    Goal,
    /// Nothing happened (not on show, or waiting for "Försök igen").
    Ignored,
}

/// What the practice panel shows beside the devices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    /// Only the task.
    None,
    /// After a wrong try: the hint (Fluent id).
    Hint(Option<String>),
    /// A trap's explanation, until "Försök igen".
    Trap(usize),
    /// The goal was reached: the end explanation.
    Done,
}

/// One round of a practice in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    /// The scenario's id.
    pub scenario: String,
    /// The screens on show, one per device.
    pub shown: Shown,
    /// Tries so far: 1, plus one for every wrong try or trap.
    pub attempts: u32,
    /// The ids of the traps sprung, in order.
    pub traps_hit: Vec<String>,
    /// The digits typed on the keypad on show.
    pub code_typed: String,
    /// The flags set: what the senior has done so far this round.
    pub flags: Flags,
    /// The text typed in each text field, by the field's id.
    pub typed: BTreeMap<String, String>,
    /// Whether a goal was reached.
    pub done: bool,
    /// What the panel shows.
    pub feedback: Feedback,
    before_trap: Option<Shown>,
    touched: bool,
}

/// The outcome of a round, as recorded in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The scenario's id.
    pub scenario: String,
    /// Whether a goal was reached.
    pub success: bool,
    /// Tries: 1, plus one for every wrong try or trap.
    pub attempts: u32,
    /// The ids of the traps sprung, in order.
    pub traps: Vec<String>,
}

impl Practice {
    /// A new round at the start screens.
    pub fn new(scenario: &Scenario) -> Self {
        Practice {
            scenario: scenario.id.clone(),
            shown: scenario.start.clone(),
            attempts: 1,
            traps_hit: Vec::new(),
            code_typed: String::new(),
            flags: Flags::NONE,
            typed: BTreeMap::new(),
            done: false,
            feedback: Feedback::None,
            before_trap: None,
            touched: false,
        }
    }

    /// Whether the senior has pressed anything this round.
    pub fn touched(&self) -> bool {
        self.touched
    }

    /// Whether a trap is being explained.
    pub fn in_trap(&self) -> bool {
        matches!(self.feedback, Feedback::Trap(_))
    }

    /// The round so far, for progress.
    pub fn summary(&self) -> Summary {
        Summary {
            scenario: self.scenario.clone(),
            success: self.done,
            attempts: self.attempts,
            traps: self.traps_hit.clone(),
        }
    }

    /// How many digits the keypad on show still takes (`None`: no keypad
    /// is on show; `Some(0)`: the code is whole).
    pub fn digits_left(&self, scenario: &Scenario) -> Option<usize> {
        scenario
            .keypad_code(&self.shown, self.flags)
            .map(|code| code.len().saturating_sub(self.code_typed.len()))
    }

    /// Handles one press.
    pub fn press(&mut self, scenario: &Scenario, input: Input) -> Outcome {
        match input {
            Input::StartOver => {
                if self.done {
                    *self = Practice::new(scenario);
                } else {
                    self.shown = scenario.start.clone();
                    self.code_typed.clear();
                    self.flags = Flags::NONE;
                    self.typed.clear();
                    self.feedback = Feedback::None;
                    self.before_trap = None;
                }
                Outcome::Moved
            }
            Input::TryAgain => match self.before_trap.take() {
                Some(before) if self.in_trap() => {
                    self.shown = before;
                    self.code_typed.clear();
                    self.feedback = Feedback::None;
                    Outcome::Moved
                }
                _ => Outcome::Ignored,
            },
            _ if self.done || self.in_trap() => Outcome::Ignored,
            Input::Digit(d) => {
                let room = self.digits_left(scenario).is_some_and(|left| left > 0);
                if d > 9 || !room {
                    return Outcome::Ignored;
                }
                self.touched = true;
                self.code_typed.push(char::from(b'0' + d));
                Outcome::Typed
            }
            Input::Erase => match self.code_typed.pop() {
                Some(_) => Outcome::Typed,
                None => Outcome::Ignored,
            },
            Input::Type { field, text } => {
                if !scenario.field_on_show(&self.shown, self.flags, &field) {
                    return Outcome::Ignored;
                }
                self.touched = true;
                self.typed.insert(field, text);
                Outcome::Typed
            }
            Input::Press(id) => self.press_control(scenario, &id),
        }
    }

    fn press_control(&mut self, scenario: &Scenario, id: &str) -> Outcome {
        let Some(control) = scenario.control_on_show(&self.shown, self.flags, id) else {
            return Outcome::Ignored;
        };
        self.touched = true;
        let fields = scenario.fields_beside(&self.shown, self.flags, id);
        let passed = match control.action {
            Action::CheckCode(_) => {
                scenario.keypad_code(&self.shown, self.flags) == Some(self.code_typed.as_str())
            }
            Action::CheckFilled(_) => fields.iter().all(|f| {
                self.typed
                    .get(*f)
                    .is_some_and(|text| !text.trim().is_empty())
            }),
            _ => true,
        };
        let effect = scenario.effect(&self.shown, self.flags, control, passed);
        self.code_typed.clear();
        match effect {
            Effect::Wrong => {
                self.attempts += 1;
                let hint = scenario.hint_for(&self.shown, control).map(str::to_owned);
                self.feedback = Feedback::Hint(hint.clone());
                Outcome::Wrong { hint }
            }
            Effect::Trap { trap, shown } => {
                self.attempts += 1;
                if let Some(t) = scenario.traps.get(trap) {
                    self.traps_hit.push(t.id.clone());
                }
                self.before_trap = Some(std::mem::replace(&mut self.shown, shown));
                self.feedback = Feedback::Trap(trap);
                Outcome::Trap { trap }
            }
            Effect::Move { shown, flags } => {
                self.shown = shown;
                self.flags = flags;
                if matches!(control.action, Action::CheckFilled(_)) {
                    // Sent: the fields are empty for the next message.
                    for field in fields {
                        self.typed.remove(field);
                    }
                }
                if scenario.reached_goal(&self.shown, self.flags) {
                    self.done = true;
                    self.feedback = Feedback::Done;
                    Outcome::Goal
                } else {
                    self.feedback = Feedback::None;
                    Outcome::Moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::parse_scenario;
    use std::path::Path;

    /// A small two-device login with a wrong button, a code and a trap.
    const LOGIN: &str = r#"
title = "title"
frame = "both"
start = ["web", "home"]
task = "task"
goals = ["web-in"]
end = "end"
hint = "hint"

[[trap]]
id = "gave-code"
title = "trap-title"
explain = "trap-text"

[[screen]]
id = "web"
device = "computer"
parts = [
  { part = "button", id = "login", text = "login", go = "web-qr" },
  { part = "button", id = "password", text = "password", wrong = true, hint = "use-bankid" },
]

[[screen]]
id = "web-qr"
device = "computer"
parts = [{ part = "qr" }]

[[screen]]
id = "web-in"
device = "computer"
parts = [{ part = "heading", text = "welcome" }]

[[screen]]
id = "home"
device = "phone"
parts = [{ part = "button", id = "scan", text = "scan", go = "code", needs = "web-qr", hint = "no-qr" }]

[[screen]]
id = "code"
device = "phone"
parts = [
  { part = "keypad", code = "1234" },
  { part = "button", id = "ok", text = "ok", check-code = true, go = ["web-in", "phone-done"], hint = "look" },
  { part = "button", id = "tell", text = "tell", trap = "gave-code" },
]

[[screen]]
id = "phone-done"
device = "phone"
parts = [{ part = "text", text = "done" }]
"#;

    fn login() -> Scenario {
        let mut problems = Vec::new();
        let s = parse_scenario(Path::new("login.toml"), "login", LOGIN, &mut problems);
        assert!(problems.is_empty(), "{problems:#?}");
        s.expect("parses")
    }

    fn press(p: &mut Practice, s: &Scenario, id: &str) -> Outcome {
        p.press(s, Input::Press(id.into()))
    }

    fn type_code(p: &mut Practice, s: &Scenario, code: &str) {
        for c in code.bytes() {
            assert_eq!(p.press(s, Input::Digit(c - b'0')), Outcome::Typed);
        }
    }

    fn on_show(p: &Practice, s: &Scenario) -> Vec<String> {
        p.shown.iter().map(|i| s.screens[*i].id.clone()).collect()
    }

    #[test]
    fn the_happy_path_reaches_the_goal_in_one_try() {
        let s = login();
        let mut p = Practice::new(&s);
        assert_eq!(on_show(&p, &s), ["web", "home"]);
        assert!(!p.touched());
        assert_eq!(press(&mut p, &s, "login"), Outcome::Moved);
        assert_eq!(press(&mut p, &s, "scan"), Outcome::Moved);
        type_code(&mut p, &s, "1234");
        assert_eq!(p.code_typed, "1234");
        assert_eq!(p.press(&s, Input::Digit(5)), Outcome::Ignored, "full");
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Goal);
        assert_eq!(on_show(&p, &s), ["web-in", "phone-done"]);
        assert!(p.done);
        assert_eq!(p.feedback, Feedback::Done);
        let summary = p.summary();
        assert!(summary.success);
        assert_eq!(summary.attempts, 1);
        assert!(summary.traps.is_empty());
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Ignored, "done");
    }

    #[test]
    fn a_wrong_button_gives_its_hint_and_counts_a_try() {
        let s = login();
        let mut p = Practice::new(&s);
        assert_eq!(
            press(&mut p, &s, "password"),
            Outcome::Wrong {
                hint: Some("login-use-bankid".into())
            }
        );
        assert_eq!(p.attempts, 2);
        assert_eq!(on_show(&p, &s), ["web", "home"], "nothing moved");
        assert_eq!(press(&mut p, &s, "login"), Outcome::Moved);
        assert_eq!(p.feedback, Feedback::None, "the hint goes once things move");
    }

    #[test]
    fn a_control_that_needs_another_screen_is_a_wrong_try_until_it_is_shown() {
        let s = login();
        let mut p = Practice::new(&s);
        assert_eq!(
            press(&mut p, &s, "scan"),
            Outcome::Wrong {
                hint: Some("login-no-qr".into())
            }
        );
        press(&mut p, &s, "login");
        assert_eq!(press(&mut p, &s, "scan"), Outcome::Moved);
    }

    #[test]
    fn a_wrong_code_clears_the_field_and_the_right_one_then_works() {
        let s = login();
        let mut p = Practice::new(&s);
        press(&mut p, &s, "login");
        press(&mut p, &s, "scan");
        type_code(&mut p, &s, "12");
        assert_eq!(p.press(&s, Input::Erase), Outcome::Typed);
        assert_eq!(p.code_typed, "1");
        assert_eq!(
            press(&mut p, &s, "ok"),
            Outcome::Wrong {
                hint: Some("login-look".into())
            },
            "too short is wrong too"
        );
        assert_eq!(p.code_typed, "");
        type_code(&mut p, &s, "4321");
        assert!(matches!(press(&mut p, &s, "ok"), Outcome::Wrong { .. }));
        type_code(&mut p, &s, "1234");
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Goal);
        assert_eq!(p.summary().attempts, 3);
    }

    #[test]
    fn a_trap_waits_for_try_again_and_is_recorded() {
        let s = login();
        let mut p = Practice::new(&s);
        press(&mut p, &s, "login");
        press(&mut p, &s, "scan");
        assert_eq!(press(&mut p, &s, "tell"), Outcome::Trap { trap: 0 });
        assert!(p.in_trap());
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Ignored, "explained first");
        assert_eq!(p.press(&s, Input::Digit(1)), Outcome::Ignored);
        assert_eq!(p.press(&s, Input::TryAgain), Outcome::Moved);
        assert_eq!(on_show(&p, &s), ["web-qr", "code"], "back where they were");
        type_code(&mut p, &s, "1234");
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Goal);
        let summary = p.summary();
        assert_eq!(summary.traps, ["gave-code"]);
        assert_eq!(summary.attempts, 2);
        assert!(summary.success);
    }

    #[test]
    fn start_over_keeps_the_counts_until_done_then_starts_fresh() {
        let s = login();
        let mut p = Practice::new(&s);
        press(&mut p, &s, "password");
        press(&mut p, &s, "login");
        assert_eq!(p.press(&s, Input::StartOver), Outcome::Moved);
        assert_eq!(on_show(&p, &s), ["web", "home"]);
        assert_eq!(p.attempts, 2, "same round");
        press(&mut p, &s, "login");
        press(&mut p, &s, "scan");
        type_code(&mut p, &s, "1234");
        press(&mut p, &s, "ok");
        p.press(&s, Input::StartOver);
        assert_eq!(p, Practice::new(&s), "a new round");
    }

    #[test]
    fn controls_not_on_show_and_digits_without_a_keypad_are_ignored() {
        let s = login();
        let mut p = Practice::new(&s);
        assert_eq!(press(&mut p, &s, "ok"), Outcome::Ignored);
        assert_eq!(press(&mut p, &s, "nonsense"), Outcome::Ignored);
        assert_eq!(p.press(&s, Input::Digit(3)), Outcome::Ignored);
        assert_eq!(p.press(&s, Input::Erase), Outcome::Ignored);
        assert_eq!(p.press(&s, Input::TryAgain), Outcome::Ignored);
        assert!(!p.touched());
        assert_eq!(p.attempts, 1);
    }
}
