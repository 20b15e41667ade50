//! The only module that names sled. Typed methods in domain words; every write the UI reports
//! as saved goes through [`Store::commit`] (flush + fsync) first.
//!
//! Trees and key layout (all values are `codec` records `[kind, version, body]` unless noted):
//! - `meta`:   UTF-8 name → value; `schema` → u32 big-endian schema version (raw, so that it
//!   can be read before anything else), `settings` → `Settings`.
//! - `offers`: offer id (UTF-8, `OfferId` charset) → `Offer`.
//! - clients and anonymous contacts: see `clients.rs`.
//! - referrals, their events and indexes: see `referrals.rs`.
//!
//! Backups (`backup`) take every tree generically; a new tree needs no change there, only a
//! line in `records::decode_known` so that a restore can decode its values.

pub mod backup;
mod clients;
pub mod codec;
mod counters;
mod error;
mod migrate;
mod records;
mod referrals;

pub use counters::{CounterRepair, Seq};
pub use error::StoreError;

use crate::domain::{Offer, OfferId, Settings};
use sled::Transactional;
use std::fs;
use std::path::{Path, PathBuf};

/// sled's page cache; its default of 1 GiB is far too much for a desk PC or thin client.
pub const CACHE_BYTES: u64 = 8 * 1024 * 1024;

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
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

impl Store {
    /// Opens (creating if needed) the database directory at `path`: the directory is made
    /// 0700 and the files 0600, the schema is checked and migrated.
    pub fn open(path: &Path) -> Result<Store> {
        create_private_dir(path)?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()
            .map_err(|e| StoreError::from_sled(path, e))?;
        let err = |e| StoreError::from_sled(path, e);
        let mut store = Store {
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

    /// The schema version recorded in the database.
    pub fn schema_version(&self) -> Result<Option<u32>> {
        migrate::version(self)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sled_err(&self, e: sled::Error) -> StoreError {
        StoreError::from_sled(&self.path, e)
    }

    fn corrupt(&self, what: String, e: codec::CodecError) -> StoreError {
        StoreError::Corrupt { path: self.path.clone(), what, reason: e.to_string() }
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
    pub fn commit(&self) -> Result<()> {
        self.db.flush().map_err(|e| self.sled_err(e))?;
        let file = fs::File::open(self.path.join("db")).map_err(|e| StoreError::from_io(&self.path, &e))?;
        file.sync_all().map_err(|e| StoreError::from_io(&self.path, &e))
    }

    // ---- settings ----

    /// The desk's settings; defaults when none were saved yet.
    pub fn settings(&self) -> Result<Settings> {
        match self.meta.get("settings").map_err(|e| self.sled_err(e))? {
            Some(v) => codec::decode(&v).map_err(|e| self.corrupt("meta/settings".into(), e)),
            None => Ok(Settings::default()),
        }
    }

    pub fn put_settings(&self, s: &Settings) -> Result<()> {
        let bytes = codec::encode(s).map_err(|e| self.corrupt("meta/settings".into(), e))?;
        self.meta.insert("settings", bytes).map_err(|e| self.sled_err(e))?;
        self.commit()
    }

    // ---- offers ----

    pub fn offer_count(&self) -> usize {
        self.offers.len()
    }

    /// All offers in id order. A damaged record stops the load with a clear error rather than
    /// silently showing an incomplete directory.
    pub fn all_offers(&self) -> Result<Vec<Offer>> {
        let mut out = Vec::with_capacity(self.offers.len());
        for item in self.offers.iter() {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            let offer = codec::decode::<Offer>(&v)
                .map_err(|e| self.corrupt(format!("offers/{}", String::from_utf8_lossy(&k)), e))?;
            out.push(offer);
        }
        Ok(out)
    }

    pub fn offer(&self, id: &OfferId) -> Result<Option<Offer>> {
        match self.offers.get(id.as_str()).map_err(|e| self.sled_err(e))? {
            Some(v) => codec::decode(&v).map(Some).map_err(|e| self.corrupt(format!("offers/{id}"), e)),
            None => Ok(None),
        }
    }

    /// Stores an offer made in Lotse under the next free number (`O-0042`), in one atomic step
    /// with its counter, and commits. Numbers already taken (an import may bring `O-…` ids) are
    /// skipped. Returns the id and its number.
    pub fn create_offer(&self, offer: &Offer) -> Result<(OfferId, u64)> {
        let (id, n) = (&self.meta, &self.offers)
            .transaction(|(meta, offers)| {
                loop {
                    let n = counters::take(meta, Seq::Offer)?;
                    let id = OfferId::numbered(n);
                    if offers.get(id.as_str())?.is_some() {
                        continue;
                    }
                    let mut o = offer.clone();
                    o.id = id.clone();
                    let bytes =
                        codec::encode(&o).map_err(sled::transaction::ConflictableTransactionError::Abort)?;
                    offers.insert(id.as_str(), bytes)?;
                    return Ok((id, n));
                }
            })
            .map_err(|e| self.tx_err("offers", e))?;
        self.commit()?;
        Ok((id, n))
    }

    /// Stores one offer durably (insert or replace by id).
    pub fn put_offer(&self, offer: &Offer) -> Result<()> {
        self.put_offers(std::slice::from_ref(offer))
    }

    /// Stores many offers as one atomic batch, then commits: all or nothing, even on a kill.
    pub fn put_offers(&self, offers: &[Offer]) -> Result<()> {
        let mut batch = sled::Batch::default();
        for o in offers {
            let bytes = codec::encode(o).map_err(|e| self.corrupt(format!("offers/{}", o.id), e))?;
            batch.insert(o.id.as_str(), bytes);
        }
        self.offers.apply_batch(batch).map_err(|e| self.sled_err(e))?;
        self.commit()
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
        return Err(StoreError::NotADir(path.to_path_buf()));
    }
    if !path.is_dir() {
        return Err(StoreError::DirMissing(path.to_path_buf()));
    }
    Ok(())
}

fn dir_error(path: &Path, e: &std::io::Error) -> StoreError {
    match StoreError::from_io(path, e) {
        StoreError::Other { .. } => StoreError::DirMissing(path.to_path_buf()),
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
