//! `stegvis room-sync`: the room folder's passes without a window, on the
//! data folder the app uses. Not in `--help`: tests and the benchmark run
//! twelve of these as the PCs of a room, and staff may use `--once` to see
//! what a PC finds in the folder.

use crate::room::{PASS_EVERY_MS, Problem, Room, RoomView, Skip};
use crate::store::{Store, now_ms};
use std::path::Path;
use std::time::{Duration, Instant};

/// How long to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// One pass (write, then read everything).
    Once,
    /// Passes every [`PASS_EVERY_MS`] for this long.
    For(Duration),
}

/// Runs the room folder's passes on the store in `data_dir`; returns a
/// line about the room at the end (English; this is a staff and test tool).
pub fn sync(
    data_dir: &Path,
    pc_name: Option<&str>,
    folder: &Path,
    run: Run,
) -> Result<String, String> {
    let mut store = Store::open_beside(data_dir)
        .map_err(|e| format!("the data folder could not be opened: {e}"))?;
    store.preset_device_name(pc_name.map(str::to_owned));
    let mut room = Room::new(folder.to_path_buf());
    let started = Instant::now();
    loop {
        room.pass(&mut store, now_ms());
        match run {
            Run::Once => break,
            Run::For(span) if started.elapsed() >= span => break,
            Run::For(_) => std::thread::sleep(Duration::from_millis(PASS_EVERY_MS)),
        }
    }
    Ok(describe(&room.view(&store), now_ms()))
}

/// The room in a few lines: the PCs heard, files skipped, any problem.
pub fn describe(view: &RoomView, now_ms: i64) -> String {
    let mut lines = vec![format!("room folder: {}", view.folder.display())];
    match view.problem {
        Some(Problem::Unreachable) => lines.push("the folder cannot be reached".into()),
        Some(Problem::ReadOnly) => lines.push("the folder cannot be written".into()),
        None => {}
    }
    for peer in &view.peers {
        let ago = now_ms.saturating_sub(peer.heard_ms) / 1000;
        let stale = if peer.is_stale(now_ms) {
            " (not heard lately)"
        } else {
            ""
        };
        lines.push(format!("{}: heard {ago} s ago{stale}", peer.name));
    }
    for (file, skip) in &view.skipped {
        let why = match skip {
            Skip::Damaged => "damaged or cut short",
            Skip::Foreign => "not a Stegvis file",
            Skip::Newer => "from a newer Stegvis",
            Skip::Unreadable => "could not be read",
            Skip::Refused => "refused by the import checks",
        };
        lines.push(format!("skipped {file}: {why}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn once_writes_this_pc_s_file_and_names_the_others() {
        let shared = tempfile::tempdir().expect("shared");
        let a = tempfile::tempdir().expect("a");
        let b = tempfile::tempdir().expect("b");
        sync(a.path(), Some("Dator 1"), shared.path(), Run::Once).expect("a");
        std::fs::write(shared.path().join("x.stegvis"), "hej").expect("foreign");
        let said = sync(b.path(), Some("Dator 2"), shared.path(), Run::Once).expect("b");
        assert!(said.contains("Dator 1: heard 0 s ago"), "{said}");
        assert!(
            said.contains("skipped x.stegvis: not a Stegvis file"),
            "{said}"
        );
        let files = std::fs::read_dir(shared.path()).expect("list").count();
        assert_eq!(
            files, 3,
            "one file per PC and the foreign one, no temp files"
        );
        let gone = shared.path().join("gone");
        let said = sync(a.path(), None, &gone, Run::Once).expect("a");
        assert!(said.contains("cannot be reached"), "{said}");
        assert!(!gone.exists());
    }
}
