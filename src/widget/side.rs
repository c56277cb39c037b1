//! Things laid side by side while the window is wide enough, else one under
//! the other: a practice's computer and phone, a screen's buttons.
//!
//! Each item has a narrowest and a widest width (logical pixels). The items
//! go into lines left to right as long as their narrowest widths fit; the
//! room left on a line is shared out up to each item's widest. The decision
//! is made at layout time from the width the page really has, and since
//! logical pixels are the window's pixels divided by the text scale, the
//! breakpoint follows the text size: a 1280 px window holds computer and
//! phone side by side at 100 % and 175 %, one under the other at 250 %
//! (512 logical px).

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Shell, Widget, mouse, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Size, Vector};

/// The narrowest and widest an item may be drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Narrowest beside other items.
    pub min: f32,
    /// Widest.
    pub max: f32,
}

/// Where each item goes: its line (0 first) and its width.
pub fn arrange(available: f32, spans: &[Span], spacing: f32) -> Vec<(usize, f32)> {
    // Greedy lines by the narrowest widths.
    let mut lines: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    for (i, span) in spans.iter().enumerate() {
        if i > start && used + spacing + span.min > available {
            lines.push(start..i);
            start = i;
            used = span.min;
        } else {
            used += if i > start { spacing } else { 0.0 } + span.min;
        }
    }
    if start < spans.len() {
        lines.push(start..spans.len());
    }
    let mut placed = Vec::with_capacity(spans.len());
    for (number, line) in lines.into_iter().enumerate() {
        let items = &spans[line];
        let gaps = spacing * items.len().saturating_sub(1) as f32;
        let least: f32 = items.iter().map(|s| s.min).sum();
        // How much each may grow (an unbounded item as much as the page).
        let room = |s: &Span| (s.max - s.min).clamp(0.0, available.max(0.0));
        let growth: f32 = items.iter().map(room).sum();
        let spare = (available - gaps - least).max(0.0);
        for span in items {
            let width = if items.len() == 1 {
                // Alone on its line: as wide as allowed, never wider than the page.
                span.max.min(available).max(0.0)
            } else if growth > 0.0 {
                let share = room(span) / growth;
                (span.min + spare * share).min(span.max)
            } else {
                span.min
            };
            placed.push((number, width));
        }
    }
    placed
}

/// Items side by side while they fit (see the module's notes).
pub struct Side<'a, M> {
    items: Vec<Element<'a, M>>,
    spans: Vec<Span>,
    spacing: f32,
}

impl<'a, M: 'a> Side<'a, M> {
    /// No items yet; `spacing` between items and between lines.
    pub fn new(spacing: f32) -> Self {
        Side {
            items: Vec::new(),
            spans: Vec::new(),
            spacing,
        }
    }

    /// Adds an item drawn between `min` and `max` logical pixels wide.
    pub fn push(mut self, item: impl Into<Element<'a, M>>, min: f32, max: f32) -> Self {
        self.items.push(item.into());
        self.spans.push(Span { min, max });
        self
    }
}

impl<M> Widget<M, iced::Theme, iced::Renderer> for Side<'_, M> {
    fn children(&self) -> Vec<Tree> {
        self.items.iter().map(Tree::new).collect()
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(&self.items);
    }

    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let available = limits.max().width;
        let placed = arrange(available, &self.spans, self.spacing);
        let mut nodes = Vec::with_capacity(self.items.len());
        let (mut line, mut x, mut y, mut line_height) = (0, 0.0, 0.0, 0.0_f32);
        for ((item, state), (number, width)) in
            self.items.iter_mut().zip(&mut tree.children).zip(placed)
        {
            if number != line {
                line = number;
                x = 0.0;
                y += line_height + self.spacing;
                line_height = 0.0;
            }
            let item_limits =
                layout::Limits::new(Size::new(width, 0.0), Size::new(width, f32::INFINITY));
            let node = item
                .as_widget_mut()
                .layout(state, renderer, &item_limits)
                .move_to((x, y));
            line_height = line_height.max(node.size().height);
            x += width + self.spacing;
            nodes.push(node);
        }
        let height = if nodes.is_empty() {
            0.0
        } else {
            y + line_height
        };
        layout::Node::with_children(Size::new(available, height), nodes)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        operation.container(None, layout.bounds());
        operation.traverse(&mut |operation| {
            for ((item, state), layout) in self
                .items
                .iter_mut()
                .zip(&mut tree.children)
                .zip(layout.children())
            {
                item.as_widget_mut()
                    .operate(state, layout, renderer, operation);
            }
        });
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
        for ((item, state), layout) in self
            .items
            .iter_mut()
            .zip(&mut tree.children)
            .zip(layout.children())
        {
            item.as_widget_mut().update(
                state, event, layout, cursor, renderer, clipboard, shell, viewport,
            );
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
        self.items
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .map(|((item, state), layout)| {
                item.as_widget()
                    .mouse_interaction(state, layout, cursor, viewport, renderer)
            })
            .max()
            .unwrap_or_default()
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
        for ((item, state), layout) in self
            .items
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .filter(|(_, layout)| layout.bounds().intersects(viewport))
        {
            item.as_widget()
                .draw(state, renderer, theme, style, layout, cursor, viewport);
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        overlay::from_children(
            &mut self.items,
            tree,
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: 'a> From<Side<'a, M>> for Element<'a, M> {
    fn from(side: Side<'a, M>) -> Self {
        Element::new(side)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEVICES: [Span; 3] = [
        Span {
            min: 380.0,
            max: 560.0,
        },
        Span {
            min: 300.0,
            max: 380.0,
        },
        Span {
            min: 200.0,
            max: 300.0,
        },
    ];

    #[test]
    fn wide_enough_all_on_one_line_sharing_the_room() {
        let placed = arrange(1200.0, &DEVICES, 24.0);
        assert!(placed.iter().all(|(line, _)| *line == 0), "{placed:?}");
        let total: f32 = placed.iter().map(|(_, w)| w).sum::<f32>() + 48.0;
        assert!(total <= 1200.0 + 0.01, "{placed:?}");
        for ((_, w), span) in placed.iter().zip(DEVICES) {
            assert!(*w >= span.min && *w <= span.max, "{placed:?}");
        }
    }

    #[test]
    fn narrower_the_last_item_goes_under() {
        let placed = arrange(750.0, &DEVICES, 24.0);
        let lines: Vec<usize> = placed.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [0, 0, 1]);
        // Alone on its line, the desk is as wide as it may be.
        assert!((placed[2].1 - 300.0).abs() < 0.01);
    }

    #[test]
    fn items_without_a_widest_share_the_line() {
        let open = Span {
            min: 150.0,
            max: f32::INFINITY,
        };
        let placed = arrange(400.0, &[open, open], 10.0);
        assert_eq!(placed, [(0, 195.0), (0, 195.0)]);
        let alone = arrange(250.0, &[open, open], 10.0);
        assert_eq!(alone, [(0, 250.0), (1, 250.0)]);
    }

    #[test]
    fn narrow_one_under_the_other_never_wider_than_the_page() {
        let placed = arrange(470.0, &DEVICES, 16.0);
        let lines: Vec<usize> = placed.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [0, 1, 2]);
        assert!((placed[0].1 - 470.0).abs() < 0.01);
        assert!((placed[1].1 - 380.0).abs() < 0.01);
        let tiny = arrange(250.0, &DEVICES, 16.0);
        assert!(tiny.iter().all(|(_, w)| *w <= 250.0), "{tiny:?}");
    }
}
