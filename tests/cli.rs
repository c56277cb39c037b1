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
    assert!(text.contains("--require-narration"), "{text}");
    assert!(!text.contains("narration-texts"), "hidden: {text}");
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

/// A temporary lessons folder with a copy of the `ui-first` fixture (no audio).
fn lesson_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons/ui-first");
    let to = dir.path().join("ui-first");
    std::fs::create_dir_all(&to).expect("mkdir");
    for file in ["lesson.toml", "sv.ftl", "en.ftl"] {
        std::fs::copy(from.join(file), to.join(file)).expect("copy");
    }
    dir
}

#[test]
fn require_narration_turns_missing_clips_into_a_failure() {
    let dir = lesson_copy();
    let out = stegvis()
        .arg("check-lessons")
        .arg(dir.path())
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("warning: there is no narration for `sv`"),
        "{text}"
    );

    for args in [
        vec!["--require-narration", "sv"],
        vec!["--require-narration=sv"],
    ] {
        let out = stegvis()
            .arg("check-lessons")
            .args(&args)
            .arg(dir.path())
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{args:?}: {text}");
        assert!(text.contains(": there is no narration for `sv`"), "{text}");
    }

    // Requiring English makes its absence an error and leaves Swedish a warning.
    let out = stegvis()
        .args(["check-lessons", "--require-narration", "en"])
        .arg(dir.path())
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "en is required now: {text}");
    assert!(
        text.contains("no narration for `en`")
            && text.contains("warning: there is no narration for `sv`"),
        "{text}"
    );
}

#[test]
fn check_lessons_refuses_bad_arguments() {
    for args in [
        vec!["check-lessons", "--require-narration"],
        vec!["check-lessons", "--frobnicate"],
        vec!["check-lessons", "a", "b"],
    ] {
        let out = stegvis().args(&args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("check-lessons"));
    }
}

#[test]
fn narration_texts_prints_one_json_line_per_text_and_locale() {
    let dir = lesson_copy();
    let out = stegvis()
        .arg("narration-texts")
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 20, "10 texts × sv, en: {text}");
    assert!(lines.iter().all(|l| l.starts_with('{') && l.ends_with('}')));
    // sha256 of "Ja, snö är vit." (printf '%s' 'Ja, snö är vit.' | sha256sum)
    let fb = lines
        .iter()
        .find(|l| l.contains(r#""locale":"sv","id":"q1-a2-fb""#))
        .expect("q1-a2-fb");
    assert!(fb.contains(r#""text":"Ja, snö är vit.""#), "{fb}");
    assert!(
        fb.contains(
            r#""sha256":"dfd33259af815feb87769ff2ebbc42a68b3ff72461cc83cc7473541b5ec9ffc1""#
        ),
        "{fb}"
    );
    assert!(fb.contains(r#""entry_sha256":null"#), "{fb}");
}
