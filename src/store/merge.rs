//! The merge behind *Importera*: the store's content and a file's content
//! become one, whichever PC's file comes first and however often.
//!
//! The rules make the result depend only on the union of everything ever
//! merged, so merging is idempotent, commutative and associative:
//!
//! - **events** are a union by id (an event never changes once written);
//! - **courses** (with their list of sessions), **participants** and
//!   **attendance** are last-writer-wins by `updated_ms`, ties broken by
//!   comparing the values themselves, so every PC picks the same winner;
//! - **tombstones** are a union (keeping the earliest time) and always win:
//!   a deleted course or participant is removed with every row about them,
//!   and rows about them arriving later are skipped. Deleting a course also
//!   deletes (and tombstones) every participant of it, wherever they turn up;
//! - the **tutor code's hash** is last-writer-wins by the time it was chosen.
//!
//! Everything runs inside the caller's transaction, so an error changes
//! nothing.

use super::content::{
    AttendanceRecord, Content, CourseRecord, EventRow, EventTable, ParticipantRecord,
    SessionRecord, TombstoneRecord, TutorCodeRecord,
};
use super::names::{self, ByNumber, Names, SqlId, numbers_of};
use super::{INSERT_EVENT, StoreError};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What a merge added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Counts {
    /// New events.
    pub events: usize,
    /// New participants.
    pub participants: usize,
    /// New courses.
    pub courses: usize,
    /// The newest event time merged (0 if none).
    pub newest_event_ms: i64,
}

/// Merges `content` into the store inside `tx`.
pub(super) fn merge(tx: &Transaction<'_>, content: &Content) -> Result<Counts, StoreError> {
    merge_tombstones(tx, &content.tombstones)?;
    let dead = tombstone_ids(tx)?;
    link_participant_tombstones(tx, &content.participants, &dead)?;
    settle_tombstones(tx)?;
    let dead = tombstone_ids(tx)?;
    let courses = merge_courses(tx, &content.courses, &content.sessions, &dead)?;
    let participants = merge_participants(tx, &content.participants, &dead)?;
    merge_attendance(tx, &content.attendance, &dead)?;
    let events = merge_events(tx, &content.events, &dead)?;
    if let Some(code) = &content.tutor_code {
        merge_tutor_code(tx, code)?;
    }
    Ok(Counts {
        events,
        participants,
        courses,
        newest_event_ms: content
            .events
            .rows
            .iter()
            .map(|e| e.at_ms)
            .max()
            .unwrap_or(0),
    })
}

/// SQL choosing between two course ids for one tombstone: a known one over
/// none, else the smaller (they never differ, as participants never move).
fn either_course(old: &str, new: &str) -> String {
    format!("coalesce(min({old}, {new}), {old}, {new})")
}

/// How an arriving tombstone meets one already there: the earliest time
/// wins, and a known course is kept.
fn on_tombstone_conflict() -> String {
    format!(
        "ON CONFLICT (id) DO UPDATE SET kind = min(kind, excluded.kind),
             at_ms = min(at_ms, excluded.at_ms), course_id = {}",
        either_course("course_id", "excluded.course_id")
    )
}

fn merge_tombstones(
    tx: &Transaction<'_>,
    tombstones: &[TombstoneRecord],
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO tombstone (id, kind, at_ms, course_id) VALUES (?1, ?2, ?3, ?4) {}",
        on_tombstone_conflict()
    ))?;
    for t in tombstones {
        stmt.execute(params![t.id, t.kind, t.at_ms, t.course_id])?;
    }
    Ok(())
}

fn tombstone_ids(conn: &Connection) -> Result<HashSet<String>, StoreError> {
    let mut stmt = conn.prepare("SELECT id FROM tombstone")?;
    let ids = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(ids.collect::<Result<HashSet<_>, _>>()?)
}

