//! `stegvis check-lessons`: validation and readability report.

use super::course::iso_date;
use super::loader::{Library, Severity};
use super::narration;
use super::readability::lix_of;
use super::wording::{self, Glossary};
use super::{Lesson, Problem};
use std::io::Write;
use std::path::Path;
use time::Date;

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
    /// The day to judge `facts-checked` dates by; `None` is today (UTC).
    pub today: Option<Date>,
}

/// Facts checked more than this many months ago may be stale.
pub const FACTS_STALE_MONTHS: u8 = 12;

/// Whether facts checked on `checked` are more than [`FACTS_STALE_MONTHS`]
/// (twelve) months old on `today`.
pub fn facts_stale(checked: Date, today: Date) -> bool {
    let year_later = (
        checked.year().saturating_add(1),
        checked.month() as u8,
        checked.day(),
    );
    year_later < (today.year(), today.month() as u8, today.day())
}

/// How the lessons' `facts-checked` dates stand, for staff.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsStatus {
    /// Lessons with a date.
    pub dated: usize,
    /// Ids of lessons without a date.
    pub undated: Vec<String>,
    /// Ids and dates of lessons checked more than twelve months ago.
    pub stale: Vec<(String, Date)>,
    /// The oldest date, when any lesson has one.
    pub oldest: Option<Date>,
}

impl FactsStatus {
    /// The status of `lessons` on `today`, ids sorted.
    pub fn of<'a>(lessons: impl IntoIterator<Item = &'a Lesson>, today: Date) -> FactsStatus {
        let mut status = FactsStatus::default();
        for lesson in lessons {
            match lesson.facts_checked {
                Some(date) => {
                    status.dated += 1;
                    status.oldest = Some(status.oldest.map_or(date, |o| o.min(date)));
                    if facts_stale(date, today) {
                        status.stale.push((lesson.id.clone(), date));
                    }
                }
                None => status.undated.push(lesson.id.clone()),
            }
        }
        status.undated.sort();
        status.stale.sort();
        status
    }

    /// One line for staff: how many lessons are dated, the oldest date, and
    /// the lessons that may be stale or were never checked.
    pub fn line(&self) -> String {
        let mut line = format!("Facts checked  {} lessons dated", self.dated);
        if let Some(oldest) = self.oldest {
            line.push_str(&format!(", oldest {}", iso_date(oldest)));
        }
        if !self.stale.is_empty() {
            let ids: Vec<String> = self
                .stale
                .iter()
                .map(|(id, d)| format!("{id} ({})", iso_date(*d)))
                .collect();
            line.push_str(&format!(
                "; older than {FACTS_STALE_MONTHS} months: {}",
                ids.join(", ")
            ));
        }
        if !self.undated.is_empty() {
            line.push_str(&format!("; never dated: {}", self.undated.join(", ")));
        }
        line
    }
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
    let today = options
        .today
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date());
    let glossary = match Glossary::load(dir) {
        Ok(g) => g,
        Err(p) => {
            problems.push(p);
            None
        }
    };
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
                problems.push(Problem {
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
        problems.extend(wording::check_lesson(lesson, glossary.as_ref()));
        match lesson.facts_checked {
            Some(date) => {
                line.push_str(&format!("  facts {}", iso_date(date)));
                if facts_stale(date, today) {
                    problems.push(Problem::warning(
                        lesson.dir.join("lesson.toml"),
                        format!(
                            "the facts were last checked {}, more than {FACTS_STALE_MONTHS} months ago; check them and update facts-checked",
                            iso_date(date)
                        ),
                    ));
                }
            }
            None => line.push_str("  facts unchecked"),
        }
        report.push(format!("{line}  {}", lesson.id));
    }
    report.push(FactsStatus::of(lessons.iter().copied(), today).line());
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
