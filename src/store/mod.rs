//! The progress store: SQLite in WAL mode, one transaction per user action.
//!
//! Screens never run SQL; the app calls this API when a screen reports an event.

pub mod backup;
mod content;
pub mod course;
pub mod exchange;
mod merge;
mod names;
pub mod report;
mod room;
pub mod schema;
mod summary;
pub mod tutor;

use crate::model::progress::{EventKind, ProgressEvent};
use names::{ByNumber, Names};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// The database file name inside the data folder.
pub const FILE_NAME: &str = "progress.db";

/// SQLite's page cache, in KiB (negative: a size, not a page count). A big
/// course's events are read in full for the tutor's dashboard.
const CACHE_KIB: i64 = -32_768;

/// Why the store could not be opened or written.
#[derive(Debug)]
pub enum StoreError {
    /// The data folder could not be created or written.
    Io(std::io::Error),
    /// SQLite reported an error.
    Sql(rusqlite::Error),
    /// The database was written by a newer version of Stegvis.
    Newer(i64),
    /// The database file at this path is damaged or not a Stegvis
    /// database. It was left exactly as it was.
    Broken(PathBuf),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Io(e) => write!(f, "data folder: {e}"),
            StoreError::Sql(e) => write!(f, "database: {e}"),
            StoreError::Newer(v) => write!(f, "database is from a newer Stegvis (schema {v})"),
            StoreError::Broken(p) => write!(f, "database {} is damaged", p.display()),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e)
    }
}

/// An open progress database.
pub struct Store {
    conn: Connection,
    device_id: String,
    /// The newest event time written here, so this PC's events always
    /// get strictly increasing times even within one millisecond.
    last_at_ms: i64,
    /// The course session running on this PC, stamped on new events.
    current: Option<(String, u8)>,
    /// The machine configuration's tutor-code hash, used while this data
    /// folder has no tutor code of its own.
    preset_code: Option<String>,
    /// The machine configuration's name for this PC ("Dator 3"), used in
    /// exports in place of any other name.
    preset_device_name: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("device_id", &self.device_id)
            .finish()
    }
}

