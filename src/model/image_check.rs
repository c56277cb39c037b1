//! The checks on a lesson's picture: inside the lesson folder, a plain
//! file (not a link), and small enough to show. A 16000 × 16000 picture
//! takes 2 GB when shown, so pictures are limited in bytes and in pixels.

use std::path::{Component, Path};

/// The largest picture file, in bytes (5 MB).
pub const MAX_IMAGE_BYTES: u64 = 5 * 1024 * 1024;
/// The longest side of a picture, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 4096;

/// What is wrong with the picture `rel` of the lesson in `dir`, if
/// anything (in the words of `check-lessons`).
pub fn problem(dir: &Path, rel: &str) -> Option<String> {
    let relative = Path::new(rel);
    let escapes = relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        return Some(format!(
            "image `{rel}` must be a path inside the lesson folder (no `/` at the start, no `..`)"
        ));
    }
    let path = dir.join(relative);
    let Ok(meta) = std::fs::symlink_metadata(&path) else {
        return Some(format!("image `{rel}` does not exist"));
    };
    if meta.file_type().is_symlink() {
        return Some(format!(
            "image `{rel}` is a link; put the picture itself in the lesson folder"
        ));
    }
    if !meta.is_file() {
        return Some(format!("image `{rel}` is not a plain file"));
    }
    // A folder on the way could be a link out of the lesson.
    let inside = match (path.canonicalize(), dir.canonicalize()) {
        (Ok(file), Ok(folder)) => file.starts_with(folder),
        _ => false,
    };
    if !inside {
        return Some(format!("image `{rel}` is outside the lesson folder"));
    }
    if meta.len() > MAX_IMAGE_BYTES {
        return Some(format!(
            "image `{rel}` is too large ({} bytes; at most {MAX_IMAGE_BYTES})",
            meta.len()
        ));
    }
    // Only the header is read. A file that is no picture at all shows as
    // nothing, which is not worth refusing the lesson for.
    match image::image_dimensions(&path) {
        Ok((w, h)) if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE => Some(format!(
            "image `{rel}` is {w} × {h} pixels; at most {MAX_IMAGE_SIDE} × {MAX_IMAGE_SIDE}"
        )),
        _ => None,
    }
}
