//! Highlight positions for the hits that are returned (never for all matches): which original
//! characters of a title or provider to mark for the query's terms, found again in the folded
//! text and mapped back through the fold's position map, so umlauts, "ß" and multi-byte
//! characters land on the right characters.

use super::fold::{fold_with_map, word_spans};
use super::lexicon::Keyed;
use super::typo::{MAX_TYPO_TERM, allowed_typos, closest_prefix_len};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// What one query term needs for highlighting.
pub(crate) struct TermMark<'a> {
    pub(crate) chars: Vec<char>,
    pub(crate) term: &'a str,
    /// forms of synonym groups the term names ("abh" → "ausländerbehörde"), folded words
    pub(crate) forms: Vec<&'a [String]>,
    /// forms of the vocabulary groups of the term's span ("steuererklarung" for "tax")
    pub(crate) lexicon: Vec<&'a [Keyed]>,
    /// the term's German stem if shorter ("eroffn" for "eroffnen"), marked where it starts a
    /// word or ends a compound's stem
    pub(crate) stem: Vec<char>,
}

/// Original character indices to highlight in `orig` for the terms; `scattered[i]` says term
/// i matched this offer only by scattered letters (then SkimMatcherV2's positions are used).
pub(crate) fn positions(
    orig: &str,
    marks: &[TermMark],
    scattered: &[bool],
    matcher: &SkimMatcherV2,
) -> Vec<usize> {
    if orig.is_empty() || marks.is_empty() {
        return Vec::new();
    }
    let m = fold_with_map(orig);
    let spans = word_spans(&m.chars);
    let mut on = vec![false; m.chars.len()];
    for (t, &scat) in marks.iter().zip(scattered) {
        let tc = &t.chars;
        let len = tc.len();
        let mut found = false;
        for &(s, e) in &spans {
            let word = &m.chars[s..e];
            if word.starts_with(tc) {
                on[s..s + len].iter_mut().for_each(|b| *b = true);
                found = true;
            } else if let Some(p) = (len >= 3).then(|| find(&word[1..], tc)).flatten() {
                on[s + 1 + p..s + 1 + p + len].iter_mut().for_each(|b| *b = true);
                found = true;
            }
        }
        // Offers found through a synonym ("abh" for "Ausländerbehörde") or the vocabulary
        // ("tax return" for "Steuererklärung"): mark that form.
        if !found {
            for form in &t.forms {
                found |= mark_phrase(&m.chars, &spans, form, &mut on);
            }
            for form in &t.lexicon {
                found |= mark_phrase(&m.chars, &spans, form, &mut on);
            }
        }
        let k = allowed_typos(len);
        if !found && k > 0 && len <= MAX_TYPO_TERM {
            for &(s, e) in &spans {
                if let Some(l) = closest_prefix_len(tc, &m.chars[s..e], k) {
                    on[s..s + l].iter_mut().for_each(|b| *b = true);
                    found = true;
                }
            }
        }
        // Other word forms: the stem where it starts a word or sits inside one.
        let sl = t.stem.len();
        if !found && sl >= 3 {
            for &(s, e) in &spans {
                let word = &m.chars[s..e];
                if word.starts_with(&t.stem) {
                    on[s..s + sl].iter_mut().for_each(|b| *b = true);
                    found = true;
                } else if let Some(p) = find(&word[1..], &t.stem) {
                    on[s + 1 + p..s + 1 + p + sl].iter_mut().for_each(|b| *b = true);
                    found = true;
                }
            }
        }
        if scat && !found {
            let hay: String = m.chars.iter().collect();
            if let Some((_, pos)) = matcher.fuzzy_indices(&hay, t.term) {
                for p in pos {
                    if let Some(b) = on.get_mut(p) {
                        *b = true;
                    }
                }
            }
        }
    }
    let mut out: Vec<usize> = Vec::new();
    for (i, _) in on.iter().enumerate().filter(|(_, b)| **b) {
        let (a, b) = m.orig[i];
        out.extend(a as usize..=b as usize);
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Marks every occurrence of a synonym form: consecutive whole words, or for a single form of
/// four letters or more also the head of a compound (only the head is marked), as the index
/// matches them. Returns whether anything was marked.
fn mark_phrase<W: AsRef<str>>(chars: &[char], spans: &[(usize, usize)], form: &[W], on: &mut [bool]) -> bool {
    if form.is_empty() || spans.len() < form.len() {
        return false;
    }
    let head_ok = form.len() == 1 && form[0].as_ref().chars().count() >= 4;
    // Characters of `w` matched at the start of the span: Some(len) if the span equals `w`
    // (or starts with it, where a head is allowed).
    let starts = |span: (usize, usize), w: &str| -> Option<usize> {
        let word = &chars[span.0..span.1];
        let n = w.chars().count();
        let prefix = n <= word.len() && word.iter().zip(w.chars()).all(|(a, b)| *a == b);
        (prefix && (n == word.len() || head_ok)).then_some(n)
    };
    let mut any = false;
    for start in 0..=spans.len() - form.len() {
        let lens: Option<Vec<usize>> =
            form.iter().enumerate().map(|(j, w)| starts(spans[start + j], w.as_ref())).collect();
        if let Some(lens) = lens {
            // A phrase is marked as one stretch, spaces included; a single form by its length.
            let s = spans[start].0;
            let e = if form.len() > 1 { spans[start + form.len() - 1].1 } else { s + lens[0] };
            on[s..e].iter_mut().for_each(|b| *b = true);
            any = true;
        }
    }
    any
}
