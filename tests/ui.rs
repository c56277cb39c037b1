//! Headless UI simulations (iced_test) of the real app state and views.
//! Run with `ICED_TEST_BACKEND=tiny-skia`.

mod common;

use common::{Harness, settings};
use iced::keyboard::key::Named;
use iced_test::Simulator;
use stegvis::app::{Message, Screen};
use stegvis::model::progress::LessonStatus;

/// The RGBA pixels of a snapshot (iced_test keeps them private, so they go
/// through a PNG file in a temporary folder).
fn pixels(snapshot: &iced_test::simulator::Snapshot) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = dir.path().join("shot.png");
    snapshot.matches_image(&base).expect("write snapshot");
    let file = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("snapshot file");
    image::open(file).expect("decode").to_rgba8().into_raw()
}

fn step_label(n: usize, total: usize) -> String {
    format!("Steg {n} av {total}")
}

#[test]
fn home_shows_the_question_topics_and_suggestion() {
    let h = Harness::new();
    assert!(h.shows("Vad vill du lära dig?"));
    assert!(h.shows("E-post"));
    assert!(h.shows("0 av 2 klara"));
    assert!(h.shows("Förslag: gör den här nu"));
    assert!(h.shows("Första testlektionen"));
}

#[test]
fn a_whole_lesson_from_home_to_done_and_back() {
    let mut h = Harness::new();
    h.click("E-post");
    assert!(h.shows("Lektioner: E-post"));
    assert!(h.shows("Inte påbörjad"));
    h.click("Första testlektionen");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    assert!(h.shows(&step_label(1, 3)));
    assert!(h.shows("Det här är det första steget."));

    h.click("Nästa ›");
    assert!(h.shows(&step_label(2, 3)));
    assert!(h.shows("Vilken färg har snö?"));

    // Wrong answer: feedback and hint appear and stay.
    h.click("Grön");
    assert!(h.shows("Inte riktigt."));
    assert!(h.shows("Nej, snö är inte grön."));
    assert!(h.shows("Tips: Tänk på vintern."));
    assert!(
        h.shows("Inte riktigt."),
        "feedback stays until the learner moves on"
    );

    // Then right.
    h.click("Vit");
    assert!(h.shows("Rätt!"));
    assert!(h.shows("Ja, snö är vit."));
    assert!(!h.shows("Tips: Tänk på vintern."));

    h.click("Nästa ›");
    assert!(h.shows(&step_label(3, 3)));
    h.click("Klar ›");
    assert!(matches!(h.app.screen(), Screen::Done(_)));
    assert!(h.shows("Bra gjort!"));
    assert!(h.shows("Du har lärt dig att trycka på Nästa."));
    assert!(h.shows("Andra testlektionen"), "the next lesson is offered");

    h.click("Till startsidan");
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    assert_eq!(h.status("ui-first"), LessonStatus::Done);
    assert!(h.shows("Klar"), "the lesson shows as done in words");
    assert!(
        h.shows("1 av 2 klara") || {
            h.click("‹ Alla ämnen");
            h.shows("1 av 2 klara")
        }
    );
}

#[test]
fn back_works_on_every_step_and_leaves_from_the_first() {
    let mut h = Harness::new();
    h.click("E-post");
    h.click("Första testlektionen");
    h.click("Nästa ›");
    h.click("Nästa ›");
    assert!(h.shows(&step_label(3, 3)));
    h.click("‹ Tillbaka");
    assert!(h.shows(&step_label(2, 3)));
    h.click("‹ Tillbaka");
    assert!(h.shows(&step_label(1, 3)));
    h.click("‹ Tillbaka");
    assert!(matches!(h.app.screen(), Screen::Home(_)));
}

#[test]
fn leaving_mid_lesson_and_returning_resumes_even_after_restart() {
    let mut h = Harness::new();
    h.click("E-post");
    h.click("Första testlektionen");
    h.click("Nästa ›");
    h.click("Nästa ›");
    assert!(h.shows(&step_label(3, 3)));
    h.click("Avsluta");
    assert_eq!(h.status("ui-first"), LessonStatus::Started { step: 2 });
    assert!(h.shows("Påbörjad"));
    h.click("Första testlektionen");
    assert!(h.shows(&step_label(3, 3)), "resumes where the learner left");

    // Esc leaves too, and a restart keeps the place.
    h.key(Named::Escape);
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    let mut h = h.restart();
    assert_eq!(h.status("ui-first"), LessonStatus::Started { step: 2 });
    h.click("Fortsätt där du var");
    assert!(h.shows(&step_label(3, 3)));
}

