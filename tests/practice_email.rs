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

    // Read Anna's letter and reply; an empty reply is a friendly retry.
    h.click("Fika på torsdag?");
    assert!(shows_within(&h, "Vill du fika med mig på torsdag?"));
    h.click("Svara");
    h.click("Skicka");
    assert!(h.shows("Inte riktigt."));
    type_field(&mut h, "svar-text", "ja gärne");
    h.click("Skicka");
    assert!(h.shows("Klart: Ditt svar till Anna är skickat."));

    // A new letter to Karin with a picture.
    h.click("Nytt meddelande");
    assert!(h.shows("Du har inte valt någon än."));
    h.click("Välj i adressboken");
    h.click("Karin Ek");
    assert!(h.shows("Karin Ek, karin.ek@post.exempel"));
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
        shows_within(&h, "avgift@postnord-betala.exempel"),
        "the odd address"
    );
    h.click("Betala 29 kr här");
    assert!(h.shows("Tur att det bara var en övning"));
    assert!(h.shows("Du tryckte på länken i det falska brevet"));
    h.click("Försök igen");
    h.click("Ta bort");
    assert!(!h.shows("Ditt paket väntar"), "gone from the inbox");

    // The fake bank letter goes to spam.
    h.click("Ditt kort spärras i dag!");
    h.click("Flytta till skräppost");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(shows_within(&h, "Tecknen var tre."), "the signs explained");
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
    h.click("Coffee on Thursday?");
    h.click("Reply");
    type_field(&mut h, "svar-text", "yes");
    h.click("Send");
    assert!(h.shows("Done: Your reply to Anna has been sent."));
}
