//! Backup of a whole database into one file, and restore into an empty database — for every
//! backend alike, built only on [`Store::export_records`] and [`Store::import_records`].
//!
//! A backup holds every record by kind and encoding version (`records`), not a backend's
//! layout; what a store derives (indexes) is rebuilt on restore. The live database is never
//! copied (docs/RELIABILITY.md). Restoring checks the whole file (magic, format, length,
//! SHA-256, schema) and decodes every record, checking its key, before it writes anything;
//! then writes all records in one step and reads them back. Backups written before issue 15
//! (format 1: sled's trees as raw bytes) are read too: their trees are mapped to kinds.

mod format;

pub use format::{FORMAT_VERSION, FormatError, Header, MAGIC};

use super::{CounterRepair, Kind, Record, SCHEMA_VERSION, Seq, Store, StoreError};
use crate::files;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use format::Entry;
use std::collections::BTreeMap;
use std::path::Path;

/// Larger files are refused before they are read; a Welcome Center's database is megabytes.
pub const MAX_BACKUP_BYTES: u64 = 1024 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub records: u64,
    /// How many records of each kind, in kind order.
    pub kinds: Vec<(Kind, u64)>,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    pub header: Header,
    /// How many records of each kind were restored (every one decoded and read back).
    pub kinds: Vec<(Kind, u64)>,
    /// Id counters raised past the restored records (backups of releases before the counters
    /// were records carry none).
    pub counters: Vec<CounterRepair>,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("backup file: {0:?}")]
    Format(FormatError),
    #[error("backup from newer schema {found}")]
    NewerSchema { found: u32 },
    /// The target holds records: how many of each kind.
    #[error("target database is not empty")]
    NotEmpty(Vec<(Kind, u64)>),
    /// A record that does not decode, is of an unknown kind or sits under a wrong key; names
    /// the record (kind and key), nothing of its content.
    #[error("record not valid: {0}")]
    Invalid(String),
    #[error("read back differs: {0}")]
    Verify(String),
    #[error("read: {0}")]
    Read(#[from] files::ReadError),
    #[error("write: {0}")]
    Write(std::io::Error),
    /// The file is encrypted and no passphrase was given.
    #[error("backup is encrypted")]
    Encrypted,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("encryption: {0}")]
    Crypto(String),
}

/// The first bytes of an age-encrypted file (age v1, passphrase).
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether `bytes` are an encrypted backup (ask for the passphrase before restoring).
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// Whether the file at `file` is an encrypted backup; `false` when it cannot be read.
pub fn file_is_encrypted(file: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 22];
    std::fs::File::open(file).and_then(|mut f| f.read_exact(&mut head)).is_ok() && is_encrypted(&head)
}

fn encrypt(plain: &[u8], passphrase: &str) -> Result<Vec<u8>, BackupError> {
    use std::io::Write;
    let secret = age::secrecy::SecretString::from(passphrase.to_owned());
    let encryptor = age::Encryptor::with_user_passphrase(secret);
    let mut out = Vec::with_capacity(plain.len() + 256);
    let crypto = |e: std::io::Error| BackupError::Crypto(e.to_string());
    let mut w = encryptor.wrap_output(&mut out).map_err(crypto)?;
    w.write_all(plain).map_err(crypto)?;
    w.finish().map_err(crypto)?;
    Ok(out)
}

fn decrypt(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, BackupError> {
    use std::io::Read;
    let decryptor = age::Decryptor::new(bytes).map_err(|e| BackupError::Crypto(e.to_string()))?;
    let identity = age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    let mut reader =
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                BackupError::WrongPassphrase
            }
            other => BackupError::Crypto(other.to_string()),
        })?;
    let mut plain = Vec::new();
    // A damaged ciphertext fails its authentication here: the file is not the one written.
    reader.read_to_end(&mut plain).map_err(|_| BackupError::Format(FormatError::Checksum))?;
    Ok(plain)
}

/// A kind of record in the user's language.
pub fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    lang.t(match kind {
        Kind::Settings => Tx::KindSettings,
        Kind::Counter => Tx::KindCounters,
        Kind::Offer => Tx::KindOffers,
        Kind::Client => Tx::KindClients,
        Kind::Contact => Tx::KindContacts,
        Kind::Referral => Tx::KindReferrals,
        Kind::ReferralEvent => Tx::KindReferralEvents,
        Kind::Audit => Tx::KindAudit,
        Kind::Consultation => Tx::KindConsultations,
        Kind::Gap => Tx::KindGaps,
        Kind::SearchMiss => Tx::KindSearchMisses,
        Kind::Trace => Tx::KindTraces,
    })
}

