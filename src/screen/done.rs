//! Done: what you learned, what comes next, back to Home.

use super::Shared;
use crate::fl;
use crate::theme;
use crate::widget::style::{self, Kind};
use crate::widget::{self as w, Ctx, symbols};
use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length, Task};

/// The Done page for a finished lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// The lesson just finished.
    pub lesson_id: String,
    /// Where the printable page was saved, or why it was not.
    pub handout: Option<Result<String, String>>,
    /// The saved page could not be opened in the browser: the folder it
    /// is in, for the "open the folder" button.
    pub not_opened: Option<std::path::PathBuf>,
}

/// Done's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Start the suggested next lesson.
    StartNext(String),
    /// Go to Home.
    Home,
    /// Save the lesson as a page to print.
    Handout,
    /// The browser answered: the saved page opened, or not.
    Opened(Result<(), String>),
    /// Open the folder with the saved page.
    OpenFolder,
    /// The file manager answered (only a failure is worth a line in the log).
    FolderOpened(Result<(), String>),
}

/// What Done asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Open this lesson.
    OpenLesson(String),
    /// Go to Home.
    Home,
    /// Save the printable page ("Att ta med hem") and open it.
    Handout,
    /// Open this folder in the file manager.
    OpenFolder(std::path::PathBuf),
}

impl Done {
    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::StartNext(id) => (Task::none(), Some(Event::OpenLesson(id))),
            Message::Home => (Task::none(), Some(Event::Home)),
            Message::Handout => (Task::none(), Some(Event::Handout)),
            Message::Opened(Ok(())) => (Task::none(), None),
            Message::Opened(Err(why)) => {
                eprintln!("Stegvis: the saved page did not open: {why}");
                self.not_opened = match &self.handout {
                    Some(Ok(file)) => std::path::Path::new(file).parent().map(|d| d.to_path_buf()),
                    _ => None,
                };
                (Task::none(), None)
            }
            Message::OpenFolder => (Task::none(), self.not_opened.clone().map(Event::OpenFolder)),
            Message::FolderOpened(result) => {
                if let Err(why) = result {
                    eprintln!("Stegvis: the folder did not open: {why}");
                }
                (Task::none(), None)
            }
        }
    }

    /// The page.
    pub fn view<'a>(&'a self, shared: &'a Shared, ctx: &Ctx<Message>) -> Element<'a, Message> {
        let p = ctx.palette;
        let lang = shared.lang.code();
        let Some(lesson) = shared.library.get(&self.lesson_id) else {
            return ctx.button(fl!("done-home"), Message::Home, Kind::Primary);
        };
        let mut page = Column::new().spacing(theme::SPACING * 1.5);
        page = page.push(
            row![
                w::symbol::<Message>(symbols::CHECK, p.done).size(theme::HEADING * 1.3),
                w::heading(fl!("done-heading"))
            ]
            .spacing(16)
            .align_y(Alignment::Center),
        );
        page = page.push(w::body(&fl!("done-lead", title = lesson.title(lang))));
        page = page.push(
            container(
                column![
                    w::subheading(fl!("done-learned")),
                    w::body(&lesson.summary(lang))
                ]
                .spacing(12),
            )
            .padding(24)
            .width(Length::Fill)
            .style(style::card(p)),
        );
        page = page.push(ctx.button(fl!("done-handout"), Message::Handout, Kind::Secondary));
        match &self.handout {
            Some(Ok(file)) => {
                page = page.push(w::status_line::<Message>(
                    symbols::CHECK,
                    fl!("handout-saved", file = file.clone()),
                    p.done,
                ));
                match &self.not_opened {
                    None => page = page.push(w::body(&fl!("handout-opening"))),
                    Some(folder) => {
                        page = page.push(w::error_line(
                            &p,
                            fl!("handout-not-opened", folder = folder.display().to_string()),
                        ));
                        page = page.push(ctx.button(
                            fl!("handout-open-folder"),
                            Message::OpenFolder,
                            Kind::Secondary,
                        ));
                    }
                }
            }
            Some(Err(message)) => page = page.push(w::error_line(&p, message.clone())),
            None => {}
        }
        page = page.push(w::subheading(fl!("done-next-heading")));
        match shared.next_after(&lesson.id) {
            Some(next) => {
                page = page.push(text(next.title(lang)).size(theme::BODY).font(w::FONT_BOLD));
                page = page.push(
                    row![
                        ctx.button(fl!("done-home"), Message::Home, Kind::Secondary),
                        ctx.button(
                            format!("{} {}", fl!("done-start-next"), symbols::NEXT),
                            Message::StartNext(next.id.clone()),
                            Kind::Primary
                        ),
                    ]
                    .spacing(theme::SPACING)
                    .wrap()
                    .vertical_spacing(theme::SPACING),
                );
            }
            None => {
                page = page.push(w::body(&fl!("done-next-none")));
                page = page.push(ctx.button(fl!("done-home"), Message::Home, Kind::Primary));
            }
        }
        page.into()
    }
}
