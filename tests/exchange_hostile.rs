//! A corpus of hostile exchange files, generated here from a real export:
//! each is refused with its own plain Swedish message, and the store —
//! every table, dumped row by row — is exactly as before. Then the files
//! that are trimmed rather than refused, devices and pipes named as the
//! file, and a property test over imported times and names.

use proptest::prelude::*;
use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use stegvis::i18n::{Lang, in_language};
use stegvis::model::progress::EventKind;
use stegvis::store::exchange::{self, ExchangeError};
use stegvis::store::{FILE_NAME, Store, now_ms};

/// A store with a course, three participants (one deleted), attendance and
/// events, and its export as a JSON tree.
fn exported() -> (tempfile::TempDir, Value) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open").store;
    store.set_device_name("Dator 3").expect("name");
    let course = store
        .create_course("Kurs", "Kalmar", time::macros::date!(2027 - 01 - 12), 10)
        .expect("course");
    let karin = store.add_participant(&course.id, "Karin L.").expect("add");
    let ake = store.add_participant(&course.id, "Åke B.").expect("add");
    let gone = store.add_participant(&course.id, "Sven").expect("add");
    store.start_session(&course.id, 1).expect("start");
    store
        .set_attendance(&course.id, 1, &karin.id, true)
        .expect("present");
    for who in [&karin.id, &ake.id] {
        store
            .record(Some(who), "a", EventKind::LessonStarted)
            .expect("record");
        store
            .record(Some(who), "a", EventKind::StepReached { step: 1 })
            .expect("record");
    }
    store.delete_participant(&gone.id).expect("delete");
    let file = dir.path().join("ut.stegvis");
    store.export(&file).expect("export");
    let tree = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
    (dir, tree)
}

/// The file for `tree` with its checksum made right, so that the change
/// reaches the importer's own checks.
fn file_of(tree: &Value) -> Vec<u8> {
    let mut head = tree.clone();
    let map = head.as_object_mut().expect("object");
    let content = map.remove("content").expect("content");
    map.remove("sha256");
    let content = serde_json::to_string(&content).expect("content json");
    let sha: String = Sha256::digest(content.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut text = serde_json::to_string(&head).expect("head json");
    text.pop();
    format!("{text},\"content\":{content},\"sha256\":\"{sha}\"}}").into_bytes()
}

/// Every table of the database at `dir`, row by row.
fn dump(dir: &Path) -> String {
    let conn = Connection::open(dir.join(FILE_NAME)).expect("open dump");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("names");
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            let values: Vec<String> = (0..columns)
                .map(|i| match row.get_ref(i).expect("value") {
                    ValueRef::Text(t) => format!("Text({:?})", String::from_utf8_lossy(t)),
                    other => format!("{other:?}"),
                })
                .collect();
            out.push_str(&format!("{table}: {}\n", values.join(", ")));
        }
    }
    out
}

/// A receiving PC that already holds a course, a participant and events.
fn receiver() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open").store;
    let course = store
        .create_course("Hemma", "", time::macros::date!(2027 - 02 - 01), 4)
        .expect("course");
    let maj = store.add_participant(&course.id, "Maj").expect("add");
    store
        .record(Some(&maj.id), "b", EventKind::LessonStarted)
        .expect("record");
    dir
}

/// A path into the content: `["events", "rows", 0, 8]`.
fn at<'a>(tree: &'a mut Value, path: &[Value]) -> &'a mut Value {
    let mut v = &mut tree["content"];
    for step in path {
        v = match step {
            Value::String(key) => &mut v[key.as_str()],
            Value::Number(n) => &mut v[n.as_u64().expect("index") as usize],
            _ => unreachable!("paths hold keys and indexes"),
        };
    }
    v
}

type Edit = Box<dyn Fn(&mut Value)>;

fn set(path: Value, value: Value) -> Edit {
    let path = path.as_array().expect("path").clone();
    Box::new(move |tree| *at(tree, &path) = value.clone())
}

