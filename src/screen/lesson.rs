//! The lesson player: one step at a time, Back bottom-left, Next bottom-right.

pub use super::Reading;
use super::Shared;
use crate::fl;
use crate::model::practice::{Feedback, Input, Outcome, Practice, Summary};
use crate::model::scenario::Scenario;
use crate::model::{Lesson, Step};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, image, row, space, text};
use iced::{Alignment, Element, Length, Task};
use std::collections::BTreeMap;

/// The id of the scrolling area, so new feedback can be scrolled into view.
pub const SCROLL_ID: &str = "lesson-scroll";
/// The widget id of a read step's picture (in its frame).
pub const IMAGE_ID: &str = "lesson-step-image";
/// The tallest a read step's picture is drawn (with its frame), in logical
/// pixels at normal text size.
pub const IMAGE_HEIGHT: f32 = 300.0;
/// The widget id of a question's text.
pub const QUESTION_ID: &str = "lesson-question";
/// The widget id of the feedback box after an answer.
pub const FEEDBACK_ID: &str = "lesson-answer-feedback";
/// Widget id of the answer chosen and its feedback under it, at large text.
pub const ANSWERED_ID: &str = "lesson-answered";

/// A lesson in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonPlayer {
    /// The lesson's id.
    pub lesson_id: String,
    /// The current step (0-based).
    pub step: usize,
    /// The answer last chosen on the current step, if any.
    pub chosen: Option<usize>,
    /// Read-aloud state of what is on screen.
    pub reading: Reading,
    /// Each practice the learner has pressed something in, by step, kept
    /// while the lesson is open: going back to a practice resumes it.
    practices: BTreeMap<usize, Practice>,
}

/// The lesson player's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Previous step (or leave, on the first step).
    Back,
    /// Next step (or finish, on the last).
    Next,
    /// An answer was chosen.
    Choose(usize),
    /// Leave the lesson; the place is kept.
    Leave,
    /// "Jag vill ha hjälp".
    AskHelp,
    /// "Jag behöver ingen hjälp längre".
    CancelHelp,
    /// "Läs upp" (or the L key): read what is on screen.
    ReadAloud,
    /// Stop reading.
    StopReading,
    /// A press in the practice on this step.
    Practice(Input),
}

/// What the player reports to the app (which saves it).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A step was shown.
    StepReached(usize),
    /// An answer was given.
    Answered {
        /// The step.
        step: usize,
        /// The answer index.
        answer: usize,
        /// Whether it was right.
        correct: bool,
    },
    /// The last step was passed.
    Finished,
    /// The learner left mid-lesson.
    Left,
    /// The learner asked for help on this step.
    AskHelp(usize),
    /// The learner no longer needs help.
    CancelHelp,
    /// Read these Fluent messages aloud, in order.
    Read(Vec<String>),
    /// Stop reading.
    StopReading,
    /// A practice round ended: its goal was reached, or the learner left
    /// the step after trying.
    Practiced(Summary),
}

impl LessonPlayer {
    /// Opens `lesson_id` at `step`.
    pub fn new(lesson_id: impl Into<String>, step: usize) -> Self {
        LessonPlayer {
            lesson_id: lesson_id.into(),
            step,
            chosen: None,
            reading: Reading::Idle,
            practices: BTreeMap::new(),
        }
    }

    /// The practice on the current step, once the learner has pressed
    /// something in it (this time the lesson is open).
    pub fn practice(&self) -> Option<&Practice> {
        self.practices.get(&self.step)
    }

