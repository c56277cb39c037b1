//! Plain-language texts about moving progress between PCs, shared by the
//! command line (`stegvis export`/`import`, in both languages) and the tutor
//! area (in the chosen language). The words live in Fluent (`exchange-*`).

use crate::fl;
use crate::store::StoreError;
use crate::store::exchange::validate::Counted;
use crate::store::exchange::{ExchangeError, ExportSummary, ImportSummary, Invalid};
use std::path::Path;
use time::{OffsetDateTime, UtcOffset};

/// "Klart! 2 händelser, 1 deltagare och 1 kurs är sparade i filen …".
pub fn exported(summary: &ExportSummary, file: &Path) -> String {
    let what = list(&[
        fl!("exchange-events", n = summary.events),
        fl!("exchange-participants", n = summary.participants),
        fl!("exchange-courses", n = summary.courses),
    ]);
    let file = file.display().to_string();
    fl!("exchange-exported", what = what, file = file)
}

/// "14 nya händelser och 2 nya deltagare från Dator 3, exporterat 14 mars
/// 15:02." — what an import added, from where and when, in local time.
pub fn imported(summary: &ImportSummary, offset: UtcOffset) -> String {
    added(
        summary.new_events,
        summary.new_participants,
        summary.new_courses,
        &summary.from_device_name,
        summary.exported_ms,
        offset,
    )
}

/// The same sentence for any import (also the lines of the import log).
pub fn added(
    events: usize,
    participants: usize,
    courses: usize,
    pc: &str,
    exported_ms: i64,
    offset: UtcOffset,
) -> String {
    let mut parts = vec![
        fl!("exchange-new-events", n = events),
        fl!("exchange-new-participants", n = participants),
    ];
    if courses > 0 {
        parts.push(fl!("exchange-new-courses", n = courses));
    }
    fl!(
        "exchange-imported",
        what = list(&parts),
        pc = pc,
        when = when(exported_ms, offset)
    )
}

/// Why a file was refused, ending with "Ingenting ändrades."
pub fn refusal(error: &ExchangeError) -> String {
    let reason = match error {
        ExchangeError::Io(e) => fl!("exchange-refused-io", error = e.to_string()),
        ExchangeError::NotStegvis => fl!("exchange-refused-not-stegvis"),
        ExchangeError::Newer { version } => {
            fl!("exchange-refused-newer", version = version.as_str())
        }
        ExchangeError::BadChecksum => fl!("exchange-refused-checksum"),
        ExchangeError::Truncated => fl!("exchange-refused-truncated"),
        ExchangeError::Store(StoreError::Newer(_)) => fl!("exchange-refused-store-newer"),
        ExchangeError::Store(e) => fl!("exchange-refused-store", error = e.to_string()),
        ExchangeError::NotAFile => fl!("exchange-refused-not-a-file"),
        ExchangeError::TooBig { max_bytes } => {
            let mb = *max_bytes / (1024 * 1024);
            fl!("exchange-refused-too-big", mb = mb)
        }
        ExchangeError::Invalid(why) => invalid(why),
    };
    format!("{reason} {}", fl!("exchange-nothing-changed"))
}

/// Why the content was refused, in plain words.
fn invalid(why: &Invalid) -> String {
    match why {
        Invalid::Time(ms) => {
            // Before year 0 or from year 10000 on, a date says nothing.
            let when = match OffsetDateTime::from_unix_timestamp_nanos(i128::from(*ms) * 1_000_000)
            {
                Ok(at) if (0..10_000).contains(&at.year()) => when(*ms, local_offset()),
                _ => fl!("exchange-time-beyond"),
            };
            fl!("exchange-refused-time", when = when)
        }
        Invalid::Name(_) => fl!("exchange-refused-name"),
        Invalid::Text(_) => fl!("exchange-refused-text"),
        Invalid::Id | Invalid::Value => fl!("exchange-refused-value"),
        Invalid::TooMany { what, count, max } => {
            let what = match what {
                Counted::Courses => "courses",
                Counted::Participants => "participants",
                Counted::Events => "events",
                Counted::Rows => "rows",
            };
            let (count, max) = (*count, *max);
            fl!(
                "exchange-refused-too-many",
                what = what,
                count = count,
                max = max
            )
        }
    }
}

/// "a, b och c".
fn list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), fl!("exchange-and")),
    }
}

/// "14 mars 15:02", with the year when it is not this year.
pub fn when(ms: i64, offset: UtcOffset) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000) else {
        return ms.to_string();
    };
    let at = at.to_offset(offset);
    let this_year = OffsetDateTime::now_utc().to_offset(offset).year();
    format!(
        "{} {:02}:{:02}",
        crate::i18n::day_and_month(at.date(), this_year),
        at.hour(),
        at.minute()
    )
}

