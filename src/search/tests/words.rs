//! The caller's own words (issue 9): filler words, words that match nothing, word forms and
//! compounds, English words for German offers, and the title ranking — on hand-made offers
//! and on the demo directory.

use super::{ids, offer, run};
use crate::domain::{Date, Offer};
use crate::search::SearchIndex;

fn demo() -> (Vec<Offer>, SearchIndex) {
    let offers = crate::demo::offers(Date::from_ymd(2026, 6, 1).unwrap());
    let idx = SearchIndex::build(&offers);
    (offers, idx)
}

/// Ids of the first `n` hits.
fn top(offers: &[Offer], idx: &mut SearchIndex, q: &str, n: usize) -> Vec<String> {
    ids(offers, idx, q).into_iter().take(n).collect()
}

#[test]
fn filler_words_neither_filter_nor_rank() {
    let mut offers = vec![offer("kita", "Kita Sonnenschein"), offer("nicht", "Nicht ohne meine Kita")];
    offers[1].description = "Für und mit Familien, nicht nur für Kinder.".into();
    let mut idx = SearchIndex::build(&offers);
    let plain = run(&mut idx, "kita");
    for q in ["kita für", "für die kita", "kita nicht", "the kita", "my kita and a", "ich möchte eine kita"]
    {
        let r = run(&mut idx, q);
        assert_eq!(r.hits, plain.hits, "{q}: same hits, same scores");
        assert_eq!((r.total, r.complete), (plain.total, plain.complete), "{q}");
        assert!(r.unmatched.is_empty(), "{q}: filler words are never reported");
    }
    // A query of filler words only is taken as typed (a word start while typing).
    assert_eq!(ids(&offers, &mut idx, "nicht"), ["nicht"]);
}

#[test]
fn a_word_in_no_offer_does_not_empty_the_list_and_is_shown() {
    let (offers, mut idx) = demo();
    let r = run(&mut idx, "lohn nicht bezahlt");
    assert!(r.total > 0);
    assert_eq!(
        offers[r.hits[0].offer].id.as_str(),
        "ARR-FAIR",
        "wage theft: the labour-rights counselling first"
    );
    assert!(
        r.unmatched.is_empty(),
        "\"lohn nicht bezahlt\" is a phrase of the vocabulary: {:?}",
        r.unmatched
    );
    let r = run(&mut idx, "Lohn Quaxwerk");
    assert_eq!(r.unmatched, ["Quaxwerk"]);
    assert!(r.complete > 0 && r.complete == r.total);
    // Words that match, but never together: the offers matching most come first.
    let r = run(&mut idx, "nachzug ehefrau");
    assert_eq!(offers[r.hits[0].offer].id.as_str(), "FAM-NACHZUG");
    assert!(r.unmatched.is_empty());
}

#[test]
fn word_forms_and_compounds_meet_both_ways() {
    let mut offers = vec![
        offer("konto", "Hilfe bei der Kontoeröffnung"),
        offer("wohnung", "Wohnungssuche für Zugewanderte"),
        offer("eroeffnung", "Eröffnung des Sprachcafés"),
        offer("schulden", "Schuldnerberatung und Schulden"),
        offer("studium", "Beratung für internationale Studierende"),
        offer("besuch", "Besuchsdienst"),
    ];
    offers[5].description = "Wir kommen zu Besuch.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(
        top(&offers, &mut idx, "eröffnen", 2),
        ["eroeffnung", "konto"],
        "same stem, then the compound's head"
    );
    assert_eq!(ids(&offers, &mut idx, "konto eröffnen")[0], "konto");
    let got = ids(&offers, &mut idx, "suchen");
    assert_eq!(got[0], "wohnung");
    assert!(!got.contains(&"besuch".to_string()), "\"Besuch\" is no search: too short a modifier");
    assert_eq!(ids(&offers, &mut idx, "wohnung suchen")[0], "wohnung");
    assert_eq!(ids(&offers, &mut idx, "wohnungen")[0], "wohnung");
    assert_eq!(ids(&offers, &mut idx, "Student"), ["studium"], "Student ↔ Studierende (vocabulary)");
    assert_eq!(ids(&offers, &mut idx, "students"), ["studium"]);
}

