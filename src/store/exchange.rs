//! Moving progress between PCs: one versioned, checksummed JSON file.
//!
//! *Exportera* writes everything in the store (courses, sessions,
//! participants, attendance, events and tombstones) to one file; *Importera*
//! merges such a file into the store in one transaction (see
//! [`merge`](super::merge) for the rules). A file that is foreign, from a
//! newer major version, damaged or cut short is refused before anything is
//! written.
//!
//! The file is one JSON object whose `content` member comes last:
//!
//! ```text
//! {"format":"stegvis-exchange","version":"1.1","app_version":"0.1.0",
//!  "device_id":"…","device_name":"Dator 3","exported_ms":1773496920000,
//!  "content":{"courses":[…],"sessions":[…],…},"sha256":"<hex>"}
//! ```
//!
//! `sha256` is the SHA-256 of the exact bytes of the `content` value as they
//! stand in the file, so it can be checked without re-serialising anything.
//! It follows the content, so a big file is written in one pass.

pub use super::content::{
    AttendanceRecord, Content, CourseRecord, EventRecord, EventRow, EventTable, ParticipantRecord,
    SessionRecord, TombstoneRecord, TutorCodeRecord,
};
use super::{Store, StoreError, now_ms};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

#[path = "exchange_validate.rs"]
pub mod validate;
pub use validate::Invalid;

/// The largest exchange file read, in bytes: about three times the file of
/// the biggest course measured (600,000 events, 57 MB).
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// The `format` every exchange file names.
pub const FORMAT: &str = "stegvis-exchange";
/// The major format version this build reads and writes. A file with a
/// larger major version is refused; a larger minor version is read.
pub const VERSION_MAJOR: u32 = 1;
/// The minor format version this build writes.
pub const VERSION_MINOR: u32 = 2;

/// SQLite's page cache during an import, in KiB (negative: a size, not a
/// page count): enough for every page a 100,000-event import changes.
const IMPORT_CACHE_KIB: i64 = -131_072;

/// The bytes every exchange file starts with.
const MARKER: &[u8] = b"{\"format\":\"stegvis-exchange\"";

/// Why an exchange file could not be written or was refused.
#[derive(Debug)]
pub enum ExchangeError {
    /// The file or folder could not be read or written.
    Io(std::io::Error),
    /// Not a Stegvis exchange file (another format, or not readable as one).
    NotStegvis,
    /// Written by a newer Stegvis whose format this one cannot read.
    Newer {
        /// The file's format version, e.g. `"2.0"`.
        version: String,
    },
    /// The file is damaged: its content does not match its checksum.
    BadChecksum,
    /// The file is cut short (an interrupted copy).
    Truncated,
    /// The store failed; nothing was changed.
    Store(StoreError),
    /// Not a plain file (a folder, a device such as `/dev/zero`, a pipe).
    NotAFile,
    /// Larger than [`MAX_FILE_BYTES`].
    TooBig {
        /// The limit, in bytes.
        max_bytes: u64,
    },
    /// The content breaks a rule the tutor area keeps (see [`validate`]).
    Invalid(Invalid),
}

impl std::fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExchangeError::Io(e) => write!(f, "the file could not be read or written: {e}"),
            ExchangeError::NotStegvis => write!(f, "this is not a Stegvis exchange file"),
            ExchangeError::Newer { version } => write!(
                f,
                "this file comes from a newer Stegvis (format {version}); update Stegvis to import it"
            ),
            ExchangeError::BadChecksum => {
                write!(
                    f,
                    "the file is damaged: its contents do not match its checksum"
                )
            }
            ExchangeError::Truncated => write!(f, "the file is incomplete: it was cut short"),
            ExchangeError::Store(e) => write!(f, "the database failed: {e}"),
            ExchangeError::NotAFile => write!(f, "this is not a plain file"),
            ExchangeError::TooBig { max_bytes } => {
                write!(f, "the file is larger than {max_bytes} bytes")
            }
            ExchangeError::Invalid(why) => write!(f, "the file holds {why}"),
        }
    }
}

impl std::error::Error for ExchangeError {}

impl From<StoreError> for ExchangeError {
    fn from(e: StoreError) -> Self {
        ExchangeError::Store(e)
    }
}

