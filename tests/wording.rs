//! `check-lessons` on wording and dates: a double negation and a word the
//! glossary avoids are warnings at the message; a malformed glossary is an
//! error; `facts-checked` is shown, checked as a date and flagged when old;
//! `stegvis paths` sums the dates up for staff.

use std::path::Path;
use std::process::Command;
use stegvis::model::Library;
use stegvis::model::check::{CheckOptions, check_lessons_with};
use time::macros::date;

const TOML: &str = r#"id = "ord"
topic = "email"
session = 4
minutes = 10

[[step]]
kind = "read"
text = "intro"
"#;

const SV: &str = "title = Ord
summary = Du lärde dig något.
intro = Tryck inte på länken.
";

const EN: &str = "title = Words
summary = You learned something.
intro = Do not tap the link.
";

/// A lessons folder holding the lesson `ord` made of these texts.
fn lessons(toml: &str, sv: &str) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("tempdir");
    let dir = root.path().join("ord");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("lesson.toml"), toml).expect("write");
    std::fs::write(dir.join("sv.ftl"), sv).expect("write");
    std::fs::write(dir.join("en.ftl"), EN).expect("write");
    root
}

/// The lines of `out` that contain `words`.
fn lines_with<'a>(out: &'a str, words: &str) -> Vec<&'a str> {
    out.lines().filter(|l| l.contains(words)).collect()
}

/// Runs `check-lessons` on `dir` as on 6 December 2026; (passed, output).
fn check(dir: &Path) -> (bool, String) {
    let options = CheckOptions {
        today: Some(date!(2026 - 12 - 06)),
        ..CheckOptions::default()
    };
    let mut out = Vec::new();
    let ok = check_lessons_with(dir, &options, &mut out).expect("check");
    (ok, String::from_utf8_lossy(&out).into_owned())
}

#[test]
fn a_plain_lesson_has_no_wording_warning() {
    let root = lessons(TOML, SV);
    let (ok, out) = check(root.path());
    assert!(ok, "{out}");
    assert!(!out.contains("double negation"), "{out}");
    assert!(!out.contains("glossary"), "{out}");
}

#[test]
fn a_double_negation_is_a_warning_at_its_message() {
    let sv = SV.replace(
        "intro = Tryck inte på länken.",
        "intro = Svara inte och tryck inte. Betala inte till någon du inte känner.",
    );
    let root = lessons(TOML, &sv);
    let (ok, out) = check(root.path());
    assert!(ok, "a warning, not an error: {out}");
    let warnings = lines_with(&out, "double negation");
    assert_eq!(warnings.len(), 1, "only the second sentence: {out}");
    assert!(
        warnings[0]
            .contains("ord/sv.ftl:3:1: warning: `intro` has a double negation (inte … inte)"),
        "{out}"
    );
    assert!(
        warnings[0].contains("“Betala inte till någon du inte känner.”"),
        "{out}"
    );
}

#[test]
fn a_word_the_glossary_avoids_is_a_warning_naming_the_preferred_one() {
    let sv = SV.replace(
        "intro = Tryck inte på länken.",
        "intro = Ta fram telefonen. Ring från din telefon.",
    );
    let root = lessons(TOML, &sv);
    std::fs::write(
        root.path().join("glossary.toml"),
        "[[term]]\npreferred = \"mobil\"\navoid = [\"telefonen\", \"mobiltelefon*\"]\nwhy = \"ett ord för en sak\"\n",
    )
    .expect("write");
    let (ok, out) = check(root.path());
    assert!(ok, "{out}");
    let warnings = lines_with(&out, "glossary");
    assert_eq!(warnings.len(), 1, "“telefon” is not on the list: {out}");
    assert!(
        warnings[0].ends_with(
            "ord/sv.ftl:3:1: warning: `intro` says “telefonen”; the glossary prefers “mobil” (ett ord för en sak)"
        ),
        "{out}"
    );
}

#[test]
fn a_malformed_glossary_is_an_error_naming_its_line() {
    let root = lessons(TOML, SV);
    std::fs::write(
        root.path().join("glossary.toml"),
        "[[term]]\npreferred = \"mobil\"\navod = [\"telefonen\"]\n",
    )
    .expect("write");
    let (ok, out) = check(root.path());
    assert!(!ok, "{out}");
    assert!(
        out.contains("glossary.toml:3:1: unknown field `avod`"),
        "{out}"
    );
}

