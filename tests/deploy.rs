//! Library-PC deployment in headless UI simulations: the machine-wide
//! configuration (defaults, messages, preset tutor code) and kiosk mode
//! (closing needs the tutor code; Nästa deltagare leaves no trace).

mod common;

use common::{Harness, fixture_lessons};
use iced::keyboard::key::Named;
use stegvis::app::{App, KioskMessage, Message, Options, Screen};
use stegvis::config::MachineConfig;
use stegvis::i18n::Lang;
use stegvis::model::progress::LessonStatus;
use stegvis::screen::Learner;
use stegvis::screen::code::CODE_ID;
use stegvis::theme::ThemeChoice;

/// The app with this machine configuration file, on fresh folders (or the
/// given config folder), in a tall window so no page needs scrolling.
fn with_machine(toml: &str, config: tempfile::TempDir, data: tempfile::TempDir) -> Harness {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, toml).expect("write machine config");
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: data.path().to_path_buf(),
        lesson_dirs: vec![fixture_lessons()],
        machine: MachineConfig::load_file(&file),
    });
    let mut h = Harness::from_app(app, config, data);
    h.size = iced::Size::new(1024.0, 1600.0);
    h
}

/// The first fixture lesson, which Home suggests.
const FIRST: &str = "ui-first";

fn fresh(toml: &str) -> Harness {
    with_machine(
        toml,
        tempfile::tempdir().expect("tempdir"),
        tempfile::tempdir().expect("tempdir"),
    )
}

fn preset(code: &str) -> String {
    let hash = stegvis::store::tutor::hash_code(code).expect("hash");
    format!("tutor_code_hash = \"{hash}\"\n")
}

fn enter_code(h: &mut Harness, code: &str) {
    h.type_into(CODE_ID, code);
    h.submit(CODE_ID);
}

/// A data folder with a course and one participant, as a tutor leaves it.
fn data_with_course(name: &str) -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let mut store = stegvis::store::Store::open(data.path())
        .expect("open")
        .store;
    let today = time::OffsetDateTime::now_utc().date();
    let course = store
        .create_course("Stadsbiblioteket", "", today, 10)
        .expect("course");
    store
        .add_participant(&course.id, name)
        .expect("participant");
    data
}

#[test]
fn machine_defaults_apply_until_the_user_chooses() {
    let machine = "language = \"en\"\ntext_size = 150\ntheme = \"high-contrast-dark\"\n";
    let h = fresh(machine);
    assert_eq!(h.app.scale_factor(), 1.5);
    assert_eq!(h.app.settings().theme, ThemeChoice::HighContrastDark);
    assert_eq!(h.app.lang(), Lang::En);
    assert!(h.app.notices().is_empty());
    assert!(h.shows("What would you like to learn?"));

    // This user chose a larger text: their choice wins, the rest stays.
    let config = tempfile::tempdir().expect("tempdir");
    std::fs::write(config.path().join("settings.toml"), "text_scale = 2.0\n").expect("write");
    let h = with_machine(machine, config, tempfile::tempdir().expect("tempdir"));
    assert_eq!(h.app.scale_factor(), 2.0);
    assert_eq!(h.app.settings().theme, ThemeChoice::HighContrastDark);
    assert_eq!(h.app.lang(), Lang::En);
    stegvis::i18n::set_language(Lang::Sv);
}

#[test]
fn a_change_in_settings_keeps_following_the_machine_defaults() {
    let mut h = fresh("text_size = 150\n");
    h.click("Inställningar");
    h.click("Hög kontrast, mörk");
    let saved =
        std::fs::read_to_string(h._config.path().join("settings.toml")).expect("settings saved");
    assert!(saved.contains("high-contrast-dark"), "{saved}");
    assert!(
        !saved.contains("text_scale"),
        "the machine's text size is not copied into the user's file: {saved}"
    );
}

#[test]
fn invalid_machine_values_are_notices_and_the_app_starts_with_safe_defaults() {
    let h = fresh("text_size = 300\nkiosk = \"ja\"\nlanguage = \"sv\"\n");
    let notices = h.app.notices().to_vec();
    assert_eq!(notices.len(), 2, "{notices:?}");
    for notice in &notices {
        assert!(notice.starts_with("Datorns inställningsfil "), "{notice}");
        assert!(h.shows(notice), "the notice is on screen: {notice}");
    }
    assert!(notices.iter().any(|n| n.contains("text_size = 300")));
    assert!(notices.iter().any(|n| n.contains("kiosk = \"ja\"")));
    assert_eq!(h.app.scale_factor(), 1.0);
    assert!(!h.app.kiosk().enabled);
    assert!(!h.shows("Nästa deltagare"));
    assert!(h.shows("Vad vill du lära dig?"), "the app still starts");

    let h = fresh("text_size = [\n");
    assert_eq!(h.app.notices().len(), 1);
    assert!(h.app.notices()[0].contains("inte skriven rätt på rad"));
}

