//! Combining the terms of a query (every term must match: intersection starting from the
//! rarest term, filters applied first), scoring, and picking the top K without sorting all
//! matches. Scattered-letter hits form a lower tier; their SkimMatcherV2 scores are computed
//! only when that tier reaches the returned page, and for at most a few hundred candidates
//! preselected by a cheap score of the same kind.

use super::facets::Bitset;
use super::fold::is_anchored_subsequence;
use super::index::Index;
use super::term::SCATTERED;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Offers that matched a unit by scattered letters only rank below those of the same coverage
/// that matched every unit by word.
const WORD_TIER: u32 = 1 << 21;
/// A title equal to the query ranks first among the offers of its coverage.
const TITLE_EQUAL: u32 = 1 << 20;
/// The number of query words an offer matched ranks above everything else.
const COVERAGE_SHIFT: u32 = 22;
/// Words beyond this many are ignored (keeps every score below 2^32).
pub(crate) const MAX_TERMS: usize = 64;

/// A ranked offer.
pub(crate) struct Ranked {
    pub(crate) offer: u32,
    pub(crate) score: u32,
}

/// One unit of the query: a typed word, or a vocabulary form standing for several; its
/// matched offers (ascending) with their best scores, and how many query words it stands for.
pub(crate) struct Unit<'a> {
    pub(crate) term: &'a str,
    pub(crate) weight: u8,
    pub(crate) offers: &'a [u32],
    pub(crate) scores: &'a [u16],
}

impl Unit<'_> {
    fn score_of(&self, offer: u32) -> Option<u16> {
        self.offers.binary_search(&offer).ok().map(|i| self.scores[i])
    }
}

/// The ranking of one query.
pub(crate) struct Ranking {
    /// Offers listed: matching at least one unit.
    pub(crate) total: usize,
    /// Offers matching every unit that matches anything.
    pub(crate) complete: usize,
    /// Per unit: whether any offer passing the filters matches it.
    pub(crate) matched: Vec<bool>,
    pub(crate) hits: Vec<Ranked>,
}

/// Per-offer scratch of the ranking, kept between queries.
#[derive(Default)]
pub(crate) struct Scratch {
    cover: Vec<u8>,
    sums: Vec<u32>,
    scattered: Vec<bool>,
    touched: Vec<u32>,
}

impl Scratch {
    pub(crate) fn heap_bytes(&self) -> usize {
        self.cover.capacity()
            + self.sums.capacity() * 4
            + self.scattered.capacity()
            + self.touched.capacity() * 4
    }
}

/// Offers passing `mask`, ordered by folded title and id.
pub(crate) fn all_by_title(idx: &Index, mask: &Bitset, limit: usize) -> (usize, Vec<Ranked>) {
    let hits = idx.by_title.iter().filter(|&&o| mask.contains(o)).take(limit);
    let hits = hits.map(|&offer| Ranked { offer, score: 0 }).collect();
    (mask.count(), hits)
}

