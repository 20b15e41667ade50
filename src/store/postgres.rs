//! The team backend: a PostgreSQL server that several desks of one centre share. The only
//! module that names postgres. Records are stored as the same `codec` bytes as on sled (one
//! `records` table keyed by kind and the backup key, see `schema`), so a change to a record's
//! type never touches the server's schema, and backups and `lotse migrate` copy bytes as they
//! are.
//!
//! One connection per store behind a mutex (the `postgres` crate's synchronous client); a
//! broken connection is dropped and the next call connects again, so a desk whose server was
//! away for a moment carries on. Every write is one transaction that first takes the
//! centre's write lock (`pg_advisory_xact_lock`): writes of all desks happen one after the
//! other, numbers are handed out inside them, and a read-modify-write (a search miss counted,
//! a revision checked) can never lose an update. Reads do not wait for it.

mod conn;
mod erase;
mod schema;
mod write;

pub use conn::{is_server_address, pgpass_lookup, redact};
pub use schema::SCHEMA_VERSION;

use super::{Applied, Change, Changes, Erased, Kind, Record, Result, Store, StoreError, codec};
use crate::domain::audit::AuditEntry;
use crate::domain::referral::{ClientId, Referral, ReferralEvent, ReferralId};
use crate::domain::{
    AnonymousContact, Client, Consultation, Date, Gap, Offer, OfferId, SearchMiss, Settings,
};
use crate::store::{CounterRepair, Seq};
use std::sync::Mutex;

/// What can fail inside a call: the server, or a record that will not decode or encode.
pub(crate) enum Fail {
    Pg(postgres::Error),
    Store(StoreError),
}

impl From<postgres::Error> for Fail {
    fn from(e: postgres::Error) -> Fail {
        Fail::Pg(e)
    }
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Fail {
        Fail::Store(e)
    }
}

type Db<T> = std::result::Result<T, Fail>;

/// A store on a PostgreSQL server.
pub struct PgStore {
    config: postgres::Config,
    shown: String,
    conn: Mutex<Option<postgres::Client>>,
    tls: postgres_native_tls::MakeTlsConnector,
    repaired: Vec<CounterRepair>,
    /// Change marks of this store's own writes not yet reported past (`changes_since`).
    own: Mutex<Vec<i64>>,
    /// When the server was last asked for changes without a notification (a lost
    /// notification is found this way at the latest).
    asked: Mutex<Option<std::time::Instant>>,
}

/// Without a notification, the server is asked anyway this often.
const ASK_ANYWAY: std::time::Duration = std::time::Duration::from_secs(10);

/// Connects and listens for the other desks' writes.
fn connect(
    config: &postgres::Config,
    tls: &postgres_native_tls::MakeTlsConnector,
) -> std::result::Result<postgres::Client, postgres::Error> {
    let mut c = config.connect(tls.clone())?;
    c.batch_execute("LISTEN lotse_changes")?;
    Ok(c)
}

