//! Machine-wide configuration, set once by staff for every user of a PC.
//!
//! Read from `/etc/stegvis/config.toml` on Linux and
//! `%ProgramData%\Stegvis\config.toml` on Windows, or from the file named by
//! `STEGVIS_MACHINE_CONFIG`. A missing file is normal (no machine settings).
//! Each key is checked on its own: a wrong value is left out with a
//! [`Problem`] naming the file, the key and what is allowed, and the rest of
//! the file still applies. A file that is not TOML at all is ignored whole.
//! See `packaging/config.toml.example` for every key.

use crate::i18n::Lang;
use crate::settings::Settings;
use crate::theme::{SCALES, ThemeChoice};
use std::path::{Path, PathBuf};

/// Names another machine configuration file (used by tests and staff).
pub const ENV_VAR: &str = "STEGVIS_MACHINE_CONFIG";

/// The longest accepted PC name, in characters.
pub const MAX_PC_NAME_CHARS: usize = 60;

/// A key of the machine configuration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// `data_folder`: where progress and backups are kept.
    DataFolder,
    /// `language`: the language until a user chooses one.
    Language,
    /// `text_size`: the text size in percent until a user chooses one.
    TextSize,
    /// `theme`: the colour theme until a user chooses one.
    Theme,
    /// `lesson_folders`: more folders with lessons (the municipality's own).
    LessonFolders,
    /// `kiosk`: full screen, leaving needs the tutor code.
    Kiosk,
    /// `tutor_code_hash`: the tutor code when none is set on this PC.
    TutorCodeHash,
    /// `pc_name`: this PC's name, e.g. "Dator 3, Stadsbiblioteket".
    PcName,
    /// `room_folder`: the folder every PC of the course room shares.
    RoomFolder,
}

impl Key {
    /// Every key, in the order the example file lists them.
    pub const ALL: [Key; 9] = [
        Key::DataFolder,
        Key::Language,
        Key::TextSize,
        Key::Theme,
        Key::LessonFolders,
        Key::Kiosk,
        Key::TutorCodeHash,
        Key::PcName,
        Key::RoomFolder,
    ];

    /// The key as written in the file.
    pub fn name(self) -> &'static str {
        match self {
            Key::DataFolder => "data_folder",
            Key::Language => "language",
            Key::TextSize => "text_size",
            Key::Theme => "theme",
            Key::LessonFolders => "lesson_folders",
            Key::Kiosk => "kiosk",
            Key::TutorCodeHash => "tutor_code_hash",
            Key::PcName => "pc_name",
            Key::RoomFolder => "room_folder",
        }
    }

    fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    /// What the key allows, in words for staff (in the UI language).
    pub fn allowed(self) -> String {
        match self {
            Key::DataFolder => crate::fl!("machine-config-allowed-data-folder"),
            Key::Language => {
                let codes: Vec<String> = Lang::ALL
                    .iter()
                    .map(|l| format!("\"{}\"", l.code()))
                    .collect();
                crate::fl!("machine-config-allowed-language", codes = codes.join(", "))
            }
            Key::TextSize => {
                let sizes: Vec<String> = SCALES.iter().map(u16::to_string).collect();
                crate::fl!("machine-config-allowed-text-size", sizes = sizes.join(", "))
            }
            Key::Theme => {
                let themes: Vec<String> = ThemeChoice::ALL
                    .iter()
                    .map(|t| format!("\"{}\"", theme_name(*t)))
                    .collect();
                crate::fl!("machine-config-allowed-theme", themes = themes.join(", "))
            }
            Key::LessonFolders => crate::fl!("machine-config-allowed-lesson-folders"),
            Key::Kiosk => crate::fl!("machine-config-allowed-kiosk"),
            Key::TutorCodeHash => crate::fl!("machine-config-allowed-tutor-code-hash"),
            Key::PcName => crate::fl!(
                "machine-config-allowed-pc-name",
                max = MAX_PC_NAME_CHARS.to_string()
            ),
            Key::RoomFolder => crate::fl!("machine-config-allowed-room-folder"),
        }
    }
}

