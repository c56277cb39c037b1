//! A class of 15 on the tutor's screens: the dashboard's table fits a
//! 1280×800 window (15 rows at 100 %, 8 at 175 %), those who need help come
//! first with the help mark on their row, a row opens the person's page,
//! and attendance is one press (or one Space) per name on rows ≤ 80 px.

mod common;

use common::Harness;
use iced::Rectangle;
use iced::keyboard::key::Named;
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::{Message, Screen};
use stegvis::model::progress::EventKind;
use stegvis::screen::tutor::{self, Page};
use stegvis::screen::{code, start};

const NAMES: [&str; 15] = [
    "Anna K.",
    "Bertil S.",
    "Cecilia M.",
    "Dagny P.",
    "Erik J.",
    "Fatima A.",
    "Gunnar L.",
    "Hjördis N.",
    "Ingvar B.",
    "Jamila R.",
    "Karin L.",
    "Lennart Ö.",
    "Margit H.",
    "Nils-Åke T.",
    "Olga W.",
];

/// A course with the 15 participants of [`NAMES`], all but the last three
/// here today, some part way into lessons with wrong answers; `help` of
/// them (from the fourth on) waiting for help.
fn class_of_15(dir: &std::path::Path, help: usize) {
    let mut store = stegvis::store::Store::open(dir).expect("open").store;
    let course = store
        .create_course(
            "Stadsbiblioteket, våren 2027",
            "Kalmar",
            time::macros::date!(2027 - 01 - 12),
            10,
        )
        .expect("course");
    store.start_session(&course.id, 1).expect("start");
    for (i, name) in NAMES.iter().enumerate() {
        let p = store.add_participant(&course.id, name).expect("add");
        if i < 12 {
            store
                .set_attendance(&course.id, 1, &p.id, true)
                .expect("present");
        }
        if i % 2 == 0 {
            let who = Some(p.id.as_str());
            store
                .record(who, "ui-first", EventKind::LessonStarted)
                .expect("record");
            store
                .record(who, "ui-first", EventKind::StepReached { step: 1 })
                .expect("record");
            for _ in 0..(i % 5) {
                store
                    .record(
                        who,
                        "ui-first",
                        EventKind::AnswerGiven {
                            step: 1,
                            answer: 0,
                            correct: false,
                        },
                    )
                    .expect("record");
            }
        }
        if (3..3 + help).contains(&i) {
            // A moment apart, so the requests have an order.
            std::thread::sleep(std::time::Duration::from_millis(5));
            store
                .record(
                    Some(&p.id),
                    "ui-second",
                    EventKind::HelpRequested { step: 0 },
                )
                .expect("record");
        }
    }
    store.set_tutor_code("4711").expect("code");
}

/// The app on a class of 15 in a 1280×800 window at `scale`, on the
/// course page.
fn course_page(scale: &str, help: usize) -> Harness {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        config.path().join("settings.toml"),
        format!("text_scale = {scale}\n"),
    )
    .expect("settings");
    class_of_15(data.path(), help);
    let mut h = Harness::open(config, data, iced::Size::new(1280.0, 800.0));
    h.apply(vec![
        Message::Start(start::Message::Tutor),
        Message::Code(code::Message::Code("4711".into())),
        Message::Code(code::Message::Submit),
    ]);
    assert!(
        matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Course { .. })),
        "the only course opens: {:?}",
        h.app.screen()
    );
    h
}

fn dashboard(scale: &str, help: usize) -> Harness {
    let mut h = course_page(scale, help);
    h.apply(vec![Message::Tutor(tutor::Message::Dashboard)]);
    h
}

/// A text's layout bounds and the part of it on screen.
type Seen = Option<(Rectangle, Option<Rectangle>)>;

/// The layout bounds and visible part of the first text equal to each of `wanted`.
fn texts(h: &Harness, wanted: &[&str]) -> Vec<Seen> {
    let all = common::practice::all_texts(h);
    wanted
        .iter()
        .map(|w| {
            all.iter()
                .find(|(content, _, _)| content == w)
                .map(|(_, bounds, shown)| (*bounds, *shown))
        })
        .collect()
}

/// The dashboard's rows' names, in the order shown.
fn row_names(h: &Harness) -> Vec<String> {
    match h.app.screen() {
        Screen::Tutor(t) => t.data.rows.iter().map(|r| r.name.clone()).collect(),
        other => panic!("not the tutor area: {other:?}"),
    }
}

