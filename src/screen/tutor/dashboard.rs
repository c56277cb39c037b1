//! The dashboard: who needs help now, then each participant's progress.
//! Statuses come from the same [`lesson_status`] the senior's views use.

use super::{Message, Tutor, TutorData};
use crate::fl;
use crate::model::Library;
use crate::model::progress::{
    EventKind, LessonStatus, ProgressEvent, lesson_status, open_help_requests,
};
use crate::screen::{Shared, status_words, topic_name};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};
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
#[derive(Debug, Clone, PartialEq)]
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
}

/// Open help requests of the course's participants, oldest first.
pub fn help_rows(data: &TutorData, library: &Library, lang: &str) -> Vec<HelpRow> {
    open_help_requests(&data.events)
        .into_iter()
        .filter_map(|e| {
            let participant = data
                .participants
                .iter()
                .find(|p| Some(p.id.as_str()) == e.participant_id.as_deref())?;
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
pub fn dashboard_rows(
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
            planned.sort_by(|a, b| a.id.cmp(&b.id));
            let today = planned
                .into_iter()
                .map(|l| (l.title(lang), status(&l.id)))
                .collect();
            let wrong = mine
                .iter()
                .filter(|e| matches!(e.kind, EventKind::AnswerGiven { correct: false, .. }))
                .count();
            ParticipantRow {
                name: participant.name.clone(),
                present: data.present.contains(&participant.id),
                now,
                done,
                today,
                wrong,
            }
        })
        .collect()
}

/// (topic, lessons done, lessons in topic) for one participant.
pub fn topic_progress(
    data: &TutorData,
    library: &Library,
    participant_id: &str,
) -> Vec<(crate::model::Topic, usize, usize)> {
    let mine: Vec<&ProgressEvent> = data
        .events
        .iter()
        .filter(|e| e.participant_id.as_deref() == Some(participant_id))
        .collect();
    crate::model::Topic::ALL
        .iter()
        .filter_map(|topic| {
            let lessons = library.by_topic(*topic);
            if lessons.is_empty() {
                return None;
            }
            let done = lessons
                .iter()
                .filter(|l| lesson_status(mine.iter().copied(), &l.id) == LessonStatus::Done)
                .count();
            Some((*topic, done, lessons.len()))
        })
        .collect()
}

/// The dashboard page.
pub fn view<'a>(tutor: &'a Tutor, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    let lang = shared.lang.code();
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
    let help = help_rows(&tutor.data, &shared.library, lang);
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
                fl!("dash-this-session"),
                Message::WholeCourse(false),
                if tutor.whole_course {
                    Kind::Tile
                } else {
                    Kind::TileSelected
                }
            ),
            ctx.button(
                fl!("dash-whole-course"),
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
    let rows = dashboard_rows(&tutor.data, &shared.library, lang, session);
    for (participant, r) in tutor.data.participants.iter().zip(rows) {
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
            .push(text(r.name).size(theme::SUBHEADING).font(w::FONT_BOLD))
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
            for (topic, done, count) in
                topic_progress(&tutor.data, &shared.library, &participant.id)
            {
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
            for (title, status) in r.today {
                let (sym, word) = status_words(status);
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
