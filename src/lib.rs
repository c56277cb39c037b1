//! Stegvis teaches people aged 65+ the digital basics of Swedish life,
//! step by step: e-mail, BankID and e-services, in large type and plain words.
//!
//! The library holds everything; the binary only parses arguments. Tests
//! drive the same [`application`] and [`app::App`] as `main`.

pub mod app;
pub mod audio;
pub mod cli;
pub mod i18n;
pub mod model;
pub mod paths;
pub mod screen;
pub mod settings;
pub mod store;
pub mod theme;
pub mod widget;

use std::borrow::Cow;
use std::sync::OnceLock;
use std::time::Instant;

/// Atkinson Hyperlegible Regular (SIL OFL 1.1).
pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
/// Atkinson Hyperlegible Bold (SIL OFL 1.1).
pub const FONT_BOLD: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Bold.ttf");
/// DejaVu Sans Bold, for symbols (✓ ✗ ›) that Atkinson Hyperlegible lacks.
pub const FONT_SYMBOLS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

/// Every bundled font.
pub fn fonts() -> Vec<Cow<'static, [u8]>> {
    vec![
        Cow::Borrowed(FONT_REGULAR),
        Cow::Borrowed(FONT_BOLD),
        Cow::Borrowed(FONT_SYMBOLS),
    ]
}

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the process start (call first thing in `main`).
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// When the process started (or first asked).
pub fn started_at() -> Instant {
    *STARTED.get_or_init(Instant::now)
}

/// The application id used for the window and desktop entry.
pub const APP_ID: &str = "se.stegvis.Stegvis";

/// The iced application with folders from the environment.
pub fn application() -> iced::Application<
    impl iced::Program<State = app::App, Message = app::Message, Theme = iced::Theme>,
> {
    application_with(app::Options::from_environment())
}

/// The iced application with the given folders.
pub fn application_with(
    options: app::Options,
) -> iced::Application<
    impl iced::Program<State = app::App, Message = app::Message, Theme = iced::Theme>,
> {
    // iced multiplies the window's size by the app's scale factor; divide it
    // out so the window opens at the same size on screen whatever the text size.
    let scale = settings::load_quietly(&options.config_dir).scale();
    let mut app = iced::application(
        move || app::App::new(options.clone()),
        app::App::update,
        app::App::view,
    )
    .title(app::App::title)
    .theme(app::App::theme)
    .scale_factor(app::App::scale_factor)
    .subscription(app::App::subscription)
    .default_font(widget::FONT)
    .window(iced::window::Settings {
        size: iced::Size::new(1280.0 / scale, 800.0 / scale),
        min_size: Some(iced::Size::new(640.0 / scale, 480.0 / scale)),
        maximized: true,
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..Default::default()
    });
    for font in fonts() {
        app = app.font(font);
    }
    app
}
