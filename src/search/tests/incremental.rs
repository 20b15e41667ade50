//! Typing letter by letter reuses cached terms; whatever the caches hold, the results must be
//! exactly those of an index that starts over (property-style, on a synthetic directory).

use crate::domain::Need;
use crate::search::{Filters, SearchIndex};
use crate::synth::synthetic_offers;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A query word a counsellor might type: a word (or its start) from the directory, sometimes
/// misspelt, in another umlaut spelling or in capitals.
fn random_word(rng: &mut Rng, words: &[String]) -> String {
    let w: Vec<char> = words[rng.below(words.len())].chars().collect();
    let mut w: Vec<char> = w[..1 + rng.below(w.len())].to_vec();
    match rng.below(6) {
        0 if w.len() > 5 => {
            let i = 1 + rng.below(w.len() - 1);
            w.remove(i);
        }
        1 if w.len() > 5 => {
            let i = 1 + rng.below(w.len() - 2);
            w.swap(i, i + 1);
        }
        2 => {
            let s: String = w.iter().collect();
            return s.replace('ü', "ue").replace('ä', "ae").replace('ö', "oe").replace('ß', "ss");
        }
        3 => return w.iter().collect::<String>().to_uppercase(),
        _ => {}
    }
    w.into_iter().collect()
}

#[test]
fn typing_letter_by_letter_equals_a_fresh_index() {
    let offers = synthetic_offers(1500, 3);
    let mut words: Vec<String> = offers
        .iter()
        .take(300)
        .flat_map(|o| [o.title.clone(), o.provider.clone(), o.description.clone()])
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    words.extend(["abh", "ik", "kita", "anerkenung", "kindergelt", "sprachcafe", "wbsch"].map(String::from));
    let mut typed = SearchIndex::build(&offers);
    let mut fresh = SearchIndex::build(&offers);
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for case in 0..80 {
        let n_words = 1 + rng.below(3);
        let query: Vec<String> = (0..n_words).map(|_| random_word(&mut rng, &words)).collect();
        let query = query.join(" ");
        let filters = match rng.below(4) {
            0 => Filters { needs: vec![Need::Spr, Need::Ane], ..Filters::default() },
            1 => Filters { town: Some("Hafenau".into()), include_inactive: true, ..Filters::default() },
            _ => Filters::default(),
        };
        let chars: Vec<char> = query.chars().collect();
        let mut end = 0;
        while end < chars.len() {
            // Mostly forward, sometimes a backspace.
            if end > 2 && rng.below(8) == 0 {
                end -= 1;
            } else {
                end += 1;
            }
            let so_far: String = chars[..end].iter().collect();
            let got = typed.search(&so_far, &filters, 20);
            fresh.clear_caches();
            let want = fresh.search(&so_far, &filters, 20);
            assert_eq!(got, want, "case {case}: {so_far:?} typed as part of {query:?}");
        }
        if case % 20 == 0 {
            let mut brand_new = SearchIndex::build(&offers);
            assert_eq!(
                typed.search(&query, &filters, 20),
                brand_new.search(&query, &filters, 20),
                "{query:?}"
            );
        }
    }
}

#[test]
fn the_term_cache_stays_bounded() {
    let offers = synthetic_offers(200, 5);
    let mut idx = SearchIndex::build(&offers);
    let long: Vec<String> = (0..60).map(|i| format!("wort{i}")).collect();
    idx.search(&long.join(" "), &Filters::default(), 10);
    assert!(idx.terms.len() >= 60, "all words of one query are kept while it runs");
    for q in ["kita", "kita platz", "jobcenter"] {
        idx.search(q, &Filters::default(), 10);
    }
    let bound = crate::search::term::CACHE + 2;
    assert!(idx.terms.len() <= bound, "cache shrinks back: {}", idx.terms.len());
}

#[test]
fn separate_builds_rank_identically() {
    let offers = synthetic_offers(800, 11);
    let mut a = SearchIndex::build(&offers);
    let mut b = SearchIndex::build(&offers);
    for q in ["anerk lehr", "integrationskurs", "ik abend", "abh hafenau", "kindergelt", "", "b", "zzz"] {
        assert_eq!(a.search(q, &Filters::default(), 50), b.search(q, &Filters::default(), 50), "{q}");
    }
}

#[test]
fn realistic_queries_find_what_a_counsellor_expects() {
    let offers = synthetic_offers(3000, 42);
    let mut idx = SearchIndex::build(&offers);
    let expect = [
        ("anerk lehr", "Lehrkräfte"),
        ("abh hafenau", "Ausländerbehörde"),
        ("kindergelt", "Kindergeld"),
        ("sprachcafe", "Sprachcafé"),
        ("wohnberechtigungsschein", "Wohnberechtigungsschein"),
        ("fuehrerschein umschreiben", "Führerschein"),
    ];
    for (q, in_title) in expect {
        let r = idx.search(q, &Filters::default(), 5);
        assert!(r.total > 0, "{q} found nothing");
        let top = &offers[r.hits[0].offer];
        assert!(top.title.contains(in_title), "{q}: top hit {:?}", top.title);
    }
    // A frequent topic matches many offers, a rare one few.
    assert!(idx.search("integrationskurs", &Filters::default(), 5).total > 200);
    assert!(idx.search("blaue karte", &Filters::default(), 5).complete < 200);
}
