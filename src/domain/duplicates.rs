//! Possible duplicates in the directory: two entries of the same provider with similar titles.
//! A directory fed by imports and by several counsellors collects them ("Anerkennungsberatung"
//! and "Anerkennungs-Beratung (IQ)" of the same office); the directory's upkeep filter lists
//! them so that someone can merge or deactivate one.
//!
//! The rule, kept simple enough to explain on one line of the docs (`docs/editor.md`):
//! - **same provider**: equal after German folding (case, accents, ä/ae/a, ß/ss) with spaces
//!   and punctuation ignored; offers without a provider are never compared;
//! - **similar title**, after folding and dropping filler words ("und", "für", "the" …):
//!   the same letters and digits ignoring spaces and punctuation, or word Jaccard ≥ 0.6
//!   (shared words / all words), or every word of one title among the other's words.
//!
//! Titles that differ in one distinguishing word ("Integrationskurs A1" / "… B2") are not
//! similar: Jaccard 1/3.

use super::fold::fold;
use super::offer::Offer;
use std::collections::HashMap;

/// Jaccard threshold as a fraction: shared × DEN ≥ all × NUM means ≥ 0.6.
const JACCARD_NUM: usize = 3;
const JACCARD_DEN: usize = 5;

/// Filler words that say nothing about which offer it is (folded forms).
const FILLER: &[&str] = &[
    "und", "oder", "fur", "der", "die", "das", "den", "dem", "des", "im", "in", "am", "an", "zu", "zur",
    "zum", "mit", "von", "vom", "bei", "auf", "aus", "ein", "eine", "einer", "and", "or", "for", "the", "of",
    "at", "to", "with", "a",
];

/// A title prepared for comparison: its letters and digits, and its distinct words, sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleKey {
    compact: String,
    words: Vec<String>,
}

impl TitleKey {
    pub fn new(title: &str) -> TitleKey {
        let folded = fold(title);
        let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut words: Vec<String> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !FILLER.contains(w))
            .map(str::to_string)
            .collect();
        words.sort_unstable();
        words.dedup();
        TitleKey { compact, words }
    }
}

