//! A course session in headless UI simulations: a tutor sets up a course,
//! a participant picks their name and asks for help, the tutor sees the
//! request on the dashboard and resolves it, and the participant's screen
//! updates. Everything through the real views and the real store.

mod common;

use common::Harness;
use iced::keyboard::key::Named;
use stegvis::app::Screen;
use stegvis::screen::code::{CODE_ID, REPEAT_ID};
use stegvis::screen::tutor::Page;

const COURSE_NAME_ID: &str = "tutor-course-name";
const ADD_ID: &str = "tutor-add";

/// First use: Home → "För handledare" → choose the code → create a course.
/// The window is tall so that the tutor's long pages need no scrolling.
fn tutor_creates_course(h: &mut Harness) {
    h.size = iced::Size::new(1024.0, 2400.0);
    h.click("För handledare");
    assert!(h.shows("Välj en kod för handledare. Alla handledare i kursen använder samma kod."));
    h.type_into(CODE_ID, "4711");
    h.type_into(REPEAT_ID, "4711");
    h.click("Spara koden");
    assert!(h.shows("Kurser"), "the tutor area opened");
    h.type_into(COURSE_NAME_ID, "Stadsbiblioteket");
    h.click("Skapa kursen");
    assert!(h.shows("Stadsbiblioteket"));
}

/// The course page (a new course opens by itself).
fn open_course(h: &mut Harness) {
    if !matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Course { .. })) {
        h.click("Stadsbiblioteket");
    }
    assert!(matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Course { .. })));
}

/// Esc backs out of the tutor area: course → courses → start.
fn leave_tutor(h: &mut Harness) {
    while matches!(h.app.screen(), Screen::Tutor(_)) {
        h.key(Named::Escape);
    }
    assert!(h.shows("Vem är du i dag?"));
}

fn add(h: &mut Harness, name: &str) {
    h.type_into(ADD_ID, name);
    h.submit(ADD_ID);
}

fn enter_code(h: &mut Harness, code: &str) {
    h.type_into(CODE_ID, code);
    h.submit(CODE_ID);
}

#[test]
fn a_whole_session_with_a_help_request() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);

    // A personal identity number is refused with a plain message.
    add(&mut h, "Karin 450312");
    assert!(h.shows(
        "Skriv inga siffror som personnummer eller telefonnummer. Bara förnamn och en bokstav."
    ));
    // Full-width digits are digits, and hidden characters are refused too.
    for (name, refusal) in [
        (
            "Karin \u{FF14}\u{FF15}\u{FF10}\u{FF13}",
            "Skriv inga siffror som personnummer eller telefonnummer. Bara förnamn och en bokstav.",
        ),
        (
            "Karin \u{202E}.L",
            "Namnet har dolda tecken. Skriv det igen med vanliga bokstäver.",
        ),
    ] {
        let _ = h.app.update(stegvis::app::Message::Tutor(
            stegvis::screen::tutor::Message::AddName(String::new()),
        ));
        add(&mut h, name);
        assert!(h.shows(refusal), "{name:?}");
    }
    // The field still holds what was typed; clear it by rebuilding the page.
    let _ = h.app.update(stegvis::app::Message::Tutor(
        stegvis::screen::tutor::Message::AddName(String::new()),
    ));
    add(&mut h, "Karin L.");
    add(&mut h, "Åke B.");
    assert!(h.shows("Karin L.") && h.shows("Åke B."));

    assert!(!h.shows("En deltagare vill ha hjälp nu."));
    let today = time::OffsetDateTime::now_utc().date();
    let heading = format!("Träff 1, {}", stegvis::i18n::long_date(today, today.year()));
    assert!(h.shows(&heading), "the date in words: {heading}");
    h.click("Starta den här träffen");
    assert!(h.shows("Träffen är igång på den här datorn."));

    // Attendance: Karin is here.
    h.click("Inte här");
    assert!(h.shows("Här"), "the toggle now says present");

    // Hand over to the participant.
    leave_tutor(&mut h);
    h.click("Jag är deltagare");
    h.click("Karin L.");
    assert!(h.shows("Välkommen, Karin L.!"));
    assert!(h.shows("I dag: träff 1 av 10"));

    // A lesson, and help.
    h.click("Börja ›");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    h.click("Jag vill ha hjälp");
    assert!(h.shows("En handledare kommer snart."));

    // The tutor comes (on this PC): a wrong code first, kindly refused.
    h.key(Named::Escape);
    h.click("Byt deltagare");
    assert!(h.shows("Vad heter du?"), "back to the name list");
    h.click("‹ Tillbaka till start");
    h.click("Jag är handledare");
    enter_code(&mut h, "1111");
    assert!(h.shows("Koden stämmer inte. Försök igen i lugn och ro."));
    enter_code(&mut h, "4711");
    assert!(matches!(h.app.screen(), Screen::Tutor(_)));
    assert!(
        h.shows("En deltagare vill ha hjälp nu."),
        "the course page says someone is waiting"
    );
    h.click("Översikt ›");
    assert!(h.shows("Behöver hjälp nu"));
    assert!(h.shows("Karin L.: Första testlektionen, steg 1"));
    assert!(h.shows("nyss"), "minutes since the request");
    h.click("Klart, jag har hjälpt");
    assert!(h.shows("Ingen har bett om hjälp just nu."));
    assert!(h.shows("Här i dag"), "attendance shows on the dashboard");

    // Back as Karin: the lesson resumes and the help notice is gone.
    h.key(Named::Escape);
    h.key(Named::Escape);
    h.key(Named::Escape);
    h.click("Jag är deltagare");
    h.click("Karin L.");
    assert!(h.shows("Välkommen tillbaka, Karin L.!"));
    h.click("Fortsätt ›");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    assert!(h.shows("Jag vill ha hjälp"));
    assert!(!h.shows("En handledare kommer snart."));
}