/// Incoming participants who are deleted here (or whose course is): their
/// tombstone learns their course, so the course's deletion reaches them.
fn link_participant_tombstones(
    tx: &Transaction<'_>,
    participants: &[ParticipantRecord],
    dead: &HashSet<String>,
) -> Result<(), StoreError> {
    let mut course_dead = tx.prepare_cached(&format!(
        "INSERT INTO tombstone (id, kind, at_ms, course_id)
             SELECT ?1, 'participant', at_ms, id FROM tombstone WHERE id = ?2 AND true {}",
        on_tombstone_conflict()
    ))?;
    let mut self_dead = tx.prepare_cached(&format!(
        "UPDATE tombstone SET course_id = {} WHERE id = ?1",
        either_course("course_id", "?2")
    ))?;
    for p in participants {
        if dead.contains(&p.course_id) {
            course_dead.execute(params![p.id, p.course_id])?;
        } else if dead.contains(&p.id) {
            self_dead.execute(params![p.id, p.course_id])?;
        }
    }
    Ok(())
}

/// Makes the tombstones hold: participants of deleted courses are deleted
/// too, no participant's deletion is later than their course's, and every
/// row about a deleted id goes.
fn settle_tombstones(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch(&format!(
        "UPDATE tombstone SET course_id = {}
             FROM participant AS p WHERE p.id = tombstone.id;
         INSERT INTO tombstone (id, kind, at_ms, course_id)
             SELECT p.id, 'participant', t.at_ms, p.course_id
             FROM participant AS p JOIN tombstone AS t ON t.id = p.course_id WHERE true {};
         UPDATE tombstone SET at_ms = c.at_ms
             FROM tombstone AS c
             WHERE tombstone.course_id = c.id AND c.at_ms < tombstone.at_ms;
         DELETE FROM participant WHERE id IN (SELECT id FROM tombstone);
         DELETE FROM course WHERE id IN (SELECT id FROM tombstone);",
        either_course("tombstone.course_id", "p.course_id"),
        on_tombstone_conflict()
    ))?;
    let dead = numbers_of("SELECT id FROM tombstone");
    for column in ["participant", "course"] {
        super::summary::delete_events(tx, &format!("{column} IN {dead}"), [])?;
    }
    Ok(())
}

/// A course's whole value, compared to pick the winner.
type CourseVersion = (i64, String, String, Vec<(i64, String)>, String);

fn course_version(conn: &Connection, id: &str) -> Result<Option<CourseVersion>, StoreError> {
    let head: Option<(i64, String, String, String)> = conn
        .query_row(
            "SELECT updated_ms, name, place, tutors FROM course WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((updated_ms, name, place, tutors)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT number, date FROM course_session WHERE course_id = ?1 ORDER BY number, date",
    )?;
    let sessions = stmt
        .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some((updated_ms, name, place, sessions, tutors)))
}

fn merge_courses(
    tx: &Transaction<'_>,
    courses: &[CourseRecord],
    sessions: &[SessionRecord],
    dead: &HashSet<String>,
) -> Result<usize, StoreError> {
    let mut by_course: HashMap<&str, Vec<(i64, String)>> = HashMap::new();
    for s in sessions {
        by_course
            .entry(s.course_id.as_str())
            .or_default()
            .push((s.number, s.date.clone()));
    }
    let mut new = 0;
    for c in courses.iter().filter(|c| !dead.contains(&c.id)) {
        let mut incoming_sessions = by_course.get(c.id.as_str()).cloned().unwrap_or_default();
        incoming_sessions.sort();
        let incoming = (
            c.updated_ms,
            c.name.clone(),
            c.place.clone(),
            incoming_sessions,
            crate::model::course::tutors_to_text(&c.tutors),
        );
        match course_version(tx, &c.id)? {
            None => new += 1,
            Some(local) if incoming > local => {}
            Some(_) => continue,
        }
        tx.execute(
            "INSERT INTO course (id, name, place, updated_ms, tutors) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, place = excluded.place,
                 updated_ms = excluded.updated_ms, tutors = excluded.tutors",
            params![c.id, incoming.1, incoming.2, incoming.0, incoming.4],
        )?;
        tx.execute(
            "DELETE FROM course_session WHERE course_id = ?1",
            params![c.id],
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO course_session (course_id, number, date) VALUES (?1, ?2, ?3)",
        )?;
        for (number, date) in &incoming.3 {
            insert.execute(params![c.id, number, date])?;
        }
    }
    Ok(new)
}

