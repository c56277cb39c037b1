//! The shipped practice scenarios, played as a senior would: the happy path
//! to the goal and wrong paths (a wrong press, a wrong code, a trap) with
//! the hint or explanation shown and recovery after it. Outcomes are
//! recorded as progress events. Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::practice::{BANNER, outcome, outcomes, shipped, shipped_in, shows_within, type_digits};
use common::{Harness, shipped_lessons};
use iced::keyboard::key::Named;
use stegvis::app::Message;

#[test]
fn bankid_login_on_another_device_happy_path() {
    let mut h = shipped();
    h.open_practice("bankid-logga-in");
    assert!(h.shows(BANNER));
    assert!(h.shows("Logga in med mobilen"));
    assert!(h.shows("Övningskod: 472915"), "the note lies on the desk");
    assert!(h.shows("Vårdportalen"));

    h.click("Logga in med Mobilt BankID");
    assert!(h.shows("Öppna BankID i mobilen och skanna QR-koden."));
    h.click("BankID");
    h.click("Skanna QR-kod");
    h.click("Håll mobilen mot datorn");
    assert!(
        h.shows("Vårdportalen vill att du loggar in"),
        "who is asking"
    );
    assert!(h.shows("0 av 6 siffror"));
    type_digits(&mut h, "472915");
    assert!(h.shows("6 av 6 siffror"));
    h.click("Identifiera");

    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Du är inloggad"), "the computer shows the goal");
    assert!(h.shows(BANNER));
    assert_eq!(outcomes(&h), [outcome("logga-in-qr", true, 1, &[])]);
    // The lesson goes on.
    h.click("Nästa ›");
    assert!(!h.shows(BANNER));
}

#[test]
fn bankid_login_scanning_too_early_and_a_wrong_code_get_hints_then_recover() {
    let mut h = shipped();
    h.open_practice("bankid-logga-in");
    // Straight to the phone: there is no QR code to scan yet.
    h.click("BankID");
    h.click("Skanna QR-kod");
    h.click("Håll mobilen mot datorn");
    assert!(h.shows("Inte riktigt."));
    assert!(
        h.shows("Tips: Det finns ingen QR-kod på datorn än. Välj Mobilt BankID på datorn först.")
            && h.shows("Följ tipset och försök igen. Inget händer på riktigt.")
    );
    h.click("Logga in med Mobilt BankID");
    assert!(!h.shows("Inte riktigt."), "the hint goes once things move");
    h.click("Håll mobilen mot datorn");

    // A wrong code: a friendly retry, the field is empty again.
    type_digits(&mut h, "111111");
    h.click("Identifiera");
    assert!(h.shows(
        "Tips: Titta på lappen på bordet. Skriv alla sex siffror, en i taget. Tryck sedan på Identifiera."
    ));
    assert!(h.shows("0 av 6 siffror"));
    // A slip is mended with Radera.
    type_digits(&mut h, "4729");
    h.click("Radera");
    assert!(h.shows("3 av 6 siffror"));
    type_digits(&mut h, "915");
    h.click("Identifiera");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("logga-in-qr", true, 3, &[])]);
}

#[test]
fn bankid_login_in_english() {
    let mut h = shipped_in("language = \"en\"\n");
    h.open_practice("bankid-logga-in");
    assert!(h.shows("Practice – nothing real happens"));
    h.click("Log in with Mobile BankID");
    h.click("BankID");
    h.click("Scan QR code");
    h.click("Hold the phone up to the computer");
    type_digits(&mut h, "472915");
    h.click("Identify");
    assert!(h.shows("Well done! You finished the practice."));
}

#[test]
fn the_fraud_call_hang_up_is_right() {
    let mut h = shipped();
    h.open_practice("bedrageri-samtal");
    assert!(h.shows(BANNER));
    assert!(h.shows("Banken"));
    assert!(h.shows("070-174 06 05"), "the faked number looks real");
    assert!(h.shows("Samtal kommer in"));
    h.click("Svara");
    assert!(h.shows("Samtal pågår"));
    h.click("Fråga hur han vet det");
    h.click("Lägg på");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Samtalet är slut"));
    assert_eq!(outcomes(&h), [outcome("banken-ringer", true, 1, &[])]);
}

#[test]
fn the_fraud_call_declining_is_right_too() {
    let mut h = shipped();
    h.open_practice("bedrageri-samtal");
    h.click("Avvisa");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
}

