//! Courses, sessions, participants and attendance in the store.
//!
//! Each public method is one user action and one transaction. Deleting a
//! participant or a course removes every row about them, events included,
//! and leaves only a tombstone (an id and a time, no name) so that an import
//! from another PC cannot bring the deleted person back.
//!
//! A change stamps `updated_ms` with the time, but always later than the
//! row's previous stamp, so an edit made here wins over the version it
//! replaced even if another PC's clock ran ahead (see `merge`).

use super::names::numbers_of;
use super::{Store, StoreError, now_ms};
use crate::model::course::{
    Course, CourseSession, MAX_COURSE_TEXT_CHARS, MAX_NOTE_CHARS, Participant, clean_text,
    iso_date, parse_iso_date, tutors_from_text, tutors_to_text, weekly_sessions,
};
use rusqlite::{OptionalExtension, params};
use std::collections::BTreeSet;
use time::Date;
use uuid::Uuid;

/// SQL for a changed row's new stamp: the time `now`, but at least one
/// millisecond after the row's previous stamp `column` — saturating, so a
/// stamp at the largest integer stays there instead of turning SQLite's
/// sum into a floating-point number that can no longer be read.
fn next_stamp(column: &str, now: &str) -> String {
    format!("max({now}, min({column}, {}) + 1)", i64::MAX - 1)
}

