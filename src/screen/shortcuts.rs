//! "Kortkommandon": every key Stegvis understands, in plain words.
//! Opened from Settings or with F1 anywhere; Esc or Klar closes it.

use crate::fl;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx};
use iced::widget::{Column, container, row, text};
use iced::{Alignment, Element, Length, Task};

/// The shortcuts page (no state).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shortcuts;

/// Shortcuts' messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Close the page.
    Close,
}

/// What the page asks of the app.
pub type Event = Message;

/// (keys, what they do), in the order shown.
pub fn keys() -> Vec<(String, String)> {
    vec![
        (fl!("keys-tab"), fl!("keys-tab-does")),
        (fl!("keys-enter"), fl!("keys-enter-does")),
        (fl!("keys-esc"), fl!("keys-esc-does")),
        (fl!("keys-zoom"), fl!("keys-zoom-does")),
        (fl!("keys-read"), fl!("keys-read-does")),
        (fl!("keys-help"), fl!("keys-help-does")),
        (fl!("keys-scroll"), fl!("keys-scroll-does")),
    ]
}

impl Shortcuts {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        (Task::none(), Some(message))
    }

    /// The page.
    pub fn view<'a>(&'a self, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new()
            .spacing(theme::SPACING * 1.5)
            .push(
                row![
                    container(w::heading(fl!("keys-heading"))).width(Length::Fill),
                    ctx.button(fl!("settings-done"), Message::Close, Kind::Primary),
                ]
                .spacing(theme::SPACING)
                .align_y(Alignment::Center),
            )
            .push(w::body(&fl!("keys-intro")));
        for (keys, does) in keys() {
            page = page.push(
                container(
                    Column::new()
                        .spacing(6)
                        .push(text(keys).size(theme::SUBHEADING).font(w::FONT_BOLD))
                        .push(w::body(&does)),
                )
                .padding(16)
                .width(Length::Fill)
                .style(style::card(p)),
            );
        }
        page.into()
    }
}
