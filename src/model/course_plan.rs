//! The course plan: which lessons each of the ten sessions covers, in order.
//!
//! `lessons/course.toml` lists the sessions; their titles are Fluent messages
//! `session-1` … `session-10` in `lessons/course.sv.ftl` (required) and
//! `course.<locale>.ftl` for other languages:
//!
//! ```toml
//! [[session]]
//! number = 1
//! lessons = ["dator-kom-igang", "mus-och-styrplatta"]
//! ```
//!
//! Problems are reported like the lesson loader's, as `path:line:col`.

use super::lesson::{BASE_LOCALE, Texts, lookup};
use super::loader::{Library, Problem, compare_locales, parse_fluent, position, read_text};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The plan's file name in a lessons folder.
pub const PLAN_FILE: &str = "course.toml";
/// How many sessions a course has.
pub const SESSIONS: u8 = 10;

/// `<dir>/course.toml`.
pub fn plan_path(dir: &Path) -> PathBuf {
    dir.join(PLAN_FILE)
}

/// `<dir>/course.<locale>.ftl`, the session titles in one language.
pub fn titles_path(dir: &Path, locale: &str) -> PathBuf {
    dir.join(format!("course.{locale}.ftl"))
}

/// The Fluent id of a session's title: `session-<number>`.
pub fn title_id(number: u8) -> String {
    format!("session-{number}")
}

/// `course.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    #[serde(default)]
    session: Vec<SessionFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionFile {
    number: Spanned<u8>,
    #[serde(default)]
    lessons: Vec<Spanned<String>>,
}

/// One session of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    /// 1–10.
    pub number: u8,
    /// Lesson ids, in the order they are done.
    pub lessons: Vec<String>,
    /// Where each lesson id is written in `course.toml` (line, column).
    lesson_at: Vec<(usize, usize)>,
}

/// A loaded course plan: sessions 1–10 in order, each with its lessons.
#[derive(Debug, Clone)]
pub struct CoursePlan {
    /// The sessions, ordered by number.
    pub sessions: Vec<PlannedSession>,
    /// `course.toml`.
    pub path: PathBuf,
    titles: Texts,
}

impl CoursePlan {
    /// Reads the plan in `dir`. Returns `None` with no problems when there is
    /// no `course.toml`, and `None` with the problems when it has errors.
    pub fn load(dir: &Path) -> (Option<CoursePlan>, Vec<Problem>) {
        let path = plan_path(dir);
        if !path.exists() {
            return (None, Vec::new());
        }
        let mut problems = Vec::new();
        let toml = match read_text(&path) {
            Ok(t) => t,
            Err(p) => return (None, vec![p]),
        };
        let mut ftl = BTreeMap::new();
        for locale in title_locales(dir) {
            match read_text(&titles_path(dir, &locale)) {
                Ok(source) => {
                    ftl.insert(locale, source);
                }
                Err(p) => problems.push(p),
            }
        }
        let plan = CoursePlan::from_sources(dir, &toml, &ftl, &mut problems);
        (plan, problems)
    }

