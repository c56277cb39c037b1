//! The kept summaries behind the tutor's dashboard.
//!
//! For every participant and lesson with events, `lesson_summary` holds the
//! [`LessonSummary`] of those events and `open_help` its open help requests.
//! They are derived data: every write of events renews the summaries of the
//! (participant, lesson) pairs it touched, in the same transaction, with
//! the model's own [`LessonSummary::of`]; every deletion of events renews
//! (or removes) the pairs it touched. So the dashboard of a course with
//! 600,000 events reads about 60,000 short rows, and a new event costs one
//! pair's few events.

use super::names::{self, Names, numbers_of};
use super::{COURSE_PARTICIPANTS, EVENT_COLUMNS, Store, StoreError, query_events};
use crate::model::progress::LessonStatus;
use crate::model::summary::{CourseProgress, LessonSummary, OpenHelp};
use rusqlite::{Connection, params};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

/// Participant and lesson, as name numbers.
pub(super) type Pair = (i64, i64);

/// Renews the summaries of `pairs` from their events (removing those left
/// without events). Each participant's events are read once.
pub(super) fn refresh(conn: &Connection, pairs: &BTreeSet<Pair>) -> Result<(), StoreError> {
    if pairs.is_empty() {
        return Ok(());
    }
    let names = Names::load(conn)?;
    let mut by_participant: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for &(participant, lesson) in pairs {
        by_participant.entry(participant).or_default().push(lesson);
    }
    for (participant, lessons) in by_participant {
        let events = match lessons.as_slice() {
            [lesson] => query_events(
                conn,
                &names,
                &format!("{EVENT_COLUMNS} WHERE participant = ?1 AND lesson = ?2"),
                params![participant, lesson],
                None,
            )?,
            _ => query_events(
                conn,
                &names,
                &format!("{EVENT_COLUMNS} WHERE participant = ?1"),
                params![participant],
                None,
            )?,
        };
        for lesson in lessons {
            let summary = names
                .get(lesson)
                .and_then(|id| LessonSummary::of(&events, id));
            write(conn, (participant, lesson), summary.as_ref())?;
        }
    }
    Ok(())
}

/// Renews every summary (the schema's upgrade to version 5).
pub(super) fn rebuild_all(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch("DELETE FROM lesson_summary; DELETE FROM open_help;")?;
    let mut stmt = conn
        .prepare("SELECT DISTINCT participant, lesson FROM event WHERE participant IS NOT NULL")?;
    let pairs = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<BTreeSet<Pair>, _>>()?;
    refresh(conn, &pairs)
}

/// Deletes the events `condition` (an SQL expression over `event`) selects,
/// and renews the summaries of the pairs they belonged to.
pub(super) fn delete_events(
    conn: &Connection,
    condition: &str,
    args: impl rusqlite::Params + Copy,
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT DISTINCT participant, lesson FROM event
             WHERE participant IS NOT NULL AND ({condition})"
    ))?;
    let pairs = stmt
        .query_map(args, |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<BTreeSet<Pair>, _>>()?;
    conn.execute(&format!("DELETE FROM event WHERE {condition}"), args)?;
    refresh(conn, &pairs)
}