#[test]
fn keyboard_only_tab_moves_focus_and_enter_activates() {
    let mut h = Harness::new();
    assert_eq!(h.app.focus, None);
    h.key(Named::Tab);
    assert_eq!(h.app.focus, Some(0), "Tab focuses the first control");
    // Reading order: Settings, Läs upp, suggestion card, topic tile.
    h.key(Named::Tab);
    h.key(Named::Tab);
    h.key(Named::Tab);
    assert_eq!(h.app.focus, Some(3));
    h.key(Named::Enter);
    assert!(
        h.shows("Lektioner: E-post"),
        "Enter opened the focused topic tile"
    );
    assert_eq!(h.app.focus, None, "focus starts over on a new page");

    // Shift+Tab from nothing goes to the last control; Esc goes back.
    h.key(Named::Escape);
    assert!(h.shows("Vad vill du lära dig?"));
    h.key(Named::Tab);
    h.key(Named::Tab);
    h.key(Named::Tab);
    h.key(Named::Space);
    assert!(
        matches!(h.app.screen(), Screen::Lesson(_)),
        "Space activated the suggestion"
    );
    // In a lesson: Leave, Read aloud, Back, Next in that order.
    for _ in 0..4 {
        h.key(Named::Tab);
    }
    h.key(Named::Enter);
    assert!(h.shows(&step_label(2, 3)), "Enter pressed Next");
}

#[test]
fn focus_ring_is_drawn_around_the_focused_button() {
    let mut h = Harness::new();
    let before = pixels(&h.simulator().snapshot(&h.app.theme()).expect("snapshot"));
    h.key(Named::Tab);
    let after = pixels(&h.simulator().snapshot(&h.app.theme()).expect("snapshot"));
    assert_ne!(before, after, "focusing must change what is drawn");
}

#[test]
fn settings_change_text_size_language_and_theme_and_persist() {
    let mut h = Harness::new();
    h.size = iced::Size::new(1024.0, 1600.0); // Settings is a long page
    h.click("Inställningar");
    assert!(h.shows("Textstorlek: 100 %"));
    h.click("Hög kontrast, mörk");
    assert!(h.shows("Hög kontrast, mörk (Vald)"));
    h.click("English");
    assert!(h.shows("Settings"));
    assert!(h.shows("Text size: 100 %"));

    let before = pixels(&h.simulator().snapshot(&h.app.theme()).expect("snapshot"));
    h.click("A+ Larger");
    h.click("A+ Larger");
    assert!(h.shows("Text size: 150 %"));
    assert!((h.app.scale_factor() - 1.5).abs() < 1e-6);
    // The whole window is scaled: the same 1024×768 window holds less,
    // so the page is laid out in a narrower logical width and looks different.
    assert!(h.viewport().width < 700.0);
    let after = pixels(&h.simulator().snapshot(&h.app.theme()).expect("snapshot"));
    assert!(
        before != after,
        "a larger text size must change what is drawn"
    );
    h.click("Done");
    assert!(h.shows("What would you like to learn?"));

    let h = h.restart();
    assert!(
        h.shows("What would you like to learn?"),
        "language survives a restart"
    );
    assert!((h.app.scale_factor() - 1.5).abs() < 1e-6);
    assert_eq!(
        h.app.settings().theme,
        stegvis::theme::ThemeChoice::HighContrastDark
    );
}

#[test]
fn ctrl_plus_and_minus_change_text_size() {
    use iced::keyboard::{Key, Modifiers};
    let mut h = Harness::new();
    let press = |h: &mut Harness, c: &str| {
        let event = iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            key: Key::Character(c.into()),
            modified_key: Key::Character(c.into()),
            physical_key: iced::keyboard::key::Physical::Unidentified(
                iced::keyboard::key::NativeCode::Unidentified,
            ),
            location: iced::keyboard::Location::Standard,
            modifiers: Modifiers::CTRL,
            text: None,
            repeat: false,
        });
        let messages: Vec<Message> = {
            let mut ui = h.simulator();
            let _ = ui.simulate([event]);
            ui.into_messages().collect()
        };
        h.apply(messages);
    };
    press(&mut h, "+");
    assert!((h.app.scale_factor() - 1.25).abs() < 1e-6);
    for _ in 0..10 {
        press(&mut h, "+");
    }
    assert!((h.app.scale_factor() - 2.5).abs() < 1e-6, "stops at 250 %");
    press(&mut h, "-");
    assert!((h.app.scale_factor() - 2.25).abs() < 1e-6);
}

