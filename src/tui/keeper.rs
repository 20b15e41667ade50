//! Keeps the open forms as drafts in the database (issue 16): whenever they changed, at most
//! once per [`EVERY`] while typing (and at the next idle tick after typing stops), at once when
//! a form is saved or closed, and unconditionally when Lotse stops for a hang-up, a signal, a
//! lost terminal or a panic. A quit the counsellor chose (confirming that unsaved changes are
//! dropped) clears them.

use crate::app::State;
use crate::store::{Draft, Drafts, Store};
use std::time::{Duration, Instant};

/// At most this long of typing is lost to a SIGKILL or a power cut.
pub const EVERY: Duration = Duration::from_secs(1);

pub struct Keeper {
    /// What the database holds now.
    stored: Vec<Draft>,
    last_write: Option<Instant>,
}

impl Keeper {
    /// `stored`: the drafts the database held on start.
    pub fn new(stored: &Option<Drafts>) -> Keeper {
        Keeper { stored: stored.as_ref().map(|d| d.items.clone()).unwrap_or_default(), last_write: None }
    }

    /// Writes the open forms if they changed. `now`: stopping, write whatever is open.
    /// A failed write changes nothing on screen: the form is still open and saving it will
    /// say what is wrong with the database.
    pub fn keep(&mut self, store: &dyn Store, state: &State, now: bool) {
        // The drafts of the last session stay as they are until the counsellor has answered.
        if state.pending_drafts.is_some() {
            return;
        }
        let open = state.open_drafts();
        if open == self.stored {
            return;
        }
        let cleared = open.is_empty();
        let due = self.last_write.is_none_or(|t| t.elapsed() >= EVERY);
        if !(now || cleared || due) {
            return;
        }
        let saved = state.now.format("%d.%m.%Y %H:%M").to_string();
        let drafts = Drafts { saved, items: open };
        let result = store.put_drafts(if cleared { None } else { Some(&drafts) });
        if result.is_ok() {
            self.stored = drafts.items;
            self.last_write = Some(Instant::now());
        }
    }

    /// The counsellor quit on purpose: nothing of this session is kept; drafts of an earlier
    /// session not answered yet stay.
    pub fn clear(&mut self, store: &dyn Store, state: &State) {
        if state.pending_drafts.is_none() && !self.stored.is_empty() && store.put_drafts(None).is_ok() {
            self.stored.clear();
        }
    }
}
