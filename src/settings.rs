//! The user's settings, kept as TOML in the config folder.

use crate::i18n::Lang;
use crate::theme::ThemeChoice;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The file name inside the config folder.
pub const FILE_NAME: &str = "settings.toml";

/// Smallest text scale (100 %).
pub const MIN_SCALE: f32 = 1.0;
/// Largest text scale (250 %).
pub const MAX_SCALE: f32 = 2.5;

/// Read-aloud volume unless the user changes it.
pub const DEFAULT_VOLUME: u8 = 80;

/// What the user chose. Every field has a default, so an older or partial
/// file still loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Text scale: 1.0 is 100 %, 2.5 is 250 %.
    pub text_scale: f32,
    /// Chosen language; `None` follows the system, then Swedish.
    pub language: Option<Lang>,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Show the Läs upp button (and let the L key read aloud).
    pub read_aloud: bool,
    /// Read each new lesson step aloud without pressing Läs upp.
    pub auto_read: bool,
    /// Read-aloud volume in percent (0–100).
    pub volume: u8,
    /// A gentle sound after right and wrong answers.
    pub sound_cues: bool,
    /// Where to save progress when the usual data folder cannot be written
    /// (chosen by a tutor on a locked-down PC, e.g. a USB stick).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_folder: Option<std::path::PathBuf>,
    /// The course room's shared folder a tutor chose (see [`crate::room`]);
    /// the machine configuration's `room_folder` wins over it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_folder: Option<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_scale: MIN_SCALE,
            language: None,
            theme: ThemeChoice::Standard,
            read_aloud: true,
            auto_read: false,
            volume: DEFAULT_VOLUME,
            sound_cues: false,
            data_folder: None,
            room_folder: None,
        }
    }
}

impl Settings {
    /// The language to show: the chosen one, else the system's, else Swedish.
    pub fn effective_language(&self) -> Lang {
        self.language.or_else(Lang::from_system).unwrap_or_default()
    }

    /// The text scale, kept inside 100–250 % whatever the file said.
    pub fn scale(&self) -> f32 {
        if self.text_scale.is_finite() {
            self.text_scale.clamp(MIN_SCALE, MAX_SCALE)
        } else {
            MIN_SCALE
        }
    }

    /// The volume as a gain from 0.0 to 1.0.
    pub fn gain(&self) -> f32 {
        f32::from(self.volume.min(100)) / 100.0
    }

    /// The text scale in whole percent.
    pub fn scale_percent(&self) -> u16 {
        (self.scale() * 100.0).round() as u16
    }
}

/// Settings as loaded, with the path of a broken file that was moved aside.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The settings to use.
    pub settings: Settings,
    /// Set when the file could not be read: where the broken copy is kept.
    pub broken_copy: Option<PathBuf>,
}

/// Loads settings from `dir`. A missing file gives defaults; a corrupt or
/// unreadable file gives defaults and is kept as `settings.toml.broken-<time>`.
pub fn load(dir: &Path) -> Loaded {
    load_over(dir, &Settings::default())
}

/// Loads settings from `dir` laid over `base` (the machine configuration's
/// defaults): what the file says wins, what it leaves out comes from `base`.
/// A corrupt or unreadable file gives `base` and is kept aside.
pub fn load_over(dir: &Path, base: &Settings) -> Loaded {
    let path = dir.join(FILE_NAME);
    let parsed = match std::fs::read(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Loaded {
                settings: base.clone(),
                broken_copy: None,
            };
        }
        Err(e) => Err(e.to_string()),
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|e| e.to_string())
            .and_then(|s| parse_over(&s, base)),
    };
    match parsed {
        Ok(settings) => Loaded {
            settings,
            broken_copy: None,
        },
        Err(_) => Loaded {
            settings: base.clone(),
            broken_copy: crate::paths::keep_broken(&path).ok(),
        },
    }
}

/// Parses a settings file's text, taking what it leaves out from `base`.
fn parse_over(text: &str, base: &Settings) -> Result<Settings, String> {
    let own: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut merged = toml::Table::try_from(base).map_err(|e| e.to_string())?;
    merged.extend(own);
    merged
        .try_into()
        .map_err(|e: toml::de::Error| e.to_string())
}

/// Reads settings without touching a broken file (the app's real load
/// handles that and tells the user); defaults on any problem.
pub fn load_quietly(dir: &Path) -> Settings {
    load_quietly_over(dir, &Settings::default())
}

/// [`load_quietly`] laid over `base`, as [`load_over`] does.
pub fn load_quietly_over(dir: &Path, base: &Settings) -> Settings {
    std::fs::read_to_string(dir.join(FILE_NAME))
        .ok()
        .and_then(|s| parse_over(&s, base).ok())
        .unwrap_or_else(|| base.clone())
}

