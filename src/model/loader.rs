//! Loads lesson folders, validating each one; a broken lesson is skipped and
//! reported as a [`Problem`] naming the file, line and what is wrong.

use super::lesson::{BASE_LOCALE, KEYWORDS_ID, Lesson, LessonFile, Step, Texts, Topic, in_dir};
use super::scenario;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

/// Files larger than this are refused without being read whole.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The lesson cannot be used and is skipped.
    Error,
    /// The lesson works, but something should be fixed.
    Warning,
}

/// One thing wrong with a lesson file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file (or folder) at fault.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    pub(crate) fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub(crate) fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, message)
        }
    }

    pub(crate) fn at(mut self, position: Option<(usize, usize)>) -> Problem {
        if let Some((line, column)) = position {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let prefix = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(f, ": {prefix}{}", self.message)
    }
}

/// All lessons that loaded, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Valid lessons.
    pub lessons: Vec<Lesson>,
    /// Errors (skipped lessons) and warnings, the course plan's included.
    pub problems: Vec<Problem>,
    /// The course plan of the first folder that has one (`course.toml`).
    pub plan: Option<super::course_plan::CoursePlan>,
}

/// 1-based (line, column) of a byte offset.
pub(crate) fn position(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The position of the first `"id"` in a TOML source, for messages about ids.
pub(crate) fn find_quoted(source: &str, id: &str) -> Option<(usize, usize)> {
    source
        .find(&format!("\"{id}\""))
        .map(|at| position(source, at))
}

/// Reads a text file: a regular file only (a pipe would make loading
/// wait forever), at most [`MAX_FILE_BYTES`], UTF-8 with the line of a bad
/// byte.
pub(crate) fn read_text(path: &Path) -> Result<String, Problem> {
    let bytes = crate::limited::read_regular(path, MAX_FILE_BYTES).map_err(|e| {
        let message = match e.kind() {
            std::io::ErrorKind::FileTooLarge => {
                format!("the file is too large (at most {MAX_FILE_BYTES} bytes)")
            }
            _ => format!("cannot read the file: {e}"),
        };
        Problem::error(path, message)
    })?;
    text_from_bytes(path, bytes)
}

fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let source = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Problem::error(path, "the file is not valid UTF-8 text (save it as UTF-8)")
            .at(Some(position(&source, valid)))
    })
}

/// The sources of one lesson folder, read but not yet checked.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// `lesson.toml`.
    pub toml: String,
    /// Locale → `.ftl` source.
    pub ftl: BTreeMap<String, String>,
    /// Scenario id → `scenarios/<id>.toml` source.
    pub scenarios: BTreeMap<String, String>,
}

/// Parses Fluent sources (locale → source) into plain texts per locale;
/// `file` names a locale's file in problems. `None` after any error.
pub(crate) fn parse_fluent(
    ftl: &BTreeMap<String, String>,
    file: &dyn Fn(&str) -> PathBuf,
    problems: &mut Vec<Problem>,
) -> Option<Texts> {
    use fluent_bundle::{FluentBundle, FluentResource};
    let mut texts = Texts::new();
    let mut ok = true;
    for (locale, source) in ftl {
        let path = file(locale);
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((_, errors)) => {
                for e in errors.iter().take(3) {
                    problems.push(
                        Problem::error(&path, format!("Fluent syntax error: {}", e.kind))
                            .at(Some(position(source, e.pos.start))),
                    );
                }
                ok = false;
                continue;
            }
        };
        let lang = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(Problem::error(&path, format!("Fluent error: {e}")));
            }
            ok = false;
            continue;
        }
        let mut messages = BTreeMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, None, &mut errors);
            if !errors.is_empty() {
                problems.push(
                    Problem::error(
                        &path,
                        format!("message `{id}` cannot be shown: {:?}", errors[0]),
                    )
                    .at(source.find(&format!("{id} =")).map(|o| position(source, o))),
                );
                ok = false;
            }
            messages.insert(id, value.into_owned());
        }
        texts.insert(locale.clone(), messages);
    }
    ok.then_some(texts)
}

