//! At 250 % text (in the 1280×800 window of the course PCs and the smallest
//! supported 1024×768) a senior sees together what a practice needs: the
//! code note and the keypad. And a practice keeps its place while the
//! lesson is open: leaving its step and coming back resumes it.

mod common;

use common::Harness;
use common::practice::{outcome, outcomes, shipped, shipped_in};
use iced::Rectangle;
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::Message;
use stegvis::model::practice::Input;
use stegvis::screen::lesson;

/// Each shipped practice with a keypad: its lesson, the presses that bring
/// the keypad, and the note on the desk with the code.
const KEYPADS: &[(&str, &[&str], &str)] = &[
    (
        "bankid-logga-in",
        &["mobilt-bankid", "app-bankid", "skanna", "rikta"],
        "Övningskod: 472915",
    ),
    (
        "bankid-samma-enhet",
        &["logga-in", "samma"],
        "Övningskod: 385126",
    ),
    ("bankid-skriva-under", &["betala-1"], "Övningskod: 472915"),
    ("etjanst-1177", &["logga-in", "samma"], "Övningskod: 614208"),
    (
        "digital-brevlada",
        &["oppna-sms", "sms-tillbaka", "app", "logga-in"],
        "Övningskod: 290731",
    ),
    ("biblioteket", &["logga-in"], "Övningskod: 2468"),
    (
        "swish",
        &["ny-1", "maria", "kr-150", "betala-1"],
        "Övningskod: 527384",
    ),
    ("recept-och-apotek", &["logga-in"], "Övningskod: 305817"),
    (
        "bankens-app",
        &["efakturor", "el", "godkann"],
        "Övningskod: 482916",
    ),
    (
        "tvafaktor-losenord",
        &["losen=kaffe tiger gurka moln", "logga-in"],
        "Sms-kod: 381940",
    ),
];

/// A press of a control, or `field=words` typed in a text field.
fn input(step: &str) -> Input {
    match step.split_once('=') {
        Some((field, text)) => Input::Type {
            field: field.into(),
            text: text.into(),
        },
        None => Input::Press(step.into()),
    }
}

/// What the page shows after the window's next redraw (which carries out
/// a pending scroll): the scroll area, and the layout bounds and the part
/// on screen of the first text equal to each of `wanted`.
struct Seen {
    area: Rectangle,
    texts: Vec<Option<(Rectangle, Option<Rectangle>)>>,
}

fn seen(h: &Harness, wanted: &[&str]) -> Seen {
    type Found = (
        Option<Rectangle>,
        Vec<Option<(Rectangle, Option<Rectangle>)>>,
    );
    let found: Arc<Mutex<Found>> = Arc::new(Mutex::new((None, vec![None; wanted.len()])));
    let sink = Arc::clone(&found);
    let wanted: Vec<String> = wanted.iter().map(|s| (*s).to_owned()).collect();
    let scroll_id = iced::widget::Id::new(lesson::SCROLL_ID);
    let mut ui = common::practice::redrawn(h);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        let mut all = sink.lock().ok()?;
        match c {
            Candidate::Scrollable {
                id: Some(found),
                bounds,
                ..
            } if *found == scroll_id => all.0 = Some(bounds),
            Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } => {
                if let Some(i) = wanted.iter().position(|w| w == content)
                    && all.1[i].is_none()
                {
                    all.1[i] = Some((bounds, visible_bounds));
                }
            }
            _ => {}
        }
        None
    });
    let guard = found.lock().expect("lock");
    Seen {
        area: guard.0.expect("scroll area"),
        texts: guard.1.clone(),
    }
}

fn press(h: &mut Harness, input: Input) {
    let _ = h
        .app
        .update(Message::Lesson(lesson::Message::Practice(input)));
}

/// Whether `shown` (visible bounds) shows all of `bounds`.
fn wholly(bounds: Rectangle, shown: Option<Rectangle>) -> bool {
    shown.is_some_and(|v| v.height >= bounds.height - 0.5 && v.width >= bounds.width - 0.5)
}

