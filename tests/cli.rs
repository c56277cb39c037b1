//! The `stegvis` binary's command line, run as a real process.

use std::process::Command;

fn stegvis() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stegvis"));
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd
}

#[test]
fn version_and_help_work_without_a_display() {
    let out = stegvis().arg("--version").output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("stegvis "), "{text}");
    assert!(text.contains(env!("CARGO_PKG_VERSION")));

    let out = stegvis().arg("--help").output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("check-lessons"), "{text}");
    assert!(
        text.contains("export FILE") && text.contains("import FILE"),
        "{text}"
    );
}

#[test]
fn without_a_display_the_app_says_so_plainly_and_does_not_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stegvis()
        .env("STEGVIS_CONFIG_DIR", dir.path())
        .env("STEGVIS_DATA_DIR", dir.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skärm"), "Swedish message: {err}");
    assert!(err.contains("display"), "English message: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn an_unreachable_display_gives_the_same_plain_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stegvis()
        .env("DISPLAY", ":987")
        .env("STEGVIS_CONFIG_DIR", dir.path())
        .env("STEGVIS_DATA_DIR", dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skärm") && !err.contains("panicked"), "{err}");
}

#[test]
fn unknown_command_is_refused_with_help() {
    let out = stegvis().arg("frobnicate").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("frobnicate"));
}

#[test]
fn check_lessons_passes_on_good_lessons_and_fails_on_bad_ones() {
    let good = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons");
    let out = stegvis()
        .arg("check-lessons")
        .arg(&good)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("broken");
    std::fs::create_dir_all(&bad).expect("mkdir");
    std::fs::write(bad.join("lesson.toml"), "id = \"broken\"\ntopic = \"email\"\nsession = 1\n[[step]]\nkind = \"quiz\"\ntext = \"x\"\n")
        .expect("write");
    std::fs::write(bad.join("sv.ftl"), "title = T\nsummary = S\nx = X\n").expect("write");
    let out = stegvis()
        .arg("check-lessons")
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("lesson.toml"), "names the file: {text}");
    assert!(text.contains("quiz"), "names the problem: {text}");
}

/// A data folder with a course, a participant and two events.
fn data_folder_with_progress() -> tempfile::TempDir {
    use stegvis::model::progress::EventKind;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = stegvis::store::Store::open(dir.path()).expect("open").store;
    store.set_device_name("Dator 3").expect("name");
    let course = store
        .create_course("Kurs", "Kalmar", time::macros::date!(2027 - 01 - 12), 10)
        .expect("course");
    let karin = store.add_participant(&course.id, "Karin L.").expect("add");
    store.start_session(&course.id, 1).expect("start");
    store
        .record(Some(&karin.id), "a", EventKind::LessonStarted)
        .expect("record");
    store
        .record(Some(&karin.id), "a", EventKind::LessonCompleted)
        .expect("record");
    dir
}

#[test]
fn export_and_import_move_progress_between_data_folders() {
    let from = data_folder_with_progress();
    let into = tempfile::tempdir().expect("tempdir");
    let file = from.path().join("dator3.json");
    let out = stegvis()
        .env("STEGVIS_DATA_DIR", from.path())
        .arg("export")
        .arg(&file)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Exporterade 2 händelser, 1 deltagare och 1 kurs"),
        "{text}"
    );
    assert!(
        text.contains("Exported 2 events, 1 participant and 1 course"),
        "{text}"
    );

    for (round, expected) in [
        (1, "2 nya händelser, 1 ny deltagare och 1 ny kurs"),
        (2, "0 nya händelser och 0 nya deltagare"),
    ] {
        let out = stegvis()
            .env("STEGVIS_DATA_DIR", into.path())
            .arg("import")
            .arg(&file)
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "round {round}: {text}");
        assert!(text.contains(expected), "round {round}: {text}");
        assert!(text.contains("från Dator 3, exporterat"), "{text}");
        assert!(text.contains("from Dator 3, exported"), "{text}");
    }
    let store = stegvis::store::Store::open(into.path())
        .expect("open")
        .store;
    assert_eq!(store.import_log().expect("log").len(), 2);
}

#[test]
fn a_refused_import_says_why_and_changes_nothing() {
    let data = data_folder_with_progress();
    let db = data.path().join(stegvis::store::FILE_NAME);
    let before = std::fs::read(&db).expect("db");
    let bad = data.path().join("recept.json");
    std::fs::write(&bad, "{\"recept\": \"kanelbulle\"}").expect("write");
    let out = stegvis()
        .env("STEGVIS_DATA_DIR", data.path())
        .arg("import")
        .arg(&bad)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("inte en exportfil från Stegvis"), "{err}");
    assert!(err.contains("not a Stegvis exchange file"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        std::fs::read(&db).expect("db") == before,
        "the database is untouched"
    );
    assert!(std::fs::read(&bad).expect("kept") == b"{\"recept\": \"kanelbulle\"}");

    let fresh = tempfile::tempdir().expect("tempdir");
    let out = stegvis()
        .env("STEGVIS_DATA_DIR", fresh.path())
        .arg("import")
        .arg(&bad)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !fresh.path().join(stegvis::store::FILE_NAME).exists(),
        "no database was created"
    );

    let out = stegvis().arg("import").output().expect("run");
    assert_eq!(out.status.code(), Some(2), "the file is required");
}
