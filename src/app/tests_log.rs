//! Flow tests of the referral log, driven by keys: what is due with an injected clock (`state.now`,
//! never the real date), views, filters and order, status changes, postponing, notes, jumps. The
//! helpers here are shared with `tests_referral`.

pub use super::tests::{answer, offer, press, state_with, type_text, writes};
use super::*;
pub use crate::app::nav::Pick;
use crate::domain::client::{Consent, ConsentForm, ContactChannel, FirstContact, Purpose};
use crate::domain::referral::{NewReferral, create};
use crate::domain::{
    Client, ClientId, Date, EventKind, Need, Offer, Referral, ReferralEvent, ReferralId, ReferralStatus,
    Timestamp,
};
use crate::i18n::{Lang, rule_error_text};
pub use modal::ModalField as M;

pub fn k(code: Code) -> Key {
    Key::plain(code)
}

pub fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

pub fn client(id: u64, needs: &[Need], pass_to_partners: bool) -> Client {
    let mut c = Client::new(id, FirstContact::new(d(2026, 11, 1), ContactChannel::Phone));
    c.needs = needs.to_vec();
    let purposes: &[Purpose] =
        if pass_to_partners { &[Purpose::Storage, Purpose::Partners] } else { &[Purpose::Storage] };
    c.consent = Consent::given(d(2026, 11, 1), ConsentForm::Verbal, purposes);
    c
}

pub fn offers() -> Vec<Offer> {
    let mut a = offer("vhs", "Integrationskurs VHS", Need::Spr);
    a.provider = "VHS Hafenau".into();
    let mut b = offer("iq", "IQ Anerkennungsberatung", Need::Ane);
    b.needs.push(Need::Arb);
    vec![a, b, offer("woh", "Wohnungsamt", Need::Woh)]
}

/// The demo-like state: three offers, two clients (K-0001 with consent to pass data), the
/// counsellor "AB", the clock at Wednesday 25.11.2026 10:00.
pub fn base() -> State {
    let mut s = state_with(offers());
    s.settings.counsellor = "AB".into();
    s.records.clients = vec![client(1, &[Need::Ane, Need::Spr], true), client(2, &[Need::Woh], false)];
    s
}

/// A referral made on `day` by the rules themselves, numbered `id`.
pub fn made(
    s: &State,
    id: u64,
    client: u64,
    offer: usize,
    day: Date,
    status: ReferralStatus,
) -> (Referral, ReferralEvent) {
    let o = &s.catalog.offers[offer];
    let mut new = NewReferral::new(ReferralId(id), ClientId(client), o.needs[0]);
    new.status = status;
    let now = Timestamp::from_naive(day.naive().and_hms_opt(9, 0, 0).unwrap());
    create(new, o, true, now, "AB").unwrap()
}

pub fn with_referrals(s: &mut State, list: Vec<(Referral, ReferralEvent)>) {
    for (r, ev) in list {
        s.records.referrals.push(r);
        s.records.events.push(ev);
    }
}

/// Runs the write the keys asked for, as the loop would, answering with `ids`.
pub fn save(s: &mut State, keys: &[Key], ids: &[u64]) -> Vec<Write> {
    let mut effects = Vec::new();
    for &key in keys {
        effects.extend(writes(update(s, Msg::Key(key))));
    }
    if !effects.is_empty() {
        answer(s, Ok(Done { id: ids.first().copied(), ids: ids.to_vec(), ..Done::default() }));
    }
    s.settle();
    effects
}

pub fn modal(s: &State) -> &modal::Modal {
    match &s.overlay {
        Some(Overlay::Modal(m)) => m,
        other => panic!("no modal open: {other:?}"),
    }
}

pub fn goto(s: &mut State, key: M) {
    for _ in 0..20 {
        let f = &modal(s).form;
        if f.fields[f.focus].key == key {
            return;
        }
        let back = f.index_of(key).is_some_and(|i| i < f.focus);
        press(s, &[k(if back { Code::BackTab } else { Code::Tab })]);
    }
    panic!("field {key:?} not reachable by Tab");
}