#[test]
fn at_250_percent_the_code_note_and_the_first_keys_are_on_screen_together() {
    for size in [
        iced::Size::new(1280.0, 800.0),
        iced::Size::new(1024.0, 768.0),
    ] {
        for (lesson_id, presses, note) in KEYPADS {
            let mut h = shipped_in("text_scale = 2.5\n");
            h.size = size;
            h.open_practice(lesson_id);
            for (i, id) in presses.iter().enumerate() {
                // A keyboard user: the press that brings the keypad shows
                // the new screen's top, and Tab then goes to its first
                // key, which is scrolled into view.
                if i + 1 == presses.len() {
                    h.app.focus = Some(0);
                }
                press(&mut h, input(id));
            }
            assert!(
                h.app.focus.is_none() && h.app.focus_resume.is_some(),
                "{lesson_id}: the new screen's top comes first"
            );
            // Tab goes on to the first key (past Avbryt, where it sits
            // under the text to sign).
            common::practice::tab_to(&mut h, "1");
            let what = format!("{lesson_id} at {size:?}");
            let s = seen(&h, &[note, "1", "5"]);
            let [Some(note), Some(first), Some(fifth)] = s.texts[..] else {
                panic!("{what}: no code note or keypad: {:?}", s.texts);
            };
            assert!(
                note.0.y + note.0.height <= s.area.y + 0.5 && note.0.y >= 0.0,
                "{what}: the note {:?} is not pinned above the page {:?}",
                note.0,
                s.area
            );
            assert!(wholly(note.0, note.1), "{what}: the note is hidden");
            for key in [first, fifth] {
                assert!(wholly(key.0, key.1), "{what}: a key {key:?} is off screen");
            }
            assert!(
                (first.0.y - fifth.0.y).abs() < 1.0,
                "{what}: 1 and 5 are not on one row at large text"
            );
        }
    }
}

#[test]
fn at_250_percent_both_rows_of_keys_fit_on_screen_together() {
    // Typing a code goes back and forth between the rows 1–5 and 6–0; the
    // page must have room for both at once (one note at a time on the desk).
    for size in [
        iced::Size::new(1280.0, 800.0),
        iced::Size::new(1024.0, 768.0),
    ] {
        for (lesson_id, presses, _) in KEYPADS {
            let mut h = shipped_in("text_scale = 2.5\n");
            h.size = size;
            h.open_practice(lesson_id);
            for id in presses.iter() {
                press(&mut h, input(id));
            }
            let what = format!("{lesson_id} at {size:?}");
            let s = seen(&h, &["1", "6"]);
            let [Some(one), Some(six)] = s.texts[..] else {
                panic!("{what}: no keypad: {:?}", s.texts);
            };
            let rows = six.0.y + six.0.height - one.0.y;
            assert!(
                rows <= s.area.height,
                "{what}: the key rows need {rows} px, the page has {}",
                s.area.height
            );
        }
    }
}

#[test]
fn swish_shows_the_code_until_maria_is_paid_then_lenas_number() {
    let mut h = shipped();
    h.open_practice("swish");
    assert!(h.shows("Övningskod: 527384"));
    assert!(!h.shows("Lena Berg: 070-174 06 33"));
    for id in ["ny-1", "maria", "kr-150", "betala-1"] {
        press(&mut h, Input::Press(id.into()));
    }
    common::practice::type_digits(&mut h, "527384");
    press(&mut h, Input::Press("godkann".into()));
    assert!(h.shows("Klart! 150 kr till Maria Lind."));
    assert!(h.shows("Lena Berg: 070-174 06 33"));
    assert!(!h.shows("Övningskod: 527384"), "one note at a time");
}

#[test]
fn two_step_login_shows_the_texted_code_on_the_desk_only_while_it_is_typed() {
    let mut h = shipped();
    h.open_practice("tvafaktor-losenord");
    assert!(!h.shows("Sms-kod: 381940"), "no code before logging in");
    press(&mut h, input("logga-in"));
    assert!(
        !h.shows("Sms-kod: 381940"),
        "an empty password sends no code"
    );
    press(&mut h, input("losen=kaffe tiger gurka moln"));
    press(&mut h, input("logga-in"));
    assert!(h.shows("Sms-kod: 381940"), "the code lies on the desk");
    common::practice::type_digits(&mut h, "381940");
    press(&mut h, input("skicka-kod"));
    assert!(h.shows("Välkommen!"));
    assert!(!h.shows("Sms-kod: 381940"), "gone once logged in");
    // The code nobody asked for is never on the desk: it is not to be used.
    press(&mut h, input("logga-ut"));
    assert!(!h.shows("Sms-kod: 381940"));
    assert!(!h.shows("Sms-kod: 529017"));
}

