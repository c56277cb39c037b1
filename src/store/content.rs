//! What an exchange file holds: every exchanged table of a store.
//!
//! Events are by far the most numerous (600,000 in a big course), so they
//! travel compactly in an [`EventTable`]: each repeated text once in
//! `names`, each event as a JSON array of numbers pointing into it.

use serde::de::{self, IgnoredAny, SeqAccess, Visitor};
use serde::ser::SerializeTuple;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};

/// A course as exchanged: one last-writer-wins record together with its
/// sessions (which travel in [`Content::sessions`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseRecord {
    /// Course id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Place.
    pub place: String,
    /// The tutors' first names (format 1.1; absent in 1.0 files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tutors: Vec<String>,
    /// When it was last changed (ms since 1970).
    pub updated_ms: i64,
}

/// One session of a course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The course.
    pub course_id: String,
    /// 1-based number.
    pub number: i64,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// A participant as exchanged (last writer wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    /// Participant id.
    pub id: String,
    /// Their course (never changes).
    pub course_id: String,
    /// Display name.
    pub name: String,
    /// Tutors' note.
    pub note: String,
    /// When it was last changed (ms since 1970).
    pub updated_ms: i64,
}

/// Presence at one session (last writer wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceRecord {
    /// The course.
    pub course_id: String,
    /// Session number.
    pub session: i64,
    /// The participant.
    pub participant_id: String,
    /// Marked present.
    pub present: bool,
    /// When it was last changed (ms since 1970).
    pub updated_ms: i64,
}

/// A deletion: no name, only the id that must never come back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TombstoneRecord {
    /// The deleted participant's or course's id.
    pub id: String,
    /// `participant` or `course`.
    pub kind: String,
    /// The earliest time it is known to have been deleted.
    pub at_ms: i64,
    /// For a participant: their course, so deleting the course deletes them
    /// wherever they turn up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_id: Option<String>,
}

/// The tutor code as it travels (format 1.2): only its salted Argon2 hash,
/// never the code. The latest choice wins, as for a participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TutorCodeRecord {
    /// The hash in PHC string format (`$argon2id$…`).
    pub hash: String,
    /// When the code was chosen (ms since 1970).
    pub updated_ms: i64,
}

/// A progress event exactly as stored, with its texts written out (kinds
/// this version does not know travel unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    /// Event id (a UUID).
    pub id: String,
    /// The PC that recorded it.
    pub device_id: String,
    /// The participant, if any.
    pub participant_id: Option<String>,
    /// The lesson.
    pub lesson_id: String,
    /// The kind's stored name, e.g. `step-reached`.
    pub kind: String,
    /// Step index, for kinds that have one.
    pub step: Option<i64>,
    /// Answer index, for answers.
    pub answer: Option<i64>,
    /// Whether an answer was right.
    pub correct: Option<bool>,
    /// When (ms since 1970).
    pub at_ms: i64,
    /// The course whose session was running.
    pub course_id: Option<String>,
    /// The session number that was running.
    pub session: Option<i64>,
    /// The event this one refers to (a resolved help request).
    pub ref_id: Option<String>,
}

/// One event in an [`EventTable`]: texts are indexes into its `names`.
/// In JSON it is an array, in this field order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    /// Event id.
    pub id: String,
    /// The recording PC's id (index into `names`).
    pub device: u32,
    /// The participant's id, if any (index into `names`).
    pub participant: Option<u32>,
    /// The lesson id (index into `names`).
    pub lesson: u32,
    /// The kind's name (index into `names`).
    pub kind: u32,
    /// Step index.
    pub step: Option<i64>,
    /// Answer index.
    pub answer: Option<i64>,
    /// Whether an answer was right.
    pub correct: Option<bool>,
    /// When (ms since 1970).
    pub at_ms: i64,
    /// The running session's course id (index into `names`).
    pub course: Option<u32>,
    /// The running session's number.
    pub session: Option<i64>,
    /// The event referred to.
    pub ref_id: Option<String>,
}

/// The fields of an [`EventRow`], in its array order.
const ROW_FIELDS: usize = 12;

impl Serialize for EventRow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut t = serializer.serialize_tuple(ROW_FIELDS)?;
        t.serialize_element(&self.id)?;
        t.serialize_element(&self.device)?;
        t.serialize_element(&self.participant)?;
        t.serialize_element(&self.lesson)?;
        t.serialize_element(&self.kind)?;
        t.serialize_element(&self.step)?;
        t.serialize_element(&self.answer)?;
        t.serialize_element(&self.correct)?;
        t.serialize_element(&self.at_ms)?;
        t.serialize_element(&self.course)?;
        t.serialize_element(&self.session)?;
        t.serialize_element(&self.ref_id)?;
        t.end()
    }
}

