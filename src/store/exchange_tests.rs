//! Exchange files: round trips, refusals that change nothing, tombstones.

use super::*;
use crate::model::progress::EventKind;
use time::macros::date;
use uuid::Uuid;

/// A store in `dir` with a course, two participants, attendance and events.
fn filled(dir: &Path) -> (Store, String, String, String) {
    let mut store = Store::open(dir).expect("open").store;
    let course = store
        .create_course("Biblioteket", "Kalmar", date!(2027 - 01 - 12), 10)
        .expect("course");
    let mut with_tutors = course.clone();
    with_tutors.tutors = vec!["Ahmed".into(), "Sara".into()];
    store.update_course(&with_tutors).expect("tutors");
    let karin = store.add_participant(&course.id, "Karin L.").expect("add");
    let ake = store.add_participant(&course.id, "Åke B.").expect("add");
    store.start_session(&course.id, 2).expect("start");
    store
        .set_attendance(&course.id, 2, &karin.id, true)
        .expect("present");
    for who in [&karin.id, &ake.id] {
        store
            .record(Some(who), "a", EventKind::LessonStarted)
            .expect("record");
        store
            .record(Some(who), "a", EventKind::StepReached { step: 1 })
            .expect("record");
    }
    let help = store
        .record(Some(&karin.id), "a", EventKind::HelpRequested { step: 1 })
        .expect("help");
    store
        .record(
            Some(&karin.id),
            "a",
            EventKind::HelpResolved { request: help.id },
        )
        .expect("resolved");
    store
        .record(
            Some(&ake.id),
            "a",
            EventKind::PracticeOutcome {
                scenario: "banken-ringer".into(),
                success: false,
                attempts: 2,
                traps: vec!["loggade-in".into()],
            },
        )
        .expect("outcome");
    (store, course.id, karin.id, ake.id)
}

/// Whether a refusal is the one expected.
type Expected = fn(&ExchangeError) -> bool;

fn db_bytes(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(super::super::FILE_NAME)).expect("read db")
}

#[test]
fn export_then_import_carries_everything_and_twice_changes_nothing() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let (mut from, _, karin, ake) = filled(a.path());
    from.set_device_name("  Dator   3 ").expect("name");
    let file = a.path().join("ut.json");
    let exported = from.export(&file).expect("export");
    assert_eq!(
        (exported.courses, exported.participants, exported.events),
        (1, 2, 7)
    );
    assert!(std::fs::read(&file).expect("read").starts_with(MARKER));

    let mut into = Store::open(b.path()).expect("open").store;
    let summary = into.import(&file).expect("import");
    assert_eq!(
        (
            summary.new_events,
            summary.new_participants,
            summary.new_courses
        ),
        (7, 2, 1)
    );
    assert_eq!(summary.from_device_name, "Dator 3");
    assert_eq!(summary.from_device_id, from.device_id());
    assert_eq!(summary.exported_ms, exported.exported_ms);
    assert_eq!(into.content().expect("b"), from.content().expect("a"));
    assert_eq!(
        into.courses().expect("courses")[0].tutors,
        ["Ahmed", "Sara"],
        "the tutors came along"
    );
    let kinds = |store: &Store, who: &str| -> Vec<EventKind> {
        let mut events = store.events(Some(who)).expect("events");
        events.sort_by_key(|e| e.id);
        events.into_iter().map(|e| e.kind).collect()
    };
    for who in [&karin, &ake] {
        assert_eq!(
            kinds(&into, who),
            kinds(&from, who),
            "help and practice too"
        );
    }
    assert!(kinds(&into, &ake).iter().any(|k| matches!(
        k,
        EventKind::PracticeOutcome { traps, .. } if traps == &["loggade-in".to_owned()]
    )));

    let before = into.content().expect("content");
    let again = into.import(&file).expect("import again");
    assert_eq!(
        (again.new_events, again.new_participants, again.new_courses),
        (0, 0, 0)
    );
    assert_eq!(into.content().expect("content"), before);
    let log = into.import_log().expect("log");
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].file_name, "ut.json");
    assert_eq!(log[1].new_events, 7);
    assert_eq!(log[1].from_device_name, "Dator 3");
    assert_eq!(log[0].new_events, 0);
}