fn fully_visible(found: &Seen) -> bool {
    matches!(found, Some((b, Some(v))) if (b.height - v.height).abs() < 0.5 && (b.y - v.y).abs() < 0.5)
}

#[test]
fn fifteen_rows_fit_a_1280_by_800_window_at_100_percent() {
    let h = dashboard("1.0", 0);
    let names = row_names(&h);
    assert_eq!(names.len(), 15);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let found = texts(&h, &refs);
    for (name, f) in names.iter().zip(&found) {
        assert!(fully_visible(f), "{name} is not fully on screen: {f:?}");
    }
    // Rows are one line each.
    let ys: Vec<f32> = found.iter().flatten().map(|(b, _)| b.y).collect();
    for pair in ys.windows(2) {
        let pitch = pair[1] - pair[0];
        assert!(
            (30.0..=42.0).contains(&pitch),
            "rows are {pitch:.1} px apart"
        );
    }
}

#[test]
fn eight_rows_fit_the_window_at_175_percent() {
    let h = dashboard("1.75", 2);
    let viewport = h.viewport();
    let names = row_names(&h);
    let mut wanted: Vec<&str> = vec!["Namn"];
    wanted.extend(names.iter().take(8).map(String::as_str));
    let found = texts(&h, &wanted);
    let header = found[0].expect("the table has a header").0;
    let eighth = found[8].expect("an eighth row").0;
    let span = eighth.y + eighth.height + 6.0 - header.y;
    assert!(
        span <= viewport.height,
        "the header and 8 rows take {span:.0} of {:.0} px",
        viewport.height
    );
    // Nothing runs past the window's right edge.
    for (name, f) in wanted.iter().zip(&found) {
        let (b, _) = f.expect("found");
        assert!(
            b.x + b.width <= viewport.width + 0.5,
            "{name} runs past the edge: {b:?}"
        );
    }
}

#[test]
fn those_waiting_for_help_come_first_with_the_mark_on_their_row() {
    let h = dashboard("1.0", 2);
    let names = row_names(&h);
    // Dagny P. and Erik J. asked (in that order); then the present by
    // wrong answers; the three not here last.
    assert_eq!(&names[..2], ["Dagny P.", "Erik J."]);
    let mut absent = names[12..].to_vec();
    absent.sort();
    assert_eq!(absent, ["Margit H.", "Nils-Åke T.", "Olga W."]);
    let rows = match h.app.screen() {
        Screen::Tutor(t) => t.data.rows.clone(),
        _ => unreachable!(),
    };
    let wrongs: Vec<usize> = rows[2..12].iter().map(|r| r.wrong).collect();
    assert!(
        wrongs.windows(2).all(|w| w[0] >= w[1]),
        "most wrong answers first: {wrongs:?}"
    );
    // The help mark: "☝ nu" on the two rows, both in view at once.
    let found = texts(&h, &["Dagny P.", "Erik J.", "nu"]);
    assert!(fully_visible(&found[0]) && fully_visible(&found[1]));
    let (mark, _) = found[2].expect("a help mark on a row");
    let (dagny, _) = found[0].expect("Dagny's row");
    assert!(
        (mark.y - dagny.y).abs() < 4.0,
        "the mark is on Dagny's row: {mark:?} {dagny:?}"
    );
    // The help list with its "done" buttons is still there.
    assert!(h.shows("Behöver hjälp nu"));
    assert!(h.shows("Dagny P.: Andra testlektionen, steg 1"));
}

#[test]
fn a_row_opens_the_persons_page_by_mouse_and_by_keyboard() {
    let mut h = dashboard("1.0", 0);
    let first = row_names(&h)[0].clone();
    h.click("Karin L.");
    assert!(
        matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Participant { .. })),
        "the row opened the page"
    );
    assert!(h.shows("Var med på 1 av 10 träffar"));
    h.key(Named::Escape);
    // Tab from the top: back, then the first row (the help list is one line).
    h.key(Named::Tab);
    h.key(Named::Tab);
    h.key(Named::Enter);
    assert!(
        matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Participant { .. })),
        "Enter on the first row opened the page"
    );
    assert!(h.shows(&first), "{first}'s page");
}

