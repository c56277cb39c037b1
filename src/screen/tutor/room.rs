//! The room on the tutor's dashboard: which PC each help request comes
//! from, and a line per PC of the room saying when it was last heard.
//! The dashboard calls these small functions; the app fills in
//! [`RoomBoard`] from the room folder's latest pass ([`crate::room`]).

use super::{HelpRow, Message};
use crate::fl;
use crate::room::{Problem, Skip};
use crate::theme;
use crate::widget::style;
use crate::widget::{self as w, Ctx};
use iced::widget::{Column, container};
use iced::{Element, Length};
use std::collections::HashMap;
use uuid::Uuid;

/// One PC of the room as the tutor sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcLine {
    /// Its name ("Dator 3").
    pub name: String,
    /// When it was last heard, on this PC's clock, as `HH:MM:SS`.
    pub heard: String,
    /// Not heard for more than a minute.
    pub stale: bool,
}

/// The room folder's state, ready to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomBoard {
    /// The PC each open help request came from, by request.
    pub help_pc: HashMap<Uuid, String>,
    /// The other PCs, in name order.
    pub pcs: Vec<PcLine>,
    /// Why the folder cannot be used just now.
    pub problem: Option<Problem>,
    /// The folder, for the read-only line.
    pub folder: String,
    /// Files skipped, by name.
    pub skipped: Vec<(String, Skip)>,
}

/// A help request's line: "Karin L. på Dator 3: Logga in, steg 3" in a
/// room, the dashboard's usual line elsewhere.
pub fn help_text(board: Option<&RoomBoard>, item: &HelpRow) -> String {
    match board.and_then(|b| b.help_pc.get(&item.request)) {
        Some(pc) => fl!(
            "room-help-item",
            name = item.name.clone(),
            pc = pc.clone(),
            lesson = item.lesson.clone(),
            step = item.step
        ),
        None => fl!(
            "dash-help-item",
            name = item.name.clone(),
            lesson = item.lesson.clone(),
            step = item.step
        ),
    }
}

/// The lines about the room, in words: a problem with the folder first,
/// then each PC, then files skipped.
pub fn lines(board: &RoomBoard) -> Vec<String> {
    let mut lines = Vec::new();
    match board.problem {
        Some(Problem::Unreachable) => lines.push(fl!("room-unreachable")),
        Some(Problem::ReadOnly) => lines.push(fl!("room-read-only", folder = board.folder.clone())),
        None => {}
    }
    if board.pcs.is_empty() && board.problem.is_none() {
        lines.push(fl!("room-none-yet"));
    }
    for pc in &board.pcs {
        let (name, time) = (pc.name.clone(), pc.heard.clone());
        lines.push(if pc.stale {
            fl!("room-pc-stale", pc = name, time = time)
        } else {
            fl!("room-pc-heard", pc = name, time = time)
        });
    }
    for (file, skip) in &board.skipped {
        let file = file.clone();
        lines.push(match skip {
            Skip::Damaged => fl!("room-skipped-damaged", file = file),
            Skip::Foreign => fl!("room-skipped-foreign", file = file),
            Skip::Newer => fl!("room-skipped-newer", file = file),
            Skip::Unreadable => fl!("room-skipped-unreadable", file = file),
            Skip::Refused => fl!("room-skipped-refused", file = file),
        });
    }
    lines
}

/// The dashboard's box about the room, if this PC is in one.
pub fn status<'a>(board: Option<&RoomBoard>, ctx: &Ctx<Message>) -> Option<Element<'a, Message>> {
    let board = board?;
    let mut column = Column::new()
        .spacing(theme::SPACING / 2.0)
        .push(w::subheading(fl!("room-heading")));
    for line in lines(board) {
        column = column.push(w::body(&line));
    }
    Some(
        container(column)
            .padding(20)
            .width(Length::Fill)
            .style(style::card(ctx.palette))
            .into(),
    )
}

/// The exchange page's section for the course room's folder: which folder
/// is in use, and (unless staff set it) a field to choose one.
pub fn folder_section<'a>(tutor: &'a super::Tutor, ctx: &Ctx<Message>) -> Element<'a, Message> {
    use super::exchange::{Message as Exchange, ROOM_FOLDER_ID};
    let p = ctx.palette;
    let data = &tutor.data.exchange;
    let mut column = Column::new()
        .spacing(theme::SPACING)
        .push(w::subheading(fl!("room-folder-heading")))
        .push(w::body(&fl!("room-folder-intro")));
    let current = data.room_folder.as_ref().map(|f| f.display().to_string());
    column = column.push(w::body(&match (&current, data.room_folder_fixed) {
        (Some(folder), true) => fl!("room-folder-fixed", folder = folder.clone()),
        (Some(folder), false) => fl!("room-folder-in-use", folder = folder.clone()),
        (None, _) => fl!("room-folder-none"),
    }));
    if !data.room_folder_fixed {
        column = column
            .push(w::input(
                &p,
                ROOM_FOLDER_ID,
                fl!("room-folder-field"),
                &tutor.exchange.room_folder,
                |s| Message::Exchange(Exchange::RoomFolder(s)),
                Message::Exchange(Exchange::SaveRoomFolder),
                false,
            ))
            .push(ctx.button(
                fl!("room-folder-save"),
                Message::Exchange(Exchange::SaveRoomFolder),
                crate::widget::style::Kind::Secondary,
            ));
    }
    container(column)
        .padding(24)
        .width(Length::Fill)
        .style(style::card(p))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, in_language};

    #[test]
    fn the_room_in_words_problem_first_then_pcs_then_skipped_files() {
        let board = RoomBoard {
            pcs: vec![
                PcLine {
                    name: "Dator 3".into(),
                    heard: "14:05:12".into(),
                    stale: false,
                },
                PcLine {
                    name: "Dator 5".into(),
                    heard: "13:58:40".into(),
                    stale: true,
                },
            ],
            problem: Some(Problem::Unreachable),
            skipped: vec![("recept.stegvis".into(), Skip::Foreign)],
            ..RoomBoard::default()
        };
        let lines: Vec<String> = in_language(Lang::Sv, || lines(&board))
            .into_iter()
            .map(|l| l.replace(['\u{2068}', '\u{2069}'], ""))
            .collect();
        assert_eq!(
            lines,
            [
                "Kursrummets mapp går inte att nå just nu. Den här datorn sparar som vanligt och skickar allt när mappen går att nå igen.",
                "Dator 3: senast hörd 14:05:12",
                "Dator 5: inte hörd sedan 13:58:40. Kanske är den avstängd.",
                "Filen recept.stegvis i kursrummets mapp kommer inte från Stegvis. Den hoppas över.",
            ]
        );
        let alone = in_language(Lang::Sv, || super::lines(&RoomBoard::default()));
        assert_eq!(alone, ["Ingen annan dator i rummet har hörts av än."]);
    }
}