#[test]
fn the_senior_can_take_back_a_help_request() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    add(&mut h, "Karin L.");
    leave_tutor(&mut h);
    h.click("Jag är deltagare");
    h.click("Karin L.");
    h.click("Börja ›");
    h.click("Jag vill ha hjälp");
    h.click("Jag behöver ingen hjälp längre");
    assert!(h.shows("Jag vill ha hjälp"));
    // The tutor's dashboard has nothing open.
    h.key(Named::Escape);
    h.click("Byt deltagare");
    assert!(h.shows("Vad heter du?"), "back to the name list");
    h.click("‹ Tillbaka till start");
    h.click("Jag är handledare");
    enter_code(&mut h, "4711");
    h.click("Översikt ›");
    assert!(h.shows("Ingen har bett om hjälp just nu."));
}

#[test]
fn a_guest_leaves_nothing_behind() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    leave_tutor(&mut h);
    h.click("Prova som gäst");
    assert!(h.shows("Du är gäst. Inget sparas."));
    h.click("Börja ›");
    h.click("Nästa ›");
    let h = h.restart();
    assert!(
        h.shows("Vem är du i dag?"),
        "a course exists, so the start screen shows"
    );
    assert!(
        h.app.shared().events.is_empty(),
        "nothing of the guest was saved"
    );
}

#[test]
fn removing_a_participant_needs_a_clear_yes() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    add(&mut h, "Karin L.");
    // Removing is on the person's page, opened from the overview.
    h.click("Översikt ›");
    h.click("Karin L.");
    h.click("Ta bort");
    assert!(h.shows("Ta bort Karin L. och allt som sparats om Karin L.? Det går inte att ångra."));
    h.click("Nej, behåll");
    assert!(h.shows("Karin L."));
    h.click("Ta bort");
    h.click("Ja, ta bort");
    assert!(!h.shows("Karin L."));
}

#[test]
fn the_dashboard_shows_the_whole_course_and_one_participant_with_a_note() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    add(&mut h, "Karin L.");
    h.click("Starta den här träffen");
    h.click("Inte här");
    leave_tutor(&mut h);
    h.click("Jag är deltagare");
    h.click("Karin L.");
    h.click("Börja ›");
    h.click("Nästa ›");
    h.click("Grön"); // a wrong answer
    h.key(Named::Escape);
    h.click("Byt deltagare");
    h.click("‹ Tillbaka till start");
    h.click("Jag är handledare");
    enter_code(&mut h, "4711");
    h.click("Översikt ›");
    assert!(h.shows("Här i dag"));
    h.click("Hela kursen");
    assert!(h.shows("1/10"), "sessions attended, in the table");
    h.click("Karin L.");
    assert!(h.shows("Var med på 1 av 10 träffar"));
    assert!(h.shows("E-post: 0 av 2 klara"));
    assert!(h.shows("Första testlektionen"));
    assert!(h.shows("Påbörjad"));
    assert!(h.shows("Rätt svar: 0. Fel svar: 1. Bad om hjälp: 0. Tid: 0 min."));
    h.type_into(stegvis::screen::tutor::NOTE_ID, "Vill ha större mus");
    h.click("Spara anteckningen");
    h.key(Named::Escape);
    h.click("Karin L.");
    assert!(h.shows("Vill ha större mus"), "the note was saved");
}

