//! What can go wrong with the database, in words a counsellor can act on. The kinds are the
//! store's own, not a backend's: `at` names where the data is (a directory today) so that the
//! message can say which database was meant.

use crate::i18n::{Lang, T};
use std::io;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Another Lotse has the database open.
    #[error("database already open: {at}")]
    AlreadyOpen { at: String },
    #[error("permission denied: {at}")]
    PermissionDenied { at: String },
    /// The place named does not exist and cannot be made.
    #[error("database missing: {at}")]
    Missing { at: String },
    /// The place named is a file where a database directory was expected.
    #[error("not a directory: {at}")]
    NotADir { at: String },
    /// The directory holds other files: not a Lotse database, left untouched.
    #[error("not a Lotse database: {at}")]
    NotADatabase { at: String },
    /// A command that only reads was pointed at a database that does not exist.
    #[error("no database at {at}")]
    NoDatabase { at: String },
    #[error("disk full: {at}")]
    DiskFull { at: String },
    /// `what` names the record without personal data (kind and key, e.g. "offers/ABH-01").
    #[error("corrupt record {what} in {at}: {reason}")]
    Corrupt { at: String, what: String, reason: String },
    /// The database could not be opened at all: sled panicked, or did not finish within the
    /// time bound (damaged files can make it spin forever). Nothing was changed.
    #[error("database {at} is damaged: {reason}")]
    Damaged { at: String, reason: String },
    /// The database holds fewer saves than were made (`embedded::mark`): it is read, and
    /// every write is refused.
    #[error("database {at} lost {missing} of {made} saves")]
    LostWrites { at: String, missing: u64, made: u64 },
    #[error("database {at} has schema {found}, newer than this program")]
    NewerSchema { at: String, found: u32 },
    #[error("storage error in {at}: {reason}")]
    Other { at: String, reason: String },
    /// A server address that does not parse (shown with any password masked).
    #[error("bad server address {at}")]
    BadAddress { at: String },
    /// A password written into the server address: refused, it would be on the command line.
    #[error("password in server address {at}")]
    PasswordInAddress { at: String },
    /// The server refused the role or its password.
    #[error("login refused by {at}")]
    LoginFailed { at: String },
    /// Optimistic versioning: `what` (e.g. "K-0007", "Angebot ABH") was changed elsewhere
    /// since the form was loaded; `fields` are the names of what changed (empty: erased).
    #[error("changed elsewhere: {what}")]
    Conflict { at: String, what: String, fields: Vec<String> },
    /// The server cannot be reached (network, server down); nothing was written.
    #[error("server unreachable: {at}")]
    Unreachable { at: String },
}

impl StoreError {
    /// Maps a sled error at `path` to what it means for the user.
    pub(crate) fn from_sled(path: &Path, e: sled::Error) -> StoreError {
        match e {
            sled::Error::Io(io) => StoreError::from_io(path, &io),
            sled::Error::Corruption { at: pos, .. } => StoreError::Corrupt {
                at: path.display().to_string(),
                what: pos.map(|a| format!("{a:?}")).unwrap_or_else(|| "log".into()),
                reason: "checksum".into(),
            },
            other => StoreError::Other { at: path.display().to_string(), reason: other.to_string() },
        }
    }

    pub(crate) fn from_io(path: &Path, io: &io::Error) -> StoreError {
        let at = path.display().to_string();
        let msg = io.to_string();
        if msg.contains("could not acquire lock") || io.kind() == io::ErrorKind::WouldBlock {
            StoreError::AlreadyOpen { at }
        } else if io.kind() == io::ErrorKind::PermissionDenied
            || io.kind() == io::ErrorKind::ReadOnlyFilesystem
            || msg.contains("Permission denied")
        {
            StoreError::PermissionDenied { at }
        } else if io.kind() == io::ErrorKind::StorageFull
            || io.raw_os_error() == Some(28)
            || msg.contains("No space")
        {
            StoreError::DiskFull { at }
        } else if io.kind() == io::ErrorKind::NotFound {
            StoreError::Missing { at }
        } else {
            StoreError::Other { at, reason: msg }
        }
    }

    /// One clear sentence in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |at: &str| crate::safe_text::visible(at).into_owned();
        match self {
            StoreError::AlreadyOpen { at } => lang.f(T::ErrAlreadyOpen, &[&shown(at)]),
            StoreError::PermissionDenied { at } => lang.f(T::ErrPermission, &[&shown(at)]),
            StoreError::Missing { at } => lang.f(T::ErrDirMissing, &[&shown(at)]),
            StoreError::NotADir { at } => lang.f(T::ErrNotADir, &[&shown(at)]),
            StoreError::NotADatabase { at } => lang.f(T::ErrNotADatabase, &[&shown(at)]),
            StoreError::NoDatabase { at } => lang.f(T::ErrNoDatabase, &[&shown(at)]),
            StoreError::DiskFull { .. } => lang.t(T::ErrDiskFull).to_string(),
            StoreError::Corrupt { at, what, reason } => {
                lang.f(T::ErrCorrupt, &[&shown(at), &shown(&format!("{what}: {reason}"))])
            }
            StoreError::NewerSchema { at, found } => lang.f(T::ErrNewerSchema, &[&shown(at), found]),
            StoreError::Damaged { at, reason } => lang.f(T::ErrDamaged, &[&shown(at), &shown(reason)]),
            StoreError::LostWrites { at, missing, made } => {
                lang.f(T::ErrLostWrites, &[&shown(at), missing, made])
            }
            StoreError::Other { at, reason } => lang.f(T::ErrStorage, &[&shown(at), &shown(reason)]),
            StoreError::BadAddress { at } => lang.f(T::ErrBadAddress, &[&shown(at)]),
            StoreError::PasswordInAddress { at } => lang.f(T::ErrPasswordInAddress, &[&shown(at)]),
            StoreError::LoginFailed { at } => lang.f(T::ErrLoginFailed, &[&shown(at)]),
            StoreError::Unreachable { at } => lang.f(T::ErrUnreachable, &[&shown(at)]),
            StoreError::Conflict { what, fields, .. } if fields.is_empty() => {
                lang.f(T::ErrConflictGone, &[&shown(what)])
            }
            StoreError::Conflict { what, fields, .. } => {
                lang.f(T::ErrConflict, &[&shown(what), &shown(&fields.join(", "))])
            }
        }
    }

    /// Writes are impossible until restart (disk full, permissions): the UI stops accepting edits.
    pub fn blocks_writes(&self) -> bool {
        matches!(
            self,
            StoreError::DiskFull { .. } | StoreError::PermissionDenied { .. } | StoreError::LostWrites { .. }
        )
    }
}
