//! The room dashboard in headless UI simulations: a course set up on
//! another PC arrives through the room folder, this PC asks for the code
//! (never offers to choose one), and the dashboard shows the help request
//! with the PC it came from and a line per PC; "Klart, jag har hjälpt"
//! here clears it on the other PC.

mod common;

use common::Harness;
use stegvis::app::{App, Message, Options, RoomMessage, Screen};
use stegvis::config::MachineConfig;
use stegvis::model::progress::EventKind;
use stegvis::room::Room;
use stegvis::screen::code::CODE_ID;
use stegvis::store::{Store, now_ms};

/// PC "Dator 3": a course with Karin L., the tutor code 4711, and Karin's
/// help request in the fixture lesson; its room file written.
fn other_pc(shared: &std::path::Path) -> (tempfile::TempDir, Store, Room) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open").store;
    store.set_device_name("Dator 3").expect("name");
    let today = time::OffsetDateTime::now_utc().date();
    let course = store
        .create_course("Stadsbiblioteket", "", today, 10)
        .expect("course");
    let karin = store.add_participant(&course.id, "Karin L.").expect("add");
    store.set_tutor_code("4711").expect("code");
    store.start_session(&course.id, 1).expect("start");
    store
        .record(
            Some(&karin.id),
            "ui-first",
            EventKind::HelpRequested { step: 2 },
        )
        .expect("help");
    let mut room = Room::new(shared.to_path_buf());
    assert!(room.pass(&mut store, now_ms()).wrote);
    (dir, store, room)
}

/// This PC, in the room through the machine configuration.
fn this_pc(shared: &std::path::Path) -> Harness {
    let config = tempfile::tempdir().expect("config");
    let data = tempfile::tempdir().expect("data");
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: data.path().to_path_buf(),
        lesson_dirs: vec![common::fixture_lessons()],
        machine: MachineConfig {
            room_folder: Some(shared.to_path_buf()),
            pc_name: Some("Dator 1".into()),
            ..MachineConfig::default()
        },
    });
    let mut h = Harness::from_app(app, config, data);
    h.size = iced::Size::new(1024.0, 2400.0);
    h
}

/// One pass of this PC's room worker, handed to the app as its thread would.
/// Each pass is a scan interval later than the last, so each one scans.
fn room_pass(h: &mut Harness) {
    static PASSES: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let n = PASSES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let worker = h.app.room_worker().expect("in a room");
    let done = worker.pass_at(now_ms() + n * stegvis::room::SCAN_EVERY_MS);
    assert!(done.is_some(), "the pass ran");
    let _ = h.app.update(Message::Room(RoomMessage::Done(done)));
}

#[test]
fn the_room_dashboard_shows_help_from_another_pc_and_clears_it_there() {
    let shared = tempfile::tempdir().expect("shared");
    let (_dir, mut other, mut other_room) = other_pc(shared.path());
    let mut h = this_pc(shared.path());
    assert!(matches!(h.app.screen(), Screen::Home(_)), "no course yet");

    room_pass(&mut h);
    assert!(
        h.shows("Vem är du i dag?"),
        "the course from the room: the start page asks who is there"
    );
    h.click("Jag är handledare");
    assert!(
        !h.shows("Välj en kod för handledare. Alla handledare i kursen använder samma kod."),
        "a PC with the room's course never offers to choose a code"
    );
    h.type_into(CODE_ID, "4711");
    h.submit(CODE_ID);
    assert!(
        matches!(h.app.screen(), Screen::Tutor(_)),
        "the room's code works"
    );
    h.click("Översikt ›");
    assert!(h.shows("Behöver hjälp nu"));
    assert!(
        h.shows("Karin L. på Dator 3: Första testlektionen, steg 3"),
        "the help request names its PC"
    );
    assert!(h.shows("Datorerna i rummet"));
    let view = h.app.room_view().expect("room view");
    let heard = view.peers.first().expect("Dator 3 heard").heard_ms;
    let offset = stegvis::exchange_text::local_offset();
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(heard) * 1_000_000)
        .expect("time")
        .to_offset(offset);
    let line = format!(
        "Dator 3: senast hörd {:02}:{:02}:{:02}",
        t.hour(),
        t.minute(),
        t.second()
    );
    assert!(h.shows(&line), "{line}");

    h.click("Klart, jag har hjälpt");
    assert!(h.shows("Ingen har bett om hjälp just nu."));
    room_pass(&mut h);
    other_room.pass(&mut other, now_ms() + stegvis::room::SCAN_EVERY_MS);
    let course = other.courses().expect("courses")[0].id.clone();
    assert!(
        other
            .course_progress(&course)
            .expect("progress")
            .open_help()
            .is_empty(),
        "cleared on Dator 3 too"
    );
}