/// The name of a theme as written in files (`high-contrast-dark`).
fn theme_name(theme: ThemeChoice) -> String {
    match toml::Value::try_from(theme) {
        Ok(toml::Value::String(s)) => s,
        _ => format!("{theme:?}"),
    }
}

/// Something wrong in the machine configuration file.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file exists but could not be read (rights, not UTF-8 …).
    Unreadable {
        /// The file.
        file: PathBuf,
    },
    /// The file is not valid TOML; nothing in it is used.
    Syntax {
        /// The file.
        file: PathBuf,
        /// The line (from 1) where reading stopped.
        line: usize,
    },
    /// A key Stegvis does not know (often a misspelling).
    UnknownKey {
        /// The file.
        file: PathBuf,
        /// The key as written.
        key: String,
    },
    /// A known key with a value that cannot be used.
    Invalid {
        /// The file.
        file: PathBuf,
        /// The key.
        key: Key,
        /// The value as written (shortened if long).
        value: String,
    },
}

impl Problem {
    /// A plain message for staff, naming the file, the key and what is allowed.
    pub fn message(&self) -> String {
        match self {
            Problem::Unreadable { file } => {
                crate::fl!("machine-config-unreadable", file = show(file))
            }
            Problem::Syntax { file, line } => crate::fl!(
                "machine-config-syntax",
                file = show(file),
                line = line.to_string()
            ),
            Problem::UnknownKey { file, key } => {
                let names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
                crate::fl!(
                    "machine-config-unknown",
                    file = show(file),
                    key = key.clone(),
                    allowed = names.join(", ")
                )
            }
            Problem::Invalid { file, key, value } => crate::fl!(
                "machine-config-invalid",
                file = show(file),
                key = key.name(),
                value = value.clone(),
                allowed = key.allowed()
            ),
        }
    }
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

/// The machine configuration as read. [`Default`] is "no file": nothing set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MachineConfig {
    /// The file it was read from, if one was looked for.
    pub file: Option<PathBuf>,
    /// Where progress and backups are kept (wins over the usual folder).
    pub data_dir: Option<PathBuf>,
    /// The language until a user chooses one.
    pub language: Option<Lang>,
    /// The text size in percent until a user chooses one (one of [`SCALES`]).
    pub text_size: Option<u16>,
    /// The colour theme until a user chooses one.
    pub theme: Option<ThemeChoice>,
    /// More folders with lessons, after the shipped ones.
    pub lesson_dirs: Vec<PathBuf>,
    /// Kiosk mode: full screen, leaving needs the tutor code.
    pub kiosk: bool,
    /// The tutor code's Argon2 hash (PHC string), used when the data
    /// folder has no tutor code of its own.
    pub tutor_code_hash: Option<String>,
    /// This PC's name, e.g. "Dator 3, Stadsbiblioteket".
    pub pc_name: Option<String>,
    /// The folder every PC of the course room shares (see [`crate::room`]);
    /// wins over a folder a tutor chose.
    pub room_folder: Option<PathBuf>,
    /// What was wrong in the file; those values were left out.
    pub problems: Vec<Problem>,
}

/// The machine configuration file for this system: `STEGVIS_MACHINE_CONFIG`
/// if set, else `%ProgramData%\Stegvis\config.toml` on Windows and
/// `/etc/stegvis/config.toml` elsewhere.
pub fn default_path() -> PathBuf {
    if let Some(path) = std::env::var_os(ENV_VAR).filter(|v| !v.is_empty()) {
        return PathBuf::from(path);
    }
    if cfg!(windows) {
        let program_data = std::env::var_os("ProgramData")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(r"C:\ProgramData"));
        program_data.join("Stegvis").join("config.toml")
    } else {
        PathBuf::from("/etc/stegvis/config.toml")
    }
}

impl MachineConfig {
    /// Reads this system's machine configuration (see [`default_path`]).
    pub fn load() -> MachineConfig {
        MachineConfig::load_file(&default_path())
    }

    /// Reads the machine configuration from `path`. Never fails: problems
    /// are listed in [`MachineConfig::problems`] and their values left out.
    pub fn load_file(path: &Path) -> MachineConfig {
        let mut config = MachineConfig {
            file: Some(path.to_path_buf()),
            ..MachineConfig::default()
        };
        let text = match std::fs::read(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return config,
            Err(_) => None,
            Ok(bytes) => String::from_utf8(bytes).ok(),
        };
        let Some(text) = text else {
            config.problems.push(Problem::Unreadable {
                file: path.to_path_buf(),
            });
            return config;
        };
        config.apply_text(path, &text);
        config
    }

