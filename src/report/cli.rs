//! `stegvis report`: the staff report from the command line.
//!
//! `stegvis report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--anonymous]
//! [--format csv|html] [--out FILE]` reads the data folder and the lessons
//! the app uses and writes the report to FILE, or to standard output.

use super::{Format, local_offset, render, save, today};
use crate::cli::{option_value, split_option};
use crate::fl;
use crate::i18n::in_both_languages;
use crate::model::Library;
use crate::model::course::parse_iso_date;
use crate::model::report::{DateRange, ReportOptions, build};
use crate::store::{FILE_NAME, Store, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `stegvis report` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Period and anonymity (the time zone is filled in when run).
    pub options: ReportOptions,
    /// The file format: `--format`, else from the `--out` file's extension,
    /// else HTML.
    pub format: Format,
    /// Where to write; standard output when `None`.
    pub out: Option<PathBuf>,
}

/// A command line that cannot be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgError {
    /// A date not written as YYYY-MM-DD.
    BadDate(String),
    /// A format other than csv or html.
    BadFormat(String),
    /// An option the report does not have.
    Unknown(String),
    /// An option given without its value.
    Missing(String),
    /// `--from` after `--to`.
    Reversed,
}

impl ArgError {
    /// What is wrong, in the current language.
    pub fn message(&self) -> String {
        match self {
            ArgError::BadDate(v) => fl!("report-bad-date", value = v.as_str()),
            ArgError::BadFormat(v) => fl!("report-bad-format", value = v.as_str()),
            ArgError::Unknown(v) => fl!("report-bad-option", value = v.as_str()),
            ArgError::Missing(o) => fl!("report-missing-value", option = o.as_str()),
            ArgError::Reversed => fl!("report-reversed"),
        }
    }
}

/// Why `stegvis report` did not produce a report.
#[derive(Debug)]
pub enum Failure {
    /// The arguments were wrong (exit code 2).
    Usage(ArgError),
    /// The data could not be read or the report not written (exit code 1).
    Failed(String),
    /// The progress database is broken; it was not touched (exit code 1).
    Broken(PathBuf),
}

impl Failure {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Failed(_) | Failure::Broken(_) => 1,
        }
    }

    /// What went wrong, in Swedish and then English.
    pub fn message(&self) -> String {
        match self {
            Failure::Usage(e) => in_both_languages(|| e.message()),
            Failure::Failed(error) => {
                in_both_languages(|| fl!("report-failed", error = error.as_str()))
            }
            Failure::Broken(path) => crate::cli::store_broken(path),
        }
    }
}

/// Reads the arguments after `report`. Accepts `--opt value` and `--opt=value`.
pub fn parse(args: &[String]) -> Result<Request, ArgError> {
    let (mut from, mut to, mut anonymous, mut format, mut out) = (None, None, false, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = split_option(arg);
        if name == "--anonymous" && inline.is_none() {
            anonymous = true;
            continue;
        }
        if !matches!(name, "--from" | "--to" | "--format" | "--out") {
            return Err(ArgError::Unknown(arg.clone()));
        }
        let value =
            option_value(inline, &mut args).ok_or_else(|| ArgError::Missing(name.to_owned()))?;
        let date = |v: &str| parse_iso_date(v).ok_or_else(|| ArgError::BadDate(v.to_owned()));
        match name {
            "--from" => from = Some(date(&value)?),
            "--to" => to = Some(date(&value)?),
            "--format" => {
                format = Some(Format::from_name(&value).ok_or(ArgError::BadFormat(value))?);
            }
            _ => out = Some(PathBuf::from(value)),
        }
    }
    let range = DateRange::new(from, to).ok_or(ArgError::Reversed)?;
    let format = format
        .or_else(|| {
            let ext = out.as_deref()?.extension()?.to_str()?;
            Format::from_name(ext)
        })
        .unwrap_or_default();
    Ok(Request {
        options: ReportOptions {
            range,
            anonymous,
            ..ReportOptions::default()
        },
        format,
        out,
    })
}