#[test]
fn a_preset_tutor_code_opens_the_tutor_area() {
    let mut h = fresh(&preset("4711"));
    h.click("För handledare");
    assert!(
        matches!(h.app.screen(), Screen::TutorCode(page) if !page.choosing),
        "the code is asked for, not chosen"
    );
    enter_code(&mut h, "1234");
    assert!(matches!(h.app.screen(), Screen::TutorCode(_)));
    enter_code(&mut h, "4711");
    assert!(matches!(h.app.screen(), Screen::Tutor(_)));
}

#[test]
fn closing_in_kiosk_mode_needs_the_tutor_code() {
    let mut h = fresh(&format!("kiosk = true\n{}", preset("4711")));
    assert!(h.app.kiosk().enabled);
    assert!(h.shows("Nästa deltagare"));
    h.click("Stäng Stegvis");
    assert!(matches!(h.app.screen(), Screen::TutorCode(_)));
    assert!(h.app.kiosk().is_quitting());

    enter_code(&mut h, "1111");
    assert!(!h.app.kiosk().has_exited(), "a wrong code does not close");
    assert!(matches!(h.app.screen(), Screen::TutorCode(_)));

    // The first Esc leaves the code field, the second goes back (as F1 says).
    h.key(Named::Escape);
    h.key(Named::Escape);
    assert!(matches!(h.app.screen(), Screen::Home(_)), "Esc goes back");
    assert!(!h.app.kiosk().is_quitting() && !h.app.kiosk().has_exited());

    // The window manager's close (Alt+F4) asks for the code too.
    h.apply(vec![Message::Kiosk(KioskMessage::CloseRequested)]);
    assert!(matches!(h.app.screen(), Screen::TutorCode(_)));
    enter_code(&mut h, "4711");
    assert!(h.app.kiosk().has_exited(), "the right code closes Stegvis");
}

#[test]
fn the_right_code_in_the_tutor_area_does_not_close_stegvis() {
    let mut h = fresh(&format!("kiosk = true\n{}", preset("4711")));
    h.click("För handledare");
    enter_code(&mut h, "4711");
    assert!(matches!(h.app.screen(), Screen::Tutor(_)));
    assert!(!h.app.kiosk().has_exited());
}

#[test]
fn next_participant_leaves_no_trace_of_the_previous_one() {
    let data = data_with_course("Anna B.");
    let mut h = with_machine(
        &format!("kiosk = true\n{}", preset("4711")),
        tempfile::tempdir().expect("tempdir"),
        data,
    );
    assert!(h.shows("Vem är du i dag?"));
    h.click("Jag är deltagare");
    h.click("Anna B.");
    assert!(
        h.shows("Välkommen, Anna B.!"),
        "her name is on screen while she works"
    );
    h.click("Börja ›");
    h.click("Nästa ›");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    // She opens Kortkommandon (F1) over the lesson, then the next senior comes.
    h.key(Named::F1);
    assert!(matches!(h.app.screen(), Screen::Shortcuts(_)));
    h.click("Nästa deltagare");

    assert!(matches!(h.app.screen(), Screen::Start(_)));
    assert!(h.shows("Vem är du i dag?"));
    for text in [
        "Anna B.",
        "Välkommen, Anna B.!",
        "Välkommen tillbaka, Anna B.!",
    ] {
        assert!(!h.shows(text), "her name is gone from the screen: {text}");
    }
    assert_eq!(h.app.shared().learner, Learner::Own);
    assert!(
        h.app.shared().events.is_empty(),
        "none of her progress is loaded"
    );
    h.key(Named::Escape);
    assert!(
        matches!(h.app.screen(), Screen::Start(_)),
        "Esc does not bring back her pages"
    );
    // Her progress was saved for her, not lost.
    h.click("Jag är deltagare");
    h.click("Anna B.");
    assert!(!h.app.shared().events.is_empty());
}

#[test]
fn a_kiosk_without_a_course_keeps_nothing_between_seniors() {
    let mut h = fresh("kiosk = true\n");
    assert_eq!(h.app.shared().learner, Learner::Guest);
    h.click("Börja ›");
    h.click("Nästa ›");
    h.key(Named::Escape);
    assert!(
        matches!(h.status(FIRST), LessonStatus::Started { .. }),
        "the senior sees where they were"
    );
    assert!(h.shows("Påbörjad"));
    h.click("Nästa deltagare");
    assert!(matches!(h.app.screen(), Screen::Home(_)));
    assert_eq!(
        h.status(FIRST),
        LessonStatus::NotStarted,
        "the next senior does not"
    );
    assert!(!h.shows("Fortsätt där du var"));
    assert!(h.app.shared().events.is_empty());
    let h = h.restart();
    assert!(
        h.app.shared().events.is_empty(),
        "nothing was saved on the PC"
    );
}