#[test]
fn at_250_percent_the_lesson_bar_fits_in_a_1024x768_window() {
    let mut h = Harness::new();
    for _ in 0..6 {
        let _ = h.app.update(Message::Zoom(1));
    }
    assert!((h.app.scale_factor() - 2.5).abs() < 1e-6);
    let _ = h
        .app
        .update(Message::Home(stegvis::screen::home::Message::OpenLesson(
            "ui-first".into(),
        )));
    let viewport = h.viewport();
    for label in ["‹ Tillbaka", "Nästa ›", "Avsluta", "Steg 1 av 3"] {
        let target = h
            .simulator()
            .find(label)
            .unwrap_or_else(|e| panic!("{label}: {e:?}"));
        let b = target.bounds();
        assert!(
            b.x >= 0.0
                && b.y >= 0.0
                && b.x + b.width <= viewport.width + 0.5
                && b.y + b.height <= viewport.height + 0.5,
            "{label} at {b:?} is outside the {viewport:?} window"
        );
    }
    let back = h.simulator().find("‹ Tillbaka").expect("back").bounds();
    let next = h.simulator().find("Nästa ›").expect("next").bounds();
    assert!(back.x + back.width < next.x, "Back stays left of Next");
}

#[test]
fn corrupt_settings_file_shows_a_notice_once_and_is_kept() {
    let config = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        config.path().join("settings.toml"),
        b"\xff\xfe not toml at all",
    )
    .expect("write");
    let mut h = Harness::with_config(config);
    assert_eq!(h.app.notices().len(), 1);
    assert!(h.app.notices()[0].starts_with("Dina inställningar gick inte att läsa."));
    let kept: Vec<_> = std::fs::read_dir(h._config.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.toml.broken-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the broken file is kept");
    assert!(h.shows("Jag förstår"));
    h.click("Jag förstår");
    assert!(h.app.notices().is_empty());
    assert!(h.shows("Vad vill du lära dig?"));
}

#[test]
fn every_symbol_renders_with_the_bundled_fonts() {
    use iced::widget::text;
    // Each symbol, drawn big in the symbol font, must put ink on the page:
    // a missing glyph would draw nothing (or an empty box, which we check by
    // comparing with a known-missing code point).
    let draw = |s: &'static str| {
        let el: iced::Element<'_, ()> = text(s).font(stegvis::widget::SYMBOL_FONT).size(60).into();
        let mut ui = Simulator::with_size(settings(), iced::Size::new(80.0, 80.0), el);
        pixels(&ui.snapshot(&iced::Theme::Light).expect("snapshot"))
    };
    let blank = draw(" ");
    let missing = draw("\u{E000}");
    for s in stegvis::widget::symbols::ALL {
        let shot = draw(s);
        assert_ne!(shot, blank, "{s} draws nothing");
        assert_ne!(shot, missing, "{s} draws the missing-glyph box");
    }
}

#[test]
fn tab_scrolls_the_focused_control_into_view_at_250_percent() {
    let mut h = Harness::new();
    for _ in 0..6 {
        let _ = h.app.update(Message::Zoom(1));
    }
    // At large text Inställningar comes after the topics on Home.
    let _ = h
        .app
        .update(Message::Home(stegvis::screen::home::Message::OpenSettings));
    assert!(matches!(h.app.screen(), Screen::Settings(_)));
    // The theme buttons are far below the fold of a 1024×768 window at 250 %.
    {
        let mut ui = h.simulator();
        let target = ui.find("Hög kontrast, mörk").expect("theme button");
        assert!(target.visible_bounds().is_none(), "starts out of view");
    }
    // Walk the focus down to the last control with Tab, one key at a time,
    // and check in the same simulated window that it was scrolled into view.
    let mut last_seen_visible = false;
    for _ in 0..20 {
        let (messages, visible) = {
            let mut ui = h.simulator();
            let _ = ui.tap_key(Named::Tab);
            let visible = ui
                .find("Hög kontrast, mörk")
                .ok()
                .and_then(|t| t.visible_bounds())
                .is_some();
            (ui.into_messages().collect::<Vec<_>>(), visible)
        };
        h.apply(messages);
        last_seen_visible |= visible;
    }
    assert!(
        last_seen_visible,
        "focusing the theme button never scrolled it into view"
    );
}