/// The provider as compared: folded, letters and digits only ("VHS Hafenau e.V." = "vhs
/// hafenau ev").
pub fn provider_key(provider: &str) -> String {
    fold(provider).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether two titles are similar by the rule above.
pub fn similar_titles(a: &TitleKey, b: &TitleKey) -> bool {
    if a.compact.is_empty() || b.compact.is_empty() {
        return false;
    }
    if a.compact == b.compact {
        return true;
    }
    if a.words.is_empty() || b.words.is_empty() {
        return false;
    }
    let shared = shared_words(&a.words, &b.words);
    let all = a.words.len() + b.words.len() - shared;
    shared * JACCARD_DEN >= all * JACCARD_NUM || shared == a.words.len().min(b.words.len())
}

/// Number of words in both sorted, distinct lists.
fn shared_words(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two offers are possible duplicates of each other.
pub fn possible_duplicates(a: &Offer, b: &Offer) -> bool {
    let p = provider_key(&a.provider);
    !p.is_empty()
        && p == provider_key(&b.provider)
        && similar_titles(&TitleKey::new(&a.title), &TitleKey::new(&b.title))
}

/// Groups of possible duplicates: positions in `offers` linked by the rule, also through a third
/// offer (A ~ B and B ~ C put A, B, C in one group). Each group has at least two offers, sorted;
/// the groups are sorted by their first offer. Offers are compared only within their provider,
/// and not at all once they are in the same group, so a provider with many copies of one entry
/// stays cheap; the cost grows with the largest provider, not the directory.
pub fn duplicate_groups(offers: &[Offer]) -> Vec<Vec<usize>> {
    let mut by_provider: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, o) in offers.iter().enumerate() {
        let p = provider_key(&o.provider);
        if !p.is_empty() {
            by_provider.entry(p).or_default().push(i);
        }
    }
    let mut groups = Vec::new();
    for members in by_provider.values().filter(|m| m.len() > 1) {
        let keys: Vec<TitleKey> = members.iter().map(|&i| TitleKey::new(&offers[i].title)).collect();
        let mut root: Vec<usize> = (0..members.len()).collect();
        for a in 0..members.len() {
            for b in a + 1..members.len() {
                let (ra, rb) = (find(&mut root, a), find(&mut root, b));
                if ra != rb && similar_titles(&keys[a], &keys[b]) {
                    root[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for (local, &offer) in members.iter().enumerate() {
            let r = find(&mut root, local);
            by_root.entry(r).or_default().push(offer);
        }
        groups.extend(by_root.into_values().filter(|g| g.len() > 1));
    }
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_unstable();
    groups
}

/// The representative of `i`'s group (union-find with path halving).
fn find(root: &mut [usize], mut i: usize) -> usize {
    while root[i] != i {
        root[i] = root[root[i]];
        i = root[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::OfferId;

    fn sim(a: &str, b: &str) -> bool {
        similar_titles(&TitleKey::new(a), &TitleKey::new(b))
    }

    fn offer(id: &str, title: &str, provider: &str) -> Offer {
        let mut o = Offer::new(OfferId::parse(id).unwrap(), title);
        o.provider = provider.into();
        o
    }

    #[test]
    fn same_letters_ignoring_spaces_punctuation_and_spelling() {
        assert!(sim("Anerkennungsberatung", "Anerkennungs-Beratung"));
        assert!(sim("Wohngeldstelle", "WOHNGELD STELLE"));
        assert!(sim("Beratung für Geflüchtete", "Beratung fuer Gefluechtete"));
        assert!(sim("Straßenverkehrsamt", "Strassenverkehrsamt"));
    }

    #[test]
    fn jaccard_of_words_at_least_three_fifths() {
        // {migrationsberatung, erwachsene, mbe} vs {migrationsberatung, erwachsene}: 2/3.
        assert!(sim("Migrationsberatung für Erwachsene (MBE)", "Migrationsberatung für Erwachsene"));
        // 3 shared of 5 words: exactly 0.6.
        assert!(sim("Sprachcafé Hafenau Mittwoch abends", "Sprachcafé Hafenau Mittwoch Nachmittag"));
        // 2 shared of 4: 0.5, and neither title's words are all in the other.
        assert!(!sim("Sprachcafé Hafenau Mittwoch", "Sprachcafé Hafenau Freitag"));
        assert!(!sim("Integrationskurs A1", "Integrationskurs B2"));
    }

    #[test]
    fn one_title_containing_the_other() {
        assert!(sim("Wohngeld", "Wohngeld beantragen"));
        assert!(sim("Kita-Navigator", "Der Kita-Navigator der Stadt"));
        assert!(!sim("Wohngeld", "Wohnberechtigungsschein"));
    }

    #[test]
    fn filler_words_do_not_count_and_empty_titles_never_match() {
        assert!(!sim("Beratung für Familien", "Beratung für Studierende"));
        assert!(!sim("", ""));
        assert!(!sim("für", "für und"), "only filler words: compared by letters only");
        assert!(sim("für", "Für"));
    }

    #[test]
    fn the_provider_must_be_the_same_and_known() {
        let a = offer("a", "Anerkennungsberatung", "IQ Netzwerk Hafenau");
        let b = offer("b", "Anerkennungs-Beratung", "IQ-Netzwerk  Hafenau");
        let c = offer("c", "Anerkennungsberatung", "Caritas Hafenau");
        let d = offer("d", "Anerkennungsberatung", "");
        let e = offer("e", "Anerkennungsberatung", " ");
        assert!(possible_duplicates(&a, &b));
        assert!(!possible_duplicates(&a, &c));
        assert!(!possible_duplicates(&d, &e), "no provider: not compared");
    }

    #[test]
    fn groups_are_found_within_providers_only_and_link_through_a_third() {
        let offers = vec![
            offer("a", "Integrationskurs A1", "VHS Hafenau"),
            offer("b", "Wohngeld", "Stadt Hafenau"),
            offer("c", "Integrationskurs A1 (abends)", "VHS Hafenau"),
            offer("d", "Wohngeld beantragen", "Stadt Hafenau"),
            offer("e", "Integrationskurs A1", "VHS Birkwald"),
            offer("f", "Integrationskurs B2", "VHS Hafenau"),
        ];
        assert_eq!(duplicate_groups(&offers), vec![vec![0, 2], vec![1, 3]]);
        assert!(duplicate_groups(&[]).is_empty());
        // A ~ B (all of A's words in B) and B ~ C (3/5) make one group, although A and C are
        // not similar by themselves (2/5).
        let chain = vec![
            offer("a", "Sprachcafé Hafenau Mittwoch", "Stadt"),
            offer("b", "Sprachcafé Hafenau Mittwoch abends", "Stadt"),
            offer("c", "Sprachcafé Hafenau abends Tandem", "Stadt"),
        ];
        assert!(!possible_duplicates(&chain[0], &chain[2]));
        assert_eq!(duplicate_groups(&chain), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn ten_thousand_offers_are_grouped_quickly() {
        // The synthetic directory repeats titles per provider a lot: many large groups.
        let offers = crate::synth::synthetic_offers(10_000, 7);
        let t = std::time::Instant::now();
        let groups = duplicate_groups(&offers);
        let took = t.elapsed();
        for g in &groups {
            let linked = |i: usize| g.iter().any(|&j| j != i && possible_duplicates(&offers[i], &offers[j]));
            assert!(g.iter().all(|&i| linked(i)), "every member is similar to another one");
        }
        // Generous for a loaded debug build; the release figure is in docs/editor.md.
        assert!(took.as_secs() < 5, "{took:?}");
    }
}
