//! The email practice played through the UI as a senior would: read and
//! reply, write to someone in the address book with a picture, and find the
//! two fake letters. Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::practice::{BANNER, outcome, outcomes, shipped, shows_within, type_field};

#[test]
fn the_whole_inbox_reply_write_with_a_picture_and_delete_the_fakes() {
    let mut h = shipped();
    h.open_practice("epost-skrappost");
    assert!(h.shows(BANNER));
    assert!(h.shows("Din egen inkorg"));
    assert!(h.shows("Fika på torsdag?"));
    assert!(h.shows("0 av 3 uppgifter klara"), "how far the senior is");
    assert!(
        h.shows("Kvar: Svara på brevet från Anna."),
        "the to-do list"
    );

    // Read Anna's letter and reply; an empty reply is a friendly retry.
    h.click("Fika på torsdag?");
    assert!(shows_within(&h, "Vill du fika med mig på torsdag?"));
    h.click("Svara");
    h.click("Skicka");
    assert!(h.shows("Inte riktigt."));
    type_field(&mut h, "svar-text", "ja gärne");
    h.click("Skicka");
    assert!(h.shows("Klart: Ditt svar till Anna är skickat."));
    assert!(h.shows("1 av 3 uppgifter klara"));

    // A new letter to Karin with a picture.
    h.click("Nytt meddelande");
    assert!(h.shows("Du har inte valt någon än."));
    h.click("Välj i adressboken");
    h.click("Karin Ek");
    assert!(h.shows("Karin Ek, karin.ek@post.example"));
    type_field(&mut h, "amne", "Sommar");
    type_field(&mut h, "text", "Här är en bild");
    h.click("Bifoga bild");
    h.click("Solnedgång vid havet");
    assert!(h.shows("Bifogad bild: solnedgang.jpg"));
    h.click("Skicka");
    assert!(h.shows("Klart: Ditt brev till Karin är skickat."));

    // The fake parcel letter: the link is a trap, then delete it.
    h.click("Ditt paket väntar");
    assert!(
        shows_within(&h, "avgift@postnord-betala.example"),
        "the odd address"
    );
    h.click("Betala 29 kr här");
    assert!(h.shows("Tur att det bara var en övning"));
    assert!(h.shows("Du tryckte på länken i det falska brevet"));
    h.click("Försök igen");
    h.click("Ta bort");
    assert!(!h.shows("Ditt paket väntar"), "gone from the inbox");
    assert!(
        h.shows("Klart: Det falska brevet om paketet är borttaget."),
        "the inbox says the letter is deleted"
    );

    // The fake bank letter goes to spam.
    h.click("Ditt kort spärras i dag!");
    h.click("Flytta till skräppost");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(
        h.shows("Klart: Det falska brevet från banken ligger i skräpposten."),
        "the inbox says where the letter went"
    );
    assert!(
        shows_within(&h, "Du såg tre tecken."),
        "the signs explained"
    );
    assert_eq!(
        outcomes(&h),
        [outcome("inkorgen", true, 3, &["paket-lank"])]
    );
}

#[test]
fn sending_to_the_wrong_person_gets_a_hint_and_the_draft_stays() {
    let mut h = shipped();
    h.open_practice("epost-skrappost");
    h.click("Nytt meddelande");
    h.click("Välj i adressboken");
    h.click("Olle Svensson");
    type_field(&mut h, "amne", "Hej");
    type_field(&mut h, "text", "Hej");
    h.click("Bifoga bild");
    h.click("Stugan i somras");
    h.click("Skicka");
    assert!(shows_within(&h, "Står Karin vid Till?"));
    h.click("Välj i adressboken");
    h.click("Karin Ek");
    assert!(
        h.shows("Bifogad bild: stugan.jpg"),
        "the picture is still there"
    );
    h.click("Skicka");
    assert!(h.shows("Klart: Ditt brev till Karin är skickat."));
}

