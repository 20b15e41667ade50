//! Backup of the whole database into one file, and restore into an empty database.
//!
//! A backup holds every record of every sled tree exactly as stored (offers now; clients,
//! referrals, events and settings as other parts add trees), found through `tree_names()`
//! rather than a list, so a new tree is backed up without touching this file. The live sled
//! directory is never copied (RELIABILITY.md). Restoring checks the whole file (magic, format,
//! length, SHA-256, schema) before it writes anything, writes all records in one transaction,
//! commits, and reads every record back, decoding those whose kind it knows.

mod format;

pub use format::{FORMAT_VERSION, FormatError, Header, MAGIC};

use super::{Store, StoreError, codec, migrate, records};
use crate::files;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use format::Record;
use sled::Transactional;
use std::collections::BTreeMap;
use std::path::Path;

/// Larger files are refused before they are read; a Welcome Center's database is megabytes.
pub const MAX_BACKUP_BYTES: u64 = 1024 * 1024 * 1024;

/// Records of one tree: how many, and how many of them were decoded by their kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeCount {
    pub name: String,
    pub records: u64,
    pub decoded: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub records: u64,
    pub trees: Vec<TreeCount>,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    pub header: Header,
    pub trees: Vec<TreeCount>,
    /// Id counters raised past the restored records (backups of releases before the counters
    /// were records carry none).
    pub counters: Vec<super::CounterRepair>,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("backup file: {0:?}")]
    Format(FormatError),
    #[error("backup from newer schema {found}")]
    NewerSchema { found: u32 },
    /// The target holds records: (tree, count) of each non-empty tree.
    #[error("target database is not empty")]
    NotEmpty(Vec<(String, u64)>),
    #[error("read back differs: {0}")]
    Verify(String),
    #[error("read: {0}")]
    Read(#[from] files::ReadError),
    #[error("write: {0}")]
    Write(std::io::Error),
}

impl BackupError {
    /// One sentence for the user; `file` is the backup file, `db` the database directory.
    pub fn message(&self, lang: Lang, file: &Path, db: &Path) -> String {
        let shown = |p: &Path| visible(&p.display().to_string()).into_owned();
        let (f, d) = (shown(file), shown(db));
        match self {
            BackupError::Store(e) => e.message(lang),
            BackupError::Format(FormatError::NotABackup) => lang.f(Tx::BackupNotABackup, &[&f]),
            BackupError::Format(FormatError::Truncated) => lang.f(Tx::BackupTruncated, &[&f]),
            BackupError::Format(FormatError::Checksum) => lang.f(Tx::BackupChecksum, &[&f]),
            BackupError::Format(FormatError::Damaged(what)) => lang.f(Tx::BackupDamaged, &[&f, what]),
            BackupError::Format(FormatError::NewerFormat(v)) => lang.f(Tx::BackupNewerFormat, &[&f, v]),
            BackupError::NewerSchema { found } => {
                lang.f(Tx::BackupNewerSchema, &[&f, found, &migrate::SCHEMA_VERSION])
            }
            BackupError::NotEmpty(trees) => {
                let list: Vec<String> =
                    trees.iter().map(|(t, n)| lang.f(Tx::TreeRecords, &[&visible(t), n])).collect();
                lang.f(Tx::RestoreNotEmpty, &[&d, &list.join(", ")])
            }
            BackupError::Verify(what) => lang.f(Tx::RestoreVerifyFailed, &[&visible(what), &d]),
            BackupError::Read(files::ReadError::TooLarge { size, max }) => {
                let mib = |b: &u64| b.div_ceil(1024 * 1024);
                lang.f(Tx::FileTooLarge, &[&f, &mib(size), &mib(max)])
            }
            BackupError::Read(files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                lang.f(Tx::FileNotFound, &[&f])
            }
            BackupError::Read(files::ReadError::Io(e)) => {
                lang.f(Tx::FileRead, &[&f, &visible(&e.to_string())])
            }
            BackupError::Write(e) => lang.f(Tx::WriteFailed, &[&f, &visible(&e.to_string())]),
        }
    }
}

