//! `stegvis check-lessons`: validation and readability report.

use super::loader::{Library, Severity};
use super::narration;
use super::readability::lix_of;
use std::io::Write;
use std::path::Path;

/// Swedish LIX at or above this is reported as a warning (the target is below 30).
pub const LIX_WARN: f64 = 40.0;
/// The readability target for Swedish lesson text.
pub const LIX_TARGET: f64 = 30.0;

/// What `check-lessons` is strict about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Narration problems of this locale are errors, not warnings
    /// (`--require-narration sv`).
    pub require_narration: Option<String>,
}

/// Validates every lesson under `dir` and reports readability and narration,
/// with narration problems as warnings. See [`check_lessons_with`].
pub fn check_lessons(dir: &Path, out: &mut dyn Write) -> std::io::Result<bool> {
    check_lessons_with(dir, &CheckOptions::default(), out)
}

/// Validates every lesson under `dir`, and the course plan (`course.toml`)
/// when there is one, and reports readability and narration clips. Writes one
/// line per problem and one LIX line per lesson; returns true when there is
/// no error.
pub fn check_lessons_with(
    dir: &Path,
    options: &CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<bool> {
    let library = Library::load(&[dir.to_path_buf()]);
    let mut problems = library.problems.clone();
    let mut report = Vec::new();
    let mut lessons: Vec<_> = library.lessons.iter().collect();
    lessons.sort_by(|a, b| a.id.cmp(&b.id));
    for lesson in &lessons {
        let mut locales = narration::narrated_locales(lesson);
        if let Some(required) = &options.require_narration {
            if !locales.contains(required) {
                locales.push(required.clone());
            }
        }
        for locale in &locales {
            let required = options.require_narration.as_deref() == Some(locale.as_str());
            for mut p in narration::locale_clip_problems(lesson, locale) {
                if required {
                    p.severity = Severity::Error;
                }
                problems.push(p);
            }
        }
        let mut line = String::from("LIX");
        for locale in lesson.locales() {
            let value = lix_of(lesson.all_text(locale));
            line.push_str(&format!("  {locale} {value:.1}"));
            if locale == "sv" && value > LIX_WARN {
                problems.push(super::Problem {
                    path: lesson.dir.join("sv.ftl"),
                    line: None,
                    column: None,
                    severity: Severity::Warning,
                    message: format!(
                        "the Swedish text is hard to read (LIX {value:.1}; aim below {LIX_TARGET})"
                    ),
                });
            }
        }
        report.push(format!("{line}  {}", lesson.id));
    }
    // The library loaded the plan and reported its problems.
    if let Some(plan) = &library.plan {
        problems.extend(plan.check(&library));
        report.push(format!(
            "Course plan  {} sessions, {} lessons  {}",
            plan.sessions.len(),
            plan.lesson_count(),
            plan.path.display()
        ));
    }
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    for line in &report {
        writeln!(out, "{line}")?;
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    writeln!(
        out,
        "{} lessons loaded, {errors} errors, {warnings} warnings",
        library.lessons.len()
    )?;
    Ok(errors == 0)
}
