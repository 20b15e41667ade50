//! Data protection in the screen, driven by keys: erasing a client from the client view (asks
//! first), the person's copy, a record's audit trail, the data protection screen with its
//! filter and the anonymisation of the records due, and the F12 settings.

use super::tests_log::{base, d, k};
use super::*;
use crate::app::effect::Payload;
use crate::app::tests::{answer, press, type_text, writes};
use crate::domain::audit::{AuditAction, AuditEntry, Subject};
use crate::domain::client::{ContactChannel, FirstContact};
use crate::domain::{Client, Need, Timestamp};
use crate::store::Erased;

fn view_of(s: &mut State, id: u64) {
    go(s, Go::Client { id, select: nav::Pick::Top });
    assert_eq!(s.screen, Screen::ClientView);
}

fn entry(id: u64, subject: Subject, action: AuditAction, who: &str) -> AuditEntry {
    let at = Timestamp::from_naive(d(2026, 11, 20).naive().and_hms_opt(9, id as u32 % 24, 0).unwrap());
    AuditEntry { id, at, who: who.into(), subject, action, fields: vec!["notes".into()] }
}

fn flash(s: &State) -> String {
    s.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default()
}

#[test]
fn erasing_from_the_client_view_asks_then_erases_and_forgets_the_client() {
    let mut s = base();
    let (r, ev) =
        super::tests_log::made(&s, 5, 1, 0, d(2026, 11, 2), crate::domain::ReferralStatus::InformationGiven);
    super::tests_log::with_referrals(&mut s, vec![(r, ev)]);
    s.current_client = Some(1);
    view_of(&mut s, 1);
    let asked = writes(update(&mut s, Msg::Key(Key::ch('l'))));
    assert!(asked.is_empty(), "nothing is erased before the answer: {asked:?}");
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("a question: {:?}", s.overlay) };
    assert!(question.contains("K-0001") && question.contains("1 Verweis"), "{question}");
    // "no" erases nothing.
    assert!(writes(update(&mut s, Msg::Key(Key::ch('n')))).is_empty());
    assert_eq!(s.records.clients.len(), 2);
    update(&mut s, Msg::Key(Key::ch('l')));
    let w = writes(update(&mut s, Msg::Key(Key::ch('j'))));
    assert_eq!(w, vec![Write::EraseClient(1)]);
    answer(
        &mut s,
        Ok(Done { payload: Payload::Erased(Erased { referrals: 1, events: 1 }), ..Done::default() }),
    );
    assert!(s.records.client(1).is_none());
    assert!(s.records.referrals.iter().all(|r| r.client.0 != 1) && s.records.events.is_empty());
    assert_eq!(s.current_client, None, "an erased client is no longer current");
    assert_eq!(s.screen, Screen::Clients);
    assert!(flash(&s).contains("K-0001 gelöscht"), "{}", flash(&s));
    assert_eq!(s.clients.hits.len(), 1, "the list shows the one client left");
}

#[test]
fn a_refused_erasure_keeps_everything_and_says_why() {
    let mut s = base();
    view_of(&mut s, 2);
    update(&mut s, Msg::Key(Key::ch('l')));
    update(&mut s, Msg::Key(Key::ch('j')));
    answer(&mut s, Err(SaveError { message: "Festplatte voll".into(), blocks_writes: true }));
    assert!(s.records.client(2).is_some());
    assert_eq!(s.screen, Screen::ClientView);
    assert_eq!(flash(&s), "Festplatte voll");
}

#[test]
fn the_persons_copy_is_written_from_the_client_view_and_names_its_files() {
    let mut s = base();
    view_of(&mut s, 2);
    let w = writes(update(&mut s, Msg::Key(Key::ch('k'))));
    assert_eq!(w, vec![Write::PersonCopy { client: 2, lang: crate::i18n::Lang::De, today: d(2026, 11, 25) }]);
    let files = vec!["/x/auskunft-K-0002.txt".into(), "/x/auskunft-K-0002.json".into()];
    answer(&mut s, Ok(Done { payload: Payload::Files(files), ..Done::default() }));
    let f = flash(&s);
    assert!(f.contains("K-0002 in /x") && f.contains("auskunft-K-0002.txt und .json"), "{f}");
}

