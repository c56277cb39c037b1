//! The one gate for content that arrives from another PC: every exchange
//! file is checked here (by [`super::parse`]) before anything is merged, so
//! the store only ever holds what this PC's own tutor area could have
//! written.
//!
//! - **Times** (event times, `updated_ms`, deletion times, the export time)
//!   must lie between 2020-01-01 and one day after this PC's clock
//!   ([`super::super::CLOCK_SLACK_MS`]); anything else refuses the file.
//! - **Names** follow the tutor area's own rules
//!   ([`crate::model::course::clean_name`]: no identity or phone numbers, no
//!   email addresses, nothing empty or hidden); course names, places and
//!   notes follow [`crate::model::course::check_text`].
//! - **Ids** of courses, participants, events and deletions are UUIDs
//!   spelt exactly as Stegvis writes them; another spelling of the same
//!   UUID would make a second participant or a second copy of an event.
//! - **Sizes** are capped: courses, participants, events and other rows,
//!   and every text.
//! - **References:** an event whose participant or course the file neither
//!   holds nor deletes is dropped (not stored), and so is every name that
//!   no kept event uses.
//!
//! A refused file changes nothing; the reason is an [`Invalid`].

use super::super::CLOCK_SLACK_MS;
use super::super::names::is_canonical_id;
use super::{Content, Header, MAX_DEVICE_NAME_CHARS};
use crate::model::course::{
    MAX_COURSE_TEXT_CHARS, MAX_NOTE_CHARS, MAX_SESSIONS, MAX_TUTORS, NameProblem, check_text,
    clean_name, clean_text, is_hidden_char, parse_iso_date,
};
use std::collections::HashSet;

/// 2020-01-01 00:00 UTC in ms: no Stegvis data is older.
pub const EARLIEST_MS: i64 = 1_577_836_800_000;
/// The most courses a file may hold.
pub const MAX_COURSES: usize = 1_000;
/// The most participants a file may hold (a library with 50 courses of 20
/// a year for ten years).
pub const MAX_PARTICIPANTS: usize = 10_000;
/// The most events a file may hold (more than three times the biggest
/// course measured, 600,000 events).
pub const MAX_EVENTS: usize = 2_000_000;
/// The most rows of any other kind (sessions, attendance, deletions) and
/// the most distinct texts the events use.
pub const MAX_OTHER_ROWS: usize = 400_000;
/// The longest lesson id, event kind or deletion kind, in characters.
pub const MAX_WORD_CHARS: usize = 100;
/// The longest text an event refers to (a practice's scenario and traps).
pub const MAX_REF_CHARS: usize = 1_000;
/// The largest step, answer or try count an event may hold.
pub const MAX_INDEX: i64 = 1_000_000;

/// What there is too much of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Courses.
    Courses,
    /// Participants.
    Participants,
    /// Progress events.
    Events,
    /// Sessions, attendance, deletions or texts.
    Rows,
}

/// Why arriving content was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// A time before 2020 or more than a day after this PC's clock.
    Time(i64),
    /// A participant's or tutor's name the tutor area would refuse.
    Name(NameProblem),
    /// A course name or place, a note or another text that is too long or
    /// has hidden characters.
    Text(NameProblem),
    /// An id not spelt the way Stegvis writes ids.
    Id,
    /// A session number, date, step or answer that Stegvis never writes.
    Value,
    /// More rows of one kind than Stegvis takes in.
    TooMany {
        /// Of what.
        what: Counted,
        /// How many the file has.
        count: usize,
        /// The most taken in.
        max: usize,
    },
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::Time(ms) => write!(f, "a time that cannot be right ({ms} ms)"),
            Invalid::Name(p) => write!(f, "a name Stegvis does not accept ({p:?})"),
            Invalid::Text(p) => write!(f, "a text Stegvis does not accept ({p:?})"),
            Invalid::Id => write!(f, "an id Stegvis does not write"),
            Invalid::Value => write!(f, "a value Stegvis does not write"),
            Invalid::TooMany { what, count, max } => {
                write!(f, "too many {what:?} ({count}, at most {max})")
            }
        }
    }
}

