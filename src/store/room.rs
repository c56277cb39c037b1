//! What the room folder ([`crate::room`]) needs of the store: this PC's
//! whole exchange file as bytes, and a cheap mark that changes whenever
//! anything exchanged changes.

use super::exchange::{self, ExchangeError};
use super::{Store, StoreError};
use std::collections::HashSet;

impl Store {
    /// Opens (or creates) `progress.db` in `dir` as a second connection
    /// beside the app's (the room folder's thread, `stegvis room-sync`).
    /// Unlike [`Store::open`] it never moves a database it cannot read
    /// aside: that database may be in use, and a passing error must not
    /// cost anyone their progress.
    pub fn open_beside(dir: &std::path::Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(StoreError::Io)?;
        Store::open_file(&dir.join(super::FILE_NAME))
    }

    /// Everything this store exchanges, as the bytes of an exchange file
    /// from this PC now (the same format as [`Store::export`]).
    pub fn exchange_bytes(&self) -> Result<Vec<u8>, ExchangeError> {
        self.exchange_bytes_without(&HashSet::new())
    }

    /// Like [`Store::exchange_bytes`], leaving out the events recorded by
    /// the PCs in `devices` (in a room each PC's own file carries those).
    pub fn exchange_bytes_without(
        &self,
        devices: &HashSet<String>,
    ) -> Result<Vec<u8>, ExchangeError> {
        let now = super::now_ms();
        let mut content = self.export_content(now)?;
        if !devices.is_empty() {
            let events = &mut content.events;
            let left_out: Vec<bool> = events.names.iter().map(|n| devices.contains(n)).collect();
            events
                .rows
                .retain(|r| left_out.get(r.device as usize) != Some(&true));
        }
        exchange::to_bytes(&self.export_header(now)?, &content)
    }

    /// A mark of everything exchanged: it differs after any event,
    /// course, session, participant, attendance, deletion or tutor code is
    /// added, changed or removed, and stays the same when a merge brings
    /// nothing new. Cheap enough to read every half second (no table of
    /// events is counted).
    pub fn change_mark(&self) -> Result<String, StoreError> {
        // Sums of times are taken modulo a prime, so they never overflow.
        const MARK: &str = "SELECT
            (SELECT coalesce(max(rowid), 0) FROM event),
            (SELECT count(*) || ':' || coalesce(sum(updated_ms % 1000003), 0) FROM course),
            (SELECT count(*) || ':' || coalesce(sum(length(date) + number), 0) FROM course_session),
            (SELECT count(*) || ':' || coalesce(sum(updated_ms % 1000003), 0) FROM participant),
            (SELECT count(*) || ':' || coalesce(sum(updated_ms % 1000003), 0) FROM attendance),
            (SELECT count(*) || ':' || coalesce(sum(at_ms % 1000003), 0) FROM tombstone),
            (SELECT coalesce(max(value), '') FROM meta WHERE key = 'tutor_code_ms'),
            (SELECT coalesce(max(value), '') FROM meta WHERE key = 'device_name')";
        Ok(self.conn.query_row(MARK, [], |r| {
            let mut mark = r.get::<_, i64>(0)?.to_string();
            for i in 1..8 {
                mark.push('|');
                mark.push_str(&r.get::<_, String>(i)?);
            }
            Ok(mark)
        })?)
    }

