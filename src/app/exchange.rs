//! The app's side of moving progress between PCs from the tutor area:
//! export, import and naming this PC, through the store.

use super::room::open_second;
use super::{App, Message, Screen};
use crate::exchange_text;
use crate::fl;
use crate::screen::tutor::exchange::{ExchangeBusy, ExchangeData, ExchangeForm, FoundFile};
use crate::screen::tutor::{self, Tutor};
use crate::store::exchange::{ExchangeError, ExportSummary, ImportSummary};
use iced::Task;
use std::path::PathBuf;
use std::sync::Arc;

/// What an export or import does.
#[derive(Debug, Clone, PartialEq)]
pub enum Work {
    /// Save everything into this folder.
    Export(PathBuf),
    /// Read in this file.
    Import(PathBuf),
}

/// An export or import, run on a thread of its own with its own
/// connection to the store, so a large file never holds up the window.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeJob {
    /// What it does.
    pub work: Work,
    data_dir: PathBuf,
    pc_name: Option<String>,
}

/// How an export or import ended. The sentence for it is made on the
/// app's thread, in the app's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Finished {
    /// Saved into this file.
    Exported(ExportSummary, PathBuf),
    /// Read in.
    Imported(ImportSummary),
    /// Refused or failed; nothing was changed.
    Refused(Refusal),
    /// The thread ended without an answer; nothing was changed (an import
    /// is one transaction).
    Stopped,
}

/// Why an export or import was refused (shared, so [`Finished`] can be
/// cloned like every message).
#[derive(Debug, Clone)]
pub struct Refusal(pub Arc<ExchangeError>);

impl PartialEq for Refusal {
    fn eq(&self, other: &Refusal) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl ExchangeJob {
    /// Carries the job out here, blocking.
    pub fn run(&self) -> Finished {
        let refused = |e: ExchangeError| Finished::Refused(Refusal(Arc::new(e)));
        let mut store = match open_second(&self.data_dir, self.pc_name.clone()) {
            Ok(store) => store,
            Err(e) => return refused(ExchangeError::Store(e)),
        };
        match &self.work {
            Work::Export(folder) => {
                let file = match store.suggested_export_name() {
                    Ok(name) => folder.join(name),
                    Err(e) => return refused(ExchangeError::Store(e)),
                };
                match store.export(&file) {
                    Ok(summary) => Finished::Exported(summary, file),
                    Err(e) => refused(e),
                }
            }
            Work::Import(file) => match store.import(file) {
                Ok(summary) => Finished::Imported(summary),
                Err(e) => refused(e),
            },
        }
    }

    /// Carries the job out on a thread of its own; ready when it ends.
    pub async fn finish(self) -> Finished {
        let (sender, receiver) = iced::futures::channel::oneshot::channel();
        std::thread::spawn(move || {
            let _ = sender.send(self.run());
        });
        receiver.await.unwrap_or(Finished::Stopped)
    }
}

impl App {
    /// The export or import running now, if any (tests run it themselves
    /// and hand what it gives to [`Message::ExchangeDone`]).
    pub fn exchange_job(&self) -> Option<&ExchangeJob> {
        self.exchange_job.as_ref()
    }

    /// Starts an export or import, or carries out a new PC name or room
    /// folder; the outcome shows on the tutor's page as a plain sentence.
    pub(super) fn exchange_event(&mut self, event: &tutor::Event) -> Task<Message> {
        let outcome = match event {
            tutor::Event::Export(folder) => return self.start_job(Work::Export(folder.clone())),
            tutor::Event::Import(file) => return self.start_job(Work::Import(file.clone())),
            tutor::Event::SetPcName(name) => self.set_pc_name(name),
            tutor::Event::SetRoomFolder(folder) => self.set_room_folder(folder),
            _ => return Task::none(),
        };
        self.show_outcome(outcome);
        Task::none()
    }

