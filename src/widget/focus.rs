//! Keyboard operation: an app-level focus model.
//!
//! iced 0.14 does not put buttons in the Tab order, so every screen builds its
//! buttons through a [`Ctx`], which numbers them in the order they are built
//! (reading order) and remembers each one's message. The [`KeyScope`] widget
//! wraps the whole page and turns keys that no widget used into messages:
//! Tab/Shift+Tab move the focus, Enter/Space press the focused button, Esc
//! goes back and Ctrl + plus/minus change the text size. Because it is a
//! widget, the same code runs in the real window and in headless tests.

pub use super::reveal::{Reveal, Show};
use super::style::{self, Kind};
use crate::theme::{FOCUS_GAP, FOCUS_WIDTH, Palette};
use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::operation::focusable;
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay, renderer};
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{button, container};
use iced::{Element, Event, Length, Padding, Rectangle, Size, Vector};
use std::cell::{Cell, RefCell};

/// Line height iced gives a text by default, as a multiple of its size.
const DEFAULT_LINE_HEIGHT: f32 = 1.3;
/// Vertical padding that makes a one-line body-size button reach the minimum
/// target height.
const BUTTON_PAD_Y: f32 =
    (crate::theme::TARGET_HEIGHT - crate::theme::BODY * DEFAULT_LINE_HEIGHT) / 2.0 + 0.5;
/// The same at large text ([`Ctx::compact`], from 175 %): the target is
/// still at least 64 px tall on screen (41 logical px: 72 px at 175 %,
/// 103 px at 250 %) without taking 64 logical px, which at 250 % are
/// 160 px, a fifth of a 1280×800 screen for one row of buttons.
const COMPACT_PAD_Y: f32 = 5.0;
/// Room for the focus ring around a button, each side: the ring and the
/// gap between it and the button.
const RING_ROOM: f32 = FOCUS_WIDTH + FOCUS_GAP;
/// The same at large text: a thinner gap (the ring keeps its width).
const COMPACT_RING_ROOM: f32 = FOCUS_WIDTH + 1.0;

/// How a button's size follows the text size.
#[derive(Clone, Copy)]
enum Zoom {
    /// With the text size, saving room at large text.
    TextScale,
    /// Drawn this many times its size at 100 %, whatever the text size.
    Fixed(f32),
}

/// What a screen view needs to build focusable, styled controls.
pub struct Ctx<M> {
    /// The colours in use.
    pub palette: Palette,
    /// Large text in a small window: pages save room (less padding, a
    /// one-line header, simulated devices with thinner frames).
    pub compact: bool,
    focused: Option<usize>,
    next: Cell<usize>,
    actions: RefCell<Vec<Slot<M>>>,
    /// Controls built now are shown but cannot be pressed or reached by
    /// Tab (a practice's devices while a trap's explanation is on show).
    inactive: Cell<bool>,
}

/// A place in the Tab order: a control to press, or a text field to type in.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot<M> {
    /// A button: Enter and Space send this message.
    Press(M),
    /// An iced text field with this widget id: Tab gives it the keyboard,
    /// Enter moves on to the next control.
    Field(iced::widget::Id),
}

impl<M> Slot<M> {
    fn map<N>(self, f: impl Fn(M) -> N) -> Slot<N> {
        match self {
            Slot::Press(m) => Slot::Press(f(m)),
            Slot::Field(id) => Slot::Field(id),
        }
    }
}