/// Each hostile edit, with the words its refusal must contain.
fn corpus() -> Vec<(&'static str, Edit, &'static str)> {
    const TIME: &str = "en tid som inte kan stämma";
    const NAME: &str = "ett namn som inte får sparas här";
    const TEXT: &str = "en text som är för lång eller har dolda tecken";
    const VALUE: &str = "uppgifter som Stegvis aldrig skriver";
    const FOREIGN: &str = "inte en exportfil från Stegvis";
    let year_2100 = json!(4_102_444_800_000_i64);
    // The participant without attendance, so only the spelling is wrong.
    let upper = |tree: &mut Value| {
        let present = tree["content"]["attendance"][0]["participant_id"].clone();
        let list = tree["content"]["participants"]
            .as_array_mut()
            .expect("list");
        let p = list.iter_mut().find(|p| p["id"] != present).expect("Åke");
        let id = p["id"].as_str().expect("id").to_uppercase();
        p["id"] = json!(id);
    };
    vec![
        (
            "event-at-max",
            set(json!(["events", "rows", 0, 8]), json!(i64::MAX)),
            TIME,
        ),
        (
            "event-at-2100",
            set(json!(["events", "rows", 0, 8]), year_2100.clone()),
            TIME,
        ),
        (
            "event-at-1970",
            set(json!(["events", "rows", 1, 8]), json!(0)),
            TIME,
        ),
        (
            "event-at-min",
            set(json!(["events", "rows", 1, 8]), json!(i64::MIN)),
            TIME,
        ),
        (
            "course-updated-max",
            set(json!(["courses", 0, "updated_ms"]), json!(i64::MAX)),
            TIME,
        ),
        (
            "participant-updated-2100",
            set(json!(["participants", 0, "updated_ms"]), year_2100.clone()),
            TIME,
        ),
        (
            "attendance-updated-negative",
            set(json!(["attendance", 0, "updated_ms"]), json!(-1)),
            TIME,
        ),
        (
            "tombstone-at-max",
            set(json!(["tombstones", 0, "at_ms"]), json!(i64::MAX)),
            TIME,
        ),
        (
            "exported-2100",
            Box::new(move |tree: &mut Value| tree["exported_ms"] = year_2100.clone()),
            TIME,
        ),
        (
            "name-identity-number",
            set(
                json!(["participants", 0, "name"]),
                json!("Karin 19450312-1234"),
            ),
            NAME,
        ),
        (
            "name-phone",
            set(json!(["participants", 0, "name"]), json!("070-123 45 67")),
            NAME,
        ),
        (
            "name-email",
            set(
                json!(["participants", 0, "name"]),
                json!("karin@exempel.se"),
            ),
            NAME,
        ),
        (
            "name-empty",
            set(json!(["participants", 0, "name"]), json!("   ")),
            NAME,
        ),
        (
            "name-bidi",
            set(
                json!(["participants", 0, "name"]),
                json!("Karin \u{202E}.L"),
            ),
            NAME,
        ),
        (
            "name-full-width-digits",
            set(
                json!(["participants", 0, "name"]),
                json!("Karin １９４５０３１２"),
            ),
            NAME,
        ),
        (
            "name-too-long",
            set(json!(["participants", 0, "name"]), json!("K".repeat(31))),
            NAME,
        ),
        (
            "tutor-identity-number",
            set(
                json!(["courses", 0, "tutors"]),
                json!(["Ahmed", "Sara 1945 03 12"]),
            ),
            NAME,
        ),
        (
            "course-name-1mb",
            set(json!(["courses", 0, "name"]), json!("x".repeat(1 << 20))),
            TEXT,
        ),
        (
            "place-bidi",
            set(json!(["courses", 0, "place"]), json!("Kalmar\u{2066}")),
            TEXT,
        ),
        (
            "note-too-long",
            set(json!(["participants", 0, "note"]), json!("n".repeat(1001))),
            TEXT,
        ),
        (
            "lesson-id-1mb",
            Box::new(|tree: &mut Value| {
                let lesson = tree["content"]["events"]["rows"][0][3]
                    .as_u64()
                    .expect("lesson");
                tree["content"]["events"]["names"][lesson as usize] = json!("a".repeat(1 << 20));
            }),
            TEXT,
        ),
        ("participant-id-upper-case", Box::new(upper), VALUE),
        (
            "event-id-not-a-uuid",
            set(json!(["events", "rows", 0, 0]), json!("e1")),
            VALUE,
        ),
        (
            "tombstone-id-braced",
            Box::new(|tree: &mut Value| {
                let id = tree["content"]["tombstones"][0]["id"]
                    .as_str()
                    .expect("id")
                    .to_owned();
                tree["content"]["tombstones"][0]["id"] = json!(format!("{{{id}}}"));
            }),
            VALUE,
        ),
        (
            "session-99",
            set(json!(["sessions", 0, "number"]), json!(99)),
            VALUE,
        ),
        (
            "session-date",
            set(json!(["sessions", 0, "date"]), json!("2027-13-45")),
            VALUE,
        ),
        (
            "step-negative",
            set(json!(["events", "rows", 1, 5]), json!(-1)),
            VALUE,
        ),
        (
            "step-huge",
            set(json!(["events", "rows", 1, 5]), json!(i64::MAX)),
            VALUE,
        ),
        (
            "event-session-0",
            set(json!(["events", "rows", 0, 10]), json!(0)),
            VALUE,
        ),
        (
            "participants-10001",
            Box::new(|tree: &mut Value| {
                let first = tree["content"]["participants"][0].clone();
                let list = tree["content"]["participants"]
                    .as_array_mut()
                    .expect("list");
                for i in 0..10_001u32 {
                    let mut p = first.clone();
                    p["id"] = json!(format!("00000000-0000-4000-8000-{i:012x}"));
                    list.push(p);
                }
            }),
            "för många deltagare",
        ),
        (
            "tutor-code-not-a-hash",
            set(
                json!(["tutor_code"]),
                json!({"hash": "4711", "updated_ms": 1_790_000_000_000_i64}),
            ),
            FOREIGN,
        ),
        (
            "tutor-code-costing-4-gib",
            set(
                json!(["tutor_code"]),
                json!({
                    "hash": "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                    "updated_ms": 1_790_000_000_000_i64
                }),
            ),
            FOREIGN,
        ),
        (
            "tutor-code-from-2100",
            set(
                json!(["tutor_code"]),
                json!({"hash": stegvis::store::tutor::hash_code("4711"), "updated_ms": 4_102_444_800_000_i64}),
            ),
            TIME,
        ),
        (
            "courses-1001",
            Box::new(|tree: &mut Value| {
                let first = tree["content"]["courses"][0].clone();
                let list = tree["content"]["courses"].as_array_mut().expect("list");
                for i in 0..1_001u32 {
                    let mut c = first.clone();
                    c["id"] = json!(format!("00000000-0000-4000-8000-{i:012x}"));
                    list.push(c);
                }
            }),
            "för många kurser",
        ),
        (
            "names-400001",
            Box::new(|tree: &mut Value| {
                let names = tree["content"]["events"]["names"]
                    .as_array_mut()
                    .expect("names");
                names.extend((0..400_001u32).map(|i| json!(format!("n{i}"))));
            }),
            "för många rader",
        ),
    ]
}

