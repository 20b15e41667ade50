//! The embedded backend: a sled database in a private directory on the desk's own machine.
//! The only module that names sled. Every write goes through one sled transaction across all
//! trees (`write`) and then [`SledStore::commit`] (flush + fsync) before `apply` returns.
//!
//! Trees and key layout (all values are `codec` records `[kind, version, body]` unless noted):
//! - `meta`:   UTF-8 name → value; `schema` → u32 big-endian schema version (raw, so that it
//!   can be read before anything else), `settings` → `Settings`, the id counters (raw u64
//!   big-endian, see `counters`).
//! - `offers`: offer id (UTF-8, `OfferId` charset) → `Offer`.
//! - `clients`:  client id (u64 big-endian) → `Client`.
//! - `contacts`: contact id (u64 big-endian) → `AnonymousContact`.
//! - referrals, their events and indexes: see `referrals.rs`.

pub mod counters;
mod export;
pub mod migrate;
mod referrals;
mod write;

use super::{Applied, Change, Kind, Record, Result, Store, StoreError, codec};
use crate::domain::referral::{ClientId, Referral, ReferralEvent, ReferralId};
use crate::domain::{AnonymousContact, Client, Date, Offer, OfferId, Settings};
use counters::{CounterRepair, Seq};
use std::fs;
use std::path::{Path, PathBuf};

/// sled's page cache; its default of 1 GiB is far too much for a desk PC or thin client.
pub const CACHE_BYTES: u64 = 8 * 1024 * 1024;

pub struct SledStore {
    db: sled::Db,
    path: PathBuf,
    meta: sled::Tree,
    offers: sled::Tree,
    clients: sled::Tree,
    contacts: sled::Tree,
    referrals: sled::Tree,
    referral_events: sled::Tree,
    client_referrals: sled::Tree,
    offer_referrals: sled::Tree,
    followup_referrals: sled::Tree,
    /// Counters found behind their records on open, and raised.
    repaired: Vec<CounterRepair>,
}

impl SledStore {
    /// Opens (creating if needed) the database directory at `path`: the directory is made
    /// 0700 and the files 0600, the schema is checked and migrated, the counters checked.
    pub fn open(path: &Path) -> Result<SledStore> {
        create_private_dir(path)?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()
            .map_err(|e| StoreError::from_sled(path, e))?;
        let err = |e| StoreError::from_sled(path, e);
        let mut store = SledStore {
            meta: db.open_tree("meta").map_err(err)?,
            offers: db.open_tree("offers").map_err(err)?,
            clients: db.open_tree("clients").map_err(err)?,
            contacts: db.open_tree("contacts").map_err(err)?,
            referrals: db.open_tree("referrals").map_err(err)?,
            referral_events: db.open_tree("referral_events").map_err(err)?,
            client_referrals: db.open_tree("client_referrals").map_err(err)?,
            offer_referrals: db.open_tree("offer_referrals").map_err(err)?,
            followup_referrals: db.open_tree("followup_referrals").map_err(err)?,
            db,
            path: path.to_path_buf(),
            repaired: Vec::new(),
        };
        restrict_files(path)?;
        migrate::run(&store)?;
        store.repaired = store.repair_counters()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sled_err(&self, e: sled::Error) -> StoreError {
        StoreError::from_sled(&self.path, e)
    }

    fn corrupt(&self, what: String, e: codec::CodecError) -> StoreError {
        StoreError::Corrupt { at: self.location(), what, reason: e.to_string() }
    }

    /// A failed transaction: a record that would not encode or decode, or the storage.
    fn tx_err(&self, what: &str, e: sled::transaction::TransactionError<codec::CodecError>) -> StoreError {
        match e {
            sled::transaction::TransactionError::Abort(c) => self.corrupt(what.into(), c),
            sled::transaction::TransactionError::Storage(s) => self.sled_err(s),
        }
    }

    /// Makes everything written so far durable: sled's flush, then an fsync of its data file,
    /// because sled's flush alone does not reach the disk's cache on Linux.
    fn commit(&self) -> Result<()> {
        self.db.flush().map_err(|e| self.sled_err(e))?;
        let file = fs::File::open(self.path.join("db")).map_err(|e| StoreError::from_io(&self.path, &e))?;
        file.sync_all().map_err(|e| StoreError::from_io(&self.path, &e))
    }

    /// Decodes every value of `tree`; `name` says which record a damaged one was.
    fn decode_all<T: codec::Stored>(&self, tree: &sled::Tree, name: &str) -> Result<Vec<T>> {
        let mut out = Vec::with_capacity(tree.len());
        for item in tree.iter() {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(codec::decode(&v).map_err(|e| self.corrupt(format!("{name}/{}", key_text(&k)), e))?);
        }
        Ok(out)
    }

    fn decode_one<T: codec::Stored>(&self, tree: &sled::Tree, key: &[u8], name: &str) -> Result<Option<T>> {
        match tree.get(key).map_err(|e| self.sled_err(e))? {
            Some(v) => {
                codec::decode(&v).map(Some).map_err(|e| self.corrupt(format!("{name}/{}", key_text(key)), e))
            }
            None => Ok(None),
        }
    }
}

/// A key as it can be named in a message: numbers for big-endian ids, else the text.
fn key_text(key: &[u8]) -> String {
    match <[u8; 8]>::try_from(key) {
        Ok(n) => u64::from_be_bytes(n).to_string(),
        Err(_) => crate::safe_text::visible(&String::from_utf8_lossy(key)).into_owned(),
    }
}

impl Store for SledStore {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn schema_version(&self) -> Result<Option<u32>> {
        migrate::version(self)
    }