impl<M: Clone + 'static> Ctx<M> {
    /// A context for one view pass; `focused` is the index of the focused control.
    pub fn new(palette: Palette, focused: Option<usize>) -> Self {
        Ctx::with_offset(palette, focused, 0)
    }

    /// Like [`Ctx::new`], numbering controls from `offset` (for a page built
    /// from several parts, each with its own message type).
    pub fn with_offset(palette: Palette, focused: Option<usize>, offset: usize) -> Self {
        Ctx {
            palette,
            compact: false,
            focused,
            next: Cell::new(offset),
            actions: RefCell::new(Vec::new()),
            inactive: Cell::new(false),
        }
    }

    /// A context for a part of the page with its own message type, numbering
    /// its controls on from this one's.
    pub fn child<N: Clone + 'static>(&self) -> Ctx<N> {
        Ctx::with_offset(self.palette, self.focused, self.next.get()).compact(self.compact)
    }

    /// The same context, saving room when `compact` (see [`Ctx::compact`]).
    pub fn compact(mut self, compact: bool) -> Self {
        self.compact = compact;
        self
    }

    /// Builds with `build`, its controls inactive when `inactive`: drawn
    /// greyed, not pressable and left out of the Tab order.
    pub fn inactive_while<R>(&self, inactive: bool, build: impl FnOnce() -> R) -> R {
        let before = self.inactive.replace(inactive);
        let built = build();
        self.inactive.set(before);
        built
    }

    /// Whether controls built now are inactive (see [`Ctx::inactive_while`]).
    pub fn is_inactive(&self) -> bool {
        self.inactive.get()
    }

    /// Takes over a child's controls, lifting their messages with `wrap`.
    pub fn adopt<N: Clone + 'static>(&self, child: Ctx<N>, wrap: impl Fn(N) -> M) {
        self.next.set(child.next.get());
        self.actions
            .borrow_mut()
            .extend(child.into_actions().into_iter().map(|s| s.map(&wrap)));
    }

    /// A big button with a text label, at least [`crate::theme::TARGET_HEIGHT`] tall.
    pub fn button<'a>(&self, label: impl Into<String>, on_press: M, kind: Kind) -> Element<'a, M> {
        let label: String = label.into();
        self.button_with(
            iced::widget::text(label)
                .size(crate::theme::BODY)
                .font(super::FONT_BOLD)
                .into(),
            on_press,
            kind,
            Length::Shrink,
        )
    }

    /// A big button around any content, registered for keyboard focus.
    pub fn button_with<'a>(
        &self,
        content: Element<'a, M>,
        on_press: M,
        kind: Kind,
        width: Length,
    ) -> Element<'a, M> {
        self.button_padded(content, on_press, kind, width, 26.0)
    }

    /// A big button whose label keeps only `side` logical pixels of room
    /// left and right, for narrow keys such as a keypad's digits; as tall
    /// as every other button.
    pub fn button_padded<'a>(
        &self,
        content: Element<'a, M>,
        on_press: M,
        kind: Kind,
        width: Length,
        side: f32,
    ) -> Element<'a, M> {
        self.framed_button(content, on_press, kind, width, side, Zoom::TextScale)
    }

    /// A button with a text label drawn `zoom` times its usual size (text,
    /// padding and focus ring), e.g. to keep a control the same size on
    /// screen at every text size (`zoom` = wanted scale / text scale).
    pub fn button_zoomed<'a>(
        &self,
        label: impl Into<String>,
        on_press: M,
        kind: Kind,
        zoom: f32,
    ) -> Element<'a, M> {
        let label: String = label.into();
        self.framed_button(
            iced::widget::text(label)
                .size(crate::theme::BODY * zoom)
                .font(super::FONT_BOLD)
                .into(),
            on_press,
            kind,
            Length::Shrink,
            26.0 * zoom,
            Zoom::Fixed(zoom),
        )
    }

    fn framed_button<'a>(
        &self,
        content: Element<'a, M>,
        on_press: M,
        kind: Kind,
        width: Length,
        side: f32,
        zoom: Zoom,
    ) -> Element<'a, M> {
        let (pad_y, ring_room, zoom) = match zoom {
            Zoom::TextScale if self.compact => (COMPACT_PAD_Y, COMPACT_RING_ROOM, 1.0),
            Zoom::TextScale => (BUTTON_PAD_Y, RING_ROOM, 1.0),
            Zoom::Fixed(zoom) => (BUTTON_PAD_Y, RING_ROOM, zoom),
        };
        let padding = Padding {
            top: pad_y * zoom,
            bottom: pad_y * zoom,
            left: side,
            right: side,
        };
        if self.inactive.get() {
            // No message: iced draws it disabled, and it takes no focus.
            let b = button(container(content).center_y(Length::Shrink))
                .padding(padding)
                .width(width)
                .style(style::button_focused(self.palette, kind, false));
            return container(b).padding(ring_room * zoom).width(width).into();
        }
        let index = self.next.get();
        self.next.set(index + 1);
        self.actions
            .borrow_mut()
            .push(Slot::Press(on_press.clone()));
        let focused = self.focused == Some(index);
        let inner = container(content)
            .center_y(Length::Shrink)
            .height(Length::Shrink);
        let b = button(inner)
            .on_press(on_press)
            .padding(padding)
            .width(width)
            .style(style::button_focused(self.palette, kind, focused));
        container(b)
            .id(super::reveal::focus_id(index))
            .padding(ring_room * zoom)
            .width(width)
            .style(style::focus_ring(self.palette, focused, FOCUS_WIDTH * zoom))
            .into()
    }

    /// A compact row of a table (one line of body text high, full width)
    /// that opens something when pressed: in the Tab order like a button,
    /// with the focus ring drawn as its own thick border so rows can sit
    /// edge to edge. `stripe` shades every other row.
    pub fn table_row<'a>(
        &self,
        content: Element<'a, M>,
        on_press: M,
        stripe: bool,
    ) -> Element<'a, M> {
        let index = self.next.get();
        self.next.set(index + 1);
        self.actions
            .borrow_mut()
            .push(Slot::Press(on_press.clone()));
        let b = button(content)
            .on_press(on_press)
            .padding(Padding {
                top: 3.0,
                bottom: 3.0,
                left: 12.0,
                right: 12.0,
            })
            .width(Length::Fill)
            .style(style::table_row(
                self.palette,
                self.focused == Some(index),
                stripe,
            ));
        container(b)
            .id(super::reveal::focus_id(index))
            .width(Length::Fill)
            .into()
    }

    /// A text field (an iced `text_input` with widget id `id`) in the Tab
    /// order, framed by the same focus ring as a button. The app's focus
    /// and the field's keyboard focus are kept together by [`KeyScope`].
    pub fn field<'a>(&self, id: iced::widget::Id, input: Element<'a, M>) -> Element<'a, M> {
        if self.inactive.get() {
            return container(input)
                .padding(FOCUS_WIDTH + FOCUS_GAP)
                .width(Length::Fill)
                .into();
        }
        let index = self.next.get();
        self.next.set(index + 1);
        self.actions.borrow_mut().push(Slot::Field(id));
        container(input)
            .id(super::reveal::focus_id(index))
            .padding(FOCUS_WIDTH + FOCUS_GAP)
            .width(Length::Fill)
            .style(style::focus_frame(
                self.palette,
                self.focused == Some(index),
            ))
            .into()
    }

    /// How many focusable controls were built so far.
    pub fn count(&self) -> usize {
        self.next.get()
    }

    /// The focusable controls and fields, in focus order.
    pub fn into_actions(self) -> Vec<Slot<M>> {
        self.actions.into_inner()
    }
}

