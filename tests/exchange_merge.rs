//! Property tests of the exchange merge: idempotent, commutative,
//! associative, and deletions always win. Each runs 1,000 cases.
//!
//! Stores are generated from a small universe of ids and values (few
//! courses, participants and times) so that versions collide and ties
//! happen often. A generated [`Content`] may hold rows and tombstones for
//! the same id; the state compared is always what a store holds after
//! merging it.

use proptest::prelude::*;
use std::collections::BTreeSet;
use stegvis::store::Store;
use stegvis::store::exchange::{
    AttendanceRecord, Content, CourseRecord, EventRecord, EventTable, ParticipantRecord,
    SessionRecord, TombstoneRecord,
};

const COURSES: usize = 3;
const PARTICIPANTS: usize = 6;
const EVENTS: usize = 12;

fn course_id(i: usize) -> String {
    format!("c{i}")
}

fn participant_id(i: usize) -> String {
    format!("p{i}")
}

/// Participant `i` always belongs to the same course.
fn course_of(i: usize) -> usize {
    i % COURSES
}

/// The shared pool of events: an id always means the same event.
fn event_pool() -> impl Strategy<Value = Vec<EventRecord>> {
    proptest::collection::vec(
        (
            proptest::option::of(0..PARTICIPANTS),
            any::<bool>(),
            prop_oneof![
                Just("lesson-started"),
                Just("step-reached"),
                Just("answer-given")
            ],
            0..4i64,
            0..50i64,
        ),
        EVENTS,
    )
    .prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (who, in_session, kind, step, at_ms))| EventRecord {
                id: format!("e{i:02}"),
                device_id: format!("pc{}", i % 2),
                participant_id: who.map(participant_id),
                lesson_id: "a".into(),
                kind: kind.into(),
                step: (kind != "lesson-started").then_some(step),
                answer: (kind == "answer-given").then_some(1),
                correct: (kind == "answer-given").then_some(step % 2 == 0),
                at_ms,
                course_id: who.filter(|_| in_session).map(|p| course_id(course_of(p))),
                session: who.filter(|_| in_session).map(|_| 1),
                ref_id: None,
            })
            .collect()
    })
}

/// One course version: time, name, place and how many sessions.
type CourseSpec = Option<(i64, u8, u8, u8)>;
/// One participant version: time, name, note.
type ParticipantSpec = Option<(i64, u8, u8)>;
/// One attendance mark: time, present.
type AttendanceSpec = Option<(i64, bool)>;
/// A tombstone: time and whether it knows the participant's course.
type TombSpec = Option<(i64, bool)>;

#[derive(Debug, Clone)]
struct Spec {
    courses: Vec<CourseSpec>,
    participants: Vec<ParticipantSpec>,
    attendance: Vec<AttendanceSpec>,
    events: Vec<bool>,
    tombstones: Vec<TombSpec>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let sometimes = |p: f64| proptest::bool::weighted(p);
    (
        proptest::collection::vec(
            proptest::option::weighted(0.7, (0..4i64, 0..2u8, 0..2u8, 1..4u8)),
            COURSES,
        ),
        proptest::collection::vec(
            proptest::option::weighted(0.7, (0..4i64, 0..2u8, 0..2u8)),
            PARTICIPANTS,
        ),
        proptest::collection::vec(
            proptest::option::weighted(0.4, (0..4i64, any::<bool>())),
            PARTICIPANTS * 3,
        ),
        proptest::collection::vec(sometimes(0.5), EVENTS),
        proptest::collection::vec(
            proptest::option::weighted(0.12, (0..4i64, any::<bool>())),
            COURSES + PARTICIPANTS,
        ),
    )
        .prop_map(
            |(courses, participants, attendance, events, tombstones)| Spec {
                courses,
                participants,
                attendance,
                events,
                tombstones,
            },
        )
}

