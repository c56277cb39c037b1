//! The shipped practice scenarios played with the engine alone (no UI): the
//! happy path of each, every wrong try and trap, and what is recorded.

use std::path::PathBuf;
use stegvis::model::Library;
use stegvis::model::practice::{Feedback, Input, Outcome, Practice};
use stegvis::model::scenario::Scenario;

fn library() -> Library {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    Library::load(&[dir])
}

/// A scenario being played by the engine.
struct Play {
    scenario: Scenario,
    practice: Practice,
}

impl Play {
    fn new(library: &Library, lesson: &str, scenario: &str) -> Play {
        let scenario = library
            .get(lesson)
            .and_then(|l| l.scenario(scenario))
            .unwrap_or_else(|| panic!("{lesson} has no scenario {scenario}"))
            .clone();
        let practice = Practice::new(&scenario);
        Play { scenario, practice }
    }

    fn input(&mut self, input: Input) -> Outcome {
        self.practice.press(&self.scenario, input)
    }

    fn press(&mut self, id: &str) -> Outcome {
        self.input(Input::Press(id.into()))
    }

    /// Presses each control in turn; every press must move on.
    fn path(&mut self, ids: &[&str]) {
        for id in ids {
            assert_eq!(self.press(id), Outcome::Moved, "pressing {id}");
        }
    }

    fn type_in(&mut self, field: &str, text: &str) -> Outcome {
        self.input(Input::Type {
            field: field.into(),
            text: text.into(),
        })
    }

    /// Whether the flag `name` is set.
    fn flag(&self, name: &str) -> bool {
        let index = self.scenario.flags.iter().position(|f| f == name);
        index.is_some_and(|i| self.practice.flags.contains(i))
    }

    /// Whether the control `id` is on show.
    fn can_press(&self, id: &str) -> bool {
        self.scenario
            .control_on_show(&self.practice.shown, self.practice.flags, id)
            .is_some()
    }

    fn code(&mut self, digits: &str) {
        for d in digits.bytes() {
            assert_eq!(self.input(Input::Digit(d - b'0')), Outcome::Typed);
        }
    }

    /// The ids of the screens on show.
    fn on_show(&self) -> Vec<&str> {
        self.practice
            .shown
            .iter()
            .map(|i| self.scenario.screens[*i].id.as_str())
            .collect()
    }

    fn hint(&self) -> Option<String> {
        match &self.practice.feedback {
            Feedback::Hint(h) => h.clone(),
            _ => None,
        }
    }

    fn trap(&self) -> Option<&str> {
        match self.practice.feedback {
            Feedback::Trap(t) => Some(self.scenario.traps[t].id.as_str()),
            _ => None,
        }
    }
}

// ── BankID on the same phone ──────────────────────────────────────────────

fn same_device(library: &Library) -> Play {
    Play::new(library, "bankid-samma-enhet", "samma-enhet")
}

#[test]
fn same_device_happy_path() {
    let library = library();
    let mut p = same_device(&library);
    assert_eq!(p.on_show(), ["tjanst"]);
    p.path(&["logga-in", "samma"]);
    assert_eq!(p.on_show(), ["app"], "BankID opens by itself");
    p.code("385126");
    assert_eq!(p.press("identifiera"), Outcome::Goal);
    assert_eq!(p.on_show(), ["inloggad"], "back in the service");
    let s = p.practice.summary();
    assert!(s.success);
    assert_eq!(s.attempts, 1);
    assert!(s.traps.is_empty());
}

