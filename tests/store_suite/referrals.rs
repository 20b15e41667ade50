//! The referral store keeps its three indexes consistent with the referrals under any
//! sequence of creating, changing, postponing, noting and closing (property test), and makes
//! every write durable (reopen).

use super::Backend;
use lotse::domain::referral::*;
use lotse::domain::timestamp::Timestamp;
use lotse::domain::{Date, Need, Offer, OfferId};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub enum Op {
    Create { client: u64, offer: usize, status: usize, urgent: bool },
    Change { which: usize, to: usize, note: bool, appt_days: i64 },
    Postpone { which: usize, days: i64 },
    Note { which: usize },
    NextDay(i64),
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1u64..4, 0usize..3, 0usize..6, any::<bool>())
            .prop_map(|(client, offer, status, urgent)| Op::Create { client, offer, status, urgent }),
        (0usize..20, 0usize..13, any::<bool>(), 0i64..30)
            .prop_map(|(which, to, note, appt_days)| Op::Change { which, to, note, appt_days }),
        (0usize..20, -3i64..40).prop_map(|(which, days)| Op::Postpone { which, days }),
        (0usize..20).prop_map(|which| Op::Note { which }),
        (1i64..20).prop_map(Op::NextDay),
    ]
}

fn offers() -> Vec<Offer> {
    ["o1", "o2", "o-3"]
        .iter()
        .map(|id| Offer::new(OfferId::parse(id).unwrap(), format!("Angebot {id}")))
        .collect()
}

/// Runs `ops` against a fresh store and a model of what it must hold.
pub fn indexes_stay_consistent(backend: &dyn Backend, ops: Vec<Op>) -> Result<(), TestCaseError> {
    let store = backend.open("db");
    let offers = offers();
    let mut now = Date::from_ymd(2026, 11, 2).unwrap().naive().and_hms_opt(9, 0, 0).unwrap();
    let mut model: BTreeMap<u64, Referral> = BTreeMap::new();
    let mut events: BTreeMap<u64, usize> = BTreeMap::new();
    for op in ops {
        let ts = Timestamp::from_naive(now);
        let today = ts.date();
        let pick = |which: usize| model.values().nth(which % model.len().max(1)).cloned();
        let result = match op {
            Op::Create { client, offer, status, urgent } => {
                // The store numbers new referrals; the placeholder 0 is replaced.
                let mut new = NewReferral::new(ReferralId(0), ClientId(client), Need::Spr);
                new.status = ReferralStatus::ALL[status];
                new.urgent = urgent;
                // With a time, so that the store's copy must carry it.
                new.appointment =
                    lotse::domain::TimeOfDay::from_hm(10, 30).map(|t| Appointment::at(today.add_days(3), t));
                if let Ok((mut r, ev)) = create(new, &offers[offer], urgent, ts, "MK") {
                    r.id = store.create_referrals(&[(r.clone(), ev)]).unwrap()[0];
                    *events.entry(r.id.0).or_default() += 1;
                    model.insert(r.id.0, r);
                }
                None
            }
            Op::Change { which, to, note, appt_days } => pick(which).and_then(|r| {
                let note = if note { "Rückruf" } else { "" };
                change_status(
                    &r,
                    ReferralStatus::ALL[to],
                    note,
                    true,
                    Some(Appointment::on(today.add_days(appt_days))),
                    ts,
                    "MK",
                )
                .ok()
            }),
            Op::Postpone { which, days } => {
                pick(which).and_then(|r| postpone(&r, Postpone::On(today.add_days(days)), "", ts, "MK").ok())
            }
            Op::Note { which } => {
                if let Some(ev) = pick(which).and_then(|r| add_note(&r, "angerufen", ts, "MK").ok()) {
                    store.add_referral_event(&ev).unwrap();
                    *events.entry(ev.referral.0).or_default() += 1;
                }
                None
            }
            Op::NextDay(d) => {
                now += chrono::Duration::days(d);
                None
            }
        };
        if let Some((r, ev)) = result {
            store.save_referrals(&[(r.clone(), ev)]).unwrap();
            *events.entry(r.id.0).or_default() += 1;
            model.insert(r.id.0, r);
        }
        prop_assert_eq!(store.check_consistency().unwrap(), Vec::<String>::new());
    }
    // The store holds exactly the model, the histories have every event, and the
    // indexes answer the same as a scan of the model.
    let stored: BTreeMap<u64, Referral> =
        store.all_referrals().unwrap().into_iter().map(|r| (r.id.0, r)).collect();
    prop_assert_eq!(&stored, &model);
    for (id, n) in &events {
        prop_assert_eq!(store.events_of(ReferralId(*id)).unwrap().len(), *n);
    }
    let today = Date::from_naive(now.date());
    let mut due: Vec<u64> = store.due_followups(today).unwrap().iter().map(|r| r.id.0).collect();
    due.sort();
    let expect: Vec<u64> = model.values().filter(|r| is_due(r, today)).map(|r| r.id.0).collect();
    prop_assert_eq!(due, expect);
    for c in 1..4 {
        let mut of: Vec<u64> = store.referrals_of(ClientId(c)).unwrap().iter().map(|r| r.id.0).collect();
        of.sort();
        let expect: Vec<u64> = model.values().filter(|r| r.client == ClientId(c)).map(|r| r.id.0).collect();
        prop_assert_eq!(of, expect);
    }
    let for_offer = store.referrals_for_offer(&offers[2].id).unwrap().len();
    prop_assert_eq!(for_offer, model.values().filter(|r| r.offer == offers[2].id).count());
    Ok(())
}

pub fn referrals_survive_a_reopen_with_their_history(backend: &dyn Backend) {
    let offer = &offers()[0];
    let now = Date::from_ymd(2026, 11, 25).unwrap().naive().and_hms_opt(9, 0, 0).unwrap();
    let id;
    {
        let store = backend.open("db");
        let (mut r, ev) = create(
            NewReferral::new(ReferralId(0), ClientId(7), Need::Ane),
            offer,
            false,
            Timestamp::from_naive(now),
            "MK",
        )
        .unwrap();
        id = store.create_referrals(&[(r.clone(), ev)]).unwrap()[0];
        r.id = id;
        let (r2, ev2) = change_status(
            &r,
            ReferralStatus::GoalAchieved,
            "",
            false,
            None,
            Timestamp::from_naive(now),
            "MK",
        )
        .unwrap();
        store.save_referrals(&[(r2, ev2)]).unwrap();
    }
    let store = backend.open("db");
    let r = store.referral(id).unwrap().unwrap();
    assert_eq!(r.status, ReferralStatus::GoalAchieved);
    assert_eq!(store.events_of(id).unwrap().len(), 2);
    assert!(store.due_followups(Date::from_ymd(2027, 12, 31).unwrap()).unwrap().is_empty());
    assert!(store.check_consistency().unwrap().is_empty());
}
