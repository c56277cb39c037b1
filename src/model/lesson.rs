//! The lesson format: structure from `lesson.toml`, text from Fluent files.

use super::scenario::Scenario;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A course topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    /// The computer, mouse, keyboard, the web.
    Basics,
    /// E-mail.
    Email,
    /// BankID.
    Bankid,
    /// E-services (1177, Skatteverket, digital mail, library…).
    Eservices,
    /// Staying safe online.
    Safety,
}

impl Topic {
    /// Every topic, in the order Home shows them.
    pub const ALL: [Topic; 5] = [
        Topic::Basics,
        Topic::Email,
        Topic::Bankid,
        Topic::Eservices,
        Topic::Safety,
    ];

    /// The name used in `lesson.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Basics => "basics",
            Topic::Email => "email",
            Topic::Bankid => "bankid",
            Topic::Eservices => "eservices",
            Topic::Safety => "safety",
        }
    }
}

/// One answer of a question.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Fluent id of the answer's text.
    pub text: String,
    /// Whether this answer is right.
    #[serde(default)]
    pub correct: bool,
    /// Fluent id of the feedback shown when it is chosen.
    pub feedback: String,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Step {
    /// Text to read, with an optional picture.
    Read {
        /// Fluent id of the text.
        text: String,
        /// Picture, relative to the lesson folder.
        #[serde(default)]
        image: Option<String>,
        /// Fluent id describing the picture (required with `image`).
        #[serde(default)]
        alt: Option<String>,
    },
    /// A question with 2–4 answers.
    Choice {
        /// Fluent id of the question.
        text: String,
        /// Fluent id of the hint shown after a wrong answer.
        hint: String,
        /// The answers.
        answers: Vec<Answer>,
    },
    /// A safe practice: a scenario from the lesson's `scenarios/` folder.
    Practice {
        /// The scenario's id (its file name without `.toml`).
        scenario: String,
    },
}

impl Step {
    /// Every Fluent id the step refers to (a practice step's texts are
    /// checked with its scenario).
    pub fn message_ids(&self) -> Vec<&str> {
        match self {
            Step::Practice { .. } => Vec::new(),
            Step::Read { text, alt, .. } => {
                let mut ids = vec![text.as_str()];
                ids.extend(alt.as_deref());
                ids
            }
            Step::Choice {
                text,
                hint,
                answers,
            } => {
                let mut ids = vec![text.as_str(), hint.as_str()];
                for a in answers {
                    ids.push(&a.text);
                    ids.push(&a.feedback);
                }
                ids
            }
        }
    }
}

fn default_minutes() -> u16 {
    10
}

/// `lesson.toml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LessonFile {
    pub id: String,
    pub topic: Topic,
    pub session: u8,
    #[serde(default = "default_minutes")]
    pub minutes: u16,
    #[serde(default)]
    pub requires: Vec<String>,
    /// When the lesson's facts were last checked: `"2026-12-06"` (a bare
    /// TOML date is taken too).
    #[serde(default, rename = "facts-checked")]
    pub facts_checked: Option<toml::Value>,
    #[serde(default)]
    pub step: Vec<Step>,
}

/// Each locale's messages, already formatted as plain text.
pub type Texts = BTreeMap<String, BTreeMap<String, String>>;

/// A loaded, valid lesson.
#[derive(Debug, Clone)]
pub struct Lesson {
    /// Unique id.
    pub id: String,
    /// Topic.
    pub topic: Topic,
    /// Suggested course session, 1–10.
    pub session: u8,
    /// About how long it takes.
    pub minutes: u16,
    /// Lessons to do first.
    pub requires: Vec<String>,
    /// When the lesson's facts (rules, numbers, names of buttons) were last
    /// checked against the real world (`facts-checked` in `lesson.toml`).
    pub facts_checked: Option<time::Date>,
    /// The steps, at least one.
    pub steps: Vec<Step>,
    /// The lesson's folder.
    pub dir: PathBuf,
    /// The scenarios of the lesson's practice steps, by id.
    pub scenarios: BTreeMap<String, Scenario>,
    pub(crate) texts: Texts,
}

/// The locale every lesson must have and every other falls back to.
pub const BASE_LOCALE: &str = "sv";

