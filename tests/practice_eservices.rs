//! The e-service practices played through the UI as a senior would: book
//! care, read a letter in the digital mailbox, renew library loans, pay a
//! friend (and stop at a wrong name), and sell without trusting a picture of
//! a payment. Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::practice::{BANNER, outcome, outcomes, shipped, shows_within, type_digits};

#[test]
fn booking_an_appointment_in_the_care_app() {
    let mut h = shipped();
    h.open_practice("etjanst-1177");
    assert!(h.shows(BANNER));
    assert!(h.shows("Övningskod: 614208"));
    h.click("Logga in med BankID");
    h.click("BankID på den här enheten");
    assert!(h.shows("Vårdappen vill att du loggar in"));
    type_digits(&mut h, "614208");
    h.click("Identifiera");
    h.click("Boka tid");
    h.click("Tandvården");
    assert!(h.shows("Tips: Du ska boka hos Vårdcentralen Norr."));
    h.click("Vårdcentralen Norr");
    h.click("Torsdag 16 april klockan 14.00");
    assert!(h.shows("Stämmer det här?"));
    h.click("Boka");
    assert!(h.shows("Din tid är bokad"));
    assert!(
        h.shows("Torsdag 16 april klockan 14.00"),
        "the booking is shown"
    );
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("boka-tid", true, 2, &[])]);
}

#[test]
fn the_digital_mailbox_link_trap_then_reading_the_letter() {
    let mut h = shipped();
    h.open_practice("digital-brevlada");
    assert!(h.shows(BANNER));
    h.click("Du har ett nytt brev…");
    h.click("brevlada-logga-in.example");
    assert!(h.shows("Du tryckte på länken i sms:et"));
    h.click("Försök igen");
    h.click("Stäng sms:et");
    h.click("Öppna appen Digital brevlåda");
    h.click("Logga in med BankID");
    type_digits(&mut h, "290731");
    h.click("Identifiera");
    h.click("Kallelse till tandläkaren");
    assert!(shows_within(&h, "onsdag 22 april klockan 13.00"));
    h.click("Det står inte i brevet");
    assert!(h.shows("Tips: Läs brevet en gång till. Där står både dag och tid."));
    h.click("Onsdag 22 april klockan 13");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("brevladan", true, 3, &["sms-lank"])]);
}

#[test]
fn renewing_library_loans() {
    let mut h = shipped();
    h.open_practice("biblioteket");
    assert!(h.shows("Övningskod: 2468"));
    h.click("Logga in");
    type_digits(&mut h, "2468");
    h.click("Logga in");
    assert!(h.shows("Mina lån"));
    h.click("Låna om Sommaren vid sjön");
    assert!(h.shows("Sommaren vid sjön. Omlånad! Lämnas senast 1 maj."));
    h.click("Låna om Resan till Gotland");
    assert!(shows_within(&h, "Någon annan väntar på den boken."));
    h.click("Låna om Svampar i skogen");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("lana-om", true, 2, &[])]);
}

#[test]
fn paying_a_friend_then_stopping_at_the_wrong_name() {
    let mut h = shipped();
    h.open_scenario("swish", Some("betala"));
    assert!(h.shows(BANNER));
    h.click("Ny betalning");
    h.click("Maria Lind");
    assert!(
        h.shows("Hur mycket vill du betala? Du ska betala Maria 150 kr för lunchen."),
        "the amount is where it is needed"
    );
    h.click("150 kr");
    assert!(h.shows("Till: Maria Lind, 070-174 06 71"));
    h.click("Betala");
    type_digits(&mut h, "527384");
    h.click("Skriv under");
    assert!(h.shows("Klart! 150 kr till Maria Lind."));
    h.click("Ny betalning");
    h.click("Betala 200 kr till 070-174 06 33");
    assert!(h.shows("Till: Kent Ek, 070-174 06 33"), "not Lena Berg");
    h.click("Betala");
    assert!(h.shows("Du betalade fast namnet var fel"));
    h.click("Försök igen");
    h.click("Avbryt");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("betala", true, 2, &["fel-namn"])]);
}

#[test]
fn selling_a_bike_check_your_own_app_not_the_picture() {
    let mut h = shipped();
    h.open_scenario("swish", Some("salja"));
    assert!(h.shows(BANNER));
    assert!(h.shows("Bifogad bild: betalning.jpg – Klart! 500 kr har skickats."));
    h.click("Lämna över cykeln");
    assert!(h.shows("Du lämnade över cykeln"));
    h.click("Försök igen");
    h.click("Titta i din egen betalapp");
    assert!(h.shows("Inga nya betalningar i dag."));
    h.click("Skriv: Jag ser inga pengar. Du får cykeln när de har kommit.");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("salja", true, 2, &["gav-cykeln"])]);
}