#[test]
fn schule_puts_whole_words_and_school_compounds_before_hochschule() {
    let mut offers = vec![
        offer("vhs", "Volkshochschule Hafenau"),
        offer("hs", "Hochschule Hafenau – International Office"),
        offer("anm", "Schulanmeldung und Seiteneinstieg"),
        offer("schulden", "Schuldnerberatung"),
        offer("bbs", "Berufsbildende Schule Hafenau"),
        offer("amt", "Schulamt Hafenau"),
    ];
    offers[3].description = "Hilfe bei Schulden.".into();
    let mut idx = SearchIndex::build(&offers);
    let got = ids(&offers, &mut idx, "schule");
    assert_eq!(got[0], "bbs", "the whole word first: {got:?}");
    let pos = |id: &str| got.iter().position(|g| g == id).unwrap_or(usize::MAX);
    assert!(pos("anm") < pos("hs") && pos("anm") < pos("vhs"), "{got:?}");
    assert!(pos("amt") < pos("hs") && pos("amt") < pos("vhs"), "{got:?}");
    assert!(pos("schulden") > pos("vhs"), "debts are no school: {got:?}");
}

#[test]
fn schule_on_the_demo_directory() {
    let (offers, mut idx) = demo();
    let got = ids(&offers, &mut idx, "schule");
    let pos = |id: &str| got.iter().position(|g| g == id).unwrap_or(usize::MAX);
    assert!(pos("KIN-SCHULAMT") < 4, "{got:?}");
    assert!(pos("KIN-SCHULAMT") < pos("HS-INTL") && pos("KIN-SCHULAMT") < pos("SPR-IK-VHS"), "{got:?}");
}

#[test]
fn a_title_equal_to_the_query_comes_first() {
    let mut offers = vec![
        offer("long", "Beratung für Frauen und Mädchen"),
        offer("eq", "Beratung für Frauen"),
        offer("comp", "Frauenberatung"),
        offer("kw", "Aaa Frauen Beratung"),
    ];
    offers[2].keywords = vec!["Beratung für Frauen".into()];
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "beratung für frauen")[0], "eq");
    assert_eq!(ids(&offers, &mut idx, "Beratung Frauen")[0], "eq", "filler words left out");
    let offers = vec![offer("a", "Kita Abc"), offer("b", "Kita")];
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "kita"), ["b", "a"]);
}

#[test]
fn english_words_find_german_offers_on_the_demo_directory() {
    let (offers, mut idx) = demo();
    let cases = [
        ("tax return", "FIN-FINANZAMT"),
        ("domestic violence", "DIS-FRAUEN"),
        ("find a doctor", "GES-ARZTSUCHE"),
        ("child benefit", "FAM-KASSE"),
        ("wage not paid", "ARR-FAIR"),
        ("my employer does not pay my wages", "ARR-FAIR"),
        ("open a bank account", "FIN-KONTO"),
        ("looking for a flat", "WOH-LOTSEN"),
        ("debt counselling", "FIN-SCHULD"),
        ("parental allowance", "FAM-ELTERNGELD"),
        ("family reunification", "FAM-NACHZUG"),
        ("naturalisation", "AUF-EINBUERG"),
        ("school registration", "KIN-SCHULAMT"),
        ("volunteering", "GEM-FREIWILLIG"),
        ("discrimination", "DIS-ADS"),
    ];
    let mut wrong = Vec::new();
    for (q, want) in cases {
        let got = top(&offers, &mut idx, q, 3);
        if got.first().map(String::as_str) != Some(want) {
            wrong.push(format!("{q:?} → {got:?}, want {want} first"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    let r = run(&mut idx, "residence permit");
    let top3: Vec<&str> = r.hits.iter().take(3).map(|h| offers[h.offer].id.as_str()).collect();
    assert!(top3.iter().any(|id| id.starts_with("ABH-")), "{top3:?}");
}

#[test]
fn english_titles_and_summaries_of_offers_count_too() {
    let mut offers = vec![offer("de", "Steuersprechstunde"), offer("en", "Sprechstunde")];
    offers[0].description = "Hilfe bei der Steuererklärung.".into();
    offers[1].set_title_en("Tax return help desk");
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "tax return")[0], "en", "the English title as written first");
    assert!(ids(&offers, &mut idx, "tax return").contains(&"de".to_string()));
    let mut back = ids(&offers, &mut idx, "steuererklärung");
    back.sort();
    assert_eq!(back, ["de", "en"], "and back");
}

#[test]
fn unmatched_words_are_shown_as_typed_and_vocabulary_forms_are_highlighted() {
    let offers = vec![offer("st", "Hilfe zur Steuererklärung"), offer("e", "Eröffnung im Mai")];
    let mut idx = SearchIndex::build(&offers);
    let r = run(&mut idx, "Steuer Müllerstraßeq");
    assert_eq!(r.unmatched, ["Müllerstraßeq"]);
    let r = run(&mut idx, "tax return");
    assert_eq!(r.hits.len(), 1);
    let title: String = offers[0]
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| r.hits[0].title.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(title, "Steuererklärung");
    let r = run(&mut idx, "eröffnen");
    let title: String = offers[1]
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| r.hits[0].title.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert!(title.starts_with("Eröffn") && !title.contains('M'), "the word form is marked: {title}");
}
