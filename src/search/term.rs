//! One query term → the offers it matches, each with its best score, and the cache that makes
//! typing cheap: a term that extends a cached term (typed one more letter) looks only at that
//! term's compound, typo and scattered candidates instead of the whole vocabulary, because each
//! of those sets can only shrink as the term grows.
//!
//! Match classes, best first: the whole word or its start (vocabulary prefix range), a part of a
//! compound (substring of a word, 3+ letters), a typo (edit distance to a word prefix, 5+
//! letters), scattered letters (subsequence of a title or provider, 3+ letters; never the
//! description). Terms of one or two characters match only word starts: one character in
//! titles and providers, two also in keywords and labels, never in the description (except
//! whole words with a digit, "B2").

use super::fold::is_anchored_subsequence;
use super::index::{DESCRIPTION, FIELDS, Index, KEYWORDS, field_of, offer_of};
use super::typo::{MAX_TYPO_TERM, allowed_typos, prefix_distance};
use super::vocab::inner_contains;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Class {
    Exact = 0,
    Prefix = 1,
    /// Another form of the word ("Eröffnung" for "eröffnen"), or a compound it starts
    /// ("Schulamt" for "Schule": the stem and then a word of the vocabulary).
    Stem = 2,
    Compound = 3,
    Typo = 4,
}

/// Score of a term by field class (rows: title, title synonym, provider, provider synonym,
/// keywords, description; see `index`) and match class (columns: exact word, word start,
/// word form, compound part, typo). Within one field the class orders; within one class the
/// field orders; a compound part in the title still beats a whole word in the provider, and
/// any typo ranks below every exact hit.
pub(crate) const SCORES: [[u16; 5]; FIELDS] = [
    [1000, 960, 930, 880, 300],
    [900, 870, 840, 800, 280],
    [800, 770, 740, 700, 260],
    [720, 695, 665, 630, 240],
    [600, 575, 550, 520, 220],
    [400, 385, 365, 340, 180],
];

/// How a term is matched.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// A word the counsellor typed: everything, typos and scattered letters included.
    Typed,
    /// A word of a vocabulary form (spelt right): no typos, no scattered letters; up to three
    /// letters only the whole word, four also word starts and word forms, five and more also
    /// compound parts.
    Form,
}

/// Placeholder score of a scattered-letter hit; the real score (SkimMatcherV2, below every
/// word-class score) is computed only if such a hit can reach the returned page.
pub(crate) const SCATTERED: u16 = 1;

/// Cached terms kept for narrowing and for going back (backspace, next word), and the words
/// of the vocabulary forms a query expanded to.
pub(crate) const CACHE: usize = 48;

pub(crate) struct TermResult {
    pub(crate) term: String,
    mode: Mode,
    chars: usize,
    /// words containing the term after their first character (terms of 3+ chars)
    inner: Vec<u32>,
    /// (allowed typos, words within them of a prefix) for terms of 5+ chars
    typo: Option<(usize, Vec<u32>)>,
    /// short texts containing the term as a subsequence (terms of 3+ chars)
    scatter: Vec<u32>,
    /// matched offers, ascending, with their best score for this term
    pub(crate) offers: Vec<u32>,
    pub(crate) scores: Vec<u16>,
    last_used: u64,
}

impl TermResult {
    fn heap_bytes(&self) -> usize {
        self.term.capacity()
            + (self.inner.capacity() + self.scatter.capacity() + self.offers.capacity()) * 4
            + self.typo.as_ref().map_or(0, |t| t.1.capacity() * 4)
            + self.scores.capacity() * 2
    }
}

#[derive(Default)]
pub(crate) struct TermCache {
    entries: Vec<TermResult>,
    clock: u64,
    /// per offer: best score so far of the term being computed (0 = none)
    dense: Vec<u16>,
    touched: Vec<u32>,
}

