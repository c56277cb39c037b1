//! Kiosk mode (the machine configuration's `kiosk = true`): the window fills
//! the screen, closing it needs the tutor code, and a bar at the bottom of
//! every page has **Nästa deltagare**, which clears everything on screen and
//! returns to the start, and **Stäng Stegvis** for staff.
//!
//! On a kiosk PC without a course nobody is tracked: each senior is a
//! guest, so nothing one did is shown to the next.

use super::{App, Message};
use crate::fl;
use crate::screen::Learner;
use crate::theme;
use crate::widget::Ctx;
use crate::widget::style::{self, Kind};
use iced::widget::{container, row};
use iced::{Element, Length, Subscription, Task};

/// Kiosk state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kiosk {
    /// Whether kiosk mode is on (from the machine configuration).
    pub enabled: bool,
    /// The tutor code is being asked for to close Stegvis.
    quitting: bool,
    /// The right code was given and Stegvis is closing.
    exited: bool,
}

impl Kiosk {
    /// Kiosk state for a PC where kiosk mode is `enabled` or not.
    pub fn new(enabled: bool) -> Self {
        Kiosk {
            enabled,
            ..Kiosk::default()
        }
    }

    /// Whether the tutor code is being asked for to close Stegvis.
    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// Whether Stegvis was closed with the tutor code.
    pub fn has_exited(&self) -> bool {
        self.exited
    }
}

/// Kiosk messages.
#[derive(Debug, Clone, PartialEq)]
pub enum KioskMessage {
    /// **Nästa deltagare**: clear the screen for the next senior.
    NextParticipant,
    /// **Stäng Stegvis**: ask for the tutor code, then close.
    Quit,
    /// The window manager asked to close the window (Alt+F4, ×).
    CloseRequested,
}

impl App {
    /// The kiosk state.
    pub fn kiosk(&self) -> &Kiosk {
        &self.kiosk
    }

    /// Handles a kiosk message.
    pub(super) fn update_kiosk(&mut self, message: KioskMessage) -> Task<Message> {
        match message {
            KioskMessage::NextParticipant => self.next_participant(),
            KioskMessage::Quit | KioskMessage::CloseRequested => {
                if !self.kiosk.enabled {
                    self.kiosk.exited = true;
                    return iced::exit();
                }
                self.audio.stop();
                // Only an existing code closes the kiosk: choosing one
                // here would let anyone set the tutor code.
                if !self.tutor_code_exists() {
                    let notice = fl!("kiosk-no-code");
                    if !self.notices.contains(&notice) {
                        self.notices.push(notice);
                    }
                    return Task::none();
                }
                let task = self.open_tutor_code();
                self.kiosk.quitting = true;
                task
            }
        }
    }

    /// Clears everything on screen: the page and the pages under it, the
    /// learner and their progress, notices, focus, scrolling and sound.
    fn next_participant(&mut self) -> Task<Message> {
        self.audio.stop();
        self.overlays.clear();
        self.notices.clear();
        let task = self.show_start();
        if self.kiosk.enabled && !self.shared.has_courses {
            self.set_learner(Learner::Guest);
        }
        Task::batch([task, super::scroll_to_top()])
    }

    /// Called when the tutor code was right: closes Stegvis if
    /// that is what the code was asked for. Returns `None` otherwise.
    pub(super) fn exit_if_quitting(&mut self) -> Option<Task<Message>> {
        if !self.kiosk.quitting {
            return None;
        }
        self.kiosk.quitting = false;
        self.kiosk.exited = true;
        Some(iced::exit())
    }

    /// Back at the start: a quit that was asked for is called off.
    pub(super) fn cancel_quit(&mut self) {
        self.kiosk.quitting = false;
    }

    /// The learner at start: on a kiosk PC without a course, a guest.
    pub(super) fn start_as_guest_in_kiosk(&mut self) {
        if self.kiosk.enabled && !self.shared.has_courses {
            self.set_learner(Learner::Guest);
        }
    }

    /// Close requests, which in kiosk mode ask for the tutor code.
    pub(super) fn kiosk_subscription(&self) -> Subscription<Message> {
        if self.kiosk.enabled {
            iced::window::close_requests().map(|_| Message::Kiosk(KioskMessage::CloseRequested))
        } else {
            Subscription::none()
        }
    }

    /// The bar at the bottom of every page in kiosk mode.
    pub(super) fn kiosk_bar(&self, ctx: &Ctx<Message>) -> Option<Element<'_, Message>> {
        if !self.kiosk.enabled {
            return None;
        }
        let bar = row![
            ctx.button(
                fl!("kiosk-next-participant"),
                Message::Kiosk(KioskMessage::NextParticipant),
                Kind::Primary,
            ),
            iced::widget::Space::new().width(Length::Fill),
            ctx.button(
                fl!("kiosk-quit"),
                Message::Kiosk(KioskMessage::Quit),
                Kind::Secondary,
            ),
        ]
        .spacing(theme::SPACING)
        .align_y(iced::Alignment::Center);
        Some(
            container(bar)
                .padding([12.0, theme::PAGE_PADDING])
                .width(Length::Fill)
                .style(style::bar(ctx.palette))
                .into(),
        )
    }
}