/// Stores (or, for `None`, removes) one pair's summary and open requests.
fn write(conn: &Connection, pair: Pair, summary: Option<&LessonSummary>) -> Result<(), StoreError> {
    let (participant, lesson) = pair;
    conn.prepare_cached("DELETE FROM open_help WHERE participant = ?1 AND lesson = ?2")?
        .execute(params![participant, lesson])?;
    let Some(s) = summary else {
        conn.prepare_cached("DELETE FROM lesson_summary WHERE participant = ?1 AND lesson = ?2")?
            .execute(params![participant, lesson])?;
        return Ok(());
    };
    let (done, step) = match s.status {
        LessonStatus::Done => (true, 0),
        LessonStatus::Started { step } => (false, step),
        // Not reached: a lesson with events is at least started.
        LessonStatus::NotStarted => (false, 0),
    };
    conn.prepare_cached(
        "INSERT OR REPLACE INTO lesson_summary
             (participant, lesson, done, step, wrong, last_ms, last_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        participant,
        lesson,
        done,
        step as i64,
        s.wrong as i64,
        s.last.0,
        s.last.1.as_bytes()
    ])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR REPLACE INTO open_help (id, participant, lesson, step, at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for h in &s.open_help {
        insert.execute(params![
            h.id.as_bytes(),
            participant,
            lesson,
            h.step as i64,
            h.at_ms
        ])?;
    }
    Ok(())
}

/// A stored count or step as a `usize` (a damaged value counts as 0).
fn count(value: i64) -> usize {
    usize::try_from(value).unwrap_or(0)
}

impl Store {
    /// The progress of one course's participants in short: what the
    /// dashboard shows, without reading their events.
    pub fn course_progress(&self, course_id: &str) -> Result<CourseProgress, StoreError> {
        let names = Names::load(&self.conn)?;
        let text = |n: i64| names.get(n).unwrap_or_default();
        let participants = numbers_of(COURSE_PARTICIPANTS);
        let mut open: FxHashMap<Pair, Vec<OpenHelp>> = FxHashMap::default();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT participant, lesson, id, step, at_ms FROM open_help
                 WHERE participant IN {participants}"
        ))?;
        let mut rows = stmt.query(params![course_id])?;
        while let Some(r) = rows.next()? {
            let Some(id) = names::uuid_from_sql(r.get_ref(2)?) else {
                continue;
            };
            open.entry((r.get(0)?, r.get(1)?))
                .or_default()
                .push(OpenHelp {
                    id,
                    step: count(r.get(3)?),
                    at_ms: r.get(4)?,
                });
        }
        let mut progress = CourseProgress::default();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT participant, lesson, done, step, wrong, last_ms, last_id FROM lesson_summary
                 WHERE participant IN {participants}"
        ))?;
        let mut rows = stmt.query(params![course_id])?;
        while let Some(r) = rows.next()? {
            let pair: Pair = (r.get(0)?, r.get(1)?);
            let mut open_help = open.remove(&pair).unwrap_or_default();
            open_help.sort_by_key(|h| (h.at_ms, h.id));
            let summary = LessonSummary {
                status: if r.get(2)? {
                    LessonStatus::Done
                } else {
                    LessonStatus::Started {
                        step: count(r.get(3)?),
                    }
                },
                wrong: count(r.get(4)?),
                last: (
                    r.get(5)?,
                    names::uuid_from_sql(r.get_ref(6)?).unwrap_or(Uuid::nil()),
                ),
                open_help,
            };
            progress.add(text(pair.0), text(pair.1), summary);
        }
        progress.sort();
        Ok(progress)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::progress::{EventKind, learner_kind};
    use crate::model::summary::CourseProgress;
    use crate::store::Store;
    use proptest::prelude::*;
    use time::macros::date;

    /// The kept summaries equal summarising the course's events afresh.
    fn same(store: &Store, course: &str) -> CourseProgress {
        let kept = store.course_progress(course).expect("kept");
        let events = store.course_events(course).expect("events");
        assert_eq!(kept, CourseProgress::from_events(&events));
        kept
    }

    #[test]
    fn summaries_follow_new_events_deletions_and_imports() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path()).expect("open").store;
        let course = store
            .create_course("Kurs", "", date!(2027 - 01 - 12), 10)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin").expect("add");
        let ake = store.add_participant(&course.id, "Åke").expect("add");
        assert!(same(&store, &course.id).by_participant.is_empty());
        store
            .record(Some(&karin.id), "a", EventKind::LessonStarted)
            .expect("record");
        let ask = store
            .record(Some(&ake.id), "a", EventKind::HelpRequested { step: 1 })
            .expect("record");
        store
            .record(Some(&karin.id), "b", EventKind::LessonCompleted)
            .expect("record");
        store
            .record(None, "a", EventKind::LessonStarted)
            .expect("guest");
        let progress = same(&store, &course.id);
        assert_eq!(progress.of(&karin.id).len(), 2);
        assert_eq!(progress.open_help().len(), 1);

        store
            .record(
                Some(&ake.id),
                "a",
                EventKind::HelpResolved { request: ask.id },
            )
            .expect("resolve");
        assert!(same(&store, &course.id).open_help().is_empty());

        store.delete_participant(&ake.id).expect("delete");
        assert!(same(&store, &course.id).of(&ake.id).is_empty());
        let left: i64 = store
            .conn
            .query_row("SELECT count(*) FROM lesson_summary", [], |r| r.get(0))
            .expect("count");
        assert_eq!(left, 2, "a deleted participant's summaries go too");

        // Another PC's events arrive by import.
        let mut other = Store::in_memory().expect("other");
        other
            .merge_content(&store.content().expect("content"))
            .expect("copy");
        other
            .record(Some(&karin.id), "a", EventKind::StepReached { step: 3 })
            .expect("record");
        other
            .record(Some(&karin.id), "c", EventKind::LessonStarted)
            .expect("record");
        store
            .merge_content(&other.content().expect("content"))
            .expect("import");
        assert_eq!(same(&store, &course.id).of(&karin.id).len(), 3);

        store.delete_course(&course.id).expect("delete course");
        let left: i64 = store
            .conn
            .query_row("SELECT count(*) FROM lesson_summary", [], |r| r.get(0))
            .expect("count");
        assert_eq!(left, 0);
    }

    /// One thing that can happen to a store.
    #[derive(Debug, Clone)]
    enum Step {
        /// Participant (3 = a guest), lesson, what.
        Record(usize, usize, EventKind),
        /// Resolve the n-th open help request (if any).
        Resolve(usize),
        /// Another PC records these and its content is imported.
        Import(Vec<(usize, usize, EventKind)>),
        /// Delete this participant.
        Delete(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let record = || (0..4usize, 0..3usize, learner_kind());
        prop_oneof![
            6 => record().prop_map(|(p, l, k)| Step::Record(p, l, k)),
            2 => (0..3usize).prop_map(Step::Resolve),
            1 => proptest::collection::vec(record(), 1..8).prop_map(Step::Import),
            1 => (0..3usize).prop_map(Step::Delete),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn kept_summaries_always_equal_summarising_the_events(
            steps in proptest::collection::vec(step(), 1..25)
        ) {
            let mut store = Store::in_memory().expect("store");
            let course = store
                .create_course("Kurs", "", date!(2027 - 01 - 12), 10)
                .expect("course");
            let people: Vec<String> = ["A", "B", "C"]
                .iter()
                .map(|n| store.add_participant(&course.id, n).expect("add").id)
                .collect();
            let who = |p: usize| people.get(p).map(String::as_str);
            let lesson = |l: usize| ["a", "b", "c"][l];
            for step in steps {
                match step {
                    Step::Record(p, l, kind) => {
                        store.record(who(p), lesson(l), kind).expect("record");
                    }
                    Step::Resolve(n) => {
                        let open = store.course_progress(&course.id).expect("kept");
                        if let Some((p, l, help)) = open.open_help().get(n) {
                            let request = help.id;
                            store
                                .record(Some(p), l, EventKind::HelpResolved { request })
                                .expect("resolve");
                        }
                    }
                    Step::Import(records) => {
                        let mut other = Store::in_memory().expect("other");
                        other.merge_content(&store.content().expect("content")).expect("copy");
                        for (p, l, kind) in records {
                            other.record(who(p), lesson(l), kind).expect("record");
                        }
                        store
                            .merge_content(&other.content().expect("content"))
                            .expect("import");
                    }
                    Step::Delete(p) => {
                        store.delete_participant(&people[p]).expect("delete");
                    }
                }
                same(&store, &course.id);
            }
        }
    }
}
