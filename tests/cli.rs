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
    assert!(
        text.contains("report") && text.contains("--anonymous"),
        "{text}"
    );
    assert!(
        text.contains("handout") && text.contains("--lang sv|en"),
        "{text}"
    );
    assert!(!text.contains("narration-texts"), "hidden: {text}");
    assert!(
        text.contains("export FIL") && text.contains("import FIL"),
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

/// A data folder made through the Store API: course A (three sessions from
/// 2020-01-07; Karin and `<b>Åsa & "Bo"</b>` came to the first, Åke was
/// deleted), course B (Sven, who completed a lesson today but never was
/// marked present).
fn report_data() -> tempfile::TempDir {
    use stegvis::model::progress::EventKind;
    use stegvis::store::Store;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open").store;
    let first = time::Date::from_calendar_date(2020, time::Month::January, 7).expect("date");
    let a = store
        .create_course("Stadsbiblioteket", "Kalmar", first, 3)
        .expect("course");
    let karin = store.add_participant(&a.id, "Karin L.").expect("add");
    let asa = store
        .add_participant(&a.id, "<b>Åsa & \"Bo\"</b>")
        .expect("add");
    let ake = store.add_participant(&a.id, "Åke B.").expect("add");
    for who in [&karin, &asa, &ake] {
        store
            .set_attendance(&a.id, 1, &who.id, true)
            .expect("present");
    }
    store.delete_participant(&ake.id).expect("delete");
    let b = store
        .create_course("Kvarnholmen", "", first, 2)
        .expect("course");
    let sven = store.add_participant(&b.id, "Sven").expect("add");
    store.start_session(&b.id, 2).expect("start");
    store
        .record(Some(&sven.id), "ui-first", EventKind::LessonCompleted)
        .expect("record");
    store
        .record(
            Some(&sven.id),
            "ui-second",
            EventKind::HelpRequested { step: 0 },
        )
        .expect("record");
    dir
}

/// `stegvis report …` on `data`, with the test lessons and empty settings.
fn report(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    let config = tempfile::tempdir().expect("tempdir");
    stegvis()
        .arg("report")
        .args(args)
        .env("STEGVIS_DATA_DIR", data)
        .env("STEGVIS_CONFIG_DIR", config.path())
        .env(
            "STEGVIS_LESSONS_DIR",
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons"),
        )
        .output()
        .expect("run")
}

#[test]
fn report_writes_a_swedish_csv_that_excel_reads() {
    let data = report_data();
    let out_dir = tempfile::tempdir().expect("tempdir");
    let file = out_dir.path().join("rapport.csv");
    let out = report(data.path(), &["--out", file.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("rapport.csv"));
    let bytes = std::fs::read(&file).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM");
    let text = String::from_utf8(bytes).expect("UTF-8");
    for line in [
        "Unika deltagare som nåtts;3\r\n",
        "Kurser;2\r\n",
        "Träffar som hållits;1\r\n",
        "Stadsbiblioteket;1;2020-01-07;2\r\n",
        "Kvarnholmen;E-post;1\r\n",
        "Stadsbiblioteket;Karin L.;1;0;0\r\n",
        "Kvarnholmen;Sven;0;1;1\r\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert!(
        !text.contains("Åke"),
        "a deleted participant is gone: {text}"
    );
}

#[test]
fn report_periods_count_what_happened_in_them() {
    let data = report_data();
    let csv = |args: &[&str]| {
        let mut all = vec!["--format", "csv"];
        all.extend_from_slice(args);
        let out = report(data.path(), &all);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let year_2020 = csv(&["--from", "2020-01-01", "--to=2020-12-31"]);
    assert!(
        year_2020.contains("Period;2020-01-01 – 2020-12-31\r\n"),
        "{year_2020}"
    );
    assert!(
        year_2020.contains("Unika deltagare som nåtts;2\r\n"),
        "{year_2020}"
    );
    assert!(
        year_2020.contains("Klara lektioner;0\r\n"),
        "Sven's lesson is today"
    );

    let before = csv(&["--to", "2019-12-31"]);
    assert!(
        before.contains("Unika deltagare som nåtts;0\r\n"),
        "{before}"
    );
    assert!(before.contains("Det finns inga kurser under perioden."));
}

#[test]
fn report_html_goes_to_standard_output_escaped_and_anonymous_on_request() {
    let data = report_data();
    let out = report(data.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"),
        "{html}"
    );
    assert!(
        html.contains("&lt;b&gt;Åsa &amp; &quot;Bo&quot;&lt;/b&gt;"),
        "{html}"
    );
    assert!(!html.contains("<b>"));
    assert!(html.contains("<strong>3</strong>Unika deltagare som nåtts"));

    let out = report(data.path(), &["--anonymous", "--format", "html"]);
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(html.contains("Anonym rapport"));
    assert!(html.contains("Deltagare 1") && html.contains("Deltagare 2"));
    for name in ["Karin", "Åsa", "Sven"] {
        assert!(!html.contains(name), "{name} in the anonymous report");
    }
}

#[test]
fn report_without_data_is_empty_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("never-used");
    let out = report(&data, &["--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Unika deltagare som nåtts;0"));
    assert!(!data.exists(), "no data folder was created");
}

#[test]
fn report_refuses_bad_arguments_plainly_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [
        &["--from", "31/1/2027"][..],
        &["--format", "pdf"],
        &["--everything"],
        &["--from", "2027-02-01", "--to", "2027-01-01"],
        &["--out"],
    ] {
        let out = report(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().collect();
        assert!(
            lines.len() >= 2 && lines[0].starts_with("stegvis: "),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty());
    }
    let out = report(dir.path(), &["--from", "31/1/2027"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ÅÅÅÅ-MM-DD") && err.contains("YYYY-MM-DD"),
        "{err}"
    );
}

/// `stegvis handout …` with the shipped lessons and empty settings.
fn handout(args: &[&str]) -> std::process::Output {
    let config = tempfile::tempdir().expect("tempdir");
    stegvis()
        .arg("handout")
        .args(args)
        .env("STEGVIS_CONFIG_DIR", config.path())
        .env(
            "STEGVIS_LESSONS_DIR",
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons"),
        )
        .output()
        .expect("run")
}

#[test]
fn handout_prints_a_large_print_page_in_the_chosen_language() {
    let out = handout(&["bankid-logga-in"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"),
        "Swedish by default"
    );
    assert!(html.contains("<h1>Logga in med datorn</h1>"));
    assert!(html.contains("Att ta med hem") && html.contains("Viktiga ord"));
    assert!(html.contains("src=\"data:image/png;base64,"));
    assert!(!html.contains("<script"));

    for args in [
        &["--lang", "en", "bankid-logga-in"][..],
        &["bankid-logga-in", "--lang=en"],
    ] {
        let out = handout(args);
        assert!(out.status.success(), "{args:?}");
        let html = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            html.contains("<html lang=\"en\">")
                && html.contains("<h1>Logging in on a computer</h1>")
        );
        assert!(html.contains("Key words"));
    }
}

#[test]
fn handout_saves_to_a_file_or_into_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("hem.html");
    let out = handout(&["epost-vad-ar", "--out", file.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("hem.html"));
    let page = std::fs::read_to_string(&file).expect("written");
    assert!(page.contains("<h1>Vad är e-post?</h1>"));
    assert!(page.contains("<dt>Inkorg</dt>"));

    let out = handout(&[
        "epost-vad-ar",
        "--lang",
        "en",
        "--out",
        dir.path().to_str().expect("utf-8"),
    ]);
    assert!(out.status.success());
    let named = dir.path().join("stegvis-epost-vad-ar-en.html");
    assert!(
        std::fs::read_to_string(named)
            .expect("written")
            .contains("<dt>Inbox</dt>")
    );
}

#[test]
fn handout_refuses_bad_arguments_and_unknown_lessons_plainly() {
    for args in [
        &[][..],
        &["bankid-logga-in", "--lang", "de"],
        &["bankid-logga-in", "--lang"],
        &["bankid-logga-in", "--out"],
        &["bankid-logga-in", "--frobnicate"],
        &["bankid-logga-in", "epost-vad-ar"],
    ] {
        let out = handout(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("stegvis: "), "{err}");
        assert!(err.contains("handout LEKTION"), "help follows: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = handout(&["--lang", "de", "x"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Välj sv eller en") && err.contains("Choose sv or en"),
        "{err}"
    );

    let out = handout(&["finns-inte"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("”finns-inte”") && err.contains("“finns-inte”"),
        "{err}"
    );
    assert!(err.contains("bankid-logga-in"), "lists the lessons: {err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn check_lessons_checks_the_course_plan_when_there_is_one() {
    let dir = lesson_copy();
    let plan: String = (1..=10)
        .map(|n| {
            let lessons = if n == 1 {
                "\"ui-first\", \"okand\""
            } else {
                ""
            };
            format!("[[session]]\nnumber = {n}\nlessons = [{lessons}]\n")
        })
        .collect();
    std::fs::write(dir.path().join("course.toml"), plan).expect("write");
    let titles: String = (1..=10)
        .map(|n| format!("session-{n} = Träff {n}\n"))
        .collect();
    std::fs::write(dir.path().join("course.sv.ftl"), titles).expect("write");
    let out = stegvis()
        .arg("check-lessons")
        .arg(dir.path())
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("course.toml:3:24: `okand` is not a lesson that could be loaded"),
        "{text}"
    );
    assert!(
        text.contains("course.toml:3:12: warning: lesson `ui-first` says session 4"),
        "{text}"
    );
    assert!(
        text.contains("Course plan  10 sessions, 2 lessons"),
        "{text}"
    );
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
    let file = from.path().join("dator3.stegvis");
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
        text.contains("Klart! 2 händelser, 1 deltagare och 1 kurs är sparade"),
        "{text}"
    );
    assert!(
        text.contains("Done! 2 events, 1 participant and 1 course are saved"),
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
    assert!(err.contains("not an export file from Stegvis"), "{err}");
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

#[test]
fn import_refuses_a_device_at_once_and_export_and_report_spare_a_tmp_file_beside() {
    let data = data_folder_with_progress();
    let db = data.path().join(stegvis::store::FILE_NAME);
    let before = std::fs::read(&db).expect("db");
    #[cfg(unix)]
    {
        let started = std::time::Instant::now();
        let out = stegvis()
            .env("STEGVIS_DATA_DIR", data.path())
            .arg("import")
            .arg("/dev/zero")
            .output()
            .expect("run");
        assert!(started.elapsed().as_secs() < 10, "refused at once");
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("Det här är ingen vanlig fil."), "{err}");
        assert!(err.contains("This is not an ordinary file."), "{err}");
        assert!(std::fs::read(&db).expect("db") == before, "untouched");
    }
    let out_dir = tempfile::tempdir().expect("tempdir");
    for (target, args) in [
        ("kurs.stegvis", vec!["export"]),
        ("rapport.csv", vec!["report", "--out"]),
    ] {
        let file = out_dir.path().join(target);
        let other = file.with_extension("tmp");
        std::fs::write(&other, "någon annans fil").expect("write");
        let out = stegvis()
            .env("STEGVIS_DATA_DIR", data.path())
            .args(&args)
            .arg(&file)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(file.exists(), "{target} written");
        assert_eq!(
            std::fs::read_to_string(&other).expect("kept"),
            "någon annans fil",
            "{target}: the tmp file beside it is untouched"
        );
    }
}
