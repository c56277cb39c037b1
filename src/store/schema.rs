//! Database schema and migrations, keyed by SQLite's `user_version`.

use rusqlite::Connection;

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = 5;

/// Each migration takes the database from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: device identity and progress events.
    "CREATE TABLE meta (
         key   TEXT PRIMARY KEY,
         value TEXT NOT NULL
     );
     CREATE TABLE event (
         id             TEXT PRIMARY KEY,
         device_id      TEXT NOT NULL,
         participant_id TEXT,
         lesson_id      TEXT NOT NULL,
         kind           TEXT NOT NULL,
         step           INTEGER,
         answer         INTEGER,
         correct        INTEGER,
         at_ms          INTEGER NOT NULL
     );
     CREATE INDEX event_by_learner ON event (participant_id, lesson_id, at_ms);",
    // 1 -> 2: courses, sessions, participants, attendance; events learn
    // which course session they happened in and what they refer to.
    "CREATE TABLE course (
         id         TEXT PRIMARY KEY,
         name       TEXT NOT NULL,
         place      TEXT NOT NULL DEFAULT '',
         updated_ms INTEGER NOT NULL
     );
     CREATE TABLE course_session (
         course_id TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
         number    INTEGER NOT NULL,
         date      TEXT NOT NULL,
         PRIMARY KEY (course_id, number)
     );
     CREATE TABLE participant (
         id         TEXT PRIMARY KEY,
         course_id  TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
         name       TEXT NOT NULL,
         note       TEXT NOT NULL DEFAULT '',
         updated_ms INTEGER NOT NULL
     );
     CREATE TABLE attendance (
         course_id      TEXT NOT NULL,
         session        INTEGER NOT NULL,
         participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
         present        INTEGER NOT NULL,
         updated_ms     INTEGER NOT NULL,
         PRIMARY KEY (course_id, session, participant_id),
         FOREIGN KEY (course_id, session)
             REFERENCES course_session (course_id, number) ON DELETE CASCADE
     );
     CREATE TABLE tombstone (
         id    TEXT PRIMARY KEY,
         kind  TEXT NOT NULL,
         at_ms INTEGER NOT NULL
     );
     ALTER TABLE event ADD COLUMN course_id TEXT;
     ALTER TABLE event ADD COLUMN session INTEGER;
     ALTER TABLE event ADD COLUMN ref_id TEXT;
     CREATE INDEX event_by_session ON event (course_id, session, at_ms);",
    // 2 -> 3: exchange between PCs. Attendance no longer hangs on a session
    // row (a course's sessions are replaced as a whole when a newer version
    // of the course is imported, and that must not wipe attendance); it
    // belongs to the course instead. Tombstones of participants remember
    // their course, so deleting a course also deletes participants that
    // only arrive later. Every import is logged. Events are stored compactly
    // (see `names`): ids as 16-byte UUIDs, the repeated texts (PC,
    // participant, lesson, kind, course) once each in `name`.
    "CREATE TABLE attendance_v3 (
         course_id      TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
         session        INTEGER NOT NULL,
         participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
         present        INTEGER NOT NULL,
         updated_ms     INTEGER NOT NULL,
         PRIMARY KEY (course_id, session, participant_id)
     );
     INSERT INTO attendance_v3 (course_id, session, participant_id, present, updated_ms)
         SELECT course_id, session, participant_id, present, updated_ms FROM attendance;
     DROP TABLE attendance;
     ALTER TABLE attendance_v3 RENAME TO attendance;
     CREATE INDEX attendance_by_participant ON attendance (participant_id);
     CREATE INDEX participant_by_course ON participant (course_id);
     ALTER TABLE tombstone ADD COLUMN course_id TEXT;
     CREATE INDEX tombstone_by_course ON tombstone (course_id);
     CREATE TABLE import_log (
         id               INTEGER PRIMARY KEY,
         at_ms            INTEGER NOT NULL,
         file_name        TEXT NOT NULL,
         from_device_id   TEXT NOT NULL,
         from_device_name TEXT NOT NULL,
         exported_ms      INTEGER NOT NULL,
         new_events       INTEGER NOT NULL,
         new_participants INTEGER NOT NULL,
         new_courses      INTEGER NOT NULL
     );
     CREATE TABLE name (
         n    INTEGER PRIMARY KEY,
         text TEXT NOT NULL UNIQUE
     );
     INSERT INTO name (text)
         SELECT device_id FROM event
         UNION SELECT participant_id FROM event WHERE participant_id IS NOT NULL
         UNION SELECT lesson_id FROM event
         UNION SELECT kind FROM event
         UNION SELECT course_id FROM event WHERE course_id IS NOT NULL;
     CREATE TABLE event_v3 (
         id          BLOB NOT NULL UNIQUE,
         device      INTEGER NOT NULL,
         participant INTEGER,
         lesson      INTEGER NOT NULL,
         kind        INTEGER NOT NULL,
         step        INTEGER,
         answer      INTEGER,
         correct     INTEGER,
         at_ms       INTEGER NOT NULL,
         course      INTEGER,
         session     INTEGER,
         ref_id      BLOB
     );
     INSERT INTO event_v3 (id, device, participant, lesson, kind, step, answer, correct,
                           at_ms, course, session, ref_id)
         SELECT CASE WHEN e.id GLOB UUID_PATTERN THEN unhex(replace(e.id, '-', ''))
                     ELSE e.id END,
                d.n, p.n, l.n, k.n, e.step, e.answer, e.correct, e.at_ms, c.n, e.session,
                CASE WHEN e.ref_id GLOB UUID_PATTERN THEN unhex(replace(e.ref_id, '-', ''))
                     ELSE e.ref_id END
         FROM event AS e
         JOIN name AS d ON d.text = e.device_id
         LEFT JOIN name AS p ON p.text = e.participant_id
         JOIN name AS l ON l.text = e.lesson_id
         JOIN name AS k ON k.text = e.kind
         LEFT JOIN name AS c ON c.text = e.course_id
         ORDER BY e.rowid;
     DROP TABLE event;
     ALTER TABLE event_v3 RENAME TO event;
     CREATE INDEX event_by_learner ON event (participant, at_ms);
     CREATE INDEX event_by_session ON event (course, session, at_ms);",
    // 3 -> 4: the course's tutors, by first name, one per line.
    "ALTER TABLE course ADD COLUMN tutors TEXT NOT NULL DEFAULT '';",
    // 4 -> 5: kept summaries for the dashboard (see `summary`), filled from
    // the events by `summary::rebuild_all` right after this step's SQL; a
    // learner's events are found by lesson too.
    "DROP INDEX event_by_learner;
     CREATE INDEX event_by_learner ON event (participant, lesson, at_ms);
     CREATE TABLE lesson_summary (
         participant INTEGER NOT NULL,
         lesson      INTEGER NOT NULL,
         done        INTEGER NOT NULL,
         step        INTEGER NOT NULL,
         wrong       INTEGER NOT NULL,
         last_ms     INTEGER NOT NULL,
         last_id     BLOB NOT NULL,
         PRIMARY KEY (participant, lesson)
     ) WITHOUT ROWID;
     CREATE TABLE open_help (
         id          BLOB PRIMARY KEY,
         participant INTEGER NOT NULL,
         lesson      INTEGER NOT NULL,
         step        INTEGER NOT NULL,
         at_ms       INTEGER NOT NULL
     );
     CREATE INDEX open_help_by_pair ON open_help (participant, lesson);",
];

