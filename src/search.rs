//! Offer search: the in-memory index of the directory and query → ranked hits with highlight
//! positions, fast enough to run on every keystroke. No I/O.
//!
//! How it works (details in the submodules):
//! - [`fold`] is the one normal form of text (case, accents, ä/ae/a, ö/oe/o, ü/ue/u, ß/ss).
//! - The index keeps a sorted vocabulary of the folded words of all fields, with postings
//!   (offer, best field) per word; the built-in synonym table and the labels of needs,
//!   sub-needs, languages, provider types and tags are words of the keyword field.
//! - A query term looks at the vocabulary, not at the offers: a prefix range (word and word
//!   start), one substring scan (compound parts), a bounded edit distance (typos), and a
//!   subsequence scan over distinct titles and providers (scattered letters, scored with
//!   SkimMatcherV2). Per-term results are cached, so one more typed letter narrows the
//!   previous term's candidates instead of starting over.
//! - Terms are intersected from the rarest, filters are a cached bitset, the top K are picked
//!   with `select_nth_unstable`, and highlights are computed for those K only.

mod facets;
mod fold;
mod highlight;
mod index;
mod rank;
mod synonyms;
mod term;
mod typo;
mod vocab;

#[cfg(test)]
mod tests;

pub use fold::fold;

use crate::domain::{Date, GroupTag, LangCode, Need, Offer, TargetGroup};
use facets::Bitset;
use fuzzy_matcher::skim::SkimMatcherV2;
use highlight::TermMark;
use index::Index;
use rank::MAX_TERMS;
use term::{SCATTERED, TermCache, TermResult};

/// Facet filters. Within a facet any value may match (OR); facets combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Any of these needs; empty = no filter.
    pub needs: Vec<Need>,
    /// Any of these groups; offers without listed groups serve all groups.
    pub groups: Vec<TargetGroup>,
    /// Any of these tags.
    pub tags: Vec<GroupTag>,
    /// Any of these languages.
    pub languages: Vec<LangCode>,
    /// Offers serving people who live in this town ([`Offer::serves_town`]).
    pub town: Option<String>,
    /// Inactive offers are hidden unless this is set; temporarily closed ones are always shown.
    pub include_inactive: bool,
    /// Only offers that are stale on this day (not verified for 12 months,
    /// [`crate::domain::offer::stale`]).
    pub stale_on: Option<Date>,
    /// Only offers with a possible duplicate ([`crate::domain::duplicates`]).
    pub duplicates: bool,
}

/// The answer to one query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Number of all matching offers.
    pub total: usize,
    /// The best `limit` of them, best first.
    pub hits: Vec<Hit>,
}

/// One ranked offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Position of the offer in the slice the index was built from.
    pub offer: usize,
    /// Higher is better; only comparable within one query.
    pub score: u32,
    /// Matched character (not byte) indices into the original `offer.title`.
    pub title: Vec<usize>,
    /// Matched character indices into the original `offer.provider`.
    pub provider: Vec<usize>,
}

/// The searchable index of a directory. Build it once (on a background thread if you like, it
/// is `Send`), then call [`SearchIndex::search`] on every keystroke.
pub struct SearchIndex {
    index: Index,
    terms: TermCache,
    matcher: SkimMatcherV2,
    mask: Option<(Filters, Bitset)>,
}

impl Default for SearchIndex {
    /// An index of no offers (before the first build has finished).
    fn default() -> Self {
        SearchIndex::build(&[])
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("offers", &self.index.n)
            .field("words", &self.index.vocab.len())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Indexes the offers; a hit's `offer` is a position in this slice.
    pub fn build(offers: &[Offer]) -> SearchIndex {
        SearchIndex {
            index: Index::build(offers),
            terms: TermCache::default(),
            matcher: SkimMatcherV2::default().ignore_case(),
            mask: None,
        }
    }

    /// Number of indexed offers.
    pub fn len(&self) -> usize {
        self.index.n
    }

    pub fn is_empty(&self) -> bool {
        self.index.n == 0
    }

    /// Ranked hits for the query among offers passing the filters. Reuses internal caches
    /// (hence `&mut`) so that typing letter by letter narrows instead of starting over.
    ///
    /// Every word of the query must match (any field, any order). Ties are broken by folded
    /// title, then id, so the same query always gives the same ranking. An empty query lists
    /// all offers passing the filters by title.
    pub fn search(&mut self, query: &str, filters: &Filters, limit: usize) -> Results {
        let folded = fold(query);
        let words: Vec<&str> = fold::words(&folded).take(MAX_TERMS).collect();
        if self.mask.as_ref().is_none_or(|(f, _)| f != filters) {
            self.mask = Some((filters.clone(), self.index.facets.mask(self.index.n, filters)));
        }
        let Some((_, mask)) = &self.mask else {
            return Results { total: 0, hits: Vec::new() };
        };
        if words.is_empty() {
            let (total, ranked) = rank::all_by_title(&self.index, mask, limit);
            let hits = ranked
                .into_iter()
                .map(|r| Hit { offer: r.offer as usize, score: 0, title: Vec::new(), provider: Vec::new() })
                .collect();
            return Results { total, hits };
        }
        self.terms.begin();
        let ids: Vec<usize> = words.iter().map(|w| self.terms.ensure(&self.index, w)).collect();
        let terms: Vec<&TermResult> = ids.iter().map(|&i| self.terms.get(i)).collect();
        let (total, ranked) = rank::rank(&self.index, &terms, mask, limit, &self.matcher);

        let idx = &self.index;
        let marks: Vec<TermMark> = terms
            .iter()
            .map(|t| TermMark {
                chars: t.term.chars().collect(),
                term: &t.term,
                forms: idx.synonyms.forms_named_by(&t.term),
            })
            .collect();
        let hits = ranked
            .into_iter()
            .map(|r| {
                let scattered: Vec<bool> =
                    terms.iter().map(|t| t.score_of(r.offer) == Some(SCATTERED)).collect();
                let o = r.offer as usize;
                let title = idx.short.orig(idx.title_sid[o]);
                let provider = idx.short.orig(idx.provider_sid[o]);
                Hit {
                    offer: o,
                    score: r.score,
                    title: highlight::positions(title, &marks, &scattered, &self.matcher),
                    provider: highlight::positions(provider, &marks, &scattered, &self.matcher),
                }
            })
            .collect();
        Results { total, hits }
    }

    /// Forgets the per-term and filter caches (frees their memory; the next search starts
    /// over). Results never depend on the caches.
    pub fn clear_caches(&mut self) {
        self.terms = TermCache::default();
        self.mask = None;
    }

    /// Rough heap size of the index and its caches, in bytes (for benchmarks and budgets).
    pub fn heap_size_estimate(&self) -> usize {
        self.index.heap_bytes()
            + self.terms.heap_bytes()
            + self.mask.as_ref().map_or(0, |(_, m)| m.heap_bytes())
    }

    /// Positions of the other offers in offer `offer`'s group of possible duplicates (same
    /// provider, similar title; `domain::duplicates`), found when the index was built.
    pub fn duplicates_of(&self, offer: usize) -> Vec<usize> {
        self.index.facets.duplicates_of(offer)
    }

    /// Number of offers that have at least one possible duplicate.
    pub fn duplicate_count(&self) -> usize {
        self.index.facets.duplicate_count()
    }

    /// Number of distinct folded words in the vocabulary.
    pub fn vocabulary_len(&self) -> usize {
        self.index.vocab.len()
    }
}
