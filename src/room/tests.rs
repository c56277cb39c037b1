use super::*;
use crate::model::progress::EventKind;

/// A PC of a test room: its own data folder and store.
struct Pc {
    _dir: tempfile::TempDir,
    store: Store,
    room: Room,
}

fn pc(folder: &Path, name: &str) -> Pc {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open").store;
    store.set_device_name(name).expect("name");
    Pc {
        _dir: dir,
        store,
        room: Room::new(folder.to_owned()),
    }
}

impl Pc {
    /// A pass with a scan due (`now` moves on by a scan interval each time).
    fn pass(&mut self, now: i64) -> Pass {
        self.room.pass(&mut self.store, now)
    }
}

#[test]
fn a_help_request_and_its_resolution_reach_the_other_pc() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let mut b = pc(shared.path(), "Dator 2");
    let date = time::macros::date!(2027 - 03 - 01);
    let course = a.store.create_course("Kurs", "", date, 10).expect("course");
    let karin = a
        .store
        .add_participant(&course.id, "Karin L.")
        .expect("add");
    a.store.set_tutor_code("4711").expect("code");
    let mut now = 1_000_000;
    assert!(a.pass(now).wrote);
    assert!(b.pass(now).merged, "B takes in A's course");
    assert_eq!(b.store.participants(&course.id).expect("list").len(), 1);
    assert!(b.store.check_tutor_code("4711").expect("check"));

    let help = b
        .store
        .record(Some(&karin.id), "l", EventKind::HelpRequested { step: 2 })
        .expect("help");
    now += SCAN_EVERY_MS;
    assert!(b.pass(now).wrote, "B's change is written at once");
    assert!(a.pass(now).merged);
    assert!(a.store.event(help.id).expect("read").is_some());
    let view = a.room.view(&a.store);
    let peer = view.peer(b.store.device_id()).expect("B is a peer");
    assert_eq!((peer.name.as_str(), peer.heard_ms), ("Dator 2", now));

    a.store
        .record(
            Some(&karin.id),
            "l",
            EventKind::HelpResolved { request: help.id },
        )
        .expect("resolve");
    now += SCAN_EVERY_MS;
    a.pass(now);
    assert!(b.pass(now).merged);
    let open = b.store.course_progress(&course.id).expect("progress");
    assert!(open.open_help().is_empty(), "cleared on B too");
}

#[test]
fn nothing_is_written_or_merged_again_when_nothing_changed() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let mut b = pc(shared.path(), "Dator 2");
    a.store
        .record(None, "l", EventKind::LessonStarted)
        .expect("record");
    let mut now = 5_000_000;
    let first = (a.pass(now), b.pass(now));
    assert_eq!(
        first,
        (
            Pass {
                wrote: true,
                merged: false
            },
            Pass {
                wrote: true,
                merged: true
            }
        )
    );
    now += SCAN_EVERY_MS;
    let second = (a.pass(now), b.pass(now));
    assert_eq!(
        second,
        (Pass::default(), Pass::default()),
        "then all is quiet"
    );
    now += HEARTBEAT_MS;
    assert!(a.pass(now).wrote, "the heartbeat rewrites");
    assert!(!b.pass(now).merged, "which brings nothing new");
    assert_eq!(b.room.view(&b.store).peers[0].heard_ms, now);
}

#[test]
fn broken_and_foreign_files_are_skipped_and_named() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let mut b = pc(shared.path(), "Dator 2");
    a.store
        .record(None, "l", EventKind::LessonStarted)
        .expect("record");
    a.pass(0);
    let whole = std::fs::read(shared.path().join(Room::own_file_name(&a.store))).expect("read");
    std::fs::write(
        shared.path().join("half.stegvis"),
        &whole[..whole.len() / 2],
    )
    .expect("half");
    std::fs::write(shared.path().join("recept.stegvis"), "Kanelbullar").expect("foreign");
    std::fs::write(shared.path().join("anteckning.txt"), "ignored").expect("other");
    std::fs::write(shared.path().join(".x.tmp"), "a temp file").expect("temp");
    assert!(b.pass(0).merged, "A's own file still counts");
    let view = b.room.view(&b.store);
    assert_eq!(
        view.skipped,
        [
            ("half.stegvis".to_owned(), Skip::Damaged),
            ("recept.stegvis".to_owned(), Skip::Foreign)
        ]
    );
    assert_eq!(view.problem, None);
    std::fs::write(shared.path().join("half.stegvis"), &whole).expect("complete");
    b.pass(SCAN_EVERY_MS);
    assert_eq!(
        b.room.view(&b.store).skipped.len(),
        1,
        "read again once whole"
    );
    assert_eq!(
        b.room.view(&b.store).peers.len(),
        1,
        "an export is not a PC"
    );
}

