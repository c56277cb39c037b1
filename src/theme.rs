//! Colour palettes and type sizes.
//!
//! Every colour the UI draws comes from a [`Palette`]; every size is a
//! logical pixel value that the app-wide scale factor multiplies, so the text
//! scale in Settings reaches every text and control alike.

use iced::Color;
use serde::{Deserialize, Serialize};

/// Body text size in logical pixels at 100 %.
pub const BODY: f32 = 24.0;
/// Heading size at 100 %.
pub const HEADING: f32 = 34.0;
/// Sub-heading size at 100 %.
pub const SUBHEADING: f32 = 28.0;
/// Minimum height of anything that can be pressed.
pub const TARGET_HEIGHT: f32 = 64.0;
/// Space between targets (each focus frame adds [`FOCUS_WIDTH`] + [`FOCUS_GAP`] on top).
pub const SPACING: f32 = 16.0;
/// Width of the focus ring.
pub const FOCUS_WIDTH: f32 = 4.0;
/// Gap between the focus ring and the focused control.
pub const FOCUS_GAP: f32 = 3.0;
/// Page padding.
pub const PAGE_PADDING: f32 = 24.0;

/// From this text scale on, pages save room ([`crate::widget::Ctx::compact`]):
/// at 175 % a 1024×768 window is 585×439 logical pixels.
pub const COMPACT_SCALE: f32 = 1.75;

/// The text scales offered in Settings, in percent.
pub const SCALES: [u16; 7] = [100, 125, 150, 175, 200, 225, 250];

/// Which colour theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    /// Calm off-white page with dark text.
    #[default]
    Standard,
    /// Pure white and black with strong blue.
    HighContrastLight,
    /// Black page with light text.
    HighContrastDark,
}

impl ThemeChoice {
    /// Every theme, in the order Settings lists them.
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Standard,
        ThemeChoice::HighContrastLight,
        ThemeChoice::HighContrastDark,
    ];

    /// The palette of this theme.
    pub fn palette(self) -> Palette {
        match self {
            ThemeChoice::Standard => Palette::STANDARD,
            ThemeChoice::HighContrastLight => Palette::HIGH_CONTRAST_LIGHT,
            ThemeChoice::HighContrastDark => Palette::HIGH_CONTRAST_DARK,
        }
    }
}

/// All colours one theme uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Page background.
    pub page: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text (explanations, counts).
    pub text_soft: Color,
    /// Cards and tiles.
    pub surface: Color,
    /// Borders of cards and outline buttons.
    pub border: Color,
    /// Primary buttons and links.
    pub primary: Color,
    /// Text on primary.
    pub on_primary: Color,
    /// Soft fill: progress track, selected rows.
    pub soft: Color,
    /// Text and border of "help / in progress" things.
    pub warm_text: Color,
    /// Background of "help / in progress" things.
    pub warm_bg: Color,
    /// "Done" and "right answer" colour.
    pub done: Color,
    /// Background of the right-answer feedback box.
    pub done_bg: Color,
    /// Text and border of the wrong-answer feedback box.
    pub wrong_text: Color,
    /// Background of the wrong-answer feedback box.
    pub wrong_bg: Color,
    /// Focus ring.
    pub focus: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

impl Palette {
    /// The standard theme (see DESIGN.md §4).
    pub const STANDARD: Palette = Palette {
        page: rgb(0xFBF8F2),
        text: rgb(0x161616),
        text_soft: rgb(0x3D3D3D),
        surface: rgb(0xFFFFFF),
        border: rgb(0x6B6B6B),
        primary: rgb(0x0B4A82),
        on_primary: rgb(0xFFFFFF),
        soft: rgb(0xE9EEF5),
        warm_text: rgb(0x5F3A00),
        warm_bg: rgb(0xFFF4E0),
        done: rgb(0x14532A),
        done_bg: rgb(0xE6F4EA),
        wrong_text: rgb(0x7A1F00),
        wrong_bg: rgb(0xFDEDE7),
        focus: rgb(0x161616),
    };

    /// High contrast, light.
    pub const HIGH_CONTRAST_LIGHT: Palette = Palette {
        page: rgb(0xFFFFFF),
        text: rgb(0x000000),
        text_soft: rgb(0x1A1A1A),
        surface: rgb(0xFFFFFF),
        border: rgb(0x000000),
        primary: rgb(0x00306B),
        on_primary: rgb(0xFFFFFF),
        soft: rgb(0xE6ECF5),
        warm_text: rgb(0x4A2A00),
        warm_bg: rgb(0xFFF4E0),
        done: rgb(0x0B3D1C),
        done_bg: rgb(0xE6F4EA),
        wrong_text: rgb(0x5C1600),
        wrong_bg: rgb(0xFDEDE7),
        focus: rgb(0x000000),
    };

