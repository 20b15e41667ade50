//! Erasure (Art. 17): a client goes with every referral and history entry; nobody else's
//! records change; the store stays consistent and keeps working.

use super::Backend;
use lotse::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};
use lotse::domain::referral::*;
use lotse::domain::timestamp::Timestamp;
use lotse::domain::*;

pub const CANARIES: [&str; 5] = [
    "Zyxwerta Quonkel",
    "+49 151 98765432",
    "quonkel@example.invalid",
    "Kanarienvogel-Notiz",
    "Vermerk-Xylophon",
];

fn day() -> Date {
    Date::from_ymd(2026, 11, 25).expect("date")
}

/// A named client with canary values in every personal field and a referral with a note.
pub fn client_with_canaries(store: &dyn lotse::store::Store, offer: &Offer) -> (u64, ReferralId) {
    let mut c = Client::new(0, FirstContact::new(day(), ContactChannel::Phone));
    c.identity = Identity::Named {
        name: Some(SensitiveText::new(CANARIES[0])),
        phone: Some(SensitiveText::new(CANARIES[1])),
        email: Some(SensitiveText::new(CANARIES[2])),
    };
    c.notes = SensitiveText::new(CANARIES[3]);
    let id = store.create_client(&c).expect("client");
    let ts = Timestamp::from_naive(day().naive().and_hms_opt(9, 0, 0).expect("time"));
    let (r, ev) = create(NewReferral::new(ReferralId(0), ClientId(id), Need::Spr), offer, false, ts, "MK")
        .expect("referral");
    let rid = store.create_referrals(&[(r.clone(), ev)]).expect("save")[0];
    let r = Referral { id: rid, ..r };
    store.add_referral_event(&add_note(&r, CANARIES[4], ts, "MK").expect("note")).expect("note");
    (id, rid)
}

pub fn offer() -> Offer {
    Offer::new(OfferId::parse("SPR-IK").expect("id"), "Integrationskurs")
}

pub fn erasure_removes_the_client_and_everything_of_theirs(backend: &dyn Backend) {
    let store = backend.open("db");
    let o = offer();
    store.put_offer(&o).expect("offer");
    let (other, other_ref) = client_with_canaries(&*store, &o);
    let (id, rid) = client_with_canaries(&*store, &o);
    let other_before = (store.client(other).expect("read"), store.events_of(other_ref).expect("events"));

    let traces_before = store.all_traces().expect("traces").len();
    let erased = store.erase_client(id).expect("erase").expect("there");
    assert_eq!((erased.referrals, erased.events), (1, 2), "created + note");
    // What the figures need stays: one anonymous trace, written with the erasure.
    let traces = store.all_traces().expect("traces");
    assert_eq!(traces.len(), traces_before + 1, "the erasure leaves one statistical trace");
    let debug = format!("{traces:?}");
    assert!(CANARIES.iter().all(|c| !debug.contains(c)), "the trace holds nothing of the person");
    assert!(store.client(id).expect("read").is_none());
    assert!(store.referral(rid).expect("read").is_none());
    assert!(store.events_of(rid).expect("events").is_empty());
    assert!(store.referrals_of(ClientId(id)).expect("index").is_empty());
    assert_eq!(store.referrals_for_offer(&o.id).expect("index").len(), 1, "only the other client's");
    assert_eq!(
        (store.client(other).expect("read"), store.events_of(other_ref).expect("events")),
        other_before
    );
    assert!(store.check_consistency().expect("check").is_empty());
    assert!(store.erase_client(id).expect("erase again").is_none(), "nothing left to erase");
    // The store keeps working, and the numbers go on (an erased number is never given again).
    let next =
        store.create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Email))).expect("new");
    assert!(next > id);
    drop(store);
    let store = backend.open("db");
    assert!(store.client(id).expect("read").is_none());
    assert_eq!(store.all_clients().expect("clients").len(), 2);
}
