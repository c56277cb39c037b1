//! The kit of parts a scenario's screens are built from: each kind's
//! required and optional fields. Adding a kind here (and drawing it in
//! `widget::sim::parts`) is all a new part needs.

/// What each kind of part needs and may have.
pub(super) struct KindSpec {
    /// The name used in `part = "…"`.
    pub name: &'static str,
    /// Fields it must have.
    pub required: &'static [&'static str],
    /// Fields it may have.
    pub optional: &'static [&'static str],
    /// Whether it can be pressed (then it takes the action fields).
    pub pressable: bool,
}

const fn kind(
    name: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    pressable: bool,
) -> KindSpec {
    KindSpec {
        name,
        required,
        optional,
        pressable,
    }
}

/// The kit: every kind of part a scenario can use.
pub(super) const KINDS: &[KindSpec] = &[
    kind("heading", &["text"], &["check"], false),
    kind("text", &["text"], &["check"], false),
    kind("button", &["id", "text"], &["look"], true),
    kind("link", &["id", "text"], &[], true),
    kind("qr", &[], &["text"], false),
    kind("keypad", &["code"], &[], false),
    kind("note", &["text"], &["check"], false),
    kind("call", &["caller"], &["number", "ongoing", "check"], false),
    kind("sms-row", &["id", "from", "text"], &[], true),
    kind("sms", &["from", "text"], &["check"], false),
    kind("email-row", &["id", "from", "subject"], &[], true),
    kind(
        "email",
        &["from", "subject", "text"],
        &["address", "check"],
        false,
    ),
    kind("field", &["text"], &["check"], false),
    kind("choice", &["id", "text"], &[], true),
    kind("input", &["id", "text"], &[], false),
    kind("contact", &["id", "text", "address"], &[], true),
    kind("photo", &["id", "text", "picture"], &[], true),
    kind("attachment", &["text"], &["check"], false),
];

/// Fields every pressable part may have.
pub(super) const ACTION_FIELDS: &[&str] = &[
    "go",
    "trap",
    "wrong",
    "hint",
    "needs",
    "check-code",
    "check-filled",
    "set",
    "clear",
    "needs-set",
];

/// Fields every part may have: when it is on show.
pub(super) const CONDITION_FIELDS: &[&str] = &["if", "unless"];
