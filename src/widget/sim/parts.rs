//! The kit: how each [`Part`] of a simulated screen is drawn.

use super::{Sim, qr};
use crate::fl;
use crate::model::practice::Input;
use crate::model::scenario::{Control, Look, Part};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, FONT_BOLD, symbols};
use iced::widget::{Column, column, container, image, row, rule, text};
use iced::{Alignment, Element, Length};

/// Draws one part.
pub fn view<'a, M: Clone + 'static>(ctx: &Ctx<M>, sim: &Sim<'_, M>, part: &Part) -> Element<'a, M> {
    let p = ctx.palette;
    let t = |id: &str| (sim.text)(id);
    match part {
        Part::Heading { text: id } => text(t(id))
            .size(theme::SUBHEADING)
            .font(FONT_BOLD)
            .width(Length::Fill)
            .into(),
        Part::Text { text: id } => w::body(&t(id)),
        Part::Field { text: id } => text(t(id))
            .size(theme::BODY)
            .font(FONT_BOLD)
            .width(Length::Fill)
            .into(),
        Part::Button {
            control,
            text: id,
            look,
        } => {
            let kind = match look {
                Look::Primary => Kind::Primary,
                Look::Secondary => Kind::Secondary,
                Look::Accept => Kind::Accept,
                Look::Decline => Kind::Decline,
            };
            let label = text(t(id))
                .size(theme::BODY)
                .font(FONT_BOLD)
                .width(Length::Fill)
                .align_x(Alignment::Center);
            press(ctx, sim, control, label.into(), kind)
        }
        Part::Link { control, text: id } => {
            // Grey like an inactive button while the devices wait.
            let colour = if ctx.is_inactive() {
                p.text_soft
            } else {
                p.primary
            };
            let words = column![
                text(t(id)).size(theme::BODY).color(colour),
                rule::horizontal(2).style(move |_| rule::Style {
                    color: colour,
                    radius: 0.0.into(),
                    fill_mode: rule::FillMode::Full,
                    snap: true,
                }),
            ]
            .width(Length::Shrink);
            press(ctx, sim, control, words.into(), Kind::Link)
        }
        Part::Choice { control, text: id } => {
            let label = row![
                w::symbol::<M>(symbols::CIRCLE, p.text),
                text(t(id)).size(theme::BODY).width(Length::Fill)
            ]
            .spacing(12)
            .align_y(Alignment::Center);
            press(ctx, sim, control, label.into(), Kind::Tile)
        }
        Part::SmsRow {
            control,
            from,
            text: id,
        } => {
            let label = column![
                text(t(from)).size(theme::BODY).font(FONT_BOLD),
                text(t(id)).size(theme::BODY).color(p.text_soft),
            ]
            .spacing(4)
            .width(Length::Fill);
            press(ctx, sim, control, label.into(), Kind::Tile)
        }
        Part::EmailRow {
            control,
            from,
            subject,
        } => {
            let label = column![
                text(t(from)).size(theme::BODY).font(FONT_BOLD),
                text(t(subject)).size(theme::BODY),
            ]
            .spacing(4)
            .width(Length::Fill);
            press(ctx, sim, control, label.into(), Kind::Tile)
        }
        Part::Sms { from, text: id } => column![
            text(t(from)).size(theme::BODY).font(FONT_BOLD),
            container(w::body::<M>(&t(id)))
                .padding(14)
                .width(Length::Fill)
                .style(style::sim_bar(p)),
        ]
        .spacing(8)
        .into(),
        Part::Email {
            from,
            address,
            subject,
            text: id,
        } => {
            let sender = match address {
                Some(a) => format!("{} <{}>", t(from), t(a)),
                None => t(from),
            };
            column![
                text(fl!("sim-from", from = sender)).size(theme::BODY),
                text(fl!("sim-subject", subject = t(subject)))
                    .size(theme::BODY)
                    .font(FONT_BOLD),
                rule::horizontal(1),
                w::body::<M>(&t(id)),
            ]
            .spacing(8)
            .into()
        }
        Part::Note { text: id } => container(
            text(t(id))
                .size(theme::SUBHEADING)
                .font(FONT_BOLD)
                .width(Length::Fill),
        )
        .padding(18)
        .width(Length::Fill)
        .style(style::paper(p))
        .into(),
        Part::Call {
            caller,
            number,
            ongoing,
        } => {
            let state = if *ongoing {
                fl!("sim-call-ongoing")
            } else {
                fl!("sim-call-incoming")
            };
            let mut call = Column::new()
                .spacing(6)
                .align_x(Alignment::Center)
                .width(Length::Fill)
                .push(text(state).size(theme::BODY).color(p.text_soft))
                .push(
                    text(t(caller))
                        .size(theme::HEADING)
                        .font(FONT_BOLD)
                        .align_x(Alignment::Center),
                );
            if let Some(n) = number {
                call = call.push(text(t(n)).size(theme::BODY).color(p.text_soft));
            }
            call.into()
        }
        Part::Qr { text: caption } => {
            let payload = super::payload(sim.practice);
            let mut qr_part = Column::new().spacing(8).align_x(Alignment::Center);
            if let Some(handle) = qr::handle(&payload) {
                qr_part = qr_part.push(
                    container(
                        image(handle)
                            .width(Length::Fixed(qr::SIDE))
                            .height(Length::Fixed(qr::SIDE))
                            .filter_method(image::FilterMethod::Nearest),
                    )
                    .padding(6)
                    .style(style::card(p)),
                );
            }
            if let Some(c) = caption {
                qr_part = qr_part.push(text(t(c)).size(theme::BODY).align_x(Alignment::Center));
            }
            container(qr_part).center_x(Length::Fill).into()
        }
        Part::Keypad { code } => keypad(ctx, sim, code.len()),
        Part::Input { id, text: label } => field(ctx, sim, id, t(label)),
        Part::Contact {
            control,
            name,
            address,
        } => {
            let label = column![
                text(t(name)).size(theme::BODY).font(FONT_BOLD),
                text(t(address)).size(theme::BODY).color(p.text_soft),
            ]
            .spacing(4)
            .width(Length::Fill);
            press(ctx, sim, control, label.into(), Kind::Tile)
        }
        Part::Photo {
            control,
            text: caption,
            picture,
        } => {
            // At large text the picture is drawn at half size, so the
            // whole tile with its caption fits in the window.
            let size = if ctx.compact { 0.5 } else { 1.0 };
            let label = column![
                image(super::photo::handle(*picture))
                    .width(Length::Fixed(super::photo::WIDTH as f32 * size))
                    .height(Length::Fixed(super::photo::HEIGHT as f32 * size)),
                text(t(caption)).size(theme::BODY).width(Length::Fill),
            ]
            .spacing(8)
            .width(Length::Fill);
            press(ctx, sim, control, label.into(), Kind::Tile)
        }
        Part::Attachment { text: name } => container(
            text(fl!("sim-attached", name = t(name)))
                .size(theme::BODY)
                .font(FONT_BOLD)
                .width(Length::Fill),
        )
        .padding([8.0, 14.0])
        .width(Length::Fill)
        .style(style::sim_bar(p))
        .into(),
    }
}

/// The widget id of the text field `id` of a practice, so tests and
/// screen readers can find it.
pub fn field_id(id: &str) -> iced::widget::Id {
    iced::widget::Id::from(format!("sim-field-{id}"))
}

/// A labelled text field; what is typed goes to the practice engine.
fn field<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    id: &str,
    label: String,
) -> Element<'a, M> {
    let p = ctx.palette;
    let on = sim.on;
    let field_name = id.to_owned();
    let value = sim.practice.typed.get(id).cloned().unwrap_or_default();
    let typing = !ctx.is_inactive();
    let input = iced::widget::text_input("", &value)
        .id(field_id(id))
        .on_input_maybe(typing.then_some(move |text| {
            on(Input::Type {
                field: field_name.clone(),
                text,
            })
        }))
        .size(theme::BODY)
        .padding(17) // 24 px text, 1.3 line height: 65 px tall
        .style(move |_, status| crate::widget::input_style(&p, status));
    column![
        text(label).size(theme::BODY).font(FONT_BOLD),
        ctx.field(field_id(id), input.into())
    ]
    .spacing(6)
    .width(Length::Fill)
    .into()
}