#[test]
fn a_records_trail_opens_filtered_to_it_and_esc_goes_back() {
    let mut s = base();
    view_of(&mut s, 1);
    let w = writes(update(&mut s, Msg::Key(Key::ch('h'))));
    assert_eq!(s.screen, Screen::Audit);
    assert_eq!(w, vec![Write::ReadAudit]);
    assert_eq!(s.audit.filter.value(), "K-0001");
    let trail = vec![
        entry(1, Subject::Client(1), AuditAction::Created, "AB"),
        entry(2, Subject::Client(2), AuditAction::Created, "AB"),
        entry(3, Subject::Referral { id: 5, client: 1 }, AuditAction::Changed, "CD"),
        entry(4, Subject::Offer("vhs".into()), AuditAction::Changed, "AB"),
    ];
    answer(&mut s, Ok(Done { payload: Payload::Audit(trail), ..Done::default() }));
    let shown: Vec<u64> = s.audit.hits.iter().map(|&i| s.audit.entries[i].id).collect();
    assert_eq!(shown, vec![3, 1], "the client and their referral, newest first");
    // More words narrow it: only what CD did.
    type_text(&mut s, " cd");
    let shown: Vec<u64> = s.audit.hits.iter().map(|&i| s.audit.entries[i].id).collect();
    assert_eq!(shown, vec![3]);
    press(&mut s, &[Key::ctrl('u')]);
    assert_eq!(s.audit.hits.len(), 4, "without a filter, the whole trail");
    press(&mut s, &[k(Code::Esc)]);
    assert_eq!(s.screen, Screen::ClientView);
    assert_eq!(s.view.client, Some(1));
}

#[test]
fn an_offers_trail_opens_from_its_card() {
    let mut s = base();
    press(&mut s, &[k(Code::Enter)]);
    assert!(matches!(s.overlay, Some(Overlay::Card { .. })));
    let id = s.selected_offer().map(|o| o.id.to_string()).expect("an offer selected");
    let w = writes(update(&mut s, Msg::Key(Key::ctrl('l'))));
    assert_eq!(w, vec![Write::ReadAudit]);
    assert_eq!(s.screen, Screen::Audit);
    assert_eq!(s.audit.filter.value(), id);
    press(&mut s, &[k(Code::Esc)]);
    assert_eq!(s.screen, Screen::Directory);
    assert!(matches!(s.overlay, Some(Overlay::Card { .. })), "back on the card");
}

#[test]
fn the_data_protection_screen_anonymises_the_records_due_after_one_question() {
    let mut s = base();
    // K-0003: last contact in 2023, no open referral: due after 24 months.
    let mut old = Client::new(3, FirstContact::new(d(2023, 5, 10), ContactChannel::Phone));
    old.updated = d(2023, 5, 10);
    old.needs = vec![Need::Woh];
    s.records.clients.push(old.clone());
    go(&mut s, Go::Home(action::ScreenKey::Clients));
    let w = writes(update(&mut s, Msg::Key(Key::ctrl('d'))));
    assert_eq!((s.screen, w), (Screen::Audit, vec![Write::ReadAudit]));
    answer(&mut s, Ok(Done { payload: Payload::Audit(Vec::new()), ..Done::default() }));
    assert!(writes(update(&mut s, Msg::Key(Key::ctrl('a')))).is_empty(), "asks first");
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("a question") };
    assert!(question.contains("1 Datensätze"), "{question}");
    let w = writes(update(&mut s, Msg::Key(Key::ch('j'))));
    assert_eq!(w, vec![Write::Anonymise { ids: vec![3], today: d(2026, 11, 25) }]);
    let anonymised = crate::domain::retention::anonymise_client(&old, d(2026, 11, 25));
    let out = answer(
        &mut s,
        Ok(Done {
            payload: Payload::Records {
                clients: vec![anonymised.clone()],
                referrals: vec![],
                events: vec![],
            },
            ..Done::default()
        }),
    );
    assert_eq!(s.records.client(3), Some(&anonymised));
    assert_eq!(s.records.clients.len(), 3);
    assert!(flash(&s).contains("1 Datensätze anonymisiert"), "{}", flash(&s));
    assert_eq!(writes(out), vec![Write::ReadAudit], "the trail is read again");
    // Nothing is due any more.
    assert!(crate::privacy::due_ids(&s.records, 24, s.today()).is_empty());
    update(&mut s, Msg::Key(Key::ctrl('a')));
    assert!(flash(&s).contains("Nichts"), "{}", flash(&s));
}

#[test]
fn f12_sets_the_retention_period_and_the_idle_time() {
    let mut s = base();
    press(&mut s, &[k(Code::F(12))]);
    let Some(Overlay::Modal(m)) = &s.overlay else { panic!("the settings form") };
    assert!(m.form.index_of(modal::ModalField::Retention).is_some());
    // Name, then the retention period (overtyped), then the idle minutes.
    press(&mut s, &[k(Code::Tab)]);
    type_text(&mut s, "36");
    press(&mut s, &[k(Code::Tab)]);
    type_text(&mut s, "0");
    let w = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::SaveSettings(set)] = w.as_slice() else { panic!("{w:?}") };
    assert_eq!((set.retention_months, set.idle_minutes, set.counsellor.as_str()), (36, 0, "AB"));
    // Out of bounds is refused in the form.
    press(&mut s, &[k(Code::F(12)), k(Code::Tab)]);
    type_text(&mut s, "500");
    assert!(writes(update(&mut s, Msg::Key(Key::ctrl('s')))).is_empty());
}