impl From<rusqlite::Error> for ExchangeError {
    fn from(e: rusqlite::Error) -> Self {
        ExchangeError::Store(StoreError::Sql(e))
    }
}

/// What an exchange file says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The file's format version, e.g. `"1.0"`.
    pub version: String,
    /// The Stegvis version that wrote it.
    pub app_version: String,
    /// The exporting PC's id.
    pub device_id: String,
    /// The exporting PC's name, e.g. "Dator 3".
    pub device_name: String,
    /// When it was exported (ms since 1970).
    pub exported_ms: i64,
}

/// An exchange file that was read and checked. Only [`parse`] (and so
/// [`read`]) makes one, so whatever is imported passed [`validate`].
// Not `#[non_exhaustive]`: that would still let the rest of this crate
// build one without checking it.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeFile {
    /// About the file.
    pub header: Header,
    /// What it holds.
    pub content: Content,
    /// Private: proves the file came through [`parse`].
    _checked: (),
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    /// Courses written.
    pub courses: usize,
    /// Participants written.
    pub participants: usize,
    /// Events written.
    pub events: usize,
    /// The file's size in bytes.
    pub bytes: u64,
    /// The export time stamped in the file (ms since 1970).
    pub exported_ms: i64,
}

/// What an import added.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// Events this store did not have.
    pub new_events: usize,
    /// Participants this store did not have.
    pub new_participants: usize,
    /// Courses this store did not have.
    pub new_courses: usize,
    /// The exporting PC's name.
    pub from_device_name: String,
    /// The exporting PC's id.
    pub from_device_id: String,
    /// When the file was exported (ms since 1970).
    pub exported_ms: i64,
}

/// One line of the import log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportLogEntry {
    /// When the import was done (ms since 1970).
    pub at_ms: i64,
    /// The file's name (without its folder).
    pub file_name: String,
    /// The exporting PC's id.
    pub from_device_id: String,
    /// The exporting PC's name.
    pub from_device_name: String,
    /// When the file was exported (ms since 1970).
    pub exported_ms: i64,
    /// Events added.
    pub new_events: usize,
    /// Participants added.
    pub new_participants: usize,
    /// Courses added.
    pub new_courses: usize,
}

/// The envelope as written; `content` and then `sha256` follow it.
#[derive(Serialize)]
struct HeaderOut<'a> {
    format: &'a str,
    version: &'a str,
    app_version: &'a str,
    device_id: &'a str,
    device_name: &'a str,
    exported_ms: i64,
}