impl TermCache {
    /// Starts a query: entries used from now on are protected from eviction until the next.
    /// A query with many words may have grown the cache past its size; shrink it back first
    /// (entry indices are only held within one query).
    pub(crate) fn begin(&mut self) {
        self.clock += 1;
        while self.entries.len() > CACHE {
            let oldest = self.entries.iter().enumerate().min_by_key(|(_, e)| e.last_used).map(|(i, _)| i);
            match oldest {
                Some(i) => drop(self.entries.swap_remove(i)),
                None => break,
            }
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn get(&self, i: usize) -> &TermResult {
        &self.entries[i]
    }

    /// The cache entry for `term`, computed if needed.
    pub(crate) fn ensure(&mut self, idx: &Index, term: &str, mode: Mode) -> usize {
        let clock = self.clock;
        if let Some(i) = self.entries.iter().position(|e| e.term == term && e.mode == mode) {
            self.entries[i].last_used = clock;
            return i;
        }
        let ancestor = self
            .entries
            .iter()
            .filter(|e| e.mode == mode && e.term.len() < term.len() && term.starts_with(e.term.as_str()))
            .max_by_key(|e| e.term.len());
        if self.dense.len() != idx.n {
            self.dense = vec![0; idx.n];
        }
        let mut r = compute(idx, term, mode, ancestor, &mut self.dense, &mut self.touched);
        r.last_used = clock;
        let victim = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.last_used < clock)
            .min_by_key(|(_, e)| e.last_used)
            .map(|(i, _)| i);
        match victim {
            Some(i) if self.entries.len() >= CACHE => {
                self.entries[i] = r;
                i
            }
            _ => {
                self.entries.push(r);
                self.entries.len() - 1
            }
        }
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.entries.iter().map(TermResult::heap_bytes).sum::<usize>()
            + self.dense.capacity() * 2
            + self.touched.capacity() * 4
    }
}

fn compute(
    idx: &Index,
    term: &str,
    mode: Mode,
    ancestor: Option<&TermResult>,
    dense: &mut [u16],
    touched: &mut Vec<u32>,
) -> TermResult {
    let chars = term.chars().count();
    if mode == Mode::Form {
        return compute_form(idx, term, chars, dense, touched);
    }
    let vocab = &idx.vocab;
    let inner: Vec<u32> = if chars < 3 {
        Vec::new()
    } else {
        match ancestor.filter(|a| a.chars >= 3) {
            Some(a) => a.inner.iter().copied().filter(|&w| inner_contains(vocab.word(w), term)).collect(),
            None => vocab.inner_matches(term),
        }
    };
    let k = allowed_typos(chars);
    let typo = (k > 0 && chars <= MAX_TYPO_TERM).then(|| {
        let words = match ancestor.and_then(|a| a.typo.as_ref()).filter(|t| t.0 == k) {
            Some((_, pool)) => typo_filter(idx, term, k, pool.iter().copied()),
            None => {
                let first = term.chars().next().map(String::from).unwrap_or_default();
                typo_filter(idx, term, k, vocab.prefix_range(&first))
            }
        };
        (k, words)
    });
    let scatter: Vec<u32> = if chars < 3 {
        Vec::new()
    } else {
        let mask = super::fold::char_mask(term);
        let fits = |s: u32| {
            mask & !idx.short.masks[s as usize] == 0 && is_anchored_subsequence(term, idx.short.folded(s))
        };
        match ancestor.filter(|a| a.chars >= 3) {
            Some(a) => a.scatter.iter().copied().filter(|&s| fits(s)).collect(),
            None => (0..idx.short.len() as u32).filter(|&s| fits(s)).collect(),
        }
    };

    // One character: word starts of titles and providers only. Two: also keywords and labels
    // (abbreviations: "ik", "jc", "kv"). A whole short word with a digit ("b2") anywhere.
    let below = match chars {
        1 => KEYWORDS,
        2 => DESCRIPTION,
        _ => FIELDS as u32,
    };
    let mut acc = Acc { dense, touched, idx, below, digit: term.chars().any(|c| c.is_numeric()) };
    for w in vocab.prefix_range(term) {
        acc.word(w, if vocab.word(w) == term { Class::Exact } else { Class::Prefix });
    }
    for &w in &inner {
        if !vocab.word(w).starts_with(term) {
            acc.word(w, Class::Compound);
        }
    }
    if let Some((_, words)) = &typo {
        for &w in words {
            let word = vocab.word(w);
            if !word.starts_with(term) && !inner_contains(word, term) {
                acc.word(w, Class::Typo);
            }
        }
    }
    if chars >= 4 {
        word_forms(idx, term, &mut acc);
    }
    for &s in &scatter {
        for &p in idx.short.postings(s) {
            acc.set(offer_of(p), SCATTERED);
        }
    }
    let (offers, scores) = acc.collect(idx.n);
    TermResult { term: term.to_string(), mode, chars, inner, typo, scatter, offers, scores, last_used: 0 }
}

/// A word of a vocabulary form: see [`Mode::Form`].
fn compute_form(
    idx: &Index,
    term: &str,
    chars: usize,
    dense: &mut [u16],
    touched: &mut Vec<u32>,
) -> TermResult {
    let vocab = &idx.vocab;
    let mut acc = Acc { dense, touched, idx, below: FIELDS as u32, digit: false };
    for w in vocab.prefix_range(term) {
        let exact = vocab.word(w) == term;
        if exact || chars >= 4 {
            acc.word(w, if exact { Class::Exact } else { Class::Prefix });
        }
    }
    if chars >= 5 {
        for w in vocab.inner_matches(term) {
            acc.word(w, Class::Compound);
        }
    }
    if chars >= 4 {
        word_forms(idx, term, &mut acc);
    }
    let (offers, scores) = acc.collect(idx.n);
    TermResult {
        term: term.to_string(),
        mode: Mode::Form,
        chars,
        inner: Vec::new(),
        typo: None,
        scatter: Vec::new(),
        offers,
        scores,
        last_used: 0,
    }
}

/// Word forms of a term of 4+ letters, through its German and English stems (when shorter
/// than the term): words with the same stem ("eröffnen" → "Eröffnung"); compounds the stem
/// starts, followed by a word of the vocabulary ("schule" → "Schulanmeldung", but not
/// "Schulden"); and compounds whose last part has the stem ("eröffnen" → "Kontoeröffnung",
/// "suchen" → "Wohnungssuche", at least three letters before it).
fn word_forms(idx: &Index, term: &str, acc: &mut Acc) {
    let vocab = &idx.vocab;
    if let Some(stem) = idx.stems.de(term) {
        for w in vocab.prefix_range(stem) {
            let word = vocab.word(w);
            if word.starts_with(term) {
                continue;
            }
            if idx.stem_end(w) == stem.len() || starts_compound(idx, &word[stem.len()..]) {
                acc.word(w, Class::Stem);
            }
        }
        for (w, pos) in vocab.inner_matches_at(stem) {
            let pos = pos as usize;
            if pos >= 3 && pos + stem.len() == idx.stem_end(w) {
                acc.word(w, Class::Compound);
            }
        }
        // The fold turns "oe", "ae", "ue" into "o", "a", "u" inside a word too, so a head that
        // starts with "e" after such a modifier lost its "e" ("Konto|eröffnung" is folded to
        // "kontoroffnung"): look for the rest after an "a", "o" or "u".
        if let Some(rest) = stem.strip_prefix('e').filter(|r| r.len() >= 4) {
            for (w, pos) in vocab.inner_matches_at(rest) {
                let (pos, word) = (pos as usize, vocab.word(w));
                let after_vowel =
                    matches!(word.as_bytes().get(pos.wrapping_sub(1)), Some(b'a' | b'o' | b'u'));
                if pos >= 3 && after_vowel && pos + rest.len() == idx.stem_end(w) {
                    acc.word(w, Class::Compound);
                }
            }
        }
    }
    if let Some(stem) = idx.stems.en(term).filter(|s| Some(*s) != idx.stems.de(term)) {
        for w in vocab.prefix_range(stem) {
            let n = idx.stem_en[w as usize] as usize;
            let word = vocab.word(w);
            if !word.starts_with(term) && (n == stem.len() || word.len() == stem.len()) {
                acc.word(w, Class::Stem);
            }
        }
    }
}

/// Whether `rest` (what follows a stem in a word) is a word of its own: a word of three
/// letters or more of the directory or of the bilingual vocabulary that is no filler word, or
/// a form of one, after an optional linking
/// "s", "n", "e", "en", "es" ("Schul|anmeldung", "Wohnung|s|suche").
fn starts_compound(idx: &Index, rest: &str) -> bool {
    let ok = |r: &str| {
        r.len() >= 3
            && !super::stem::is_stop(r)
            && (idx.vocab.contains(r)
                || super::lexicon::Lexicon::get().has_word(r)
                || idx
                    .stems
                    .de(r)
                    .is_some_and(|s| idx.vocab.prefix_range(s).any(|w| idx.stem_end(w) == s.len())))
    };
    ok(rest) || ["s", "n", "e", "en", "es"].iter().any(|l| rest.strip_prefix(l).is_some_and(ok))
}

fn typo_filter(idx: &Index, term: &str, k: usize, pool: impl Iterator<Item = u32>) -> Vec<u32> {
    let min_len = term.chars().count().saturating_sub(k);
    if term.is_ascii() {
        let t = term.as_bytes();
        pool.filter(|&w| {
            let word = idx.vocab.word(w);
            word.len() >= min_len
                && if word.is_ascii() {
                    prefix_distance(t, word.as_bytes(), k).is_some()
                } else {
                    char_distance(term, word, k)
                }
        })
        .collect()
    } else {
        pool.filter(|&w| char_distance(term, idx.vocab.word(w), k)).collect()
    }
}

fn char_distance(term: &str, word: &str, k: usize) -> bool {
    let t: Vec<char> = term.chars().collect();
    let w: Vec<char> = word.chars().collect();
    prefix_distance(&t, &w, k).is_some()
}

/// Accumulates the best score per offer for one term.
struct Acc<'a> {
    dense: &'a mut [u16],
    touched: &'a mut Vec<u32>,
    idx: &'a Index,
    /// only fields before this one (by term length)
    below: u32,
    digit: bool,
}

