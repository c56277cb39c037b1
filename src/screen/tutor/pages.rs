//! The tutor area's course list and course page.

use super::{Confirm, Message, Tutor};
use crate::fl;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};

/// The rename field's widget id.
pub const RENAME_ID: &str = "tutor-rename";
/// The new-participant field's widget id.
pub const ADD_ID: &str = "tutor-add";
/// The new-course name field's widget id.
pub const COURSE_NAME_ID: &str = "tutor-course-name";
/// The new-course place field's widget id.
pub const COURSE_PLACE_ID: &str = "tutor-course-place";

fn buttons<'a>(items: Vec<Element<'a, Message>>) -> Element<'a, Message> {
    row(items)
        .spacing(theme::SPACING)
        .wrap()
        .vertical_spacing(theme::SPACING)
        .into()
}

/// The list of courses and the form for a new one.
pub fn courses<'a>(tutor: &'a Tutor, ctx: &Ctx<Message>) -> Element<'a, Message> {
    let p = ctx.palette;
    // The way out sits where every other tutor page has its way back.
    let mut page = Column::new()
        .spacing(theme::SPACING * 1.5)
        .push(ctx.button(
            format!("{} {}", symbols::BACK, fl!("tutor-leave")),
            Message::Leave,
            Kind::Secondary,
        ))
        .push(w::heading(fl!("tutor-courses")));
    if tutor.data.courses.is_empty() {
        page = page.push(w::body(&fl!("tutor-no-courses")));
    }
    for course in &tutor.data.courses {
        let detail = if course.place.is_empty() {
            fl!("tutor-sessions", count = course.sessions.len())
        } else {
            format!(
                "{} · {}",
                course.place,
                fl!("tutor-sessions", count = course.sessions.len())
            )
        };
        page = page.push(ctx.button_with(
            w::choice_content(&p, course.name.clone(), detail),
            Message::OpenCourse(course.id.clone()),
            Kind::Tile,
            Length::Fill,
        ));
    }
    let mut form = column![
        w::subheading(fl!("tutor-new-course")),
        w::input(
            &p,
            COURSE_NAME_ID,
            fl!("tutor-course-name"),
            &tutor.course_name,
            Message::CourseName,
            Message::CreateCourse,
            false
        ),
        w::input(
            &p,
            COURSE_PLACE_ID,
            fl!("tutor-course-place"),
            &tutor.course_place,
            Message::CoursePlace,
            Message::CreateCourse,
            false
        ),
    ]
    .spacing(theme::SPACING);
    if let Some(error) = &tutor.error {
        form = form.push(w::error_line(&p, error.clone()));
    }
    form = form.push(ctx.button(
        fl!("tutor-create-course"),
        Message::CreateCourse,
        Kind::Primary,
    ));
    page = page.push(
        container(form)
            .padding(24)
            .width(Length::Fill)
            .style(style::card(p)),
    );
    // The staff report covers every course.
    page = page.push(w::subheading(fl!("tutor-report-heading")));
    page = page.push(w::body(&fl!("tutor-report-intro")));
    if let Some(info) = &tutor.info {
        page = page.push(w::status_line::<Message>(
            symbols::CHECK,
            info.clone(),
            p.done,
        ));
    }
    // Without names is right beside it, for reports that leave the library.
    page = page.push(buttons(vec![
        ctx.button(fl!("tutor-report"), Message::Report(false), Kind::Secondary),
        ctx.button(
            fl!("tutor-report-anonymous"),
            Message::Report(true),
            Kind::Secondary,
        ),
    ]));
    // Moving progress between PCs covers every course too.
    page = page.push(w::subheading(fl!("exchange-section")));
    page = page.push(w::body(&fl!("exchange-intro")));
    page.push(ctx.button(fl!("exchange-open"), Message::OpenExchange, Kind::Secondary))
        .into()
}

/// The page for moving progress between PCs, under its heading.
pub fn exchange<'a>(tutor: &'a Tutor, ctx: &Ctx<Message>) -> Element<'a, Message> {
    column![
        ctx.button(
            format!("{} {}", symbols::BACK, fl!("tutor-all-courses")),
            Message::AllCourses,
            Kind::Secondary,
        ),
        w::heading(fl!("exchange-heading")),
        super::exchange::view(tutor, ctx),
    ]
    .spacing(theme::SPACING * 1.5)
    .into()
}

