//! Reading a scenario file: TOML with spans, so that every problem names the
//! file, line and column; then the checks that need no text or graph. The
//! parts of a screen are read in [`parts`].

use super::raw::{Names, RawScenario};
use super::{Action, Device, Flags, Frame, MAX_FLAGS, Part, Scenario, Screen, Todo, Trap};
use crate::model::loader::{Problem, position};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

mod parts;

/// Whether `s` is a valid id: a–z first, then a–z, 0–9 and `-`.
fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A part's pressable control before its targets are resolved.
struct PendingTargets {
    go: Vec<(String, Range<usize>)>,
    needs: Vec<(String, Range<usize>)>,
}

struct Parser<'a> {
    id: &'a str,
    path: &'a Path,
    source: &'a str,
    problems: Vec<Problem>,
    text_refs: Vec<(String, (usize, usize))>,
    screens: HashMap<String, usize>,
    screen_devices: Vec<Device>,
    traps: HashMap<String, usize>,
    controls: HashMap<String, Range<usize>>,
    /// Flag names by index.
    flags: Vec<String>,
    /// Flags some control sets.
    flags_set: Flags,
    /// Where each flag is used other than by `set`, for "never set".
    flag_uses: Vec<(usize, Range<usize>)>,
}

impl Parser<'_> {
    fn pos(&self, span: &Range<usize>) -> Option<(usize, usize)> {
        Some(position(self.source, span.start))
    }

    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let p = Problem::error(self.path, message).at(self.pos(span));
        self.problems.push(p);
    }

    fn warning(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let p = Problem::warning(self.path, message).at(self.pos(span));
        self.problems.push(p);
    }

    /// The full Fluent id of a text name, remembered for the text check.
    fn text(&mut self, name: &Spanned<String>) -> String {
        let raw = name.get_ref();
        let valid = raw.starts_with(|c: char| c.is_ascii_alphanumeric())
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            self.error(
                &name.span(),
                format!("text name `{raw}` may use only letters a–z, digits, - and _"),
            );
        }
        let full = format!("{}-{raw}", self.id);
        let at = position(self.source, name.span().start);
        self.text_refs.push((full.clone(), at));
        full
    }

    fn opt_text(&mut self, name: &Option<Spanned<String>>) -> Option<String> {
        name.as_ref().map(|n| self.text(n))
    }

    fn check_id(&mut self, id: &Spanned<String>, what: &str) {
        if !is_id(id.get_ref()) {
            self.error(
                &id.span(),
                format!(
                    "{what} id `{}` must start with a–z and use only a–z, 0–9 and -",
                    id.get_ref()
                ),
            );
        }
    }

    /// The flags named, registered by name; `is_set` marks them as set by
    /// a control, otherwise the use is remembered for the "never set" check.
    fn flags(&mut self, names: Option<&Spanned<Names>>, is_set: bool) -> Flags {
        let Some(names) = names else {
            return Flags::NONE;
        };
        let span = names.span();
        let mut found = Flags::NONE;
        for name in names.get_ref().list() {
            if !is_id(name) {
                self.error(
                    &span,
                    format!("flag `{name}` must start with a–z and use only a–z, 0–9 and -"),
                );
                continue;
            }
            let index = match self.flags.iter().position(|f| f == name) {
                Some(i) => i,
                None if self.flags.len() >= MAX_FLAGS => {
                    self.error(
                        &span,
                        format!("a scenario can have at most {MAX_FLAGS} flags"),
                    );
                    continue;
                }
                None => {
                    self.flags.push(name.to_owned());
                    self.flags.len() - 1
                }
            };
            if is_set {
                self.flags_set = self.flags_set.union(Flags::one(index));
            } else {
                self.flag_uses.push((index, span.clone()));
            }
            found = found.union(Flags::one(index));
        }
        found
    }

    fn screen(&mut self, name: &str, span: &Range<usize>) -> Option<usize> {
        let found = self.screens.get(name).copied();
        if found.is_none() {
            let mut known: Vec<&String> = self.screens.keys().collect();
            known.sort();
            let known = known
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            self.error(
                span,
                format!("there is no screen `{name}` (the screens are: {known})"),
            );
        }
        found
    }

    fn frame(&mut self, raw: &Spanned<String>) -> Frame {
        match raw.get_ref().as_str() {
            "computer" => Frame::Computer,
            "phone" => Frame::Phone,
            "both" => Frame::Both,
            other => {
                self.error(
                    &raw.span(),
                    format!("unknown frame `{other}`; use computer, phone or both"),
                );
                Frame::Both
            }
        }
    }
}

