//! A small, known set of courses for tests of the report and its rendering.

use super::*;
use crate::model::Sources;
use crate::model::course::CourseSession;
use std::path::PathBuf;
use time::macros::{date, datetime};
use uuid::Uuid;

/// Three lessons: two about email, one about BankID.
pub fn library() -> Library {
    let lesson = |id: &str, topic: &str| {
        let toml = format!(
            "id = \"{id}\"\ntopic = \"{topic}\"\nsession = 1\n\
             [[step]]\nkind = \"read\"\ntext = \"t\"\n"
        );
        let ftl = [(
            "sv".to_owned(),
            "title = T\nsummary = S\nt = Text\n".to_owned(),
        )]
        .into_iter()
        .collect();
        (
            PathBuf::from(format!("/fixture/{id}")),
            Sources {
                toml,
                ftl,
                ..Sources::default()
            },
        )
    };
    Library::from_sources(&[
        lesson("mejl-1", "email"),
        lesson("mejl-2", "email"),
        lesson("bank-1", "bankid"),
    ])
}

/// An event at a moment given in UTC.
pub fn event(
    participant: &str,
    lesson: &str,
    kind: EventKind,
    at: OffsetDateTime,
) -> ProgressEvent {
    ProgressEvent {
        id: Uuid::new_v4(),
        device_id: "pc".into(),
        participant_id: Some(participant.into()),
        course_id: None,
        session: None,
        lesson_id: lesson.into(),
        kind,
        at_ms: (at.unix_timestamp_nanos() / 1_000_000) as i64,
    }
}

fn person(id: &str, course: &str, name: &str) -> Participant {
    Participant {
        id: id.into(),
        course_id: course.into(),
        name: name.into(),
        note: "ringer gärna".into(),
    }
}

fn course(id: &str, name: &str, place: &str, dates: &[Date]) -> Course {
    Course {
        tutors: Vec::new(),
        id: id.into(),
        name: name.into(),
        place: place.into(),
        sessions: dates
            .iter()
            .zip(1..)
            .map(|(date, number)| CourseSession {
                number,
                date: *date,
            })
            .collect(),
    }
}

fn present(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

/// Course A (three sessions in January 2027: Karin, Åke, Bo, and events
/// of a deleted participant "ghost") and course B (two in March: Sven).
pub fn inputs() -> Vec<CourseInput> {
    use EventKind::*;
    let a = CourseInput {
        course: course(
            "c-a",
            "Stadsbiblioteket",
            "Kalmar",
            &[
                date!(2027 - 01 - 12),
                date!(2027 - 01 - 19),
                date!(2027 - 01 - 26),
            ],
        ),
        participants: vec![
            person("p-b", "c-a", "Bo"),
            person("p-k", "c-a", "Karin L."),
            person("p-a", "c-a", "Åke"),
        ],
        attendance: [
            (1, present(&["p-k", "p-a", "ghost"])),
            (2, present(&["p-k"])),
            (3, present(&[])),
        ]
        .into_iter()
        .collect(),
        events: vec![
            event(
                "p-k",
                "mejl-1",
                LessonStarted,
                datetime!(2027-01-12 10:00 UTC),
            ),
            event(
                "p-k",
                "mejl-1",
                LessonCompleted,
                datetime!(2027-01-12 10:20 UTC),
            ),
            event(
                "p-k",
                "mejl-1",
                LessonCompleted,
                datetime!(2027-01-12 10:40 UTC),
            ),
            event(
                "p-k",
                "mejl-2",
                LessonStarted,
                datetime!(2027-01-12 11:00 UTC),
            ),
            event(
                "p-a",
                "bank-1",
                HelpRequested { step: 1 },
                datetime!(2027-01-12 10:05 UTC),
            ),
            event(
                "p-a",
                "bank-1",
                LessonCompleted,
                datetime!(2027-01-19 10:30 UTC),
            ),
            event(
                "p-k",
                "gammal",
                LessonCompleted,
                datetime!(2027-01-19 11:00 UTC),
            ),
            event(
                "ghost",
                "mejl-1",
                LessonCompleted,
                datetime!(2027-01-12 10:10 UTC),
            ),
            event(
                "ghost",
                "mejl-1",
                HelpRequested { step: 0 },
                datetime!(2027-01-19 10:10 UTC),
            ),
        ],
    };
    let b = CourseInput {
        course: course(
            "c-b",
            "Kvarnholmen",
            "",
            &[date!(2027 - 03 - 02), date!(2027 - 03 - 09)],
        ),
        participants: vec![person("p-s", "c-b", "Sven")],
        attendance: [(1, present(&["p-s"]))].into_iter().collect(),
        events: vec![event(
            "p-s",
            "bank-1",
            LessonCompleted,
            datetime!(2027-03-02 10:00 UTC),
        )],
    };
    vec![a, b]
}

/// The fixture's report with `options`, made on 2027-04-01.
pub fn report(options: &ReportOptions) -> Report {
    build(&inputs(), &library(), options, date!(2027 - 04 - 01))
}
