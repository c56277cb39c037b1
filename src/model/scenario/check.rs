//! Checks over a whole scenario: every goal can be reached, no screen leaves
//! the senior stuck, and every text exists in Swedish.
//!
//! The checks walk every combination of screens the senior can bring on
//! show, with the same transition rule the practice engine uses
//! ([`Scenario::effect`]), so what is checked is exactly what can happen.

use super::parse::Positions;
use super::{Action, Effect, Flags, Scenario, Shown};
use crate::model::loader::Problem;
use std::collections::{BTreeSet, HashMap, VecDeque};

/// More combinations of screens and flags than this is an error (a
/// scenario is small).
pub const MAX_STATES: usize = 20_000;

/// The screens on show and the flags set.
type State = (Shown, Flags);

/// What the walk found.
struct Walk {
    states: Vec<State>,
    /// Moves from each state (indices into `states`).
    moves: Vec<Vec<usize>>,
    /// Whether a trap can spring from each state.
    traps: Vec<bool>,
    /// Screens ever on show (trap screens included).
    seen: BTreeSet<usize>,
}

fn walk(s: &Scenario) -> Result<Walk, ()> {
    let first: State = (s.start.clone(), Flags::NONE);
    let mut w = Walk {
        states: vec![first.clone()],
        moves: vec![Vec::new()],
        traps: vec![false],
        seen: s.start.iter().copied().collect(),
    };
    let mut index: HashMap<State, usize> = HashMap::from([(first, 0)]);
    let mut queue = VecDeque::from([0]);
    while let Some(at) = queue.pop_front() {
        let (shown, flags) = w.states[at].clone();
        if s.reached_goal(&shown, flags) {
            continue;
        }
        for control in s.controls(&shown, flags) {
            let tries: &[bool] = match control.action {
                Action::CheckCode(_) | Action::CheckFilled(_) => &[false, true],
                _ => &[true],
            };
            for passed in tries {
                match s.effect(&shown, flags, control, *passed) {
                    Effect::Wrong => {}
                    Effect::Trap { shown: during, .. } => {
                        w.traps[at] = true;
                        w.seen.extend(during);
                    }
                    Effect::Move {
                        shown: next,
                        flags: next_flags,
                    } => {
                        let next = (next, next_flags);
                        let to = match index.get(&next) {
                            Some(i) => *i,
                            None => {
                                if w.states.len() >= MAX_STATES {
                                    return Err(());
                                }
                                w.seen.extend(next.0.iter().copied());
                                index.insert(next.clone(), w.states.len());
                                w.states.push(next);
                                w.moves.push(Vec::new());
                                w.traps.push(false);
                                queue.push_back(w.states.len() - 1);
                                w.states.len() - 1
                            }
                        };
                        if !w.moves[at].contains(&to) {
                            w.moves[at].push(to);
                        }
                    }
                }
            }
        }
    }
    Ok(w)
}

/// Names the screens on show, for messages: "computer `a`, phone `b`".
fn describe(s: &Scenario, shown: &[usize]) -> String {
    shown
        .iter()
        .filter_map(|i| s.screens.get(*i))
        .map(|screen| format!("{} `{}`", screen.device.as_str(), screen.id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The screen of `shown` to blame: the first that is not a goal and has no
/// control on show.
fn culprit(s: &Scenario, (shown, flags): &State) -> usize {
    shown
        .iter()
        .copied()
        .find(|i| {
            !s.goals.contains(i)
                && s.screens
                    .get(*i)
                    .is_some_and(|screen| screen.visible(*flags).all(|p| p.control().is_none()))
        })
        .or_else(|| shown.first().copied())
        .unwrap_or(0)
}

/// Goals that cannot be reached, dead ends, screens from which no goal can
/// be reached, and (as warnings) screens that can never be shown.
pub(super) fn graph(s: &Scenario, pos: &Positions) -> Vec<Problem> {
    let mut problems = Vec::new();
    let at_screen = |i: usize| pos.screens.get(i).copied();
    let Ok(w) = walk(s) else {
        return vec![
            Problem::error(
                &s.path,
                format!(
                    "the scenario has more than {MAX_STATES} combinations of screens; \
                     make it smaller"
                ),
            )
            .at(Some(pos.goals)),
        ];
    };
    let goal_states: Vec<usize> = (0..w.states.len())
        .filter(|i| s.reached_goal(&w.states[*i].0, w.states[*i].1))
        .collect();
    let mut goal_shown = false;
    for goal in &s.goals {
        if w.states.iter().any(|st| st.0.contains(goal)) {
            goal_shown = true;
        } else {
            let id = s.screens.get(*goal).map_or("", |x| x.id.as_str());
            problems.push(
                Problem::error(
                    &s.path,
                    format!("goal `{id}` cannot be reached from the start screens"),
                )
                .at(Some(pos.goals)),
            );
        }
    }

    if goal_shown && goal_states.is_empty() && !s.done_when.is_empty() {
        let names: Vec<&str> = s
            .done_when
            .indices()
            .filter_map(|i| s.flags.get(i).map(String::as_str))
            .collect();
        problems.push(
            Problem::error(
                &s.path,
                format!(
                    "a goal screen can be reached, but never with all of `done-when` set ({})",
                    names.join(", ")
                ),
            )
            .at(pos.done_when.or(Some(pos.goals))),
        );
    }

    // States that can still reach a goal: walk the moves backwards.
    let mut from_of: Vec<Vec<usize>> = vec![Vec::new(); w.states.len()];
    for (from, moves) in w.moves.iter().enumerate() {
        for to in moves {
            from_of[*to].push(from);
        }
    }
    let mut can_finish = vec![false; w.states.len()];
    let mut queue: VecDeque<usize> = goal_states.iter().copied().collect();
    for g in &goal_states {
        can_finish[*g] = true;
    }
    while let Some(to) = queue.pop_front() {
        for from in &from_of[to] {
            if !can_finish[*from] {
                can_finish[*from] = true;
                queue.push_back(*from);
            }
        }
    }
    let mut blamed = BTreeSet::new();
    for (i, state) in w.states.iter().enumerate() {
        if can_finish[i] {
            continue;
        }
        let screen = culprit(s, state);
        if !blamed.insert(screen) {
            continue;
        }
        let id = s.screens.get(screen).map_or("", |x| x.id.as_str());
        let message = if w.moves[i].is_empty() && !w.traps[i] {
            format!(
                "screen `{id}` is a dead end: nothing on show leads on and it is not a goal \
                 or a trap (on show: {})",
                describe(s, &state.0)
            )
        } else if goal_states.is_empty() {
            continue;
        } else {
            format!(
                "from screen `{id}` no goal can be reached (on show: {})",
                describe(s, &state.0)
            )
        };
        problems.push(Problem::error(&s.path, message).at(at_screen(screen)));
    }
    for (i, screen) in s.screens.iter().enumerate() {
        if !w.seen.contains(&i) {
            problems.push(
                Problem::warning(
                    &s.path,
                    format!("screen `{}` can never be shown", screen.id),
                )
                .at(at_screen(i)),
            );
        }
    }
    problems
}

/// Errors for every text the scenario names that `sv.ftl` lacks.
pub fn missing_texts(s: &Scenario, has: impl Fn(&str) -> bool) -> Vec<Problem> {
    let mut seen = BTreeSet::new();
    s.text_refs
        .iter()
        .filter(|(id, _)| !has(id) && seen.insert(id.as_str()))
        .map(|(id, at)| {
            Problem::error(&s.path, format!("text `{id}` is missing from sv.ftl")).at(Some(*at))
        })
        .collect()
}