#[test]
fn a_newer_minor_version_with_unknown_fields_is_read() {
    let header = Header {
        version: "1.7".into(),
        app_version: "9.9.9".into(),
        device_id: Uuid::new_v4().to_string(),
        device_name: "Dator 9".into(),
        exported_ms: now_ms(),
    };
    let bytes = to_bytes(&header, &Content::default()).expect("bytes");
    let text = String::from_utf8(bytes).expect("utf8");
    let text = text.replace("\"sha256\"", "\"colour\":\"blå\",\"sha256\"");
    let file = parse(text.as_bytes()).expect("a newer minor version is read");
    assert_eq!(file.header.device_name, "Dator 9");
}

#[test]
fn refused_files_change_nothing_and_are_kept() {
    let a = tempfile::tempdir().expect("tempdir");
    let (from, _, _, _) = filled(a.path());
    let good = from.export(&a.path().join("ut.json")).map(|_| ());
    good.expect("export");
    let good = std::fs::read(a.path().join("ut.json")).expect("read");
    let text = String::from_utf8(good.clone()).expect("utf8");

    let b = tempfile::tempdir().expect("tempdir");
    Store::open(b.path())
        .expect("open")
        .store
        .set_device_name("Dator 1")
        .expect("name");
    let db_before = db_bytes(b.path());
    let mut into = Store::open(b.path()).expect("reopen").store;
    let before = into.content().expect("content");

    let this_version = format!("\"version\":\"{VERSION_MAJOR}.{VERSION_MINOR}\"");
    let mut newer = text.replacen(&this_version, "\"version\":\"2.0\"", 1);
    newer = newer.replacen("\"courses\"", "\"kurser\"", 1);
    let flipped = text.replacen("Karin L.", "Karin K.", 1);
    let newer_header = text
        .replacen(&this_version, "\"version\":\"3.1\"", 1)
        .replacen(
            "\"exported_ms\":",
            "\"exported_ms\":\"when\",\"old_ms\":",
            1,
        );
    let cases: Vec<(&str, Vec<u8>, Expected)> = vec![
        ("foreign.json", b"{\"name\":\"recipes\"}".to_vec(), |e| {
            matches!(e, ExchangeError::NotStegvis)
        }),
        ("picture.png", vec![0x89, b'P', b'N', b'G', 0, 1, 2], |e| {
            matches!(e, ExchangeError::NotStegvis)
        }),
        ("empty.json", Vec::new(), |e| {
            matches!(e, ExchangeError::NotStegvis)
        }),
        (
            "newer.json",
            newer.into_bytes(),
            |e| matches!(e, ExchangeError::Newer { version } if version == "2.0"),
        ),
        (
            "newer-header.json",
            newer_header.into_bytes(),
            |e| matches!(e, ExchangeError::Newer { version } if version == "3.1"),
        ),
        ("flipped.json", flipped.into_bytes(), |e| {
            matches!(e, ExchangeError::BadChecksum)
        }),
        ("half.json", good[..good.len() / 2].to_vec(), |e| {
            matches!(e, ExchangeError::Truncated)
        }),
        ("head.json", good[..10].to_vec(), |e| {
            matches!(e, ExchangeError::Truncated)
        }),
        ("tail-cut.json", good[..good.len() - 3].to_vec(), |e| {
            matches!(e, ExchangeError::Truncated)
        }),
    ];
    for (name, bytes, expected) in cases {
        let path = b.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let err = into.import(&path).expect_err(name);
        assert!(expected(&err), "{name}: {err:?}");
        assert!(!err.to_string().is_empty());
        assert_eq!(std::fs::read(&path).expect("kept"), bytes, "{name} kept");
        assert_eq!(into.content().expect("content"), before, "{name}");
    }
    assert!(into.import_log().expect("log").is_empty());
    assert!(matches!(
        into.import(&b.path().join("missing.json")),
        Err(ExchangeError::Io(_))
    ));
    drop(into);
    assert!(
        db_bytes(b.path()) == db_before,
        "the database was not written"
    );
}