/// `stegvis paths` with the given environment, from a copy of the binary in
/// `exe_dir` (so portable mode can be tried), with no Stegvis variables but
/// those given.
fn paths_output(exe_dir: &std::path::Path, env: &[(&str, &std::path::Path)]) -> String {
    let exe = exe_dir.join("stegvis");
    if !exe.exists() {
        std::fs::hard_link(env!("CARGO_BIN_EXE_stegvis"), &exe)
            .or_else(|_| std::fs::copy(env!("CARGO_BIN_EXE_stegvis"), &exe).map(|_| ()))
            .expect("a copy of the binary");
    }
    let mut command = std::process::Command::new(&exe);
    command.arg("paths");
    for var in [
        "STEGVIS_CONFIG_DIR",
        "STEGVIS_DATA_DIR",
        "STEGVIS_LESSONS_DIR",
        "STEGVIS_MACHINE_CONFIG",
    ] {
        command.env_remove(var);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("run stegvis paths");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_data_folder_comes_from_env_then_portable_then_machine() {
    let exe_dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let machine_dir = tempfile::tempdir().expect("tempdir");
    let machine = machine_dir.path().join("config.toml");
    let shared = machine_dir.path().join("shared");
    std::fs::write(
        &machine,
        format!(
            "data_folder = \"{}\"\nroom_folder = \"/mnt/kursrum\"\n",
            shared.display()
        ),
    )
    .expect("write");

    let out = paths_output(exe_dir.path(), &[("STEGVIS_MACHINE_CONFIG", &machine)]);
    assert!(out.contains("Bärbart läge / Portable mode: nej"), "{out}");
    assert!(
        out.contains(&format!("Framsteg / Progress data: {}\n", shared.display())),
        "the machine's data folder: {out}"
    );
    assert!(
        out.contains("Kursrummets mapp / Room folder: /mnt/kursrum\n"),
        "the room folder: {out}"
    );

    std::fs::write(exe_dir.path().join("stegvis.portable"), "").expect("marker");
    let out = paths_output(exe_dir.path(), &[("STEGVIS_MACHINE_CONFIG", &machine)]);
    let portable = exe_dir.path().join("stegvis-data");
    assert!(out.contains("Bärbart läge / Portable mode: ja"), "{out}");
    assert!(
        out.contains(&format!(
            "Framsteg / Progress data: {}\n",
            portable.display()
        )),
        "portable wins over the machine: {out}"
    );
    assert!(
        out.contains(&format!(
            "Inställningar / Settings: {}\n",
            portable.display()
        )),
        "settings are portable too: {out}"
    );

    let own = machine_dir.path().join("own");
    let out = paths_output(
        exe_dir.path(),
        &[
            ("STEGVIS_MACHINE_CONFIG", &machine),
            ("STEGVIS_DATA_DIR", &own),
        ],
    );
    assert!(
        out.contains(&format!("Framsteg / Progress data: {}\n", own.display())),
        "the environment wins over everything: {out}"
    );
}

#[test]
fn a_data_folder_that_cannot_be_written_is_named_and_lessons_still_work() {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    // A folder under a plain file can never be made, even by root.
    let blocked = data.path().join("not-a-folder");
    std::fs::write(&blocked, "").expect("file");
    let folder = blocked.join("stegvis");
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: folder.clone(),
        lesson_dirs: vec![fixture_lessons()],
        machine: MachineConfig::default(),
    });
    let mut h = Harness::from_app(app, config, data);
    let notice = format!(
        "Dina framsteg kan inte sparas, för Stegvis får inte skriva i mappen {}.",
        folder.display()
    );
    assert!(
        h.app.notices().iter().any(|n| n.starts_with(&notice)),
        "{:?}",
        h.app.notices()
    );
    assert!(h.shows(&h.app.notices()[0].clone()));
    h.click("Börja ›");
    assert!(
        matches!(h.app.screen(), Screen::Lesson(_)),
        "lessons still work"
    );
}

