//! The practice QR code, made on this computer with the `qrcode` crate.
//!
//! It encodes [`crate::model::scenario::qr_payload`], a text no real service
//! accepts, so a real BankID app that scanned it would do nothing.

use iced::widget::image::Handle;
use std::cell::RefCell;
use std::collections::HashMap;

/// Pixels per QR module in the bitmap.
pub const MODULE_PX: usize = 6;
/// Empty modules around the code (the standard's quiet zone).
pub const QUIET: usize = 4;
/// How wide the code is drawn, in logical pixels.
pub const SIDE: f32 = 220.0;

/// A square greyscale bitmap as RGBA bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    /// Width and height in pixels.
    pub side: u32,
    /// RGBA, row by row.
    pub rgba: Vec<u8>,
}

/// The QR code of `payload` as black modules on white with a quiet zone,
/// or `None` if the text is too long for a QR code.
pub fn bitmap(payload: &str) -> Option<Bitmap> {
    let code = qrcode::QrCode::new(payload.as_bytes()).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * MODULE_PX;
    let mut rgba = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / MODULE_PX, y / MODULE_PX);
            let dark = mx >= QUIET
                && my >= QUIET
                && mx < QUIET + modules
                && my < QUIET + modules
                && colors.get((my - QUIET) * modules + (mx - QUIET)) == Some(&qrcode::Color::Dark);
            let v = if dark { 0 } else { 255 };
            rgba.extend_from_slice(&[v, v, v, 255]);
        }
    }
    Some(Bitmap {
        side: u32::try_from(side).ok()?,
        rgba,
    })
}

thread_local! {
    /// Handles already made, so the same code is not uploaded on every frame.
    static HANDLES: RefCell<HashMap<String, Handle>> = RefCell::new(HashMap::new());
}

/// An image handle of the QR code of `payload`.
pub fn handle(payload: &str) -> Option<Handle> {
    if let Some(found) = HANDLES.with(|h| h.borrow().get(payload).cloned()) {
        return Some(found);
    }
    let bitmap = bitmap(payload)?;
    let made = Handle::from_rgba(bitmap.side, bitmap.side, bitmap.rgba);
    HANDLES.with(|h| h.borrow_mut().insert(payload.to_owned(), made.clone()));
    Some(made)
}
