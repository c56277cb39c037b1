//! Home: "Vad vill du lära dig?" — topic tiles, then a topic's lessons.

use super::{Learner, Shared, status_words, topic_name};
use crate::fl;
use crate::model::progress::LessonStatus;
use crate::model::{Lesson, Topic};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length, Task};

/// What Home shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Home {
    /// The open topic, or `None` for the topic tiles.
    pub topic: Option<Topic>,
    /// Read-aloud state of the instruction.
    pub reading: super::Reading,
}

/// Home's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A topic tile was pressed.
    OpenTopic(Topic),
    /// Back to the topic tiles.
    ShowTopics,
    /// A lesson was pressed.
    OpenLesson(String),
    /// The settings button was pressed.
    OpenSettings,
    /// "Byt deltagare".
    SwitchLearner,
    /// "För handledare".
    OpenTutor,
    /// Read the instruction aloud.
    ReadAloud,
    /// Stop reading.
    StopReading,
}

/// What Home asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Open this lesson.
    OpenLesson(String),
    /// Open Settings.
    OpenSettings,
    /// Back to the start screen to change who is learning.
    SwitchLearner,
    /// Open the tutor code.
    OpenTutor,
    /// Read the instruction aloud.
    ReadAloud,
    /// Stop reading.
    StopReading,
}

/// Width of a topic tile.
const TILE_WIDTH: f32 = 330.0;

impl Home {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::OpenTopic(topic) => {
                self.topic = Some(topic);
                (Task::none(), None)
            }
            Message::ShowTopics => {
                self.topic = None;
                (Task::none(), None)
            }
            Message::OpenLesson(id) => (Task::none(), Some(Event::OpenLesson(id))),
            Message::OpenSettings => (Task::none(), Some(Event::OpenSettings)),
            Message::SwitchLearner => (Task::none(), Some(Event::SwitchLearner)),
            Message::OpenTutor => (Task::none(), Some(Event::OpenTutor)),
            Message::ReadAloud => (Task::none(), Some(Event::ReadAloud)),
            Message::StopReading => {
                self.reading = super::Reading::Idle;
                (Task::none(), Some(Event::StopReading))
            }
        }
    }

    /// Esc: from a topic back to the tiles. Returns false when there is nowhere to go back to.
    pub fn escape(&mut self) -> bool {
        self.topic.take().is_some()
    }

    /// The page. At large text ([`Ctx::compact`]) the header is one line
    /// (the heading, or the participant's greeting) and the suggestion and
    /// the topics come right under it, so the first screen shows them; the
    /// instruction, "Byt deltagare" and Inställningar follow the topics.
    pub fn view<'a>(&'a self, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let compact = ctx.compact;
        let mut page = Column::new().spacing(if compact {
            theme::SPACING * 0.375
        } else {
            theme::SPACING * 1.5
        });
        if compact {
            page = page.push(match greeting(shared) {
                // Bold body size, so a greeting with a name stays one line.
                Some(words) if shared.has_courses => text(words)
                    .size(theme::BODY)
                    .font(w::FONT_BOLD)
                    .width(Length::Fill)
                    .into(),
                _ => w::heading(fl!("home-heading")),
            });
        } else {
            if shared.has_courses {
                page = page.push(learner_bar(shared, ctx));
            }
            let top = row![
                container(w::heading(fl!("home-heading"))).width(Length::Fill),
                settings_button(ctx),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center);
            page = page.push(top);
        }

        if shared.library.lessons.is_empty() {
            if compact {
                page = page.push(settings_button(ctx));
            }
            return page.push(w::body(&fl!("home-no-lessons"))).into();
        }
        match self.topic {
            None => {
                let instruction = |page: Column<'a, Message>| {
                    let mut page = page.push(w::body(&fl!("home-intro")));
                    if shared.read_aloud {
                        page = page.push(super::read_controls(
                            self.reading,
                            ctx,
                            Message::ReadAloud,
                            Message::StopReading,
                        ));
                    }
                    page
                };
                if !compact {
                    page = instruction(page);
                }
                if let Some(lesson) = shared.suggested() {
                    page = page.push(suggestion_card(shared, ctx, lesson));
                }
                let tiles = Topic::ALL
                    .iter()
                    .filter(|t| !shared.library.by_topic(**t).is_empty())
                    .map(|topic| topic_tile(shared, ctx, *topic));
                let gap = if compact {
                    theme::SPACING * 0.5
                } else {
                    theme::SPACING
                };
                page = page.push(row(tiles).spacing(gap).wrap().vertical_spacing(gap));
                if compact {
                    page = instruction(page);
                }
            }
            Some(topic) => {
                page = page.push(ctx.button(
                    format!("{} {}", symbols::BACK, fl!("button-back-to-topics")),
                    Message::ShowTopics,
                    Kind::Secondary,
                ));
                page = page.push(w::subheading(fl!(
                    "topic-lessons-heading",
                    topic = topic_name(topic)
                )));
                let suggested = shared.suggested_in(topic).map(|l| l.id.clone());
                let lessons = shared.library.by_topic(topic);
                if lessons.is_empty() {
                    page = page.push(w::body(&fl!("topic-empty")));
                }
                for lesson in lessons {
                    let is_suggested = suggested.as_deref() == Some(lesson.id.as_str());
                    page = page.push(lesson_row(shared, ctx, lesson, is_suggested));
                }
            }
        }
        if compact {
            // The header's buttons, after what the senior came for.
            if shared.has_courses {
                page = page.push(learner_bar(shared, ctx));
            }
            page = page.push(settings_button(ctx));
        }
        let broken = shared.library.broken_files();
        if !shared.has_courses && self.topic.is_none() {
            // The way into the tutor area, last in reading order so a senior
            // meets the lessons first.
            page =
                page.push(ctx.button(fl!("home-for-tutors"), Message::OpenTutor, Kind::Secondary));
        }
        if !broken.is_empty() {
            // Named so staff know where to look; at most a few.
            const NAMED: usize = 3;
            let mut files = broken.iter().take(NAMED).cloned().collect::<Vec<_>>();
            if broken.len() > NAMED {
                files.push("…".to_owned());
            }
            let message = fl!(
                "home-broken-lessons",
                count = broken.len(),
                files = files.join(", ")
            );
            page = page.push(
                container(text(message).size(theme::BODY))
                    .padding(16)
                    .width(Length::Fill)
                    .style(style::notice(p)),
            );
        }
        page.into()
    }
}

