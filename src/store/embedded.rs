//! The embedded backend: a sled database in a private directory on the desk's own machine.
//! The only module that names sled. Every write goes through one sled transaction across all
//! trees (`write`) and then `Open::commit` (flush + fsync) before `apply` returns.
//!
//! Trees and key layout (all values are `codec` records `[kind, version, body]` unless noted):
//! - `meta`:   UTF-8 name → value; `schema` → u32 big-endian schema version (raw, so that it
//!   can be read before anything else), `settings` → `Settings`, the id counters (raw u64
//!   big-endian, see `counters`).
//! - `offers`: offer id (UTF-8, `OfferId` charset) → `Offer`.
//! - `clients`:  client id (u64 big-endian) → `Client`.
//! - `contacts`: contact id (u64 big-endian) → `AnonymousContact`.
//! - referrals, their events and indexes: see `referrals.rs`.
//! - `audit`: entry number (u64 big-endian) → `AuditEntry`, append-only.
//! - `consultations`: client id ++ consultation id (u64 big-endian each) → `Consultation`, so
//!   that a client's consultations are one prefix scan.
//! - `gaps`: gap id (u64 big-endian) → `Gap`.
//! - `search_misses`: `SearchMiss::key` (UTF-8: month/need/folded town) → `SearchMiss`.
//! - `drafts`: `open` → `Drafts`, the forms open when Lotse last stopped (see `drafts`).
//! - `traces`: `Trace::key` (a content hash, u64 big-endian) → `Trace`, what an erased client
//!   leaves to the figures.

pub mod counters;
mod drafts;
mod erase;
mod export;
mod mark;
pub mod migrate;
mod referrals;
mod rewrite;
mod write;

pub(crate) use write::conflict as write_conflict;

use super::{Applied, Change, Erased, Kind, Record, Result, Store, StoreError, codec};
use crate::domain::audit::AuditEntry;
use crate::domain::referral::{ClientId, Referral, ReferralEvent, ReferralId};
use crate::domain::{
    AnonymousContact, Client, Consultation, Date, Gap, Offer, OfferId, SearchMiss, Settings, Trace,
};
use counters::{CounterRepair, Seq};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{RwLock, RwLockReadGuard};

/// Only for the crash test's control run, which must show that losses are caught when writes
/// are not made durable (tests/crash.rs): no flush, no fsync, no background flush. Never set
/// `LOTSE_UNSAFE_NO_FSYNC` at a desk.
fn unsafe_no_fsync() -> bool {
    std::env::var_os("LOTSE_UNSAFE_NO_FSYNC").is_some()
}

/// sled's page cache; its default of 1 GiB is far too much for a desk PC or thin client.
pub const CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// The desk database: an [`Open`] sled database behind a lock. Reads and writes share it;
/// a rewrite (after an erasure, so that deleted bytes leave the disk) takes it alone and
/// swaps in the rewritten database.
pub struct SledStore {
    open: RwLock<Open>,
    /// Set when a rewrite could not reopen the database: every call fails until a restart.
    failed: std::sync::atomic::AtomicBool,
    path: PathBuf,
    /// Counters found behind their records on open, and raised.
    repaired: Vec<CounterRepair>,
    /// Why the database is only read (`mark`): (missing, made) saves.
    damage: Option<(u64, u64)>,
}

impl SledStore {
    /// Opens an existing database only (for commands that read): a missing one is an error,
    /// not a new empty database.
    pub fn open_existing(path: &Path) -> Result<SledStore> {
        if path.is_dir() && is_foreign(path) {
            return Err(StoreError::NotADatabase { at: path.display().to_string() });
        }
        if !path.join("conf").exists() && !path.join("db").exists() {
            return Err(StoreError::NoDatabase { at: path.display().to_string() });
        }
        SledStore::open(path)
    }