    /// Checks a plan from its sources (`course.toml` and locale → titles
    /// source). Problems go to `problems`; the plan is returned only when
    /// there was no error.
    pub fn from_sources(
        dir: &Path,
        toml: &str,
        ftl: &BTreeMap<String, String>,
        problems: &mut Vec<Problem>,
    ) -> Option<CoursePlan> {
        let path = plan_path(dir);
        let errors_before = error_count(problems);
        let file: PlanFile = match toml::from_str(toml) {
            Ok(f) => f,
            Err(e) => {
                let pos = e.span().map(|s| position(toml, s.start));
                let message = e.message().trim().replace('\n', " ");
                problems.push(Problem::error(&path, message).at(pos));
                return None;
            }
        };
        let at = |offset: usize| Some(position(toml, offset));

        let mut by_number: BTreeMap<u8, PlannedSession> = BTreeMap::new();
        for session in file.session {
            let number = *session.number.get_ref();
            let number_at = at(session.number.span().start);
            if !(1..=SESSIONS).contains(&number) {
                problems.push(
                    Problem::error(&path, format!("session {number} is outside 1–{SESSIONS}"))
                        .at(number_at),
                );
                continue;
            }
            if by_number.contains_key(&number) {
                problems.push(
                    Problem::error(&path, format!("session {number} is listed twice"))
                        .at(number_at),
                );
                continue;
            }
            if session.lessons.is_empty() {
                problems.push(
                    Problem::warning(&path, format!("session {number} has no lessons"))
                        .at(number_at),
                );
            }
            let lesson_at = session
                .lessons
                .iter()
                .map(|l| position(toml, l.span().start))
                .collect();
            let lessons = session
                .lessons
                .into_iter()
                .map(Spanned::into_inner)
                .collect();
            by_number.insert(
                number,
                PlannedSession {
                    number,
                    lessons,
                    lesson_at,
                },
            );
        }
        for number in 1..=SESSIONS {
            if !by_number.contains_key(&number) {
                problems.push(Problem::error(
                    &path,
                    format!(
                        "session {number} is missing; the plan needs sessions 1–{SESSIONS}, \
                         each once"
                    ),
                ));
            }
        }

        // A lesson belongs to one session, once.
        let mut first: HashMap<&str, u8> = HashMap::new();
        for session in by_number.values() {
            for (id, pos) in session.lessons.iter().zip(&session.lesson_at) {
                if let Some(earlier) = first.get(id.as_str()) {
                    problems.push(
                        Problem::error(
                            &path,
                            format!(
                                "lesson `{id}` is already planned in session {earlier}; \
                                 a lesson belongs to one session"
                            ),
                        )
                        .at(Some(*pos)),
                    );
                } else {
                    first.insert(id, session.number);
                }
            }
        }

        let titles = check_titles(dir, ftl, problems);
        if error_count(problems) > errors_before {
            return None;
        }
        Some(CoursePlan {
            sessions: by_number.into_values().collect(),
            path,
            titles: titles?,
        })
    }

    /// A session's title in `locale` (falling back to Swedish, then to the
    /// message id).
    pub fn title(&self, number: u8, locale: &str) -> String {
        let id = title_id(number);
        lookup(&self.titles, locale, &id).map_or(id, str::to_owned)
    }

    /// The session a lesson is planned in.
    pub fn session_of(&self, lesson_id: &str) -> Option<u8> {
        self.sessions
            .iter()
            .find(|s| s.lessons.iter().any(|l| l == lesson_id))
            .map(|s| s.number)
    }

    /// The session with this number.
    pub fn session(&self, number: u8) -> Option<&PlannedSession> {
        self.sessions.iter().find(|s| s.number == number)
    }

    /// Checks the plan against the lessons that loaded: every planned lesson
    /// exists, every lesson is planned, no lesson requires one planned in a
    /// later session. Warnings: a lesson whose own `session` differs from the
    /// plan, and one that requires a lesson listed after it in the same
    /// session.
    pub fn check(&self, library: &Library) -> Vec<Problem> {
        let mut problems = Vec::new();
        let error =
            |message: String, at: (usize, usize)| Problem::error(&self.path, message).at(Some(at));
        // Position of each planned lesson: (session, index in the session).
        let mut place: HashMap<&str, (u8, usize)> = HashMap::new();
        for session in &self.sessions {
            for (i, id) in session.lessons.iter().enumerate() {
                place.insert(id, (session.number, i));
            }
        }
        for session in &self.sessions {
            for (i, (id, at)) in session.lessons.iter().zip(&session.lesson_at).enumerate() {
                let Some(lesson) = library.get(id) else {
                    problems.push(error(
                        format!("`{id}` is not a lesson that could be loaded"),
                        *at,
                    ));
                    continue;
                };
                if lesson.session != session.number {
                    problems.push(
                        Problem::warning(
                            &self.path,
                            format!(
                                "lesson `{id}` says session {} in its lesson.toml, but the \
                                 plan has it in session {}; make them agree",
                                lesson.session, session.number
                            ),
                        )
                        .at(Some(*at)),
                    );
                }
                for required in &lesson.requires {
                    match place.get(required.as_str()) {
                        Some(&(later, _)) if later > session.number => problems.push(error(
                            format!(
                                "lesson `{id}` (session {}) requires `{required}`, which is \
                                 planned later, in session {later}",
                                session.number
                            ),
                            *at,
                        )),
                        Some(&(same, j)) if same == session.number && j > i => problems.push(
                            Problem::warning(
                                &self.path,
                                format!(
                                    "lesson `{id}` requires `{required}`, which is listed \
                                     after it in session {same}; list `{required}` first"
                                ),
                            )
                            .at(Some(*at)),
                        ),
                        _ => {}
                    }
                }
            }
        }
        let mut unplanned: Vec<_> = library
            .lessons
            .iter()
            .filter(|l| !place.contains_key(l.id.as_str()))
            .collect();
        unplanned.sort_by(|a, b| a.id.cmp(&b.id));
        for lesson in unplanned {
            problems.push(Problem::error(
                &self.path,
                format!(
                    "lesson `{}` is in no session; add it to the session it suggests ({})",
                    lesson.id, lesson.session
                ),
            ));
        }
        problems
    }