/// Builds a consistent content (every reference is to a row or tombstone
/// in it) from a spec and the event pool.
fn build(spec: &Spec, pool: &[EventRecord]) -> Content {
    let mut content = Content::default();
    let dead = |i: usize| spec.tombstones[i].is_some();
    for (i, t) in spec.tombstones.iter().enumerate() {
        let Some((at_ms, knows_course)) = *t else {
            continue;
        };
        let (id, kind, course) = if i < COURSES {
            (course_id(i), "course", None)
        } else {
            let p = i - COURSES;
            let course = knows_course.then(|| course_id(course_of(p)));
            (participant_id(p), "participant", course)
        };
        content.tombstones.push(TombstoneRecord {
            id,
            kind: kind.into(),
            at_ms,
            course_id: course,
        });
    }
    for (i, c) in spec.courses.iter().enumerate() {
        let Some((updated_ms, name, place, sessions)) = *c else {
            continue;
        };
        content.courses.push(CourseRecord {
            id: course_id(i),
            name: format!("Kurs {name}"),
            place: format!("Plats {place}"),
            tutors: (0..name % 3).map(|t| format!("Handledare{t}")).collect(),
            updated_ms,
        });
        for number in 1..=i64::from(sessions) {
            content.sessions.push(SessionRecord {
                course_id: course_id(i),
                number,
                date: format!("2027-01-{:02}", number + i64::from(name)),
            });
        }
    }
    let course_known = |c: usize| spec.courses[c].is_some() || dead(c);
    for (i, p) in spec.participants.iter().enumerate() {
        let Some((updated_ms, name, note)) = *p else {
            continue;
        };
        if !course_known(course_of(i)) {
            continue;
        }
        content.participants.push(ParticipantRecord {
            id: participant_id(i),
            course_id: course_id(course_of(i)),
            name: format!("Namn {name}"),
            note: format!("{note}"),
            updated_ms,
        });
    }
    let known: BTreeSet<String> = content
        .participants
        .iter()
        .map(|p| p.id.clone())
        .chain(content.tombstones.iter().map(|t| t.id.clone()))
        .collect();
    for (i, a) in spec.attendance.iter().enumerate() {
        let Some((updated_ms, present)) = *a else {
            continue;
        };
        let p = i % PARTICIPANTS;
        let session = (i / PARTICIPANTS) as i64 + 1;
        if !known.contains(&participant_id(p)) || !course_known(course_of(p)) {
            continue;
        }
        content.attendance.push(AttendanceRecord {
            course_id: course_id(course_of(p)),
            session,
            participant_id: participant_id(p),
            present,
            updated_ms,
        });
    }
    content.events = EventTable::from_records(
        pool.iter()
            .zip(&spec.events)
            .filter(|(_, take)| **take)
            .map(|(e, _)| e.clone()),
    );
    content
}

/// A store holding exactly what merging `parts` in order gives.
fn store_of(parts: &[&Content]) -> Store {
    let mut store = Store::in_memory().expect("store");
    for part in parts {
        store.merge_content(part).expect("merge");
    }
    store
}

fn state(parts: &[&Content]) -> Content {
    store_of(parts).content().expect("content")
}

fn three() -> impl Strategy<Value = (Content, Content, Content)> {
    (event_pool(), spec(), spec(), spec())
        .prop_map(|(pool, a, b, c)| (build(&a, &pool), build(&b, &pool), build(&c, &pool)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn merging_is_idempotent((a, b, _) in three()) {
        let once = state(&[&a, &b]);
        prop_assert_eq!(&state(&[&a, &b, &b]), &once);
        prop_assert_eq!(&state(&[&a, &b, &a]), &once);
        prop_assert_eq!(&state(&[&a, &b, &once]), &once);
        prop_assert_eq!(&state(&[&a, &a]), &state(&[&a]));
    }

    #[test]
    fn merging_is_commutative((a, b, _) in three()) {
        prop_assert_eq!(state(&[&a, &b]), state(&[&b, &a]));
    }

    #[test]
    fn merging_is_associative((a, b, c) in three()) {
        let ab = state(&[&a, &b]);
        let bc = state(&[&b, &c]);
        let left = state(&[&ab, &c]);
        let right = state(&[&a, &bc]);
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&left, &state(&[&a, &b, &c]));
        prop_assert_eq!(&left, &state(&[&c, &a, &b]));
    }

    #[test]
    fn deletions_always_win((a, b, c) in three()) {
        let merged = state(&[&a, &b, &c]);
        let dead: BTreeSet<&str> = [&a, &b, &c]
            .iter()
            .flat_map(|x| x.tombstones.iter().map(|t| t.id.as_str()))
            .collect();
        // Every tombstone seen anywhere is kept.
        for id in &dead {
            prop_assert!(merged.tombstones.iter().any(|t| t.id == *id));
        }
        let all_dead: BTreeSet<&str> = merged.tombstones.iter().map(|t| t.id.as_str()).collect();
        prop_assert!(merged.courses.iter().all(|c| !all_dead.contains(c.id.as_str())));
        let participants_ok = merged.participants.iter().all(|p| {
            !all_dead.contains(p.id.as_str()) && !all_dead.contains(p.course_id.as_str())
        });
        let attendance_ok = merged.attendance.iter().all(|x| {
            !all_dead.contains(x.participant_id.as_str()) && !all_dead.contains(x.course_id.as_str())
        });
        let events_ok = merged.events.records().all(|e| {
            e.participant_id.as_deref().is_none_or(|p| !all_dead.contains(p))
                && e.course_id.as_deref().is_none_or(|c| !all_dead.contains(c))
        });
        prop_assert!(participants_ok && attendance_ok && events_ok, "{:?}", merged);
        // A deleted course takes all its participants with it, wherever they came from.
        for course in dead.iter().filter(|id| id.starts_with('c')) {
            for x in [&a, &b, &c] {
                for p in x.participants.iter().filter(|p| p.course_id == *course) {
                    prop_assert!(all_dead.contains(p.id.as_str()));
                }
            }
        }
        // Merging the rows again afterwards brings nothing back.
        let again = state(&[&merged, &a, &b, &c]);
        prop_assert_eq!(&again, &merged);
    }
}
