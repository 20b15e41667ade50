//! Erasure, anonymisation, whole-database copies and the consistency check on the server.
//! An erasure is one transaction of DELETEs; then `VACUUM (FULL)` rewrites the table, so
//! that the deleted rows' bytes leave the table's files (PostgreSQL keeps dead rows in place
//! until a vacuum, and a plain vacuum only marks their space as free).

use super::write::{Tx, columns, enc};
use super::{Db, Fail, k, key_text, prefix_range};
use crate::domain::audit::{AuditAction, Subject};
use crate::domain::referral::{Referral, ReferralEvent};
use crate::domain::{Client, Consultation, Date};
use crate::store::{Erased, Kind, Record, Seq, StoreError, codec};
use std::collections::BTreeSet;

fn corrupt(shown: &str, kind: Kind, key: &[u8], e: codec::CodecError) -> Fail {
    Fail::Store(StoreError::Corrupt {
        at: shown.into(),
        what: format!("{}/{}", kind.name(), key_text(key)),
        reason: e.to_string(),
    })
}

/// Rewrites the tables so that deleted and replaced rows are gone from their files.
pub(crate) fn vacuum(c: &mut postgres::Client) -> Result<(), postgres::Error> {
    // One statement each: several in one call would run as one transaction, where VACUUM
    // cannot run.
    c.batch_execute("VACUUM (FULL) records")?;
    c.batch_execute("VACUUM (FULL) drafts")
}

/// The referrals of client `id` as (key, record), inside a transaction.
fn referrals_of(tx: &mut Tx<'_>, id: u64) -> Db<Vec<(Vec<u8>, Referral)>> {
    let rows = tx.t.query(
        "SELECT key, value FROM records WHERE kind = $1 AND client_id = $2 ORDER BY key FOR UPDATE",
        &[&k(Kind::Referral), &(id as i64)],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (key, v): (Vec<u8>, Vec<u8>) = (r.get(0), r.get(1));
        let referral = codec::decode(&v).map_err(|e| corrupt(&tx.shown, Kind::Referral, &key, e))?;
        out.push((key, referral));
    }
    Ok(out)
}

fn delete_prefix(tx: &mut Tx<'_>, kind: Kind, prefix: u64) -> Db<u64> {
    let (lo, hi) = prefix_range(prefix);
    Ok(tx
        .t
        .execute("DELETE FROM records WHERE kind = $1 AND key >= $2 AND key < $3", &[&k(kind), &lo, &hi])?)
}

/// The records of `kind` under `prefix` (8 bytes big-endian), decoded, inside a transaction.
fn decoded_prefix<T: codec::Stored>(tx: &mut Tx<'_>, kind: Kind, prefix: u64) -> Db<Vec<T>> {
    let (lo, hi) = prefix_range(prefix);
    let rows = tx.t.query(
        "SELECT key, value FROM records WHERE kind = $1 AND key >= $2 AND key < $3 ORDER BY key",
        &[&k(kind), &lo, &hi],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let (key, v): (Vec<u8>, Vec<u8>) = (r.get(0), r.get(1));
        out.push(codec::decode(&v).map_err(|e| corrupt(&tx.shown, kind, &key, e))?);
    }
    Ok(out)
}