#[test]
fn the_inbox_in_english() {
    let mut h = common::practice::shipped_in("language = \"en\"\n");
    h.open_practice("epost-skrappost");
    assert!(h.shows("Practice – nothing real happens"));
    assert!(h.shows("0 of 3 tasks done"));
    assert!(h.shows("To do: Reply to the letter from Anna."));
    h.click("Coffee on Thursday?");
    h.click("Reply");
    type_field(&mut h, "svar-text", "yes");
    h.click("Send");
    assert!(h.shows("Done: Your reply to Anna has been sent."));
    assert!(h.shows("Done: Reply to the letter from Anna."));
    assert!(h.shows("1 of 3 tasks done"));
}

#[test]
fn keyboard_only_reply_and_a_new_letter_with_a_picture() {
    use common::practice::{in_focus, shift_tab, tab_to, tab_to_field, type_keys};
    use iced::keyboard::key::Named;
    let mut h = shipped();
    h.open_practice("epost-skrappost");

    // Open Anna's letter: its top is shown first, with no ring, and Tab
    // goes on to the letter's first control.
    tab_to(&mut h, "Fika på torsdag?");
    h.key(Named::Enter);
    assert!(shows_within(&h, "Vill du fika med mig på torsdag?"));
    assert_eq!(h.app.focus, None, "the letter's top comes first");
    h.key(Named::Tab);
    assert!(in_focus(&h).0.iter().any(|t| t == "Svara"));
    h.key(Named::Enter);

    // The reply's text field has the ring and the keyboard: type, send.
    let field = stegvis::widget::sim::parts::field_id("svar-text");
    assert_eq!(in_focus(&h).1, Some(field.clone()), "the field is focused");
    type_keys(&mut h, "Ja, gärna! Vi ses.");
    assert_eq!(typed(&h, "svar-text"), "Ja, gärna! Vi ses.");
    // Enter in a field moves on to the next control, Shift+Tab back.
    h.key(Named::Enter);
    assert!(in_focus(&h).0.iter().any(|t| t == "Skicka"));
    shift_tab(&mut h);
    assert_eq!(in_focus(&h).1, Some(field));
    // Esc leaves the field, and the lesson is still there.
    h.key(Named::Escape);
    assert_eq!(h.app.focus, None);
    assert!(h.shows("Skicka"));
    tab_to(&mut h, "Skicka");
    h.key(Named::Enter);
    assert!(h.shows("Klart: Ditt svar till Anna är skickat."));

    // A new letter to Karin with a picture.
    tab_to(&mut h, "Nytt meddelande");
    h.key(Named::Space);
    h.key(Named::Tab);
    assert!(in_focus(&h).0.iter().any(|t| t == "Välj i adressboken"));
    h.key(Named::Enter);
    tab_to(&mut h, "Karin Ek");
    h.key(Named::Enter);
    assert!(h.shows("Karin Ek, karin.ek@post.example"));
    tab_to_field(&mut h, "amne");
    type_keys(&mut h, "Sommar");
    h.key(Named::Tab);
    type_keys(&mut h, "En bild till dig");
    assert_eq!(typed(&h, "amne"), "Sommar");
    assert_eq!(typed(&h, "text"), "En bild till dig");
    tab_to(&mut h, "Bifoga bild");
    h.key(Named::Enter);
    h.key(Named::Tab);
    assert!(in_focus(&h).0.iter().any(|t| t == "Solnedgång vid havet"));
    h.key(Named::Enter);
    assert!(h.shows("Bifogad bild: solnedgang.jpg"));
    tab_to(&mut h, "Skicka");
    h.key(Named::Enter);
    assert!(h.shows("Klart: Ditt brev till Karin är skickat."));
}

/// What the text field `field` of the practice on show holds.
fn typed(h: &common::Harness, field: &str) -> String {
    match h.app.screen() {
        stegvis::app::Screen::Lesson(player) => player
            .practice()
            .and_then(|p| p.typed.get(field).cloned())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// After the first redraw of a fresh window: how far the lesson's page is
/// scrolled, the scroll area's bounds and the bounds of the container `id`.
fn scrolled_to(
    h: &common::Harness,
    id: iced::widget::Id,
) -> (f32, iced::Rectangle, iced::Rectangle) {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let mut ui = common::practice::redrawn(h);
    type Found = (Option<(f32, iced::Rectangle)>, Option<iced::Rectangle>);
    let found: Arc<Mutex<Found>> = Arc::default();
    let sink = Arc::clone(&found);
    let scroll_id = iced::widget::Id::new(stegvis::screen::lesson::SCROLL_ID);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        let mut all = sink.lock().ok()?;
        match c {
            Candidate::Scrollable {
                id: Some(found),
                bounds,
                translation,
                ..
            } if *found == scroll_id => all.0 = Some((translation.y, bounds)),
            Candidate::Container {
                id: Some(found),
                bounds,
                ..
            } if *found == id => all.1 = Some(bounds),
            _ => {}
        }
        None
    });
    let guard = found.lock().expect("lock");
    let (scroll, target) = (guard.0.expect("scroll area"), guard.1.expect("target"));
    (scroll.0, scroll.1, target)
}

