//! The room folder: every PC of a course room as one course, with no server
//! and no sockets.
//!
//! Staff (machine configuration `room_folder`) or the tutor point every PC
//! at one folder: a network share, a folder synced by Syncthing or
//! OneDrive. Each PC writes only its own file, `<pc-id>.stegvis`, in the
//! ordinary exchange format ([`crate::store::exchange`]) — everything but
//! the events of the other PCs in the room, which their own files carry —
//! replaced whole
//! (a temporary file with a name no other PC uses, then renamed) when
//! anything in its store changed, and at least every
//! [`HEARTBEAT_MS`] so the others know it is there. It reads the other
//! PCs' files when their size or modification time changed (looked at
//! every [`SCAN_EVERY_MS`]; plain polling, which works on SMB) and merges
//! them with the import's merge rules. No two PCs write the same file, so
//! nothing is ever locked across the network.
//!
//! Nothing here is tied to the UI: the app runs [`Room::pass`] on a thread
//! of its own with its own connection to the store, and the hidden command
//! `stegvis room-sync` runs the same passes without a window (tests and the
//! benchmark drive twelve of those as separate processes).

use crate::store::Store;
use crate::store::exchange::{self, ExchangeError};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How often the other PCs' files are looked at, in ms.
pub const SCAN_EVERY_MS: i64 = 2_000;
/// How often a PC rewrites its file even when nothing changed, in ms, so
/// the others can tell it is still there.
pub const HEARTBEAT_MS: i64 = 20_000;
/// A PC not heard from for longer than this is shown as not heard (ms).
pub const STALE_AFTER_MS: i64 = 60_000;
/// How often the app and `room-sync` run a pass, in ms: this PC's own
/// changes are written within this time (reading the store's mark is cheap).
pub const PASS_EVERY_MS: u64 = 250;

/// The room folder in use: the machine configuration's `room_folder`, else
/// the one a tutor chose.
pub fn chosen_folder(
    machine: &crate::config::MachineConfig,
    settings: &crate::settings::Settings,
) -> Option<PathBuf> {
    machine
        .room_folder
        .clone()
        .or_else(|| settings.room_folder.clone())
}

/// Why the room folder cannot be used just now. This PC keeps working on
/// its own store meanwhile and catches up when the folder is back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The folder is not there (the share is down, the stick is out).
    Unreachable,
    /// The folder is there but this PC may not write in it.
    ReadOnly,
}

/// Why a file in the room folder was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Cut short or damaged (often still being copied); read again when it
    /// changes.
    Damaged,
    /// Not a Stegvis file.
    Foreign,
    /// From a newer Stegvis.
    Newer,
    /// Could not be read (or is not a plain file).
    Unreadable,
    /// Read, but refused by the importer's checks (a time, name or size
    /// outside the rules).
    Refused,
}

/// Another PC of the room, as last heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// Its id (the name of its file, without `.stegvis`).
    pub device_id: String,
    /// Its name ("Dator 3").
    pub name: String,
    /// When its file last changed, by this PC's clock (ms since 1970).
    pub heard_ms: i64,
    /// How far its clock is ahead of this PC's (negative: behind), in ms,
    /// measured when its file last changed (to within a pass or two).
    pub clock_ahead_ms: i64,
}

impl Peer {
    /// Whether it has not been heard for more than [`STALE_AFTER_MS`].
    pub fn is_stale(&self, now_ms: i64) -> bool {
        now_ms.saturating_sub(self.heard_ms) > STALE_AFTER_MS
    }
}

/// What the room looks like after a pass: for the tutor's page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomView {
    /// The folder.
    pub folder: PathBuf,
    /// This PC's own id.
    pub own_device_id: String,
    /// The other PCs, by name.
    pub peers: Vec<Peer>,
    /// Files skipped, by file name.
    pub skipped: Vec<(String, Skip)>,
    /// Why the folder cannot be used just now, if it cannot.
    pub problem: Option<Problem>,
}

impl RoomView {
    /// The PC with this id: its name and clock, if it is in the room.
    pub fn peer(&self, device_id: &str) -> Option<&Peer> {
        self.peers.iter().find(|p| p.device_id == device_id)
    }

    /// An event time from the PC `device_id`, put on this PC's clock (never
    /// later than `now_ms`), so a PC whose clock is wrong by minutes shows
    /// its help requests at the right age and in the right order.
    pub fn local_time(&self, device_id: &str, at_ms: i64, now_ms: i64) -> i64 {
        let ahead = self.peer(device_id).map_or(0, |p| p.clock_ahead_ms);
        at_ms.saturating_sub(ahead).min(now_ms)
    }
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    /// This PC's file was written.
    pub wrote: bool,
    /// Something in another PC's file was new here (the views must reload).
    pub merged: bool,
}

/// A file as last looked at: its size and modification time.
type Stamp = (u64, Option<SystemTime>);

