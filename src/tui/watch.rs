//! Keeping the screens in step with the other desks of a shared database (issue 13): what
//! they wrote is read again, and an unreachable server is said in the footer.

use super::{load_records, now};
use crate::app::State;
use crate::app::screen::Changed;
use crate::search::SearchIndex;
use crate::store::{Store, StoreError};
use std::time::{Duration, Instant};

/// How often the loop asks the store what other desks wrote (a server database tells by
/// LISTEN/NOTIFY, so asking costs no round trip), and how often it retries an unreachable one.
const WATCH_EVERY: Duration = Duration::from_millis(800);
const RETRY_EVERY: Duration = Duration::from_secs(5);

/// Keeps the screens in step with the other desks of a shared database: what they wrote is
/// read again (records; offers only when offers changed), and an unreachable server is said in
/// the footer, with the time of what is shown, until it is back.
pub(super) struct Watch {
    mark: u64,
    last: Instant,
    pub(super) loaded: bool,
    /// When the server was last seen, while it is not reachable.
    offline_since: Option<chrono::NaiveDateTime>,
}

impl Watch {
    pub(super) fn new(store: &dyn Store) -> Watch {
        Watch {
            mark: store.change_mark().unwrap_or(0),
            last: Instant::now(),
            loaded: false,
            offline_since: None,
        }
    }

    /// Returns whether the screen must be drawn again.
    pub(super) fn poll(&mut self, store: &dyn Store, state: &mut State) -> bool {
        let every = if self.offline_since.is_some() { RETRY_EVERY } else { WATCH_EVERY };
        if !self.loaded || self.last.elapsed() < every {
            return false;
        }
        self.last = Instant::now();
        let result = store.changes_since(self.mark).and_then(|ch| {
            let back = self.offline_since.is_some();
            if ch.records || ch.offers || back {
                reload(store, state, ch.offers || back)?;
            }
            Ok((ch, back))
        });
        match result {
            Ok((ch, back)) => {
                self.mark = ch.mark;
                self.offline_since = None;
                if back {
                    let text = state.lang.t(crate::i18n::T::ServerBack).to_string();
                    state.flash =
                        Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Info, text });
                }
                ch.records || ch.offers || back
            }
            Err(StoreError::Unreachable { .. }) => {
                let since = *self.offline_since.get_or_insert_with(now);
                let text = state.lang.f(crate::i18n::T::ServerOffline, &[&since.format("%H:%M")]);
                let again = state.flash.as_ref().is_none_or(|f| f.text != text);
                state.flash =
                    Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Error, text });
                again
            }
            // Anything else is said once, like a failed save; the next poll tries again.
            Err(e) => {
                let text = e.message(state.lang);
                state.flash =
                    Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Error, text });
                true
            }
        }
    }
}

/// Reads the records again (and the offers with their search index when `offers`), after
/// another desk wrote; open forms keep what was typed (they hold their own copy).
fn reload(store: &dyn Store, state: &mut State, offers: bool) -> Result<(), StoreError> {
    let records = load_records(store)?;
    if offers {
        let offers = store.all_offers()?;
        let index = SearchIndex::build(&offers);
        state.catalog = crate::app::state::Catalog::new(offers);
        state.set_index(index);
    }
    state.records = records;
    state.notify(&Changed::Loaded);
    Ok(())
}
