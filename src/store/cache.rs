//! The tutor dashboard's events, kept in memory between reloads.
//!
//! The dashboard reloads after every tutor action. Reading a big course's
//! 600,000 events again each time would take about half a second, so the
//! store keeps the last course's events and afterwards reads only the rows
//! added since (new events on this PC, imports). Anything that deletes
//! events on this connection forgets the cache, and so does a commit by
//! another connection (e.g. `stegvis import` while the app runs), seen
//! through SQLite's `data_version`.

use super::{EVENT_COLUMNS, Store, StoreError, names};
use crate::model::progress::ProgressEvent;
use rusqlite::params;
use std::sync::Arc;

/// One course's events as last read.
#[derive(Debug)]
pub(super) struct EventCache {
    course: String,
    /// The largest event row number read.
    upto_rowid: i64,
    /// SQLite's `data_version` when read.
    data_version: i64,
    events: Arc<Vec<ProgressEvent>>,
}

impl Store {
    /// Every event of the participants of one course, oldest first, like
    /// [`Store::course_events`], but shared and kept: the second call reads
    /// only what was added since the first. Drop the previous result before
    /// calling again, so the kept list can grow without being copied.
    pub fn course_events_shared(
        &self,
        course_id: &str,
    ) -> Result<Arc<Vec<ProgressEvent>>, StoreError> {
        let data_version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let last_rowid: i64 =
            self.conn
                .query_row("SELECT coalesce(max(rowid), 0) FROM event", [], |r| {
                    r.get(0)
                })?;
        let mut cache = self.event_cache.borrow_mut();
        if let Some(kept) = cache.as_mut()
            && kept.course == course_id
            && kept.data_version == data_version
        {
            if last_rowid > kept.upto_rowid {
                let added = self.query_events(
                    &format!(
                        "{EVENT_COLUMNS} WHERE rowid > ?2 AND participant IN {}",
                        names::numbers_of(super::COURSE_PARTICIPANTS)
                    ),
                    params![course_id, kept.upto_rowid],
                    None,
                )?;
                let events = Arc::make_mut(&mut kept.events);
                events.extend(added);
                // Imported events can be older than the ones kept.
                events.sort_by_key(|e| (e.at_ms, e.id));
                kept.upto_rowid = last_rowid;
            }
            return Ok(Arc::clone(&kept.events));
        }
        let events = Arc::new(self.course_events(course_id)?);
        *cache = Some(EventCache {
            course: course_id.to_owned(),
            upto_rowid: last_rowid,
            data_version,
            events: Arc::clone(&events),
        });
        Ok(events)
    }

    /// Forgets the kept events: called by everything that deletes events.
    pub(super) fn forget_kept_events(&self) {
        self.event_cache.borrow_mut().take();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;
    use time::macros::date;

    #[test]
    fn kept_events_follow_new_events_deletions_and_other_connections() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path()).expect("open").store;
        let course = store
            .create_course("Kurs", "", date!(2027 - 01 - 12), 10)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin").expect("add");
        let ake = store.add_participant(&course.id, "Åke").expect("add");
        let record = |store: &mut Store, who: &str| {
            store
                .record(Some(who), "a", EventKind::LessonStarted)
                .expect("record")
        };
        record(&mut store, &karin.id);
        let same = |store: &Store| {
            let shared = store.course_events_shared(&course.id).expect("shared");
            assert_eq!(*shared, store.course_events(&course.id).expect("read"));
            shared.len()
        };
        assert_eq!(same(&store), 1);
        record(&mut store, &ake.id);
        record(&mut store, &karin.id);
        assert_eq!(same(&store), 3, "new events are added");
        store.delete_participant(&ake.id).expect("delete");
        assert_eq!(same(&store), 2, "a deletion is seen");

        // Another connection (the command line) adds an event.
        {
            let mut other = Store::open(dir.path()).expect("open").store;
            record(&mut other, &karin.id);
        }
        assert_eq!(same(&store), 3, "another connection's commit is seen");

        // An event older than the kept ones comes in order.
        let mut old = store.course_events(&course.id).expect("read")[0].clone();
        old.id = uuid::Uuid::new_v4();
        old.at_ms -= 1_000;
        store.insert(&old).expect("insert");
        let shared = store.course_events_shared(&course.id).expect("shared");
        assert_eq!(shared[0].id, old.id);
        assert_eq!(*shared, store.course_events(&course.id).expect("read"));
    }
}
