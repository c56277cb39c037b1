//! "Vad heter du?" — a participant picks their own name from a big list,
//! with type-to-filter when the list is long.

use crate::fl;
use crate::model::course::Participant;
use crate::theme;
use crate::widget::style::Kind;
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::Column;
use iced::{Element, Length, Task};

/// Above this many names, a filter field is shown.
pub const FILTER_FROM: usize = 12;
/// The filter field's widget id.
pub const FILTER_ID: &str = "pick-filter";

/// The name list.
#[derive(Debug, Clone, PartialEq)]
pub struct PickName {
    /// The course's participants, by name; empty when no course runs.
    pub participants: Vec<Participant>,
    /// Whether a course is known at all.
    pub has_course: bool,
    /// What has been typed in the filter.
    pub filter: String,
}

/// PickName's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The filter text changed.
    Filter(String),
    /// Enter in the filter: pick the only match.
    Submit,
    /// A name was pressed.
    Pick(String),
    /// Back to Start.
    Back,
}

/// What PickName asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// This participant is the learner now.
    Picked(Participant),
    /// Back to Start.
    Back,
}

impl PickName {
    /// A list of `participants`; focuses the filter field when it is shown.
    pub fn new(participants: Vec<Participant>, has_course: bool) -> (Self, Task<Message>) {
        let task = if participants.len() > FILTER_FROM {
            iced::widget::operation::focus(FILTER_ID)
        } else {
            Task::none()
        };
        (
            PickName {
                participants,
                has_course,
                filter: String::new(),
            },
            task,
        )
    }

    /// The names that match the filter (start of any word, any case).
    pub fn matches(&self) -> Vec<&Participant> {
        let needle = self.filter.trim().to_lowercase();
        self.participants
            .iter()
            .filter(|p| {
                needle.is_empty()
                    || p.name
                        .to_lowercase()
                        .split_whitespace()
                        .any(|word| word.starts_with(&needle))
                    || p.name.to_lowercase().starts_with(&needle)
            })
            .collect()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Filter(text) => {
                self.filter = text;
                (Task::none(), None)
            }
            Message::Submit => match self.matches().as_slice() {
                [only] => (Task::none(), Some(Event::Picked((*only).clone()))),
                _ => (Task::none(), None),
            },
            Message::Pick(id) => {
                let picked = self.participants.iter().find(|p| p.id == id).cloned();
                (Task::none(), picked.map(Event::Picked))
            }
            Message::Back => (Task::none(), Some(Event::Back)),
        }
    }

    /// The page.
    pub fn view<'a>(&'a self, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let mut page = Column::new()
            .spacing(theme::SPACING * 1.5)
            .push(ctx.button(
                format!("{} {}", symbols::BACK, fl!("back-to-start")),
                Message::Back,
                Kind::Secondary,
            ))
            .push(w::heading(fl!("pick-heading")));
        if !self.has_course {
            return page.push(w::body(&fl!("pick-no-course"))).into();
        }
        if self.participants.is_empty() {
            return page.push(w::body(&fl!("pick-none"))).into();
        }
        page = page.push(w::body(&fl!("pick-intro")));
        if self.participants.len() > FILTER_FROM {
            page = page.push(w::input(
                &p,
                FILTER_ID,
                fl!("pick-filter"),
                &self.filter,
                Message::Filter,
                Message::Submit,
                false,
            ));
        }
        let matches = self.matches();
        if matches.is_empty() {
            page = page.push(w::error_line(&p, fl!("pick-no-match")));
        }
        let names = matches.into_iter().map(|participant| {
            ctx.button_with(
                iced::widget::text(participant.name.clone())
                    .size(theme::SUBHEADING)
                    .font(w::FONT_BOLD)
                    .into(),
                Message::Pick(participant.id.clone()),
                Kind::Tile,
                Length::Fixed(360.0),
            )
        });
        page.push(
            iced::widget::row(names)
                .spacing(theme::SPACING)
                .wrap()
                .vertical_spacing(theme::SPACING),
        )
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Participant {
        Participant {
            id: name.to_lowercase(),
            course_id: "c".into(),
            name: name.into(),
            note: String::new(),
        }
    }

    #[test]
    fn filter_matches_the_start_of_any_word() {
        let (mut pick, _) = PickName::new(
            vec![person("Karin L."), person("Åke B."), person("Farmor Karin")],
            true,
        );
        pick.filter = "kar".into();
        let names: Vec<&str> = pick.matches().iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Karin L.", "Farmor Karin"]);
        pick.filter = "åke".into();
        assert_eq!(pick.matches().len(), 1);
        let (_, event) = pick.update(Message::Submit);
        assert_eq!(event, Some(Event::Picked(person("Åke B."))));
    }
}
