//! Scrolls the focused control into view, so keyboard users at 250 % text
//! never lose the focus ring below the edge of the window.

use iced::advanced::widget::Id;
use iced::advanced::widget::operation::scrollable::AbsoluteOffset;
use iced::advanced::widget::operation::{Operation, Scrollable};
use iced::{Rectangle, Vector};

/// The widget id of the focus frame around control `index`.
pub fn focus_id(index: usize) -> Id {
    Id::from(format!("stegvis-focus-{index}"))
}

/// Space kept between a revealed control and the edge of its scroll area.
const MARGIN: f32 = 16.0;

/// The widget id of a line the page asks the senior to check before
/// pressing on (who wants to log in, who gets the money): revealing a
/// control below it in the same column shows the line too, when both fit.
pub const CHECK_ID: &str = "stegvis-check";

#[derive(Debug, Clone, Copy)]
struct Area {
    ordinal: usize,
    bounds: Rectangle,
    translation: Vector,
}

/// Pass 1: find the target's bounds and the innermost scroll area around it.
struct Find {
    target: Id,
    next_ordinal: usize,
    pending: Option<Area>,
    stack: Vec<Area>,
    found: Option<(Rectangle, Area)>,
    /// Lines to check, with the ordinal of their scroll area.
    checks: Vec<(Rectangle, usize)>,
}

impl Operation for Find {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let pushed = self
            .pending
            .take()
            .map(|area| self.stack.push(area))
            .is_some();
        operate(self);
        if pushed {
            self.stack.pop();
        }
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if let (Some(id), Some(area)) = (id, self.stack.last())
            && *id == Id::new(CHECK_ID)
        {
            self.checks.push((bounds, area.ordinal));
        }
        if self.found.is_none()
            && id == Some(&self.target)
            && let Some(area) = self.stack.last()
        {
            self.found = Some((bounds, *area));
        }
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.pending = Some(Area {
            ordinal: self.next_ordinal,
            bounds,
            translation,
        });
        self.next_ordinal += 1;
    }
}

/// Pass 2: scroll the chosen area to the new offset.
struct ScrollTo {
    ordinal: usize,
    next_ordinal: usize,
    offset_y: f32,
}

impl Operation for ScrollTo {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if self.next_ordinal == self.ordinal {
            state.scroll_to(AbsoluteOffset {
                x: None,
                y: Some(self.offset_y),
            });
        }
        self.next_ordinal += 1;
    }
}

/// The new vertical offset that shows `target` inside `area`, if it must move.
pub fn offset_to_reveal(target: Rectangle, viewport: Rectangle, scrolled: f32) -> Option<f32> {
    // The margin shrinks for a target that only just fits.
    let margin = MARGIN.min(((viewport.height - target.height) / 2.0).max(0.0));
    let top = target.y - scrolled;
    let bottom = top + target.height;
    if top < viewport.y {
        Some((target.y - viewport.y - margin).max(0.0))
    } else if bottom > viewport.y + viewport.height {
        let wanted = target.y + target.height - (viewport.y + viewport.height) + margin;
        // A control taller than the area: show its top.
        Some(
            wanted
                .min((target.y - viewport.y - margin).max(0.0))
                .max(0.0),
        )
    } else {
        None
    }
}

/// Runs both passes on a widget tree through `operate`: shows control
/// `index`, with the line to check above it when both fit. Returns true if
/// it scrolled.
pub fn reveal(index: usize, operate: impl FnMut(&mut dyn Operation)) -> bool {
    reveal_id(focus_id(index), Show::Whole, operate)
}

/// How far PageUp/PageDown (`page`, a share of the window's height) and
/// the up and down arrows (`line`, logical pixels) scroll.
const SCROLL_PAGE: f32 = 0.85;
const SCROLL_LINE: f32 = 48.0;