/// Where things are in the file, for the graph checks' messages.
pub(super) struct Positions {
    /// Each screen's `id`.
    pub screens: Vec<(usize, usize)>,
    /// The `goals` value.
    pub goals: (usize, usize),
    /// The `done-when` value, if given.
    pub done_when: Option<(usize, usize)>,
}

/// Reads and checks one scenario file. `id` is the file name without
/// `.toml`. Problems go to `problems`; the scenario is returned only when it
/// has no error. Its texts are checked against the lesson's Fluent files by
/// [`super::check::missing_texts`].
pub fn parse_scenario(
    path: &Path,
    id: &str,
    source: &str,
    problems: &mut Vec<Problem>,
) -> Option<Scenario> {
    let raw: RawScenario = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(e) => {
            let pos = e.span().map(|s| position(source, s.start));
            let message = e.message().trim().replace('\n', " ");
            problems.push(Problem::error(path, message).at(pos));
            return None;
        }
    };
    let mut p = Parser {
        id,
        path,
        source,
        problems: Vec::new(),
        text_refs: Vec::new(),
        screens: HashMap::new(),
        screen_devices: Vec::new(),
        traps: HashMap::new(),
        controls: HashMap::new(),
        flags: Vec::new(),
        flags_set: Flags::NONE,
        flag_uses: Vec::new(),
    };
    if !is_id(id) {
        p.problems.push(Problem::error(
            path,
            format!("scenario file name `{id}` must start with a–z and use only a–z, 0–9 and -"),
        ));
    }
    let frame = p.frame(&raw.frame);
    let title = p.text(&raw.title);
    let task = p.text(&raw.task);
    let end = p.text(&raw.end);
    let hint = p.opt_text(&raw.hint);

    let mut traps = Vec::new();
    for t in &raw.trap {
        p.check_id(&t.id, "trap");
        if p.traps.contains_key(t.id.get_ref()) {
            p.error(
                &t.id.span(),
                format!("trap id `{}` is used twice", t.id.get_ref()),
            );
        }
        p.traps.insert(t.id.get_ref().clone(), traps.len());
        traps.push(Trap {
            id: t.id.get_ref().clone(),
            title: p.text(&t.title),
            explain: p.text(&t.explain),
        });
    }

    // Screens: ids and devices first, so parts can name any screen.
    if raw.screen.is_empty() {
        p.problems
            .push(Problem::error(path, "the scenario has no [[screen]]"));
    }
    for s in &raw.screen {
        p.check_id(&s.id, "screen");
        if p.screens.contains_key(s.id.get_ref()) {
            p.error(
                &s.id.span(),
                format!("screen id `{}` is used twice", s.id.get_ref()),
            );
        }
        let device = match (&s.device, frame) {
            (None, Frame::Computer) => Device::Computer,
            (None, Frame::Phone) => Device::Phone,
            (None, Frame::Both) => {
                p.error(
                    &s.id.span(),
                    format!(
                        "screen `{}` needs `device = \"computer\"` or `\"phone\"` \
                         (the frame shows both)",
                        s.id.get_ref()
                    ),
                );
                Device::Computer
            }
            (Some(d), _) => match d.get_ref().as_str() {
                "computer" if frame != Frame::Phone => Device::Computer,
                "phone" if frame != Frame::Computer => Device::Phone,
                other => {
                    p.error(
                        &d.span(),
                        format!("device `{other}` is not in this scenario's frame"),
                    );
                    Device::Computer
                }
            },
        };
        p.screens
            .insert(s.id.get_ref().clone(), p.screen_devices.len());
        p.screen_devices.push(device);
    }

    let mut screens = Vec::new();
    let mut screen_pos = Vec::new();
    for (index, s) in raw.screen.iter().enumerate() {
        let mut parts = Vec::new();
        let mut keypads = 0;
        let mut checks = 0;
        let mut inputs = 0;
        let mut fill_checks = 0;
        for raw_part in &s.parts {
            let Some((mut placed, pending)) = p.part(raw_part) else {
                continue;
            };

            if let (Some(pending), Some(control)) = (pending, placed.part.control_mut()) {
                p.resolve(control, pending);
                checks += usize::from(matches!(control.action, Action::CheckCode(_)));
                fill_checks += usize::from(matches!(control.action, Action::CheckFilled(_)));
            }
            keypads += usize::from(matches!(placed.part, Part::Keypad { .. }));
            inputs += usize::from(matches!(placed.part, Part::Input { .. }));
            parts.push(placed);
        }
        if inputs > 0 && fill_checks == 0 {
            p.error(
                &s.id.span(),
                "this screen has a text field but no button with `check-filled = true` to send it",
            );
        }
        if inputs == 0 && fill_checks > 0 {
            p.error(
                &s.id.span(),
                "a button here has `check-filled = true` but the screen has no text field",
            );
        }
        if keypads > 1 {
            p.error(&s.id.span(), "a screen can have only one keypad");
        }
        if keypads == 1 && checks == 0 {
            p.error(
                &s.id.span(),
                "this screen has a keypad but no button with `check-code = true` to try the code",
            );
        }
        if keypads == 0 && checks > 0 {
            p.error(
                &s.id.span(),
                "a button here has `check-code = true` but the screen has no keypad",
            );
        }
        let trap = match &s.trap {
            Some(t) => {
                let found = p.traps.get(t.get_ref()).copied();
                if found.is_none() {
                    p.error(&t.span(), format!("there is no trap `{}`", t.get_ref()));
                }
                found
            }
            None => None,
        };
        screens.push(Screen {
            id: s.id.get_ref().clone(),
            device: p.screen_devices[index],
            address: p.opt_text(&s.address),
            hint: p.opt_text(&s.hint),
            trap,
            parts,
        });
        screen_pos.push(position(source, s.id.span().start));
    }

    let mut desk = Vec::new();
    for raw_part in &raw.desk {
        if let Some((placed, pending)) = p.part(raw_part) {
            if pending.is_some() {
                p.error(
                    &raw_part.span(),
                    "the desk holds things to look at; put controls on a screen",
                );
            }
            if placed.check {
                p.error(
                    &raw_part.span(),
                    "`check = true` marks a line on a screen; the desk is always in view",
                );
            }
            desk.push(placed);
        }
    }

    // Start: one screen per device of the frame.
    let mut start = vec![usize::MAX; frame.devices().len()];
    for name in raw.start.get_ref().list() {
        let Some(index) = p.screen(name, &raw.start.span()) else {
            continue;
        };
        let device = p.screen_devices[index];
        if let Some(slot) = frame.devices().iter().position(|d| *d == device) {
            if start[slot] != usize::MAX {
                p.error(
                    &raw.start.span(),
                    format!("`start` names two screens on the {}", device.as_str()),
                );
            }
            start[slot] = index;
        }
    }
    for (slot, device) in frame.devices().iter().enumerate() {
        if start[slot] == usize::MAX {
            p.error(
                &raw.start.span(),
                format!("`start` needs a screen on the {}", device.as_str()),
            );
        }
    }
    let mut goals = Vec::new();
    for name in raw.goals.get_ref().list() {
        goals.extend(p.screen(name, &raw.goals.span()));
    }
    if raw.goals.get_ref().list().is_empty() {
        p.error(&raw.goals.span(), "`goals` needs at least one screen");
    }
    let done_when = p.flags(raw.done_when.as_ref(), false);
    let todo = todo_list(&mut p, &raw, done_when);
    let uses = std::mem::take(&mut p.flag_uses);
    let mut named = Flags::NONE;
    for (flag, span) in uses {
        if !p.flags_set.contains(flag) && !named.contains(flag) {
            named = named.union(Flags::one(flag));
            let name = p.flags.get(flag).cloned().unwrap_or_default();
            p.error(
                &span,
                format!("flag `{name}` is never set: no control has `set = \"{name}\"`"),
            );
        }
    }

    let mut scenario = Scenario {
        id: id.to_owned(),
        path: path.to_path_buf(),
        title,
        task,
        end,
        hint,
        frame,
        start,
        goals,
        done_when,
        todo,
        flags: std::mem::take(&mut p.flags),
        desk,
        traps,
        screens,
        text_refs: std::mem::take(&mut p.text_refs),
    };
    // A wrong try must always have a hint to show.
    for (screen, s) in scenario.screens.iter().zip(&raw.screen) {
        for control in screen.all_parts().filter_map(Part::control) {
            let can_be_wrong = matches!(
                control.action,
                Action::Wrong | Action::CheckCode(_) | Action::CheckFilled(_)
            ) || !control.needs.is_empty()
                || !control.needs_set.is_empty();
            let has_hint =
                control.hint.is_some() || screen.hint.is_some() || scenario.hint.is_some();
            if can_be_wrong && !has_hint {
                let span = p.controls.get(&control.id).cloned().unwrap_or(s.id.span());
                p.error(
                    &span,
                    format!(
                        "control `{}` can be a wrong try but has no hint; add `hint` to it, \
                         to its screen or to the scenario",
                        control.id
                    ),
                );
            }
        }
    }
    let used: Vec<usize> = scenario
        .screens
        .iter()
        .flat_map(|s| {
            s.trap.into_iter().chain(s.all_parts().filter_map(
                |part| match part.control()?.action {
                    Action::Trap(t) => Some(t),
                    _ => None,
                },
            ))
        })
        .collect();
    for (index, t) in raw.trap.iter().enumerate() {
        if !used.contains(&index) {
            p.warning(
                &t.id.span(),
                format!("trap `{}` is never used", t.id.get_ref()),
            );
        }
    }

    let failed = p
        .problems
        .iter()
        .any(|x| x.severity == crate::model::Severity::Error);
    problems.append(&mut p.problems);
    if failed {
        return None;
    }
    let positions = Positions {
        screens: screen_pos,
        goals: position(source, raw.goals.span().start),
        done_when: raw
            .done_when
            .as_ref()
            .map(|d| position(source, d.span().start)),
    };
    let graph = super::check::graph(&scenario, &positions);
    let failed = graph
        .iter()
        .any(|x| x.severity == crate::model::Severity::Error);
    problems.extend(graph);
    scenario.text_refs.shrink_to_fit();
    (!failed).then_some(scenario)
}

