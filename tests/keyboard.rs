//! Keyboard alone: a whole email lesson with its practice, the focus
//! staying with each new step; typing in a field never presses anything;
//! PageUp/PageDown and the arrows scroll; Esc does what Kortkommandon
//! says; on the tutor-code page the ring and the typing are on one field.

mod common;

use common::Harness;
use common::practice::{outcome, outcomes, shipped};
use iced::Rectangle;
use iced::keyboard::key::Named;
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::{Message, Screen};
use stegvis::screen::home;

/// The texts inside the control that has the focus ring.
fn focused_texts(h: &Harness) -> Vec<String> {
    let Some(index) = h.app.focus else {
        return Vec::new();
    };
    let id = stegvis::widget::reveal::focus_id(index);
    let frame: Arc<Mutex<Option<Rectangle>>> = Arc::default();
    let sink = Arc::clone(&frame);
    let mut ui = h.simulator();
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Container {
            id: Some(found),
            bounds,
            ..
        } = c
            && *found == id
            && let Ok(mut f) = sink.lock()
        {
            *f = Some(bounds);
        }
        None
    });
    let Some(frame) = *frame.lock().expect("lock") else {
        return Vec::new();
    };
    let texts: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = Arc::clone(&texts);
    let mut ui = h.simulator();
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            content, bounds, ..
        } = c
            && frame.contains(bounds.center())
            && let Ok(mut all) = sink.lock()
        {
            all.push(content.to_owned());
        }
        None
    });
    let guard = texts.lock().expect("lock");
    guard.clone()
}

/// Presses Tab until the focused control shows `label`; returns how many
/// Tabs it took.
fn tab_to(h: &mut Harness, label: &str) -> usize {
    for tabs in 1..=60 {
        h.key(Named::Tab);
        if focused_texts(h).iter().any(|t| t.contains(label)) {
            return tabs;
        }
    }
    panic!("Tab never reached {label:?}; screen: {:?}", h.app.screen());
}

/// Types `text` one key at a time, as a person would, into whatever has
/// the keyboard.
fn type_text(h: &mut Harness, text: &str) {
    for ch in text.chars() {
        let messages: Vec<Message> = {
            let mut ui = h.simulator();
            let _ = ui.typewrite(&ch.to_string());
            ui.into_messages().collect()
        };
        h.apply(messages);
    }
}

fn step(h: &Harness) -> usize {
    match h.app.screen() {
        Screen::Lesson(p) => p.step,
        other => panic!("not in a lesson: {other:?}"),
    }
}

/// On a question: Tab to `answer`, Enter, then Tab to Next and Enter.
fn answer_by_keyboard(h: &mut Harness, answer: &str) {
    let tabs = tab_to(h, answer);
    assert!(tabs <= 3, "{tabs} Tabs to reach {answer:?}");
    h.key(Named::Enter);
    assert!(
        common::practice::shows_within(h, "Ja, precis!"),
        "{answer:?} was the right answer"
    );
    // A right answer moves the ring on to Nästa.
    assert_eq!(focused_texts(h), ["Nästa ›"]);
    h.key(Named::Enter);
}