impl Store {
    /// Writes every record of every tree to `out` (atomically, owner-only).
    pub fn backup(&self, out: &Path, created_unix: i64) -> Result<BackupSummary, BackupError> {
        let mut names = self.db.tree_names();
        names.sort();
        let mut records = Vec::new();
        let mut trees = Vec::new();
        for name in names {
            let tree = self.db.open_tree(&name).map_err(|e| self.sled_err(e))?;
            let mut count = 0;
            for item in tree.iter() {
                let (k, v) = item.map_err(|e| self.sled_err(e))?;
                records.push(Record { tree: name.to_vec(), key: k.to_vec(), value: v.to_vec() });
                count += 1;
            }
            if count > 0 {
                trees.push(TreeCount { name: tree_name(&name), records: count, decoded: 0 });
            }
        }
        if let Some(r) =
            records.iter().find(|r| r.tree.len() > usize::from(u16::MAX) || r.value.len() > u32::MAX as usize)
        {
            let reason = format!("record too large in {}", tree_name(&r.tree));
            return Err(StoreError::Other { path: self.path.clone(), reason }.into());
        }
        let schema = self.schema_version()?.unwrap_or(0);
        let bytes = format::encode(schema, created_unix, &records);
        files::write_atomic(out, &bytes).map_err(BackupError::Write)?;
        Ok(BackupSummary { records: records.len() as u64, trees, sha256: format::checksum_hex(&bytes) })
    }

    /// Non-empty trees, leaving out the schema version every open database has.
    pub fn contents(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let mut names = self.db.tree_names();
        names.sort();
        let mut out = Vec::new();
        for name in names {
            let tree = self.db.open_tree(&name).map_err(|e| self.sled_err(e))?;
            let mut n = 0;
            for item in tree.iter() {
                let (k, _) = item.map_err(|e| self.sled_err(e))?;
                if !(name.as_ref() == b"meta" && k.as_ref() == b"schema") {
                    n += 1;
                }
            }
            if n > 0 {
                out.push((tree_name(&name), n));
            }
        }
        Ok(out)
    }

    /// Loads a backup into this database, which must be empty. Nothing is written unless the
    /// file is whole and this database empty; then everything is written in one transaction.
    pub fn restore(&self, file: &Path) -> Result<RestoreReport, BackupError> {
        let bytes = files::read_capped(file, MAX_BACKUP_BYTES)?;
        let (header, records) = format::decode(&bytes).map_err(BackupError::Format)?;
        if header.schema > migrate::SCHEMA_VERSION {
            return Err(BackupError::NewerSchema { found: header.schema });
        }
        let present = self.contents()?;
        if !present.is_empty() {
            return Err(BackupError::NotEmpty(present));
        }
        let mut batches: BTreeMap<&[u8], sled::Batch> = BTreeMap::new();
        for r in &records {
            batches.entry(&r.tree).or_default().insert(r.key.as_slice(), r.value.as_slice());
        }
        if !batches.is_empty() {
            let trees = batches
                .keys()
                .map(|name| self.db.open_tree(name))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.sled_err(e))?;
            let batches: Vec<&sled::Batch> = batches.values().collect();
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
                    StoreError::Other { path: self.path.clone(), reason: "restore aborted".into() }
                }
            })?;
        }
        self.commit()?;
        let trees = self.verify(&records)?;
        migrate::run(self)?;
        let counters = self.repair_counters()?;
        Ok(RestoreReport { header, trees, counters })
    }

    /// Reads every restored record back and compares it byte for byte; values of a known kind
    /// must also decode (the `meta` tree holds raw values and is only compared).
    fn verify(&self, records: &[Record]) -> Result<Vec<TreeCount>, BackupError> {
        let mut counts: BTreeMap<String, TreeCount> = BTreeMap::new();
        for r in records {
            let name = tree_name(&r.tree);
            let tree = self.db.open_tree(&r.tree).map_err(|e| self.sled_err(e))?;
            let got = tree.get(&r.key).map_err(|e| self.sled_err(e))?;
            let what = || format!("{name}/{}", String::from_utf8_lossy(&r.key));
            if got.as_deref() != Some(r.value.as_slice()) {
                return Err(BackupError::Verify(what()));
            }
            let c = counts.entry(name.clone()).or_insert(TreeCount {
                name: name.clone(),
                records: 0,
                decoded: 0,
            });
            c.records += 1;
            if name != "meta" {
                match records::decode_known(&r.value) {
                    Some(Ok(())) => c.decoded += 1,
                    Some(Err(e)) => return Err(BackupError::Verify(format!("{}: {e}", what()))),
                    None => {}
                }
            }
        }
        Ok(counts.into_values().collect())
    }
}

fn tree_name(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

/// Decodes `bytes` as a `T` and drops it: restore only needs to know that it decodes.
pub(crate) fn decode_kind<T: codec::Stored>(bytes: &[u8]) -> Result<(), codec::CodecError> {
    codec::decode::<T>(bytes).map(|_| ())
}

#[cfg(test)]
mod tests;
