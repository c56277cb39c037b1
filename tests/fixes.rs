//! Smaller things a tester at 100 % and 250 % ran into: Settings' A−/A+
//! stay put and Klar is always on screen, no "✓ … av" labels, pictures on
//! read steps show whole, an answer's feedback keeps the question in view,
//! the page to print says where it is when no browser opens, and the focus
//! ring is plainly more than a hover.

mod common;

use common::Harness;
use iced::{Point, Rectangle};
use iced_test::selector::Candidate;
use std::sync::{Arc, Mutex};
use stegvis::app::{Message, Screen};
use stegvis::screen::{done, home, lesson};

/// A container's layout bounds and the part of it on screen.
type Seen = Option<(Rectangle, Option<Rectangle>)>;

use common::practice::all_texts;

/// The visible part of the container with widget id `id`, after a redraw.
fn container_seen(h: &Harness, id: &'static str) -> Seen {
    let found: Arc<Mutex<Seen>> = Arc::default();
    let sink = Arc::clone(&found);
    let wanted = iced::widget::Id::new(id);
    let mut ui = common::practice::redrawn(h);
    let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
        if let Candidate::Container {
            id: Some(found),
            bounds,
            visible_bounds,
        } = c
            && *found == wanted
            && let Ok(mut f) = sink.lock()
        {
            *f = Some((bounds, visible_bounds));
        }
        None
    });
    let guard = found.lock().expect("lock");
    *guard
}

fn whole(seen: Seen) -> bool {
    matches!(seen, Some((b, Some(v))) if (b.height - v.height).abs() < 0.5 && (b.width - v.width).abs() < 0.5)
}

#[test]
fn a_minus_and_a_plus_stay_put_and_klar_is_on_screen_at_every_size() {
    let mut h = Harness::new();
    h.apply(vec![Message::Home(home::Message::OpenSettings)]);
    let window = h.size;
    let mut places: Vec<(f32, Rectangle, Rectangle)> = Vec::new();
    for _ in 0..7 {
        let scale = h.app.scale_factor();
        let texts = all_texts(&h);
        let on_screen = |label: &str| -> Rectangle {
            let (_, b, v) = texts
                .iter()
                .find(|(c, _, _)| c == label)
                .unwrap_or_else(|| panic!("no {label:?} at {scale}"))
                .clone();
            assert!(v.is_some(), "{label:?} is off screen at {scale}");
            // Where it is in the real window's pixels.
            Rectangle {
                x: b.x * scale,
                y: b.y * scale,
                width: b.width * scale,
                height: b.height * scale,
            }
        };
        let minus = on_screen("A− Mindre");
        let plus = on_screen("A+ Större");
        let klar = on_screen("Klar");
        for r in [minus, plus, klar] {
            assert!(
                r.x >= 0.0
                    && r.x + r.width <= window.width + 1.0
                    && r.y + r.height <= window.height,
                "off the window at {scale}: {r:?}"
            );
        }
        places.push((scale, minus, plus));
        h.click("A+ Större");
    }
    assert!((h.app.scale_factor() - 2.5).abs() < 1e-6, "reached 250 %");
    let (_, first_minus, first_plus) = places[0];
    for (scale, minus, plus) in &places {
        for (a, b) in [(first_minus, minus), (first_plus, plus)] {
            assert!(
                (a.x - b.x).abs() < 2.0 && (a.y - b.y).abs() < 2.0,
                "moved at {scale}: {a:?} → {b:?}"
            );
        }
    }
    // And back down, A− under the same pointer every time.
    for _ in 0..6 {
        h.click("A− Mindre");
    }
    assert!((h.app.scale_factor() - 1.0).abs() < 1e-6);
}

#[test]
fn a_chosen_option_says_so_without_a_check_mark_beside_off() {
    let mut h = Harness::new();
    h.size = iced::Size::new(1024.0, 1600.0);
    h.apply(vec![Message::Home(home::Message::OpenSettings)]);
    let texts: Vec<String> = all_texts(&h).into_iter().map(|t| t.0).collect();
    assert!(texts.iter().any(|t| t == "Av (Vald)"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "På"));
    assert!(
        !texts.iter().any(|t| t == "✓"),
        "no check mark on the page: {texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains(": av") || t.contains(": på")),
        "no 'x: av' labels: {texts:?}"
    );
}

/// Shipped lessons at `scale` in a 1280×800 window.
fn shipped_1280(scale: &str) -> Harness {
    let mut h = Harness::with_lessons(
        vec![common::shipped_lessons()],
        &format!("text_scale = {scale}\n"),
    );
    h.size = iced::Size::new(1280.0, 800.0);
    h
}

#[test]
fn pictures_on_read_steps_show_whole_at_100_percent() {
    let mut h = shipped_1280("1.0");
    let library = h.app.shared().library.clone();
    let mut checked = 0;
    let mut cut = Vec::new();
    for lesson in &library.lessons {
        for (i, step) in lesson.steps.iter().enumerate() {
            if let stegvis::model::Step::Read { image: Some(_), .. } = step {
                h.apply(vec![Message::Home(home::Message::OpenLesson(
                    lesson.id.clone(),
                ))]);
                while matches!(h.app.screen(), Screen::Lesson(p) if p.step < i) {
                    h.apply(vec![Message::Lesson(lesson::Message::Next)]);
                }
                let seen = container_seen(&h, lesson::IMAGE_ID);
                if !whole(seen) {
                    cut.push(format!("{} step {}: {seen:?}", lesson.id, i + 1));
                }
                checked += 1;
                h.apply(vec![Message::Lesson(lesson::Message::Leave)]);
            }
        }
    }
    assert!(cut.is_empty(), "pictures cut off: {cut:#?}");
    assert!(checked >= 10, "only {checked} pictures");
}

