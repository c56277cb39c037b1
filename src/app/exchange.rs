//! The app's side of moving progress between PCs from the tutor area:
//! export, import and naming this PC, through the store.

use super::{App, Screen};
use crate::exchange_text;
use crate::fl;
use crate::screen::tutor::exchange::{ExchangeData, ExchangeForm, FoundFile};
use crate::screen::tutor::{self, Tutor};
use std::path::Path;

impl App {
    /// Carries out an export, import or new PC name; the outcome shows on
    /// the tutor's page as a plain sentence.
    pub(super) fn exchange_event(&mut self, event: &tutor::Event) {
        let outcome = match event {
            tutor::Event::Export(folder) => self.export_to(folder),
            tutor::Event::Import(file) => self.import_from(file),
            tutor::Event::SetPcName(name) => self.set_pc_name(name),
            tutor::Event::SetRoomFolder(folder) => self.set_room_folder(folder),
            _ => return,
        };
        if let Screen::Tutor(page) = &mut self.screen {
            match outcome {
                Ok(info) => page.info = Some(info),
                Err(error) => page.error = Some(error),
            }
        }
    }

    fn export_to(&mut self, folder: &Path) -> Result<String, String> {
        let store = self
            .store
            .as_ref()
            .ok_or_else(|| fl!("notice-store-unavailable"))?;
        let name = store
            .suggested_export_name()
            .map_err(|e| exchange_text::refusal(&e.into()))?;
        let file = folder.join(name);
        let summary = store
            .export(&file)
            .map_err(|e| exchange_text::refusal(&e))?;
        Ok(exchange_text::exported(&summary, &file))
    }

    fn import_from(&mut self, file: &Path) -> Result<String, String> {
        let store = self
            .store
            .as_mut()
            .ok_or_else(|| fl!("notice-store-unavailable"))?;
        let summary = store.import(file).map_err(|e| exchange_text::refusal(&e))?;
        Ok(exchange_text::imported(
            &summary,
            exchange_text::local_offset(),
        ))
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
            folders,
            files,
            log: store.import_log().unwrap_or_default(),
        }
    }
}
