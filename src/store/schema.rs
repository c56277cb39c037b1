//! Database schema and migrations, keyed by SQLite's `user_version`.

use rusqlite::Connection;

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = 2;

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
];

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
}

impl From<rusqlite::Error> for MigrationError {
    fn from(e: rusqlite::Error) -> Self {
        MigrationError::Sql(e)
    }
}

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
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", from as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
