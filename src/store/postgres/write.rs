//! `apply` on the server: every change of one call in ONE transaction, under the centre's
//! write lock, with its numbers, its audit entries and the change mark; the same steps as
//! sled's `write`, in SQL. Audit entries name the login role (`session_user`): on a
//! shared server the login is who did it, not a name anyone can type into the settings.

use super::{Db, Fail, k, schema};
use crate::domain::audit::{AuditAction, AuditEntry, Subject, changed_fields};
use crate::domain::referral::{Referral, ReferralEvent, ReferralId};
use crate::domain::timestamp::Timestamp;
use crate::domain::{Client, Offer, OfferId, SearchMiss, Settings};
use crate::store::{Applied, Change, CounterRepair, Kind, Seq, StoreError, codec};
use postgres::Transaction;
use serde::Serialize;

const UPSERT: &str = "INSERT INTO records (kind, key, value, client_id, offer_id, follow_up, changed)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (kind, key) DO UPDATE SET value = EXCLUDED.value, client_id = EXCLUDED.client_id,
        offer_id = EXCLUDED.offer_id, follow_up = EXCLUDED.follow_up, changed = EXCLUDED.changed,
        revision = records.revision + 1";

/// One open write: the transaction, who and when, and its change mark.
pub(crate) struct Tx<'a> {
    pub t: Transaction<'a>,
    pub who: String,
    pub at: Timestamp,
    pub mark: i64,
    pub shown: String,
}

pub(crate) fn enc<T: codec::Stored + Serialize>(shown: &str, what: &str, v: &T) -> Db<Vec<u8>> {
    codec::encode(v).map_err(|e| {
        Fail::Store(StoreError::Corrupt { at: shown.into(), what: what.into(), reason: e.to_string() })
    })
}

/// The query columns of a record: client and offer of a referral, the follow-up day of an
/// open referral that has one.
pub(crate) fn columns(r: &Referral) -> (Option<i64>, Option<String>, Option<i32>) {
    let follow_up = match (r.is_open(), r.follow_up) {
        (true, Some(d)) => Some(d.day_number()),
        _ => None,
    };
    (Some(r.client.0 as i64), Some(r.offer.as_str().to_string()), follow_up)
}