    /// Opens (creating if needed) the database directory at `path`; finishes or discards a
    /// rewrite that a crash interrupted first (see `rewrite`).
    pub fn open(path: &Path) -> Result<SledStore> {
        rewrite::recover(path)?;
        rewrite::create_fresh(path)?;
        let open = open_bounded(path)?;
        let repaired = open.repaired.clone();
        let damage = open.damage;
        Ok(SledStore {
            open: RwLock::new(open),
            failed: Default::default(),
            path: path.to_path_buf(),
            repaired,
            damage,
        })
    }

    /// The open database, for reading or for a write sled serialises itself. A panic while
    /// the lock was held leaves sled as consistent as sled is: the lock is taken anyway.
    fn read(&self) -> RwLockReadGuard<'_, Open> {
        self.open.read().unwrap_or_else(|e| e.into_inner())
    }

    /// An error once a failed rewrite left only its placeholder open.
    fn usable(&self) -> Result<()> {
        if self.failed.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(StoreError::Other {
                at: self.location(),
                reason: "reopen after rewrite failed; restart".into(),
            });
        }
        Ok(())
    }

    /// An error when writes must not reach this database: a failed rewrite, or damage found
    /// on open (it is read, never written, until the last good backup is restored).
    fn writable(&self) -> Result<()> {
        self.usable()?;
        match self.damage() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// How long opening may take before the database counts as damaged. A healthy database of
/// 100,000 offers opens in well under a second; damaged segment files have made sled spin at
/// full CPU forever (issue 16). `LOTSE_OPEN_TIMEOUT_MS` overrides it (tests).
const OPEN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

fn open_timeout() -> std::time::Duration {
    std::env::var("LOTSE_OPEN_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(OPEN_TIMEOUT, std::time::Duration::from_millis)
}

/// Opens on a helper thread with a time bound, and turns a panic inside sled (damaged files
/// have made it panic in `segment.rs`) into [`StoreError::Damaged`] instead of ending the
/// program. A panic on the opening thread prints nothing (the panic hooks would restore the
/// terminal under a running screen and quote sled's text); panics anywhere else go to the
/// hooks as before (see `quiet_open_threads`). A thread that does not come back is left
/// behind; the caller ends the program with the message.
fn open_bounded(path: &Path) -> Result<Open> {
    let at = path.display().to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    quiet_open_threads();
    let spawned = std::thread::Builder::new().name(OPEN_THREAD.into()).spawn(move || {
        let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Open::at(&owned)));
        let _ = tx.send(opened);
    });
    let answer = match spawned {
        Ok(_) => rx.recv_timeout(open_timeout()).map_err(|_| ()),
        Err(e) => Ok(Ok(Err(StoreError::from_io(path, &e)))),
    };
    match answer {
        Ok(Ok(opened)) => opened,
        Ok(Err(_)) => Err(StoreError::Damaged { at, reason: "sled stopped while reading its files".into() }),
        Err(()) => Err(StoreError::Damaged {
            at,
            reason: format!("not open after {} s", open_timeout().as_secs_f32()),
        }),
    }
}

/// The name of the thread `open_bounded` opens on.
const OPEN_THREAD: &str = "lotse-open";

/// Wraps the panic hook in place (once, the first time a database opens) so that panics on
/// an opening thread are silent and every other panic reaches the hook as before. Swapping
/// the hook around each open instead silenced other threads' panics meanwhile, and two opens
/// at once could leave the silent hook installed for good.
fn quiet_open_threads() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(OPEN_THREAD) {
                previous(info);
            }
        }));
    });
}

/// The trait's writing methods on [`SledStore`]: refused in a damaged database.
macro_rules! on_open_write {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {$(
        fn $name(&self, $($arg: $ty),*) -> $ret {
            self.writable()?;
            self.read().$name($($arg),*)
        }
    )*};
}

/// The trait's methods on [`SledStore`], each on the open database.
macro_rules! on_open {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {$(
        fn $name(&self, $($arg: $ty),*) -> $ret {
            self.usable()?;
            self.read().$name($($arg),*)
        }
    )*};
}

