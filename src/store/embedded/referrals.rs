//! Referrals, their append-only events and the three indexes, always written together in one
//! sled transaction (`write`) and made durable before `apply` returns.
//!
//! Key layouts (ids big-endian so that byte order is number order):
//! - `referrals`:          referral id (u64) → `Referral`
//! - `referral_events`:    referral id (u64) ++ event number (u64) → `ReferralEvent`
//! - `client_referrals`:   client id (u64) ++ referral id (u64) → empty
//! - `offer_referrals`:    offer id (UTF-8) ++ 0x00 ++ referral id (u64) → empty
//! - `followup_referrals`: follow-up day (u32, sign-flipped day number) ++ referral id → empty;
//!   only open referrals with a follow-up date are in it.

use super::write::Tx;
use super::{Open, Result, codec};
use crate::domain::referral::{ClientId, Referral, ReferralId};
use crate::domain::{Date, OfferId};
use sled::transaction::ConflictableTransactionError;
use std::collections::BTreeSet;

fn client_key(client: ClientId, id: ReferralId) -> Vec<u8> {
    [client.0.to_be_bytes(), id.0.to_be_bytes()].concat()
}

pub(super) fn offer_prefix(offer: &OfferId) -> Vec<u8> {
    let mut k = offer.as_str().as_bytes().to_vec();
    k.push(0);
    k
}

fn offer_key(offer: &OfferId, id: ReferralId) -> Vec<u8> {
    let mut k = offer_prefix(offer);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

fn day_bytes(d: Date) -> [u8; 4] {
    ((d.day_number() as u32) ^ 0x8000_0000).to_be_bytes()
}

fn followup_key(d: Date, id: ReferralId) -> Vec<u8> {
    [&day_bytes(d)[..], &id.0.to_be_bytes()].concat()
}

pub(super) fn event_key(referral: ReferralId, number: u64) -> Vec<u8> {
    [referral.0.to_be_bytes(), number.to_be_bytes()].concat()
}

/// The last 8 bytes of an index key: the referral id.
fn id_suffix(key: &[u8]) -> Option<ReferralId> {
    let tail: [u8; 8] = key.get(key.len().checked_sub(8)?..)?.try_into().ok()?;
    Some(ReferralId(u64::from_be_bytes(tail)))
}

/// The index entries a referral has.
pub(super) fn index_keys(r: &Referral) -> (Vec<u8>, Vec<u8>, Option<Vec<u8>>) {
    let followup = match (r.is_open(), r.follow_up) {
        (true, Some(d)) => Some(followup_key(d, r.id)),
        _ => None,
    };
    (client_key(r.client, r.id), offer_key(&r.offer, r.id), followup)
}

/// Writes the referral and its index entries inside a transaction, replacing the old
/// follow-up entry. Pure with respect to the outside world: it may run more than once.
pub(super) fn put_in_tx(
    tx: &Tx<'_>,
    r: &Referral,
    bytes: &[u8],
) -> std::result::Result<(), ConflictableTransactionError<super::write::Stop>> {
    let key = r.id.0.to_be_bytes();
    if let Some(old) = tx.referrals.get(key)? {
        let old: Referral = codec::decode(&old).map_err(|e| ConflictableTransactionError::Abort(e.into()))?;
        if let Some(d) = old.follow_up {
            tx.by_followup.remove(followup_key(d, old.id))?;
        }
    }
    tx.referrals.insert(&key, bytes)?;
    let (by_client, by_offer, by_followup) = index_keys(r);
    tx.by_client.insert(by_client, &[][..])?;
    tx.by_offer.insert(by_offer, &[][..])?;
    if let Some(k) = by_followup {
        tx.by_followup.insert(k, &[][..])?;
    }
    Ok(())
}

impl Open {
    pub(super) fn referrals_by_index(&self, tree: &sled::Tree, prefix: &[u8]) -> Result<Vec<Referral>> {
        let mut out = Vec::new();
        for item in tree.scan_prefix(prefix) {
            let (k, _) = item.map_err(|e| self.sled_err(e))?;
            if let Some(r) = id_suffix(&k).map(|id| self.referral_record(id)).transpose()?.flatten() {
                out.push(r);
            }
        }
        Ok(out)
    }

    fn referral_record(&self, id: ReferralId) -> Result<Option<Referral>> {
        self.decode_one(&self.referrals, &id.0.to_be_bytes(), "referrals")
    }

    /// Open referrals whose follow-up is today or earlier, oldest first.
    pub(super) fn due(&self, today: Date) -> Result<Vec<Referral>> {
        let end = [&day_bytes(today)[..], &[0xff; 8]].concat();
        let mut out = Vec::new();
        for item in self.followup_referrals.range(..=end) {
            let (k, _) = item.map_err(|e| self.sled_err(e))?;
            if let Some(r) = id_suffix(&k).map(|id| self.referral_record(id)).transpose()?.flatten() {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Compares the three indexes with the referrals; returns one line per inconsistency.
    pub(super) fn check_referral_indexes(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let (mut expect_client, mut expect_offer, mut expect_followup) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        let with_history: BTreeSet<ReferralId> = self
            .referral_events
            .iter()
            .keys()
            .map(|k| k.map(|k| id_suffix(&k[..k.len().min(8)]).unwrap_or(ReferralId(0))))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.sled_err(e))?;
        for r in self.decode_all::<Referral>(&self.referrals, "referrals")? {
            let (by_client, by_offer, by_followup) = index_keys(&r);
            expect_client.insert(by_client);
            expect_offer.insert(by_offer);
            expect_followup.extend(by_followup);
            if !with_history.contains(&r.id) {
                problems.push(format!("referral {} has no history", r.id.0));
            }
        }
        for (name, tree, expected) in [
            ("client_referrals", &self.client_referrals, expect_client),
            ("offer_referrals", &self.offer_referrals, expect_offer),
            ("followup_referrals", &self.followup_referrals, expect_followup),
        ] {
            let mut actual = BTreeSet::new();
            for item in tree.iter().keys() {
                actual.insert(item.map_err(|e| self.sled_err(e))?.to_vec());
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