/// One PC's view of the room folder between passes.
#[derive(Debug)]
pub struct Room {
    folder: PathBuf,
    /// The store's mark when this PC's file was last written.
    written_mark: Option<String>,
    /// When this PC's file was last written (this PC's clock).
    written_ms: i64,
    /// When the folder was last scanned.
    scanned_ms: Option<i64>,
    /// Every `.stegvis` file as last read.
    seen: HashMap<String, Stamp>,
    peers: BTreeMap<String, Peer>,
    skipped: BTreeMap<String, Skip>,
    problem: Option<Problem>,
    /// Makes this PC's temporary file names unique.
    temp_counter: u64,
}

impl Room {
    /// A room in `folder` (nothing is read or written yet).
    pub fn new(folder: PathBuf) -> Room {
        Room {
            folder,
            written_mark: None,
            written_ms: 0,
            scanned_ms: None,
            seen: HashMap::new(),
            peers: BTreeMap::new(),
            skipped: BTreeMap::new(),
            problem: None,
            temp_counter: 0,
        }
    }

    /// The folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The file name this PC writes: `<pc-id>.stegvis`.
    pub fn own_file_name(store: &Store) -> String {
        format!("{}.{}", store.device_id(), crate::paths::EXCHANGE_EXT)
    }

    /// One pass at this PC's clock `now_ms`: writes this PC's file if its
    /// store changed (or the heartbeat is due), and reads the others' files
    /// that changed if a scan is due. Never fails: a folder that cannot be
    /// used becomes [`RoomView::problem`], and everything is tried again
    /// on the next pass.
    pub fn pass(&mut self, store: &mut Store, now_ms: i64) -> Pass {
        let mut pass = Pass::default();
        if !self.folder.is_dir() {
            self.problem = Some(Problem::Unreachable);
            return pass;
        }
        let scan_due = self
            .scanned_ms
            .is_none_or(|last| now_ms.saturating_sub(last) >= SCAN_EVERY_MS);
        // Read first, so this PC's file carries what it learned.
        let read_ok = if scan_due {
            self.scanned_ms = Some(now_ms);
            match self.scan(store, now_ms) {
                Ok(merged) => {
                    pass.merged = merged;
                    true
                }
                Err(_) => {
                    self.problem = Some(Problem::Unreachable);
                    false
                }
            }
        } else {
            self.problem.is_none()
        };
        match self.write_if_due(store, now_ms) {
            Ok(wrote) => {
                pass.wrote = wrote;
                if read_ok {
                    self.problem = None;
                }
            }
            Err(problem) => self.problem = Some(problem),
        }
        pass
    }

    /// The room as this PC sees it now.
    pub fn view(&self, store: &Store) -> RoomView {
        let mut peers: Vec<Peer> = self.peers.values().cloned().collect();
        peers.sort_by(|a, b| {
            natural_key(&a.name)
                .cmp(&natural_key(&b.name))
                .then_with(|| a.device_id.cmp(&b.device_id))
        });
        RoomView {
            folder: self.folder.clone(),
            own_device_id: store.device_id().to_owned(),
            peers,
            skipped: self
                .skipped
                .iter()
                .map(|(name, skip)| (name.clone(), *skip))
                .collect(),
            problem: self.problem,
        }
    }

