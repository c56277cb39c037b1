//! Malformed lessons: each gives a message naming the file and the problem,
//! the other lessons still load, and the app still starts.

#[path = "common/problems.rs"]
mod problems;

use std::path::{Path, PathBuf};
use stegvis::model::{Library, Severity};

const GOOD_TOML: &str = r#"id = "good"
topic = "email"
session = 4
minutes = 10

[[step]]
kind = "read"
text = "intro"

[[step]]
kind = "choice"
text = "q1"
hint = "q1-hint"
answers = [
  { text = "q1-a1", correct = true, feedback = "q1-a1-fb" },
  { text = "q1-a2", feedback = "q1-a2-fb" },
]
"#;

const GOOD_SV: &str = "title = Bra lektion
summary = Du lärde dig något.
intro = Hej och välkommen.
q1 = Vad är rätt?
q1-hint = Tänk efter.
q1-a1 = Det här
q1-a1-fb = Ja, det stämmer.
q1-a2 = Det där
q1-a2-fb = Nej, inte det.
";

const GOOD_EN: &str = "title = Good lesson
summary = You learned something.
intro = Hello and welcome.
q1 = What is right?
q1-hint = Think about it.
q1-a1 = This one
q1-a1-fb = Yes, that is right.
q1-a2 = That one
q1-a2-fb = No, not that.
";

/// Writes a lesson folder named `name` with the given files.
fn write_lesson(root: &Path, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (file, contents) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, contents).expect("write");
    }
    dir
}

fn good_lesson(root: &Path) {
    write_lesson(
        root,
        "good",
        &[
            ("lesson.toml", GOOD_TOML.as_bytes()),
            ("sv.ftl", GOOD_SV.as_bytes()),
            ("en.ftl", GOOD_EN.as_bytes()),
        ],
    );
}

/// A lesson called `bad` made from the good one with `change` applied.
fn bad_lesson(root: &Path, toml: &str, sv: &str, en: &str) -> PathBuf {
    let toml = toml.replace("id = \"good\"", "id = \"bad\"");
    write_lesson(
        root,
        "bad",
        &[
            ("lesson.toml", toml.as_bytes()),
            ("sv.ftl", sv.as_bytes()),
            ("en.ftl", en.as_bytes()),
        ],
    )
}

/// Loads `root`, checks that the good lesson survived, that an error names
/// `file` and contains every word of `expect`, and returns that message.
fn expect_error(root: &Path, file: &str, expect: &[&str]) -> String {
    let library = Library::load(&[root.to_path_buf()]);
    assert!(
        library.get("good").is_some(),
        "the good lesson must still load: {:#?}",
        library.problems
    );
    problems::error_naming(&library, file, expect)
}

fn setup() -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("tempdir");
    good_lesson(root.path());
    root
}

#[test]
fn the_good_fixture_loads_cleanly() {
    let root = setup();
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(library.problems.is_empty(), "{:#?}", library.problems);
    let lesson = library.get("good").expect("loaded");
    assert_eq!(lesson.steps.len(), 2);
    assert_eq!(lesson.title("sv"), "Bra lektion");
    assert_eq!(lesson.title("en"), "Good lesson");
    assert_eq!(
        lesson.text("de", "intro"),
        "Hej och välkommen.",
        "unknown locale falls back to Swedish"
    );
}

#[test]
fn bad_toml_names_line_and_column() {
    let root = setup();
    let toml = GOOD_TOML.replace("minutes = 10", "minutes = = 10");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    let msg = expect_error(root.path(), "bad/lesson.toml:4:", &[]);
    assert!(msg.contains(":4:"), "{msg}");
}

#[test]
fn unknown_step_kind() {
    let root = setup();
    let toml = GOOD_TOML.replace("kind = \"read\"", "kind = \"quiz\"");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml:", &["quiz"]);
}

#[test]
fn unknown_key() {
    let root = setup();
    let toml = GOOD_TOML.replace("minutes = 10", "minutes = 10\ncolour = \"red\"");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml:5", &["colour"]);
}

