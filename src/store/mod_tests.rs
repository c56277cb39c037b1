//! Unit tests of the store: opening, recording, times and deletion.

use super::*;
use crate::model::progress::{LessonStatus, lesson_status};

#[test]
fn events_survive_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let device = {
        let mut opened = Store::open(dir.path()).expect("open");
        assert!(opened.broken_copy.is_none());
        opened
            .store
            .record(None, "a", EventKind::LessonStarted)
            .expect("record");
        opened
            .store
            .record(None, "a", EventKind::StepReached { step: 2 })
            .expect("record");
        opened
            .store
            .record(
                None,
                "a",
                EventKind::AnswerGiven {
                    step: 2,
                    answer: 1,
                    correct: false,
                },
            )
            .expect("record");
        opened.store.device_id().to_owned()
    };
    let opened = Store::open(dir.path()).expect("reopen");
    assert_eq!(opened.store.device_id(), device, "device id is stable");
    let events = opened.store.events(None).expect("events");
    assert_eq!(events.len(), 3);
    assert_eq!(
        events[2].kind,
        EventKind::AnswerGiven {
            step: 2,
            answer: 1,
            correct: false
        }
    );
    assert_eq!(
        lesson_status(&events, "a"),
        LessonStatus::Started { step: 2 }
    );
}

#[test]
fn events_in_the_same_millisecond_keep_their_order() {
    let mut store = Store::in_memory().expect("store");
    for step in 0..50 {
        store
            .record(None, "a", EventKind::StepReached { step })
            .expect("record");
    }
    let events = store.events(None).expect("events");
    assert!(events.windows(2).all(|w| w[0].at_ms < w[1].at_ms));
    assert_eq!(
        lesson_status(&events, "a"),
        LessonStatus::Started { step: 49 }
    );
}

#[test]
fn new_events_follow_a_slightly_early_clock_but_not_a_far_future_event() {
    let now = 1_800_000_000_000;
    assert_eq!(next_event_ms(now, now - 5), now);
    assert_eq!(next_event_ms(now, now), now + 1);
    assert_eq!(next_event_ms(now, now + 1000), now + 1001);
    assert_eq!(
        next_event_ms(now, now + CLOCK_SLACK_MS),
        now + CLOCK_SLACK_MS + 1
    );
    assert_eq!(next_event_ms(now, now + CLOCK_SLACK_MS + 1), now);
    assert_eq!(next_event_ms(now, i64::MAX), now);
    assert_eq!(next_event_ms(i64::MAX, i64::MAX), i64::MAX);
    assert_eq!(next_event_ms(now, i64::MIN), now);
}

#[test]
fn an_event_from_the_far_future_does_not_stamp_new_events() {
    let dir = tempfile::tempdir().expect("tempdir");
    for at_ms in [i64::MAX, 4_102_444_800_000] {
        {
            let mut store = Store::open(dir.path()).expect("open").store;
            let mut e = store
                .record(None, "a", EventKind::LessonStarted)
                .expect("record");
            e.id = Uuid::new_v4();
            e.at_ms = at_ms;
            store.insert(&e).expect("insert far event");
        }
        // Reopened, as at every start: no overflow, and today's time.
        let mut store = Store::open(dir.path()).expect("reopen").store;
        let before = now_ms();
        let e = store
            .record(None, "a", EventKind::LessonCompleted)
            .expect("record after");
        assert!(
            e.at_ms >= before && e.at_ms <= now_ms() + 1,
            "{at_ms}: stamped {}",
            e.at_ms
        );
    }
}

#[test]
fn a_deleted_participant_leaves_no_name_in_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let secret = "Qzxwvy K.";
    {
        let mut store = Store::open(dir.path()).expect("open").store;
        let course = store
            .create_course("Kurs", "", time::macros::date!(2027 - 01 - 12), 3)
            .expect("course");
        let mut ids = Vec::new();
        for i in 0..40 {
            let name = if i == 17 {
                secret.to_owned()
            } else {
                format!("Namn {i}")
            };
            ids.push(store.add_participant(&course.id, &name).expect("add").id);
        }
        store
            .set_participant_note(&ids[17], "Qzxwvy har hörapparat")
            .expect("note");
        store
            .record(Some(&ids[17]), "a", EventKind::LessonStarted)
            .expect("record");
        store
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .expect("checkpoint");
        store.delete_participant(&ids[17]).expect("delete");
        store
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .expect("checkpoint");
    }
    for file in ["progress.db", "progress.db-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        assert!(
            !bytes.windows(6).any(|w| w == b"Qzxwvy"),
            "{file} still holds the deleted name"
        );
    }
}

#[test]
fn inserting_the_same_event_twice_keeps_one() {
    let mut store = Store::in_memory().expect("store");
    let e = store
        .record(None, "a", EventKind::LessonCompleted)
        .expect("record");
    store.insert(&e).expect("insert again");
    assert_eq!(store.events(None).expect("events").len(), 1);
}

#[test]
fn participants_are_kept_apart() {
    let mut store = Store::in_memory().expect("store");
    store
        .record(Some("p1"), "a", EventKind::LessonCompleted)
        .expect("record");
    assert!(store.events(None).expect("events").is_empty());
    assert_eq!(store.events(Some("p1")).expect("events").len(), 1);
}

#[test]
fn garbage_file_is_kept_and_a_fresh_store_starts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).expect("write");
    let opened = Store::open(dir.path()).expect("open fresh");
    let kept = opened.broken_copy.expect("kept");
    assert!(
        std::fs::read(&kept).expect("read kept") == garbage,
        "kept copy differs"
    );
    assert!(opened.store.events(None).expect("events").is_empty());
}

#[test]
fn foreign_sqlite_file_is_kept_not_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute_batch(
            "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bulle');",
        )
        .expect("create");
    }
    let opened = Store::open(dir.path()).expect("open");
    let kept = opened.broken_copy.expect("foreign file moved aside");
    let conn = Connection::open(&kept).expect("open kept");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM recipes", [], |r| r.get(0))
        .expect("query");
    assert_eq!(n, 1);
}

#[test]
fn newer_schema_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    {
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "user_version", 99)
            .expect("version");
    }
    let before = std::fs::read(&path).expect("read");
    assert!(matches!(
        Store::open(dir.path()),
        Err(StoreError::Newer(99))
    ));
    assert!(
        std::fs::read(&path).expect("read") == before,
        "file changed"
    );
}