/// The `[[todo]]` lines: each names flags of `done-when`, and together
/// they name every one of them, so the list ticks off exactly the goal's
/// conditions.
fn todo_list(p: &mut Parser<'_>, raw: &RawScenario, done_when: Flags) -> Vec<Todo> {
    let mut covered = Flags::NONE;
    let mut todo = Vec::new();
    for line in &raw.todo {
        let flags = p.flags(Some(&line.flags), false);
        if line.flags.get_ref().list().is_empty() {
            p.error(
                &line.flags.span(),
                "a `[[todo]]` line needs at least one flag",
            );
        }
        let outside: Vec<&str> = line
            .flags
            .get_ref()
            .list()
            .into_iter()
            .filter(|name| {
                p.flags
                    .iter()
                    .position(|f| f == name)
                    .is_some_and(|i| !done_when.contains(i))
            })
            .collect();
        if !outside.is_empty() {
            p.error(
                &line.flags.span(),
                format!(
                    "`[[todo]]` flag `{}` is not in `done-when`",
                    outside.join("`, `")
                ),
            );
        }
        if !covered.has_none(flags) {
            p.error(
                &line.flags.span(),
                "this `[[todo]]` line repeats a flag of an earlier line",
            );
        }
        covered = covered.union(flags);
        todo.push(Todo {
            flags,
            text: p.text(&line.text),
        });
    }
    if !todo.is_empty() && !covered.has_all(done_when) {
        let missing: Vec<&str> = done_when
            .indices()
            .filter(|&i| !covered.contains(i))
            .filter_map(|i| p.flags.get(i).map(String::as_str))
            .collect();
        let span = raw
            .done_when
            .as_ref()
            .map_or_else(|| raw.goals.span(), |d| d.span());
        let message = format!(
            "`done-when` flag `{}` has no `[[todo]]` line",
            missing.join("`, `")
        );
        p.error(&span, message);
    }
    todo
}
