//! Self-contained printable HTML pages (the staff report, the lesson
//! handouts): one escaping function, one page frame and the print style they
//! share. Nothing here fetches anything: no scripts, no external files.

use std::fmt::Write as _;

/// The style every printable page starts with: black on white, a readable
/// font, a calm line height, and print rules (margins, no page break right
/// after a heading). Each page adds its own sizes after it.
pub const BASE_STYLE: &str = "
:root { color-scheme: light; }
body { font-family: 'Atkinson Hyperlegible', Verdana, Arial, sans-serif;
  line-height: 1.5; color: #000; background: #fff;
  max-width: 60em; margin: 1em auto; padding: 0 1em; }
p { margin: 0.3em 0; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  h1, h2, h3 { break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
";

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a text that may have several lines, with `<br>` between them.
pub fn escape_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

/// A whole page: doctype, `lang`, UTF-8, the escaped `title`, [`BASE_STYLE`]
/// followed by `style`, and `body` (already HTML) inside `<main>`.
pub fn page(lang: &str, title: &str, style: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + BASE_STYLE.len() + style.len() + 300);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{BASE_STYLE}{style}</style>\n</head>\n<body>\n<main>\n",
        escape(lang),
        escape(title)
    );
    out.push_str(body);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Every `font-size` in a style sheet, in points; `None` when one is not
/// given in `pt` (for tests that check a page's print is large enough).
pub fn font_sizes_pt(style: &str) -> Option<Vec<f32>> {
    style
        .split("font-size:")
        .skip(1)
        .map(|rest| rest.trim_start().split("pt").next()?.trim().parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<b>Åsa & \"Bo\"</b> 'x'"),
            "&lt;b&gt;Åsa &amp; &quot;Bo&quot;&lt;/b&gt; &#39;x&#39;"
        );
        assert_eq!(escape_lines("a<\nb&"), "a&lt;<br>b&amp;");
    }

    #[test]
    fn a_page_is_self_contained_with_language_and_escaped_title() {
        let html = page("sv", "<Titel>", "h1 { font-size: 30pt; }", "<p>x</p>\n");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assert!(html.contains("<title>&lt;Titel&gt;</title>"));
        assert!(html.contains("@media print") && html.contains("h1 { font-size: 30pt; }"));
        assert!(html.ends_with("<p>x</p>\n</main>\n</body>\n</html>\n"));
        for outside in ["<script", "src=", "href=", "url(", "@import"] {
            assert!(!html.contains(outside), "{outside}");
        }
    }

    #[test]
    fn font_sizes_are_read_in_points() {
        assert_eq!(
            font_sizes_pt("a { font-size: 18pt; } b { font-size:20pt }"),
            Some(vec![18.0, 20.0])
        );
        assert_eq!(font_sizes_pt("a { font-size: 2em; }"), None);
        assert_eq!(font_sizes_pt(BASE_STYLE), Some(vec![]));
    }
}
