//! Combining the terms of a query (every term must match: intersection starting from the
//! rarest term, filters applied first), scoring, and picking the top K without sorting all
//! matches. Scattered-letter hits form a lower tier; their SkimMatcherV2 scores are computed
//! only when that tier reaches the returned page, and for at most a few hundred candidates
//! preselected by a cheap score of the same kind.

use super::facets::Bitset;
use super::fold::is_anchored_subsequence;
use super::index::Index;
use super::term::{SCATTERED, TermResult};
use fuzzy_matcher::skim::SkimMatcherV2;

/// Offers whose every term matched by word (not scattered letters) score above this.
pub(crate) const WORD_TIER: u32 = 1 << 20;
/// Terms beyond this many are ignored (keeps every score below `WORD_TIER`).
pub(crate) const MAX_TERMS: usize = 64;

/// A ranked offer.
pub(crate) struct Ranked {
    pub(crate) offer: u32,
    pub(crate) score: u32,
}

/// Offers passing `mask`, ordered by folded title and id.
pub(crate) fn all_by_title(idx: &Index, mask: &Bitset, limit: usize) -> (usize, Vec<Ranked>) {
    let hits = idx.by_title.iter().filter(|&&o| mask.contains(o)).take(limit);
    let hits = hits.map(|&offer| Ranked { offer, score: 0 }).collect();
    (mask.count(), hits)
}

/// All offers matching every term and passing `mask`: their count and the best `limit`.
pub(crate) fn rank(
    idx: &Index,
    terms: &[&TermResult],
    mask: &Bitset,
    limit: usize,
    matcher: &SkimMatcherV2,
) -> (usize, Vec<Ranked>) {
    let mut order: Vec<&TermResult> = terms.to_vec();
    order.sort_by_key(|t| t.offers.len());
    let Some((first, rest)) = order.split_first() else {
        return (0, Vec::new());
    };
    // Candidates with their summed word scores and whether a term matched only scattered.
    let mut cand: Vec<u32> = Vec::with_capacity(first.offers.len());
    let mut sums: Vec<u32> = Vec::with_capacity(first.offers.len());
    let mut scattered: Vec<bool> = Vec::with_capacity(first.offers.len());
    for (&o, &s) in first.offers.iter().zip(&first.scores) {
        if mask.contains(o) {
            cand.push(o);
            sums.push(if s == SCATTERED { 0 } else { u32::from(s) });
            scattered.push(s == SCATTERED);
        }
    }
    for t in rest {
        let mut keep = 0;
        let mut pos = 0;
        for i in 0..cand.len() {
            let o = cand[i];
            pos = gallop(&t.offers, pos, o);
            if pos < t.offers.len() && t.offers[pos] == o {
                let s = t.scores[pos];
                cand[keep] = o;
                sums[keep] = sums[i] + if s == SCATTERED { 0 } else { u32::from(s) };
                scattered[keep] = scattered[i] || s == SCATTERED;
                keep += 1;
            }
        }
        cand.truncate(keep);
        sums.truncate(keep);
        scattered.truncate(keep);
        if cand.is_empty() {
            break;
        }
    }
    let total = cand.len();
    if limit == 0 {
        return (total, Vec::new());
    }
    let key = |score: u32, offer: u32| {
        (u64::from(u32::MAX - score) << 32) | u64::from(idx.title_rank[offer as usize])
    };
    let mut keys: Vec<u64> = Vec::with_capacity(total);
    let mut lower: Vec<usize> = Vec::new();
    for i in 0..total {
        if scattered[i] {
            lower.push(i);
        } else {
            keys.push(key(WORD_TIER + sums[i], cand[i]));
        }
    }
    if keys.len() < limit {
        // The scattered tier reaches the page. SkimMatcherV2 costs ~2 µs a call: with many
        // candidates, a cheap score of the same kind preselects those it ranks first.
        let extra = |i: usize, score: &dyn Fn(&str, &str) -> Option<u32>| -> u32 {
            let o = cand[i];
            terms
                .iter()
                .filter(|t| t.score_of(o) == Some(SCATTERED))
                .map(|t| scattered_score(idx, o, &t.term, score))
                .sum()
        };
        let want = (limit - keys.len()).max(SKIM_POOL);
        if lower.len() > want {
            let mut pre: Vec<u64> = lower
                .iter()
                .map(|&i| (u64::from(u32::MAX - sums[i] - extra(i, &quick_score)) << 32) | i as u64)
                .collect();
            pre.select_nth_unstable(want);
            lower = pre[..want].iter().map(|&k| (k & u64::from(u32::MAX)) as usize).collect();
        }
        let skim = |term: &str, hay: &str| skim_score(matcher, term, hay);
        for i in lower {
            keys.push(key(sums[i] + extra(i, &skim), cand[i]));
        }
    }
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
    (total, hits)
}

/// First index ≥ `from` whose value is ≥ `target` (exponential then binary search).
fn gallop(list: &[u32], from: usize, target: u32) -> usize {
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
