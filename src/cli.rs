//! `stegvis export FILE` and `stegvis import FILE`: moving progress between
//! PCs from the command line, on the data folder the app uses.
//!
//! Each returns the text to print (Swedish line, then English line): the
//! summary on success, the plain reason on refusal. A refused import never
//! opens the store, so nothing in the data folder changes.

use crate::store::exchange::{self, ExchangeError, ExportSummary, ImportSummary};
use crate::store::{Opened, Store, StoreError};
use std::path::Path;
use time::{OffsetDateTime, UtcOffset};

const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Writes everything in the store in `data_dir` to `file`.
pub fn export(data_dir: &Path, file: &Path) -> Result<String, String> {
    let (store, note) = open(data_dir)?;
    let summary = store.export(file).map_err(|e| refusal(&e))?;
    Ok(format!("{note}{}", export_message(&summary, file)))
}

/// Checks `file` and merges it into the store in `data_dir`.
pub fn import(data_dir: &Path, file: &Path) -> Result<String, String> {
    let read = exchange::read(file).map_err(|e| refusal(&e))?;
    let (mut store, note) = open(data_dir)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let summary = store.import_file(&read, &name).map_err(|e| refusal(&e))?;
    Ok(format!(
        "{note}{}",
        import_message(&summary, local_offset())
    ))
}

/// Opens the store, with a note when a broken database was moved aside.
fn open(data_dir: &Path) -> Result<(Store, String), String> {
    match Store::open(data_dir) {
        Ok(Opened {
            store,
            broken_copy: None,
        }) => Ok((store, String::new())),
        Ok(Opened {
            store,
            broken_copy: Some(kept),
        }) => Ok((
            store,
            format!(
                "Den gamla databasen gick inte att läsa och sparades som {0}.\n\
                 The old database could not be read and was kept as {0}.\n",
                kept.display()
            ),
        )),
        Err(e) => Err(refusal(&ExchangeError::Store(e))),
    }
}

/// The plain reason a file was refused, in Swedish and English.
pub fn refusal(error: &ExchangeError) -> String {
    let sv = match error {
        ExchangeError::Io(e) => format!("Filen gick inte att läsa eller skriva ({e})."),
        ExchangeError::NotStegvis => "Filen är inte en exportfil från Stegvis.".to_owned(),
        ExchangeError::Newer { version } => format!(
            "Filen kommer från en nyare Stegvis (format {version}). \
             Uppdatera Stegvis för att kunna läsa in den."
        ),
        ExchangeError::BadChecksum => {
            "Filen är skadad: innehållet stämmer inte med kontrollsumman.".to_owned()
        }
        ExchangeError::Truncated => {
            "Filen är ofullständig: den har klippts av. Exportera den igen.".to_owned()
        }
        ExchangeError::Store(StoreError::Newer(_)) => {
            "Databasen kommer från en nyare Stegvis och lämnas orörd.".to_owned()
        }
        ExchangeError::Store(e) => format!("Databasen gick inte att använda ({e})."),
    };
    format!("{sv} Ingenting ändrades.\n{error}. Nothing was changed.")
}

fn export_message(s: &ExportSummary, file: &Path) -> String {
    let sv = join_sv(&[
        count(s.events, "händelse", "händelser"),
        count(s.participants, "deltagare", "deltagare"),
        count(s.courses, "kurs", "kurser"),
    ]);
    let en = join_en(&[
        count(s.events, "event", "events"),
        count(s.participants, "participant", "participants"),
        count(s.courses, "course", "courses"),
    ]);
    let file = file.display();
    format!("Exporterade {sv} till {file}.\nExported {en} to {file}.")
}

/// "14 nya händelser och 2 nya deltagare från Dator 3, exporterat 14 mars
/// 15:02." and the same in English.
pub fn import_message(s: &ImportSummary, offset: UtcOffset) -> String {
    let mut sv = vec![
        count(s.new_events, "ny händelse", "nya händelser"),
        count(s.new_participants, "ny deltagare", "nya deltagare"),
    ];
    let mut en = vec![
        count(s.new_events, "new event", "new events"),
        count(s.new_participants, "new participant", "new participants"),
    ];
    if s.new_courses > 0 {
        sv.push(count(s.new_courses, "ny kurs", "nya kurser"));
        en.push(count(s.new_courses, "new course", "new courses"));
    }
    let from = &s.from_device_name;
    format!(
        "{} från {from}, exporterat {}.\n{} from {from}, exported {}.",
        join_sv(&sv),
        when(s.exported_ms, offset, &MONTHS_SV),
        join_en(&en),
        when(s.exported_ms, offset, &MONTHS_EN),
    )
}

/// "1 ny kurs", "2 nya kurser".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn join_with(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

fn join_sv(parts: &[String]) -> String {
    join_with(parts, "och")
}

fn join_en(parts: &[String]) -> String {
    join_with(parts, "and")
}

/// "14 mars 15:02" (with the year when it is not this year).
fn when(ms: i64, offset: UtcOffset, months: &[&str; 12]) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000) else {
        return ms.to_string();
    };
    let at = at.to_offset(offset);
    let month = months[usize::from(u8::from(at.month())) - 1];
    let year = if at.year() == OffsetDateTime::now_utc().to_offset(offset).year() {
        String::new()
    } else {
        format!(" {}", at.year())
    };
    format!(
        "{} {month}{year} {:02}:{:02}",
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// This computer's offset from UTC now, else UTC.
fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_import_message_reads_like_the_issue() {
        let exported = time::macros::datetime!(2027-03-14 15:02 UTC);
        let summary = ImportSummary {
            new_events: 14,
            new_participants: 2,
            new_courses: 0,
            from_device_name: "Dator 3".into(),
            from_device_id: "x".into(),
            exported_ms: (exported.unix_timestamp_nanos() / 1_000_000) as i64,
        };
        let text = import_message(&summary, UtcOffset::UTC);
        let (sv, en) = text.split_once('\n').expect("two lines");
        assert!(
            sv.starts_with("14 nya händelser och 2 nya deltagare från Dator 3, exporterat 14 mars"),
            "{sv}"
        );
        assert!(sv.ends_with("15:02."), "{sv}");
        assert!(en.starts_with("14 new events and 2 new participants from Dator 3"));
        let one = ImportSummary {
            new_events: 1,
            new_participants: 1,
            new_courses: 1,
            ..summary
        };
        let text = import_message(&one, UtcOffset::UTC);
        assert!(
            text.starts_with("1 ny händelse, 1 ny deltagare och 1 ny kurs från"),
            "{text}"
        );
    }

    #[test]
    fn refusals_say_nothing_changed_in_both_languages() {
        let text = refusal(&ExchangeError::Newer {
            version: "2.0".into(),
        });
        assert!(
            text.contains("nyare Stegvis") && text.contains("newer Stegvis"),
            "{text}"
        );
        assert!(text.contains("Ingenting ändrades") && text.contains("Nothing was changed"));
    }
}