#[test]
fn the_fraud_call_logging_in_shows_what_would_have_happened_then_try_again() {
    let mut h = shipped();
    h.open_practice("bedrageri-samtal");
    h.click("Svara");
    h.click("Logga in med BankID");
    assert!(h.shows("Tur att det bara var en övning"));
    assert!(h.shows("Du loggade in för att någon ringde"));
    assert!(
        shows_within(&h, "Lägg på. Logga inte in. Lita inte på den som ringer."),
        "the police's three steps"
    );
    // The phone waits for "Försök igen": its buttons are greyed out and
    // a click on them sends nothing.
    let pressed: Vec<stegvis::app::Message> = {
        let mut ui = h.simulator();
        let _ = ui.click("Lägg på");
        ui.into_messages().collect()
    };
    assert!(pressed.is_empty(), "{pressed:?}");
    assert!(h.shows("Tur att det bara var en övning"));
    assert!(outcomes(&h).is_empty());
    h.click("Försök igen");
    assert!(!h.shows("Tur att det bara var en övning"));
    assert!(h.shows("Samtal pågår"), "back in the call");
    h.click("Lägg på");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("banken-ringer", true, 2, &["loggade-in"])]
    );
}

#[test]
fn leaving_a_practice_after_a_trap_records_it_unfinished() {
    let mut h = shipped();
    h.open_practice("bedrageri-samtal");
    h.click("Svara");
    h.click("Fråga hur han vet det");
    h.click("Säg din kod");
    assert!(h.shows("Du sa din kod"));
    // Another step and back: the round goes on where it was, unrecorded.
    h.click("Nästa ›");
    assert!(outcomes(&h).is_empty());
    h.click("‹ Tillbaka");
    assert!(h.shows("Du sa din kod"));
    // Leaving the lesson ends the round: recorded once, unfinished.
    h.click("Avsluta");
    assert_eq!(
        outcomes(&h),
        [outcome("banken-ringer", false, 2, &["sa-koden"])]
    );
    // Opened again, the practice starts a fresh round; leaving it untouched
    // records nothing.
    h.open_practice("bedrageri-samtal");
    assert!(h.shows("Samtal kommer in"));
    h.click("Avsluta");
    assert_eq!(outcomes(&h).len(), 1);
}

#[test]
fn start_over_goes_back_to_the_start_screens() {
    let mut h = shipped();
    h.open_practice("bedrageri-samtal");
    h.click("Svara");
    h.click("Börja om övningen");
    assert!(h.shows("Samtal kommer in"));
}

#[test]
fn the_code_can_be_typed_with_the_keyboard() {
    let mut h = shipped();
    h.open_practice("bankid-logga-in");
    h.click("Logga in med Mobilt BankID");
    h.click("BankID");
    h.click("Skanna QR-kod");
    h.click("Håll mobilen mot datorn");
    for d in ["4", "7", "2", "9", "1", "6"] {
        h.key(iced::keyboard::Key::Character(d.into()));
    }
    assert!(h.shows("6 av 6 siffror"));
    h.key(Named::Backspace);
    h.key(iced::keyboard::Key::Character("5".into()));
    // Reading order: Avsluta, Läs upp, the keypad's ten digits and Radera,
    // then Identifiera.
    for _ in 0..14 {
        h.key(Named::Tab);
    }
    h.key(Named::Enter);
    assert!(h.shows("Bra gjort! Du klarade övningen."));
}

/// The RGBA pixels and size of what the app shows.
fn screenshot(h: &Harness) -> (u32, u32, Vec<u8>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = dir.path().join("shot.png");
    let snapshot = h.simulator().snapshot(&h.app.theme()).expect("snapshot");
    snapshot.matches_image(&base).expect("write snapshot");
    let file = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("snapshot file");
    let img = image::open(file).expect("decode").to_luma8();
    (img.width(), img.height(), img.into_raw())
}

#[test]
fn the_qr_code_on_screen_decodes_to_the_practice_payload() {
    let mut h = shipped();
    h.open_practice("bankid-logga-in");
    h.click("Logga in med Mobilt BankID");
    let (w, ht, luma) = screenshot(&h);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, ht as usize, |x, y| {
            luma[y * w as usize + x]
        });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on screen");
    let (_, content) = grids[0].decode().expect("decodes");
    assert_eq!(content, "STEGVIS-OVNING:logga-in-qr:0");
}

#[test]
fn the_qr_bitmap_decodes_and_has_a_quiet_zone() {
    let payload = stegvis::model::scenario::qr_payload("demo", 7);
    let bitmap = stegvis::widget::sim::qr::bitmap(&payload).expect("bitmap");
    let side = bitmap.side as usize;
    assert_eq!(bitmap.rgba.len(), side * side * 4);
    assert_eq!(&bitmap.rgba[..4], &[255, 255, 255, 255], "white corner");
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        bitmap.rgba[(y * side + x) * 4]
    });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1);
    assert_eq!(grids[0].decode().expect("decodes").1, payload);
}

