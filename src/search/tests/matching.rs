//! What a query finds: folding, compounds, synonyms, labels, typos, AND semantics, short terms.

use super::{id_set, ids, offer, run};
use crate::domain::{LangCode, Need, Offer, SubNeed};
use crate::search::SearchIndex;
use crate::search::synonyms::Synonyms;

fn titled(titles: &[&str]) -> Vec<Offer> {
    titles.iter().enumerate().map(|(i, t)| offer(&format!("o{i}"), t)).collect()
}

#[test]
fn umlauts_and_sharp_s_find_each_other_in_both_directions() {
    let offers = titled(&["Praxis Müller", "Praxis Mueller", "Praxis Muller", "Praxis Meier"]);
    let mut idx = SearchIndex::build(&offers);
    for q in ["müller", "mueller", "muller", "MÜLLER", "MUELLER", "Mül", "mue"] {
        assert_eq!(id_set(&offers, &mut idx, q), ["o0", "o1", "o2"], "query {q}");
    }
    let offers =
        titled(&["Beratung Lindenstraße", "Beratung Lindenstrasse", "ÄRZTE-Sprechstunde", "Aerzte Netzwerk"]);
    let mut idx = SearchIndex::build(&offers);
    for q in ["lindenstraße", "lindenstrasse", "LINDENSTRASSE", "Lindenstra"] {
        assert_eq!(id_set(&offers, &mut idx, q), ["o0", "o1"], "query {q}");
    }
    for q in ["ärzte", "ÄRZTE", "aerzte", "arzte", "Ärzte"] {
        assert_eq!(id_set(&offers, &mut idx, q), ["o2", "o3"], "query {q}");
    }
}

#[test]
fn accents_and_case_never_matter() {
    let offers = titled(&["Sprachcafé Hafenau", "Café Central", "Sprachkurs"]);
    let mut idx = SearchIndex::build(&offers);
    for q in ["sprachcafe", "SPRACHCAFÉ", "sprachcafé", "Sprachcafe"] {
        assert_eq!(ids(&offers, &mut idx, q), ["o0"], "query {q}");
    }
    assert_eq!(id_set(&offers, &mut idx, "cafe"), ["o0", "o1"]);
}

#[test]
fn parts_of_compounds_are_found() {
    let offers = titled(&["Wohnsitzanmeldung", "Anerkennungsberatung", "Kita"]);
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "wohnsitz"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "anmeldung"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "beratung"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "kennung"), ["o1"]);
}

/// Every pair of forms of every group of the built-in table, in both directions: an offer
/// whose title is one form is found by each other form, and a decoy is not.
#[test]
fn every_synonym_pair_works_in_both_directions() {
    let groups = Synonyms::raw_groups();
    for forms in groups {
        for a in *forms {
            let offers = vec![offer("hit", a), offer("decoy", "Zirkusschule Quaxwerk")];
            let mut idx = SearchIndex::build(&offers);
            for b in *forms {
                assert_eq!(ids(&offers, &mut idx, b), ["hit"], "offer titled {a:?} not found by {b:?}");
            }
        }
    }
}

