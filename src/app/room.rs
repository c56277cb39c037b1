//! The app's side of the room folder ([`crate::room`]): a pass every
//! [`PASS_EVERY_MS`] on a thread of its own, with its own connection to
//! the store, so reading and merging the other PCs' files never holds up
//! the window. When a pass brought something new, the open page reloads.

use super::{App, Message, Screen};
use crate::fl;
use crate::room::{PASS_EVERY_MS, Pass, Room, RoomView};
use crate::screen::start::Start;
use crate::screen::tutor::TutorData;
use crate::screen::tutor::room::{PcLine, RoomBoard};
use crate::store::{Store, now_ms};
use iced::{Subscription, Task};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What the room folder tells the app.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomMessage {
    /// Time for a pass.
    Tick,
    /// A pass ended: the room as it is now and what the pass did (`None`
    /// when the store could not be opened for it).
    Done(Option<(RoomView, Pass)>),
}

/// The room folder's own thread state: the room and its connection to the
/// store. Cloning shares it.
#[derive(Clone)]
pub struct RoomWorker {
    inner: Arc<Mutex<Worker>>,
}

struct Worker {
    room: Room,
    data_dir: PathBuf,
    pc_name: Option<String>,
    store: Option<Store>,
}

impl RoomWorker {
    /// A worker for the room in `folder`, on the store in `data_dir`
    /// (opened on the first pass).
    pub fn new(folder: PathBuf, data_dir: &Path, pc_name: Option<String>) -> RoomWorker {
        RoomWorker {
            inner: Arc::new(Mutex::new(Worker {
                room: Room::new(folder),
                data_dir: data_dir.to_path_buf(),
                pc_name,
                store: None,
            })),
        }
    }

    /// One pass now, blocking (the app runs it on a thread).
    pub fn pass(&self) -> Option<(RoomView, Pass)> {
        self.pass_at(now_ms())
    }

    /// One pass as if this PC's clock said `now_ms` (tests move time on
    /// instead of waiting for a scan to be due).
    pub fn pass_at(&self, now_ms: i64) -> Option<(RoomView, Pass)> {
        let mut worker = self.inner.lock().ok()?;
        let worker = &mut *worker;
        if worker.store.is_none() {
            worker.store = Some(open_second(&worker.data_dir, worker.pc_name.clone()).ok()?);
        }
        let store = worker.store.as_mut()?;
        let pass = worker.room.pass(store, now_ms);
        Some((worker.room.view(store), pass))
    }

    /// The folder.
    pub fn folder(&self) -> Option<PathBuf> {
        self.inner.lock().ok().map(|w| w.room.folder().to_owned())
    }
}

/// A second connection to the store in `data_dir`, beside the app's, for
/// work on a thread of its own (the room folder's passes, an export or
/// import): it never moves a database aside ([`Store::open_beside`]),
/// waits the store's own busy timeout for the app's writes, and names this
/// PC `pc_name` (the machine configuration's) in what it exports.
pub(super) fn open_second(
    data_dir: &Path,
    pc_name: Option<String>,
) -> Result<Store, crate::store::StoreError> {
    let mut store = Store::open_beside(data_dir)?;
    store.preset_device_name(pc_name);
    Ok(store)
}

/// The app's link to the room folder.
#[derive(Default)]
pub struct RoomLink {
    worker: Option<RoomWorker>,
    /// A pass is running.
    busy: bool,
    /// The room after the latest pass.
    view: Option<RoomView>,
}

impl std::fmt::Debug for RoomLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomLink")
            .field("busy", &self.busy)
            .field("view", &self.view)
            .finish()
    }
}

impl RoomLink {
    /// A link to `folder` (none: this PC is not in a room).
    pub fn new(folder: Option<PathBuf>, data_dir: &Path, pc_name: Option<String>) -> RoomLink {
        RoomLink {
            worker: folder.map(|f| RoomWorker::new(f, data_dir, pc_name)),
            ..RoomLink::default()
        }
    }
}

impl App {
    /// The room folder's worker, if this PC is in a room (tests run its
    /// passes directly and hand the result to [`RoomMessage::Done`]).
    pub fn room_worker(&self) -> Option<RoomWorker> {
        self.room.worker.clone()
    }

    /// The room after the latest pass, if this PC is in a room.
    pub fn room_view(&self) -> Option<&RoomView> {
        self.room.view.as_ref()
    }

    /// A tick for a pass, while this PC is in a room.
    pub(super) fn room_subscription(&self) -> Subscription<Message> {
        if self.room.worker.is_none() {
            return Subscription::none();
        }
        Subscription::run(ticks)
    }

    pub(super) fn update_room(&mut self, message: RoomMessage) -> Task<Message> {
        match message {
            RoomMessage::Tick => {
                let Some(worker) = self.room.worker.clone().filter(|_| !self.room.busy) else {
                    return Task::none();
                };
                self.room.busy = true;
                let (sender, receiver) = iced::futures::channel::oneshot::channel();
                std::thread::spawn(move || {
                    let _ = sender.send(worker.pass());
                });
                Task::perform(async move { receiver.await.ok().flatten() }, |done| {
                    Message::Room(RoomMessage::Done(done))
                })
            }
            RoomMessage::Done(done) => {
                self.room.busy = false;
                let Some((view, pass)) = done else {
                    return Task::none();
                };
                let changed = self.room.view.as_ref() != Some(&view);
                self.room.view = Some(view);
                if pass.merged {
                    self.after_outside_merge();
                } else if changed {
                    self.reload_room_board();
                }
                Task::none()
            }
        }
    }

