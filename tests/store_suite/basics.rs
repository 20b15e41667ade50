//! What every backend must do with plain records: keep them across a reopen, start with
//! default settings, hand out numbers in one step with the write, and skip offer numbers an
//! import already took.

use super::Backend;
use lotse::domain::client::{AnonymousContact, Caller, ContactChannel, FirstContact};
use lotse::domain::referral::*;
use lotse::domain::timestamp::Timestamp;
use lotse::domain::*;
use lotse::store::{Change, Seq};

fn day() -> Date {
    Date::from_ymd(2026, 11, 25).expect("date")
}

fn offer(id: &str, title: &str) -> Offer {
    let mut o = Offer::new(OfferId::parse(id).expect("id"), title);
    o.last_verified = Some(day());
    o
}

fn contact() -> AnonymousContact {
    AnonymousContact {
        id: 0,
        date: day(),
        channel: ContactChannel::Phone,
        language: None,
        caller: Caller::Client,
        group: CaseGroup::NotAssigned,
        needs: vec![Need::Arb],
        minutes: Some(5),
    }
}

pub fn offers_survive_a_reopen(backend: &dyn Backend) {
    {
        let store = backend.open("db");
        store.put_offers(&[offer("b", "Zwei"), offer("a", "Eins")]).expect("offers");
        store.put_offer(&offer("a", "Eins neu")).expect("offer");
    }
    let store = backend.open("db");
    let all = store.all_offers().expect("all");
    assert_eq!(all.iter().map(|o| o.title.as_str()).collect::<Vec<_>>(), ["Eins neu", "Zwei"], "id order");
    assert_eq!(store.offer(&OfferId::parse("b").expect("id")).expect("read").expect("there").title, "Zwei");
    assert!(store.offer(&OfferId::parse("c").expect("id")).expect("read").is_none());
    assert_eq!(store.offer_count().expect("count"), 2);
}

pub fn settings_default_then_persist(backend: &dyn Backend) {
    {
        let store = backend.open("db");
        assert_eq!(store.settings().expect("settings"), Settings::default());
        store.put_settings(&Settings::for_counsellor("M. Kaya")).expect("save");
    }
    assert_eq!(backend.open("db").settings().expect("settings").counsellor, "M. Kaya");
}

pub fn clients_and_contacts_survive_a_reopen_with_their_numbers(backend: &dyn Backend) {
    let (first, second);
    {
        let store = backend.open("db");
        first =
            store.create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Phone))).expect("c");
        second =
            store.create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Email))).expect("c");
        assert_eq!(store.create_contact(&contact()).expect("contact"), 1);
    }
    assert_eq!((first, second), (1, 2), "numbers start at 1 and follow each other");
    let store = backend.open("db");
    let clients = store.all_clients().expect("clients");
    assert_eq!(clients.iter().map(|c| c.id).collect::<Vec<_>>(), [1, 2], "stored under their new numbers");
    assert_eq!(store.client(2).expect("read"), Some(clients[1].clone()));
    assert_eq!(clients[1].contact.channel, ContactChannel::Email);
    assert!(store.client(3).expect("read").is_none());
    let contacts = store.all_contacts().expect("contacts");
    assert_eq!((contacts.len(), contacts[0].id, contacts[0].minutes), (1, 1, Some(5)));
    assert_eq!(store.counter(Seq::Client).expect("counter"), 2);
    assert_eq!(
        store.create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Phone))).expect("c"),
        3
    );
}

pub fn one_apply_hands_out_every_number_in_order(backend: &dyn Backend) {
    let store = backend.open("db");
    let o = offer("SPR-IK", "Integrationskurs");
    store.put_offer(&o).expect("offer");
    let ts = Timestamp::from_naive(day().naive().and_hms_opt(9, 0, 0).expect("time"));
    let referral = |placeholder: u64, need: Need| {
        create(NewReferral::new(ReferralId(placeholder), ClientId(1), need), &o, false, ts, "MK")
            .expect("referral")
    };
    // Two referrals; the second placeholder twice (one referral, two history entries).
    let (r2, ev2) = referral(8, Need::Arb);
    let second_entry = add_note(&r2, "Rückruf", ts, "MK").expect("note");
    let items = [referral(9, Need::Spr), (r2.clone(), ev2), (r2, second_entry)];
    let client = Client::new(0, FirstContact::new(day(), ContactChannel::Phone));
    let new_offer = offer("x", "Neu in Lotse");
    let applied = store
        .apply(&[
            Change::NewClient(&client),
            Change::NewReferrals(&items),
            Change::NewContact(&contact()),
            Change::NewOffer(&new_offer),
        ])
        .expect("apply");
    assert_eq!(applied.ids, vec![vec![1], vec![1, 2], vec![1], vec![1]]);
    assert_eq!(store.all_referrals().expect("referrals").len(), 2);
    assert_eq!(store.events_of(ReferralId(2)).expect("events").len(), 2);
    assert_eq!(store.events_of(ReferralId(1)).expect("events").len(), 1);
    assert_eq!(store.offer(&OfferId::numbered(1)).expect("read").expect("there").title, "Neu in Lotse");
    assert_eq!(store.all_clients().expect("clients").len(), 1);
    assert!(store.check_consistency().expect("check").is_empty());
}

