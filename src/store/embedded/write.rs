//! `apply` on sled: every change of one call inside ONE sled transaction across all trees, so
//! that records, their counters and their indexes are stored together or not at all. The
//! closure may run more than once after a conflict (sled retries it): it only reads and writes
//! through the transaction, never anything outside.

use super::counters::{self, Seq};
use super::referrals::{self, event_key};
use super::{Applied, Change, Open, Result, codec};
use crate::domain::OfferId;
use crate::domain::referral::ReferralId;
use serde::Serialize;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};

type Abort = ConflictableTransactionError<codec::CodecError>;

/// The trees of one transaction, by name.
pub(super) struct Tx<'a> {
    pub meta: &'a TransactionalTree,
    pub offers: &'a TransactionalTree,
    pub clients: &'a TransactionalTree,
    pub contacts: &'a TransactionalTree,
    pub referrals: &'a TransactionalTree,
    pub events: &'a TransactionalTree,
    pub by_client: &'a TransactionalTree,
    pub by_offer: &'a TransactionalTree,
    pub by_followup: &'a TransactionalTree,
}

fn encode<T: codec::Stored + Serialize>(value: &T) -> std::result::Result<Vec<u8>, Abort> {
    codec::encode(value).map_err(ConflictableTransactionError::Abort)
}

impl Tx<'_> {
    fn one(&self, change: &Change<'_>) -> std::result::Result<Vec<u64>, Abort> {
        match *change {
            Change::Settings(s) => {
                self.meta.insert("settings", encode(s)?)?;
                Ok(Vec::new())
            }
            Change::NewClient(c) => {
                let id = counters::take(self.meta, Seq::Client)?;
                let c = crate::domain::Client { id, ..c.clone() };
                self.clients.insert(&id.to_be_bytes(), encode(&c)?)?;
                Ok(vec![id])
            }
            Change::Client(c) => {
                self.clients.insert(&c.id.to_be_bytes(), encode(c)?)?;
                Ok(Vec::new())
            }
            Change::NewContact(c) => {
                let id = counters::take(self.meta, Seq::Contact)?;
                let c = crate::domain::AnonymousContact { id, ..c.clone() };
                self.contacts.insert(&id.to_be_bytes(), encode(&c)?)?;
                Ok(vec![id])
            }
            Change::NewReferrals(items) => {
                let mut given: Vec<(ReferralId, ReferralId)> = Vec::new();
                for (r, ev) in items {
                    let id = match given.iter().find(|(old, _)| *old == r.id) {
                        Some((_, new)) => *new,
                        None => {
                            let new = ReferralId(counters::take(self.meta, Seq::Referral)?);
                            given.push((r.id, new));
                            new
                        }
                    };
                    let (mut r, mut ev) = (r.clone(), ev.clone());
                    r.id = id;
                    ev.referral = id;
                    self.referral(&r, &ev)?;
                }
                Ok(given.into_iter().map(|(_, new)| new.0).collect())
            }
            Change::Referrals(items) => {
                for (r, ev) in items {
                    self.referral(r, ev)?;
                }
                Ok(Vec::new())
            }
            Change::ReferralEvent(ev) => {
                self.event(ev)?;
                Ok(Vec::new())
            }
            Change::NewOffer(o) => loop {
                let n = counters::take(self.meta, Seq::Offer)?;
                let id = OfferId::numbered(n);
                // An import may have brought an offer with this id: skip the number.
                if self.offers.get(id.as_str())?.is_none() {
                    let o = crate::domain::Offer { id: id.clone(), ..o.clone() };
                    self.offers.insert(id.as_str(), encode(&o)?)?;
                    return Ok(vec![n]);
                }
            },
            Change::Offers(offers) => {
                for o in offers {
                    self.offers.insert(o.id.as_str(), encode(o)?)?;
                }
                Ok(Vec::new())
            }
        }
    }

    fn referral(
        &self,
        r: &crate::domain::Referral,
        ev: &crate::domain::ReferralEvent,
    ) -> std::result::Result<(), Abort> {
        referrals::put_in_tx(self, r, &encode(r)?)?;
        self.event(ev)
    }

    fn event(&self, ev: &crate::domain::ReferralEvent) -> std::result::Result<(), Abort> {
        let n = counters::take(self.meta, Seq::ReferralEvent)?;
        self.events.insert(event_key(ev.referral, n), encode(ev)?)?;
        Ok(())
    }
}

impl Open {
    /// Writes `changes` in one transaction (not yet durable: `apply` commits).
    pub(super) fn write(&self, changes: &[Change<'_>]) -> Result<Applied> {
        // Offers alone (an import of thousands) go as one batch: as atomic as a transaction,
        // without holding every write in the transaction's memory as well.
        if let [Change::Offers(offers)] = changes {
            let mut batch = sled::Batch::default();
            for o in *offers {
                let bytes = codec::encode(o).map_err(|e| self.corrupt(format!("offers/{}", o.id), e))?;
                batch.insert(o.id.as_str(), bytes);
            }
            self.offers.apply_batch(batch).map_err(|e| self.sled_err(e))?;
            return Ok(Applied { ids: vec![Vec::new()] });
        }
        let trees = (
            &self.meta,
            &self.offers,
            &self.clients,
            &self.contacts,
            &self.referrals,
            &self.referral_events,
            &self.client_referrals,
            &self.offer_referrals,
            &self.followup_referrals,
        );
        let ids = trees
            .transaction(
                |(meta, offers, clients, contacts, referrals, events, by_client, by_offer, by_followup)| {
                    let tx = Tx {
                        meta,
                        offers,
                        clients,
                        contacts,
                        referrals,
                        events,
                        by_client,
                        by_offer,
                        by_followup,
                    };
                    changes.iter().map(|c| tx.one(c)).collect::<std::result::Result<Vec<_>, _>>()
                },
            )
            .map_err(|e| self.tx_err("apply", e))?;
        Ok(Applied { ids })
    }
}