/// Offers passing `mask` that match at least one unit (by word; scattered letters count only
/// for offers that match every unit): those matching the most query words first (every word, then all but one …), then by summed score; within that, a title equal
/// to the query first (`title_equal`, ascending offers), scattered-letter hits last.
pub(crate) fn rank(
    idx: &Index,
    units: &[Unit],
    mask: &Bitset,
    limit: usize,
    matcher: &SkimMatcherV2,
    title_equal: &[u32],
    sc: &mut Scratch,
) -> Ranking {
    if sc.cover.len() != idx.n {
        sc.cover = vec![0; idx.n];
        sc.sums = vec![0; idx.n];
        sc.scattered = vec![false; idx.n];
    }
    let mut matched = Vec::with_capacity(units.len());
    for u in units {
        let mut any = false;
        for (&o, &s) in u.offers.iter().zip(u.scores) {
            if !mask.contains(o) {
                continue;
            }
            any = true;
            let i = o as usize;
            if sc.cover[i] == 0 {
                sc.touched.push(o);
            }
            sc.cover[i] += u.weight;
            if s == SCATTERED {
                sc.scattered[i] = true;
            } else {
                sc.sums[i] += u32::from(s);
            }
        }
        matched.push(any);
    }
    let full: u8 = units.iter().zip(&matched).filter(|(_, m)| **m).map(|(u, _)| u.weight).sum();
    let key = |score: u32, offer: u32| {
        (u64::from(u32::MAX - score) << 32) | u64::from(idx.title_rank[offer as usize])
    };
    // Word-tier offers get their key now; scattered ones by coverage, scored only if they
    // can reach the page.
    // First count by coverage: only the coverages that can reach the page get keys (a common
    // word's many partial hits are counted, not sorted).
    let mut listed_at = [0usize; MAX_TERMS + 1];
    for &o in &sc.touched {
        let i = o as usize;
        let c = sc.cover[i];
        // Scattered letters only narrow: they never bring in an offer that misses a word.
        if c < full && sc.scattered[i] {
            continue;
        }
        listed_at[usize::from(c)] += 1;
    }
    let mut min_cover = 1;
    let mut cum = 0;
    for c in (1..=usize::from(full)).rev() {
        cum += listed_at[c];
        if cum >= limit {
            min_cover = c;
            break;
        }
    }
    let total: usize = listed_at.iter().sum();
    let complete = listed_at[usize::from(full)];
    let mut keys: Vec<u64> = Vec::with_capacity(if limit == 0 { 0 } else { cum.min(total) });
    let mut words_at = [0usize; MAX_TERMS + 1];
    let mut lower: Vec<Vec<u32>> = vec![Vec::new(); usize::from(full) + 1];
    for &o in &sc.touched {
        if limit == 0 {
            break;
        }
        let i = o as usize;
        let c = sc.cover[i];
        if (c < full && sc.scattered[i]) || usize::from(c) < min_cover {
            continue;
        }
        let base = u32::from(c) << COVERAGE_SHIFT;
        if sc.scattered[i] {
            lower[usize::from(c)].push(o);
        } else {
            let eq = if !title_equal.is_empty() && title_equal.binary_search(&o).is_ok() {
                TITLE_EQUAL
            } else {
                0
            };
            keys.push(key(base + WORD_TIER + eq + sc.sums[i], o));
            words_at[usize::from(c)] += 1;
        }
    }
    if limit > 0 {
        let mut above = 0;
        for c in (1..=usize::from(full)).rev() {
            above += words_at[c];
            if above >= limit {
                break;
            }
            let mut cands = std::mem::take(&mut lower[c]);
            // The scattered tier reaches the page. SkimMatcherV2 costs ~2 µs a call: with many
            // candidates, a cheap score of the same kind preselects those it ranks first.
            let extra = |o: u32, score: &dyn Fn(&str, &str) -> Option<u32>| -> u32 {
                units
                    .iter()
                    .filter(|u| u.score_of(o) == Some(SCATTERED))
                    .map(|u| scattered_score(idx, o, u.term, score))
                    .sum()
            };
            let want = (limit - above).max(SKIM_POOL);
            if cands.len() > want {
                let mut pre: Vec<u64> = cands
                    .iter()
                    .map(|&o| {
                        (u64::from(u32::MAX - sc.sums[o as usize] - extra(o, &quick_score)) << 32)
                            | u64::from(o)
                    })
                    .collect();
                pre.select_nth_unstable(want);
                cands = pre[..want].iter().map(|&k| (k & u64::from(u32::MAX)) as u32).collect();
            }
            let skim = |term: &str, hay: &str| skim_score(matcher, term, hay);
            let base = (c as u32) << COVERAGE_SHIFT;
            for &o in &cands {
                keys.push(key(base + sc.sums[o as usize] + extra(o, &skim), o));
            }
            above += cands.len();
        }
    }
    for &o in &sc.touched {
        let i = o as usize;
        sc.cover[i] = 0;
        sc.sums[i] = 0;
        sc.scattered[i] = false;
    }
    sc.touched.clear();
    if keys.len() > limit {
        keys.select_nth_unstable(limit);
        keys.truncate(limit);
    }
    keys.sort_unstable();
    let hits = keys
        .into_iter()
        .map(|k| {
            let offer = idx.by_title[(k & u64::from(u32::MAX)) as usize];
            Ranked { offer, score: u32::MAX - (k >> 32) as u32 }
        })
        .collect();
    Ranking { total, complete, matched, hits }
}