/// Makes content this PC is about to export pass [`check`] on another PC
/// where this PC can: times as [`clamp_times`] does; course names,
/// places and notes stored before they were capped are cleaned as the
/// store now cleans them, and names stored before hidden characters were
/// refused lose them.
pub fn for_export(content: &mut Content, now_ms: i64) {
    clamp_times(content, now_ms);
    // A name with hidden characters loses them, if it then passes.
    let visible = |name: &mut String| {
        let shown: String = name.chars().filter(|c| !is_hidden_char(*c)).collect();
        if let Ok(clean) = clean_name(&shown) {
            *name = clean;
        }
    };
    for c in &mut content.courses {
        c.name = clean_text(&c.name, MAX_COURSE_TEXT_CHARS);
        c.place = clean_text(&c.place, MAX_COURSE_TEXT_CHARS);
        c.tutors.iter_mut().for_each(visible);
    }
    for p in &mut content.participants {
        p.note = clean_text(&p.note, MAX_NOTE_CHARS);
        visible(&mut p.name);
    }
}

/// Brings every time in content this PC is about to export into the
/// window [`check`] accepts, as of `now_ms`: earlier times become
/// 2020-01-01, and times more than half a day ahead become `now_ms`
/// (a little ahead is normal: events in one millisecond are stamped one
/// after another). A PC whose clock once ran wrong (a flat clock battery
/// showing 1970, a typo setting 2100) can so still export what it
/// recorded; only this PC's own stored rows keep the wrong time.
pub fn clamp_times(content: &mut Content, now_ms: i64) {
    let ahead = now_ms.saturating_add(CLOCK_SLACK_MS / 2);
    let clamp = |t: &mut i64| {
        if *t < EARLIEST_MS {
            *t = EARLIEST_MS;
        } else if *t > ahead {
            *t = now_ms.max(EARLIEST_MS);
        }
    };
    content
        .courses
        .iter_mut()
        .for_each(|c| clamp(&mut c.updated_ms));
    content
        .participants
        .iter_mut()
        .for_each(|p| clamp(&mut p.updated_ms));
    content
        .attendance
        .iter_mut()
        .for_each(|a| clamp(&mut a.updated_ms));
    content
        .tombstones
        .iter_mut()
        .for_each(|t| clamp(&mut t.at_ms));
    content
        .events
        .rows
        .iter_mut()
        .for_each(|r| clamp(&mut r.at_ms));
    if let Some(code) = &mut content.tutor_code {
        clamp(&mut code.updated_ms);
    }
}

/// Checks `time` against the window ending one day after `now_ms`.
fn time(time: i64, now_ms: i64) -> Result<(), Invalid> {
    if (EARLIEST_MS..=now_ms.saturating_add(CLOCK_SLACK_MS)).contains(&time) {
        Ok(())
    } else {
        Err(Invalid::Time(time))
    }
}

fn id(text: &str) -> Result<(), Invalid> {
    if is_canonical_id(text) {
        Ok(())
    } else {
        Err(Invalid::Id)
    }
}

fn text(text: &str, max_chars: usize) -> Result<(), Invalid> {
    check_text(text, max_chars).map_err(Invalid::Text)
}

/// A short word such as a lesson id or an event kind: not empty, no
/// spaces, nothing hidden.
fn word(word: &str) -> Result<(), Invalid> {
    text(word, MAX_WORD_CHARS)?;
    if word.is_empty() || word.contains(char::is_whitespace) {
        return Err(Invalid::Text(NameProblem::Empty));
    }
    Ok(())
}

fn session(number: i64) -> Result<(), Invalid> {
    if (1..=i64::from(MAX_SESSIONS)).contains(&number) {
        Ok(())
    } else {
        Err(Invalid::Value)
    }
}

fn index(value: Option<i64>) -> Result<(), Invalid> {
    match value {
        Some(v) if !(0..=MAX_INDEX).contains(&v) => Err(Invalid::Value),
        _ => Ok(()),
    }
}

/// A participant's or tutor's name, cleaned as the tutor area cleans it.
fn name(raw: &str) -> Result<String, Invalid> {
    clean_name(raw).map_err(Invalid::Name)
}

fn at_most(what: Counted, count: usize, max: usize) -> Result<(), Invalid> {
    if count > max {
        Err(Invalid::TooMany { what, count, max })
    } else {
        Ok(())
    }
}

/// Checks an exchange file's header; the PC's name is cleaned as this PC
/// cleans its own.
pub fn check_header(header: &mut Header, now_ms: i64) -> Result<(), Invalid> {
    id(&header.device_id)?;
    time(header.exported_ms, now_ms)?;
    header.device_name = clean_text(&header.device_name, MAX_DEVICE_NAME_CHARS);
    Ok(())
}

