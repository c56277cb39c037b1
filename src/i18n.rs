//! User-interface text through Fluent (`i18n/<lang>/stegvis.ftl`).
//!
//! Swedish is the default and the per-message fallback. The loader is kept per
//! thread, so tests running in parallel can use different languages.

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// A language the app is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Swedish, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order Settings shows them.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The locale code used for lesson texts and folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language from a locale code such as `sv`, `sv-SE` or `en_GB.UTF-8`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.to_ascii_lowercase();
        if lower.starts_with("sv") {
            Some(Lang::Sv)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The first supported language the operating system asks for, if any.
    pub fn from_system() -> Option<Lang> {
        i18n_embed::DesktopLanguageRequester::requested_languages()
            .iter()
            .find_map(|id| Lang::from_code(&id.to_string()))
    }

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Lang::Sv => LanguageIdentifier::from_bytes(b"sv").unwrap_or_default(),
            Lang::En => LanguageIdentifier::from_bytes(b"en").unwrap_or_default(),
        }
    }
}

fn new_loader(lang: Lang) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader.set_use_isolating(false);
    load_into(&loader, lang);
    loader
}

fn load_into(loader: &FluentLanguageLoader, lang: Lang) {
    // Load the chosen language first and Swedish after it, so every message
    // missing in the chosen language falls back to Swedish.
    let mut wanted = vec![lang.identifier()];
    if lang != Lang::Sv {
        wanted.push(Lang::Sv.identifier());
    }
    // The files are embedded at compile time and tested, so loading can only
    // fail if the binary itself is broken; the loader then shows message ids.
    let _ = loader.load_languages(&Localizations, &wanted);
    loader.set_use_isolating(false);
}

thread_local! {
    static LOADER: FluentLanguageLoader = new_loader(Lang::Sv);
    static CURRENT: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::Sv) };
}

/// Switches the user-interface language of this thread.
pub fn set_language(lang: Lang) {
    if CURRENT.with(|c| c.get()) != lang {
        LOADER.with(|l| load_into(l, lang));
        CURRENT.with(|c| c.set(lang));
    }
}

/// The current user-interface language of this thread.
pub fn language() -> Lang {
    CURRENT.with(|c| c.get())
}

/// Runs `f` with this thread's loader (used by the [`fl!`](crate::fl) macro).
pub fn with_loader<T>(f: impl FnOnce(&FluentLanguageLoader) -> T) -> T {
    LOADER.with(f)
}

/// Looks up a UI message by id, with compile-time checked ids.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{
        $crate::i18n::with_loader(|loader| i18n_embed_fl::fl!(loader, $id))
    }};
    ($id:literal, $($args:tt)*) => {{
        $crate::i18n::with_loader(|loader| i18n_embed_fl::fl!(loader, $id, $($args)*))
    }};
}

/// The `n`th (0-based) word of a Fluent message that lists words.
fn nth_word(id: &str, n: usize) -> String {
    let words = with_loader(|loader| loader.get(id));
    words
        .split_whitespace()
        .nth(n)
        .unwrap_or_default()
        .to_owned()
}

/// "26 november", with the year when it is not `this_year`.
pub fn day_and_month(date: time::Date, this_year: i32) -> String {
    let month = nth_word("date-months", usize::from(u8::from(date.month())) - 1);
    if date.year() == this_year {
        format!("{} {month}", date.day())
    } else {
        format!("{} {month} {}", date.day(), date.year())
    }
}

/// "torsdag 26 november", with the year when it is not `this_year`.
pub fn long_date(date: time::Date, this_year: i32) -> String {
    let weekday = nth_word(
        "date-weekdays",
        usize::from(date.weekday().number_days_from_monday()),
    );
    format!("{weekday} {}", day_and_month(date, this_year))
}

/// A message in Swedish, then in English on the next line, for the command
/// line, which cannot know who reads it. The thread's language is kept.
pub fn in_both_languages(message: impl Fn() -> String) -> String {
    let sv = in_language(Lang::Sv, &message);
    let en = in_language(Lang::En, &message);
    format!("{sv}\n{en}")
}

/// Runs `f` with this thread's language set to `lang`, then restores the
/// language it had (for pages made in a chosen language, like handouts).
pub fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = language();
    set_language(lang);
    let result = f();
    set_language(before);
    result
}

/// Every message id in the embedded file of a language (for tests).
pub fn message_ids(lang: Lang) -> Vec<String> {
    let path = format!("{}/stegvis.ftl", lang.code());
    let Some(file) = Localizations::get(&path) else {
        return Vec::new();
    };
    let source = String::from_utf8_lossy(&file.data).into_owned();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut ids: Vec<String> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_and_english_have_the_same_keys() {
        let sv = message_ids(Lang::Sv);
        let en = message_ids(Lang::En);
        assert!(sv.len() > 20, "too few Swedish messages: {}", sv.len());
        assert_eq!(sv, en);
    }

    #[test]
    fn both_files_parse_without_errors() {
        for lang in Lang::ALL {
            let path = format!("{}/stegvis.ftl", lang.code());
            let file = Localizations::get(&path).expect("embedded ftl");
            let source = String::from_utf8_lossy(&file.data).into_owned();
            assert!(
                fluent_syntax::parser::parse(source.as_str()).is_ok(),
                "{path}"
            );
        }
    }

    #[test]
    fn switching_language_changes_text_and_has_no_isolation_marks() {
        set_language(Lang::Sv);
        assert_eq!(crate::fl!("nav-next"), "Nästa");
        let progress = crate::fl!("topic-progress", done = 3, total = 6);
        assert_eq!(progress, "3 av 6 klara");
        set_language(Lang::En);
        assert_eq!(crate::fl!("nav-next"), "Next");
        set_language(Lang::Sv);
    }

    #[test]
    fn both_languages_come_in_order_and_the_language_is_kept() {
        set_language(Lang::En);
        let both = in_both_languages(|| crate::fl!("nav-next"));
        assert_eq!(both, "Nästa\nNext");
        assert_eq!(language(), Lang::En);
        set_language(Lang::Sv);
    }

    #[test]
    fn in_language_runs_in_that_language_and_restores() {
        set_language(Lang::Sv);
        assert_eq!(in_language(Lang::En, || crate::fl!("nav-next")), "Next");
        assert_eq!(language(), Lang::Sv);
    }

    #[test]
    fn locale_codes_map_to_languages() {
        assert_eq!(Lang::from_code("sv_SE.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("C"), None);
    }

    #[test]
    fn dates_are_written_in_words() {
        let date = time::macros::date!(2026 - 11 - 26);
        let sv = in_language(Lang::Sv, || long_date(date, 2026));
        assert_eq!(sv, "torsdag 26 november");
        let en = in_language(Lang::En, || long_date(date, 2027));
        assert_eq!(en, "Thursday 26 November 2026");
        let first = time::macros::date!(2027 - 01 - 04);
        assert_eq!(
            in_language(Lang::Sv, || long_date(first, 2027)),
            "måndag 4 januari"
        );
    }
}