#[test]
fn a_whole_email_lesson_by_keyboard_alone() {
    let mut h = shipped();
    h.apply(vec![Message::Home(home::Message::OpenLesson(
        "epost-lasa-svara".into(),
    ))]);
    // The first time, Tab goes to Next through the page's controls.
    tab_to(&mut h, "Nästa");
    let lesson = h
        .app
        .shared()
        .library
        .get("epost-lasa-svara")
        .expect("lesson")
        .clone();
    let mut practiced = false;
    let mut answers = vec![
        "Jag klickar på brevet en gång.",
        "Jag klickar på Svara i hennes brev.",
        "Vidarebefordra",
    ]
    .into_iter();
    while matches!(h.app.screen(), Screen::Lesson(_)) {
        let at = step(&h);
        match &lesson.steps[at] {
            stegvis::model::Step::Read { .. } => {
                // After Next the focus is still on Next: Enter goes on.
                assert!(
                    focused_texts(&h)
                        .iter()
                        .any(|t| t.contains("Nästa") || t.contains("Klar")),
                    "step {at}: the focus is on Next, not lost: {:?}",
                    focused_texts(&h)
                );
                h.key(Named::Enter);
            }
            stegvis::model::Step::Choice { .. } => {
                let answer = answers.next().expect("an answer for every question");
                answer_by_keyboard(&mut h, answer);
            }
            stegvis::model::Step::Practice { .. } => {
                // One Tab from Next reaches the inbox's first letter.
                let tabs = tab_to(&mut h, "Fika på lördag?");
                assert_eq!(tabs, 1, "one Tab into the practice");
                h.key(Named::Enter);
                tab_to(&mut h, "Svara");
                h.key(Named::Enter);
                // The reply field has the keyboard at once; Tab from it
                // reaches Skicka, and what is typed stays typed.
                type_text(&mut h, "Ja gärne, kl 14 lilla vän");
                let typed = shown_field(&h);
                assert_eq!(typed.as_deref(), Some("Ja gärne, kl 14 lilla vän"));
                assert_eq!(step(&h), at, "typing pressed nothing");
                let tabs = tab_to(&mut h, "Skicka");
                assert_eq!(tabs, 1, "Skicka comes right after its field");
                h.key(Named::Enter);
                assert!(h.shows("Bra gjort! Du klarade övningen."));
                assert!(
                    focused_texts(&h).iter().any(|t| t.contains("Nästa")),
                    "the goal puts the focus on Next"
                );
                h.key(Named::Enter);
                practiced = true;
            }
        }
        assert!(step_or_done(&h) != Some(at), "step {at} was left");
    }
    assert!(practiced);
    assert!(matches!(h.app.screen(), Screen::Done(_)));
    assert_eq!(outcomes(&h), [outcome("svara-karin", true, 1, &[])]);
}

fn step_or_done(h: &Harness) -> Option<usize> {
    match h.app.screen() {
        Screen::Lesson(p) => Some(p.step),
        _ => None,
    }
}

/// What the reply field holds.
fn shown_field(h: &Harness) -> Option<String> {
    let Screen::Lesson(player) = h.app.screen() else {
        return None;
    };
    player
        .practice()
        .and_then(|p| p.typed.get("svar-text").cloned())
}

/// How far the page's scroll area is scrolled after `keys`.
fn scrolled_after(h: &Harness, keys: &[Named]) -> f32 {
    let mut ui = common::practice::redrawn(h);
    for key in keys {
        let _ = ui.tap_key(*key);
    }
    let page = iced::widget::Id::new(stegvis::app::PAGE_SCROLL_ID);
    let found: Arc<Mutex<Option<f32>>> = Arc::default();
    let sink = Arc::clone(&found);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Scrollable {
            id: Some(id),
            translation,
            ..
        } = c
            && *id == page
            && let Ok(mut f) = sink.lock()
        {
            *f = Some(translation.y);
        }
        None
    });
    let guard = found.lock().expect("lock");
    guard.expect("the page scrolls")
}

#[test]
fn page_down_page_up_and_the_arrows_scroll() {
    let mut h = Harness::with_lessons(vec![common::fixture_lessons()], "text_scale = 2.5\n");
    h.apply(vec![Message::Home(home::Message::OpenSettings)]);
    assert_eq!(scrolled_after(&h, &[]), 0.0);
    let paged = scrolled_after(&h, &[Named::PageDown]);
    assert!(paged > 100.0, "PageDown scrolled {paged} px");
    assert_eq!(scrolled_after(&h, &[Named::PageDown, Named::PageUp]), 0.0);
    let line = scrolled_after(&h, &[Named::ArrowDown]);
    assert!(
        line > 20.0 && line < paged,
        "an arrow scrolls a little: {line}"
    );
    assert_eq!(scrolled_after(&h, &[Named::ArrowDown, Named::ArrowUp]), 0.0);
}

#[test]
fn esc_does_what_the_shortcuts_page_says() {
    let mut h = Harness::new();
    h.key(Named::F1);
    assert!(h.shows(
        "Går tillbaka: stänger sidan du är på, eller lämnar lektionen. Nästa gång fortsätter du där du var. Står du i en textruta lämnar Esc först rutan."
    ));
    // "stänger sidan du är på"
    h.key(Named::Escape);
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    // "lämnar lektionen … fortsätter där du var"
    h.click("Börja ›");
    h.click("Nästa ›");
    h.key(Named::Escape);
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    assert_eq!(
        h.status("ui-first"),
        stegvis::model::progress::LessonStatus::Started { step: 1 }
    );
}

