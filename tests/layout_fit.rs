//! What a senior needs is on screen together, at 100, 175 and 250 % text,
//! in the course PCs' 1280×800 window and the smallest supported 1024×768:
//! in every shipped practice the control that reaches the goal (with the
//! focus ring on it, as a keyboard user gets there), the note on the desk
//! and the line the task asks to check (`check = true`); on Home the
//! suggested lesson and a topic, without scrolling.

mod common;

use common::Harness;
use common::paths::PRACTICE_PATHS;
use common::practice::{redrawn, shipped_in, tab_to};
use iced::Rectangle;
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::Message;
use stegvis::model::practice::Input;
use stegvis::model::scenario::Part;
use stegvis::screen::lesson;

const SCALES: [&str; 3] = ["1.0", "1.75", "2.5"];
const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (1024.0, 768.0)];

/// A text scale and a window width.
type Case = (&'static str, f32);

/// Where the goal control, the note and the line to check cannot all be
/// on screen together: (scenario, (text scale, window width) cases, why).
/// The test checks that each still cannot, so the list stays true; the
/// figures in the reasons are logical pixels measured on 2026-12-06. All
/// are 250 % in the smallest supported window, 1024×768, whose page is
/// 213 px tall under the pinned strip and the Tillbaka/Nästa bar; at
/// 1280×800 every practice fits at every size.
const CANNOT_FIT: &[(&str, &[Case], &str)] = &[
    (
        "logga-in-qr",
        &[("2.5", 1024.0)],
        "\"Är det du som vill logga in hos Vårdportalen? Skriv då din kod och tryck på \
         Identifiera.\" is three lines, above the code and Identifiera: 223 px, the page has 213",
    ),
    (
        "samma-enhet",
        &[("2.5", 1024.0)],
        "as in logga-in-qr: the question, the code and Identifiera need 223 px; the page has 213",
    ),
    (
        "falska-sms",
        &[("2.5", 1024.0)],
        "the whole fake text message is the line to check, four lines and its sender above \
         Ta bort: 231 px, the page has 213",
    ),
    (
        "salja",
        &[("2.5", 1024.0)],
        "\"Inga nya betalningar\" and the latest payment come before the answer to the \
         buyer: 234 px, the page has 213",
    ),
];

fn press(h: &mut Harness, input: Input) {
    let _ = h
        .app
        .update(Message::Lesson(lesson::Message::Practice(input)));
}

/// Plays `path` as in tests/layout.rs: `#` digits, `field=words`, `!again`.
fn play(h: &mut Harness, path: &[&str]) {
    for step in path {
        if *step == "!again" {
            press(h, Input::TryAgain);
        } else if let Some(digits) = step.strip_prefix('#') {
            for d in digits.bytes() {
                press(h, Input::Digit(d - b'0'));
            }
        } else if let Some((field, text)) = step.split_once('=') {
            press(
                h,
                Input::Type {
                    field: field.into(),
                    text: text.into(),
                },
            );
        } else {
            press(h, Input::Press((*step).into()));
        }
    }
}

/// The words shown on the control `id` of `scenario` in `lesson_id`.
fn label_of(h: &Harness, lesson_id: &str, scenario: &str, id: &str) -> String {
    let lesson = h.app.shared().library.get(lesson_id).expect("lesson");
    let scenario = lesson.scenario(scenario).expect("scenario");
    let part = scenario
        .screens
        .iter()
        .flat_map(|s| s.all_parts())
        .find(|p| p.control().is_some_and(|c| c.id == id))
        .unwrap_or_else(|| panic!("no control {id}"));
    let words = match part {
        Part::Button { text, .. }
        | Part::Link { text, .. }
        | Part::Choice { text, .. }
        | Part::Photo { text, .. } => text,
        Part::SmsRow { from, .. } | Part::EmailRow { from, .. } => from,
        Part::Contact { name, .. } => name,
        other => panic!("{other:?} is not a control"),
    };
    lesson.text("sv", words)
}

/// What is on screen after the window's next redraw (which carries out
/// the scroll the focus asked for).
#[derive(Default)]
struct Seen {
    /// The focused control's frame: its bounds and the part on screen.
    ring: Option<(Rectangle, Option<Rectangle>)>,
    /// Every line to check.
    checks: Vec<(Rectangle, Option<Rectangle>)>,
    /// The desk's notes.
    desk: Option<(Rectangle, Option<Rectangle>)>,
    /// The lesson's scroll area.
    area: Option<Rectangle>,
}

fn seen(h: &Harness) -> Seen {
    let found: Arc<Mutex<Seen>> = Arc::default();
    let sink = Arc::clone(&found);
    let ring = h.app.focus.map(stegvis::widget::reveal::focus_id);
    let check = stegvis::widget::sim::check_id();
    let desk = stegvis::widget::sim::desk_id();
    let scroll = iced::widget::Id::new(lesson::SCROLL_ID);
    let mut ui = redrawn(h);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        let mut all = sink.lock().ok()?;
        if let Candidate::Scrollable {
            id: Some(id),
            bounds,
            ..
        } = c
            && *id == scroll
        {
            all.area = Some(bounds);
        }
        if let Candidate::Container {
            id: Some(id),
            bounds,
            visible_bounds,
        } = c
        {
            if Some(id) == ring.as_ref() {
                all.ring = Some((bounds, visible_bounds));
            } else if *id == check {
                all.checks.push((bounds, visible_bounds));
            } else if *id == desk {
                all.desk = Some((bounds, visible_bounds));
            }
        }
        None
    });
    let mut guard = found.lock().expect("lock");
    std::mem::take(&mut *guard)
}