/// Checks that every other locale has exactly the Swedish messages: one
/// missing is an error, an extra one a warning (it is never shown).
pub(crate) fn compare_locales(
    texts: &Texts,
    file: &dyn Fn(&str) -> PathBuf,
    problems: &mut Vec<Problem>,
) {
    let Some(base) = texts.get(BASE_LOCALE) else {
        return;
    };
    let base_name = file(BASE_LOCALE)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (locale, messages) in texts {
        if locale == BASE_LOCALE {
            continue;
        }
        let path = file(locale);
        for id in base.keys() {
            if !messages.contains_key(id) {
                problems.push(Problem::error(
                    &path,
                    format!("text `{id}` is in {base_name} but missing here"),
                ));
            }
        }
        for id in messages.keys() {
            if !base.contains_key(id) {
                problems.push(Problem::warning(
                    &path,
                    format!("text `{id}` is not in {base_name} and is never shown"),
                ));
            }
        }
    }
}

/// Warns about `keywords` lines that are not `Word: what it means.`.
fn check_keywords(path: &Path, source: &str, text: &str, problems: &mut Vec<Problem>) {
    let at = source
        .find(&format!("{KEYWORDS_ID} ="))
        .map(|o| position(source, o));
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let ok = line
            .split_once(':')
            .is_some_and(|(term, meaning)| !term.trim().is_empty() && !meaning.trim().is_empty());
        if !ok {
            problems.push(
                Problem::warning(
                    path,
                    format!("key word line `{line}` should be written as `Word: what it means.`"),
                )
                .at(at),
            );
        }
    }
}

/// Reads `facts-checked`: a `YYYY-MM-DD` date, quoted or a bare TOML date.
/// Anything else is a warning and counts as no date.
fn facts_checked(
    toml_path: &Path,
    source: &str,
    value: Option<&toml::Value>,
    problems: &mut Vec<Problem>,
) -> Option<time::Date> {
    let value = value?;
    let text = match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    };
    let date = super::course::parse_iso_date(&text);
    if date.is_none() {
        let at = source.find("facts-checked").map(|o| position(source, o));
        problems.push(
            Problem::warning(
                toml_path,
                format!(
                    "facts-checked `{text}` is not a date written like \"2026-12-06\"; it is ignored"
                ),
            )
            .at(at),
        );
    }
    date
}

