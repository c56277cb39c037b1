//! The dashboard: who needs help now, then each participant's progress.
//! Statuses come from the same [`lesson_status`] the senior's views use.

use super::{Message, Tutor, TutorData};
use crate::fl;
use crate::model::Library;
use crate::model::course::Participant;
use crate::model::progress::{
    EventKind, LessonStatus, ProgressEvent, lesson_status, open_help_requests,
};
use crate::screen::{Shared, status_words, topic_name};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};
use rustc_hash::{FxHashMap, FxHashSet};
use uuid::Uuid;

/// An open help request, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRow {
    /// The request event's id (to resolve it).
    pub request: Uuid,
    /// Who asked.
    pub name: String,
    /// The lesson's title.
    pub lesson: String,
    /// 1-based step.
    pub step: usize,
    /// Whole minutes since the request.
    pub minutes: i64,
}

/// One participant's line on the dashboard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParticipantRow {
    /// Display name.
    pub name: String,
    /// Marked present at the selected session.
    pub present: bool,
    /// Title of the lesson they are in (latest started, not done).
    pub now: Option<String>,
    /// Lessons done of all lessons.
    pub done: usize,
    /// Status of each of the session's planned lessons: (title, status).
    pub today: Vec<(String, LessonStatus)>,
    /// Wrong answers over the whole course.
    pub wrong: usize,
    /// Per topic with lessons: (topic, lessons done, lessons in the topic).
    pub topics: Vec<(crate::model::Topic, usize, usize)>,
}

/// Open help requests of the course's participants, oldest first.
pub fn help_rows(data: &TutorData, library: &Library, lang: &str) -> Vec<HelpRow> {
    let participants: FxHashMap<&str, &Participant> = data
        .participants
        .iter()
        .rev()
        .map(|p| (p.id.as_str(), p))
        .collect();
    open_help_requests(data.events.iter())
        .into_iter()
        .filter_map(|e| {
            let participant = participants.get(e.participant_id.as_deref()?)?;
            let step = match e.kind {
                EventKind::HelpRequested { step } => step + 1,
                _ => 1,
            };
            let lesson = library
                .get(&e.lesson_id)
                .map_or_else(|| e.lesson_id.clone(), |l| l.title(lang));
            Some(HelpRow {
                request: e.id,
                name: participant.name.clone(),
                lesson,
                step,
                minutes: ((data.now_ms - e.at_ms) / 60_000).max(0),
            })
        })
        .collect()
}

/// Every participant's progress for `session`.
///
/// Each event is looked at a fixed number of times (its participant and
/// lesson are numbered once), so a course with 600,000 events still takes
/// only a moment.
pub fn dashboard_rows(
    data: &TutorData,
    library: &Library,
    lang: &str,
    session: u8,
) -> Vec<ParticipantRow> {
    rows_of(&group(data), data, library, lang, session, None)
        .into_iter()
        .map(|(_, row)| row)
        .collect()
}

/// What the last dashboard computation saw, so the next one recomputes
/// only the participants whose events changed (a refresh after one new
/// event then costs two quick passes over the events, not a full one).
#[derive(Debug, Default, Clone)]
pub struct RowsMemo {
    session: u8,
    lang: String,
    /// Per participant: the fingerprint of their events and their row.
    rows: FxHashMap<String, (Fingerprint, ParticipantRow)>,
}

/// A participant's events in short: how many, and their ids folded
/// together (events are only ever added, or deleted with the participant).
type Fingerprint = (usize, u128);

