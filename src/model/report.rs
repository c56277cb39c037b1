//! The staff report: how many were reached, who came, what was learned.
//!
//! Pure computation from plain inputs (courses, participants, attendance,
//! events and the lesson library); the store gathers the inputs and
//! [`crate::report`] renders the result as CSV or HTML. Lesson completions
//! come from the same [`lesson_status`] the senior's views and the tutor's
//! dashboard use.

use super::course::{Course, Participant};
use super::lesson::Topic;
use super::loader::Library;
use super::progress::{EventKind, LessonStatus, ProgressEvent, lesson_status};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use time::{Date, OffsetDateTime, UtcOffset};

/// Days to report on, both ends included; an open end reaches as far as
/// the data does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    /// The first day, if any.
    pub from: Option<Date>,
    /// The last day, if any.
    pub to: Option<Date>,
}

impl DateRange {
    /// A range; `None` when `from` is after `to`.
    pub fn new(from: Option<Date>, to: Option<Date>) -> Option<DateRange> {
        match (from, to) {
            (Some(f), Some(t)) if f > t => None,
            _ => Some(DateRange { from, to }),
        }
    }

    /// Whether the range has neither end (the whole time).
    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether `date` is inside the range.
    pub fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }

    /// Whether an event at `at_ms` happened on a day inside the range, in
    /// the time zone `offset`.
    pub fn contains_ms(&self, at_ms: i64, offset: UtcOffset) -> bool {
        if self.is_unbounded() {
            return true;
        }
        event_date(at_ms, offset).is_some_and(|d| self.contains(d))
    }
}

/// The day an event happened on, in the time zone `offset`.
pub fn event_date(at_ms: i64, offset: UtcOffset) -> Option<Date> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(at_ms) * 1_000_000)
        .ok()
        .map(|t| t.to_offset(offset).date())
}

/// What to report on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// Only sessions and events on these days count.
    pub range: DateRange,
    /// Replace names with "Deltagare 1", "Deltagare 2" …
    pub anonymous: bool,
    /// The local time zone, to tell which day an event happened on.
    pub offset: UtcOffset,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            range: DateRange::default(),
            anonymous: false,
            offset: UtcOffset::UTC,
        }
    }
}

/// Everything stored about one course, as the store hands it over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseInput {
    /// The course with its sessions.
    pub course: Course,
    /// Its participants (deleted ones are simply not here).
    pub participants: Vec<Participant>,
    /// Who was marked present, by session number.
    pub attendance: BTreeMap<u8, BTreeSet<String>>,
    /// The participants' progress events.
    pub events: Vec<ProgressEvent>,
}

/// Lessons completed, per topic. Lessons no longer in the library count as
/// `other`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicCounts {
    /// Completions of lessons in each topic.
    pub by_topic: BTreeMap<Topic, usize>,
    /// Completions of lessons the library does not know (any more).
    pub other: usize,
}

impl TopicCounts {
    /// Completions in `topic` (`None`: unknown lessons).
    pub fn get(&self, topic: Option<Topic>) -> usize {
        match topic {
            Some(t) => self.by_topic.get(&t).copied().unwrap_or(0),
            None => self.other,
        }
    }

    /// Every topic in Home's order, then the unknown lessons: the rows a
    /// table shows, zeros included so every report has the same rows.
    pub fn rows(&self) -> Vec<(Option<Topic>, usize)> {
        Topic::ALL
            .iter()
            .map(|t| Some(*t))
            .chain([None])
            .map(|t| (t, self.get(t)))
            .collect()
    }

    /// All completions.
    pub fn total(&self) -> usize {
        self.by_topic.values().sum::<usize>() + self.other
    }

    fn add(&mut self, topic: Option<Topic>, n: usize) {
        match topic {
            Some(t) => *self.by_topic.entry(t).or_insert(0) += n,
            None => self.other += n,
        }
    }

    fn merge(&mut self, other: &TopicCounts) {
        for (topic, n) in other.rows() {
            self.add(topic, n);
        }
    }
}

/// How a participant is named in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// Their name as the tutors entered it.
    Name(String),
    /// Anonymous: the participant's number within the course, from 1.
    Number(usize),
}