/// Checks one lesson from its sources. Errors and warnings go to `problems`;
/// the lesson is returned only when there was no error.
pub fn check_lesson(dir: &Path, sources: &Sources, problems: &mut Vec<Problem>) -> Option<Lesson> {
    let toml_path = in_dir(dir, "lesson.toml");
    let start = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let file: LessonFile = match toml::from_str(&sources.toml) {
        Ok(f) => f,
        Err(e) => {
            let pos = e.span().map(|s| position(&sources.toml, s.start));
            let message = e.message().trim().replace('\n', " ");
            problems.push(Problem::error(&toml_path, message).at(pos));
            return None;
        }
    };
    let at_id = |id: &str| find_quoted(&sources.toml, id);

    if file.id.is_empty()
        || !file
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        problems.push(
            Problem::error(
                &toml_path,
                format!("lesson id `{}` must use only a–z, 0–9 and -", file.id),
            )
            .at(at_id(&file.id)),
        );
    }
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !file.id.is_empty() && folder != file.id {
        problems.push(
            Problem::warning(
                &toml_path,
                format!(
                    "lesson id `{}` differs from its folder name `{folder}`",
                    file.id
                ),
            )
            .at(at_id(&file.id)),
        );
    }
    if !(1..=10).contains(&file.session) {
        problems.push(Problem::error(
            &toml_path,
            format!("session {} is outside 1–10", file.session),
        ));
    }
    let facts_checked = facts_checked(
        &toml_path,
        &sources.toml,
        file.facts_checked.as_ref(),
        problems,
    );
    if file.step.is_empty() {
        problems.push(Problem::error(
            &toml_path,
            "the lesson has no steps; add at least one [[step]]",
        ));
    }
    for (i, step) in file.step.iter().enumerate() {
        let n = i + 1;
        match step {
            Step::Read { image, alt, text } => {
                if let Some(rel) = image {
                    let ext_ok = Path::new(rel).extension().is_some_and(|e| {
                        ["png", "jpg", "jpeg"]
                            .contains(&e.to_string_lossy().to_lowercase().as_str())
                    });
                    if !ext_ok {
                        problems.push(
                            Problem::error(
                                &toml_path,
                                format!("step {n}: image `{rel}` must be a .png or .jpg file"),
                            )
                            .at(at_id(rel)),
                        );
                    } else if let Some(problem) = super::image_check::problem(dir, rel) {
                        problems.push(
                            Problem::error(&toml_path, format!("step {n}: {problem}"))
                                .at(at_id(rel)),
                        );
                    }
                    if alt.is_none() {
                        problems.push(
                            Problem::error(
                                &toml_path,
                                format!(
                                    "step {n}: image `{rel}` needs `alt`, a text describing it"
                                ),
                            )
                            .at(at_id(text)),
                        );
                    }
                }
            }
            Step::Practice { .. } => {}
            Step::Choice { answers, text, .. } => {
                if !(2..=4).contains(&answers.len()) {
                    problems.push(
                        Problem::error(
                            &toml_path,
                            format!(
                                "step {n}: a question needs 2–4 answers, not {}",
                                answers.len()
                            ),
                        )
                        .at(at_id(text)),
                    );
                }
                if !answers.iter().any(|a| a.correct) {
                    problems.push(
                        Problem::error(
                            &toml_path,
                            format!("step {n}: no answer is marked `correct = true`"),
                        )
                        .at(at_id(text)),
                    );
                }
            }
        }
    }

    let scenarios = scenario::load_for_lesson(dir, &file.step, sources, problems);

    // Text.
    if !sources.ftl.contains_key(BASE_LOCALE) {
        problems.push(Problem::error(
            in_dir(dir, "sv.ftl"),
            "the Swedish text file sv.ftl is missing",
        ));
        return None;
    }
    let ftl_file = |locale: &str| in_dir(dir, &format!("{locale}.ftl"));
    let texts = parse_fluent(&sources.ftl, &ftl_file, problems)?;
    let base: BTreeSet<&String> = texts
        .get(BASE_LOCALE)
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    let mut referenced: Vec<&str> = vec!["title", "summary"];
    for step in &file.step {
        referenced.extend(step.message_ids());
    }
    for id in referenced {
        if !base.iter().any(|b| b.as_str() == id) {
            let pos = if id == "title" || id == "summary" {
                None
            } else {
                at_id(id)
            };
            problems.push(
                Problem::error(&toml_path, format!("text `{id}` is missing from sv.ftl")).at(pos),
            );
        }
    }
    compare_locales(&texts, &ftl_file, problems);
    for s in scenarios.values() {
        problems.extend(scenario::missing_texts(s, |id| {
            base.iter().any(|b| b.as_str() == id)
        }));
    }
    for (locale, messages) in &texts {
        if let Some(words) = messages.get(KEYWORDS_ID) {
            let source = sources.ftl.get(locale).map_or("", String::as_str);
            check_keywords(&ftl_file(locale), source, words, problems);
        }
    }

    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if errors > start {
        return None;
    }
    Some(Lesson {
        id: file.id,
        topic: file.topic,
        session: file.session,
        minutes: file.minutes,
        requires: file.requires,
        facts_checked,
        steps: file.step,
        dir: dir.to_path_buf(),
        scenarios,
        texts,
    })
}