/// The messages a [`KeyScope`] can send.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyAction<M> {
    /// Move the focus to this control (or clear it).
    Focus(Option<usize>),
    /// Press the control's message.
    Press(M),
    /// Esc: go back or close.
    Escape,
    /// Ctrl + plus (`1`) or Ctrl + minus (`-1`); Ctrl+0 resets (`0`).
    Zoom(i8),
    /// The L key: read aloud what is on screen.
    ReadAloud,
    /// F1: show the keyboard shortcuts.
    Help,
    /// A digit key (for a simulated keypad).
    Digit(u8),
    /// Backspace (erases a digit on a simulated keypad).
    Erase,
}

/// The next focus index when Tab (or Shift+Tab) is pressed among `count` controls.
pub fn next_focus(current: Option<usize>, count: usize, backwards: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, backwards) {
        (None, false) => 0,
        (None, true) => count - 1,
        (Some(i), false) => (i + 1) % count,
        (Some(i), true) => (i + count - 1) % count,
    })
}

/// Tab with nothing in focus goes to `resume`, if it is a control on the
/// page (Shift+Tab to the one before); every other action is left as it is.
fn resumed<M>(
    action: KeyAction<M>,
    focused: Option<usize>,
    resume: Option<usize>,
    actions: &[Slot<M>],
    modifiers: &keyboard::Modifiers,
) -> KeyAction<M> {
    match (&action, focused, resume) {
        (KeyAction::Focus(_), None, Some(i)) if i < actions.len() => {
            KeyAction::Focus(Some(if modifiers.shift() {
                (i + actions.len() - 1) % actions.len()
            } else {
                i
            }))
        }
        _ => action,
    }
}