#[test]
fn same_device_wrong_choices_and_a_wrong_code_get_hints() {
    let library = library();
    let mut p = same_device(&library);
    p.path(&["logga-in"]);
    assert!(matches!(p.press("annan"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-annan-tips"));
    p.path(&["samma"]);
    assert!(matches!(p.press("avbryt"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-avbryt-tips"));
    p.code("111111");
    assert!(matches!(p.press("identifiera"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("samma-enhet-kod-tips"));
    assert!(p.practice.code_typed.is_empty(), "a fresh try");
    p.code("385126");
    assert_eq!(p.press("identifiera"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 4);
    assert_eq!(p.trap(), None);
}

// ── Email: the whole inbox ────────────────────────────────────────────────

fn inbox(library: &Library) -> Play {
    Play::new(library, "epost-skrappost", "inkorgen")
}

/// Replies to Anna with `words`.
fn reply_to_anna(p: &mut Play, words: &str) {
    p.path(&["oppna-anna", "svara-anna"]);
    assert_eq!(p.type_in("svar-text", words), Outcome::Typed);
    assert_eq!(p.press("skicka-svar"), Outcome::Moved);
}

/// Writes to Karin with a photo of the sunset.
fn write_to_karin(p: &mut Play) {
    p.path(&["nytt", "adressbok", "valj-karin", "bifoga", "bild-sol"]);
    p.type_in("amne", "Sommar");
    p.type_in("text", "hej karin har e en bild");
}

#[test]
fn inbox_happy_path_needs_all_four_things() {
    let library = library();
    let mut p = inbox(&library);
    assert_eq!(p.on_show(), ["inkorg"]);
    reply_to_anna(&mut p, "Ja gärna!");
    assert!(p.flag("svarat"));
    assert!(!p.practice.done, "one of four things done");
    write_to_karin(&mut p);
    assert_eq!(p.press("skicka-nytt"), Outcome::Moved);
    assert!(p.flag("skickat"));
    assert!(
        !p.flag("till-karin") && !p.flag("bild"),
        "the next letter starts empty"
    );
    assert!(
        !p.practice.typed.contains_key("amne"),
        "the sent fields are emptied"
    );
    p.path(&["oppna-paket", "bort-paket"]);
    assert!(!p.can_press("oppna-paket"), "the deleted letter is gone");
    p.press("oppna-bank");
    assert_eq!(
        p.press("skrap-bank"),
        Outcome::Goal,
        "spam counts as removed"
    );
    let s = p.practice.summary();
    assert!(s.success);
    assert_eq!(s.attempts, 1);
    assert!(s.traps.is_empty());
}

#[test]
fn inbox_the_order_does_not_matter() {
    let library = library();
    let mut p = inbox(&library);
    p.path(&["oppna-bank", "bort-bank", "oppna-paket", "skrap-paket"]);
    write_to_karin(&mut p);
    p.press("skicka-nytt");
    p.path(&["oppna-anna", "svara-anna"]);
    p.type_in("svar-text", "ok");
    assert_eq!(p.press("skicka-svar"), Outcome::Goal);
}

#[test]
fn inbox_an_empty_reply_is_a_wrong_try_but_any_words_will_do() {
    let library = library();
    let mut p = inbox(&library);
    p.path(&["oppna-anna", "svara-anna"]);
    assert!(matches!(p.press("skicka-svar"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("inkorgen-svar-tips"));
    p.type_in("svar-text", "   ");
    assert!(
        matches!(p.press("skicka-svar"), Outcome::Wrong { .. }),
        "blanks are empty"
    );
    p.type_in("svar-text", "jaa gärne");
    assert_eq!(
        p.press("skicka-svar"),
        Outcome::Moved,
        "spelling does not matter"
    );
    assert_eq!(p.practice.attempts, 3);
}

#[test]
fn inbox_the_new_letter_needs_karin_a_picture_and_words() {
    let library = library();
    let mut p = inbox(&library);
    p.path(&["nytt", "adressbok", "valj-olle", "bifoga", "bild-blomma"]);
    p.type_in("amne", "Hej");
    p.type_in("text", "Hej");
    assert!(
        matches!(p.press("skicka-nytt"), Outcome::Wrong { .. }),
        "Olle is not Karin"
    );
    assert_eq!(p.hint().as_deref(), Some("inkorgen-skicka-tips"));
    p.path(&["adressbok", "valj-karin"]);
    assert!(
        p.flag("till-karin") && !p.flag("till-olle"),
        "one person at a time"
    );
    assert!(p.flag("bild-blomma"), "the picture stays attached");
    p.path(&["bifoga", "bild-stuga"]);
    assert!(
        p.flag("bild-stuga") && !p.flag("bild-blomma"),
        "one picture at a time"
    );
    assert_eq!(p.press("skicka-nytt"), Outcome::Moved);

    let mut p = inbox(&library);
    p.path(&["nytt", "adressbok", "valj-karin"]);
    p.type_in("amne", "Hej");
    p.type_in("text", "Hej");
    assert!(
        matches!(p.press("skicka-nytt"), Outcome::Wrong { .. }),
        "no picture"
    );
    p.path(&["bifoga", "bild-sol"]);
    p.type_in("text", "");
    assert!(
        matches!(p.press("skicka-nytt"), Outcome::Wrong { .. }),
        "no words"
    );
}

#[test]
fn inbox_the_links_in_the_fake_letters_are_traps() {
    let library = library();
    let mut p = inbox(&library);
    p.press("oppna-paket");
    assert_eq!(p.press("paket-lank"), Outcome::Trap { trap: 0 });
    assert_eq!(p.trap(), Some("paket-lank"));
    assert_eq!(p.input(Input::TryAgain), Outcome::Moved);
    assert_eq!(p.on_show(), ["paket"]);
    assert!(matches!(p.press("svara-paket"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("inkorgen-falskt-svara-tips"));
    p.path(&["bort-paket", "oppna-bank"]);
    assert_eq!(p.press("bank-lank"), Outcome::Trap { trap: 1 });
    p.input(Input::TryAgain);
    assert_eq!(
        p.practice.summary().traps,
        ["paket-lank", "bank-lank"],
        "both recorded"
    );
    assert!(!p.flag("bort-bank"), "a trap changes nothing");
}

#[test]
fn inbox_deleting_a_real_letter_gets_a_hint() {
    let library = library();
    let mut p = inbox(&library);
    for (open, delete) in [
        ("oppna-anna", "bort-anna"),
        ("oppna-bibl", "bort-bibl"),
        ("oppna-forening", "bort-forening"),
    ] {
        p.press(open);
        assert!(matches!(p.press(delete), Outcome::Wrong { .. }));
        assert_eq!(p.hint().as_deref(), Some("inkorgen-akta-tips"));
        p.input(Input::StartOver);
    }
    assert!(p.can_press("oppna-anna"), "nothing was deleted");
}

// ── E-services ────────────────────────────────────────────────────────────

#[test]
fn booking_care_logs_in_picks_a_clinic_and_a_time() {
    let library = library();
    let mut p = Play::new(&library, "etjanst-1177", "boka-tid");
    p.path(&["logga-in", "samma"]);
    p.code("614208");
    p.path(&["identifiera", "boka", "norr", "tid-2", "annan-tid", "tid-1"]);
    assert_eq!(p.on_show(), ["bekrafta"]);
    assert!(p.flag("tid-1") && !p.flag("tid-2"), "the last time chosen");
    assert_eq!(p.press("bekrafta"), Outcome::Goal);
    let s = p.practice.summary();
    assert!(s.success && s.attempts == 1 && s.traps.is_empty());
}

#[test]
fn booking_care_wrong_turns_get_hints() {
    let library = library();
    let mut p = Play::new(&library, "etjanst-1177", "boka-tid");
    p.path(&["logga-in"]);
    assert!(matches!(p.press("annan"), Outcome::Wrong { .. }));
    p.path(&["samma"]);
    p.code("000000");
    assert!(matches!(p.press("identifiera"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("boka-tid-kod-tips"));
    p.code("614208");
    p.path(&["identifiera"]);
    assert!(matches!(p.press("journal"), Outcome::Wrong { .. }));
    p.path(&["boka"]);
    assert!(matches!(p.press("tandvard"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("boka-tid-mottagning-tips"));
    p.path(&["norr", "tid-2"]);
    assert_eq!(p.press("bekrafta"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 5);
}

#[test]
fn digital_mailbox_open_the_app_log_in_and_read() {
    let library = library();
    let mut p = Play::new(&library, "digital-brevlada", "brevladan");
    p.path(&["app", "logga-in"]);
    p.code("290731");
    p.path(&[
        "identifiera",
        "oppna-kommun",
        "kommun-tillbaka",
        "oppna-tand",
    ]);
    assert!(matches!(p.press("svar-vet-ej"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("brevladan-las-tips"));
    assert!(matches!(p.press("svar-fel"), Outcome::Wrong { .. }));
    assert_eq!(p.press("svar-ratt"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 3);
}

#[test]
fn digital_mailbox_the_link_in_the_text_message_is_a_trap() {
    let library = library();
    let mut p = Play::new(&library, "digital-brevlada", "brevladan");
    p.path(&["oppna-sms"]);
    assert_eq!(p.press("lank"), Outcome::Trap { trap: 0 });
    assert_eq!(p.trap(), Some("sms-lank"));
    p.input(Input::TryAgain);
    p.path(&["sms-tillbaka", "app", "logga-in"]);
    p.code("290731");
    p.path(&["identifiera", "oppna-tand"]);
    assert_eq!(p.press("svar-ratt"), Outcome::Goal);
    let s = p.practice.summary();
    assert_eq!(s.traps, ["sms-lank"]);
    assert_eq!(s.attempts, 2);
}

#[test]
fn library_renew_both_books_that_can_be_renewed() {
    let library = library();
    let mut p = Play::new(&library, "biblioteket", "lana-om");
    assert!(matches!(p.press("sok"), Outcome::Wrong { .. }));
    p.path(&["logga-in"]);
    p.code("2468");
    p.path(&["skicka-kod", "lana-om-2"]);
    assert!(!p.can_press("lana-om-2"), "a renewed book has no button");
    assert!(matches!(p.press("lana-om-3"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("lana-om-ko-tips"));
    assert_eq!(p.press("lana-om-1"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 3);
}

#[test]
fn payment_to_a_friend_then_cancel_when_the_name_is_wrong() {
    let library = library();
    let mut p = Play::new(&library, "swish", "betala");
    p.path(&["ny-1", "maria", "kr-150", "betala-1"]);
    p.code("527384");
    p.path(&["godkann", "ny-2", "till-numret"]);
    assert_eq!(p.press("avbryt-2"), Outcome::Goal);
    let s = p.practice.summary();
    assert!(s.success && s.attempts == 1 && s.traps.is_empty());
}

#[test]
fn payment_paying_the_wrong_name_is_a_trap_and_slips_get_hints() {
    let library = library();
    let mut p = Play::new(&library, "swish", "betala");
    p.path(&["ny-1"]);
    assert!(matches!(p.press("olle"), Outcome::Wrong { .. }));
    p.path(&["maria"]);
    assert!(matches!(p.press("kr-1500"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("betala-belopp-tips"));
    p.path(&["kr-150"]);
    assert!(matches!(p.press("avbryt-1"), Outcome::Wrong { .. }));
    p.path(&["betala-1"]);
    p.code("527384");
    p.path(&["godkann", "ny-2", "till-numret"]);
    assert_eq!(p.press("betala-2"), Outcome::Trap { trap: 0 });
    assert_eq!(p.trap(), Some("fel-namn"));
    p.input(Input::TryAgain);
    assert_eq!(p.on_show(), ["kolla-2"]);
    assert_eq!(p.press("avbryt-2"), Outcome::Goal);
    let s = p.practice.summary();
    assert_eq!(s.traps, ["fel-namn"]);
    assert_eq!(s.attempts, 5);
}

#[test]
fn selling_check_your_own_app_before_handing_over() {
    let library = library();
    let mut p = Play::new(&library, "swish", "salja");
    p.path(&["kolla"]);
    assert_eq!(p.press("svara"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 1);
}

#[test]
fn selling_handing_over_on_a_picture_or_using_bankid_are_traps() {
    let library = library();
    let mut p = Play::new(&library, "swish", "salja");
    assert_eq!(p.press("lamna"), Outcome::Trap { trap: 0 });
    p.input(Input::TryAgain);
    assert_eq!(p.press("bankid"), Outcome::Trap { trap: 1 });
    p.input(Input::TryAgain);
    p.path(&["kolla"]);
    assert_eq!(p.press("app-lamna"), Outcome::Trap { trap: 0 });
    p.input(Input::TryAgain);
    assert_eq!(p.press("svara"), Outcome::Goal);
    let s = p.practice.summary();
    assert_eq!(s.traps, ["gav-cykeln", "bankid-for-pengar", "gav-cykeln"]);
    assert_eq!(s.attempts, 4);
}

// ── Read and reply (epost-lasa-svara) ─────────────────────────────────────

#[test]
fn reply_open_karins_letter_reply_and_send() {
    let library = library();
    let mut p = Play::new(&library, "epost-lasa-svara", "svara-karin");
    assert_eq!(p.on_show(), ["inkorg"]);
    assert!(!p.practice.done, "the inbox is the goal only once replied");
    p.path(&["oppna-karin", "svara"]);
    assert_eq!(p.on_show(), ["svar"]);
    assert_eq!(p.type_in("svar-text", "Ja gärna, vi ses!"), Outcome::Typed);
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert!(p.flag("svarat"));
    let s = p.practice.summary();
    assert!(s.success);
    assert_eq!(s.attempts, 1);
}

#[test]
fn reply_forwarding_an_empty_reply_and_the_wrong_letter_get_hints() {
    let library = library();
    let mut p = Play::new(&library, "epost-lasa-svara", "svara-karin");
    p.path(&["oppna-bibl"]);
    assert!(matches!(p.press("svara-bibl"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("svara-karin-bibl-tips"));
    p.path(&["bibl-inkorg", "oppna-karin"]);
    assert!(matches!(p.press("vidare"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("svara-karin-vidare-tips"));
    p.path(&["svara"]);
    assert!(matches!(p.press("skicka"), Outcome::Wrong { .. }));
    assert_eq!(p.hint().as_deref(), Some("svara-karin-skicka-tips"));
    // Cancelling goes back to the letter; nothing is sent.
    p.path(&["avbryt", "karin-inkorg"]);
    assert!(!p.practice.done);
    p.path(&["oppna-karin", "svara"]);
    p.type_in("svar-text", "ok");
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 4);
}

// ── A new letter (epost-skriva) ───────────────────────────────────────────

#[test]
fn new_letter_to_karin_from_the_address_book() {
    let library = library();
    let mut p = Play::new(&library, "epost-skriva", "nytt-brev");
    p.path(&["nytt", "adressbok", "valj-karin"]);
    assert!(p.flag("till-karin"));
    p.type_in("amne", "Fika");
    p.type_in("text", "Hej Karin! Ses vi på lördag?");
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert!(!p.flag("till-karin"), "the next letter starts empty");
    assert_eq!(p.practice.summary().attempts, 1);
}

#[test]
fn new_letter_needs_karin_a_subject_and_words() {
    let library = library();
    let mut p = Play::new(&library, "epost-skriva", "nytt-brev");
    p.path(&["nytt"]);
    p.type_in("amne", "Fika");
    p.type_in("text", "Hej");
    assert!(
        matches!(p.press("skicka"), Outcome::Wrong { .. }),
        "nobody at To"
    );
    assert_eq!(p.hint().as_deref(), Some("nytt-brev-skicka-tips"));
    p.path(&["adressbok", "valj-olle"]);
    assert!(
        matches!(p.press("skicka"), Outcome::Wrong { .. }),
        "Olle is not Karin"
    );
    p.path(&["adressbok", "valj-karin"]);
    assert!(p.flag("till-karin") && !p.flag("till-olle"));
    p.type_in("amne", " ");
    assert!(
        matches!(p.press("skicka"), Outcome::Wrong { .. }),
        "no subject"
    );
    p.type_in("amne", "Fika");
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 4);
}

// ── A picture (epost-bifoga) ──────────────────────────────────────────────

#[test]
fn attach_the_flower_and_send() {
    let library = library();
    let mut p = Play::new(&library, "epost-bifoga", "skicka-bild");
    assert_eq!(p.on_show(), ["skriv"]);
    p.type_in("text", "Titta vad fin!");
    p.path(&["bifoga", "bild-blomma"]);
    assert!(p.flag("bild-blomma"));
    assert!(!p.can_press("bifoga"), "one picture: remove it to change");
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert_eq!(p.on_show(), ["skickat"]);
    assert_eq!(p.practice.summary().attempts, 1);
}

#[test]
fn attach_the_wrong_picture_remove_it_and_choose_again() {
    let library = library();
    let mut p = Play::new(&library, "epost-bifoga", "skicka-bild");
    p.type_in("text", "Hej Lisa");
    assert!(
        matches!(p.press("skicka"), Outcome::Wrong { .. }),
        "no picture"
    );
    p.path(&["bifoga", "bild-stuga"]);
    assert!(
        matches!(p.press("skicka"), Outcome::Wrong { .. }),
        "the cottage is not the flower"
    );
    assert_eq!(p.hint().as_deref(), Some("skicka-bild-skicka-tips"));
    assert_eq!(p.press("ta-bort"), Outcome::Moved);
    assert!(!p.flag("bild") && !p.flag("bild-stuga"));
    assert_eq!(
        p.practice.typed.get("text").map(String::as_str),
        Some("Hej Lisa"),
        "the words stay"
    );
    p.path(&["bifoga", "bilder-tillbaka", "bifoga", "bild-blomma"]);
    assert_eq!(p.press("skicka"), Outcome::Goal);
    assert_eq!(p.practice.summary().attempts, 3);
}
