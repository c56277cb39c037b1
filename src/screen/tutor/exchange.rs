//! The tutor area's page for moving progress between PCs: save everything
//! to a folder (a USB stick, a shared folder), read in a file from another
//! PC, and the log of what was read in before.
//!
//! The screen only asks; the app exports and imports through the store and
//! fills in [`ExchangeData`].

use super::{Event, Message as TutorMessage, Tutor};
use crate::exchange_text;
use crate::fl;
use crate::store::exchange::ImportLogEntry;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row};
use iced::{Alignment, Element, Length};
use std::path::{Path, PathBuf};

/// The "another folder" field's widget id.
pub const FOLDER_ID: &str = "tutor-exchange-folder";
/// The PC name field's widget id.
pub const PC_NAME_ID: &str = "tutor-exchange-pc-name";
/// The course room's folder field's widget id.
pub const ROOM_FOLDER_ID: &str = "tutor-exchange-room-folder";
/// Widget id of the lines at the top of the page that say what runs and
/// how the last export or import went: the app scrolls them into view.
pub const STATUS_ID: &str = "tutor-exchange-status";

/// What the page shows, loaded by the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExchangeData {
    /// This PC's name as written into exports.
    pub pc_name: String,
    /// The name is set in the machine configuration and cannot be changed here.
    pub pc_name_fixed: bool,
    /// Folders to save into: USB sticks, Documents/Stegvis, folders typed here.
    pub folders: Vec<PathBuf>,
    /// At least one of the folders is a USB stick (or other removable drive).
    pub usb_found: bool,
    /// Export files found in those folders, newest first.
    pub files: Vec<FoundFile>,
    /// Earlier imports, oldest first.
    pub log: Vec<ImportLogEntry>,
    /// The course room's shared folder in use, if any.
    pub room_folder: Option<PathBuf>,
    /// That folder is set in the machine configuration.
    pub room_folder_fixed: bool,
    /// An export or import is running.
    pub busy: Option<ExchangeBusy>,
}

/// What is running while the page waits.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeBusy {
    /// Saving everything into a folder.
    Saving,
    /// Reading in the file with this name.
    Reading(String),
}

/// An export file found in one of the folders.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFile {
    /// Where it is.
    pub path: PathBuf,
    /// When it was last changed (ms since 1970), if known.
    pub modified_ms: Option<i64>,
}

/// What the tutor typed or chose on this page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExchangeForm {
    /// The "another folder" field.
    pub other_folder: String,
    /// Folders added with that field during this visit.
    pub extra_folders: Vec<PathBuf>,
    /// The PC name field.
    pub pc_name: String,
    /// The course room's folder field.
    pub room_folder: String,
}

/// The page's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Save everything into this folder.
    ExportTo(PathBuf),
    /// Read in this file.
    Import(PathBuf),
    /// Look for USB sticks and files again.
    Rescan,
    /// The "another folder" field changed.
    OtherFolder(String),
    /// Use the typed folder.
    UseOtherFolder,
    /// The PC name field changed.
    PcName(String),
    /// Save the PC name.
    SavePcName,
    /// The course room's folder field changed.
    RoomFolder(String),
    /// Use the typed folder as the course room's folder (blank: none).
    SaveRoomFolder,
}

/// Handles a message of this page.
pub fn update(tutor: &mut Tutor, message: Message) -> Option<Event> {
    match message {
        // One export or import at a time: a press while one runs does nothing.
        Message::ExportTo(_) | Message::Import(_) if tutor.data.exchange.busy.is_some() => None,
        Message::ExportTo(folder) => {
            tutor.info = None;
            tutor.error = None;
            Some(Event::Export(folder))
        }
        Message::Import(file) => {
            tutor.info = None;
            tutor.error = None;
            Some(Event::Import(file))
        }
        Message::Rescan => {
            tutor.info = None;
            tutor.error = None;
            Some(Event::Reload)
        }
        Message::OtherFolder(text) => {
            tutor.exchange.other_folder = text;
            None
        }
        Message::UseOtherFolder => {
            let typed = tutor.exchange.other_folder.trim().to_owned();
            let folder = PathBuf::from(&typed);
            if typed.is_empty() || !folder.is_dir() {
                tutor.error = Some(fl!("exchange-no-such-folder"));
                return None;
            }
            tutor.error = None;
            let form = &mut tutor.exchange;
            if !form.extra_folders.contains(&folder) {
                form.extra_folders.push(folder);
            }
            form.other_folder.clear();
            Some(Event::Reload)
        }
        Message::PcName(text) => {
            tutor.exchange.pc_name = text;
            None
        }
        Message::SavePcName => {
            tutor.info = None;
            tutor.error = None;
            Some(Event::SetPcName(tutor.exchange.pc_name.trim().to_owned()))
        }
        Message::RoomFolder(text) => {
            tutor.exchange.room_folder = text;
            None
        }
        Message::SaveRoomFolder => {
            tutor.info = None;
            tutor.error = None;
            Some(Event::SetRoomFolder(
                tutor.exchange.room_folder.trim().to_owned(),
            ))
        }
    }
}

/// A folder as the tutor knows it: its name (a drive root has none, so
/// all of it), then where it is.
pub(crate) fn folder_label(folder: &Path) -> (String, String) {
    let place = folder.display().to_string();
    (
        crate::paths::last_name(folder).unwrap_or_else(|| place.clone()),
        place,
    )
}