impl Store {
    /// Every course, by name.
    pub fn courses(&self) -> Result<Vec<Course>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, place, tutors FROM course ORDER BY name COLLATE NOCASE, id",
        )?;
        let heads = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<Vec<(String, String, String, String)>, _>>()?;
        heads
            .into_iter()
            .map(|(id, name, place, tutors)| {
                let sessions = self.sessions(&id)?;
                Ok(Course {
                    id,
                    name,
                    place,
                    sessions,
                    tutors: tutors_from_text(&tutors),
                })
            })
            .collect()
    }

    /// One course, if it exists.
    pub fn course(&self, id: &str) -> Result<Option<Course>, StoreError> {
        Ok(self.courses()?.into_iter().find(|c| c.id == id))
    }

    fn sessions(&self, course_id: &str) -> Result<Vec<CourseSession>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT number, date FROM course_session WHERE course_id = ?1 ORDER BY number",
        )?;
        let rows = stmt.query_map(params![course_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (number, date) = row?;
            if let (Ok(number), Some(date)) = (u8::try_from(number), parse_iso_date(&date)) {
                out.push(CourseSession { number, date });
            }
        }
        Ok(out)
    }

    /// Creates a course with `count` weekly sessions from `first`.
    pub fn create_course(
        &mut self,
        name: &str,
        place: &str,
        first: Date,
        count: u8,
    ) -> Result<Course, StoreError> {
        let course = Course {
            id: Uuid::new_v4().to_string(),
            name: clean_text(name, MAX_COURSE_TEXT_CHARS),
            place: clean_text(place, MAX_COURSE_TEXT_CHARS),
            sessions: weekly_sessions(first, count),
            tutors: Vec::new(),
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO course (id, name, place, updated_ms) VALUES (?1, ?2, ?3, ?4)",
            params![course.id, course.name, course.place, now_ms()],
        )?;
        for s in &course.sessions {
            tx.execute(
                "INSERT INTO course_session (course_id, number, date) VALUES (?1, ?2, ?3)",
                params![course.id, s.number, iso_date(s.date)],
            )?;
        }
        tx.commit()?;
        Ok(course)
    }

    /// Saves a course's name, place, tutors and session dates. Sessions
    /// beyond the new count are removed with their attendance.
    pub fn update_course(&mut self, course: &Course) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "UPDATE course SET name = ?2, place = ?3, tutors = ?5, updated_ms = {}
                 WHERE id = ?1",
                next_stamp("updated_ms", "?4")
            ),
            params![
                course.id,
                clean_text(&course.name, MAX_COURSE_TEXT_CHARS),
                clean_text(&course.place, MAX_COURSE_TEXT_CHARS),
                now_ms(),
                tutors_to_text(&course.tutors)
            ],
        )?;
        let last = course.sessions.iter().map(|s| s.number).max().unwrap_or(0);
        for table in ["course_session", "attendance"] {
            let column = if table == "attendance" {
                "session"
            } else {
                "number"
            };
            tx.execute(
                &format!("DELETE FROM {table} WHERE course_id = ?1 AND {column} > ?2"),
                params![course.id, last],
            )?;
        }
        for s in &course.sessions {
            tx.execute(
                "INSERT INTO course_session (course_id, number, date) VALUES (?1, ?2, ?3)
                 ON CONFLICT (course_id, number) DO UPDATE SET date = excluded.date",
                params![course.id, s.number, iso_date(s.date)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Deletes a course with all its sessions, participants, attendance and
    /// their events.
    pub fn delete_course(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        super::summary::delete_events(
            &tx,
            &format!(
                "course = (SELECT n FROM name WHERE text = ?1) OR participant IN {}",
                numbers_of(super::COURSE_PARTICIPANTS)
            ),
            params![id],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO tombstone (id, kind, at_ms, course_id)
                 SELECT id, 'participant', ?2, course_id FROM participant WHERE course_id = ?1",
            params![id, now_ms()],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO tombstone (id, kind, at_ms) VALUES (?1, 'course', ?2)",
            params![id, now_ms()],
        )?;
        tx.execute("DELETE FROM course WHERE id = ?1", params![id])?;
        clear_current_if(&tx, id)?;
        tx.commit()?;
        if self.current.as_ref().is_some_and(|(c, _)| c == id) {
            self.current = None;
        }
        Ok(())
    }

    /// The participants of a course, by name.
    pub fn participants(&self, course_id: &str) -> Result<Vec<Participant>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, course_id, name, note FROM participant WHERE course_id = ?1
             ORDER BY name COLLATE NOCASE, id",
        )?;
        let rows = stmt.query_map(params![course_id], |r| {
            Ok(Participant {
                id: r.get(0)?,
                course_id: r.get(1)?,
                name: r.get(2)?,
                note: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Adds a participant (the name must already be checked with
    /// [`crate::model::course::clean_name`]).
    pub fn add_participant(
        &mut self,
        course_id: &str,
        name: &str,
    ) -> Result<Participant, StoreError> {
        let participant = Participant {
            id: Uuid::new_v4().to_string(),
            course_id: course_id.to_owned(),
            name: name.to_owned(),
            note: String::new(),
        };
        self.conn.execute(
            "INSERT INTO participant (id, course_id, name, note, updated_ms)
             VALUES (?1, ?2, ?3, '', ?4)",
            params![
                participant.id,
                participant.course_id,
                participant.name,
                now_ms()
            ],
        )?;
        Ok(participant)
    }

    /// Renames a participant.
    pub fn rename_participant(&mut self, id: &str, name: &str) -> Result<(), StoreError> {
        self.conn.execute(
            &format!(
                "UPDATE participant SET name = ?2, updated_ms = {} WHERE id = ?1",
                next_stamp("updated_ms", "?3")
            ),
            params![id, name, now_ms()],
        )?;
        Ok(())
    }

    /// Sets the tutors' note about a participant.
    pub fn set_participant_note(&mut self, id: &str, note: &str) -> Result<(), StoreError> {
        self.conn.execute(
            &format!(
                "UPDATE participant SET note = ?2, updated_ms = {} WHERE id = ?1",
                next_stamp("updated_ms", "?3")
            ),
            params![id, clean_text(note, MAX_NOTE_CHARS), now_ms()],
        )?;
        Ok(())
    }

    /// Deletes a participant and everything about them: attendance and
    /// every progress event. Only a tombstone with the id remains.
    pub fn delete_participant(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        super::summary::delete_events(
            &tx,
            "participant = (SELECT n FROM name WHERE text = ?1)",
            params![id],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO tombstone (id, kind, at_ms, course_id)
             VALUES (?1, 'participant', ?2, (SELECT course_id FROM participant WHERE id = ?1))",
            params![id, now_ms()],
        )?;
        tx.execute("DELETE FROM participant WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(())
    }

    /// Who was marked present at a session.
    pub fn attendance(&self, course_id: &str, session: u8) -> Result<BTreeSet<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT participant_id FROM attendance
             WHERE course_id = ?1 AND session = ?2 AND present = 1",
        )?;
        let rows = stmt.query_map(params![course_id, session], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<BTreeSet<_>, _>>()?)
    }

    /// How many sessions each participant of a course was marked present at.
    pub fn attendance_counts(
        &self,
        course_id: &str,
    ) -> Result<std::collections::BTreeMap<String, usize>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT participant_id, count(*) FROM attendance
             WHERE course_id = ?1 AND present = 1 GROUP BY participant_id",
        )?;
        let rows = stmt.query_map(params![course_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as usize))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a participant present or absent at a session.
    pub fn set_attendance(
        &mut self,
        course_id: &str,
        session: u8,
        participant_id: &str,
        present: bool,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            &format!(
                "INSERT INTO attendance (course_id, session, participant_id, present, updated_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (course_id, session, participant_id)
                 DO UPDATE SET present = excluded.present, updated_ms = {}",
                next_stamp("attendance.updated_ms", "excluded.updated_ms")
            ),
            params![course_id, session, participant_id, present, now_ms()],
        )?;
        Ok(())
    }

    /// The course session running on this PC, if a tutor started one.
    pub fn current_session(&self) -> Option<(&str, u8)> {
        self.current.as_ref().map(|(c, n)| (c.as_str(), *n))
    }

    /// Starts a session on this PC: new events are stamped with it.
    pub fn start_session(&mut self, course_id: &str, session: u8) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            ("current_course", course_id.to_owned()),
            ("current_session", session.to_string()),
        ] {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
        tx.commit()?;
        self.current = Some((course_id.to_owned(), session));
        Ok(())
    }

    pub(super) fn load_current_session(&self) -> Result<Option<(String, u8)>, StoreError> {
        let (Some(course), Some(session)) =
            (self.meta("current_course")?, self.meta("current_session")?)
        else {
            return Ok(None);
        };
        let exists: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM course WHERE id = ?1",
            params![course],
            |r| r.get(0),
        )?;
        Ok(match session.parse::<u8>() {
            Ok(n) if exists => Some((course, n)),
            _ => None,
        })
    }
}

fn clear_current_if(tx: &rusqlite::Transaction<'_>, course_id: &str) -> Result<(), StoreError> {
    let current: Option<String> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = 'current_course'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if current.as_deref() == Some(course_id) {
        tx.execute(
            "DELETE FROM meta WHERE key IN ('current_course', 'current_session')",
            [],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;
    use time::macros::date;

    #[test]
    fn a_version_1_database_migrates_and_keeps_its_events() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(super::super::FILE_NAME);
        {
            let conn = rusqlite::Connection::open(&path).expect("open");
            conn.execute_batch(super::super::schema::MIGRATIONS_FOR_TESTS[0])
                .expect("v1 schema");
            conn.execute_batch(
                "INSERT INTO meta (key, value) VALUES ('device_id', 'old-pc');
                 INSERT INTO event (id, device_id, participant_id, lesson_id, kind, step,
                     answer, correct, at_ms)
                 VALUES ('6f1c1b4e-3c1d-4a57-9f4e-2d2b8f0c9a11', 'old-pc', NULL, 'a',
                     'step-reached', 3, NULL, NULL, 5);
                 PRAGMA user_version = 1;",
            )
            .expect("v1 data");
        }
        let store = Store::open(dir.path()).expect("migrate").store;
        assert_eq!(store.device_id(), "old-pc");
        let events = store.events(None).expect("events");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, EventKind::StepReached { step: 3 });
        assert_eq!(events[0].course_id, None);
        assert!(store.courses().expect("courses").is_empty());
    }

    #[test]
    fn events_carry_the_running_session_and_deleting_really_deletes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path()).expect("open").store;
        let course = store
            .create_course("Biblioteket", "Kalmar", date!(2027 - 01 - 12), 10)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        let ake = store.add_participant(&course.id, "Åke B.").expect("add");
        store.start_session(&course.id, 4).expect("start");
        store
            .set_attendance(&course.id, 4, &karin.id, true)
            .expect("present");
        let e = store
            .record(Some(&karin.id), "a", EventKind::LessonStarted)
            .expect("record");
        assert_eq!(e.course_id.as_deref(), Some(course.id.as_str()));
        assert_eq!(e.session, Some(4));
        store
            .record(Some(&ake.id), "a", EventKind::LessonStarted)
            .expect("record");
        assert_eq!(store.course_events(&course.id).expect("events").len(), 2);
        assert!(
            store
                .attendance(&course.id, 4)
                .expect("att")
                .contains(&karin.id)
        );

        store.delete_participant(&karin.id).expect("delete");
        drop(store);
        let store = Store::open(dir.path()).expect("reopen").store;
        assert_eq!(store.current_session(), Some((course.id.as_str(), 4)));
        let names: Vec<String> = store
            .participants(&course.id)
            .expect("list")
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, vec!["Åke B.".to_owned()]);
        assert!(store.events(Some(&karin.id)).expect("events").is_empty());
        assert!(store.attendance(&course.id, 4).expect("att").is_empty());
        let left: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM event
                 WHERE participant = (SELECT n FROM name WHERE text = ?1)",
                params![karin.id],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(left, 0, "no row about Karin is left");
        let tomb: String = store
            .conn
            .query_row(
                "SELECT kind FROM tombstone WHERE id = ?1",
                params![karin.id],
                |r| r.get(0),
            )
            .expect("tombstone");
        assert_eq!(tomb, "participant");
    }

    #[test]
    fn deleting_a_course_removes_everything_in_it() {
        let mut store = Store::in_memory().expect("store");
        let course = store
            .create_course("Kurs", "", date!(2027 - 01 - 12), 3)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        store.start_session(&course.id, 1).expect("start");
        store
            .record(Some(&karin.id), "a", EventKind::LessonStarted)
            .expect("record");
        store.delete_course(&course.id).expect("delete");
        assert!(store.courses().expect("courses").is_empty());
        assert!(store.events(Some(&karin.id)).expect("events").is_empty());
        assert_eq!(store.current_session(), None);
    }

    #[test]
    fn edits_after_a_stamp_at_the_largest_time_keep_working() {
        let mut store = Store::in_memory().expect("store");
        let mut course = store
            .create_course("Kurs", "", date!(2027 - 01 - 12), 10)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        store
            .set_attendance(&course.id, 1, &karin.id, true)
            .expect("present");
        store
            .conn
            .execute_batch(&format!(
                "UPDATE course SET updated_ms = {max}; UPDATE participant SET updated_ms = {max};
                 UPDATE attendance SET updated_ms = {max};",
                max = i64::MAX
            ))
            .expect("stamps at the end of time");
        course.name = "Vårkursen".into();
        store.update_course(&course).expect("update");
        store
            .rename_participant(&karin.id, "Karin 2")
            .expect("rename");
        store
            .set_participant_note(&karin.id, "glasögon")
            .expect("note");
        store
            .set_attendance(&course.id, 1, &karin.id, false)
            .expect("absent");
        let stored = store.course(&course.id).expect("read").expect("exists");
        assert_eq!(stored, course, "the edit and every session are kept");
        let content = store.content().expect("stamps still read as integers");
        assert_eq!(content.courses[0].updated_ms, i64::MAX);
        assert_eq!(content.participants[0].updated_ms, i64::MAX);
        assert_eq!(content.participants[0].name, "Karin 2");
        assert_eq!(content.attendance[0].updated_ms, i64::MAX);
        assert!(!content.attendance[0].present);
    }

    #[test]
    fn course_texts_and_notes_are_stored_clean() {
        let mut store = Store::in_memory().expect("store");
        let course = store
            .create_course(
                &format!(" Kurs\u{202E} {}", "x".repeat(200)),
                "Kalmar\u{200B}",
                date!(2027 - 01 - 12),
                1,
            )
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        store
            .set_participant_note(&karin.id, &format!("{}\u{2066}", "n".repeat(2000)))
            .expect("note");
        let stored = store.course(&course.id).expect("read").expect("exists");
        assert_eq!(stored.name.chars().count(), MAX_COURSE_TEXT_CHARS);
        assert!(stored.name.starts_with("Kurs x"));
        assert_eq!(stored.place, "Kalmar");
        let note = &store.participants(&course.id).expect("list")[0].note;
        assert_eq!(note, &"n".repeat(MAX_NOTE_CHARS));
    }

    #[test]
    fn updating_a_course_changes_names_and_sessions() {
        let mut store = Store::in_memory().expect("store");
        let mut course = store
            .create_course("Kurs", "", date!(2027 - 01 - 12), 10)
            .expect("course");
        course.name = "Vårkursen".into();
        course.sessions.truncate(8);
        course.sessions[0].date = date!(2027 - 01 - 13);
        store.update_course(&course).expect("update");
        let stored = store.course(&course.id).expect("read").expect("exists");
        assert_eq!(stored, course);
    }

    #[test]
    fn course_events_are_the_same_read_by_index_or_by_scan() {
        let mut store = Store::in_memory().expect("store");
        let big = store
            .create_course("Stor", "", date!(2027 - 01 - 12), 2)
            .expect("course");
        let small = store
            .create_course("Liten", "", date!(2027 - 01 - 12), 2)
            .expect("course");
        let mut expected = Vec::new();
        for (course, count) in [(&big, 9), (&small, 1)] {
            store.start_session(&course.id, 1).expect("start");
            for i in 0..count {
                let p = store
                    .add_participant(&course.id, &format!("P {i}"))
                    .expect("add");
                for step in 0..3 {
                    let e = store
                        .record(Some(&p.id), "a", EventKind::StepReached { step })
                        .expect("record");
                    expected.push(e);
                }
            }
        }
        // Nine of ten participants: read by scanning; one of ten: by index.
        let (in_big, in_small): (Vec<_>, Vec<_>) = expected
            .into_iter()
            .partition(|e| e.course_id.as_deref() == Some(big.id.as_str()));
        assert_eq!(store.course_events(&big.id).expect("big"), in_big);
        assert_eq!(store.course_events(&small.id).expect("small"), in_small);
        assert_eq!(
            store.session_events(&small.id, 1).expect("session"),
            in_small
        );
        assert!(store.session_events(&small.id, 2).expect("none").is_empty());
        assert!(
            store
                .course_events("no such course")
                .expect("none")
                .is_empty()
        );
    }
}