/// "Inställningar".
fn settings_button<'a>(ctx: &Ctx<Message>) -> Element<'a, Message> {
    ctx.button(
        fl!("button-settings"),
        Message::OpenSettings,
        Kind::Secondary,
    )
}

fn topic_tile<'a>(shared: &'a Shared, ctx: &Ctx<Message>, topic: Topic) -> Element<'a, Message> {
    let p = ctx.palette;
    let (done, total) = shared.topic_counts(topic);
    let symbol = |s: &'static str| -> Element<'a, Message> {
        w::symbol::<Message>(s, p.primary)
            .size(theme::HEADING * 1.2)
            .into()
    };
    let icon = match topic {
        Topic::Basics => symbol(symbols::KEYBOARD),
        Topic::Email => symbol(symbols::LETTER),
        Topic::Bankid => w::phone_icon(p.primary, theme::HEADING * 1.3),
        Topic::Eservices => symbol(symbols::HOUSE),
        Topic::Safety => symbol(symbols::WARNING),
    };
    let progress_text = fl!("topic-progress", done = done, total = total);
    let progress: Element<'a, Message> = if done == total && total > 0 {
        w::status_line(symbols::CHECK, progress_text, p.done)
    } else {
        text(progress_text)
            .size(theme::BODY)
            .color(p.text_soft)
            .into()
    };
    let content = row![
        icon,
        column![
            text(topic_name(topic))
                .size(theme::SUBHEADING)
                .font(w::FONT_BOLD),
            progress
        ]
        .spacing(if ctx.compact { 0 } else { 6 })
        .width(Length::Fill),
    ]
    .spacing(18)
    .align_y(Alignment::Center);
    ctx.button_with(
        container(content)
            .padding([if ctx.compact { 0 } else { 8 }, 0])
            .into(),
        Message::OpenTopic(topic),
        Kind::Tile,
        // At large text one tile fills a line, like the suggestion above.
        if ctx.compact {
            Length::Fill
        } else {
            Length::Fixed(TILE_WIDTH)
        },
    )
}

