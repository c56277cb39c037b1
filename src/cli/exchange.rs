//! `stegvis export FILE` and `stegvis import FILE`: moving progress between
//! PCs from the command line, on the data folder the app uses.
//!
//! Each returns the text to print (Swedish line, then English line): the
//! summary on success, the plain reason on refusal. A refused import never
//! opens the store, so nothing in the data folder changes.

use crate::exchange_text;
use crate::i18n::in_both_languages;
use crate::store::exchange::{self, ExchangeError};
use crate::store::{Store, StoreError};
use std::path::Path;

/// Writes everything in the store in `data_dir` to `file`; `pc_name` (from
/// the machine configuration) names this PC in the file.
pub fn export(data_dir: &Path, pc_name: Option<&str>, file: &Path) -> Result<String, String> {
    let store = open(data_dir, pc_name)?;
    let summary = store.export(file).map_err(|e| refusal(&e))?;
    Ok(in_both_languages(|| {
        exchange_text::exported(&summary, file)
    }))
}

/// Checks `file` and merges it into the store in `data_dir`.
pub fn import(data_dir: &Path, pc_name: Option<&str>, file: &Path) -> Result<String, String> {
    let read = exchange::read(file).map_err(|e| refusal(&e))?;
    let mut store = open(data_dir, pc_name)?;
    let name = crate::paths::last_name(file).unwrap_or_default();
    let summary = store.import_file(&read, &name).map_err(|e| refusal(&e))?;
    let offset = exchange_text::local_offset();
    Ok(in_both_languages(|| {
        exchange_text::imported(&summary, offset)
    }))
}

/// Opens the store, refusing a broken database without touching it.
fn open(data_dir: &Path, pc_name: Option<&str>) -> Result<Store, String> {
    let mut store = Store::open_untouched(data_dir).map_err(|e| match e {
        StoreError::Broken(path) => super::store_broken(&path),
        e => refusal(&ExchangeError::Store(e)),
    })?;
    store.preset_device_name(pc_name.map(str::to_owned));
    Ok(store)
}

/// Why a file was refused, in Swedish and English.
fn refusal(error: &ExchangeError) -> String {
    in_both_languages(|| exchange_text::refusal(error))
}
