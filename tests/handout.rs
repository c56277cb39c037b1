//! Every shipped lesson's handout ("Att ta med hem") in both languages.

use std::path::Path;
use stegvis::html::{escape, escape_lines};
use stegvis::i18n::Lang;
use stegvis::model::{Library, Step, Topic};

#[test]
fn every_handout_renders_for_every_lesson_in_both_languages() {
    let library = Library::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")]);
    assert!(!library.has_errors(), "{:?}", library.problems);
    assert_eq!(library.lessons.len(), 44);
    for lesson in &library.lessons {
        for lang in Lang::ALL {
            let locale = lang.code();
            let html = stegvis::handout::render(lesson, lang);
            let what = format!("{} ({locale})", lesson.id);
            assert!(
                html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{locale}\">")),
                "{what}"
            );
            assert!(
                html.contains(&format!("<h1>{}</h1>", escape(&lesson.title(locale)))),
                "{what}: title"
            );
            for step in &lesson.steps {
                let text_id = match step {
                    Step::Read { text, .. } | Step::Choice { text, .. } => text.clone(),
                    Step::Practice { scenario } => lesson
                        .scenario(scenario)
                        .map(|s| s.task.clone())
                        .expect("a practice step's scenario is loaded"),
                };
                let text = escape_lines(&lesson.text(locale, &text_id));
                assert!(html.contains(&text), "{what}: step `{text_id}`");
                match step {
                    Step::Read {
                        image: Some(_),
                        alt: Some(alt),
                        ..
                    } => {
                        let alt = escape(&lesson.text(locale, alt));
                        assert!(
                            html.contains(&format!("\" alt=\"{alt}\">")),
                            "{what}: picture `{alt}`"
                        );
                    }
                    Step::Choice { answers, .. } => {
                        for a in answers.iter().filter(|a| a.correct) {
                            let answer = escape_lines(&lesson.text(locale, &a.text));
                            let why = escape_lines(&lesson.text(locale, &a.feedback));
                            assert!(html.contains(&answer), "{what}: answer `{answer}`");
                            assert!(html.contains(&why), "{what}: feedback `{why}`");
                        }
                    }
                    Step::Read { .. } | Step::Practice { .. } => {}
                }
            }
            let words = lesson.keywords(locale);
            assert!(!words.is_empty(), "{what}: no key words");
            for word in words {
                assert!(
                    html.contains(&format!("<dt>{}</dt>", escape(&word.term))),
                    "{what}"
                );
            }
            let rules = matches!(lesson.topic, Topic::Bankid | Topic::Email | Topic::Safety);
            assert_eq!(html.contains("<section class=\"rules\">"), rules, "{what}");

            // Self-contained: no scripts, nothing fetched, pictures inline.
            assert!(!html.contains("<script"), "{what}");
            for outside in [
                "href=", "http:", "https:", "url(", "@import", "<link", "<iframe",
            ] {
                assert!(!html.contains(outside), "{what}: {outside}");
            }
            assert_eq!(
                html.matches("src=\"").count(),
                html.matches("src=\"data:image/png;base64,").count()
                    + html.matches("src=\"data:image/jpeg;base64,").count(),
                "{what}: every picture is embedded"
            );
            assert_eq!(
                html.matches("<img ").count(),
                lesson
                    .steps
                    .iter()
                    .filter(|s| matches!(s, Step::Read { image: Some(_), .. }))
                    .count(),
                "{what}: every picture is there"
            );
        }
    }
}

#[test]
fn english_and_swedish_handouts_differ_and_carry_the_right_words() {
    let library = Library::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")]);
    let lesson = library.get("bankid-logga-in").expect("lesson");
    let sv = stegvis::handout::render(lesson, Lang::Sv);
    let en = stegvis::handout::render(lesson, Lang::En);
    assert!(sv.contains("Att ta med hem") && sv.contains("Viktiga ord") && sv.contains("Kom ihåg"));
    assert!(sv.contains("114 14"));
    assert!(en.contains("To take home") && en.contains("Key words") && en.contains("Remember"));
    assert!(!en.contains("Viktiga ord"));
}
