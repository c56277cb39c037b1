//! Loading 100 lessons (target < 100 ms). Run: `cargo bench --bench load`.

use std::time::Instant;
use stegvis::model::Library;

fn main() {
    let root = tempfile::tempdir().expect("tempdir");
    let template =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui-lessons/ui-first");
    for i in 0..100 {
        let dir = root.path().join(format!("lesson-{i:03}"));
        std::fs::create_dir_all(&dir).expect("mkdir");
        for file in ["sv.ftl", "en.ftl"] {
            std::fs::copy(template.join(file), dir.join(file)).expect("copy");
        }
        let toml = std::fs::read_to_string(template.join("lesson.toml"))
            .expect("read")
            .replace("id = \"ui-first\"", &format!("id = \"lesson-{i:03}\""));
        std::fs::write(dir.join("lesson.toml"), toml).expect("write");
    }
    let dirs = vec![root.path().to_path_buf()];
    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let library = Library::load(&dirs);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(library.lessons.len(), 100, "{:?}", library.problems.first());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "load 100 lessons: min {:.1} ms, median {:.1} ms (20 runs, target < 100 ms)",
        times[0],
        times[times.len() / 2]
    );
}
