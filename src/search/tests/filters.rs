//! Facet filters: OR within a facet, AND across facets, inactive offers hidden.

use super::offer;
use crate::domain::{GroupTag, LangCode, Need, Offer, OfferStatus, ServiceArea, TargetGroup};
use crate::search::{Filters, SearchIndex};

fn directory() -> Vec<Offer> {
    let mut o: Vec<Offer> = ["Sprachkurs", "Wohnungshilfe", "Anerkennung", "Kita", "Jobcenter", "Alt"]
        .iter()
        .enumerate()
        .map(|(i, t)| offer(&format!("o{i}"), &format!("Beratung {t}")))
        .collect();
    o[0].needs = vec![Need::Spr].into();
    o[0].target_groups = vec![TargetGroup::A].into();
    o[0].languages = vec![LangCode::parse("ar").unwrap()].into();
    o[0].tags = vec![GroupTag::Ref].into();
    o[1].needs = vec![Need::Woh].into();
    o[1].target_groups = vec![TargetGroup::B].into();
    o[1].languages = vec![LangCode::parse("en").unwrap(), LangCode::parse("ar").unwrap()].into();
    o[2].needs = vec![Need::Ane, Need::Arb].into();
    o[2].tags = vec![GroupTag::Eu].into();
    o[2].service_area = ServiceArea::City;
    o[2].town = "Hafenau".into();
    o[3].needs = vec![Need::Kin].into();
    o[3].service_area = ServiceArea::City;
    o[3].town = "Birkwald".into();
    o[3].status = OfferStatus::TemporarilyClosed;
    o[4].needs = vec![Need::Arb].into();
    o[4].target_groups = vec![TargetGroup::A, TargetGroup::D].into();
    o[5].needs = vec![Need::Spr].into();
    o[5].status = OfferStatus::Inactive;
    o
}

fn found(offers: &[Offer], idx: &mut SearchIndex, q: &str, f: &Filters) -> Vec<String> {
    let r = idx.search(q, f, 100);
    assert_eq!(r.total, r.hits.len());
    let mut v: Vec<String> = r.hits.iter().map(|h| offers[h.offer].id.as_str().to_string()).collect();
    v.sort();
    v
}

