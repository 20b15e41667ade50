//! Highlight positions: original character indices, after folding, for multi-byte text.

use super::{offer, run};
use crate::search::SearchIndex;

fn marks(title: &str, provider: &str, q: &str) -> (Vec<usize>, Vec<usize>) {
    let mut o = offer("x", title);
    o.provider = provider.into();
    let mut idx = SearchIndex::build(&[o]);
    let r = run(&mut idx, q);
    assert_eq!(r.hits.len(), 1, "{q:?} should find {title:?}");
    (r.hits[0].title.clone(), r.hits[0].provider.clone())
}

fn marked(text: &str, pos: &[usize]) -> String {
    text.chars().enumerate().filter(|(i, _)| pos.contains(i)).map(|(_, c)| c).collect()
}

#[test]
fn positions_are_characters_of_the_original() {
    let (t, p) = marks("Praxis Müller", "Caritas Müllheim", "müll");
    assert_eq!(t, [7, 8, 9, 10]);
    assert_eq!(marked("Caritas Müllheim", &p), "Müll");
    let (t, _) = marks("Praxis Müller", "", "mueller");
    assert_eq!(marked("Praxis Müller", &t), "Müller");
    // A folded "u" that stands for "ue" marks both letters.
    let (t, _) = marks("Praxis Mueller", "", "müller");
    assert_eq!(marked("Praxis Mueller", &t), "Mueller");
}

#[test]
fn sharp_s_and_multi_byte_characters() {
    let title = "Ärztehaus an der Straße";
    let (t, _) = marks(title, "", "strasse");
    assert_eq!(t, [17, 18, 19, 20, 21, 22]);
    assert_eq!(marked(title, &t), "Straße");
    let (t, _) = marks(title, "", "arzte");
    assert_eq!(t, [0, 1, 2, 3, 4]);
    let title = "Курс 🇩🇪 Deutsch für Ärzt:innen";
    let (t, _) = marks(title, "", "deutsch arzt");
    assert_eq!(marked(title, &t), "DeutschÄrzt");
    assert_eq!(t[0], 8);
}

#[test]
fn compounds_typos_and_several_terms() {
    let (t, _) = marks("Anerkennungsberatung", "", "beratung");
    assert_eq!(t, (12..20).collect::<Vec<_>>());
    let (t, _) = marks("Anerkennungsberatung", "", "anerkenung");
    assert_eq!(marked("Anerkennungsberatung", &t), "Anerkennung");
    let (t, p) = marks("Anerkennung für Lehrkräfte", "IQ Netzwerk Hafenau", "lehr anerk hafen");
    assert_eq!(marked("Anerkennung für Lehrkräfte", &t), "AnerkLehr");
    assert_eq!(marked("IQ Netzwerk Hafenau", &p), "Hafen");
}

#[test]
fn synonyms_and_scattered_letters_are_marked() {
    let (t, _) = marks("Ausländerbehörde Hafenau", "", "abh");
    assert_eq!(marked("Ausländerbehörde Hafenau", &t), "Ausländerbehörde");
    let (t, _) = marks("Beratung", "Agentur für Arbeit Hafenau", "aa");
    assert!(t.is_empty());
    let (_, p) = marks("Beratung", "Agentur für Arbeit Hafenau", "aa");
    assert_eq!(marked("Agentur für Arbeit Hafenau", &p), "Agentur für Arbeit");
    let (t, _) = marks("Wohnberechtigungsschein", "", "wbsch");
    assert_eq!(marked("Wohnberechtigungsschein", &t).to_lowercase(), "wbsch");
}

#[test]
fn only_fields_that_match_are_marked() {
    let mut o = offer("x", "Sprachkurs");
    o.description = "Kita in der Nähe".into();
    o.provider = "VHS".into();
    let mut idx = SearchIndex::build(&[o]);
    let r = run(&mut idx, "kita");
    assert_eq!(r.hits.len(), 1);
    assert!(r.hits[0].title.is_empty() && r.hits[0].provider.is_empty());
    assert!(run(&mut idx, "").hits[0].title.is_empty());
}