/// The client's statistical trace (`domain::trace`), in the erasure's transaction as on a
/// desk: the figures of past periods stay as they were, and there is no moment at which the
/// client is gone and the trace not yet there.
fn write_trace(tx: &mut Tx<'_>, id: u64, referrals: &[(Vec<u8>, Referral)]) -> Db<()> {
    use crate::domain::Trace;
    let Some(v) = tx.get(Kind::Client, &id.to_be_bytes())? else { return Ok(()) };
    let client: Client =
        codec::decode(&v).map_err(|e| corrupt(&tx.shown, Kind::Client, &id.to_be_bytes(), e))?;
    let mut with_history = Vec::with_capacity(referrals.len());
    for (_, r) in referrals {
        let events: Vec<ReferralEvent> = decoded_prefix(tx, Kind::ReferralEvent, r.id.0)?;
        with_history.push((r.clone(), events));
    }
    let consultations: Vec<Consultation> = decoded_prefix(tx, Kind::Consultation, id)?;
    let rows = tx.t.query("SELECT key, value FROM records WHERE kind = $1", &[&k(Kind::Offer)])?;
    let mut offers = Vec::with_capacity(rows.len());
    for r in rows {
        let (key, v): (Vec<u8>, Vec<u8>) = (r.get(0), r.get(1));
        offers.push(codec::decode(&v).map_err(|e| corrupt(&tx.shown, Kind::Offer, &key, e))?);
    }
    let towns = crate::domain::trace::DirectoryTowns::of(&offers);
    let today = Date::from_naive(chrono::Local::now().date_naive());
    let trace = Trace::of(&client, &consultations, &with_history, today, &towns);
    let mut probe = 0;
    while tx.get(Kind::Trace, &trace.key(probe))?.is_some() {
        probe += 1;
    }
    tx.put(Kind::Trace, &trace.key(probe), &trace)
}

pub(crate) fn erase_client(c: &mut postgres::Client, id: u64, shown: &str) -> Db<Option<Erased>> {
    let mut tx = Tx::begin(c, shown)?;
    let key = id.to_be_bytes();
    if tx.get(Kind::Client, &key)?.is_none() {
        tx.t.rollback()?;
        return Ok(None);
    }
    let referrals = referrals_of(&mut tx, id)?;
    write_trace(&mut tx, id, &referrals)?;
    let mut erased = Erased { referrals: referrals.len(), events: 0 };
    for (rkey, r) in &referrals {
        erased.events += delete_prefix(&mut tx, Kind::ReferralEvent, r.id.0)? as usize;
        tx.t.execute("DELETE FROM records WHERE kind = $1 AND key = $2", &[&k(Kind::Referral), rkey])?;
    }
    delete_prefix(&mut tx, Kind::Consultation, id)?;
    tx.t.execute("DELETE FROM records WHERE kind = $1 AND key = $2", &[&k(Kind::Client), &key.as_slice()])?;
    // As on a desk, where the rewrite drops them: an open form's draft may hold the person's
    // data; the desk that has it open writes it again with its next key.
    tx.t.execute("DELETE FROM drafts", &[])?;
    // The trail keeps that a record was erased, by number only.
    tx.log(Subject::Client(id), AuditAction::Erased, Vec::new())?;
    tx.commit()?;
    Ok(Some(erased))
}

pub(crate) fn anonymise_clients(
    c: &mut postgres::Client,
    ids: &[u64],
    today: Date,
    shown: &str,
) -> Db<usize> {
    use crate::domain::retention::{
        anonymise_client, anonymise_consultation, anonymise_event, anonymise_referral,
    };
    let mut tx = Tx::begin(c, shown)?;
    let mut done = 0;
    for &id in ids {
        let key = id.to_be_bytes();
        let Some(v) = tx.get(Kind::Client, &key)? else { continue };
        let client: Client = codec::decode(&v).map_err(|e| corrupt(shown, Kind::Client, &key, e))?;
        tx.put(Kind::Client, &key, &anonymise_client(&client, today))?;
        let (lo, hi) = prefix_range(id);
        let rows = tx.t.query(
            "SELECT key, value FROM records WHERE kind = $1 AND key >= $2 AND key < $3",
            &[&k(Kind::Consultation), &lo, &hi],
        )?;
        for r in rows {
            let (ckey, v): (Vec<u8>, Vec<u8>) = (r.get(0), r.get(1));
            let cons: Consultation =
                codec::decode(&v).map_err(|e| corrupt(shown, Kind::Consultation, &ckey, e))?;
            tx.put(Kind::Consultation, &ckey, &anonymise_consultation(&cons))?;
        }
        for (rkey, r) in referrals_of(&mut tx, id)? {
            let a = anonymise_referral(&r);
            let bytes = enc(shown, "referrals", &a)?;
            tx.put_row(Kind::Referral, &rkey, &bytes, columns(&a))?;
            let (lo, hi) = prefix_range(r.id.0);
            let rows = tx.t.query(
                "SELECT key, value FROM records WHERE kind = $1 AND key >= $2 AND key < $3",
                &[&k(Kind::ReferralEvent), &lo, &hi],
            )?;
            for row in rows {
                let (ekey, v): (Vec<u8>, Vec<u8>) = (row.get(0), row.get(1));
                let ev: ReferralEvent =
                    codec::decode(&v).map_err(|e| corrupt(shown, Kind::ReferralEvent, &ekey, e))?;
                tx.put(Kind::ReferralEvent, &ekey, &anonymise_event(&ev))?;
            }
        }
        tx.log(Subject::Client(id), AuditAction::Anonymised, Vec::new())?;
        done += 1;
    }
    tx.commit()?;
    Ok(done)
}

