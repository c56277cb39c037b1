//! A broken or busy progress database is never quiet and never loses a
//! step: every entry point (the app, `export`, `import`, `report`) finds a
//! damaged page, keeps the file and says so; the app offers the backup and
//! never backs up an empty store over good ones; steps recorded while an
//! import holds the database are saved afterwards.

mod common;

use common::{Harness, fixture_lessons};
use std::path::{Path, PathBuf};
use std::process::Command;
use stegvis::app::Message;
use stegvis::model::progress::EventKind;
use stegvis::store::{FILE_NAME, Store};

fn stegvis() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stegvis"));
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd
}

/// A data folder whose database has progress, a backup from an earlier
/// day, and then one damaged page (as a failing disk leaves it).
fn broken_data_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut store = Store::open(dir.path()).expect("open").store;
        let course = store
            .create_course("Kurs", "Kalmar", time::macros::date!(2027 - 01 - 12), 10)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        for step in 0..200 {
            store
                .record(Some(&karin.id), "ui-first", EventKind::StepReached { step })
                .expect("record");
        }
        store
            .daily_backup(dir.path(), time::macros::date!(2027 - 01 - 12))
            .expect("backup");
    }
    damage_a_page(&dir.path().join(FILE_NAME));
    dir
}

/// Overwrites the middle of a page in use with noise.
fn damage_a_page(db: &Path) {
    let mut bytes = std::fs::read(db).expect("db");
    let page = 4096;
    assert!(bytes.len() >= 4 * page, "the database has pages to damage");
    for (i, b) in bytes[2 * page + 8..3 * page].iter_mut().enumerate() {
        *b = (i * 37 % 251) as u8;
    }
    std::fs::write(db, bytes).expect("damage");
}

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    let config = tempfile::tempdir().expect("tempdir");
    stegvis()
        .args(args)
        .env("STEGVIS_DATA_DIR", data)
        .env("STEGVIS_CONFIG_DIR", config.path())
        .env("STEGVIS_MACHINE_CONFIG", config.path().join("none.toml"))
        .env("STEGVIS_LESSONS_DIR", fixture_lessons())
        .output()
        .expect("run")
}

#[test]
fn every_command_refuses_a_damaged_database_and_leaves_it_as_it_was() {
    let data = broken_data_folder();
    let db = data.path().join(FILE_NAME);
    let before = std::fs::read(&db).expect("db");
    // A good exchange file to import.
    let other = tempfile::tempdir().expect("tempdir");
    let good = other.path().join("dator.stegvis");
    Store::open(other.path())
        .expect("open")
        .store
        .export(&good)
        .expect("export");
    let out_file = data.path().join("kurs.stegvis");
    let good_arg = good.display().to_string();
    let out_arg = out_file.display().to_string();
    for args in [
        vec!["export", out_arg.as_str()],
        vec!["import", good_arg.as_str()],
        vec!["report"],
    ] {
        let out = run(data.path(), &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("Filen med framstegen är skadad")
                && err.contains("The progress file is damaged")
                && err.contains(&db.display().to_string()),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing claims success");
        assert!(
            std::fs::read(&db).expect("db") == before,
            "{args:?}: the file is left as it was"
        );
    }
    assert!(!out_file.exists(), "no export of an empty store");
}

#[test]
fn the_app_keeps_a_damaged_database_offers_the_backup_and_backs_up_nothing() {
    let data = broken_data_folder();
    let before = std::fs::read(data.path().join(FILE_NAME)).expect("db");
    let h = Harness::open(
        tempfile::tempdir().expect("tempdir"),
        data,
        iced::Size::new(1024.0, 1600.0),
    );
    let notice = h
        .app
        .notices()
        .iter()
        .find(|n| n.starts_with("Filen med dina framsteg gick inte att läsa."))
        .cloned()
        .expect("a notice says the file could not be read");
    let kept = PathBuf::from(notice.rsplit(": ").next().expect("path"));
    assert!(
        std::fs::read(&kept).expect("kept") == before,
        "the damaged file is kept unchanged"
    );
    assert!(h.shows("Hämta säkerhetskopian"), "the backup is offered");

    // Started again without taking the backup: the empty store is not
    // backed up over the good backup, which is still offered.
    let mut h = h.restart();
    let backups = stegvis::store::backup::backups(h.data.path());
    assert_eq!(backups.len(), 1, "{backups:?}");
    h.click("Hämta säkerhetskopian");
    assert_eq!(
        event_count(h.data.path()),
        200,
        "the backup's progress is back"
    );
    assert!(!h.shows("Hämta säkerhetskopian"));
}

/// How many events the database in `data` holds.
fn event_count(data: &Path) -> i64 {
    let conn = rusqlite::Connection::open(data.join(FILE_NAME)).expect("open");
    conn.query_row("SELECT count(*) FROM event", [], |r| r.get(0))
        .expect("count")
}

/// The ids of the app's own events in memory, and whether each is in the
/// database.
fn missing_from_store(h: &Harness) -> Vec<uuid::Uuid> {
    let conn = rusqlite::Connection::open(h.data.path().join(FILE_NAME)).expect("open");
    h.app
        .shared()
        .events
        .iter()
        .filter(|e| {
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM event WHERE id = ?1",
                    [e.id.as_bytes().as_slice()],
                    |r| r.get(0),
                )
                .expect("count");
            n == 0
        })
        .map(|e| e.id)
        .collect()
}