#[test]
fn an_unreachable_room_folder_is_one_calm_line() {
    let parent = tempfile::tempdir().expect("parent");
    let shared = parent.path().join("rum");
    std::fs::create_dir(&shared).expect("mkdir");
    let (_dir, _other, _room) = other_pc(&shared);
    let mut h = this_pc(&shared);
    room_pass(&mut h);
    std::fs::rename(&shared, parent.path().join("borta")).expect("unplug");
    room_pass(&mut h);
    h.click("Jag är handledare");
    h.type_into(CODE_ID, "4711");
    h.submit(CODE_ID);
    h.click("Översikt ›");
    assert!(h.shows(
        "Kursrummets mapp går inte att nå just nu. Den här datorn sparar som vanligt och skickar allt när mappen går att nå igen."
    ));
    assert!(
        h.shows("Karin L. på Dator 3: Första testlektionen, steg 3"),
        "what came before stays"
    );
}

#[test]
fn a_tutor_chooses_the_room_folder_on_the_exchange_page() {
    use stegvis::screen::code::REPEAT_ID;
    use stegvis::screen::tutor::exchange::ROOM_FOLDER_ID;
    let shared = tempfile::tempdir().expect("shared");
    let mut h = Harness::new();
    h.size = iced::Size::new(1024.0, 3000.0);
    h.click("För handledare");
    h.type_into(CODE_ID, "4711");
    h.type_into(REPEAT_ID, "4711");
    h.click("Spara koden");
    h.click("Flytta mellan datorer ›");
    assert!(h.shows("Den här datorn använder ingen mapp för kursrummet."));
    assert!(h.app.room_worker().is_none());

    h.type_into(ROOM_FOLDER_ID, "/finns/inte/kursrum");
    h.click("Spara kursrummets mapp");
    assert!(h.shows(
        "Mappen /finns/inte/kursrum finns inte eller går inte att nå. Kontrollera att du skrev rätt."
    ));
    assert!(h.app.room_worker().is_none());

    let _ = h
        .app
        .update(Message::Tutor(stegvis::screen::tutor::Message::Exchange(
            stegvis::screen::tutor::exchange::Message::RoomFolder(String::new()),
        )));
    let folder = shared.path().display().to_string();
    h.type_into(ROOM_FOLDER_ID, &folder);
    h.click("Spara kursrummets mapp");
    assert!(h.shows(&format!(
        "Den här datorn använder nu mappen {folder} för kursrummet."
    )));
    assert_eq!(
        h.app.room_worker().and_then(|w| w.folder()),
        Some(shared.path().to_path_buf())
    );
    assert_eq!(
        stegvis::settings::load_quietly(h._config.path()).room_folder,
        Some(shared.path().to_path_buf()),
        "the choice is kept"
    );
    room_pass(&mut h);
    let files = std::fs::read_dir(shared.path()).expect("list").count();
    assert_eq!(files, 1, "this PC's own file is in the folder");

    h.click("Spara kursrummets mapp");
    assert!(h.shows("Den här datorn använder inte längre någon mapp för kursrummet."));
    assert!(h.app.room_worker().is_none());
}