/// The version whose step creates the summaries, filled in Rust.
const SUMMARIES_VERSION: i64 = 5;

/// The migrations, for tests that build a database at an older version.
#[cfg(test)]
pub(crate) const MIGRATIONS_FOR_TESTS: &[&str] = MIGRATIONS;

/// Why a database could not be brought to the current schema.
#[derive(Debug)]
pub enum MigrationError {
    /// Written by a newer Stegvis; left untouched.
    Newer(i64),
    /// Not a Stegvis database (other tables, no version).
    Foreign,
    /// SQLite failed.
    Sql(rusqlite::Error),
    /// Filling the summaries failed.
    Store(Box<super::StoreError>),
}

impl From<rusqlite::Error> for MigrationError {
    fn from(e: rusqlite::Error) -> Self {
        MigrationError::Sql(e)
    }
}

/// A GLOB matching the text of a UUID exactly as `Uuid::to_string` writes
/// it (lowercase, hyphenated); such ids are stored as 16 bytes.
const UUID_GLOB: &str = "'[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-\
[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-\
[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-\
[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'";

/// Brings `conn` up to [`CURRENT_VERSION`], one transaction per step.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrationError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > CURRENT_VERSION {
        return Err(MigrationError::Newer(version));
    }
    if version == 0 {
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Err(MigrationError::Foreign);
        }
    }
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(&sql.replace("UUID_PATTERN", UUID_GLOB))?;
        if from as i64 + 1 == SUMMARIES_VERSION {
            super::summary::rebuild_all(&tx).map_err(|e| MigrationError::Store(Box::new(e)))?;
        }
        tx.pragma_update(None, "user_version", from as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use rusqlite::Connection;

    #[test]
    fn a_version_2_database_migrates_with_its_data() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(crate::store::FILE_NAME);
        {
            let conn = Connection::open(&path).expect("open");
            for sql in &super::MIGRATIONS[..2] {
                conn.execute_batch(sql).expect("v2 schema");
            }
            conn.execute_batch(
                "PRAGMA foreign_keys = ON;
                 INSERT INTO meta (key, value) VALUES ('device_id', 'old-pc');
                 INSERT INTO course (id, name, place, updated_ms) VALUES ('c', 'Kurs', 'Här', 7);
                 INSERT INTO course_session (course_id, number, date)
                     VALUES ('c', 1, '2027-01-12'), ('c', 2, '2027-01-19');
                 INSERT INTO participant (id, course_id, name, note, updated_ms)
                     VALUES ('p', 'c', 'Karin L.', 'glasögon', 8);
                 INSERT INTO attendance (course_id, session, participant_id, present, updated_ms)
                     VALUES ('c', 2, 'p', 1, 9);
                 INSERT INTO tombstone (id, kind, at_ms) VALUES ('gone', 'participant', 3);
                 INSERT INTO event (id, device_id, participant_id, lesson_id, kind, step,
                     answer, correct, at_ms, course_id, session, ref_id)
                 VALUES ('6f1c1b4e-3c1d-4a57-9f4e-2d2b8f0c9a11', 'old-pc', 'p', 'a',
                     'step-reached', 3, NULL, NULL, 5, 'c', 2, NULL);
                 PRAGMA user_version = 2;",
            )
            .expect("v2 data");
        }
        let mut store = Store::open(dir.path()).expect("migrate").store;
        let version: i64 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, super::CURRENT_VERSION);
        assert_eq!(store.device_id(), "old-pc");
        let content = store.content().expect("content");
        assert_eq!(content.courses.len(), 1);
        assert_eq!(content.sessions.len(), 2);
        assert_eq!(content.participants[0].note, "glasögon");
        assert_eq!(content.attendance.len(), 1);
        assert_eq!(content.attendance[0].updated_ms, 9);
        assert_eq!(content.events.len(), 1);
        let events = store.events(Some("p")).expect("events");
        assert_eq!(events.len(), 1);
        assert_eq!(
            events[0].id.to_string(),
            "6f1c1b4e-3c1d-4a57-9f4e-2d2b8f0c9a11"
        );
        assert_eq!(events[0].device_id, "old-pc");
        assert_eq!(events[0].course_id.as_deref(), Some("c"));
        assert_eq!(events[0].session, Some(2));
        let stored_as: String = store
            .conn
            .query_row("SELECT typeof(id) FROM event", [], |r| r.get(0))
            .expect("type");
        assert_eq!(stored_as, "blob", "a UUID is kept as its 16 bytes");
        assert_eq!(content.tombstones[0].course_id, None);
        assert!(store.import_log().expect("log").is_empty());

        // Attendance no longer hangs on the session row: replacing a
        // course's sessions keeps it.
        let mut course = store.course("c").expect("read").expect("exists");
        course.sessions.truncate(1);
        store.update_course(&course).expect("shorter");
        course.sessions = crate::model::course::weekly_sessions(course.sessions[0].date, 2);
        store.update_course(&course).expect("longer");
        assert!(
            store.attendance("c", 2).expect("att").is_empty(),
            "dropped with its session"
        );
        store.set_attendance("c", 2, "p", true).expect("present");
        store
            .conn
            .execute("DELETE FROM course_session WHERE course_id = 'c'", [])
            .expect("replace sessions");
        assert!(store.attendance("c", 2).expect("att").contains("p"));
        assert!(course.tutors.is_empty(), "no tutors before version 4");
        let progress = store.course_progress("c").expect("summaries");
        assert_eq!(
            progress.of("p").len(),
            1,
            "summaries are filled from the events"
        );
        assert_eq!(
            progress,
            crate::model::summary::CourseProgress::from_events(
                &store.course_events("c").expect("events")
            )
        );
    }

    #[test]
    fn version_3_and_4_databases_gain_their_summaries() {
        for version in [3usize, 4] {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join(crate::store::FILE_NAME);
            {
                let conn = Connection::open(&path).expect("open");
                for sql in &super::MIGRATIONS[..version] {
                    conn.execute_batch(&sql.replace("UUID_PATTERN", super::UUID_GLOB))
                        .expect("old schema");
                }
                conn.execute_batch(&format!(
                    "INSERT INTO meta (key, value) VALUES ('device_id', 'old-pc');
                     INSERT INTO course (id, name, place, updated_ms) VALUES ('c', 'Kurs', '', 7);
                     INSERT INTO participant (id, course_id, name, note, updated_ms)
                         VALUES ('p', 'c', 'Karin L.', '', 8);
                     INSERT INTO name (n, text) VALUES (1, 'old-pc'), (2, 'p'), (3, 'a'),
                         (4, 'answer-given'), (5, 'help-requested'), (6, 'c');
                     INSERT INTO event (id, device, participant, lesson, kind, step, answer,
                         correct, at_ms, course, session)
                     VALUES (randomblob(16), 1, 2, 3, 4, 1, 0, 0, 5, 6, 1),
                            (randomblob(16), 1, 2, 3, 5, 1, NULL, NULL, 6, 6, 1);
                     PRAGMA user_version = {version};"
                ))
                .expect("old data");
            }
            let store = Store::open(dir.path()).expect("migrate").store;
            let progress = store.course_progress("c").expect("summaries");
            let karin = progress.of("p");
            assert_eq!(karin.len(), 1, "from version {version}");
            assert_eq!(karin[0].summary.wrong, 1);
            assert_eq!(karin[0].summary.open_help.len(), 1);
            assert_eq!(
                progress,
                crate::model::summary::CourseProgress::from_events(
                    &store.course_events("c").expect("events")
                )
            );
        }
    }
}