/// Maps a key press to an action, given the controls in focus order.
pub fn key_action<M: Clone>(
    key: &Key,
    modifiers: keyboard::Modifiers,
    focused: Option<usize>,
    actions: &[Slot<M>],
) -> Option<KeyAction<M>> {
    let focused = focused.filter(|i| *i < actions.len());
    match key.as_ref() {
        Key::Named(Named::Tab) => Some(KeyAction::Focus(next_focus(
            focused,
            actions.len(),
            modifiers.shift(),
        ))),
        Key::Named(Named::Enter) | Key::Named(Named::Space) => {
            match focused.and_then(|i| actions.get(i))? {
                Slot::Press(m) => Some(KeyAction::Press(m.clone())),
                // A field takes Space itself; Enter there moves on.
                Slot::Field(_) => Some(KeyAction::Focus(next_focus(focused, actions.len(), false))),
            }
        }
        Key::Named(Named::Escape) => Some(KeyAction::Escape),
        Key::Named(Named::F1) => Some(KeyAction::Help),
        Key::Named(Named::Backspace) => Some(KeyAction::Erase),
        Key::Character(c) if modifiers.command() => match c {
            "+" | "=" => Some(KeyAction::Zoom(1)),
            "-" => Some(KeyAction::Zoom(-1)),
            "0" => Some(KeyAction::Zoom(0)),
            _ => None,
        },
        Key::Character(c) if !modifiers.alt() && c.eq_ignore_ascii_case("l") => {
            Some(KeyAction::ReadAloud)
        }
        Key::Character(c) if !modifiers.alt() => match c.as_bytes() {
            [d @ b'0'..=b'9'] => Some(KeyAction::Digit(d - b'0')),
            _ => None,
        },
        _ => None,
    }
}

/// The Tab-order index of the text field that has the keyboard, if any.
fn focused_field<M>(
    actions: &[Slot<M>],
    operate: &mut dyn FnMut(&mut dyn Operation),
) -> Option<usize> {
    struct Find(Option<iced::widget::Id>);
    impl Operation for Find {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn focusable(
            &mut self,
            id: Option<&iced::widget::Id>,
            _bounds: Rectangle,
            state: &mut dyn iced::advanced::widget::operation::Focusable,
        ) {
            if state.is_focused()
                && let Some(id) = id
            {
                self.0 = Some(id.clone());
            }
        }
    }
    let mut find = Find(None);
    operate(&mut find);
    let id = find.0?;
    actions
        .iter()
        .position(|s| matches!(s, Slot::Field(f) if *f == id))
}

/// Wraps a page and turns unused key presses into messages.
pub struct KeyScope<'a, M> {
    content: Element<'a, M>,
    actions: Vec<Slot<M>>,
    focused: Option<usize>,
    /// Where Tab goes while nothing has the focus (see [`KeyScope::resume`]).
    resume: Option<usize>,
    map: Box<dyn Fn(KeyAction<M>) -> M + 'a>,
    reveal: Reveal,
    /// The scroll area PageUp/PageDown and the arrow keys move.
    scroll: Option<iced::widget::Id>,
}

/// What a [`KeyScope`] remembers between frames.
#[derive(Debug, Default)]
struct ScopeState {
    revealed: u64,
    /// The last press of the left mouse button, to tell a double click.
    last_click: Option<mouse::Click>,
}