/// Passes bytes on and hashes them on the way.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    written: u64,
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The envelope as read: everything optional, so that a foreign or newer
/// file is recognised as such rather than as unreadable.
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    format: Option<String>,
    version: Option<String>,
    app_version: Option<String>,
    device_id: Option<String>,
    device_name: Option<String>,
    exported_ms: Option<i64>,
    sha256: Option<String>,
    #[serde(borrow)]
    content: Option<&'a serde_json::value::RawValue>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    use std::fmt::Write;
    let mut hex = String::with_capacity(64);
    for b in digest {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// `"1.0"` → `(1, 0)`.
fn parse_version(version: &str) -> Option<(u32, u32)> {
    let (major, minor) = version.split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

/// Whether the bytes begin the way an exchange file does (or are a cut-off
/// beginning of one).
fn looks_like_exchange(bytes: &[u8]) -> bool {
    let start = bytes.trim_ascii_start();
    !start.is_empty() && (start.starts_with(MARKER) || MARKER.starts_with(start))
}

/// For a file that begins like an exchange file but whose header does not
/// read: a newer major version may have changed it; otherwise it is damaged.
fn newer_or_damaged(bytes: &[u8]) -> ExchangeError {
    #[derive(Deserialize)]
    struct Probe {
        version: Option<String>,
    }
    match serde_json::from_slice::<Probe>(bytes).map(|p| p.version) {
        Ok(Some(version))
            if parse_version(&version).is_some_and(|(major, _)| major > VERSION_MAJOR) =>
        {
            ExchangeError::Newer { version }
        }
        _ => ExchangeError::BadChecksum,
    }
}

/// Checks and reads exchange file bytes, validating the content as of now
/// (see [`validate`]). Never panics, whatever the bytes.
pub fn parse(bytes: &[u8]) -> Result<ExchangeFile, ExchangeError> {
    parse_at(bytes, now_ms())
}

/// [`parse`] with this PC's clock at `now_ms`.
pub fn parse_at(bytes: &[u8], now_ms: i64) -> Result<ExchangeFile, ExchangeError> {
    let ours = looks_like_exchange(bytes);
    let envelope: EnvelopeIn<'_> = match serde_json::from_slice(bytes) {
        Ok(envelope) => envelope,
        Err(e) if ours && e.is_eof() => return Err(ExchangeError::Truncated),
        Err(_) if ours => return Err(newer_or_damaged(bytes)),
        Err(_) => return Err(ExchangeError::NotStegvis),
    };
    if envelope.format.as_deref() != Some(FORMAT) {
        return Err(ExchangeError::NotStegvis);
    }
    let version = envelope.version.ok_or(ExchangeError::NotStegvis)?;
    match parse_version(&version) {
        Some((major, _)) if major == VERSION_MAJOR => {}
        Some((major, _)) if major > VERSION_MAJOR => {
            return Err(ExchangeError::Newer { version });
        }
        _ => return Err(ExchangeError::NotStegvis),
    }
    let (
        Some(app_version),
        Some(device_id),
        Some(device_name),
        Some(exported_ms),
        Some(sha256),
        Some(raw),
    ) = (
        envelope.app_version,
        envelope.device_id,
        envelope.device_name,
        envelope.exported_ms,
        envelope.sha256,
        envelope.content,
    )
    else {
        return Err(ExchangeError::NotStegvis);
    };
    if !sha256.eq_ignore_ascii_case(&sha256_hex(raw.get().as_bytes())) {
        return Err(ExchangeError::BadChecksum);
    }
    let mut content: Content =
        serde_json::from_str(raw.get()).map_err(|_| ExchangeError::NotStegvis)?;
    if !content.is_consistent() {
        return Err(ExchangeError::NotStegvis);
    }
    let mut header = Header {
        version,
        app_version,
        device_id,
        device_name,
        exported_ms,
    };
    validate::check_header(&mut header, now_ms).map_err(ExchangeError::Invalid)?;
    validate::check(&mut content, now_ms).map_err(ExchangeError::Invalid)?;
    Ok(ExchangeFile {
        header,
        content,
        _checked: (),
    })
}

/// Reads and checks an exchange file: only a plain file, and at most
/// [`MAX_FILE_BYTES`] of it (so a device or a pipe named as the file is
/// refused at once instead of read forever).
pub fn read(path: &Path) -> Result<ExchangeFile, ExchangeError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)?;
    parse(&bytes)
}

/// The bytes of the plain file at `path`, refused beyond `max_bytes` (read
/// by [`crate::limited::read_regular`], so a pipe or device never hangs it).
pub fn read_limited(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ExchangeError> {
    crate::limited::read_regular(path, max_bytes).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidInput => ExchangeError::NotAFile,
        std::io::ErrorKind::FileTooLarge => ExchangeError::TooBig { max_bytes },
        _ => ExchangeError::Io(e),
    })
}

/// Writes an exchange file to `out`; returns its size in bytes.
fn write_file(
    out: &mut dyn std::io::Write,
    header: &Header,
    content: &Content,
) -> std::io::Result<u64> {
    let mut head = serde_json::to_vec(&HeaderOut {
        format: FORMAT,
        version: &header.version,
        app_version: &header.app_version,
        device_id: &header.device_id,
        device_name: &header.device_name,
        exported_ms: header.exported_ms,
    })?;
    // `head` is a JSON object: drop its closing brace, the content follows.
    head.pop();
    head.extend_from_slice(b",\"content\":");
    out.write_all(&head)?;
    // serde_json writes token by token: buffer before hashing.
    let mut buffered = std::io::BufWriter::with_capacity(
        1 << 16,
        Hashing {
            inner: &mut *out,
            hasher: Sha256::new(),
            written: 0,
        },
    );
    serde_json::to_writer(&mut buffered, content)?;
    let hashing = buffered.into_inner().map_err(|e| e.into_error())?;
    let (written, digest) = (hashing.written, hashing.hasher.finalize());
    let tail = format!(",\"sha256\":\"{}\"}}\n", hex(&digest));
    out.write_all(tail.as_bytes())?;
    Ok(head.len() as u64 + written + tail.len() as u64)
}