/// How far a key scrolls the page, given the window's height; `None` for
/// keys that do not scroll.
pub fn scroll_amount(
    key: &iced::keyboard::Key,
    modifiers: iced::keyboard::Modifiers,
    height: f32,
) -> Option<f32> {
    use iced::keyboard::{Key, key::Named};
    if modifiers.command() || modifiers.alt() {
        return None;
    }
    match key.as_ref() {
        Key::Named(Named::PageDown) => Some(height * SCROLL_PAGE),
        Key::Named(Named::PageUp) => Some(-height * SCROLL_PAGE),
        Key::Named(Named::ArrowDown) => Some(SCROLL_LINE),
        Key::Named(Named::ArrowUp) => Some(-SCROLL_LINE),
        _ => None,
    }
}

/// A request to scroll things into view once the page is laid out: each
/// new `token` is carried out once, on the next event (a redraw follows
/// every update), in the order of `targets`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reveal {
    /// Changes for every new request; 0 is none.
    pub token: u64,
    /// Containers to show, and how.
    pub targets: Vec<(iced::widget::Id, Show)>,
}

impl Reveal {
    /// A new request, after this one, to show `targets`.
    pub fn next(&self, targets: Vec<(iced::widget::Id, Show)>) -> Reveal {
        Reveal {
            token: self.token + 1,
            targets,
        }
    }
}

/// What to bring into view for `target` in `area`: the target and the
/// nearest line to check above it in the same column, when the two fit in
/// the area together; else the target alone.
pub fn with_check(target: Rectangle, area: Rectangle, checks: &[Rectangle]) -> Rectangle {
    let same_column = |c: &&Rectangle| {
        c.x < target.x + target.width && target.x < c.x + c.width && c.y <= target.y
    };
    let Some(check) = checks
        .iter()
        .filter(same_column)
        .max_by(|a, b| a.y.total_cmp(&b.y))
    else {
        return target;
    };
    let both = Rectangle {
        x: target.x.min(check.x),
        y: check.y,
        width: target.width.max(check.width),
        height: target.y + target.height - check.y,
    };
    if both.height <= area.height {
        both
    } else {
        target
    }
}

/// How much of a container to bring into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// All of it if it fits (else its top), moving as little as possible.
    Whole,
    /// Its top at the top of the scroll area, unless all of it is in view.
    Top,
    /// It and the line to check above it, when the two fit together;
    /// else no move (a new screen's top stays in view).
    WithCheck,
}

/// Scrolls the innermost scroll area around the container `target` so it
/// shows as `show` says; shown whole, it comes with the line to check
/// above it when both fit ([`with_check`]). Returns true if it scrolled.
pub fn reveal_id(target: Id, show: Show, mut operate: impl FnMut(&mut dyn Operation)) -> bool {
    let mut find = Find {
        target,
        next_ordinal: 0,
        pending: None,
        stack: Vec::new(),
        found: None,
        checks: Vec::new(),
    };
    operate(&mut find);
    let Some((target, area)) = find.found else {
        return false;
    };
    let checks: Vec<Rectangle> = find
        .checks
        .iter()
        .filter(|(_, ordinal)| *ordinal == area.ordinal)
        .map(|(bounds, _)| *bounds)
        .collect();
    let both = with_check(target, area.bounds, &checks);
    let scrolled = area.translation.y;
    let offset = match show {
        Show::Whole => offset_to_reveal(both, area.bounds, scrolled),
        Show::Top => offset_to_show_top(target, area.bounds, scrolled),
        Show::WithCheck if both != target => offset_to_reveal(both, area.bounds, scrolled),
        Show::WithCheck => None,
    };
    let Some(offset_y) = offset else {
        return false;
    };
    operate(&mut ScrollTo {
        ordinal: area.ordinal,
        next_ordinal: 0,
        offset_y,
    });
    true
}

