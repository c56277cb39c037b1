//! The report as one self-contained HTML page: large print, black on white,
//! a table per course, tidy when printed. No scripts, no external files;
//! every text from the data is escaped.

use super::Labels;
use crate::html::{escape, page};
use crate::model::course::iso_date;
use crate::model::report::{CourseReport, Report, TopicCounts};
use std::fmt::Write as _;

/// The report's own style, after [`crate::html::BASE_STYLE`]: at least
/// 16 pt everywhere, tables with strong borders.
const STYLE: &str = "
body { font-size: 16pt; }
h1 { font-size: 28pt; margin: 0 0 0.3em; }
h2 { font-size: 22pt; margin: 1.6em 0 0.4em; border-bottom: 3px solid #000; }
h3 { font-size: 18pt; margin: 1.2em 0 0.3em; }
table { border-collapse: collapse; margin: 0.3em 0 1em; }
th, td { border: 2px solid #000; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: #e8e8e8; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.reached { display: inline-block; border: 4px solid #000; padding: 0.4em 1em; margin: 0.5em 0; }
.reached strong { display: block; font-size: 44pt; line-height: 1.1; }
.note { max-width: 42em; }
.anonymous { font-weight: bold; border-left: 8px solid #000; padding-left: 0.5em; }
@media print {
  thead { display: table-header-group; }
  tr, .reached, h2, h3 { break-inside: avoid; }
}
";

/// A column: its heading and whether it holds numbers (right-aligned).
type Column<'a> = (&'a str, bool);

/// A table with a header row; every cell is escaped here.
fn table(out: &mut String, columns: &[Column<'_>], rows: &[Vec<String>], foot: Option<&[String]>) {
    let class = |num: bool| if num { " class=\"num\"" } else { "" };
    out.push_str("<table>\n<thead><tr>");
    for (heading, num) in columns {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            class(*num),
            escape(heading)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let cells = |out: &mut String, row: &[String]| {
        for (i, (cell, (_, num))) in row.iter().zip(columns).enumerate() {
            let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
            let end = if i == 0 { "th" } else { "td" };
            let _ = write!(out, "<{tag}{}>{}</{end}>", class(*num), escape(cell));
        }
    };
    for row in rows {
        out.push_str("<tr>");
        cells(out, row);
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n");
    if let Some(foot) = foot {
        out.push_str("<tfoot><tr>");
        cells(out, foot);
        out.push_str("</tr></tfoot>\n");
    }
    out.push_str("</table>\n");
}

/// A two-column table of named figures.
fn figures(out: &mut String, rows: &[(&str, usize)]) {
    out.push_str("<table>\n<tbody>\n");
    for (name, value) in rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{value}</td></tr>",
            escape(name)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Lessons completed per topic, with the sum in the footer.
fn topics(out: &mut String, l: &Labels, done: &TopicCounts) {
    let rows: Vec<Vec<String>> = done
        .rows()
        .into_iter()
        .map(|(topic, n)| vec![Labels::topic_name(topic), n.to_string()])
        .collect();
    let foot = [l.totals.clone(), done.total().to_string()];
    table(
        out,
        &[(&l.topic, false), (&l.lessons_done, true)],
        &rows,
        Some(&foot),
    );
}

fn course(out: &mut String, l: &Labels, c: &CourseReport) {
    out.push_str("<section class=\"course\">\n");
    let _ = writeln!(out, "<h2>{}</h2>", escape(&c.name));
    if !c.place.is_empty() {
        let _ = writeln!(out, "<p>{}: {}</p>", escape(&l.place), escape(&c.place));
    }
    figures(
        out,
        &[
            (&l.participants, c.participants),
            (&l.reached, c.reached),
            (&l.lessons_done, c.done.total()),
            (&l.help_requests, c.help_requests),
        ],
    );

    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.attendance));
    let rows: Vec<Vec<String>> = c
        .sessions
        .iter()
        .map(|s| {
            vec![
                s.number.to_string(),
                iso_date(s.date),
                s.present.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[(&l.session, false), (&l.date, false), (&l.present, true)],
        &rows,
        None,
    );

    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.per_topic));
    topics(out, l, &c.done);

    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.per_participant));
    let rows: Vec<Vec<String>> = c
        .people
        .iter()
        .map(|p| {
            vec![
                Labels::person(&p.label),
                p.sessions_attended.to_string(),
                p.lessons_done.to_string(),
                p.help_requests.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            (&l.participant, false),
            (&l.sessions_attended, true),
            (&l.lessons_done, true),
            (&l.help_requests, true),
        ],
        &rows,
        None,
    );
    out.push_str("</section>\n");
}

/// The report as an HTML page.
pub(super) fn render(report: &Report, l: &Labels) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape(&l.title));
    let _ = writeln!(
        out,
        "<p>{}: {}<br>{}: {}</p>",
        escape(&l.period),
        escape(&l.period_text(&report.range)),
        escape(&l.made),
        iso_date(report.made_on)
    );
    if report.anonymous {
        let _ = writeln!(out, "<p class=\"anonymous\">{}</p>", escape(&l.anonymous));
    }

    let t = &report.totals;
    let _ = writeln!(
        out,
        "<section class=\"totals\">\n<h2>{}</h2>",
        escape(&l.totals)
    );
    let _ = writeln!(
        out,
        "<p class=\"reached\"><strong>{}</strong>{}</p>",
        t.participants_reached,
        escape(&l.reached)
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&l.reached_note));
    figures(
        &mut out,
        &[
            (&l.courses, t.courses),
            (&l.sessions_held, t.sessions_held),
            (&l.lessons_done, t.done.total()),
            (&l.help_requests, t.help_requests),
        ],
    );
    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.per_topic));
    topics(&mut out, l, &t.done);
    out.push_str("</section>\n");

    if report.courses.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&l.no_courses));
    }
    for c in &report.courses {
        course(&mut out, l, c);
    }
    page(l.lang, &l.title, STYLE, &out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};
    use crate::model::report::{Label, ReportOptions, fixture};

    fn page(report: &Report) -> String {
        render(report, &Labels::new())
    }

    #[test]
    fn names_and_course_texts_are_escaped() {
        set_language(Lang::Sv);
        let mut report = fixture::report(&ReportOptions::default());
        report.courses[0].people[0].label = Label::Name("<b>Åsa & \"Bo\"</b>".into());
        report.courses[0].name = "<script>alert('x')</script>".into();
        report.courses[0].place = "Kalmar & Öland".into();
        let html = page(&report);
        assert!(
            html.contains("&lt;b&gt;Åsa &amp; &quot;Bo&quot;&lt;/b&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("Kalmar &amp; Öland"));
        assert!(!html.contains("<b>") && !html.contains("<script"));
    }

    #[test]
    fn a_self_contained_large_print_page() {
        set_language(Lang::Sv);
        let html = page(&fixture::report(&ReportOptions::default()));
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("@media print"));
        assert!(html.contains("font-size: 16pt"));
        for outside in [
            "<script", "src=", "href=", "http:", "https:", "url(", "@import",
        ] {
            assert!(!html.contains(outside), "{outside}");
        }
        assert!(
            html.contains("<p class=\"reached\"><strong>3</strong>Unika deltagare som nåtts</p>"),
            "{html}"
        );
        assert_eq!(html.matches("<section class=\"course\">").count(), 2);
        assert!(html.contains("<h2>Stadsbiblioteket</h2>\n<p>Plats: Kalmar</p>"));
        assert!(
            html.contains("<td>2027-01-12</td><td class=\"num\">2</td>"),
            "{html}"
        );
        assert!(html.contains("<th scope=\"row\">Karin L.</th>"));
    }

    #[test]
    fn every_font_size_is_large() {
        let sizes = crate::html::font_sizes_pt(STYLE).expect("all in pt");
        assert!(!sizes.is_empty());
        assert!(sizes.iter().all(|s| *s >= 16.0), "{sizes:?}");
    }

    #[test]
    fn english_when_the_language_is_english() {
        set_language(Lang::En);
        let html = page(&fixture::report(&ReportOptions {
            anonymous: true,
            ..ReportOptions::default()
        }));
        set_language(Lang::Sv);
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html.contains("Unique participants reached"));
        assert!(html.contains("<th scope=\"row\">Participant 1</th>"));
        assert!(html.contains("Anonymous report"));
        assert!(!html.contains("Karin"));
    }
}