#[test]
fn at_250_percent_a_keyboard_user_sees_who_sent_the_fake_letter_first() {
    // The scam link is the letter's first control; putting the ring on it
    // would scroll the odd sender address, the clue, off the screen.
    let mut h = shipped_in("text_scale = 2.5\n");
    h.open_practice("epost-skrappost");
    h.app.focus = Some(0);
    press(&mut h, Input::Press("oppna-paket".into()));
    assert_eq!(h.app.focus, None, "no ring on the scam link");
    let s = seen(&h, &["Från: PostNord <avgift@postnord-betala.example>"]);
    let [Some(sender)] = s.texts[..] else {
        panic!("the letter is not on show: {:?}", s.texts);
    };
    assert!(wholly(sender.0, sender.1), "the sender is in view");
    h.key(iced::keyboard::key::Named::Tab);
    assert!(
        common::practice::in_focus(&h)
            .0
            .iter()
            .any(|t| t == "Betala 29 kr här"),
        "Tab goes on to the letter's first control"
    );
}

/// The labels the focus ring visits, pressing Tab from the start of the
/// page, until it reaches `last`.
fn tab_order_until(h: &mut Harness, last: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for _ in 0..40 {
        h.key(iced::keyboard::key::Named::Tab);
        let labels = common::practice::in_focus(h).0;
        let done = labels.iter().any(|l| l == last);
        seen.extend(labels);
        if done {
            return seen;
        }
    }
    panic!("Tab never reached {last:?}: {seen:?}");
}

#[test]
fn the_tab_order_follows_the_page_at_every_text_size() {
    // At large text Läs upp comes after the practice on the page, so Tab
    // reaches the practice's buttons first; at 100 % it is above them.
    for (settings, read_first) in [("text_scale = 2.5\n", false), ("", true)] {
        let mut h = shipped_in(settings);
        h.open_practice("bankid-logga-in");
        let order = tab_order_until(&mut h, "Läs upp (tangent L)");
        let practice_first = order.iter().any(|l| l == "Logga in med Mobilt BankID");
        assert_eq!(practice_first, !read_first, "{settings:?}: {order:?}");
    }
}

#[test]
fn keypad_keys_are_big_enough_at_every_size() {
    // Every key stays a target 64 px tall and at least 44 px wide on the
    // screen: at 250 % in the smallest window, and where the phone stands
    // beside the computer (narrowest at 175 % in 1280×800 and at 100 % in
    // 1024×768). At large text the focus frame around a key is thinner.
    for (settings, scale, size) in [
        ("text_scale = 2.5\n", 2.5, (1024.0, 768.0)),
        ("text_scale = 1.75\n", 1.75, (1280.0, 800.0)),
        ("text_scale = 1.0\n", 1.0, (1024.0, 768.0)),
    ] {
        let gap = if scale >= 1.75 {
            1.0
        } else {
            stegvis::theme::FOCUS_GAP
        };
        let frame = 2.0 * (stegvis::theme::FOCUS_WIDTH + gap);
        for (lesson_id, presses, _) in KEYPADS {
            let mut h = shipped_in(settings);
            h.size = iced::Size::new(size.0, size.1);
            h.open_practice(lesson_id);
            for id in presses.iter() {
                press(&mut h, Input::Press((*id).into()));
            }
            let ids: Vec<iced::widget::Id> =
                (0..80).map(stegvis::widget::reveal::focus_id).collect();
            let found: Arc<Mutex<Vec<Rectangle>>> = Arc::default();
            let sink = Arc::clone(&found);
            let mut ui = h.simulator();
            let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
                if let Candidate::Container {
                    id: Some(id),
                    bounds,
                    ..
                } = c
                    && ids.contains(id)
                    && let Ok(mut all) = sink.lock()
                {
                    all.push(bounds);
                }
                None
            });
            let targets = found.lock().expect("lock").clone();
            let keys = seen(&h, &["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]);
            let what = format!("{lesson_id} {settings:?} in {size:?}");
            for key in keys.texts.iter().flatten() {
                let target = targets
                    .iter()
                    .find(|t| t.contains(key.0.center()))
                    .expect("the key's focus frame");
                assert!(
                    (target.height - frame) * scale >= 63.5,
                    "{what}: a key is {target:?}"
                );
                assert!(
                    (target.width - frame) * scale >= 44.0,
                    "{what}: a key is {target:?}"
                );
            }
        }
    }
}

/// Presses the inbox's controls and types (`field=words`) in its fields.
fn inbox(h: &mut Harness, path: &[&str]) {
    for step in path {
        let input = if *step == "!again" {
            Input::TryAgain
        } else {
            input(step)
        };
        press(h, input);
    }
}