/// One participant's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    /// Name or number.
    pub label: Label,
    /// Sessions they were marked present at.
    pub sessions_attended: usize,
    /// Different lessons they completed.
    pub lessons_done: usize,
    /// Times they pressed "Jag vill ha hjälp".
    pub help_requests: usize,
    /// Came to a session or used Stegvis in the period.
    pub reached: bool,
}

/// Attendance at one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionRow {
    /// Session number, from 1.
    pub number: u8,
    /// Its date.
    pub date: Date,
    /// Participants marked present.
    pub present: usize,
}

/// One course's part of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseReport {
    /// The course's name.
    pub name: String,
    /// Where it is held.
    pub place: String,
    /// The sessions in the period, with attendance.
    pub sessions: Vec<SessionRow>,
    /// Participants on the course's list.
    pub participants: usize,
    /// Of those, how many were reached in the period.
    pub reached: usize,
    /// Lessons completed (participant × lesson, each once), per topic.
    pub done: TopicCounts,
    /// Help requests in the period.
    pub help_requests: usize,
    /// One line per participant.
    pub people: Vec<PersonRow>,
}

/// The sums over every course in the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Courses in the report.
    pub courses: usize,
    /// Sessions in the period where anyone was marked present.
    pub sessions_held: usize,
    /// Participants who came to a session or used Stegvis in the period,
    /// each counted once.
    pub participants_reached: usize,
    /// Lessons completed, per topic.
    pub done: TopicCounts,
    /// Help requests.
    pub help_requests: usize,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The period reported on.
    pub range: DateRange,
    /// Whether names were left out.
    pub anonymous: bool,
    /// The day the report was made.
    pub made_on: Date,
    /// Courses with anything in the period (every course without a period).
    pub courses: Vec<CourseReport>,
    /// Sums over the courses.
    pub totals: Totals,
}

/// Computes the report. Events and attendance of anyone not among a course's
/// participants (a deleted participant) are ignored.
pub fn build(
    inputs: &[CourseInput],
    library: &Library,
    options: &ReportOptions,
    made_on: Date,
) -> Report {
    let mut totals = Totals::default();
    let mut reached_ids: HashSet<&str> = HashSet::new();
    let mut courses = Vec::new();
    for input in inputs {
        let Some((report, reached)) = course_report(input, library, options) else {
            continue;
        };
        totals.courses += 1;
        totals.sessions_held += report.sessions.iter().filter(|s| s.present > 0).count();
        totals.done.merge(&report.done);
        totals.help_requests += report.help_requests;
        reached_ids.extend(reached);
        courses.push(report);
    }
    totals.participants_reached = reached_ids.len();
    Report {
        range: options.range,
        anonymous: options.anonymous,
        made_on,
        courses,
        totals,
    }
}

