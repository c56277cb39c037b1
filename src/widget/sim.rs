//! Simulated devices for practice scenarios: a computer's browser window and
//! a phone, drawn from the palette (no real logos or brand designs), with
//! the screens on show built from the scenario's kit of parts.
//!
//! Every control is made through [`Ctx`], so Tab, Enter and Space reach it
//! and it is at least 64 px tall like every other button.

pub mod parts;
pub mod photo;
pub mod qr;

use super::{Ctx, FONT_BOLD, style};
use crate::fl;
use crate::model::practice::{Input, Practice};
use crate::model::scenario::{Device, Part, Scenario, Screen};
use crate::theme;
use iced::widget::{Column, column, container, text};
use iced::{Element, Length};

/// A practice on show: what the device views need to draw it.
pub struct Sim<'s, M> {
    /// The scenario.
    pub scenario: &'s Scenario,
    /// Its state.
    pub practice: &'s Practice,
    /// The text of a Fluent id in the current language.
    pub text: &'s dyn Fn(&str) -> String,
    /// The message for a press.
    pub on: fn(Input) -> M,
}

/// Widest a simulated computer is drawn, in logical pixels.
pub const COMPUTER_WIDTH: f32 = 560.0;
/// Widest a simulated phone is drawn.
pub const PHONE_WIDTH: f32 = 380.0;
/// Widest a phone is drawn at large text, where a phone's width holds
/// few words a line: wider, fewer lines wrap, and a message, its question
/// and the buttons that answer it fit on the screen together.
pub const PHONE_WIDTH_LARGE_TEXT: f32 = 560.0;
/// Narrowest a computer is drawn beside a phone (less at large text, where
/// the frames are thinner).
const COMPUTER_MIN: [f32; 2] = [380.0, 330.0];
/// Narrowest a phone is drawn beside a computer: room for five keys a row,
/// each at least 44 px wide (its frame is wider at normal sizes).
const PHONE_MIN: [f32; 2] = [330.0, 335.0];

/// The devices side by side (computer | phone) while the page is wide
/// enough for their narrowest widths, else one under the other
/// ([`super::side`]). The desk's notes are pinned above the page
/// ([`desk_strip`]), so they stay beside whatever part of the devices is
/// on screen.
pub fn devices<'a, M: Clone + 'static>(ctx: &Ctx<M>, sim: &Sim<'_, M>) -> Element<'a, M> {
    let gap = if ctx.compact {
        theme::SPACING
    } else {
        theme::SPACING * 1.5
    };
    let narrow = usize::from(ctx.compact);
    let mut items = super::side::Side::new(gap);
    for (slot, device) in sim.scenario.frame.devices().iter().enumerate() {
        let Some(screen) = sim
            .practice
            .shown
            .get(slot)
            .and_then(|i| sim.scenario.screens.get(*i))
        else {
            continue;
        };
        let (shown, min, max) = match device {
            Device::Computer => (
                computer(ctx, sim, screen),
                COMPUTER_MIN[narrow],
                COMPUTER_WIDTH,
            ),
            Device::Phone => (phone(ctx, sim, screen), PHONE_MIN[narrow], phone_width(ctx)),
        };
        items = items.push(container(shown).id(device_id(slot)), min, max);
    }
    items.into()
}

/// The id of the strip with the desk's notes, pinned above the page.
pub fn desk_id() -> iced::widget::Id {
    iced::widget::Id::new("practice-desk")
}

/// The id of the line a screen asks the senior to check (`check = true`
/// in the scenario): the app keeps it in view with the control in focus.
pub fn check_id() -> iced::widget::Id {
    iced::widget::Id::new(crate::widget::reveal::CHECK_ID)
}

/// The widget id around the device in `slot` (0: the first device of the
/// frame), so a new screen on it can be scrolled into view.
pub fn device_id(slot: usize) -> iced::widget::Id {
    iced::widget::Id::from(format!("sim-device-{slot}"))
}

/// A caption above a device ("Datorn", "Mobilen").
fn caption<'a, M: 'a>(ctx: &Ctx<M>, label: String) -> Element<'a, M> {
    text(label)
        .size(theme::BODY)
        .font(FONT_BOLD)
        .color(ctx.palette.text_soft)
        .into()
}

