//! The order the current client adds to the list (issue 9, "the right office first"). The
//! search ranks by the words; this is a stable secondary order on top of it, never inside
//! the search ranking:
//!
//! - with words typed, among hits of equal rank those serving the client's town come first;
//! - without words (the list for the client's needs, Ctrl-F), offers that fit the client —
//!   no mark, which includes serving their town — come first, each part by how many of the
//!   client's needs an offer covers, then the search's own order (by title).
//!
//! What it needs of the client is computed once per client (and when offers or the client
//! change), one entry per offer, so the ordering runs without the shared data (the search
//! runs in `settle`, which has none).

use crate::app::state::Shared;
use crate::domain::eligibility::{client_town, mismatches};
use crate::search::Hit;

#[derive(Debug, Default)]
pub struct ForClient {
    /// The client these are for (`None`: no current client, the search's order as it is).
    pub id: Option<u64>,
    /// Per offer (position in the catalogue): serves the client's town (or no town known).
    serves: Vec<bool>,
    /// Per offer: no mark speaks against it.
    fits: Vec<bool>,
    /// Per offer: how many of the client's needs it covers.
    covers: Vec<u8>,
}

impl ForClient {
    /// Recomputes for `client` (the current one, or the one about to be); returns whether
    /// anything changed.
    pub fn sync(&mut self, sh: &Shared, client: Option<u64>, force: bool) -> bool {
        if !force && self.id == client && self.serves.len() == sh.catalog.offers.len() {
            return false;
        }
        if self.id.is_none() && client.is_none() {
            return false;
        }
        *self = ForClient::default();
        let Some(c) = client.and_then(|id| sh.records.client(id)) else { return true };
        let today = sh.today();
        let town = client_town(c);
        self.id = Some(c.id);
        for o in &sh.catalog.offers {
            self.serves.push(town.is_none_or(|t| o.serves_town(t)));
            self.fits.push(mismatches(o, c, today).is_empty());
            let covers = c.needs.iter().filter(|n| o.needs.contains(n)).count();
            self.covers.push(u8::try_from(covers).unwrap_or(u8::MAX));
        }
        true
    }

    /// How many hits to fetch at least: the whole list when it is the client's list (no
    /// words), so that the best fitting offers are not cut off by the page size.
    pub fn fetch(&self, query_empty: bool) -> usize {
        if self.id.is_some() && query_empty { self.serves.len() } else { 0 }
    }

    /// Orders `hits` as the module says; a stable sort, so equal keys keep the search's order.
    pub fn order(&self, hits: &mut [Hit], query_empty: bool) {
        if self.id.is_none() {
            return;
        }
        let at = |v: &Vec<bool>, i: usize| v.get(i).copied().unwrap_or(true);
        if query_empty {
            let covers = |i: usize| self.covers.get(i).copied().unwrap_or(0);
            hits.sort_by_key(|h| (!at(&self.fits, h.offer), std::cmp::Reverse(covers(h.offer))));
        } else {
            hits.sort_by_key(|h| (std::cmp::Reverse(h.score), !at(&self.serves, h.offer)));
        }
    }
}