/// The page.
pub fn view<'a>(tutor: &'a Tutor, ctx: &Ctx<TutorMessage>) -> Element<'a, TutorMessage> {
    let p = ctx.palette;
    let data = &tutor.data.exchange;
    let offset = exchange_text::local_offset();
    let mut page = Column::new().spacing(theme::SPACING * 1.5);
    let mut status = Column::new().spacing(theme::SPACING);
    if let Some(busy) = &data.busy {
        let line = match busy {
            ExchangeBusy::Saving => fl!("exchange-saving"),
            ExchangeBusy::Reading(file) => fl!("exchange-reading", file = file.as_str()),
        };
        status = status.push(w::status_line::<TutorMessage>(symbols::HALF, line, p.text));
    }
    if let Some(info) = &tutor.info {
        status = status.push(w::status_line::<TutorMessage>(
            symbols::CHECK,
            info.clone(),
            p.done,
        ));
    }
    if let Some(error) = &tutor.error {
        status = status.push(w::error_line(&p, error.clone()));
    }
    if data.busy.is_some() || tutor.info.is_some() || tutor.error.is_some() {
        page = page.push(container(status).id(iced::widget::Id::new(STATUS_ID)));
    }

    // Export.
    page = page.push(w::subheading(fl!("exchange-export-heading")));
    page = page.push(w::body(&fl!("exchange-export-intro")));
    if !data.usb_found {
        page = page.push(w::body(&fl!("exchange-no-folders")));
    }
    for folder in &data.folders {
        let (name, place) = folder_label(folder);
        page = page.push(ctx.button_with(
            w::choice_content(&p, fl!("exchange-save-in", folder = name), place),
            TutorMessage::Exchange(Message::ExportTo(folder.clone())),
            Kind::Tile,
            Length::Fill,
        ));
    }
    let other = column![
        w::input(
            &p,
            FOLDER_ID,
            fl!("exchange-other-folder"),
            &tutor.exchange.other_folder,
            |s| TutorMessage::Exchange(Message::OtherFolder(s)),
            TutorMessage::Exchange(Message::UseOtherFolder),
            false
        ),
        ctx.button(
            fl!("exchange-use-folder"),
            TutorMessage::Exchange(Message::UseOtherFolder),
            Kind::Secondary
        ),
    ]
    .spacing(theme::SPACING);
    page = page.push(
        container(other)
            .padding(24)
            .width(Length::Fill)
            .style(style::card(p)),
    );

    // Import.
    page = page.push(w::subheading(fl!("exchange-import-heading")));
    page = page.push(w::body(&fl!("exchange-import-intro")));
    if data.files.is_empty() {
        page = page.push(w::body(&fl!("exchange-no-files")));
    }
    for file in &data.files {
        let name = crate::paths::last_name(&file.path).unwrap_or_default();
        let detail = match file.modified_ms {
            Some(ms) => fl!(
                "exchange-file-detail",
                folder = file
                    .path
                    .parent()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default(),
                when = exchange_text::when(ms, offset)
            ),
            None => file.path.display().to_string(),
        };
        page = page.push(ctx.button_with(
            w::choice_content(&p, fl!("exchange-read-in", file = name), detail),
            TutorMessage::Exchange(Message::Import(file.path.clone())),
            Kind::Tile,
            Length::Fill,
        ));
    }
    page = page.push(ctx.button(
        fl!("exchange-rescan"),
        TutorMessage::Exchange(Message::Rescan),
        Kind::Secondary,
    ));

    // This PC's name.
    page = page.push(w::subheading(fl!("exchange-pc-heading")));
    if data.pc_name_fixed {
        page = page.push(w::body(&fl!(
            "exchange-pc-fixed",
            name = data.pc_name.as_str()
        )));
    } else {
        page = page.push(w::body(&fl!(
            "exchange-pc-intro",
            name = data.pc_name.as_str()
        )));
        page = page.push(
            row![
                container(w::input(
                    &p,
                    PC_NAME_ID,
                    fl!("exchange-pc-name"),
                    &tutor.exchange.pc_name,
                    |s| TutorMessage::Exchange(Message::PcName(s)),
                    TutorMessage::Exchange(Message::SavePcName),
                    false
                ))
                .width(Length::Fill),
                ctx.button(
                    fl!("exchange-pc-save"),
                    TutorMessage::Exchange(Message::SavePcName),
                    Kind::Secondary
                ),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::End)
            .wrap(),
        );
    }

    page = page.push(super::room::folder_section(tutor, ctx));

    // What was read in before.
    page = page.push(w::subheading(fl!("exchange-log-heading")));
    if data.log.is_empty() {
        page = page.push(w::body(&fl!("exchange-log-empty")));
    }
    for entry in data.log.iter().rev() {
        let what = exchange_text::added(
            entry.new_events,
            entry.new_participants,
            entry.new_courses,
            &entry.from_device_name,
            entry.exported_ms,
            offset,
        );
        page = page.push(w::body(&fl!(
            "exchange-log-line",
            when = exchange_text::when(entry.at_ms, offset),
            what = what,
            file = entry.file_name.as_str()
        )));
    }
    page.into()
}
