//! The store and exchange at the size of a big course: 1,500 participants ×
//! 40 lessons × 10 sessions (600,000 events). Run: `cargo bench --bench store`.
//!
//! Targets: dashboard data for one session < 50 ms and for the whole course
//! < 200 ms; importing 100,000 new events < 1 s and re-importing the same
//! file < 0.5 s; export < 0.5 s; the database under 100 MB.

use std::path::{Path, PathBuf};
use std::time::Instant;
use stegvis::model::Library;
use stegvis::screen::tutor::{dashboard_rows, help_rows};
use stegvis::store::Store;
use stegvis::store::exchange::{
    AttendanceRecord, Content, CourseRecord, EventRecord, EventTable, ParticipantRecord,
    SessionRecord,
};
use uuid::Uuid;

const PARTICIPANTS: usize = 1500;
const LESSONS: usize = 40;
const SESSIONS: u8 = 10;
const EVENTS_PER_LESSON: usize = 10;
/// Participants whose new events the second PC's file brings (× 40 × 10 = 100,000).
const NEW_PARTICIPANTS: usize = 250;
const RUNS: usize = 7;
const IMPORT_RUNS: usize = 5;
const START_MS: i64 = 1_800_000_000_000;

fn lesson_id(l: usize) -> String {
    format!("lektion-{l:02}-exempel")
}

fn session_of(l: usize) -> u8 {
    (l * usize::from(SESSIONS) / LESSONS) as u8 + 1
}

/// 40 lessons, four per session, made from the UI test lesson.
fn library(root: &Path) -> Library {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons/ui-first");
    for l in 0..LESSONS {
        let dir = root.join(lesson_id(l));
        std::fs::create_dir_all(&dir).expect("mkdir");
        for file in ["sv.ftl", "en.ftl"] {
            std::fs::copy(template.join(file), dir.join(file)).expect("copy");
        }
        let toml = std::fs::read_to_string(template.join("lesson.toml"))
            .expect("read")
            .replace("id = \"ui-first\"", &format!("id = \"{}\"", lesson_id(l)))
            .replace("session = 4", &format!("session = {}", session_of(l)));
        std::fs::write(dir.join("lesson.toml"), toml).expect("write");
    }
    let library = Library::load(&[root.to_path_buf()]);
    assert_eq!(
        library.lessons.len(),
        LESSONS,
        "{:?}",
        library.problems.first()
    );
    library
}

fn uuid() -> String {
    Uuid::new_v4().to_string()
}

/// The ten events of one participant in one lesson: start, steps, answers
/// (some wrong), sometimes a help request (some resolved), mostly a finish.
fn lesson_events(
    out: &mut Vec<EventRecord>,
    device: &str,
    course: &str,
    participant: (usize, &str),
    l: usize,
    clock: &mut i64,
) {
    let (p, pid) = participant;
    let base = EventRecord {
        id: String::new(),
        device_id: device.to_owned(),
        participant_id: Some(pid.to_owned()),
        lesson_id: lesson_id(l),
        kind: String::new(),
        step: None,
        answer: None,
        correct: None,
        at_ms: 0,
        course_id: Some(course.to_owned()),
        session: Some(i64::from(session_of(l))),
        ref_id: None,
    };
    let asks = (p * 7 + l) % 13 == 0;
    let mut request = None;
    for i in 0..EVENTS_PER_LESSON {
        let step = (i as i64 / 3).min(2);
        let (kind, step, answer, correct, ref_id) = match i {
            0 => ("lesson-started", None, None, None, None),
            3 | 5 => (
                "answer-given",
                Some(step),
                Some(1),
                Some((p + l + i) % 3 != 0),
                None,
            ),
            7 if asks => ("help-requested", Some(step), None, None, None),
            8 if asks && p % 2 == 0 => ("help-resolved", None, None, None, request.clone()),
            9 if l < 30 + p % 10 => ("lesson-completed", None, None, None, None),
            _ => ("step-reached", Some(step), None, None, None),
        };
        *clock += 1_000;
        let event = EventRecord {
            id: uuid(),
            kind: kind.to_owned(),
            step,
            answer,
            correct,
            at_ms: *clock,
            ref_id,
            ..base.clone()
        };
        if kind == "help-requested" {
            request = Some(event.id.clone());
        }
        out.push(event);
    }
}

