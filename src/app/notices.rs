//! The notices above every page (a broken file kept, a folder that cannot
//! be written, the machine configuration's problems) and the offer to
//! restore the latest backup of a broken database.

use super::{App, Message, apply_machine_config};
use crate::fl;
use crate::store::Store;
use crate::theme;
use crate::widget::Ctx;
use crate::widget::style::{self, Kind};
use iced::widget::{Column, column, container, text};
use iced::{Element, Length, Task};

impl App {
    /// Puts the offered backup in place of the broken database and reopens it.
    pub(super) fn restore_backup(&mut self) -> Task<Message> {
        // An export or import on its own thread still has the store open:
        // the offer waits until it is done.
        if self.exchange_job.is_some() {
            let busy = fl!("folder-busy");
            if !self.notices.contains(&busy) {
                self.notices.push(busy);
            }
            return Task::none();
        }
        let Some(backup) = self.restore_offer.take() else {
            return Task::none();
        };
        self.store = None;
        let reopened = crate::store::backup::restore(&self.options.data_dir, &backup)
            .and_then(|_| Store::open(&self.options.data_dir));
        match reopened {
            Ok(mut opened) => {
                apply_machine_config(&mut opened.store, &self.options.machine);
                self.store = Some(opened.store);
                self.notices.clear();
                self.notices.push(fl!(
                    "notice-backup-restored",
                    date = backup.date.to_string()
                ));
            }
            Err(e) => {
                eprintln!("Stegvis: could not restore the backup: {e}");
                self.notices.push(fl!("notice-store-unavailable"));
            }
        }
        self.show_start()
    }

    pub(super) fn notices_view(&self, ctx: &Ctx<Message>) -> Option<Element<'_, Message>> {
        if self.notices.is_empty() && self.restore_offer.is_none() {
            return None;
        }

        let p = ctx.palette;
        let offer = self.restore_offer.as_ref().map(|backup| {
            notice_box(
                &p,
                fl!("notice-backup-offer", date = backup.date.to_string()),
                vec![
                    ctx.button(
                        fl!("notice-backup-restore"),
                        Message::RestoreBackup,
                        Kind::Primary,
                    ),
                    ctx.button(
                        fl!("notice-backup-decline"),
                        Message::DeclineBackup,
                        Kind::Secondary,
                    ),
                ],
            )
        });
        let items = self.notices.iter().enumerate().map(|(i, notice)| {
            let mut buttons = Vec::new();
            if self.folder_offer.as_ref() == Some(notice) {
                buttons.push(ctx.button(
                    fl!("folder-choose"),
                    Message::ChooseFolder,
                    Kind::Primary,
                ));
            }
            buttons.push(ctx.button(fl!("notice-ok"), Message::DismissNotice(i), Kind::Secondary));
            notice_box(&p, notice.clone(), buttons)
        });
        Some(
            container(Column::with_children(offer.into_iter().chain(items)).spacing(12))
                .padding([12.0, theme::PAGE_PADDING])
                .into(),
        )
    }
}

/// One notice: its text over a wrapping row of buttons, in the notice box.
fn notice_box<'a>(
    p: &crate::theme::Palette,
    message: String,
    buttons: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(
        column![
            text(message).size(theme::BODY).color(p.warm_text),
            iced::widget::row(buttons)
                .spacing(theme::SPACING)
                .wrap()
                .vertical_spacing(theme::SPACING),
        ]
        .spacing(12),
    )
    .padding(16)
    .width(Length::Fill)
    .style(style::notice(*p))
    .into()
}