/// Checks arriving content as of `now_ms` (ms since 1970) and trims it to
/// what may be stored: events about participants or courses the content
/// neither holds nor deletes are dropped, and so are the names no kept
/// event uses. Names are cleaned as the tutor area cleans them.
pub fn check(content: &mut Content, now_ms: i64) -> Result<(), Invalid> {
    at_most(Counted::Courses, content.courses.len(), MAX_COURSES)?;
    at_most(
        Counted::Participants,
        content.participants.len(),
        MAX_PARTICIPANTS,
    )?;
    at_most(Counted::Events, content.events.rows.len(), MAX_EVENTS)?;
    for count in [
        content.sessions.len(),
        content.attendance.len(),
        content.tombstones.len(),
        content.events.names.len(),
    ] {
        at_most(Counted::Rows, count, MAX_OTHER_ROWS)?;
    }
    for c in &mut content.courses {
        id(&c.id)?;
        time(c.updated_ms, now_ms)?;
        text(&c.name, MAX_COURSE_TEXT_CHARS)?;
        text(&c.place, MAX_COURSE_TEXT_CHARS)?;
        if c.tutors.len() > MAX_TUTORS {
            return Err(Invalid::Name(NameProblem::TooLong));
        }
        for tutor in &mut c.tutors {
            *tutor = name(tutor)?;
        }
    }
    for s in &content.sessions {
        id(&s.course_id)?;
        session(s.number)?;
        parse_iso_date(&s.date).ok_or(Invalid::Value)?;
    }
    for p in &mut content.participants {
        id(&p.id)?;
        id(&p.course_id)?;
        time(p.updated_ms, now_ms)?;
        p.name = name(&p.name)?;
        text(&p.note, MAX_NOTE_CHARS)?;
    }
    for a in &content.attendance {
        id(&a.course_id)?;
        id(&a.participant_id)?;
        session(a.session)?;
        time(a.updated_ms, now_ms)?;
    }
    for t in &content.tombstones {
        id(&t.id)?;
        word(&t.kind)?;
        time(t.at_ms, now_ms)?;
        if let Some(course) = &t.course_id {
            id(course)?;
        }
    }
    // (Its hash was checked with the content's consistency, at parsing.)
    if let Some(code) = &content.tutor_code {
        time(code.updated_ms, now_ms)?;
    }
    check_events(content, now_ms)
}

