//! The staff report as a file: CSV that Swedish Excel opens correctly, or a
//! printable HTML page. The numbers come from [`crate::model::report`]; the
//! words from the `report-` messages in the current language.
//!
//! The tutor area calls [`write_report`]; `stegvis report` goes through
//! [`cli::run`].

pub mod cli;
mod csv;
mod html;

use crate::fl;
use crate::model::Library;
use crate::model::course::iso_date;
use crate::model::lesson::Topic;
use crate::model::report::{DateRange, Label, Report, ReportOptions, build};
use crate::store::{Store, StoreError};
use std::path::{Path, PathBuf};
use time::{Date, OffsetDateTime, UtcOffset};

/// A report file format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values the Swedish way: UTF-8 with BOM, `;`, CRLF.
    Csv,
    /// A self-contained page to read or print.
    #[default]
    Html,
}

impl Format {
    /// The format named `csv` or `html` (any case).
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

/// Why a report could not be written.
#[derive(Debug)]
pub enum ReportError {
    /// The progress store could not be read.
    Store(StoreError),
    /// The file could not be written.
    Io(std::io::Error),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::Store(e) => write!(f, "{e}"),
            ReportError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReportError {}

impl From<StoreError> for ReportError {
    fn from(e: StoreError) -> Self {
        ReportError::Store(e)
    }
}

impl From<std::io::Error> for ReportError {
    fn from(e: std::io::Error) -> Self {
        ReportError::Io(e)
    }
}

/// This computer's time zone, or UTC when it cannot be told (the operating
/// system may refuse once several threads run).
pub fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

/// Today in the time zone `offset`.
pub fn today(offset: UtcOffset) -> Date {
    OffsetDateTime::now_utc().to_offset(offset).date()
}

/// Computes the report from everything in `store`, made today.
pub fn make(
    store: &Store,
    library: &Library,
    options: &ReportOptions,
) -> Result<Report, StoreError> {
    Ok(build(
        &store.report_inputs()?,
        library,
        options,
        today(options.offset),
    ))
}

/// The report as the bytes of a file in `format`, in the current language.
pub fn render(report: &Report, format: Format) -> Vec<u8> {
    let labels = Labels::new();
    match format {
        Format::Csv => csv::render(report, &labels),
        Format::Html => html::render(report, &labels).into_bytes(),
    }
}

/// A file name for a report, e.g. `stegvis-rapport-2027-05-31.html`
/// (`…-anonym-…` for an anonymous one).
pub fn file_name(format: Format, made_on: Date, anonymous: bool) -> String {
    let kind = if anonymous { "-anonym" } else { "" };
    format!(
        "stegvis-rapport{kind}-{}.{}",
        iso_date(made_on),
        format.extension()
    )
}

/// Makes the report and writes it to `path`; when `path` is a folder, into a
/// file named by [`file_name`] in it. Returns the file written.
pub fn write_report(
    store: &Store,
    library: &Library,
    options: &ReportOptions,
    format: Format,
    path: &Path,
) -> Result<PathBuf, ReportError> {
    let report = make(store, library, options)?;
    Ok(save(&report, format, path)?)
}

/// Writes a report to `path`, or into a file named by [`file_name`] when
/// `path` is a folder. Returns the file written.
fn save(report: &Report, format: Format, path: &Path) -> std::io::Result<PathBuf> {
    let target = crate::paths::file_in(path, &file_name(format, report.made_on, report.anonymous));
    crate::paths::write_atomic(&target, &render(report, format))?;
    Ok(target)
}

/// Every word of the report in the current language, looked up once and
/// shared by the CSV and HTML renderers.
pub(crate) struct Labels {
    lang: &'static str,
    title: String,
    period: String,
    made: String,
    anonymous: String,
    totals: String,
    reached: String,
    reached_note: String,
    courses: String,
    sessions_held: String,
    lessons_done: String,
    help_requests: String,
    course: String,
    place: String,
    participants: String,
    session: String,
    date: String,
    present: String,
    topic: String,
    participant: String,
    sessions_attended: String,
    attendance: String,
    per_topic: String,
    per_participant: String,
    no_courses: String,
}

impl Labels {
    fn new() -> Labels {
        Labels {
            lang: crate::i18n::language().code(),
            title: fl!("report-title"),
            period: fl!("report-period"),
            made: fl!("report-made"),
            anonymous: fl!("report-anonymous"),
            totals: fl!("report-totals"),
            reached: fl!("report-reached"),
            reached_note: fl!("report-reached-note"),
            courses: fl!("report-courses"),
            sessions_held: fl!("report-sessions-held"),
            lessons_done: fl!("report-lessons-done"),
            help_requests: fl!("report-help-requests"),
            course: fl!("report-course"),
            place: fl!("report-place"),
            participants: fl!("report-participants"),
            session: fl!("report-session"),
            date: fl!("report-date"),
            present: fl!("report-present"),
            topic: fl!("report-topic"),
            participant: fl!("report-participant"),
            sessions_attended: fl!("report-sessions-attended"),
            attendance: fl!("report-attendance"),
            per_topic: fl!("report-per-topic"),
            per_participant: fl!("report-per-participant"),
            no_courses: fl!("report-no-courses"),
        }
    }

