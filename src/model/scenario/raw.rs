//! A scenario file as written: every key with its span, checked later by
//! [`super::parse`] so each problem can name its line and column.

use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

/// One name or a list of names (`go = "a"` or `go = ["a", "b"]`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum Names {
    One(String),
    Many(Vec<String>),
}

impl Names {
    pub(super) fn list(&self) -> Vec<&str> {
        match self {
            Names::One(name) => vec![name.as_str()],
            Names::Many(names) => names.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScenario {
    pub(super) title: Spanned<String>,
    pub(super) frame: Spanned<String>,
    pub(super) start: Spanned<Names>,
    pub(super) task: Spanned<String>,
    pub(super) goals: Spanned<Names>,
    #[serde(default, rename = "done-when")]
    pub(super) done_when: Option<Spanned<Names>>,
    pub(super) end: Spanned<String>,
    #[serde(default)]
    pub(super) hint: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) desk: Vec<Spanned<RawPart>>,
    #[serde(default)]
    pub(super) todo: Vec<RawTodo>,
    #[serde(default)]
    pub(super) trap: Vec<RawTrap>,
    #[serde(default)]
    pub(super) screen: Vec<RawScreen>,
}

/// One line of the practice's to-do list: done once its flags are set.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTodo {
    pub(super) flags: Spanned<Names>,
    pub(super) text: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTrap {
    pub(super) id: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) explain: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScreen {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) device: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) address: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) hint: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) trap: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) parts: Vec<Spanned<RawPart>>,
}

/// A part as written: every field any part may have, checked per kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawPart {
    pub(super) part: Spanned<String>,
    pub(super) id: Option<Spanned<String>>,
    pub(super) text: Option<Spanned<String>>,
    pub(super) go: Option<Spanned<Names>>,
    pub(super) trap: Option<Spanned<String>>,
    pub(super) wrong: Option<Spanned<bool>>,
    pub(super) hint: Option<Spanned<String>>,
    pub(super) needs: Option<Spanned<Names>>,
    pub(super) check_code: Option<Spanned<bool>>,
    pub(super) look: Option<Spanned<String>>,
    pub(super) code: Option<Spanned<String>>,
    pub(super) from: Option<Spanned<String>>,
    pub(super) subject: Option<Spanned<String>>,
    pub(super) address: Option<Spanned<String>>,
    pub(super) caller: Option<Spanned<String>>,
    pub(super) number: Option<Spanned<String>>,
    pub(super) ongoing: Option<Spanned<bool>>,
    pub(super) check_filled: Option<Spanned<bool>>,
    pub(super) set: Option<Spanned<Names>>,
    pub(super) clear: Option<Spanned<Names>>,
    pub(super) needs_set: Option<Spanned<Names>>,
    #[serde(rename = "if")]
    pub(super) if_set: Option<Spanned<Names>>,
    pub(super) unless: Option<Spanned<Names>>,
    pub(super) picture: Option<Spanned<String>>,
    pub(super) check: Option<Spanned<bool>>,
}

impl RawPart {
    /// The fields given (other than `part`), with where they are.
    pub(super) fn fields(&self) -> Vec<(&'static str, Range<usize>)> {
        fn at<T>(
            name: &'static str,
            v: &Option<Spanned<T>>,
        ) -> Option<(&'static str, Range<usize>)> {
            v.as_ref().map(|s| (name, s.span()))
        }
        [
            at("id", &self.id),
            at("text", &self.text),
            at("go", &self.go),
            at("trap", &self.trap),
            at("wrong", &self.wrong),
            at("hint", &self.hint),
            at("needs", &self.needs),
            at("check-code", &self.check_code),
            at("look", &self.look),
            at("code", &self.code),
            at("from", &self.from),
            at("subject", &self.subject),
            at("address", &self.address),
            at("caller", &self.caller),
            at("number", &self.number),
            at("ongoing", &self.ongoing),
            at("check-filled", &self.check_filled),
            at("set", &self.set),
            at("clear", &self.clear),
            at("needs-set", &self.needs_set),
            at("if", &self.if_set),
            at("unless", &self.unless),
            at("picture", &self.picture),
            at("check", &self.check),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}