impl Store for SledStore {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn repairs(&self) -> &[CounterRepair] {
        &self.repaired
    }

    on_open! {
        schema_version() -> Result<Option<u32>>;
        counter(seq: Seq) -> Result<u64>;
        settings() -> Result<Settings>;
        offer_count() -> Result<usize>;
        all_offers() -> Result<Vec<Offer>>;
        offer(id: &OfferId) -> Result<Option<Offer>>;
        all_clients() -> Result<Vec<Client>>;
        client(id: u64) -> Result<Option<Client>>;
        all_contacts() -> Result<Vec<AnonymousContact>>;
        all_referrals() -> Result<Vec<Referral>>;
        referral(id: ReferralId) -> Result<Option<Referral>>;
        referrals_of(client: ClientId) -> Result<Vec<Referral>>;
        referrals_for_offer(offer: &OfferId) -> Result<Vec<Referral>>;
        due_followups(today: Date) -> Result<Vec<Referral>>;
        events_of(id: ReferralId) -> Result<Vec<ReferralEvent>>;
        all_referral_events() -> Result<Vec<ReferralEvent>>;
        all_consultations() -> Result<Vec<Consultation>>;
        consultations_of(client: u64) -> Result<Vec<Consultation>>;
        all_gaps() -> Result<Vec<Gap>>;
        all_search_misses() -> Result<Vec<SearchMiss>>;
        all_traces() -> Result<Vec<Trace>>;
        check_consistency() -> Result<Vec<String>>;
        export_records() -> Result<Vec<Record>>;
        contents() -> Result<Vec<(Kind, u64)>>;
        audit_log() -> Result<Vec<AuditEntry>>;
        drafts() -> Result<Option<super::Drafts>>;
    }