    /// The tutor chose the course room's folder on the exchange page
    /// (blank: none). The machine configuration's folder cannot be changed
    /// here; a folder that is not there is refused.
    pub(super) fn set_room_folder(&mut self, typed: &str) -> Result<String, String> {
        if let Some(fixed) = &self.options.machine.room_folder {
            return Err(fl!(
                "room-folder-fixed",
                folder = fixed.display().to_string()
            ));
        }
        let folder = (!typed.is_empty()).then(|| PathBuf::from(typed));
        if let Some(folder) = &folder
            && !folder.is_dir()
        {
            return Err(fl!("room-folder-missing", folder = typed.to_owned()));
        }
        self.change_settings(|s| s.room_folder = folder.clone());
        self.room = RoomLink::new(
            folder.clone().filter(|_| self.store.is_some()),
            &self.options.data_dir,
            self.options.machine.pc_name.clone(),
        );
        if let Screen::Tutor(page) = &mut self.screen {
            page.exchange.room_folder.clear();
        }
        Ok(match folder {
            Some(folder) => fl!("room-folder-saved", folder = folder.display().to_string()),
            None => fl!("room-folder-cleared"),
        })
    }

    /// Something new came from the room or an import on a second
    /// connection: this PC's store and the open page take it in.
    pub(super) fn after_outside_merge(&mut self) {
        let Some(store) = self.store.as_mut() else {
            return;
        };
        if let Err(e) = store.refresh_after_outside_merge() {
            eprintln!("Stegvis: could not take in the room's changes: {e}");
        }
        let has_courses = store.courses().is_ok_and(|c| !c.is_empty());
        if has_courses && !self.shared.has_courses {
            self.shared.has_courses = true;
            // A PC waiting on the start page for the course from the room
            // now asks who is there.
            if self.screen == Screen::Home(crate::screen::home::Home::default())
                && self.overlays.is_empty()
                && matches!(self.shared.learner, crate::screen::Learner::Own)
            {
                self.go(Screen::Start(Start));
            }
        }
        // A participant here sees what another PC did for them, e.g. their
        // help request resolved by a tutor on another PC.
        if let Some(id) = self.shared.learner.participant_id()
            && let Some(store) = self.store.as_ref()
        {
            match store.events(Some(id)) {
                Ok(events) => self.shared.events = events,
                Err(e) => eprintln!("Stegvis: could not read the room's progress: {e}"),
            }
        }
        self.reload_tutor_page();
    }

    /// The tutor area's open page, loaded again.
    fn reload_tutor_page(&mut self) {
        let Screen::Tutor(page) = &self.screen else {
            return;
        };
        let data = self.tutor_data(page);
        if let Screen::Tutor(page) = &mut self.screen {
            page.data = data;
        }
    }

    /// The dashboard's room box after a pass changed what it shows.
    fn reload_room_board(&mut self) {
        if let Screen::Tutor(page) = &self.screen
            && page.data.room.is_some()
        {
            self.reload_tutor_page();
        }
    }

    /// Fills in the dashboard's room box and puts its help requests newest
    /// first, on this PC's clock, each with the PC it came from.
    pub(super) fn add_room_board(&self, data: &mut TutorData) {
        let (Some(view), Some(store)) = (self.room.view.as_ref(), self.store.as_ref()) else {
            return;
        };
        let now = now_ms();
        let own_name = store.device_name().unwrap_or_default();
        let mut board = RoomBoard {
            folder: view.folder.display().to_string(),
            problem: view.problem,
            skipped: view.skipped.clone(),
            pcs: view
                .peers
                .iter()
                .map(|peer| PcLine {
                    name: peer.name.clone(),
                    heard: clock_time(peer.heard_ms),
                    stale: peer.is_stale(now),
                })
                .collect(),
            ..RoomBoard::default()
        };
        let mut local_at = std::collections::HashMap::new();
        for row in &data.help {
            let Ok(Some(event)) = store.event(row.request) else {
                continue;
            };
            let pc = if event.device_id == view.own_device_id {
                own_name.clone()
            } else {
                view.peer(&event.device_id)
                    .map_or_else(|| own_name.clone(), |p| p.name.clone())
            };
            board.help_pc.insert(row.request, pc);
            local_at.insert(
                row.request,
                view.local_time(&event.device_id, event.at_ms, now),
            );
        }
        for row in &mut data.help {
            if let Some(at) = local_at.get(&row.request) {
                row.minutes = now.saturating_sub(*at).max(0) / 60_000;
            }
        }
        data.help.sort_by_key(|row| {
            std::cmp::Reverse((
                local_at.get(&row.request).copied().unwrap_or(0),
                row.request,
            ))
        });
        data.room = Some(board);
    }
}

/// A tick every [`PASS_EVERY_MS`], from a thread of its own (iced's
/// thread-pool executor has no timer). A tick the app has not taken yet is
/// not doubled; the thread ends when the subscription does.
fn ticks() -> impl iced::futures::Stream<Item = Message> {
    use iced::futures::StreamExt;
    let (mut sender, receiver) = iced::futures::channel::mpsc::channel(1);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(PASS_EVERY_MS));
            if let Err(e) = sender.try_send(())
                && e.is_disconnected()
            {
                break;
            }
        }
    });
    receiver.map(|()| Message::Room(RoomMessage::Tick))
}

/// A time on this PC's clock as `14:05:12`.
fn clock_time(ms: i64) -> String {
    let offset = crate::exchange_text::local_offset();
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map(|t| t.to_offset(offset))
        .map(|t| format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_have_seconds() {
        let t = clock_time(0);
        assert_eq!(t.len(), 8, "{t}");
        assert_eq!(&t[2..3], ":");
        assert_eq!(&t[5..], ":00");
    }
}