pub fn flash(s: &State) -> String {
    s.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default()
}

/// Client K-0001 is current (Ctrl-F from the client list), the directory shows their needs.
pub fn referring() -> State {
    let mut s = base();
    press(&mut s, &[k(Code::F(3))]);
    type_text(&mut s, "K-0001");
    press(&mut s, &[Key::ctrl('f')]);
    assert_eq!(s.current_client, Some(1));
    assert_eq!(s.screen, Screen::Directory);
    s
}

pub fn select(s: &mut State, title: &str) {
    press(s, &[Key::ctrl('u'), Key::ctrl('x')]);
    type_text(s, title);
    assert_eq!(s.selected_offer().map(|o| o.title.as_str()), Some(title));
}

fn log_ids(s: &State) -> Vec<u64> {
    s.log.rows.iter().map(|&i| s.records.referrals[i].id.0).collect()
}

/// Four referrals: two overdue (made 01.11. and 05.11., follow-up +14), one due later, one
/// closed.
pub fn with_log() -> State {
    let mut s = base();
    let list = vec![
        made(&s, 1, 1, 0, d(2026, 11, 5), ReferralStatus::InformationGiven),
        made(&s, 2, 2, 2, d(2026, 11, 1), ReferralStatus::Suggested),
        made(&s, 3, 1, 2, d(2026, 11, 20), ReferralStatus::Waitlisted),
        made(&s, 4, 2, 0, d(2026, 11, 2), ReferralStatus::InformationGiven),
    ];
    with_referrals(&mut s, list);
    let r = &mut s.records.referrals[3];
    (r.status, r.follow_up) = (ReferralStatus::GoalAchieved, None);
    s
}

#[test]
fn the_log_opens_with_what_is_due_and_follows_the_clock() {
    let mut s = with_log();
    assert_eq!(s.due_count(), 2);
    press(&mut s, &[k(Code::F(4))]);
    assert_eq!(s.screen, Screen::Log);
    assert!(s.log.due_view);
    assert_eq!(log_ids(&s), [2, 1], "overdue, oldest follow-up first");
    // Nine days later the waitlisted one (follow-up 04.12.) is due too.
    let later = s.now + chrono::Duration::days(9);
    update(&mut s, Msg::Clock(later));
    assert_eq!(s.due_count(), 3);
    assert_eq!(log_ids(&s), [2, 1, 3]);
    // Nothing due: the open ones, next first.
    let mut s = with_log();
    for r in &mut s.records.referrals {
        r.follow_up = r.follow_up.map(|d| d.add_days(60));
    }
    press(&mut s, &[k(Code::F(4))]);
    assert!(!s.log.due_view);
    assert_eq!(log_ids(&s), [2, 1, 3]);
}

