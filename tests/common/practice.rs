//! Helpers for the practice simulations: the shipped lessons in a tall
//! window, recorded outcomes, text on screen and typing.

use super::{Harness, shipped_lessons};
use stegvis::model::progress::EventKind;

pub const BANNER: &str = "Övning – inget riktigt händer";

/// The app with the shipped lessons, in a window tall enough to show a
/// whole practice without scrolling (scrolling is tested in layout.rs).
pub fn shipped_in(settings: &str) -> Harness {
    let mut h = Harness::with_lessons(vec![shipped_lessons()], settings);
    h.size = iced::Size::new(1280.0, 2600.0);
    h
}

pub fn shipped() -> Harness {
    shipped_in("")
}

pub fn outcomes(h: &Harness) -> Vec<EventKind> {
    h.app
        .shared()
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::PracticeOutcome { .. }))
        .map(|e| e.kind.clone())
        .collect()
}

pub fn outcome(scenario: &str, success: bool, attempts: u32, traps: &[&str]) -> EventKind {
    EventKind::PracticeOutcome {
        scenario: scenario.into(),
        success,
        attempts,
        traps: traps.iter().map(|t| t.to_string()).collect(),
    }
}

/// Whether some text on screen contains `needle`.
pub fn shows_within(h: &Harness, needle: &str) -> bool {
    use iced_test::selector::Candidate;
    let needle = needle.to_owned();
    h.simulator()
        .find(move |c: Candidate<'_>| match c {
            Candidate::Text { content, .. } if content.contains(&needle) => Some(()),
            _ => None,
        })
        .is_ok()
}

pub fn type_digits(h: &mut Harness, digits: &str) {
    for d in digits.chars() {
        h.click(&d.to_string());
    }
}

/// Types `text` into the practice's text field `field`, one character per
/// simulator, as a person would (click the field, press a key).
pub fn type_field(h: &mut Harness, field: &str, text: &str) {
    use stegvis::app::Message;
    for ch in text.chars() {
        let messages: Vec<Message> = {
            let mut ui = h.simulator();
            let id = stegvis::widget::sim::parts::field_id(field);
            if let Err(e) = ui.click(id) {
                panic!("no text field {field:?}: {e:?}");
            }
            let _ = ui.typewrite(&ch.to_string());
            ui.into_messages().collect()
        };
        h.apply(messages);
    }
}