/// Dator 4's clock is 10 minutes fast. Its help request, made a minute
/// before Dator 3's, must still show below it and as a minute old.
#[test]
fn a_pc_with_a_fast_clock_does_not_jump_the_queue() {
    use stegvis::model::progress::ProgressEvent;
    use stegvis::store::exchange;
    const FAST_MS: i64 = 10 * 60_000;
    let shared = tempfile::tempdir().expect("shared");
    let (_dir3, dator3, _room3) = other_pc(shared.path());
    let karin = dator3.courses().expect("courses")[0].id.clone();
    let karin = dator3.participants(&karin).expect("list")[0].id.clone();

    let dir4 = tempfile::tempdir().expect("tempdir");
    let mut dator4 = Store::open(dir4.path()).expect("open").store;
    dator4.set_device_name("Dator 4").expect("name");
    dator4
        .merge_content(&dator3.content().expect("content"))
        .expect("the course");
    let real_now = now_ms();
    let fast_help = ProgressEvent {
        id: uuid::Uuid::new_v4(),
        device_id: dator4.device_id().to_owned(),
        participant_id: Some(karin),
        course_id: None,
        session: None,
        lesson_id: "ui-second".into(),
        kind: EventKind::HelpRequested { step: 0 },
        // A minute ago, by a clock 10 minutes fast.
        at_ms: real_now - 60_000 + FAST_MS,
    };
    dator4.insert(&fast_help).expect("insert");
    let file = exchange::parse(&dator4.exchange_bytes().expect("bytes")).expect("parse");
    let mut header = file.header;
    header.exported_ms = now_ms() + FAST_MS;
    let bytes = exchange::to_bytes(&header, &file.content).expect("bytes");
    std::fs::write(shared.path().join(Room::own_file_name(&dator4)), bytes).expect("write");

    let mut h = this_pc(shared.path());
    room_pass(&mut h);
    h.click("Jag är handledare");
    h.type_into(CODE_ID, "4711");
    h.submit(CODE_ID);
    h.click("Översikt ›");
    let Screen::Tutor(page) = h.app.screen() else {
        panic!("not in the tutor area");
    };
    let rows: Vec<(String, i64)> = page
        .data
        .help
        .iter()
        .map(|r| (r.lesson.clone(), r.minutes))
        .collect();
    assert_eq!(
        rows,
        [
            ("Första testlektionen".to_owned(), 0),
            ("Andra testlektionen".to_owned(), 1)
        ],
        "Dator 3's request, made last, is on top; Dator 4's is a minute old"
    );
    assert!(h.shows("Karin L. på Dator 4: Andra testlektionen, steg 1"));
}

/// Karin asked for help on Dator 3 and moved to this PC: the request
/// shows here; a tutor on Dator 3 resolves it and it clears here; she asks
/// again here and Dator 3 sees it.
#[test]
fn help_follows_the_senior_between_pcs() {
    let shared = tempfile::tempdir().expect("shared");
    let (_dir, mut dator3, mut room3) = other_pc(shared.path());
    let mut h = this_pc(shared.path());
    room_pass(&mut h);
    h.click("Jag är deltagare");
    h.click("Karin L.");
    let _ = h
        .app
        .update(Message::Home(stegvis::screen::home::Message::OpenLesson(
            "ui-second".into(),
        )));
    assert!(
        h.shows("En handledare kommer snart."),
        "her request from Dator 3"
    );

    let course = dator3.courses().expect("courses")[0].id.clone();
    let karin = dator3.participants(&course).expect("list")[0].id.clone();
    let open = |store: &Store| -> Vec<uuid::Uuid> {
        store
            .course_progress(&course)
            .expect("progress")
            .open_help()
            .iter()
            .map(|(_, _, help)| help.id)
            .collect()
    };
    let [request] = open(&dator3)[..] else {
        panic!("one open request on Dator 3");
    };
    dator3
        .record(
            Some(&karin),
            "ui-first",
            EventKind::HelpResolved { request },
        )
        .expect("resolve");
    room3.pass(&mut dator3, now_ms() + stegvis::room::SCAN_EVERY_MS);
    room_pass(&mut h);
    assert!(
        !h.shows("En handledare kommer snart."),
        "resolved on Dator 3, cleared here"
    );

    h.click("Jag vill ha hjälp");
    assert!(h.shows("En handledare kommer snart."));
    room_pass(&mut h);
    room3.pass(&mut dator3, now_ms() + 2 * stegvis::room::SCAN_EVERY_MS);
    assert_eq!(open(&dator3).len(), 1, "Dator 3 sees the new request");
}