#[test]
fn a_tutor_edits_the_course_and_moves_a_session() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    let first = match h.app.screen() {
        Screen::Tutor(t) => t.course().map(|c| c.sessions[0].date),
        _ => None,
    }
    .expect("a course is open");
    h.click("En dag senare ›");
    let moved = match h.app.screen() {
        Screen::Tutor(t) => t.course().map(|c| c.sessions[0].date),
        _ => None,
    };
    assert_eq!(
        moved,
        Some(first.next_day().expect("date")),
        "session 1 moved a day"
    );

    assert!(h.shows("Inga handledare är inskrivna. Skriv era förnamn under Ändra kursen."));
    h.click("Ändra kursen");
    h.type_into(stegvis::screen::tutor::edit::EDIT_NAME_ID, ", våren");
    h.type_into(stegvis::screen::tutor::edit::EDIT_TUTORS_ID, "Ahmed, Sara");
    h.click("En färre");
    h.click("En färre");
    h.click("Spara ändringarna");
    assert!(h.shows("Stadsbiblioteket, våren"));
    assert!(h.shows("Handledare: Ahmed, Sara"));
    let mut h = h.restart();
    let tutors = stegvis::store::Store::open(h.data.path())
        .expect("open")
        .store
        .courses()
        .expect("courses")[0]
        .tutors
        .clone();
    assert_eq!(tutors, ["Ahmed", "Sara"], "saved for good");
    h.size = iced::Size::new(1024.0, 2400.0);
    h.click("Jag är handledare");
    enter_code(&mut h, "4711");
    assert!(h.shows("Handledare: Ahmed, Sara"), "after a restart too");
    let count = match h.app.screen() {
        Screen::Tutor(t) => t.course().map(|c| c.sessions.len()),
        _ => None,
    };
    assert_eq!(count, Some(8));

    // A bad date is explained and nothing is saved.
    h.click("Ändra kursen");
    let _ = h.app.update(stegvis::app::Message::Tutor(
        stegvis::screen::tutor::Message::Edit(stegvis::screen::tutor::edit::Field::First(
            "12 januari".into(),
        )),
    ));
    h.click("Spara ändringarna");
    assert!(h.shows("Skriv datumet som år-månad-dag, till exempel 2027-01-12."));
}

#[test]
fn the_staff_report_is_saved_from_the_tutor_area() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    add(&mut h, "Karin L.");
    h.click("‹ Alla kurser");
    h.click("Spara rapporten");
    let dir = stegvis::paths::reports_dir(h.data.path());
    let saved = format!("Rapporten är sparad i mappen {}", dir.display());
    assert!(h.shows(&saved), "the folder is named");
    let today = time::OffsetDateTime::now_utc().date();
    for ext in ["html", "csv"] {
        let name = stegvis::report::file_name(
            if ext == "html" {
                stegvis::report::Format::Html
            } else {
                stegvis::report::Format::Csv
            },
            today,
            false,
        );
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).expect("report written");
        assert!(text.contains("Karin L."), "{ext}: {text}");
        if !dir.starts_with(h.data.path()) {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[test]
fn the_report_without_names_is_beside_the_report_button() {
    let mut h = Harness::new();
    tutor_creates_course(&mut h);
    open_course(&mut h);
    add(&mut h, "Karin L.");
    h.click("‹ Alla kurser");
    h.click("Spara rapporten utan namn");
    let dir = stegvis::paths::reports_dir(h.data.path());
    let today = time::OffsetDateTime::now_utc().date();
    let name = stegvis::report::file_name(stegvis::report::Format::Html, today, true);
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).expect("anonymous report written");
    assert!(!text.contains("Karin L."), "no names: {text}");
    assert!(text.contains("Deltagare 1"), "numbered instead");
    if !dir.starts_with(h.data.path()) {
        let _ = std::fs::remove_file(path);
    }
}