fn refusal_sv(error: &ExchangeError) -> String {
    in_language(Lang::Sv, || stegvis::exchange_text::refusal(error))
}

#[test]
fn every_hostile_file_is_refused_plainly_and_changes_nothing() {
    let (_from, tree) = exported();
    let into = receiver();
    let before = dump(into.path());
    let mut store = Store::open(into.path()).expect("open").store;
    let good = file_of(&tree);
    assert!(exchange::parse(&good).is_ok(), "the unchanged file is good");
    for (name, edit, words) in corpus() {
        let mut bad = tree.clone();
        edit(&mut bad);
        let path = into.path().join(format!("{name}.stegvis"));
        std::fs::write(&path, file_of(&bad)).expect("write");
        let error = store.import(&path).expect_err(name);
        let message = refusal_sv(&error);
        assert!(message.contains(words), "{name}: {message}");
        assert!(
            message.ends_with("Ingenting ändrades."),
            "{name}: {message}"
        );
        assert!(!message.contains("{"), "{name}: {message}");
        let english = in_language(Lang::En, || stegvis::exchange_text::refusal(&error));
        assert!(
            english.ends_with("Nothing was changed."),
            "{name}: {english}"
        );
        assert_eq!(dump(into.path()), before, "{name} changed the store");
    }
    drop(store);
    assert_eq!(dump(into.path()), before);
}

#[test]
fn events_about_no_one_in_the_file_and_unused_names_are_not_stored() {
    let (_from, mut tree) = exported();
    let names = tree["content"]["events"]["names"]
        .as_array_mut()
        .expect("names");
    let stranger = "00000000-0000-4000-8000-00000000beef";
    names.push(json!(stranger));
    let stranger_at = names.len() - 1;
    names.extend((0..1000).map(|i| json!(format!("unused-{i}"))));
    let rows = tree["content"]["events"]["rows"]
        .as_array_mut()
        .expect("rows");
    let mut orphan = rows[0].clone();
    orphan[0] = json!("00000000-0000-4000-8000-0000000fffff");
    orphan[2] = json!(stranger_at);
    rows.push(orphan);
    let events = rows.len();

    let into = receiver();
    let path = into.path().join("x.stegvis");
    std::fs::write(&path, file_of(&tree)).expect("write");
    let mut store = Store::open(into.path()).expect("open").store;
    let summary = store.import(&path).expect("import");
    assert_eq!(
        summary.new_events,
        events - 1,
        "the orphan event is dropped"
    );
    drop(store);
    let text = dump(into.path());
    assert!(!text.contains("unused-"), "unused names were stored");
    assert!(!text.contains("beef"), "the stranger's id was stored");
}

/// Runs `f` on another thread and fails if it takes over 10 s (a pipe
/// opened for reading would wait for ever).
fn quickly<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(10))
        .expect("refused at once, not read for ever")
}