#[test]
fn a_deleted_participant_never_comes_back() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let (mut pc1, course, karin, ake) = filled(a.path());
    let file1 = a.path().join("pc1.json");
    pc1.export(&file1).expect("export");
    let mut pc2 = Store::open(b.path()).expect("open").store;
    pc2.import(&file1).expect("import");

    // PC 1 deletes Karin; PC 2 goes on recording her progress meanwhile.
    pc1.delete_participant(&karin).expect("delete");
    pc2.start_session(&course, 3).expect("start");
    pc2.record(Some(&karin), "b", EventKind::LessonCompleted)
        .expect("record");
    let file2 = b.path().join("pc2.json");
    pc2.export(&file2).expect("export");
    pc1.export(&file1).expect("export");

    pc1.import(&file2).expect("import into pc1");
    pc2.import(&file1).expect("import into pc2");
    for store in [&pc1, &pc2] {
        let names: Vec<String> = store
            .participants(&course)
            .expect("list")
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(names, vec![ake.clone()]);
        assert!(store.events(Some(&karin)).expect("events").is_empty());
        assert!(store.attendance(&course, 2).expect("att").is_empty());
    }
    assert_eq!(pc1.content().expect("1"), pc2.content().expect("2"));
}

#[test]
fn deleting_a_course_reaches_participants_added_elsewhere() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let (mut pc1, course, _, _) = filled(a.path());
    let file1 = a.path().join("pc1.json");
    pc1.export(&file1).expect("export");
    let mut pc2 = Store::open(b.path()).expect("open").store;
    pc2.import(&file1).expect("import");
    pc2.start_session(&course, 4).expect("start");
    let late = pc2.add_participant(&course, "Sven").expect("add");
    pc2.record(Some(&late.id), "a", EventKind::LessonStarted)
        .expect("record");

    pc1.delete_course(&course).expect("delete");
    pc1.export(&file1).expect("export");
    let file2 = b.path().join("pc2.json");
    pc2.export(&file2).expect("export");
    pc1.import(&file2).expect("import into pc1");
    pc2.import(&file1).expect("import into pc2");
    for store in [&pc1, &pc2] {
        assert!(store.courses().expect("courses").is_empty());
        assert!(store.events(Some(&late.id)).expect("events").is_empty());
        assert_eq!(store.current_session(), None, "the running session ended");
    }
    assert_eq!(pc1.content().expect("1"), pc2.content().expect("2"));
}

#[test]
fn the_later_edit_wins_on_every_pc() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let (mut pc1, course, karin, _) = filled(a.path());
    let file1 = a.path().join("pc1.json");
    pc1.export(&file1).expect("export");
    let mut pc2 = Store::open(b.path()).expect("open").store;
    pc2.import(&file1).expect("import");
    pc2.rename_participant(&karin, "Karin 2").expect("rename");
    pc2.set_attendance(&course, 2, &karin, false)
        .expect("absent");
    let mut shorter = pc2.course(&course).expect("read").expect("exists");
    shorter.sessions.truncate(8);
    pc2.update_course(&shorter).expect("update");
    let file2 = b.path().join("pc2.json");
    pc2.export(&file2).expect("export");
    pc1.import(&file2).expect("import");
    let names: Vec<String> = pc1
        .participants(&course)
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert!(names.contains(&"Karin 2".to_owned()), "{names:?}");
    assert!(pc1.attendance(&course, 2).expect("att").is_empty());
    assert_eq!(
        pc1.course(&course)
            .expect("read")
            .expect("exists")
            .sessions
            .len(),
        8
    );
    assert_eq!(pc1.content().expect("1"), pc2.content().expect("2"));
}

