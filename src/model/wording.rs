//! Wording checks of `check-lessons` on the Swedish text: double negations,
//! and words the glossary (`lessons/glossary.toml`) asks lessons to avoid.
//!
//! Both are warnings: they point a writer at a sentence, they never keep a
//! lesson from loading.

use super::lesson::{BASE_LOCALE, Lesson};
use super::loader::{Problem, position, read_text};
use super::readability::sentences;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The glossary's file name in a lessons folder.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// Swedish words that negate. Two of them in one clause make a double
/// negation ("Betala inte till någon du inte känner").
const NEGATIONS: [&str; 11] = [
    "inte",
    "icke",
    "ej",
    "aldrig",
    "ingen",
    "inget",
    "inga",
    "ingenting",
    "ingenstans",
    "ingendera",
    "varken",
];

/// The verdicts the app shows above an answer's feedback (`feedback-wrong`
/// and `feedback-right` in the Swedish UI texts), which the feedback
/// itself should not repeat.
const VERDICTS: [&str; 2] = ["Inte riktigt", "Rätt!"];

/// Words that join two clauses, each of which may be negated on its own
/// ("Svara inte och tryck inte på länken" is two plain negations).
const CLAUSE_JOINS: [&str; 4] = ["och", "eller", "men", "utan"];

/// A token as a plain lower-case word: leading and trailing marks taken
/// off (`"Inte,"` → `inte`, `sms:et` stays `sms:et`).
fn word(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The negation words of the first clause that has two or more, in a
/// sentence given as tokens.
///
/// A clause ends at a comma, semicolon, dash or colon and before `och`,
/// `eller`, `men` and `utan`, so two negated clauses joined together are
/// not a double negation. `varken … eller` counts as one negation.
pub fn double_negation(tokens: &[&str]) -> Option<Vec<String>> {
    let mut found: Vec<String> = Vec::new();
    for token in tokens {
        let w = word(token);
        if CLAUSE_JOINS.contains(&w.as_str()) || w.is_empty() {
            found.clear();
        }
        if NEGATIONS.contains(&w.as_str()) {
            found.push(w);
            if found.len() >= 2 {
                return Some(found);
            }
        }
        if token.ends_with([',', ';', ':']) || *token == "–" || *token == "-" {
            found.clear();
        }
    }
    None
}

/// One preferred word and the variants lessons should not use.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word lessons use, e.g. `mobil`.
    pub preferred: String,
    /// Words to avoid, lower case; a trailing `*` also matches longer words
    /// that start the same (`mobiltelefon*` matches `mobiltelefonen`).
    pub avoid: Vec<String>,
    /// Why, for the writer (optional).
    #[serde(default)]
    pub why: Option<String>,
}

/// `glossary.toml`: the words the Swedish lesson texts agree on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The terms, each as `[[term]]`.
    #[serde(default)]
    pub term: Vec<Term>,
}

impl Glossary {
    /// Reads `dir/glossary.toml`: `Ok(None)` when there is none, an error
    /// naming the line when it cannot be read or has a mistake.
    pub fn load(dir: &Path) -> Result<Option<Glossary>, Problem> {
        let path = dir.join(GLOSSARY_FILE);
        if !path.is_file() {
            return Ok(None);
        }
        let source = read_text(&path)?;
        Glossary::parse(&path, &source).map(Some)
    }

    /// Parses a glossary's text; `path` is for the problem's message.
    pub fn parse(path: &Path, source: &str) -> Result<Glossary, Problem> {
        let glossary: Glossary = toml::from_str(source).map_err(|e| {
            let pos = e.span().map(|s| position(source, s.start));
            Problem::error(path, e.message().trim().replace('\n', " ")).at(pos)
        })?;
        for term in &glossary.term {
            let empty = term.preferred.trim().is_empty()
                || term.avoid.is_empty()
                || term
                    .avoid
                    .iter()
                    .any(|a| a.trim_end_matches('*').trim().is_empty());
            if empty {
                let at = source
                    .find(&format!("\"{}\"", term.preferred))
                    .map(|o| position(source, o));
                return Err(Problem::error(
                    path,
                    format!(
                        "term `{}` needs a word in `preferred` and at least one word in `avoid`",
                        term.preferred
                    ),
                )
                .at(at));
            }
        }
        Ok(glossary)
    }

    /// The avoided word a token is, and the term it belongs to.
    fn matches(&self, token: &str) -> Option<(&Term, &str)> {
        let w = word(token);
        if w.is_empty() {
            return None;
        }
        self.term.iter().find_map(|term| {
            term.avoid
                .iter()
                .find(|a| {
                    let a = a.to_lowercase();
                    match a.strip_suffix('*') {
                        Some(stem) => w.starts_with(stem),
                        None => w == a,
                    }
                })
                .map(|a| (term, a.as_str()))
        })
    }
}

/// The 1-based line and column where message `id` starts in a Fluent
/// source (`id =` at the start of a line).
fn message_position(source: &str, id: &str) -> Option<(usize, usize)> {
    let head = format!("{id} =");
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if line.starts_with(&head) {
            return Some(position(source, offset));
        }
        offset += line.len();
    }
    None
}

