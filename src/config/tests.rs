use super::*;
use crate::i18n::set_language;

/// Writes `text` as a machine configuration file and reads it back.
fn read(text: &str) -> (tempfile::TempDir, MachineConfig) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write");
    let config = MachineConfig::load_file(&path);
    (dir, config)
}

/// The one problem a file gave, with its message in Swedish.
fn only_problem(text: &str) -> (Problem, String) {
    let (_dir, config) = read(text);
    assert_eq!(config.problems.len(), 1, "{text}: {:?}", config.problems);
    set_language(Lang::Sv);
    let problem = config.problems[0].clone();
    let message = problem.message();
    (problem, message)
}

#[test]
fn a_missing_file_sets_nothing_and_is_no_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    let config = MachineConfig::load_file(&path);
    assert_eq!(
        config,
        MachineConfig {
            file: Some(path),
            ..MachineConfig::default()
        }
    );
    assert_eq!(config.settings_base(), Settings::default());
}

#[test]
fn every_key_is_read() {
    let hash = crate::store::tutor::hash_code("4711").expect("hash");
    let (_dir, config) = read(&format!(
        r#"
data_folder = "/srv/stegvis"
language = "en"
text_size = 175
theme = "high-contrast-dark"
lesson_folders = ["/srv/stegvis/lektioner", "/media/kommunen"]
kiosk = true
tutor_code_hash = "{hash}"
pc_name = "  Dator 3, Stadsbiblioteket "
"#
    ));
    assert_eq!(config.problems, []);
    assert_eq!(config.data_dir, Some(PathBuf::from("/srv/stegvis")));
    assert_eq!(config.language, Some(Lang::En));
    assert_eq!(config.text_size, Some(175));
    assert_eq!(config.theme, Some(ThemeChoice::HighContrastDark));
    assert_eq!(
        config.lesson_dirs,
        [
            PathBuf::from("/srv/stegvis/lektioner"),
            PathBuf::from("/media/kommunen")
        ]
    );
    assert!(config.kiosk);
    assert_eq!(config.tutor_code_hash, Some(hash));
    assert_eq!(config.pc_name.as_deref(), Some("Dator 3, Stadsbiblioteket"));
    let base = config.settings_base();
    assert_eq!(base.language, Some(Lang::En));
    assert_eq!(base.scale_percent(), 175);
    assert_eq!(base.theme, ThemeChoice::HighContrastDark);
}