fn merge_participants(
    tx: &Transaction<'_>,
    participants: &[ParticipantRecord],
    dead: &HashSet<String>,
) -> Result<usize, StoreError> {
    let mut exists = tx.prepare_cached("SELECT count(*) > 0 FROM participant WHERE id = ?1")?;
    let mut upsert = tx.prepare_cached(
        "INSERT INTO participant (id, course_id, name, note, updated_ms)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id,
             name = excluded.name, note = excluded.note, updated_ms = excluded.updated_ms
         WHERE (excluded.updated_ms, excluded.name, excluded.note, excluded.course_id)
             > (participant.updated_ms, participant.name, participant.note,
                participant.course_id)",
    )?;
    let mut new = HashSet::new();
    for p in participants {
        if dead.contains(&p.id) || dead.contains(&p.course_id) {
            continue;
        }
        if !exists.query_row(params![p.id], |r| r.get::<_, bool>(0))? {
            new.insert(p.id.as_str());
        }
        upsert.execute(params![p.id, p.course_id, p.name, p.note, p.updated_ms])?;
    }
    Ok(new.len())
}

fn merge_attendance(
    tx: &Transaction<'_>,
    attendance: &[AttendanceRecord],
    dead: &HashSet<String>,
) -> Result<(), StoreError> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO attendance (course_id, session, participant_id, present, updated_ms)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (course_id, session, participant_id) DO UPDATE SET
             present = excluded.present, updated_ms = excluded.updated_ms
         WHERE (excluded.updated_ms, excluded.present)
             > (attendance.updated_ms, attendance.present)",
    )?;
    for a in attendance {
        if dead.contains(&a.course_id) || dead.contains(&a.participant_id) {
            continue;
        }
        upsert.execute(params![
            a.course_id,
            a.session,
            a.participant_id,
            a.present,
            a.updated_ms
        ])?;
    }
    Ok(())
}

fn merge_events(
    tx: &Transaction<'_>,
    events: &EventTable,
    dead: &HashSet<String>,
) -> Result<usize, StoreError> {
    // Each of the file's names is looked up (or numbered) once, not per
    // event, and only when an event that is kept uses it: no name is
    // stored that nothing refers to.
    let mut numbers: Vec<Option<i64>> = vec![None; events.names.len()];
    let mut number = |i: u32| -> Result<Option<i64>, StoreError> {
        let (Some(slot), Some(text)) = (numbers.get_mut(i as usize), events.name(i)) else {
            return Ok(None);
        };
        if slot.is_none() {
            *slot = Some(names::number(tx, text)?);
        }
        Ok(*slot)
    };
    let is_dead: Vec<bool> = events.names.iter().map(|t| dead.contains(t)).collect();
    let dead_ref = |i: Option<u32>| i.is_some_and(|i| is_dead.get(i as usize) == Some(&true));
    let in_names = |i: u32| (i as usize) < events.names.len();
    let mut insert = tx.prepare_cached(INSERT_EVENT)?;
    let mut new = 0;
    let mut touched = BTreeSet::new();
    for e in &events.rows {
        if dead_ref(e.participant) || dead_ref(e.course) {
            continue;
        }
        if ![
            Some(e.device),
            Some(e.lesson),
            Some(e.kind),
            e.participant,
            e.course,
        ]
        .into_iter()
        .flatten()
        .all(in_names)
        {
            continue;
        }
        let (Some(device), Some(lesson), Some(kind)) =
            (number(e.device)?, number(e.lesson)?, number(e.kind)?)
        else {
            continue;
        };
        let participant = e.participant.map(&mut number).transpose()?.flatten();
        let course = e.course.map(&mut number).transpose()?.flatten();
        let inserted = insert.execute(params![
            SqlId::new(&e.id),
            device,
            participant,
            lesson,
            kind,
            e.step,
            e.answer,
            e.correct,
            e.at_ms,
            course,
            e.session,
            e.ref_id.as_deref().map(SqlId::new)
        ])?;
        new += inserted;
        if let (1, Some(participant)) = (inserted, participant) {
            touched.insert((participant, lesson));
        }
    }
    super::summary::refresh(tx, &touched)?;
    Ok(new)
}