impl<'de> Deserialize<'de> for EventRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RowVisitor;
        impl<'de> Visitor<'de> for RowVisitor {
            type Value = EventRow;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "an event row of {ROW_FIELDS} values")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<EventRow, A::Error> {
                let mut n = 0;
                let mut next = || {
                    n += 1;
                    n - 1
                };
                macro_rules! field {
                    () => {{
                        let i = next();
                        seq.next_element()?
                            .ok_or_else(|| de::Error::invalid_length(i, &self))?
                    }};
                }
                let row = EventRow {
                    id: field!(),
                    device: field!(),
                    participant: field!(),
                    lesson: field!(),
                    kind: field!(),
                    step: field!(),
                    answer: field!(),
                    correct: field!(),
                    at_ms: field!(),
                    course: field!(),
                    session: field!(),
                    ref_id: field!(),
                };
                // A newer minor version may add values at the end.
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(row)
            }
        }
        deserializer.deserialize_seq(RowVisitor)
    }
}

/// Progress events as they travel: each repeated text once in `names`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTable {
    /// The texts the rows refer to by index.
    pub names: Vec<String>,
    /// The events.
    pub rows: Vec<EventRow>,
}

impl EventTable {
    /// A table holding `records`.
    pub fn from_records(records: impl IntoIterator<Item = EventRecord>) -> EventTable {
        let mut table = EventTable::default();
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut name = |text: String, names: &mut Vec<String>| -> u32 {
            *index.entry(text).or_insert_with_key(|text| {
                names.push(text.clone());
                (names.len() - 1) as u32
            })
        };
        for r in records {
            let names = &mut table.names;
            let row = EventRow {
                device: name(r.device_id, names),
                participant: r.participant_id.map(|p| name(p, names)),
                lesson: name(r.lesson_id, names),
                kind: name(r.kind, names),
                course: r.course_id.map(|c| name(c, names)),
                id: r.id,
                step: r.step,
                answer: r.answer,
                correct: r.correct,
                at_ms: r.at_ms,
                session: r.session,
                ref_id: r.ref_id,
            };
            table.rows.push(row);
        }
        table
    }

    /// Every event with its texts written out (rows pointing outside
    /// `names` are left out).
    pub fn records(&self) -> impl Iterator<Item = EventRecord> + '_ {
        self.rows.iter().filter_map(|r| {
            let text = |i: u32| self.name(i).map(str::to_owned);
            // None: no such reference; Some(None): an index pointing nowhere.
            let optional = |i: Option<u32>| match i {
                None => Some(None),
                Some(i) => text(i).map(Some),
            };
            Some(EventRecord {
                id: r.id.clone(),
                device_id: text(r.device)?,
                participant_id: optional(r.participant)?,
                lesson_id: text(r.lesson)?,
                kind: text(r.kind)?,
                step: r.step,
                answer: r.answer,
                correct: r.correct,
                at_ms: r.at_ms,
                course_id: optional(r.course)?,
                session: r.session,
                ref_id: r.ref_id.clone(),
            })
        })
    }

    /// How many events.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The text at index `i`.
    pub fn name(&self, i: u32) -> Option<&str> {
        self.names.get(i as usize).map(String::as_str)
    }

    /// Keeps only the rows `keep` accepts, in their order, and only the
    /// names those rows refer to.
    pub(super) fn retain(&mut self, mut keep: impl FnMut(&EventRow) -> bool) {
        self.rows.retain(|r| keep(r));
        let mut position: Vec<Option<u32>> = vec![None; self.names.len()];
        let mut names = Vec::new();
        let mut remap = |i: u32| -> u32 {
            let Some(slot) = position.get_mut(i as usize) else {
                return i;
            };
            *slot.get_or_insert_with(|| {
                names.push(std::mem::take(&mut self.names[i as usize]));
                (names.len() - 1) as u32
            })
        };
        for r in &mut self.rows {
            r.device = remap(r.device);
            r.participant = r.participant.map(&mut remap);
            r.lesson = remap(r.lesson);
            r.kind = remap(r.kind);
            r.course = r.course.map(&mut remap);
        }
        self.names = names;
    }

    /// Whether every id is set and every index points into `names`.
    fn is_consistent(&self) -> bool {
        let ok = |i: u32| (i as usize) < self.names.len();
        self.rows.iter().all(|r| {
            !r.id.is_empty()
                && ok(r.device)
                && ok(r.lesson)
                && ok(r.kind)
                && r.participant.is_none_or(ok)
                && r.course.is_none_or(ok)
        })
    }

    /// Only the names in use, sorted, and the rows sorted by id: two tables
    /// with the same events become equal.
    fn sort(&mut self) {
        let mut used: Vec<&str> = self
            .rows
            .iter()
            .flat_map(|r| {
                [
                    Some(r.device),
                    r.participant,
                    Some(r.lesson),
                    Some(r.kind),
                    r.course,
                ]
            })
            .flatten()
            .filter_map(|i| self.name(i))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        used.sort_unstable();
        let position: HashMap<&str, u32> = used
            .iter()
            .enumerate()
            .map(|(i, t)| (*t, i as u32))
            .collect();
        let remap = |i: u32| {
            self.name(i)
                .and_then(|t| position.get(t).copied())
                .unwrap_or(u32::MAX)
        };
        let mut rows: Vec<EventRow> = self
            .rows
            .iter()
            .map(|r| EventRow {
                device: remap(r.device),
                participant: r.participant.map(remap),
                lesson: remap(r.lesson),
                kind: remap(r.kind),
                course: r.course.map(remap),
                ..r.clone()
            })
            .collect();
        rows.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        self.names = used.into_iter().map(str::to_owned).collect();
        self.rows = rows;
    }
}