/// Replies to Anna and deletes the fake parcel letter (after falling for
/// its link once): one of the inbox's three tasks and half of another.
fn two_inbox_tasks(h: &mut Harness) {
    inbox(
        h,
        &[
            "oppna-anna",
            "svara-anna",
            "svar-text=Ja gärna!",
            "skicka-svar",
            "oppna-paket",
            "paket-lank",
            "!again",
            "bort-paket",
        ],
    );
    assert!(h.shows("1 av 3 uppgifter klara"));
    assert!(h.shows("Klart: Svara på brevet från Anna."));
    assert!(h.shows("Kvar: Tryck på Nytt meddelande och skriv till Karin. Skicka med en bild."));
    assert!(h.shows("Kvar: Hitta de två falska breven och ta bort dem. (1 av 2 klara)"));
}

#[test]
fn the_inbox_keeps_its_tasks_when_the_senior_leaves_the_step_and_comes_back() {
    let mut h = shipped();
    h.open_practice("epost-skrappost");
    two_inbox_tasks(&mut h);
    h.click("‹ Tillbaka");
    assert!(!h.shows("1 av 3 uppgifter klara"));
    h.click("Nästa ›");
    assert!(h.shows("1 av 3 uppgifter klara"));
    assert!(h.shows("Klart: Ditt svar till Anna är skickat."));
    // Through the following step and back again, too.
    h.click("Nästa ›");
    h.click("‹ Tillbaka");
    assert!(h.shows("1 av 3 uppgifter klara"));
    assert!(outcomes(&h).is_empty(), "the round is not over yet");

    // The rest of the tasks: one outcome, the trap and every try in it.
    inbox(
        &mut h,
        &[
            "nytt",
            "adressbok",
            "valj-karin",
            "amne=Sommar",
            "text=En bild",
            "bifoga",
            "bild-sol",
            "skicka-nytt",
            "oppna-bank",
            "skrap-bank",
        ],
    );
    assert!(h.shows("3 av 3 uppgifter klara"));
    let done = [outcome("inkorgen", true, 2, &["paket-lank"])];
    assert_eq!(outcomes(&h), done);
    // Back and forth after the goal, then leaving: nothing more recorded.
    h.click("‹ Tillbaka");
    h.click("Nästa ›");
    assert!(h.shows("3 av 3 uppgifter klara"));
    h.click("Avsluta");
    assert_eq!(outcomes(&h), done);
}

#[test]
fn at_250_percent_coming_back_to_the_inbox_shows_the_inbox_not_the_title() {
    let mut h = shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1280.0, 800.0);
    h.open_practice("epost-skrappost");
    two_inbox_tasks(&mut h);
    h.click("‹ Tillbaka");
    // The scrolling asked for so far has been carried out.
    h.app.reveal = Default::default();
    h.click("Nästa ›");
    assert!(h.shows("1 av 3 uppgifter klara"));
    let s = seen(&h, &["Inkorg", "Din egen inkorg"]);
    let [Some(inbox), Some(title)] = s.texts[..] else {
        panic!("the inbox is not on show: {:?}", s.texts);
    };
    assert!(wholly(inbox.0, inbox.1), "the inbox's heading is in view");
    assert!(title.1.is_none(), "the step's title has scrolled away");
}

#[test]
fn starting_over_still_resets_the_inbox() {
    let mut h = shipped();
    h.open_practice("epost-skrappost");
    two_inbox_tasks(&mut h);
    h.click("Börja om övningen");
    assert!(h.shows("0 av 3 uppgifter klara"));
    // Leaving the lesson ends the unfinished round: recorded once.
    h.click("Avsluta");
    assert_eq!(
        outcomes(&h),
        [outcome("inkorgen", false, 2, &["paket-lank"])]
    );
}

/// Practices to fall into a trap in: lesson, scenario and the trap; the
/// presses before it are those of the practice's shipped path.
const TRAPS: &[(&str, &str, &str)] = &[
    ("handla-pa-natet", "paket-sms", "lank"),
    ("sms-bedrageri", "falska-sms", "lank"),
    ("swish", "betala", "betala-2"),
];

