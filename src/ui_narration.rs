//! Read-aloud clips for the app's own instructions (the Home page's
//! "Vad vill du lära dig? Välj ett ämne…"), made by `scripts/make-narration`
//! like the lesson clips and kept in `assets/narration/audio/<locale>/`.

use crate::i18n::{self, Lang};
use crate::model::Problem;
use crate::model::narration::{AUDIO_DIR, CLIP_EXT, MANIFEST, NarrationText, texts_for_manifest};
use std::path::{Path, PathBuf};

/// The UI messages that have clips, in the order they are read.
pub const HOME_IDS: [&str; 2] = ["home-heading", "home-intro"];

/// The folder of the UI clips: `assets/narration` beside the program.
pub fn narration_dir() -> PathBuf {
    crate::paths::sounds_dir()
        .parent()
        .map(|assets| assets.join("narration"))
        .unwrap_or_else(|| PathBuf::from("assets/narration"))
}

/// Where the clip for `id` in `lang` is, under `dir`.
pub fn clip_path(dir: &Path, lang: Lang, id: &str) -> PathBuf {
    dir.join(AUDIO_DIR)
        .join(lang.code())
        .join(format!("{id}.{CLIP_EXT}"))
}

/// A UI message's text in `lang`, as the app shows it.
fn text_in(lang: Lang, id: &str) -> String {
    let previous = i18n::language();
    i18n::set_language(lang);
    let text = i18n::with_loader(|loader| loader.get(id));
    i18n::set_language(previous);
    text
}

/// Every UI text to narrate, for `scripts/make-narration` (via
/// `stegvis narration-texts --ui`), plus entries no longer narrated.
pub fn narration_texts(dir: &Path) -> Result<Vec<NarrationText>, Problem> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let manifest = dir.join(AUDIO_DIR).join(lang.code()).join(MANIFEST);
        let texts = HOME_IDS
            .iter()
            .map(|id| (id.to_string(), text_in(lang, id)));
        out.extend(texts_for_manifest(
            dir,
            lang.code(),
            &manifest,
            texts,
            |id| clip_path(dir, lang, id),
        )?);
    }
    Ok(out)
}
