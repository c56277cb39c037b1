//! Malformed practice scenarios: each gives an error naming the scenario
//! file, line and column and what is wrong; the lesson using it is skipped
//! and every other lesson still loads.

#[path = "common/problems.rs"]
mod problems;

use std::path::Path;
use stegvis::model::{Library, Severity, Step};

const LESSON: &str = r#"id = "good"
topic = "safety"
session = 3

[[step]]
kind = "read"
text = "intro"

[[step]]
kind = "practice"
scenario = "demo"
"#;

const SCENARIO: &str = r#"title = "title"
frame = "phone"
start = "ring"
task = "task"
goals = ["slut"]
end = "end"
hint = "hint"

[[trap]]
id = "svarade"
title = "trap-title"
explain = "trap-text"

[[screen]]
id = "ring"
parts = [
  { part = "call", caller = "caller" },
  { part = "button", id = "lagg-pa", text = "hang-up", look = "decline", go = "slut" },
  { part = "button", id = "svara", text = "answer", look = "accept", trap = "svarade" },
]

[[screen]]
id = "slut"
parts = [{ part = "text", text = "ended" }]
"#;

const SV: &str = "title = Bra lektion
summary = Du lärde dig något.
intro = Hej.
demo-title = Ett samtal
demo-task = Någon ringer. Vad gör du?
demo-end = Bra. Du lade på.
demo-hint = Tänk efter.
demo-trap-title = Du svarade
demo-trap-text = Det var en tjuv.
demo-caller = Banken
demo-hang-up = Lägg på
demo-answer = Svara
demo-ended = Samtalet är slut.
";

fn write(root: &Path, lesson: &str, toml: &str, scenario: &str, sv: &str) {
    let dir = root.join(lesson);
    std::fs::create_dir_all(dir.join("scenarios")).expect("mkdir");
    let toml = toml.replace("id = \"good\"", &format!("id = \"{lesson}\""));
    std::fs::write(dir.join("lesson.toml"), toml).expect("write");
    std::fs::write(dir.join("scenarios/demo.toml"), scenario).expect("write");
    std::fs::write(dir.join("sv.ftl"), sv).expect("write");
}

/// A root with the good lesson and a `bad` one whose scenario is `scenario`.
fn with_bad_scenario(scenario: &str) -> tempfile::TempDir {
    with_bad(LESSON, scenario, SV)
}

fn with_bad(toml: &str, scenario: &str, sv: &str) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("tempdir");
    write(root.path(), "good", LESSON, SCENARIO, SV);
    write(root.path(), "bad", toml, scenario, sv);
    root
}

/// Loads `root`; the good lesson must load and the bad one not, and an error
/// must name `file` with a line and column and contain every word of `expect`.
fn expect_error(root: &Path, file: &str, expect: &[&str]) -> String {
    let library = Library::load(&[root.to_path_buf()]);
    assert!(
        library.get("good").is_some(),
        "the good lesson must still load: {:#?}",
        library.problems
    );
    assert!(library.get("bad").is_none(), "the bad lesson is skipped");
    let message = problems::error_naming(&library, file, expect);
    let after = &message[message.find(file).expect("file") + file.len()..];
    let mut fields = after.split(':');
    let line = fields.nth(1).and_then(|l| l.parse::<usize>().ok());
    let column = fields.next().and_then(|c| c.parse::<usize>().ok());
    assert!(
        line.is_some() && column.is_some(),
        "{message} has no line and column"
    );
    message
}

const FILE: &str = "bad/scenarios/demo.toml";

#[test]
fn the_good_scenario_loads_with_its_texts() {
    let root = with_bad_scenario(SCENARIO);
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(library.problems.is_empty(), "{:#?}", library.problems);
    let lesson = library.get("good").expect("loaded");
    assert!(matches!(&lesson.steps[1], Step::Practice { scenario } if scenario == "demo"));
    let scenario = lesson.scenario("demo").expect("scenario");
    assert_eq!(
        lesson.text("sv", &scenario.task),
        "Någon ringer. Vad gör du?"
    );
    assert_eq!(scenario.screens.len(), 2);
    assert_eq!(scenario.traps[0].id, "svarade");
}