    /// The practice on the current step and its state (fresh if nothing
    /// was pressed yet), when the step is a practice.
    pub fn practice_on<'l>(&self, lesson: &'l Lesson) -> Option<(&'l Scenario, Practice)> {
        let Some(Step::Practice { scenario }) = lesson.steps.get(self.step) else {
            return None;
        };
        let scenario = lesson.scenario(scenario)?;
        let state = match self.practice() {
            Some(p) if p.scenario == scenario.id => p.clone(),
            _ => Practice::new(scenario),
        };
        Some((scenario, state))
    }

    /// Leaves the current step. Its practice is kept as it is, for when
    /// the learner comes back.
    fn leave_step(&mut self) {
        self.chosen = None;
        self.reading = Reading::Idle;
    }

    /// Leaves the lesson: every practice that was tried and not finished
    /// ends its round now and is reported, so tutors see the traps even
    /// when the learner moved on. (A finished one was reported at its goal.)
    fn leave_lesson(&mut self) -> Vec<Event> {
        self.leave_step();
        std::mem::take(&mut self.practices)
            .into_values()
            .filter(|p| p.touched() && !p.done)
            .map(|p| Event::Practiced(p.summary()))
            .collect()
    }

    /// The messages that "Läs upp" reads for what is on screen: the step's
    /// text; for a question, the question and its answers, or once answered,
    /// the feedback (and the hint after a wrong answer).
    pub fn narration(&self, lesson: &Lesson) -> Vec<String> {
        match lesson.steps.get(self.step) {
            Some(Step::Read { text, .. }) => vec![text.clone()],
            Some(Step::Choice {
                text,
                hint,
                answers,
            }) => match self.chosen.and_then(|i| answers.get(i)) {
                Some(answer) if answer.correct => vec![answer.feedback.clone()],
                Some(answer) => vec![answer.feedback.clone(), hint.clone()],
                None => std::iter::once(text.clone())
                    .chain(answers.iter().map(|a| a.text.clone()))
                    .collect(),
            },
            Some(Step::Practice { .. }) => match self.practice_on(lesson) {
                Some((scenario, p)) => match &p.feedback {
                    Feedback::Trap(t) => scenario
                        .traps
                        .get(*t)
                        .map(|t| vec![t.title.clone(), t.explain.clone()])
                        .unwrap_or_default(),
                    Feedback::Hint(Some(h)) => vec![h.clone()],
                    Feedback::Done => vec![scenario.end.clone()],
                    // The task, then what is left of its to-do list.
                    _ => std::iter::once(scenario.task.clone())
                        .chain(
                            scenario
                                .todo
                                .iter()
                                .filter(|todo| !p.flags.has_all(todo.flags))
                                .map(|todo| todo.text.clone()),
                        )
                        .collect(),
                },
                None => Vec::new(),
            },
            None => Vec::new(),
        }
    }

    /// Handles a message; `lesson` is the lesson being played.
    pub fn update(&mut self, message: Message, lesson: &Lesson) -> (Task<Message>, Vec<Event>) {
        let count = lesson.steps.len();
        let one = |e: Event| vec![e];
        match message {
            Message::AskHelp => (Task::none(), one(Event::AskHelp(self.step))),
            Message::ReadAloud => (Task::none(), one(Event::Read(self.narration(lesson)))),
            Message::StopReading => {
                self.reading = Reading::Idle;
                (Task::none(), one(Event::StopReading))
            }
            Message::CancelHelp => (Task::none(), one(Event::CancelHelp)),
            Message::Back if self.step == 0 => {
                let mut events = self.leave_lesson();
                events.push(Event::Left);
                (Task::none(), events)
            }
            Message::Back => {
                self.leave_step();
                self.step -= 1;
                (Self::scroll_top(), one(Event::StepReached(self.step)))
            }
            Message::Next if self.step + 1 >= count => {
                let mut events = self.leave_lesson();
                events.push(Event::Finished);
                (Task::none(), events)
            }
            Message::Next => {
                self.leave_step();
                self.step += 1;
                (Self::scroll_top(), one(Event::StepReached(self.step)))
            }
            Message::Choose(answer) => {
                let Some(Step::Choice { answers, .. }) = lesson.steps.get(self.step) else {
                    return (Task::none(), Vec::new());
                };
                let Some(picked) = answers.get(answer) else {
                    return (Task::none(), Vec::new());
                };
                self.chosen = Some(answer);
                self.reading = Reading::Idle;
                let event = Event::Answered {
                    step: self.step,
                    answer,
                    correct: picked.correct,
                };
                // The app scrolls the feedback into view ([`FEEDBACK_ID`]).
                (Task::none(), one(event))
            }
            Message::Practice(input) => {
                let Some((scenario, mut practice)) = self.practice_on(lesson) else {
                    return (Task::none(), Vec::new());
                };
                let retry = matches!(input, crate::model::practice::Input::TryAgain);
                let outcome = practice.press(scenario, input);
                let summary = practice.summary();
                self.practices.insert(self.step, practice);
                if outcome != Outcome::Typed {
                    self.reading = Reading::Idle;
                }
                // The app scrolls the hint, trap or goal box into view.
                match outcome {
                    Outcome::Goal => (Task::none(), one(Event::Practiced(summary))),
                    // "Försök igen" closes the box above the devices: back
                    // to the top, where the task and the devices now are.
                    Outcome::Moved if retry => (Self::scroll_top(), Vec::new()),
                    _ => (Task::none(), Vec::new()),
                }
            }
            Message::Leave => {
                let mut events = self.leave_lesson();
                events.push(Event::Left);
                (Task::none(), events)
            }
        }
    }

    fn scroll_top() -> Task<Message> {
        iced::widget::operation::snap_to(SCROLL_ID, iced::widget::scrollable::RelativeOffset::START)
    }

    /// The page.
    pub fn view<'a>(
        &'a self,
        shared: &'a Shared,
        lesson: &'a Lesson,
        ctx: &Ctx<Message>,
    ) -> Element<'a, Message> {
        let p = ctx.palette;
        let lang = shared.lang.code();
        let total = lesson.steps.len();
        let current = (self.step + 1).min(total);

        let is_practice = matches!(lesson.steps.get(self.step), Some(Step::Practice { .. }));
        let step_of = fl!("step-of", current = current, total = total);
        let leave = ctx.button(fl!("nav-leave"), Message::Leave, Kind::Secondary);
        // Beside Leave at large text, a long word may have to break.
        let title = text(lesson.title(lang))
            .size(theme::SUBHEADING)
            .font(w::FONT_BOLD)
            .color(p.text_soft)
            .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
            .width(Length::Fill);

        // Body of the step, under the lesson's title.
        let mut body = Column::new()
            .spacing(if ctx.compact {
                theme::SPACING
            } else {
                theme::SPACING * 1.5
            })
            .width(Length::Fill);
        let top = if ctx.compact {
            // Large text: the fixed header is one wrapping line (with the
            // practice banner on a practice step) and a thin bar, and Leave
            // goes to the top of the page, so the step keeps the room.
            let step_line = compact_step_line(&p, step_of, current, total);
            let practice = self.practice_on(lesson);
            let top: Element<'a, Message> = match &practice {
                // In a practice the fixed strip is only the banner (and the
                // note on the desk): "Steg 3 av 8" scrolls away with the
                // step, so the devices keep the room.
                // "Steg 3 av 8" and the lesson's title (body size) share one
                // row with Leave, so the practice's task starts higher up.
                Some((scenario, state)) => {
                    let small_title = text(lesson.title(lang))
                        .size(theme::BODY)
                        .color(p.text_soft)
                        .wrapping(iced::widget::text::Wrapping::WordOrGlyph);
                    body = body.push(
                        row![
                            column![step_line, small_title]
                                .spacing(2)
                                .width(Length::Fill),
                            leave
                        ]
                        .spacing(theme::SPACING)
                        .align_y(Alignment::Center),
                    );
                    container(super::practice::pinned(lesson, lang, scenario, state, ctx))
                        .padding([2.0, 8.0])
                        .width(Length::Fill)
                        .into()
                }
                None => {
                    body = body.push(
                        row![title, leave]
                            .spacing(theme::SPACING)
                            .align_y(Alignment::Center),
                    );
                    container(step_line)
                        .padding([2.0, 8.0])
                        .width(Length::Fill)
                        .into()
                }
            };
            top
        } else {
            // Header: "Steg 3 av 8" and the bar, Leave at the right; kept to
            // one row, with the practice banner under it.
            body = body.push(title);
            let header = row![
                container(w::step_progress(&p, step_of, current, total)).width(Length::Fill),
                leave
            ]
            .spacing(theme::SPACING * 1.5)
            .align_y(Alignment::Center);
            let mut top = Column::new().spacing(4).push(header);
            if let Some((scenario, state)) = self.practice_on(lesson) {
                top = top.push(super::practice::pinned(lesson, lang, scenario, &state, ctx));
            }
            container(top).padding([4.0, theme::PAGE_PADDING]).into()
        };
        // Läs upp, and help (for course participants: a tutor's dashboard
        // shows it). At normal sizes they come before the step; at large
        // text, right after the step's first text, so that text is on the
        // first screen (after a practice, at the end). They are made where
        // they are placed, as the Tab order follows the order buttons are
        // made in.
        let make_controls = || {
            let mut controls = Column::new().spacing(theme::SPACING);
            if shared.read_aloud {
                controls = controls.push(super::read_controls(
                    self.reading,
                    ctx,
                    Message::ReadAloud,
                    Message::StopReading,
                ));
            }
            if shared.learner.participant_id().is_some() {
                controls = controls.push(help_box(shared, ctx));
            }
            controls
        };
        let mut controls_pending = ctx.compact;
        if !controls_pending {
            body = body.push(make_controls());
        }
        match lesson.steps.get(self.step) {
            Some(Step::Read {
                text: id,
                image: img,
                alt,
            }) => {
                body = body.push(w::body(&lesson.text(lang, id)));
                if std::mem::take(&mut controls_pending) {
                    body = body.push(make_controls());
                }
                if let Some(rel) = img {
                    let alt_text = alt
                        .as_deref()
                        .map(|a| lesson.text(lang, a))
                        .unwrap_or_default();
                    // Low enough that the whole picture shows under the
                    // step's text in a 1280×800 window.
                    let most = if ctx.compact { 200.0 } else { IMAGE_HEIGHT };
                    body = body.push(
                        column![
                            container(
                                image(lesson.image_path(rel))
                                    .width(Length::Fill)
                                    .content_fit(iced::ContentFit::ScaleDown)
                            )
                            .id(IMAGE_ID)
                            .max_width(720)
                            .max_height(most)
                            .padding(8)
                            .style(style::card(p)),
                            text(alt_text).size(theme::BODY * 0.85).color(p.text_soft),
                        ]
                        .spacing(6),
                    );
                }
            }
            Some(Step::Choice {
                text: id,
                hint,
                answers,
            }) => {
                body = body.push(container(w::body(&lesson.text(lang, id))).id(QUESTION_ID));
                if std::mem::take(&mut controls_pending) {
                    body = body.push(make_controls());
                }
                body = body.push(
                    text(fl!("choice-prompt"))
                        .size(theme::BODY)
                        .color(p.text_soft),
                );
                // The feedback on the answer chosen: at large text right
                // under it, the two scrolled into view together
                // ([`ANSWERED_ID`]); else under all the answers.
                let mut answered = self
                    .chosen
                    .and_then(|i| answers.get(i))
                    .map(|a| feedback(shared, lesson, ctx, a.correct, &a.feedback, hint));
                for (i, answer) in answers.iter().enumerate() {
                    let chosen = self.chosen == Some(i);
                    let (kind, mark) = match (chosen, answer.correct) {
                        (true, true) => (Kind::AnswerRight, Some((symbols::CHECK, p.done))),
                        (true, false) => (Kind::AnswerWrong, Some((symbols::CROSS, p.wrong_text))),
                        _ => (Kind::Tile, None),
                    };
                    let mut label = row![].spacing(14).align_y(Alignment::Center);
                    if let Some((sym, colour)) = mark {
                        label = label.push(w::symbol::<Message>(sym, colour));
                    }
                    label = label.push(
                        text(lesson.text(lang, &answer.text))
                            .size(theme::BODY)
                            .width(Length::Fill),
                    );
                    let tile =
                        ctx.button_with(label.into(), Message::Choose(i), kind, Length::Fill);
                    body = body.push(match answered.take_if(|_| ctx.compact && chosen) {
                        Some(under) => container(column![tile, under].spacing(theme::SPACING))
                            .id(ANSWERED_ID)
                            .into(),
                        None => tile,
                    });
                }
                if let Some(under_all) = answered {
                    body = body.push(under_all);
                }
            }
            Some(Step::Practice { .. }) => {
                if let Some((scenario, practice)) = self.practice_on(lesson) {
                    body = body.push(super::practice::view(
                        lesson, lang, scenario, &practice, ctx,
                    ));
                }
            }
            None => {}
        }
        if controls_pending {
            body = body.push(make_controls());
        }

        // Bottom bar: Back left, Next right, always in the same place.
        let is_last = self.step + 1 >= total;
        let back = ctx.button(
            format!("{} {}", symbols::BACK, fl!("nav-back")),
            Message::Back,
            Kind::Secondary,
        );
        let next_label = if is_last {
            fl!("nav-finish")
        } else {
            fl!("nav-next")
        };
        let next = ctx.button(
            format!("{next_label} {}", symbols::NEXT),
            Message::Next,
            Kind::Primary,
        );
        let bar = container(
            row![back, space::horizontal(), next]
                .align_y(Alignment::Center)
                .spacing(theme::SPACING),
        )
        .padding(if ctx.compact {
            [2.0, 6.0]
        } else {
            [4.0, theme::PAGE_PADDING * 0.5]
        })
        .width(Length::Fill)
        .style(style::bar(p));

        let body_padding = if ctx.compact {
            [8.0, 8.0]
        } else {
            [theme::PAGE_PADDING * 0.5, theme::PAGE_PADDING]
        };
        column![
            top,
            w::page_scroll(
                &p,
                container(container(body).padding(body_padding).max_width(
                    // A practice lays its devices and the desk side by side.
                    if is_practice { 1240 } else { 1100 }
                ))
                .center_x(Length::Fill),
                SCROLL_ID
            ),
            bar,
        ]
        .height(Length::Fill)
        .into()
    }
}