#[test]
fn steps_taken_while_another_program_writes_are_saved_afterwards() {
    let mut h = Harness::new();
    // An import elsewhere holds the write lock.
    let other = rusqlite::Connection::open(h.data.path().join(FILE_NAME)).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    h.click("Börja ›");
    assert!(
        !h.app.unsaved().is_empty(),
        "the steps wait to be saved, not thrown away"
    );
    let notice = "Det gick inte att spara nyss.";
    let told = |h: &Harness| {
        h.app
            .notices()
            .iter()
            .filter(|n| n.starts_with(notice))
            .count()
    };
    assert_eq!(told(&h), 1, "{:?}", h.app.notices());
    h.click("Nästa ›");
    assert_eq!(told(&h), 1, "told once, not at every step");

    other.execute_batch("COMMIT").expect("unlock");
    h.click("Nästa ›");
    assert!(h.app.unsaved().is_empty());
    assert_eq!(
        missing_from_store(&h),
        Vec::<uuid::Uuid>::new(),
        "every step is saved"
    );
    assert_eq!(told(&h), 0, "the notice goes once all is saved");
}

#[test]
fn an_import_on_the_command_line_while_a_senior_works_loses_no_step() {
    // A big exchange file from another PC.
    let other = tempfile::tempdir().expect("tempdir");
    let file = other.path().join("dator-2.stegvis");
    {
        let mut store = Store::open(other.path()).expect("open").store;
        let events: Vec<_> = (0..20_000)
            .map(|step| store.stamp(None, "ui-first", EventKind::StepReached { step }))
            .collect();
        store.save_all(&events).expect("save");
        store.export(&file).expect("export");
    }
    let mut h = Harness::new();
    let data = h.data.path().to_path_buf();
    let importing = std::thread::spawn(move || {
        for _ in 0..3 {
            let out = run(&data, &["import", &file.display().to_string()]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    });
    h.click("Börja ›");
    while !importing.is_finished() {
        use stegvis::screen::lesson::Message as Step;
        h.apply(vec![
            Message::Lesson(Step::Next),
            Message::Lesson(Step::Back),
        ]);
    }
    importing.join().expect("import");
    h.click("Nästa ›");
    assert!(h.app.shared().events.len() > 3);
    assert_eq!(
        missing_from_store(&h),
        Vec::<uuid::Uuid>::new(),
        "every step is saved"
    );
    assert_eq!(
        event_count(h.data.path()) as usize,
        20_000 + h.app.shared().events.len()
    );
}

/// Makes a file unchangeable even for root (`chattr +i`) until dropped.
struct Immutable(PathBuf);

impl Immutable {
    /// `None` where the file system or the user cannot do it.
    fn new(path: &Path) -> Option<Immutable> {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Immutable(path.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

#[test]
fn a_database_that_cannot_be_written_is_told_once_at_start() {
    let data = tempfile::tempdir().expect("tempdir");
    drop(Store::open(data.path()).expect("open"));
    let db = data.path().join(FILE_NAME);
    // Root can write any file; only an unchangeable file is read-only for
    // it. Where that cannot be made, there is nothing to test.
    let Some(lock) = Immutable::new(&db) else {
        eprintln!("skipped: chattr +i is not possible here");
        return;
    };
    let folder = data.path().display().to_string();
    let mut h = Harness::open(
        tempfile::tempdir().expect("tempdir"),
        data,
        iced::Size::new(1024.0, 768.0),
    );
    let start =
        format!("Dina framsteg kan inte sparas, för Stegvis får inte skriva i mappen {folder}.");
    assert_eq!(h.app.notices().len(), 1, "{:?}", h.app.notices());
    assert!(
        h.app.notices()[0].starts_with(&start),
        "{:?}",
        h.app.notices()
    );
    assert!(
        h.app.notices()[0].contains("data_folder"),
        "what staff can do"
    );
    h.click("Börja ›");
    h.click("Nästa ›");
    assert_eq!(
        h.app.notices().len(),
        1,
        "no banner at every step: {:?}",
        h.app.notices()
    );
    assert!(matches!(h.app.screen(), stegvis::app::Screen::Lesson(_)));
    // Changeable again before the folder is removed.
    drop(lock);
}
