//! Random and mutated lesson files never make the loader panic.

use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use stegvis::model::{Library, Sources};

const TOML: &str = r#"id = "fuzz"
topic = "bankid"
session = 6
requires = []
[[step]]
kind = "read"
text = "intro"
image = "images/x.png"
alt = "alt"
[[step]]
kind = "choice"
text = "q"
hint = "h"
answers = [{ text = "a", correct = true, feedback = "f" }, { text = "b", feedback = "g" }]
"#;

const FTL: &str = "title = Titel\nsummary = Sammanfattning\nintro = Hej { $name }\n    fortsätter här.\nalt = Bild\nq = Fråga?\nh = Tips\na = A\nb = B\nf = F\ng = G\n-term = Term\nmsg = { -term } och { msg }\n.attr = x\n";

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

/// Applies byte-level mutations to a valid source.
fn mutate(base: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for &(at, op, byte) in edits {
        if bytes.is_empty() {
            bytes.push(byte);
            continue;
        }
        let i = at % bytes.len();
        match op % 4 {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            2 => bytes.insert(i, byte),
            _ => {
                let end = (i + (byte as usize % 40)).min(bytes.len());
                let chunk: Vec<u8> = bytes[i..end].to_vec();
                bytes.splice(i..i, chunk);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn load(toml: String, sv: String, en: String) -> Library {
    let mut ftl = BTreeMap::new();
    ftl.insert("sv".to_owned(), sv);
    ftl.insert("en".to_owned(), en);
    let dir = PathBuf::from("/nonexistent/fuzz");
    let sources = Sources {
        toml,
        ftl,
        ..Sources::default()
    };
    Library::from_sources(&[(dir, sources)])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn mutated_lessons_never_panic(
        toml_edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..8),
        ftl_edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..8),
    ) {
        let library = load(mutate(TOML, &toml_edits), mutate(FTL, &ftl_edits), FTL.to_owned());
        // Whatever happened, every problem names the lesson's folder.
        for p in &library.problems {
            prop_assert!(p.path.starts_with("/nonexistent/fuzz"), "{p}");
        }
    }

    #[test]
    fn random_text_never_panics(toml in ".{0,400}", sv in ".{0,400}", en in "\\PC{0,200}") {
        let library = load(toml, sv, en);
        prop_assert!(library.lessons.len() <= 1);
    }
}