#[test]
fn at_250_percent_a_new_screen_scrolls_into_view() {
    use iced::keyboard::key::Named;
    use stegvis::app::Message;
    use stegvis::model::practice::Input;
    use stegvis::screen::lesson;
    let mut h = common::practice::shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1024.0, 768.0);
    h.open_practice("epost-skrappost");
    let device = stegvis::widget::sim::device_id(0);
    let (offset, area, computer) = scrolled_to(&h, device.clone());
    assert_eq!(offset, 0.0, "a new step starts at the top");
    assert!(
        computer.y > area.y + area.height,
        "at 250 % the computer starts below the fold"
    );

    // A press that opens Anna's letter brings the computer's top into view.
    let _ = h
        .app
        .update(Message::Lesson(lesson::Message::Practice(Input::Press(
            "oppna-anna".into(),
        ))));
    let (offset, area, computer) = scrolled_to(&h, device.clone());
    let top = computer.y - offset;
    assert!(offset > 0.0, "scrolled down");
    assert!(
        top >= area.y && top < area.y + 40.0,
        "the new screen's top {top} is at the top of {area:?}"
    );

    // By keyboard: Svara, then the reply's text field is the focus and in view.
    common::practice::tab_to(&mut h, "Svara");
    h.key(Named::Enter);
    let index = h.app.focus.expect("focus on the text field");
    let (offset, area, field) = scrolled_to(&h, stegvis::widget::reveal::focus_id(index));
    let (top, bottom) = (field.y - offset, field.y + field.height - offset);
    assert!(
        top >= area.y && bottom <= area.y + area.height,
        "the focused field {top}..{bottom} is in {area:?}"
    );
}

#[test]
fn reading_and_replying_to_karin() {
    let mut h = shipped();
    h.open_practice("epost-lasa-svara");
    assert!(h.shows(BANNER));
    assert!(h.shows("Svara på ett brev"));
    h.click("Fika på lördag?");
    assert!(shows_within(&h, "Vill du fika med mig på lördag?"));
    h.click("Vidarebefordra");
    assert!(h.shows("Inte riktigt."));
    assert!(shows_within(
        &h,
        "Vidarebefordra skickar brevet till någon annan."
    ));
    h.click("Svara");
    assert!(h.shows("Ämne: Sv: Fika på lördag?"));
    h.click("Skicka");
    assert!(shows_within(
        &h,
        "Skriv några ord till Karin i rutan först."
    ));
    type_field(&mut h, "svar-text", "Ja gärna!");
    h.click("Skicka");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Klart: Ditt svar till Karin är skickat."));
    assert_eq!(outcomes(&h), [outcome("svara-karin", true, 3, &[])]);
}

#[test]
fn writing_a_new_letter_to_karin() {
    let mut h = shipped();
    h.open_practice("epost-skriva");
    assert!(h.shows(BANNER));
    h.click("Nytt meddelande");
    assert!(h.shows("Du har inte valt någon än."));
    h.click("Välj i adressboken");
    h.click("Olle Svensson");
    type_field(&mut h, "amne", "Fika");
    type_field(&mut h, "text", "Hej!");
    h.click("Skicka");
    assert!(shows_within(&h, "Står Karin vid Till?"));
    h.click("Välj i adressboken");
    h.click("Karin Ek");
    assert!(h.shows("Karin Ek, karin.ek@post.example"));
    h.click("Skicka");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Klart: Ditt brev till Karin är skickat."));
    assert_eq!(outcomes(&h), [outcome("nytt-brev", true, 2, &[])]);
}

