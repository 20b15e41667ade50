//! State tests: given a state, press keys, expect a state. No terminal, no database.

use super::*;
use crate::app::state::PAGE;
use crate::domain::{Date, LangCode, Need, Offer, OfferId, OfferStatus};
use crate::i18n::Lang;
use crate::search::SearchIndex;
use chrono::NaiveDate;

pub fn offer(id: &str, title: &str, need: Need) -> Offer {
    let mut o = Offer::new(OfferId::parse(id).unwrap(), title);
    o.needs = vec![need].into();
    o.phone = format!("012345 {id}").into();
    o.last_verified = Date::from_ymd(2026, 10, 1);
    o
}

pub fn state_with(offers: Vec<Offer>) -> State {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let source = Source { demo: true, path: "/tmp/x".into() };
    let mut s = State::new(Lang::De, now, source, Vec::new());
    let index = SearchIndex::build(&offers);
    s.catalog = state::Catalog::new(offers);
    s.set_index(index);
    update(&mut s, Msg::Resize(80, 24));
    s
}

fn sample() -> State {
    let mut a = offer("a", "Integrationskurs am Vormittag", Need::Spr);
    a.languages = vec![LangCode::parse("ar").unwrap()].into();
    a.town = "Hafenau".into();
    let b = offer("b", "Wohnungsamt Hafenau", Need::Woh);
    let c = offer("c", "Anerkennungsberatung", Need::Ane);
    let mut d = offer("d", "Altes Angebot", Need::Woh);
    d.status = OfferStatus::Inactive;
    state_with(vec![a, b, c, d])
}

/// The writes an outcome asks for, without their tickets.
pub fn writes(out: Outcome) -> Vec<Write> {
    out.effects.into_iter().map(|e| e.write).collect()
}

/// Answers the oldest write in flight, as the loop would.
pub fn answer(s: &mut State, result: Result<Done, SaveError>) -> Outcome {
    let ticket = s.queue.in_flight().first().map(|e| e.ticket).expect("a write in flight");
    update(s, Msg::Saved(ticket, result))
}

/// Presses keys as the loop would, settling once at the end like a redraw.
pub fn press(s: &mut State, keys: &[Key]) {
    for &k in keys {
        update(s, Msg::Key(k));
    }
    s.settle();
}

pub fn type_text(s: &mut State, text: &str) {
    let keys: Vec<Key> = text.chars().map(Key::ch).collect();
    press(s, &keys);
}

fn titles(s: &State) -> Vec<String> {
    s.dir.results.hits.iter().map(|h| s.catalog.offers[h.offer].title.to_string()).collect()
}

#[test]
fn typing_searches_and_resets_the_selection() {
    let mut s = sample();
    assert_eq!(s.dir.results.total, 3, "inactive hidden by default");
    press(&mut s, &[Key::plain(Code::Down)]);
    assert_eq!(s.dir.cursor.selected, 1);
    type_text(&mut s, "wohnung");
    assert_eq!(titles(&s), ["Wohnungsamt Hafenau"]);
    assert_eq!(s.dir.cursor.selected, 0);
    assert_eq!(s.selected_offer().unwrap().id.as_str(), "b");
}

#[test]
fn a_burst_of_keys_costs_one_search() {
    let mut s = sample();
    for c in "wohnung".chars() {
        update(&mut s, Msg::Key(Key::ch(c)));
    }
    assert!(s.dir.pending, "no search ran during the burst");
    s.settle();
    assert!(!s.dir.pending);
    assert_eq!(s.dir.results.total, 1);
}

#[test]
fn escape_clears_the_query_then_the_filters() {
    let mut s = sample();
    press(&mut s, &[Key::plain(Code::F(7))]);
    type_text(&mut s, "amt");
    assert_eq!(s.dir.filters.needs, vec![Need::Woh]);
    press(&mut s, &[Key::plain(Code::Esc)]);
    assert!(s.dir.query.is_empty());
    assert_eq!(s.dir.filters.needs, vec![Need::Woh]);
    press(&mut s, &[Key::plain(Code::Esc)]);
    assert!(s.dir.filters.needs.is_empty());
    assert_eq!(s.dir.results.total, 3);
}

#[test]
fn top_needs_are_one_key_and_every_need_two() {
    let mut s = sample();
    press(&mut s, &[Key::plain(Code::F(8))]);
    assert_eq!(titles(&s), ["Anerkennungsberatung"]);
    press(&mut s, &[Key::plain(Code::F(8))]);
    assert_eq!(s.dir.results.total, 3);
    // Ctrl-B, then "3" (WOH): two keystrokes, the search field keeps its text.
    type_text(&mut s, "a");
    press(&mut s, &[Key::ctrl('b'), Key::ch('3')]);
    assert!(s.overlay.is_none());
    assert_eq!(s.dir.filters.needs, vec![Need::Woh]);
    assert_eq!(s.dir.query.value(), "a");
    press(&mut s, &[Key::ctrl('x')]);
    assert_eq!(s.dir.filters, Default::default());
}