#[test]
fn on_the_tutor_code_page_the_ring_and_the_typing_agree() {
    let mut h = Harness::new();
    // A code exists: the page asks for it.
    let mut store = stegvis::store::Store::open(h.data.path())
        .expect("open")
        .store;
    store.set_tutor_code("4711").expect("code");
    drop(store);
    let mut h = {
        h.size = iced::Size::new(1024.0, 768.0);
        h.restart()
    };
    h.apply(vec![Message::Home(home::Message::OpenTutor)]);
    assert!(matches!(h.app.screen(), Screen::TutorCode(_)));
    let code = |h: &Harness| match h.app.screen() {
        Screen::TutorCode(p) => p.code.clone(),
        _ => String::new(),
    };
    // The ring is on the field from the start, and typing goes there.
    assert!(h.app.focus.is_some(), "the ring is on the field");
    type_text(&mut h, "47");
    assert_eq!(code(&h), "47");
    // Tab moves the ring to "Öppna"; typing does not reach the field.
    tab_to(&mut h, "Öppna");
    type_text(&mut h, "9");
    assert_eq!(code(&h), "47", "the field without the ring got no key");
    // Tab goes round (‹ Tillbaka, then the field): typing goes there again.
    h.key(Named::Tab);
    h.key(Named::Tab);
    type_text(&mut h, "11");
    assert_eq!(code(&h), "4711");
    // A wrong code puts the ring back on the emptied field.
    type_text(&mut h, "0");
    h.key(Named::Enter);
    assert!(
        matches!(h.app.screen(), Screen::TutorCode(_)),
        "47110 is wrong"
    );
    assert_eq!(code(&h), "");
    type_text(&mut h, "4711");
    assert_eq!(code(&h), "4711", "typing went to the field with the ring");
    h.key(Named::Enter);
    assert!(
        matches!(h.app.screen(), Screen::Tutor(_)),
        "the right code opens"
    );
}

