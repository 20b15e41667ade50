//! Ranking: field order, match-class order, tiers, empty query order, determinism.

use super::{ids, offer, run};
use crate::domain::Offer;
use crate::search::{Filters, SearchIndex};

#[test]
fn title_beats_provider_beats_keywords_beats_description() {
    let mut offers =
        vec![offer("d", "Alpha"), offer("k", "Beta"), offer("p", "Gamma"), offer("t", "Kompass Delta")];
    offers[0].description = "Wir arbeiten mit dem Kompass-Verfahren.".into();
    offers[1].keywords = vec!["Kompass".into()];
    offers[2].provider = "Verein Kompass".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "kompass"), ["t", "p", "k", "d"]);
    // The same while typing (word start).
    assert_eq!(ids(&offers, &mut idx, "komp"), ["t", "p", "k", "d"]);
}

#[test]
fn whole_word_beats_word_start_beats_compound_beats_typo_beats_scattered() {
    let offers = vec![
        offer("scattered", "Bei Erziehung Rat und Nachhilfe gratis"),
        offer("typo", "Bertaung Süd"),
        offer("compound", "Familienberatung"),
        offer("start", "Beratungsstelle"),
        offer("word", "Beratung Nord"),
    ];
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "beratung"), ["word", "start", "compound", "typo", "scattered"]);
}

#[test]
fn classes_order_within_every_field() {
    // The same ladder in the description: word > compound > typo; no scattered hits there.
    let mut offers = vec![offer("w", "A"), offer("c", "B"), offer("t", "C"), offer("s", "D")];
    offers[0].description = "Offene Beratung für alle.".into();
    offers[1].description = "Familienberatung am Montag.".into();
    offers[2].description = "Bertaung am Dienstag.".into();
    offers[3].description = "Bei Erziehung Rat und Nachhilfe gratis.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "beratung"), ["w", "c", "t"]);
}

#[test]
fn scattered_hits_rank_below_every_word_hit() {
    // Even a word start in the description, and even a typo there, beat scattered title letters.
    let mut offers = vec![offer("title-scattered", "Wohnen Bei Stadt Chancen Haus"), offer("desc", "X")];
    offers[1].description = "Vordruck Wbschein am Empfang.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "wbsch"), ["desc", "title-scattered"]);
    offers[1].description = "Vordruck Wbsvhein am Empfang.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "wbsch"), ["desc", "title-scattered"]);
    let r = run(&mut idx, "wbsch");
    assert!(r.hits[0].score > r.hits[1].score);
    // Scattered letters in a description never count.
    offers[1].description = "Infos zu WBS-Chancen".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "wbsch"), ["title-scattered"]);
}

#[test]
fn a_compound_in_the_title_beats_a_word_further_down() {
    let mut offers = vec![offer("prov", "Stelle"), offer("title", "Anerkennungsberatung")];
    offers[0].provider = "Beratung e.V.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "beratung"), ["title", "prov"]);
}

#[test]
fn a_synonym_in_the_title_ranks_between_the_title_and_the_provider() {
    let mut offers = vec![
        offer("kw", "Beratungsstelle"),
        offer("prov", "Terminservice"),
        offer("syn", "Ausländerbehörde Hafenau"),
        offer("lit", "ABH Birkwald"),
    ];
    offers[0].keywords = vec!["ABH".into()];
    offers[1].provider = "ABH".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "abh"), ["lit", "syn", "prov", "kw"]);
}

#[test]
fn more_terms_in_better_fields_rank_higher() {
    let mut offers = vec![offer("split", "Anerkennung"), offer("both", "Anerkennung für Lehrkräfte")];
    offers[0].description = "Für Lehrkräfte aus dem Ausland.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "anerk lehr"), ["both", "split"]);
}

#[test]
fn empty_query_lists_by_folded_title_then_id() {
    let offers = vec![
        offer("z1", "Zentrum"),
        offer("a2", "Ärzte"),
        offer("a1", "Arzte"),
        offer("m", "mitte"),
        offer("b", "  "),
    ];
    let mut idx = SearchIndex::build(&offers);
    let r = run(&mut idx, "");
    assert_eq!(r.total, 5);
    let got: Vec<&str> = r.hits.iter().map(|h| offers[h.offer].id.as_str()).collect();
    assert_eq!(got, ["b", "a1", "a2", "m", "z1"]);
    assert_eq!(run(&mut idx, "   ").hits.len(), 5);
    let limited = idx.search("", &Filters::default(), 2);
    assert_eq!((limited.total, limited.hits.len()), (5, 2));
}

#[test]
fn equal_scores_tie_break_by_title_then_id_and_never_change() {
    let offers: Vec<Offer> =
        (0..30).rev().map(|i| offer(&format!("id{i:02}"), &format!("Kita {}", i % 3))).collect();
    let mut idx = SearchIndex::build(&offers);
    let first = idx.search("kita", &Filters::default(), 10);
    assert_eq!(first.total, 30);
    let got: Vec<&str> = first.hits.iter().map(|h| offers[h.offer].id.as_str()).collect();
    assert_eq!(got, ["id00", "id03", "id06", "id09", "id12", "id15", "id18", "id21", "id24", "id27"]);
    for q in ["k", "ki", "kita", "kit", "kita"] {
        idx.search(q, &Filters::default(), 10);
    }
    assert_eq!(idx.search("kita", &Filters::default(), 10), first);
    let mut fresh = SearchIndex::build(&offers);
    assert_eq!(fresh.search("kita", &Filters::default(), 10), first);
}

#[test]
fn total_counts_all_matches_and_limit_cuts_hits() {
    let offers: Vec<Offer> = (0..120).map(|i| offer(&format!("o{i}"), "Jobcenter Hafenau")).collect();
    let mut idx = SearchIndex::build(&offers);
    let r = idx.search("jobcenter", &Filters::default(), 50);
    assert_eq!((r.total, r.hits.len()), (120, 50));
    let r = idx.search("jobcenter", &Filters::default(), 0);
    assert_eq!((r.total, r.hits.len()), (120, 0));
    assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn with_many_scattered_hits_the_tightest_come_first() {
    // More scattered candidates than SkimMatcherV2 scores exactly: a cheap preselection must
    // still put the tight match on top.
    let mut offers: Vec<Offer> =
        (0..600).map(|i| offer(&format!("o{i:03}"), &format!("Wohnen bei Stadtwerken {i}"))).collect();
    offers.push(offer("tight", "W B S Service"));
    let mut idx = SearchIndex::build(&offers);
    let r = idx.search("wbs", &Filters::default(), 10);
    assert_eq!(r.total, 601);
    assert_eq!(offers[r.hits[0].offer].id.as_str(), "tight");
    assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
}