/// A store as opened, with where a broken database was moved, if it was.
#[derive(Debug)]
pub struct Opened {
    /// The open store.
    pub store: Store,
    /// Set when the old file could not be read and was kept under this name.
    pub broken_copy: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) `progress.db` in `dir`. A corrupt or foreign file
    /// is moved aside (never deleted) and a fresh database is started.
    pub fn open(dir: &Path) -> Result<Opened, StoreError> {
        match Store::open_untouched(dir) {
            Ok(store) => Ok(Opened {
                store,
                broken_copy: None,
            }),
            Err(StoreError::Broken(path)) => {
                let kept = crate::paths::keep_broken(&path).map_err(StoreError::Io)?;
                for suffix in ["-wal", "-shm"] {
                    let side = PathBuf::from(format!("{}{suffix}", path.display()));
                    if side.exists() {
                        let side_kept = PathBuf::from(format!("{}{suffix}", kept.display()));
                        let _ = std::fs::rename(&side, side_kept);
                    }
                }
                let store = Store::open_file(&path)?;
                Ok(Opened {
                    store,
                    broken_copy: Some(kept),
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Opens (or creates) `progress.db` in `dir` for a command-line tool: a
    /// corrupt or foreign file is refused as [`StoreError::Broken`] and left
    /// exactly as it is, so the app can keep it and offer the backup.
    pub fn open_untouched(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(StoreError::Io)?;
        let path = dir.join(FILE_NAME);
        match Store::open_file(&path) {
            Err(StoreError::Sql(e)) if path.exists() && is_damage(&e) => {
                Err(StoreError::Broken(path))
            }
            other => other,
        }
    }

    /// An in-memory store (tests, guest use).
    pub fn in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory()?;
        Store::prepare(conn)
    }

    fn open_file(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        Store::prepare(conn)
    }

    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Every transaction here writes: taking the write lock at its start
        // makes a writer elsewhere (an import, or the room folder's second
        // connection, see `crate::room`) a wait, never a failure halfway
        // through (a read lock cannot always be turned into a write lock).
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        // Reading the version forces SQLite to read the header, so a file
        // that is not a database fails here, before anything is written.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::CURRENT_VERSION {
            return Err(StoreError::Newer(version));
        }
        let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted rows (a deleted participant's name) are overwritten with
        // zeros, not left readable in free space.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::Sql(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(check),
            )));
        }
        schema::migrate(&mut conn).map_err(|e| match e {
            schema::MigrationError::Newer(v) => StoreError::Newer(v),
            schema::MigrationError::Foreign => StoreError::Sql(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
                Some("not a Stegvis database".into()),
            )),
            schema::MigrationError::Sql(e) => StoreError::Sql(e),
            schema::MigrationError::Store(e) => *e,
        })?;
        let device_id = Store::ensure_device_id(&conn)?;
        let last_at_ms: i64 =
            conn.query_row("SELECT coalesce(max(at_ms), 0) FROM event", [], |r| {
                r.get(0)
            })?;
        let mut store = Store {
            conn,
            device_id,
            last_at_ms,
            current: None,
            preset_code: None,
            preset_device_name: None,
        };
        store.current = store.load_current_session()?;
        Ok(store)
    }

    fn ensure_device_id(conn: &Connection) -> Result<String, StoreError> {
        let existing: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        let id = Uuid::new_v4().to_string();
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('device_id', ?1)",
            params![id],
        )?;
        Ok(id)
    }

    /// This PC's id, written on first use.
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// A value from this PC's own settings table, if set.
    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Records one event now, committed before this returns.
    pub fn record(
        &mut self,
        participant_id: Option<&str>,
        lesson_id: &str,
        kind: EventKind,
    ) -> Result<ProgressEvent, StoreError> {
        let event = self.stamp(participant_id, lesson_id, kind);
        self.insert(&event)?;
        Ok(event)
    }

    /// A new event of this PC, stamped now (strictly after every earlier
    /// one) with the running session, not yet saved: [`Store::save_all`]
    /// saves it, again if need be.
    pub fn stamp(
        &mut self,
        participant_id: Option<&str>,
        lesson_id: &str,
        kind: EventKind,
    ) -> ProgressEvent {
        let event = ProgressEvent {
            id: Uuid::new_v4(),
            device_id: self.device_id.clone(),
            participant_id: participant_id.map(str::to_owned),
            course_id: self.current.as_ref().map(|(c, _)| c.clone()),
            session: self.current.as_ref().map(|(_, n)| *n),
            lesson_id: lesson_id.to_owned(),
            kind,
            at_ms: next_event_ms(now_ms(), self.last_at_ms),
        };
        self.last_at_ms = event.at_ms;
        event
    }

    /// Inserts an event (ignored if its id is already there).
    pub fn insert(&mut self, e: &ProgressEvent) -> Result<(), StoreError> {
        self.save_all(std::slice::from_ref(e))
    }

    /// Inserts events in one transaction (each ignored if its id is already
    /// there): all are saved, or none. Like every transaction here it takes
    /// the write lock at its start (`BEGIN IMMEDIATE`), so a writer
    /// elsewhere (an import on the command line) makes it wait up to the
    /// busy timeout instead of failing halfway.
    pub fn save_all(&mut self, events: &[ProgressEvent]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for e in events {
            insert_event(&tx, e)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// How long a write waits for another writer (an import elsewhere)
    /// before it fails; 5 seconds unless set here.
    pub fn set_busy_timeout(&self, wait: std::time::Duration) -> Result<(), StoreError> {
        self.conn.busy_timeout(wait)?;
        Ok(())
    }

    /// Whether this database can be written: changes a row to itself and
    /// rolls that back (the write lock alone is granted on a read-only
    /// file). A read-only file or folder fails here, at start, rather than
    /// at a learner's every step.
    pub fn check_writable(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE meta SET value = value WHERE key = 'device_id'", [])?;
        tx.rollback()?;
        Ok(())
    }

    /// Every event of one learner (`None`: a learner who picked no name), oldest first.
    pub fn events(&self, participant_id: Option<&str>) -> Result<Vec<ProgressEvent>, StoreError> {
        let n = match participant_id {
            None => None,
            Some(id) => match names::find(&self.conn, id)? {
                Some(n) => Some(n),
                None => return Ok(Vec::new()),
            },
        };
        self.query_events(
            &format!("{EVENT_COLUMNS} WHERE participant IS ?1"),
            params![n],
            None,
        )
    }

    /// The event with this id, if it is here.
    pub fn event(&self, id: Uuid) -> Result<Option<ProgressEvent>, StoreError> {
        Ok(self
            .query_events(
                &format!("{EVENT_COLUMNS} WHERE id = ?1"),
                params![id.as_bytes()],
                None,
            )?
            .pop())
    }

    /// Every event of the participants of one course, oldest first.
    pub fn course_events(&self, course_id: &str) -> Result<Vec<ProgressEvent>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&names::numbers_query(COURSE_PARTICIPANTS))?;
        let numbers = stmt
            .query_map(params![course_id], |r| r.get::<_, i64>(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        let all: i64 = self
            .conn
            .query_row("SELECT count(*) FROM participant", [], |r| r.get(0))?;
        if (numbers.len() as i64) * 4 < all {
            return self.query_events(
                &format!(
                    "{EVENT_COLUMNS} WHERE participant IN {}",
                    names::numbers_of(COURSE_PARTICIPANTS)
                ),
                params![course_id],
                None,
            );
        }
        // Most of the store's participants: reading the whole table in
        // order, keeping theirs, is several times faster than looking up
        // each participant's events in the index.
        let mut keep = ByNumber::default();
        for n in numbers {
            keep.insert(n, ());
        }
        self.query_events(EVENT_COLUMNS, [], Some(&keep))
    }

    /// Every event recorded during one session of a course, oldest first.
    pub fn session_events(
        &self,
        course_id: &str,
        session: u8,
    ) -> Result<Vec<ProgressEvent>, StoreError> {
        self.query_events(
            &format!(
                "{EVENT_COLUMNS} WHERE course = (SELECT n FROM name WHERE text = ?1)
                     AND session = ?2"
            ),
            params![course_id, session],
            None,
        )
    }

    /// Runs an event query (see [`query_events`]).
    fn query_events(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
        keep: Option<&ByNumber<()>>,
    ) -> Result<Vec<ProgressEvent>, StoreError> {
        query_events(&self.conn, &Names::load(&self.conn)?, sql, args, keep)
    }
}

/// Runs an event query; the events come back oldest first (sorted here:
/// rows are mostly stored in time order already, which this sort is quick
/// for). With `keep`, only events of participants whose name number is
/// marked there are read (the query then reads the whole table).
fn query_events(
    conn: &Connection,
    names: &Names,
    sql: &str,
    args: impl rusqlite::Params,
    keep: Option<&ByNumber<()>>,
) -> Result<Vec<ProgressEvent>, StoreError> {
    let mut out = match keep {
        Some(_) => Vec::with_capacity(event_count_hint(conn)?),
        None => Vec::new(),
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(args)?;
    while let Some(row) = rows.next()? {
        if let Some(keep) = keep {
            let participant: Option<i64> = row.get(2)?;
            if participant.is_none_or(|n| keep.get(n).is_none()) {
                continue;
            }
        }
        // Kinds from newer versions stay in the database but are not used here.
        if let Some(event) = read_event(row, names)? {
            out.push(event);
        }
    }
    out.sort_by_key(|e| (e.at_ms, e.id));
    Ok(out)
}

/// The participants of course `?1`, for subqueries.
const COURSE_PARTICIPANTS: &str = "SELECT id FROM participant WHERE course_id = ?1";

/// About how many events the store holds, without counting them (the
/// largest row number; capped, as it only sizes a buffer).
pub(crate) fn event_count_hint(conn: &Connection) -> Result<usize, StoreError> {
    let last: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM event", [], |r| {
        r.get(0)
    })?;
    Ok(usize::try_from(last).unwrap_or(0).min(2_000_000))
}