/// What the practice's field `id` holds.
fn typed(h: &Harness, id: &str) -> String {
    match h.app.screen() {
        Screen::Lesson(player) => player
            .practice()
            .and_then(|p| p.typed.get(id).cloned())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

#[test]
fn a_new_letter_by_keyboard_each_field_before_its_send_button() {
    let mut h = shipped();
    h.open_practice("epost-skriva");
    tab_to(&mut h, "Nytt meddelande");
    h.key(Named::Enter);
    // The new screen shows its top; Tab goes on to its first control.
    assert_eq!(tab_to(&mut h, "Välj i adressboken"), 1);
    h.key(Named::Enter);
    assert_eq!(tab_to(&mut h, "Karin Ek"), 1);
    h.key(Named::Enter);
    assert!(h.shows("Karin Ek, karin.ek@post.example"));
    // From the address book button: the subject, then the message, then Skicka.
    tab_to(&mut h, "Välj i adressboken");
    h.key(Named::Tab);
    type_text(&mut h, "Sommar 2027");
    assert_eq!(typed(&h, "amne"), "Sommar 2027");
    h.key(Named::Tab);
    type_text(&mut h, "Hej Karin, här är jag");
    assert_eq!(typed(&h, "text"), "Hej Karin, här är jag");
    assert_eq!(
        typed(&h, "amne"),
        "Sommar 2027",
        "the subject kept its text"
    );
    assert_eq!(
        tab_to(&mut h, "Skicka"),
        1,
        "Skicka right after the message"
    );
    h.key(Named::Enter);
    assert!(h.shows("Klart: Ditt brev till Karin är skickat."));
    assert_eq!(outcomes(&h), [outcome("nytt-brev", true, 1, &[])]);
}

#[test]
fn when_the_computer_shows_a_qr_code_tab_goes_on_to_the_phone() {
    // "Logga in med Mobilt BankID" changes both devices: the computer to a
    // QR code (nothing to press) and the phone to its apps. Tab goes to
    // the phone's first app, not back to the top of the page.
    for scale in ["1.0", "2.5"] {
        let mut h = common::practice::shipped_in(&format!("text_scale = {scale}\n"));
        h.open_practice("bankid-logga-in");
        tab_to(&mut h, "Logga in med Mobilt BankID");
        h.key(Named::Enter);
        h.key(Named::Tab);
        assert_eq!(focused_texts(&h), ["BankID"], "at {scale}");
    }
}

#[test]
fn once_the_code_is_typed_the_ring_is_on_identifiera_at_every_size() {
    // At large text the digit keys fold away when the code is whole, so
    // the ring must not be left on a key that is gone (nor jump to the
    // top of the page); at every size it moves on to Identifiera.
    for scale in ["1.0", "2.5"] {
        let mut h = common::practice::shipped_in(&format!("text_scale = {scale}\n"));
        h.size = iced::Size::new(1280.0, 800.0);
        h.open_practice("bankid-logga-in");
        for label in [
            "Logga in med Mobilt BankID",
            "BankID",
            "Skanna QR-kod",
            "Håll mobilen mot datorn",
        ] {
            tab_to(&mut h, label);
            h.key(Named::Enter);
        }
        tab_to(&mut h, "1");
        for d in ["4", "7", "2", "9", "1", "5"] {
            h.key(iced::keyboard::Key::Character(d.into()));
        }
        assert!(h.shows("6 av 6 siffror") || scale == "2.5");
        assert_eq!(focused_texts(&h), ["Identifiera"], "at {scale}");
        // The page scrolls to it, with the question above it.
        let question = "Är det du som vill logga in hos Vårdportalen?";
        for words in ["Identifiera", question] {
            assert!(wholly_shown(&h, words), "{words:?} at {scale}");
        }
        // Radera by Backspace: the keys come back, the ring stays put.
        h.key(Named::Backspace);
        assert_eq!(focused_texts(&h), ["Identifiera"], "at {scale}");
        h.key(iced::keyboard::Key::Character("5".into()));
        h.key(Named::Enter);
        assert!(h.shows("Bra gjort! Du klarade övningen."), "at {scale}");
    }
}

/// Whether a text starting with `words` is wholly on screen after the
/// next redraw (which carries out the scroll asked for).
fn wholly_shown(h: &Harness, words: &str) -> bool {
    common::practice::all_texts(h)
        .iter()
        .any(|(content, bounds, shown)| {
            content.starts_with(words) && shown.is_some_and(|v| v.height >= bounds.height - 0.5)
        })
}

#[test]
fn at_250_percent_an_answer_and_its_feedback_are_on_screen_together() {
    // By mouse and by keyboard: the feedback comes right under the answer
    // chosen, and both are on screen; a right answer by keyboard moves the
    // ring to Nästa, so Tab and Enter cannot undo it.
    let wrong = "Jag tar ett foto av koden och skickar det till banken.";
    let right = "Jag öppnar BankID i mobilen och trycker på Skanna QR-kod.";
    for size in [(1280.0, 800.0), (1024.0, 768.0)] {
        let mut h = common::practice::shipped_in("text_scale = 2.5\n");
        h.size = iced::Size::new(size.0, size.1);
        let _ = h.app.update(Message::Home(home::Message::OpenLesson(
            "bankid-logga-in".into(),
        )));
        for _ in 0..3 {
            let _ = h
                .app
                .update(Message::Lesson(stegvis::screen::lesson::Message::Next));
        }
        // By mouse: the first answer, a wrong one.
        let _ = h
            .app
            .update(Message::Lesson(stegvis::screen::lesson::Message::Choose(0)));
        assert!(wholly_shown(&h, wrong), "{size:?}: the answer chosen");
        assert!(
            wholly_shown(&h, "Inte riktigt."),
            "{size:?}: the verdict under it"
        );
        // By keyboard: the right one.
        tab_to(&mut h, right);
        h.key(Named::Enter);
        assert!(wholly_shown(&h, right), "{size:?}: the answer chosen");
        assert!(wholly_shown(&h, "Rätt!"), "{size:?}: the verdict under it");
        assert_eq!(focused_texts(&h), ["Nästa ›"], "{size:?}");
        h.key(Named::Enter);
        assert_eq!(step(&h), 4, "{size:?}: on to the next step");
    }
}