/// The tutor code's hash kept in `meta`, with when it was chosen (0 for a
/// code chosen before that time was kept).
fn read_tutor_code(conn: &Connection) -> Result<Option<TutorCodeRecord>, StoreError> {
    let value = |key: &str| -> Result<Option<String>, StoreError> {
        Ok(conn
            .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .optional()?)
    };
    Ok(value(super::tutor::CODE_KEY)?.map(|hash| TutorCodeRecord {
        hash,
        updated_ms: value(super::tutor::CODE_TIME_KEY)
            .ok()
            .flatten()
            .and_then(|ms| ms.parse().ok())
            .unwrap_or(0),
    }))
}

/// Keeps the later of the store's and the file's tutor code (ties: the
/// greater hash, so every PC keeps the same one).
fn merge_tutor_code(tx: &Transaction<'_>, incoming: &TutorCodeRecord) -> Result<(), StoreError> {
    let newer = read_tutor_code(tx)?.is_none_or(|local| {
        (incoming.updated_ms, &incoming.hash) > (local.updated_ms, &local.hash)
    });
    if newer {
        super::tutor::write_code(tx, &incoming.hash, incoming.updated_ms)?;
    }
    Ok(())
}

/// Reads the event table: names in the order of their numbers.
fn read_events(conn: &Connection) -> Result<EventTable, StoreError> {
    let names = Names::load(conn)?;
    let mut table = EventTable {
        names: Vec::new(),
        rows: Vec::with_capacity(super::event_count_hint(conn)?),
    };
    // Database number -> index in the table's names.
    let mut index = ByNumber::default();
    for (n, text) in names.iter() {
        index.insert(n, table.names.len() as u32);
        table.names.push(text.to_owned());
    }
    let at = |n: i64| index.get(n).copied().unwrap_or(u32::MAX);
    let mut stmt = conn.prepare(
        "SELECT id, device, participant, lesson, kind, step, answer, correct, at_ms, course,
             session, ref_id FROM event",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        table.rows.push(EventRow {
            id: names::id_from_sql(r.get_ref(0)?)?,
            device: at(r.get(1)?),
            participant: r.get::<_, Option<i64>>(2)?.map(at),
            lesson: at(r.get(3)?),
            kind: at(r.get(4)?),
            step: r.get(5)?,
            answer: r.get(6)?,
            correct: r.get(7)?,
            at_ms: r.get(8)?,
            course: r.get::<_, Option<i64>>(9)?.map(at),
            session: r.get(10)?,
            ref_id: names::opt_id_from_sql(r.get_ref(11)?)?,
        });
    }
    Ok(table)
}

/// Reads every exchanged table (in storage order; [`Content::sort`] makes
/// it canonical).
pub(super) fn read_content(conn: &Connection) -> Result<Content, StoreError> {
    fn all<T>(
        conn: &Connection,
        sql: &str,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
    Ok(Content {
        courses: all(
            conn,
            "SELECT id, name, place, updated_ms, tutors FROM course",
            |r| {
                Ok(CourseRecord {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    place: r.get(2)?,
                    tutors: crate::model::course::tutors_from_text(&r.get::<_, String>(4)?),
                    updated_ms: r.get(3)?,
                })
            },
        )?,
        sessions: all(
            conn,
            "SELECT course_id, number, date FROM course_session",
            |r| {
                Ok(SessionRecord {
                    course_id: r.get(0)?,
                    number: r.get(1)?,
                    date: r.get(2)?,
                })
            },
        )?,
        participants: all(
            conn,
            "SELECT id, course_id, name, note, updated_ms FROM participant",
            |r| {
                Ok(ParticipantRecord {
                    id: r.get(0)?,
                    course_id: r.get(1)?,
                    name: r.get(2)?,
                    note: r.get(3)?,
                    updated_ms: r.get(4)?,
                })
            },
        )?,
        attendance: all(
            conn,
            "SELECT course_id, session, participant_id, present, updated_ms FROM attendance",
            |r| {
                Ok(AttendanceRecord {
                    course_id: r.get(0)?,
                    session: r.get(1)?,
                    participant_id: r.get(2)?,
                    present: r.get(3)?,
                    updated_ms: r.get(4)?,
                })
            },
        )?,
        events: read_events(conn)?,
        tombstones: all(
            conn,
            "SELECT id, kind, at_ms, course_id FROM tombstone",
            |r| {
                Ok(TombstoneRecord {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    at_ms: r.get(2)?,
                    course_id: r.get(3)?,
                })
            },
        )?,
        tutor_code: read_tutor_code(conn)?,
    })
}
