//! Referrals, their append-only events and the three indexes, always written together in one
//! sled transaction and made durable before the caller reports success.
//!
//! Key layouts (ids big-endian so that byte order is number order):
//! - `referrals`:          referral id (u64) → `Referral`
//! - `referral_events`:    referral id (u64) ++ event id (u64) → `ReferralEvent`
//! - `client_referrals`:   client id (u64) ++ referral id (u64) → empty
//! - `offer_referrals`:    offer id (UTF-8) ++ 0x00 ++ referral id (u64) → empty
//! - `followup_referrals`: follow-up day (u32, sign-flipped day number) ++ referral id → empty;
//!   only open referrals with a follow-up date are in it.

use super::counters::{self, Seq};
use super::{Result, Store, codec};
use crate::domain::referral::{ClientId, Referral, ReferralEvent, ReferralId};
use crate::domain::{Date, OfferId};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};

fn client_key(client: ClientId, id: ReferralId) -> Vec<u8> {
    [client.0.to_be_bytes(), id.0.to_be_bytes()].concat()
}

fn offer_key(offer: &OfferId, id: ReferralId) -> Vec<u8> {
    let mut k = offer.as_str().as_bytes().to_vec();
    k.push(0);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

fn day_bytes(d: Date) -> [u8; 4] {
    ((d.day_number() as u32) ^ 0x8000_0000).to_be_bytes()
}

fn followup_key(d: Date, id: ReferralId) -> Vec<u8> {
    [&day_bytes(d)[..], &id.0.to_be_bytes()].concat()
}

fn event_key(ev: &ReferralEvent, event_id: u64) -> Vec<u8> {
    [ev.referral.0.to_be_bytes(), event_id.to_be_bytes()].concat()
}

/// The last 8 bytes of an index key: the referral id.
fn id_suffix(key: &[u8]) -> Option<ReferralId> {
    let tail: [u8; 8] = key.get(key.len().checked_sub(8)?..)?.try_into().ok()?;
    Some(ReferralId(u64::from_be_bytes(tail)))
}

type Tx<'a> = (
    &'a TransactionalTree,
    &'a TransactionalTree,
    &'a TransactionalTree,
    &'a TransactionalTree,
    &'a TransactionalTree,
);

/// Writes the referral and its index entries inside a transaction, replacing the old
/// follow-up entry. Pure with respect to the outside world: it may run more than once.
fn put_in_tx(
    (refs, _, by_client, by_offer, by_followup): Tx<'_>,
    r: &Referral,
    bytes: &[u8],
) -> std::result::Result<(), ConflictableTransactionError<codec::CodecError>> {
    let key = r.id.0.to_be_bytes();
    if let Some(old) = refs.get(key)? {
        let old: Referral = codec::decode(&old).map_err(ConflictableTransactionError::Abort)?;
        if let Some(d) = old.follow_up {
            by_followup.remove(followup_key(d, old.id))?;
        }
    }
    refs.insert(&key, bytes)?;
    by_client.insert(client_key(r.client, r.id), &[][..])?;
    by_offer.insert(offer_key(&r.offer, r.id), &[][..])?;
    if let (true, Some(d)) = (r.is_open(), r.follow_up) {
        by_followup.insert(followup_key(d, r.id), &[][..])?;
    }
    Ok(())
}

/// Referrals with their events, encoded, ready to go into one transaction.
type Encoded<'a> = Vec<(&'a Referral, Vec<u8>, &'a ReferralEvent)>;

impl Store {
    /// Stores new referrals with their first history entries in one transaction, then commits.
    /// Each referral gets the next referral number and each event the next event number inside
    /// that transaction; items that share a referral id (a referral with several events, as the
    /// demo builds them) share the new number. Returns the new numbers in order of first
    /// appearance.
    pub fn create_referrals(&self, items: &[(Referral, ReferralEvent)]) -> Result<Vec<ReferralId>> {
        let trees = (
            &self.meta,
            &self.referrals,
            &self.referral_events,
            &self.client_referrals,
            &self.offer_referrals,
            &self.followup_referrals,
        );
        let ids = trees
            .transaction(|(meta, a, b, c, d, e)| {
                let mut given: Vec<(ReferralId, ReferralId)> = Vec::new();
                for (r, ev) in items {
                    let id = match given.iter().find(|(old, _)| *old == r.id) {
                        Some((_, new)) => *new,
                        None => {
                            let new = ReferralId(counters::take(meta, Seq::Referral)?);
                            given.push((r.id, new));
                            new
                        }
                    };
                    let (mut r, mut ev) = (r.clone(), ev.clone());
                    r.id = id;
                    ev.referral = id;
                    let rb = codec::encode(&r).map_err(ConflictableTransactionError::Abort)?;
                    let eb = codec::encode(&ev).map_err(ConflictableTransactionError::Abort)?;
                    put_in_tx((a, b, c, d, e), &r, &rb)?;
                    b.insert(event_key(&ev, counters::take(meta, Seq::ReferralEvent)?), eb)?;
                }
                Ok(given.into_iter().map(|(_, new)| new).collect::<Vec<_>>())
            })
            .map_err(|e| self.tx_err("referrals", e))?;
        self.commit()?;
        Ok(ids)
    }

