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
