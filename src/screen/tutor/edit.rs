//! Editing a course: name, place, its tutors' first names, the first
//! session's date and the number of sessions (weekly from the first), and
//! moving one session by a day.

use super::Message;
use crate::fl;
use crate::model::course::{Course, MAX_SESSIONS, clean_tutor_names, weekly_sessions};
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, container, row, text};
use iced::{Alignment, Element, Length};
use time::Date;

/// The name field's widget id.
pub const EDIT_NAME_ID: &str = "tutor-edit-name";
/// The place field's widget id.
pub const EDIT_PLACE_ID: &str = "tutor-edit-place";
/// The first-date field's widget id.
pub const EDIT_DATE_ID: &str = "tutor-edit-date";
/// The tutors field's widget id.
pub const EDIT_TUTORS_ID: &str = "tutor-edit-tutors";

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// A date as the form shows it: `2027-01-12`.
pub fn format_date(date: Date) -> String {
    date.format(DATE_FORMAT)
        .unwrap_or_else(|_| date.to_string())
}

/// The course form being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseForm {
    /// Name.
    pub name: String,
    /// Place.
    pub place: String,
    /// The first session's date as typed.
    pub first: String,
    /// Number of sessions.
    pub count: u8,
    /// The tutors' first names, separated by commas.
    pub tutors: String,
}

/// A change to the course form.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// Name typed.
    Name(String),
    /// Place typed.
    Place(String),
    /// First date typed.
    First(String),
    /// One session more (+1) or fewer (-1).
    Count(i8),
    /// Tutors typed.
    Tutors(String),
}

impl CourseForm {
    /// A form filled in from `course`.
    pub fn from_course(course: &Course) -> Self {
        CourseForm {
            name: course.name.clone(),
            place: course.place.clone(),
            first: course
                .sessions
                .first()
                .map(|s| format_date(s.date))
                .unwrap_or_default(),
            count: course.sessions.len() as u8,
            tutors: course.tutors.join(", "),
        }
    }

    /// Applies one change.
    pub fn apply(&mut self, field: Field) {
        match field {
            Field::Name(s) => self.name = s,
            Field::Place(s) => self.place = s,
            Field::First(s) => self.first = s,
            Field::Tutors(s) => self.tutors = s,
            Field::Count(d) => {
                self.count =
                    (i16::from(self.count) + i16::from(d)).clamp(1, i16::from(MAX_SESSIONS)) as u8;
            }
        }
    }

    /// The edited course, or a plain message saying what to fix. Sessions
    /// keep their dates when the first date is unchanged; new ones follow weekly.
    pub fn to_course(&self, original: &Course) -> Result<Course, String> {
        if self.name.trim().is_empty() {
            return Err(fl!("tutor-name-needed"));
        }
        let first =
            Date::parse(self.first.trim(), DATE_FORMAT).map_err(|_| fl!("edit-bad-date"))?;
        let tutors = clean_tutor_names(&self.tutors).map_err(|problem| {
            format!(
                "{} {}",
                fl!("edit-tutors-problem"),
                super::name_problem_text(problem)
            )
        })?;
        let unchanged_start = original.sessions.first().map(|s| s.date) == Some(first);
        let mut sessions = weekly_sessions(first, self.count);
        if unchanged_start {
            for (new, old) in sessions.iter_mut().zip(&original.sessions) {
                new.date = old.date;
            }
        }
        Ok(Course {
            id: original.id.clone(),
            name: self.name.trim().to_owned(),
            place: self.place.trim().to_owned(),
            sessions,
            tutors,
        })
    }
}

/// `course` with session `number` moved by `days`.
pub fn move_session(course: &Course, number: u8, days: i64) -> Course {
    let mut moved = course.clone();
    for s in &mut moved.sessions {
        if s.number == number {
            s.date = s.date.saturating_add(time::Duration::days(days));
        }
    }
    moved
}

