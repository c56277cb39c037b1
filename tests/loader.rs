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
    let library = Library::load(&[root.path().to_path_buf()]);
    let lesson = library
        .get("bad")
        .expect("a missing requirement is no reason to skip");
    assert!(
        lesson.requires.is_empty(),
        "the missing requirement is dropped"
    );
    let warning = library
        .problems
        .iter()
        .find(|p| p.severity == Severity::Warning && p.message.contains("ghost"))
        .expect("a warning names it");
    assert!(
        warning.to_string().contains("bad/lesson.toml:5"),
        "{warning}"
    );
    assert!(!library.has_errors(), "{:#?}", library.problems);
}

#[test]
fn a_typo_in_a_required_lesson_skips_only_that_lesson() {
    let root = setup();
    // `good` has a typo; `next` builds on it.
    let typo = GOOD_TOML.replace("kind = \"read\"", "kind = \"raed\"");
    write_lesson(root.path(), "good", &[("lesson.toml", typo.as_bytes())]);
    let next = GOOD_TOML
        .replace("id = \"good\"", "id = \"next\"")
        .replace("minutes = 10", "minutes = 10\nrequires = [\"good\"]");
    write_lesson(
        root.path(),
        "next",
        &[
            ("lesson.toml", next.as_bytes()),
            ("sv.ftl", GOOD_SV.as_bytes()),
            ("en.ftl", GOOD_EN.as_bytes()),
        ],
    );
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(
        library.get("good").is_none(),
        "the broken lesson is skipped"
    );
    assert!(
        library.get("next").is_some(),
        "the lesson requiring it still loads: {:#?}",
        library.problems
    );
    problems::error_naming(&library, "good/lesson.toml:7", &["raed"]);
    assert_eq!(library.broken_files().len(), 1);
    assert!(library.broken_files()[0].ends_with("good/lesson.toml:7"));
}

/// Loads `root` on another thread; panics if that takes over 20 seconds
/// (a lesson file that makes loading wait forever).
fn load_within_time(root: &Path) -> Library {
    let (tx, rx) = std::sync::mpsc::channel();
    let dirs = vec![root.to_path_buf()];
    std::thread::spawn(move || {
        let _ = tx.send(Library::load(&dirs));
    });
    rx.recv_timeout(std::time::Duration::from_secs(20))
        .expect("loading the lessons hangs")
}

#[cfg(unix)]
fn make_fifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_as_a_lesson_file_is_refused_without_waiting() {
    let root = setup();
    let dir = bad_lesson(root.path(), GOOD_TOML, GOOD_SV, GOOD_EN);
    std::fs::remove_file(dir.join("sv.ftl")).expect("rm");
    make_fifo(&dir.join("sv.ftl"));
    let other = write_lesson(root.path(), "pipe", &[("sv.ftl", GOOD_SV.as_bytes())]);
    make_fifo(&other.join("lesson.toml"));

    let library = load_within_time(root.path());
    assert!(library.get("good").is_some());
    problems::error_naming(&library, "bad/sv.ftl", &["not a regular file"]);
    problems::error_naming(&library, "pipe/lesson.toml", &["not a regular file"]);

    // check-lessons too ends, and fails.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .arg("check-lessons")
        .arg(root.path())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("run");
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("check-lessons hangs on a named pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(!status.success());
}

#[test]
fn check_lessons_refuses_huge_linked_and_outside_pictures() {
    let root = setup();
    let mut toml = GOOD_TOML.to_owned();
    let pictures = [
        "images/wide.png",
        "images/heavy.png",
        "images/link.png",
        "/tmp/elsewhere.png",
        "../good/images/ok.png",
        "images/ok.png",
    ];
    for (i, rel) in pictures.iter().enumerate() {
        toml.push_str(&format!(
            "\n[[step]]\nkind = \"read\"\ntext = \"intro\"\nimage = \"{rel}\"\nalt = \"intro\"\n# {i}\n"
        ));
    }
    let dir = bad_lesson(root.path(), &toml, GOOD_SV, GOOD_EN);
    let images = dir.join("images");
    std::fs::create_dir_all(&images).expect("mkdir");
    // 4097 pixels wide: a small file, but too many pixels to show.
    image::RgbaImage::new(4097, 1)
        .save(images.join("wide.png"))
        .expect("png");
    image::RgbaImage::new(10, 10)
        .save(images.join("ok.png"))
        .expect("png");
    let mut heavy = std::fs::read(images.join("ok.png")).expect("read");
    heavy.resize(5 * 1024 * 1024 + 1, 0);
    std::fs::write(images.join("heavy.png"), heavy).expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(images.join("ok.png"), images.join("link.png")).expect("link");

    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(library.get("bad").is_none());
    expect_error(
        root.path(),
        "bad/lesson.toml",
        &["images/wide.png", "4097 × 1 pixels"],
    );
    expect_error(
        root.path(),
        "bad/lesson.toml",
        &["images/heavy.png", "too large"],
    );
    #[cfg(unix)]
    expect_error(
        root.path(),
        "bad/lesson.toml",
        &["images/link.png", "is a link"],
    );
    expect_error(
        root.path(),
        "bad/lesson.toml",
        &["/tmp/elsewhere.png", "inside the lesson folder"],
    );
    expect_error(
        root.path(),
        "bad/lesson.toml",
        &["../good/images/ok.png", "inside the lesson folder"],
    );
    let errors = library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error);
    assert!(
        errors
            .clone()
            .all(|p| !p.message.contains("`images/ok.png`")),
        "a small picture in the lesson is fine: {:#?}",
        library.problems
    );
    assert_eq!(errors.count(), 5, "{:#?}", library.problems);
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
    let files = app.shared().library.broken_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].contains("bad/lesson.toml:"), "{files:?}");
    let notice = format!(
        "En lektion kunde inte läsas och visas inte. Felet finns i {}. De andra lektionerna \
         fungerar. Personalen kan se vad som är fel med kommandot ”stegvis check-lessons”.",
        files[0]
    );
    assert!(
        ui.find(notice.as_str()).is_ok(),
        "the skipped lesson is noticed in plain words, naming the file and line"
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