/// Everything a store exchanges: all its tables except the import log and
/// this PC's own settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    /// Courses.
    pub courses: Vec<CourseRecord>,
    /// The courses' sessions.
    pub sessions: Vec<SessionRecord>,
    /// Participants.
    pub participants: Vec<ParticipantRecord>,
    /// Attendance.
    pub attendance: Vec<AttendanceRecord>,
    /// Progress events.
    pub events: EventTable,
    /// Deletions, which always win.
    pub tombstones: Vec<TombstoneRecord>,
    /// The tutor code's hash, if one was chosen (format 1.2; absent before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tutor_code: Option<TutorCodeRecord>,
}

impl Content {
    /// Puts everything in one canonical order (by key), so two stores with
    /// the same rows give equal content.
    pub fn sort(&mut self) {
        self.courses.sort_by(|a, b| a.id.cmp(&b.id));
        self.sessions
            .sort_by(|a, b| (&a.course_id, a.number).cmp(&(&b.course_id, b.number)));
        self.participants.sort_by(|a, b| a.id.cmp(&b.id));
        self.attendance.sort_by(|a, b| {
            (&a.course_id, a.session, &a.participant_id).cmp(&(
                &b.course_id,
                b.session,
                &b.participant_id,
            ))
        });
        self.events.sort();
        self.tombstones.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Whether every row refers only to what the content itself holds (or
    /// deletes), with no empty ids and no session twice: content written by
    /// Stegvis always does.
    pub fn is_consistent(&self) -> bool {
        let dead: HashSet<&str> = self.tombstones.iter().map(|t| t.id.as_str()).collect();
        let courses: HashSet<&str> = self.courses.iter().map(|c| c.id.as_str()).collect();
        let participants: HashSet<&str> = self.participants.iter().map(|p| p.id.as_str()).collect();
        let course_known = |id: &str| courses.contains(id) || dead.contains(id);
        let mut sessions = HashSet::new();
        self.courses.iter().all(|c| !c.id.is_empty())
            && self
                .tutor_code
                .as_ref()
                .is_none_or(|t| super::tutor::is_argon2_hash(&t.hash))
            && self.tombstones.iter().all(|t| !t.id.is_empty())
            && self.events.is_consistent()
            && self.sessions.iter().all(|s| {
                courses.contains(s.course_id.as_str()) && sessions.insert((&s.course_id, s.number))
            })
            && self
                .participants
                .iter()
                .all(|p| !p.id.is_empty() && course_known(&p.course_id))
            && self.attendance.iter().all(|a| {
                course_known(&a.course_id)
                    && (participants.contains(a.participant_id.as_str())
                        || dead.contains(a.participant_id.as_str()))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, participant: Option<&str>) -> EventRecord {
        EventRecord {
            id: id.into(),
            device_id: "pc".into(),
            participant_id: participant.map(str::to_owned),
            lesson_id: "a".into(),
            kind: "lesson-started".into(),
            step: None,
            answer: Some(2),
            correct: Some(true),
            at_ms: 7,
            course_id: None,
            session: Some(1),
            ref_id: None,
        }
    }

    #[test]
    fn event_rows_are_compact_arrays_and_round_trip() {
        let records = vec![record("e2", Some("p")), record("e1", None)];
        let table = EventTable::from_records(records.clone());
        assert_eq!(table.names, ["pc", "p", "a", "lesson-started"]);
        let json = serde_json::to_string(&table).expect("json");
        assert!(
            json.contains(r#"["e2",0,1,2,3,null,2,true,7,null,1,null]"#),
            "{json}"
        );
        let back: EventTable = serde_json::from_str(&json).expect("parse");
        assert_eq!(back.records().collect::<Vec<_>>(), records);
        let longer = json.replace("null,1,null]", "null,1,null,\"later\"]");
        assert!(
            serde_json::from_str::<EventTable>(&longer).is_ok(),
            "newer values are skipped"
        );
        let shorter = json.replace(",1,null]", "]");
        assert!(serde_json::from_str::<EventTable>(&shorter).is_err());
    }

    #[test]
    fn sorting_makes_equal_tables_equal() {
        let mut a = EventTable::from_records([record("e1", Some("p")), record("e2", None)]);
        let mut b = EventTable::from_records([record("e2", None), record("e1", Some("p"))]);
        b.names.push("unused".into());
        assert_ne!(a, b);
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert!(a.is_consistent());
        let mut kept = a.clone();
        kept.retain(|r| r.id == "e2");
        assert_eq!(
            kept.names,
            ["pc", "a", "lesson-started"],
            "only used names stay"
        );
        assert_eq!(kept.records().collect::<Vec<_>>(), [record("e2", None)]);
        a.rows[0].lesson = 99;
        assert!(!a.is_consistent());
        assert_eq!(a.records().count(), 1, "a row pointing nowhere is left out");
    }
}