#[test]
fn menu_space_toggles_and_stays_enter_chooses_and_closes() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('b'), Key::plain(Code::Down), Key::ch(' ')]);
    assert!(matches!(s.overlay, Some(Overlay::Menu(_))));
    assert_eq!(s.dir.filters.needs, vec![Need::Arb]);
    press(&mut s, &[Key::plain(Code::Down), Key::plain(Code::Enter)]);
    assert!(s.overlay.is_none());
    assert_eq!(s.dir.filters.needs, vec![Need::Arb, Need::Woh]);
}

#[test]
fn language_and_town_menus_filter() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('l'), Key::ch('1')]);
    assert_eq!(titles(&s), ["Integrationskurs am Vormittag"]);
    press(&mut s, &[Key::ctrl('x'), Key::ctrl('o')]);
    let Some(Overlay::Menu(m)) = &s.overlay else { panic!("town menu") };
    assert_eq!(m.items.len(), 2, "all towns + Hafenau");
    press(&mut s, &[Key::ch('2')]);
    assert_eq!(s.dir.filters.town.as_deref(), Some("Hafenau"));
}

#[test]
fn inactive_offers_can_be_shown() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('y')]);
    assert_eq!(s.dir.results.total, 4);
}

#[test]
fn card_opens_scrolls_and_typing_returns_to_search() {
    let mut s = sample();
    press(&mut s, &[Key::plain(Code::Enter)]);
    assert_eq!(s.overlay, Some(Overlay::Card { scroll: 0 }));
    press(&mut s, &[Key::plain(Code::Down), Key::plain(Code::Down), Key::plain(Code::Up)]);
    assert_eq!(s.overlay, Some(Overlay::Card { scroll: 1 }));
    type_text(&mut s, "w");
    assert!(s.overlay.is_none());
    assert_eq!(s.dir.query.value(), "w");
}

#[test]
fn help_toggles_with_f1_and_closes_with_escape() {
    let mut s = sample();
    press(&mut s, &[Key::plain(Code::F(1))]);
    assert_eq!(s.overlay, Some(Overlay::Help { scroll: 0 }));
    type_text(&mut s, "x");
    assert!(s.dir.query.is_empty(), "typing in help does not reach the search");
    press(&mut s, &[Key::plain(Code::Esc)]);
    assert!(s.overlay.is_none());
    press(&mut s, &[Key::plain(Code::F(1)), Key::ch('?')]);
    assert!(s.overlay.is_none());
}

#[test]
fn quit_keys() {
    for k in [Key::ctrl('q'), Key::ctrl('c')] {
        let mut s = sample();
        press(&mut s, &[k]);
        assert!(s.quit, "{k:?}");
    }
    // F10 is "Neuer Anruf" now, never quitting.
    let mut s = sample();
    press(&mut s, &[Key::plain(Code::F(10))]);
    assert!(!s.quit);
}

#[test]
fn a_paste_is_one_search_and_is_cleaned() {
    let mut s = sample();
    update(&mut s, Msg::Paste("Wohnungs\namt\u{1b}[31m".into()));
    assert_eq!(s.dir.query.value(), "Wohnungs amt[31m");
    update(&mut s, Msg::Paste("x".repeat(100_000)));
    assert_eq!(s.dir.query.value().chars().count(), state::QUERY_MAX);
}

#[test]
fn paging_fetches_more_hits_beyond_the_first_page() {
    let offers: Vec<Offer> =
        (0..PAGE + 50).map(|i| offer(&format!("o{i:04}"), &format!("Angebot {i:04}"), Need::Spr)).collect();
    let mut s = state_with(offers);
    assert_eq!(s.dir.results.hits.len(), PAGE);
    press(&mut s, &[Key { code: Code::End, ctrl: true }]);
    assert_eq!(s.dir.cursor.selected, PAGE + 49);
    assert_eq!(s.dir.results.hits.len(), PAGE + 50);
    assert_eq!(s.selected_offer().unwrap().title, "Angebot 0249");
    let rows = screen::directory::list_rows(s.size);
    assert!(
        s.dir.cursor.offset + rows > s.dir.cursor.selected && s.dir.cursor.offset <= s.dir.cursor.selected
    );
    press(&mut s, &[Key::plain(Code::PageUp)]);
    assert_eq!(s.dir.cursor.selected, PAGE + 49 - rows);
}

