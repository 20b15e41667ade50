//! Whole-database copies on sled: every record out by kind (for backups), and a set of
//! records into an empty database in one transaction, indexes included.

use super::counters::Seq;
use super::referrals::index_keys;
use super::{Kind, Open, Record, Result, StoreError, codec};
use crate::domain::referral::Referral;
use sled::Transactional;

impl Open {
    /// The tree a kind of record lives in (counters and settings share `meta`).
    fn tree_of(&self, kind: Kind) -> &sled::Tree {
        match kind {
            Kind::Settings | Kind::Counter => &self.meta,
            Kind::Offer => &self.offers,
            Kind::Client => &self.clients,
            Kind::Contact => &self.contacts,
            Kind::Referral => &self.referrals,
            Kind::ReferralEvent => &self.referral_events,
            Kind::Audit => &self.audit,
            Kind::Consultation => &self.consultations,
            Kind::Gap => &self.gaps,
            Kind::SearchMiss => &self.search_misses,
            Kind::Trace => &self.traces,
        }
    }

    pub(super) fn export(&self) -> Result<Vec<Record>> {
        let mut out = Vec::new();
        if let Some(v) = self.meta.get("settings").map_err(|e| self.sled_err(e))? {
            out.push(Record { kind: Kind::Settings, key: b"settings".to_vec(), value: v.to_vec() });
        }
        for seq in Seq::ALL {
            if let Some(v) = self.meta.get(seq.key()).map_err(|e| self.sled_err(e))? {
                out.push(Record {
                    kind: Kind::Counter,
                    key: seq.key().as_bytes().to_vec(),
                    value: v.to_vec(),
                });
            }
        }
        for kind in Kind::ALL.into_iter().filter(|k| !matches!(k, Kind::Settings | Kind::Counter)) {
            for item in self.tree_of(kind).iter() {
                let (k, v) = item.map_err(|e| self.sled_err(e))?;
                out.push(Record { kind, key: k.to_vec(), value: v.to_vec() });
            }
        }
        Ok(out)
    }

    pub(super) fn count_records(&self) -> Result<Vec<(Kind, u64)>> {
        let mut out = Vec::new();
        let in_meta = |keys: &[&str]| -> Result<u64> {
            let mut n = 0;
            for k in keys {
                n += u64::from(self.meta.contains_key(k).map_err(|e| self.sled_err(e))?);
            }
            Ok(n)
        };
        let counters: Vec<&str> = Seq::ALL.iter().map(|s| s.key()).collect();
        for kind in Kind::ALL {
            let n = match kind {
                Kind::Settings => in_meta(&["settings"])?,
                Kind::Counter => in_meta(&counters)?,
                other => self.tree_of(other).len() as u64,
            };
            if n > 0 {
                out.push((kind, n));
            }
        }
        Ok(out)
    }

    /// Writes `records` and the index entries they imply in one transaction (not yet durable).
    pub(super) fn import(&self, records: &[Record]) -> Result<()> {
        let present = self.count_records()?;
        if !present.is_empty() {
            let what: Vec<String> = present.iter().map(|(k, n)| format!("{} {n}", k.name())).collect();
            return Err(StoreError::Other {
                at: self.location(),
                reason: format!("not empty: {}", what.join(", ")),
            });
        }
        let mut batches: [sled::Batch; 14] = Default::default();
        const META: usize = 0;
        let slot = |kind: Kind| match kind {
            Kind::Settings | Kind::Counter => META,
            Kind::Offer => 1,
            Kind::Client => 2,
            Kind::Contact => 3,
            Kind::Referral => 4,
            Kind::ReferralEvent => 5,
            Kind::Audit => 9,
            Kind::Consultation => 10,
            Kind::Gap => 11,
            Kind::SearchMiss => 12,
            Kind::Trace => 13,
        };
        for r in records {
            batches[slot(r.kind)].insert(r.key.as_slice(), r.value.as_slice());
            if r.kind == Kind::Referral {
                let referral: Referral = codec::decode(&r.value)
                    .map_err(|e| self.corrupt(format!("referrals/{}", super::key_text(&r.key)), e))?;
                let (by_client, by_offer, by_followup) = index_keys(&referral);
                batches[6].insert(by_client, &[][..]);
                batches[7].insert(by_offer, &[][..]);
                if let Some(k) = by_followup {
                    batches[8].insert(k, &[][..]);
                }
            }
        }
        let trees = [
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
            &self.traces,
        ];
        let trees: Vec<sled::Tree> = trees.into_iter().cloned().collect();
        let result: sled::transaction::TransactionResult<(), ()> = trees[..].transaction(|txs| {
            for (tx, batch) in txs.iter().zip(&batches) {
                tx.apply_batch(batch)?;
            }
            Ok(())
        });
        result.map_err(|e| match e {
            // Disk full, permissions: the same clear messages as every other write.
            sled::transaction::TransactionError::Storage(e) => self.sled_err(e),
            sled::transaction::TransactionError::Abort(()) => {
                StoreError::Other { at: self.location(), reason: "restore aborted".into() }
            }
        })
    }
}