/// [`dashboard_rows`], reusing the rows in `memo` of participants whose
/// events did not change since, and leaving the new rows in `memo`. The
/// events must be in the store's order (by time), as a participant's row
/// depends on the order of their events.
pub fn dashboard_rows_memo(
    data: &TutorData,
    library: &Library,
    lang: &str,
    session: u8,
    memo: &mut RowsMemo,
) -> Vec<ParticipantRow> {
    let grouped = group(data);
    let prints: FxHashMap<&str, Fingerprint> = grouped
        .by_participant
        .iter()
        .map(|(who, (events, ids))| (*who, (events.len(), *ids)))
        .collect();
    let same_view = memo.session == session && memo.lang == lang;
    let print_of = |id: &str| prints.get(id).copied().unwrap_or_default();
    let changed: FxHashSet<&str> = data
        .participants
        .iter()
        .map(|p| p.id.as_str())
        .filter(|id| {
            !same_view
                || memo
                    .rows
                    .get(*id)
                    .is_none_or(|(print, _)| *print != print_of(id))
        })
        .collect();
    let mut fresh: FxHashMap<&str, ParticipantRow> = if changed.is_empty() {
        FxHashMap::default()
    } else {
        rows_of(&grouped, data, library, lang, session, Some(&changed))
            .into_iter()
            .collect()
    };
    let mut rows_by_id = FxHashMap::default();
    let rows = data
        .participants
        .iter()
        .map(|p| {
            let mut row = match fresh.remove(p.id.as_str()) {
                Some(row) => row,
                None => memo
                    .rows
                    .get(p.id.as_str())
                    .map(|(_, row)| row.clone())
                    // Not reached: a participant without a kept row is "changed".
                    .unwrap_or_default(),
            };
            row.name = p.name.clone();
            row.present = data.present.contains(&p.id);
            rows_by_id.insert(p.id.clone(), (print_of(&p.id), row.clone()));
            row
        })
        .collect();
    *memo = RowsMemo {
        session,
        lang: lang.to_owned(),
        rows: rows_by_id,
    };
    rows
}

/// The events in one pass: lessons numbered in order of first sight, and
/// each participant's events (with lesson numbers) and ids folded together.
struct Grouped<'a> {
    lesson_number: FxHashMap<&'a str, usize>,
    by_participant: FxHashMap<&'a str, Group<'a>>,
}

/// One participant's events with their lesson numbers, and their ids folded.
type Group<'a> = (Vec<(usize, &'a ProgressEvent)>, u128);

fn group(data: &TutorData) -> Grouped<'_> {
    let mut lesson_number: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_participant: FxHashMap<&str, Group<'_>> = FxHashMap::default();
    for e in data.events.iter() {
        let Some(who) = e.participant_id.as_deref() else {
            continue;
        };
        let next = lesson_number.len();
        let lesson = *lesson_number.entry(e.lesson_id.as_str()).or_insert(next);
        let (events, ids) = by_participant.entry(who).or_default();
        events.push((lesson, e));
        *ids ^= e.id.as_u128();
    }
    Grouped {
        lesson_number,
        by_participant,
    }
}