#[test]
fn the_example_file_in_packaging_is_valid_and_changes_nothing_by_default() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/config.toml.example");
    let config = MachineConfig::load_file(&path);
    assert_eq!(config.problems, []);
    assert_eq!(
        config.settings_base(),
        Settings::default(),
        "every example line is commented out"
    );
    // Uncommenting every example line gives a valid file.
    let text = std::fs::read_to_string(&path).expect("example");
    let uncommented: String = text
        .lines()
        .filter_map(|l| l.strip_prefix("# ").or(l.strip_prefix("#")))
        .filter(|l| {
            Key::ALL
                .iter()
                .any(|k| l.starts_with(&format!("{} = ", k.name())))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let (_dir, all) = read(&uncommented);
    assert_eq!(all.problems, [], "{uncommented}");
    assert!(all.pc_name.is_some() && all.data_dir.is_some() && !all.lesson_dirs.is_empty());
    assert!(all.room_folder.is_some());
}

/// Each bad value: the key, the message's key and what is allowed.
#[test]
fn every_invalid_value_names_the_file_the_key_and_what_is_allowed() {
    let cases: &[(&str, Key, &str)] = &[
        (
            "data_folder = \"stegvis-data\"",
            Key::DataFolder,
            "hel sökväg",
        ),
        ("data_folder = 5", Key::DataFolder, "hel sökväg"),
        ("room_folder = \"kursrum\"", Key::RoomFolder, "delar"),
        ("data_folder = \"\"", Key::DataFolder, "hel sökväg"),
        ("language = \"fi\"", Key::Language, "\"sv\", \"en\""),
        ("language = true", Key::Language, "\"sv\", \"en\""),
        (
            "text_size = 300",
            Key::TextSize,
            "100, 125, 150, 175, 200, 225, 250",
        ),
        ("text_size = \"150\"", Key::TextSize, "100, 125"),
        ("text_size = 150.0", Key::TextSize, "100, 125"),
        ("text_size = -100", Key::TextSize, "100, 125"),
        (
            "theme = \"dark\"",
            Key::Theme,
            "\"standard\", \"high-contrast-light\", \"high-contrast-dark\"",
        ),
        (
            "lesson_folders = \"/srv/lektioner\"",
            Key::LessonFolders,
            "lista",
        ),
        (
            "lesson_folders = [\"lektioner\"]",
            Key::LessonFolders,
            "lista",
        ),
        ("lesson_folders = [\"/ok\", 3]", Key::LessonFolders, "lista"),
        ("kiosk = \"ja\"", Key::Kiosk, "true (på) eller false (av)"),
        ("kiosk = 1", Key::Kiosk, "true (på) eller false (av)"),
        (
            "tutor_code_hash = \"4711\"",
            Key::TutorCodeHash,
            "stegvis tutor-code-hash",
        ),
        ("tutor_code_hash = 4711", Key::TutorCodeHash, "$argon2"),
        ("pc_name = \"\"", Key::PcName, "1 till 60 tecken"),
        ("pc_name = 3", Key::PcName, "1 till 60 tecken"),
        ("pc_name = \"Dator\\n3\"", Key::PcName, "1 till 60 tecken"),
    ];
    for (line, key, allowed) in cases {
        let (problem, message) = only_problem(&format!("{line}\n"));
        let Problem::Invalid {
            file,
            key: found,
            value,
        } = &problem
        else {
            panic!("{line}: {problem:?}");
        };
        assert_eq!(found, key, "{line}");
        assert!(file.ends_with("config.toml"));
        assert!(
            message.starts_with("Datorns inställningsfil "),
            "{line}: {message}"
        );
        assert!(message.contains(&file.display().to_string()), "{message}");
        assert!(message.contains(key.name()), "{line}: {message}");
        assert!(message.contains(value.as_str()), "{line}: {message}");
        assert!(message.contains(allowed), "{line}: {message}");
    }
}

#[test]
fn a_long_name_is_refused_and_shown_shortened() {
    let long = "Dator ".repeat(20);
    let (problem, message) = only_problem(&format!("pc_name = \"{long}\"\n"));
    let Problem::Invalid { value, .. } = problem else {
        panic!("{problem:?}");
    };
    assert!(
        value.ends_with('…') && value.chars().count() == 61,
        "{value}"
    );
    assert!(message.contains(&value));
}

#[test]
fn a_bad_value_leaves_the_other_keys_in_force() {
    let (_dir, config) = read("language = \"en\"\ntext_size = 999\nkiosk = true\n");
    assert_eq!(config.language, Some(Lang::En));
    assert_eq!(config.text_size, None);
    assert!(config.kiosk);
    assert_eq!(config.settings_base().scale_percent(), 100);
}

#[test]
fn an_unknown_key_is_named_with_the_allowed_names() {
    let (problem, message) = only_problem("kiosk_mode = true\n");
    assert!(matches!(&problem, Problem::UnknownKey { key, .. } if key == "kiosk_mode"));
    assert!(message.contains("kiosk_mode"), "{message}");
    assert!(
        message.contains("data_folder, language, text_size, theme, lesson_folders, kiosk"),
        "{message}"
    );
}

#[test]
fn a_file_that_is_not_toml_is_ignored_with_its_line() {
    let (_dir, config) = read("language = \"en\"\nkiosk = true\ntext_size = [\n");
    assert_eq!(config.language, None, "nothing of a broken file is used");
    assert!(!config.kiosk);
    assert_eq!(config.problems.len(), 1);
    let Problem::Syntax { line, .. } = &config.problems[0] else {
        panic!("{:?}", config.problems);
    };
    assert!(*line >= 3, "the error is on line 3 or after: {line}");
    set_language(Lang::Sv);
    let message = config.problems[0].message();
    assert!(message.contains("inte skriven rätt på rad"), "{message}");
}

#[test]
fn a_file_that_cannot_be_read_is_reported() {
    let (_dir, config) = read("");
    assert_eq!(config.problems, []);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, b"language = \"\xff\"\n").expect("write");
    let config = MachineConfig::load_file(&path);
    assert_eq!(
        config.problems,
        [Problem::Unreadable { file: path.clone() }]
    );
    set_language(Lang::Sv);
    assert!(config.problems[0].message().contains("kunde inte läsa"));
    // A folder where the file should be cannot be read either.
    std::fs::remove_file(&path).expect("remove");
    std::fs::create_dir(&path).expect("folder");
    let config = MachineConfig::load_file(&path);
    assert_eq!(config.problems, [Problem::Unreadable { file: path }]);
}

#[test]
fn messages_exist_in_english_too() {
    let (_dir, config) = read("theme = \"dark\"\n");
    set_language(Lang::En);
    let message = config.problems[0].message();
    set_language(Lang::Sv);
    assert!(message.contains("cannot be used"), "{message}");
    assert!(message.contains("\"high-contrast-dark\""), "{message}");
}
