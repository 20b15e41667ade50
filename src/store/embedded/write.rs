//! `apply` on sled: every change of one call inside ONE sled transaction across all trees, so
//! that records, their counters and their indexes are stored together or not at all. The
//! closure may run more than once after a conflict (sled retries it): it only reads and writes
//! through the transaction, never anything outside.

use super::counters::{self, Seq};
use super::referrals::{self, event_key};
use super::{Applied, Change, Open, Result, codec};
use crate::domain::audit::{AuditAction, AuditEntry, Subject, changed_fields, initials};
use crate::domain::referral::ReferralId;
use crate::domain::timestamp::Timestamp;
use crate::domain::{OfferId, Settings};
use serde::Serialize;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};

type Abort = ConflictableTransactionError<Stop>;

/// Why a transaction stopped: a record that would not encode or decode, or a conditional
/// save whose record changed since its form was loaded.
#[derive(Debug)]
pub(super) enum Stop {
    Codec(codec::CodecError),
    Conflict { what: String, fields: Vec<String> },
}

impl From<codec::CodecError> for Stop {
    fn from(e: codec::CodecError) -> Stop {
        Stop::Codec(e)
    }
}

/// The field names in which `stored` differs from `base`; `None` when nothing changed.
pub(crate) fn conflict<T: Serialize>(base: &T, stored: Option<&T>) -> Option<Vec<String>> {
    match stored {
        None => Some(Vec::new()),
        Some(now) => {
            let fields = changed_fields(Some(base), now);
            (!fields.is_empty()).then_some(fields)
        }
    }
}

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
    pub audit: &'a TransactionalTree,
    pub consultations: &'a TransactionalTree,
    pub gaps: &'a TransactionalTree,
    pub search_misses: &'a TransactionalTree,
}

/// Who and when, for the audit entries of one `apply`.
pub(super) struct Stamp {
    pub at: Timestamp,
    pub who: String,
}

fn decode_old<T: codec::Stored>(v: Option<sled::IVec>) -> Option<T> {
    v.and_then(|v| codec::decode(&v).ok())
}

fn encode<T: codec::Stored + Serialize>(value: &T) -> std::result::Result<Vec<u8>, Abort> {
    codec::encode(value).map_err(|e| ConflictableTransactionError::Abort(e.into()))
}

