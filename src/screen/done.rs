//! Done: what you learned, what comes next, back to Home.

use super::Shared;
use crate::fl;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length, Task};

/// The Done page for a finished lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// The lesson just finished.
    pub lesson_id: String,
}

/// Done's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Start the suggested next lesson.
    StartNext(String),
    /// Go to Home.
    Home,
}

/// What Done asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Open this lesson.
    OpenLesson(String),
    /// Go to Home.
    Home,
}

impl Done {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::StartNext(id) => (Task::none(), Some(Event::OpenLesson(id))),
            Message::Home => (Task::none(), Some(Event::Home)),
        }
    }

    /// The page.
    pub fn view<'a>(&'a self, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let lang = shared.lang.code();
        let Some(lesson) = shared.library.get(&self.lesson_id) else {
            return ctx.button(fl!("done-home"), Message::Home, Kind::Primary);
        };
        let mut page = Column::new().spacing(theme::SPACING * 1.5);
        page = page.push(
            row![
                w::symbol::<Message>(symbols::CHECK, p.done).size(theme::HEADING * 1.3),
                w::heading(fl!("done-heading"))
            ]
            .spacing(16)
            .align_y(Alignment::Center),
        );
        page = page.push(w::body(&fl!("done-lead", title = lesson.title(lang))));
        page = page.push(
            container(
                column![
                    w::subheading(fl!("done-learned")),
                    w::body(&lesson.summary(lang))
                ]
                .spacing(12),
            )
            .padding(24)
            .width(Length::Fill)
            .style(style::card(p)),
        );
        page = page.push(w::subheading(fl!("done-next-heading")));
        match shared.next_after(&lesson.id) {
            Some(next) => {
                page = page.push(text(next.title(lang)).size(theme::BODY).font(w::FONT_BOLD));
                page = page.push(
                    row![
                        ctx.button(fl!("done-home"), Message::Home, Kind::Secondary),
                        ctx.button(
                            format!("{} {}", fl!("done-start-next"), symbols::NEXT),
                            Message::StartNext(next.id.clone()),
                            Kind::Primary
                        ),
                    ]
                    .spacing(theme::SPACING)
                    .wrap()
                    .vertical_spacing(theme::SPACING),
                );
            }
            None => {
                page = page.push(w::body(&fl!("done-next-none")));
                page = page.push(ctx.button(fl!("done-home"), Message::Home, Kind::Primary));
            }
        }
        page.into()
    }
}
