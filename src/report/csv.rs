//! The report as CSV the way Swedish Excel reads it: UTF-8 with a byte order
//! mark, `;` between fields, CRLF line ends, dates as YYYY-MM-DD.
//!
//! The file holds a few tables one after another, separated by an empty line;
//! each table repeats the course name in every row so it can be filtered.

use super::Labels;
use crate::model::course::iso_date;
use crate::model::report::Report;

/// The byte order mark that tells Excel the file is UTF-8.
pub(super) const BOM: &str = "\u{FEFF}";
/// The field separator Excel uses where the decimal sign is a comma.
pub(super) const SEPARATOR: char = ';';

/// One field, quoted when it holds a separator, a quote or a line break.
/// Text that Excel would take for a formula gets a leading `'`.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([SEPARATOR, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Appends one line of fields.
fn line<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    let fields: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
    out.push_str(&fields.join(&SEPARATOR.to_string()));
    out.push_str("\r\n");
}

/// The report as CSV bytes.
pub(super) fn render(report: &Report, l: &Labels) -> Vec<u8> {
    let mut out = String::from(BOM);
    let n = |v: usize| v.to_string();
    line(&mut out, &[&l.title]);
    line(&mut out, &[&l.period, &l.period_text(&report.range)]);
    line(&mut out, &[&l.made, &iso_date(report.made_on)]);
    if report.anonymous {
        line(&mut out, &[&l.anonymous]);
    }

    let t = &report.totals;
    out.push_str("\r\n");
    line(&mut out, &[&l.totals]);
    line(&mut out, &[l.reached.clone(), n(t.participants_reached)]);
    line(&mut out, &[&l.reached_note]);
    line(&mut out, &[l.courses.clone(), n(t.courses)]);
    line(&mut out, &[l.sessions_held.clone(), n(t.sessions_held)]);
    line(&mut out, &[l.lessons_done.clone(), n(t.done.total())]);
    line(&mut out, &[l.help_requests.clone(), n(t.help_requests)]);
    out.push_str("\r\n");
    line(&mut out, &[&l.topic, &l.lessons_done]);
    for (topic, count) in t.done.rows() {
        line(&mut out, &[Labels::topic_name(topic), n(count)]);
    }

    if report.courses.is_empty() {
        out.push_str("\r\n");
        line(&mut out, &[&l.no_courses]);
        return out.into_bytes();
    }
    out.push_str("\r\n");
    line(
        &mut out,
        &[
            &l.course,
            &l.place,
            &l.participants,
            &l.reached,
            &l.lessons_done,
            &l.help_requests,
        ],
    );
    for c in &report.courses {
        line(
            &mut out,
            &[
                c.name.clone(),
                c.place.clone(),
                n(c.participants),
                n(c.reached),
                n(c.done.total()),
                n(c.help_requests),
            ],
        );
    }
    out.push_str("\r\n");
    line(&mut out, &[&l.course, &l.session, &l.date, &l.present]);
    for c in &report.courses {
        for s in &c.sessions {
            let row = [
                c.name.clone(),
                s.number.to_string(),
                iso_date(s.date),
                n(s.present),
            ];
            line(&mut out, &row);
        }
    }
    out.push_str("\r\n");
    line(&mut out, &[&l.course, &l.topic, &l.lessons_done]);
    for c in &report.courses {
        for (topic, count) in c.done.rows() {
            line(
                &mut out,
                &[c.name.clone(), Labels::topic_name(topic), n(count)],
            );
        }
    }
    out.push_str("\r\n");
    line(
        &mut out,
        &[
            &l.course,
            &l.participant,
            &l.sessions_attended,
            &l.lessons_done,
            &l.help_requests,
        ],
    );
    for c in &report.courses {
        for p in &c.people {
            line(
                &mut out,
                &[
                    c.name.clone(),
                    Labels::person(&p.label),
                    n(p.sessions_attended),
                    n(p.lessons_done),
                    n(p.help_requests),
                ],
            );
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{Label, ReportOptions, fixture};

    /// Splits a CSV text into rows of fields (quotes understood), for checks.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (SEPARATOR, false) => row.push(std::mem::take(&mut cell)),
                ('\r', false) => {}
                ('\n', false) => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => cell.push(c),
            }
        }
        rows
    }

    fn csv_of(report: &Report) -> String {
        crate::i18n::set_language(crate::i18n::Lang::Sv);
        let bytes = render(report, &Labels::new());
        String::from_utf8(bytes).expect("UTF-8")
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("Karin L."), "Karin L.");
        assert_eq!(field("Kalmar; city"), "\"Kalmar; city\"");
        assert_eq!(field("Bo \"Bosse\""), "\"Bo \"\"Bosse\"\"\"");
        assert_eq!(field("två\nrader"), "\"två\nrader\"");
        assert_eq!(field("=SUMMA(A1)"), "'=SUMMA(A1)", "no formulas");
        assert_eq!(field("2027-01-12"), "2027-01-12");
    }

    #[test]
    fn starts_with_a_bom_uses_semicolons_and_crlf() {
        let text = csv_of(&fixture::report(&ReportOptions::default()));
        assert!(
            text.starts_with("\u{FEFF}Rapport från Stegvis\r\n"),
            "{text}"
        );
        assert!(text.contains("Unika deltagare som nåtts;3\r\n"), "{text}");
        assert!(
            text.contains("Stadsbiblioteket;1;2027-01-12;2\r\n"),
            "{text}"
        );
        assert!(
            text.contains("Stadsbiblioteket;Karin L.;2;2;0\r\n"),
            "{text}"
        );
        assert!(text.contains("Kvarnholmen;BankID;1\r\n"), "{text}");
        assert_eq!(
            text.matches('\n').count(),
            text.matches("\r\n").count(),
            "every line ends in CRLF"
        );
        assert!(
            text.contains(
                "\r\nKurs;Deltagare;Träffar på plats;Klara lektioner;Bad om hjälp (gånger)\r\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn awkward_names_survive_a_round_trip() {
        let mut report = fixture::report(&ReportOptions::default());
        let awkward = "Åsa; \"Bo\"\nNilsson";
        report.courses[0].people[0].label = Label::Name(awkward.into());
        report.courses[0].name = "Kurs; vår".into();
        let rows = parse(csv_of(&report).trim_start_matches(BOM));
        assert!(
            rows.iter()
                .any(|r| r == &["Kurs; vår", awkward, "0", "0", "0"]),
            "{rows:?}"
        );
    }

    #[test]
    fn anonymous_has_no_names_and_says_so() {
        let text = csv_of(&fixture::report(&ReportOptions {
            anonymous: true,
            ..ReportOptions::default()
        }));
        assert!(text.contains("Anonym rapport"), "{text}");
        assert!(
            text.contains("Stadsbiblioteket;Deltagare 1;1;1;1\r\n"),
            "{text}"
        );
        for name in ["Karin", "Åke", ";Bo;", "Sven"] {
            assert!(!text.contains(name), "{name} in {text}");
        }
    }

    #[test]
    fn a_period_without_courses_says_so() {
        let report = fixture::report(&ReportOptions {
            range: crate::model::report::DateRange::new(
                None,
                Some(time::macros::date!(2020 - 01 - 01)),
            )
            .expect("range"),
            ..ReportOptions::default()
        });
        let text = csv_of(&report);
        assert!(
            text.contains("Period;Till och med 2020-01-01\r\n"),
            "{text}"
        );
        assert!(text.contains("Unika deltagare som nåtts;0\r\n"), "{text}");
        assert!(
            text.contains("Det finns inga kurser under perioden."),
            "{text}"
        );
    }
}