/// One course's report and the ids of its participants reached; `None`
/// when a period is set and nothing of the course falls in it.
fn course_report<'a>(
    input: &'a CourseInput,
    library: &Library,
    options: &ReportOptions,
) -> Option<(CourseReport, Vec<&'a str>)> {
    let range = options.range;
    let known: HashSet<&str> = input.participants.iter().map(|p| p.id.as_str()).collect();
    let events: Vec<&ProgressEvent> = input
        .events
        .iter()
        .filter(|e| {
            e.participant_id
                .as_deref()
                .is_some_and(|p| known.contains(p))
        })
        .filter(|e| range.contains_ms(e.at_ms, options.offset))
        .collect();
    let sessions: Vec<_> = input
        .course
        .sessions
        .iter()
        .filter(|s| range.contains(s.date))
        .collect();
    if !range.is_unbounded() && sessions.is_empty() && events.is_empty() {
        return None;
    }
    let present = |number: u8, id: &str| {
        input
            .attendance
            .get(&number)
            .is_some_and(|set| set.contains(id))
    };
    let session_rows = sessions
        .iter()
        .map(|s| SessionRow {
            number: s.number,
            date: s.date,
            present: input
                .participants
                .iter()
                .filter(|p| present(s.number, &p.id))
                .count(),
        })
        .collect();

    let mut participants: Vec<&Participant> = input.participants.iter().collect();
    if options.anonymous {
        // Ids are random, so this order says nothing about the names.
        participants.sort_by(|a, b| a.id.cmp(&b.id));
    }
    let mut done = TopicCounts::default();
    let mut help_requests = 0;
    let mut reached = Vec::new();
    let mut people = Vec::new();
    for (index, participant) in participants.into_iter().enumerate() {
        let mine: Vec<&ProgressEvent> = events
            .iter()
            .copied()
            .filter(|e| e.participant_id.as_deref() == Some(participant.id.as_str()))
            .collect();
        let lessons: BTreeSet<&str> = mine.iter().map(|e| e.lesson_id.as_str()).collect();
        let mut lessons_done = 0;
        for lesson in lessons {
            if lesson_status(mine.iter().copied(), lesson) == LessonStatus::Done {
                lessons_done += 1;
                done.add(library.get(lesson).map(|l| l.topic), 1);
            }
        }
        let asked = mine
            .iter()
            .filter(|e| matches!(e.kind, EventKind::HelpRequested { .. }))
            .count();
        help_requests += asked;
        let sessions_attended = sessions
            .iter()
            .filter(|s| present(s.number, &participant.id))
            .count();
        let is_reached = sessions_attended > 0 || !mine.is_empty();
        if is_reached {
            reached.push(participant.id.as_str());
        }
        people.push(PersonRow {
            label: if options.anonymous {
                Label::Number(index + 1)
            } else {
                Label::Name(participant.name.clone())
            },
            sessions_attended,
            lessons_done,
            help_requests: asked,
            reached: is_reached,
        });
    }
    let report = CourseReport {
        name: input.course.name.clone(),
        place: input.course.place.clone(),
        sessions: session_rows,
        participants: people.len(),
        reached: reached.len(),
        done,
        help_requests,
        people,
    };
    Some((report, reached))
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::fixture::{event, inputs, library, report};
    use super::*;
    use time::macros::{date, datetime, offset};

    fn range(from: Option<Date>, to: Option<Date>) -> ReportOptions {
        ReportOptions {
            range: DateRange::new(from, to).expect("valid range"),
            ..ReportOptions::default()
        }
    }

    fn names(course: &CourseReport) -> Vec<Label> {
        course.people.iter().map(|p| p.label.clone()).collect()
    }

    #[test]
    fn the_whole_time_counts_every_course_once_per_person() {
        let r = report(&ReportOptions::default());
        assert_eq!(r.courses.len(), 2);
        let a = &r.courses[0];
        assert_eq!(
            (a.name.as_str(), a.place.as_str()),
            ("Stadsbiblioteket", "Kalmar")
        );
        let present: Vec<(u8, usize)> = a.sessions.iter().map(|s| (s.number, s.present)).collect();
        assert_eq!(
            present,
            vec![(1, 2), (2, 1), (3, 0)],
            "the deleted participant is not counted"
        );
        assert_eq!(a.participants, 3);
        assert_eq!(a.reached, 2, "Bo did nothing");
        assert_eq!(
            a.done.get(Some(Topic::Email)),
            1,
            "mejl-1 twice is one lesson; mejl-2 is not done"
        );
        assert_eq!(a.done.get(Some(Topic::Bankid)), 1);
        assert_eq!(a.done.get(None), 1, "a lesson no longer in the library");
        assert_eq!(
            a.help_requests, 1,
            "the deleted participant's request is not counted"
        );
        let karin = &a.people[1];
        assert_eq!(karin.label, Label::Name("Karin L.".into()));
        assert_eq!(
            (
                karin.sessions_attended,
                karin.lessons_done,
                karin.help_requests
            ),
            (2, 2, 0)
        );
        let ake = &a.people[2];
        assert_eq!(
            (ake.sessions_attended, ake.lessons_done, ake.help_requests),
            (1, 1, 1)
        );
        assert!(!a.people[0].reached && ake.reached);

        let t = &r.totals;
        assert_eq!(t.courses, 2);
        assert_eq!(t.sessions_held, 3, "sessions where someone was present");
        assert_eq!(t.participants_reached, 3);
        assert_eq!(t.done.get(Some(Topic::Bankid)), 2);
        assert_eq!(t.done.total(), 4);
        assert_eq!(t.help_requests, 1);
    }

    #[test]
    fn a_period_keeps_only_its_sessions_and_events() {
        let r = report(&range(
            Some(date!(2027 - 01 - 19)),
            Some(date!(2027 - 01 - 31)),
        ));
        assert_eq!(r.courses.len(), 1, "course B has nothing in January");
        let a = &r.courses[0];
        let numbers: Vec<u8> = a.sessions.iter().map(|s| s.number).collect();
        assert_eq!(numbers, vec![2, 3]);
        assert_eq!(a.reached, 2, "Karin came; Åke finished a lesson");
        assert_eq!(
            a.done.get(Some(Topic::Email)),
            0,
            "Karin's email lesson was before"
        );
        assert_eq!(a.done.get(Some(Topic::Bankid)), 1);
        assert_eq!(a.help_requests, 0, "Åke asked on the 12th");
        assert_eq!(r.totals.sessions_held, 1);
        assert_eq!(r.totals.participants_reached, 2);

        let march = report(&range(Some(date!(2027 - 03 - 01)), None));
        assert_eq!(march.courses.len(), 1);
        assert_eq!(march.courses[0].name, "Kvarnholmen");
        assert_eq!(march.totals.participants_reached, 1);

        let none = report(&range(None, Some(date!(2026 - 12 - 31))));
        assert!(none.courses.is_empty());
        assert_eq!(none.totals, Totals::default());
    }

    #[test]
    fn a_participant_reached_by_an_event_alone_counts() {
        let mut inputs = inputs();
        inputs[1].attendance.clear();
        let r = build(
            &inputs,
            &library(),
            &ReportOptions::default(),
            date!(2027 - 04 - 01),
        );
        assert_eq!(r.courses[1].reached, 1);
        assert_eq!(
            r.courses[1]
                .sessions
                .iter()
                .map(|s| s.present)
                .sum::<usize>(),
            0
        );
        assert_eq!(r.totals.sessions_held, 2);
    }

    #[test]
    fn the_day_of_an_event_is_the_local_day() {
        let mut inputs = inputs();
        inputs[1].events.push(event(
            "p-s",
            "mejl-1",
            EventKind::LessonCompleted,
            datetime!(2027-03-09 23:30 UTC),
        ));
        let tenth = |offset| ReportOptions {
            offset,
            ..range(Some(date!(2027 - 03 - 10)), None)
        };
        let at = |o| build(&inputs, &library(), &tenth(o), date!(2027 - 04 - 01));
        assert!(at(UtcOffset::UTC).courses.is_empty());
        let swedish = at(offset!(+1));
        assert_eq!(swedish.courses.len(), 1);
        assert_eq!(swedish.totals.done.get(Some(Topic::Email)), 1);
    }

    #[test]
    fn anonymous_reports_number_people_not_in_name_order() {
        let r = report(&ReportOptions {
            anonymous: true,
            ..ReportOptions::default()
        });
        assert_eq!(
            names(&r.courses[0]),
            vec![Label::Number(1), Label::Number(2), Label::Number(3)]
        );
        assert_eq!(names(&r.courses[1]), vec![Label::Number(1)]);
        let text = format!("{r:?}");
        for name in ["Karin", "Åke", "Bo\"", "Sven", "ringer"] {
            assert!(!text.contains(name), "{name} is in the report");
        }
        // Number 1 is Åke (id p-a): the order follows ids, not names.
        assert_eq!(r.courses[0].people[0].help_requests, 1);
        assert_eq!(r.totals, report(&ReportOptions::default()).totals);
    }

    #[test]
    fn ranges_refuse_a_reversed_period() {
        assert!(DateRange::new(Some(date!(2027 - 02 - 01)), Some(date!(2027 - 01 - 01))).is_none());
        let day = DateRange::new(Some(date!(2027 - 01 - 01)), Some(date!(2027 - 01 - 01)))
            .expect("one day");
        assert!(day.contains(date!(2027 - 01 - 01)));
        assert!(!day.contains(date!(2027 - 01 - 02)));
        assert!(DateRange::default().contains_ms(i64::MAX, UtcOffset::UTC));
        assert!(
            !day.contains_ms(i64::MAX, UtcOffset::UTC),
            "an impossible time is outside"
        );
    }
}
