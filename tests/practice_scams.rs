//! The practices of the newer scam lessons (issue #17), played as a senior
//! would: the "Hej mamma, nytt nummer" text, the fake police and the
//! courier at the door, the phone's own app store, BankID running out and a
//! "friend" from the net with a secret way to get rich. The right way ends
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
    assert!(h.shows(
        "Tips: Ring inte tillbaka det numret. Slå själv ett nummer som du vet är rätt: 114 14."
    ));
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
    assert!(h.shows("Kvar: Gör texten större."));
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

#[test]
fn bankid_running_out_delete_the_fake_text_and_renew_in_the_banks_app() {
    let mut h = shipped();
    h.open_practice("bankid-over-tid");
    assert!(h.shows("Kvar: Ta bort det falska sms:et."));
    h.click("Meddelanden (1 nytt)");
    h.click("Ditt BankID går ut i dag…");
    assert!(h.shows("bankid-fornya.example"), "a reserved domain");
    h.click("bankid-fornya.example");
    assert!(h.shows("Du tryckte på länken"));
    h.click("Försök igen");
    h.click("Ta bort sms:et");
    assert!(h.shows("Klart: Det falska sms:et är borttaget."));
    h.click("Till hemskärmen");
    assert!(
        !h.shows("Bra gjort! Du klarade övningen."),
        "BankID is not renewed yet"
    );
    h.click("BankID");
    assert!(h.shows("Ditt BankID går ut om 30 dagar. Förnya det i din banks app."));
    h.click("Till hemskärmen");
    h.click("Banken");
    h.click("Förnya BankID");
    h.click("Håll körkortet mot mobilen");
    assert!(h.shows("Tips: Mobilen kan inte läsa av ett körkort. Använd ditt pass eller id-kort."));
    h.click("Håll passet mot mobilen");
    assert!(
        h.shows("Det gäller: Förnya ditt BankID."),
        "read before you confirm"
    );
    h.click("Avbryt");
    assert!(h.shows(
        "Tips: Du har själv börjat i bankens app, och här står din bank. Då kan du trycka på Identifiera."
    ));
    h.click("Identifiera");
    assert!(h.shows("Klart: Ditt nya BankID fungerar."));
    assert!(
        h.shows("Bra gjort! Du klarade övningen."),
        "both things are done"
    );
    assert_eq!(
        outcomes(&h),
        [outcome("bankid-gar-ut", true, 4, &["lanken"])]
    );
}

#[test]
fn bankid_renewing_first_and_deleting_the_text_last_also_ends_well() {
    let mut h = shipped();
    h.open_practice("bankid-over-tid");
    h.click("Banken");
    h.click("Förnya BankID");
    h.click("Håll passet mot mobilen");
    h.click("Identifiera");
    assert!(h.shows("Klart: Ditt nya BankID fungerar."));
    assert!(
        !h.shows("Bra gjort! Du klarade övningen."),
        "the text is left"
    );
    h.click("Till hemskärmen");
    h.click("Meddelanden (1 nytt)");
    h.click("Ditt BankID går ut i dag…");
    h.click("Ta bort sms:et");
    assert!(
        h.shows("Bra gjort! Du klarade övningen."),
        "the last thing done ends it"
    );
    assert_eq!(outcomes(&h), [outcome("bankid-gar-ut", true, 1, &[])]);
}

#[test]
fn new_friend_asking_someone_you_trust_is_the_way_out() {
    let mut h = shipped();
    h.open_practice("investering-och-karlek");
    assert!(h.shows(BANNER));
    h.click("Hej min vän! Nu ska du få höra…");
    h.click("Svara: Hur mycket kan jag tjäna?");
    assert!(h.shows("Tips: Svara inte på frågor om pengar. Prata först med någon du litar på."));
    h.click("Ring Lisa och fråga vad hon tycker");
    assert!(h.shows(
        "– Bra att du ringde, mamma! Snabba pengar och en hemlighet. Det låter som ett knep. Skicka inga pengar, och svara inte Tom."
    ));
    h.click("Lägg på");
    h.click("Ta bort sms:et");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("ny-van", true, 2, &[])]);
}

#[test]
fn new_friend_putting_in_money_and_the_link_are_traps() {
    let mut h = shipped();
    h.open_practice("investering-och-karlek");
    h.click("Hej min vän! Nu ska du få höra…");
    h.click("Sätt in 5 000 kr");
    assert!(h.shows("Du satte in pengar"));
    h.click("Försök igen");
    h.click("vinst-snabbt.example");
    assert!(h.shows("Du tryckte på länken"));
    h.click("Försök igen");
    h.click("Ring Lisa och fråga vad hon tycker");
    h.click("Lägg på");
    h.click("Ta bort sms:et");
    assert_eq!(
        outcomes(&h),
        [outcome("ny-van", true, 3, &["satte-in", "lanken"])]
    );
}