impl PgStore {
    /// Connects to `address` (`postgres://user@host:port/db`), applies the migrations the
    /// database lacks and checks the counters. The password comes from `PGPASSWORD`, the
    /// password file or, on a terminal, a prompt.
    pub fn open(address: &str) -> Result<PgStore> {
        let mut config = conn::parse(address)?;
        let shown = conn::shown(&config);
        if config.get_user().is_none()
            && let Some(user) = std::env::var_os("PGUSER").or_else(|| std::env::var_os("USER"))
        {
            config.user(user.to_string_lossy().as_ref());
        }
        // A server that does not answer is said within seconds, not after TCP's minutes.
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(3));
        }
        config.keepalives_idle(std::time::Duration::from_secs(30));
        if let Some(pw) = conn::stored_password(&config) {
            config.password(pw);
        }
        let tls = conn::tls()?;
        let first = match connect(&config, &tls) {
            Ok(c) => c,
            Err(e) => match conn::error(&shown, &e) {
                StoreError::LoginFailed { .. } if config.get_password().is_none() => {
                    let pw =
                        conn::prompt_password(&shown).ok_or(StoreError::LoginFailed { at: shown.clone() })?;
                    config.password(pw);
                    connect(&config, &tls).map_err(|e| conn::error(&shown, &e))?
                }
                other => return Err(other),
            },
        };
        let mut store = PgStore {
            config,
            shown,
            conn: Mutex::new(Some(first)),
            tls,
            repaired: Vec::new(),
            own: Mutex::new(Vec::new()),
            asked: Mutex::new(None),
        };
        let outcome = store.run(|c| Ok(schema::migrate(c)?))?;
        if let schema::Outcome::Newer(found) = outcome {
            return Err(StoreError::NewerSchema { at: store.shown.clone(), found });
        }
        store.repaired = store.run(write::repair_counters)?;
        Ok(store)
    }

    /// Runs `f` on the connection, connecting first where there is none (any more). A read
    /// whose connection broke is tried once more on a fresh one; `f` must then be safe to
    /// run twice (reads are; `apply` is one transaction that either committed or did not).
    fn run<T>(&self, mut f: impl FnMut(&mut postgres::Client) -> Db<T>) -> Result<T> {
        let mut guard = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        for attempt in 0..2 {
            if guard.as_ref().is_none_or(|c| c.is_closed()) {
                *guard = None;
                let c = connect(&self.config, &self.tls).map_err(|e| conn::error(&self.shown, &e))?;
                *guard = Some(c);
                // Notifications sent while away are lost: ask at the next poll.
                *self.asked.lock().unwrap_or_else(|e| e.into_inner()) = None;
            }
            let Some(client) = guard.as_mut() else { continue };
            match f(client) {
                Ok(v) => return Ok(v),
                Err(Fail::Store(e)) => return Err(e),
                Err(Fail::Pg(e)) => {
                    let broken = client.is_closed() || e.as_db_error().is_none();
                    if broken {
                        *guard = None;
                    }
                    if !(broken && attempt == 0) {
                        return Err(conn::error(&self.shown, &e));
                    }
                }
            }
        }
        Err(StoreError::Unreachable { at: self.shown.clone() })
    }

    fn corrupt(&self, kind: Kind, key: &[u8], e: codec::CodecError) -> StoreError {
        StoreError::Corrupt {
            at: self.shown.clone(),
            what: format!("{}/{}", kind.name(), key_text(key)),
            reason: e.to_string(),
        }
    }

    fn decode_rows<T: codec::Stored>(&self, kind: Kind, rows: Vec<(Vec<u8>, Vec<u8>)>) -> Result<Vec<T>> {
        rows.into_iter().map(|(k, v)| codec::decode(&v).map_err(|e| self.corrupt(kind, &k, e))).collect()
    }

    /// Every record of `kind` in key order.
    fn all<T: codec::Stored>(&self, kind: Kind) -> Result<Vec<T>> {
        let rows = self.run(|c| {
            let rows = c.query("SELECT key, value FROM records WHERE kind = $1 ORDER BY key", &[&k(kind)])?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })?;
        self.decode_rows(kind, rows)
    }

    /// The records of `kind` whose key starts with the 8 bytes of `prefix`, in key order.
    fn with_prefix<T: codec::Stored>(&self, kind: Kind, prefix: u64) -> Result<Vec<T>> {
        let (lo, hi) = prefix_range(prefix);
        let rows = self.run(|c| {
            let rows = c.query(
                "SELECT key, value FROM records WHERE kind = $1 AND key >= $2 AND key < $3 ORDER BY key",
                &[&k(kind), &lo, &hi],
            )?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })?;
        self.decode_rows(kind, rows)
    }

    fn one<T: codec::Stored>(&self, kind: Kind, key: &[u8]) -> Result<Option<T>> {
        let v: Option<Vec<u8>> = self.run(|c| {
            Ok(c.query_opt("SELECT value FROM records WHERE kind = $1 AND key = $2", &[&k(kind), &key])?
                .map(|r| r.get(0)))
        })?;
        v.map(|v| codec::decode(&v).map_err(|e| self.corrupt(kind, key, e))).transpose()
    }

    /// Referrals found by one of the query columns.
    fn referrals_where(
        &self,
        cond: &str,
        param: &(dyn postgres::types::ToSql + Sync),
    ) -> Result<Vec<Referral>> {
        let sql = format!("SELECT key, value FROM records WHERE kind = $1 AND {cond} ORDER BY key");
        let rows = self.run(|c| {
            let rows = c.query(sql.as_str(), &[&k(Kind::Referral), param])?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })?;
        self.decode_rows(Kind::Referral, rows)
    }
}

/// A kind as its column stores it.
pub(crate) fn k(kind: Kind) -> i16 {
    i16::from(kind.byte())
}

/// Keys from `prefix` (8 bytes big-endian) up to the next prefix.
pub(crate) fn prefix_range(prefix: u64) -> (Vec<u8>, Vec<u8>) {
    let lo = prefix.to_be_bytes().to_vec();
    let hi = match prefix.checked_add(1) {
        Some(n) => n.to_be_bytes().to_vec(),
        None => vec![0xff; 9],
    };
    (lo, hi)
}