    /// Starts `work` on a thread of its own. While one runs, another press
    /// is ignored: the page says what is running.
    fn start_job(&mut self, work: Work) -> Task<Message> {
        if self.exchange_job.is_some() {
            return Task::none();
        }
        if self.store.is_none() {
            self.show_outcome(Err(fl!("notice-store-unavailable")));
            return Task::none();
        }
        let job = ExchangeJob {
            work,
            data_dir: self.options.data_dir.clone(),
            pc_name: self.options.machine.pc_name.clone(),
        };
        self.exchange_job = Some(job.clone());
        self.reveal_exchange_status();
        Task::perform(job.finish(), Message::ExchangeDone)
    }

    /// An export or import ended: what it brought shows everywhere, as
    /// after a merge from the room, and the page says how it went.
    pub(super) fn exchange_done(&mut self, finished: Finished) -> Task<Message> {
        if self.exchange_job.take().is_none() {
            return Task::none();
        }
        let outcome = match finished {
            Finished::Exported(summary, file) => Ok(exchange_text::exported(&summary, &file)),
            Finished::Imported(summary) => Ok(exchange_text::imported(
                &summary,
                exchange_text::local_offset(),
            )),
            Finished::Refused(why) => Err(exchange_text::refusal(&why.0)),
            Finished::Stopped => Err(format!(
                "{} {}",
                fl!("exchange-stopped"),
                fl!("exchange-nothing-changed")
            )),
        };
        self.after_outside_merge();
        self.show_outcome(outcome);
        Task::none()
    }

    /// The outcome on the tutor's page; a refusal while the tutor area is
    /// closed becomes a notice.
    fn show_outcome(&mut self, outcome: Result<String, String>) {
        match (&mut self.screen, outcome) {
            (Screen::Tutor(page), Ok(info)) => page.info = Some(info),
            (Screen::Tutor(page), Err(error)) => page.error = Some(error),
            (_, Ok(_)) => {}
            (_, Err(error)) => self.notices.push(error),
        }
        self.reveal_exchange_status();
    }

    /// Scrolls the lines saying what runs and how it went into view: at
    /// large text the button pressed is far below them.
    fn reveal_exchange_status(&mut self) {
        self.reveal = self.reveal.next(vec![(
            iced::widget::Id::new(crate::screen::tutor::exchange::STATUS_ID),
            crate::widget::focus::Show::Whole,
        )]);
    }

    fn set_pc_name(&mut self, name: &str) -> Result<String, String> {
        let store = self
            .store
            .as_mut()
            .ok_or_else(|| fl!("notice-store-unavailable"))?;
        store
            .set_device_name(name)
            .and_then(|()| store.device_name())
            .map(|name| fl!("exchange-pc-saved", name = name))
            .map_err(|e| exchange_text::refusal(&e.into()))
    }

    /// What the page for moving progress shows: folders, files found in
    /// them, the import log and this PC's name.
    pub(super) fn exchange_data(&self, page: &Tutor) -> ExchangeData {
        let Some(store) = self.store.as_ref() else {
            return ExchangeData::default();
        };
        let form: &ExchangeForm = &page.exchange;
        let mut folders = crate::paths::exchange_folders(&self.options.data_dir);
        for extra in &form.extra_folders {
            if !folders.contains(extra) {
                folders.push(extra.clone());
            }
        }
        let files: Vec<FoundFile> = crate::paths::exchange_files(&folders)
            .into_iter()
            .map(|path| FoundFile {
                modified_ms: std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_millis() as i64),
                path,
            })
            .collect();
        let removable = crate::paths::removable_drives();
        ExchangeData {
            usb_found: folders.iter().any(|f| removable.contains(f)),
            pc_name: store.device_name().unwrap_or_default(),
            pc_name_fixed: self.options.machine.pc_name.is_some(),
            room_folder: crate::room::chosen_folder(&self.options.machine, &self.settings),
            room_folder_fixed: self.options.machine.room_folder.is_some(),
            busy: self.exchange_job.as_ref().map(|job| match &job.work {
                Work::Export(_) => ExchangeBusy::Saving,
                Work::Import(file) => {
                    ExchangeBusy::Reading(crate::paths::last_name(file).unwrap_or_default())
                }
            }),
            folders,
            files,
            log: store.import_log().unwrap_or_default(),
        }
    }
}