    on_open_write! {
        apply(changes: &[Change<'_>]) -> Result<Applied>;
        import_records(records: &[Record]) -> Result<Vec<CounterRepair>>;
        put_drafts(drafts: Option<&super::Drafts>) -> Result<()>;
    }

    fn damage(&self) -> Option<StoreError> {
        self.damage.map(|(missing, made)| StoreError::LostWrites { at: self.location(), missing, made })
    }

    /// Only this process writes a desk database (sled's lock): the mark never moves.
    fn change_mark(&self) -> Result<u64> {
        Ok(0)
    }

    fn changes_since(&self, mark: u64) -> Result<super::Changes> {
        Ok(super::Changes { mark, records: false, offers: false })
    }

    fn erase_client(&self, id: u64) -> Result<Option<Erased>> {
        self.writable()?;
        let mut open = self.open.write().unwrap_or_else(|e| e.into_inner());
        let Some(erased) = open.erase_client(id)? else {
            return Ok(None);
        };
        open.commit()?;
        self.rewrite(&mut open)?;
        Ok(Some(erased))
    }

    fn anonymise_clients(&self, ids: &[u64], today: Date) -> Result<usize> {
        self.writable()?;
        let mut open = self.open.write().unwrap_or_else(|e| e.into_inner());
        let mut done = 0;
        for &id in ids {
            done += usize::from(open.anonymise_client(id, today)?);
        }
        if done > 0 {
            open.commit()?;
            self.rewrite(&mut open)?;
        }
        Ok(done)
    }
}

/// The open sled database: its trees and where it is. [`SledStore`] holds one behind a lock,
/// so that a rewrite (erasure) can swap in a fresh one.
pub struct Open {
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
    audit: sled::Tree,
    consultations: sled::Tree,
    gaps: sled::Tree,
    search_misses: sled::Tree,
    drafts: sled::Tree,
    traces: sled::Tree,
    /// Counters found behind their records on open, and raised.
    repaired: Vec<CounterRepair>,
    /// Set on open when the database holds fewer saves than its mark (`mark::check`).
    damage: Option<(u64, u64)>,
}

impl Open {
    /// Opens (creating if needed) the database directory at `path`: the directory is made
    /// 0700 and the files 0600, the schema is checked and migrated, the counters checked.
    pub fn at(path: &Path) -> Result<Open> {
        create_private_dir(path)?;
        drop_unfinished_snapshots(path)?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .flush_every_ms(if unsafe_no_fsync() { None } else { Some(500) })
            .open()
            .map_err(|e| StoreError::from_sled(path, e))?;
        let err = |e| StoreError::from_sled(path, e);
        let mut store = Open {
            meta: db.open_tree("meta").map_err(err)?,
            offers: db.open_tree("offers").map_err(err)?,
            clients: db.open_tree("clients").map_err(err)?,
            contacts: db.open_tree("contacts").map_err(err)?,
            referrals: db.open_tree("referrals").map_err(err)?,
            referral_events: db.open_tree("referral_events").map_err(err)?,
            client_referrals: db.open_tree("client_referrals").map_err(err)?,
            offer_referrals: db.open_tree("offer_referrals").map_err(err)?,
            followup_referrals: db.open_tree("followup_referrals").map_err(err)?,
            audit: db.open_tree("audit").map_err(err)?,
            consultations: db.open_tree("consultations").map_err(err)?,
            gaps: db.open_tree("gaps").map_err(err)?,
            search_misses: db.open_tree("search_misses").map_err(err)?,
            drafts: db.open_tree("drafts").map_err(err)?,
            traces: db.open_tree("traces").map_err(err)?,
            db,
            path: path.to_path_buf(),
            repaired: Vec::new(),
            damage: None,
        };
        restrict_files(path)?;
        store.damage = mark::check(&store.meta, path).map_err(err)?;
        if store.damage.is_none() {
            migrate::run(&store)?;
            store.repaired = store.repair_counters()?;
        }
        Ok(store)
    }

    fn sled_err(&self, e: sled::Error) -> StoreError {
        StoreError::from_sled(&self.path, e)
    }

    fn corrupt(&self, what: String, e: codec::CodecError) -> StoreError {
        StoreError::Corrupt { at: self.location(), what, reason: e.to_string() }
    }

    /// A failed transaction: a record that would not encode or decode, or the storage.
    fn tx_err(&self, what: &str, e: sled::transaction::TransactionError<write::Stop>) -> StoreError {
        match e {
            sled::transaction::TransactionError::Abort(write::Stop::Codec(c)) => self.corrupt(what.into(), c),
            sled::transaction::TransactionError::Abort(write::Stop::Conflict { what, fields }) => {
                StoreError::Conflict { at: self.location(), what, fields }
            }
            sled::transaction::TransactionError::Storage(s) => self.sled_err(s),
        }
    }

    /// Makes everything written so far durable: sled's flush, then an fsync of its data file,
    /// because sled's flush alone does not reach the disk's cache on Linux.
    ///
    /// Each commit also counts itself (`meta/commits`, in the same flush) and then writes that
    /// count beside sled's files (`mark::write`): on the next open a database holding fewer
    /// commits than the mark has lost writes it had made durable (see `mark`).
    fn commit(&self) -> Result<()> {
        if unsafe_no_fsync() {
            return Ok(());
        }
        let n = mark::count(&self.meta).map_err(|e| self.sled_err(e))?;
        self.db.flush().map_err(|e| self.sled_err(e))?;
        let file = fs::File::open(self.path.join("db")).map_err(|e| StoreError::from_io(&self.path, &e))?;
        file.sync_all().map_err(|e| StoreError::from_io(&self.path, &e))?;
        mark::write(&self.path, n);
        Ok(())
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
    if let (Ok(a), Ok(b)) = (
        <[u8; 8]>::try_from(key.get(..8).unwrap_or_default()),
        <[u8; 8]>::try_from(key.get(8..).unwrap_or_default()),
    ) {
        return format!("{}/{}", u64::from_be_bytes(a), u64::from_be_bytes(b));
    }
    match <[u8; 8]>::try_from(key) {
        Ok(n) => u64::from_be_bytes(n).to_string(),
        Err(_) => crate::safe_text::visible(&String::from_utf8_lossy(key)).into_owned(),
    }
}

/// The interface's methods on the open database; [`SledStore`] calls them under its lock.
impl Open {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn schema_version(&self) -> Result<Option<u32>> {
        migrate::version(self)
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
        self.read_settings()
    }

    fn read_settings(&self) -> Result<Settings> {
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

    fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        self.decode_all(&self.audit, "audit")
    }

    fn all_referral_events(&self) -> Result<Vec<ReferralEvent>> {
        self.decode_all(&self.referral_events, "referral_events")
    }

    fn all_consultations(&self) -> Result<Vec<Consultation>> {
        self.decode_all(&self.consultations, "consultations")
    }

    fn consultations_of(&self, client: u64) -> Result<Vec<Consultation>> {
        let mut out = Vec::new();
        for item in self.consultations.scan_prefix(client.to_be_bytes()) {
            let (k, v) = item.map_err(|e| self.sled_err(e))?;
            out.push(
                codec::decode(&v).map_err(|e| self.corrupt(format!("consultations/{}", key_text(&k)), e))?,
            );
        }
        Ok(out)
    }

    fn all_gaps(&self) -> Result<Vec<Gap>> {
        self.decode_all(&self.gaps, "gaps")
    }

    fn all_search_misses(&self) -> Result<Vec<SearchMiss>> {
        self.decode_all(&self.search_misses, "search_misses")
    }

    fn all_traces(&self) -> Result<Vec<Trace>> {
        self.decode_all(&self.traces, "traces")
    }

    fn check_consistency(&self) -> Result<Vec<String>> {
        let mut found = self.check_referral_indexes()?;
        // A consultation belongs to a client record that is there.
        for item in self.consultations.iter().keys() {
            let k = item.map_err(|e| self.sled_err(e))?;
            let client = k.get(..8).unwrap_or_default();
            if !self.clients.contains_key(client).map_err(|e| self.sled_err(e))? {
                found.push(format!("consultation {} without its client", key_text(&k)));
            }
        }
        Ok(found)
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

/// Whether `path` is an existing directory that holds anything but a sled database (sled's
/// `conf`, `db`, `blobs`, `snap.*`, and the rewrite's marker). Such a directory — a typo like
/// `--db ~` or a shared folder — is never taken over: no file in it is touched.
fn is_foreign(path: &Path) -> bool {
    let Ok(entries) = fs::read_dir(path) else { return false };
    entries.flatten().any(|e| {
        let name = e.file_name();
        let name = name.to_string_lossy();
        !(matches!(name.as_ref(), "conf" | "db" | "blobs" | "complete" | mark::FILE | mark::TEMP)
            || name.starts_with("snap."))
    })
}

/// Creates the directory (and parents) owner-only; tightens an existing one, unless it is
/// not a Lotse database.
fn create_private_dir(path: &Path) -> Result<()> {
    if path.is_dir() && is_foreign(path) {
        return Err(StoreError::NotADatabase { at: path.display().to_string() });
    }
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

/// sled writes its snapshot as `snap.<lsn>.generating`, syncs it and only then renames it to
/// `snap.<lsn>`; but on open it reads the newest `snap.*` file, the unfinished one included. A
/// kill while the snapshot is written (sled writes one on every open) left a torn
/// `.generating` file that made every later open fail with "corruption" (sled issue #1527;
/// seen here in about one of 1,500 kills by the crash test). An unfinished snapshot is never
/// needed: sled rebuilds it from the log. So it is removed before sled opens.
fn drop_unfinished_snapshots(path: &Path) -> Result<()> {
    let Ok(entries) = fs::read_dir(path) else { return Ok(()) };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            fs::remove_file(e.path()).map_err(|err| StoreError::from_io(path, &err))?;
        }
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
