//! Flow tests of the directory's upkeep keys: copy, deactivate/reactivate, "geprüft", the stale
//! and duplicate filters, the keys on the card.

use super::tests::press;
use super::tests::type_text;
use super::tests_editor::{F, durable, fill, form, k, keys_effects, listed, sample, saved_offer, select};
use super::*;
use crate::domain::*;
use crate::i18n::Lang;

#[test]
fn a_copy_opens_unsaved_with_a_new_id_and_leaves_the_original() {
    let mut s = sample();
    select(&mut s, "vhs");
    press(&mut s, &[Key::ctrl('d')]);
    assert_eq!(s.screen, Screen::OfferEditor);
    assert_eq!(form(&s).text(F::Title), "Integrationskurs am Vormittag (Kopie)");
    assert!(form(&s).dirty, "a copy is unsaved: leaving asks");
    fill(&mut s, F::Title, "Integrationskurs am Nachmittag");
    let (copy, new) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert!(new);
    assert_eq!(copy.provider, "VHS Hafenau");
    durable(&mut s, Some(7));
    assert_eq!(s.selected_offer().map(|o| o.id.as_str()), Some("O-0007"));
    let original = s.catalog.offers.iter().find(|o| o.id.as_str() == "vhs").unwrap();
    assert_eq!(original.title, "Integrationskurs am Vormittag");
    assert_eq!(s.catalog.offers.len(), 5);
}

#[test]
fn deactivating_asks_hides_the_offer_and_reactivating_brings_it_back() {
    let mut s = sample();
    select(&mut s, "abh");
    press(&mut s, &[Key::ctrl('r')]);
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("asks first") };
    assert!(question.contains("Ausländerbehörde Hafenau") && question.contains("deaktivieren"));
    assert!(keys_effects(&mut s, &[Key::ch('n')]).is_empty());
    assert!(s.overlay.is_none());
    press(&mut s, &[Key::ctrl('r')]);
    let (o, new) = saved_offer(&keys_effects(&mut s, &[Key::ch('j')]));
    assert_eq!((o.status, new), (OfferStatus::Inactive, false));
    durable(&mut s, None);
    assert!(!listed(&s).contains(&"abh".to_string()), "inactive offers are hidden");
    assert!(s.flash.as_ref().is_some_and(|f| f.text.starts_with("Deaktiviert")));
    assert_eq!(s.catalog.offers.len(), 4, "still stored");
    // Ctrl-Y shows inactive offers; Ctrl-R there reactivates.
    press(&mut s, &[Key::ctrl('y')]);
    select(&mut s, "abh");
    press(&mut s, &[Key::ctrl('r')]);
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("asks first") };
    assert!(question.contains("wieder aktivieren"));
    let (o, _) = saved_offer(&keys_effects(&mut s, &[Key::ch('j')]));
    assert_eq!(o.status, OfferStatus::Active);
    durable(&mut s, None);
    assert_eq!(s.selected_offer().map(|o| (o.id.as_str(), o.status)), Some(("abh", OfferStatus::Active)));
}

#[test]
fn geprueft_stamps_today_and_the_stale_mark_goes() {
    let mut s = sample();
    select(&mut s, "vhs");
    let today = s.today();
    assert!(s.selected_offer().unwrap().is_stale(today));
    let (o, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('p')]));
    assert_eq!(o.last_verified, Some(today));
    durable(&mut s, None);
    let o = s.selected_offer().unwrap();
    assert_eq!(o.id.as_str(), "vhs");
    assert!(!o.is_stale(today));
    assert_eq!(
        s.flash.as_ref().map(|f| f.text.as_str()),
        Some("Geprüft am 25.11.2026: „Integrationskurs am Vormittag“")
    );
    assert!(keys_effects(&mut s, &[Key::ctrl('p')]).is_empty(), "already verified today");
}

#[test]
fn the_stale_filter_lists_what_needs_checking_and_stamping_works_through_it() {
    let mut s = sample();
    s.catalog.offers.iter_mut().for_each(|o| o.last_verified = None);
    s.catalog.offers[0].last_verified = Date::from_ymd(2026, 6, 1);
    let index = crate::search::SearchIndex::build(&s.catalog.offers);
    s.set_index(index);
    press(&mut s, &[Key::ctrl('a')]);
    let Some(Overlay::Menu(m)) = &s.overlay else { panic!("upkeep menu") };
    assert!(m.items[0].label.starts_with("veraltet (2)"), "{:?}", m.items);
    press(&mut s, &[Key::ch('1')]);
    assert_eq!(s.dir.filters.stale_on, Some(s.today()));
    assert_eq!(listed(&s), ["vhs", "vhs2"]);
    // Stamping the first: it leaves the list, the selection stays on the first row.
    let effects = keys_effects(&mut s, &[Key::ctrl('p')]);
    assert_eq!(saved_offer(&effects).0.id.as_str(), "vhs");
    durable(&mut s, None);
    assert_eq!(listed(&s), ["vhs2"]);
    assert_eq!(s.selected_offer().map(|o| o.id.as_str()), Some("vhs2"));
    press(&mut s, &[Key::ctrl('x')]);
    assert_eq!(s.dir.filters, Default::default());
    assert_eq!(s.dir.results.total, 3);
}