    /// High contrast, dark.
    pub const HIGH_CONTRAST_DARK: Palette = Palette {
        page: rgb(0x000000),
        text: rgb(0xFFFFFF),
        text_soft: rgb(0xE6E6E6),
        surface: rgb(0x121212),
        border: rgb(0xBDBDBD),
        primary: rgb(0xFFE066),
        on_primary: rgb(0x000000),
        soft: rgb(0x2A2A2A),
        warm_text: rgb(0xFFD08A),
        warm_bg: rgb(0x2B1E00),
        done: rgb(0x8EF0A8),
        done_bg: rgb(0x0B2614),
        wrong_text: rgb(0xFFB199),
        wrong_bg: rgb(0x2E0E05),
        focus: rgb(0xFFFFFF),
    };

    /// Every (text, background) pair this palette draws, with the minimum
    /// contrast ratio it must reach, for the contrast test.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color, Color, f32)> {
        const BODY_MIN: f32 = 7.0;
        const OTHER_MIN: f32 = 4.5;
        vec![
            ("body text on page", self.text, self.page, BODY_MIN),
            ("body text on surface", self.text, self.surface, BODY_MIN),
            (
                "secondary text on page",
                self.text_soft,
                self.page,
                BODY_MIN,
            ),
            (
                "secondary text on surface",
                self.text_soft,
                self.surface,
                BODY_MIN,
            ),
            (
                "button text on primary",
                self.on_primary,
                self.primary,
                BODY_MIN,
            ),
            ("primary text on page", self.primary, self.page, BODY_MIN),
            (
                "primary text on surface",
                self.primary,
                self.surface,
                BODY_MIN,
            ),
            (
                "primary text on soft fill",
                self.primary,
                self.soft,
                OTHER_MIN,
            ),
            ("body text on soft fill", self.text, self.soft, BODY_MIN),
            (
                "help mark on a shaded table row",
                self.warm_text,
                self.soft,
                BODY_MIN,
            ),
            (
                "help text on help fill",
                self.warm_text,
                self.warm_bg,
                BODY_MIN,
            ),
            ("done text on page", self.done, self.page, BODY_MIN),
            ("done text on surface", self.done, self.surface, BODY_MIN),
            (
                "feedback text on right box",
                self.text,
                self.done_bg,
                BODY_MIN,
            ),
            ("right mark on right box", self.done, self.done_bg, BODY_MIN),
            (
                "feedback text on wrong box",
                self.text,
                self.wrong_bg,
                BODY_MIN,
            ),
            (
                "wrong mark on wrong box",
                self.wrong_text,
                self.wrong_bg,
                BODY_MIN,
            ),
            ("answer-call button text", self.page, self.done, BODY_MIN),
            ("hang-up button text", self.page, self.wrong_text, BODY_MIN),
            (
                "text on primary (selected)",
                self.on_primary,
                self.primary,
                BODY_MIN,
            ),
        ]
    }

    /// Every non-text pair that must stay visible (borders, rings, bars).
    pub fn graphic_pairs(&self) -> Vec<(&'static str, Color, Color, f32)> {
        vec![
            ("focus ring on page", self.focus, self.page, 3.0),
            ("focus ring on surface", self.focus, self.surface, 3.0),
            (
                "focus ring on a shaded table row",
                self.focus,
                self.soft,
                3.0,
            ),
            ("card border on page", self.border, self.page, 3.0),
            ("progress bar on track", self.primary, self.soft, 3.0),
        ]
    }
}

/// The WCAG 2.x relative luminance of a colour.
pub fn luminance(c: Color) -> f32 {
    fn channel(v: f32) -> f32 {
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// The WCAG contrast ratio between two opaque colours (1.0 to 21.0).
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The iced theme for a palette (used for widgets we do not style ourselves).
pub fn iced_theme(p: &Palette) -> iced::Theme {
    iced::Theme::custom(
        "Stegvis",
        iced::theme::Palette {
            background: p.page,
            text: p.text,
            primary: p.primary,
            success: p.done,
            warning: p.warm_text,
            danger: p.wrong_text,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_on_white_is_21() {
        let r = contrast(Color::BLACK, Color::WHITE);
        assert!((r - 21.0).abs() < 0.01, "{r}");
    }

    #[test]
    fn design_reference_ratio_matches() {
        // DESIGN.md lists #161616 on #FBF8F2 as 17.1:1.
        let r = contrast(rgb(0x161616), rgb(0xFBF8F2));
        assert!((r - 17.1).abs() < 0.1, "{r}");
    }

    #[test]
    fn every_theme_meets_contrast_minimums() {
        let mut failures = Vec::new();
        for choice in ThemeChoice::ALL {
            let p = choice.palette();
            for (name, fg, bg, min) in p.text_pairs().into_iter().chain(p.graphic_pairs()) {
                let r = contrast(fg, bg);
                if r < min {
                    failures.push(format!("{choice:?}: {name} is {r:.2}:1, needs {min}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
