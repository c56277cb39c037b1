//! Database schema and migrations, keyed by SQLite's `user_version`.

use rusqlite::Connection;

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = 1;

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
];

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