/// Reads one lesson folder's files.
fn read_sources(dir: &Path) -> Result<Sources, Problem> {
    let toml_path = dir.join("lesson.toml");
    if !toml_path.exists() {
        return Err(Problem::error(dir, "this lesson folder has no lesson.toml"));
    }
    let toml = read_text(&toml_path)?;
    let mut ftl = BTreeMap::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Problem::error(dir, format!("cannot read the folder: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl") && !p.is_dir())
        .collect();
    entries.sort();
    for path in entries {
        let Some(locale) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        ftl.insert(locale, read_text(&path)?);
    }
    let scenarios = scenario::read_folder(dir)?;
    Ok(Sources {
        toml,
        ftl,
        scenarios,
    })
}

impl Library {
    /// Loads every lesson folder under each of `dirs`. A broken lesson is
    /// skipped and reported; the rest load. Never panics.
    pub fn load(dirs: &[PathBuf]) -> Library {
        let mut problems = Vec::new();
        let mut lessons = Vec::new();
        for dir in dirs {
            let mut folders: Vec<PathBuf> = match std::fs::read_dir(dir) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_dir())
                    .collect(),
                Err(e) => {
                    problems.push(Problem::error(
                        dir,
                        format!("cannot read the lessons folder: {e}"),
                    ));
                    continue;
                }
            };
            folders.sort();
            for folder in folders {
                match read_sources(&folder) {
                    Ok(sources) => lessons.extend(check_lesson(&folder, &sources, &mut problems)),
                    Err(p) => problems.push(p),
                }
            }
        }
        let lessons = check_together(lessons, &mut problems);
        let mut plan = None;
        for dir in dirs {
            if super::course_plan::plan_path(dir).exists() {
                let (loaded, plan_problems) = super::course_plan::CoursePlan::load(dir);
                problems.extend(plan_problems);
                plan = loaded;
                break;
            }
        }
        Library {
            lessons,
            problems,
            plan,
        }
    }

    /// Where a lesson comes in the course: its session, then its place in
    /// the plan's list for that session (lessons the plan does not list come
    /// after, by id). Sorting by this gives the order of the course.
    pub fn course_order<'a>(&self, lesson: &'a Lesson) -> (u8, usize, &'a str) {
        let place = self
            .plan
            .as_ref()
            .and_then(|plan| plan.session(lesson.session))
            .and_then(|s| s.lessons.iter().position(|id| *id == lesson.id))
            .unwrap_or(usize::MAX);
        (lesson.session, place, lesson.id.as_str())
    }

    /// Loads lessons from in-memory sources (for tests and fuzzing).
    pub fn from_sources(items: &[(PathBuf, Sources)]) -> Library {
        let mut problems = Vec::new();
        let lessons = items
            .iter()
            .filter_map(|(dir, sources)| check_lesson(dir, sources, &mut problems))
            .collect();
        let lessons = check_together(lessons, &mut problems);
        Library {
            lessons,
            problems,
            plan: None,
        }
    }

    /// The lesson with this id.
    pub fn get(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// Lessons of a topic in course order (session, then the plan's order).
    pub fn by_topic(&self, topic: Topic) -> Vec<&Lesson> {
        let mut found: Vec<&Lesson> = self.lessons.iter().filter(|l| l.topic == topic).collect();
        found.sort_by_key(|l| self.course_order(l));
        found
    }

    /// The files of the lessons that were skipped, each once, with the
    /// line of its first error when known ("…/lesson.toml:7"), in the order
    /// found.
    pub fn broken_files(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error && seen.insert(&p.path))
            .map(|p| match p.line {
                Some(line) => format!("{}:{line}", p.path.display()),
                None => p.path.display().to_string(),
            })
            .collect()
    }

    /// Whether any error was found.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Checks across lessons: unique ids, `requires` that exist and form no cycle.