    /// Writes changed referrals with their new events and all index entries in one
    /// transaction (event numbers taken inside it), then commits. Either everything is stored
    /// or nothing.
    pub fn save_referrals(&self, items: &[(Referral, ReferralEvent)]) -> Result<()> {
        let mut encoded: Encoded<'_> = Vec::with_capacity(items.len());
        for (r, ev) in items {
            let rb = codec::encode(r).map_err(|e| self.corrupt(format!("referrals/{}", r.id.0), e))?;
            encoded.push((r, rb, ev));
        }
        let trees = (
            &self.meta,
            &self.referrals,
            &self.referral_events,
            &self.client_referrals,
            &self.offer_referrals,
            &self.followup_referrals,
        );
        trees
            .transaction(|(meta, a, b, c, d, e)| {
                for (r, rb, ev) in &encoded {
                    put_in_tx((a, b, c, d, e), r, rb)?;
                    let eb = codec::encode(*ev).map_err(ConflictableTransactionError::Abort)?;
                    b.insert(event_key(ev, counters::take(meta, Seq::ReferralEvent)?), eb)?;
                }
                Ok(())
            })
            .map_err(|e| self.tx_err("referrals", e))?;
        self.commit()
    }

    /// Appends an event that does not change the referral itself (a note), numbered in the
    /// same transaction.
    pub fn add_referral_event(&self, ev: &ReferralEvent) -> Result<()> {
        let eb =
            codec::encode(ev).map_err(|e| self.corrupt(format!("referral_events/{}", ev.referral.0), e))?;
        (&self.meta, &self.referral_events)
            .transaction(|(meta, events)| {
                events.insert(event_key(ev, counters::take(meta, Seq::ReferralEvent)?), eb.as_slice())?;
                Ok(())
            })
            .map_err(|e| self.tx_err("referral_events", e))?;
        self.commit()
    }

    pub fn referral(&self, id: ReferralId) -> Result<Option<Referral>> {
        let v = self.referrals.get(id.0.to_be_bytes()).map_err(|e| self.sled_err(e))?;
        v.map(|v| codec::decode(&v).map_err(|e| self.corrupt(format!("referrals/{}", id.0), e))).transpose()
    }

    pub fn all_referrals(&self) -> Result<Vec<Referral>> {
        let mut out = Vec::new();
        for item in self.referrals.iter() {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            let id = id_suffix(&k).map(|i| i.0).unwrap_or_default();
            out.push(codec::decode(&v).map_err(|e| self.corrupt(format!("referrals/{id}"), e))?);
        }
        Ok(out)
    }

    fn referrals_by_index(&self, tree: &sled::Tree, prefix: &[u8]) -> Result<Vec<Referral>> {
        let mut out = Vec::new();
        for item in tree.scan_prefix(prefix) {
            let (k, _) = item.map_err(|e| self.sled_err(e))?;
            if let Some(r) = id_suffix(&k).map(|id| self.referral(id)).transpose()?.flatten() {
                out.push(r);
            }
        }
        Ok(out)
    }

    pub fn referrals_of(&self, client: ClientId) -> Result<Vec<Referral>> {
        self.referrals_by_index(&self.client_referrals, &client.0.to_be_bytes())
    }

    pub fn referrals_for_offer(&self, offer: &OfferId) -> Result<Vec<Referral>> {
        let mut prefix = offer.as_str().as_bytes().to_vec();
        prefix.push(0);
        self.referrals_by_index(&self.offer_referrals, &prefix)
    }

    /// Open referrals whose follow-up is today or earlier, oldest first.
    pub fn due_followups(&self, today: Date) -> Result<Vec<Referral>> {
        let end = [&day_bytes(today)[..], &[0xff; 8]].concat();
        let mut out = Vec::new();
        for item in self.followup_referrals.range(..=end) {
            let (k, _) = item.map_err(|e| self.sled_err(e))?;
            if let Some(r) = id_suffix(&k).map(|id| self.referral(id)).transpose()?.flatten() {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// A referral's history in the order it happened.
    pub fn events_of(&self, id: ReferralId) -> Result<Vec<ReferralEvent>> {
        let mut out = Vec::new();
        for item in self.referral_events.scan_prefix(id.0.to_be_bytes()) {
            let (_, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(codec::decode(&v).map_err(|e| self.corrupt(format!("referral_events/{}", id.0), e))?);
        }
        Ok(out)
    }

    /// Every referral's events, grouped by referral, for loading the log at start.
    pub fn all_referral_events(&self) -> Result<Vec<ReferralEvent>> {
        let mut out = Vec::new();
        for item in self.referral_events.iter() {
            let (_, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(codec::decode(&v).map_err(|e| self.corrupt("referral_events".into(), e))?);
        }
        Ok(out)
    }

    /// Compares the three indexes with the referrals; returns one line per inconsistency.
    pub fn check_referral_indexes(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let refs = self.all_referrals()?;
        let mut expect_client = std::collections::BTreeSet::new();
        let mut expect_offer = std::collections::BTreeSet::new();
        let mut expect_followup = std::collections::BTreeSet::new();
        for r in &refs {
            expect_client.insert(client_key(r.client, r.id));
            expect_offer.insert(offer_key(&r.offer, r.id));
            if let (true, Some(d)) = (r.is_open(), r.follow_up) {
                expect_followup.insert(followup_key(d, r.id));
            }
            if self.events_of(r.id)?.is_empty() {
                problems.push(format!("referral {} has no history", r.id.0));
            }
        }
        for (name, tree, expected) in [
            ("client_referrals", &self.client_referrals, expect_client),
            ("offer_referrals", &self.offer_referrals, expect_offer),
            ("followup_referrals", &self.followup_referrals, expect_followup),
        ] {
            let mut actual = std::collections::BTreeSet::new();
            for item in tree.iter() {
                let (k, _) = item.map_err(|e| self.sled_err(e))?;
                actual.insert(k.to_vec());
            }
            for missing in expected.difference(&actual) {
                problems.push(format!("{name}: missing {missing:?}"));
            }
            for extra in actual.difference(&expected) {
                problems.push(format!("{name}: stale {extra:?}"));
            }
        }
        Ok(problems)
    }
}