/// A key as it can be named in a message: numbers for big-endian ids, else the text.
pub(crate) fn key_text(key: &[u8]) -> String {
    match key.len() {
        8 => u64::from_be_bytes(key.try_into().unwrap_or_default()).to_string(),
        16 => {
            let (a, b) = key.split_at(8);
            format!(
                "{}/{}",
                u64::from_be_bytes(a.try_into().unwrap_or_default()),
                u64::from_be_bytes(b.try_into().unwrap_or_default())
            )
        }
        _ => crate::safe_text::visible(&String::from_utf8_lossy(key)).into_owned(),
    }
}

impl Store for PgStore {
    fn location(&self) -> String {
        self.shown.clone()
    }

    fn schema_version(&self) -> Result<Option<u32>> {
        self.run(|c| Ok(schema::version(c)?))
    }

    fn repairs(&self) -> &[CounterRepair] {
        &self.repaired
    }

    fn counter(&self, seq: Seq) -> Result<u64> {
        self.run(|c| Ok(write::counter(c, seq)?))
    }

    fn apply(&self, changes: &[Change<'_>]) -> Result<Applied> {
        let (applied, mark) = self.run(|c| write::apply(c, changes, &self.shown))?;
        self.own.lock().unwrap_or_else(|e| e.into_inner()).push(mark);
        Ok(applied)
    }

    fn change_mark(&self) -> Result<u64> {
        self.run(|c| {
            let m: i64 = c.query_one("SELECT mark FROM change_mark", &[])?.get(0);
            Ok(m.max(0) as u64)
        })
    }

    fn changes_since(&self, mark: u64) -> Result<Changes> {
        let own: Vec<i64> = self.own.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut asked = self.asked.lock().unwrap_or_else(|e| e.into_inner()).to_owned();
        let changes = self.run(|c| {
            // LISTEN lotse_changes: a write anywhere in this database sends one; taking them
            // here costs no round trip. The schema's name comes as the payload.
            use postgres::fallible_iterator::FallibleIterator;
            let mut notified = false;
            {
                let mut pending = c.notifications();
                let mut it = pending.iter();
                while it.next()?.is_some() {
                    notified = true;
                }
            }
            let due = asked.is_none_or(|t| t.elapsed() >= ASK_ANYWAY);
            if !notified && !due {
                return Ok(Changes { mark, records: false, offers: false });
            }
            asked = Some(std::time::Instant::now());
            let row = c.query_one(
                "SELECT (SELECT mark FROM change_mark),
                        coalesce(bool_or(kind <> $3), false), coalesce(bool_or(kind = $3), false)
                 FROM records WHERE changed > $1 AND NOT (changed = ANY($2))",
                &[&(mark.min(i64::MAX as u64) as i64), &own, &k(Kind::Offer)],
            )?;
            let now: i64 = row.get(0);
            Ok(Changes { mark: now.max(0) as u64, records: row.get(1), offers: row.get(2) })
        })?;
        *self.asked.lock().unwrap_or_else(|e| e.into_inner()) = asked;
        self.own.lock().unwrap_or_else(|e| e.into_inner()).retain(|&m| m as u64 > changes.mark);
        Ok(changes)
    }

    fn settings(&self) -> Result<Settings> {
        Ok(self.one(Kind::Settings, b"settings")?.unwrap_or_default())
    }

    fn offer_count(&self) -> Result<usize> {
        self.run(|c| {
            let n: i64 =
                c.query_one("SELECT count(*) FROM records WHERE kind = $1", &[&k(Kind::Offer)])?.get(0);
            Ok(n.max(0) as usize)
        })
    }

    fn all_offers(&self) -> Result<Vec<Offer>> {
        self.all(Kind::Offer)
    }

    fn offer(&self, id: &OfferId) -> Result<Option<Offer>> {
        self.one(Kind::Offer, id.as_str().as_bytes())
    }

    fn all_clients(&self) -> Result<Vec<Client>> {
        self.all(Kind::Client)
    }

    fn client(&self, id: u64) -> Result<Option<Client>> {
        self.one(Kind::Client, &id.to_be_bytes())
    }

    fn all_contacts(&self) -> Result<Vec<AnonymousContact>> {
        self.all(Kind::Contact)
    }

    fn all_referrals(&self) -> Result<Vec<Referral>> {
        self.all(Kind::Referral)
    }

    fn referral(&self, id: ReferralId) -> Result<Option<Referral>> {
        self.one(Kind::Referral, &id.0.to_be_bytes())
    }

    fn referrals_of(&self, client: ClientId) -> Result<Vec<Referral>> {
        self.referrals_where("client_id = $2", &(client.0 as i64))
    }

    fn referrals_for_offer(&self, offer: &OfferId) -> Result<Vec<Referral>> {
        self.referrals_where("offer_id = $2", &offer.as_str())
    }

    fn due_followups(&self, today: Date) -> Result<Vec<Referral>> {
        let sql =
            "SELECT key, value FROM records WHERE follow_up <= $1 AND kind = $2 ORDER BY follow_up, key";
        let rows = self.run(|c| {
            let rows = c.query(sql, &[&today.day_number(), &k(Kind::Referral)])?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })?;
        self.decode_rows(Kind::Referral, rows)
    }

    fn events_of(&self, id: ReferralId) -> Result<Vec<ReferralEvent>> {
        self.with_prefix(Kind::ReferralEvent, id.0)
    }

    fn all_referral_events(&self) -> Result<Vec<ReferralEvent>> {
        self.all(Kind::ReferralEvent)
    }

    fn all_consultations(&self) -> Result<Vec<Consultation>> {
        self.all(Kind::Consultation)
    }

    fn consultations_of(&self, client: u64) -> Result<Vec<Consultation>> {
        self.with_prefix(Kind::Consultation, client)
    }

    fn all_gaps(&self) -> Result<Vec<Gap>> {
        self.all(Kind::Gap)
    }

    fn all_search_misses(&self) -> Result<Vec<SearchMiss>> {
        self.all(Kind::SearchMiss)
    }

    fn all_traces(&self) -> Result<Vec<crate::domain::Trace>> {
        self.all(Kind::Trace)
    }

    /// This login's drafts (`drafts.owner = session_user`): a colleague's open forms are theirs.
    fn drafts(&self) -> Result<Option<crate::store::Drafts>> {
        let v: Option<Vec<u8>> = self.run(|c| {
            Ok(c.query_opt("SELECT value FROM drafts WHERE owner = session_user", &[])?.map(|r| r.get(0)))
        })?;
        v.map(|v| {
            codec::decode(&v).map_err(|e| StoreError::Corrupt {
                at: self.shown.clone(),
                what: "drafts".into(),
                reason: e.to_string(),
            })
        })
        .transpose()
    }

    fn put_drafts(&self, drafts: Option<&crate::store::Drafts>) -> Result<()> {
        let bytes = match drafts {
            Some(d) => Some(codec::encode(d).map_err(|e| StoreError::Corrupt {
                at: self.shown.clone(),
                what: "drafts".into(),
                reason: e.to_string(),
            })?),
            None => None,
        };
        self.run(|c| {
            match &bytes {
                Some(b) => c.execute(
                    "INSERT INTO drafts (value) VALUES ($1)
                     ON CONFLICT (owner) DO UPDATE SET value = excluded.value, saved = now()",
                    &[b],
                )?,
                None => c.execute("DELETE FROM drafts WHERE owner = session_user", &[])?,
            };
            Ok(())
        })
    }

    fn check_consistency(&self) -> Result<Vec<String>> {
        self.run(|c| erase::check_consistency(c, &self.shown))
    }

    fn export_records(&self) -> Result<Vec<Record>> {
        self.run(|c| Ok(erase::export(c)?))
    }

    fn contents(&self) -> Result<Vec<(Kind, u64)>> {
        self.run(|c| Ok(erase::contents(c)?))
    }

    fn import_records(&self, records: &[Record]) -> Result<Vec<CounterRepair>> {
        self.run(|c| erase::import(c, records, &self.shown))?;
        self.run(write::repair_counters)
    }

    fn erase_client(&self, id: u64) -> Result<Option<Erased>> {
        let erased = self.run(|c| erase::erase_client(c, id, &self.shown))?;
        if erased.is_some() {
            self.run(|c| Ok(erase::vacuum(c)?))?;
        }
        Ok(erased)
    }

    fn anonymise_clients(&self, ids: &[u64], today: Date) -> Result<usize> {
        let done = self.run(|c| erase::anonymise_clients(c, ids, today, &self.shown))?;
        if done > 0 {
            self.run(|c| Ok(erase::vacuum(c)?))?;
        }
        Ok(done)
    }

    fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        self.all(Kind::Audit)
    }
}