#[test]
fn unknown_part() {
    let root = with_bad_scenario(&SCENARIO.replace("part = \"call\"", "part = \"phone-call\""));
    let msg = expect_error(root.path(), FILE, &["unknown part `phone-call`", "call,"]);
    assert!(msg.contains(":17:"), "{msg}");
}

#[test]
fn unknown_screen_in_a_transition() {
    let root = with_bad_scenario(&SCENARIO.replace("go = \"slut\"", "go = \"borta\""));
    expect_error(root.path(), FILE, &["no screen `borta`", "ring, slut"]);
}

#[test]
fn missing_fluent_text() {
    let root = with_bad(
        LESSON,
        SCENARIO,
        &SV.replace("demo-hang-up = Lägg på\n", ""),
    );
    let msg = expect_error(
        root.path(),
        FILE,
        &["text `demo-hang-up` is missing from sv.ftl"],
    );
    assert!(msg.contains(":18:"), "points at the button: {msg}");
}

#[test]
fn a_goal_that_cannot_be_reached() {
    let scenario = SCENARIO
        .replace("goals = [\"slut\"]", "goals = [\"slut\", \"extra\"]")
        .replace(
            "[[screen]]\nid = \"slut\"",
            "[[screen]]\nid = \"extra\"\nparts = [{ part = \"text\", text = \"ended\" }]\n\n[[screen]]\nid = \"slut\"",
        );
    let root = with_bad_scenario(&scenario);
    let msg = expect_error(root.path(), FILE, &["goal `extra` cannot be reached"]);
    assert!(msg.contains(":5:"), "{msg}");
}

#[test]
fn a_dead_end_screen() {
    let scenario = SCENARIO.replace("go = \"slut\"", "go = \"tyst\"")
        + "\n[[screen]]\nid = \"tyst\"\nparts = [{ part = \"text\", text = \"ended\" }]\n";
    let root = with_bad_scenario(&scenario);
    let msg = expect_error(root.path(), FILE, &["screen `tyst` is a dead end"]);
    assert!(msg.contains(":27:"), "points at the screen: {msg}");
}

#[test]
fn a_screen_from_which_no_goal_can_be_reached() {
    let scenario = SCENARIO.replace("trap = \"svarade\" }", "go = \"loop\" }")
        + "\n[[screen]]\nid = \"loop\"\nparts = [{ part = \"button\", id = \"b\", text = \"answer\", go = \"loop\" }]\n";
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["from screen `loop` no goal can be reached"],
    );
}

#[test]
fn a_step_naming_a_missing_scenario() {
    let root = with_bad(
        &LESSON.replace("scenario = \"demo\"", "scenario = \"saknas\""),
        SCENARIO,
        SV,
    );
    let msg = expect_error(
        root.path(),
        "bad/lesson.toml",
        &["scenario `saknas` does not exist", "scenarios/saknas.toml"],
    );
    assert!(msg.contains(":11:"), "{msg}");
}

#[test]
fn a_field_the_part_does_not_take() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"text\", text = \"ended\", go = \"ring\" }",
    ));
    expect_error(root.path(), FILE, &["a `text` part does not take `go`"]);
}

#[test]
fn a_part_missing_what_it_needs() {
    let root = with_bad_scenario(&SCENARIO.replace("id = \"lagg-pa\", ", ""));
    expect_error(root.path(), FILE, &["a `button` part needs `id`"]);
}

#[test]
fn a_control_with_two_ways() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "trap = \"svarade\" }",
        "trap = \"svarade\", go = \"slut\" }",
    ));
    expect_error(root.path(), FILE, &["control `svara` needs exactly one of"]);
}

#[test]
fn an_unknown_trap() {
    let root = with_bad_scenario(&SCENARIO.replace("trap = \"svarade\" }", "trap = \"svar\" }"));
    expect_error(root.path(), FILE, &["there is no trap `svar`"]);
}

#[test]
fn a_keypad_without_a_button_to_try_the_code() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"keypad\", code = \"123456\" }",
    ));
    expect_error(
        root.path(),
        FILE,
        &["keypad but no button with `check-code"],
    );
}