/// "Steg 3 av 8" with a thin progress bar beside it, at large text: the
/// fixed header of a step, or the top of a practice step's page.
fn compact_step_line<'a>(
    p: &theme::Palette,
    step_of: String,
    current: usize,
    total: usize,
) -> Element<'a, Message> {
    row![
        text(step_of).size(theme::BODY).font(w::FONT_BOLD),
        w::progress_line(p, current, total, 12.0),
    ]
    .spacing(theme::SPACING)
    .align_y(Alignment::Center)
    .into()
}

fn feedback<'a>(
    shared: &Shared,
    lesson: &Lesson,
    ctx: &Ctx<Message>,
    right: bool,
    feedback_id: &str,
    hint_id: &str,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let lang = shared.lang.code();
    let (sym, word, colour) = if right {
        (symbols::CHECK, fl!("feedback-right"), p.done)
    } else {
        (symbols::CROSS, fl!("feedback-wrong"), p.wrong_text)
    };
    let mut content = Column::new()
        .spacing(12)
        .push(
            row![
                w::symbol::<Message>(sym, colour).size(theme::SUBHEADING),
                text(word)
                    .size(theme::SUBHEADING)
                    .font(w::FONT_BOLD)
                    .color(colour)
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        )
        .push(w::body(&lesson.text(lang, feedback_id)));
    if !right {
        content = content
            .push(
                text(fl!("choice-hint", hint = lesson.text(lang, hint_id)))
                    .size(theme::BODY)
                    .font(w::FONT_BOLD),
            )
            .push(text(fl!("choice-try-again")).size(theme::BODY));
    }
    container(content)
        .id(FEEDBACK_ID)
        .padding(20)
        .width(Length::Fill)
        .style(style::feedback(p, right))
        .into()
}

