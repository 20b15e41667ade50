//! Every id Lotse hands out survives a backup and a restore (issue 14): after restoring into
//! an empty database, new clients, contacts, referrals, events and offers get numbers after the
//! restored ones, and nothing restored is replaced. The same for a backup written by the
//! release before the counters were records (`tests/fixtures/backup_release1.lotsebak`).

use super::Backend;
use lotse::domain::client::{AnonymousContact, Caller, ContactChannel, FirstContact};
use lotse::domain::referral::*;
use lotse::domain::timestamp::Timestamp;
use lotse::domain::*;
use lotse::store::{Seq, Store, backup};
use std::path::PathBuf;

fn day() -> Date {
    Date::from_ymd(2026, 11, 20).expect("date")
}

fn at(hour: u32) -> Timestamp {
    Timestamp::from_naive(day().naive().and_hms_opt(hour, 0, 0).expect("time"))
}

/// Everything a database holds, in a comparable form.
#[derive(Debug, Clone, PartialEq)]
struct Contents {
    clients: Vec<Client>,
    contacts: Vec<AnonymousContact>,
    referrals: Vec<Referral>,
    /// Each referral's history, in order.
    events: Vec<(u64, Vec<ReferralEvent>)>,
    offers: Vec<Offer>,
    settings: Settings,
    audit: Vec<lotse::domain::audit::AuditEntry>,
    consultations: Vec<Consultation>,
    gaps: Vec<Gap>,
    misses: Vec<SearchMiss>,
}

fn contents(store: &dyn Store) -> Contents {
    let referrals = store.all_referrals().expect("referrals");
    let events = referrals.iter().map(|r| (r.id.0, store.events_of(r.id).expect("events"))).collect();
    Contents {
        clients: store.all_clients().expect("clients"),
        contacts: store.all_contacts().expect("contacts"),
        referrals,
        events,
        offers: store.all_offers().expect("offers"),
        settings: store.settings().expect("settings"),
        audit: store.audit_log().expect("audit"),
        consultations: store.all_consultations().expect("consultations"),
        gaps: store.all_gaps().expect("gaps"),
        misses: store.all_search_misses().expect("misses"),
    }
}

fn contact(minutes: u16) -> AnonymousContact {
    AnonymousContact {
        id: 0,
        date: day(),
        channel: ContactChannel::Phone,
        language: None,
        caller: Caller::Client,
        group: CaseGroup::NotAssigned,
        needs: vec![Need::Spr],
        minutes: Some(minutes),
    }
}

fn base_offer(title: &str) -> Offer {
    let mut o = Offer::new(OfferId::parse("PLACEHOLDER").expect("id"), title);
    o.needs = vec![Need::Spr].into();
    o.last_verified = Some(day());
    o
}

/// One new record of every kind, as the screen makes them: a client, a short contact, a
/// referral for that client (with a note and a status change), an offer made in Lotse, a
/// follow-up consultation, a gap and a search without result.
/// Returns the new client's number and the new referral's.
fn add_one_of_each(store: &dyn Store, offer: &Offer, tag: &str) -> (u64, ReferralId) {
    let mut client = Client::new(0, FirstContact::new(day(), ContactChannel::Email));
    client.notes = client::SensitiveText::new(tag);
    let client_id = store.create_client(&client).expect("client");
    store.create_contact(&contact(7)).expect("contact");
    let (r, ev) =
        create(NewReferral::new(ReferralId(0), ClientId(client_id), Need::Spr), offer, false, at(9), "T")
            .expect("referral");
    let id = store.create_referrals(&[(r.clone(), ev)]).expect("save referral")[0];
    let r = Referral { id, ..r };
    store.add_referral_event(&add_note(&r, tag, at(10), "T").expect("note")).expect("save note");
    let changed =
        change_status(&r, ReferralStatus::Waitlisted, "", false, None, at(11), "T").expect("status");
    store.save_referrals(&[changed]).expect("save status");
    store.create_offer(&base_offer(&format!("Angebot {tag}"))).expect("offer");
    let mut k = Consultation::new(client_id, day(), ContactChannel::Phone);
    k.outcomes = vec![Outcome::JobTaken];
    store.create_consultation(&k).expect("consultation");
    store.create_gap(&Gap::new(day(), Need::Woh)).expect("gap");
    store.count_search_miss(YearMonth::of(day()), Need::Woh, tag).expect("miss");
    (client_id, id)
}