#[test]
fn a_keypad_code_that_is_not_digits() {
    let scenario = SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"keypad\", code = \"12ab\" },\n  { part = \"button\", id = \"ok\", text = \"answer\", check-code = true, go = \"ring\" }",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(root.path(), FILE, &["4–8 digits"]);
}

#[test]
fn a_wrong_try_without_any_hint() {
    let scenario = SCENARIO
        .replace("hint = \"hint\"\n", "")
        .replace("trap = \"svarade\" }", "wrong = true }")
        .replace(
            "[[trap]]\nid = \"svarade\"\ntitle = \"trap-title\"\nexplain = \"trap-text\"\n",
            "",
        );
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["control `svara` can be a wrong try but has no hint"],
    );
}

#[test]
fn broken_toml_names_line_and_column() {
    let root = with_bad_scenario(&SCENARIO.replace("frame = \"phone\"", "frame = = \"phone\""));
    let msg = expect_error(root.path(), FILE, &[]);
    assert!(msg.contains(":2:"), "{msg}");
}

#[test]
fn an_unknown_frame_and_a_misspelt_key() {
    let root = with_bad_scenario(&SCENARIO.replace("frame = \"phone\"", "frame = \"tablet\""));
    expect_error(root.path(), FILE, &["unknown frame `tablet`"]);
    let root = with_bad_scenario(&SCENARIO.replace("start = ", "begin = "));
    expect_error(root.path(), FILE, &["begin"]);
}

#[test]
fn both_devices_need_a_device_per_screen_and_a_start_each() {
    let root = with_bad_scenario(&SCENARIO.replace("frame = \"phone\"", "frame = \"both\""));
    expect_error(root.path(), FILE, &["screen `ring` needs `device"]);
    let scenario = SCENARIO
        .replace("frame = \"phone\"", "frame = \"both\"")
        .replace("id = \"ring\"\n", "id = \"ring\"\ndevice = \"phone\"\n")
        .replace("id = \"slut\"\n", "id = \"slut\"\ndevice = \"phone\"\n");
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["`start` needs a screen on the computer"],
    );
}

#[test]
fn a_screen_id_used_twice() {
    let root = with_bad_scenario(&SCENARIO.replace("id = \"slut\"", "id = \"ring\""));
    expect_error(root.path(), FILE, &["screen id `ring` is used twice"]);
}

#[test]
fn an_unused_scenario_file_is_only_a_warning() {
    let root = with_bad_scenario(SCENARIO);
    std::fs::write(root.path().join("good/scenarios/extra.toml"), "nonsense").expect("write");
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(library.get("good").is_some());
    assert!(!library.has_errors(), "{:#?}", library.problems);
    assert!(
        library
            .problems
            .iter()
            .any(|p| p.to_string().contains("extra.toml: warning: no step"))
    );
}

#[test]
fn the_shipped_lessons_still_load_without_errors() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let library = Library::load(&[dir]);
    let errors: Vec<String> = library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(library.lessons.len() >= 32);
}

#[test]
fn a_flag_that_no_control_sets() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"text\", text = \"ended\", if = \"klar\" }",
    ));
    let msg = expect_error(root.path(), FILE, &["flag `klar` is never set"]);
    assert!(msg.contains(":24:"), "points at the `if`: {msg}");
}

#[test]
fn a_text_field_without_a_button_to_send_it() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"input\", id = \"falt\", text = \"ended\" }",
    ));
    expect_error(
        root.path(),
        FILE,
        &["text field but no button with `check-filled"],
    );
}

#[test]
fn check_filled_without_a_text_field() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "look = \"decline\", go = \"slut\"",
        "look = \"decline\", go = \"slut\", check-filled = true",
    ));
    expect_error(
        root.path(),
        FILE,
        &["`check-filled = true` but the screen has no text field"],
    );
}

