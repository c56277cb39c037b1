//! Random and mutated exchange files fed to the importer: it never panics,
//! and a refused file leaves the store exactly as it was. 2,000 cases each.

use proptest::prelude::*;
use serde_json::Value;
use sha2::{Digest, Sha256};
use stegvis::store::Store;
use stegvis::store::exchange::{self, Content, ExchangeError, Header};

/// The ids of the sample, spelt as Stegvis writes them: `c1` is the
/// course, `p1`, `p2` participants, `p9` a deleted one, `e1`… events, `pc`
/// the PC.
fn uuid(short: &str) -> String {
    let hex: String = short.bytes().map(|b| format!("{b:02x}")).collect();
    format!("00000000-0000-4000-8000-{hex:0>12}")
}

/// A time in the sample: 2026-09-21 plus `n` ms.
fn ms(n: i64) -> i64 {
    1_790_000_000_000 + n
}

/// A small but complete store content: a course with sessions, two
/// participants, attendance, events of several kinds and a tombstone.
fn sample() -> Content {
    let mut json = r#"{
      "courses": [{"id": "c1", "name": "Kurs", "place": "Kalmar", "updated_ms": T10}],
      "sessions": [{"course_id": "c1", "number": 1, "date": "2027-01-12"},
                   {"course_id": "c1", "number": 2, "date": "2027-01-19"}],
      "participants": [
        {"id": "p1", "course_id": "c1", "name": "Karin L.", "note": "", "updated_ms": T11},
        {"id": "p2", "course_id": "c1", "name": "Åke B.", "note": "glasögon", "updated_ms": T12}],
      "attendance": [{"course_id": "c1", "session": 1, "participant_id": "p1",
                      "present": true, "updated_ms": T13}],
      "events": {
        "names": ["pc", "p1", "p2", "a", "b", "c1", "lesson-started", "answer-given",
                  "help-requested", "help-resolved", "lesson-completed"],
        "rows": [
          ["e1", 0, 1, 3, 6, null, null, null, T20, 5, 1, null],
          ["e2", 0, 1, 3, 7, 2, 1, false, T21, null, null, null],
          ["e3", 0, 2, 3, 8, 0, null, null, T22, null, null, null],
          ["e4", 0, 2, 3, 9, null, null, null, T23, null, null, "e3"],
          ["e5", 0, null, 4, 10, null, null, null, T24, null, null, null]]},
      "tombstones": [{"id": "p9", "kind": "participant", "at_ms": T5, "course_id": "c1"}]
    }"#
    .to_owned();
    for short in ["c1", "p1", "p2", "p9", "e1", "e2", "e3", "e4", "e5", "pc"] {
        json = json.replace(&format!("\"{short}\""), &format!("\"{}\"", uuid(short)));
    }
    for n in [24, 23, 22, 21, 20, 13, 12, 11, 10, 5] {
        json = json.replace(&format!("T{n}"), &ms(n).to_string());
    }
    serde_json::from_str(&json).expect("sample content")
}

fn header() -> Header {
    Header {
        version: "1.0".into(),
        app_version: "0.1.0".into(),
        device_id: uuid("pc"),
        device_name: "Dator 3".into(),
        exported_ms: ms(30),
    }
}

fn good_file() -> Vec<u8> {
    exchange::to_bytes(&header(), &sample()).expect("bytes")
}

/// An exchange file around any content text, with a correct checksum.
fn file_around(content: &str) -> Vec<u8> {
    let hex: String = Sha256::digest(content.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        "{{\"format\":\"stegvis-exchange\",\"version\":\"1.0\",\"app_version\":\"0.1.0\",\
         \"device_id\":\"{}\",\"device_name\":\"Dator 3\",\"exported_ms\":{},\
         \"sha256\":\"{hex}\",\"content\":{content}}}",
        uuid("pc"),
        ms(30)
    )
    .into_bytes()
}

/// A store that already holds something, so that a wrong import could harm it.
fn local_store() -> Store {
    let mut store = Store::in_memory().expect("store");
    let mut mine = sample();
    mine.participants[0].name = "Karin K.".into();
    mine.participants[0].updated_ms = 50;
    mine.events.rows.truncate(2);
    mine.tombstones.clear();
    store.merge_content(&mine).expect("local content");
    store
}

/// Imports `bytes` into a fresh local store: never panics; if refused,
/// nothing changed.
fn import_checked(bytes: &[u8]) -> Result<(), TestCaseError> {
    let parsed = exchange::parse(bytes);
    let Ok(file) = parsed else {
        return Ok(());
    };
    let mut store = local_store();
    let before = store.content().expect("content");
    match store.import_file(&file, "fuzz.json") {
        Ok(_) => {
            // Importing the same file again changes nothing.
            let after = store.content().expect("content");
            let again = store.import_file(&file, "fuzz.json");
            prop_assert!(again.is_ok());
            prop_assert_eq!(store.content().expect("content"), after);
        }
        Err(_) => {
            prop_assert_eq!(store.content().expect("content"), before);
            prop_assert!(store.import_log().expect("log").is_empty());
        }
    }
    Ok(())
}