#[test]
fn at_250_percent_the_banner_stays_on_screen() {
    let mut h = shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1024.0, 768.0);
    h.open_practice("bankid-logga-in");
    // With a note on the desk the pinned banner is short, beside the note.
    let short = "Övning";
    let viewport = h.viewport();
    let banner = h.simulator().find(short).expect("banner").bounds();
    assert!(banner.y >= 0.0 && banner.y + banner.height <= viewport.height);
    // Far down the page, the banner is still there (it is outside the scroll).
    for _ in 0..30 {
        h.key(Named::Tab);
    }
    let mut ui = h.simulator();
    let banner = ui.find(short).expect("banner");
    assert!(banner.visible_bounds().is_some());
    // Without notes the whole banner is pinned.
    let mut h = shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1024.0, 768.0);
    h.open_practice("bedrageri-samtal");
    for _ in 0..30 {
        h.key(Named::Tab);
    }
    let mut ui = h.simulator();
    let banner = ui.find(BANNER).expect("banner");
    assert!(banner.visible_bounds().is_some());
}

#[test]
fn signing_the_matching_bill_then_cancelling_the_mismatching_text() {
    let mut h = shipped();
    h.open_practice("bankid-skriva-under");
    assert!(h.shows(BANNER));
    assert!(h.shows("Övningskod: 472915"));
    h.click("Betala");
    assert!(h.shows("Jag godkänner att 845 kr betalas till Elbolaget."));
    type_digits(&mut h, "472915");
    h.click("Skriv under");
    assert!(h.shows("Klart! Räkningen är betald."));
    h.click("Betala");
    assert!(h.shows("Jag godkänner ett lån på 30 000 kr från Snabblån."));
    h.click("Avbryt");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("skriv-under", true, 1, &[])]);
}

#[test]
fn signing_the_loan_is_a_trap_and_cancelling_a_matching_bill_gets_a_hint() {
    let mut h = shipped();
    h.open_practice("bankid-skriva-under");
    h.click("Betala");
    h.click("Avbryt");
    assert!(h.shows(
        "Tips: Texten stämmer med räkningen som du själv vill betala. Då kan du skriva under."
    ));
    type_digits(&mut h, "472915");
    h.click("Skriv under");
    h.click("Betala");
    type_digits(&mut h, "472915");
    h.click("Skriv under");
    assert!(h.shows("Tur att det bara var en övning"));
    assert!(h.shows("Du skrev under ett lån"));
    assert!(
        h.shows("Klart! Du har lånat 30 000 kr."),
        "the trap screen is shown"
    );
    h.click("Försök igen");
    assert!(h.shows("Jag godkänner ett lån på 30 000 kr från Snabblån."));
    h.click("Avbryt");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("skriv-under", true, 3, &["skrev-under-lan"])]
    );
}

#[test]
fn fake_sms_deleting_both_is_right() {
    let mut h = shipped();
    h.open_practice("sms-bedrageri");
    assert!(h.shows(BANNER));
    h.click("Ses vi på fredag? Kram!");
    h.click("Till alla sms");
    h.click("Ditt paket väntar. Betala tull…");
    h.click("Skicka vidare till 7726");
    assert!(h.shows("Till: 7726"), "forwarding shows where it goes");
    h.click("Skicka");
    assert!(h.shows("Klart: Sms:et är skickat till 7726. Ta nu bort det."));
    assert!(!h.shows("Skicka vidare till 7726"), "it is sent once");
    h.click("Ta bort sms:et");
    assert!(h.shows("Klart: Det falska sms:et om paketet är borttaget."));
    assert!(h.shows("Ett nytt sms har kommit."));
    h.click("Ditt kort är spärrat…");
    h.click("Ring banken på numret på ditt kort");
    assert!(h.shows("– Hej! Ditt kort är inte spärrat. Sms:et kom inte från oss. Ta bort det."));
    h.click("Lägg på");
    h.click("Ta bort sms:et");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(outcomes(&h), [outcome("falska-sms", true, 1, &[])]);
}

#[test]
fn fake_sms_the_link_and_the_number_are_traps_and_replying_gets_a_hint() {
    let mut h = shipped();
    h.open_practice("sms-bedrageri");
    h.click("Ditt paket väntar. Betala tull…");
    h.click("paket-tull.example/betala");
    assert!(h.shows("Du tryckte på länken"));
    h.click("Försök igen");
    h.click("Svara på sms:et");
    assert!(h.shows(
        "Tips: Svara inte. Då vet tjuven att ditt nummer fungerar. Ta bort sms:et i stället."
    ));
    h.click("Ta bort sms:et");
    assert!(
        h.shows(
            "Tips: Skicka först sms:et vidare till 7726. Då kan telefonbolagen stoppa fler sådana sms. Ta sedan bort det."
        ),
        "deleting before forwarding to 7726 is a wrong try"
    );
    h.click("Skicka vidare till 7726");
    h.click("Skicka");
    h.click("Ta bort sms:et");
    h.click("Ditt kort är spärrat…");
    h.click("Ring numret i sms:et");
    assert!(h.shows("Du ringde numret i sms:et"));
    h.click("Försök igen");
    h.click("Ta bort sms:et");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert_eq!(
        outcomes(&h),
        [outcome("falska-sms", true, 5, &["lanken", "ringde"])]
    );
}