    /// How many lessons the plan lists.
    pub fn lesson_count(&self) -> usize {
        self.sessions.iter().map(|s| s.lessons.len()).sum()
    }
}

fn error_count(problems: &[Problem]) -> usize {
    problems
        .iter()
        .filter(|p| p.severity == super::Severity::Error)
        .count()
}

/// The locales that have a `course.<locale>.ftl` in `dir`.
fn title_locales(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut locales: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let locale = name.strip_prefix("course.")?.strip_suffix(".ftl")?;
            (!locale.is_empty() && e.path().is_file()).then(|| locale.to_owned())
        })
        .collect();
    locales.sort();
    locales
}

/// Parses the titles and checks that Swedish has one per session and the
/// other locales the same messages.
fn check_titles(
    dir: &Path,
    ftl: &BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
) -> Option<Texts> {
    let file = |locale: &str| titles_path(dir, locale);
    if !ftl.contains_key(BASE_LOCALE) {
        problems.push(Problem::error(
            file(BASE_LOCALE),
            "the Swedish session titles are missing (session-1 … session-10)",
        ));
        return None;
    }
    let titles = parse_fluent(ftl, &file, problems)?;
    let base = titles.get(BASE_LOCALE).cloned().unwrap_or_default();
    for number in 1..=SESSIONS {
        let id = title_id(number);
        if !base.contains_key(&id) {
            problems.push(Problem::error(
                file(BASE_LOCALE),
                format!("the title of session {number} (`{id}`) is missing"),
            ));
        }
    }
    for id in base.keys() {
        if !(1..=SESSIONS).any(|n| title_id(n) == *id) {
            let source = ftl.get(BASE_LOCALE).map_or("", String::as_str);
            problems.push(
                Problem::warning(
                    file(BASE_LOCALE),
                    format!("`{id}` is not a session title and is never shown"),
                )
                .at(source.find(&format!("{id} =")).map(|o| position(source, o))),
            );
        }
    }
    compare_locales(&titles, &file, problems);
    Some(titles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Severity, Sources};

    /// Sessions 1–10 with one lesson each: `l1` … `l10`.
    fn toml_plan() -> String {
        (1..=10)
            .map(|n| format!("[[session]]\nnumber = {n}\nlessons = [\"l{n}\"]\n\n"))
            .collect()
    }

    fn titles() -> String {
        (1..=10)
            .map(|n| format!("session-{n} = Träff {n}\n"))
            .collect()
    }

    fn load(toml: &str, sv: &str) -> (Option<CoursePlan>, Vec<Problem>) {
        let ftl = BTreeMap::from([("sv".to_owned(), sv.to_owned())]);
        let mut problems = Vec::new();
        let plan = CoursePlan::from_sources(Path::new("lessons"), toml, &ftl, &mut problems);
        (plan, problems)
    }

    fn text(problems: &[Problem]) -> String {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A library of lessons `l1` … `l10` (session n), with extra `requires`.
    fn library(requires: &[(&str, &str)], sessions: &[(&str, u8)]) -> Library {
        let items: Vec<(PathBuf, Sources)> = (1..=10u8)
            .map(|n| {
                let id = format!("l{n}");
                let session = sessions
                    .iter()
                    .find(|(l, _)| *l == id)
                    .map_or(n, |(_, s)| *s);
                let req: Vec<String> = requires
                    .iter()
                    .filter(|(l, _)| *l == id)
                    .map(|(_, r)| format!("\"{r}\""))
                    .collect();
                let toml = format!(
                    "id = \"{id}\"\ntopic = \"basics\"\nsession = {session}\n\
                     requires = [{}]\n[[step]]\nkind = \"read\"\ntext = \"a\"\n",
                    req.join(", ")
                );
                let sv = "title = T\nsummary = S\na = A.\n".to_owned();
                let sources = Sources {
                    scenarios: Default::default(),
                    toml,
                    ftl: BTreeMap::from([("sv".to_owned(), sv)]),
                };
                (PathBuf::from(format!("lessons/{id}")), sources)
            })
            .collect();
        let library = Library::from_sources(&items);
        assert!(!library.has_errors(), "{:?}", library.problems);
        library
    }

    #[test]
    fn a_good_plan_loads_and_agrees_with_its_lessons() {
        let (plan, problems) = load(&toml_plan(), &titles());
        assert_eq!(text(&problems), "");
        let plan = plan.expect("plan");
        assert_eq!(plan.sessions.len(), 10);
        assert_eq!(plan.session_of("l4"), Some(4));
        assert_eq!(plan.session_of("nope"), None);
        assert_eq!(plan.title(3, "sv"), "Träff 3");
        assert_eq!(plan.title(3, "en"), "Träff 3", "falls back to Swedish");
        assert_eq!(plan.lesson_count(), 10);
        assert_eq!(text(&plan.check(&library(&[], &[]))), "");
    }

    #[test]
    fn a_toml_syntax_error_has_line_and_column() {
        let (plan, problems) = load("[[session]]\nnumber = 1\nlessons = [\"a\"\n", &titles());
        assert!(plan.is_none());
        assert_eq!(problems.len(), 1, "{}", text(&problems));
        assert_eq!(problems[0].path, Path::new("lessons/course.toml"));
        assert_eq!(problems[0].line, Some(3));
        assert!(problems[0].column.is_some());
    }

    #[test]
    fn unknown_keys_are_refused_where_they_are() {
        let toml = toml_plan().replacen("number = 2\n", "number = 2\ntitel = \"x\"\n", 1);
        let (plan, problems) = load(&toml, &titles());
        assert!(plan.is_none());
        assert!(text(&problems).contains("titel"), "{}", text(&problems));
        assert_eq!(problems[0].line, Some(7));
    }

    #[test]
    fn sessions_must_be_exactly_one_to_ten() {
        let toml = toml_plan()
            .replace("number = 10\n", "number = 11\n")
            .replace("number = 4\n", "number = 3\n");
        let (plan, problems) = load(&toml, &titles());
        assert!(plan.is_none());
        let all = text(&problems);
        assert!(all.contains("session 11 is outside 1–10"), "{all}");
        assert!(all.contains("session 3 is listed twice"), "{all}");
        assert!(all.contains("session 4 is missing"), "{all}");
        assert!(all.contains("session 10 is missing"), "{all}");
        let twice = problems
            .iter()
            .find(|p| p.message.contains("twice"))
            .expect("twice");
        assert_eq!(twice.line, Some(14), "points at the second `number = 3`");

        let (plan, problems) = load("", &titles());
        assert!(plan.is_none());
        assert_eq!(problems.len(), 10, "{}", text(&problems));
    }

    #[test]
    fn a_lesson_in_two_sessions_is_an_error_at_the_second() {
        let toml = toml_plan().replace("lessons = [\"l5\"]", "lessons = [\"l5\", \"l2\"]");
        let (plan, problems) = load(&toml, &titles());
        assert!(plan.is_none());
        assert_eq!(problems.len(), 1, "{}", text(&problems));
        assert_eq!(
            problems[0].to_string(),
            "lessons/course.toml:19:18: lesson `l2` is already planned in session 2; \
             a lesson belongs to one session"
        );
    }

    #[test]
    fn titles_are_required_in_swedish_and_matched_in_other_languages() {
        let (plan, problems) = load(&toml_plan(), &titles().replace("session-7 = Träff 7\n", ""));
        assert!(plan.is_none());
        assert!(text(&problems).contains("course.sv.ftl: the title of session 7"));

        let (plan, problems) = load(&toml_plan(), "session-1 = {\n");
        assert!(plan.is_none());
        assert!(
            text(&problems).contains("lessons/course.sv.ftl:2:1: Fluent syntax error"),
            "{}",
            text(&problems)
        );

        let mut problems = Vec::new();
        let ftl = BTreeMap::from([
            ("sv".to_owned(), titles()),
            ("en".to_owned(), "session-1 = One\nextra = X\n".to_owned()),
        ]);
        let plan = CoursePlan::from_sources(Path::new("l"), &toml_plan(), &ftl, &mut problems);
        assert!(plan.is_none());
        let all = text(&problems);
        assert!(
            all.contains("l/course.en.ftl: text `session-2` is in course.sv.ftl but missing here"),
            "{all}"
        );
        assert!(
            all.contains("l/course.en.ftl: warning: text `extra` is not in course.sv.ftl"),
            "{all}"
        );

        let mut problems = Vec::new();
        let plan = CoursePlan::from_sources(
            Path::new("l"),
            &toml_plan(),
            &BTreeMap::new(),
            &mut problems,
        );
        assert!(plan.is_none());
        assert!(
            text(&problems).contains("l/course.sv.ftl: the Swedish session titles are missing")
        );
    }

    #[test]
    fn unknown_and_unplanned_lessons_are_errors() {
        let toml = toml_plan()
            .replace("[\"l3\"]", "[\"l3\", \"okand\"]")
            .replace("[\"l9\"]", "[]");
        let (plan, problems) = load(&toml, &titles());
        assert_eq!(
            text(&problems),
            "lessons/course.toml:34:10: warning: session 9 has no lessons"
        );
        let problems = plan.expect("plan").check(&library(&[], &[]));
        assert_eq!(
            text(&problems),
            "lessons/course.toml:11:18: `okand` is not a lesson that could be loaded\n\
             lessons/course.toml: lesson `l9` is in no session; add it to the session it suggests (9)"
        );
        assert!(problems.iter().all(|p| p.severity == Severity::Error));
    }

    #[test]
    fn requiring_a_lesson_of_a_later_session_is_an_error() {
        let (plan, _) = load(&toml_plan(), &titles());
        let plan = plan.expect("plan");
        let problems = plan.check(&library(&[("l2", "l6"), ("l7", "l1")], &[]));
        assert_eq!(
            text(&problems),
            "lessons/course.toml:7:12: lesson `l2` (session 2) requires `l6`, which is \
             planned later, in session 6"
        );
    }

    #[test]
    fn same_session_order_and_disagreeing_sessions_are_warnings() {
        let toml = toml_plan().replace("[\"l4\"]", "[\"l4\", \"l5\"]").replace(
            "[[session]]\nnumber = 5\nlessons = [\"l5\"]",
            "[[session]]\nnumber = 5\nlessons = []",
        );
        let (plan, _) = load(&toml, &titles());
        let plan = plan.expect("plan");
        let problems = plan.check(&library(&[("l4", "l5")], &[("l5", 4)]));
        assert_eq!(
            text(&problems),
            "lessons/course.toml:15:12: warning: lesson `l4` requires `l5`, which is listed \
             after it in session 4; list `l5` first"
        );
        let problems = plan.check(&library(&[], &[]));
        assert!(
            text(&problems).contains("warning: lesson `l5` says session 5 in its lesson.toml, but the plan has it in session 4"),
            "{}",
            text(&problems)
        );
    }

    #[test]
    fn no_plan_file_is_no_plan_and_no_problem() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (plan, problems) = CoursePlan::load(dir.path());
        assert!(plan.is_none() && problems.is_empty());
        std::fs::write(plan_path(dir.path()), toml_plan()).expect("write");
        std::fs::write(titles_path(dir.path(), "sv"), titles()).expect("write");
        std::fs::write(titles_path(dir.path(), "en"), titles()).expect("write");
        let (plan, problems) = CoursePlan::load(dir.path());
        assert_eq!(text(&problems), "");
        assert_eq!(plan.expect("plan").sessions.len(), 10);
        assert_eq!(title_locales(dir.path()), ["en", "sv"]);
    }
}
