//! One participant in detail: attendance, each lesson's status with right
//! and wrong answers, help and time spent, and the tutors' note.

use super::{Message, Tutor};
use crate::fl;
use crate::model::Lesson;
use crate::model::stats::{PracticeStats, learner_stats};
use crate::screen::{Shared, status_words, topic_name};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, text};
use iced::{Element, Length};

/// The note field's widget id.
pub const NOTE_ID: &str = "tutor-note";

/// The participant page.
pub fn view<'a>(
    tutor: &'a Tutor,
    shared: &'a Shared,
    ctx: &Ctx<Message>,
    participant_id: &str,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let lang = shared.lang.code();
    let mut page = Column::new().spacing(theme::SPACING * 1.5).push(ctx.button(
        format!("{} {}", symbols::BACK, fl!("detail-back")),
        Message::BackToDashboard,
        Kind::Secondary,
    ));
    let Some(participant) = tutor
        .data
        .participants
        .iter()
        .find(|x| x.id == participant_id)
    else {
        return page.into();
    };
    let sessions = tutor.course().map_or(0, |c| c.sessions.len());
    let attended = tutor
        .data
        .attended
        .get(participant_id)
        .copied()
        .unwrap_or(0);
    page = page.push(w::heading(participant.name.clone()));
    page = page.push(super::pages::rename_or_remove(tutor, ctx, participant));
    page = page.push(w::body(&fl!(
        "dash-attended",
        count = attended,
        total = sessions
    )));
    // Each topic's lessons done, as on the whole course's dashboard before.
    if let Some(row) = tutor.data.rows.iter().find(|r| r.id == participant_id) {
        for &(topic, done, count) in &row.topics {
            page = page.push(w::status_line::<Message>(
                symbols::progress(done, count),
                fl!(
                    "dash-topic",
                    topic = topic_name(topic),
                    done = done,
                    total = count
                ),
                p.text,
            ));
        }
    }

    let note = column![
        w::input(
            &p,
            NOTE_ID,
            fl!("detail-note"),
            &tutor.note,
            Message::NoteText,
            Message::SaveNote,
            false
        ),
        ctx.button(fl!("detail-save-note"), Message::SaveNote, Kind::Primary),
    ]
    .spacing(theme::SPACING);
    page = page.push(
        container(note)
            .padding(20)
            .width(Length::Fill)
            .style(style::card(p)),
    );

    page = page.push(w::subheading(fl!("detail-lessons")));
    let stats = learner_stats(&tutor.data.participant_events);
    if stats.is_empty() {
        page = page.push(w::body(&fl!("dash-nothing-yet")));
    }
    for s in stats {
        let minutes: i64 = s.active_ms.saturating_add(30_000) / 60_000;
        let title = shared
            .library
            .get(&s.lesson_id)
            .map_or_else(|| s.lesson_id.clone(), |l| l.title(lang));
        let (sym, word) = status_words(s.status);
        let mut card = column![
            text(title).size(theme::BODY).font(w::FONT_BOLD),
            w::status_line::<Message>(sym, word, p.text),
            w::soft::<Message>(
                &p,
                fl!(
                    "detail-figures",
                    right = s.right_answers,
                    wrong = s.wrong_answers,
                    help = s.help_requests,
                    minutes = minutes
                )
            ),
        ]
        .spacing(6);
        let lesson = shared.library.get(&s.lesson_id);
        for practice in &s.practices {
            card = card.push(practice_line(lesson, lang, practice));
        }
        page = page.push(
            container(card)
                .padding(16)
                .width(Length::Fill)
                .style(style::card(p)),
        );
    }
    page.into()
}

/// "Övning: … Klarad på 2 försök." with the traps fallen into, by their
/// names in the lesson (or their ids, when the lesson is gone).
fn practice_line<'a>(
    lesson: Option<&Lesson>,
    lang: &str,
    practice: &PracticeStats,
) -> Element<'a, Message> {
    let scenario = lesson.and_then(|l| l.scenario(&practice.scenario));
    let name = |id: &str| match lesson {
        Some(l) => l.text(lang, id),
        None => id.to_owned(),
    };
    let title = scenario.map_or_else(|| practice.scenario.clone(), |s| name(&s.title));
    let attempts = i64::from(practice.attempts);
    let mut line = if practice.success {
        fl!("detail-practice-done", title = title, attempts = attempts)
    } else {
        fl!(
            "detail-practice-not-done",
            title = title,
            attempts = attempts
        )
    };
    if !practice.traps.is_empty() {
        let traps: Vec<String> = practice
            .traps
            .iter()
            .map(|id| {
                scenario
                    .and_then(|s| s.traps.iter().find(|t| &t.id == id))
                    .map_or_else(|| id.clone(), |t| name(&t.title))
            })
            .collect();
        line.push(' ');
        line.push_str(&fl!("detail-practice-traps", traps = traps.join(", ")));
    }
    text(line).size(theme::BODY).into()
}