/// The SELECT that [`read_event`] reads.
const EVENT_COLUMNS: &str = "SELECT id, device, participant, lesson, kind, step, answer,
     correct, at_ms, course, session, ref_id FROM event";

/// Inserts one event row, numbers already resolved (ignored if its id is
/// already there).
pub(crate) const INSERT_EVENT: &str = "INSERT OR IGNORE INTO event (id, device, participant,
     lesson, kind, step, answer, correct, at_ms, course, session, ref_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

/// One event row; `None` for a kind this version does not know.
fn read_event(r: &rusqlite::Row<'_>, names: &Names) -> rusqlite::Result<Option<ProgressEvent>> {
    let name = |i: usize| -> rusqlite::Result<Option<String>> {
        Ok(r.get::<_, Option<i64>>(i)?
            .and_then(|n| names.get(n))
            .map(str::to_owned))
    };
    let Some(kind) = r.get::<_, Option<i64>>(4)?.and_then(|n| names.get(n)) else {
        return Ok(None);
    };
    let step = r.get::<_, Option<i64>>(5)?.unwrap_or(0).max(0) as usize;
    let answer = r.get::<_, Option<i64>>(6)?.unwrap_or(0).max(0) as usize;
    let correct = r.get::<_, Option<bool>>(7)?.unwrap_or(false);
    let ref_value = r.get_ref(11)?;
    let ref_id = names::uuid_from_sql(ref_value);
    let kind = match (kind, ref_id) {
        ("lesson-started", _) => EventKind::LessonStarted,
        ("step-reached", _) => EventKind::StepReached { step },
        ("answer-given", _) => EventKind::AnswerGiven {
            step,
            answer,
            correct,
        },
        ("lesson-completed", _) => EventKind::LessonCompleted,
        ("help-requested", _) => EventKind::HelpRequested { step },
        ("help-resolved", Some(request)) => EventKind::HelpResolved { request },
        ("practice-outcome", _) => {
            let words = names::opt_id_from_sql(ref_value)?.unwrap_or_default();
            let mut words = words.split(' ');
            EventKind::PracticeOutcome {
                scenario: words.next().unwrap_or_default().to_owned(),
                traps: words.filter(|w| !w.is_empty()).map(str::to_owned).collect(),
                success: correct,
                attempts: u32::try_from(step).unwrap_or(u32::MAX),
            }
        }
        _ => return Ok(None),
    };
    let (Some(id), Some(device_id), Some(lesson_id)) =
        (names::uuid_from_sql(r.get_ref(0)?), name(1)?, name(3)?)
    else {
        return Ok(None);
    };
    Ok(Some(ProgressEvent {
        id,
        device_id,
        participant_id: name(2)?,
        lesson_id,
        kind,
        at_ms: r.get(8)?,
        course_id: name(9)?,
        session: r
            .get::<_, Option<i64>>(10)?
            .and_then(|n| u8::try_from(n).ok()),
    }))
}

