//! Export on one data folder, import into a second: the tutor's dashboards
//! and attendance are identical on both. Then both PCs go on working and
//! exchange both ways, and they agree again.

use std::path::{Path, PathBuf};
use stegvis::model::Library;
use stegvis::model::progress::EventKind;
use stegvis::screen::tutor::{HelpRow, ParticipantRow, dashboard_rows, help_rows};
use stegvis::store::Store;
use time::macros::date;

const NOW_MS: i64 = 4_102_444_800_000;

fn library() -> Library {
    let lessons = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let library = Library::load(&[lessons]);
    assert!(library.lessons.len() >= 10, "the shipped lessons load");
    library
}

/// What a tutor sees for one session: the dashboard, the help list and
/// who was there.
fn dashboard(
    store: &Store,
    library: &Library,
    course: &str,
    session: u8,
) -> (Vec<ParticipantRow>, Vec<HelpRow>) {
    let data =
        stegvis::app::load_tutor_data(store, Some(course), Some(session), NOW_MS).expect("data");
    (
        dashboard_rows(&data, library, "sv", session),
        help_rows(&data, library, "sv"),
    )
}

fn assert_same_dashboards(a: &Store, b: &Store, library: &Library, course: &str) {
    for session in 1..=10 {
        assert_eq!(
            dashboard(a, library, course, session),
            dashboard(b, library, course, session),
            "session {session}"
        );
        assert_eq!(
            a.attendance(course, session).expect("a"),
            b.attendance(course, session).expect("b"),
            "attendance at session {session}"
        );
    }
}

/// A participant works through the session's lessons: starts, steps,
/// answers (sometimes wrongly), finishes some and asks for help in one.
fn work(store: &mut Store, library: &Library, who: &str, session: u8, finish: bool) {
    let mut lessons: Vec<_> = library
        .lessons
        .iter()
        .filter(|l| l.session == session)
        .collect();
    lessons.sort_by(|a, b| a.id.cmp(&b.id));
    for (n, lesson) in lessons.iter().enumerate() {
        let record =
            |store: &mut Store, kind| store.record(Some(who), &lesson.id, kind).expect("record");
        record(store, EventKind::LessonStarted);
        for step in 0..lesson.steps.len().min(3) {
            record(store, EventKind::StepReached { step });
            record(
                store,
                EventKind::AnswerGiven {
                    step,
                    answer: step,
                    correct: step != 1,
                },
            );
        }
        if n == 0 {
            let asked = record(store, EventKind::HelpRequested { step: 2 });
            if finish {
                record(store, EventKind::HelpResolved { request: asked.id });
            }
        }
        if finish || n > 0 {
            record(store, EventKind::LessonCompleted);
        }
    }
}

fn open(dir: &Path) -> Store {
    Store::open(dir).expect("open").store
}

#[test]
fn an_exported_folder_imported_elsewhere_shows_the_same_dashboards() {
    let library = library();
    let dir1 = tempfile::tempdir().expect("tempdir");
    let dir2 = tempfile::tempdir().expect("tempdir");
    let mut pc1 = open(dir1.path());
    pc1.set_device_name("Dator 1").expect("name");
    let course = pc1
        .create_course("Stadsbiblioteket", "Kalmar", date!(2027 - 01 - 12), 10)
        .expect("course");
    let names = ["Karin L.", "Åke B.", "Sven", "Farmor Åsa", "Bo 2"];
    let people: Vec<String> = names
        .iter()
        .map(|n| pc1.add_participant(&course.id, n).expect("add").id)
        .collect();
    for session in 1..=2u8 {
        pc1.start_session(&course.id, session).expect("start");
        for (i, who) in people.iter().enumerate() {
            pc1.set_attendance(&course.id, session, who, i != 3)
                .expect("attendance");
            work(&mut pc1, &library, who, session, i % 2 == 0);
        }
    }
    pc1.delete_participant(&people[4]).expect("delete Bo");

    let file = dir1.path().join("dator1.json");
    pc1.export(&file).expect("export");
    let mut pc2 = open(dir2.path());
    let summary = pc2.import(&file).expect("import");
    assert_eq!(summary.new_participants, 4);
    assert_eq!(summary.from_device_name, "Dator 1");
    assert_same_dashboards(&pc1, &pc2, &library, &course.id);
    let (rows, help) = dashboard(&pc2, &library, &course.id, 2);
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().any(|r| r.done > 0) && rows.iter().any(|r| r.wrong > 0));
    assert!(!help.is_empty(), "open help requests travel too");

    // Session 3 runs on both PCs at once, with different participants.
    pc1.start_session(&course.id, 3).expect("start");
    pc2.start_session(&course.id, 3).expect("start");
    work(&mut pc1, &library, &people[0], 3, true);
    work(&mut pc1, &library, &people[1], 3, false);
    work(&mut pc2, &library, &people[2], 3, false);
    pc2.set_attendance(&course.id, 3, &people[2], true)
        .expect("present");
    pc1.set_attendance(&course.id, 3, &people[0], true)
        .expect("present");
    pc2.delete_participant(&people[3]).expect("delete Åsa");
    let late = pc2.add_participant(&course.id, "Nils").expect("add").id;
    work(&mut pc2, &library, &late, 3, true);

    let file2 = dir2.path().join("dator2.json");
    pc2.export(&file2).expect("export");
    pc1.export(&file).expect("export");
    pc1.import(&file2).expect("import into 1");
    pc2.import(&file).expect("import into 2");
    assert_same_dashboards(&pc1, &pc2, &library, &course.id);
    assert_eq!(pc1.content().expect("1"), pc2.content().expect("2"));
    let names: Vec<String> = dashboard(&pc1, &library, &course.id, 3)
        .0
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["Karin L.", "Nils", "Sven", "Åke B."]);
}