    /// Takes in what another connection to the same database merged (the
    /// room folder's own connection, the app's export and import): a
    /// running session of a course that was deleted meanwhile ends here
    /// too, and this PC's next events come after the newest merged one, as
    /// after an import on this connection.
    pub fn refresh_after_outside_merge(&mut self) -> Result<(), StoreError> {
        self.current = self.load_current_session()?;
        let newest: i64 =
            self.conn
                .query_row("SELECT coalesce(max(at_ms), 0) FROM event", [], |r| {
                    r.get(0)
                })?;
        self.last_at_ms = self.last_at_ms.max(newest);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;

    #[test]
    fn the_mark_changes_with_every_exchanged_change_and_not_on_a_repeated_merge() {
        let mut a = Store::in_memory().expect("a");
        let mut b = Store::in_memory().expect("b");
        let mut marks = vec![a.change_mark().expect("mark")];
        let mut changed = |store: &Store, what: &str| {
            let mark = store.change_mark().expect("mark");
            assert!(!marks.contains(&mark), "{what} did not change the mark");
            marks.push(mark);
        };
        let date = time::macros::date!(2027 - 03 - 01);
        let course = a
            .create_course("Kurs", "Bibliotek", date, 10)
            .expect("course");
        changed(&a, "a course");
        let p = a.add_participant(&course.id, "Karin L.").expect("add");
        changed(&a, "a participant");
        a.rename_participant(&p.id, "Karin Larsson")
            .expect("rename");
        changed(&a, "a new name");
        a.set_attendance(&course.id, 1, &p.id, true)
            .expect("present");
        changed(&a, "attendance");
        a.record(Some(&p.id), "l", EventKind::HelpRequested { step: 2 })
            .expect("record");
        changed(&a, "an event");
        a.set_tutor_code("4711").expect("code");
        changed(&a, "a tutor code");
        a.delete_participant(&p.id).expect("delete");
        changed(&a, "a deletion");

        let content = a.content().expect("content");
        b.merge_content(&content).expect("merge");
        let after_first = b.change_mark().expect("mark");
        b.merge_content(&content).expect("merge again");
        assert_eq!(b.change_mark().expect("mark"), after_first);
        let bytes = b.exchange_bytes().expect("bytes");
        let file = exchange::parse(&bytes).expect("parse");
        assert_eq!(file.header.device_id, b.device_id());
        let mut back = file.content;
        back.sort();
        assert_eq!(back, content, "the room file holds all B merged");
    }

    #[test]
    fn two_connections_write_at_once_without_failing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut ui = Store::open(dir.path()).expect("ui").store;
        let mut room = Store::open(dir.path()).expect("room").store;
        let mut other = Store::in_memory().expect("other");
        for _ in 0..200 {
            other
                .record(None, "l", EventKind::LessonStarted)
                .expect("record");
        }
        let content = other.content().expect("content");
        let merging = std::thread::spawn(move || {
            for _ in 0..20 {
                room.merge_content(&content)
                    .expect("merge while the UI writes");
            }
        });
        for step in 0..200 {
            ui.record(None, "m", EventKind::StepReached { step })
                .expect("record while the room merges");
        }
        merging.join().expect("join");
        assert_eq!(ui.events(None).expect("events").len(), 400);
    }

    #[test]
    fn a_second_connection_never_moves_an_unreadable_database_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(super::super::FILE_NAME);
        std::fs::write(&path, vec![7u8; 4096]).expect("garbage");
        assert!(Store::open_beside(dir.path()).is_err());
        assert_eq!(std::fs::read(&path).expect("still there"), vec![7u8; 4096]);
        let fresh = tempfile::tempdir().expect("tempdir");
        assert!(
            Store::open_beside(&fresh.path().join("new")).is_ok(),
            "a new one is made"
        );
    }

    #[test]
    fn after_an_outside_merge_this_pcs_next_event_comes_after_the_merged_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = Store::open_beside(dir.path()).expect("app");
        let mut worker = Store::open_beside(dir.path()).expect("worker");
        worker
            .record(None, "l", EventKind::LessonStarted)
            .expect("record");
        // As if the worker's import brought an event from a PC a minute ahead.
        worker
            .conn
            .execute("UPDATE event SET at_ms = at_ms + 60000", [])
            .expect("move");
        let merged = worker.events(None).expect("events")[0].at_ms;
        app.refresh_after_outside_merge().expect("refresh");
        let own = app
            .record(None, "l", EventKind::LessonStarted)
            .expect("record");
        assert!(own.at_ms > merged, "{} after {merged}", own.at_ms);
    }
}
