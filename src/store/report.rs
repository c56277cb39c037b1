//! Gathers what the staff report needs, in a few queries.

use super::{Store, StoreError};
use crate::model::report::CourseInput;
use rusqlite::params;
use std::collections::{BTreeMap, BTreeSet};

impl Store {
    /// Who was marked present at each session of a course, by session number.
    pub fn course_attendance(
        &self,
        course_id: &str,
    ) -> Result<BTreeMap<u8, BTreeSet<String>>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT session, participant_id FROM attendance
             WHERE course_id = ?1 AND present = 1",
        )?;
        let rows = stmt.query_map(params![course_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out: BTreeMap<u8, BTreeSet<String>> = BTreeMap::new();
        for row in rows {
            let (session, participant) = row?;
            if let Ok(session) = u8::try_from(session) {
                out.entry(session).or_default().insert(participant);
            }
        }
        Ok(out)
    }

    /// Every course with its participants, attendance and events: the
    /// inputs of [`crate::model::report::build`].
    pub fn report_inputs(&self) -> Result<Vec<CourseInput>, StoreError> {
        self.courses()?
            .into_iter()
            .map(|course| {
                Ok(CourseInput {
                    participants: self.participants(&course.id)?,
                    attendance: self.course_attendance(&course.id)?,
                    events: self.course_events(&course.id)?,
                    course,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;
    use crate::model::report::{ReportOptions, build, fixture};
    use time::macros::date;

    #[test]
    fn inputs_come_from_the_store_and_deleted_people_are_gone() {
        let mut store = Store::in_memory().expect("store");
        let course = store
            .create_course("Biblioteket", "Kalmar", date!(2027 - 01 - 12), 3)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        let ake = store.add_participant(&course.id, "Åke B.").expect("add");
        for (session, who) in [(1, &karin), (1, &ake), (2, &karin)] {
            store
                .set_attendance(&course.id, session, &who.id, true)
                .expect("present");
        }
        store
            .set_attendance(&course.id, 3, &karin.id, false)
            .expect("absent");
        store.start_session(&course.id, 1).expect("start");
        store
            .record(Some(&karin.id), "mejl-1", EventKind::LessonCompleted)
            .expect("record");
        store
            .record(Some(&ake.id), "bank-1", EventKind::LessonCompleted)
            .expect("record");

        let inputs = store.report_inputs().expect("inputs");
        assert_eq!(inputs.len(), 1);
        let attendance: Vec<(u8, usize)> = inputs[0]
            .attendance
            .iter()
            .map(|(n, set)| (*n, set.len()))
            .collect();
        assert_eq!(attendance, vec![(1, 2), (2, 1)], "absent is not present");
        assert_eq!(inputs[0].events.len(), 2);

        store.delete_participant(&ake.id).expect("delete");
        let inputs = store.report_inputs().expect("inputs");
        let report = build(
            &inputs,
            &fixture::library(),
            &ReportOptions::default(),
            date!(2027 - 04 - 01),
        );
        assert_eq!(report.totals.participants_reached, 1);
        assert_eq!(report.totals.done.total(), 1);
        assert_eq!(report.courses[0].sessions[0].present, 1);
    }
}
