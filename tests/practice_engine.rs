//! The shipped practice scenarios played with the engine alone (no UI): the
//! happy path of each, every wrong try and trap, and what is recorded.

use std::path::PathBuf;
use stegvis::model::Library;
use stegvis::model::practice::{Feedback, Input, Outcome, Practice};
use stegvis::model::scenario::Scenario;

fn library() -> Library {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    Library::load(&[dir])
}

/// A scenario being played by the engine.
struct Play {
    scenario: Scenario,
    practice: Practice,
}

impl Play {
    fn new(library: &Library, lesson: &str, scenario: &str) -> Play {
        let scenario = library
            .get(lesson)
            .and_then(|l| l.scenario(scenario))
            .unwrap_or_else(|| panic!("{lesson} has no scenario {scenario}"))
            .clone();
        let practice = Practice::new(&scenario);
        Play { scenario, practice }
    }

    fn input(&mut self, input: Input) -> Outcome {
        self.practice.press(&self.scenario, input)
    }

    fn press(&mut self, id: &str) -> Outcome {
        self.input(Input::Press(id.into()))
    }

    /// Presses each control in turn; every press must move on.
    fn path(&mut self, ids: &[&str]) {
        for id in ids {
            assert_eq!(self.press(id), Outcome::Moved, "pressing {id}");
        }
    }

    fn code(&mut self, digits: &str) {
        for d in digits.bytes() {
            assert_eq!(self.input(Input::Digit(d - b'0')), Outcome::Typed);
        }
    }

    /// The ids of the screens on show.
    fn on_show(&self) -> Vec<&str> {
        self.practice
            .shown
            .iter()
            .map(|i| self.scenario.screens[*i].id.as_str())
            .collect()
    }

    fn hint(&self) -> Option<String> {
        match &self.practice.feedback {
            Feedback::Hint(h) => h.clone(),
            _ => None,
        }
    }

    fn trap(&self) -> Option<&str> {
        match self.practice.feedback {
            Feedback::Trap(t) => Some(self.scenario.traps[t].id.as_str()),
            _ => None,
        }
    }
}

// ── BankID on the same phone ──────────────────────────────────────────────

fn same_device(library: &Library) -> Play {
    Play::new(library, "bankid-samma-enhet", "samma-enhet")
}

#[test]
fn same_device_happy_path() {
    let library = library();
    let mut p = same_device(&library);
    assert_eq!(p.on_show(), ["tjanst"]);
    p.path(&["logga-in", "samma"]);
    assert_eq!(p.on_show(), ["app"], "BankID opens by itself");
    p.code("385126");
    assert_eq!(p.press("identifiera"), Outcome::Goal);
    assert_eq!(p.on_show(), ["inloggad"], "back in the service");
    let s = p.practice.summary();
    assert!(s.success);
    assert_eq!(s.attempts, 1);
    assert!(s.traps.is_empty());
}

#[test]
fn same_device_wrong_choices_and_a_wrong_code_get_hints() {
    let library = library();
    let mut p = same_device(&library);
    p.path(&["logga-in"]);
    assert!(matches!(p.press("annan"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-annan-tips"));
    p.path(&["samma"]);
    assert!(matches!(p.press("avbryt"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-avbryt-tips"));
    p.code("111111");
    assert!(matches!(p.press("identifiera"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-kod-tips"));
    assert!(p.practice.code_typed.is_empty(), "a fresh try");
    p.code("385126");
    assert_eq!(p.press("identifiera"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 4);
    assert_eq!(p.trap(), None);
}