    fn repairs(&self) -> &[CounterRepair] {
        &self.repaired
    }

    fn counter(&self, seq: Seq) -> Result<u64> {
        self.counter_value(seq)
    }

    fn apply(&self, changes: &[Change<'_>]) -> Result<Applied> {
        let applied = self.write(changes)?;
        self.commit()?;
        Ok(applied)
    }

    fn settings(&self) -> Result<Settings> {
        Ok(self.decode_one(&self.meta, b"settings", "meta")?.unwrap_or_default())
    }

    fn offer_count(&self) -> Result<usize> {
        Ok(self.offers.len())
    }

    fn all_offers(&self) -> Result<Vec<Offer>> {
        self.decode_all(&self.offers, "offers")
    }

    fn offer(&self, id: &OfferId) -> Result<Option<Offer>> {
        self.decode_one(&self.offers, id.as_str().as_bytes(), "offers")
    }

    fn all_clients(&self) -> Result<Vec<Client>> {
        self.decode_all(&self.clients, "clients")
    }

    fn client(&self, id: u64) -> Result<Option<Client>> {
        self.decode_one(&self.clients, &id.to_be_bytes(), "clients")
    }

    fn all_contacts(&self) -> Result<Vec<AnonymousContact>> {
        self.decode_all(&self.contacts, "contacts")
    }

    fn all_referrals(&self) -> Result<Vec<Referral>> {
        self.decode_all(&self.referrals, "referrals")
    }

    fn referral(&self, id: ReferralId) -> Result<Option<Referral>> {
        self.decode_one(&self.referrals, &id.0.to_be_bytes(), "referrals")
    }

    fn referrals_of(&self, client: ClientId) -> Result<Vec<Referral>> {
        self.referrals_by_index(&self.client_referrals, &client.0.to_be_bytes())
    }

    fn referrals_for_offer(&self, offer: &OfferId) -> Result<Vec<Referral>> {
        self.referrals_by_index(&self.offer_referrals, &referrals::offer_prefix(offer))
    }

    fn due_followups(&self, today: Date) -> Result<Vec<Referral>> {
        self.due(today)
    }

    fn events_of(&self, id: ReferralId) -> Result<Vec<ReferralEvent>> {
        let mut out = Vec::new();
        for item in self.referral_events.scan_prefix(id.0.to_be_bytes()) {
            let (_, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(codec::decode(&v).map_err(|e| self.corrupt(format!("referral_events/{}", id.0), e))?);
        }
        Ok(out)
    }

    fn all_referral_events(&self) -> Result<Vec<ReferralEvent>> {
        self.decode_all(&self.referral_events, "referral_events")
    }

    fn check_consistency(&self) -> Result<Vec<String>> {
        self.check_referral_indexes()
    }

    fn export_records(&self) -> Result<Vec<Record>> {
        self.export()
    }

    fn contents(&self) -> Result<Vec<(Kind, u64)>> {
        self.count_records()
    }

    fn import_records(&self, records: &[Record]) -> Result<Vec<CounterRepair>> {
        self.import(records)?;
        self.commit()?;
        migrate::run(self)?;
        self.repair_counters()
    }
}

/// Creates the directory (and parents) owner-only; tightens an existing one.
fn create_private_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if !path.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(path)
                .map_err(|e| dir_error(path, &e))?;
        } else if path.is_dir() {
            fs::set_permissions(path, fs::Permissions::from_mode(0o700)).map_err(|e| dir_error(path, &e))?;
        }
    }
    #[cfg(not(unix))]
    fs::create_dir_all(path).map_err(|e| dir_error(path, &e))?;
    if path.exists() && !path.is_dir() {
        return Err(StoreError::NotADir { at: path.display().to_string() });
    }
    if !path.is_dir() {
        return Err(StoreError::Missing { at: path.display().to_string() });
    }
    Ok(())
}

fn dir_error(path: &Path, e: &std::io::Error) -> StoreError {
    match StoreError::from_io(path, e) {
        StoreError::Other { .. } => StoreError::Missing { at: path.display().to_string() },
        other => other,
    }
}

/// sled creates its files with the process umask (0644 here, measured); make them 0600.
fn restrict_files(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let entries = fs::read_dir(path).map_err(|e| StoreError::from_io(path, &e))?;
        for entry in entries.flatten() {
            let mode = if entry.path().is_dir() { 0o700 } else { 0o600 };
            fs::set_permissions(entry.path(), fs::Permissions::from_mode(mode))
                .map_err(|e| StoreError::from_io(path, &e))?;
        }
    }
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests;