/// Whether all of `bounds` is on screen.
fn wholly((bounds, shown): (Rectangle, Option<Rectangle>)) -> bool {
    shown.is_some_and(|v| v.height >= bounds.height - 0.5 && v.width >= bounds.width - 0.5)
}

/// The nearest line to check above `ring` in the same column, if any.
fn check_for(
    ring: Rectangle,
    checks: &[(Rectangle, Option<Rectangle>)],
) -> Option<(Rectangle, Option<Rectangle>)> {
    checks
        .iter()
        .filter(|(c, _)| c.x < ring.x + ring.width && ring.x < c.x + c.width && c.y <= ring.y)
        .max_by(|a, b| a.0.y.total_cmp(&b.0.y))
        .copied()
}

/// With `STEGVIS_REVIEW_SNAPSHOTS` set, saves what is on screen as
/// `target/snapshots/<name>.png`, for people to look at.
fn save_for_review(h: &Harness, name: &str) {
    if std::env::var_os("STEGVIS_REVIEW_SNAPSHOTS").is_none() {
        return;
    }
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/snapshots");
    std::fs::create_dir_all(&dir).expect("snapshot folder");
    for file in [format!("{name}.png"), format!("{name}-tiny-skia.png")] {
        let _ = std::fs::remove_file(dir.join(file));
    }
    let snapshot = redrawn(h).snapshot(&h.app.theme()).expect("snapshot");
    assert!(
        snapshot
            .matches_image(dir.join(format!("{name}.png")))
            .expect("write")
    );
}

/// Plays `scenario` up to its goal control, puts the focus ring on it by
/// Tab and says what of the three is not on screen (empty: all are).
fn missing_at_goal(
    lesson_id: &str,
    scenario: &str,
    path: &[&str],
    scale: &str,
    (width, height): (f32, f32),
) -> Vec<String> {
    let mut h = shipped_in(&format!("text_scale = {scale}\n"));
    h.size = iced::Size::new(width, height);
    h.open_scenario(lesson_id, Some(scenario));
    let (goal, before) = path.split_last().expect("a path");
    play(&mut h, before);
    let label = label_of(&h, lesson_id, scenario, goal);
    h.app.focus = None;
    tab_to(&mut h, &label);
    let s = seen(&h);
    save_for_review(
        &h,
        &format!("goal-{scenario}-{}-{width}", scale.replace('.', "")),
    );
    let ring = s.ring.expect("the ring is on the goal control");
    let mut missing = Vec::new();
    if !wholly(ring) {
        missing.push("the goal control".to_owned());
    }
    if s.desk.is_some_and(|d| !wholly(d)) {
        missing.push("the note on the desk".to_owned());
    }
    if std::env::var_os("STEGVIS_FIT_REPORT").is_some()
        && let Some(check) = check_for(ring.0, &s.checks)
    {
        eprintln!(
            "FIT {scenario} {scale} {width}: needs {:.0}, page {:.0}",
            ring.0.y + ring.0.height - check.0.y,
            s.area.map_or(0.0, |a| a.height)
        );
    }
    if let Some(check) = check_for(ring.0, &s.checks).filter(|c| !wholly(*c)) {
        let needed = ring.0.y + ring.0.height - check.0.y;
        let room = s.area.map_or(0.0, |a| a.height);
        missing.push(format!(
            "the line to check ({needed:.0} px from it to the control, the page has {room:.0})"
        ));
    }
    missing
}