/// The events' part of [`check`].
fn check_events(content: &mut Content, now_ms: i64) -> Result<(), Invalid> {
    let dead: HashSet<&str> = content.tombstones.iter().map(|t| t.id.as_str()).collect();
    let participants: HashSet<&str> = content
        .participants
        .iter()
        .map(|p| p.id.as_str())
        .chain(dead.iter().copied())
        .collect();
    let courses: HashSet<&str> = content
        .courses
        .iter()
        .map(|c| c.id.as_str())
        .chain(dead.iter().copied())
        .collect();
    let table = &mut content.events;
    for n in &table.names {
        text(n, MAX_WORD_CHARS)?;
    }
    // Per name, once: is it an id, a word, a known participant, a known course?
    let is_id: Vec<bool> = table.names.iter().map(|n| is_canonical_id(n)).collect();
    let is_word: Vec<Result<(), Invalid>> = table.names.iter().map(|n| word(n)).collect();
    let known = |set: &HashSet<&str>| -> Vec<bool> {
        table
            .names
            .iter()
            .map(|n| set.contains(n.as_str()))
            .collect()
    };
    let (participant_known, course_known) = (known(&participants), known(&courses));
    let flag = |flags: &[bool], i: u32| flags.get(i as usize).copied().unwrap_or(false);
    for r in &table.rows {
        id(&r.id)?;
        time(r.at_ms, now_ms)?;
        for i in [r.participant, r.course].into_iter().flatten() {
            if !flag(&is_id, i) {
                return Err(Invalid::Id);
            }
        }
        // The PC is only a label here (its id is a UUID, but an event kept
        // while the store was away may say "memory").
        for i in [r.device, r.lesson, r.kind] {
            is_word
                .get(i as usize)
                .copied()
                .unwrap_or(Err(Invalid::Value))?;
        }
        index(r.step)?;
        index(r.answer)?;
        if let Some(n) = r.session {
            session(n)?;
        }
        if let Some(reference) = &r.ref_id {
            text(reference, MAX_REF_CHARS)?;
        }
    }
    let keep: Vec<bool> = table
        .rows
        .iter()
        .map(|r| {
            r.participant.is_none_or(|i| flag(&participant_known, i))
                && r.course.is_none_or(|i| flag(&course_known, i))
        })
        .collect();
    let mut keep = keep.into_iter();
    table.retain(|_| keep.next().unwrap_or(false));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::content::{EventRecord, EventTable, ParticipantRecord, TombstoneRecord};

    const NOW: i64 = 1_800_000_000_000;

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012x}")
    }

    /// One participant (deleted course-less tombstone aside) and one event
    /// of theirs from `device`.
    fn content(device: &str) -> Content {
        let mut content = Content::default();
        content.participants.push(ParticipantRecord {
            id: id(1),
            course_id: id(9),
            name: "  Karin   L. ".into(),
            note: String::new(),
            updated_ms: NOW,
        });
        content.tombstones.push(TombstoneRecord {
            id: id(9),
            kind: "course".into(),
            at_ms: NOW,
            course_id: None,
        });
        content.events = EventTable::from_records([EventRecord {
            id: id(2),
            device_id: device.into(),
            participant_id: Some(id(1)),
            lesson_id: "a".into(),
            kind: "lesson-started".into(),
            step: None,
            answer: None,
            correct: None,
            at_ms: NOW,
            course_id: None,
            session: None,
            ref_id: None,
        }]);
        content
    }

    #[test]
    fn a_pc_is_a_label_and_names_are_cleaned_as_the_tutor_area_cleans_them() {
        for device in [id(3), "memory".to_owned()] {
            let mut c = content(&device);
            assert_eq!(check(&mut c, NOW), Ok(()), "{device}");
            assert_eq!(c.participants[0].name, "Karin L.");
        }
        let mut c = content("two words");
        assert_eq!(check(&mut c, NOW), Err(Invalid::Text(NameProblem::Empty)));
    }

    #[test]
    fn the_window_runs_from_2020_to_a_day_ahead() {
        for (at, ok) in [
            (EARLIEST_MS - 1, false),
            (EARLIEST_MS, true),
            (NOW + CLOCK_SLACK_MS, true),
            (NOW + CLOCK_SLACK_MS + 1, false),
        ] {
            let mut c = content("pc");
            c.events.rows[0].at_ms = at;
            assert_eq!(check(&mut c, NOW).is_ok(), ok, "{at}");
        }
    }

    #[test]
    fn an_export_brings_wrong_clock_times_and_long_notes_into_the_rules() {
        let mut c = content("pc");
        c.events.rows[0].at_ms = 0;
        c.participants[0].updated_ms = i64::MAX;
        c.tombstones[0].at_ms = NOW + 1000;
        c.participants[0].note = format!("{}\u{202E}", "n".repeat(2000));
        for_export(&mut c, NOW);
        assert_eq!(c.participants[0].note, "n".repeat(MAX_NOTE_CHARS));
        let mut hidden = content("pc");
        hidden.participants[0].name = "Karin\u{202E} L.".into();
        for_export(&mut hidden, NOW);
        assert_eq!(hidden.participants[0].name, "Karin L.");
        assert_eq!(check(&mut hidden, NOW), Ok(()));
        assert_eq!(c.events.rows[0].at_ms, EARLIEST_MS);
        assert_eq!(c.participants[0].updated_ms, NOW);
        assert_eq!(c.tombstones[0].at_ms, NOW + 1000, "a little ahead stays");
        assert_eq!(check(&mut c, NOW), Ok(()));
    }

    #[test]
    fn the_header_needs_an_id_and_a_time_and_its_name_is_cleaned() {
        let mut header = Header {
            version: "1.1".into(),
            app_version: "0.1.0".into(),
            device_id: id(3),
            device_name: format!(" Dator\u{202E} 3{}", "x".repeat(100)),
            exported_ms: NOW,
        };
        assert_eq!(check_header(&mut header, NOW), Ok(()));
        assert!(header.device_name.starts_with("Dator 3x"));
        assert_eq!(header.device_name.chars().count(), MAX_DEVICE_NAME_CHARS);
        header.device_id = id(0xab).to_uppercase();
        assert_eq!(check_header(&mut header, NOW), Err(Invalid::Id));
        header.device_id = id(3);
        header.exported_ms = 0;
        assert_eq!(check_header(&mut header, NOW), Err(Invalid::Time(0)));
    }
}
