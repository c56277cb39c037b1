//! The pretend photos of the kit, drawn on this computer as small bitmaps
//! (no photo files ship, and none shows a real place or person).

use crate::model::scenario::Picture;
use iced::widget::image::Handle;
use std::cell::RefCell;
use std::collections::HashMap;

/// Width of a photo bitmap in pixels.
pub const WIDTH: u32 = 180;
/// Height of a photo bitmap in pixels.
pub const HEIGHT: u32 = 120;

type Rgb = [u8; 3];

/// Linear mix of two colours, `t` from 0 (a) to 1 (b).
fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])]
}

fn inside_circle(x: f32, y: f32, cx: f32, cy: f32, r: f32) -> bool {
    (x - cx).powi(2) + (y - cy).powi(2) <= r * r
}

/// The colour of pixel (x, y) of `picture`.
fn pixel(picture: Picture, x: f32, y: f32) -> Rgb {
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    match picture {
        Picture::Sunset => {
            let horizon = h * 0.62;
            if inside_circle(x, y, w * 0.5, horizon, 22.0) && y < horizon {
                [255, 214, 90]
            } else if y < horizon {
                mix([250, 120, 60], [255, 196, 120], y / horizon)
            } else {
                let wave = ((x / 9.0 + y / 3.0).sin() * 0.5 + 0.5) * 0.25;
                mix(
                    [24, 52, 110],
                    [230, 140, 80],
                    wave + (1.0 - (y - horizon) / (h - horizon)) * 0.2,
                )
            }
        }
        Picture::Flower => {
            let (cx, cy) = (w * 0.5, h * 0.42);
            if inside_circle(x, y, cx, cy, 11.0) {
                return [250, 200, 40];
            }
            for k in 0..6 {
                let a = k as f32 * std::f32::consts::PI / 3.0;
                if inside_circle(x, y, cx + a.cos() * 20.0, cy + a.sin() * 20.0, 13.0) {
                    return [214, 60, 120];
                }
            }
            if (x - cx).abs() < 3.0 && y > cy {
                return [40, 110, 50];
            }
            mix([150, 205, 140], [90, 160, 90], y / h)
        }
        Picture::Cottage => {
            let ground = h * 0.72;
            let (left, right, wall_top) = (w * 0.30, w * 0.70, h * 0.45);
            let roof_peak = h * 0.22;
            let in_wall = x >= left && x <= right && y >= wall_top && y < ground;
            let half = (right - left) / 2.0 + 8.0;
            let roof_t = (y - roof_peak) / (wall_top - roof_peak);
            let in_roof =
                y >= roof_peak && y < wall_top && (x - w * 0.5).abs() <= half * roof_t.max(0.0);
            let in_door = x >= w * 0.46 && x <= w * 0.54 && y >= h * 0.56 && y < ground;
            let in_window = x >= w * 0.34 && x <= w * 0.42 && y >= h * 0.52 && y <= h * 0.60;
            if in_door {
                [250, 250, 245]
            } else if in_window {
                [255, 255, 255]
            } else if in_wall {
                [160, 30, 30]
            } else if in_roof {
                [50, 45, 45]
            } else if y >= ground {
                mix([80, 150, 60], [50, 110, 40], (y - ground) / (h - ground))
            } else {
                mix([90, 160, 230], [190, 225, 250], y / ground)
            }
        }
    }
}

/// The RGBA bytes of `picture`, row by row, [`WIDTH`] × [`HEIGHT`].
pub fn rgba(picture: Picture) -> Vec<u8> {
    let mut bytes = Vec::with_capacity((WIDTH * HEIGHT * 4) as usize);
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let [r, g, b] = pixel(picture, x as f32, y as f32);
            bytes.extend_from_slice(&[r, g, b, 255]);
        }
    }
    bytes
}

thread_local! {
    /// Handles already made, so a photo is not uploaded on every frame.
    static HANDLES: RefCell<HashMap<&'static str, Handle>> = RefCell::new(HashMap::new());
}

/// An image handle of `picture`.
pub fn handle(picture: Picture) -> Handle {
    if let Some(found) = HANDLES.with(|h| h.borrow().get(picture.as_str()).cloned()) {
        return found;
    }
    let made = Handle::from_rgba(WIDTH, HEIGHT, rgba(picture));
    HANDLES.with(|h| h.borrow_mut().insert(picture.as_str(), made.clone()));
    made
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_fills_its_bitmap_and_they_differ() {
        let all: Vec<Vec<u8>> = Picture::ALL.into_iter().map(rgba).collect();
        for bytes in &all {
            assert_eq!(bytes.len(), (WIDTH * HEIGHT * 4) as usize);
        }
        assert_ne!(all[0], all[1]);
        assert_ne!(all[1], all[2]);
    }
}
