//! A room of PCs for tests and the benchmark: one data folder per PC, one
//! shared room folder, and each PC's sync as a separate `stegvis
//! room-sync` process of the real binary. The test itself plays the
//! seniors and tutors by writing to each PC's store, as the app would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use stegvis::store::Store;

/// A room of PCs.
pub struct Rig {
    root: tempfile::TempDir,
    /// The shared room folder.
    pub shared: PathBuf,
    /// Each PC's data folder; PC n (from 1) is `data[n - 1]`.
    pub data: Vec<PathBuf>,
    children: Vec<Child>,
}

impl Rig {
    /// `count` PCs named "Dator 1" … with empty stores, no process yet.
    pub fn new(count: usize) -> Rig {
        let root = tempfile::tempdir().expect("tempdir");
        let shared = root.path().join("kursrum");
        std::fs::create_dir(&shared).expect("shared folder");
        let data: Vec<PathBuf> = (1..=count)
            .map(|n| {
                let dir = root.path().join(format!("pc{n}"));
                let mut store = Store::open(&dir).expect("open").store;
                store.set_device_name(&format!("Dator {n}")).expect("name");
                dir
            })
            .collect();
        Rig {
            root,
            shared,
            data,
            children: Vec::new(),
        }
    }

    /// PC `n`'s store (a connection of its own, as the app's would be).
    pub fn store(&self, n: usize) -> Store {
        Store::open_beside(&self.data[n - 1]).expect("open")
    }

    /// Starts every PC's `stegvis room-sync` process for `seconds`.
    pub fn start(&mut self, seconds: u32) {
        let none = self.root.path().join("no-machine-config.toml");
        for (i, data) in self.data.iter().enumerate() {
            let child = Command::new(env!("CARGO_BIN_EXE_stegvis"))
                .args(["room-sync", "--for", &seconds.to_string()])
                .arg(&self.shared)
                .env("STEGVIS_DATA_DIR", data)
                .env(
                    "STEGVIS_CONFIG_DIR",
                    self.root.path().join(format!("config{i}")),
                )
                .env("STEGVIS_MACHINE_CONFIG", &none)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start room-sync");
            self.children.push(child);
        }
    }

    /// The room folder moved away (the share unplugged) and its path.
    pub fn unplug(&self) -> PathBuf {
        let away = self.root.path().join("kursrum-borta");
        std::fs::rename(&self.shared, &away).expect("unplug");
        away
    }

    /// The room folder back where it was.
    pub fn plug_in(&self, away: &Path) {
        std::fs::rename(away, &self.shared).expect("plug in");
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Polls `done` every 10 ms until it holds; the time it took, or `None`
/// after `limit`.
pub fn time_until(limit: Duration, mut done: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    done().then(|| start.elapsed())
}