/// The parts of a screen on show, top to bottom.
fn screen_parts<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    screen: &Screen,
) -> Column<'a, M> {
    let mut items: Vec<Element<'a, M>> = Vec::new();
    // Buttons one after another go side by side when they fit ("Betala"
    // beside "Avbryt"), so the line to check above them stays in view.
    let mut buttons: Option<super::side::Side<'a, M>> = None;
    let gap = theme::SPACING * 0.5;
    for placed in screen.on_show(sim.practice.flags) {
        let drawn = parts::view(ctx, sim, &placed.part);
        if let Part::Button { text: id, .. } = &placed.part {
            let least = button_width((sim.text)(id).chars().count());
            let row = buttons
                .take()
                .unwrap_or_else(|| super::side::Side::new(gap));
            buttons = Some(row.push(drawn, least, f32::INFINITY));
            continue;
        }
        if let Some(row) = buttons.take() {
            items.push(row.into());
        }
        items.push(if placed.check {
            container(drawn).id(check_id()).width(Length::Fill).into()
        } else {
            drawn
        });
    }
    if let Some(row) = buttons.take() {
        items.push(row.into());
    }
    Column::with_children(items)
        .spacing(if ctx.compact {
            theme::SPACING * 0.5
        } else {
            theme::SPACING
        })
        .width(Length::Fill)
}

/// About how wide a button with a label of `letters` letters is drawn
/// (bold body text, the button's padding and its focus frame).
fn button_width(letters: usize) -> f32 {
    letters as f32 * theme::BODY * 0.62 + 2.0 * 26.0 + 2.0 * (theme::FOCUS_WIDTH + theme::FOCUS_GAP)
}

fn bar<'a, M: 'a>(ctx: &Ctx<M>, words: String) -> Element<'a, M> {
    container(text(words).size(theme::BODY).width(Length::Fill))
        .padding(if ctx.compact { [2.0, 8.0] } else { [8.0, 14.0] })
        .width(Length::Fill)
        .style(style::sim_bar(ctx.palette))
        .into()
}

/// A browser window: the address bar, then the page.
fn computer<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    screen: &Screen,
) -> Element<'a, M> {
    let address = screen.address.as_deref().map(sim.text).unwrap_or_default();
    // At large text the window's frame and margins shrink; the text does not.
    let (around_bar, around_page, below) = if ctx.compact {
        (5.0, [4.0, 6.0], 6.0)
    } else {
        (10.0, [10.0, 20.0], 14.0)
    };
    let window = column![
        container(bar(ctx, address)).padding(around_bar),
        container(screen_parts(ctx, sim, screen)).padding(around_page),
    ]
    .padding(iced::Padding {
        bottom: below,
        ..iced::Padding::ZERO
    });
    column![
        caption(ctx, fl!("practice-computer")),
        container(window)
            .width(Length::Fill)
            .style(style::computer(ctx.palette, ctx.compact)),
    ]
    .spacing(if ctx.compact { 2 } else { 8 })
    .width(Length::Fill)
    .max_width(COMPUTER_WIDTH)
    .into()
}

/// A phone: the app's name on top, then the screen.
fn phone<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    screen: &Screen,
) -> Element<'a, M> {
    let mut inside = Column::new().spacing(if ctx.compact {
        theme::SPACING * 0.5
    } else {
        theme::SPACING
    });
    if let Some(address) = screen.address.as_deref() {
        inside = inside.push(bar(ctx, (sim.text)(address)));
    }
    inside = inside.push(screen_parts(ctx, sim, screen));
    column![
        caption(ctx, fl!("practice-phone")),
        container(inside)
            .padding(if ctx.compact {
                [14.0, 9.0]
            } else {
                [26.0, 18.0]
            })
            .width(Length::Fill)
            .style(style::phone(ctx.palette, ctx.compact)),
    ]
    .spacing(if ctx.compact { 2 } else { 8 })
    .width(Length::Fill)
    .max_width(phone_width(ctx))
    .into()
}

/// Widest a phone is drawn now.
fn phone_width<M>(ctx: &Ctx<M>) -> f32 {
    if ctx.compact {
        PHONE_WIDTH_LARGE_TEXT
    } else {
        PHONE_WIDTH
    }
}

/// The desk as one slim strip for the fixed area above the page: `lead`
/// (the practice's banner), "På bordet:" when `label` is given, then the
/// notes in body-size bold on paper, on one line when the window is wide
/// enough, else wrapping.
pub fn desk_strip<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    lead: Element<'a, M>,
    label: Option<String>,
) -> Element<'a, M> {
    let p = ctx.palette;
    let mut strip = iced::widget::Row::new()
        .spacing(theme::SPACING * 0.5)
        .align_y(iced::Alignment::Center)
        .push(lead);
    if let Some(label) = label {
        strip = strip.push(
            text(format!("{label}:"))
                .size(theme::BODY)
                .color(p.text_soft),
        );
    }
    for part in sim.scenario.desk_on_show(sim.practice.flags) {
        strip = strip.push(match part {
            Part::Note { text: id } => {
                container(text((sim.text)(id)).size(theme::BODY).font(FONT_BOLD))
                    .padding([2.0, 8.0])
                    .style(style::paper(p))
                    .into()
            }
            other => parts::view(ctx, sim, other),
        });
    }
    strip.wrap().vertical_spacing(2).into()
}

/// The payload the QR code of `practice` shows.
pub fn payload(practice: &Practice) -> String {
    crate::model::scenario::qr_payload(&practice.scenario, 0)
}