#[test]
fn a_wrong_answers_feedback_keeps_the_question_in_view() {
    let mut h = shipped_1280("1.0");
    h.apply(vec![Message::Home(home::Message::OpenLesson(
        "epost-lasa-svara".into(),
    ))]);
    while matches!(h.app.screen(), Screen::Lesson(p)
        if !matches!(h.app.shared().library.get("epost-lasa-svara").map(|l| &l.steps[p.step]),
            Some(stegvis::model::Step::Choice { .. })))
    {
        h.apply(vec![Message::Lesson(lesson::Message::Next)]);
    }
    let question = "Du har fått ett nytt brev i inkorgen. Hur öppnar du det?";
    assert!(
        all_texts(&h).iter().any(|t| t.0 == question),
        "the question: {:?}",
        all_texts(&h).iter().map(|t| &t.0).collect::<Vec<_>>()
    );
    h.click("Jag klickar på Ta bort.");
    let texts = all_texts(&h);
    let seen = |label: &str| {
        texts
            .iter()
            .find(|t| t.0 == label)
            .and_then(|t| t.2)
            .is_some_and(|v| v.height > 20.0)
    };
    assert!(seen(question), "the question is still in view");
    assert!(seen("Inte riktigt."), "the feedback shows under it");
    assert!(
        seen("Då tar du bort brevet, och det hamnar i papperskorgen. Du vill ju läsa det."),
        "with what was wrong"
    );
}

#[test]
fn without_a_browser_the_page_to_print_says_where_it_is() {
    let mut h = Harness::new();
    h.click("Börja ›");
    h.click("Nästa ›");
    h.click("Vit");
    h.click("Nästa ›");
    h.click("Klar ›");
    h.click("Spara lektionen att skriva ut");
    assert!(h.shows("Sidan öppnas i webbläsaren. Där kan du skriva ut den."));
    // The opener answers that it failed.
    h.apply(vec![Message::Done(done::Message::Opened(Err(
        "no browser".into(),
    )))]);
    let dir = stegvis::paths::reports_dir(h.data.path());
    assert!(h.shows(&format!(
        "Webbläsaren gick inte att öppna. Sidan finns i mappen {}.",
        dir.display()
    )));
    let messages = {
        let mut ui = h.simulator();
        ui.click("Öppna mappen").expect("the folder button");
        ui.into_messages().collect::<Vec<_>>()
    };
    assert_eq!(
        messages,
        [Message::Done(done::Message::OpenFolder)],
        "the button asks to open the folder"
    );
    let file = dir.join("stegvis-ui-first-sv.html");
    if !dir.starts_with(h.data.path()) {
        let _ = std::fs::remove_file(file);
    }
}

/// How many pixels differ between two snapshots.
fn differing(a: &[u8], b: &[u8]) -> usize {
    a.chunks(4).zip(b.chunks(4)).filter(|(x, y)| x != y).count()
}

fn pixels(ui: &mut iced_test::Simulator<'_, Message>, theme: &iced::Theme) -> Vec<u8> {
    let snapshot = ui.snapshot(theme).expect("snapshot");
    let dir = tempfile::tempdir().expect("tempdir");
    snapshot
        .matches_image(dir.path().join("shot.png"))
        .expect("write snapshot");
    let file = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("snapshot file");
    image::open(file).expect("decode").to_rgba8().into_raw()
}

#[test]
fn the_focus_ring_is_plainly_more_than_a_hover() {
    let mut h = Harness::new();
    let theme = h.app.theme();
    let centre: Point = all_texts(&h)
        .iter()
        .find(|t| t.0 == "Inställningar")
        .map(|t| t.1.center())
        .expect("the settings button");
    let plain = pixels(&mut h.simulator(), &theme);
    let hovered = {
        let mut ui = h.simulator();
        ui.point_at(centre);
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::CursorMoved {
            position: centre,
        })]);
        pixels(&mut ui, &theme)
    };
    // Tab to the settings button.
    let mut tabs = 0;
    while tabs < 20 {
        h.key(iced::keyboard::key::Named::Tab);
        tabs += 1;
        let focused = h.app.focus.expect("focus");
        let frame = stegvis::widget::reveal::focus_id(focused);
        let hit = {
            let found: Arc<Mutex<bool>> = Arc::default();
            let sink = Arc::clone(&found);
            let mut ui = h.simulator();
            let _ = ui.find(move |c: Candidate<'_>| -> Option<()> {
                if let Candidate::Container {
                    id: Some(id),
                    bounds,
                    ..
                } = c
                    && *id == frame
                    && bounds.contains(centre)
                    && let Ok(mut f) = sink.lock()
                {
                    *f = true;
                }
                None
            });
            *found.lock().expect("lock")
        };
        if hit {
            break;
        }
    }
    let focused = pixels(&mut h.simulator(), &theme);
    let by_hover = differing(&plain, &hovered);
    let by_focus = differing(&plain, &focused);
    assert!(by_hover > 0, "hovering shows");
    // Focus is all a hover shows and a dark double ring besides.
    assert!(
        by_focus * 5 > by_hover * 6,
        "focus changes {by_focus} pixels, hover {by_hover}"
    );
}
