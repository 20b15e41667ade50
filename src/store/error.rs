//! What can go wrong with the database, in words a counsellor can act on.

use crate::i18n::{Lang, T};
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database already open: {0}")]
    AlreadyOpen(PathBuf),
    #[error("permission denied: {0}")]
    PermissionDenied(PathBuf),
    #[error("directory missing: {0}")]
    DirMissing(PathBuf),
    #[error("not a directory: {0}")]
    NotADir(PathBuf),
    #[error("disk full: {0}")]
    DiskFull(PathBuf),
    /// `what` names the record without personal data (tree and key, e.g. "offers/ABH-01").
    #[error("corrupt record {what} in {path}: {reason}")]
    Corrupt { path: PathBuf, what: String, reason: String },
    #[error("database {path} has schema {found}, newer than this program")]
    NewerSchema { path: PathBuf, found: u32 },
    #[error("storage error in {path}: {reason}")]
    Other { path: PathBuf, reason: String },
}

impl StoreError {
    /// Maps a sled error at `path` to what it means for the user.
    pub(crate) fn from_sled(path: &Path, e: sled::Error) -> StoreError {
        match e {
            sled::Error::Io(io) => StoreError::from_io(path, &io),
            sled::Error::Corruption { at, .. } => StoreError::Corrupt {
                path: path.to_path_buf(),
                what: at.map(|a| format!("{a:?}")).unwrap_or_else(|| "log".into()),
                reason: "checksum".into(),
            },
            other => StoreError::Other { path: path.to_path_buf(), reason: other.to_string() },
        }
    }

    pub(crate) fn from_io(path: &Path, io: &io::Error) -> StoreError {
        let path = path.to_path_buf();
        let msg = io.to_string();
        if msg.contains("could not acquire lock") || io.kind() == io::ErrorKind::WouldBlock {
            StoreError::AlreadyOpen(path)
        } else if io.kind() == io::ErrorKind::PermissionDenied
            || io.kind() == io::ErrorKind::ReadOnlyFilesystem
            || msg.contains("Permission denied")
        {
            StoreError::PermissionDenied(path)
        } else if io.kind() == io::ErrorKind::StorageFull
            || io.raw_os_error() == Some(28)
            || msg.contains("No space")
        {
            StoreError::DiskFull(path)
        } else if io.kind() == io::ErrorKind::NotFound {
            StoreError::DirMissing(path)
        } else {
            StoreError::Other { path, reason: msg }
        }
    }

    /// One clear sentence in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| crate::safe_text::visible(&p.display().to_string()).into_owned();
        match self {
            StoreError::AlreadyOpen(p) => lang.f(T::ErrAlreadyOpen, &[&shown(p)]),
            StoreError::PermissionDenied(p) => lang.f(T::ErrPermission, &[&shown(p)]),
            StoreError::DirMissing(p) => lang.f(T::ErrDirMissing, &[&shown(p)]),
            StoreError::NotADir(p) => lang.f(T::ErrNotADir, &[&shown(p)]),
            StoreError::DiskFull(_) => lang.t(T::ErrDiskFull).to_string(),
            StoreError::Corrupt { path, what, reason } => {
                lang.f(T::ErrCorrupt, &[&shown(path), &format!("{what}: {reason}")])
            }
            StoreError::NewerSchema { path, found } => lang.f(T::ErrNewerSchema, &[&shown(path), found]),
            StoreError::Other { path, reason } => lang.f(T::ErrStorage, &[&shown(path), reason]),
        }
    }

    /// Writes are impossible until restart (disk full, permissions): the UI stops accepting edits.
    pub fn blocks_writes(&self) -> bool {
        matches!(self, StoreError::DiskFull(_) | StoreError::PermissionDenied(_))
    }
}