/// The index in the Tab order of the control around the text `label`.
fn focus_index(h: &Harness, label: &str) -> usize {
    let (b, _) = texts(h, &[label])[0].unwrap_or_else(|| panic!("no {label:?}"));
    let centre = b.center();
    let ids: Vec<iced::widget::Id> = (0..200).map(stegvis::widget::reveal::focus_id).collect();
    let found: Arc<Mutex<Option<usize>>> = Arc::default();
    let sink = Arc::clone(&found);
    let mut ui = h.simulator();
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Container {
            id: Some(id),
            bounds,
            ..
        } = c
            && bounds.contains(centre)
            && let Some(i) = ids.iter().position(|x| x == id)
            && let Ok(mut f) = sink.lock()
        {
            *f = Some(i);
        }
        None
    });
    let guard = found.lock().expect("lock");
    guard.unwrap_or_else(|| panic!("{label:?} is not in a control"))
}

#[test]
fn fifteen_people_are_marked_present_with_one_space_each() {
    let mut h = course_page("1.0", 0);
    // Nobody is marked yet for session 2.
    h.apply(vec![Message::Tutor(tutor::Message::Session(1))]);
    let present = |h: &Harness| match h.app.screen() {
        Screen::Tutor(t) => t.data.present.len(),
        _ => 0,
    };
    assert_eq!(present(&h), 0);
    // Rows ≤ 80 px apart, each a target ≥ 64 px.
    let found = texts(&h, &NAMES);
    let ys: Vec<f32> = found
        .iter()
        .map(|f| f.expect("every name shows").0.y)
        .collect();
    for pair in ys.windows(2) {
        let pitch = pair[1] - pair[0];
        assert!(pitch <= 80.0, "attendance rows are {pitch:.1} px apart");
        assert!(
            pitch >= 64.0,
            "attendance rows are only {pitch:.1} px apart"
        );
    }
    let first = focus_index(&h, NAMES[0]);
    h.apply(vec![Message::Focus(Some(first))]);
    let mut keys = 1; // Tab to the first name.
    for _ in NAMES {
        h.key(Named::Space);
        keys += 1;
    }
    assert_eq!(present(&h), 15, "one Space per name marked everyone");
    // "15 people in under 60 s", estimated with the keystroke-level model
    // (Card, Moran & Newell): per name a moment to find the person in the
    // room and on the list (M = 1.35 s), and the presses it takes (K =
    // 0.28 s a key; by mouse P = 1.1 s to point and 2 × B = 0.2 s to
    // click, plus a point-and-scroll for each further screenful of rows).
    let (m, k, p, b) = (1.35, 0.28, 1.1, 0.1);
    let by_keyboard = 15.0 * m + f64::from(keys) * k;
    let list = f64::from(ys[14] - ys[0] + (ys[1] - ys[0]));
    let screens = (list / f64::from(h.size.height)).ceil();
    let by_mouse = 15.0 * (m + p + 2.0 * b) + (screens - 1.0) * (p + 2.0 * b);
    assert!(
        by_keyboard < 60.0 && by_mouse < 60.0,
        "15 names take {by_keyboard:.0} s by keyboard, {by_mouse:.0} s by mouse"
    );
    // And by mouse: one click per name takes one away again.
    h.size = iced::Size::new(1280.0, 2400.0);
    h.click("Karin L.");
    assert_eq!(present(&h), 14);
}

#[test]
fn removing_a_participant_is_on_their_page_and_no_is_the_main_action() {
    let mut h = dashboard("1.0", 0);
    h.size = iced::Size::new(1280.0, 2400.0);
    h.click("Karin L.");
    h.click("Ta bort");
    assert!(h.shows("Ta bort Karin L. och allt som sparats om Karin L.? Det går inte att ångra."));
    h.click("Nej, behåll");
    h.click("Byt namn");
    h.type_into(stegvis::screen::tutor::RENAME_ID, "a");
    h.click("Spara namnet");
    assert!(h.shows("Karin L.a"));
    h.click("Ta bort");
    h.click("Ja, ta bort");
    assert!(
        matches!(h.app.screen(), Screen::Tutor(t) if matches!(t.page, Page::Dashboard { .. })),
        "back on the dashboard"
    );
    assert_eq!(row_names(&h).len(), 14);
    assert!(!h.shows("Karin L.a"));
}