/// This computer's offset from UTC now, else UTC.
pub fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, in_language};

    fn summary(events: usize, participants: usize, courses: usize) -> ImportSummary {
        let exported = time::macros::datetime!(2027-03-14 15:02 UTC);
        ImportSummary {
            new_events: events,
            new_participants: participants,
            new_courses: courses,
            from_device_name: "Dator 3".into(),
            from_device_id: "x".into(),
            exported_ms: (exported.unix_timestamp_nanos() / 1_000_000) as i64,
        }
    }

    #[test]
    fn the_import_message_reads_like_the_issue() {
        let sv = in_language(Lang::Sv, || imported(&summary(14, 2, 0), UtcOffset::UTC));
        assert!(
            sv.starts_with("14 nya händelser och 2 nya deltagare från Dator 3, exporterat 14 mars"),
            "{sv}"
        );
        assert!(sv.ends_with("15:02."), "{sv}");
        let en = in_language(Lang::En, || imported(&summary(14, 2, 0), UtcOffset::UTC));
        assert!(
            en.starts_with("14 new events and 2 new participants from Dator 3, exported 14 March"),
            "{en}"
        );
        let one = in_language(Lang::Sv, || imported(&summary(1, 1, 1), UtcOffset::UTC));
        assert!(
            one.starts_with("1 ny händelse, 1 ny deltagare och 1 ny kurs från"),
            "{one}"
        );
    }

    #[test]
    fn the_time_is_shown_in_local_time() {
        let offset = UtcOffset::from_hms(1, 0, 0).expect("offset");
        let sv = in_language(Lang::Sv, || imported(&summary(0, 0, 0), offset));
        assert!(sv.ends_with("16:02."), "{sv}");
    }

    #[test]
    fn refusals_say_nothing_changed() {
        for error in [
            ExchangeError::NotStegvis,
            ExchangeError::Newer {
                version: "2.0".into(),
            },
            ExchangeError::BadChecksum,
            ExchangeError::Truncated,
            ExchangeError::NotAFile,
            ExchangeError::TooBig { max_bytes: 1 << 20 },
            ExchangeError::Invalid(Invalid::Time(i64::MAX)),
            ExchangeError::Invalid(Invalid::Name(crate::model::course::NameProblem::HasNumber)),
            ExchangeError::Invalid(Invalid::Text(crate::model::course::NameProblem::TooLong)),
            ExchangeError::Invalid(Invalid::Id),
            ExchangeError::Invalid(Invalid::TooMany {
                what: Counted::Participants,
                count: 1_000_000,
                max: 10_000,
            }),
        ] {
            let sv = in_language(Lang::Sv, || refusal(&error));
            assert!(sv.ends_with("Ingenting ändrades."), "{sv}");
            let en = in_language(Lang::En, || refusal(&error));
            assert!(en.ends_with("Nothing was changed."), "{en}");
        }
        let newer = in_language(Lang::Sv, || {
            refusal(&ExchangeError::Newer {
                version: "2.0".into(),
            })
        });
        assert!(newer.contains("nyare Stegvis (format 2.0)"), "{newer}");
        let many = in_language(Lang::Sv, || {
            refusal(&ExchangeError::Invalid(Invalid::TooMany {
                what: Counted::Participants,
                count: 1_000_000,
                max: 10_000,
            }))
        });
        assert!(
            many.starts_with(
                "Filen har för många deltagare (1000000). Stegvis tar emot högst 10000."
            ),
            "{many}"
        );
        let big = in_language(Lang::Sv, || {
            refusal(&ExchangeError::TooBig {
                max_bytes: 200 << 20,
            })
        });
        assert!(big.starts_with("Filen är för stor, över 200 MB."), "{big}");
        for (ms, shown) in [
            (i64::MAX, "långt bort i tiden"),
            (i64::MIN, "långt bort i tiden"),
            (4_102_444_800_000, "2100"),
        ] {
            let sv = in_language(Lang::Sv, || {
                refusal(&ExchangeError::Invalid(Invalid::Time(ms)))
            });
            assert!(
                sv.starts_with("Filen har en tid som inte kan stämma:") && sv.contains(shown),
                "{sv}"
            );
        }
    }

    #[test]
    fn an_export_names_what_and_where() {
        let s = ExportSummary {
            courses: 1,
            participants: 12,
            events: 340,
            bytes: 1000,
            exported_ms: 0,
        };
        let sv = in_language(Lang::Sv, || exported(&s, Path::new("/media/usb/a.stegvis")));
        assert_eq!(
            sv,
            "Klart! 340 händelser, 12 deltagare och 1 kurs är sparade i filen /media/usb/a.stegvis."
        );
    }
}
