//! Crash safety: a process writing events through the real store is killed
//! with SIGKILL at random moments, many times. After each kill the database
//! opens, and every event the writer had reported as saved is there.
//!
//! The writer is this same test binary, started again with an environment
//! variable that turns `writer_process` into an endless writer.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use stegvis::model::progress::EventKind;
use stegvis::store::Store;

const WRITER_ENV: &str = "STEGVIS_CRASH_WRITER_DIR";
/// How many times the writer is killed.
const KILLS: usize = 100;

/// In the child: writes events forever, printing each id once it is saved.
#[test]
fn writer_process() {
    let Some(dir) = std::env::var_os(WRITER_ENV) else {
        return; // an ordinary test run: nothing to do here
    };
    let mut store = Store::open(std::path::Path::new(&dir)).expect("open").store;
    let course = store
        .create_course("Kurs", "", time::macros::date!(2027 - 01 - 12), 10)
        .expect("course");
    let who = store.add_participant(&course.id, "Karin L.").expect("add");
    println!("participant {}", who.id);
    let mut step = 0;
    loop {
        let event = store
            .record(Some(&who.id), "lesson", EventKind::StepReached { step })
            .expect("record");
        // Only now, after the commit returned, is the event "shown as saved".
        println!("saved {}", event.id);
        step += 1;
    }
}

/// A small pseudo-random sequence (no extra crate needed), seeded per run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn killing_the_writer_at_random_moments_loses_nothing_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test binary");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    let mut rng = Lcg(seed);
    let mut total_saved = 0usize;
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "writer_process",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start writer");
        let stdout = child.stdout.take().expect("stdout");
        // Read what the writer reports on a thread, so the kill can come at
        // any moment, independent of reading.
        let reader = std::thread::spawn(move || {
            let mut saved = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(id) = line.strip_prefix("saved ") {
                    saved.push(id.to_owned());
                }
            }
            saved
        });
        let wait = Duration::from_millis(20 + rng.next() % 120);
        let start = Instant::now();
        while start.elapsed() < wait {
            std::thread::sleep(Duration::from_millis(2));
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let saved = reader.join().expect("reader");

        let store = Store::open(dir.path())
            .unwrap_or_else(|e| panic!("round {round}: the database did not open: {e}"));
        assert!(
            store.broken_copy.is_none(),
            "round {round}: the database was found broken"
        );
        let mut stored = std::collections::HashSet::new();
        for course in store.store.courses().expect("courses") {
            for e in store.store.course_events(&course.id).expect("events") {
                stored.insert(e.id.to_string());
            }
        }
        for id in &saved {
            assert!(
                stored.contains(id),
                "round {round}: event {id} was reported saved but is missing"
            );
        }
        total_saved += saved.len();
    }
    assert!(
        total_saved > KILLS,
        "the writer should have saved events in most rounds ({total_saved})"
    );
}