#[test]
fn done_when_flags_that_can_never_all_be_set() {
    // Flags are set only when a press moves on, never by a trap.
    let scenario = SCENARIO
        .replace(
            "goals = [\"slut\"]",
            "goals = [\"slut\"]\ndone-when = [\"svarat-klart\"]",
        )
        .replace(
            "trap = \"svarade\" }",
            "trap = \"svarade\", set = \"svarat-klart\" }",
        );
    let root = with_bad_scenario(&scenario);
    let msg = expect_error(
        root.path(),
        FILE,
        &["never with all of `done-when` set (svarat-klart)"],
    );
    assert!(msg.contains(":6:"), "points at `done-when`: {msg}");
}

#[test]
fn an_unknown_picture() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"photo\", id = \"foto\", text = \"ended\", picture = \"selfie\", go = \"ring\" }",
    ));
    expect_error(
        root.path(),
        FILE,
        &["unknown picture `selfie`", "sunset, flower, cottage"],
    );
}

#[test]
fn a_control_with_both_checks() {
    let scenario = SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"keypad\", code = \"1234\" },\n  { part = \"input\", id = \"falt\", text = \"ended\" },\n  { part = \"button\", id = \"ok\", text = \"answer\", check-code = true, check-filled = true, go = \"ring\" }",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["`check-code` or `check-filled`, not both"],
    );
}

#[test]
fn a_text_field_id_used_by_a_control() {
    let scenario = SCENARIO.replace(
        "{ part = \"text\", text = \"ended\" }",
        "{ part = \"input\", id = \"svara\", text = \"ended\" },\n  { part = \"button\", id = \"ok\", text = \"answer\", check-filled = true, go = \"ring\" }",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["text field id `svara` is already used on line"],
    );
}

#[test]
fn flags_and_text_fields_load_when_right() {
    let scenario = SCENARIO
        .replace(
            "goals = [\"slut\"]",
            "goals = [\"slut\"]\ndone-when = [\"skrev\"]",
        )
        .replace(
            "{ part = \"button\", id = \"lagg-pa\", text = \"hang-up\", look = \"decline\", go = \"slut\" },",
            "{ part = \"input\", id = \"falt\", text = \"ended\" },\n  { part = \"button\", id = \"lagg-pa\", text = \"hang-up\", look = \"decline\", go = \"slut\", check-filled = true, set = \"skrev\" },",
        );
    let root = with_bad_scenario(&scenario);
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(!library.has_errors(), "{:#?}", library.problems);
    let scenario = library
        .get("bad")
        .and_then(|l| l.scenario("demo"))
        .expect("loads");
    assert_eq!(scenario.flags, ["skrev"]);
}

/// The good scenario with `done-when = ["skrev", "läst"]` reached by
/// hanging up (which sets both), and the given `[[todo]]` lines.
fn with_todo(todo: &str) -> String {
    SCENARIO
        .replace(
            "goals = [\"slut\"]",
            "goals = [\"slut\"]\ndone-when = [\"skrev\", \"last\"]",
        )
        .replace(
            "go = \"slut\" },",
            "go = \"slut\", set = [\"skrev\", \"last\"] },",
        )
        .replace("[[trap]]", &format!("{todo}\n[[trap]]"))
}

#[test]
fn a_todo_list_loads_and_counts_its_lines() {
    let scenario = with_todo(
        "[[todo]]\nflags = \"skrev\"\ntext = \"ended\"\n\n[[todo]]\nflags = [\"last\"]\ntext = \"caller\"\n",
    );
    let root = with_bad_scenario(&scenario);
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(!library.has_errors(), "{:#?}", library.problems);
    let lesson = library.get("bad").expect("loads");
    let scenario = lesson.scenario("demo").expect("scenario");
    let texts: Vec<String> = scenario
        .todo
        .iter()
        .map(|t| lesson.text("sv", &t.text))
        .collect();
    assert_eq!(texts, ["Samtalet är slut.", "Banken"]);
    assert_eq!(scenario.tasks_done(scenario.todo[1].flags), (1, 2));
    assert_eq!(scenario.tasks_done(scenario.done_when), (2, 2));
    assert!(
        scenario.narrated_ids().contains(&"demo-caller"),
        "the list is read aloud"
    );
}

