//! Practice scenarios: safe simulations of BankID, calls, SMS, email and
//! e-services, written as data.
//!
//! A scenario is `lessons/<lesson>/scenarios/<id>.toml` plus its text in the
//! lesson's `sv.ftl`/`en.ftl`. Every text a scenario names is the Fluent
//! message `<scenario-id>-<name>`, so the lesson's translation, narration and
//! readability checks cover it. A scenario is a device frame (a computer's
//! browser window, a phone, or both side by side) showing screens built from
//! a fixed kit of [`Part`]s; pressing a control moves to other screens, is a
//! wrong try (a hint follows) or springs a trap (a gentle explanation
//! follows). Reaching a goal screen ends the practice. The rules for playing
//! one live in [`crate::model::practice`]; the file format is documented in
//! `docs/scenarios.md`.

mod check;
mod flags;
mod kit;
mod parse;
mod raw;

pub use check::missing_texts;
pub use flags::{Flags, MAX_FLAGS, When};
pub use parse::parse_scenario;

use super::lesson::Step;
use super::loader::{Problem, Sources, find_quoted, read_text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The folder inside a lesson that holds its scenarios.
pub const SCENARIO_DIR: &str = "scenarios";

/// What the practice QR code says: a text no real service accepts, naming
/// the scenario and which of its changing codes it is.
pub fn qr_payload(scenario_id: &str, round: u32) -> String {
    format!("STEGVIS-OVNING:{scenario_id}:{round}")
}

/// The simulated device(s) a scenario shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A computer with a browser window.
    Computer,
    /// A phone.
    Phone,
    /// A computer and a phone side by side.
    Both,
}

impl Frame {
    /// The devices of the frame, in the order they are shown (and the order
    /// of [`Shown`]).
    pub fn devices(self) -> &'static [Device] {
        match self {
            Frame::Computer => &[Device::Computer],
            Frame::Phone => &[Device::Phone],
            Frame::Both => &[Device::Computer, Device::Phone],
        }
    }
}

/// One simulated device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Device {
    /// A computer's browser window.
    Computer,
    /// A phone.
    Phone,
}

impl Device {
    /// The name used in scenario files.
    pub fn as_str(self) -> &'static str {
        match self {
            Device::Computer => "computer",
            Device::Phone => "phone",
        }
    }
}

/// What pressing a control does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show these screens (at most one per device).
    Go(Vec<usize>),
    /// Show these screens if the code typed on the keypad is right; a wrong
    /// code is a wrong try.
    CheckCode(Vec<usize>),
    /// Show these screens if every text field on the control's screen has
    /// some text (any words will do); an empty field is a wrong try.
    CheckFilled(Vec<usize>),
    /// A trap (index into [`Scenario::traps`]).
    Trap(usize),
    /// A wrong try: the hint is shown.
    Wrong,
}

/// Something that can be pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    /// Unique within the scenario.
    pub id: String,
    /// What pressing it does.
    pub action: Action,
    /// Screens that must be on show for it to work (else it is a wrong try).
    pub needs: Vec<usize>,
    /// Fluent id of the hint after a wrong try with this control, if it has its own.
    pub hint: Option<String>,
    /// Flags set when the press moves on.
    pub set: Flags,
    /// Flags cleared when the press moves on (before `set` is applied).
    pub clear: Flags,
    /// Flags that must be set for it to work (else it is a wrong try).
    pub needs_set: Flags,
}

/// One of the pretend photos the kit can draw (no real photos ship).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// The sun going down over the sea.
    Sunset,
    /// A flower in the garden.
    Flower,
    /// A red cottage under a blue sky.
    Cottage,
}

impl Picture {
    /// Every picture, in the order the file format lists them.
    pub const ALL: [Picture; 3] = [Picture::Sunset, Picture::Flower, Picture::Cottage];

    /// The name used in scenario files.
    pub fn as_str(self) -> &'static str {
        match self {
            Picture::Sunset => "sunset",
            Picture::Flower => "flower",
            Picture::Cottage => "cottage",
        }
    }

    /// The picture with this name.
    pub fn named(name: &str) -> Option<Picture> {
        Picture::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// The main action (filled).
    Primary,
    /// Another action (outlined).
    Secondary,
    /// Answer a call (green, with a word).
    Accept,
    /// Decline or end a call (red, with a word).
    Decline,
}