impl Acc<'_> {
    #[inline]
    fn set(&mut self, offer: u32, score: u16) {
        let d = &mut self.dense[offer as usize];
        if *d == 0 {
            self.touched.push(offer);
        }
        if score > *d {
            *d = score;
        }
    }

    fn word(&mut self, w: u32, class: Class) {
        let c = class as usize;
        let mut postings = self.idx.postings(w);
        let below = if self.digit && class == Class::Exact { FIELDS as u32 } else { self.below };
        if below < FIELDS as u32 {
            let end = postings.partition_point(|&p| field_of(p) < below);
            postings = &postings[..end];
        }
        for &p in postings {
            self.set(offer_of(p), SCORES[field_of(p) as usize][c]);
        }
        let idx = self.idx;
        if below <= KEYWORDS {
            return;
        }
        for f in idx.facets_of(w) {
            for &o in &idx.facets.lists[f as usize] {
                self.set(o, SCORES[KEYWORDS as usize][c]);
            }
        }
    }

    /// Sorted offers and scores; resets the dense scratch.
    fn collect(self, n: usize) -> (Vec<u32>, Vec<u16>) {
        let mut offers = Vec::with_capacity(self.touched.len());
        let mut scores = Vec::with_capacity(self.touched.len());
        if self.touched.len() > n / 8 {
            for (o, d) in self.dense.iter_mut().enumerate() {
                if *d != 0 {
                    offers.push(o as u32);
                    scores.push(*d);
                    *d = 0;
                }
            }
        } else {
            self.touched.sort_unstable();
            for &o in self.touched.iter() {
                let d = &mut self.dense[o as usize];
                offers.push(o);
                scores.push(*d);
                *d = 0;
            }
        }
        self.touched.clear();
        (offers, scores)
    }
}
