//! Behaviour tests of the search as a counsellor meets it, one file per concern. Helpers here.

mod filters;
mod highlights;
mod incremental;
mod matching;
mod ranking;
mod words;

use super::{Filters, Results, SearchIndex};
use crate::domain::{Offer, OfferId};

/// A blank offer with id and title.
pub(super) fn offer(id: &str, title: &str) -> Offer {
    Offer::new(OfferId::parse(id).unwrap(), title)
}

/// Runs a query without filters and returns everything.
pub(super) fn run(idx: &mut SearchIndex, q: &str) -> Results {
    idx.search(q, &Filters::default(), 1000)
}

/// Ids of the hits, best first.
pub(super) fn ids(offers: &[Offer], idx: &mut SearchIndex, q: &str) -> Vec<String> {
    run(idx, q).hits.iter().map(|h| offers[h.offer].id.as_str().to_string()).collect()
}

/// Ids of the hits, sorted (for set comparisons).
pub(super) fn id_set(offers: &[Offer], idx: &mut SearchIndex, q: &str) -> Vec<String> {
    let mut v = ids(offers, idx, q);
    v.sort();
    v
}

#[test]
fn index_is_send_and_counts_offers() {
    fn assert_send<T: Send>(_: &T) {}
    let offers = vec![offer("a", "Kita"), offer("b", "Jobcenter")];
    let idx = SearchIndex::build(&offers);
    assert_send(&idx);
    assert_eq!(idx.len(), 2);
    assert!(!idx.is_empty());
    assert!(SearchIndex::build(&[]).is_empty());
    assert!(SearchIndex::default().is_empty());
    assert!(format!("{idx:?}").starts_with("SearchIndex { offers: 2, words: "));
}

#[test]
fn an_empty_index_answers_every_query() {
    let mut idx = SearchIndex::build(&[]);
    for q in ["", "a", "kita", "anerkenung", "ß", "   "] {
        let r = run(&mut idx, q);
        assert_eq!((r.total, r.hits.len()), (0, 0), "{q}");
    }
}
