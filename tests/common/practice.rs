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

/// A simulator of the page after the window's first redraw, which carries
/// out a scroll the last update asked for.
pub fn redrawn(h: &Harness) -> iced_test::Simulator<'_, stegvis::app::Message> {
    let mut ui = h.simulator();
    let _ = ui.simulate([iced::Event::Window(iced::window::Event::RedrawRequested(
        std::time::Instant::now(),
    ))]);
    ui
}

/// A text on the page: its content, layout bounds and the part of it on
/// screen.
pub type Text = (String, iced::Rectangle, Option<iced::Rectangle>);

/// Every text on the page after a redraw.
pub fn all_texts(h: &Harness) -> Vec<Text> {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let found: Arc<Mutex<Vec<Text>>> = Arc::default();
    let sink = Arc::clone(&found);
    let mut ui = redrawn(h);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            content,
            bounds,
            visible_bounds,
            ..
        } = c
            && let Ok(mut all) = sink.lock()
        {
            all.push((content.to_owned(), bounds, visible_bounds));
        }
        None
    });
    let guard = found.lock().expect("lock");
    guard.clone()
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

/// The texts inside the focus ring, and whether a text field is inside it.
pub fn in_focus(h: &Harness) -> (Vec<String>, Option<iced::widget::Id>) {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let Some(index) = h.app.focus else {
        return (Vec::new(), None);
    };
    let frame_id = stegvis::widget::reveal::focus_id(index);
    let mut ui = h.simulator();
    let frame = ui
        .find(move |c: Candidate<'_>| match c {
            Candidate::Container {
                id: Some(id),
                bounds,
                ..
            } if *id == frame_id => Some(bounds),
            _ => None,
        })
        .ok();
    let Some(frame) = frame else {
        return (Vec::new(), None);
    };
    type Found = (Vec<String>, Option<iced::widget::Id>);
    let found: Arc<Mutex<Found>> = Arc::default();
    let sink = Arc::clone(&found);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        let Ok(mut all) = sink.lock() else {
            return None;
        };
        match c {
            Candidate::Text {
                bounds, content, ..
            } if frame.contains(bounds.center()) => all.0.push(content.to_owned()),
            Candidate::TextInput {
                id: Some(id),
                bounds,
                ..
            } if frame.contains(bounds.center()) => all.1 = Some(id.clone()),
            _ => {}
        }
        None
    });
    let mut guard = found.lock().expect("lock");
    std::mem::take(&mut *guard)
}

/// Presses Tab until the control showing `label` has the focus ring.
pub fn tab_to(h: &mut Harness, label: &str) {
    use iced::keyboard::key::Named;
    for _ in 0..60 {
        if in_focus(h).0.iter().any(|t| t == label) {
            return;
        }
        h.key(Named::Tab);
    }
    panic!("Tab never reached {label:?}");
}

/// Presses Tab until the practice's text field `field` has the focus ring.
pub fn tab_to_field(h: &mut Harness, field: &str) {
    use iced::keyboard::key::Named;
    let want = stegvis::widget::sim::parts::field_id(field);
    for _ in 0..60 {
        if in_focus(h).1.as_ref() == Some(&want) {
            return;
        }
        h.key(Named::Tab);
    }
    panic!("Tab never reached the field {field:?}");
}

/// Types `text` on the keyboard, one key per simulator, without touching
/// the mouse.
pub fn type_keys(h: &mut Harness, text: &str) {
    for ch in text.chars() {
        let messages: Vec<stegvis::app::Message> = {
            let mut ui = h.simulator();
            let _ = ui.typewrite(&ch.to_string());
            ui.into_messages().collect()
        };
        h.apply(messages);
    }
}

/// Shift+Tab.
pub fn shift_tab(h: &mut Harness) {
    use iced::keyboard::{self, key::Named};
    let key = keyboard::Key::Named(Named::Tab);
    let press = iced::Event::Keyboard(keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key.clone(),
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers: keyboard::Modifiers::SHIFT,
        repeat: false,
        text: None,
    });
    let messages: Vec<stegvis::app::Message> = {
        let mut ui = h.simulator();
        let _ = ui.simulate([press]);
        ui.into_messages().collect()
    };
    h.apply(messages);
}
