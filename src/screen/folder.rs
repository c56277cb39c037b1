//! "Var ska Stegvis spara?": shown when the data folder cannot be written
//! (a locked-down library PC). A tutor picks a USB stick or types a folder;
//! the app checks it, remembers it in the settings and saves there.

use crate::fl;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container};
use iced::{Element, Length, Task};
use std::path::PathBuf;

/// The folder field's widget id.
pub const FOLDER_ID: &str = "choose-data-folder";

/// The page's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChooseFolder {
    /// The folder that could not be written.
    pub broken: PathBuf,
    /// Removable drives found when the page opened (or on Leta igen).
    pub drives: Vec<PathBuf>,
    /// The typed folder.
    pub typed: String,
    /// A plain message about the last choice.
    pub error: Option<String>,
}

/// The page's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Use this folder.
    Use(PathBuf),
    /// The folder field changed.
    Typed(String),
    /// Use the typed folder.
    UseTyped,
    /// Look for USB sticks again.
    Rescan,
    /// Back without choosing.
    Back,
}

/// What the page asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Save progress in this folder from now on.
    Chosen(PathBuf),
    /// Leave the page.
    Back,
}

impl ChooseFolder {
    /// The page for `broken`, listing the USB sticks plugged in now.
    pub fn new(broken: PathBuf) -> Self {
        ChooseFolder {
            broken,
            drives: crate::paths::removable_drives(),
            ..ChooseFolder::default()
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Use(folder) => Some(Event::Chosen(folder)),
            Message::Typed(text) => {
                self.typed = text;
                None
            }
            Message::UseTyped => {
                let typed = self.typed.trim();
                if typed.is_empty() {
                    self.error = Some(fl!("folder-type-one"));
                    None
                } else {
                    Some(Event::Chosen(PathBuf::from(typed)))
                }
            }
            Message::Rescan => {
                self.drives = crate::paths::removable_drives();
                self.error = None;
                None
            }
            Message::Back => Some(Event::Back),
        };
        (Task::none(), event)
    }

    /// The page.
    pub fn view<'a>(&'a self, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new()
            .spacing(theme::SPACING * 1.5)
            .push(ctx.button(
                format!("{} {}", symbols::BACK, fl!("folder-back")),
                Message::Back,
                Kind::Secondary,
            ))
            .push(w::heading(fl!("folder-heading")))
            .push(w::body(&fl!(
                "folder-intro",
                folder = self.broken.display().to_string()
            )));
        if let Some(error) = &self.error {
            page = page.push(w::error_line(&p, error.clone()));
        }
        if self.drives.is_empty() {
            page = page.push(w::body(&fl!("folder-no-usb")));
        }
        for drive in &self.drives {
            let (name, place) = super::tutor::exchange::folder_label(drive);
            page = page.push(ctx.button_with(
                w::choice_content(&p, fl!("folder-use", folder = name), place),
                Message::Use(drive.join("Stegvis")),
                Kind::Tile,
                Length::Fill,
            ));
        }
        page = page.push(ctx.button(fl!("exchange-rescan"), Message::Rescan, Kind::Secondary));
        let typed = column![
            w::input(
                &p,
                FOLDER_ID,
                fl!("folder-typed"),
                &self.typed,
                Message::Typed,
                Message::UseTyped,
                false
            ),
            ctx.button(fl!("exchange-use-folder"), Message::UseTyped, Kind::Primary),
        ]
        .spacing(theme::SPACING);
        page.push(
            container(typed)
                .padding(24)
                .width(Length::Fill)
                .style(style::card(p)),
        )
        .into()
    }
}
