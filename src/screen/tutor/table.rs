//! The dashboard's table: one compact row per participant, those who need
//! attention first, each row a link to the participant's page.
//!
//! A row is one line of body text (about 38 px at 100 %), so a class of 15
//! fits on a 1280×800 screen (decision 75). When the page is narrow (large
//! text) a row takes two lines instead of squeezing six columns.

use super::{Message, ParticipantRow, Tutor};
use crate::fl;
use crate::theme;
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, Row, column, container, responsive, row, text};
use iced::{Element, Length, Size};
use std::cmp::Reverse;

/// Below this width (logical px) a row takes two lines.
pub const NARROW: f32 = 560.0;
/// About how wide one character of body text is (Atkinson Hyperlegible,
/// bold, 24 px), for cutting long names and titles to their column.
const CHAR_WIDTH: f32 = 12.5;
/// The columns' shares of a wide row (of 100): name, here, lesson, done,
/// wrong, help.
const PORTIONS: [u16; 6] = [22, 10, 34, 11, 8, 15];

/// Sorts rows so those who need attention come first: anyone waiting for
/// help (longest waiting first), then the others present, then those not
/// here; within each, more wrong answers first, then by name.
pub fn attention_order(rows: &mut [ParticipantRow]) {
    rows.sort_by(|a, b| {
        let key = |r: &ParticipantRow| {
            (
                r.help_since.is_none(),
                r.help_since.unwrap_or(i64::MAX),
                !r.present,
                Reverse(r.wrong),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.name.cmp(&b.name))
    });
}

/// `s` cut to at most `chars` characters, ending in "…" when cut.
pub fn fit(s: &str, chars: usize) -> String {
    if s.chars().count() <= chars {
        return s.to_owned();
    }
    let keep = chars.saturating_sub(1);
    let mut cut: String = s.chars().take(keep).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The texts of one row's cells, in column order.
struct Cells {
    name: String,
    here: (&'static str, String),
    /// The lesson's title, and where in it (kept whole when the title is cut).
    lesson: (String, String),
    done: String,
    wrong: String,
    help: Option<String>,
}

fn cells(tutor: &Tutor, row: &ParticipantRow, total: usize) -> Cells {
    let here = if tutor.whole_course {
        let sessions = tutor.course().map_or(0, |c| c.sessions.len());
        let count = tutor.data.attended.get(&row.id).copied().unwrap_or(0);
        (
            symbols::progress(count, sessions),
            fl!("dash-table-sessions", count = count, total = sessions),
        )
    } else if row.present {
        (symbols::CHECK, fl!("dash-table-here"))
    } else {
        (symbols::CIRCLE, fl!("dash-table-away"))
    };
    let lesson = match (&row.now, row.step) {
        (Some(title), Some((step, steps))) => (
            title.clone(),
            format!(" · {}", fl!("dash-table-step", step = step, steps = steps)),
        ),
        (Some(title), None) => (title.clone(), String::new()),
        (None, _) => (fl!("dash-table-nothing"), String::new()),
    };
    let help = row.help_since.map(|at| {
        let minutes = (tutor.data.now_ms.saturating_sub(at) / 60_000).max(0);
        fl!("dash-table-help", minutes = minutes)
    });
    Cells {
        name: row.name.clone(),
        here,
        lesson,
        done: fl!("dash-table-done", done = row.done, total = total),
        wrong: row.wrong.to_string(),
        help,
    }
}

/// How many characters fit in `width` logical pixels.
fn chars_in(width: f32) -> usize {
    ((width - 8.0) / CHAR_WIDTH).floor().max(3.0) as usize
}

/// The lesson cell's text for `width`: the title cut so that where in it
/// stays whole.
fn lesson_text((title, step): &(String, String), width: f32) -> String {
    let room = chars_in(width).saturating_sub(step.chars().count()).max(6);
    format!("{}{step}", fit(title, room))
}

/// A cell's text, cut to fit `width` logical pixels.
fn cell<'a>(s: &str, width: f32, bold: bool) -> Element<'a, Message> {
    let t = text(fit(s, chars_in(width)))
        .size(theme::BODY)
        .wrapping(iced::widget::text::Wrapping::None);
    if bold { t.font(w::FONT_BOLD) } else { t }.into()
}

/// Each column's width in a wide row `width` px wide.
fn widths(width: f32) -> [f32; 6] {
    let total: u16 = PORTIONS.iter().sum();
    PORTIONS.map(|p| width * f32::from(p) / f32::from(total))
}

/// A line of cells with these widths.
fn line<'a>(items: Vec<(Element<'a, Message>, f32)>) -> Element<'a, Message> {
    Row::with_children(items.into_iter().map(|(e, width)| {
        container(e)
            .width(Length::Fixed(width))
            .padding(iced::Padding {
                right: 8.0,
                ..iced::Padding::ZERO
            })
            .into()
    }))
    .into()
}