/// "Angebote 81, Klient:innen 3 …" for reports.
pub fn kinds_line(kinds: &[(Kind, u64)], lang: Lang) -> String {
    kinds
        .iter()
        .map(|(k, n)| lang.f(Tx::TreeRecords, &[&kind_label(*k, lang), n]))
        .collect::<Vec<_>>()
        .join(", ")
}

impl BackupError {
    /// One sentence for the user; `file` is the backup file, `db` where the database is.
    pub fn message(&self, lang: Lang, file: &Path, db: &str) -> String {
        let f = visible(&file.display().to_string()).into_owned();
        let d = visible(db).into_owned();
        match self {
            BackupError::Store(e) => e.message(lang),
            BackupError::Format(FormatError::NotABackup) => lang.f(Tx::BackupNotABackup, &[&f]),
            BackupError::Format(FormatError::Truncated) => lang.f(Tx::BackupTruncated, &[&f]),
            BackupError::Format(FormatError::Checksum) => lang.f(Tx::BackupChecksum, &[&f]),
            BackupError::Format(FormatError::Damaged(what)) => lang.f(Tx::BackupDamaged, &[&f, what]),
            BackupError::Format(FormatError::NewerFormat(v)) => lang.f(Tx::BackupNewerFormat, &[&f, v]),
            BackupError::NewerSchema { found } => {
                lang.f(Tx::BackupNewerSchema, &[&f, found, &SCHEMA_VERSION])
            }
            BackupError::NotEmpty(kinds) => lang.f(Tx::RestoreNotEmpty, &[&d, &kinds_line(kinds, lang)]),
            BackupError::Invalid(what) => lang.f(Tx::BackupDamaged, &[&f, &visible(what)]),
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
            BackupError::Encrypted => lang.f(Tx::BackupEncrypted, &[&f]),
            BackupError::WrongPassphrase => lang.f(Tx::BackupWrongPassphrase, &[&f]),
            BackupError::Crypto(e) => lang.f(Tx::BackupCrypto, &[&f, &visible(e)]),
        }
    }
}