/// One building block of a simulated screen. Every `String` here is a full
/// Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A heading.
    Heading {
        /// The text.
        text: String,
    },
    /// A paragraph.
    Text {
        /// The text.
        text: String,
    },
    /// A button.
    Button {
        /// What it does.
        control: Control,
        /// Its label.
        text: String,
        /// How it looks.
        look: Look,
    },
    /// A link on a web page or in a message.
    Link {
        /// What it does.
        control: Control,
        /// Its words.
        text: String,
    },
    /// The practice QR code, generated on this computer.
    Qr {
        /// A caption under the code.
        text: Option<String>,
    },
    /// A code field with a large numeric keypad.
    Keypad {
        /// The right code (digits only).
        code: String,
    },
    /// A paper note (on the desk beside the devices, or on a screen).
    Note {
        /// What is written on it.
        text: String,
    },
    /// A phone call, ringing or going on.
    Call {
        /// Who the phone says is calling.
        caller: String,
        /// The number shown.
        number: Option<String>,
        /// Whether the call is going on (else it is ringing).
        ongoing: bool,
    },
    /// A row in the phone's message list.
    SmsRow {
        /// What opening it does.
        control: Control,
        /// Sender.
        from: String,
        /// The start of the message.
        text: String,
    },
    /// An open text message.
    Sms {
        /// Sender.
        from: String,
        /// The message.
        text: String,
    },
    /// A row in an email inbox.
    EmailRow {
        /// What opening it does.
        control: Control,
        /// Sender.
        from: String,
        /// Subject.
        subject: String,
    },
    /// An open email.
    Email {
        /// Sender's name.
        from: String,
        /// Sender's address, if shown.
        address: Option<String>,
        /// Subject.
        subject: String,
        /// The message.
        text: String,
    },
    /// The label of a form field whose choices follow.
    Field {
        /// The label.
        text: String,
    },
    /// One choice of a form field.
    Choice {
        /// What choosing it does.
        control: Control,
        /// Its words.
        text: String,
    },
    /// A text field the senior types into (an email's subject or words).
    /// Any text will do; a `check-filled` control checks that it is not empty.
    Input {
        /// Unique within the scenario; the typed text is kept under it.
        id: String,
        /// The label above the field.
        text: String,
    },
    /// A person in an address book.
    Contact {
        /// What choosing them does.
        control: Control,
        /// Their name.
        name: String,
        /// Their email address.
        address: String,
    },
    /// A pretend photo to pick (to attach it to an email).
    Photo {
        /// What picking it does.
        control: Control,
        /// The caption under it.
        text: String,
        /// Which picture is drawn.
        picture: Picture,
    },
    /// A file attached to an email being written.
    Attachment {
        /// The file's name.
        text: String,
    },
}

impl Part {
    /// The control, for parts that can be pressed.
    pub fn control(&self) -> Option<&Control> {
        match self {
            Part::Button { control, .. }
            | Part::Link { control, .. }
            | Part::SmsRow { control, .. }
            | Part::EmailRow { control, .. }
            | Part::Choice { control, .. }
            | Part::Contact { control, .. }
            | Part::Photo { control, .. } => Some(control),
            _ => None,
        }
    }

    /// The control, mutable (for the loader, which fills in its targets).
    pub(crate) fn control_mut(&mut self) -> Option<&mut Control> {
        match self {
            Part::Button { control, .. }
            | Part::Link { control, .. }
            | Part::SmsRow { control, .. }
            | Part::EmailRow { control, .. }
            | Part::Choice { control, .. }
            | Part::Contact { control, .. }
            | Part::Photo { control, .. } => Some(control),
            _ => None,
        }
    }
}

/// One simulated screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    /// Unique within the scenario.
    pub id: String,
    /// The device it is shown on.
    pub device: Device,
    /// Fluent id of the text in the browser's address bar or the phone's
    /// top bar, if any.
    pub address: Option<String>,
    /// Fluent id of this screen's hint after a wrong try, if any.
    pub hint: Option<String>,
    /// Reaching this screen springs this trap.
    pub trap: Option<usize>,
    /// What is on it, top to bottom.
    pub parts: Vec<Placed>,
}

