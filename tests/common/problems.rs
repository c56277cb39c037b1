//! Finding a load error in a library's problems, for the tests of
//! malformed lessons and scenarios (included with `#[path]`, without the
//! UI harness).

use stegvis::model::{Library, Severity};

/// The error that names `file` and contains every word of `expect`; panics
/// with every error there is when none does.
pub fn error_naming(library: &Library, file: &str, expect: &[&str]) -> String {
    let errors: Vec<String> = library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    let hit = errors
        .iter()
        .find(|e| e.contains(file) && expect.iter().all(|w| e.contains(w)));
    match hit {
        Some(message) => message.clone(),
        None => panic!("no error naming {file} with {expect:?}; got {errors:#?}"),
    }
}