/// Writes one event inside an open transaction (ignored if already there).
fn insert_event(tx: &rusqlite::Transaction<'_>, e: &ProgressEvent) -> Result<(), StoreError> {
    let (step, answer, correct, ref_id) = match &e.kind {
        EventKind::StepReached { step } | EventKind::HelpRequested { step } => {
            (Some(*step as i64), None, None, None)
        }
        EventKind::AnswerGiven {
            step,
            answer,
            correct,
        } => (
            Some(*step as i64),
            Some(*answer as i64),
            Some(*correct),
            None,
        ),
        EventKind::HelpResolved { request } => (None, None, None, Some(request.to_string())),
        // A practice's tries go in `step`, the number of traps in `answer`,
        // success in `correct`, and "<scenario> <trap> <trap>…" in `ref_id`
        // (ids never contain spaces).
        EventKind::PracticeOutcome {
            scenario,
            success,
            attempts,
            traps,
        } => (
            Some(i64::from(*attempts)),
            Some(traps.len() as i64),
            Some(*success),
            Some(
                std::iter::once(scenario)
                    .chain(traps)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ),
        EventKind::LessonStarted | EventKind::LessonCompleted => (None, None, None, None),
    };
    let number = |text: Option<&str>| text.map(|t| names::number(tx, t)).transpose();
    let participant = number(e.participant_id.as_deref())?;
    let lesson = names::number(tx, &e.lesson_id)?;
    let inserted = tx.prepare_cached(INSERT_EVENT)?.execute(params![
        e.id.as_bytes(),
        names::number(tx, &e.device_id)?,
        participant,
        lesson,
        names::number(tx, e.kind.name())?,
        step,
        answer,
        correct,
        e.at_ms,
        number(e.course_id.as_deref())?,
        e.session.map(i64::from),
        ref_id.as_deref().map(names::SqlId::new)
    ])?;
    if let (1, Some(participant)) = (inserted, participant) {
        summary::refresh(tx, &[(participant, lesson)].into())?;
    }
    Ok(())
}

/// How far ahead of this PC's clock the newest stored event may be and
/// still be followed (one day): a clock set back a little keeps this PC's
/// events in order, but an event dated in 2100 does not drag every new
/// event to 2100.
pub const CLOCK_SLACK_MS: i64 = 24 * 60 * 60 * 1000;

/// The time for a new event at `now` after the newest one at `last`:
/// strictly later than `last` when that is at most [`CLOCK_SLACK_MS`]
/// ahead, else simply `now`. Never overflows.
pub fn next_event_ms(now: i64, last: i64) -> i64 {
    if last >= now && last <= now.saturating_add(CLOCK_SLACK_MS) {
        last.saturating_add(1)
    } else {
        now
    }
}

/// Whether SQLite's error says the file is damaged or not a database (as
/// opposed to locked, read-only or out of space, which are no reason to
/// set the file aside).
fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
