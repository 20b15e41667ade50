//! The id counters: one record per kind in the `meta` tree, so that they travel in every
//! backup and come back with every restore (sled's own `generate_id` counter lives in sled's
//! metadata, outside every tree, and a restored database started again at 1 — issue 14).
//!
//! Key layout in `meta`: counter name (UTF-8) → u64 big-endian, the last id handed out.
//! `client_seq` keeps the name it had before the other counters existed.
//!
//! A new id is taken inside the same sled transaction that writes the record, so a record and
//! its counter are stored together or not at all. On open (and after a restore) every counter
//! is compared with the highest id stored in its tree and raised past it: a database restored
//! by an earlier release, whose counters were never in the backup, heals itself.

use super::{Kind, Open, Result};
use sled::transaction::{TransactionalTree, UnabortableTransactionError};

/// A kind of record whose ids the store hands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seq {
    Client,
    Referral,
    ReferralEvent,
    Contact,
    /// Offers made in Lotse (`O-0042`); imported offers bring their own ids.
    Offer,
    /// Entries of the audit trail.
    Audit,
    /// Follow-up consultations.
    Consultation,
    /// Recorded service gaps.
    Gap,
}

impl Seq {
    pub const ALL: [Seq; 8] = [
        Seq::Client,
        Seq::Referral,
        Seq::ReferralEvent,
        Seq::Contact,
        Seq::Offer,
        Seq::Audit,
        Seq::Consultation,
        Seq::Gap,
    ];

    /// The counter's name: its key in `meta` and in backups.
    pub fn key(self) -> &'static str {
        match self {
            Seq::Client => "client_seq",
            Seq::Referral => "seq/referral",
            Seq::ReferralEvent => "seq/referral_event",
            Seq::Contact => "seq/contact",
            Seq::Offer => "seq/offer",
            Seq::Audit => "seq/audit",
            Seq::Consultation => "seq/consultation",
            Seq::Gap => "seq/gap",
        }
    }

    pub fn from_key(key: &str) -> Option<Seq> {
        Seq::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The kind of record whose numbers the counter hands out.
    pub fn kind(self) -> Kind {
        match self {
            Seq::Client => Kind::Client,
            Seq::Referral => Kind::Referral,
            Seq::ReferralEvent => Kind::ReferralEvent,
            Seq::Contact => Kind::Contact,
            Seq::Offer => Kind::Offer,
            Seq::Audit => Kind::Audit,
            Seq::Consultation => Kind::Consultation,
            Seq::Gap => Kind::Gap,
        }
    }
}

/// A counter that was behind its records and has been raised (found on open or restore).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CounterRepair {
    pub seq: Seq,
    pub was: u64,
    pub now: u64,
}

fn read(v: Option<&[u8]>) -> u64 {
    v.and_then(|v| v.try_into().ok()).map(u64::from_be_bytes).unwrap_or(0)
}

/// Takes the next id of `seq` inside a transaction on `meta`. Pure apart from the transaction,
/// so it may run again when sled retries the closure.
pub(super) fn take(
    meta: &TransactionalTree,
    seq: Seq,
) -> std::result::Result<u64, UnabortableTransactionError> {
    let last = read(meta.get(seq.key())?.as_deref());
    let next = last + 1;
    meta.insert(seq.key(), &next.to_be_bytes())?;
    Ok(next)
}

/// Reserves `n` ids of `seq` at once outside a transaction; returns the first.
pub(super) fn reserve(meta: &sled::Tree, seq: Seq, n: u64) -> sled::Result<u64> {
    let before = meta.fetch_and_update(seq.key(), |old| Some((read(old) + n).to_be_bytes().to_vec()))?;
    Ok(read(before.as_deref()) + 1)
}

impl Open {
    /// The last id handed out for `seq` (0 when none yet).
    pub(super) fn counter_value(&self, seq: Seq) -> Result<u64> {
        Ok(read(self.meta.get(seq.key()).map_err(|e| self.sled_err(e))?.as_deref()))
    }

