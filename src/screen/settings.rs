//! Settings: text size with a live preview, language and colours.

use super::Shared;
use crate::fl;
use crate::i18n::Lang;
use crate::settings::Settings;
use crate::theme::{self, ThemeChoice};
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length, Task};

/// The Settings page (its values live in the app's [`Settings`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SettingsPage;

/// Settings' messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// One step smaller (`-1`) or larger (`1`).
    StepScale(i8),
    /// A language was chosen.
    Language(Lang),
    /// A theme was chosen.
    Theme(ThemeChoice),
    /// Automatic reading on or off.
    AutoRead(bool),
    /// Volume one step down (`-1`) or up (`1`).
    Volume(i8),
    /// Answer sounds on or off.
    SoundCues(bool),
    /// The Läs upp button shown or hidden.
    ReadButton(bool),
    /// Open Kortkommandon.
    Shortcuts,
    /// Close Settings.
    Close,
}

/// What Settings asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Change the text scale by this many steps.
    StepScale(i8),
    /// Use this language.
    Language(Lang),
    /// Use this theme.
    Theme(ThemeChoice),
    /// Turn automatic reading on or off.
    AutoRead(bool),
    /// Change the volume by this many steps of 10 %.
    Volume(i8),
    /// Turn the answer sounds on or off.
    SoundCues(bool),
    /// Show or hide the Läs upp button.
    ReadButton(bool),
    /// Show Kortkommandon.
    Shortcuts,
    /// Go back.
    Close,
}

impl SettingsPage {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::StepScale(d) => Event::StepScale(d),
            Message::Language(l) => Event::Language(l),
            Message::Theme(t) => Event::Theme(t),
            Message::AutoRead(on) => Event::AutoRead(on),
            Message::Volume(d) => Event::Volume(d),
            Message::Shortcuts => Event::Shortcuts,
            Message::SoundCues(on) => Event::SoundCues(on),
            Message::ReadButton(on) => Event::ReadButton(on),
            Message::Close => Event::Close,
        };
        (Task::none(), Some(event))
    }

    /// The page: a bar that stays at the top with A−, A+ and Klar, over
    /// the settings, which scroll.
    pub fn view<'a>(
        &'a self,
        _shared: &'a Shared,
        settings: &Settings,
        save_failed: bool,
        ctx: &Ctx<Message>,
    ) -> Element<'a, Message> {
        let bar = top_bar(settings.scale(), ctx);
        column![
            bar,
            crate::app::scrolling_page(
                &ctx.palette,
                self.content(settings, save_failed, ctx),
                ctx.compact,
            )
        ]
        .height(Length::Fill)
        .into()
    }

    fn content<'a>(
        &'a self,
        settings: &Settings,
        save_failed: bool,
        ctx: &Ctx<Message>,
    ) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new().spacing(theme::SPACING * 1.5);
        page = page.push(w::heading(fl!("settings-heading")));

        // "Se och höra bättre": text size, colours and reading aloud.
        page = page.push(w::subheading(fl!("settings-see-hear")));
        page = page.push(
            text(fl!(
                "settings-text-size-value",
                percent = settings.scale_percent()
            ))
            .size(theme::BODY)
            .font(w::FONT_BOLD),
        );
        page = page.push(w::body(&fl!("settings-text-size-hint")));
        page = page.push(
            container(
                column![
                    w::soft(&p, fl!("settings-preview-label")),
                    w::body(&fl!("settings-preview"))
                ]
                .spacing(8),
            )
            .padding(20)
            .width(Length::Fill)
            .style(style::card(p)),
        );

        // Language.
        page = page.push(w::subheading(fl!("settings-language")));
        let langs = Lang::ALL.iter().map(|lang| {
            let name = match lang {
                Lang::Sv => fl!("lang-sv"),
                Lang::En => fl!("lang-en"),
            };
            choice(
                ctx,
                name,
                settings.effective_language() == *lang,
                Message::Language(*lang),
            )
        });
        page = page.push(
            row(langs)
                .spacing(theme::SPACING)
                .wrap()
                .vertical_spacing(theme::SPACING),
        );

        // Theme.
        page = page.push(w::subheading(fl!("settings-theme")));
        let themes = ThemeChoice::ALL.iter().map(|t| {
            let name = match t {
                ThemeChoice::Standard => fl!("theme-standard"),
                ThemeChoice::HighContrastLight => fl!("theme-high-contrast-light"),
                ThemeChoice::HighContrastDark => fl!("theme-high-contrast-dark"),
            };
            choice(ctx, name, settings.theme == *t, Message::Theme(*t))
        });
        page = page.push(
            row(themes)
                .spacing(theme::SPACING)
                .wrap()
                .vertical_spacing(theme::SPACING),
        );

        // Reading aloud: the question, then "Av" and "På" to choose from.
        page = page.push(w::subheading(fl!("settings-hearing")));
        page = page.push(w::body(&fl!("settings-auto-read")));
        page = page.push(
            row![
                choice(
                    ctx,
                    fl!("settings-off"),
                    !settings.auto_read,
                    Message::AutoRead(false)
                ),
                choice(
                    ctx,
                    fl!("settings-on"),
                    settings.auto_read,
                    Message::AutoRead(true)
                ),
            ]
            .spacing(theme::SPACING)
            .wrap()
            .vertical_spacing(theme::SPACING),
        );
        page = page.push(
            row![
                text(fl!("settings-volume", percent = settings.volume))
                    .size(theme::BODY)
                    .font(w::FONT_BOLD),
                ctx.button(
                    fl!("settings-quieter"),
                    Message::Volume(-1),
                    Kind::Secondary
                ),
                ctx.button(fl!("settings-louder"), Message::Volume(1), Kind::Secondary),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center)
            .wrap()
            .vertical_spacing(theme::SPACING),
        );

        page = page.push(ctx.button(fl!("button-shortcuts"), Message::Shortcuts, Kind::Secondary));

        let note = if save_failed {
            fl!("settings-save-failed")
        } else {
            fl!("settings-saved")
        };
        page = page.push(w::soft(&p, note));
        page.into()
    }
}

