//! Erasing a client (Art. 17 GDPR) on sled: the client, their referrals, every history entry
//! and every index entry go in one transaction. The bytes leave the disk only with the
//! rewrite that follows (`rewrite`), which `SledStore::erase_client` runs at once. The same
//! transaction writes the client's statistical trace (`domain::trace`), so that the figures of
//! past periods stay as they were: there is no moment at which the client is gone and the
//! trace not yet there, or the other way round.

use super::counters::{Seq, reserve};
use super::referrals::index_keys;
use super::{Erased, Open, Result, StoreError, codec};
use crate::domain::Trace;
use crate::domain::audit::{AuditAction, AuditEntry, Subject, initials};
use crate::domain::referral::ClientId;
use crate::domain::timestamp::Timestamp;
use sled::Transactional;

impl Open {
    /// Removes client `id` and everything of theirs (referrals, history, consultations) (not yet durable, not yet rewritten).
    pub(super) fn erase_client(&self, id: u64) -> Result<Option<Erased>> {
        let key = id.to_be_bytes();
        if !self.clients.contains_key(key).map_err(|e| self.sled_err(e))? {
            return Ok(None);
        }
        let referrals = self.referrals_of(ClientId(id))?;
        let mut batches: [sled::Batch; 9] = Default::default();
        let [clients, refs, events, by_client, by_offer, by_followup, audit, consultations, traces] =
            &mut batches;
        if let Some(client) = self.client(id)? {
            let mut with_history = Vec::with_capacity(referrals.len());
            for r in &referrals {
                with_history.push((r.clone(), self.events_of(r.id)?));
            }
            let towns = crate::domain::trace::DirectoryTowns::of(&self.all_offers()?);
            let today = crate::domain::Date::from_naive(chrono::Local::now().date_naive());
            let trace = Trace::of(&client, &self.consultations_of(id)?, &with_history, today, &towns);
            let mut probe = 0;
            while self.traces.contains_key(trace.key(probe)).map_err(|e| self.sled_err(e))? {
                probe += 1;
            }
            traces.insert(
                &trace.key(probe),
                codec::encode(&trace).map_err(|e| self.corrupt("traces".to_string(), e))?,
            );
        }
        for k in self.consultations.scan_prefix(key).keys() {
            consultations.remove(k.map_err(|e| self.sled_err(e))?);
        }
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
        self.apply_batches(&batches)?;
        Ok(Some(erased))
    }
}

impl Open {
    /// Replaces client `id`, their referrals and every history entry by anonymised versions
    /// (`domain::retention`), with their indexes and an audit entry, in one transaction (not
    /// yet durable, not yet rewritten).
    pub(super) fn anonymise_client(&self, id: u64, today: crate::domain::Date) -> Result<bool> {
        use crate::domain::retention::{
            anonymise_client, anonymise_consultation, anonymise_event, anonymise_referral,
        };
        let Some(client) = self.client(id)? else { return Ok(false) };
        let mut batches: [sled::Batch; 9] = Default::default();
        let [clients, refs, events, by_client, by_offer, by_followup, audit, consultations, _traces] =
            &mut batches;
        let encode = |what: String, bytes: std::result::Result<Vec<u8>, codec::CodecError>| {
            bytes.map_err(|e| self.corrupt(what, e))
        };
        for item in self.consultations.scan_prefix(id.to_be_bytes()) {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            let c: crate::domain::Consultation =
                codec::decode(&v).map_err(|e| self.corrupt(format!("consultations/{id}"), e))?;
            consultations.insert(
                k,
                encode(format!("consultations/{id}"), codec::encode(&anonymise_consultation(&c)))?,
            );
        }
        clients.insert(
            &id.to_be_bytes(),
            encode(format!("clients/{id}"), codec::encode(&anonymise_client(&client, today)))?,
        );
        for r in self.referrals_of(ClientId(id))? {
            let a = anonymise_referral(&r);
            let (c, o, f) = index_keys(&r);
            by_client.remove(c);
            by_offer.remove(o);
            if let Some(f) = f {
                by_followup.remove(f);
            }
            let (c, o, f) = index_keys(&a);
            by_client.insert(c, &[][..]);
            by_offer.insert(o, &[][..]);
            if let Some(f) = f {
                by_followup.insert(f, &[][..]);
            }
            refs.insert(&r.id.0.to_be_bytes(), encode(format!("referrals/{}", r.id.0), codec::encode(&a))?);
            for item in self.referral_events.scan_prefix(r.id.0.to_be_bytes()) {
                let (k, v) = item.map_err(|e| self.sled_err(e))?;
                let ev: crate::domain::ReferralEvent =
                    codec::decode(&v).map_err(|e| self.corrupt(format!("referral_events/{}", r.id.0), e))?;
                events.insert(
                    k,
                    encode(format!("referral_events/{}", r.id.0), codec::encode(&anonymise_event(&ev)))?,
                );
            }
        }
        let who = initials(&self.read_settings()?.counsellor);
        let n = reserve(&self.meta, Seq::Audit, 1).map_err(|e| self.sled_err(e))?;
        let at = Timestamp::from_naive(chrono::Local::now().naive_local());
        let entry = AuditEntry {
            id: n,
            at,
            who,
            subject: Subject::Client(id),
            action: AuditAction::Anonymised,
            fields: vec![],
        };
        audit.insert(&n.to_be_bytes(), encode(format!("audit/{n}"), codec::encode(&entry))?);
        self.apply_batches(&batches)?;
        Ok(true)
    }

    /// The batches of `erase_client` / `anonymise_client` in one transaction, tree order:
    /// clients, referrals, events, the three indexes, audit, consultations, traces.
    fn apply_batches(&self, batches: &[sled::Batch; 9]) -> Result<()> {
        let trees = [
            self.clients.clone(),
            self.referrals.clone(),
            self.referral_events.clone(),
            self.client_referrals.clone(),
            self.offer_referrals.clone(),
            self.followup_referrals.clone(),
            self.audit.clone(),
            self.consultations.clone(),
            self.traces.clone(),
        ];
        let result: sled::transaction::TransactionResult<(), ()> = trees[..].transaction(|txs| {
            for (tx, batch) in txs.iter().zip(batches) {
                tx.apply_batch(batch)?;
            }
            Ok(())
        });
        result.map_err(|e| match e {
            sled::transaction::TransactionError::Storage(s) => self.sled_err(s),
            sled::transaction::TransactionError::Abort(()) => {
                StoreError::Other { at: self.location(), reason: "transaction aborted".into() }
            }
        })
    }
}