impl Screen {
    /// The parts on show with `flags`, top to bottom.
    pub fn visible(&self, flags: Flags) -> impl Iterator<Item = &Part> {
        on_show(&self.parts, flags)
    }

    /// The parts on show with `flags`, with when and how each is placed.
    pub fn on_show(&self, flags: Flags) -> impl Iterator<Item = &Placed> {
        self.parts.iter().filter(move |p| p.when.holds(flags))
    }

    /// Every part, whether on show or not.
    pub fn all_parts(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().map(|p| &p.part)
    }
}

/// A part on a screen, with when it is on show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// The part.
    pub part: Part,
    /// When it is on show (always, unless `if`/`unless` were given).
    pub when: When,
    /// The line the task asks the senior to check before pressing on
    /// (`check = true`: who wants to log in, who gets the money), kept in
    /// view together with the screen's controls.
    pub check: bool,
}

/// The parts of `placed` on show with `flags`, in order.
fn on_show(placed: &[Placed], flags: Flags) -> impl Iterator<Item = &Part> {
    placed
        .iter()
        .filter(move |p| p.when.holds(flags))
        .map(|p| &p.part)
}

/// A trap: something a senior must learn not to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trap {
    /// Unique within the scenario (recorded in progress).
    pub id: String,
    /// Fluent id of a short name ("Du loggade in när någon ringde").
    pub title: String,
    /// Fluent id of the gentle explanation of what would have happened.
    pub explain: String,
}

/// One line of a practice's to-do list ("Svara på brevet från Anna"),
/// ticked once all its flags are set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Todo {
    /// The flags that mark it done (all of `done-when` between the lines).
    pub flags: Flags,
    /// Fluent id of the line.
    pub text: String,
}

/// The screens on show: one index into [`Scenario::screens`] per device of
/// the frame, in [`Frame::devices`] order.
pub type Shown = Vec<usize>;

/// What pressing a control does, given what is on show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// These screens are on show now, with these flags.
    Move {
        /// The screens.
        shown: Shown,
        /// The flags.
        flags: Flags,
    },
    /// A trap sprang (index into [`Scenario::traps`]); `shown` is what is on
    /// show while it is explained (a trap screen, or what was there before).
    Trap {
        /// The trap.
        trap: usize,
        /// The screens on show meanwhile.
        shown: Shown,
    },
    /// A wrong try.
    Wrong,
}

/// A loaded, valid scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// The file name without `.toml`.
    pub id: String,
    /// The scenario's file.
    pub path: PathBuf,
    /// Fluent id of its name.
    pub title: String,
    /// Fluent id of the task shown above the devices.
    pub task: String,
    /// Fluent id of the explanation when a goal is reached.
    pub end: String,
    /// Fluent id of the hint after a wrong try, when neither the control nor
    /// the screen has one.
    pub hint: Option<String>,
    /// The device(s).
    pub frame: Frame,
    /// The screens on show at the start.
    pub start: Shown,
    /// Reaching any of these screens ends the practice well, once every
    /// flag of `done_when` is set.
    pub goals: Vec<usize>,
    /// Flags a goal needs (`done-when`): things to have done first.
    pub done_when: Flags,
    /// The to-do list shown above the devices (empty: none), one line per
    /// part of `done_when`.
    pub todo: Vec<Todo>,
    /// The names of the flags, by index.
    pub flags: Vec<String>,
    /// Parts lying beside the devices (a paper note), each on show while
    /// its `if`/`unless` hold ([`Scenario::desk_on_show`]).
    pub desk: Vec<Placed>,
    /// The traps.
    pub traps: Vec<Trap>,
    /// The screens.
    pub screens: Vec<Screen>,
    /// Every Fluent id the file names, with its line and column.
    pub(crate) text_refs: Vec<(String, (usize, usize))>,
}

