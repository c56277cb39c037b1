//! The shipped course plan (`lessons/course.toml`) against the shipped
//! lessons, and the tutor guide against the plan.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use stegvis::model::Library;
use stegvis::model::course_plan::{CoursePlan, SESSIONS};

fn lessons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

fn shipped() -> (CoursePlan, Library) {
    let (plan, problems) = CoursePlan::load(&lessons_dir());
    assert!(problems.is_empty(), "{problems:?}");
    let plan = plan.expect("lessons/course.toml exists");
    let library = Library::load(&[lessons_dir()]);
    assert!(!library.has_errors(), "{:?}", library.problems);
    (plan, library)
}

#[test]
fn the_course_plan_covers_sessions_1_to_10_and_every_lesson_once() {
    let (plan, library) = shipped();
    let numbers: Vec<u8> = plan.sessions.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=SESSIONS).collect::<Vec<_>>());
    for session in &plan.sessions {
        assert!(!session.lessons.is_empty(), "session {}", session.number);
        for locale in ["sv", "en"] {
            let title = plan.title(session.number, locale);
            assert!(!title.starts_with("session-"), "{locale} {title}");
        }
    }

    let planned: Vec<&str> = plan
        .sessions
        .iter()
        .flat_map(|s| s.lessons.iter().map(String::as_str))
        .collect();
    let unique: BTreeSet<&str> = planned.iter().copied().collect();
    assert_eq!(unique.len(), planned.len(), "a lesson planned twice");
    for id in &planned {
        assert!(
            library.get(id).is_some(),
            "planned lesson `{id}` does not exist"
        );
    }
    for lesson in &library.lessons {
        assert!(
            unique.contains(lesson.id.as_str()),
            "`{}` is in no session",
            lesson.id
        );
        assert_eq!(
            plan.session_of(&lesson.id),
            Some(lesson.session),
            "`{}`: lesson.toml and the plan disagree",
            lesson.id
        );
    }
    assert_eq!(library.lessons.len(), 44);
}

#[test]
fn requires_never_points_to_a_later_session_or_later_in_the_same_one() {
    let (plan, library) = shipped();
    for (session_index, session) in plan.sessions.iter().enumerate() {
        for (i, id) in session.lessons.iter().enumerate() {
            let lesson = library.get(id).expect("exists");
            for required in &lesson.requires {
                let at = plan.session_of(required).expect("planned");
                assert!(
                    at <= session.number,
                    "`{id}` (session {}) requires `{required}` (session {at})",
                    session.number
                );
                if at == session.number {
                    let j = plan.sessions[session_index]
                        .lessons
                        .iter()
                        .position(|l| l == required)
                        .expect("listed");
                    assert!(j < i, "`{id}` comes before `{required}` in session {at}");
                }
            }
        }
    }
    assert!(
        plan.check(&library).is_empty(),
        "{:?}",
        plan.check(&library)
    );
}

#[test]
fn the_tutor_guide_names_every_session_and_lesson_as_the_plan_does() {
    let (plan, library) = shipped();
    let guide = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/handledarguide.md"),
    )
    .expect("docs/handledarguide.md");
    let mut sections: Vec<&str> = guide.split("\n### Träff ").skip(1).collect();
    assert_eq!(
        sections.len(),
        usize::from(SESSIONS),
        "one section per session"
    );
    for session in &plan.sessions {
        let heading = format!("{}: {}\n", session.number, plan.title(session.number, "sv"));
        let section = sections
            .iter()
            .position(|s| s.starts_with(&heading))
            .map(|i| sections.remove(i))
            .unwrap_or_else(|| panic!("no section `### Träff {heading}`"));
        let section = section.split("\n## ").next().unwrap_or(section);
        for (i, id) in session.lessons.iter().enumerate() {
            let title = library.get(id).expect("exists").title("sv");
            let item = format!("\n{}. {title}\n", i + 1);
            assert!(
                section.contains(&item),
                "session {}: `{item}`",
                session.number
            );
        }
    }
}

#[test]
fn the_readme_table_shows_the_plan() {
    let (plan, _) = shipped();
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for session in &plan.sessions {
        let row = format!(
            "\n| {} | {} | {} |\n",
            session.number,
            plan.title(session.number, "sv"),
            session.lessons.join(", ")
        );
        assert!(readme.contains(&row), "README lacks {row}");
    }
}

#[test]
fn the_app_follows_the_plan_order_and_size() {
    let library = Library::load(&[lessons_dir()]);
    let plan = library.plan.as_ref().expect("the library loads the plan");
    for session in &plan.sessions {
        let mut ids: Vec<&stegvis::model::Lesson> = library
            .lessons
            .iter()
            .filter(|l| l.session == session.number)
            .collect();
        ids.sort_by_key(|l| library.course_order(l));
        let ids: Vec<&str> = ids.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, session.lessons, "session {}", session.number);
    }
}

#[test]
fn a_new_course_gets_the_plans_sessions_and_shows_each_sessions_lessons() {
    use stegvis::app::Message;
    use stegvis::screen::tutor;
    let config = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    let mut h = common::Harness::on_folders(config, data, vec![lessons_dir()]);
    h.size = iced::Size::new(1024.0, 3000.0);
    h.click("För handledare");
    h.type_into(stegvis::screen::code::CODE_ID, "4711");
    h.type_into(stegvis::screen::code::REPEAT_ID, "4711");
    h.click("Spara koden");
    h.type_into("tutor-course-name", "Stadsbiblioteket");
    h.click("Skapa kursen");
    assert!(h.shows("Stadsbiblioteket"), "the new course opened");
    let sessions = match h.app.screen() {
        stegvis::app::Screen::Tutor(t) => t.course().map(|c| c.sessions.len()),
        _ => None,
    };
    assert_eq!(sessions, Some(10), "the plan's ten sessions");
    assert!(h.shows("Kom igång"), "session 1's title from course.sv.ftl");
    for (i, title) in [
        "Kom igång med datorn",
        "Musen och styrplattan",
        "Tangentbordet",
        "Fönster på skärmen",
    ]
    .iter()
    .enumerate()
    {
        assert!(h.shows(&format!("{}. {title}", i + 1)), "{title}");
    }
    let _ = h.app.update(Message::Tutor(tutor::Message::Session(1)));
    assert!(h.shows("Internet och webbläsaren"), "session 2's title");
}

#[test]
fn a_topic_lists_its_lessons_in_the_plans_order() {
    let library = Library::load(&[lessons_dir()]);
    let bankid: Vec<&str> = library
        .by_topic(stegvis::model::Topic::Bankid)
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    let first = bankid.iter().position(|id| *id == "bankid-vad-ar");
    let login = bankid.iter().position(|id| *id == "bankid-logga-in");
    assert!(first < login, "Vad är BankID? comes first: {bankid:?}");
}