/// The course, its sessions, participants and attendance (no events).
fn course_content(course: &str, participants: &[String]) -> Content {
    let mut content = Content::default();
    content.courses.push(CourseRecord {
        id: course.to_owned(),
        name: "Stadsbiblioteket, våren 2027".into(),
        place: "Kalmar".into(),
        tutors: Vec::new(),
        updated_ms: START_MS,
    });
    for s in 1..=SESSIONS {
        content.sessions.push(SessionRecord {
            course_id: course.to_owned(),
            number: i64::from(s),
            date: format!("2027-{:02}-{:02}", 1 + s / 4, 1 + (s % 4) * 7),
        });
    }
    for (p, id) in participants.iter().enumerate() {
        content.participants.push(ParticipantRecord {
            id: id.clone(),
            course_id: course.to_owned(),
            name: format!(
                "Deltagare {} {}.",
                p / 26,
                char::from(b'A' + (p % 26) as u8)
            ),
            note: String::new(),
            updated_ms: START_MS,
        });
        for s in 1..=SESSIONS {
            content.attendance.push(AttendanceRecord {
                course_id: course.to_owned(),
                session: i64::from(s),
                participant_id: id.clone(),
                present: (p + usize::from(s)) % 6 != 0,
                updated_ms: START_MS,
            });
        }
    }
    content
}

/// Events of `who` in every lesson, session by session, from `devices`.
fn events(
    course: &str,
    who: &[(usize, &str)],
    devices: &[String],
    clock: &mut i64,
) -> Vec<EventRecord> {
    let mut out = Vec::with_capacity(who.len() * LESSONS * EVENTS_PER_LESSON);
    for l in 0..LESSONS {
        for &(p, id) in who {
            let device = &devices[p % devices.len()];
            lesson_events(&mut out, device, course, (p, id), l, clock);
        }
    }
    out
}

/// Time on the CPU of this thread so far (ns), from Linux's schedstat: the
/// machine may be busy with other work, and this counts only ours.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Wall-clock and CPU time of one run, in ms.
#[derive(Clone, Copy)]
struct Sample {
    wall: f64,
    cpu: Option<f64>,
}

fn measure<T>(f: impl FnOnce() -> T) -> (T, Sample) {
    let cpu = cpu_ns();
    let start = Instant::now();
    let value = f();
    let wall = start.elapsed().as_secs_f64() * 1000.0;
    let cpu = cpu.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e6);
    (value, Sample { wall, cpu })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(what: &str, samples: &[Sample], target: &str) {
    let wall = median(samples.iter().map(|s| s.wall).collect());
    let min = samples.iter().map(|s| s.wall).fold(f64::INFINITY, f64::min);
    let cpu: Option<Vec<f64>> = samples.iter().map(|s| s.cpu).collect();
    let cpu = cpu.map_or_else(|| "n/a".to_owned(), |c| format!("{:.1} ms", median(c)));
    println!(
        "{what}: median {wall:.1} ms (min {min:.1} ms; CPU median {cpu}; {} runs; target {target})",
        samples.len()
    );
}

fn db_size(dir: &Path) -> u64 {
    ["progress.db", "progress.db-wal", "progress.db-shm"]
        .iter()
        .filter_map(|f| std::fs::metadata(dir.join(f)).ok())
        .map(|m| m.len())
        .sum()
}

/// What the app does for the dashboard: load the tutor data (the course's
/// kept summaries, one per participant and lesson) and compute the rows and
/// help list. Returns the number of summaries and the time spent computing.
fn dashboard(store: &Store, library: &Library, course: &str, session: u8) -> (usize, Sample) {
    let data =
        stegvis::app::load_tutor_data(store, Some(course), Some(session), START_MS + 1_000_000_000)
            .expect("load");
    let (rows, computing) = measure(|| {
        let rows = dashboard_rows(&data, library, "sv", session);
        std::hint::black_box(help_rows(&data, library, "sv"));
        rows
    });
    assert_eq!(rows.len(), PARTICIPANTS);
    let summaries = data.progress.by_participant.values().map(Vec::len).sum();
    (summaries, computing)
}