fn check_together(lessons: Vec<Lesson>, problems: &mut Vec<Problem>) -> Vec<Lesson> {
    let toml = |l: &Lesson| in_dir(&l.dir, "lesson.toml");
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut unique = Vec::new();
    for lesson in lessons {
        if let Some(first) = seen.get(&lesson.id) {
            problems.push(Problem::error(
                toml(&lesson),
                format!(
                    "lesson id `{}` is already used by {}",
                    lesson.id,
                    first.display()
                ),
            ));
            continue;
        }
        seen.insert(lesson.id.clone(), lesson.dir.clone());
        unique.push(lesson);
    }

    // Cycles among `requires`.
    let index: HashMap<&str, usize> = unique
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let mut in_cycle = vec![false; unique.len()];
    #[allow(clippy::needless_range_loop)] // `start` is compared with other indices too
    for start in 0..unique.len() {
        // Depth-first search from `start` looking for a path back to it.
        let mut stack = vec![start];
        let mut visited = vec![false; unique.len()];
        while let Some(at) = stack.pop() {
            for r in &unique[at].requires {
                if let Some(&next) = index.get(r.as_str()) {
                    if next == start {
                        in_cycle[start] = true;
                    } else if !visited[next] {
                        visited[next] = true;
                        stack.push(next);
                    }
                }
            }
        }
    }
    for (i, lesson) in unique.iter().enumerate() {
        if in_cycle[i] {
            problems.push(Problem::error(
                toml(lesson),
                format!(
                    "lesson `{}` is part of a `requires` cycle (it ends up requiring itself)",
                    lesson.id
                ),
            ));
        }
    }
    let mut kept: Vec<Lesson> = unique
        .into_iter()
        .zip(in_cycle)
        .filter(|(_, c)| !c)
        .map(|(l, _)| l)
        .collect();

    // A requirement that did not load (a typo in it, or in the lesson it
    // names) is a warning: the lesson itself works, so only the
    // requirement goes, not every lesson that builds on a broken one.
    let ids: BTreeSet<String> = kept.iter().map(|l| l.id.clone()).collect();
    for lesson in &mut kept {
        let (found, missing): (Vec<String>, Vec<String>) = std::mem::take(&mut lesson.requires)
            .into_iter()
            .partition(|r| ids.contains(r));
        lesson.requires = found;
        if missing.is_empty() {
            continue;
        }
        let path = toml(lesson);
        let source = read_text(&path).unwrap_or_default();
        for r in missing {
            problems.push(
                Problem::warning(
                    &path,
                    format!("`requires` names `{r}`, which is not a lesson that could be loaded"),
                )
                .at(find_quoted(&source, &r)),
            );
        }
    }
    kept
}

/// For unit tests: the library of one lesson folder `t` made from `toml`
/// and `ftl` (locale → source), in a temporary folder that also holds
/// `pic.png` with these bytes. Keep the folder while the lesson is used.
#[cfg(test)]
pub(crate) fn library_in_temp(
    toml: &str,
    ftl: BTreeMap<String, String>,
    png: &[u8],
) -> (tempfile::TempDir, Library) {
    let root = tempfile::tempdir().expect("tempdir");
    let dir = root.path().join("t");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("pic.png"), png).expect("write");
    let sources = Sources {
        toml: toml.to_owned(),
        ftl,
        ..Sources::default()
    };
    let library = Library::from_sources(&[(dir, sources)]);
    (root, library)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        assert_eq!(position("ab\ncd", 0), (1, 1));
        assert_eq!(position("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn problem_display_has_path_line_and_column() {
        let p = Problem::error("x/lesson.toml", "bad").at(Some((3, 7)));
        assert_eq!(p.to_string(), "x/lesson.toml:3:7: bad");
        assert_eq!(
            Problem::warning("y.ftl", "hm").to_string(),
            "y.ftl: warning: hm"
        );
    }
}
