//! The dashboard: who needs help now, then each participant's progress.
//! Statuses come from the same [`lesson_status`] the senior's views use.

use super::{Message, Tutor, TutorData};
use crate::fl;
use crate::model::Library;
use crate::model::course::Participant;
use crate::model::progress::LessonStatus;
use crate::screen::Shared;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};
use rustc_hash::FxHashMap;
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
    /// The participant's id (the row links to their page).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Marked present at the selected session.
    pub present: bool,
    /// Title of the lesson they are in (latest started, not done).
    pub now: Option<String>,
    /// Where they are in that lesson: (1-based step, the lesson's steps).
    pub step: Option<(usize, usize)>,
    /// When their oldest open help request was made (ms), if they wait.
    pub help_since: Option<i64>,
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
    data.progress
        .open_help()
        .into_iter()
        .filter_map(|(who, lesson_id, help)| {
            let participant = participants.get(who)?;
            let lesson = library
                .get(lesson_id)
                .map_or_else(|| lesson_id.to_owned(), |l| l.title(lang));
            Some(HelpRow {
                request: help.id,
                name: participant.name.clone(),
                lesson,
                step: help.step + 1,
                minutes: (data.now_ms.saturating_sub(help.at_ms) / 60_000).max(0),
            })
        })
        .collect()
}

/// Every participant's progress for `session`, from the kept summaries
/// (one per participant and lesson with events), so a course with
/// 600,000 events costs its 60,000 summaries, not its events.
pub fn dashboard_rows(
    data: &TutorData,
    library: &Library,
    lang: &str,
    session: u8,
) -> Vec<ParticipantRow> {
    let index: FxHashMap<&str, usize> = library
        .lessons
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
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
    let titles: Vec<String> = library.lessons.iter().map(|l| l.title(lang)).collect();

    // The library lessons' statuses, a buffer reused for each participant.
    let mut statuses = vec![LessonStatus::NotStarted; library.lessons.len()];
    data.participants
        .iter()
        .map(|participant| {
            statuses.fill(LessonStatus::NotStarted);
            let mut wrong = 0;
            let mut help_since: Option<i64> = None;
            // The started lesson with the latest event.
            let mut now: Option<(&(i64, Uuid), &str)> = None;
            for entry in data.progress.of(&participant.id) {
                let summary = &entry.summary;
                wrong += summary.wrong;
                for help in &summary.open_help {
                    help_since = Some(help_since.map_or(help.at_ms, |t| t.min(help.at_ms)));
                }
                if let Some(&i) = index.get(entry.lesson_id.as_str()) {
                    statuses[i] = summary.status;
                }
                if matches!(summary.status, LessonStatus::Started { .. })
                    && now.is_none_or(|(last, _)| summary.last > *last)
                {
                    now = Some((&summary.last, &entry.lesson_id));
                }
            }
            let is_done = |i: &usize| statuses[*i] == LessonStatus::Done;
            let now = now.and_then(|(_, id)| index.get(id)).copied();
            ParticipantRow {
                id: participant.id.clone(),
                name: participant.name.clone(),
                present: data.present.contains(&participant.id),
                now: now.map(|i| titles[i].clone()),
                step: now.and_then(|i| match statuses[i] {
                    LessonStatus::Started { step } => {
                        Some((step.saturating_add(1), library.lessons[i].steps.len()))
                    }
                    _ => None,
                }),
                help_since,
                done: (0..statuses.len()).filter(is_done).count(),
                today: planned
                    .iter()
                    .map(|&i| (titles[i].clone(), statuses[i]))
                    .collect(),
                wrong,
                topics: topics
                    .iter()
                    .map(|(topic, lessons)| {
                        (
                            *topic,
                            lessons.iter().filter(|i| is_done(i)).count(),
                            lessons.len(),
                        )
                    })
                    .collect(),
            }
        })
        .collect()
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

/// The open help requests, oldest first, each with its "done" button; one
/// line when nobody waits.
pub fn help_list<'a>(
    help: &'a [HelpRow],
    room: Option<&super::room::RoomBoard>,
    ctx: &Ctx<Message>,
) -> Element<'a, Message> {
    let p = ctx.palette;
    if help.is_empty() {
        return w::status_line::<Message>(symbols::CHECK, fl!("dash-help-none"), p.text);
    }
    let mut help_box = Column::new()
        .spacing(theme::SPACING / 2.0)
        .push(w::subheading(fl!("dash-help-now")));
    for item in help {
        let line = row![
            column![
                row![
                    w::symbol::<Message>(symbols::HAND, p.warm_text),
                    text(super::room::help_text(room, item))
                        .size(theme::BODY)
                        .font(w::FONT_BOLD)
                ]
                .spacing(10),
                w::soft::<Message>(&p, fl!("dash-minutes", minutes = item.minutes)),
            ]
            .width(Length::Fill),
            ctx.button(
                fl!("dash-resolve"),
                Message::Resolve(item.request),
                Kind::Primary
            ),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center);
        // One line per request; at large text the button goes under it.
        help_box = help_box.push(if ctx.compact {
            Element::from(line.wrap())
        } else {
            line.into()
        });
    }
    container(help_box)
        .padding([8, 16])
        .width(Length::Fill)
        .style(style::notice(p))
        .into()
}

