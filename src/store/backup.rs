//! Daily backup copies of the progress database, made with SQLite's backup
//! API (safe while the database is in use), and restoring one after the
//! database was found broken.

use super::{FILE_NAME, Store, StoreError};
use std::path::{Path, PathBuf};
use time::Date;

/// The folder, inside the data folder, that holds the backups.
pub const BACKUP_DIR: &str = "backups";
/// How many daily backups are kept.
pub const KEEP: usize = 7;

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// The file.
    pub path: PathBuf,
    /// The day it was made.
    pub date: Date,
}

fn backup_name(date: Date) -> String {
    let day = date
        .format(DATE_FORMAT)
        .unwrap_or_else(|_| date.to_string());
    format!("progress-{day}.db")
}

/// Every backup in `data_dir`, newest first.
pub fn backups(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(BACKUP_DIR)) else {
        return Vec::new();
    };
    let mut found: Vec<Backup> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let day = name.strip_prefix("progress-")?.strip_suffix(".db")?;
            let date = Date::parse(day, DATE_FORMAT).ok()?;
            Some(Backup {
                path: entry.path(),
                date,
            })
        })
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.date));
    found
}

/// The newest backup in `data_dir`, if any.
pub fn latest(data_dir: &Path) -> Option<Backup> {
    backups(data_dir).into_iter().next()
}

impl Store {
    /// Makes today's backup in `data_dir/backups` unless it exists, and keeps
    /// only the newest [`KEEP`]. Written to a temporary file first, so a
    /// crash never leaves a half-made backup under a real name. A store
    /// with nothing in it (just started, or started afresh after a broken
    /// file) is not backed up, so it never pushes good backups out.
    pub fn daily_backup(
        &self,
        data_dir: &Path,
        today: Date,
    ) -> Result<Option<PathBuf>, StoreError> {
        let dir = data_dir.join(BACKUP_DIR);
        let target = dir.join(backup_name(today));
        if target.exists() || self.holds_nothing()? {
            return Ok(None);
        }
        std::fs::create_dir_all(&dir).map_err(StoreError::Io)?;
        let temp = dir.join(format!(".{}.tmp", backup_name(today)));
        let _ = std::fs::remove_file(&temp);
        self.conn.backup(
            rusqlite::MAIN_DB,
            &temp,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        std::fs::rename(&temp, &target).map_err(StoreError::Io)?;
        for old in backups(data_dir).into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old.path);
        }
        Ok(Some(target))
    }
}

impl Store {
    /// Whether the store holds no events, participants, courses or
    /// tombstones: nothing worth a backup.
    pub fn holds_nothing(&self) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM event) AND NOT EXISTS (SELECT 1 FROM participant)
                 AND NOT EXISTS (SELECT 1 FROM course) AND NOT EXISTS (SELECT 1 FROM tombstone)",
            [],
            |r| r.get(0),
        )?)
    }
}

/// Puts `backup` in place of the progress database in `data_dir`. The file
/// it replaces is kept (renamed), never deleted. Returns where it was kept.
pub fn restore(data_dir: &Path, backup: &Backup) -> Result<Option<PathBuf>, StoreError> {
    let current = data_dir.join(FILE_NAME);
    let mut kept = None;
    if current.exists() {
        kept = Some(crate::paths::keep_broken(&current).map_err(StoreError::Io)?);
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", current.display()));
            let _ = std::fs::remove_file(side);
        }
    }
    let temp = data_dir.join(format!(".{FILE_NAME}.restore"));
    std::fs::copy(&backup.path, &temp).map_err(StoreError::Io)?;
    std::fs::rename(&temp, &current).map_err(StoreError::Io)?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;
    use time::macros::date;

    #[test]
    fn one_backup_a_day_and_only_the_newest_are_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path()).expect("open").store;
        store
            .record(None, "a", EventKind::LessonStarted)
            .expect("record");
        let first = store
            .daily_backup(dir.path(), date!(2027 - 01 - 01))
            .expect("backup");
        assert!(first.is_some());
        let again = store
            .daily_backup(dir.path(), date!(2027 - 01 - 01))
            .expect("backup");
        assert_eq!(again, None, "one a day");
        for day in 2..=10 {
            let d = Date::from_calendar_date(2027, time::Month::January, day).expect("date");
            store.daily_backup(dir.path(), d).expect("backup");
        }
        let all = backups(dir.path());
        assert_eq!(all.len(), KEEP);
        assert_eq!(all[0].date, date!(2027 - 01 - 10));
    }

    #[test]
    fn an_empty_store_never_pushes_good_backups_out() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let mut store = Store::open(dir.path()).expect("open").store;
            store
                .record(None, "a", EventKind::LessonCompleted)
                .expect("record");
            for day in 1..=KEEP as u8 {
                let d = Date::from_calendar_date(2027, time::Month::January, day).expect("date");
                store.daily_backup(dir.path(), d).expect("backup");
            }
        }
        // The database is found broken and a fresh, empty one started.
        std::fs::write(dir.path().join(FILE_NAME), b"garbage, not a database").expect("break");
        let _ = std::fs::remove_file(dir.path().join("progress.db-wal"));
        let opened = Store::open(dir.path()).expect("open fresh");
        assert!(opened.broken_copy.is_some());
        for day in 8..=20 {
            let d = Date::from_calendar_date(2027, time::Month::January, day).expect("date");
            let made = opened.store.daily_backup(dir.path(), d).expect("backup");
            assert_eq!(made, None, "an empty store is not backed up");
        }
        let all = backups(dir.path());
        assert_eq!(all.len(), KEEP, "the good backups are all kept");
        assert_eq!(all[0].date, date!(2027 - 01 - 07));
    }

    #[test]
    fn a_broken_database_can_be_restored_from_the_backup() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let mut store = Store::open(dir.path()).expect("open").store;
            store
                .record(None, "a", EventKind::LessonCompleted)
                .expect("record");
            store
                .daily_backup(dir.path(), date!(2027 - 01 - 01))
                .expect("backup");
        }
        std::fs::write(dir.path().join(FILE_NAME), b"garbage, not a database").expect("break");
        let _ = std::fs::remove_file(dir.path().join("progress.db-wal"));
        let opened = Store::open(dir.path()).expect("open fresh");
        assert!(opened.broken_copy.is_some());
        assert!(opened.store.events(None).expect("events").is_empty());
        drop(opened);

        let backup = latest(dir.path()).expect("a backup exists");
        let kept = restore(dir.path(), &backup).expect("restore");
        assert!(
            kept.is_some_and(|k| k.exists()),
            "the replaced file is kept"
        );
        let store = Store::open(dir.path()).expect("reopen").store;
        let events = store.events(None).expect("events");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, EventKind::LessonCompleted);
    }
}
