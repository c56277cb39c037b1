//! Large-type building blocks shared by every screen.
//!
//! Screens build their views through a [`Ctx`], which hands out buttons that
//! are big, styled from the palette, and registered in reading order with the
//! keyboard focus model in [`focus`].

pub mod focus;
pub mod reveal;
pub mod side;
pub mod sim;
pub mod style;

pub use focus::{Ctx, KeyScope};

use crate::theme::{self, Palette};
use iced::widget::{column, container, progress_bar, row, scrollable, text};
use iced::{Element, Font, Length, font};

/// The body font (Atkinson Hyperlegible).
pub const FONT: Font = Font::with_name("Atkinson Hyperlegible");
/// The bold body font.
pub const FONT_BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};
/// The font for symbols Atkinson Hyperlegible lacks (✓, ✗, ›, ‹, ●, ○).
pub const SYMBOL_FONT: Font = Font {
    weight: font::Weight::Bold,
    ..Font::with_name("DejaVu Sans")
};

/// Every symbol the UI draws, each drawn with [`SYMBOL_FONT`].
pub mod symbols {
    /// Done / right.
    pub const CHECK: &str = "✓";
    /// Wrong.
    pub const CROSS: &str = "✗";
    /// Started.
    pub const HALF: &str = "◐";
    /// Not started.
    pub const CIRCLE: &str = "○";
    /// Forward arrow on "Next".
    pub const NEXT: &str = "›";
    /// Back arrow on "Back".
    pub const BACK: &str = "‹";
    /// Suggested.
    pub const STAR: &str = "★";
    /// Topic icon: getting started.
    pub const KEYBOARD: &str = "⌨";
    /// Topic icon: email.
    pub const LETTER: &str = "✉";
    /// Topic icon: e-services.
    pub const HOUSE: &str = "⌂";
    /// Topic icon: safety.
    pub const WARNING: &str = "⚠";
    /// A digit typed in a simulated code field.
    pub const DOT: &str = "●";
    /// A raised finger: someone asks for help (DejaVu Sans has no ✋).
    pub const HAND: &str = "☝";
    /// How far something of `total` parts is, `done` of them done: ✓ all
    /// done, ◐ some, ○ none.
    pub fn progress(done: usize, total: usize) -> &'static str {
        if total > 0 && done >= total {
            CHECK
        } else if done > 0 {
            HALF
        } else {
            CIRCLE
        }
    }

    /// All symbols, for the rendering test.
    pub const ALL: [&str; 13] = [
        CHECK, CROSS, HALF, CIRCLE, NEXT, BACK, STAR, KEYBOARD, LETTER, HOUSE, WARNING, DOT, HAND,
    ];
}

/// A page heading.
pub fn heading<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s)
        .size(theme::HEADING)
        .font(FONT_BOLD)
        .width(Length::Fill)
        .into()
}

/// A section heading.
pub fn subheading<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s)
        .size(theme::SUBHEADING)
        .font(FONT_BOLD)
        .width(Length::Fill)
        .into()
}

/// Body text; line breaks in `s` become separate paragraphs.
pub fn body<'a, M: 'a>(s: &str) -> Element<'a, M> {
    let paragraphs = s
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            text(p.to_owned())
                .size(theme::BODY)
                .line_height(1.45)
                .width(Length::Fill)
                .into()
        });
    column(paragraphs).spacing(theme::BODY * 0.75).into()
}

/// Secondary text in the palette's soft colour.
pub fn soft<'a, M: 'a>(p: &Palette, s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    let colour = p.text_soft;
    text(s).size(theme::BODY).color(colour).into()
}

/// A symbol drawn in the symbol font.
pub fn symbol<'a, M: 'a>(s: &'static str, colour: iced::Color) -> text::Text<'a> {
    text(s).font(SYMBOL_FONT).size(theme::BODY).color(colour)
}

/// A mobile phone, drawn: a rounded outline with a home button. The
/// symbol font has only an old desk telephone, which is not what BankID
/// runs on. `height` is the icon's height (it is about half as wide).
pub fn phone_icon<'a, M: 'a>(colour: iced::Color, height: f32) -> Element<'a, M> {
    use iced::widget::{Space, container};
    let line = height * 0.08;
    let button =
        container(Space::new().width(height * 0.2).height(line)).style(move |_| container::Style {
            background: Some(colour.into()),
            border: iced::Border {
                radius: (line / 2.0).into(),
                ..iced::Border::default()
            },
            ..container::Style::default()
        });
    container(
        iced::widget::column![Space::new().height(Length::Fill), button]
            .align_x(iced::Alignment::Center)
            .width(Length::Fill),
    )
    .width(height * 0.56)
    .height(height)
    .padding(line * 1.5)
    .style(move |_| container::Style {
        border: iced::Border {
            color: colour,
            width: line,
            radius: (height * 0.12).into(),
        },
        ..container::Style::default()
    })
    .into()
}

/// A status line: symbol + word, never colour alone.
pub fn status_line<'a, M: 'a>(
    sym: &'static str,
    word: String,
    colour: iced::Color,
) -> Element<'a, M> {
    row![
        symbol::<M>(sym, colour),
        text(word).size(theme::BODY).color(colour)
    ]
    .spacing(10)
    .align_y(iced::Alignment::Center)
    .into()
}

