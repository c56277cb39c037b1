//! What the machine-wide configuration ([`crate::config`]) changes in the app.

use crate::config::MachineConfig;
use crate::fl;
use std::path::Path;

/// One notice per problem in the machine configuration file, also written
/// to standard error for whoever looks at the logs.
pub(super) fn notices(machine: &MachineConfig) -> Vec<String> {
    machine
        .problems
        .iter()
        .map(|problem| {
            let message = problem.message();
            eprintln!("Stegvis: {message}");
            message
        })
        .collect()
}

/// The notice when the progress store cannot be opened: names the data
/// folder when nothing can be written there (a locked-down PC), so staff
/// know what to change (`data_folder`, or portable mode).
pub(super) fn store_unavailable(data_dir: &Path) -> String {
    if crate::paths::is_writable(data_dir) {
        fl!("notice-store-unavailable")
    } else {
        fl!(
            "notice-data-folder-not-writable",
            folder = data_dir.display().to_string()
        )
    }
}