#[test]
fn keys_during_loading_are_kept_and_searched_when_ready() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let mut s = State::new(Lang::De, now, Source { demo: false, path: "x".into() }, Vec::new());
    type_text(&mut s, "wohnung");
    assert!(s.dir.pending);
    let offers = vec![offer("b", "Wohnungsamt", Need::Woh), offer("c", "Kita", Need::Kin)];
    let index = SearchIndex::build(&offers);
    s.catalog = state::Catalog::new(offers);
    s.set_index(index);
    assert_eq!(s.dir.results.total, 1);
}

#[test]
fn the_clock_redraws_only_when_the_minute_changes() {
    let mut s = sample();
    let t = s.now;
    assert!(!update(&mut s, Msg::Clock(t + chrono::Duration::seconds(20))).redraw);
    assert!(update(&mut s, Msg::Clock(t + chrono::Duration::seconds(70))).redraw);
}

#[test]
fn unbound_keys_do_not_redraw() {
    let mut s = sample();
    assert!(!update(&mut s, Msg::Key(Key::ctrl('j'))).redraw);
    assert!(!update(&mut s, Msg::Key(Key::plain(Code::Insert))).redraw);
}

/// One action may ask for several writes, and other writes may be in flight meanwhile: each
/// answer goes to the screen that asked, in whatever order the answers come, and none is
/// dropped. (A paste on the test screen `Probe` asks for one write per line.)
#[test]
fn two_writes_from_one_action_are_both_answered_to_the_screen_that_asked() {
    use crate::app::effect::Owner;
    let mut s = sample();
    let today = s.today();
    let selected = s.selected_offer().map(|o| o.id.clone()).expect("an offer selected");
    // The directory's "geprüft" (Ctrl-P) is in flight …
    let stamp = update(&mut s, Msg::Key(Key::ctrl('p'))).effects;
    let [Effect { ticket: stamp, write: Write::SaveOffer { .. } }] = stamp.as_slice() else {
        panic!("{stamp:?}")
    };
    assert_eq!(stamp.owner, Owner::Screen(Screen::Directory));
    // … when one action on another screen asks for two writes.
    s.screen = Screen::Probe;
    let effects = update(&mut s, Msg::Paste("erste\nzweite".into())).effects;
    assert_eq!(effects.len(), 2, "{effects:?}");
    assert!(effects.iter().all(|e| e.ticket.owner == Owner::Screen(Screen::Probe)), "{effects:?}");
    assert_ne!(effects[0].ticket, effects[1].ticket);
    assert_eq!(s.queue.in_flight().len(), 3);
    // Answered out of order, the directory's in between.
    let done = |n: u64| Ok(Done { id: Some(n), ids: vec![n], ..Done::default() });
    assert!(update(&mut s, Msg::Saved(effects[1].ticket, done(8))).redraw);
    assert!(update(&mut s, Msg::Saved(*stamp, Ok(Done::default()))).redraw);
    assert!(update(&mut s, Msg::Saved(effects[0].ticket, done(7))).redraw);
    assert_eq!(
        s.probe.answers,
        [("zweite".to_string(), Ok(Some(8))), ("erste".to_string(), Ok(Some(7)))],
        "both answers, each with its own number"
    );
    assert_eq!(
        s.records.contacts.iter().map(|c| (c.id, c.minutes)).collect::<Vec<_>>(),
        [(8, Some(6)), (7, Some(5))]
    );
    // The directory got its answer: the offer is stamped, and it said so.
    let stamped = s.catalog.offers.iter().find(|o| o.id == selected).expect("the offer");
    assert_eq!(stamped.last_verified, Some(today));
    assert!(s.flash.as_ref().is_some_and(|f| f.text.starts_with("Geprüft")), "{:?}", s.flash);
    assert!(s.queue.in_flight().is_empty());
    // An answer counts once: a second one for the same ticket changes nothing.
    assert!(!update(&mut s, Msg::Saved(effects[0].ticket, done(9))).redraw);
    assert_eq!(s.probe.answers.len(), 2);
    assert_eq!(s.records.contacts.len(), 2);
}

/// A failed write is answered to the screen that asked too, and the others still arrive.
#[test]
fn a_failed_write_among_several_is_answered_and_the_rest_arrive() {
    let mut s = sample();
    s.screen = Screen::Probe;
    let effects = update(&mut s, Msg::Paste("eins\nzwei".into())).effects;
    let full = SaveError { message: "Der Datenträger ist voll".into(), blocks_writes: false };
    update(&mut s, Msg::Saved(effects[0].ticket, Err(full)));
    update(&mut s, Msg::Saved(effects[1].ticket, Ok(Done { id: Some(3), ids: vec![3], ..Done::default() })));
    assert_eq!(
        s.probe.answers,
        [
            ("eins".to_string(), Err("Der Datenträger ist voll".to_string())),
            ("zwei".to_string(), Ok(Some(3)))
        ]
    );
    assert_eq!(s.records.contacts.iter().map(|c| c.id).collect::<Vec<_>>(), [3]);
}