/// "Jag vill ha hjälp", or, once asked, "En handledare kommer snart" with a
/// way to take the request back.
fn help_box<'a>(shared: &Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    if shared.open_help().is_some() {
        container(
            column![
                row![
                    w::symbol::<Message>(symbols::STAR, p.warm_text),
                    text(fl!("help-waiting"))
                        .size(theme::BODY)
                        .font(w::FONT_BOLD)
                        .color(p.warm_text)
                ]
                .spacing(10),
                ctx.button(fl!("help-cancel"), Message::CancelHelp, Kind::Secondary),
            ]
            .spacing(12),
        )
        .padding(16)
        .width(Length::Fill)
        .style(style::notice(p))
        .into()
    } else {
        ctx.button(fl!("help-ask"), Message::AskHelp, Kind::Secondary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Library;
    use crate::model::scenario::Flags;

    #[test]
    fn reading_a_practice_aloud_gives_the_task_and_what_is_left_to_do() {
        let lessons = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let library = Library::load(&[lessons]);
        let lesson = library.get("epost-skrappost").expect("the inbox lesson");
        let step = lesson
            .steps
            .iter()
            .position(|s| matches!(s, Step::Practice { scenario } if scenario == "inkorgen"))
            .expect("the inbox step");
        let mut player = LessonPlayer::new(&lesson.id, step);
        let all = [
            "inkorgen-uppgift",
            "inkorgen-att-svara",
            "inkorgen-att-skicka",
            "inkorgen-att-ta-bort",
        ];
        assert_eq!(player.narration(lesson), all);

        // Anna answered and one fake letter deleted: that line is still left.
        let scenario = lesson.scenario("inkorgen").expect("scenario");
        let mut practice = Practice::new(scenario);
        practice.flags = scenario.todo[0].flags.union(Flags::one(
            scenario
                .flags
                .iter()
                .position(|f| f == "bort-paket")
                .expect("flag"),
        ));
        player.practices.insert(step, practice);
        assert_eq!(
            player.narration(lesson),
            [
                "inkorgen-uppgift",
                "inkorgen-att-skicka",
                "inkorgen-att-ta-bort"
            ]
        );
    }
}