#[test]
fn views_filters_and_order_by_keyboard() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4)), Key::ch('v')]);
    assert_eq!(log_ids(&s), [2, 1, 3], "open");
    press(&mut s, &[Key::ch('v')]);
    assert_eq!(log_ids(&s), [4], "closed");
    press(&mut s, &[Key::ch('v')]);
    assert_eq!(log_ids(&s), [2, 1, 3, 4], "all: closed ones last");
    press(&mut s, &[Key::ch('r')]);
    assert_eq!(log_ids(&s), [3, 1, 4, 2], "newest first");
    press(&mut s, &[Key::ch('f')]);
    goto(&mut s, M::Client);
    type_text(&mut s, "k2");
    goto(&mut s, M::Offer);
    type_text(&mut s, "integrations");
    press(&mut s, &[Key::ctrl('s')]);
    assert!(s.overlay.is_none());
    assert_eq!(s.log.filter.client, Some(2));
    assert_eq!(log_ids(&s), [4]);
    press(&mut s, &[Key::ch('x')]);
    assert!(!s.log.is_filtered());
    assert_eq!(log_ids(&s), [2, 1]);
    // A status filter shows every referral with it, and dates narrow by the referral's day.
    press(&mut s, &[Key::ch('f')]);
    goto(&mut s, M::Status);
    type_text(&mut s, "ab");
    assert_eq!(modal(&s).form.choice(M::Status), Some(6), "abgeschlossen – Ziel erreicht");
    press(&mut s, &[Key::ctrl('s')]);
    assert_eq!(log_ids(&s), [4]);
    press(&mut s, &[Key::ctrl('x'), Key::ch('f')]);
    goto(&mut s, M::From);
    type_text(&mut s, "02.11.2026");
    goto(&mut s, M::To);
    type_text(&mut s, "01.11.2026");
    press(&mut s, &[Key::ctrl('s')]);
    assert!(modal(&s).form.get(M::To).error.is_some(), "a range ending before it starts");
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "19.11.2026");
    press(&mut s, &[Key::ctrl('s'), Key::ch('v'), Key::ch('v'), Key::ch('v')]);
    assert_eq!(s.log.scope, screen::log::Scope::All);
    assert_eq!(log_ids(&s), [1, 4]);
}

#[test]
fn a_status_change_appends_history_and_ends_the_follow_up() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4))]);
    assert_eq!(s.log.selected(&s.records).unwrap().id, ReferralId(2));
    press(&mut s, &[Key::ch('s')]);
    // Type-ahead: each "a" jumps to the next status starting with it.
    type_text(&mut s, "aaa");
    assert_eq!(modal(&s).form.choice(M::Status), Some(8), "abgelehnt durch Anbieter / nicht zuständig");
    goto(&mut s, M::Note);
    type_text(&mut s, "Nur für Landkreis Nord");
    let effects = save(&mut s, &[Key::ctrl('s')], &[]);
    let [Write::SaveReferrals { items, new: false }] = effects.as_slice() else { panic!("{effects:?}") };
    let (r, ev) = &items[0];
    assert_eq!((r.id, r.status, r.follow_up), (ReferralId(2), ReferralStatus::RejectedByProvider, None));
    assert_eq!(ev.note, "Nur für Landkreis Nord");
    assert!(matches!(ev.kind, EventKind::StatusChanged { from: ReferralStatus::Suggested, .. }));
    assert_eq!(screen::log::history(&s.records.events, ReferralId(2)).len(), 2);
    assert_eq!(s.due_count(), 1, "the header count follows");
    assert_eq!(log_ids(&s), [1]);
    assert_eq!(screen::log::OfferStats::of(&s.records.referrals, &s.catalog.offers[2].id).count(r.status), 1);
}

#[test]
fn reopening_needs_a_note_shown_at_the_note_field() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4)), Key::ch('v'), Key::ch('v')]);
    assert_eq!(log_ids(&s), [4]);
    press(&mut s, &[Key::ch('s')]);
    type_text(&mut s, "v");
    assert!(save(&mut s, &[Key::ctrl('s')], &[]).is_empty());
    let f = &modal(&s).form;
    assert_eq!(f.fields[f.focus].key, M::Note);
    let why = rule_error_text(&crate::domain::RuleError::ReopenNeedsNote, Lang::De);
    assert_eq!(f.get(M::Note).error.as_deref(), Some(why));
    type_text(&mut s, "Kurs doch nicht begonnen");
    assert_eq!(save(&mut s, &[Key::ctrl('s')], &[]).len(), 1);
    let r = &s.records.referrals[3];
    assert!(r.is_open() && r.follow_up.is_some());
}