impl<'a> Tx<'a> {
    /// Begins a write: the write lock, the change mark raised.
    pub fn begin(client: &'a mut postgres::Client, shown: &str) -> Db<Tx<'a>> {
        let mut t = client.transaction()?;
        schema::lock(&mut t, schema::LOCK_WRITE)?;
        let mark: i64 = t.query_one("UPDATE change_mark SET mark = mark + 1 RETURNING mark", &[])?.get(0);
        let who: String = t.query_one("SELECT session_user::text", &[])?.get(0);
        let at = Timestamp::from_naive(chrono::Local::now().naive_local());
        Ok(Tx { t, who, at, mark, shown: shown.to_string() })
    }

    /// Tells the other desks, and commits.
    pub fn commit(mut self) -> Db<()> {
        self.t.execute("SELECT pg_notify('lotse_changes', current_schema())", &[])?;
        self.t.commit()?;
        Ok(())
    }

    pub fn get(&mut self, kind: Kind, key: &[u8]) -> Db<Option<Vec<u8>>> {
        Ok(self
            .t
            .query_opt("SELECT value FROM records WHERE kind = $1 AND key = $2", &[&k(kind), &key])?
            .map(|r| r.get(0)))
    }

    /// The stored record, decoded strictly (a conditional save never compares with a
    /// record it could not read), its row locked until commit.
    fn locked<T: codec::Stored>(&mut self, kind: Kind, key: &[u8]) -> Db<Option<T>> {
        let row = self.t.query_opt(
            "SELECT value FROM records WHERE kind = $1 AND key = $2 FOR UPDATE",
            &[&k(kind), &key],
        )?;
        let Some(row) = row else { return Ok(None) };
        let v: Vec<u8> = row.get(0);
        codec::decode(&v).map(Some).map_err(|e| {
            Fail::Store(StoreError::Corrupt {
                at: self.shown.clone(),
                what: format!("{}/{}", kind.name(), super::key_text(key)),
                reason: e.to_string(),
            })
        })
    }

    fn old<T: codec::Stored>(&mut self, kind: Kind, key: &[u8]) -> Db<Option<T>> {
        Ok(self.get(kind, key)?.and_then(|v| codec::decode(&v).ok()))
    }

    pub fn put_row(
        &mut self,
        kind: Kind,
        key: &[u8],
        value: &[u8],
        cols: (Option<i64>, Option<String>, Option<i32>),
    ) -> Db<()> {
        let mark = self.mark;
        self.t.execute(UPSERT, &[&k(kind), &key, &value, &cols.0, &cols.1, &cols.2, &mark])?;
        Ok(())
    }

    pub fn put<T: codec::Stored + Serialize>(&mut self, kind: Kind, key: &[u8], v: &T) -> Db<()> {
        let bytes = enc(&self.shown, kind.name(), v)?;
        self.put_row(kind, key, &bytes, (None, None, None))
    }

    pub fn take(&mut self, seq: Seq) -> Db<u64> {
        self.reserve(seq, 1)
    }

    /// Reserves `n` numbers of `seq`; returns the first.
    pub fn reserve(&mut self, seq: Seq, n: u64) -> Db<u64> {
        let last: i64 = self
            .t
            .query_one(
                "INSERT INTO counters (name, last) VALUES ($1, $2)
                 ON CONFLICT (name) DO UPDATE SET last = counters.last + EXCLUDED.last RETURNING last",
                &[&seq.key(), &(n as i64)],
            )?
            .get(0);
        Ok(last as u64 + 1 - n)
    }

    /// Appends one audit entry (names of fields only, never values).
    pub fn log(&mut self, subject: Subject, action: AuditAction, fields: Vec<String>) -> Db<()> {
        let id = self.take(Seq::Audit)?;
        let e = AuditEntry { id, at: self.at, who: self.who.clone(), subject, action, fields };
        self.put(Kind::Audit, &id.to_be_bytes(), &e)
    }

    fn logged_change<T: Serialize>(&mut self, subject: Subject, old: Option<T>, new: &T) -> Db<()> {
        let action = if old.is_some() { AuditAction::Changed } else { AuditAction::Created };
        let fields = changed_fields(old.as_ref(), new);
        if action == AuditAction::Changed && fields.is_empty() {
            return Ok(());
        }
        self.log(subject, action, fields)
    }

    fn referral(&mut self, r: &Referral, ev: &ReferralEvent) -> Db<()> {
        let key = r.id.0.to_be_bytes();
        let old: Option<Referral> = self.old(Kind::Referral, &key)?;
        let bytes = enc(&self.shown, "referrals", r)?;
        self.put_row(Kind::Referral, &key, &bytes, columns(r))?;
        self.event(ev)?;
        self.logged_change(Subject::Referral { id: r.id.0, client: r.client.0 }, old, r)
    }

    fn event(&mut self, ev: &ReferralEvent) -> Db<()> {
        let n = self.take(Seq::ReferralEvent)?;
        let key = [ev.referral.0.to_be_bytes(), n.to_be_bytes()].concat();
        self.put(Kind::ReferralEvent, &key, ev)
    }

    fn one(&mut self, change: &Change<'_>) -> Db<Vec<u64>> {
        match *change {
            Change::Settings(s) => {
                let old: Option<Settings> = self.old(Kind::Settings, b"settings")?;
                self.put(Kind::Settings, b"settings", s)?;
                self.logged_change(Subject::Settings, old, s)?;
                Ok(Vec::new())
            }
            Change::NewClient(c) => {
                let id = self.take(Seq::Client)?;
                let c = Client { id, ..c.clone() };
                self.put(Kind::Client, &id.to_be_bytes(), &c)?;
                self.logged_change(Subject::Client(id), None, &c)?;
                Ok(vec![id])
            }
            Change::ClientIf { client, base } => {
                let stored: Option<Client> = self.locked(Kind::Client, &client.id.to_be_bytes())?;
                if let Some(fields) = crate::store::embedded_conflict(base, stored.as_ref()) {
                    let what = crate::domain::client::ClientRef(client.id).to_string();
                    return Err(Fail::Store(StoreError::Conflict { at: self.shown.clone(), what, fields }));
                }
                self.one(&Change::Client(client))
            }
            Change::OfferIf { offer, base } => {
                let stored: Option<Offer> = self.locked(Kind::Offer, offer.id.as_str().as_bytes())?;
                if let Some(fields) = crate::store::embedded_conflict(base, stored.as_ref()) {
                    let what = offer.id.as_str().to_string();
                    return Err(Fail::Store(StoreError::Conflict { at: self.shown.clone(), what, fields }));
                }
                self.one(&Change::Offers(std::slice::from_ref(offer)))
            }
            Change::Client(c) => {
                let key = c.id.to_be_bytes();
                let old: Option<Client> = self.old(Kind::Client, &key)?;
                self.put(Kind::Client, &key, c)?;
                self.logged_change(Subject::Client(c.id), old, c)?;
                Ok(Vec::new())
            }
            Change::NewContact(c) => {
                let id = self.take(Seq::Contact)?;
                let c = crate::domain::AnonymousContact { id, ..c.clone() };
                self.put(Kind::Contact, &id.to_be_bytes(), &c)?;
                self.log(Subject::Contact(id), AuditAction::Created, Vec::new())?;
                Ok(vec![id])
            }
            Change::NewReferrals(items) => {
                let mut given: Vec<(ReferralId, ReferralId)> = Vec::new();
                for (r, ev) in items {
                    let id = match given.iter().find(|(old, _)| *old == r.id) {
                        Some((_, new)) => *new,
                        None => {
                            let new = ReferralId(self.take(Seq::Referral)?);
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
                let r: Option<Referral> = self.old(Kind::Referral, &ev.referral.0.to_be_bytes())?;
                let client = r.map_or(0, |r| r.client.0);
                let subject = Subject::Referral { id: ev.referral.0, client };
                self.log(subject, AuditAction::Changed, vec!["history".into()])?;
                Ok(Vec::new())
            }
            Change::Logged(action, subject) => {
                self.log(subject.clone(), action, Vec::new())?;
                Ok(Vec::new())
            }
            Change::NewConsultation(c) => {
                let id = self.take(Seq::Consultation)?;
                let c = crate::domain::Consultation { id, ..c.clone() };
                let key = [c.client.to_be_bytes(), id.to_be_bytes()].concat();
                self.put(Kind::Consultation, &key, &c)?;
                self.logged_change(Subject::Consultation { id, client: c.client }, None, &c)?;
                Ok(vec![id])
            }
            Change::NewGap(g) => {
                let id = self.take(Seq::Gap)?;
                let g = crate::domain::Gap { id, ..g.clone() };
                self.put(Kind::Gap, &id.to_be_bytes(), &g)?;
                self.logged_change(Subject::Gap(id), None, &g)?;
                Ok(vec![id])
            }
            Change::SearchMiss { month, need, town } => {
                let town = SearchMiss::clean_town(town);
                let key = SearchMiss::key_of(month, need, &town);
                let old: Option<SearchMiss> = self.old(Kind::SearchMiss, key.as_bytes())?;
                let action = if old.is_some() { AuditAction::Changed } else { AuditAction::Created };
                let miss = match old {
                    Some(m) => SearchMiss { count: m.count.saturating_add(1), ..m },
                    None => SearchMiss { month, need, town, count: 1 },
                };
                self.put(Kind::SearchMiss, key.as_bytes(), &miss)?;
                self.log(Subject::SearchMiss(key), action, vec!["count".into()])?;
                Ok(Vec::new())
            }
            Change::NewOffer(o) => loop {
                let n = self.take(Seq::Offer)?;
                let id = OfferId::numbered(n);
                // An import may have brought an offer with this id: skip the number.
                if self.get(Kind::Offer, id.as_str().as_bytes())?.is_none() {
                    let o = Offer { id: id.clone(), ..o.clone() };
                    self.put(Kind::Offer, id.as_str().as_bytes(), &o)?;
                    self.logged_change(Subject::Offer(id.as_str().into()), None, &o)?;
                    return Ok(vec![n]);
                }
            },
            Change::Offers(offers) => {
                self.offers(offers)?;
                Ok(Vec::new())
            }
        }
    }

    /// Offers stored under their ids; the old values read in one query, unchanged ones
    /// skipped, the rest and their audit entries written in chunks of rows (an import of
    /// thousands is a handful of statements, not three per offer).
    fn offers(&mut self, offers: &[Offer]) -> Db<()> {
        let keys: Vec<&[u8]> = offers.iter().map(|o| o.id.as_str().as_bytes()).collect();
        let rows = self.t.query(
            "SELECT key, value FROM records WHERE kind = $1 AND key = ANY($2)",
            &[&k(Kind::Offer), &keys],
        )?;
        let old: std::collections::HashMap<Vec<u8>, Vec<u8>> =
            rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        let mut writes: Vec<(&[u8], Vec<u8>)> = Vec::new();
        let mut at: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
        let mut entries = Vec::new();
        for o in offers {
            let key = o.id.as_str().as_bytes();
            let bytes = enc(&self.shown, "offers", o)?;
            let before = old.get(key);
            if before.map(Vec::as_slice) == Some(bytes.as_slice()) {
                continue;
            }
            let before: Option<Offer> = before.and_then(|v| codec::decode(v).ok());
            let action = if before.is_some() { AuditAction::Changed } else { AuditAction::Created };
            let fields = changed_fields(before.as_ref(), o);
            if action == AuditAction::Created || !fields.is_empty() {
                entries.push((Subject::Offer(o.id.as_str().into()), action, fields));
            }
            // The same id twice in one call: the later one is stored (as on sled).
            match at.get(key) {
                Some(&i) => writes[i].1 = bytes,
                None => {
                    at.insert(key, writes.len());
                    writes.push((key, bytes));
                }
            }
        }
        let mut audit: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        if !entries.is_empty() {
            let first = self.reserve(Seq::Audit, entries.len() as u64)?;
            for (n, (subject, action, fields)) in entries.into_iter().enumerate() {
                let id = first + n as u64;
                let e = AuditEntry { id, at: self.at, who: self.who.clone(), subject, action, fields };
                audit.push((id.to_be_bytes().to_vec(), enc(&self.shown, "audit", &e)?));
            }
        }
        let mark = self.mark;
        for chunk in writes.chunks(2000) {
            let keys: Vec<&[u8]> = chunk.iter().map(|(k, _)| *k).collect();
            let values: Vec<&[u8]> = chunk.iter().map(|(_, v)| v.as_slice()).collect();
            self.t.execute(
                "INSERT INTO records (kind, key, value, changed)
                 SELECT $1, key, value, $4 FROM unnest($2::bytea[], $3::bytea[]) AS u(key, value)
                 ON CONFLICT (kind, key) DO UPDATE SET value = EXCLUDED.value, changed = EXCLUDED.changed,
                     revision = records.revision + 1",
                &[&k(Kind::Offer), &keys, &values, &mark],
            )?;
        }
        for chunk in audit.chunks(2000) {
            let keys: Vec<&[u8]> = chunk.iter().map(|(k, _)| k.as_slice()).collect();
            let values: Vec<&[u8]> = chunk.iter().map(|(_, v)| v.as_slice()).collect();
            self.t.execute(
                "INSERT INTO records (kind, key, value, changed)
                 SELECT $1, key, value, $4 FROM unnest($2::bytea[], $3::bytea[]) AS u(key, value)",
                &[&k(Kind::Audit), &keys, &values, &mark],
            )?;
        }
        Ok(())
    }
}

pub(crate) fn apply(
    client: &mut postgres::Client,
    changes: &[Change<'_>],
    shown: &str,
) -> Db<(Applied, i64)> {
    let mut tx = Tx::begin(client, shown)?;
    let mark = tx.mark;
    let mut ids = Vec::with_capacity(changes.len());
    for c in changes {
        ids.push(tx.one(c)?);
    }
    tx.commit()?;
    Ok((Applied { ids }, mark))
}

pub(crate) fn counter(client: &mut postgres::Client, seq: Seq) -> Result<u64, postgres::Error> {
    let v: Option<i64> =
        client.query_opt("SELECT last FROM counters WHERE name = $1", &[&seq.key()])?.map(|r| r.get(0));
    Ok(v.unwrap_or(0).max(0) as u64)
}

/// The highest number stored for `seq`.
fn highest_stored(t: &mut Transaction<'_>, seq: Seq) -> Result<u64, postgres::Error> {
    let be = |v: Option<Vec<u8>>| {
        v.and_then(|v| <[u8; 8]>::try_from(v.as_slice()).ok()).map_or(0, u64::from_be_bytes)
    };
    Ok(match seq {
        Seq::Client | Seq::Referral | Seq::Contact | Seq::Audit | Seq::Gap => {
            be(t
            .query_opt("SELECT key FROM records WHERE kind = $1 ORDER BY key DESC LIMIT 1", &[&k(seq.kind())])?
            .map(|r| r.get(0)))
        }
        Seq::ReferralEvent | Seq::Consultation => be(t
            .query_opt(
                "SELECT substring(key from 9 for 8) AS n FROM records WHERE kind = $1 ORDER BY n DESC LIMIT 1",
                &[&k(seq.kind())],
            )?
            .map(|r| r.get(0))),
        Seq::Offer => {
            let rows = t.query(
                "SELECT key FROM records WHERE kind = $1 AND key >= 'O-'::bytea AND key < 'O.'::bytea",
                &[&k(Kind::Offer)],
            )?;
            rows.iter()
                .filter_map(|r| {
                    let key: Vec<u8> = r.get(0);
                    std::str::from_utf8(key.get(2..)?).ok()?.parse::<u64>().ok()
                })
                .max()
                .unwrap_or(0)
        }
    })
}

/// Raises every counter that is behind its records (a restore, an import), with one audit
/// entry each; returns what was raised.
pub(crate) fn repair_counters(client: &mut postgres::Client) -> Db<Vec<CounterRepair>> {
    let mut tx = Tx::begin(client, "")?;
    let mut repairs = Vec::new();
    for seq in Seq::ALL {
        let was: i64 =
            tx.t.query_opt("SELECT last FROM counters WHERE name = $1", &[&seq.key()])?
                .map_or(0, |r| r.get(0));
        let (was, highest) = (was.max(0) as u64, highest_stored(&mut tx.t, seq)?);
        if highest > was {
            tx.t.execute(
                "INSERT INTO counters (name, last) VALUES ($1, $2)
                 ON CONFLICT (name) DO UPDATE SET last = greatest(counters.last, EXCLUDED.last)",
                &[&seq.key(), &(highest as i64)],
            )?;
            repairs.push(CounterRepair { seq, was, now: highest });
        }
    }
    if repairs.is_empty() {
        // Nothing written: no change mark for the other desks.
        tx.t.rollback()?;
        return Ok(repairs);
    }
    for r in &repairs {
        let fields = vec![format!("{}: {} → {}", r.seq.key(), r.was, r.now)];
        tx.log(Subject::Database, AuditAction::Repaired, fields)?;
    }
    tx.commit()?;
    Ok(repairs)
}