/// The optional message listing a lesson's key words, one per line as
/// `Word: what it means.` It is printed on the handout, never narrated.
pub const KEYWORDS_ID: &str = "keywords";

/// A message's text for `locale`, falling back to Swedish.
pub(crate) fn lookup<'a>(texts: &'a Texts, locale: &str, id: &str) -> Option<&'a str> {
    texts
        .get(locale)
        .and_then(|m| m.get(id))
        .or_else(|| texts.get(BASE_LOCALE).and_then(|m| m.get(id)))
        .map(String::as_str)
}

/// One key word and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyword {
    /// The word, e.g. `Inkorg`.
    pub term: String,
    /// What it means, e.g. `Platsen där nya brev hamnar.`; empty when the
    /// line had no `:`.
    pub meaning: String,
}

/// Reads a `keywords` text: one `Word: what it means.` per line; blank lines
/// are skipped, and a line without `:` is a word without a meaning.
pub fn parse_keywords(text: &str) -> Vec<Keyword> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| match line.split_once(':') {
            Some((term, meaning)) => Keyword {
                term: term.trim().to_owned(),
                meaning: meaning.trim().to_owned(),
            },
            None => Keyword {
                term: line.to_owned(),
                meaning: String::new(),
            },
        })
        .collect()
}

impl Lesson {
    /// Text of a Fluent message for `locale`, falling back per message to
    /// Swedish, then to the id itself.
    pub fn text(&self, locale: &str, id: &str) -> String {
        self.message(locale, id)
            .map_or_else(|| id.to_owned(), str::to_owned)
    }

    /// Text of a Fluent message for `locale`, falling back per message to
    /// Swedish; `None` when the lesson has no such message.
    pub fn message(&self, locale: &str, id: &str) -> Option<&str> {
        lookup(&self.texts, locale, id)
    }

    /// The lesson's key words (optional message `keywords`, one
    /// `Word: what it means.` per line); empty when it has none.
    pub fn keywords(&self, locale: &str) -> Vec<Keyword> {
        self.message(locale, KEYWORDS_ID)
            .map(parse_keywords)
            .unwrap_or_default()
    }

    /// The lesson's title (message `title`).
    pub fn title(&self, locale: &str) -> String {
        self.text(locale, "title")
    }

    /// The summary shown when the lesson is done (message `summary`).
    pub fn summary(&self, locale: &str) -> String {
        self.text(locale, "summary")
    }

    /// Absolute path of a file referred to from the lesson.
    pub fn image_path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    /// The locales this lesson has text for.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// All of a locale's message texts (for readability checks).
    pub fn all_text(&self, locale: &str) -> Vec<&str> {
        self.texts
            .get(locale)
            .map(|m| m.values().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// The scenario of a practice step.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.get(id)
    }

    /// The lesson folder's name.
    pub fn folder_name(&self) -> String {
        self.dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// Joins a lesson folder with a file name, for messages.
pub(crate) fn in_dir(dir: &Path, file: &str) -> PathBuf {
    dir.join(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_one_word_and_meaning_per_line() {
        let words = parse_keywords(
            "Inkorg: platsen där nya brev hamnar.\n\n  Snabel-a : tecknet @.\nBilaga",
        );
        assert_eq!(
            words,
            [
                Keyword {
                    term: "Inkorg".into(),
                    meaning: "platsen där nya brev hamnar.".into()
                },
                Keyword {
                    term: "Snabel-a".into(),
                    meaning: "tecknet @.".into()
                },
                Keyword {
                    term: "Bilaga".into(),
                    meaning: String::new()
                },
            ]
        );
        assert!(parse_keywords("").is_empty());
    }

    #[test]
    fn lookup_falls_back_to_swedish() {
        let texts = Texts::from([
            (
                "sv".to_owned(),
                BTreeMap::from([("a".to_owned(), "Hej".to_owned())]),
            ),
            ("en".to_owned(), BTreeMap::new()),
        ]);
        assert_eq!(lookup(&texts, "en", "a"), Some("Hej"));
        assert_eq!(lookup(&texts, "de", "a"), Some("Hej"));
        assert_eq!(lookup(&texts, "en", "b"), None);
    }
}
