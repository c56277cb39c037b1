//! Choosing another data folder when the usual one cannot be written (a
//! locked-down library PC): the page, remembering the choice in the user's
//! settings, and opening the store there.

use super::{App, Message, Screen, apply_machine_config};
use crate::fl;
use crate::screen::folder::{self, ChooseFolder};
use crate::store::Store;
use iced::Task;
use std::path::PathBuf;

/// The data folder to use: the usual one, or the folder chosen in the
/// settings when the usual one cannot be written and the chosen one can.
pub(super) fn usable_data_dir(usual: PathBuf, chosen: Option<PathBuf>) -> PathBuf {
    match chosen {
        Some(chosen)
            if !crate::paths::is_writable(&usual) && crate::paths::is_writable(&chosen) =>
        {
            chosen
        }
        _ => usual,
    }
}

impl App {
    pub(super) fn open_choose_folder(&mut self) -> Task<Message> {
        let page = ChooseFolder::new(self.options.data_dir.clone());
        self.go(Screen::ChooseFolder(page));
        iced::widget::operation::focus(folder::FOLDER_ID)
    }

    pub(super) fn update_folder(&mut self, message: folder::Message) -> Task<Message> {
        let Screen::ChooseFolder(page) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = page.update(message);
        let task = task.map(Message::Folder);
        match event {
            Some(folder::Event::Chosen(dir)) => Task::batch([task, self.use_data_folder(dir)]),
            Some(folder::Event::Back) => Task::batch([task, self.show_start()]),
            None => task,
        }
    }

    /// Checks `dir`, opens the store there and remembers the choice; a
    /// folder that does not work keeps the page open with a plain message.
    fn use_data_folder(&mut self, dir: PathBuf) -> Task<Message> {
        // An export or import on its own thread still works in the old
        // folder: moving now would leave its result behind.
        if self.exchange_job.is_some() {
            if let Screen::ChooseFolder(page) = &mut self.screen {
                page.error = Some(fl!("folder-busy"));
            }
            return Task::none();
        }
        let shown = dir.display().to_string();
        let opened = if crate::paths::is_writable(&dir) {
            Store::open(&dir).ok()
        } else {
            None
        };
        let Some(mut opened) = opened else {
            if let Screen::ChooseFolder(page) = &mut self.screen {
                page.error = Some(fl!("folder-not-writable", folder = shown));
            }
            return Task::none();
        };
        apply_machine_config(&mut opened.store, &self.options.machine);
        self.shared.events = opened.store.events(None).unwrap_or_default();
        self.shared.has_courses = opened.store.courses().is_ok_and(|c| !c.is_empty());
        self.store = Some(opened.store);
        self.options.data_dir = dir.clone();
        self.change_settings(|s| s.data_folder = Some(dir));
        self.folder_offer = None;
        self.notices.clear();
        self.notices.push(fl!("folder-chosen", folder = shown));
        self.show_start()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_folder_is_used_only_when_the_usual_one_fails() {
        let dir = tempfile::tempdir().expect("tempdir");
        let usual = dir.path().join("usual");
        let chosen = dir.path().join("usb");
        assert_eq!(
            usable_data_dir(usual.clone(), Some(chosen.clone())),
            usual,
            "the usual folder works, so it wins"
        );
        let file = dir.path().join("file");
        std::fs::write(&file, "").expect("file");
        let blocked = file.join("stegvis");
        assert_eq!(
            usable_data_dir(blocked.clone(), Some(chosen.clone())),
            chosen
        );
        assert_eq!(usable_data_dir(blocked.clone(), None), blocked);
        assert_eq!(
            usable_data_dir(blocked.clone(), Some(file.join("usb"))),
            blocked,
            "a chosen folder that fails too is not used"
        );
    }
}