/// Serialises `content` into exchange file bytes.
pub fn to_bytes(header: &Header, content: &Content) -> Result<Vec<u8>, ExchangeError> {
    let mut bytes = Vec::new();
    write_file(&mut bytes, header, content).map_err(ExchangeError::Io)?;
    Ok(bytes)
}

/// The machine's name, for a PC that was never given one: the host name,
/// else "Dator".
pub fn default_device_name() -> String {
    let from_file = std::fs::read_to_string("/etc/hostname").ok();
    from_file
        .into_iter()
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .map(|v| std::env::var(v).ok())
                .into_iter()
                .flatten(),
        )
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "Dator".to_owned())
}

/// The longest device name kept, in characters.
pub const MAX_DEVICE_NAME_CHARS: usize = 60;

impl Store {
    /// This PC's name as shown to others ("från Dator 3"): the name in the
    /// machine configuration, else the name a tutor set, else the machine's
    /// host name.
    pub fn device_name(&self) -> Result<String, StoreError> {
        if let Some(name) = &self.preset_device_name {
            return Ok(name.clone());
        }
        Ok(self
            .meta("device_name")?
            .unwrap_or_else(default_device_name))
    }

    /// Sets the machine configuration's name for this PC (blank means none).
    pub fn preset_device_name(&mut self, name: Option<String>) {
        self.preset_device_name = name
            .map(|n| n.trim().chars().take(MAX_DEVICE_NAME_CHARS).collect())
            .filter(|n: &String| !n.is_empty());
    }

    /// Names this PC. An empty name goes back to the host name.
    pub fn set_device_name(&mut self, name: &str) -> Result<(), StoreError> {
        let name = crate::model::course::clean_text(
            &name.split_whitespace().collect::<Vec<_>>().join(" "),
            MAX_DEVICE_NAME_CHARS,
        );
        if name.is_empty() {
            self.conn
                .execute("DELETE FROM meta WHERE key = 'device_name'", [])?;
        } else {
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('device_name', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [&name],
            )?;
        }
        Ok(())
    }

    /// A file name for an export from this PC now, e.g.
    /// `stegvis-Dator-3-20270314-150200.stegvis`.
    pub fn suggested_export_name(&self) -> Result<String, StoreError> {
        let name: String = self
            .device_name()?
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let name = name.trim_matches('-');
        let stamp = crate::paths::file_timestamp();
        Ok(format!(
            "stegvis-{name}-{stamp}.{}",
            crate::paths::EXCHANGE_EXT
        ))
    }

    /// Writes everything this store holds to `path` (atomically: a
    /// temporary file beside it, then renamed). Times outside the window
    /// an import accepts, and texts stored before they were capped, are
    /// brought within the rules (see [`validate::for_export`]).
    pub fn export(&self, path: &Path) -> Result<ExportSummary, ExchangeError> {
        let now = now_ms();
        let content = self.export_content(now)?;
        let header = self.export_header(now)?;
        let mut bytes = 0;
        crate::paths::write_atomic_with(path, |out| {
            bytes = write_file(out, &header, &content)?;
            Ok(())
        })
        .map_err(ExchangeError::Io)?;
        Ok(ExportSummary {
            courses: content.courses.len(),
            participants: content.participants.len(),
            events: content.events.len(),
            bytes,
            exported_ms: header.exported_ms,
        })
    }

    /// The header of an export from this PC now.
    /// The header of an exchange file from this PC, written at `now`.
    pub(super) fn export_header(&self, now: i64) -> Result<Header, StoreError> {
        Ok(Header {
            version: format!("{VERSION_MAJOR}.{VERSION_MINOR}"),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            device_id: self.device_id.clone(),
            device_name: self.device_name()?,
            exported_ms: now,
        })
    }

    /// Everything this store exchanges, brought within the rules another
    /// PC's import checks (see [`validate::for_export`]), as of `now`.
    pub(super) fn export_content(&self, now: i64) -> Result<Content, StoreError> {
        let mut content = super::merge::read_content(&self.conn)?;
        validate::for_export(&mut content, now);
        Ok(content)
    }