/// A pressable part, built through the focus context.
fn press<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    sim: &Sim<'_, M>,
    control: &Control,
    content: Element<'a, M>,
    kind: Kind,
) -> Element<'a, M> {
    let width = if kind == Kind::Link {
        Length::Shrink
    } else {
        Length::Fill
    };
    ctx.button_with(
        content,
        (sim.on)(Input::Press(control.id.clone())),
        kind,
        width,
    )
}

/// The code field (a dot per digit typed) and a large keypad: five keys a
/// row, with the count beside the dots, so the keys take little height and
/// the code note and the first row of keys fit on one screen.
///
/// At large text, once the code is whole, the digit keys step aside and
/// Radera sits beside the dots (and brings the keys back): what the
/// screen asks to check and the button that answers it then fit on the
/// screen together.
fn keypad<'a, M: Clone + 'static>(ctx: &Ctx<M>, sim: &Sim<'_, M>, length: usize) -> Element<'a, M> {
    let p = ctx.palette;
    let typed = sim.practice.code_typed.len().min(length);
    let whole = ctx.compact && typed == length;
    let dots: String = std::iter::repeat_n(symbols::DOT, typed)
        .chain(std::iter::repeat_n(symbols::CIRCLE, length - typed))
        .collect::<Vec<_>>()
        .join(" ");
    // Body size, so the count fits beside the dots on one line.
    let dots = text(dots)
        .font(w::SYMBOL_FONT)
        .size(theme::BODY)
        .color(p.text);
    let count = text(fl!("sim-code-typed", typed = typed, total = length))
        .size(theme::BODY)
        .color(p.text_soft);
    let field: Element<'a, M> = if whole {
        dots.into()
    } else {
        row![dots, count]
            .spacing(12)
            .align_y(Alignment::Center)
            .wrap()
            .into()
    };
    let field = container(field)
        .center_x(Length::Fill)
        .center_y(Length::Shrink)
        .padding(if ctx.compact { 4 } else { 8 })
        .style(style::sim_bar(p));
    let erase = |width| {
        let label = text(fl!("sim-erase"))
            .size(theme::BODY)
            .font(FONT_BOLD)
            .width(width)
            .align_x(Alignment::Center);
        ctx.button_with(label.into(), (sim.on)(Input::Erase), Kind::Secondary, width)
    };
    if whole {
        return row![field, erase(Length::Shrink)]
            .spacing(6)
            .align_y(Alignment::Center)
            .into();
    }
    // Five keys a row (1–5, 6–0), so the keypad is two rows: beside a
    // computer, or at large text, the note, the question on the screen
    // and the keys fit on screen together. Narrow keys keep little room
    // beside their digit.
    let key = |d: u8| -> Element<'a, M> {
        let label = text(d.to_string())
            .size(theme::SUBHEADING)
            .font(FONT_BOLD)
            .width(Length::Fill)
            .align_x(Alignment::Center);
        ctx.button_padded(
            label.into(),
            (sim.on)(Input::Digit(d)),
            Kind::Secondary,
            Length::Fill,
            4.0,
        )
    };
    let mut keys = Column::new().spacing(6).push(field);
    for first in [1u8, 6] {
        let digits = (first..first + 5).map(|d| key(d % 10));
        keys = keys.push(iced::widget::Row::with_children(digits).spacing(6));
    }
    keys.push(erase(Length::Fill)).into()
}
