//! Moving progress between PCs through the tutor area, in headless UI
//! simulations on two data folders: a session on "Dator 3" is exported to
//! a folder (standing in for a USB stick), read in on a second PC, and both
//! tutors then see the same course, participants and dashboard.

mod common;

use common::{Harness, fixture_lessons};
use iced::keyboard::key::Named;
use stegvis::app::Screen;
use stegvis::model::Library;
use stegvis::screen::code::{CODE_ID, REPEAT_ID};
use stegvis::screen::tutor::exchange::{FOLDER_ID, PC_NAME_ID};
use stegvis::screen::tutor::{Page, Tutor, dashboard_rows, help_rows};

fn tutor(h: &Harness) -> &Tutor {
    match h.app.screen() {
        Screen::Tutor(t) => t,
        other => panic!("not the tutor area: {other:?}"),
    }
}

/// The tutor's last plain message (`info`), or the refusal (`error`).
fn outcome(h: &Harness) -> (Option<String>, Option<String>) {
    let t = tutor(h);
    (t.info.clone(), t.error.clone())
}

/// First use on a fresh PC: choose the tutor code; the tutor area opens.
fn first_tutor_visit(h: &mut Harness) {
    h.size = iced::Size::new(1024.0, 3000.0);
    h.click("För handledare");
    h.type_into(CODE_ID, "4711");
    h.type_into(REPEAT_ID, "4711");
    h.click("Spara koden");
    assert!(h.shows("Kurser"));
}

/// Creates the course "Stadsbiblioteket" from the empty course list.
fn create_course(h: &mut Harness) {
    h.type_into("tutor-course-name", "Stadsbiblioteket");
    h.click("Skapa kursen");
}

/// From the course list to the exchange page, with `folder` added.
fn open_exchange(h: &mut Harness, folder: &std::path::Path) {
    if !matches!(tutor(h).page, Page::Courses) {
        h.click("‹ Alla kurser");
    }
    h.click("Flytta mellan datorer ›");
    assert!(matches!(tutor(h).page, Page::Exchange));
    assert!(h.shows("1. Spara till ett USB-minne eller en mapp"));
    h.type_into(FOLDER_ID, &folder.display().to_string());
    h.submit(FOLDER_ID);
    assert_eq!(outcome(h).1, None, "the typed folder is accepted");
}

fn folder_name(folder: &std::path::Path) -> String {
    folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .expect("a name")
}

#[test]
fn a_session_moves_to_a_second_pc_and_both_dashboards_agree() {
    let usb = tempfile::tempdir().expect("tempdir");

    // PC 1: a course with Karin, who is present, starts a lesson and asks
    // for help.
    let mut a = Harness::new();
    first_tutor_visit(&mut a);
    create_course(&mut a);
    assert!(
        matches!(tutor(&a).page, Page::Course { .. }),
        "the new course opened"
    );
    a.type_into("tutor-add", "Karin L.");
    a.submit("tutor-add");
    a.click("Starta den här träffen");
    a.click("Inte här");
    while matches!(a.app.screen(), Screen::Tutor(_)) {
        a.key(Named::Escape);
    }
    a.click("Jag är deltagare");
    a.click("Karin L.");
    a.click("Börja ›");
    a.click("Jag vill ha hjälp");
    assert!(a.shows("En handledare kommer snart."));

    // The tutor names the PC and saves everything on the "USB stick".
    a.key(Named::Escape);
    a.click("Byt deltagare");
    a.click("‹ Tillbaka till start");
    a.click("Jag är handledare");
    a.type_into(CODE_ID, "4711");
    a.submit(CODE_ID);
    open_exchange(&mut a, usb.path());
    a.type_into(PC_NAME_ID, "Dator 3");
    a.click("Spara namnet");
    assert_eq!(
        outcome(&a).0.as_deref(),
        Some("Datorn heter nu Dator 3."),
        "{:?}",
        outcome(&a)
    );
    a.click(&format!("Spara i {}", folder_name(usb.path())));
    a.finish_exchange();
    let (info, error) = outcome(&a);
    assert_eq!(error, None);
    let info = info.expect("a message");
    assert!(
        info.starts_with("Klart! ") && info.contains("1 deltagare och 1 kurs är sparade i filen"),
        "{info}"
    );
    let files: Vec<_> = std::fs::read_dir(usb.path())
        .expect("usb")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "one export file: {files:?}");
    let file_name = folder_name(&files[0]);
    assert!(file_name.starts_with("stegvis-Dator-3-") && file_name.ends_with(".stegvis"));

    // PC 2: a fresh data folder reads the file in.
    let mut b = Harness::new();
    first_tutor_visit(&mut b);
    open_exchange(&mut b, usb.path());
    assert!(b.shows("Inget har lästs in på den här datorn ännu."));
    let read_in = format!("Läs in {file_name}");
    b.click(&read_in);
    b.finish_exchange();
    let (info, error) = outcome(&b);
    assert_eq!(error, None);
    let info = info.expect("a message");
    assert!(
        info.contains("nya händelser, 1 ny deltagare och 1 ny kurs från Dator 3, exporterat"),
        "{info}"
    );
    assert!(
        !b.shows("Inget har lästs in på den här datorn ännu."),
        "the import log has a line"
    );

    // Reading the same file again adds nothing, and says so.
    b.click(&read_in);
    b.finish_exchange();
    let again = outcome(&b).0.expect("a message");
    assert!(
        again.starts_with("0 nya händelser och 0 nya deltagare från Dator 3"),
        "{again}"
    );
    assert_eq!(tutor(&b).data.exchange.log.len(), 2, "both imports logged");

    // Both tutors now see the same dashboard, help request included.
    let library = Library::load(&[fixture_lessons()]);
    let mut seen = Vec::new();
    for h in [&mut a, &mut b] {
        h.click("‹ Alla kurser");
        h.click("Stadsbiblioteket");
        h.click("Översikt ›");
        assert!(h.shows("Karin L.: Första testlektionen, steg 1"));
        let t = tutor(h);
        let mut data = t.data.clone();
        data.now_ms = 0;
        seen.push((
            dashboard_rows(&data, &library, "sv", 1),
            help_rows(&data, &library, "sv"),
            data.present.clone(),
        ));
    }
    assert_eq!(seen[0], seen[1]);
    assert!(!seen[0].2.is_empty(), "Karin's attendance came along");
}