/// Saves settings atomically into `dir`.
pub fn save(dir: &Path, settings: &Settings) -> std::io::Result<()> {
    let text = toml::to_string_pretty(settings).map_err(std::io::Error::other)?;
    crate::paths::write_atomic(&dir.join(FILE_NAME), text.as_bytes())
}

/// Saves only the settings that differ from `base` (the machine
/// configuration's defaults), so a default the staff change later still
/// reaches every user who has not chosen otherwise.
pub fn save_over(dir: &Path, settings: &Settings, base: &Settings) -> std::io::Result<()> {
    let mut own = toml::Table::try_from(settings).map_err(std::io::Error::other)?;
    let base = toml::Table::try_from(base).map_err(std::io::Error::other)?;
    own.retain(|key, value| base.get(key) != Some(value));
    let text = toml::to_string_pretty(&own).map_err(std::io::Error::other)?;
    crate::paths::write_atomic(&dir.join(FILE_NAME), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_gives_defaults_without_notice() {
        let dir = tempfile::tempdir().expect("tempdir");
        let loaded = load(dir.path());
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.broken_copy.is_none());
    }

    #[test]
    fn saved_settings_load_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = Settings {
            text_scale: 1.75,
            language: Some(Lang::En),
            theme: ThemeChoice::HighContrastDark,
            read_aloud: false,
            auto_read: true,
            volume: 40,
            sound_cues: true,
            data_folder: Some("/media/usb/Stegvis".into()),
            room_folder: Some("/mnt/kursrum/stegvis".into()),
        };
        save(dir.path(), &settings).expect("save");
        let loaded = load(dir.path());
        assert_eq!(loaded.settings, settings);
        assert!(!dir.path().join("settings.tmp").exists());
    }

    #[test]
    fn corrupt_file_gives_defaults_and_is_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"text_scale = [[[ not toml").expect("write");
        let loaded = load(dir.path());
        assert_eq!(loaded.settings, Settings::default());
        let kept = loaded.broken_copy.expect("broken copy kept");
        assert!(
            kept.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("settings.toml.broken-"))
        );
        assert!(std::fs::read(&kept).expect("read kept") == b"text_scale = [[[ not toml");
    }

    #[test]
    fn unknown_and_missing_fields_are_tolerated_and_scale_clamped() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), "text_scale = 9.0\n").expect("write");
        let loaded = load(dir.path());
        assert!(loaded.broken_copy.is_none());
        assert_eq!(loaded.settings.scale(), MAX_SCALE);
        assert_eq!(loaded.settings.theme, ThemeChoice::Standard);
    }

    #[test]
    fn the_file_wins_over_the_base_and_fills_in_from_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let base = Settings {
            text_scale: 1.5,
            language: Some(Lang::En),
            theme: ThemeChoice::HighContrastDark,
            ..Settings::default()
        };
        assert_eq!(load_over(dir.path(), &base).settings, base);
        std::fs::write(dir.path().join(FILE_NAME), "text_scale = 2.0\n").expect("write");
        let loaded = load_over(dir.path(), &base).settings;
        assert_eq!(loaded.text_scale, 2.0);
        assert_eq!(loaded.language, Some(Lang::En));
        assert_eq!(loaded.theme, ThemeChoice::HighContrastDark);
        assert_eq!(load_quietly_over(dir.path(), &base), loaded);
    }

    #[test]
    fn only_choices_that_differ_from_the_base_are_saved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let base = Settings {
            text_scale: 1.5,
            ..Settings::default()
        };
        let chosen = Settings {
            theme: ThemeChoice::HighContrastLight,
            ..base.clone()
        };
        save_over(dir.path(), &chosen, &base).expect("save");
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).expect("read");
        assert!(text.contains("theme"), "{text}");
        assert!(!text.contains("text_scale"), "{text}");
        // The staff later change the default size: this user follows it.
        let new_base = Settings {
            text_scale: 2.0,
            ..Settings::default()
        };
        let loaded = load_over(dir.path(), &new_base).settings;
        assert_eq!(loaded.text_scale, 2.0);
        assert_eq!(loaded.theme, ThemeChoice::HighContrastLight);
    }

    #[test]
    fn a_broken_file_gives_the_base() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), "theme = 5\n").expect("write");
        let base = Settings {
            text_scale: 1.75,
            ..Settings::default()
        };
        let loaded = load_over(dir.path(), &base);
        assert_eq!(loaded.settings, base);
        assert!(loaded.broken_copy.is_some());
    }

    #[test]
    fn wrong_type_counts_as_broken() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), "theme = 5\n").expect("write");
        let loaded = load(dir.path());
        assert!(loaded.broken_copy.is_some());
    }
}