#[test]
fn postponing_by_a_week_two_weeks_or_to_a_date() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4))]);
    let effects = save(&mut s, &[Key::ch('p'), Key::ctrl('s')], &[]);
    assert_eq!(effects.len(), 1);
    assert_eq!(s.records.referrals[1].follow_up, Some(d(2026, 12, 2)), "+7 from today");
    assert_eq!(s.due_count(), 1);
    press(&mut s, &[Key::ch('p'), k(Code::Down), k(Code::Down)]);
    assert!(!modal(&s).form.get(M::Date).hidden);
    goto(&mut s, M::Date);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "24.11.2026");
    assert!(save(&mut s, &[Key::ctrl('s')], &[]).is_empty(), "not before today");
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "15.01.2027");
    assert_eq!(save(&mut s, &[Key::ctrl('s')], &[]).len(), 1);
    assert_eq!(s.records.referrals[0].follow_up, Some(d(2027, 1, 15)));
    let last = s.records.events.last().unwrap();
    assert_eq!(last.kind, EventKind::FollowUpPostponed { from: d(2026, 11, 19), to: d(2027, 1, 15) });
    assert!(flash(&s).contains("15.01.2027"));
}

#[test]
fn a_note_is_one_more_history_entry() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4)), Key::ch('n')]);
    assert!(save(&mut s, &[Key::ctrl('s')], &[]).is_empty(), "an empty note is refused");
    type_text(&mut s, "Mailbox, erneut am Freitag");
    let effects = save(&mut s, &[Key::ctrl('s')], &[]);
    let [Write::AddReferralEvent(ev)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!((ev.referral, ev.kind), (ReferralId(2), EventKind::NoteAdded));
    assert_eq!(s.records.events.last(), Some(ev));
    assert_eq!(s.records.referrals.len(), 4);
}

#[test]
fn jumping_to_the_client_and_to_the_offer() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4)), k(Code::Down), Key::ch('k')]);
    assert_eq!(s.screen, Screen::ClientView);
    assert_eq!(s.view.client, Some(1));
    assert_eq!(s.view.selected(&s.records).unwrap().id, ReferralId(1), "the referral it came from");
    press(&mut s, &[Key::ch('s')]);
    assert!(matches!(modal(&s).kind, modal::ModalKind::Referral(_)));
    press(&mut s, &[k(Code::Esc), k(Code::F(4)), Key::ch('o')]);
    assert_eq!(s.screen, Screen::Directory);
    assert_eq!(s.selected_offer().unwrap().id.as_str(), "vhs");
    assert_eq!(s.overlay, Some(Overlay::Card { scroll: 0 }));
}

#[test]
fn a_failed_write_keeps_the_form_and_changes_nothing() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4)), Key::ch('n')]);
    type_text(&mut s, "Rückruf");
    assert_eq!(update(&mut s, Msg::Key(Key::ctrl('s'))).effects.len(), 1);
    let err = SaveError { message: "Der Datenträger ist voll".into(), blocks_writes: true };
    answer(&mut s, Err(err));
    assert_eq!(modal(&s).form.text(M::Note), "Rückruf");
    assert_eq!(s.records.events.len(), 4);
    assert!(update(&mut s, Msg::Key(Key::ctrl('s'))).effects.is_empty(), "refused while read-only");
}

#[test]
fn the_client_view_acts_on_its_selected_referral_and_keeps_it_selected() {
    let mut s = with_log();
    go(&mut s, Go::Client { id: 1, select: Pick::Top });
    assert_eq!(s.view.selected(&s.records).unwrap().id, ReferralId(1), "open ones by next follow-up");
    // +14 days moves it behind referral 3 (follow-up 04.12.).
    let effects = save(&mut s, &[Key::ch('p'), k(Code::Down), Key::ctrl('s')], &[]);
    assert_eq!(effects.len(), 1);
    assert_eq!(s.screen, Screen::ClientView);
    assert_eq!(s.view.cursor.selected, 1);
    assert_eq!(s.view.selected(&s.records).unwrap().follow_up, Some(d(2026, 12, 9)));
    press(&mut s, &[k(Code::Up), Key::ch('n')]);
    type_text(&mut s, "Termin bei der ABH steht");
    let effects = save(&mut s, &[Key::ctrl('s')], &[]);
    let [Write::AddReferralEvent(ev)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(ev.referral, ReferralId(3));
}
