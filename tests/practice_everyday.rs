//! The everyday practices of issue 17 played through the UI as a senior
//! would: a video call with Lisa, sending a photo, renewing a prescription,
//! paying an e-invoice and blocking a card in the bank's app, and a text
//! message about a parcel. Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::practice::{BANNER, outcome, outcomes, shipped, type_digits, type_field};

const DONE: &str = "Bra gjort! Du klarade övningen.";

#[test]
fn a_video_call_ends_well_only_once_lisa_sees_and_hears_you() {
    let mut h = shipped();
    h.open_practice("videosamtal");
    assert!(h.shows(BANNER));
    h.click("Avvisa");
    assert!(h.shows("Tips: Det är Lisa. Du vill prata med henne. Tryck på den gröna knappen."));
    h.click("Svara");
    assert!(h.shows("Lisa: Hej! Jag ser och hör dig inte. Är kamera och ljud av?"));
    h.click("Lägg på");
    assert!(
        h.shows("Tips: Lisa ser eller hör dig inte än. Sätt på det som är av. Lägg på sedan."),
        "hanging up before she sees and hears you is a wrong try"
    );
    h.click("Sätt på kameran");
    assert!(h.shows("Lisa: Nu ser jag dig! Men jag hör dig inte. Är ljudet av?"));
    h.click("Stäng av kameran");
    assert!(
        h.shows("Lisa: Hej! Jag ser och hör dig inte. Är kamera och ljud av?"),
        "the camera goes off again"
    );
    h.click("Sätt på ljudet");
    assert!(h.shows("Lisa: Nu hör jag dig! Men jag ser dig inte. Är kameran av?"));
    h.click("Sätt på kameran");
    assert!(h.shows("Lisa: Nu ser och hör jag dig! Vad roligt. Vi hörs. Hej då!"));
    h.click("Lägg på");
    assert!(h.shows("Samtalet är slut"));
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("lisa-ringer", true, 3, &[])]);
}

#[test]
fn a_photo_goes_to_lisa_not_to_everyone_and_the_blurry_one_is_deleted() {
    let mut h = shipped();
    h.open_practice("foton");
    assert!(h.shows(BANNER));
    h.click("Blomman i trädgården");
    h.click("Dela");
    h.click("Dela med alla på nätet");
    assert!(h.shows("Du delade fotot med alla"));
    h.click("Försök igen");
    h.click("Lisa Holm");
    assert!(h.shows("Skickat till Lisa Holm"));
    h.click("Tillbaka till dina foton");
    assert!(!h.shows(DONE), "the blurry photo is still there");
    h.click("Sol i kväll, suddig");
    h.click("Ta bort");
    assert!(h.shows("Vill du ta bort fotot?"));
    h.click("Ta bort");
    assert!(!h.shows("Sol i kväll, suddig"), "the deleted photo is gone");
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("skicka-foto", true, 2, &["alla"])]);
}

#[test]
fn deleting_the_blurry_photo_first_ends_the_practice_as_soon_as_lisa_has_the_flower() {
    let mut h = shipped();
    h.open_practice("foton");
    h.click("Sol i kväll, suddig");
    h.click("Sol i kväll, suddig");
    assert!(
        !h.shows("Inte riktigt"),
        "tapping the open photo, as the lesson taught, is no mistake"
    );
    h.click("Ta bort");
    h.click("Ta bort");
    assert!(!h.shows(DONE), "the flower has not been sent yet");
    h.click("Blomman i trädgården");
    h.click("Dela");
    h.click("Lisa Holm");
    assert!(h.shows("Skickat till Lisa Holm"));
    assert!(
        h.shows(DONE),
        "both things are done: no hidden extra step back to the photos"
    );
    assert_eq!(outcomes(&h), [outcome("skicka-foto", true, 1, &[])]);
}

#[test]
fn renewing_a_prescription_with_a_practice_code_and_a_line_to_the_clinic() {
    let mut h = shipped();
    h.open_practice("recept-och-apotek");
    assert!(h.shows(BANNER));
    assert!(
        h.shows("Övningskod: 305817"),
        "the note says plainly that it is a practice code"
    );
    h.click("Logga in med BankID");
    type_digits(&mut h, "305817");
    h.click("Identifiera");
    h.click("Läkemedelslistan");
    assert!(h.shows("Medicin mot högt blodtryck. Senast hämtad 2 mars."));
    h.click("Tillbaka");
    h.click("Förnya recept");
    h.click("Salva mot torr hud");
    assert!(h.shows("Tips: Det är medicinen mot högt blodtryck som tar slut."));
    h.click("Medicin mot högt blodtryck");
    h.click("Skicka");
    assert!(h.shows("Tips: Skriv en rad i rutan först. Tryck sedan på Skicka."));
    type_field(&mut h, "rad", "Tio dagar kvar.");
    h.click("Skicka");
    assert!(h.shows("Tack! Din fråga är skickad."));
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("fornya-recept", true, 3, &[])]);
}