#[test]
fn a_broken_file_is_refused_and_nothing_changes() {
    let usb = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        usb.path().join("trasig.stegvis"),
        b"{\"format\":\"stegvis-exchange\",\"version\":\"1.0\",\"cont",
    )
    .expect("write");
    let mut h = Harness::new();
    first_tutor_visit(&mut h);
    open_exchange(&mut h, usb.path());
    h.click("Läs in trasig.stegvis");
    h.finish_exchange();
    let (info, error) = outcome(&h);
    assert_eq!(info, None);
    let error = error.expect("a refusal");
    assert!(error.ends_with("Ingenting ändrades."), "{error}");
    assert!(h.shows(&error), "the refusal is on screen");
    assert!(tutor(&h).data.exchange.log.is_empty(), "nothing was logged");
    assert!(tutor(&h).data.courses.is_empty(), "nothing was added");

    // A folder that does not exist gets a plain message.
    h.type_into(FOLDER_ID, "/finns/inte");
    h.submit(FOLDER_ID);
    assert_eq!(
        outcome(&h).1.as_deref(),
        Some("Den mappen finns inte. Kolla stavningen och försök igen.")
    );
}

#[test]
fn an_import_runs_off_the_ui_thread_and_a_second_press_waits_for_it() {
    let usb = tempfile::tempdir().expect("tempdir");
    let mut a = Harness::new();
    first_tutor_visit(&mut a);
    create_course(&mut a);
    a.type_into("tutor-add", "Karin L.");
    a.submit("tutor-add");
    open_exchange(&mut a, usb.path());
    a.click(&format!("Spara i {}", folder_name(usb.path())));
    // The export runs on its own thread: the page says so and waits.
    assert!(a.shows("Sparar … Det kan ta en stund."));
    assert_eq!(outcome(&a), (None, None));
    a.finish_exchange();
    assert!(!a.shows("Sparar … Det kan ta en stund."));
    assert!(outcome(&a).0.expect("a message").starts_with("Klart! "));

    let mut b = Harness::new();
    first_tutor_visit(&mut b);
    open_exchange(&mut b, usb.path());
    let file = tutor(&b).data.exchange.files[0].path.clone();
    let read_in = format!("Läs in {}", folder_name(&file));
    b.click(&read_in);
    let running = b.app.exchange_job().cloned().expect("the import runs");
    assert_eq!(running.work, stegvis::app::Work::Import(file.clone()));
    let reading = format!("Läser in {} … Det kan ta en stund.", folder_name(&file));
    assert!(b.shows(&reading), "the page says what runs");
    assert!(tutor(&b).data.courses.is_empty(), "nothing is read in yet");

    // A second press, and an export, while it runs start nothing.
    b.click(&read_in);
    b.click(&format!("Spara i {}", folder_name(usb.path())));
    assert_eq!(b.app.exchange_job(), Some(&running), "still the one import");
    assert!(b.shows(&reading));

    // The rest of the tutor area works meanwhile.
    b.click("‹ Alla kurser");
    assert!(b.shows("Kurser"));
    b.click("Flytta mellan datorer ›");
    assert!(b.shows(&reading), "still running");

    // The result arrives from the task; the course is then shown.
    b.finish_exchange();
    assert_eq!(b.app.exchange_job(), None);
    assert!(!b.shows(&reading));
    let info = outcome(&b).0.expect("a message");
    assert!(info.contains("1 ny deltagare och 1 ny kurs"), "{info}");
    assert_eq!(tutor(&b).data.exchange.log.len(), 1, "read in once");
    b.click("‹ Alla kurser");
    assert!(b.shows("Stadsbiblioteket"), "the imported course is listed");
    b.click("Stadsbiblioteket");
    assert!(b.shows("Karin L."), "and its participant");

    // A result that arrives when nothing runs changes nothing.
    b.apply(vec![stegvis::app::Message::ExchangeDone(
        stegvis::app::Finished::Stopped,
    )]);
    assert_eq!(outcome(&b).1, None);
}

