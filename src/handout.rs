//! "Att ta med hem" / "To take home": a lesson as one large-print page to
//! print and keep. The page has the lesson's title and summary, the safety
//! rules of its topic (BankID, e-mail, safety), every step in order — a
//! question with its right answer and why — with the pictures embedded, and
//! the lesson's key words. It is self-contained HTML: no scripts, nothing
//! fetched, every text escaped, pictures as `data:` URIs.
//!
//! `stegvis handout` and the Done screen use [`write`] and [`write_to_dir`].

use crate::fl;
use crate::html::{escape, escape_lines, page};
use crate::i18n::{Lang, in_language};
use crate::model::{Lesson, Step, Topic};
use base64ct::{Base64, Encoding};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Pictures larger than this are left out (their description stays).
pub const MAX_IMAGE_BYTES: u64 = 4 * 1024 * 1024;

/// The handout's own style, after [`crate::html::BASE_STYLE`]: 18 pt body
/// text or larger, thick black borders, nothing that needs colour.
const STYLE: &str = "
body { font-size: 18pt; }
h1 { font-size: 32pt; line-height: 1.2; margin: 0 0 0.3em; }
h2 { font-size: 24pt; margin: 1.3em 0 0.4em; border-bottom: 3px solid #000; }
.kicker { font-size: 18pt; font-weight: bold; margin: 0; }
.summary { border-left: 8px solid #000; padding-left: 0.6em; }
.rules { border: 4px solid #000; padding: 0.2em 1em 0.6em; margin: 1.2em 0; }
.rules h2 { border: none; margin: 0.4em 0 0.2em; }
.rules li { font-weight: bold; margin: 0.3em 0; }
ol.steps { padding-left: 1.8em; }
ol.steps > li { margin: 0 0 1em; padding-left: 0.3em; }
.question { border: 2px solid #000; padding: 0.3em 0.8em; }
figure { margin: 0.6em 0; }
img { display: block; max-width: 100%; max-height: 11cm; height: auto; border: 2px solid #000; }
dt { font-weight: bold; margin-top: 0.5em; }
dd { margin: 0 0 0 1.2em; }
footer { margin-top: 2em; border-top: 2px solid #000; padding-top: 0.4em; }
@media print {
  .rules, ol.steps > li, figure, dt, dd { break-inside: avoid; }
  dt { break-after: avoid; }
}
";

/// Every word of the handout in one language, looked up once.
struct Labels {
    kicker: String,
    session: String,
    learned: String,
    rules_heading: String,
    rules: Option<String>,
    steps: String,
    question: String,
    right_answer: String,
    keywords: String,
    footer: String,
    /// "Fakta kontrollerade 2026-12-06", when the lesson has the date.
    facts_checked: Option<String>,
}

impl Labels {
    /// The labels in the thread's current language, for a lesson.
    fn new(lesson: &Lesson) -> Labels {
        let rules = match lesson.topic {
            Topic::Bankid => Some(fl!("handout-rules-bankid")),
            Topic::Email => Some(fl!("handout-rules-email")),
            Topic::Safety => Some(fl!("handout-rules-safety")),
            Topic::Basics | Topic::Eservices => None,
        };
        Labels {
            kicker: fl!("handout-kicker"),
            session: fl!("handout-session", number = lesson.session.to_string()),
            learned: fl!("handout-learned"),
            rules_heading: fl!("handout-rules-heading"),
            rules,
            steps: fl!("handout-steps"),
            question: fl!("handout-question"),
            right_answer: fl!("handout-right-answer"),
            keywords: fl!("handout-keywords"),
            footer: fl!("handout-footer"),
            facts_checked: lesson.facts_checked.map(|d| {
                fl!(
                    "handout-facts-checked",
                    date = crate::model::course::iso_date(d)
                )
            }),
        }
    }
}

/// The handout of `lesson` in `lang` as a complete HTML page. Lesson texts
/// missing in `lang` fall back to Swedish, like in the app.
pub fn render(lesson: &Lesson, lang: Lang) -> String {
    let labels = in_language(lang, || Labels::new(lesson));
    let locale = lang.code();
    let title = lesson.title(locale);
    let mut out = String::new();

    let _ = writeln!(
        out,
        "<header>\n<p class=\"kicker\">{} · Stegvis · {}</p>\n<h1>{}</h1>\n</header>",
        escape(&labels.kicker),
        escape(&labels.session),
        escape(&title)
    );
    let _ = writeln!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>\n<p>{}</p>\n</section>",
        escape(&labels.learned),
        escape_lines(&lesson.summary(locale))
    );
    if let Some(rules) = &labels.rules {
        let _ = writeln!(
            out,
            "<section class=\"rules\">\n<h2>{}</h2>\n<ul>",
            escape(&labels.rules_heading)
        );
        for rule in rules.lines().map(str::trim).filter(|r| !r.is_empty()) {
            let _ = writeln!(out, "<li>{}</li>", escape(rule));
        }
        out.push_str("</ul>\n</section>\n");
    }

    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<ol class=\"steps\">",
        escape(&labels.steps)
    );
    for step in &lesson.steps {
        step_html(&mut out, lesson, locale, &labels, step);
    }
    out.push_str("</ol>\n</section>\n");

    let words = lesson.keywords(locale);
    if !words.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"keywords\">\n<h2>{}</h2>\n<dl>",
            escape(&labels.keywords)
        );
        for word in words {
            let _ = writeln!(out, "<dt>{}</dt>", escape(&word.term));
            if !word.meaning.is_empty() {
                let _ = writeln!(out, "<dd>{}</dd>", escape(&word.meaning));
            }
        }
        out.push_str("</dl>\n</section>\n");
    }
    let _ = write!(out, "<footer>\n<p>{}</p>\n", escape(&labels.footer));
    if let Some(checked) = &labels.facts_checked {
        let _ = writeln!(out, "<p class=\"checked\">{}</p>", escape(checked));
    }
    out.push_str("</footer>\n");
    let page_title = format!("{title} – {}", labels.kicker);
    page(locale, &page_title, STYLE, &out)
}

/// One step as a list item.
fn step_html(out: &mut String, lesson: &Lesson, locale: &str, labels: &Labels, step: &Step) {
    match step {
        Step::Read { text, image, alt } => {
            let _ = writeln!(
                out,
                "<li>\n<p>{}</p>",
                escape_lines(&lesson.text(locale, text))
            );
            if let Some(rel) = image {
                let alt = alt
                    .as_deref()
                    .map(|id| lesson.text(locale, id))
                    .unwrap_or_default();
                figure(out, &lesson.image_path(rel), &alt);
            }
            out.push_str("</li>\n");
        }
        Step::Choice { text, answers, .. } => {
            let _ = writeln!(
                out,
                "<li class=\"question\">\n<p><strong>{}:</strong> {}</p>",
                escape(&labels.question),
                escape_lines(&lesson.text(locale, text))
            );
            for answer in answers.iter().filter(|a| a.correct) {
                let _ = writeln!(
                    out,
                    "<p><strong>{}:</strong> {}</p>\n<p>{}</p>",
                    escape(&labels.right_answer),
                    escape_lines(&lesson.text(locale, &answer.text)),
                    escape_lines(&lesson.text(locale, &answer.feedback))
                );
            }
            out.push_str("</li>\n");
        }
        Step::Practice { scenario } => {
            // A practice on paper: what to do, and what it teaches.
            if let Some(s) = lesson.scenario(scenario) {
                let _ = writeln!(
                    out,
                    "<li class=\"practice\">\n<p><strong>{}</strong></p>\n<p>{}</p>\n<p>{}</p>\n</li>",
                    escape(&lesson.text(locale, &s.title)),
                    escape_lines(&lesson.text(locale, &s.task)),
                    escape_lines(&lesson.text(locale, &s.end))
                );
            }
        }
    }
}

/// A picture with its description under it. A picture that cannot be read,
/// is too large or is not PNG or JPEG is left out; the description stays.
fn figure(out: &mut String, path: &Path, alt: &str) {
    out.push_str("<figure>\n");
    if let Some(uri) = data_uri(path) {
        let _ = writeln!(out, "<img src=\"{uri}\" alt=\"{}\">", escape(alt));
    }
    if !alt.is_empty() {
        let _ = writeln!(out, "<figcaption>{}</figcaption>", escape_lines(alt));
    }
    out.push_str("</figure>\n");
}

/// A picture file as a `data:` URI, when it is a readable PNG or JPEG.
fn data_uri(path: &Path) -> Option<String> {
    if std::fs::metadata(path).ok()?.len() > MAX_IMAGE_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let mime = image_type(&bytes)?;
    Some(format!(
        "data:{mime};base64,{}",
        Base64::encode_string(&bytes)
    ))
}

/// The MIME type of PNG or JPEG data, from its first bytes.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// The handout's file name, e.g. `stegvis-bankid-logga-in-sv.html`.
pub fn file_name(lesson: &Lesson, lang: Lang) -> String {
    format!("stegvis-{}-{}.html", lesson.id, lang.code())
}

/// Writes the handout to `path`, or into a file named by [`file_name`] when
/// `path` is a folder. Returns the file written.
pub fn write(lesson: &Lesson, lang: Lang, path: &Path) -> std::io::Result<PathBuf> {
    let target = crate::paths::file_in(path, &file_name(lesson, lang));
    crate::paths::write_atomic(&target, render(lesson, lang).as_bytes())?;
    Ok(target)
}

/// Writes the handout into the folder `dir` (made if missing) as
/// [`file_name`]. Returns the file written, for the app to open or show.
pub fn write_to_dir(lesson: &Lesson, lang: Lang, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    write(lesson, lang, dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const TOML: &str = r#"
id = "t"
topic = "bankid"
session = 6

[[step]]
kind = "read"
text = "intro"
image = "pic.png"
alt = "intro-alt"

[[step]]
kind = "choice"
text = "q1"
hint = "q1-hint"
answers = [
  { text = "q1-a1", feedback = "q1-a1-fb" },
  { text = "q1-a2", correct = true, feedback = "q1-a2-fb" },
]
"#;

    const SV: &str = "title = <Titel> & \"mer\"\nsummary = Du kan <b>.\n\
        intro = Klicka på <script>alert('x')</script>.\n    Andra raden.\n\
        intro-alt = En bild av \"A & B\".\nq1 = Är 1 < 2?\nq1-hint = Tänk.\n\
        q1-a1 = Nej\nq1-a1-fb = Fel svar.\nq1-a2 = Ja, 1 < 2\nq1-a2-fb = Rätt, för 2 > 1.\n\
        keywords =\n    <Ord>: något & mer.\n    Kod: hemlig.\n";

    /// A 1×1 PNG.
    const PNG: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

    fn make(png: &[u8], en: Option<&str>) -> (tempfile::TempDir, Lesson) {
        let mut ftl = BTreeMap::from([("sv".to_owned(), SV.to_owned())]);
        if let Some(en) = en {
            ftl.insert("en".to_owned(), en.to_owned());
        }
        let (root, library) = crate::model::loader::library_in_temp(TOML, ftl, png);
        assert!(!library.has_errors(), "{:?}", library.problems);
        let lesson = library.lessons.into_iter().next().expect("lesson");
        (root, lesson)
    }

    #[test]
    fn every_lesson_text_is_escaped() {
        let (_root, lesson) = make(PNG, None);
        let html = render(&lesson, Lang::Sv);
        assert!(
            html.contains("<h1>&lt;Titel&gt; &amp; &quot;mer&quot;</h1>"),
            "{html}"
        );
        assert!(
            html.contains("<title>&lt;Titel&gt; &amp; &quot;mer&quot; – Att ta med hem</title>")
        );
        assert!(html.contains("Du kan &lt;b&gt;."));
        assert!(html.contains(
            "Klicka på &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.<br>Andra raden."
        ));
        assert!(html.contains("alt=\"En bild av &quot;A &amp; B&quot;.\""));
        assert!(html.contains("<figcaption>En bild av &quot;A &amp; B&quot;.</figcaption>"));
        assert!(html.contains("<dt>&lt;Ord&gt;</dt>\n<dd>något &amp; mer.</dd>"));
        assert!(!html.contains("<script") && !html.contains("<b>"));
    }

    #[test]
    fn a_question_shows_its_right_answer_and_why() {
        let (_root, lesson) = make(PNG, None);
        let html = render(&lesson, Lang::Sv);
        assert!(
            html.contains("<strong>Fråga:</strong> Är 1 &lt; 2?"),
            "{html}"
        );
        assert!(
            html.contains(
                "<strong>Rätt svar:</strong> Ja, 1 &lt; 2</p>\n<p>Rätt, för 2 &gt; 1.</p>"
            )
        );
        assert!(!html.contains("Fel svar."), "wrong answers are left out");
        assert!(!html.contains("Tänk."), "hints are left out");
    }

    #[test]
    fn pictures_are_embedded_and_a_broken_one_keeps_its_description() {
        let (_root, lesson) = make(PNG, None);
        let html = render(&lesson, Lang::Sv);
        let encoded = Base64::encode_string(PNG);
        assert!(html.contains(&format!("<img src=\"data:image/png;base64,{encoded}\"")));
        assert_eq!(html.matches("src=").count(), 1);

        let (_root, lesson) = make(b"not a picture", None);
        let html = render(&lesson, Lang::Sv);
        assert!(!html.contains("<img"));
        assert!(html.contains("<figcaption>En bild av"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
    }

    #[test]
    fn large_print_in_the_chosen_language_with_the_topic_rules() {
        let en = SV.replace("title = <Titel> & \"mer\"", "title = English title");
        let (_root, lesson) = make(PNG, Some(&en));
        crate::i18n::set_language(Lang::Sv);
        let html = render(&lesson, Lang::En);
        assert_eq!(crate::i18n::language(), Lang::Sv, "language restored");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(html.contains("<h1>English title</h1>"));
        assert!(
            html.contains("To take home · Stegvis · Session 6"),
            "{html}"
        );
        assert!(html.contains("<section class=\"rules\">"));
        assert!(html.contains("<h2>Key words</h2>"));
        let sv = render(&lesson, Lang::Sv);
        assert!(sv.contains("<html lang=\"sv\">") && sv.contains("<h2>Viktiga ord</h2>"));
        let sizes = crate::html::font_sizes_pt(STYLE).expect("all in pt");
        assert!(sizes.iter().all(|s| *s >= 18.0), "{sizes:?}");
        assert!(STYLE.contains("body { font-size: 18pt; }"));
    }

    #[test]
    fn the_footer_dates_the_facts_when_the_lesson_does() {
        let (_root, lesson) = make(PNG, None);
        assert!(!render(&lesson, Lang::Sv).contains("class=\"checked\""));
        let toml = TOML.replace("session = 6", "session = 6\nfacts-checked = \"2026-12-06\"");
        let ftl = BTreeMap::from([("sv".to_owned(), SV.to_owned())]);
        let (_root, library) = crate::model::loader::library_in_temp(&toml, ftl, PNG);
        let lesson = library.lessons.first().expect("lesson");
        let sv = render(lesson, Lang::Sv);
        assert!(
            sv.contains("<p class=\"checked\">Fakta kontrollerade 2026-12-06</p>\n</footer>"),
            "{sv}"
        );
        assert!(render(lesson, Lang::En).contains("Facts checked 2026-12-06"));
    }

    #[test]
    fn written_by_file_or_into_a_folder() {
        let (root, lesson) = make(PNG, None);
        let dir = root.path().join("Dokument/Stegvis");
        let written = write_to_dir(&lesson, Lang::Sv, &dir).expect("write");
        assert_eq!(written, dir.join("stegvis-t-sv.html"));
        let again = write(&lesson, Lang::En, &dir).expect("write");
        assert_eq!(again, dir.join("stegvis-t-en.html"));
        let named = root.path().join("egen.html");
        assert_eq!(write(&lesson, Lang::Sv, &named).expect("write"), named);
        let page = std::fs::read_to_string(&named).expect("read");
        assert_eq!(page, render(&lesson, Lang::Sv));
    }
}