#[test]
fn after_a_trap_its_box_and_forsok_igen_are_wholly_on_screen() {
    for scale in ["1.0", "1.75", "2.5"] {
        for size in [
            iced::Size::new(1280.0, 800.0),
            iced::Size::new(1024.0, 768.0),
        ] {
            for keyboard in [false, true] {
                for (lesson_id, scenario, trap) in TRAPS {
                    let path = common::paths::before(lesson_id, scenario, trap);
                    let mut h = shipped_in(&format!("text_scale = {scale}\n"));
                    h.size = size;
                    h.open_scenario(lesson_id, Some(scenario));
                    for step in path.iter() {
                        match step.strip_prefix('#') {
                            Some(digits) => {
                                for d in digits.chars() {
                                    let n = d.to_digit(10).expect("a digit") as u8;
                                    press(&mut h, Input::Digit(n));
                                }
                            }
                            None => press(&mut h, input(step)),
                        }
                    }
                    if keyboard {
                        h.app.focus = Some(0);
                    }
                    press(&mut h, input(trap));
                    let what = format!(
                        "{scenario} at {scale} in {size:?}{}",
                        if keyboard { " by keyboard" } else { "" }
                    );
                    let s = seen(&h, &["Tur att det bara var en övning", "Försök igen"]);
                    let [Some(heading), Some(again)] = s.texts[..] else {
                        panic!("{what}: no trap box: {:?}", s.texts);
                    };
                    assert!(
                        wholly(heading.0, heading.1),
                        "{what}: the trap's heading {heading:?} is off the page {:?}",
                        s.area
                    );
                    assert!(
                        wholly(again.0, again.1),
                        "{what}: Försök igen {again:?} is off the page {:?}",
                        s.area
                    );
                    if keyboard {
                        assert!(
                            common::practice::in_focus(&h)
                                .0
                                .iter()
                                .any(|t| t == "Försök igen"),
                            "{what}: the ring is not on Försök igen"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn under_a_trap_the_devices_cannot_be_pressed_or_reached_by_tab() {
    let mut h = shipped();
    h.open_scenario("handla-pa-natet", Some("paket-sms"));
    press(&mut h, input("lank"));
    assert!(h.shows("Försök igen"));
    // A click on the phone's button sends nothing: it is greyed out.
    let messages: Vec<Message> = {
        let mut ui = h.simulator();
        let _ = ui.click("Öppna Paketappen själv");
        ui.into_messages().collect()
    };
    assert!(
        messages.is_empty(),
        "a device's button still presses: {messages:?}"
    );
    // Tab goes round the page without visiting the phone's controls.
    let mut visited = Vec::new();
    for _ in 0..12 {
        h.key(iced::keyboard::key::Named::Tab);
        visited.extend(common::practice::in_focus(&h).0);
    }
    assert!(visited.iter().any(|l| l == "Försök igen"), "{visited:?}");
    for device in ["Öppna Paketappen själv", "paketbolaget-tull.example/betala"] {
        assert!(
            !visited.iter().any(|l| l == device),
            "Tab reached {device:?}: {visited:?}"
        );
    }
    // After "Försök igen" the phone works again.
    press(&mut h, Input::TryAgain);
    h.click("Öppna Paketappen själv");
    assert!(!h.shows("Försök igen"));
}

#[test]
fn after_a_wrong_press_the_hint_is_wholly_on_screen() {
    // (lesson, scenario, presses before, the wrong press, the hint's words)
    let wrong: &[(&str, &str, &[&str], &str, &str)] = &[
        (
            "sms-bedrageri",
            "falska-sms",
            &["oppna-paket"],
            "svara",
            "Tips: Svara inte. Då vet tjuven att ditt nummer fungerar. Ta bort sms:et i stället.",
        ),
        (
            "swish",
            "betala",
            &["ny-1"],
            "olle",
            "Tips: Du ska betala till Maria Lind först.",
        ),
    ];
    for scale in ["1.0", "1.75", "2.5"] {
        for size in [
            iced::Size::new(1280.0, 800.0),
            iced::Size::new(1024.0, 768.0),
        ] {
            for (lesson_id, scenario, path, press_wrong, hint) in wrong {
                let mut h = shipped_in(&format!("text_scale = {scale}\n"));
                h.size = size;
                h.open_scenario(lesson_id, Some(scenario));
                for step in path.iter() {
                    press(&mut h, input(step));
                }
                press(&mut h, input(press_wrong));
                let what = format!("{scenario} at {scale} in {size:?}");
                let s = seen(&h, &["Inte riktigt.", hint]);
                let [Some(heading), Some(tip)] = s.texts[..] else {
                    panic!("{what}: no hint: {:?}", s.texts);
                };
                for (name, text) in [("heading", heading), ("tip", tip)] {
                    assert!(
                        wholly(text.0, text.1),
                        "{what}: the hint's {name} {text:?} is off the page {:?}",
                        s.area
                    );
                }
            }
        }
    }
}