#[test]
fn the_duplicate_filter_shows_same_provider_similar_titles() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('a'), Key::ch('2')]);
    assert!(s.dir.filters.duplicates);
    let mut ids = listed(&s);
    ids.sort();
    assert_eq!(ids, ["vhs", "vhs2"]);
    assert_eq!(s.selected_offer().map(|o| o.id.as_str()), Some("vhs"));
    assert_eq!(upkeep_partners(&s), ["vhs2"]);
    // Renaming one makes the pair go away at once (the pairs are found when the index is built).
    select(&mut s, "vhs2");
    press(&mut s, &[Key::ctrl('e')]);
    fill(&mut s, F::Title, "Berufssprachkurs B2");
    keys_effects(&mut s, &[Key::ctrl('s')]);
    durable(&mut s, None);
    assert!(s.flash.as_ref().is_some_and(|f| f.text.contains("zurückgesetzt")), "no longer in the filter");
    assert!(!s.dir.filters.duplicates);
    assert_eq!(s.selected_offer().map(|o| o.id.as_str()), Some("vhs2"));
    press(&mut s, &[Key::ctrl('a'), Key::ch('2')]);
    assert!(listed(&s).is_empty());
}

/// Ids of the selected offer's possible duplicates (shown on its card).
fn upkeep_partners(s: &State) -> Vec<String> {
    s.dir.duplicates_of_selected(&s.catalog).iter().map(|o| o.id.to_string()).collect()
}

#[test]
fn upkeep_keys_work_on_the_card_and_say_when_nothing_is_selected() {
    let mut s = sample();
    select(&mut s, "abh");
    press(&mut s, &[k(Code::Enter), Key::ctrl('e')]);
    assert_eq!(s.screen, Screen::OfferEditor);
    assert_eq!(form(&s).text(F::Title), "Ausländerbehörde Hafenau");
    fill(&mut s, F::Phone, "04321 12345");
    keys_effects(&mut s, &[Key::ctrl('s')]);
    durable(&mut s, None);
    assert!(matches!(s.overlay, Some(Overlay::Card { .. })), "back on the card, with the new data");
    assert_eq!(s.selected_offer().map(|o| o.phone.as_str()), Some("04321 12345"));
    type_text(&mut s, "zzzz");
    assert!(s.selected_offer().is_none());
    press(&mut s, &[Key::ctrl('e')]);
    assert_eq!(s.flash.as_ref().map(|f| f.text.as_str()), Some("Kein Angebot ausgewählt."));
    assert_eq!(s.screen, Screen::Directory);
}

#[test]
fn english_labels_and_a_copy_suffix() {
    let mut s = sample();
    s.lang = Lang::En;
    select(&mut s, "abh");
    press(&mut s, &[Key::ctrl('d')]);
    assert_eq!(form(&s).text(F::Title), "Ausländerbehörde Hafenau (copy)");
    assert_eq!(form(&s).get(F::Title).label, "Title");
}

#[test]
fn upkeep_keys_act_on_the_search_just_typed() {
    let mut s = sample();
    // One burst of keys, as a fast typist or a paste delivers it: no redraw in between.
    for c in "vormittag am".chars() {
        update(&mut s, Msg::Key(Key::ch(c)));
    }
    update(&mut s, Msg::Key(Key::ctrl('e')));
    assert_eq!(form(&s).text(F::Title), "Integrationskurs am Vormittag");
}

#[test]
fn the_stale_filter_moves_on_with_the_day() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('a'), Key::ch('1')]);
    assert_eq!(listed(&s), ["vhs"]);
    // abh, vhs2 were verified on 01.10.2026: stale from 02.10.2027 on.
    let next_year = chrono::NaiveDate::from_ymd_opt(2027, 10, 2).unwrap().and_hms_opt(8, 0, 0).unwrap();
    update(&mut s, Msg::Clock(next_year));
    s.settle();
    assert_eq!(s.dir.filters.stale_on, Date::from_ymd(2027, 10, 2));
    assert_eq!(listed(&s), ["abh", "vhs", "vhs2"]);
}