/// The dashboard page: a line with the way back and the heading, who waits
/// for help, then the table of participants (needs attention first), and
/// the choice of this session or the whole course.
pub fn view<'a>(tutor: &'a Tutor, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let session = tutor.session().unwrap_or(1);
    let course_name = tutor.course().map(|c| c.name.clone()).unwrap_or_default();
    let heading = if tutor.whole_course {
        fl!("dash-heading-course", course = course_name)
    } else {
        fl!(
            "dash-heading-session",
            course = course_name,
            number = session
        )
    };
    let top = row![
        ctx.button(
            format!("{} {}", symbols::BACK, fl!("dash-back")),
            Message::BackToCourse,
            Kind::Secondary,
        ),
        text(heading)
            .size(theme::SUBHEADING)
            .font(w::FONT_BOLD)
            .width(Length::Fill),
    ]
    .spacing(theme::SPACING)
    .align_y(Alignment::Center)
    .wrap()
    .vertical_spacing(4);
    let mut page = Column::new()
        .spacing(theme::SPACING * 0.75)
        .push(top)
        .push(help_list(&tutor.data.help, tutor.data.room.as_ref(), ctx));

    if tutor.data.rows.is_empty() {
        page = page.push(w::body(&fl!("dash-no-participants")));
    } else {
        page = page.push(super::table::view(tutor, shared.library.lessons.len(), ctx));
    }
    if let Some(room) = super::room::status(tutor.data.room.as_ref(), ctx) {
        page = page.push(room);
    }

    // Session or whole course.
    page.push(
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
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::{
        EventKind, ProgressEvent, learner_kind, lesson_status, open_help_requests,
    };
    use crate::model::summary::CourseProgress;
    use proptest::prelude::*;

    /// The first, direct version of [`dashboard_rows`], straight from the
    /// events: the rows from the summaries must be exactly the same.
    fn rows_by_filtering(
        data: &TutorData,
        all_events: &[ProgressEvent],
        library: &Library,
        lang: &str,
        session: u8,
    ) -> Vec<ParticipantRow> {
        data.participants
            .iter()
            .map(|participant| {
                let mine: Vec<&ProgressEvent> = all_events
                    .iter()
                    .filter(|e| e.participant_id.as_deref() == Some(participant.id.as_str()))
                    .collect();
                let status = |id: &str| lesson_status(mine.iter().copied(), id);
                let now_lesson = mine
                    .iter()
                    .rev()
                    .find(|e| matches!(status(&e.lesson_id), LessonStatus::Started { .. }))
                    .and_then(|e| library.get(&e.lesson_id));
                let now = now_lesson.map(|l| l.title(lang));
                let step = now_lesson.and_then(|l| match status(&l.id) {
                    LessonStatus::Started { step } => Some((step.saturating_add(1), l.steps.len())),
                    _ => None,
                });
                let help_since = open_help_requests(mine.iter().copied())
                    .iter()
                    .map(|e| e.at_ms)
                    .min();
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
                    id: participant.id.clone(),
                    name: participant.name.clone(),
                    present: data.present.contains(&participant.id),
                    now,
                    step,
                    help_since,
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
        let kind = learner_kind();
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

    #[test]
    fn a_help_request_from_the_far_past_or_future_does_not_overflow() {
        let library = library();
        for (now_ms, at_ms, minutes) in [(i64::MAX, i64::MIN, i64::MAX / 60_000), (0, i64::MAX, 0)]
        {
            let events = [ProgressEvent {
                id: Uuid::new_v4(),
                device_id: "pc".into(),
                participant_id: Some("p0".into()),
                course_id: None,
                session: None,
                lesson_id: "ui-first".into(),
                kind: EventKind::HelpRequested { step: 0 },
                at_ms,
            }];
            let data = TutorData {
                participants: four_participants(),
                progress: CourseProgress::from_events(&events),
                now_ms,
                ..TutorData::default()
            };
            let rows = help_rows(&data, &library, "sv");
            assert_eq!(
                rows.iter().map(|h| h.minutes).collect::<Vec<_>>(),
                [minutes]
            );
        }
    }

    proptest! {
        #[test]
        fn rows_from_summaries_are_the_rows_from_the_events(
            mut events in proptest::collection::vec(event(), 0..60),
            session in 1..6u8,
        ) {
            let library = library();
            // The store gives events in time order.
            events.sort_by_key(|e| (e.at_ms, e.id));
            let data = TutorData {
                participants: four_participants(),
                present: ["p1".to_owned()].into(),
                progress: CourseProgress::from_events(&events),
                now_ms: 1_000_000,
                ..TutorData::default()
            };
            prop_assert_eq!(
                dashboard_rows(&data, &library, "sv", session),
                rows_by_filtering(&data, &events, &library, "sv", session)
            );
            let open: Vec<Uuid> = open_help_requests(&events)
                .iter()
                .filter(|e| matches!(e.participant_id.as_deref(), Some("p0" | "p1" | "p2" | "p3")))
                .map(|e| e.id)
                .collect();
            let shown: Vec<Uuid> = help_rows(&data, &library, "sv").iter().map(|h| h.request).collect();
            prop_assert_eq!(shown, open);
        }
    }
}