#[test]
fn the_tutor_sees_a_line_per_practice_on_the_participant_page() {
    use stegvis::screen::{code, start, tutor};
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    let karin = {
        let mut store = stegvis::store::Store::open(data.path())
            .expect("open")
            .store;
        let course = store
            .create_course(
                "Biblioteket",
                "Kalmar",
                time::macros::date!(2027 - 01 - 12),
                10,
            )
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        store.set_tutor_code("4711").expect("code");
        store
            .record(
                Some(&karin.id),
                "bedrageri-samtal",
                outcome("banken-ringer", true, 2, &["loggade-in"]),
            )
            .expect("record");
        store
            .record(
                Some(&karin.id),
                "bankid-logga-in",
                outcome("logga-in-qr", false, 3, &[]),
            )
            .expect("record");
        karin.id
    };
    let mut h = Harness::on_folders(config, data, vec![shipped_lessons()]);
    h.size = iced::Size::new(1280.0, 2600.0);
    let _ = h.app.update(Message::Start(start::Message::Tutor));
    let _ = h
        .app
        .update(Message::Code(code::Message::Code("4711".into())));
    let _ = h.app.update(Message::Code(code::Message::Submit));
    let _ = h.app.update(Message::Tutor(tutor::Message::Dashboard));
    let _ = h
        .app
        .update(Message::Tutor(tutor::Message::WholeCourse(true)));
    let _ = h
        .app
        .update(Message::Tutor(tutor::Message::OpenParticipant(karin)));
    assert!(h.shows(
        "Övning: Banken ringer. Klarad på 2 försök. Gick i fällan: Du loggade in för att någon ringde"
    ));
    assert!(h.shows("Övning: Logga in med mobilen. Inte klar än (3 försök)."));
}

/// Saves each shipped practice's first screen at 100 % and 250 % in a
/// 1024×768 window as `target/snapshots/practice-<lesson>-<percent>.png`,
/// for people to look at, and checks that nothing runs off the window.
#[test]
fn shipped_practices_are_saved_for_review_at_100_and_250_percent() {
    let lessons = [
        "bankid-logga-in",
        "bedrageri-samtal",
        "bankid-skriva-under",
        "sms-bedrageri",
        "bankid-samma-enhet",
        "epost-skrappost",
        "etjanst-1177",
        "digital-brevlada",
        "biblioteket",
        "swish",
        "videosamtal",
        "foton",
        "recept-och-apotek",
        "bankens-app",
        "handla-pa-natet",
    ];
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/snapshots");
    std::fs::create_dir_all(&dir).expect("snapshot folder");
    for scale in ["1.0", "2.5"] {
        for lesson in lessons {
            let mut h = shipped_in(&format!("text_scale = {scale}\n"));
            h.size = iced::Size::new(1024.0, 768.0);
            h.open_practice(lesson);
            let name = format!("practice-{lesson}-{}", scale.replace('.', ""));
            for file in [format!("{name}.png"), format!("{name}-tiny-skia.png")] {
                let _ = std::fs::remove_file(dir.join(file));
            }
            let snapshot = h.simulator().snapshot(&h.app.theme()).expect("snapshot");
            assert!(
                snapshot
                    .matches_image(dir.join(format!("{name}.png")))
                    .expect("write")
            );
        }
    }
}

#[test]
fn bankid_on_the_same_phone_opens_by_itself_and_logs_in() {
    let mut h = shipped();
    h.open_practice("bankid-samma-enhet");
    assert!(h.shows(BANNER));
    assert!(h.shows("Övningskod: 385126"), "the note lies on the desk");
    h.click("Logga in med BankID");
    h.click("BankID på annan enhet");
    assert!(
        h.shows("Tips: Du har bara mobilen. BankID finns i samma mobil. Tryck på Öppna BankID på den här enheten.")
    );
    h.click("Öppna BankID på den här enheten");
    assert!(h.shows("Appen BankID öppnades av sig själv."));
    assert!(
        h.shows("Mina recept vill att du loggar in"),
        "who is asking"
    );
    type_digits(&mut h, "385125");
    h.click("Identifiera");
    assert!(h.shows("Inte riktigt."), "a wrong code is a friendly retry");
    assert!(shows_within(&h, "Titta på lappen på bordet."));
    type_digits(&mut h, "385126");
    h.click("Identifiera");
    assert!(h.shows("Bra gjort! Du klarade övningen."));
    assert!(h.shows("Du är inloggad"), "back in the service");
    assert_eq!(outcomes(&h), [outcome("samma-enhet", true, 3, &[])]);
}
