//! Erasing a client (Art. 17 GDPR) on sled: the client, their referrals, every history entry
//! and every index entry go in one transaction. The bytes leave the disk only with the
//! rewrite that follows (`rewrite`), which `SledStore::erase_client` runs at once.

use super::counters::{Seq, reserve};
use super::referrals::index_keys;
use super::{Erased, Open, Result, StoreError, codec};
use crate::domain::audit::{AuditAction, AuditEntry, Subject, initials};
use crate::domain::referral::ClientId;
use crate::domain::timestamp::Timestamp;
use sled::Transactional;

impl Open {
    /// Removes client `id` and everything of theirs (not yet durable, not yet rewritten).
    pub(super) fn erase_client(&self, id: u64) -> Result<Option<Erased>> {
        let key = id.to_be_bytes();
        if !self.clients.contains_key(key).map_err(|e| self.sled_err(e))? {
            return Ok(None);
        }
        let referrals = self.referrals_of(ClientId(id))?;
        let mut batches: [sled::Batch; 7] = Default::default();
        let [clients, refs, events, by_client, by_offer, by_followup, audit] = &mut batches;
        // The trail keeps that a record was erased, by number only; earlier entries hold no
        // values, so they stay as they are.
        let who = initials(&self.read_settings()?.counsellor);
        let n = reserve(&self.meta, Seq::Audit, 1).map_err(|e| self.sled_err(e))?;
        let at = Timestamp::from_naive(chrono::Local::now().naive_local());
        let entry = AuditEntry {
            id: n,
            at,
            who,
            subject: Subject::Client(id),
            action: AuditAction::Erased,
            fields: vec![],
        };
        audit.insert(
            &n.to_be_bytes(),
            codec::encode(&entry).map_err(|e| self.corrupt(format!("audit/{n}"), e))?,
        );
        clients.remove(&key);
        let mut erased = Erased { referrals: referrals.len(), events: 0 };
        for r in &referrals {
            refs.remove(&r.id.0.to_be_bytes());
            for k in self.referral_events.scan_prefix(r.id.0.to_be_bytes()).keys() {
                events.remove(k.map_err(|e| self.sled_err(e))?);
                erased.events += 1;
            }
            let (c, o, f) = index_keys(r);
            by_client.remove(c);
            by_offer.remove(o);
            if let Some(f) = f {
                by_followup.remove(f);
            }
        }
        let trees = [
            self.clients.clone(),
            self.referrals.clone(),
            self.referral_events.clone(),
            self.client_referrals.clone(),
            self.offer_referrals.clone(),
            self.followup_referrals.clone(),
            self.audit.clone(),
        ];
        let result: sled::transaction::TransactionResult<(), ()> = trees[..].transaction(|txs| {
            for (tx, batch) in txs.iter().zip(&batches) {
                tx.apply_batch(batch)?;
            }
            Ok(())
        });
        result.map_err(|e| match e {
            sled::transaction::TransactionError::Storage(s) => self.sled_err(s),
            sled::transaction::TransactionError::Abort(()) => {
                StoreError::Other { at: self.location(), reason: "erasure aborted".into() }
            }
        })?;
        Ok(Some(erased))
    }
}