#[test]
fn paying_an_e_invoice_in_the_banks_app() {
    let mut h = shipped();
    h.open_scenario("bankens-app", Some("betala-faktura"));
    assert!(h.shows(BANNER));
    assert!(h.shows("Övningskod: 482916"));
    h.click("Kort");
    assert!(h.shows("Tips: Du ska betala elräkningen. Den ligger under E-fakturor."));
    h.click("E-fakturor (1 ny)");
    h.click("Elbolaget Norr: 845 kr");
    assert!(h.shows("Summa: 845 kr"));
    assert!(h.shows("Betalas: 30 april"));
    h.click("Godkänn");
    assert!(h.shows("Banken vill att du skriver under"));
    type_digits(&mut h, "482916");
    h.click("Skriv under");
    assert!(h.shows("Klart! Betalningen är inlagd."));
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("betala-faktura", true, 2, &[])]);
}

#[test]
fn a_lost_card_is_blocked_in_the_app_not_on_the_number_in_a_text() {
    let mut h = shipped();
    h.open_scenario("bankens-app", Some("sparra-kort"));
    assert!(h.shows(BANNER));
    h.click("Ring numret i sms:et");
    assert!(h.shows("Du ringde numret i sms:et"));
    h.click("Försök igen");
    h.click("Öppna bankens app själv");
    h.click("Kort");
    h.click("Spärra kortet");
    h.click("Avbryt");
    assert!(h.shows("Tips: Du har tappat kortet. Spärra det, så att ingen annan kan använda det."));
    h.click("Ja, spärra");
    assert!(h.shows("Kortet är spärrat"));
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("sparra-kort", true, 3, &["ringde"])]);
}

#[test]
fn a_parcel_text_is_forwarded_to_7726_and_paid_only_in_the_real_app() {
    let mut h = shipped();
    h.open_practice("handla-pa-natet");
    assert!(h.shows(BANNER));
    h.click("paketbolaget-tull.example/betala");
    assert!(h.shows("Du tryckte på länken"));
    h.click("Försök igen");
    h.click("Öppna Paketappen själv");
    h.click("Paket från USA: moms att betala");
    assert!(h.shows("Att betala: 212 kr"));
    h.click("Betala 212 kr med kort");
    assert!(h.shows("Tack! Du har betalat."));
    assert!(!h.shows(DONE), "the fake text still has to go to 7726");
    h.click("Tillbaka till meddelanden");
    h.click("Skicka sms:et till 7726");
    assert!(h.shows("Skickat till 7726"));
    assert!(h.shows(DONE));
    assert_eq!(outcomes(&h), [outcome("paket-sms", true, 2, &["lanken"])]);
}

/// Where the text `words` is drawn (top edge), if it is on the page.
fn top_of(h: &common::Harness, words: &str) -> Option<f32> {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let found: Arc<Mutex<Option<f32>>> = Arc::default();
    let sink = Arc::clone(&found);
    let wanted = words.to_owned();
    let _ = h.simulator().find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Text {
            content, bounds, ..
        } = c
            && content == wanted
            && let Ok(mut top) = sink.lock()
        {
            top.get_or_insert(bounds.y);
        }
        None
    });
    *found.lock().expect("lock")
}

#[test]
fn at_250_percent_the_camera_and_sound_buttons_stay_put_while_lisa_talks() {
    // Lisa's line changes length with every press; the buttons above it
    // must not move under the senior's finger (or the mouse).
    let press = |h: &mut common::Harness, id: &str| {
        let input = stegvis::model::practice::Input::Press(id.into());
        let _ = h.app.update(stegvis::app::Message::Lesson(
            stegvis::screen::lesson::Message::Practice(input),
        ));
    };
    for size in [(1280.0, 800.0), (1024.0, 768.0)] {
        let mut h = common::practice::shipped_in("text_scale = 2.5\n");
        h.size = iced::Size::new(size.0, size.1);
        h.open_practice("videosamtal");
        press(&mut h, "svara");
        let camera = top_of(&h, "Sätt på kameran").expect("camera button");
        let sound = top_of(&h, "Sätt på ljudet").expect("sound button");
        press(&mut h, "kamera-pa");
        assert!(h.shows("Lisa: Nu ser jag dig! Men jag hör dig inte. Är ljudet av?"));
        assert_eq!(top_of(&h, "Stäng av kameran"), Some(camera), "{size:?}");
        assert_eq!(top_of(&h, "Sätt på ljudet"), Some(sound), "{size:?}");
        press(&mut h, "ljud-pa");
        assert!(h.shows("Lisa: Nu ser och hör jag dig! Vad roligt. Vi hörs. Hej då!"));
        assert_eq!(top_of(&h, "Stäng av kameran"), Some(camera), "{size:?}");
        assert_eq!(top_of(&h, "Stäng av ljudet"), Some(sound), "{size:?}");
    }
}