/// Runs `stegvis report` with the arguments after `report`, on the data
/// folder and lessons the app uses, in the language chosen in Settings
/// (Swedish when none was chosen). Nothing is created when there is no data.
pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut request = parse(args).map_err(Failure::Usage)?;
    let folders = crate::app::Options::from_environment();
    let lang =
        crate::settings::load_quietly_over(&folders.config_dir, &folders.machine.settings_base())
            .language
            .unwrap_or_default();
    crate::i18n::set_language(lang);
    request.options.offset = local_offset();
    let data_dir = folders.data_dir;
    let inputs = if data_dir.join(FILE_NAME).exists() {
        let store = Store::open_untouched(&data_dir).map_err(|e| match e {
            StoreError::Broken(path) => Failure::Broken(path),
            e => Failure::Failed(e.to_string()),
        })?;
        store
            .report_inputs()
            .map_err(|e| Failure::Failed(e.to_string()))?
    } else {
        Vec::new()
    };
    let library = Library::load(&folders.lesson_dirs);
    let report = build(
        &inputs,
        &library,
        &request.options,
        today(request.options.offset),
    );
    match &request.out {
        Some(path) => {
            let written = save(&report, request.format, path).map_err(|e| failed(path, e))?;
            println!(
                "{}",
                fl!("report-saved", file = written.display().to_string())
            );
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&render(&report, request.format))
                .and_then(|()| stdout.flush())
                .map_err(|e| Failure::Failed(e.to_string()))?;
        }
    }
    Ok(())
}

fn failed(path: &Path, e: std::io::Error) -> Failure {
    Failure::Failed(format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn defaults_are_html_to_standard_output_for_all_time() {
        let request = parse(&[]).expect("parse");
        assert_eq!(request.format, Format::Html);
        assert_eq!(request.out, None);
        assert!(request.options.range.is_unbounded());
        assert!(!request.options.anonymous);
    }

    #[test]
    fn every_option_in_both_spellings() {
        let request = parse(&args(&[
            "--from",
            "2027-01-01",
            "--to=2027-12-31",
            "--anonymous",
            "--format=CSV",
            "--out",
            "r.txt",
        ]))
        .expect("parse");
        assert_eq!(request.options.range.from, Some(date!(2027 - 01 - 01)));
        assert_eq!(request.options.range.to, Some(date!(2027 - 12 - 31)));
        assert!(request.options.anonymous);
        assert_eq!(request.format, Format::Csv);
        assert_eq!(request.out, Some(PathBuf::from("r.txt")));
    }

    #[test]
    fn the_out_file_extension_chooses_the_format() {
        let request = parse(&args(&["--out", "rapport.csv"])).expect("parse");
        assert_eq!(request.format, Format::Csv);
        let request = parse(&args(&["--out", "rapport.csv", "--format", "html"])).expect("parse");
        assert_eq!(request.format, Format::Html);
    }

    #[test]
    fn bad_arguments_are_named() {
        let err = |list: &[&str]| parse(&args(list)).expect_err("refused");
        assert_eq!(err(&["--from", "31/1"]), ArgError::BadDate("31/1".into()));
        assert_eq!(err(&["--format", "pdf"]), ArgError::BadFormat("pdf".into()));
        assert_eq!(
            err(&["--everything"]),
            ArgError::Unknown("--everything".into())
        );
        assert_eq!(
            err(&["--anonymous=yes"]),
            ArgError::Unknown("--anonymous=yes".into())
        );
        assert_eq!(err(&["--out"]), ArgError::Missing("--out".into()));
        assert_eq!(
            err(&["--out", "--anonymous"]),
            ArgError::Missing("--out".into())
        );
        assert_eq!(err(&["--to="]), ArgError::Missing("--to".into()));
        assert_eq!(
            err(&["--from", "2027-02-01", "--to", "2027-01-01"]),
            ArgError::Reversed
        );
        let both = Failure::Usage(ArgError::BadDate("31/1".into())).message();
        assert!(
            both.contains("ÅÅÅÅ-MM-DD") && both.contains("YYYY-MM-DD"),
            "{both}"
        );
    }
}