    /// The period in words.
    fn period_text(&self, range: &DateRange) -> String {
        match (range.from.map(iso_date), range.to.map(iso_date)) {
            (None, None) => fl!("report-period-all"),
            (Some(from), None) => fl!("report-period-from", from = from),
            (None, Some(to)) => fl!("report-period-to", to = to),
            (Some(from), Some(to)) => fl!("report-period-between", from = from, to = to),
        }
    }

    /// A participant's name or number.
    fn person(label: &Label) -> String {
        match label {
            Label::Name(name) => name.clone(),
            Label::Number(n) => fl!("report-anonymous-name", number = n.to_string()),
        }
    }

    /// A topic's name; `None` for lessons no longer in the library.
    fn topic_name(topic: Option<Topic>) -> String {
        match topic {
            Some(t) => crate::screen::topic_name(t),
            None => fl!("report-topic-other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::EventKind;
    use time::macros::date;

    #[test]
    fn formats_and_file_names() {
        assert_eq!(Format::from_name("CSV"), Some(Format::Csv));
        assert_eq!(Format::from_name("html"), Some(Format::Html));
        assert_eq!(Format::from_name("pdf"), None);
        assert_eq!(
            file_name(Format::Csv, date!(2027 - 05 - 31), false),
            "stegvis-rapport-2027-05-31.csv"
        );
        assert_eq!(
            file_name(Format::Html, date!(2027 - 05 - 31), true),
            "stegvis-rapport-anonym-2027-05-31.html"
        );
    }

    #[test]
    fn write_report_names_the_file_inside_a_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::in_memory().expect("store");
        let course = store
            .create_course("Biblioteket", "Kalmar", date!(2027 - 01 - 12), 2)
            .expect("course");
        let karin = store.add_participant(&course.id, "Karin L.").expect("add");
        store
            .record(Some(&karin.id), "mejl-1", EventKind::LessonCompleted)
            .expect("record");
        let library = crate::model::report::fixture::library();
        let options = ReportOptions::default();

        let written =
            write_report(&store, &library, &options, Format::Csv, dir.path()).expect("write");
        assert_eq!(written.parent(), Some(dir.path()));
        assert!(written.to_string_lossy().ends_with(".csv"));
        let bytes = std::fs::read(&written).expect("read");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));

        let named = dir.path().join("egen.html");
        let written =
            write_report(&store, &library, &options, Format::Html, &named).expect("write");
        assert_eq!(written, named);
        let page = std::fs::read_to_string(&named).expect("read");
        assert!(page.contains("Karin L."), "{page}");
    }
}