/// First index ≥ `from` whose value is ≥ `target` (exponential then binary search).
pub(crate) fn gallop(list: &[u32], from: usize, target: u32) -> usize {
    if from >= list.len() || list[from] >= target {
        return from;
    }
    // Invariant: list[lo] < target; list[hi] >= target or hi is past the end.
    let (mut lo, mut step) = (from, 1);
    let mut hi = from + 1;
    while hi < list.len() && list[hi] < target {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    let hi = hi.min(list.len());
    lo + 1 + list[lo + 1..hi].partition_point(|&x| x < target)
}

/// Scattered candidates scored exactly by SkimMatcherV2 at most (beyond the page size).
const SKIM_POOL: usize = 256;

/// Scattered-letter score of a term for one offer: title hits 100–199, provider hits 2–99,
/// from `score` (`None`: no anchored match; else 0–400, SkimMatcherV2's scale) over the folded
/// text. Always below any word-class score.
fn scattered_score(idx: &Index, offer: u32, term: &str, score: &dyn Fn(&str, &str) -> Option<u32>) -> u32 {
    let o = offer as usize;
    if let Some(s) = score(term, idx.short.folded(idx.title_sid[o])) {
        return 100 + (s.min(400) / 4).min(99);
    }
    score(term, idx.short.folded(idx.provider_sid[o])).map_or(2, |s| 2 + (s.min(400) / 4).min(97))
}

fn skim_score(matcher: &SkimMatcherV2, term: &str, hay: &str) -> Option<u32> {
    is_anchored_subsequence(term, hay)
        .then(|| matcher.fuzzy(hay, term, false).map_or(0, |(s, _)| s.clamp(0, 400) as u32))
}

/// A cheap score in the spirit of SkimMatcherV2's (16 per letter, a bonus at word starts and
/// for neighbours, a penalty per skipped character) over the leftmost anchored match; bytes
/// for ASCII terms (word starts judged by ASCII, good enough to preselect).
fn quick_score(term: &str, hay: &str) -> Option<u32> {
    if !term.is_ascii() {
        return is_anchored_subsequence(term, hay).then_some(16 * term.chars().count() as u32);
    }
    let (t, h) = (term.as_bytes(), hay.as_bytes());
    let starts_word = |j: usize| j == 0 || !h[j - 1].is_ascii_alphanumeric();
    let mut j = 0;
    let mut prev: Option<usize> = None;
    let mut score: i32 = 0;
    for (n, &c) in t.iter().enumerate() {
        while j < h.len() && !(h[j] == c && (n > 0 || starts_word(j))) {
            j += 1;
        }
        if j == h.len() {
            return None;
        }
        score += 16 + if starts_word(j) { 8 } else { 0 };
        match prev {
            Some(p) if j == p + 1 => score += 4,
            Some(p) => score -= (j - p - 1).min(12) as i32,
            None => {}
        }
        prev = Some(j);
        j += 1;
    }
    Some(score.max(0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_score_prefers_tight_word_start_matches() {
        let tight = quick_score("wbs", "wbs antrag").unwrap_or(0);
        let spread = quick_score("wbs", "wohnen bei stadt").unwrap_or(0);
        let loose = quick_score("wbs", "wohnberechtigungsschein").unwrap_or(0);
        assert!(tight > spread && spread > loose, "{tight} {spread} {loose}");
        assert_eq!(quick_score("wbs", "abwbs"), None, "first letter must start a word");
        assert!(quick_score("яб", "яблоко").is_some());
    }

    #[test]
    fn gallop_finds_lower_bound() {
        let l = [1, 3, 5, 7, 9, 11, 13, 15, 17];
        for from in 0..l.len() {
            for target in 0..20 {
                let expect = from + l[from..].partition_point(|&x| x < target);
                assert_eq!(gallop(&l, from, target), expect, "from {from} target {target}");
            }
        }
        assert_eq!(gallop(&[], 0, 3), 0);
    }
}
