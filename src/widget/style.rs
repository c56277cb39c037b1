//! Style functions for buttons and boxes, all taken from a [`Palette`].

use crate::theme::{FOCUS_WIDTH, Palette};
use iced::widget::{button as iced_button, container};
use iced::{Background, Border, Color};

/// The look of a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The main action: filled with the primary colour.
    Primary,
    /// Other actions: outlined.
    Secondary,
    /// A big card (topic tile, lesson row).
    Tile,
    /// A highlighted card (the suggested lesson, a chosen option).
    TileSelected,
    /// An answer the learner chose that was right.
    AnswerRight,
    /// An answer the learner chose that was wrong.
    AnswerWrong,
    /// A simulated phone's "answer the call" button.
    Accept,
    /// A simulated phone's "decline / hang up" button.
    Decline,
    /// A link on a simulated web page or message: no box, primary colour.
    Link,
    /// An action that destroys something ("Ja, ta bort"): outlined in the
    /// warning colour, never filled like the main action.
    Danger,
}

const RADIUS: f32 = 10.0;

/// The button style function for `kind`.
pub fn button(
    p: Palette,
    kind: Kind,
) -> impl Fn(&iced::Theme, iced_button::Status) -> iced_button::Style {
    button_focused(p, kind, false)
}

/// The button style function for `kind`, `focused` or not. A focused
/// button looks hovered and gets a second ring of its own inside the focus
/// frame's (a [`FOCUS_WIDTH`] border in the focus colour, or in the text
/// colour on a filled button): a double ring, plainly more than a hover.
pub fn button_focused(
    p: Palette,
    kind: Kind,
    focused: bool,
) -> impl Fn(&iced::Theme, iced_button::Status) -> iced_button::Style {
    move |theme, status| {
        let status = if focused {
            iced_button::Status::Hovered
        } else {
            status
        };
        let mut style = plain_button(p, kind, theme, status);
        if focused {
            let filled = matches!(kind, Kind::Primary | Kind::Accept | Kind::Decline);
            style.border.color = if filled { style.text_color } else { p.focus };
            style.border.width = style.border.width.max(FOCUS_WIDTH);
        }
        style
    }
}

/// A button's look without focus.
fn plain_button(
    p: Palette,
    kind: Kind,
    _: &iced::Theme,
    status: iced_button::Status,
) -> iced_button::Style {
    let hovered = matches!(
        status,
        iced_button::Status::Hovered | iced_button::Status::Pressed
    );
    let (bg, fg, border_colour, border_width) = match kind {
        // Not pressable now (a practice's devices under a trap's
        // explanation): grey on the page, a thin grey border.
        _ if status == iced_button::Status::Disabled => (p.page, p.text_soft, p.border, 1.0),
        Kind::Primary => (p.primary, p.on_primary, p.primary, 2.0),
        Kind::Secondary => (
            if hovered { p.soft } else { p.surface },
            p.primary,
            p.primary,
            3.0,
        ),
        Kind::Tile => (
            if hovered { p.soft } else { p.surface },
            p.text,
            p.border,
            2.0,
        ),
        Kind::TileSelected => (
            if hovered { p.soft } else { p.surface },
            p.text,
            p.primary,
            4.0,
        ),
        Kind::AnswerRight => (p.done_bg, p.text, p.done, 4.0),
        Kind::AnswerWrong => (p.wrong_bg, p.text, p.wrong_text, 4.0),
        Kind::Accept => (p.done, p.page, p.done, 2.0),
        Kind::Decline => (p.wrong_text, p.page, p.wrong_text, 2.0),
        Kind::Danger => (
            if hovered { p.wrong_bg } else { p.surface },
            p.wrong_text,
            p.wrong_text,
            3.0,
        ),
        Kind::Link => (
            if hovered { p.soft } else { p.surface },
            p.primary,
            p.surface,
            0.0,
        ),
    };
    iced_button::Style {
        background: Some(Background::Color(bg)),
        text_color: fg,
        border: Border {
            color: border_colour,
            width: if hovered {
                border_width + 1.0
            } else {
                border_width
            },
            radius: RADIUS.into(),
        },
        ..iced_button::Style::default()
    }
}

/// A table row that opens something: shaded when `stripe` or hovered,
/// and when focused a border as thick as the focus ring, in its colour.
pub fn table_row(
    p: Palette,
    focused: bool,
    stripe: bool,
) -> impl Fn(&iced::Theme, iced_button::Status) -> iced_button::Style {
    move |_, status| {
        let hovered = matches!(
            status,
            iced_button::Status::Hovered | iced_button::Status::Pressed
        );
        let (colour, width) = if focused {
            (p.focus, FOCUS_WIDTH)
        } else if hovered {
            (p.primary, 2.0)
        } else {
            (Color::TRANSPARENT, 0.0)
        };
        iced_button::Style {
            background: Some(Background::Color(if stripe || hovered {
                p.soft
            } else {
                p.page
            })),
            text_color: p.text,
            border: Border {
                color: colour,
                width,
                radius: 4.0.into(),
            },
            ..iced_button::Style::default()
        }
    }
}