#[test]
fn missing_fluent_id() {
    let root = setup();
    let sv = GOOD_SV.replace("q1-hint = Tänk efter.\n", "");
    let en = GOOD_EN.replace("q1-hint = Think about it.\n", "");
    bad_lesson(root.path(), GOOD_TOML, &sv, &en);
    expect_error(root.path(), "bad/lesson.toml:", &["q1-hint", "sv.ftl"]);
}

#[test]
fn fluent_syntax_error() {
    let root = setup();
    let sv = GOOD_SV.replace("intro = Hej och välkommen.", "intro = Hej { och välkommen.");
    bad_lesson(root.path(), GOOD_TOML, &sv, GOOD_EN);
    expect_error(root.path(), "bad/sv.ftl:3", &["Fluent"]);
}

#[test]
fn missing_image() {
    let root = setup();
    let toml = GOOD_TOML.replace(
        "text = \"intro\"",
        "text = \"intro\"\nimage = \"images/nope.png\"\nalt = \"intro\"",
    );
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(
        root.path(),
        "bad/lesson.toml:9",
        &["images/nope.png", "does not exist"],
    );
}

#[test]
fn image_without_alt_text() {
    let root = setup();
    let toml = GOOD_TOML.replace(
        "text = \"intro\"",
        "text = \"intro\"\nimage = \"images/pic.png\"",
    );
    let dir = bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    write_lesson(&dir, "images", &[("pic.png", b"\x89PNG")]);
    expect_error(root.path(), "bad/lesson.toml", &["alt"]);
}

#[test]
fn duplicate_id() {
    let root = setup();
    // Same id as the good lesson, in another folder: the second is skipped.
    write_lesson(
        root.path(),
        "zz-copy",
        &[
            ("lesson.toml", GOOD_TOML.as_bytes()),
            ("sv.ftl", GOOD_SV.as_bytes()),
            ("en.ftl", GOOD_EN.as_bytes()),
        ],
    );
    expect_error(root.path(), "zz-copy/lesson.toml", &["already used"]);
}

#[test]
fn requires_cycle() {
    let root = setup();
    for (name, other) in [("aa", "bb"), ("bb", "aa")] {
        let toml = GOOD_TOML
            .replace("id = \"good\"", &format!("id = \"{name}\""))
            .replace(
                "minutes = 10",
                &format!("minutes = 10\nrequires = [\"{other}\"]"),
            );
        write_lesson(
            root.path(),
            name,
            &[
                ("lesson.toml", toml.as_bytes()),
                ("sv.ftl", GOOD_SV.as_bytes()),
            ],
        );
    }
    expect_error(root.path(), "aa/lesson.toml", &["cycle"]);
    expect_error(root.path(), "bb/lesson.toml", &["cycle"]);
}

#[test]
fn requires_a_missing_lesson() {
    let root = setup();
    let toml = GOOD_TOML.replace("minutes = 10", "minutes = 10\nrequires = [\"ghost\"]");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml:5", &["ghost"]);
}