/// What the course plan has for a session: its title and its lessons in
/// order, so a tutor sees at a glance what the day is about.
fn session_plan<'a>(shared: &crate::screen::Shared, session: u8) -> Element<'a, Message> {
    let lang = shared.lang.code();
    let library = &shared.library;
    let mut lessons: Vec<_> = library
        .lessons
        .iter()
        .filter(|l| l.session == session)
        .collect();
    lessons.sort_by_key(|l| library.course_order(l));
    let mut plan = Column::new().spacing(8);
    if let Some(course_plan) = &library.plan {
        plan = plan.push(
            text(course_plan.title(session, lang))
                .size(theme::BODY)
                .font(w::FONT_BOLD),
        );
    }
    if lessons.is_empty() {
        return plan.push(w::body(&fl!("tutor-session-no-lessons"))).into();
    }
    plan = plan.push(w::body(&fl!("tutor-session-lessons")));
    for (i, lesson) in lessons.iter().enumerate() {
        plan = plan.push(w::body(&format!("{}. {}", i + 1, lesson.title(lang))));
    }
    plan.into()
}

/// This year, as of the tutor data's "now".
fn tutor_year(tutor: &Tutor) -> i32 {
    time::OffsetDateTime::from_unix_timestamp(tutor.data.now_ms / 1000)
        .map_or(2000, |now| now.year())
}

/// A question with "yes" and "no" buttons.
fn confirm_box<'a>(ctx: &Ctx<Message>, question: String) -> Element<'a, Message> {
    let p = ctx.palette;
    container(
        column![
            w::error_line(&p, question),
            buttons(vec![
                ctx.button(fl!("tutor-confirm-no"), Message::ConfirmNo, Kind::Primary),
                ctx.button(fl!("tutor-confirm-yes"), Message::ConfirmYes, Kind::Danger),
            ]),
        ]
        .spacing(theme::SPACING),
    )
    .padding(20)
    .width(Length::Fill)
    .style(style::notice(p))
    .into()
}

/// One course: the selected session, attendance and participants.
pub fn course<'a>(
    tutor: &'a Tutor,
    shared: &'a crate::screen::Shared,
    ctx: &Ctx<Message>,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let Some(course) = tutor.course() else {
        return ctx.button(
            fl!("tutor-all-courses"),
            Message::AllCourses,
            Kind::Secondary,
        );
    };
    let session = tutor.session().unwrap_or(1);
    let mut page = Column::new()
        .spacing(theme::SPACING * 1.5)
        .push(ctx.button(
            format!("{} {}", symbols::BACK, fl!("tutor-all-courses")),
            Message::AllCourses,
            Kind::Secondary,
        ))
        .push(w::heading(course.name.clone()));
    // Someone waiting for help comes before anything else.
    if !tutor.data.help.is_empty() {
        page = page.push(
            container(
                column![
                    row![
                        w::symbol::<Message>(symbols::WARNING, p.warm_text),
                        text(fl!("tutor-help-waiting", count = tutor.data.help.len()))
                            .size(theme::BODY)
                            .font(w::FONT_BOLD)
                            .color(p.warm_text),
                    ]
                    .spacing(10),
                    ctx.button(
                        format!("{} {}", fl!("tutor-dashboard"), symbols::NEXT),
                        Message::Dashboard,
                        Kind::Primary,
                    ),
                ]
                .spacing(theme::SPACING),
            )
            .padding(20)
            .width(Length::Fill)
            .style(style::notice(p)),
        );
    }
    page = page.push(w::body(&if course.tutors.is_empty() {
        fl!("tutor-no-tutors")
    } else {
        fl!("tutor-tutors", names = course.tutors.join(", "))
    }));

    // The session: choose it, start it here, open the dashboard.
    let date = course
        .sessions
        .iter()
        .find(|s| s.number == session)
        .map(|s| crate::i18n::long_date(s.date, tutor_year(tutor)))
        .unwrap_or_default();
    let running = tutor.data.current.as_ref() == Some(&(course.id.clone(), session));
    let mut session_box = column![
        w::subheading(fl!("tutor-session", number = session, date = date)),
        session_plan(shared, session),
        buttons(vec![
            ctx.button(
                format!("{} {}", symbols::BACK, fl!("tutor-earlier-session")),
                Message::Session(-1),
                Kind::Secondary
            ),
            ctx.button(
                format!("{} {}", fl!("tutor-later-session"), symbols::NEXT),
                Message::Session(1),
                Kind::Secondary
            ),
        ]),
    ]
    .spacing(theme::SPACING);
    if running {
        session_box = session_box.push(w::status_line::<Message>(
            symbols::CHECK,
            fl!("tutor-session-running"),
            p.done,
        ));
    } else {
        session_box = session_box.push(ctx.button(
            fl!("tutor-start-session"),
            Message::StartSession,
            Kind::Primary,
        ));
    }
    session_box = session_box.push(ctx.button(
        format!("{} {}", fl!("tutor-dashboard"), symbols::NEXT),
        Message::Dashboard,
        Kind::Primary,
    ));
    session_box = session_box.push(super::edit::move_buttons(ctx));
    page = page.push(
        container(session_box)
            .padding(24)
            .width(Length::Fill)
            .style(style::card(p)),
    );

    // Participants: attendance first (every session), then adding someone.
    page = page.push(w::subheading(fl!("tutor-participants")));
    // One press per name; the rows sit close (79 px apart, the focus
    // frames keep the buttons 14 px apart).
    let mut attendance = Column::new();
    for participant in &tutor.data.participants {
        attendance = attendance.push(participant_row(tutor, ctx, participant));
    }
    page = page.push(attendance);
    if !tutor.data.participants.is_empty() {
        page = page.push(w::soft::<Message>(&p, fl!("tutor-rename-where")));
    }
    if let Some(error) = tutor.error.as_ref().filter(|_| tutor.editing.is_none()) {
        page = page.push(w::error_line(&p, error.clone()));
    }
    page = page.push(w::input(
        &p,
        ADD_ID,
        fl!("tutor-add-name"),
        &tutor.add_name,
        Message::AddName,
        Message::Add,
        false,
    ));
    page = page.push(ctx.button(fl!("tutor-add"), Message::Add, Kind::Primary));

    match &tutor.editing {
        Some(form) => page = page.push(super::edit::view(form, tutor.error.as_ref(), ctx)),
        None => {
            page = page.push(ctx.button(fl!("edit-open"), Message::EditCourse, Kind::Secondary))
        }
    }
    if tutor.confirm == Some(Confirm::Course(course.id.clone())) {
        page = page.push(confirm_box(
            ctx,
            fl!("tutor-confirm-remove-course", name = course.name.clone()),
        ));
    } else {
        page = page.push(ctx.button(
            fl!("tutor-remove-course"),
            Message::RemoveCourse,
            Kind::Secondary,
        ));
    }
    page.into()
}