#[test]
fn a_broken_progress_file_offers_the_daily_backup() {
    let data = tempfile::tempdir().expect("tempdir");
    {
        let mut store = stegvis::store::Store::open(data.path())
            .expect("open")
            .store;
        store
            .record(
                None,
                "ui-first",
                stegvis::model::progress::EventKind::LessonCompleted,
            )
            .expect("record");
        let today = time::OffsetDateTime::now_utc().date();
        store.daily_backup(data.path(), today).expect("backup");
    }
    std::fs::write(data.path().join("progress.db"), b"not a database at all").expect("break");
    let _ = std::fs::remove_file(data.path().join("progress.db-wal"));

    let mut h = Harness::open(
        tempfile::tempdir().expect("tempdir"),
        data,
        iced::Size::new(1024.0, 768.0),
    );
    assert_eq!(
        h.status("ui-first"),
        LessonStatus::NotStarted,
        "a fresh file"
    );
    assert!(h.shows("Hämta säkerhetskopian"));
    h.click("Hämta säkerhetskopian");
    assert_eq!(
        h.status("ui-first"),
        LessonStatus::Done,
        "the backup is back"
    );
    assert!(!h.shows("Hämta säkerhetskopian"));
    let kept = std::fs::read_dir(h.data.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("broken"))
        .count();
    assert!(kept >= 1, "the broken file is kept");
}

#[test]
fn f1_shows_the_keyboard_shortcuts_and_esc_returns() {
    let mut h = Harness::new();
    h.click("Börja ›");
    h.click("Nästa ›");
    h.key(Named::F1);
    assert!(h.shows("Kortkommandon"));
    assert!(h.shows("Tab och Skift + Tab"));
    assert!(h.shows("Läser upp texten i lektionen."));
    h.key(Named::Escape);
    assert!(
        h.shows(&step_label(2, 3)),
        "back in the lesson at the same step"
    );

    // From Settings, and back through Settings to where it was opened.
    h.key(Named::Escape);
    h.size = iced::Size::new(1024.0, 1800.0); // Settings is a long page
    h.click("Inställningar");
    h.click("Kortkommandon");
    assert!(h.shows("Tab och Skift + Tab"));
    h.click("Klar");
    assert!(h.shows("Inställningar"));
    h.click("Klar");
    assert!(h.shows("Vad vill du lära dig?"));
}

#[test]
fn a_finished_lesson_can_be_saved_as_a_page_to_print() {
    let mut h = Harness::new();
    h.click("Börja ›");
    h.click("Nästa ›");
    h.click("Vit");
    h.click("Nästa ›");
    h.click("Klar ›");
    assert!(matches!(h.app.screen(), Screen::Done(_)));
    h.click("Spara lektionen att skriva ut");
    let dir = stegvis::paths::reports_dir(h.data.path());
    let file = dir.join("stegvis-ui-first-sv.html");
    let saved = format!("Sidan är sparad: {}", file.display());
    assert!(h.shows(&saved), "the Done page says where");
    let page = std::fs::read_to_string(&file).expect("handout written");
    assert!(page.contains("Första testlektionen"));
    if !dir.starts_with(h.data.path()) {
        let _ = std::fs::remove_file(file);
    }
}

/// A new page starts at its top: changing page (or Home's topic) asks the
/// page's scroll area to go to the top; staying on the page does not.
#[test]
fn a_new_page_scrolls_to_its_top() {
    use stegvis::model::Topic;
    use stegvis::screen::home;
    let mut h = Harness::new();
    let stay = h.app.update(Message::Focus(Some(0)));
    assert_eq!(stay.units(), 0, "same page: no scrolling");
    let topic = h
        .app
        .update(Message::Home(home::Message::OpenTopic(Topic::Email)));
    assert!(topic.units() > 0, "a topic opens at its top");
    let lesson = h
        .app
        .update(Message::Home(home::Message::OpenLesson("ui-first".into())));
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    assert!(lesson.units() > 0, "a lesson opens at its top");
}

/// A double click counts as one click: seniors often double-click, and the
/// second press must not land on whatever appeared under the pointer.
#[test]
fn a_double_click_counts_as_one_click() {
    use stegvis::screen::{home, lesson};
    let mut h = Harness::new();
    let _ = h
        .app
        .update(Message::Home(home::Message::OpenLesson("ui-first".into())));
    let nexts = |messages: &[Message]| {
        messages
            .iter()
            .filter(|m| matches!(m, Message::Lesson(lesson::Message::Next)))
            .count()
    };
    let messages: Vec<Message> = {
        let mut ui = h.simulator();
        ui.click("Nästa ›").expect("Nästa");
        ui.click("Nästa ›").expect("Nästa");
        ui.into_messages().collect()
    };
    assert_eq!(nexts(&messages), 1, "the second press of a double click");
    let messages: Vec<Message> = {
        let mut ui = h.simulator();
        ui.click("Nästa ›").expect("Nästa");
        std::thread::sleep(std::time::Duration::from_millis(350));
        ui.click("Nästa ›").expect("Nästa");
        ui.into_messages().collect()
    };
    assert_eq!(nexts(&messages), 2, "two clicks with a pause are two");
}
