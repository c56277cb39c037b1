//! Start: "Vem är du i dag?" — participant, tutor or guest. Shown when a
//! course exists on this PC.

use crate::fl;
use crate::theme;
use crate::widget::style::Kind;
use crate::widget::{self as w, Ctx};
use iced::widget::{Column, container, row};
use iced::{Alignment, Element, Length, Task};

/// The start page (no state of its own).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Start;

/// Start's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// "Jag är deltagare".
    Participant,
    /// "Jag är handledare".
    Tutor,
    /// "Prova som gäst".
    Guest,
    /// Settings.
    Settings,
}

/// What Start asks of the app: the same four choices.
pub type Event = Message;

impl Start {
    /// Handles a message: every choice goes up to the app.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        (Task::none(), Some(message))
    }

    /// The page.
    pub fn view<'a>(&'a self, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let tile = |title: String, detail: String, message: Message, kind: Kind| {
            ctx.button_with(
                w::choice_content(&p, title, detail),
                message,
                kind,
                Length::Fill,
            )
        };
        let top = row![
            container(w::heading(fl!("start-heading"))).width(Length::Fill),
            ctx.button(fl!("button-settings"), Message::Settings, Kind::Secondary),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center);
        Column::new()
            .spacing(theme::SPACING * 1.5)
            .push(top)
            .push(w::body(&fl!("start-intro")))
            .push(tile(
                fl!("start-participant"),
                fl!("start-participant-detail"),
                Message::Participant,
                Kind::TileSelected,
            ))
            .push(tile(
                fl!("start-tutor"),
                fl!("start-tutor-detail"),
                Message::Tutor,
                Kind::Tile,
            ))
            .push(tile(
                fl!("start-guest"),
                fl!("start-guest-detail"),
                Message::Guest,
                Kind::Tile,
            ))
            .into()
    }
}
