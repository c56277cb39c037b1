//! What the machine-wide configuration ([`crate::config`]) changes in the app.

use crate::config::MachineConfig;

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