    /// The highest id stored in the tree of `seq`.
    fn highest_stored(&self, seq: Seq) -> Result<u64> {
        let last_key = |tree: &sled::Tree| -> Result<u64> {
            let last = tree.last().map_err(|e| self.sled_err(e))?;
            Ok(last.map(|(k, _)| tail_u64(&k)).unwrap_or(0))
        };
        match seq {
            Seq::Client => last_key(&self.clients),
            Seq::Referral => last_key(&self.referrals),
            Seq::Contact => last_key(&self.contacts),
            Seq::Audit => last_key(&self.audit),
            Seq::Gap => last_key(&self.gaps),
            // Event keys are referral id ++ event id (consultations: client id ++ id): the
            // highest id can sit anywhere.
            Seq::ReferralEvent | Seq::Consultation => {
                let tree =
                    if seq == Seq::ReferralEvent { &self.referral_events } else { &self.consultations };
                let mut max = 0;
                for item in tree.iter().keys() {
                    max = max.max(tail_u64(&item.map_err(|e| self.sled_err(e))?));
                }
                Ok(max)
            }
            Seq::Offer => {
                let mut max = 0;
                for item in self.offers.scan_prefix(b"O-").keys() {
                    let key = item.map_err(|e| self.sled_err(e))?;
                    if let Some(n) = std::str::from_utf8(&key[2..]).ok().and_then(|s| s.parse::<u64>().ok()) {
                        max = max.max(n);
                    }
                }
                Ok(max)
            }
        }
    }

    /// Raises every counter that is behind the records of its tree and commits; returns what
    /// was repaired (empty for a healthy database).
    pub(super) fn repair_counters(&self) -> Result<Vec<CounterRepair>> {
        let mut repairs = Vec::new();
        for seq in Seq::ALL {
            let (was, highest) = (self.counter_value(seq)?, self.highest_stored(seq)?);
            if highest > was {
                // Raised only, never lowered: a concurrent writer cannot be sent backwards.
                self.meta
                    .fetch_and_update(seq.key(), |old| Some(read(old).max(highest).to_be_bytes().to_vec()))
                    .map_err(|e| self.sled_err(e))?;
                repairs.push(CounterRepair { seq, was, now: highest });
            }
        }
        if !repairs.is_empty() {
            self.log_repairs(&repairs)?;
            self.commit()?;
        }
        Ok(repairs)
    }
}

impl Open {
    /// One audit entry per raised counter (after the counters, so the audit counter itself
    /// is right first).
    fn log_repairs(&self, repairs: &[CounterRepair]) -> Result<()> {
        use crate::domain::audit::{AuditAction, AuditEntry, Subject, initials};
        let who = initials(&self.read_settings()?.counsellor);
        let at = crate::domain::Timestamp::from_naive(chrono::Local::now().naive_local());
        for r in repairs {
            let id = reserve(&self.meta, Seq::Audit, 1).map_err(|e| self.sled_err(e))?;
            let fields = vec![format!("{}: {} → {}", r.seq.key(), r.was, r.now)];
            let e = AuditEntry {
                id,
                at,
                who: who.clone(),
                subject: Subject::Database,
                action: AuditAction::Repaired,
                fields,
            };
            let bytes = super::codec::encode(&e).map_err(|err| self.corrupt(format!("audit/{id}"), err))?;
            self.audit.insert(id.to_be_bytes(), bytes).map_err(|e| self.sled_err(e))?;
        }
        Ok(())
    }
}

/// The last 8 bytes of a key as a big-endian number (0 for a shorter key).
fn tail_u64(key: &[u8]) -> u64 {
    key.len().checked_sub(8).and_then(|at| key[at..].try_into().ok()).map(u64::from_be_bytes).unwrap_or(0)
}