fn suggestion_card<'a>(
    shared: &'a Shared,
    ctx: &Ctx<Message>,
    lesson: &'a Lesson,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let lang = shared.lang.code();
    let (label, action) = match shared.status(&lesson.id) {
        LessonStatus::Started { .. } => (fl!("home-continue"), fl!("lesson-continue")),
        _ => (fl!("lesson-suggested"), fl!("lesson-start")),
    };
    if ctx.compact {
        // At large text: what to do and the lesson's title, no more, so a
        // topic fits on the first screen under it.
        let content = row![
            w::symbol::<Message>(symbols::STAR, p.primary).size(theme::SUBHEADING),
            text(format!("{action} {} {}", symbols::NEXT, lesson.title(lang)))
                .size(theme::SUBHEADING)
                .color(p.primary)
                .font(w::FONT_BOLD)
                .width(Length::Fill),
        ]
        .spacing(10);
        return ctx.button_with(
            content.into(),
            Message::OpenLesson(lesson.id.clone()),
            Kind::TileSelected,
            Length::Fill,
        );
    }
    let content = column![
        row![
            w::symbol::<Message>(symbols::STAR, p.primary),
            text(label)
                .size(theme::BODY)
                .color(p.primary)
                .font(w::FONT_BOLD)
        ]
        .spacing(10),
        text(lesson.title(lang))
            .size(theme::SUBHEADING)
            .font(w::FONT_BOLD),
        row![
            text(fl!("lesson-minutes", minutes = lesson.minutes))
                .size(theme::BODY)
                .color(p.text_soft)
                .width(Length::Fill),
            container(
                text(format!("{action} {}", symbols::NEXT))
                    .size(theme::BODY)
                    .font(w::FONT_BOLD)
                    .color(p.on_primary)
            )
            .padding([16, 26])
            .style(move |_| container::Style {
                background: Some(p.primary.into()),
                border: iced::Border {
                    radius: 8.0.into(),
                    ..iced::Border::default()
                },
                ..container::Style::default()
            }),
        ]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .wrap(),
    ]
    .spacing(8);
    ctx.button_with(
        content.into(),
        Message::OpenLesson(lesson.id.clone()),
        Kind::TileSelected,
        Length::Fill,
    )
}

fn lesson_row<'a>(
    shared: &'a Shared,
    ctx: &Ctx<Message>,
    lesson: &'a Lesson,
    suggested: bool,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let lang = shared.lang.code();
    let status = shared.status(&lesson.id);
    let (sym, word) = status_words(status);
    let colour = if status == LessonStatus::Done {
        p.done
    } else {
        p.text_soft
    };
    let mut content = Column::new().spacing(6);
    if suggested {
        content = content.push(
            row![
                w::symbol::<Message>(symbols::STAR, p.primary),
                text(fl!("lesson-suggested"))
                    .size(theme::BODY)
                    .color(p.primary)
                    .font(w::FONT_BOLD)
            ]
            .spacing(10),
        );
    }
    content = content
        .push(
            text(lesson.title(lang))
                .size(theme::SUBHEADING)
                .font(w::FONT_BOLD),
        )
        .push(
            row![
                w::status_line(sym, word, colour),
                text(fl!("lesson-minutes", minutes = lesson.minutes))
                    .size(theme::BODY)
                    .color(p.text_soft),
            ]
            .spacing(theme::SPACING * 2.0)
            .wrap(),
        );
    ctx.button_with(
        content.into(),
        Message::OpenLesson(lesson.id.clone()),
        if suggested {
            Kind::TileSelected
        } else {
            Kind::Tile
        },
        Length::Fill,
    )
}

/// Who is learning: "Välkommen tillbaka, Karin!" or the guest notice, with
/// "Byt deltagare".
fn learner_bar<'a>(shared: &Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    let mut left = Column::new().spacing(4).width(Length::Fill);
    // At large text the greeting is the page's heading instead.
    if let Some(greeting) = greeting(shared).filter(|_| !ctx.compact) {
        left = left.push(text(greeting).size(theme::SUBHEADING).font(w::FONT_BOLD));
    }
    if let Some((number, total)) = shared.session
        && shared.learner != Learner::Own
    {
        left = left.push(w::soft::<Message>(
            &p,
            fl!("session-today", number = number, total = total),
        ));
    }
    let button = ctx.button(
        fl!("switch-participant"),
        Message::SwitchLearner,
        Kind::Secondary,
    );
    row![left, button]
        .spacing(theme::SPACING)
        .align_y(Alignment::Center)
        .into()
}

/// "Välkommen tillbaka, Karin!" or the guest notice; none on one's own PC.
fn greeting(shared: &Shared) -> Option<String> {
    match &shared.learner {
        Learner::Participant { name, .. } if shared.events.is_empty() => {
            Some(fl!("welcome-first", name = name.clone()))
        }
        Learner::Participant { name, .. } => Some(fl!("welcome-back", name = name.clone())),
        Learner::Guest => Some(fl!("guest-banner")),
        Learner::Own => None,
    }
}