fn main() {
    let root = tempfile::tempdir().expect("tempdir");
    let library = library(&root.path().join("lessons"));
    let big = root.path().join("big");
    let course = uuid();
    let people: Vec<String> = (0..PARTICIPANTS).map(|_| uuid()).collect();
    let devices: Vec<String> = (0..10).map(|_| uuid()).collect();
    let who: Vec<(usize, &str)> = people.iter().map(String::as_str).enumerate().collect();
    let mut clock = START_MS;

    // The big store: one merge of everything (the import path).
    let mut content = course_content(&course, &people);
    content.events = EventTable::from_records(events(&course, &who, &devices, &mut clock));
    let total = content.events.len();
    {
        let mut store = Store::open(&big).expect("open").store;
        let (_, fill) = measure(|| store.merge_content(&content).expect("fill"));
        println!(
            "fill: {total} events merged into an empty store in {:.0} ms",
            fill.wall
        );
    }
    drop(content);
    let size = db_size(&big);
    println!(
        "database: {:.1} MB for {total} events, {PARTICIPANTS} participants (target < 100 MB)",
        size as f64 / 1e6
    );

    // 100,000 new events from a second PC, which also has the course.
    let second = root.path().join("second");
    let file = root.path().join("dator2.json");
    {
        let mut store = Store::open(&second).expect("open").store;
        let mut content = course_content(&course, &people);
        content.events = EventTable::from_records(events(
            &course,
            &who[..NEW_PARTICIPANTS],
            &[uuid()],
            &mut clock,
        ));
        store.merge_content(&content).expect("second");
        store.set_device_name("Dator 2").expect("name");
        store.export(&file).expect("export second");
    }

    // The dashboard reads the course's kept summaries (one per participant
    // and lesson) and computes the rows and the help list. The session view
    // and the whole-course view show the same rows (the whole-course view
    // shows more of each), so one load serves both. First opening: a store
    // just opened (SQLite's own cache empty).
    let mut cold = Vec::new();
    let mut compute = Vec::new();
    let mut summaries = 0;
    for run in 0..RUNS {
        let store = Store::open(&big).expect("reopen").store;
        let session = (run % usize::from(SESSIONS)) as u8 + 1;
        let ((n, computing), sample) = measure(|| dashboard(&store, &library, &course, session));
        summaries = n;
        cold.push(sample);
        compute.push(computing);
    }
    report(
        "dashboard, first opening after start (session or whole course)",
        &cold,
        "< 50 ms (one session), < 200 ms (whole course)",
    );
    report(
        &format!("  of which dashboard_rows + help_rows from {summaries} summaries"),
        &compute,
        "-",
    );
    let mut store = Store::open(&big).expect("reopen").store;
    let _ = dashboard(&store, &library, &course, 1);
    let mut record = Vec::new();
    let mut warm = Vec::new();
    // The tutor stays on session 1 while seniors work on.
    for who in people.iter().take(RUNS) {
        let (_, sample) = measure(|| {
            store
                .record(
                    Some(who),
                    &lesson_id(0),
                    stegvis::model::progress::EventKind::LessonStarted,
                )
                .expect("a new event")
        });
        record.push(sample);
        let (_, sample) = measure(|| dashboard(&store, &library, &course, 1));
        warm.push(sample);
    }
    report(
        "a senior's new event saved (event + its lesson's summary)",
        &record,
        "-",
    );
    report(
        "dashboard refresh after a new event (session or whole course)",
        &warm,
        "< 50 ms (one session), < 200 ms (whole course)",
    );

    let out = root.path().join("export.json");
    let samples: Vec<Sample> = (0..RUNS)
        .map(|_| measure(|| store.export(&out).expect("export")).1)
        .collect();
    report(
        &format!("export of the whole store ({total} events)"),
        &samples,
        "< 500 ms",
    );
    let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!("  export file: {:.1} MB", bytes as f64 / 1e6);
    drop(store);

    let mut first = Vec::new();
    let mut again = Vec::new();
    for _ in 0..IMPORT_RUNS {
        let copy: PathBuf = root.path().join("copy");
        let _ = std::fs::remove_dir_all(&copy);
        std::fs::create_dir_all(&copy).expect("mkdir");
        std::fs::copy(big.join("progress.db"), copy.join("progress.db")).expect("copy db");
        let mut store = Store::open(&copy).expect("open copy").store;
        let (summary, sample) = measure(|| store.import(&file).expect("import"));
        assert_eq!(
            summary.new_events,
            NEW_PARTICIPANTS * LESSONS * EVENTS_PER_LESSON
        );
        first.push(sample);
        let (summary, sample) = measure(|| store.import(&file).expect("re-import"));
        assert_eq!(summary.new_events, 0);
        again.push(sample);
    }
    report(
        "import of 100,000 new events into the big store",
        &first,
        "< 1000 ms",
    );
    report(
        "re-import of the same file (nothing new)",
        &again,
        "< 500 ms",
    );
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    println!("  import file: {:.1} MB", bytes as f64 / 1e6);
}