impl<'a, M: Clone + 'a> KeyScope<'a, M> {
    /// `actions` are the page's focusable controls in order; `map` turns a
    /// key action into the app's message.
    pub fn new(
        content: impl Into<Element<'a, M>>,
        actions: Vec<Slot<M>>,
        focused: Option<usize>,
        map: impl Fn(KeyAction<M>) -> M + 'a,
    ) -> Self {
        KeyScope {
            content: content.into(),
            actions,
            focused,
            resume: None,
            map: Box::new(map),
            reveal: Reveal::default(),
            scroll: None,
        }
    }

    /// PageUp/PageDown and the up and down arrows scroll the scroll area
    /// with this id (when no widget used the key).
    pub fn scroll_area(mut self, id: impl Into<iced::widget::Id>) -> Self {
        self.scroll = Some(id.into());
        self
    }

    /// While nothing has the focus, Tab goes to control `index` (and
    /// Shift+Tab to the one before it) instead of the page's first (last):
    /// a new screen in a practice shows its top, and Tab carries on there.
    pub fn resume(mut self, index: Option<usize>) -> Self {
        self.resume = index;
        self
    }

    /// Scrolls these into view once, after the page is laid out.
    pub fn reveal(mut self, reveal: Reveal) -> Self {
        self.reveal = reveal;
        self
    }
}