/// The edit form.
pub fn view<'a>(
    form: &'a CourseForm,
    error: Option<&'a String>,
    ctx: &Ctx<Message>,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let mut col = Column::new()
        .spacing(theme::SPACING)
        .push(w::subheading(fl!("edit-heading")))
        .push(w::input(
            &p,
            EDIT_NAME_ID,
            fl!("tutor-course-name"),
            &form.name,
            |s| Message::Edit(Field::Name(s)),
            Message::SaveCourse,
            false,
        ))
        .push(w::input(
            &p,
            EDIT_PLACE_ID,
            fl!("tutor-course-place"),
            &form.place,
            |s| Message::Edit(Field::Place(s)),
            Message::SaveCourse,
            false,
        ))
        .push(w::input(
            &p,
            EDIT_TUTORS_ID,
            fl!("edit-tutors"),
            &form.tutors,
            |s| Message::Edit(Field::Tutors(s)),
            Message::SaveCourse,
            false,
        ))
        .push(w::input(
            &p,
            EDIT_DATE_ID,
            fl!("edit-first-date"),
            &form.first,
            |s| Message::Edit(Field::First(s)),
            Message::SaveCourse,
            false,
        ))
        .push(
            row![
                text(fl!("edit-count", count = form.count))
                    .size(theme::BODY)
                    .font(w::FONT_BOLD)
                    .width(Length::Fill),
                ctx.button(
                    fl!("edit-fewer"),
                    Message::Edit(Field::Count(-1)),
                    Kind::Secondary
                ),
                ctx.button(
                    fl!("edit-more"),
                    Message::Edit(Field::Count(1)),
                    Kind::Secondary
                ),
            ]
            .spacing(theme::SPACING)
            .align_y(Alignment::Center),
        );
    if let Some(error) = error {
        col = col.push(w::error_line(&p, error.clone()));
    }
    col = col.push(
        row![
            ctx.button(fl!("edit-cancel"), Message::CancelEdit, Kind::Secondary),
            ctx.button(fl!("edit-save"), Message::SaveCourse, Kind::Primary),
        ]
        .spacing(theme::SPACING)
        .wrap()
        .vertical_spacing(theme::SPACING),
    );
    container(col)
        .padding(24)
        .width(Length::Fill)
        .style(style::card(p))
        .into()
}

/// Buttons that move the selected session by a day.
pub fn move_buttons<'a>(ctx: &Ctx<Message>) -> Element<'a, Message> {
    row![
        ctx.button(
            format!("{} {}", symbols::BACK, fl!("edit-day-earlier")),
            Message::MoveSession(-1),
            Kind::Secondary
        ),
        ctx.button(
            format!("{} {}", fl!("edit-day-later"), symbols::NEXT),
            Message::MoveSession(1),
            Kind::Secondary
        ),
    ]
    .spacing(theme::SPACING)
    .wrap()
    .vertical_spacing(theme::SPACING)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn course() -> Course {
        Course {
            id: "c".into(),
            name: "Kurs".into(),
            place: String::new(),
            sessions: weekly_sessions(date!(2027 - 01 - 12), 10),
            tutors: vec!["Ahmed".into()],
        }
    }

    #[test]
    fn fewer_sessions_keep_their_dates_and_a_new_start_moves_all() {
        let original = move_session(&course(), 3, 1);
        let mut form = CourseForm::from_course(&original);
        form.apply(Field::Count(-1));
        form.apply(Field::Name(" Vårkursen ".into()));
        let edited = form.to_course(&original).expect("valid");
        assert_eq!(edited.name, "Vårkursen");
        assert_eq!(edited.sessions.len(), 9);
        assert_eq!(
            edited.sessions[2].date,
            date!(2027 - 01 - 27),
            "the moved session stays moved"
        );

        form.apply(Field::First("2027-02-01".into()));
        let moved = form.to_course(&original).expect("valid");
        assert_eq!(moved.sessions[1].date, date!(2027 - 02 - 08));
    }

    #[test]
    fn a_bad_date_or_empty_name_is_explained() {
        let original = course();
        let mut form = CourseForm::from_course(&original);
        form.apply(Field::First("12 januari".into()));
        assert!(form.to_course(&original).is_err());
        form.apply(Field::First("2027-01-12".into()));
        form.apply(Field::Name("  ".into()));
        assert!(form.to_course(&original).is_err());
        form.apply(Field::Count(-100));
        assert_eq!(form.count, 1);
    }

    #[test]
    fn tutors_are_first_names_and_a_number_is_refused() {
        let original = course();
        let mut form = CourseForm::from_course(&original);
        assert_eq!(form.tutors, "Ahmed");
        form.apply(Field::Tutors("Ahmed, Sara".into()));
        let edited = form.to_course(&original).expect("valid");
        assert_eq!(edited.tutors, ["Ahmed", "Sara"]);
        form.apply(Field::Tutors("Sara 0701234567".into()));
        let message = form.to_course(&original).expect_err("refused");
        assert!(message.contains("Handledare"), "{message}");
    }
}