fn count_kinds(records: &[Record]) -> Vec<(Kind, u64)> {
    let mut counts: BTreeMap<Kind, u64> = BTreeMap::new();
    for r in records {
        *counts.entry(r.kind).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// Names a record for messages: its kind and key, never its content.
fn name_of(kind: &str, key: &[u8]) -> String {
    let key = match <[u8; 8]>::try_from(key) {
        Ok(n) => u64::from_be_bytes(n).to_string(),
        Err(_) if key.len() == 16 => {
            let (a, b) = key.split_at(8);
            let n = |x: &[u8]| x.try_into().map(u64::from_be_bytes).unwrap_or_default();
            format!("{}/{}", n(a), n(b))
        }
        Err(_) => String::from_utf8_lossy(key).into_owned(),
    };
    format!("{kind}/{key}")
}

/// Writes every record of `store` to `out` (atomically, owner-only).
pub fn backup(store: &dyn Store, out: &Path, created_unix: i64) -> Result<BackupSummary, BackupError> {
    backup_with(store, out, created_unix, None)
}

/// As [`backup`]; with a passphrase the file is encrypted with age (scrypt), and the
/// checksum printed is that of the encrypted file.
pub fn backup_with(
    store: &dyn Store,
    out: &Path,
    created_unix: i64,
    passphrase: Option<&str>,
) -> Result<BackupSummary, BackupError> {
    let records = store.export_records()?;
    if let Some(r) =
        records.iter().find(|r| r.key.len() > u32::MAX as usize || r.value.len() > u32::MAX as usize)
    {
        let reason = format!("record too large: {}", name_of(r.kind.name(), &r.key));
        return Err(StoreError::Other { at: store.location(), reason }.into());
    }
    // The records' schema, which both backends share (a server's own table layout has its own
    // migrations and says nothing about the records).
    let mut bytes = format::encode(SCHEMA_VERSION, created_unix, &records);
    if let Some(p) = passphrase {
        bytes = encrypt(&bytes, p)?;
    }
    files::write_atomic(out, &bytes).map_err(BackupError::Write)?;
    Ok(BackupSummary {
        records: records.len() as u64,
        kinds: count_kinds(&records),
        sha256: format::checksum_hex(&bytes),
    })
}

/// A format-1 entry (a sled tree's raw record) as a record by kind; `None` for what the
/// store derives or every database has (indexes, the schema version).
fn from_tree(e: Entry) -> Result<Option<Record>, BackupError> {
    let kind = match (e.group.as_slice(), e.key.as_slice()) {
        (b"meta", b"schema") => return Ok(None),
        (b"meta", b"settings") => Kind::Settings,
        (b"meta", key) if std::str::from_utf8(key).ok().and_then(Seq::from_key).is_some() => Kind::Counter,
        (b"offers", _) => Kind::Offer,
        (b"clients", _) => Kind::Client,
        (b"contacts", _) => Kind::Contact,
        (b"referrals", _) => Kind::Referral,
        (b"referral_events", _) => Kind::ReferralEvent,
        (b"client_referrals" | b"offer_referrals" | b"followup_referrals", _) => return Ok(None),
        (tree, key) => return Err(BackupError::Invalid(name_of(&String::from_utf8_lossy(tree), key))),
    };
    Ok(Some(Record { kind, key: e.key, value: e.value }))
}

/// Reads and checks a whole backup file: frame, schema, and every record decoded by its kind
/// under its own key, with no record twice. Nothing is written.
pub fn read(file: &Path, passphrase: Option<&str>) -> Result<(Header, Vec<Record>), BackupError> {
    let mut bytes = files::read_capped(file, MAX_BACKUP_BYTES)?;
    if is_encrypted(&bytes) {
        let Some(p) = passphrase else { return Err(BackupError::Encrypted) };
        bytes = decrypt(&bytes, p)?;
    }
    let (header, entries) = format::decode(&bytes).map_err(BackupError::Format)?;
    drop(bytes);
    if header.schema > SCHEMA_VERSION {
        return Err(BackupError::NewerSchema { found: header.schema });
    }
    if header.schema == 0 {
        return Err(BackupError::Format(FormatError::Damaged("schema 0")));
    }
    let mut records = Vec::with_capacity(entries.len());
    for e in entries {
        let record = if header.format == 1 {
            match from_tree(e)? {
                Some(r) => r,
                None => continue,
            }
        } else {
            let kind = e.group.first().copied().and_then(Kind::from_byte);
            let Some(kind) = kind else {
                return Err(BackupError::Invalid(name_of(&format!("{:?}", e.group), &e.key)));
            };
            Record { kind, key: e.key, value: e.value }
        };
        record.check().map_err(|err| {
            BackupError::Invalid(format!("{}: {err}", name_of(record.kind.name(), &record.key)))
        })?;
        records.push(record);
    }
    records.sort();
    if let Some(w) = records.windows(2).find(|w| w[0].kind == w[1].kind && w[0].key == w[1].key) {
        return Err(BackupError::Invalid(format!("{} (twice)", name_of(w[0].kind.name(), &w[0].key))));
    }
    Ok((header, records))
}

/// Loads a backup into `store`, which must be empty. Nothing is written unless the whole file
/// checks out and the store is empty; then everything is written in one step and read back.
pub fn restore(store: &dyn Store, file: &Path) -> Result<RestoreReport, BackupError> {
    restore_with(store, file, None)
}

/// As [`restore`], with the passphrase of an encrypted backup.
pub fn restore_with(
    store: &dyn Store,
    file: &Path,
    passphrase: Option<&str>,
) -> Result<RestoreReport, BackupError> {
    let (header, records) = read(file, passphrase)?;
    let present = store.contents()?;
    if !present.is_empty() {
        return Err(BackupError::NotEmpty(present));
    }
    let counters = store.import_records(&records)?;
    verify(store, &records)?;
    Ok(RestoreReport { header, kinds: count_kinds(&records), counters })
}

/// Records the store may have added since the restore: raised counters and the audit
/// entries that say so.
fn appended_since(kind: Kind) -> bool {
    matches!(kind, Kind::Counter | Kind::Audit)
}

/// Reads every record back and compares it byte for byte. Counters may have been raised past
/// the records since (never lowered), so they only need to be at least what was restored.
fn verify(store: &dyn Store, restored: &[Record]) -> Result<(), BackupError> {
    let mut back = store.export_records()?;
    back.sort();
    let value = |r: &Record| r.value.as_slice().try_into().map(u64::from_be_bytes).unwrap_or_default();
    let mut found = back.iter().peekable();
    for r in restored {
        let same_key = |b: &&Record| b.kind == r.kind && b.key == r.key;
        while found.peek().is_some_and(|b| (b.kind, &b.key) < (r.kind, &r.key)) {
            let extra = found.next().expect("peeked");
            if !appended_since(extra.kind) {
                return Err(BackupError::Verify(name_of(extra.kind.name(), &extra.key)));
            }
        }
        let ok = match found.next_if(same_key) {
            Some(b) if r.kind == Kind::Counter => value(b) >= value(r),
            Some(b) => b.value == r.value,
            None => false,
        };
        if !ok {
            return Err(BackupError::Verify(name_of(r.kind.name(), &r.key)));
        }
    }
    if let Some(extra) = found.find(|b| !appended_since(b.kind)) {
        return Err(BackupError::Verify(name_of(extra.kind.name(), &extra.key)));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
