//! The parts of a screen: each part's fields checked against its kind in
//! the kit, its control (id, action, flags) read, and the screens a control
//! names resolved once every screen is known.

use super::{Parser, PendingTargets};
use crate::model::loader::position;
use crate::model::scenario::kit::{ACTION_FIELDS, CONDITION_FIELDS, KINDS, KindSpec};
use crate::model::scenario::raw::{Names, RawPart};
use crate::model::scenario::{Action, Control, Look, Part, Picture, Placed, When};
use std::ops::Range;
use toml::Spanned;

impl Parser<'_> {
    /// Checks a part's fields against its kind; returns the kind when known.
    pub(super) fn check_fields(&mut self, raw: &Spanned<RawPart>) -> Option<&'static KindSpec> {
        let part = raw.get_ref();
        let name = part.part.get_ref().as_str();
        let Some(spec) = KINDS.iter().find(|k| k.name == name) else {
            let kit = KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ");
            self.error(
                &part.part.span(),
                format!("unknown part `{name}`; the kit has: {kit}"),
            );
            return None;
        };
        let fields = part.fields();
        for (field, span) in &fields {
            let allowed = spec.required.contains(field)
                || spec.optional.contains(field)
                || CONDITION_FIELDS.contains(field)
                || (spec.pressable && ACTION_FIELDS.contains(field));
            if !allowed {
                self.error(span, format!("a `{name}` part does not take `{field}`"));
            }
        }
        for field in spec.required {
            if !fields.iter().any(|(f, _)| f == field) {
                self.error(&raw.span(), format!("a `{name}` part needs `{field}`"));
            }
        }
        Some(spec)
    }

    /// The control of a pressable part; targets are resolved later.
    pub(super) fn control(
        &mut self,
        part: &RawPart,
        whole: &Range<usize>,
    ) -> (Control, PendingTargets) {
        let id = part
            .id
            .as_ref()
            .map(|i| i.get_ref().clone())
            .unwrap_or_default();
        self.register_id(&part.id, "control");
        let wrong = part.wrong.as_ref().is_some_and(|w| *w.get_ref());
        let check_code = part.check_code.as_ref().is_some_and(|c| *c.get_ref());
        let check_filled = part.check_filled.as_ref().is_some_and(|c| *c.get_ref());
        let ways = [part.go.is_some(), part.trap.is_some(), wrong]
            .iter()
            .filter(|b| **b)
            .count();
        if ways != 1 {
            self.error(
                whole,
                format!(
                    "control `{id}` needs exactly one of `go = \"screen\"`, `trap = \"trap\"` \
                     or `wrong = true`"
                ),
            );
        }
        if check_code && part.go.is_none() {
            if let Some(c) = &part.check_code {
                self.error(
                    &c.span(),
                    "`check-code` needs `go` (where a right code leads)",
                );
            }
        }
        if check_filled && part.go.is_none() {
            if let Some(c) = &part.check_filled {
                self.error(
                    &c.span(),
                    "`check-filled` needs `go` (where filled-in fields lead)",
                );
            }
        }
        if let (true, true, Some(c)) = (check_code, check_filled, &part.check_filled) {
            self.error(
                &c.span(),
                "a control can have `check-code` or `check-filled`, not both",
            );
        }
        let names = |v: &Option<Spanned<Names>>| -> Vec<(String, Range<usize>)> {
            v.as_ref()
                .map(|n| {
                    n.get_ref()
                        .list()
                        .into_iter()
                        .map(|s| (s.to_owned(), n.span()))
                        .collect()
                })
                .unwrap_or_default()
        };
        let pending = PendingTargets {
            go: names(&part.go),
            needs: names(&part.needs),
        };
        let action = match &part.trap {
            Some(t) => match self.traps.get(t.get_ref()) {
                Some(index) => Action::Trap(*index),
                None => {
                    self.error(&t.span(), format!("there is no trap `{}`", t.get_ref()));
                    Action::Wrong
                }
            },
            None if check_code => Action::CheckCode(Vec::new()),
            None if check_filled => Action::CheckFilled(Vec::new()),
            None if part.go.is_some() => Action::Go(Vec::new()),
            None => Action::Wrong,
        };
        let hint = self.opt_text(&part.hint);
        let set = self.flags(part.set.as_ref(), true);
        let clear = self.flags(part.clear.as_ref(), false);
        let needs_set = self.flags(part.needs_set.as_ref(), false);
        let control = Control {
            id,
            action,
            needs: Vec::new(),
            hint,
            set,
            clear,
            needs_set,
        };
        (control, pending)
    }

    /// Checks an id of a control or text field and that no other uses it.
    pub(super) fn register_id(&mut self, raw: &Option<Spanned<String>>, what: &str) {
        let Some(raw_id) = raw else {
            return;
        };
        self.check_id(raw_id, what);
        let id = raw_id.get_ref();
        if let Some(first) = self.controls.get(id).cloned() {
            let (line, _) = position(self.source, first.start);
            self.error(
                &raw_id.span(),
                format!("{what} id `{id}` is already used on line {line}"),
            );
        } else {
            self.controls.insert(id.clone(), raw_id.span());
        }
    }

    /// Resolves a control's `go` and `needs` names to screens.
    pub(super) fn resolve(&mut self, control: &mut Control, pending: PendingTargets) {
        let mut targets = Vec::new();
        let mut devices = Vec::new();
        for (name, span) in &pending.go {
            if let Some(index) = self.screen(name, span) {
                let device = self.screen_devices[index];
                if devices.contains(&device) {
                    self.error(
                        span,
                        format!(
                            "`go` names two screens on the {}; a device shows one screen at a time",
                            device.as_str()
                        ),
                    );
                }
                devices.push(device);
                targets.push(index);
            }
        }
        if let Action::Go(t) | Action::CheckCode(t) | Action::CheckFilled(t) = &mut control.action {
            *t = targets;
        }
        for (name, span) in &pending.needs {
            if let Some(index) = self.screen(name, span) {
                control.needs.push(index);
            }
        }
    }

    pub(super) fn part(
        &mut self,
        raw: &Spanned<RawPart>,
    ) -> Option<(Placed, Option<PendingTargets>)> {
        let spec = self.check_fields(raw)?;
        let part = raw.get_ref();
        let when = When {
            set: self.flags(part.if_set.as_ref(), false),
            unset: self.flags(part.unless.as_ref(), false),
        };
        let whole = raw.span();
        let text = |p: &mut Self, v: &Option<Spanned<String>>| p.opt_text(v).unwrap_or_default();
        let (control, pending) = if spec.pressable {
            let (c, p) = self.control(part, &whole);
            (Some(c), Some(p))
        } else {
            (None, None)
        };
        let built = match (spec.name, control) {
            ("heading", _) => Part::Heading {
                text: text(self, &part.text),
            },
            ("text", _) => Part::Text {
                text: text(self, &part.text),
            },
            ("note", _) => Part::Note {
                text: text(self, &part.text),
            },
            ("field", _) => Part::Field {
                text: text(self, &part.text),
            },
            ("qr", _) => Part::Qr {
                text: self.opt_text(&part.text),
            },
            ("keypad", _) => {
                let code = part
                    .code
                    .as_ref()
                    .map(|c| c.get_ref().clone())
                    .unwrap_or_default();
                let ok = (4..=8).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit());
                if let (false, Some(c)) = (ok, &part.code) {
                    self.error(
                        &c.span(),
                        "a keypad `code` must be 4–8 digits, like \"472915\"",
                    );
                }
                Part::Keypad { code }
            }
            ("call", _) => Part::Call {
                caller: text(self, &part.caller),
                number: self.opt_text(&part.number),
                ongoing: part.ongoing.as_ref().is_some_and(|o| *o.get_ref()),
            },
            ("sms", _) => Part::Sms {
                from: text(self, &part.from),
                text: text(self, &part.text),
            },
            ("email", _) => Part::Email {
                from: text(self, &part.from),
                address: self.opt_text(&part.address),
                subject: text(self, &part.subject),
                text: text(self, &part.text),
            },
            ("button", Some(control)) => {
                let look = match part.look.as_ref().map(|l| (l.get_ref().as_str(), l.span())) {
                    None | Some(("primary", _)) => Look::Primary,
                    Some(("secondary", _)) => Look::Secondary,
                    Some(("accept", _)) => Look::Accept,
                    Some(("decline", _)) => Look::Decline,
                    Some((other, span)) => {
                        self.error(
                            &span,
                            format!(
                                "unknown look `{other}`; use primary, secondary, accept or decline"
                            ),
                        );
                        Look::Primary
                    }
                };
                Part::Button {
                    control,
                    text: text(self, &part.text),
                    look,
                }
            }
            ("link", Some(control)) => Part::Link {
                control,
                text: text(self, &part.text),
            },
            ("choice", Some(control)) => Part::Choice {
                control,
                text: text(self, &part.text),
            },
            ("sms-row", Some(control)) => Part::SmsRow {
                control,
                from: text(self, &part.from),
                text: text(self, &part.text),
            },
            ("email-row", Some(control)) => Part::EmailRow {
                control,
                from: text(self, &part.from),
                subject: text(self, &part.subject),
            },
            ("input", _) => {
                self.register_id(&part.id, "text field");
                Part::Input {
                    id: part
                        .id
                        .as_ref()
                        .map(|i| i.get_ref().clone())
                        .unwrap_or_default(),
                    text: text(self, &part.text),
                }
            }
            ("contact", Some(control)) => Part::Contact {
                control,
                name: text(self, &part.text),
                address: text(self, &part.address),
            },
            ("photo", Some(control)) => {
                let picture = match &part.picture {
                    Some(p) => Picture::named(p.get_ref()).unwrap_or_else(|| {
                        let known = Picture::ALL.map(Picture::as_str).join(", ");
                        self.error(
                            &p.span(),
                            format!("unknown picture `{}`; use {known}", p.get_ref()),
                        );
                        Picture::Sunset
                    }),
                    None => Picture::Sunset,
                };
                Part::Photo {
                    control,
                    text: text(self, &part.text),
                    picture,
                }
            }
            ("attachment", _) => Part::Attachment {
                text: text(self, &part.text),
            },
            _ => return None,
        };
        let check = part.check.as_ref().is_some_and(|c| *c.get_ref());
        Some((
            Placed {
                part: built,
                when,
                check,
            },
            pending,
        ))
    }
}