/// The frame around every button: a visible ring when focused, transparent
/// (same size, so nothing moves) otherwise.
pub fn focus_frame(p: Palette, focused: bool) -> impl Fn(&iced::Theme) -> container::Style {
    focus_ring(p, focused, FOCUS_WIDTH)
}

/// [`focus_frame`] with a ring `width` logical pixels wide.
pub fn focus_ring(
    p: Palette,
    focused: bool,
    width: f32,
) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        border: Border {
            color: if focused { p.focus } else { Color::TRANSPARENT },
            width,
            radius: (RADIUS + 7.0).into(),
        },
        ..container::Style::default()
    }
}

/// A plain card.
pub fn card(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.surface)),
        text_color: Some(p.text),
        border: Border {
            color: p.border,
            width: 2.0,
            radius: RADIUS.into(),
        },
        ..container::Style::default()
    }
}

/// The feedback box after an answer.
pub fn feedback(p: Palette, right: bool) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(if right {
            p.done_bg
        } else {
            p.wrong_bg
        })),
        text_color: Some(p.text),
        border: Border {
            color: if right { p.done } else { p.wrong_text },
            width: 3.0,
            radius: RADIUS.into(),
        },
        ..container::Style::default()
    }
}

/// A notice strip (help colours).
pub fn notice(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.warm_bg)),
        text_color: Some(p.warm_text),
        border: Border {
            color: p.warm_text,
            width: 2.0,
            radius: RADIUS.into(),
        },
        ..container::Style::default()
    }
}

/// The bottom navigation bar.
pub fn bar(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.page)),
        text_color: Some(p.text),
        border: Border {
            color: p.border,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// The page itself.
pub fn page(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.page)),
        text_color: Some(p.text),
        ..container::Style::default()
    }
}

/// A simulated computer: a plain window frame.
pub fn computer(p: Palette, thin: bool) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.surface)),
        text_color: Some(p.text),
        border: Border {
            color: p.border,
            width: if thin { 2.0 } else { 3.0 },
            radius: RADIUS.into(),
        },
        ..container::Style::default()
    }
}

/// A simulated phone: a thick dark rim with round corners (thinner and less
/// round when `thin`, at large text).
pub fn phone(p: Palette, thin: bool) -> impl Fn(&iced::Theme) -> container::Style {
    let (width, radius) = if thin { (5.0, 18.0) } else { (10.0, 36.0) };
    move |_| container::Style {
        background: Some(Background::Color(p.surface)),
        text_color: Some(p.text),
        border: Border {
            color: p.text,
            width,
            radius: radius.into(),
        },
        ..container::Style::default()
    }
}

/// The soft bar of a simulated browser or app (address, app name).
pub fn sim_bar(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.soft)),
        text_color: Some(p.text),
        border: Border {
            color: p.border,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A paper note on the desk.
pub fn paper(p: Palette) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(p.warm_bg)),
        text_color: Some(p.text),
        border: Border {
            color: p.warm_text,
            width: 2.0,
            radius: 2.0.into(),
        },
        ..container::Style::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [Kind; 10] = [
        Kind::Primary,
        Kind::Secondary,
        Kind::Tile,
        Kind::TileSelected,
        Kind::AnswerRight,
        Kind::AnswerWrong,
        Kind::Accept,
        Kind::Decline,
        Kind::Link,
        Kind::Danger,
    ];

    #[test]
    fn a_focused_button_has_a_ring_of_its_own_thicker_than_a_hover() {
        let theme = iced::Theme::Light;
        for p in [
            Palette::STANDARD,
            Palette::HIGH_CONTRAST_LIGHT,
            Palette::HIGH_CONTRAST_DARK,
        ] {
            for kind in KINDS {
                let hovered = button(p, kind)(&theme, iced_button::Status::Hovered);
                let focused = button_focused(p, kind, true)(&theme, iced_button::Status::Active);
                assert!(focused.border.width >= FOCUS_WIDTH, "{kind:?}");
                assert!(
                    focused.border.width >= hovered.border.width,
                    "{kind:?}: focus {} < hover {}",
                    focused.border.width,
                    hovered.border.width
                );
                assert_ne!(
                    focused.border.color,
                    focused.background.map_or(Color::TRANSPARENT, |b| match b {
                        Background::Color(c) => c,
                        _ => Color::TRANSPARENT,
                    }),
                    "{kind:?}: the ring shows against the button"
                );
            }
        }
    }

    #[test]
    fn removing_is_never_filled_like_the_main_action() {
        let theme = iced::Theme::Light;
        let p = Palette::STANDARD;
        let danger = button(p, Kind::Danger)(&theme, iced_button::Status::Active);
        let primary = button(p, Kind::Primary)(&theme, iced_button::Status::Active);
        assert_ne!(danger.background, primary.background);
        assert_eq!(danger.background, Some(Background::Color(p.surface)));
        assert_eq!(danger.text_color, p.wrong_text);
    }
}