    /// Reads, checks and merges the exchange file at `path`. A refused file
    /// changes nothing.
    pub fn import(&mut self, path: &Path) -> Result<ImportSummary, ExchangeError> {
        let file = read(path)?;
        let name = crate::paths::last_name(path).unwrap_or_default();
        self.import_file(&file, &name)
    }

    /// Merges an exchange file already read with [`read`] and logs it under
    /// `file_name`, in one transaction.
    pub fn import_file(
        &mut self,
        file: &ExchangeFile,
        file_name: &str,
    ) -> Result<ImportSummary, ExchangeError> {
        let mut summary = self.merge(&file.content, Some((&file.header, file_name)))?;
        summary.from_device_name = file.header.device_name.clone();
        summary.from_device_id = file.header.device_id.clone();
        summary.exported_ms = file.header.exported_ms;
        Ok(summary)
    }

    /// Merges `content` as an import would, without a file or a log line.
    /// Returns what was new. Inconsistent content is refused as
    /// [`ExchangeError::NotStegvis`], but nothing else is checked: this is
    /// for content read from a store on this PC (tests, measurements).
    /// Content from anywhere else must come through [`parse`] or [`read`],
    /// or at least through [`validate::check`].
    pub fn merge_content(&mut self, content: &Content) -> Result<ImportSummary, ExchangeError> {
        self.merge(content, None)
    }

    /// The one transaction of an import: merge, then log (when from a file).
    fn merge(
        &mut self,
        content: &Content,
        log: Option<(&Header, &str)>,
    ) -> Result<ImportSummary, ExchangeError> {
        if !content.is_consistent() {
            return Err(ExchangeError::NotStegvis);
        }
        let tx = self.conn.transaction()?;
        // Room for every page a big import touches, so none is written twice.
        tx.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        let counts = super::merge::merge(&tx, content)?;
        if let Some((header, file_name)) = log {
            tx.execute(
                "INSERT INTO import_log (at_ms, file_name, from_device_id, from_device_name,
                     exported_ms, new_events, new_participants, new_courses)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    now_ms(),
                    file_name,
                    header.device_id,
                    header.device_name,
                    header.exported_ms,
                    counts.events as i64,
                    counts.participants as i64,
                    counts.courses as i64,
                ],
            )?;
        }
        tx.commit()?;
        self.conn
            .pragma_update(None, "cache_size", super::CACHE_KIB)?;
        self.after_merge(counts.newest_event_ms)?;
        Ok(ImportSummary {
            new_events: counts.events,
            new_participants: counts.participants,
            new_courses: counts.courses,
            ..ImportSummary::default()
        })
    }

    /// Keeps this PC's own state in step with merged data: event times stay
    /// increasing, and a running session of a deleted course ends.
    fn after_merge(&mut self, newest_event_ms: i64) -> Result<(), StoreError> {
        self.last_at_ms = self.last_at_ms.max(newest_event_ms);
        self.current = self.load_current_session()?;
        if self.current.is_none() {
            self.conn.execute(
                "DELETE FROM meta WHERE key IN ('current_course', 'current_session')",
                [],
            )?;
        }
        Ok(())
    }

    /// Every import into this store, newest first.
    pub fn import_log(&self) -> Result<Vec<ImportLogEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT at_ms, file_name, from_device_id, from_device_name, exported_ms,
                 new_events, new_participants, new_courses
             FROM import_log ORDER BY at_ms DESC, id DESC",
        )?;
        let count = |v: i64| usize::try_from(v).unwrap_or(0);
        let rows = stmt.query_map([], |r| {
            Ok(ImportLogEntry {
                at_ms: r.get(0)?,
                file_name: r.get(1)?,
                from_device_id: r.get(2)?,
                from_device_name: r.get(3)?,
                exported_ms: r.get(4)?,
                new_events: count(r.get(5)?),
                new_participants: count(r.get(6)?),
                new_courses: count(r.get(7)?),
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Everything this store exchanges, in canonical order.
    pub fn content(&self) -> Result<Content, StoreError> {
        let mut content = super::merge::read_content(&self.conn)?;
        content.sort();
        Ok(content)
    }
}

#[cfg(test)]
#[path = "exchange_tests.rs"]
mod tests;
