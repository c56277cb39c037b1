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
            container(
                column![
                    text(fl!("notice-backup-offer", date = backup.date.to_string()))
                        .size(theme::BODY)
                        .color(p.warm_text),
                    iced::widget::row![
                        ctx.button(
                            fl!("notice-backup-restore"),
                            Message::RestoreBackup,
                            Kind::Primary
                        ),
                        ctx.button(
                            fl!("notice-backup-decline"),
                            Message::DeclineBackup,
                            Kind::Secondary
                        ),
                    ]
                    .spacing(theme::SPACING)
                    .wrap()
                    .vertical_spacing(theme::SPACING),
                ]
                .spacing(12),
            )
            .padding(16)
            .width(Length::Fill)
            .style(style::notice(p))
            .into()
        });
        let items = self.notices.iter().enumerate().map(|(i, notice)| {
            container(
                column![
                    text(notice.clone()).size(theme::BODY).color(p.warm_text),
                    iced::widget::row(
                        (self.folder_offer.as_ref() == Some(notice))
                            .then(|| {
                                ctx.button(
                                    fl!("folder-choose"),
                                    Message::ChooseFolder,
                                    Kind::Primary,
                                )
                            })
                            .into_iter()
                            .chain([ctx.button(
                                fl!("notice-ok"),
                                Message::DismissNotice(i),
                                Kind::Secondary
                            )])
                    )
                    .spacing(theme::SPACING)
                    .wrap()
                    .vertical_spacing(theme::SPACING),
                ]
                .spacing(12),
            )
            .padding(16)
            .width(Length::Fill)
            .style(style::notice(p))
            .into()
        });
        Some(
            container(Column::with_children(offer.into_iter().chain(items)).spacing(12))
                .padding([12.0, theme::PAGE_PADDING])
                .into(),
        )
    }
}