#[test]
fn facts_checked_is_shown_and_flagged_after_twelve_months() {
    let fresh = TOML.replace(
        "minutes = 10\n",
        "minutes = 10\nfacts-checked = \"2026-01-10\"\n",
    );
    let root = lessons(&fresh, SV);
    let (ok, out) = check(root.path());
    assert!(ok, "{out}");
    assert!(out.contains("facts 2026-01-10  ord"), "{out}");
    assert!(!out.contains("months ago"), "not yet stale: {out}");
    assert!(
        out.contains("Facts checked  1 lessons dated, oldest 2026-01-10"),
        "{out}"
    );

    let old = TOML.replace(
        "minutes = 10\n",
        "minutes = 10\nfacts-checked = 2025-12-05\n",
    );
    let root = lessons(&old, SV);
    let (ok, out) = check(root.path());
    assert!(ok, "stale is a warning: {out}");
    assert!(
        out.contains("ord/lesson.toml: warning: the facts were last checked 2025-12-05, more than 12 months ago"),
        "a bare TOML date works too: {out}"
    );
    assert!(
        out.contains("older than 12 months: ord (2025-12-05)"),
        "{out}"
    );

    let root = lessons(TOML, SV);
    let (_, out) = check(root.path());
    assert!(out.contains("facts unchecked  ord"), "{out}");
    assert!(out.contains("never dated: ord"), "{out}");
}

#[test]
fn facts_checked_that_is_not_a_date_is_a_warning_and_ignored() {
    let bad = TOML.replace(
        "minutes = 10\n",
        "minutes = 10\nfacts-checked = \"2026-13-01\"\n",
    );
    let root = lessons(&bad, SV);
    let library = Library::load(&[root.path().to_path_buf()]);
    let lesson = library
        .get("ord")
        .expect("a warning does not stop the lesson");
    assert_eq!(lesson.facts_checked, None);
    let problems: Vec<String> = library.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .contains("ord/lesson.toml:5:1: warning: facts-checked `2026-13-01` is not a date"),
        "{problems:#?}"
    );
}

#[test]
fn the_shipped_lessons_have_no_wording_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let (_, out) = check(&dir);
    let wording: Vec<&str> = out
        .lines()
        .filter(|l| {
            l.contains("double negation")
                || l.contains("the glossary prefers")
                || l.contains("which the app already shows")
        })
        .collect();
    assert!(wording.is_empty(), "{wording:#?}");
    assert!(
        !out.contains("glossary.toml"),
        "the shipped glossary is valid: {out}"
    );
}

#[test]
fn paths_shows_staff_which_lessons_may_be_stale() {
    let old = TOML.replace(
        "minutes = 10\n",
        "minutes = 10\nfacts-checked = \"2020-02-29\"\n",
    );
    let root = lessons(&old, SV);
    let other = root.path().join("annan");
    std::fs::create_dir_all(&other).expect("mkdir");
    std::fs::write(
        other.join("lesson.toml"),
        TOML.replace("\"ord\"", "\"annan\""),
    )
    .expect("write");
    std::fs::write(other.join("sv.ftl"), SV).expect("write");
    let home = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .arg("paths")
        .env_remove("DISPLAY")
        .env("STEGVIS_LESSONS_DIR", root.path())
        .env("STEGVIS_CONFIG_DIR", home.path())
        .env("STEGVIS_DATA_DIR", home.path())
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Fakta kontrollerade / Facts checked: 1 av / of 2 lektioner / lessons, äldst / oldest 2020-02-29"),
        "{text}"
    );
    assert!(
        text.contains("Äldre än 12 månader / Older than 12 months: ord (2020-02-29)"),
        "{text}"
    );
    assert!(
        text.contains("Aldrig kontrollerade / Never checked: annan"),
        "{text}"
    );
}

#[test]
fn feedback_that_repeats_the_apps_verdict_is_a_warning() {
    let toml = format!(
        "{TOML}\n[[step]]\nkind = \"choice\"\ntext = \"q\"\nhint = \"q-hint\"\nanswers = [\n  {{ text = \"a1\", feedback = \"a1-fb\" }},\n  {{ text = \"a2\", correct = true, feedback = \"a2-fb\" }},\n]\n"
    );
    let sv = format!(
        "{SV}q = Vad gör du?\nq-hint = Tänk efter.\na1 = Trycker.\na1-fb = Inte riktigt. Tryck inte.\na2 = Låter bli.\na2-fb = Ja, precis!\n"
    );
    let root = lessons(&toml, &sv);
    let en = format!(
        "{EN}q = What do you do?\nq-hint = Think.\na1 = Tap.\na1-fb = Do not tap.\na2 = Leave it.\na2-fb = Yes!\n"
    );
    std::fs::write(root.path().join("ord/en.ftl"), en).expect("write");
    let (ok, out) = check(root.path());
    assert!(ok, "a warning, not an error: {out}");
    let warnings = lines_with(&out, "which the app already shows");
    assert_eq!(warnings.len(), 1, "{out}");
    assert!(
        warnings[0].contains("`a1-fb` starts with “Inte riktigt”"),
        "{out}"
    );
}