    /// Applies the TOML `text` read from `file`.
    fn apply_text(&mut self, file: &Path, text: &str) {
        let table = match text.parse::<toml::Table>() {
            Ok(table) => table,
            Err(e) => {
                let offset = e.span().map(|s| s.start).unwrap_or(0);
                let line = 1 + text
                    .get(..offset)
                    .map_or(0, |before| before.matches('\n').count());
                self.problems.push(Problem::Syntax {
                    file: file.to_path_buf(),
                    line,
                });
                return;
            }
        };
        for (name, value) in &table {
            let Some(key) = Key::from_name(name) else {
                self.problems.push(Problem::UnknownKey {
                    file: file.to_path_buf(),
                    key: name.clone(),
                });
                continue;
            };
            if !self.apply(key, value) {
                self.problems.push(Problem::Invalid {
                    file: file.to_path_buf(),
                    key,
                    value: shorten(&value.to_string()),
                });
            }
        }
    }

    /// Sets `key` from `value`; false when the value cannot be used.
    fn apply(&mut self, key: Key, value: &toml::Value) -> bool {
        match key {
            Key::DataFolder => set(&mut self.data_dir, folder(value)),
            Key::Language => set(
                &mut self.language,
                value
                    .as_str()
                    .and_then(|s| Lang::ALL.into_iter().find(|l| l.code() == s)),
            ),
            Key::TextSize => set(
                &mut self.text_size,
                value
                    .as_integer()
                    .and_then(|n| u16::try_from(n).ok())
                    .filter(|n| SCALES.contains(n)),
            ),
            Key::Theme => set(
                &mut self.theme,
                value
                    .as_str()
                    .and_then(|s| ThemeChoice::ALL.into_iter().find(|t| theme_name(*t) == s)),
            ),
            Key::LessonFolders => {
                let folders: Option<Vec<PathBuf>> = value
                    .as_array()
                    .and_then(|items| items.iter().map(folder).collect());
                match folders {
                    Some(folders) => {
                        self.lesson_dirs = folders;
                        true
                    }
                    None => false,
                }
            }
            Key::Kiosk => match value.as_bool() {
                Some(on) => {
                    self.kiosk = on;
                    true
                }
                None => false,
            },
            Key::TutorCodeHash => set(
                &mut self.tutor_code_hash,
                value
                    .as_str()
                    .map(str::trim)
                    .filter(|s| crate::store::tutor::is_argon2_hash(s))
                    .map(str::to_owned),
            ),
            Key::PcName => set(
                &mut self.pc_name,
                value
                    .as_str()
                    .map(str::trim)
                    .filter(|s| {
                        let chars = s.chars().count();
                        (1..=MAX_PC_NAME_CHARS).contains(&chars) && !s.chars().any(char::is_control)
                    })
                    .map(str::to_owned),
            ),
            Key::RoomFolder => set(&mut self.room_folder, folder(value)),
        }
    }

    /// The settings a user starts from on this PC: the usual defaults with
    /// the machine's language, text size and theme. A user's own choices
    /// are laid over these (see [`crate::settings::load_over`]).
    pub fn settings_base(&self) -> Settings {
        let mut base = Settings::default();
        if let Some(lang) = self.language {
            base.language = Some(lang);
        }
        if let Some(size) = self.text_size {
            base.text_scale = f32::from(size) / 100.0;
        }
        if let Some(theme) = self.theme {
            base.theme = theme;
        }
        base
    }
}

/// Stores `value` in `slot` if it is usable; returns whether it was.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    match value {
        Some(v) => {
            *slot = Some(v);
            true
        }
        None => false,
    }
}

/// A folder given as a whole (absolute) path on this system.
fn folder(value: &toml::Value) -> Option<PathBuf> {
    let path = Path::new(value.as_str()?.trim());
    path.is_absolute().then(|| path.to_path_buf())
}

/// A value as shown in a message: at most 60 characters.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests;