#[test]
fn needs_are_or_within_and_inactive_is_hidden() {
    let offers = directory();
    let mut idx = SearchIndex::build(&offers);
    let f = Filters { needs: vec![Need::Spr, Need::Woh], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1"]);
    assert_eq!(found(&offers, &mut idx, "beratung", &f), ["o0", "o1"]);
    let f = Filters { include_inactive: true, ..f };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1", "o5"]);
    let f = Filters { needs: vec![Need::Arb], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o2", "o4"]);
}

#[test]
fn inactive_hidden_temporarily_closed_shown() {
    let offers = directory();
    let mut idx = SearchIndex::build(&offers);
    let all = found(&offers, &mut idx, "beratung", &Filters::default());
    assert_eq!(all, ["o0", "o1", "o2", "o3", "o4"]);
    let f = Filters { include_inactive: true, ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "alt", &f), ["o5"]);
    assert!(found(&offers, &mut idx, "alt", &Filters::default()).is_empty());
}

#[test]
fn groups_include_offers_for_everyone() {
    let offers = directory();
    let mut idx = SearchIndex::build(&offers);
    let f = Filters { groups: vec![TargetGroup::B], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o1", "o2", "o3"]);
    let f = Filters { groups: vec![TargetGroup::D, TargetGroup::B], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o1", "o2", "o3", "o4"]);
}

#[test]
fn tags_languages_and_towns() {
    let offers = directory();
    let mut idx = SearchIndex::build(&offers);
    let f = Filters { tags: vec![GroupTag::Ref, GroupTag::Eu], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o2"]);
    let f = Filters { tags: vec![GroupTag::Emp], ..Filters::default() };
    assert!(found(&offers, &mut idx, "", &f).is_empty());
    let f = Filters { languages: vec![LangCode::parse("ar").unwrap()], ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1"]);
    let f = Filters { languages: vec![LangCode::parse("xx").unwrap()], ..Filters::default() };
    assert!(found(&offers, &mut idx, "", &f).is_empty());
    // City-only offers serve their own town (case-insensitive); wider ones serve every town.
    let f = Filters { town: Some(" HAFENAU ".into()), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1", "o2", "o4"]);
    let f = Filters { town: Some("Birkwald".into()), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1", "o3", "o4"]);
    for o in &offers[..5] {
        assert_eq!(
            o.serves_town("Birkwald"),
            found(&offers, &mut idx, "", &f).contains(&o.id.as_str().to_string())
        );
    }
    // An offer that names its towns serves those only.
    let mut offers = offers;
    offers[4].set_towns(vec!["Talmühle".into(), "Birkwald".into()]);
    let mut idx = SearchIndex::build(&offers);
    let f = Filters { town: Some("Hafenau".into()), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1", "o2"]);
    let f = Filters { town: Some("birkwald".into()), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o0", "o1", "o3", "o4"]);
}

#[test]
fn facets_combine_with_and() {
    let offers = directory();
    let mut idx = SearchIndex::build(&offers);
    let f = Filters {
        needs: vec![Need::Spr, Need::Woh, Need::Arb],
        languages: vec![LangCode::parse("ar").unwrap()],
        groups: vec![TargetGroup::B],
        ..Filters::default()
    };
    assert_eq!(found(&offers, &mut idx, "", &f), ["o1"]);
    assert_eq!(found(&offers, &mut idx, "beratung", &f), ["o1"]);
    assert!(found(&offers, &mut idx, "sprachkurs", &f).is_empty());
    // Changing filters between keystrokes is honoured (the filter cache is keyed by value).
    assert_eq!(found(&offers, &mut idx, "beratung", &Filters::default()).len(), 5);
}

#[test]
fn upkeep_filters_stale_and_possible_duplicates() {
    use crate::domain::Date;
    let mut offers = directory();
    let today = Date::from_ymd(2026, 11, 25).unwrap();
    for o in &mut offers {
        o.last_verified = Date::from_ymd(2026, 1, 10);
    }
    offers[1].last_verified = Date::from_ymd(2025, 11, 24);
    offers[2].last_verified = None;
    offers[4].last_verified = Date::from_ymd(2025, 11, 25);
    offers[0].provider = "VHS Hafenau".into();
    offers[3].provider = "V.H.S. Hafenau".into();
    offers[3].title = "Beratung  Sprach-Kurs".into();
    let mut idx = SearchIndex::build(&offers);
    let stale = Filters { stale_on: Some(today), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &stale), ["o1", "o2"], "12 months to the day is not stale yet");
    assert_eq!(found(&offers, &mut idx, "wohnung", &stale), ["o1"]);
    let later = Filters { stale_on: Some(today.add_days(1)), ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &later), ["o1", "o2", "o4"]);
    let dups = Filters { duplicates: true, ..Filters::default() };
    assert_eq!(found(&offers, &mut idx, "", &dups), ["o0", "o3"]);
    assert_eq!((idx.duplicates_of(0), idx.duplicates_of(3), idx.duplicate_count()), (vec![3], vec![0], 2));
    assert!(idx.duplicates_of(1).is_empty());
    let both = Filters { duplicates: true, stale_on: Some(today), ..Filters::default() };
    assert!(found(&offers, &mut idx, "", &both).is_empty());
}

#[test]
fn the_town_filter_honours_excluded_towns() {
    // The district's immigration office does not serve the city, which has its own.
    let mut offers = directory();
    offers[0].area_excludes = vec!["Hafenau".into(), "Talmühle".into()];
    let mut idx = SearchIndex::build(&offers);
    for town in ["Hafenau", " hafenau ", "TALMUEHLE", "Birkwald"] {
        let f = Filters { town: Some(town.into()), ..Filters::default() };
        let hits = found(&offers, &mut idx, "", &f);
        assert_eq!(hits.contains(&"o0".to_string()), offers[0].serves_town(town), "{town}: {hits:?}");
    }
    let f = Filters { town: Some("Hafenau".into()), ..Filters::default() };
    assert!(!found(&offers, &mut idx, "", &f).contains(&"o0".to_string()));
}