/// The "Steg 3 av 8" line with a progress bar under it.
pub fn step_progress<'a, M: 'a>(
    p: &Palette,
    label: String,
    current: usize,
    total: usize,
) -> Element<'a, M> {
    column![
        text(label).size(theme::BODY).font(FONT_BOLD),
        progress_line(p, current, total, 16.0)
    ]
    .spacing(8)
    .into()
}

/// The progress bar alone, `girth` logical pixels thick.
pub fn progress_line<'a, M: 'a>(
    p: &Palette,
    current: usize,
    total: usize,
    girth: f32,
) -> Element<'a, M> {
    let palette = *p;
    let bar = progress_bar(0.0..=total.max(1) as f32, current as f32)
        .girth(girth)
        .style(move |_| iced::widget::progress_bar::Style {
            background: palette.soft.into(),
            bar: palette.primary.into(),
            border: iced::Border {
                color: palette.primary,
                width: 1.0,
                radius: (girth / 2.0).into(),
            },
        });
    container(bar).width(Length::Fill).into()
}

/// A vertical scroll area with a wide, clearly visible scrollbar.
pub fn page_scroll<'a, M: 'a>(
    p: &Palette,
    content: impl Into<Element<'a, M>>,
    id: &'static str,
) -> Element<'a, M> {
    use iced::widget::scrollable::{self, Direction, Scrollbar};
    let palette = *p;
    scrollable(content)
        .id(id)
        .direction(Direction::Vertical(
            Scrollbar::new().width(14).scroller_width(14).margin(2),
        ))
        .spacing(4)
        .height(Length::Fill)
        .width(Length::Fill)
        .style(move |theme, status| {
            let base = scrollable::default(theme, status);
            let rail = scrollable::Rail {
                background: Some(palette.soft.into()),
                border: iced::Border {
                    color: palette.border,
                    width: 1.0,
                    radius: 7.0.into(),
                },
                scroller: scrollable::Scroller {
                    background: palette.primary.into(),
                    border: iced::Border {
                        radius: 7.0.into(),
                        ..iced::Border::default()
                    },
                },
            };
            scrollable::Style {
                vertical_rail: rail,
                horizontal_rail: rail,
                ..base
            }
        })
        .into()
}

/// A large text field. `id` lets a screen focus it when it opens; Enter
/// sends `on_submit`. `secret` hides what is typed (the tutor code).
pub fn input<'a, M: Clone + 'a>(
    p: &Palette,
    id: &'static str,
    label: String,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
    secret: bool,
) -> Element<'a, M> {
    let field = text_field(p, id, &label, value, on_input, on_submit, secret);
    column![text(label).size(theme::BODY).font(FONT_BOLD), field]
        .spacing(8)
        .into()
}

/// Like [`input`], but in the app's Tab order with the focus ring (see
/// [`Ctx::field`]): the ring and the keyboard are always on the same field.
#[allow(clippy::too_many_arguments)]
pub fn tab_input<'a, M: Clone + 'static>(
    ctx: &Ctx<M>,
    id: &'static str,
    label: String,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
    secret: bool,
) -> Element<'a, M> {
    let field = text_field(&ctx.palette, id, &label, value, on_input, on_submit, secret);
    column![
        text(label).size(theme::BODY).font(FONT_BOLD),
        ctx.field(iced::widget::Id::new(id), field.into())
    ]
    .spacing(4)
    .into()
}

fn text_field<'a, M: Clone + 'a>(
    p: &Palette,
    id: &'static str,
    label: &str,
    value: &str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
    secret: bool,
) -> iced::widget::TextInput<'a, M> {
    let p = *p;
    iced::widget::text_input(label, value)
        .id(id)
        .on_input(on_input)
        .on_submit(on_submit)
        .secure(secret)
        .size(theme::BODY)
        .padding(18)
        .style(move |_, status| input_style(&p, status))
}

/// A text field's look: a clear border, thicker and in the focus colour
/// when the field has the keyboard.
pub fn input_style(
    p: &Palette,
    status: iced::widget::text_input::Status,
) -> iced::widget::text_input::Style {
    let focused = matches!(status, iced::widget::text_input::Status::Focused { .. });
    iced::widget::text_input::Style {
        background: p.surface.into(),
        border: iced::Border {
            color: if focused { p.focus } else { p.border },
            width: if focused { theme::FOCUS_WIDTH } else { 2.0 },
            radius: 8.0.into(),
        },
        icon: p.text,
        placeholder: p.text_soft,
        value: p.text,
        selection: p.soft,
    }
}

/// The content of a big choice tile: a bold title over a line of detail.
pub fn choice_content<'a, M: 'a>(p: &Palette, title: String, detail: String) -> Element<'a, M> {
    column![
        text(title).size(theme::SUBHEADING).font(FONT_BOLD),
        text(detail).size(theme::BODY).color(p.text_soft),
    ]
    .spacing(6)
    .width(Length::Fill)
    .into()
}

/// A line of error text shown under a form, with a warning symbol.
pub fn error_line<'a, M: 'a>(p: &Palette, message: String) -> Element<'a, M> {
    row![
        symbol::<M>(symbols::WARNING, p.wrong_text),
        text(message).size(theme::BODY).color(p.wrong_text)
    ]
    .spacing(10)
    .into()
}