/// The rows of every participant, or only of those in `only`, with their ids.
fn rows_of<'a>(
    grouped: &Grouped<'_>,
    data: &'a TutorData,
    library: &Library,
    lang: &str,
    session: u8,
    only: Option<&FxHashSet<&str>>,
) -> Vec<(&'a str, ParticipantRow)> {
    let Grouped {
        lesson_number,
        by_participant,
    } = grouped;
    // The library's lessons by number (None: nobody has started it).
    let library_numbers: Vec<Option<usize>> = library
        .lessons
        .iter()
        .map(|l| lesson_number.get(l.id.as_str()).copied())
        .collect();
    let mut planned: Vec<usize> = (0..library.lessons.len())
        .filter(|&i| library.lessons[i].session == session)
        .collect();
    planned.sort_by_key(|&i| library.course_order(&library.lessons[i]));
    // Each topic's lessons, as library indexes.
    let topics: Vec<(crate::model::Topic, Vec<usize>)> = crate::model::Topic::ALL
        .iter()
        .map(|&topic| {
            let lessons: Vec<usize> = (0..library.lessons.len())
                .filter(|&i| library.lessons[i].topic == topic)
                .collect();
            (topic, lessons)
        })
        .filter(|(_, lessons)| !lessons.is_empty())
        .collect();

    // One participant at a time: their events of each lesson, and each
    // lesson's status, kept in buffers reused from one participant to the next.
    let mut of_lesson: Vec<Vec<&ProgressEvent>> = vec![Vec::new(); lesson_number.len()];
    let mut statuses = vec![LessonStatus::NotStarted; lesson_number.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut rows = Vec::with_capacity(data.participants.len());
    for participant in &data.participants {
        if only.is_some_and(|only| !only.contains(participant.id.as_str())) {
            continue;
        }
        for &lesson in &touched {
            of_lesson[lesson].clear();
            statuses[lesson] = LessonStatus::NotStarted;
        }
        touched.clear();
        let mine = by_participant
            .get(participant.id.as_str())
            .map_or(&[][..], |(events, _)| events.as_slice());
        for &(lesson, e) in mine {
            if of_lesson[lesson].is_empty() {
                touched.push(lesson);
            }
            of_lesson[lesson].push(e);
        }
        for &lesson in &touched {
            let events = &of_lesson[lesson];
            if let Some(first) = events.first() {
                statuses[lesson] = lesson_status(events.iter().copied(), &first.lesson_id);
            }
        }
        let status =
            |lesson: Option<usize>| lesson.map_or(LessonStatus::NotStarted, |l| statuses[l]);
        let now = mine
            .iter()
            .rev()
            .find(|(lesson, _)| matches!(statuses[*lesson], LessonStatus::Started { .. }))
            .and_then(|(_, e)| library.get(&e.lesson_id))
            .map(|l| l.title(lang));
        let done = library_numbers
            .iter()
            .filter(|&&lesson| status(lesson) == LessonStatus::Done)
            .count();
        let today = planned
            .iter()
            .map(|&i| (library.lessons[i].title(lang), status(library_numbers[i])))
            .collect();
        let wrong = mine
            .iter()
            .filter(|(_, e)| matches!(e.kind, EventKind::AnswerGiven { correct: false, .. }))
            .count();
        let topics = topics
            .iter()
            .map(|(topic, lessons)| {
                let done = lessons
                    .iter()
                    .filter(|&&i| status(library_numbers[i]) == LessonStatus::Done)
                    .count();
                (*topic, done, lessons.len())
            })
            .collect();
        rows.push((
            participant.id.as_str(),
            ParticipantRow {
                name: participant.name.clone(),
                present: data.present.contains(&participant.id),
                now,
                done,
                today,
                wrong,
                topics,
            },
        ));
    }
    rows
}

/// A toggle's label, with a check mark when it is the chosen one (the
/// choice never shows by colour alone).
fn chosen(selected: bool, label: String) -> String {
    if selected {
        format!("{} {label}", symbols::CHECK)
    } else {
        label
    }
}

/// The dashboard page.
pub fn view<'a>(tutor: &'a Tutor, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    let session = tutor.session().unwrap_or(1);
    let course_name = tutor.course().map(|c| c.name.clone()).unwrap_or_default();
    let mut page = Column::new()
        .spacing(theme::SPACING * 1.5)
        .push(ctx.button(
            format!("{} {}", symbols::BACK, fl!("dash-back")),
            Message::BackToCourse,
            Kind::Secondary,
        ))
        .push(w::heading(fl!("dash-heading", course = course_name)))
        .push(w::subheading(fl!("dash-session", number = session)));

    // Help first: that is what a tutor must see at a glance.
    let help = &tutor.data.help;
    let mut help_box = Column::new()
        .spacing(theme::SPACING)
        .push(w::subheading(fl!("dash-help-now")));
    if help.is_empty() {
        help_box = help_box.push(w::body(&fl!("dash-help-none")));
    }
    for item in help {
        help_box = help_box.push(
            row![
                column![
                    row![
                        w::symbol::<Message>(symbols::WARNING, p.warm_text),
                        text(fl!(
                            "dash-help-item",
                            name = item.name.clone(),
                            lesson = item.lesson.clone(),
                            step = item.step
                        ))
                        .size(theme::BODY)
                        .font(w::FONT_BOLD)
                    ]
                    .spacing(10),
                    w::soft::<Message>(&p, fl!("dash-minutes", minutes = item.minutes)),
                ]
                .spacing(4)
                .width(Length::Fill),
                ctx.button(
                    fl!("dash-resolve"),
                    Message::Resolve(item.request),
                    Kind::Primary
                ),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center)
            .wrap(),
        );
    }
    page = page.push(
        container(help_box)
            .padding(20)
            .width(Length::Fill)
            .style(style::notice(p)),
    );

    // Session or whole course.
    page = page.push(
        row![
            ctx.button(
                chosen(!tutor.whole_course, fl!("dash-this-session")),
                Message::WholeCourse(false),
                if tutor.whole_course {
                    Kind::Tile
                } else {
                    Kind::TileSelected
                }
            ),
            ctx.button(
                chosen(tutor.whole_course, fl!("dash-whole-course")),
                Message::WholeCourse(true),
                if tutor.whole_course {
                    Kind::TileSelected
                } else {
                    Kind::Tile
                }
            ),
        ]
        .spacing(theme::SPACING)
        .wrap()
        .vertical_spacing(theme::SPACING),
    );

    let total = shared.library.lessons.len();
    let sessions = tutor.course().map_or(0, |c| c.sessions.len());
    for (participant, r) in tutor.data.participants.iter().zip(&tutor.data.rows) {
        let (sym, presence) = if tutor.whole_course {
            let count = tutor
                .data
                .attended
                .get(&participant.id)
                .copied()
                .unwrap_or(0);
            (
                symbols::CHECK,
                fl!("dash-attended", count = count, total = sessions),
            )
        } else if r.present {
            (symbols::CHECK, fl!("dash-present"))
        } else {
            (symbols::CIRCLE, fl!("dash-not-present"))
        };
        let mut card = Column::new()
            .spacing(8)
            .width(Length::Fill)
            .push(
                text(r.name.as_str())
                    .size(theme::SUBHEADING)
                    .font(w::FONT_BOLD),
            )
            .push(w::status_line::<Message>(sym, presence, p.text))
            .push(w::body(&match &r.now {
                Some(title) => fl!("dash-now", lesson = title.clone()),
                None => fl!("dash-nothing-yet"),
            }))
            .push(w::soft::<Message>(
                &p,
                fl!("dash-done-count", done = r.done, total = total),
            ))
            .push(w::soft::<Message>(
                &p,
                fl!("dash-wrong-answers", count = r.wrong),
            ));
        if tutor.whole_course {
            for &(topic, done, count) in &r.topics {
                card = card.push(w::status_line::<Message>(
                    if done == count {
                        symbols::CHECK
                    } else if done > 0 {
                        symbols::HALF
                    } else {
                        symbols::CIRCLE
                    },
                    fl!(
                        "dash-topic",
                        topic = topic_name(topic),
                        done = done,
                        total = count
                    ),
                    p.text,
                ));
            }
        } else if !r.today.is_empty() {
            card = card.push(text(fl!("dash-today")).size(theme::BODY).font(w::FONT_BOLD));
            for (title, status) in &r.today {
                let (sym, word) = status_words(*status);
                card = card.push(w::status_line::<Message>(
                    sym,
                    format!("{word}: {title}"),
                    p.text,
                ));
            }
        }
        card = card.push(
            text(format!("{} {}", fl!("dash-more"), symbols::NEXT))
                .size(theme::BODY)
                .font(w::FONT_BOLD)
                .color(p.primary),
        );
        page = page.push(ctx.button_with(
            card.into(),
            Message::OpenParticipant(participant.id.clone()),
            Kind::Tile,
            Length::Fill,
        ));
    }
    page.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first, direct version of [`dashboard_rows`]: the numbered one must
    /// give exactly the same rows.
    fn rows_by_filtering(
        data: &TutorData,
        library: &Library,
        lang: &str,
        session: u8,
    ) -> Vec<ParticipantRow> {
        data.participants
            .iter()
            .map(|participant| {
                let mine: Vec<&ProgressEvent> = data
                    .events
                    .iter()
                    .filter(|e| e.participant_id.as_deref() == Some(participant.id.as_str()))
                    .collect();
                let status = |id: &str| lesson_status(mine.iter().copied(), id);
                let now = mine
                    .iter()
                    .rev()
                    .find(|e| matches!(status(&e.lesson_id), LessonStatus::Started { .. }))
                    .and_then(|e| library.get(&e.lesson_id))
                    .map(|l| l.title(lang));
                let done = library
                    .lessons
                    .iter()
                    .filter(|l| status(&l.id) == LessonStatus::Done)
                    .count();
                let mut planned: Vec<_> = library
                    .lessons
                    .iter()
                    .filter(|l| l.session == session)
                    .collect();
                planned.sort_by_key(|l| library.course_order(l));
                let today = planned
                    .into_iter()
                    .map(|l| (l.title(lang), status(&l.id)))
                    .collect();
                let wrong = mine
                    .iter()
                    .filter(|e| matches!(e.kind, EventKind::AnswerGiven { correct: false, .. }))
                    .count();
                let topics = crate::model::Topic::ALL
                    .iter()
                    .filter_map(|&topic| {
                        let lessons = library.by_topic(topic);
                        let done = lessons
                            .iter()
                            .filter(|l| status(&l.id) == LessonStatus::Done)
                            .count();
                        (!lessons.is_empty()).then_some((topic, done, lessons.len()))
                    })
                    .collect();
                ParticipantRow {
                    name: participant.name.clone(),
                    present: data.present.contains(&participant.id),
                    now,
                    done,
                    today,
                    wrong,
                    topics,
                }
            })
            .collect()
    }

    /// p0 … p3, "Namn 0" … "Namn 3".
    fn four_participants() -> Vec<Participant> {
        (0..4)
            .map(|p| Participant {
                id: format!("p{p}"),
                course_id: "c".into(),
                name: format!("Namn {p}"),
                note: String::new(),
            })
            .collect()
    }

    fn library() -> Library {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons");
        Library::load(&[dir])
    }

    fn event() -> impl Strategy<Value = ProgressEvent> {
        let kind = prop_oneof![
            Just(EventKind::LessonStarted),
            (0..4usize).prop_map(|step| EventKind::StepReached { step }),
            (0..4usize, any::<bool>()).prop_map(|(step, correct)| EventKind::AnswerGiven {
                step,
                answer: 0,
                correct
            }),
            Just(EventKind::LessonCompleted),
            (0..4usize).prop_map(|step| EventKind::HelpRequested { step }),
        ];
        (
            proptest::option::of(0..5usize),
            prop_oneof![Just("ui-first"), Just("ui-second"), Just("gone")],
            kind,
            0..30i64,
        )
            .prop_map(|(who, lesson, kind, at_ms)| ProgressEvent {
                id: Uuid::new_v4(),
                device_id: "pc".into(),
                participant_id: who.map(|p| format!("p{p}")),
                course_id: None,
                session: None,
                lesson_id: lesson.into(),
                kind,
                at_ms,
            })
    }

    proptest! {
        #[test]
        fn numbering_gives_the_same_rows_as_filtering(
            events in proptest::collection::vec(event(), 0..60),
            session in 1..6u8,
        ) {
            let library = library();
            let data = TutorData {
                participants: four_participants(),
                present: ["p1".to_owned()].into(),
                events: events.into(),
                now_ms: 1_000_000,
                ..TutorData::default()
            };
            prop_assert_eq!(
                dashboard_rows(&data, &library, "sv", session),
                rows_by_filtering(&data, &library, "sv", session)
            );
            prop_assert_eq!(help_rows(&data, &library, "sv").len(), open_help_requests(data.events.iter())
                .iter()
                .filter(|e| matches!(e.participant_id.as_deref(), Some("p0" | "p1" | "p2" | "p3")))
                .count());
        }

        #[test]
        fn kept_rows_give_the_same_rows_as_computing_afresh(
            mut first in proptest::collection::vec(event(), 0..40),
            later in proptest::collection::vec(event(), 0..10),
            session in 1..6u8,
            later_session in 1..6u8,
            renamed in any::<bool>(),
        ) {
            let library = library();
            // The store always gives events in time order.
            first.sort_by_key(|e| (e.at_ms, e.id));
            let mut data = TutorData {
                participants: four_participants(),
                present: ["p1".to_owned()].into(),
                events: first.into(),
                ..TutorData::default()
            };
            let mut memo = RowsMemo::default();
            prop_assert_eq!(
                dashboard_rows_memo(&data, &library, "sv", session, &mut memo),
                dashboard_rows(&data, &library, "sv", session)
            );
            // New events (sorted in like the store does), a rename, a new
            // participant, someone else present, maybe another session.
            let mut events = data.events.to_vec();
            events.extend(later);
            events.sort_by_key(|e| (e.at_ms, e.id));
            data.events = events.into();
            if renamed {
                data.participants[2].name = "Nytt namn".into();
            }
            data.participants.push(Participant {
                id: "p4".into(),
                course_id: "c".into(),
                name: "Ny".into(),
                note: String::new(),
            });
            data.present = ["p2".to_owned()].into();
            prop_assert_eq!(
                dashboard_rows_memo(&data, &library, "sv", later_session, &mut memo),
                dashboard_rows(&data, &library, "sv", later_session)
            );
        }
    }
}