#[test]
fn a_todo_line_naming_a_flag_outside_done_when() {
    let scenario = with_todo(
        "[[todo]]\nflags = [\"skrev\", \"last\"]\ntext = \"ended\"\n\n[[todo]]\nflags = \"skrev-inte\"\ntext = \"ended\"\n",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["`[[todo]]` flag `skrev-inte` is not in `done-when`"],
    );
}

#[test]
fn a_done_when_flag_missing_from_the_todo_list() {
    let scenario = with_todo("[[todo]]\nflags = \"skrev\"\ntext = \"ended\"\n");
    let root = with_bad_scenario(&scenario);
    let msg = expect_error(
        root.path(),
        FILE,
        &["`done-when` flag `last` has no `[[todo]]` line"],
    );
    assert!(msg.contains(":6:"), "points at `done-when`: {msg}");
}

#[test]
fn a_todo_text_that_is_missing() {
    let scenario = with_todo("[[todo]]\nflags = [\"skrev\", \"last\"]\ntext = \"saknas\"\n");
    let root = with_bad_scenario(&scenario);
    expect_error(root.path(), FILE, &["demo-saknas"]);
}

#[test]
fn a_control_on_the_desk() {
    let scenario = SCENARIO.replace(
        "hint = \"hint\"",
        "hint = \"hint\"\ndesk = [{ part = \"button\", id = \"lapp\", text = \"ended\", go = \"slut\" }]",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(root.path(), FILE, &["the desk holds things to look at"]);
}

#[test]
fn a_desk_note_can_come_and_go_with_a_flag() {
    let scenario = SCENARIO
        .replace(
            "hint = \"hint\"",
            "hint = \"hint\"\ndesk = [{ part = \"note\", text = \"ended\", unless = \"lagt-pa\" }]",
        )
        .replace("go = \"slut\" },", "go = \"slut\", set = \"lagt-pa\" },");
    let root = with_bad_scenario(&scenario);
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(!library.has_errors(), "{:#?}", library.problems);
    let scenario = library
        .get("bad")
        .and_then(|l| l.scenario("demo"))
        .expect("loads");
    let none = stegvis::model::scenario::Flags::NONE;
    assert_eq!(scenario.desk_on_show(none).count(), 1);
    let set = stegvis::model::scenario::Flags::one(0);
    assert_eq!(scenario.desk_on_show(set).count(), 0);
}

#[test]
fn a_todo_line_without_flags() {
    let scenario = with_todo(
        "[[todo]]\nflags = [\"skrev\", \"last\"]\ntext = \"ended\"\n\n[[todo]]\nflags = []\ntext = \"caller\"\n",
    );
    let root = with_bad_scenario(&scenario);
    expect_error(
        root.path(),
        FILE,
        &["a `[[todo]]` line needs at least one flag"],
    );
}

#[test]
fn the_line_to_check_is_marked_on_a_screen() {
    let scenario = SCENARIO.replace(
        "{ part = \"call\", caller = \"caller\" }",
        "{ part = \"call\", caller = \"caller\", check = true }",
    );
    let root = with_bad_scenario(&scenario);
    let library = Library::load(&[root.path().to_path_buf()]);
    assert!(!library.has_errors(), "{:#?}", library.problems);
    let scenario = library
        .get("bad")
        .and_then(|l| l.scenario("demo"))
        .expect("loads");
    let marked: Vec<bool> = scenario.screens[0].parts.iter().map(|p| p.check).collect();
    assert_eq!(marked, [true, false, false]);
    assert!(!scenario.screens[1].parts[0].check);
}

#[test]
fn a_control_is_not_a_line_to_check() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "look = \"decline\", go = \"slut\"",
        "look = \"decline\", go = \"slut\", check = true",
    ));
    expect_error(
        root.path(),
        FILE,
        &["a `button` part does not take `check`"],
    );
}

#[test]
fn the_desk_has_no_line_to_check() {
    let root = with_bad_scenario(&SCENARIO.replace(
        "hint = \"hint\"",
        "hint = \"hint\"\ndesk = [{ part = \"note\", text = \"ended\", check = true }]",
    ));
    expect_error(root.path(), FILE, &["the desk is always in view"]);
}
