//! Opening a saved file or a folder with the system's own program (the web
//! browser for a page to print, the file manager for a folder), without
//! ever making the app wait for it.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// An environment variable naming the program to open files with instead
/// of the system's (tests use it; a kiosk PC could too).
pub const OPENER_VAR: &str = "STEGVIS_OPENER";

/// The command that opens `path` with the system's program: `xdg-open` on
/// Linux, `start` (through `cmd`) on Windows, `open` on macOS, or the
/// program in [`OPENER_VAR`].
pub fn command(path: &Path) -> Command {
    let chosen = std::env::var_os(OPENER_VAR).filter(|p| !p.is_empty());
    command_with(chosen.as_deref(), path)
}

/// The command that opens `path` with `opener`, or the system's program.
fn command_with(opener: Option<&OsStr>, path: &Path) -> Command {
    if let Some(program) = opener {
        let mut command = Command::new(program);
        command.arg(path);
        return command;
    }
    if cfg!(windows) {
        // `start` takes its first quoted argument as a window title.
        let mut command = Command::new("cmd");
        command.args(["/C", "start", ""]).arg(path);
        command
    } else if cfg!(target_os = "macos") {
        let mut command = Command::new("open");
        command.arg(path);
        command
    } else {
        let mut command = Command::new("xdg-open");
        command.arg(path);
        command
    }
}

/// Runs `command` and waits for it to say whether it worked: Ok, or what
/// went wrong (for the log).
fn run(mut command: Command) -> Result<(), String> {
    let status = command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("could not start the opener: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the opener failed: {status}"))
    }
}

/// Opens `path` on a thread of its own (an opener may wait until the
/// browser closes); the future ends when the opener has answered.
pub fn open(path: PathBuf) -> impl std::future::Future<Output = Result<(), String>> {
    in_background(command(&path))
}

fn in_background(command: Command) -> impl std::future::Future<Output = Result<(), String>> {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("stegvis-open".into())
        .spawn(move || {
            let _ = tx.send(run(command));
        });
    async move {
        spawned.map_err(|e| format!("could not start a thread: {e}"))?;
        rx.await
            .unwrap_or_else(|_| Err("the opener thread stopped".into()))
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use iced::futures::executor::block_on;

    #[test]
    fn the_opener_gets_the_whole_path_in_the_background() {
        let dir = tempfile::tempdir().expect("tempdir");
        // `touch` as the opener makes a file of the path it is given,
        // spaces and all.
        let page = dir.path().join("sida att skriva ut.html");
        let result = block_on(in_background(command_with(
            Some(OsStr::new("touch")),
            &page,
        )));
        assert_eq!(result, Ok(()));
        assert!(page.exists(), "the opener was given the path");
    }

    #[test]
    fn a_failing_or_missing_opener_is_an_error_not_a_panic() {
        let page = Path::new("/no/such/page.html");
        let failing = block_on(in_background(command_with(Some(OsStr::new("false")), page)));
        assert!(failing.is_err());
        let missing = block_on(in_background(command_with(
            Some(OsStr::new("/no/such/opener")),
            page,
        )));
        assert!(missing.is_err());
    }

    #[test]
    fn the_system_opener_is_xdg_open_on_linux() {
        if cfg!(target_os = "linux") {
            let command = command_with(None, Path::new("/tmp/x.html"));
            assert_eq!(command.get_program(), "xdg-open");
            assert_eq!(command.get_args().collect::<Vec<_>>(), ["/tmp/x.html"]);
        }
    }
}
