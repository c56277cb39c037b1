//! The practices of the newer scam lessons (issue #17), played as a senior
//! would: the "Hej mamma, nytt nummer" text, the fake police and the
//! courier at the door, and the phone's own app store. The right way ends
//! the practice; each wrong way shows its explanation or hint and is
//! counted in the recorded outcome. Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::practice::{BANNER, outcome, outcomes, shipped};

#[test]
fn new_number_calling_the_old_number_is_the_way_out() {
    let mut h = shipped();
    h.open_practice("rost-och-nytt-nummer");
    assert!(h.shows(BANNER));
    h.click("Hej mamma! Min mobil gick sönder…");
    assert!(
        h.shows("070-174 06 23"),
        "an unknown number in the fictional range"
    );
    h.click("Ring Anna på det gamla numret");
    assert!(h.shows(
        "– Hej mamma! Nej, min mobil är hel. Jag har inte skickat något sms. Skicka inga pengar!"
    ));
    h.click("Lägg på");
    h.click("Ta bort sms:et");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("nytt-nummer", true, 1, &[])]);
}

#[test]
fn new_number_paying_is_a_trap_and_calling_the_new_number_gets_a_hint() {
    let mut h = shipped();
    h.open_practice("rost-och-nytt-nummer");
    h.click("Hej mamma! Min mobil gick sönder…");
    h.click("Swisha 4 800 kr");
    assert!(h.shows("Du swishade pengarna"));
    h.click("Försök igen");
    h.click("Ring det nya numret");
    assert!(
        h.shows("Tips: Där svarar tjuven, eller ingen alls. Ring Anna på numret som du redan har.")
    );
    h.click("Svara: Vem är det?");
    assert!(h.shows("Det är ju jag, Anna! Snälla mamma, det är bråttom. Jag kan inte prata nu."));
    h.click("Ring Anna på det gamla numret");
    h.click("Lägg på");
    h.click("Ta bort sms:et");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("nytt-nummer", true, 3, &["swishade"])]
    );
}

#[test]
fn courier_hang_up_dial_114_14_yourself_and_call_112_at_the_door() {
    let mut h = shipped();
    h.open_practice("bud-vid-dorren");
    assert!(h.shows("Polisen"));
    assert!(h.shows("114 14"), "the faked number on the display");
    h.click("Svara");
    h.click("Lägg på");
    assert!(h.shows("Samtalet är slut"));
    h.click("Ring tillbaka numret som ringde");
    assert!(h.shows("Tips: Numret kan vara falskt. Slå numret själv: 114 14."));
    h.click("Slå 114 14 själv");
    h.click("Lägg på");
    assert!(h.shows("Det ringer på dörren"));
    h.click("Öppna dörren");
    assert!(h.shows("Du öppnade dörren"));
    h.click("Försök igen");
    h.click("Låt dörren vara stängd. Ring 112");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("polisen-ringer", true, 3, &["oppnade"])]
    );
}

#[test]
fn courier_saying_yes_is_a_trap() {
    let mut h = shipped();
    h.open_practice("bud-vid-dorren");
    h.click("Svara");
    h.click("Säg ja och ge din adress");
    assert!(h.shows("Du sa ja till budet"));
    h.click("Försök igen");
    h.click("Lägg på");
    h.click("Slå 114 14 själv");
    h.click("Lägg på");
    h.click("Låt dörren vara stängd. Ring 112");
    assert_eq!(
        outcomes(&h),
        [outcome("polisen-ringer", true, 2, &["sa-ja"])]
    );
}

#[test]
fn the_phone_practice_ends_only_when_all_three_things_are_done() {
    let mut h = shipped();
    h.open_practice("mobilen");
    assert!(h.shows("Kvar att göra: Gör texten större."));
    h.click("Appbutiken");
    h.click("Uppdatera alla");
    assert!(h.shows("Klart: Alla appar är uppdaterade."));
    h.click("Till hemskärmen");
    assert!(
        !h.shows("Bra gjort! Du klarade övningen."),
        "two things are left"
    );
    h.click("Inställningar");
    h.click("Skärm och text");
    h.click("Stor");
    assert!(h.shows("Klart: Texten är större."));
    h.click("Till hemskärmen");
    assert!(
        !h.shows("Bra gjort! Du klarade övningen."),
        "the text is left"
    );
    h.click("Meddelanden (1 nytt)");
    h.click("Varning! Din mobil har virus…");
    h.click("skydd.example/app");
    assert!(h.shows("Du tryckte på länken"));
    h.click("Försök igen");
    h.click("Ta bort sms:et");
    h.click("Till hemskärmen");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("mobilen-ovning", true, 2, &["lank-app"])]
    );
}