/// Every record, by kind, counters included, in one consistent snapshot.
pub(crate) fn export(c: &mut postgres::Client) -> Result<Vec<Record>, postgres::Error> {
    let mut t = c
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let mut out = Vec::new();
    let settings = t.query_opt(
        "SELECT value FROM records WHERE kind = $1 AND key = 'settings'::bytea",
        &[&k(Kind::Settings)],
    )?;
    if let Some(r) = settings {
        out.push(Record { kind: Kind::Settings, key: b"settings".to_vec(), value: r.get(0) });
    }
    for seq in Seq::ALL {
        if let Some(r) = t.query_opt("SELECT last FROM counters WHERE name = $1", &[&seq.key()])? {
            let last: i64 = r.get(0);
            out.push(Record {
                kind: Kind::Counter,
                key: seq.key().as_bytes().to_vec(),
                value: (last.max(0) as u64).to_be_bytes().to_vec(),
            });
        }
    }
    for kind in Kind::ALL.into_iter().filter(|k| !matches!(k, Kind::Settings | Kind::Counter)) {
        for r in t.query("SELECT key, value FROM records WHERE kind = $1 ORDER BY key", &[&k(kind)])? {
            out.push(Record { kind, key: r.get(0), value: r.get(1) });
        }
    }
    t.commit()?;
    Ok(out)
}

pub(crate) fn contents(c: &mut postgres::Client) -> Result<Vec<(Kind, u64)>, postgres::Error> {
    let mut counts = std::collections::HashMap::new();
    for r in c.query("SELECT kind, count(*) FROM records GROUP BY kind", &[])? {
        let (kind, n): (i16, i64) = (r.get(0), r.get(1));
        if let Some(kind) = u8::try_from(kind).ok().and_then(Kind::from_byte) {
            counts.insert(kind, n.max(0) as u64);
        }
    }
    let names: Vec<&str> = Seq::ALL.iter().map(|s| s.key()).collect();
    let n: i64 = c.query_one("SELECT count(*) FROM counters WHERE name = ANY($1)", &[&names])?.get(0);
    counts.insert(Kind::Counter, n.max(0) as u64);
    Ok(Kind::ALL
        .into_iter()
        .filter_map(|kind| counts.get(&kind).filter(|&&n| n > 0).map(|&n| (kind, n)))
        .collect())
}