#[test]
fn devices_pipes_folders_and_huge_files_are_refused_at_once() {
    let into = receiver();
    let before = dump(into.path());
    let big = into.path().join("stor.stegvis");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(exchange::MAX_FILE_BYTES + 1)
        .expect("sparse file");
    drop(file);
    let mut paths: Vec<(PathBuf, &str)> = vec![
        (big, "Filen är för stor, över 200 MB."),
        (into.path().to_path_buf(), "Det här är ingen vanlig fil."),
    ];
    #[cfg(unix)]
    {
        paths.push((PathBuf::from("/dev/zero"), "Det här är ingen vanlig fil."));
        let fifo = into.path().join("ror.stegvis");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        paths.push((fifo, "Det här är ingen vanlig fil."));
    }
    for (path, words) in paths {
        let dir = into.path().to_path_buf();
        let shown = path.display().to_string();
        let message = quickly(move || {
            let mut store = Store::open(&dir).expect("open").store;
            refusal_sv(&store.import(&path).expect_err("refused"))
        });
        assert!(message.starts_with(words), "{shown}: {message}");
        assert_eq!(dump(into.path()), before, "{shown}");
    }
}

/// A participant's name as a tutor might type it, or as a hostile file
/// might hold it.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-ZÅÄÖ][a-zåäö]{1,8}( [A-ZÅÄÖ]\\.)?",
        "[A-Za-z ]{0,6}[0-9]{1,4}",
        "[a-z]{1,5}[@＠][a-z]{1,5}",
        "[A-Z][a-z]{1,5}[\u{202A}-\u{202E}\u{2066}-\u{2069}\u{200B}][a-z]{0,3}",
        "[A-Z][a-z]{0,3} [０-９]{1,4}",
        " {0,3}",
        "[a-z]{28,33}",
    ]
}

/// A time near the window's ends, anywhere in it, or anything at all.
fn any_time(now: i64) -> impl Strategy<Value = i64> {
    let earliest = exchange::validate::EARLIEST_MS;
    let latest = now + stegvis::store::CLOCK_SLACK_MS;
    prop_oneof![
        (earliest - 5..earliest + 5),
        (latest - 5_000..latest + 5_000),
        (earliest..latest),
        any::<i64>(),
    ]
}

/// Imports `tree` with one event time, one participant's stamp and name
/// replaced into a copy of `store_dir`: accepted exactly when the rules
/// allow it (then stored as cleaned), else refused with the store as it was.
fn import_one(
    tree: &Value,
    store_dir: &Path,
    (at_ms, updated_ms, name): (i64, i64, String),
) -> Result<(), TestCaseError> {
    let mut tree = tree.clone();
    tree["content"]["events"]["rows"][0][8] = json!(at_ms);
    tree["content"]["participants"][0]["updated_ms"] = json!(updated_ms);
    tree["content"]["participants"][0]["name"] = json!(name);
    let now = now_ms();
    let window = exchange::validate::EARLIEST_MS..=now + stegvis::store::CLOCK_SLACK_MS;
    let cleaned = stegvis::model::course::clean_name(&name);
    let allowed = window.contains(&at_ms) && window.contains(&updated_ms) && cleaned.is_ok();
    let into = tempfile::tempdir().expect("tempdir");
    copy_dir(store_dir, into.path());
    let before = dump(into.path());
    let path = into.path().join("p.stegvis");
    std::fs::write(&path, file_of(&tree)).expect("write");
    let mut store = Store::open(into.path()).expect("open").store;
    let outcome = store.import(&path);
    drop(store);
    match (outcome, cleaned) {
        (Ok(_), Ok(clean)) => {
            prop_assert!(allowed, "{} {} {:?} was let in", at_ms, updated_ms, name);
            let text = dump(into.path());
            let stored = format!("Integer({at_ms})");
            prop_assert!(text.contains(&stored), "{} not stored", at_ms);
            prop_assert!(text.contains(&clean));
        }
        (Ok(_), Err(problem)) => {
            prop_assert!(false, "{:?} ({:?}) was let in", name, problem);
        }
        (Err(e), _) => {
            prop_assert!(
                !allowed,
                "{} {} {:?} refused: {}",
                at_ms,
                updated_ms,
                name,
                e
            );
            prop_assert_eq!(dump(into.path()), before);
        }
    }
    Ok(())
}

#[test]
fn an_import_takes_exactly_the_times_and_names_the_rules_allow() {
    let (_from, tree) = exported();
    let base = receiver();
    let now = now_ms();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(48));
    let cases = (any_time(now), any_time(now), any_name());
    let result = runner.run(&cases, |case| import_one(&tree, base.path(), case));
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Copies the database files of one data folder into another.
fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        if entry.file_type().expect("type").is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    }
}
