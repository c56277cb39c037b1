//! Where Stegvis finds its lessons and keeps its settings and data.
//!
//! Environment variables win over everything: `STEGVIS_CONFIG_DIR`,
//! `STEGVIS_DATA_DIR` and `STEGVIS_LESSONS_DIR`. Then portable mode (a
//! `stegvis.portable` file beside the executable keeps settings and data in
//! `stegvis-data/` beside it), then the machine configuration's data folder
//! ([`crate::config`]), then the operating system's usual folders.

use std::path::{Path, PathBuf};

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("se", "Stegvis", "Stegvis")
}

fn env_dir(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The file beside the executable that turns on portable mode.
pub const PORTABLE_MARKER: &str = "stegvis.portable";

/// The folder beside the executable that holds settings and data in
/// portable mode.
pub const PORTABLE_FOLDER: &str = "stegvis-data";

/// The folder of the running executable, if the system says.
fn exe_dir() -> Option<PathBuf> {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
}

/// In portable mode (a `stegvis.portable` file beside the executable), the
/// `stegvis-data` folder beside it, which then holds settings and data.
pub fn portable_dir() -> Option<PathBuf> {
    portable_dir_beside(&exe_dir()?)
}

/// The portable folder for an executable in `exe_dir`, if the marker is there.
pub fn portable_dir_beside(exe_dir: &Path) -> Option<PathBuf> {
    exe_dir
        .join(PORTABLE_MARKER)
        .is_file()
        .then(|| exe_dir.join(PORTABLE_FOLDER))
}

/// Picks a folder by precedence: the environment variable's, then the
/// portable folder, then the machine configuration's, then `usual`.
pub fn choose_dir(
    from_env: Option<PathBuf>,
    portable: Option<&Path>,
    machine: Option<&Path>,
    usual: impl FnOnce() -> PathBuf,
) -> PathBuf {
    from_env
        .or_else(|| portable.map(Path::to_path_buf))
        .or_else(|| machine.map(Path::to_path_buf))
        .unwrap_or_else(usual)
}

/// The folder for `settings.toml`: `STEGVIS_CONFIG_DIR`, else the portable
/// folder, else the system's usual one.
pub fn config_dir() -> PathBuf {
    config_dir_with(portable_dir().as_deref())
}

/// [`config_dir`] with a given portable folder.
pub fn config_dir_with(portable: Option<&Path>) -> PathBuf {
    choose_dir(env_dir("STEGVIS_CONFIG_DIR"), portable, None, || {
        project_dirs()
            .map(|d| d.config_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("stegvis-config"))
    })
}

/// The folder for the progress database: `STEGVIS_DATA_DIR`, else the
/// portable folder, else the system's usual one.
pub fn data_dir() -> PathBuf {
    data_dir_with(portable_dir().as_deref(), None)
}

/// The folder for the progress database: `STEGVIS_DATA_DIR`, else the
/// portable folder, else `machine` (the machine configuration's
/// `data_folder`), else the system's usual one.
pub fn data_dir_with(portable: Option<&Path>, machine: Option<&Path>) -> PathBuf {
    choose_dir(env_dir("STEGVIS_DATA_DIR"), portable, machine, || {
        project_dirs()
            .map(|d| d.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("stegvis-data"))
    })
}

/// Whether files can be created in `dir` (made if missing): tries a small
/// file and removes it again.
pub fn is_writable(dir: &Path) -> bool {
    if std::fs::create_dir_all(dir).is_err() {
        return false;
    }
    let probe = dir.join(format!(".stegvis-write-test-{}", uuid::Uuid::new_v4()));
    let written = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    written
}

/// The folder holding the shipped lessons.
///
/// Looked for, in order: `STEGVIS_LESSONS_DIR`; `lessons/` beside the
/// executable; `../share/stegvis/lessons` from the executable (an installed
/// package); the source tree the binary was built from.
pub fn lessons_dir() -> PathBuf {
    env_dir("STEGVIS_LESSONS_DIR").unwrap_or_else(|| resource_dir("lessons"))
}

/// Where reports are saved: `Stegvis` in the user's Documents folder, else
/// `reports` in the data folder. `STEGVIS_REPORTS_DIR` overrides both.
pub fn reports_dir(data_dir: &Path) -> PathBuf {
    env_dir("STEGVIS_REPORTS_DIR")
        .or_else(|| {
            directories::UserDirs::new().and_then(|u| u.document_dir().map(|d| d.join("Stegvis")))
        })
        .unwrap_or_else(|| data_dir.join("reports"))
}

/// The folder with the answer sounds (`right.ogg`, `wrong.ogg`).
pub fn sounds_dir() -> PathBuf {
    resource_dir("assets/sounds")
}

/// A folder shipped with the program: beside the executable, in an
/// installed package's `share/stegvis`, else in the source tree.
fn resource_dir(name: &str) -> PathBuf {
    if let Some(exe_dir) = exe_dir() {
        for candidate in [
            exe_dir.join(name),
            exe_dir.join("../share/stegvis").join(name),
        ] {
            if candidate.is_dir() {
                return candidate;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
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
    let name = last_name(path).unwrap_or_else(|| "file".to_owned());
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

/// `path` itself, or `path/name` when `path` is a folder (one that exists,
/// or any path ending in a separator): where to save a file the user named
/// either by its file or by the folder to put it in.
pub fn file_in(path: &Path, name: &str) -> PathBuf {
    let ends_in_separator = path
        .as_os_str()
        .to_string_lossy()
        .ends_with(['/', std::path::MAIN_SEPARATOR]);
    if ends_in_separator || path.is_dir() {
        path.join(name)
    } else {
        path.to_path_buf()
    }
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
    // A name no other file has (created only if it does not exist yet), so
    // an unrelated `kurs.tmp` beside `kurs.stegvis` is never overwritten.
    let name = last_name(path).unwrap_or_else(|| "file".to_owned());
    let (tmp, file) = loop {
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => break (tmp, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        write(&mut out)?;
        out.flush()?;
        out.get_ref().sync_all()?;
        drop(out);
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The last part of `path` as text ("dator-3.stegvis", "USB"), if it has
/// one (a drive root like `D:\` or `/` has none).
pub fn last_name(path: &Path) -> Option<String> {
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// The file ending of exchange files written by Export.
pub const EXCHANGE_EXT: &str = "stegvis";

/// Folders offered for Export and searched by Import: USB sticks and other
/// removable drives, then `Stegvis` in Documents. `STEGVIS_EXCHANGE_DIRS`
/// (paths separated like `PATH`) replaces the list, e.g. for a shared folder.
pub fn exchange_folders(data_dir: &Path) -> Vec<PathBuf> {
    if let Some(list) = std::env::var_os("STEGVIS_EXCHANGE_DIRS") {
        return std::env::split_paths(&list)
            .filter(|p| p.is_dir())
            .collect();
    }
    let mut folders = removable_drives();
    folders.push(reports_dir(data_dir));
    folders
}

/// Mounted removable drives: `/media/<user>/*` and `/run/media/<user>/*` on
/// Linux, drive letters D: to Z: on Windows.
pub fn removable_drives() -> Vec<PathBuf> {
    let mut found = Vec::new();
    if cfg!(windows) {
        for letter in b'D'..=b'Z' {
            let root = PathBuf::from(format!("{}:\\", letter as char));
            if root.is_dir() {
                found.push(root);
            }
        }
        return found;
    }
    for base in ["/media", "/run/media"] {
        let Ok(users) = std::fs::read_dir(base) else {
            continue;
        };
        for user in users.filter_map(Result::ok) {
            if let Ok(drives) = std::fs::read_dir(user.path()) {
                found.extend(
                    drives
                        .filter_map(Result::ok)
                        .map(|d| d.path())
                        .filter(|p| p.is_dir()),
                );
            }
        }
    }
    found.sort();
    found
}

/// Exchange files in `folders` (and their `Stegvis` subfolders), newest first.
pub fn exchange_files(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = folders
        .iter()
        .flat_map(|f| [f.clone(), f.join("Stegvis")])
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flat_map(|entries| entries.filter_map(Result::ok))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == EXCHANGE_EXT) && p.is_file())
        .map(|p| {
            let modified = std::fs::metadata(&p)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (modified, p)
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files.dedup_by(|a, b| a.1 == b.1);
    files.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod exchange_tests {
    use super::*;

    #[test]
    fn exchange_files_are_found_in_folders_and_their_stegvis_subfolder() {
        let a = tempfile::tempdir().expect("tempdir");
        let b = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(b.path().join("Stegvis")).expect("mkdir");
        std::fs::write(a.path().join("dator-3.stegvis"), "x").expect("write");
        std::fs::write(a.path().join("notes.txt"), "x").expect("write");
        std::fs::write(b.path().join("Stegvis/dator-4.stegvis"), "x").expect("write");
        let found = exchange_files(&[a.path().to_path_buf(), b.path().to_path_buf()]);
        let names: Vec<String> = found.iter().filter_map(|p| last_name(p)).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"dator-3.stegvis".to_owned()));
        assert!(names.contains(&"dator-4.stegvis".to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_leaves_a_tmp_file_beside_it_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("kurs.stegvis");
        let other = dir.path().join("kurs.tmp");
        std::fs::write(&other, "någon annans fil").expect("write");
        write_atomic(&target, b"ny").expect("first");
        write_atomic(&target, b"nyare").expect("again");
        assert_eq!(std::fs::read(&target).expect("read"), b"nyare");
        assert_eq!(
            std::fs::read_to_string(&other).expect("kept"),
            "någon annans fil"
        );
        let failed = write_atomic_with(&target, |_| Err(std::io::Error::other("disk full")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&target).expect("read"), b"nyare");
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["kurs.stegvis", "kurs.tmp"],
            "no temporary file is left"
        );
    }

    #[test]
    fn a_folder_gets_the_file_name_and_a_file_is_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(file_in(dir.path(), "a.html"), dir.path().join("a.html"));
        let new = dir.path().join("ny");
        assert_eq!(file_in(&new, "a.html"), new, "a new name is a file");
        let slash = PathBuf::from(format!("{}/", new.display()));
        assert_eq!(file_in(&slash, "a.html"), slash.join("a.html"));
        write_atomic(&file_in(&slash, "a.html"), b"x").expect("write");
        assert!(new.join("a.html").is_file(), "the folder is made");
    }

    #[test]
    fn portable_mode_needs_the_marker_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(portable_dir_beside(dir.path()), None);
        std::fs::create_dir(dir.path().join(PORTABLE_MARKER)).expect("a folder");
        assert_eq!(
            portable_dir_beside(dir.path()),
            None,
            "a folder is no marker"
        );
        std::fs::remove_dir(dir.path().join(PORTABLE_MARKER)).expect("remove");
        std::fs::write(dir.path().join(PORTABLE_MARKER), "").expect("marker");
        assert_eq!(
            portable_dir_beside(dir.path()),
            Some(dir.path().join("stegvis-data"))
        );
    }

    #[test]
    fn a_folder_under_a_file_is_not_writable() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(is_writable(&dir.path().join("new")));
        assert_eq!(
            std::fs::read_dir(dir.path().join("new"))
                .expect("made")
                .count(),
            0,
            "the probe is removed"
        );
        let file = dir.path().join("file");
        std::fs::write(&file, "").expect("file");
        assert!(!is_writable(&file.join("data")));
    }

    #[test]
    fn folders_follow_their_precedence() {
        let env = || Some(PathBuf::from("/env"));
        let portable = Some(Path::new("/usb/stegvis-data"));
        let machine = Some(Path::new("/srv/stegvis"));
        let usual = || PathBuf::from("/home/a/.local/share/stegvis");
        assert_eq!(
            choose_dir(env(), portable, machine, usual),
            Path::new("/env")
        );
        assert_eq!(
            choose_dir(None, portable, machine, usual),
            Path::new("/usb/stegvis-data")
        );
        assert_eq!(
            choose_dir(None, None, machine, usual),
            Path::new("/srv/stegvis")
        );
        assert_eq!(choose_dir(None, None, None, usual), usual());
    }
}
