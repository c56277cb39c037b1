//! The tutor code: chosen (typed twice) at first use, asked for afterwards.
//! A wrong code gets a friendly message and another try — never a lockout.

use crate::fl;
use crate::store::tutor::MIN_CODE_CHARS;
use crate::theme;
use crate::widget::style::Kind;
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::Column;
use iced::{Element, Task};

/// The code field's widget id.
pub const CODE_ID: &str = "tutor-code";
/// The repeat field's widget id.
pub const REPEAT_ID: &str = "tutor-code-repeat";

/// The code page.
#[derive(Debug, Clone, PartialEq)]
pub struct TutorCode {
    /// True when no code exists yet and one is being chosen.
    pub choosing: bool,
    /// What is typed in the code field.
    pub code: String,
    /// What is typed in the repeat field (choosing only).
    pub repeat: String,
    /// A plain message after a failed try.
    pub error: Option<String>,
    /// The field that gets the keyboard (and the focus ring) next: the
    /// app puts its focus there when the page opens and after each try.
    pub typing: &'static str,
}

/// TutorCode's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The code field changed.
    Code(String),
    /// The repeat field changed.
    Repeat(String),
    /// Enter or the button.
    Submit,
    /// Back to Start.
    Back,
}

/// What TutorCode asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Check this code against the stored hash.
    Check(String),
    /// Store this new code.
    Choose(String),
    /// Back to Start.
    Back,
}

impl TutorCode {
    /// A page asking for (or choosing) the code, with the field focused.
    pub fn new(choosing: bool) -> (Self, Task<Message>) {
        (
            TutorCode {
                choosing,
                code: String::new(),
                repeat: String::new(),
                error: None,
                typing: CODE_ID,
            },
            iced::widget::operation::focus(CODE_ID),
        )
    }

    /// The app found the code wrong: say so and let them try again.
    pub fn wrong(&mut self) -> Task<Message> {
        self.code.clear();
        self.error = Some(fl!("code-wrong"));
        self.typing = CODE_ID;
        iced::widget::operation::focus(CODE_ID)
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Code(c) => {
                self.code = c;
                (Task::none(), None)
            }
            Message::Repeat(c) => {
                self.repeat = c;
                (Task::none(), None)
            }
            Message::Back => (Task::none(), Some(Event::Back)),
            Message::Submit if !self.choosing => {
                (Task::none(), Some(Event::Check(self.code.clone())))
            }
            Message::Submit => {
                if self.code.chars().count() < MIN_CODE_CHARS {
                    self.error = Some(fl!("code-too-short", min = MIN_CODE_CHARS));
                    self.typing = CODE_ID;
                    (iced::widget::operation::focus(CODE_ID), None)
                } else if self.repeat.is_empty() {
                    self.typing = REPEAT_ID;
                    (iced::widget::operation::focus(REPEAT_ID), None)
                } else if self.code != self.repeat {
                    self.error = Some(fl!("code-mismatch"));
                    self.repeat.clear();
                    self.typing = REPEAT_ID;
                    (iced::widget::operation::focus(REPEAT_ID), None)
                } else {
                    (Task::none(), Some(Event::Choose(self.code.clone())))
                }
            }
        }
    }

    /// The page.
    pub fn view<'a>(&'a self, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new()
            .spacing(theme::SPACING * 1.5)
            .max_width(760)
            .push(ctx.button(
                format!("{} {}", symbols::BACK, fl!("back-to-start")),
                Message::Back,
                Kind::Secondary,
            ))
            .push(w::heading(fl!("code-heading")))
            .push(w::body(&if self.choosing {
                fl!("code-choose")
            } else {
                fl!("code-enter")
            }))
            .push(w::tab_input(
                ctx,
                CODE_ID,
                fl!("code-field"),
                &self.code,
                Message::Code,
                Message::Submit,
                true,
            ));
        if self.choosing {
            page = page.push(w::tab_input(
                ctx,
                REPEAT_ID,
                fl!("code-repeat"),
                &self.repeat,
                Message::Repeat,
                Message::Submit,
                true,
            ));
        }
        if let Some(error) = &self.error {
            page = page.push(w::error_line(&p, error.clone()));
        }
        let label = if self.choosing {
            fl!("code-save")
        } else {
            fl!("code-open")
        };
        page.push(ctx.button(label, Message::Submit, Kind::Primary))
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_needs_a_long_enough_code_typed_twice() {
        let (mut page, _) = TutorCode::new(true);
        let _ = page.update(Message::Code("12".into()));
        assert_eq!(page.update(Message::Submit).1, None);
        assert!(page.error.is_some(), "too short is explained");
        let _ = page.update(Message::Code("4711".into()));
        let _ = page.update(Message::Repeat("4712".into()));
        assert_eq!(page.update(Message::Submit).1, None);
        assert!(page.repeat.is_empty(), "a mismatch clears the repeat");
        let _ = page.update(Message::Repeat("4711".into()));
        assert_eq!(
            page.update(Message::Submit).1,
            Some(Event::Choose("4711".into()))
        );
    }
}