#[test]
fn every_practice_shows_its_goal_control_note_and_line_to_check_together() {
    let mut failures = Vec::new();
    for (lesson_id, scenario, path) in PRACTICE_PATHS {
        for scale in SCALES {
            for size in SIZES {
                let missing = missing_at_goal(lesson_id, scenario, path, scale, size);
                let excused = CANNOT_FIT.iter().find(|(s, cases, _)| {
                    s == scenario && cases.iter().any(|(sc, w)| *sc == scale && *w == size.0)
                });
                match (missing.is_empty(), excused) {
                    (true, None) => {}
                    (false, Some((_, _, why))) => {
                        eprintln!(
                            "{scenario} at {scale} in {size:?} cannot fit: {why}; now: {}",
                            missing.join(", ")
                        );
                    }
                    (true, Some(_)) => failures.push(format!(
                        "{scenario} at {scale} in {size:?} fits now: take it off CANNOT_FIT"
                    )),
                    (false, None) => failures.push(format!(
                        "{scenario} at {scale} in {size:?}: not on screen: {}",
                        missing.join(", ")
                    )),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn in_swish_the_name_is_in_view_when_the_ring_reaches_betala() {
    // The lesson teaches to read the name before paying: "Till: Kent Ek"
    // must not scroll away when Tab reaches Betala. (At 1024×768 it cannot
    // at 250 %: see `betala` in CANNOT_FIT.)
    {
        let size = (1280.0, 800.0);
        let mut h = shipped_in("text_scale = 2.5\n");
        h.size = iced::Size::new(size.0, size.1);
        h.open_scenario("swish", Some("betala"));
        play(&mut h, common::paths::before("swish", "betala", "betala-2"));
        h.app.focus = None;
        tab_to(&mut h, "Betala");
        let s = seen(&h);
        let ring = s.ring.expect("the ring");
        assert!(wholly(ring), "{size:?}: Betala is on screen");
        let name = check_for(ring.0, &s.checks).expect("the line to check is marked");
        assert!(wholly(name), "{size:?}: Till: Kent Ek is on screen too");
        assert!(s.desk.is_some_and(wholly), "{size:?}: and Lena's number");
        assert!(common::practice::shows_within(&h, "Till: Kent Ek"));
    }
}

#[test]
fn wide_windows_lay_the_computer_and_the_phone_side_by_side() {
    // Computer | phone wherever both fit (the breakpoint is in logical
    // pixels, so it follows the text size); the note is pinned above them,
    // on the banner's line, so it stays beside whatever part is on screen.
    for (scale, size, side_by_side) in [
        ("1.0", (1280.0, 800.0), true),
        ("1.0", (1024.0, 768.0), true),
        ("1.75", (1280.0, 800.0), true),
        ("1.75", (1024.0, 768.0), false),
        ("2.5", (1280.0, 800.0), false),
    ] {
        let mut h = shipped_in(&format!("text_scale = {scale}\n"));
        h.size = iced::Size::new(size.0, size.1);
        h.open_practice("bankid-logga-in");
        let ids = [
            stegvis::widget::sim::device_id(0),
            stegvis::widget::sim::device_id(1),
        ];
        let found: Arc<Mutex<Vec<Option<Rectangle>>>> = Arc::new(Mutex::new(vec![None; 3]));
        let sink = Arc::clone(&found);
        let desk = stegvis::widget::sim::desk_id();
        let _ = h.simulator().find(move |c: Candidate<'_>| -> Option<()> {
            if let Candidate::Container {
                id: Some(id),
                bounds,
                ..
            } = c
                && let Ok(mut all) = sink.lock()
            {
                if let Some(i) = ids.iter().position(|d| d == id) {
                    all[i] = Some(bounds);
                } else if *id == desk {
                    all[2] = Some(bounds);
                }
            }
            None
        });
        let all = found.lock().expect("lock").clone();
        let [Some(computer), Some(phone), Some(note)] = all[..] else {
            panic!("{scale} {size:?}: devices or desk missing: {all:?}");
        };
        let what = format!("{scale} in {size:?}");
        if side_by_side {
            assert!(
                (computer.y - phone.y).abs() < 1.0,
                "{what}: {computer:?} {phone:?}"
            );
            assert!(phone.x > computer.x + computer.width, "{what}");
        } else {
            assert!(phone.y > computer.y + computer.height, "{what}: stacked");
        }
        assert!(
            note.y + note.height <= computer.y,
            "{what}: the note pinned above"
        );
        // One line with the banner: no taller than a line of body text.
        assert!(note.height < 45.0, "{what}: the note's strip is {note:?}");
    }
}

/// The frames of the focusable controls showing `words` (in a text that
/// contains it) at scroll 0: their bounds and the part on screen.
fn frames_showing(h: &Harness, words: &[String]) -> Vec<Option<(Rectangle, Option<Rectangle>)>> {
    type Frames = (Vec<(Rectangle, Option<Rectangle>)>, Vec<Option<Rectangle>>);
    let found: Arc<Mutex<Frames>> = Arc::new(Mutex::new((Vec::new(), vec![None; words.len()])));
    let sink = Arc::clone(&found);
    let ids: Vec<iced::widget::Id> = (0..80).map(stegvis::widget::reveal::focus_id).collect();
    let wanted = words.to_vec();
    let _ = h.simulator().find(move |c: Candidate<'_>| -> Option<()> {
        let mut all = sink.lock().ok()?;
        match c {
            Candidate::Container {
                id: Some(id),
                bounds,
                visible_bounds,
            } if ids.contains(id) => all.0.push((bounds, visible_bounds)),
            Candidate::Text {
                content, bounds, ..
            } => {
                if let Some(i) = wanted.iter().position(|w| content.contains(w.as_str())) {
                    all.1[i].get_or_insert(bounds);
                }
            }
            _ => {}
        }
        None
    });
    let guard = found.lock().expect("lock");
    guard
        .1
        .iter()
        .map(|t| {
            let t = (*t)?;
            guard
                .0
                .iter()
                .filter(|(f, _)| f.contains(t.center()))
                .min_by(|a, b| (a.0.width * a.0.height).total_cmp(&(b.0.width * b.0.height)))
                .copied()
        })
        .collect()
}

#[test]
fn home_shows_the_suggestion_and_a_topic_without_scrolling() {
    for scale in SCALES {
        for size in SIZES {
            let mut h = Harness::with_lessons(
                vec![common::shipped_lessons()],
                &format!("text_scale = {scale}\n"),
            );
            h.size = iced::Size::new(size.0, size.1);
            let title = h
                .app
                .shared()
                .suggested()
                .map(|l| l.title("sv"))
                .expect("a suggestion");
            let frames = frames_showing(&h, &[title.clone(), "Komma igång".to_owned()]);
            let what = format!("home at {scale} in {size:?}");
            let [Some(suggestion), Some(topic)] = frames[..] else {
                panic!("{what}: no suggestion or topic: {frames:?}");
            };
            assert!(wholly(suggestion), "{what}: {title:?} is cut off");
            assert!(wholly(topic), "{what}: the first topic is cut off");
        }
    }
}

#[test]
fn after_a_restart_a_participant_sees_fortsatt_and_a_topic_at_250_percent() {
    use stegvis::model::progress::EventKind;
    use stegvis::screen::{pick, start};
    for size in SIZES {
        let config = tempfile::tempdir().expect("tempdir");
        let data = tempfile::tempdir().expect("tempdir");
        std::fs::write(config.path().join("settings.toml"), "text_scale = 2.5\n")
            .expect("settings");
        let karin = {
            let mut store = stegvis::store::Store::open(data.path())
                .expect("open")
                .store;
            let course = store
                .create_course(
                    "Stadsbiblioteket, våren 2027",
                    "Kalmar",
                    time::macros::date!(2027 - 01 - 12),
                    10,
                )
                .expect("course");
            let karin = store.add_participant(&course.id, "Karin L.").expect("add");
            store.start_session(&course.id, 1).expect("start");
            store
                .record(Some(&karin.id), "dator-kom-igang", EventKind::LessonStarted)
                .expect("record");
            karin.id
        };
        let mut h = Harness::on_folders(config, data, vec![common::shipped_lessons()]);
        h.size = iced::Size::new(size.0, size.1);
        let _ = h.app.update(Message::Start(start::Message::Participant));
        let _ = h.app.update(Message::Pick(pick::Message::Pick(karin)));
        assert!(h.shows("Välkommen tillbaka, Karin L.!"));
        let frames = frames_showing(&h, &["Fortsätt ›".to_owned(), "Komma igång".to_owned()]);
        let [Some(go_on), Some(topic)] = frames[..] else {
            panic!("{size:?}: no Fortsätt or topic: {frames:?}");
        };
        assert!(wholly(go_on), "{size:?}: Fortsätt is cut off");
        assert!(wholly(topic), "{size:?}: the first topic is cut off");
    }
}

#[test]
fn a_new_screen_with_a_line_to_check_shows_it_with_its_buttons() {
    // A mouse user at 250 %: the screen that asks "Stämmer det här?" comes
    // into view with the recipient, Betala and Avbryt together.
    let mut h = shipped_in("text_scale = 2.5\n");
    h.size = iced::Size::new(1280.0, 800.0);
    h.open_scenario("swish", Some("betala"));
    play(&mut h, common::paths::before("swish", "betala", "betala-2"));
    assert_eq!(h.app.focus, None, "no keyboard");
    // (The number has no-break spaces.)
    let wanted = |t: &str| t.starts_with("Till: Kent Ek") || t == "Betala" || t == "Avbryt";
    let all: Vec<_> = common::practice::all_texts(&h)
        .into_iter()
        .filter(|(content, _, _)| wanted(content))
        .collect();
    assert_eq!(all.len(), 3, "{all:?}");
    for (words, bounds, shown) in all {
        assert!(wholly((bounds, shown)), "{words:?} is not on screen");
    }
}