#[test]
fn sending_the_picture_of_the_flower_to_lisa() {
    let mut h = shipped();
    h.open_practice("epost-bifoga");
    assert!(h.shows(BANNER));
    assert!(h.shows("Lisa Ek, lisa.ek@post.example"));
    type_field(&mut h, "text", "Titta!");
    h.click("Bifoga fil");
    h.click("Stugan i somras");
    assert!(h.shows("Bifogad bild: stugan.jpg"));
    h.click("Skicka");
    assert!(shows_within(&h, "Tryck på Ta bort bilagan och välj igen."));
    h.click("Ta bort bilagan");
    assert!(!h.shows("Bifogad bild: stugan.jpg"));
    h.click("Bifoga fil");
    h.click("Blomman i trädgården");
    assert!(h.shows("Bifogad bild: blomma.jpg"));
    h.click("Skicka");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Ditt brev med bilden på blomman är på väg till Lisa."));
    assert_eq!(outcomes(&h), [outcome("skicka-bild", true, 2, &[])]);
}

#[test]
fn the_three_small_email_practices_in_english() {
    let mut h = common::practice::shipped_in("language = \"en\"\n");
    h.open_practice("epost-lasa-svara");
    h.click("Coffee on Saturday?");
    h.click("Reply");
    type_field(&mut h, "svar-text", "yes");
    h.click("Send");
    assert!(h.shows("Done: Your reply to Karin has been sent."));

    let mut h = common::practice::shipped_in("language = \"en\"\n");
    h.open_practice("epost-skriva");
    h.click("New message");
    h.click("Choose from the address book");
    h.click("Karin Ek");
    type_field(&mut h, "amne", "Hi");
    type_field(&mut h, "text", "Hi");
    h.click("Send");
    assert!(h.shows("Done: Your letter to Karin has been sent."));

    let mut h = common::practice::shipped_in("language = \"en\"\n");
    h.open_practice("epost-bifoga");
    type_field(&mut h, "text", "Look");
    h.click("Attach file");
    h.click("The flower in the garden");
    assert!(h.shows("Attached picture: flower.jpg"));
    h.click("Send");
    assert!(h.shows("Well done! You finished the practice."));
}

#[test]
fn keyboard_only_a_picture_to_lisa() {
    use common::practice::{in_focus, tab_to, tab_to_field, type_keys};
    use iced::keyboard::key::Named;
    let mut h = shipped();
    h.open_practice("epost-bifoga");
    // The first thing typed in a fresh practice keeps the focus in place.
    tab_to_field(&mut h, "text");
    type_keys(&mut h, "Titta!");
    h.key(Named::Tab);
    assert!(in_focus(&h).0.iter().any(|t| t == "Bifoga fil"));
    h.key(Named::Enter);
    tab_to(&mut h, "Blomman i trädgården");
    h.key(Named::Space);
    assert!(h.shows("Bifogad bild: blomma.jpg"));
    tab_to(&mut h, "Skicka");
    h.key(Named::Enter);
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(
        in_focus(&h).0.iter().any(|t| t.starts_with("Nästa")),
        "Next has the focus once the practice is done"
    );
}

#[test]
fn at_250_percent_the_hint_after_a_wrong_press_is_in_view() {
    use stegvis::app::Message;
    use stegvis::model::practice::Input;
    use stegvis::screen::lesson;
    let mut h = common::practice::shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1024.0, 768.0);
    h.open_practice("epost-skrappost");
    let press = |h: &mut common::Harness, id: &str| {
        let _ = h
            .app
            .update(Message::Lesson(lesson::Message::Practice(Input::Press(
                id.into(),
            ))));
    };
    press(&mut h, "oppna-anna");
    // Deleting a real friend's letter is a wrong try: the hint box shows.
    press(&mut h, "bort-anna");
    let (offset, area, hint) = scrolled_to(&h, stegvis::screen::practice::feedback_id());
    let (top, bottom) = (hint.y - offset, hint.y + hint.height - offset);
    assert!(
        top >= area.y - 1.0 && top < area.y + area.height,
        "the hint box's top {top}..{bottom} is in {area:?} (scrolled {offset})"
    );
    assert!(offset > 0.0, "not the very top of the step");
}