#[test]
fn the_abbreviations_of_the_brief_are_in_the_table() {
    let pairs = [
        ("ABH", "Ausländerbehörde"),
        ("AA", "Agentur für Arbeit"),
        ("Arbeitsagentur", "Agentur für Arbeit"),
        ("JC", "Jobcenter"),
        ("IK", "Integrationskurs"),
        ("BSK", "Berufssprachkurs"),
        ("BSK", "DeuFöV"),
        ("ZAB", "Zentralstelle für ausländisches Bildungswesen"),
        ("MBE", "Migrationsberatung für Erwachsene"),
        ("JMD", "Jugendmigrationsdienst"),
        ("WBS", "Wohnberechtigungsschein"),
        ("KV", "Krankenversicherung"),
        ("KV", "Krankenkasse"),
        ("Kita", "Kindertagesstätte"),
        ("Kita", "Kindergarten"),
        ("Führerschein", "Fahrerlaubnis"),
        ("FOSA", "IHK FOSA"),
        ("FOSA", "Foreign Skills Approval"),
        ("BAMF", "Bundesamt für Migration und Flüchtlinge"),
        ("HWK", "Handwerkskammer"),
        ("IHK", "Industrie- und Handelskammer"),
        ("Blaue Karte", "Blue Card"),
        ("Bürgergeld", "ALG II"),
        ("ALG", "Arbeitslosengeld"),
        ("Kindergeld", "Familienkasse"),
        ("Sprachcafé", "Tandem"),
        ("Anmeldung", "Wohnsitzanmeldung"),
        ("Anmeldung", "Meldebehörde"),
        ("Aufenthaltstitel", "Aufenthaltserlaubnis"),
        ("Einbürgerung", "Staatsangehörigkeit"),
    ];
    for (a, b) in pairs {
        for (x, y) in [(a, b), (b, a)] {
            let offers = vec![offer("hit", &format!("Beratung {x}")), offer("decoy", "Beratung Quaxwerk")];
            let mut idx = SearchIndex::build(&offers);
            assert_eq!(ids(&offers, &mut idx, y), ["hit"], "{x:?} not found by {y:?}");
        }
    }
}

#[test]
fn multi_word_forms_match_only_as_phrases() {
    let offers =
        titled(&["Agentur für Arbeit Hafenau", "Arbeit für die Agentur Blau", "Blaue Karte", "Karte blau"]);
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "aa"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "arbeitsagentur"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "blue card"), ["o2"]);
}

#[test]
fn keywords_and_labels_of_needs_sub_needs_and_languages_are_searchable() {
    let mut offers = titled(&["Beratungsstelle Nord", "Beratungsstelle Süd", "Beratungsstelle West"]);
    offers[0].needs = vec![Need::Woh].into();
    offers[1].sub_needs = vec![SubNeed::LanguageCafe].into();
    offers[1].keywords = vec!["Treffpunkt Quax".into()];
    offers[2].languages = vec![LangCode::parse("ar").unwrap()].into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "housing"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "wohnen"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "tandem"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "language cafe"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "quax"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "arabisch"), ["o2"]);
    assert_eq!(ids(&offers, &mut idx, "arabic"), ["o2"]);
}

#[test]
fn english_texts_towns_and_the_provider_type_as_written_are_searchable() {
    let mut offers = titled(&["Jugendmigrationsdienst", "Sprachcafé", "Beratung"]);
    offers[0].set_title_en("Youth migration service");
    offers[1].set_description_en("Practise German over coffee");
    offers[2].set_towns(vec!["Altdorf".into()]);
    offers[2].set_provider_type_note("Wohlfahrtsverband");
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "youth migration"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "jugendmigration"), ["o0"], "German still finds it");
    assert_eq!(ids(&offers, &mut idx, "coffee"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "altdorf"), ["o2"]);
    assert_eq!(ids(&offers, &mut idx, "wohlfahrtsverband"), ["o2"]);
}

#[test]
fn german_as_offered_language_does_not_drown_learning_german() {
    let mut offers = titled(&["Jobcenter", "Integrationskurs"]);
    offers[0].languages = vec![LangCode::parse("de").unwrap()].into();
    offers[1].languages = vec![LangCode::parse("de").unwrap()].into();
    offers[1].needs = vec![Need::Spr].into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "deutsch"), ["o1"]);
}

#[test]
fn small_typos_in_longer_words_are_forgiven() {
    let offers =
        titled(&["Anerkennungsberatung", "Familienkasse: Kindergeld", "Kita Sonnenschein", "Bewerbung"]);
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "anerkenung"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "anerkenn"), ["o0"]);
    // Two typos are allowed from nine letters: "Kindergarten" (a synonym of Kita) is within
    // reach too, but ranks below.
    assert_eq!(ids(&offers, &mut idx, "kindergelt")[0], "o1");
    assert_eq!(ids(&offers, &mut idx, "kidnergeld"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "bewrbung"), ["o3"]);
    // Four letters: no typo allowed ("kiat" is not "kita").
    assert!(ids(&offers, &mut idx, "kiat").is_empty());
    // Typos against a prefix work while typing.
    assert_eq!(ids(&offers, &mut idx, "anerkenu"), ["o0"]);
}