/// The restored records are all still there, unchanged, beside exactly the new ones, and the
/// indexes agree with the referrals.
fn check_after_new_records(before: &Contents, store: &dyn Store, new_client: u64, new_referral: ReferralId) {
    let after = contents(store);
    for c in &before.clients {
        assert_eq!(after.clients.iter().find(|x| x.id == c.id), Some(c), "client {} changed", c.id);
    }
    for c in &before.contacts {
        assert_eq!(after.contacts.iter().find(|x| x.id == c.id), Some(c), "contact {} changed", c.id);
    }
    for r in &before.referrals {
        assert_eq!(after.referrals.iter().find(|x| x.id == r.id), Some(r), "referral {} changed", r.id.0);
    }
    for (id, evs) in &before.events {
        let now = &after.events.iter().find(|(x, _)| x == id).expect("history kept").1;
        assert_eq!(now, evs, "history of referral {id} changed");
    }
    for o in &before.offers {
        assert_eq!(after.offers.iter().find(|x| x.id == o.id), Some(o), "offer {} changed", o.id);
    }
    assert_eq!(after.settings, before.settings);
    assert_eq!(after.audit[..before.audit.len()], before.audit[..], "the trail is only appended to");
    assert!(after.audit.len() > before.audit.len());
    assert_eq!(after.clients.len(), before.clients.len() + 1);
    assert_eq!(after.contacts.len(), before.contacts.len() + 1);
    assert_eq!(after.referrals.len(), before.referrals.len() + 1);
    assert_eq!(after.offers.len(), before.offers.len() + 1);
    assert_eq!(after.consultations.len(), before.consultations.len() + 1);
    assert_eq!(after.gaps.len(), before.gaps.len() + 1);
    assert_eq!(after.misses.len(), before.misses.len() + 1);
    for k in &before.consultations {
        assert_eq!(
            after.consultations.iter().find(|x| x.id == k.id),
            Some(k),
            "consultation {} changed",
            k.id
        );
    }
    for g in &before.gaps {
        assert_eq!(after.gaps.iter().find(|x| x.id == g.id), Some(g), "gap {} changed", g.id);
    }
    assert!(before.misses.iter().all(|m| after.misses.contains(m)));
    let events = |c: &Contents| c.events.iter().map(|(_, e)| e.len()).sum::<usize>();
    assert_eq!(events(&after), events(before) + 3, "created, note, status change");
    assert!(before.clients.iter().all(|c| c.id < new_client));
    assert!(before.referrals.iter().all(|r| r.id < new_referral));
    // The new referral is the new client's, and only theirs.
    let of_new: Vec<ReferralId> =
        store.referrals_of(ClientId(new_client)).expect("index").iter().map(|r| r.id).collect();
    assert_eq!(of_new, vec![new_referral]);
    for c in &before.clients {
        let was: Vec<_> = before.referrals.iter().filter(|r| r.client.0 == c.id).map(|r| r.id).collect();
        let now: Vec<_> = store.referrals_of(ClientId(c.id)).expect("index").iter().map(|r| r.id).collect();
        assert_eq!(now, was, "referrals of client {}", c.id);
    }
    assert_eq!(store.check_consistency().expect("check"), Vec::<String>::new());
}

pub fn every_kind_of_record_survives_backup_restore_and_new_records_follow_it(backend: &dyn Backend) {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = backend.open("a");
    let offer = base_offer("Integrationskurs");
    let offer = Offer { id: OfferId::parse("SPR-IK").expect("id"), ..offer };
    source.put_offers(std::slice::from_ref(&offer)).expect("offer");
    source.put_settings(&Settings::for_counsellor("MK")).expect("settings");
    for n in 0..3 {
        add_one_of_each(&*source, &offer, &format!("alt {n}"));
    }
    let file = dir.path().join("b.lotsebak");
    backup::backup(&*source, &file, 1_795_000_000).expect("backup");
    let before = contents(&*source);
    assert_eq!(before.clients.len(), 3);
    assert_eq!(before.referrals.len(), 3);

    let target = backend.open("b");
    let report = backup::restore(&*target, &file).expect("restore");
    assert!(report.counters.is_empty(), "the counters travel in the backup: {:?}", report.counters);
    assert_eq!(contents(&*target), before);
    let (client, referral) = add_one_of_each(&*target, &offer, "neu");
    check_after_new_records(&before, &*target, client, referral);
    // And again after a reopen: the counters are durable.
    drop(target);
    let target = backend.open("b");
    assert!(target.repairs().is_empty());
    let before = contents(&*target);
    let (client, referral) = add_one_of_each(&*target, &offer, "noch einer");
    check_after_new_records(&before, &*target, client, referral);
}

fn release1_fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup_release1.lotsebak")
}

pub fn a_backup_of_the_release_before_counters_restores_safely(backend: &dyn Backend) {
    let target = backend.open("db");
    let report = backup::restore(&*target, &release1_fixture()).expect("restore");
    // That release kept every counter but the clients' outside the trees: they are raised.
    let raised: Vec<Seq> = report.counters.iter().map(|c| c.seq).collect();
    for seq in [Seq::Referral, Seq::ReferralEvent, Seq::Contact, Seq::Offer] {
        assert!(raised.contains(&seq), "{seq:?} not raised: {raised:?}");
    }
    let before = contents(&*target);
    assert_eq!(
        (before.clients.len(), before.contacts.len(), before.referrals.len(), before.offers.len()),
        (3, 2, 5, 6)
    );
    assert_eq!(target.check_consistency().expect("check"), Vec::<String>::new());
    let offer = before.offers.iter().find(|o| o.id.as_str() == "SPR-BSK-B2").expect("offer").clone();
    let (client, referral) = add_one_of_each(&*target, &offer, "nach Umzug");
    check_after_new_records(&before, &*target, client, referral);
    assert_eq!(target.counter(Seq::Offer).expect("counter"), 18, "after O-0017 of the fixture");
}