#[test]
fn the_data_folder_does_not_change_while_an_export_runs() {
    // The export works in the old folder on its own thread; moving the
    // data now would leave its result behind, so the move waits.
    let usb = tempfile::tempdir().expect("tempdir");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let mut a = Harness::new();
    first_tutor_visit(&mut a);
    create_course(&mut a);
    open_exchange(&mut a, usb.path());
    a.click(&format!("Spara i {}", folder_name(usb.path())));
    assert!(a.app.exchange_job().is_some(), "the export runs");
    let choose = |h: &mut Harness| {
        h.apply(vec![stegvis::app::Message::ChooseFolder]);
        h.apply(vec![stegvis::app::Message::Folder(
            stegvis::screen::folder::Message::Typed(elsewhere.path().display().to_string()),
        )]);
        h.submit(stegvis::screen::folder::FOLDER_ID);
    };
    choose(&mut a);
    assert!(a.shows(
        "Vänta lite. Stegvis sparar eller läser in en fil just nu. Försök igen när det är klart."
    ));
    assert!(
        !elsewhere.path().join(stegvis::store::FILE_NAME).exists(),
        "nothing moved"
    );
    // A backup cannot be put back meanwhile either.
    a.apply(vec![stegvis::app::Message::RestoreBackup]);
    assert!(
        a.app.notices().iter().any(|n| n.starts_with("Vänta lite.")),
        "{:?}",
        a.app.notices()
    );
    a.finish_exchange();
    choose(&mut a);
    assert!(
        elsewhere.path().join(stegvis::store::FILE_NAME).is_file(),
        "once it is done, the move goes ahead"
    );
}

#[test]
fn at_250_percent_what_runs_and_how_it_went_come_into_view() {
    // The status lines are at the top of the page; at large text the
    // button pressed is far below them.
    let usb = tempfile::tempdir().expect("tempdir");
    let mut h = Harness::new();
    first_tutor_visit(&mut h);
    create_course(&mut h);
    open_exchange(&mut h, usb.path());
    for _ in 0..6 {
        h.apply(vec![stegvis::app::Message::Zoom(1)]);
    }
    assert!((h.app.scale_factor() - 2.5).abs() < 1e-6);
    h.size = iced::Size::new(1280.0, 800.0);
    let save = format!("Spara i {}", folder_name(usb.path()));
    for _ in 0..60 {
        if common::practice::in_focus(&h).0.contains(&save) {
            break;
        }
        h.key(Named::Tab);
    }
    let on_screen = |h: &Harness, start: &str| {
        common::practice::all_texts(h)
            .iter()
            .any(|(t, b, v)| t.starts_with(start) && v.is_some_and(|v| v.height >= b.height - 0.5))
    };
    assert!(!on_screen(&h, "Sparar"), "nothing runs yet");
    h.key(Named::Enter);
    assert!(h.app.exchange_job().is_some(), "the export runs");
    assert!(on_screen(&h, "Sparar … Det kan ta en stund."));
    h.finish_exchange();
    assert!(on_screen(&h, "Klart! "), "{:?}", outcome(&h));
}
