//! Stegvis teaches people aged 65+ the digital basics of Swedish life,
//! step by step: e-mail, BankID and e-services, in large type and plain words.
//!
//! The library holds everything; the binary only parses arguments. Tests
//! drive the same [`application`] and [`app::App`] as `main`.

pub mod app;
pub mod audio;
pub mod cli;
pub mod config;
pub mod exchange_text;
pub mod handout;
pub mod html;
pub mod i18n;
pub mod limited;
pub mod model;
pub mod open;
pub mod paths;
pub mod report;
pub mod room;
pub mod screen;
pub mod settings;
pub mod store;
pub mod theme;
pub mod ui_narration;
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
    let scale =
        settings::load_quietly_over(&options.config_dir, &options.machine.settings_base()).scale();
    // Kiosk mode fills the screen and closes only with the tutor code.
    let kiosk = options.machine.kiosk;
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
        fullscreen: kiosk,
        exit_on_close_request: !kiosk,
        icon: window_icon(),
        platform_specific: platform_specific(),
        ..Default::default()
    });
    for font in fonts() {
        app = app.font(font);
    }
    app
}

/// The window icon: the packaged 128 px icon (the blue steps).
fn window_icon() -> Option<iced::window::Icon> {
    const PNG: &[u8] = include_bytes!("../packaging/icons/se.stegvis.Stegvis-128.png");
    let image = image::load_from_memory_with_format(PNG, image::ImageFormat::Png)
        .ok()?
        .into_rgba8();
    let (width, height) = image.dimensions();
    iced::window::icon::from_rgba(image.into_raw(), width, height).ok()
}

/// On Linux the window's application id (and X11 class) matches the desktop
/// entry, so the desktop shows the right icon and name.
#[cfg(target_os = "linux")]
fn platform_specific() -> iced::window::settings::PlatformSpecific {
    iced::window::settings::PlatformSpecific {
        application_id: APP_ID.to_owned(),
        ..Default::default()
    }
}

/// Elsewhere the defaults.
#[cfg(not(target_os = "linux"))]
fn platform_specific() -> iced::window::settings::PlatformSpecific {
    iced::window::settings::PlatformSpecific::default()
}