/// One change to a file's bytes.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 1..40usize).prop_map(|(i, n)| ByteEdit::Remove(i, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), 1..40usize).prop_map(|(i, n)| ByteEdit::Duplicate(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    if bytes.is_empty() {
        return;
    }
    let at = |i: usize, len: usize| i % len;
    match *edit {
        ByteEdit::Flip(i, b) => {
            let i = at(i, bytes.len());
            bytes[i] ^= b;
        }
        ByteEdit::Insert(i, b) => bytes.insert(at(i, bytes.len() + 1), b),
        ByteEdit::Remove(i, n) => {
            let i = at(i, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        ByteEdit::Truncate(i) => bytes.truncate(at(i, bytes.len())),
        ByteEdit::Duplicate(i, n) => {
            let i = at(i, bytes.len());
            let end = (i + n).min(bytes.len());
            let copy = bytes[i..end].to_vec();
            bytes.splice(i..i, copy);
        }
    }
}

/// One change to the content's JSON tree (the checksum is then made right,
/// so the change reaches the importer's own checks).
#[derive(Debug, Clone)]
enum TreeEdit {
    /// Replace the value at a path with another.
    Set(Vec<usize>, Value),
    /// Remove the value at a path.
    Remove(Vec<usize>),
    /// Copy an array element (a duplicate row).
    Duplicate(Vec<usize>),
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-3i64..40).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![Just("c1"), Just("p1"), Just("p2"), Just("p9"), Just("e3")]
            .prop_map(|s| Value::String(uuid(s))),
        prop_oneof![
            Just(""),
            Just("2027-13-45"),
            Just("lesson-completed"),
            Just("x\u{0}y")
        ]
        .prop_map(|s| Value::String(s.into())),
        (-100i64..100).prop_map(|n| Value::from(ms(n))),
        ".{0,8}".prop_map(Value::String),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(serde_json::Map::new())),
    ]
}

fn tree_edit() -> impl Strategy<Value = TreeEdit> {
    let path = proptest::collection::vec(any::<usize>(), 1..4);
    prop_oneof![
        (path.clone(), json_leaf()).prop_map(|(p, v)| TreeEdit::Set(p, v)),
        path.clone().prop_map(TreeEdit::Remove),
        path.prop_map(TreeEdit::Duplicate),
    ]
}

/// Follows `path` (each step picks a child by index modulo the count) and
/// edits what it lands on.
fn edit_tree(value: &mut Value, path: &[usize], edit: &TreeEdit) {
    let children = match value {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    let Some((&first, rest)) = path.split_first() else {
        return;
    };
    if children == 0 {
        return;
    }
    let i = first % children;
    if rest.is_empty() {
        match (value, edit) {
            (Value::Object(map), TreeEdit::Set(_, v)) => {
                if let Some((_, slot)) = map.iter_mut().nth(i) {
                    *slot = v.clone();
                }
            }
            (Value::Array(items), TreeEdit::Set(_, v)) => items[i] = v.clone(),
            (Value::Object(map), TreeEdit::Remove(_)) => {
                if let Some(key) = map.keys().nth(i).cloned() {
                    map.remove(&key);
                }
            }
            (Value::Array(items), TreeEdit::Remove(_)) => {
                items.remove(i);
            }
            (Value::Array(items), TreeEdit::Duplicate(_)) => {
                let copy = items[i].clone();
                items.push(copy);
            }
            _ => {}
        }
        return;
    }
    let child = match value {
        Value::Object(map) => map.values_mut().nth(i),
        Value::Array(items) => items.get_mut(i),
        _ => None,
    };
    if let Some(child) = child {
        edit_tree(child, rest, edit);
    }
}

fn path_of(edit: &TreeEdit) -> &[usize] {
    match edit {
        TreeEdit::Set(p, _) | TreeEdit::Remove(p) | TreeEdit::Duplicate(p) => p,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_are_refused_without_panicking(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        with_marker in any::<bool>(),
    ) {
        let mut bytes = bytes;
        if with_marker {
            let mut marked = b"{\"format\":\"stegvis-exchange\"".to_vec();
            marked.extend_from_slice(&bytes);
            bytes = marked;
        }
        prop_assert!(exchange::parse(&bytes).is_err());
    }

    #[test]
    fn mutated_files_never_panic_and_refusals_change_nothing(
        edits in proptest::collection::vec(byte_edit(), 1..4),
    ) {
        let mut bytes = good_file();
        for edit in &edits {
            apply(&mut bytes, edit);
        }
        import_checked(&bytes)?;
    }

    #[test]
    fn mutated_content_with_a_right_checksum_never_panics(
        edits in proptest::collection::vec(tree_edit(), 1..4),
    ) {
        let mut tree = serde_json::to_value(sample()).expect("tree");
        for edit in &edits {
            edit_tree(&mut tree, path_of(edit), edit);
        }
        let content = serde_json::to_string(&tree).expect("json");
        import_checked(&file_around(&content))?;
    }
}

#[test]
fn the_sample_file_imports_and_names_its_sender() {
    let file = exchange::parse(&good_file()).expect("good file");
    let mut store = local_store();
    let summary = store.import_file(&file, "x.json").expect("import");
    assert_eq!(summary.from_device_name, "Dator 3");
    assert_eq!(summary.new_events, 3);
    assert!(matches!(
        exchange::parse(&file_around("{\"courses\":[]}")),
        Err(ExchangeError::NotStegvis)
    ));
}