/// A symbol and a word, the word cut to fit `width`.
fn symbol_cell<'a>(
    sym: &'static str,
    word: &str,
    colour: iced::Color,
    width: f32,
) -> Element<'a, Message> {
    row![
        w::symbol::<Message>(sym, colour),
        text(fit(word, chars_in(width - 26.0)))
            .size(theme::BODY)
            .color(colour)
            .wrapping(iced::widget::text::Wrapping::None)
    ]
    .spacing(6)
    .into()
}

/// One participant's row content at `size`: one line when wide, two when narrow.
fn row_content<'a>(c: &Cells, size: Size, p: &theme::Palette) -> Element<'a, Message> {
    let width = size.width;
    if width >= NARROW {
        let [wn, wh, wl, wd, ww, whelp] = widths(width);
        let help = c
            .help
            .as_ref()
            .map(|h| symbol_cell(symbols::HAND, h, p.warm_text, whelp));
        let here = symbol_cell(c.here.0, &c.here.1, p.text, wh);
        line(vec![
            (cell(&c.name, wn, true), wn),
            (here, wh),
            (cell(&lesson_text(&c.lesson, wl), wl, false), wl),
            (cell(&c.done, wd, false), wd),
            (cell(&c.wrong, ww, false), ww),
            (help.unwrap_or_else(|| text("").into()), whelp),
        ])
    } else {
        let half = width / 2.0;
        let help = c
            .help
            .as_ref()
            .map(|h| symbol_cell(symbols::HAND, h, p.warm_text, width));
        let here = symbol_cell(c.here.0, &c.here.1, p.text, half);
        let counts = fl!(
            "dash-table-counts",
            done = c.done.clone(),
            wrong = c.wrong.clone()
        );
        let last: Element<'a, Message> = match help {
            Some(help) => line(vec![
                (cell(&counts, width * 0.65, false), width * 0.65),
                (help, width * 0.35),
            ]),
            None => cell(&counts, width, false),
        };
        column![
            line(vec![(cell(&c.name, half, true), half), (here, half)]),
            cell(&lesson_text(&c.lesson, width), width, false),
            last,
        ]
        .into()
    }
}

/// A column's name: bold, and wrapping rather than cut when narrow.
fn header_cell<'a>(s: &str) -> Element<'a, Message> {
    text(s.to_owned())
        .size(theme::BODY)
        .font(w::FONT_BOLD)
        .width(Length::Fill)
        .into()
}

/// The table's header line at `size`.
fn header<'a>(size: Size, whole_course: bool) -> Element<'a, Message> {
    let here = if whole_course {
        fl!("dash-col-sessions")
    } else {
        fl!("dash-col-here")
    };
    let names = [
        fl!("dash-col-name"),
        here,
        fl!("dash-col-lesson"),
        fl!("dash-col-done"),
        fl!("dash-col-wrong"),
        fl!("dash-col-help"),
    ];
    let width = size.width;
    if width >= NARROW {
        let cols = widths(width);
        line(
            names
                .iter()
                .zip(cols)
                .map(|(n, wd)| (header_cell(n), wd))
                .collect(),
        )
    } else {
        let half = width / 2.0;
        line(vec![
            (header_cell(&names[0]), half),
            (header_cell(&names[1]), half),
        ])
    }
}

/// The table: a header line, then one row per participant in the order of
/// `tutor.data.rows` (see [`attention_order`]), each a link to the
/// participant's page.
pub fn view<'a>(tutor: &'a Tutor, total: usize, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    let whole = tutor.whole_course;
    let mut table = Column::new().push(
        container(responsive(move |size| header(size, whole)).height(Length::Shrink))
            .padding([4, 12]),
    );
    for (i, r) in tutor.data.rows.iter().enumerate() {
        let c = cells(tutor, r, total);
        let content = responsive(move |size| row_content(&c, size, &p)).height(Length::Shrink);
        table = table.push(ctx.table_row(
            content.into(),
            Message::OpenParticipant(r.id.clone()),
            i % 2 == 0,
        ));
    }
    table.width(Length::Fill).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, present: bool, wrong: usize, help: Option<i64>) -> ParticipantRow {
        ParticipantRow {
            id: name.to_owned(),
            name: name.to_owned(),
            present,
            wrong,
            help_since: help,
            ..ParticipantRow::default()
        }
    }

    #[test]
    fn those_waiting_for_help_come_first_then_the_present_then_the_absent() {
        let mut rows = vec![
            row("Absent", false, 9, None),
            row("Calm", true, 0, None),
            row("Struggling", true, 5, None),
            row("Asked late", false, 0, Some(2_000)),
            row("Asked early", true, 0, Some(1_000)),
            row("Also calm", true, 0, None),
        ];
        attention_order(&mut rows);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Asked early",
                "Asked late",
                "Struggling",
                "Also calm",
                "Calm",
                "Absent"
            ]
        );
    }

    #[test]
    fn long_texts_are_cut_with_an_ellipsis() {
        assert_eq!(fit("Karin", 10), "Karin");
        assert_eq!(fit("Swish – betala med telefonen", 12), "Swish – bet…");
        assert_eq!(fit("ab cd", 4), "ab…");
        assert_eq!(fit("abc", 0), "…");
    }
}
