//! Saving a learner's steps: each is saved at once; one that cannot be
//! saved now (the database locked by an import, the disk full) waits and is
//! saved with the next, and the notice about it is shown once.

use super::App;
use crate::fl;
use crate::model::progress::{EventKind, ProgressEvent};

impl App {
    /// Saves a progress event (and keeps it in memory for the views). An
    /// event that cannot be saved now (the database locked by an import,
    /// the disk full) waits in [`App::unsaved`] and is saved with the next
    /// one; the notice about it is shown once, and goes when all is saved.
    pub(crate) fn record(&mut self, lesson_id: &str, kind: EventKind) {
        let participant = self.shared.learner.participant_id().map(str::to_owned);
        let store = self
            .store
            .as_mut()
            .filter(|_| self.shared.learner.is_tracked());
        let event = match store {
            Some(store) => {
                let event = store.stamp(participant.as_deref(), lesson_id, kind);
                self.unsaved.push(event.clone());
                event
            }
            None => {
                let last = self
                    .shared
                    .events
                    .iter()
                    .map(|e| e.at_ms)
                    .max()
                    .unwrap_or(0);
                ProgressEvent {
                    id: uuid::Uuid::new_v4(),
                    device_id: "memory".into(),
                    participant_id: participant,
                    course_id: None,
                    session: None,
                    lesson_id: lesson_id.to_owned(),
                    kind,
                    at_ms: crate::store::next_event_ms(crate::store::now_ms(), last),
                }
            }
        };
        self.shared.events.push(event);
        self.save_unsaved();
    }

    /// Saves the events waiting in [`App::unsaved`], all in one transaction.
    pub(crate) fn save_unsaved(&mut self) {
        let (Some(store), false) = (self.store.as_mut(), self.unsaved.is_empty()) else {
            return;
        };
        let notice = fl!("notice-save-failed");
        match store.save_all(&self.unsaved) {
            Ok(()) => {
                self.unsaved.clear();
                self.notices.retain(|n| *n != notice);
            }
            Err(e) => {
                eprintln!(
                    "Stegvis: could not save progress ({} steps wait): {e}",
                    self.unsaved.len()
                );
                if !self.save_failure_told {
                    self.save_failure_told = true;
                    self.notices.push(notice);
                }
            }
        }
    }

    /// Events recorded but not saved yet (they are saved with the next one).
    pub fn unsaved(&self) -> &[ProgressEvent] {
        &self.unsaved
    }
}