/// One participant's line in the attendance list: the whole line is one
/// button (name and "✓ Här" / "○ Inte här") that one press or Space
/// toggles, 64 px tall, so a class of 15 is marked in 15 presses.
fn participant_row<'a>(
    tutor: &'a Tutor,
    ctx: &Ctx<Message>,
    participant: &'a crate::model::course::Participant,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let present = tutor.data.present.contains(&participant.id);
    let (sym, word, kind) = if present {
        (symbols::CHECK, fl!("tutor-present"), Kind::AnswerRight)
    } else {
        (symbols::CIRCLE, fl!("tutor-absent"), Kind::Tile)
    };
    ctx.button_with(
        row![
            text(participant.name.clone())
                .size(theme::BODY)
                .font(w::FONT_BOLD)
                .width(Length::Fill),
            w::symbol::<Message>(sym, p.text),
            text(word).size(theme::BODY).font(w::FONT_BOLD),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into(),
        Message::Toggle(participant.id.clone()),
        kind,
        Length::Fill,
    )
}

/// Renaming or removing one participant (on their page): the buttons, the
/// name field while renaming, or the question before removing.
pub fn rename_or_remove<'a>(
    tutor: &'a Tutor,
    ctx: &Ctx<Message>,
    participant: &'a crate::model::course::Participant,
) -> Element<'a, Message> {
    let p = ctx.palette;
    let mut content = Column::new().spacing(theme::SPACING);
    if let Some(error) = &tutor.error {
        content = content.push(w::error_line(&p, error.clone()));
    }
    match &tutor.renaming {
        Some((id, name)) if *id == participant.id => {
            content = content.push(w::input(
                &p,
                RENAME_ID,
                fl!("tutor-rename"),
                name,
                Message::RenameText,
                Message::SaveName,
                false,
            ));
            content =
                content.push(ctx.button(fl!("tutor-save-name"), Message::SaveName, Kind::Primary));
        }
        _ if tutor.confirm == Some(Confirm::Participant(participant.id.clone())) => {
            content = content.push(confirm_box(
                ctx,
                fl!("tutor-confirm-remove", name = participant.name.clone()),
            ));
        }
        _ => {
            content = content.push(buttons(vec![
                ctx.button(
                    fl!("tutor-rename"),
                    Message::Rename(participant.id.clone()),
                    Kind::Secondary,
                ),
                ctx.button(
                    fl!("tutor-remove"),
                    Message::Remove(participant.id.clone()),
                    Kind::Secondary,
                ),
            ]));
        }
    }
    content.into()
}