/// Writes `records` into the empty database in one transaction, in chunks of rows.
pub(crate) fn import(c: &mut postgres::Client, records: &[Record], shown: &str) -> Db<()> {
    let present = contents(c)?;
    if !present.is_empty() {
        let what: Vec<String> = present.iter().map(|(k, n)| format!("{} {n}", k.name())).collect();
        return Err(Fail::Store(StoreError::Other {
            at: shown.into(),
            reason: format!("not empty: {}", what.join(", ")),
        }));
    }
    let mut tx = Tx::begin(c, shown)?;
    for chunk in records.chunks(2000) {
        let (mut kinds, mut keys, mut values, mut clients, mut offers, mut follow) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for r in chunk {
            if r.kind == Kind::Counter {
                let last = <[u8; 8]>::try_from(r.value.as_slice()).map_or(0, u64::from_be_bytes);
                let name = String::from_utf8_lossy(&r.key).into_owned();
                tx.t.execute("INSERT INTO counters (name, last) VALUES ($1, $2)", &[&name, &(last as i64)])?;
                continue;
            }
            let cols = if r.kind == Kind::Referral {
                let referral: Referral =
                    codec::decode(&r.value).map_err(|e| corrupt(shown, r.kind, &r.key, e))?;
                columns(&referral)
            } else {
                (None, None, None)
            };
            kinds.push(k(r.kind));
            keys.push(r.key.as_slice());
            values.push(r.value.as_slice());
            clients.push(cols.0);
            offers.push(cols.1);
            follow.push(cols.2);
        }
        let mark = tx.mark;
        tx.t.execute(
            "INSERT INTO records (kind, key, value, client_id, offer_id, follow_up, changed)
             SELECT kind, key, value, client_id, offer_id, follow_up, $7
             FROM unnest($1::smallint[], $2::bytea[], $3::bytea[], $4::bigint[], $5::text[], $6::integer[])
               AS u(kind, key, value, client_id, offer_id, follow_up)",
            &[&kinds, &keys, &values, &clients, &offers, &follow, &mark],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Compares the query columns with the records they come from, and finds histories and
/// consultations whose record is missing; one line per inconsistency.
pub(crate) fn check_consistency(c: &mut postgres::Client, shown: &str) -> Db<Vec<String>> {
    let mut found = Vec::new();
    let with_history: BTreeSet<Vec<u8>> = c
        .query(
            "SELECT DISTINCT substring(key from 1 for 8) FROM records WHERE kind = $1",
            &[&k(Kind::ReferralEvent)],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let rows = c.query(
        "SELECT key, value, client_id, offer_id, follow_up FROM records WHERE kind = $1 ORDER BY key",
        &[&k(Kind::Referral)],
    )?;
    for row in rows {
        let key: Vec<u8> = row.get(0);
        let v: Vec<u8> = row.get(1);
        let r: Referral = codec::decode(&v).map_err(|e| corrupt(shown, Kind::Referral, &key, e))?;
        let stored: (Option<i64>, Option<String>, Option<i32>) = (row.get(2), row.get(3), row.get(4));
        if stored != columns(&r) {
            found.push(format!("referral {}: query columns differ from the record", r.id.0));
        }
        if key != r.id.0.to_be_bytes() {
            found.push(format!("referral {} stored under key {}", r.id.0, key_text(&key)));
        }
        if !with_history.contains(&key) {
            found.push(format!("referral {} has no history", r.id.0));
        }
    }
    let stray = c.query(
        "SELECT key FROM records WHERE kind <> $1 AND (client_id IS NOT NULL OR offer_id IS NOT NULL OR follow_up IS NOT NULL)",
        &[&k(Kind::Referral)],
    )?;
    for r in stray {
        found.push(format!(
            "query columns on a record that is no referral: {}",
            key_text(&r.get::<_, Vec<u8>>(0))
        ));
    }
    let orphans = c.query(
        "SELECT e.key FROM records e WHERE e.kind = $1 AND NOT EXISTS
           (SELECT 1 FROM records c WHERE c.kind = $2 AND c.key = substring(e.key from 1 for 8))",
        &[&k(Kind::Consultation), &k(Kind::Client)],
    )?;
    for r in orphans {
        found.push(format!("consultation {} without its client", key_text(&r.get::<_, Vec<u8>>(0))));
    }
    Ok(found)
}
