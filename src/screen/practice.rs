//! A practice step in the lesson player: the task, the simulated devices,
//! and what follows a press (a hint, a trap's explanation or well done).
//! The "Övning – inget riktigt händer" banner sits in the player's fixed
//! header, so it is on screen however far the page is scrolled; at large
//! text the notes on the desk sit there too ([`pinned`]).

use super::lesson::Message;
use crate::fl;
use crate::model::Lesson;
use crate::model::practice::{Feedback, Input, Practice};
use crate::model::scenario::Scenario;
use crate::theme::{self, Palette};
use crate::widget::sim::{self, Sim};
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};

/// The practice banner, always on show during a practice step.
pub fn banner<'a, M: 'a>(p: &Palette) -> Element<'a, M> {
    banner_saying(p, fl!("practice-banner"), Length::Fill)
}

/// The banner with `words`, `width` wide.
fn banner_saying<'a, M: 'a>(p: &Palette, words: String, width: Length) -> Element<'a, M> {
    container(
        row![
            w::symbol::<M>(symbols::WARNING, p.warm_text),
            text(words)
                .size(theme::BODY)
                .font(w::FONT_BOLD)
                .color(p.warm_text),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding([2.0, 12.0])
    .width(width)
    .style(style::notice(*p))
    .into()
}

/// The fixed strip of a practice step: the banner, and the notes on the
/// desk (the code), so they stay in view beside the keypad however far the
/// page is scrolled. At normal sizes the notes follow the banner on its
/// line ("På bordet: Min kod: 472915"); at large text the banner is only
/// "⚠ Övning" beside them, so banner and notes share one line where the
/// window is wide enough (1280 px at 250 %); the tasks themselves say
/// that nothing happens for real.
pub fn pinned<'a>(
    lesson: &Lesson,
    lang: &str,
    scenario: &Scenario,
    practice: &Practice,
    ctx: &Ctx<Message>,
) -> Element<'a, Message> {
    let t = |id: &str| lesson.text(lang, id);
    // Under a trap's explanation the devices wait, and so do the notes:
    // the page gets their room, for the explanation and "Försök igen".
    if !has_desk(scenario, practice) || practice.in_trap() {
        return banner(&ctx.palette);
    }
    let sim = Sim {
        scenario,
        practice,
        text: &t,
        on: Message::Practice,
    };
    let (words, label) = if ctx.compact {
        (fl!("practice-banner-short"), None)
    } else {
        (fl!("practice-banner"), Some(fl!("practice-desk")))
    };
    let lead = banner_saying(&ctx.palette, words, Length::Shrink);
    container(sim::desk_strip(ctx, &sim, lead, label))
        .id(desk_id())
        .width(Length::Fill)
        .into()
}

/// Whether notes lie on the desk now.
fn has_desk(scenario: &Scenario, practice: &Practice) -> bool {
    scenario.desk_on_show(practice.flags).next().is_some()
}

/// How far the senior is in a practice with several things to do
/// ("1 av 3 uppgifter klara"), and with a to-do list, each thing done or
/// still to do, in words as well as symbols; `None` for a single task.
fn to_do<'a>(
    scenario: &Scenario,
    practice: &Practice,
    t: &dyn Fn(&str) -> String,
    ctx: &Ctx<Message>,
) -> Option<Element<'a, Message>> {
    let (done, needed) = scenario.tasks_done(practice.flags);
    if needed < 2 {
        return None;
    }
    let mut list = Column::new().spacing(6).push(w::status_line::<Message>(
        symbols::progress(done, needed),
        fl!("practice-tasks-done", done = done, total = needed),
        ctx.palette.text,
    ));
    for todo in &scenario.todo {
        let (part, total) = (practice.flags.count_of(todo.flags), todo.flags.len());
        let line = match part {
            0 => fl!("practice-todo-left", task = t(&todo.text)),
            p if p == total => fl!("practice-todo-done", task = t(&todo.text)),
            p => fl!(
                "practice-todo-left",
                task = fl!(
                    "practice-todo-partly",
                    task = t(&todo.text),
                    done = p,
                    total = total
                )
            ),
        };
        list = list.push(w::status_line::<Message>(
            symbols::progress(part, total),
            line,
            ctx.palette.text,
        ));
    }
    Some(list.into())
}

/// The id of the strip with the notes pinned above the page, so tests can
/// measure them.
pub fn desk_id() -> iced::widget::Id {
    sim::desk_id()
}