/// How large the top bar is drawn on screen whatever the text size: as at
/// this text scale.
pub const BAR_SCALE: f32 = 1.5;

/// The bar at the top: A− and A+ at the left, Klar at the right. It is
/// drawn the same size on screen at every text size (its sizes are divided
/// by the text scale), so A− and A+ never move under the pointer and the
/// bar fits a 1024 px wide window even at 250 %.
fn top_bar<'a>(scale: f32, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let zoom = BAR_SCALE / scale.max(0.5);
    let buttons = row![
        ctx.button_zoomed(
            format!("A− {}", fl!("settings-smaller")),
            Message::StepScale(-1),
            Kind::Secondary,
            zoom,
        ),
        ctx.button_zoomed(
            format!("A+ {}", fl!("settings-larger")),
            Message::StepScale(1),
            Kind::Secondary,
            zoom,
        ),
        iced::widget::Space::new().width(Length::Fill),
        ctx.button_zoomed(fl!("settings-done"), Message::Close, Kind::Primary, zoom),
    ]
    .spacing(theme::SPACING * zoom)
    .align_y(Alignment::Center);
    container(buttons)
        .padding(theme::SPACING * zoom)
        .width(Length::Fill)
        .style(style::bar(ctx.palette))
        .into()
}

/// An option button: the chosen one shows ● and the word "Vald", the
/// others ○, never colour alone.
fn choice<'a>(
    ctx: &Ctx<Message>,
    name: String,
    selected: bool,
    message: Message,
) -> Element<'a, Message> {
    let p = ctx.palette;
    // A radio dot, filled for the chosen option: a check mark beside
    // "Av" would read as "on".
    let label: Element<'a, Message> = if selected {
        row![
            w::symbol::<Message>(symbols::DOT, p.text),
            text(format!("{name} ({})", fl!("selected")))
                .size(theme::BODY)
                .font(w::FONT_BOLD)
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    } else {
        row![
            w::symbol::<Message>(symbols::CIRCLE, p.text),
            text(name).size(theme::BODY)
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    };
    ctx.button_with(
        label,
        message,
        if selected {
            Kind::TileSelected
        } else {
            Kind::Tile
        },
        Length::Shrink,
    )
}