impl<'a, M: Clone + 'a> Widget<M, iced::Theme, iced::Renderer> for KeyScope<'a, M> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<ScopeState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(ScopeState::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let state = tree.state.downcast_mut::<ScopeState>();
        // A double (or triple) click counts as one click: its second press
        // could land on a button that appeared under the pointer after the
        // first (a new screen in a practice, the next step's answers).
        if let Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) = event
            && let Some(position) = cursor.position()
        {
            let click = mouse::Click::new(position, mouse::Button::Left, state.last_click);
            state.last_click = Some(click);
            if click.kind() != mouse::click::Kind::Single {
                shell.capture_event();
                return;
            }
        }
        if self.reveal.token != state.revealed {
            state.revealed = self.reveal.token;
            let content = &mut self.content;
            let child = &mut tree.children[0];
            let mut scrolled = false;
            for (target, show) in &self.reveal.targets {
                scrolled |= super::reveal::reveal_id(target.clone(), *show, |operation| {
                    content
                        .as_widget_mut()
                        .operate(child, layout, renderer, operation);
                });
            }
            if scrolled {
                shell.request_redraw();
            }
        }
        let has_fields = self.actions.iter().any(|s| matches!(s, Slot::Field(_)));
        let field_in_focus = self.focused.and_then(|i| match self.actions.get(i) {
            Some(Slot::Field(id)) => Some(id.clone()),
            _ => None,
        });
        {
            let content = &mut self.content;
            let child = &mut tree.children[0];
            let mut operate = |operation: &mut dyn Operation| {
                content
                    .as_widget_mut()
                    .operate(child, layout, renderer, operation);
            };
            // The app's focus decides which field has the keyboard, so a
            // key goes where the ring is even in a freshly built window.
            if let (Some(id), Event::Keyboard(keyboard::Event::KeyPressed { key, .. })) =
                (&field_in_focus, event)
            {
                if key.as_ref() == Key::Named(Named::Escape) {
                    // Esc leaves the field first; a second Esc goes back.
                    operate(&mut focusable::unfocus::<()>());
                    shell.publish((self.map)(KeyAction::Focus(None)));
                    shell.capture_event();
                    return;
                }
                if focused_field(&self.actions, &mut operate) != self.focused {
                    operate(&mut focusable::focus::<()>(id.clone()));
                }
            }
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        let content = &mut self.content;
        let child = &mut tree.children[0];
        let mut operate = |operation: &mut dyn Operation| {
            content
                .as_widget_mut()
                .operate(child, layout, renderer, operation);
        };
        // A click that gives a field the keyboard moves the app's focus
        // there; a click that takes it away clears the ring.
        if has_fields && matches!(event, Event::Mouse(mouse::Event::ButtonPressed(_))) {
            let clicked = focused_field(&self.actions, &mut operate);
            if clicked.is_some() && clicked != self.focused
                || clicked.is_none() && field_in_focus.is_some()
            {
                shell.publish((self.map)(KeyAction::Focus(clicked)));
                // Keys that follow before the page is built again go to
                // the clicked field too.
                self.focused = clicked;
            }
        }
        if shell.is_event_captured() {
            return;
        }
        if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
            && let Some(id) = &self.scroll
            && let Some(dy) = super::reveal::scroll_amount(key, *modifiers, layout.bounds().height)
        {
            operate(
                &mut iced::advanced::widget::operation::scrollable::scroll_by::<()>(
                    id.clone(),
                    iced::widget::scrollable::AbsoluteOffset { x: 0.0, y: dy },
                ),
            );
            shell.request_redraw();
            shell.capture_event();
            return;
        }
        if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
            && let Some(action) = key_action(key, *modifiers, self.focused, &self.actions)
                .map(|action| resumed(action, self.focused, self.resume, &self.actions, modifiers))
        {
            if let KeyAction::Focus(Some(index)) = action {
                // The keyboard goes to the field Tab reached, or leaves
                // the field Tab left.
                match self.actions.get(index) {
                    Some(Slot::Field(id)) => operate(&mut focusable::focus::<()>(id.clone())),
                    _ if field_in_focus.is_some() => operate(&mut focusable::unfocus::<()>()),
                    _ => {}
                }
                if super::reveal::reveal(index, &mut operate) {
                    shell.request_redraw();
                }
            }
            shell.publish((self.map)(action));
            shell.capture_event();
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: Clone + 'a> From<KeyScope<'a, M>> for Element<'a, M> {
    fn from(scope: KeyScope<'a, M>) -> Self {
        Element::new(scope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_cycles_forward_and_back() {
        assert_eq!(next_focus(None, 3, false), Some(0));
        assert_eq!(next_focus(Some(2), 3, false), Some(0));
        assert_eq!(next_focus(None, 3, true), Some(2));
        assert_eq!(next_focus(Some(0), 3, true), Some(2));
        assert_eq!(next_focus(Some(1), 0, false), None);
    }

    #[test]
    fn enter_and_space_press_the_focused_action() {
        let actions = [Slot::Press("a"), Slot::Press("b")];
        let none = keyboard::Modifiers::empty();
        assert_eq!(
            key_action(&Key::Named(Named::Enter), none, Some(1), &actions),
            Some(KeyAction::Press("b"))
        );
        assert_eq!(
            key_action(&Key::Named(Named::Space), none, Some(0), &actions),
            Some(KeyAction::Press("a"))
        );
        assert_eq!(
            key_action(&Key::Named(Named::Enter), none, None, &actions),
            None
        );
    }

    #[test]
    fn digits_and_backspace_are_for_keypads() {
        let none = keyboard::Modifiers::empty();
        assert_eq!(
            key_action::<()>(&Key::Character("7".into()), none, None, &[]),
            Some(KeyAction::Digit(7))
        );
        assert_eq!(
            key_action::<()>(&Key::Named(Named::Backspace), none, None, &[]),
            Some(KeyAction::Erase)
        );
        assert_eq!(
            key_action::<()>(&Key::Character("x".into()), none, None, &[]),
            None
        );
    }

    #[test]
    fn ctrl_plus_and_minus_zoom() {
        let ctrl = keyboard::Modifiers::CTRL;
        let plus = Key::Character("+".into());
        let minus = Key::Character("-".into());
        assert_eq!(
            key_action::<()>(&plus, ctrl, None, &[]),
            Some(KeyAction::Zoom(1))
        );
        assert_eq!(
            key_action::<()>(&minus, ctrl, None, &[]),
            Some(KeyAction::Zoom(-1))
        );
        assert_eq!(
            key_action::<()>(&plus, keyboard::Modifiers::empty(), None, &[]),
            None
        );
    }
}