#[test]
fn a_missing_folder_is_never_created_and_nothing_is_lost_when_it_returns() {
    let parent = tempfile::tempdir().expect("parent");
    let shared = parent.path().join("rum");
    let away = parent.path().join("rum-borta");
    std::fs::create_dir(&shared).expect("create");
    let mut a = pc(&shared, "Dator 1");
    let mut b = pc(&shared, "Dator 2");
    let mut now = 0;
    a.pass(now);
    b.pass(now);
    std::fs::rename(&shared, &away).expect("unplug");
    let during = a
        .store
        .record(None, "l", EventKind::LessonCompleted)
        .expect("record");
    now += SCAN_EVERY_MS;
    assert_eq!(a.pass(now), Pass::default());
    assert_eq!(a.room.view(&a.store).problem, Some(Problem::Unreachable));
    assert!(!shared.exists(), "the folder is not made again");
    std::fs::rename(&away, &shared).expect("plug in");
    now += SCAN_EVERY_MS;
    assert!(a.pass(now).wrote, "catches up");
    assert_eq!(a.room.view(&a.store).problem, None);
    assert!(b.pass(now).merged);
    assert!(b.store.event(during.id).expect("read").is_some());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_said_plainly_and_work_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o555))
        .expect("read only");
    if std::fs::write(shared.path().join("probe"), "x").is_ok() {
        // Running as root: permissions do not stop writing.
        return;
    }
    a.store
        .record(None, "l", EventKind::LessonStarted)
        .expect("local work goes on");
    assert!(!a.pass(0).wrote);
    assert_eq!(a.room.view(&a.store).problem, Some(Problem::ReadOnly));
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o755))
        .expect("writable");
    assert!(a.pass(SCAN_EVERY_MS).wrote);
    assert_eq!(a.room.view(&a.store).problem, None);
}

#[test]
fn a_wrong_clock_is_measured_and_taken_out_of_event_times() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let b = pc(shared.path(), "Dator 2");
    // B's file says it was written 10 minutes ahead of A's clock.
    let real_now = crate::store::now_ms();
    let bytes = b.store.exchange_bytes().expect("bytes");
    let name = Room::own_file_name(&b.store);
    std::fs::write(shared.path().join(&name), &bytes).expect("write");
    a.pass(real_now - 600_000);
    let view = a.room.view(&a.store);
    let ahead = view.peer(b.store.device_id()).expect("peer").clock_ahead_ms;
    assert!((599_000..=601_000).contains(&ahead), "{ahead}");
    let now = real_now - 600_000;
    let asked = real_now - 60_000; // one minute ago by B's clock
    let local = view.local_time(b.store.device_id(), asked, now);
    assert!(
        (now - local - 60_000).abs() < 1_000,
        "one minute ago here too"
    );
    assert_eq!(
        view.local_time("unknown", now + 5, now),
        now,
        "never in the future"
    );
}

#[test]
fn numbers_in_pc_names_sort_as_numbers() {
    let mut names = ["Dator 10", "dator 2", "Dator 1", "Bärbar"];
    names.sort_by_key(|n| natural_key(n));
    assert_eq!(names, ["Bärbar", "Dator 1", "dator 2", "Dator 10"]);
}

#[test]
fn each_file_carries_only_its_own_pc_s_events_while_the_others_are_there() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let mut b = pc(shared.path(), "Dator 2");
    let from_a = a
        .store
        .record(None, "l", EventKind::LessonStarted)
        .expect("a");
    let from_b = b
        .store
        .record(None, "l", EventKind::LessonCompleted)
        .expect("b");
    let mut now = 0;
    a.pass(now);
    b.pass(now);
    now += SCAN_EVERY_MS;
    a.pass(now);
    let events_in = |pc: &Pc| -> Vec<uuid::Uuid> {
        let path = shared.path().join(Room::own_file_name(&pc.store));
        let file = exchange::read(&path).expect("read");
        file.content
            .events
            .records()
            .filter_map(|e| uuid::Uuid::parse_str(&e.id).ok())
            .collect()
    };
    assert!(
        a.store.event(from_b.id).expect("read").is_some(),
        "A has B's event"
    );
    assert_eq!(events_in(&a), [from_a.id], "but its file leaves it to B's");
    assert_eq!(events_in(&b), [from_b.id]);

    std::fs::remove_file(shared.path().join(Room::own_file_name(&b.store))).expect("B leaves");
    now += HEARTBEAT_MS;
    a.pass(now);
    let mut carried = events_in(&a);
    carried.sort();
    let mut both = vec![from_a.id, from_b.id];
    both.sort();
    assert_eq!(
        carried, both,
        "a PC gone from the room: its events travel on"
    );
}

#[test]
fn temporary_files_left_by_this_pc_are_cleared_and_no_other() {
    let shared = tempfile::tempdir().expect("shared");
    let mut a = pc(shared.path(), "Dator 1");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    let left = shared
        .path()
        .join(format!(".{}.123-4.tmp", a.store.device_id()));
    let fresh = shared
        .path()
        .join(format!(".{}.123-5.tmp", a.store.device_id()));
    let other = shared.path().join(".someone-else.123-4.tmp");
    for file in [&left, &fresh, &other] {
        std::fs::write(file, "half").expect("write");
    }
    for file in [&left, &other] {
        std::fs::File::options()
            .write(true)
            .open(file)
            .and_then(|f| f.set_modified(old))
            .expect("age");
    }
    a.pass(0);
    assert!(!left.exists(), "an old temp file of this PC goes");
    assert!(fresh.exists(), "one that may be being written stays");
    assert!(other.exists(), "another PC's is not this PC's to remove");
}

#[test]
fn a_pc_is_stale_after_a_minute_unheard() {
    let peer = Peer {
        device_id: "x".into(),
        name: "Dator 3".into(),
        heard_ms: 1_000_000,
        clock_ahead_ms: 0,
    };
    assert!(!peer.is_stale(1_000_000 + STALE_AFTER_MS));
    assert!(peer.is_stale(1_000_000 + STALE_AFTER_MS + 1));
}