impl Scenario {
    /// The parts on show with `flags` on the screens on show, in reading order.
    pub fn parts_on_show<'a>(
        &'a self,
        shown: &[usize],
        flags: Flags,
    ) -> impl Iterator<Item = &'a Part> + use<'a> {
        let screens: Vec<&'a Screen> = shown.iter().filter_map(|s| self.screens.get(*s)).collect();
        screens
            .into_iter()
            .flat_map(move |screen| screen.visible(flags))
    }

    /// The desk's parts on show with `flags`.
    pub fn desk_on_show(&self, flags: Flags) -> impl Iterator<Item = &Part> {
        on_show(&self.desk, flags)
    }

    /// Every control on show, in reading order.
    pub fn controls<'a>(
        &'a self,
        shown: &[usize],
        flags: Flags,
    ) -> impl Iterator<Item = &'a Control> + use<'a> {
        self.parts_on_show(shown, flags).filter_map(Part::control)
    }

    /// The control with this id, if it is on show.
    pub fn control_on_show(&self, shown: &[usize], flags: Flags, id: &str) -> Option<&Control> {
        self.controls(shown, flags).find(|c| c.id == id)
    }

    /// The screen (on show) that holds the control with this id.
    pub fn screen_of(&self, shown: &[usize], id: &str) -> Option<&Screen> {
        let has = |screen: &Screen| {
            screen
                .all_parts()
                .any(|p| p.control().is_some_and(|c| c.id == id))
        };
        let index = shown
            .iter()
            .copied()
            .find(|s| self.screens.get(*s).is_some_and(has))?;
        self.screens.get(index)
    }

    /// The right code of the keypad on show, if one is.
    pub fn keypad_code(&self, shown: &[usize], flags: Flags) -> Option<&str> {
        self.parts_on_show(shown, flags).find_map(|p| match p {
            Part::Keypad { code } => Some(code.as_str()),
            _ => None,
        })
    }

    /// The ids of the text fields on show beside the control `id` (on its
    /// screen), which a `check-filled` press checks.
    pub fn fields_beside(&self, shown: &[usize], flags: Flags, id: &str) -> Vec<&str> {
        self.screen_of(shown, id)
            .map(|screen| {
                screen
                    .visible(flags)
                    .filter_map(|p| match p {
                        Part::Input { id, .. } => Some(id.as_str()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether the text field `id` is on show.
    pub fn field_on_show(&self, shown: &[usize], flags: Flags, id: &str) -> bool {
        self.parts_on_show(shown, flags)
            .any(|p| matches!(p, Part::Input { id: f, .. } if f == id))
    }

    /// What pressing `control` does with `shown` on show and `flags` set;
    /// `passed` tells whether its check passes (the code typed is the
    /// keypad's, or the text fields are filled). The one transition rule,
    /// used by the practice engine and the scenario checks alike.
    pub fn effect(&self, shown: &[usize], flags: Flags, control: &Control, passed: bool) -> Effect {
        if !control.needs.iter().all(|n| shown.contains(n)) || !flags.has_all(control.needs_set) {
            return Effect::Wrong;
        }
        let targets = match &control.action {
            Action::Wrong => return Effect::Wrong,
            Action::Trap(trap) => {
                return Effect::Trap {
                    trap: *trap,
                    shown: shown.to_vec(),
                };
            }
            Action::CheckCode(_) | Action::CheckFilled(_) if !passed => return Effect::Wrong,
            Action::Go(targets) | Action::CheckCode(targets) | Action::CheckFilled(targets) => {
                targets
            }
        };
        let mut next = shown.to_vec();
        for target in targets {
            let Some(device) = self.screens.get(*target).map(|s| s.device) else {
                continue;
            };
            if let Some(slot) = self.frame.devices().iter().position(|d| *d == device) {
                next[slot] = *target;
            }
        }
        match next.iter().find_map(|s| self.screens.get(*s)?.trap) {
            Some(trap) => Effect::Trap { trap, shown: next },
            None => Effect::Move {
                shown: next,
                flags: flags.apply(control.set, control.clear),
            },
        }
    }

    /// Whether a goal screen is on show with every flag the goal needs.
    pub fn reached_goal(&self, shown: &[usize], flags: Flags) -> bool {
        flags.has_all(self.done_when) && shown.iter().any(|s| self.goals.contains(s))
    }

    /// The Fluent id of the hint after a wrong try with `control`: its own,
    /// else its screen's, else the scenario's.
    pub fn hint_for<'a>(&'a self, shown: &[usize], control: &'a Control) -> Option<&'a str> {
        control
            .hint
            .as_deref()
            .or_else(|| self.screen_of(shown, &control.id)?.hint.as_deref())
            .or(self.hint.as_deref())
    }

    /// The ids of the texts read aloud in the practice panel, each once: the
    /// task, every hint, every trap's name and explanation, and the end.
    pub fn narrated_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str(), self.task.as_str()];
        ids.extend(self.todo.iter().map(|t| t.text.as_str()));
        ids.extend(self.hint.as_deref());
        for screen in &self.screens {
            ids.extend(screen.hint.as_deref());
            ids.extend(
                screen
                    .all_parts()
                    .filter_map(|p| p.control()?.hint.as_deref()),
            );
        }
        for trap in &self.traps {
            ids.push(&trap.title);
            ids.push(&trap.explain);
        }
        ids.push(&self.end);
        let mut seen = std::collections::BTreeSet::new();
        ids.retain(|id| seen.insert(*id));
        ids
    }

    /// How many of the things to do are done with `flags`, of how many:
    /// the to-do list's lines if it has one, else the flags of `done_when`.
    pub fn tasks_done(&self, flags: Flags) -> (usize, usize) {
        if self.todo.is_empty() {
            (flags.count_of(self.done_when), self.done_when.len())
        } else {
            let done = self.todo.iter().filter(|t| flags.has_all(t.flags)).count();
            (done, self.todo.len())
        }
    }

    /// Every Fluent id the scenario names.
    pub fn text_ids(&self) -> impl Iterator<Item = &str> {
        self.text_refs.iter().map(|(id, _)| id.as_str())
    }
}

/// Reads every `scenarios/*.toml` of a lesson folder (none when the
/// folder has no `scenarios/`), by file name without `.toml`.
pub(crate) fn read_folder(dir: &Path) -> Result<BTreeMap<String, String>, Problem> {
    let folder = dir.join(SCENARIO_DIR);
    let mut found = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(found);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        if let Some(id) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) {
            found.insert(id, read_text(&path)?);
        }
    }
    Ok(found)
}

/// Reads and checks the scenario of every practice step of a lesson. A
/// step naming a scenario that does not exist is an error; a scenario file
/// no step uses is a warning.
pub(crate) fn load_for_lesson(
    dir: &Path,
    steps: &[Step],
    sources: &Sources,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Scenario> {
    let toml_path = dir.join("lesson.toml");
    let mut loaded = BTreeMap::new();
    for (i, step) in steps.iter().enumerate() {
        let Step::Practice { scenario: id } = step else {
            continue;
        };
        if loaded.contains_key(id) {
            continue;
        }
        let path = dir.join(SCENARIO_DIR).join(format!("{id}.toml"));
        match sources.scenarios.get(id) {
            Some(source) => {
                if let Some(scenario) = parse_scenario(&path, id, source, problems) {
                    loaded.insert(id.clone(), scenario);
                }
            }
            None => problems.push(
                Problem::error(
                    &toml_path,
                    format!(
                        "step {}: scenario `{id}` does not exist (expected {SCENARIO_DIR}/{id}.toml)",
                        i + 1
                    ),
                )
                .at(find_quoted(&sources.toml, id)),
            ),
        }
    }
    for id in sources.scenarios.keys() {
        let used = steps
            .iter()
            .any(|s| matches!(s, Step::Practice { scenario } if scenario == id));
        if !used {
            problems.push(Problem::warning(
                dir.join(SCENARIO_DIR).join(format!("{id}.toml")),
                "no step of the lesson uses this scenario",
            ));
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_names_the_scenario_and_round() {
        assert_eq!(qr_payload("logga-in", 3), "STEGVIS-OVNING:logga-in:3");
    }

    #[test]
    fn both_shows_the_computer_first() {
        assert_eq!(Frame::Both.devices(), &[Device::Computer, Device::Phone]);
        assert_eq!(Frame::Phone.devices(), &[Device::Phone]);
    }
}
