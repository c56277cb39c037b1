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

    /// The page.
    pub fn view<'a>(
        &'a self,
        _shared: &'a Shared,
        settings: &Settings,
        save_failed: bool,
        ctx: &Ctx<Message>,
    ) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new().spacing(theme::SPACING * 1.5);
        page = page.push(
            row![
                container(w::heading(fl!("settings-heading"))).width(Length::Fill),
                ctx.button(fl!("settings-done"), Message::Close, Kind::Primary),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center),
        );

        // "Se och höra bättre": text size, colours and reading aloud.
        page = page.push(w::heading(fl!("settings-see-hear")));
        page = page.push(w::subheading(fl!("settings-text-size")));
        page = page.push(
            row![
                ctx.button(
                    format!("A− {}", fl!("settings-smaller")),
                    Message::StepScale(-1),
                    Kind::Secondary
                ),
                container(
                    text(fl!(
                        "settings-text-size-value",
                        percent = settings.scale_percent()
                    ))
                    .size(theme::BODY)
                    .font(w::FONT_BOLD)
                )
                .padding([0, 8]),
                ctx.button(
                    format!("A+ {}", fl!("settings-larger")),
                    Message::StepScale(1),
                    Kind::Secondary
                ),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center)
            .wrap()
            .vertical_spacing(theme::SPACING),
        );
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

        // Reading aloud.
        page = page.push(w::subheading(fl!("settings-hearing")));
        page = page.push(
            row![
                choice(
                    ctx,
                    fl!("settings-auto-read-off"),
                    !settings.auto_read,
                    Message::AutoRead(false)
                ),
                choice(
                    ctx,
                    fl!("settings-auto-read-on"),
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

/// An option button: the chosen one shows ✓ and the word "Vald", never colour alone.
fn choice<'a>(
    ctx: &Ctx<Message>,
    name: String,
    selected: bool,
    message: Message,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let label: Element<'a, Message> = if selected {
        row![
            w::symbol::<Message>(symbols::CHECK, p.done),
            text(format!("{name} ({})", fl!("selected")))
                .size(theme::BODY)
                .font(w::FONT_BOLD)
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    } else {
        text(name).size(theme::BODY).into()
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
