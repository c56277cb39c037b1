//! Where Stegvis finds its lessons and keeps its settings and data.
//!
//! Environment variables win over the operating system's usual folders:
//! `STEGVIS_CONFIG_DIR`, `STEGVIS_DATA_DIR` and `STEGVIS_LESSONS_DIR`.

use std::path::{Path, PathBuf};

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("se", "Stegvis", "Stegvis")
}

fn env_dir(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The folder for `settings.toml`.
pub fn config_dir() -> PathBuf {
    env_dir("STEGVIS_CONFIG_DIR")
        .or_else(|| project_dirs().map(|d| d.config_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("stegvis-config"))
}

/// The folder for the progress database.
pub fn data_dir() -> PathBuf {
    env_dir("STEGVIS_DATA_DIR")
        .or_else(|| project_dirs().map(|d| d.data_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("stegvis-data"))
}

/// The folder holding the shipped lessons.
///
/// Looked for, in order: `STEGVIS_LESSONS_DIR`; `lessons/` beside the
/// executable; `../share/stegvis/lessons` from the executable (an installed
/// package); the source tree the binary was built from.
pub fn lessons_dir() -> PathBuf {
    if let Some(dir) = env_dir("STEGVIS_LESSONS_DIR") {
        return dir;
    }
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf));
    if let Some(exe_dir) = exe_dir {
        for candidate in [
            exe_dir.join("lessons"),
            exe_dir.join("../share/stegvis/lessons"),
        ] {
            if candidate.is_dir() {
                return candidate;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// A timestamp for naming kept copies of broken files, e.g. `20261124-190512`.
pub fn file_timestamp() -> String {
    let now = time::OffsetDateTime::now_utc();
    let format = time::macros::format_description!("[year][month][day]-[hour][minute][second]");
    now.format(&format)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}

/// Moves a broken file aside as `<name>.broken-<timestamp>` and returns the
/// new path. The original is never deleted: if renaming fails it is copied.
pub fn keep_broken(path: &Path) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let mut target = path.with_file_name(format!("{name}.broken-{}", file_timestamp()));
    let mut n = 1;
    while target.exists() {
        target = path.with_file_name(format!("{name}.broken-{}-{n}", file_timestamp()));
        n += 1;
    }
    if std::fs::rename(path, &target).is_err() {
        std::fs::copy(path, &target)?;
    }
    Ok(target)
}

/// Writes `contents` to `path` atomically: a temporary file beside it, synced,
/// then renamed over the old one.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// Like [`write_atomic`], for contents that `write` produces piece by piece
/// (through a buffer), so a big file is never put together in memory.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension("tmp");
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
        write(&mut out)?;
        out.flush()?;
        out.get_ref().sync_all()?;
    }
    std::fs::rename(&tmp, path)
}