#[test]
fn inconsistent_content_is_refused() {
    let mut store = Store::in_memory().expect("store");
    let mut content = Content::default();
    content.courses.push(CourseRecord {
        id: "c".into(),
        name: "Kurs".into(),
        place: String::new(),
        tutors: Vec::new(),
        updated_ms: 1,
    });
    content.attendance.push(AttendanceRecord {
        course_id: "c".into(),
        session: 1,
        participant_id: "nobody".into(),
        present: true,
        updated_ms: 1,
    });
    assert!(matches!(
        store.merge_content(&content),
        Err(ExchangeError::NotStegvis)
    ));
    assert_eq!(store.content().expect("content"), Content::default());
}

#[test]
fn a_merge_that_fails_halfway_is_rolled_back_whole() {
    let a = tempfile::tempdir().expect("tempdir");
    let (from, _, _, _) = filled(a.path());
    let file = a.path().join("ut.json");
    from.export(&file).expect("export");
    let mut store = Store::in_memory().expect("store");
    // Courses and participants are merged before events; make the events fail.
    store
        .conn
        .execute_batch(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON event
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .expect("trigger");
    assert!(matches!(store.import(&file), Err(ExchangeError::Store(_))));
    assert_eq!(store.content().expect("content"), Content::default());
    assert!(store.import_log().expect("log").is_empty());
}

#[test]
fn the_device_name_defaults_to_the_host_and_can_be_set() {
    let mut store = Store::in_memory().expect("store");
    assert!(!store.device_name().expect("name").is_empty());
    assert_eq!(store.device_name().expect("name"), default_device_name());
    store.set_device_name("Dator 3").expect("set");
    assert_eq!(store.device_name().expect("name"), "Dator 3");
    let name = store.suggested_export_name().expect("file name");
    assert!(
        name.starts_with("stegvis-Dator-3-") && name.ends_with(".stegvis"),
        "{name}"
    );
    store.set_device_name("   ").expect("clear");
    assert_eq!(store.device_name().expect("name"), default_device_name());
    store.preset_device_name(Some(" Dator 7, Stadsbiblioteket ".into()));
    store.set_device_name("Dator 3").expect("set");
    assert_eq!(
        store.device_name().expect("name"),
        "Dator 7, Stadsbiblioteket",
        "the machine configuration's name wins"
    );
    store.preset_device_name(Some("  ".into()));
    assert_eq!(store.device_name().expect("name"), "Dator 3");
}

#[test]
fn a_store_with_wrong_clock_times_still_exports_a_file_others_take() {
    let a = tempfile::tempdir().expect("tempdir");
    let (mut from, course, karin, _) = filled(a.path());
    from.set_device_name("Dator\u{202E} 3").expect("name");
    let mut early = from
        .record(Some(&karin), "b", EventKind::LessonStarted)
        .expect("record");
    early.id = Uuid::new_v4();
    early.at_ms = 0;
    from.insert(&early).expect("1970");
    let mut late = early.clone();
    late.id = Uuid::new_v4();
    late.at_ms = i64::MAX;
    from.insert(&late).expect("end of time");
    from.conn
        .execute(
            "UPDATE course SET updated_ms = ?1 WHERE id = ?2",
            rusqlite::params![i64::MAX, course],
        )
        .expect("course stamp");
    let own = from.content().expect("own");
    let file = a.path().join("ut.stegvis");
    from.export(&file).expect("export");
    assert_eq!(
        from.content().expect("own"),
        own,
        "the store itself is as it was"
    );

    let mut into = Store::in_memory().expect("store");
    let summary = into.import(&file).expect("the clamped file is taken");
    assert_eq!(summary.from_device_name, "Dator 3");
    let now = now_ms();
    let times = |store: &Store| -> Vec<i64> {
        let mut times: Vec<i64> = store
            .events(Some(&karin))
            .expect("events")
            .iter()
            .map(|e| e.at_ms)
            .collect();
        times.sort_unstable();
        times
    };
    let got = times(&into);
    assert_eq!(got.first(), Some(&validate::EARLIEST_MS));
    assert!(got.last().is_some_and(|&t| t <= now), "{got:?}");
    assert!(into.content().expect("content").courses[0].updated_ms <= now);
}