pub fn a_new_offer_skips_numbers_an_import_already_took(backend: &dyn Backend) {
    let store = backend.open("db");
    store.put_offers(&[offer("O-0001", "importiert"), offer("O-0002", "auch")]).expect("import");
    let (id, n) = store.create_offer(&offer("x", "neu")).expect("new");
    assert_eq!((id.as_str(), n), ("O-0003", 3));
    assert_eq!(store.offer(&id).expect("read").expect("there").title, "neu");
    assert_eq!(
        store.offer(&OfferId::parse("O-0001").expect("id")).expect("read").expect("there").title,
        "importiert"
    );
}

pub fn contents_count_what_is_stored(backend: &dyn Backend) {
    use lotse::store::Kind;
    let store = backend.open("db");
    assert!(store.contents().expect("contents").is_empty(), "a new store is empty");
    store.put_offers(&[offer("a", "A"), offer("b", "B")]).expect("offers");
    store.create_contact(&contact()).expect("contact");
    let contents = store.contents().expect("contents");
    assert!(contents.contains(&(Kind::Offer, 2)), "{contents:?}");
    assert!(contents.contains(&(Kind::Contact, 1)), "{contents:?}");
    assert!(!contents.iter().any(|(k, _)| *k == Kind::Client), "{contents:?}");
}

/// Optimistic versioning: two forms loaded from the same client (or offer); the first save
/// goes in, the second is refused naming what changed in between, and stores nothing.
pub fn a_save_from_a_stale_form_is_refused_naming_what_changed(backend: &dyn Backend) {
    use lotse::domain::client::SensitiveText;
    use lotse::store::StoreError;
    let store = backend.open("db");
    let id = store
        .create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Phone)))
        .expect("client");
    let base = store.client(id).expect("read").expect("there");
    let mut first = base.clone();
    first.notes = SensitiveText::new("erste Notiz");
    store.apply(&[Change::ClientIf { client: &first, base: &base }]).expect("the first save goes in");
    let mut second = base.clone();
    second.needs = vec![Need::Arb];
    let err = store.apply(&[Change::ClientIf { client: &second, base: &base }]).expect_err("refused");
    let StoreError::Conflict { ref fields, ref what, .. } = err else { panic!("{err:?}") };
    assert_eq!(
        (fields.as_slice(), what.as_str()),
        (&["notes".to_string()][..], format!("K-{id:04}").as_str())
    );
    let msg = err.message(lotse::i18n::Lang::De);
    assert!(msg.contains("notes") && msg.contains("anderen Platz") && !msg.contains("erste Notiz"), "{msg}");
    assert_eq!(store.client(id).expect("read").expect("there"), first, "nothing of the second stored");
    // Saved again from the new version, it goes in.
    let mut again = first.clone();
    again.needs = vec![Need::Arb];
    store.apply(&[Change::ClientIf { client: &again, base: &first }]).expect("from the new version");

    let offer = Offer::new(OfferId::parse("ABH").expect("id"), "Ausländerbehörde");
    store.put_offer(&offer).expect("offer");
    let mut a = offer.clone();
    a.phone = "0361 1".into();
    let mut b = offer.clone();
    b.title = "Ausländerbehörde Jena".into();
    store.apply(&[Change::OfferIf { offer: &a, base: &offer }]).expect("first");
    let err = store.apply(&[Change::OfferIf { offer: &b, base: &offer }]).expect_err("refused");
    assert!(
        matches!(&err, StoreError::Conflict { fields, .. } if fields == &["phone".to_string()]),
        "{err:?}"
    );
    assert_eq!(store.offer(&offer.id).expect("read").expect("there"), a);

    store.erase_client(id).expect("erase").expect("there");
    let err = store.apply(&[Change::ClientIf { client: &again, base: &again }]).expect_err("erased");
    assert!(matches!(&err, StoreError::Conflict { fields, .. } if fields.is_empty()), "{err:?}");
    assert!(store.client(id).expect("read").is_none(), "an erased client does not come back");
}

/// The forms open when Lotse stopped (issue 16): kept across a reopen, cleared, never a record
/// of a backup, and dropped by an erasure (a draft may hold the person's data).
pub fn drafts_are_kept_cleared_and_dropped_by_an_erasure(backend: &dyn Backend) {
    use lotse::store::{Draft, DraftField, DraftForm, DraftValue, Drafts};
    let drafts = Drafts {
        saved: "04.12.2026 09:30".into(),
        items: vec![Draft {
            form: DraftForm::Intake,
            target: String::new(),
            focus: "Pseudonym".into(),
            fields: vec![DraftField { key: "Pseudonym".into(), value: DraftValue::Text("Kornblume".into()) }],
        }],
    };
    let store = backend.open("db");
    assert_eq!(store.drafts().expect("read"), None);
    store.put_drafts(Some(&drafts)).expect("keep");
    assert!(store.export_records().expect("export").is_empty(), "a draft is no record of a backup");
    drop(store);
    let store = backend.open("db");
    assert_eq!(store.drafts().expect("read"), Some(drafts.clone()));
    store.put_drafts(None).expect("clear");
    assert_eq!(store.drafts().expect("read"), None);
    store.put_drafts(None).expect("clearing nothing is fine");
    let id = store
        .create_client(&lotse::domain::Client::new(
            0,
            lotse::domain::client::FirstContact::new(
                lotse::domain::Date::from_ymd(2026, 12, 1).expect("date"),
                lotse::domain::client::ContactChannel::Phone,
            ),
        ))
        .expect("client");
    store.put_drafts(Some(&drafts)).expect("keep");
    store.erase_client(id).expect("erase").expect("there");
    assert_eq!(store.drafts().expect("read"), None, "the erasure drops the drafts");
}