#[test]
fn a_tutor_chooses_another_folder_when_the_data_folder_cannot_be_written() {
    use stegvis::screen::folder::FOLDER_ID;
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    let blocked = data.path().join("not-a-folder");
    std::fs::write(&blocked, "").expect("file");
    let usual = blocked.join("stegvis");
    let options = || Options {
        config_dir: config.path().to_path_buf(),
        data_dir: usual.clone(),
        lesson_dirs: vec![fixture_lessons()],
        machine: MachineConfig::default(),
    };
    let mut h = Harness::from_app(
        App::new(options()),
        tempfile::tempdir().expect("tempdir"),
        tempfile::tempdir().expect("tempdir"),
    );
    h.size = iced::Size::new(1024.0, 1600.0);
    h.click("Välj en annan mapp");
    assert!(matches!(h.app.screen(), Screen::ChooseFolder(_)));
    assert!(h.shows("Var ska Stegvis spara?"));

    // A folder that cannot be written either is refused plainly.
    let also_blocked = blocked.join("usb");
    h.type_into(FOLDER_ID, &also_blocked.display().to_string());
    h.submit(FOLDER_ID);
    let refused = format!(
        "Det går inte att spara i mappen {}. Välj en annan.",
        also_blocked.display()
    );
    assert!(h.shows(&refused));

    // A working folder is used at once and remembered.
    let usb = tempfile::tempdir().expect("usb");
    let _ = h.app.update(stegvis::app::Message::Folder(
        stegvis::screen::folder::Message::Typed(usb.path().display().to_string()),
    ));
    h.submit(FOLDER_ID);
    let chosen = format!("Nu sparar Stegvis i mappen {}.", usb.path().display());
    assert!(h.shows(&chosen), "{:?}", h.app.notices());
    assert!(
        usb.path().join(stegvis::store::FILE_NAME).is_file(),
        "progress is saved there"
    );
    h.click("Börja ›");
    h.click("Nästa ›");
    let saved = stegvis::store::Store::open(usb.path())
        .expect("open")
        .store
        .events(None)
        .expect("events");
    assert!(
        !saved.is_empty(),
        "the lesson's events are in the new folder"
    );
    let settings = stegvis::settings::load_quietly(config.path());
    assert_eq!(settings.data_folder.as_deref(), Some(usb.path()));
}

#[test]
fn tutor_code_hash_prints_a_line_for_the_machine_config() {
    use std::io::Write;
    let run = |input: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stegvis"))
            .arg("tutor-code-hash")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start stegvis");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write code");
        child.wait_with_output().expect("run")
    };
    let output = run("hemlig 4711\r\n");
    assert!(output.status.success());
    let line = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    assert!(!line.contains("4711"), "the code itself is never printed");
    // The line pasted into a machine config file gives the preset code.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, format!("{line}\n")).expect("write");
    let config = MachineConfig::load_file(&file);
    assert_eq!(config.problems, []);
    let hash = config.tutor_code_hash.expect("a hash");
    assert!(stegvis::store::tutor::code_matches("hemlig 4711", &hash));

    let short = run("abc\n");
    assert!(!short.status.success(), "too short a code is refused");
    assert!(String::from_utf8_lossy(&short.stderr).contains("minst 4 tecken"));
}

#[test]
fn a_kiosk_without_a_tutor_code_never_offers_to_choose_one() {
    let mut h = fresh("kiosk = true\n");
    h.click("Stäng Stegvis");
    assert!(
        !matches!(h.app.screen(), Screen::TutorCode(_)),
        "no code page where a senior could choose the tutor code"
    );
    assert!(!h.app.kiosk().is_quitting() && !h.app.kiosk().has_exited());
    let notice = "Stegvis stängs med handledarkoden, men ingen kod är vald än.";
    assert!(
        h.app.notices().iter().any(|n| n.starts_with(notice)),
        "{:?}",
        h.app.notices()
    );
    h.apply(vec![Message::Kiosk(KioskMessage::CloseRequested)]);
    assert!(!matches!(h.app.screen(), Screen::TutorCode(_)));
    assert_eq!(h.app.notices().len(), 1, "the notice is not repeated");
}

#[test]
fn a_kiosk_closes_with_the_preset_code_when_the_store_is_unavailable() {
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    let blocked = data.path().join("not-a-folder");
    std::fs::write(&blocked, "").expect("file");
    let machine_dir = tempfile::tempdir().expect("tempdir");
    let file = machine_dir.path().join("config.toml");
    std::fs::write(&file, format!("kiosk = true\n{}", preset("4711"))).expect("write");
    let app = App::new(Options {
        config_dir: config.path().to_path_buf(),
        data_dir: blocked.join("stegvis"),
        lesson_dirs: vec![fixture_lessons()],
        machine: MachineConfig::load_file(&file),
    });
    let mut h = Harness::from_app(app, config, data);
    h.size = iced::Size::new(1024.0, 1600.0);
    h.click("Stäng Stegvis");
    assert!(
        matches!(h.app.screen(), Screen::TutorCode(page) if !page.choosing),
        "the preset code is asked for: {:?}",
        h.app.screen()
    );
    enter_code(&mut h, "1111");
    assert!(!h.app.kiosk().has_exited(), "a wrong code does not close");
    enter_code(&mut h, "4711");
    assert!(h.app.kiosk().has_exited(), "the preset code closes Stegvis");
}
