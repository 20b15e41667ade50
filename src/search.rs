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
mod lexicon;
mod rank;
mod stem;
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
use lexicon::{Keyed, Lexicon};
use rank::{MAX_TERMS, Scratch, Unit};
use term::{Mode, SCATTERED, TermCache, TermResult};

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
    /// Number of all listed offers: those matching at least one word of the query.
    pub total: usize,
    /// Number of offers matching every word that matches anything (they come first; the
    /// rest match fewer words). Equals `total` for a query of one word and the empty query.
    pub complete: usize,
    /// The query's words (as typed) that match no offer passing the filters, in query order:
    /// they did not narrow the list ("ohne Treffer: lohn"). Filler words are never listed.
    pub unmatched: Vec<String>,
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
    scratch: Scratch,
    /// per offer: best score of the vocabulary unit being merged (0 = none)
    dense: Vec<u16>,
    touched: Vec<u32>,
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
            scratch: Scratch::default(),
            dense: Vec::new(),
            touched: Vec::new(),
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
    /// Filler words ("nicht", "für", "the", "my") are left out unless the query has nothing
    /// else. The rest is cut into units: a phrase of the bilingual vocabulary ("tax return")
    /// is one unit matching every offer that matches one of its forms ("Steuererklärung"),
    /// any other word is a unit of its own. Offers matching at least one unit are listed,
    /// those matching the most words first; words that match nothing are reported in
    /// [`Results::unmatched`]. Ties are broken by folded title, then id, so the same query
    /// always gives the same ranking. An empty query lists all offers passing the filters by
    /// title.
    pub fn search(&mut self, query: &str, filters: &Filters, limit: usize) -> Results {
        let folded = fold(query);
        let all: Vec<&str> = fold::words(&folded).take(MAX_TERMS).collect();
        if self.mask.as_ref().is_none_or(|(f, _)| f != filters) {
            self.mask = Some((filters.clone(), self.index.facets.mask(self.index.n, filters)));
        }
        let Some((_, mask)) = &self.mask else {
            return Results::default();
        };
        if all.is_empty() {
            let (total, ranked) = rank::all_by_title(&self.index, mask, limit);
            let hits = ranked
                .into_iter()
                .map(|r| Hit { offer: r.offer as usize, score: 0, title: Vec::new(), provider: Vec::new() })
                .collect();
            return Results { total, complete: total, unmatched: Vec::new(), hits };
        }
        // Content words, with their place among all words (for the words as typed).
        let mut content: Vec<(usize, &str)> =
            all.iter().copied().enumerate().filter(|(_, w)| !stem::is_stop(w)).collect();
        if content.is_empty() {
            content = all.iter().copied().enumerate().collect();
        }
        let idx = &self.index;
        let keyed: Vec<Keyed> = content.iter().map(|(_, w)| Keyed::new(w, &idx.stems)).collect();
        let lex = Lexicon::get();
        let spans = lex.segment(&keyed);

        // Every term the query needs, in the cache: the typed words, and the words of every
        // form of the vocabulary groups a span stands for.
        self.terms.begin();
        let typed: Vec<usize> = content.iter().map(|(_, w)| self.terms.ensure(idx, w, Mode::Typed)).collect();
        let mut forms: Vec<Vec<Vec<usize>>> = Vec::with_capacity(spans.len());
        for sp in &spans {
            let mut fs = Vec::new();
            for &g in &sp.groups {
                for form in &lex.groups[g as usize].forms {
                    fs.push(form.iter().map(|k| self.terms.ensure(idx, &k.word, Mode::Form)).collect());
                }
            }
            forms.push(fs);
        }
        let lists: Vec<(Vec<u32>, Vec<u16>)> = spans
            .iter()
            .zip(&forms)
            .map(|(sp, fs)| {
                if sp.groups.is_empty() {
                    (Vec::new(), Vec::new())
                } else {
                    let words: Vec<&TermResult> =
                        typed[sp.start..sp.start + sp.len].iter().map(|&i| self.terms.get(i)).collect();
                    let fs: Vec<Vec<&TermResult>> =
                        fs.iter().map(|f| f.iter().map(|&i| self.terms.get(i)).collect()).collect();
                    concept(&words, &fs, &mut self.dense, &mut self.touched)
                }
            })
            .collect();
        let units: Vec<Unit> = spans
            .iter()
            .zip(&lists)
            .map(|(sp, (offers, scores))| {
                let first = self.terms.get(typed[sp.start]);
                if sp.groups.is_empty() {
                    Unit { term: &first.term, weight: 1, offers: &first.offers, scores: &first.scores }
                } else {
                    Unit { term: &first.term, weight: sp.len as u8, offers, scores }
                }
            })
            .collect();
        let equal = title_equal(idx, content.iter().map(|(_, w)| *w));
        let ranking = rank::rank(idx, &units, mask, limit, &self.matcher, &equal, &mut self.scratch);

        let orig = typed_words(query, all.len(), fold::words(&folded).count());
        let unmatched: Vec<String> = spans
            .iter()
            .zip(&ranking.matched)
            .filter(|(_, m)| !**m)
            .map(|(sp, _)| {
                let ws: Vec<&str> = content[sp.start..sp.start + sp.len]
                    .iter()
                    .map(|&(i, w)| orig.as_ref().map_or(w, |o| o[i]))
                    .collect();
                ws.join(" ")
            })
            .collect();

        // Highlights: each typed word, with the synonym forms it names, the vocabulary forms of
        // its span and its stem.
        let mut marks: Vec<TermMark> = Vec::with_capacity(content.len());
        let mut mark_unit: Vec<usize> = Vec::with_capacity(content.len());
        for (u, sp) in spans.iter().enumerate() {
            for &ti in &typed[sp.start..sp.start + sp.len] {
                let t = self.terms.get(ti);
                let lexicon: Vec<&[Keyed]> = sp
                    .groups
                    .iter()
                    .flat_map(|&g| lex.groups[g as usize].forms.iter().map(Vec::as_slice))
                    .collect();
                let stem = idx.stems.de(&t.term).map(|s| s.chars().collect()).unwrap_or_default();
                marks.push(TermMark {
                    chars: t.term.chars().collect(),
                    term: &t.term,
                    forms: idx.synonyms.forms_named_by(&t.term),
                    lexicon,
                    stem,
                });
                mark_unit.push(u);
            }
        }
        let hits = ranking
            .hits
            .into_iter()
            .map(|r| {
                let scattered: Vec<bool> = mark_unit
                    .iter()
                    .map(|&u| {
                        units[u].weight == 1
                            && spans[u].groups.is_empty()
                            && units[u].offers.binary_search(&r.offer).ok().map(|i| units[u].scores[i])
                                == Some(SCATTERED)
                    })
                    .collect();
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
        Results { total: ranking.total, complete: ranking.complete, unmatched, hits }
    }

    /// Forgets the per-term and filter caches (frees their memory; the next search starts
    /// over). Results never depend on the caches.
    pub fn clear_caches(&mut self) {
        self.terms = TermCache::default();
        self.mask = None;
        self.scratch = Scratch::default();
        self.dense = Vec::new();
        self.touched = Vec::new();
    }

    /// Rough heap size of the index and its caches, in bytes (for benchmarks and budgets).
    pub fn heap_size_estimate(&self) -> usize {
        self.index.heap_bytes()
            + self.terms.heap_bytes()
            + self.mask.as_ref().map_or(0, |(_, m)| m.heap_bytes())
            + self.scratch.heap_bytes()
            + self.dense.capacity() * 2
            + self.touched.capacity() * 4
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

/// Expanded forms rank a little below the words as typed (a form is an interpretation).
const FORM_SCALE: (u32, u32) = (9, 10);

/// The offers of a vocabulary span: those matching the typed words (all of them), and those
/// matching any form of its groups (all words of the form), each with its best score; a
/// phrase scores the mean of its words.
fn concept(
    typed: &[&TermResult],
    forms: &[Vec<&TermResult>],
    dense: &mut Vec<u16>,
    touched: &mut Vec<u32>,
) -> (Vec<u32>, Vec<u16>) {
    let n = typed
        .iter()
        .chain(forms.iter().flatten())
        .map(|t| t.offers.last().map_or(0, |&o| o as usize + 1))
        .max()
        .unwrap_or(0);
    if dense.len() < n {
        dense.resize(n, 0);
    }
    let mut add = |words: &[&TermResult], scale: (u32, u32)| {
        all_of(words, |o, s| {
            let s = if s == SCATTERED { s } else { (u32::from(s) * scale.0 / scale.1).max(2) as u16 };
            let d = &mut dense[o as usize];
            if *d == 0 {
                touched.push(o);
            }
            if s > *d {
                *d = s;
            }
        });
    };
    add(typed, (1, 1));
    for f in forms {
        add(f, FORM_SCALE);
    }
    touched.sort_unstable();
    let offers: Vec<u32> = touched.clone();
    let scores: Vec<u16> = offers.iter().map(|&o| std::mem::take(&mut dense[o as usize])).collect();
    touched.clear();
    (offers, scores)
}

/// Calls `f(offer, mean score)` for every offer matching all the words. A scattered hit
/// keeps its mark (a phrase with one scattered word is scattered).
fn all_of(words: &[&TermResult], mut f: impl FnMut(u32, u16)) {
    let Some(first) = words.iter().min_by_key(|t| t.offers.len()) else {
        return;
    };
    let mut pos = vec![0usize; words.len()];
    'offers: for &o in &first.offers {
        let mut sum = 0u32;
        let mut scattered = false;
        for (t, p) in words.iter().zip(pos.iter_mut()) {
            *p = rank::gallop(&t.offers, *p, o);
            if *p >= t.offers.len() || t.offers[*p] != o {
                continue 'offers;
            }
            let s = t.scores[*p];
            scattered |= s == SCATTERED;
            sum += u32::from(s);
        }
        let mean = (sum / words.len() as u32) as u16;
        f(o, if scattered && words.len() == 1 { SCATTERED } else { mean.max(2) });
    }
}

/// Offers whose title is the query (their words but filler words, in order).
fn title_equal<'a>(idx: &Index, content: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let key = index::words_key(content);
    let mut out: Vec<u32> = Vec::new();
    for (sid, _) in idx.short_keys.iter().enumerate().filter(|(_, k)| **k == key) {
        out.extend(
            idx.short
                .postings(sid as u32)
                .iter()
                .filter(|&&p| index::field_of(p) == index::TITLE)
                .map(|&p| index::offer_of(p)),
        );
    }
    out.sort_unstable();
    out
}

/// The query's first `n` words as typed (split like the folded ones), if they correspond one
/// to one with the folded words (`folded_count` of them).
fn typed_words(query: &str, n: usize, folded_count: usize) -> Option<Vec<&str>> {
    let ws: Vec<&str> = query.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    (ws.len() == folded_count && n <= ws.len()).then(|| ws[..n].to_vec())
}