/// The step's content under the lesson's title.
pub fn view<'a>(
    lesson: &Lesson,
    lang: &str,
    scenario: &Scenario,
    practice: &Practice,
    ctx: &Ctx<Message>,
) -> Element<'a, Message> {
    let t = |id: &str| lesson.text(lang, id);
    let mut body = Column::new()
        .spacing(if ctx.compact {
            theme::SPACING
        } else {
            theme::SPACING * 1.5
        })
        .width(Length::Fill)
        .push(w::subheading(t(&scenario.title)))
        .push(w::body(&t(&scenario.task)));
    if let Some(list) = to_do(scenario, practice, &t, ctx) {
        body = body.push(list);
    }
    if let Some(panel) = feedback(ctx, scenario, practice, &t) {
        body = body.push(panel);
    }
    let sim = Sim {
        scenario,
        practice,
        text: &t,
        on: Message::Practice,
    };
    // Under a trap's explanation the devices wait for "Försök igen": they
    // are drawn greyed and cannot be pressed or reached by Tab.
    body = body.push(ctx.inactive_while(practice.in_trap(), || sim::devices(ctx, &sim)));
    body.push(ctx.button(
        fl!("practice-start-over"),
        Message::Practice(Input::StartOver),
        Kind::Secondary,
    ))
    .into()
}

/// The id of the box after a wrong try, a trap or the goal, which the app
/// scrolls into view when it appears.
pub fn feedback_id() -> iced::widget::Id {
    iced::widget::Id::new("practice-feedback")
}

/// The box after a wrong try, a trap or the goal.
fn feedback<'a>(
    ctx: &Ctx<Message>,
    scenario: &Scenario,
    practice: &Practice,
    t: &dyn Fn(&str) -> String,
) -> Option<Element<'a, Message>> {
    let p = ctx.palette;
    let heading = |sym: &'static str, words: String, colour| {
        row![
            w::symbol::<Message>(sym, colour).size(theme::SUBHEADING),
            text(words)
                .size(theme::SUBHEADING)
                .font(w::FONT_BOLD)
                .color(colour)
                .width(Length::Fill)
        ]
        .spacing(12)
        .align_y(Alignment::Center)
    };
    let (content, look) = match &practice.feedback {
        Feedback::None => return None,
        Feedback::Hint(hint) => {
            let mut c = column![heading(symbols::CROSS, fl!("feedback-wrong"), p.wrong_text)];
            if let Some(h) = hint {
                c = c.push(
                    text(fl!("choice-hint", hint = t(h)))
                        .size(theme::BODY)
                        .font(w::FONT_BOLD),
                );
            }
            let next = if hint.is_some() {
                fl!("practice-follow-tip")
            } else {
                fl!("practice-try-another")
            };
            (
                c.push(text(next).size(theme::BODY)),
                style::feedback(p, false),
            )
        }
        Feedback::Trap(index) => {
            let trap = scenario.traps.get(*index)?;
            let again = ctx.button(
                fl!("practice-try-again"),
                Message::Practice(Input::TryAgain),
                Kind::Primary,
            );
            // At large text the box is taller than the page: its heading
            // and "Försök igen" come first, so both are on screen together;
            // what happened and why follows under the button.
            let c = if ctx.compact {
                column![
                    row![
                        w::symbol::<Message>(symbols::WARNING, p.warm_text),
                        text(fl!("practice-trap-heading"))
                            .size(theme::BODY)
                            .font(w::FONT_BOLD)
                            .color(p.warm_text)
                            .width(Length::Fill),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                    again,
                    text(t(&trap.title)).size(theme::BODY).font(w::FONT_BOLD),
                    w::body(&t(&trap.explain)),
                ]
            } else {
                column![
                    heading(symbols::WARNING, fl!("practice-trap-heading"), p.warm_text),
                    text(t(&trap.title)).size(theme::BODY).font(w::FONT_BOLD),
                    w::body(&t(&trap.explain)),
                    again,
                ]
            };
            return Some(
                container(c.spacing(12))
                    .id(feedback_id())
                    .padding(if ctx.compact { 10 } else { 20 })
                    .width(Length::Fill)
                    .style(style::notice(p))
                    .into(),
            );
        }
        Feedback::Done => (
            column![
                heading(symbols::CHECK, fl!("practice-done"), p.done),
                w::body(&t(&scenario.end)),
                text(fl!("practice-go-on")).size(theme::BODY),
            ],
            style::feedback(p, true),
        ),
    };
    Some(
        container(content.spacing(12))
            .id(feedback_id())
            .padding(if ctx.compact { 10 } else { 20 })
            .width(Length::Fill)
            .style(look)
            .into(),
    )
}