/// Double negations and glossary words in a lesson's Swedish messages, as
/// warnings at the message in `sv.ftl`. The key words (`keywords`) are
/// checked too: they are printed on the handout.
pub fn check_lesson(lesson: &Lesson, glossary: Option<&Glossary>) -> Vec<Problem> {
    let path: PathBuf = lesson.dir.join(format!("{BASE_LOCALE}.ftl"));
    let source = read_text(&path).unwrap_or_default();
    let Some(messages) = lesson.texts.get(BASE_LOCALE) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    // An answer's feedback sits under the app's own verdict.
    for step in &lesson.steps {
        let super::lesson::Step::Choice { answers, .. } = step else {
            continue;
        };
        for id in answers.iter().map(|a| &a.feedback) {
            let text = messages.get(id).map(String::as_str).unwrap_or_default();
            if let Some(verdict) = VERDICTS.iter().find(|v| text.starts_with(*v)) {
                problems.push(
                    Problem::warning(
                        &path,
                        format!(
                            "`{id}` starts with “{verdict}”, which the app already shows above \
                             the feedback; start with what teaches"
                        ),
                    )
                    .at(message_position(&source, id)),
                );
            }
        }
    }
    for (id, text) in messages {
        let at = message_position(&source, id);
        for sentence in sentences(text) {
            if let Some(words) = double_negation(&sentence) {
                problems.push(
                    Problem::warning(
                        &path,
                        format!(
                            "`{id}` has a double negation ({}) in “{}”; say it the positive way",
                            words.join(" … "),
                            sentence.join(" ")
                        ),
                    )
                    .at(at),
                );
            }
            let Some(glossary) = glossary else { continue };
            for token in &sentence {
                if let Some((term, _)) = glossary.matches(token) {
                    let why = term
                        .why
                        .as_deref()
                        .map(|w| format!(" ({w})"))
                        .unwrap_or_default();
                    problems.push(
                        Problem::warning(
                            &path,
                            format!(
                                "`{id}` says “{}”; the glossary prefers “{}”{why}",
                                word(token),
                                term.preferred
                            ),
                        )
                        .at(at),
                    );
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    fn double(s: &str) -> Option<Vec<String>> {
        double_negation(&tokens(s))
    }

    #[test]
    fn two_negations_in_one_clause_are_double() {
        assert_eq!(
            double("Betala inte till någon du inte känner."),
            Some(vec!["inte".to_owned(), "inte".to_owned()])
        );
        assert_eq!(
            double("Det finns ingenting som aldrig går fel."),
            Some(vec!["ingenting".to_owned(), "aldrig".to_owned()])
        );
        assert!(double("Inte sällan finns det inga fel.").is_some());
        assert!(double("Du ska varken svara eller aldrig ringa.").is_none());
        assert!(double("Du får varken ingen hjälp.").is_some());
    }

    #[test]
    fn one_negation_per_clause_is_plain() {
        assert_eq!(double("Tryck inte på länken."), None);
        assert_eq!(double("Svara inte, och tryck inte på länken."), None);
        assert_eq!(double("Svara inte och tryck inte på länken."), None);
        assert_eq!(double("Klicka inte eller ring inte numret."), None);
        assert_eq!(double("Om inte, dela ingenting."), None);
        assert_eq!(double("Det är inte farligt – ingen ser det."), None);
        assert_eq!(double("Inget händer på riktigt."), None);
        // Words that only begin like a negation are not negations.
        assert_eq!(double("Ingenjören intervjuade Inga-Lill."), None);
    }

    #[test]
    fn punctuation_and_case_do_not_hide_a_negation() {
        assert!(double("INTE (aldrig) så.").is_some());
        assert!(double("Nej, inte ”aldrig”.").is_some());
    }

    fn glossary() -> Glossary {
        Glossary::parse(
            Path::new("glossary.toml"),
            r#"
[[term]]
preferred = "mobil"
avoid = ["telefonen", "mobiltelefon*"]
why = "samma ord i alla lektioner"

[[term]]
preferred = "e-post"
avoid = ["mejl*", "email"]
"#,
        )
        .expect("a valid glossary")
    }

    #[test]
    fn avoided_words_match_whole_words_or_a_stem() {
        let g = glossary();
        assert_eq!(
            g.matches("Telefonen,").map(|(t, _)| t.preferred.as_str()),
            Some("mobil")
        );
        assert_eq!(
            g.matches("mobiltelefonerna").map(|(_, a)| a),
            Some("mobiltelefon*")
        );
        assert_eq!(
            g.matches("mejla").map(|(t, _)| t.preferred.as_str()),
            Some("e-post")
        );
        assert!(g.matches("telefon").is_none(), "only the listed form");
        assert!(g.matches("telefonnummer").is_none(), "no star, no stem");
        assert!(g.matches("emailadress").is_none());
        assert!(g.matches("mobilen").is_none());
        assert!(g.matches("–").is_none());
    }

    #[test]
    fn a_malformed_glossary_is_an_error_at_its_line() {
        let p = Glossary::parse(
            Path::new("g.toml"),
            "[[term]]\npreferred = \"mobil\"\nvoid = []\n",
        )
        .expect_err("an unknown key");
        assert_eq!(p.line, Some(3), "{p}");
        let p = Glossary::parse(
            Path::new("g.toml"),
            "[[term]]\npreferred = \"mobil\"\navoid = [\"*\"]\n",
        )
        .expect_err("an empty word");
        assert!(p.to_string().contains("term `mobil` needs"), "{p}");
        assert_eq!(p.line, Some(2));
    }

    #[test]
    fn messages_are_found_by_their_first_line() {
        let source = "title = Hej\nintro =\n    Text\nintro-alt = Bild\n";
        assert_eq!(message_position(source, "intro"), Some((2, 1)));
        assert_eq!(message_position(source, "intro-alt"), Some((4, 1)));
        assert_eq!(message_position(source, "saknas"), None);
    }
}