    /// Writes this PC's file when its store changed since the last write,
    /// or the heartbeat is due. Returns whether it wrote.
    fn write_if_due(&mut self, store: &Store, now_ms: i64) -> Result<bool, Problem> {
        let mark = store.change_mark().map_err(|_| Problem::ReadOnly)?;
        let heartbeat_due = now_ms.saturating_sub(self.written_ms) >= HEARTBEAT_MS;
        if self.written_mark.as_ref() == Some(&mark) && !heartbeat_due {
            return Ok(false);
        }
        // The other PCs' events travel in their own files; this file
        // carries this PC's events and those of PCs no longer in the room.
        let others: std::collections::HashSet<String> = self.peers.keys().cloned().collect();
        let bytes = store
            .exchange_bytes_without(&others)
            .map_err(|_| Problem::ReadOnly)?;
        self.temp_counter = self.temp_counter.wrapping_add(1);
        let temp = self.folder.join(format!(
            ".{}.{}-{}.tmp",
            store.device_id(),
            std::process::id(),
            self.temp_counter
        ));
        let target = self.folder.join(Room::own_file_name(store));
        write_replacing(&temp, &target, &bytes).map_err(|e| {
            if !self.folder.is_dir() {
                Problem::Unreachable
            } else if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) {
                Problem::ReadOnly
            } else {
                Problem::Unreachable
            }
        })?;
        self.written_mark = Some(mark);
        self.written_ms = now_ms;
        Ok(true)
    }

    /// Reads and merges every other `.stegvis` file whose size or time
    /// changed. Returns whether anything was new.
    fn scan(&mut self, store: &mut Store, now_ms: i64) -> std::io::Result<bool> {
        let own = Room::own_file_name(store);
        let mut present = Vec::new();
        let mut merged = false;
        for entry in std::fs::read_dir(&self.folder)? {
            let Ok(entry) = entry else { continue };
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if is_own_stale_temp(&name, store.device_id(), &entry) {
                // Left by a write that was cut off (the PC was switched off).
                let _ = std::fs::remove_file(&path);
                continue;
            }
            if name == own
                || name.starts_with('.')
                || path
                    .extension()
                    .is_none_or(|e| e != crate::paths::EXCHANGE_EXT)
            {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            present.push(name.clone());
            let stamp: Stamp = (meta.len(), meta.modified().ok());
            let known = self.seen.get(&name);
            if known == Some(&stamp) {
                continue;
            }
            let first_sight = known.is_none();
            self.seen.insert(name.clone(), stamp);
            merged |= self.take_in(store, &name, &path, stamp, first_sight, now_ms);
        }
        self.seen.retain(|name, _| present.contains(name));
        self.skipped.retain(|name, _| present.contains(name));
        self.peers
            .retain(|id, _| present.contains(&format!("{id}.{}", crate::paths::EXCHANGE_EXT)));
        Ok(merged)
    }

    /// Reads one changed file and merges it; a file that is not a whole
    /// Stegvis file is skipped and named. Returns whether anything was new.
    fn take_in(
        &mut self,
        store: &mut Store,
        name: &str,
        path: &Path,
        stamp: Stamp,
        first_sight: bool,
        now_ms: i64,
    ) -> bool {
        // The importer's own reading and checks, as for a file read in by hand.
        let file = match exchange::read(path) {
            Ok(file) => file,
            Err(e) => {
                self.skipped.insert(name.to_owned(), skip_of(&e));
                return false;
            }
        };
        let before = store.change_mark().ok();
        if let Err(e) = store.merge_content(&file.content) {
            self.skipped.insert(name.to_owned(), skip_of(&e));
            return false;
        }
        self.skipped.remove(name);
        let header = &file.header;
        // A file named after its PC is that PC's own: it tells when the PC
        // was last heard. Other files (a USB export left there) are merged
        // only.
        if name == format!("{}.{}", header.device_id, crate::paths::EXCHANGE_EXT) {
            let modified_ms = stamp.1.and_then(system_ms);
            // When the file was written, on this PC's clock: now for a
            // change seen between two scans; at first sight its
            // modification time (an old file from a PC that is off must
            // not count as heard now).
            let heard_ms = match (first_sight, modified_ms) {
                (true, Some(modified)) => modified.min(now_ms),
                _ => now_ms,
            };
            // Its clock says `exported_ms` at that moment.
            let clock_ahead_ms = header.exported_ms.saturating_sub(heard_ms);
            self.peers.insert(
                header.device_id.clone(),
                Peer {
                    device_id: header.device_id.clone(),
                    name: header.device_name.clone(),
                    heard_ms,
                    clock_ahead_ms,
                },
            );
        }
        store.change_mark().ok() != before
    }
}

/// How old a temporary file of this PC must be to count as left behind.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether `name` is one of this PC's temporary files, older than a write
/// ever takes (so never one being written just now).
fn is_own_stale_temp(name: &str, device_id: &str, entry: &std::fs::DirEntry) -> bool {
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(device_id))
        .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".tmp"))
        && entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP)
}

/// Why an exchange error skips a file.
fn skip_of(error: &ExchangeError) -> Skip {
    match error {
        ExchangeError::Truncated | ExchangeError::BadChecksum => Skip::Damaged,
        ExchangeError::NotStegvis => Skip::Foreign,
        ExchangeError::Newer { .. } => Skip::Newer,
        ExchangeError::Io(_) | ExchangeError::Store(_) | ExchangeError::NotAFile => {
            Skip::Unreadable
        }
        ExchangeError::TooBig { .. } | ExchangeError::Invalid(_) => Skip::Refused,
    }
}

/// A PC name as a sort key in which numbers count as numbers, so
/// "Dator 2" comes before "Dator 10".
fn natural_key(name: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut chars = name.chars().peekable();
    while chars.peek().is_some() {
        let mut text = String::new();
        while let Some(c) = chars.next_if(|c| !c.is_ascii_digit()) {
            text.extend(c.to_lowercase());
        }
        let mut number: u64 = 0;
        while let Some(d) = chars.next_if(char::is_ascii_digit) {
            number = number
                .saturating_mul(10)
                .saturating_add(u64::from(d.to_digit(10).unwrap_or(0)));
        }
        key.push((text, number));
    }
    key
}

/// A file time as ms since 1970.
fn system_ms(time: SystemTime) -> Option<i64> {
    let since = time.duration_since(SystemTime::UNIX_EPOCH).ok()?;
    i64::try_from(since.as_millis()).ok()
}

/// Writes `bytes` to `temp` (a new file), then renames it over `target`:
/// readers see the old file or the new one, never half of one. The folder
/// is never created (a missing share must stay missing).
fn write_replacing(temp: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let written = (|| {
        let mut file = std::fs::File::create_new(temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(temp, target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(temp);
    }
    written
}

#[cfg(test)]
#[path = "room/tests.rs"]
mod tests;
