//! The lesson and progress model. Knows nothing of iced or SQLite.

pub mod check;
pub mod course;
pub mod course_plan;
pub mod image_check;
pub mod lesson;
pub mod loader;
pub mod narration;
pub mod practice;
pub mod progress;
pub mod readability;
pub mod report;
pub mod scenario;
pub mod stats;
pub mod summary;
pub mod wording;

pub use lesson::{Answer, Lesson, Step, Topic};
pub use loader::{Library, Problem, Severity, Sources};