/// The new vertical offset that puts the top of `target` at the top of
/// `viewport`, unless all of `target` is in view already.
pub fn offset_to_show_top(target: Rectangle, viewport: Rectangle, scrolled: f32) -> Option<f32> {
    let top = target.y - scrolled;
    let bottom = top + target.height;
    let in_view = top >= viewport.y && bottom <= viewport.y + viewport.height;
    let wanted = (target.y - viewport.y - MARGIN).max(0.0);
    (!in_view && (wanted - scrolled).abs() > 0.5).then_some(wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(y: f32, h: f32) -> Rectangle {
        Rectangle {
            x: 0.0,
            y,
            width: 100.0,
            height: h,
        }
    }

    #[test]
    fn visible_target_does_not_move() {
        assert_eq!(
            offset_to_reveal(rect(150.0, 50.0), rect(100.0, 300.0), 0.0),
            None
        );
    }

    #[test]
    fn target_below_scrolls_down_just_enough() {
        // Viewport 100..400; target 500..560 → offset so its bottom is at 400 - margin.
        let off = offset_to_reveal(rect(500.0, 60.0), rect(100.0, 300.0), 0.0).expect("moves");
        assert!((off - (560.0 - 400.0 + MARGIN)).abs() < 1e-3);
    }

    #[test]
    fn a_target_that_only_just_fits_gets_a_thinner_margin() {
        // Viewport 100..400 (300 tall); target 500..790 (290 tall): a full
        // margin would push its top out, so it shrinks to 5 each side.
        let off = offset_to_reveal(rect(500.0, 290.0), rect(100.0, 300.0), 0.0).expect("moves");
        assert!((off - (790.0 - 400.0 + 5.0)).abs() < 1e-3, "{off}");
        let top = 500.0 - off;
        assert!(top >= 100.0 && top + 290.0 <= 400.0, "wholly in view");
        // A line and its control 300 tall together fit an area 300 tall.
        let both = with_check(rect(600.0, 50.0), rect(0.0, 300.0), &[rect(350.0, 40.0)]);
        assert_eq!(both, rect(350.0, 300.0));
    }

    #[test]
    fn a_new_screen_shows_its_top() {
        // Below the area: its top goes to the top.
        let off = offset_to_show_top(rect(500.0, 600.0), rect(100.0, 300.0), 0.0).expect("moves");
        assert!((off - (400.0 - MARGIN)).abs() < 1e-3);
        // Scrolled past its top: back up to it.
        let off = offset_to_show_top(rect(300.0, 600.0), rect(100.0, 300.0), 700.0).expect("moves");
        assert!((off - (200.0 - MARGIN)).abs() < 1e-3);
        // All of it in view: no move.
        assert_eq!(
            offset_to_show_top(rect(150.0, 100.0), rect(100.0, 300.0), 0.0),
            None
        );
    }

    #[test]
    fn a_control_is_shown_with_the_line_to_check_above_it() {
        let area = rect(0.0, 300.0);
        let button = rect(400.0, 70.0);
        // The line above the button in the same column comes along.
        let line = rect(250.0, 40.0);
        assert_eq!(with_check(button, area, &[line]), rect(250.0, 220.0));
        // The nearest line above wins; one below or in another column does not count.
        let other_column = Rectangle {
            x: 500.0,
            ..rect(300.0, 40.0)
        };
        let found = with_check(button, area, &[rect(100.0, 40.0), line, other_column]);
        assert_eq!(found, rect(250.0, 220.0));
        assert_eq!(with_check(button, area, &[rect(500.0, 40.0)]), button);
        // Too far apart to fit together: the control alone.
        assert_eq!(with_check(button, area, &[rect(50.0, 40.0)]), button);
    }

    #[test]
    fn target_above_scrolls_up() {
        let off = offset_to_reveal(rect(150.0, 50.0), rect(100.0, 300.0), 200.0).expect("moves");
        assert!((off - (50.0 - MARGIN)).abs() < 1e-3);
    }
}