#[test]
fn offers_matching_every_word_come_first_then_those_matching_most() {
    let mut offers =
        titled(&["Anerkennung für Lehrkräfte", "Anerkennungsberatung", "Lehrkräfte gesucht", "Kita"]);
    offers[1].description = "Auch für Lehrerinnen und Lehrer.".into();
    let mut idx = SearchIndex::build(&offers);
    for q in ["anerk lehr", "lehr anerk", "  LEHR,   anerk! "] {
        let r = run(&mut idx, q);
        assert_eq!((r.total, r.complete), (3, 2), "{q}");
        assert_eq!(ids(&offers, &mut idx, q), ["o0", "o1", "o2"], "{q}: both words, then one");
        assert!(r.unmatched.is_empty());
    }
    // No offer has both: each word's offers are listed, none is complete.
    let r = run(&mut idx, "anerk kita");
    assert_eq!((r.total, r.complete), (3, 0));
    // A word in no offer narrows nothing and is reported as typed.
    let r = run(&mut idx, "Kita Quaxwerk");
    assert_eq!((r.total, r.complete), (1, 1));
    assert_eq!(r.unmatched, ["Quaxwerk"]);
    assert_eq!(ids(&offers, &mut idx, "kita quaxwerk"), ["o3"]);
    let r = run(&mut idx, "quaxwerk");
    assert_eq!((r.total, r.complete, r.unmatched.len()), (0, 0, 1));
}

#[test]
fn very_short_terms_match_only_word_starts_outside_descriptions() {
    let mut offers = titled(&["Integrationskurs", "Kita", "Beratung", "Berufssprachkurs B2"]);
    offers[2].description = "Integration, Inklusion und Ideen in Hafenau.".into();
    offers[2].provider = "Diakonie".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "i"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "in"), ["o0"]);
    assert!(ids(&offers, &mut idx, "it").is_empty(), "no inside-word match for two letters");
    assert_eq!(ids(&offers, &mut idx, "di"), ["o2"], "word start in provider");
    // One letter: titles and providers only; two letters reach keywords and labels.
    offers[1].keywords = vec!["Abendkurs".into()];
    let mut idx = SearchIndex::build(&offers);
    assert!(ids(&offers, &mut idx, "a").is_empty());
    assert_eq!(ids(&offers, &mut idx, "ab"), ["o1"]);
    // Three letters reach descriptions and compound parts.
    assert_eq!(id_set(&offers, &mut idx, "int"), ["o0", "o2"]);
    // A short term with a digit finds whole words in descriptions too.
    offers[1].description = "Sprachniveau B2 erforderlich.".into();
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(id_set(&offers, &mut idx, "b2"), ["o1", "o3"]);
}

#[test]
fn scattered_letters_only_in_titles_and_providers() {
    let mut offers = titled(&["Wohnberechtigungsschein", "Informationen", "Amt"]);
    offers[1].description = "Wir beraten zu Wohnen, Bildung, Sozialem, Chancen und mehr.".into();
    offers[2].provider = "Wohnungsamt Birkwald Schuldnerhilfe".into();
    let mut idx = SearchIndex::build(&offers);
    // "wbsch": scattered in the first title and in the third provider, never via the description.
    assert_eq!(id_set(&offers, &mut idx, "wbsch"), ["o0", "o2"]);
    assert_eq!(ids(&offers, &mut idx, "wbsch")[0], "o0", "title before provider");
}

#[test]
fn whole_words_with_non_latin_scripts_and_digits() {
    let offers = titled(&["Курс русского языка", "Beratung nach §20a AufenthG", "Ünal Öğretmen Derneği"]);
    let mut idx = SearchIndex::build(&offers);
    assert_eq!(ids(&offers, &mut idx, "курс"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "КУРС"), ["o0"]);
    assert_eq!(ids(&offers, &mut idx, "20a"), ["o1"]);
    assert_eq!(ids(&offers, &mut idx, "ogretmen"), ["o2"]);
    assert_eq!(ids(&offers, &mut idx, "unal"), ["o2"]);
}
