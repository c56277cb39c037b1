//! `stegvis export FILE` and `stegvis import FILE`: moving progress between
//! PCs from the command line, on the data folder the app uses.
//!
//! Each returns the text to print (Swedish line, then English line): the
//! summary on success, the plain reason on refusal. A refused import never
//! opens the store, so nothing in the data folder changes.

use crate::exchange_text;
use crate::i18n::in_both_languages;
use crate::store::exchange::{self, ExchangeError};
use crate::store::{Opened, Store};
use std::path::Path;

/// Writes everything in the store in `data_dir` to `file`; `pc_name` (from
/// the machine configuration) names this PC in the file.
pub fn export(data_dir: &Path, pc_name: Option<&str>, file: &Path) -> Result<String, String> {
    let (store, note) = open(data_dir, pc_name)?;
    let summary = store.export(file).map_err(|e| refusal(&e))?;
    Ok(format!(
        "{note}{}",
        in_both_languages(|| exchange_text::exported(&summary, file))
    ))
}

/// Checks `file` and merges it into the store in `data_dir`.
pub fn import(data_dir: &Path, pc_name: Option<&str>, file: &Path) -> Result<String, String> {
    let read = exchange::read(file).map_err(|e| refusal(&e))?;
    let (mut store, note) = open(data_dir, pc_name)?;
    let name = crate::paths::last_name(file).unwrap_or_default();
    let summary = store.import_file(&read, &name).map_err(|e| refusal(&e))?;
    let offset = exchange_text::local_offset();
    Ok(format!(
        "{note}{}",
        in_both_languages(|| exchange_text::imported(&summary, offset))
    ))
}

/// Opens the store, with a note when a broken database was moved aside.
fn open(data_dir: &Path, pc_name: Option<&str>) -> Result<(Store, String), String> {
    let Opened {
        mut store,
        broken_copy,
    } = Store::open(data_dir).map_err(|e| refusal(&ExchangeError::Store(e)))?;
    store.preset_device_name(pc_name.map(str::to_owned));
    let note = match broken_copy {
        Some(kept) => {
            let file = kept.display().to_string();
            format!(
                "{}\n",
                in_both_languages(|| crate::fl!("exchange-broken-kept", file = file.as_str()))
            )
        }
        None => String::new(),
    };
    Ok((store, note))
}

/// Why a file was refused, in Swedish and English.
fn refusal(error: &ExchangeError) -> String {
    in_both_languages(|| exchange_text::refusal(error))
}