impl Tx<'_> {
    /// The counsellor's initials as the settings in this transaction name them.
    pub fn who(&self) -> std::result::Result<String, Abort> {
        let s: Option<Settings> = decode_old(self.meta.get("settings")?);
        Ok(initials(&s.map(|s| s.counsellor).unwrap_or_default()))
    }

    /// Appends one audit entry (names of fields only, never values).
    fn log(
        &self,
        stamp: &Stamp,
        subject: Subject,
        action: AuditAction,
        fields: Vec<String>,
    ) -> std::result::Result<(), Abort> {
        let id = counters::take(self.meta, Seq::Audit)?;
        let e = AuditEntry { id, at: stamp.at, who: stamp.who.clone(), subject, action, fields };
        self.audit.insert(&id.to_be_bytes(), encode(&e)?)?;
        Ok(())
    }

    fn logged_change<T: codec::Stored + Serialize>(
        &self,
        stamp: &Stamp,
        subject: Subject,
        old: Option<T>,
        new: &T,
    ) -> std::result::Result<(), Abort> {
        let action = if old.is_some() { AuditAction::Changed } else { AuditAction::Created };
        let fields = changed_fields(old.as_ref(), new);
        if action == AuditAction::Changed && fields.is_empty() {
            return Ok(());
        }
        self.log(stamp, subject, action, fields)
    }

    fn one(&self, stamp: &Stamp, change: &Change<'_>) -> std::result::Result<Vec<u64>, Abort> {
        match *change {
            Change::Settings(s) => {
                let old: Option<Settings> = decode_old(self.meta.get("settings")?);
                self.meta.insert("settings", encode(s)?)?;
                let stamp = Stamp { at: stamp.at, who: initials(&s.counsellor) };
                self.logged_change(&stamp, Subject::Settings, old, s)?;
                Ok(Vec::new())
            }
            Change::NewClient(c) => {
                let id = counters::take(self.meta, Seq::Client)?;
                let c = crate::domain::Client { id, ..c.clone() };
                self.clients.insert(&id.to_be_bytes(), encode(&c)?)?;
                self.logged_change(stamp, Subject::Client(id), None, &c)?;
                Ok(vec![id])
            }
            Change::ClientIf { client, base } => {
                let stored = decode_old(self.clients.get(client.id.to_be_bytes())?);
                if let Some(fields) = conflict(base, stored.as_ref()) {
                    let what = crate::domain::client::ClientRef(client.id).to_string();
                    return Err(ConflictableTransactionError::Abort(Stop::Conflict { what, fields }));
                }
                self.one(stamp, &Change::Client(client))
            }
            Change::OfferIf { offer, base } => {
                let stored = decode_old(self.offers.get(offer.id.as_str())?);
                if let Some(fields) = conflict(base, stored.as_ref()) {
                    let what = offer.id.as_str().to_string();
                    return Err(ConflictableTransactionError::Abort(Stop::Conflict { what, fields }));
                }
                self.one(stamp, &Change::Offers(std::slice::from_ref(offer)))
            }
            Change::Client(c) => {
                let old = self.clients.insert(&c.id.to_be_bytes(), encode(c)?)?;
                self.logged_change(stamp, Subject::Client(c.id), decode_old(old), c)?;
                Ok(Vec::new())
            }
            Change::NewContact(c) => {
                let id = counters::take(self.meta, Seq::Contact)?;
                let c = crate::domain::AnonymousContact { id, ..c.clone() };
                self.contacts.insert(&id.to_be_bytes(), encode(&c)?)?;
                self.log(stamp, Subject::Contact(id), AuditAction::Created, Vec::new())?;
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
                    self.referral(stamp, &r, &ev)?;
                }
                Ok(given.into_iter().map(|(_, new)| new.0).collect())
            }
            Change::Referrals(items) => {
                for (r, ev) in items {
                    self.referral(stamp, r, ev)?;
                }
                Ok(Vec::new())
            }
            Change::ReferralEvent(ev) => {
                self.event(ev)?;
                let r: Option<crate::domain::Referral> =
                    decode_old(self.referrals.get(ev.referral.0.to_be_bytes())?);
                let client = r.map_or(0, |r| r.client.0);
                let subject = Subject::Referral { id: ev.referral.0, client };
                self.log(stamp, subject, AuditAction::Changed, vec!["history".into()])?;
                Ok(Vec::new())
            }
            Change::Logged(action, subject) => {
                self.log(stamp, subject.clone(), action, Vec::new())?;
                Ok(Vec::new())
            }
            Change::NewConsultation(c) => {
                let id = counters::take(self.meta, Seq::Consultation)?;
                let c = crate::domain::Consultation { id, ..c.clone() };
                self.consultations
                    .insert([c.client.to_be_bytes(), id.to_be_bytes()].concat(), encode(&c)?)?;
                self.logged_change(stamp, Subject::Consultation { id, client: c.client }, None, &c)?;
                Ok(vec![id])
            }
            Change::NewGap(g) => {
                let id = counters::take(self.meta, Seq::Gap)?;
                let g = crate::domain::Gap { id, ..g.clone() };
                self.gaps.insert(&id.to_be_bytes(), encode(&g)?)?;
                self.logged_change(stamp, Subject::Gap(id), None, &g)?;
                Ok(vec![id])
            }
            Change::SearchMiss { month, need, town } => {
                let town = crate::domain::SearchMiss::clean_town(town);
                let key = crate::domain::SearchMiss::key_of(month, need, &town);
                let old: Option<crate::domain::SearchMiss> =
                    decode_old(self.search_misses.get(key.as_bytes())?);
                let action = if old.is_some() { AuditAction::Changed } else { AuditAction::Created };
                let miss = match old {
                    Some(m) => crate::domain::SearchMiss { count: m.count.saturating_add(1), ..m },
                    None => crate::domain::SearchMiss { month, need, town, count: 1 },
                };
                self.search_misses.insert(key.as_bytes(), encode(&miss)?)?;
                self.log(stamp, Subject::SearchMiss(key), action, vec!["count".into()])?;
                Ok(Vec::new())
            }
            Change::NewOffer(o) => loop {
                let n = counters::take(self.meta, Seq::Offer)?;
                let id = OfferId::numbered(n);
                // An import may have brought an offer with this id: skip the number.
                if self.offers.get(id.as_str())?.is_none() {
                    let o = crate::domain::Offer { id: id.clone(), ..o.clone() };
                    self.offers.insert(id.as_str(), encode(&o)?)?;
                    self.logged_change(stamp, Subject::Offer(id.as_str().into()), None, &o)?;
                    return Ok(vec![n]);
                }
            },
            Change::Offers(offers) => {
                for o in offers {
                    let old = self.offers.insert(o.id.as_str(), encode(o)?)?;
                    self.logged_change(stamp, Subject::Offer(o.id.as_str().into()), decode_old(old), o)?;
                }
                Ok(Vec::new())
            }
        }
    }

    fn referral(
        &self,
        stamp: &Stamp,
        r: &crate::domain::Referral,
        ev: &crate::domain::ReferralEvent,
    ) -> std::result::Result<(), Abort> {
        let old = decode_old(self.referrals.get(r.id.0.to_be_bytes())?);
        referrals::put_in_tx(self, r, &encode(r)?)?;
        self.event(ev)?;
        self.logged_change(stamp, Subject::Referral { id: r.id.0, client: r.client.0 }, old, r)
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
        let at = Timestamp::from_naive(chrono::Local::now().naive_local());
        // Offers alone (an import of thousands) go as batches: as atomic as a transaction,
        // without holding every write in the transaction's memory as well.
        if let [Change::Offers(offers)] = changes {
            return self.write_offers(offers, at);
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
            &self.audit,
            &self.consultations,
            &self.gaps,
            &self.search_misses,
        );
        let ids = trees
            .transaction(
                |(
                    meta,
                    offers,
                    clients,
                    contacts,
                    referrals,
                    events,
                    by_client,
                    by_offer,
                    by_followup,
                    audit,
                    consultations,
                    gaps,
                    search_misses,
                )| {
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
                        audit,
                        consultations,
                        gaps,
                        search_misses,
                    };
                    let stamp = Stamp { at, who: tx.who()? };
                    changes.iter().map(|c| tx.one(&stamp, c)).collect::<std::result::Result<Vec<_>, _>>()
                },
            )
            .map_err(|e| self.tx_err("apply", e))?;
        Ok(Applied { ids })
    }

    /// Offers in two batches: first their audit entries, then the offers. sled's log keeps
    /// the order, so an offer that is on disk has its audit entry on disk too.
    fn write_offers(&self, offers: &[crate::domain::Offer], at: Timestamp) -> Result<Applied> {
        let who = {
            let s: Option<Settings> = decode_old(self.meta.get("settings").map_err(|e| self.sled_err(e))?);
            initials(&s.map(|s| s.counsellor).unwrap_or_default())
        };
        let mut batch = sled::Batch::default();
        let mut entries = Vec::new();
        for o in offers {
            let bytes = codec::encode(o).map_err(|e| self.corrupt(format!("offers/{}", o.id), e))?;
            let old = self.offers.get(o.id.as_str()).map_err(|e| self.sled_err(e))?;
            if old.as_deref() == Some(bytes.as_slice()) {
                continue;
            }
            let old: Option<crate::domain::Offer> = decode_old(old);
            let action = if old.is_some() { AuditAction::Changed } else { AuditAction::Created };
            entries.push((Subject::Offer(o.id.as_str().into()), action, changed_fields(old.as_ref(), o)));
            batch.insert(o.id.as_str(), bytes);
        }
        if entries.is_empty() {
            return Ok(Applied { ids: vec![Vec::new()] });
        }
        let first =
            counters::reserve(&self.meta, Seq::Audit, entries.len() as u64).map_err(|e| self.sled_err(e))?;
        let mut log = sled::Batch::default();
        for (n, (subject, action, fields)) in entries.into_iter().enumerate() {
            let id = first + n as u64;
            let e = AuditEntry { id, at, who: who.clone(), subject, action, fields };
            let bytes = codec::encode(&e).map_err(|err| self.corrupt(format!("audit/{id}"), err))?;
            log.insert(&id.to_be_bytes(), bytes);
        }
        self.audit.apply_batch(log).map_err(|e| self.sled_err(e))?;
        self.offers.apply_batch(batch).map_err(|e| self.sled_err(e))?;
        Ok(Applied { ids: vec![Vec::new()] })
    }
}