#[test]
fn no_steps() {
    let root = setup();
    let toml = "id = \"bad\"\ntopic = \"email\"\nsession = 4\n";
    bad_lesson(root.path(), toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml", &["no steps"]);
}

#[test]
fn choice_without_a_correct_answer() {
    let root = setup();
    let toml = GOOD_TOML.replace("correct = true, ", "");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml:12", &["correct"]);
}

#[test]
fn choice_with_one_answer() {
    let root = setup();
    let toml = GOOD_TOML.replace("  { text = \"q1-a2\", feedback = \"q1-a2-fb\" },\n", "");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml", &["2–4 answers"]);
}

#[test]
fn invalid_utf8() {
    let root = setup();
    let mut sv = GOOD_SV.as_bytes().to_vec();
    sv.extend_from_slice(b"extra = caf\xe9\n");
    let toml = GOOD_TOML.replace("id = \"good\"", "id = \"bad\"");
    write_lesson(
        root.path(),
        "bad",
        &[("lesson.toml", toml.as_bytes()), ("sv.ftl", &sv)],
    );
    expect_error(root.path(), "bad/sv.ftl:10", &["UTF-8"]);
}

#[test]
fn an_empty_folder() {
    let root = setup();
    std::fs::create_dir_all(root.path().join("empty")).expect("mkdir");
    expect_error(root.path(), "empty", &["no lesson.toml"]);
}

#[test]
fn a_ten_megabyte_file_is_refused_unread() {
    let root = setup();
    let dir = bad_lesson(root.path(), GOOD_TOML, GOOD_SV, GOOD_EN);
    let big = vec![b'#'; 10 * 1024 * 1024];
    std::fs::write(dir.join("lesson.toml"), big).expect("write");
    expect_error(root.path(), "bad/lesson.toml", &["too large"]);
}

#[test]
fn english_missing_a_key() {
    let root = setup();
    let en = GOOD_EN.replace("q1-a2-fb = No, not that.\n", "");
    bad_lesson(root.path(), GOOD_TOML, GOOD_SV, &en);
    expect_error(root.path(), "bad/en.ftl", &["q1-a2-fb", "missing"]);
}

#[test]
fn missing_swedish_file() {
    let root = setup();
    let toml = GOOD_TOML.replace("id = \"good\"", "id = \"bad\"");
    write_lesson(
        root.path(),
        "bad",
        &[
            ("lesson.toml", toml.as_bytes()),
            ("en.ftl", GOOD_EN.as_bytes()),
        ],
    );
    expect_error(root.path(), "bad/sv.ftl", &["missing"]);
}

#[test]
fn bad_topic_and_session() {
    let root = setup();
    let toml = GOOD_TOML.replace("topic = \"email\"", "topic = \"cooking\"");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml:2", &["cooking"]);

    let root = setup();
    let toml = GOOD_TOML.replace("session = 4", "session = 12");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    expect_error(root.path(), "bad/lesson.toml", &["session 12"]);
}

#[test]
fn the_app_starts_and_shows_the_good_lesson_despite_a_broken_one() {
    let root = setup();
    let toml = GOOD_TOML.replace("kind = \"read\"", "kind = \"quiz\"");
    bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    let config = tempfile::tempdir().expect("tempdir");
    let app = stegvis::app::App::new(stegvis::app::Options {
        config_dir: config.path().to_path_buf(),
        data_dir: config.path().to_path_buf(),
        lesson_dirs: vec![root.path().to_path_buf()],
        machine: Default::default(),
    });
    assert!(app.shared().library.get("good").is_some());
    assert!(app.shared().library.get("bad").is_none());
    let mut ui = iced_test::Simulator::with_size(
        iced::Settings {
            fonts: stegvis::fonts(),
            default_font: stegvis::widget::FONT,
            ..iced::Settings::default()
        },
        iced::Size::new(1024.0, 768.0),
        app.view(),
    );
    assert!(ui.find("Bra lektion").is_ok(), "the good lesson is offered");
    assert!(
        ui.find("En lektion kunde inte läsas och visas inte.")
            .is_ok(),
        "the skipped lesson is noticed in plain words"
    );
}

#[test]
fn shipped_lessons_load_without_errors() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let library = Library::load(&[dir]);
    let errors: Vec<String> = library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn key_words_load_and_a_line_without_a_meaning_is_a_warning() {
    let root = setup();
    let sv = format!("{GOOD_SV}keywords =\n    Inkorg: platsen där nya brev hamnar.\n    Bilaga\n");
    let en = format!(
        "{GOOD_EN}keywords =\n    Inbox: where new letters arrive.\n    Attachment: a file.\n"
    );
    bad_lesson(root.path(), GOOD_TOML, &sv, &en);
    let library = Library::load(&[root.path().to_path_buf()]);
    let lesson = library
        .get("bad")
        .expect("a warning does not stop the lesson");
    let words = lesson.keywords("sv");
    assert_eq!(words.len(), 2);
    assert_eq!(words[0].term, "Inkorg");
    assert_eq!(words[0].meaning, "platsen där nya brev hamnar.");
    assert_eq!(lesson.keywords("en")[1].term, "Attachment");
    assert!(library.get("good").expect("good").keywords("sv").is_empty());
    let warnings: Vec<String> = library.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("bad/sv.ftl:10:1: warning: key word line `Bilaga`"),
        "{warnings:#?}"
    );

    // Key words in Swedish need them in English too, like every text.
    let en_without = GOOD_EN.to_owned();
    bad_lesson(root.path(), GOOD_TOML, &sv, &en_without);
    expect_error(root.path(), "bad/en.ftl", &["keywords", "missing here"]);
}
