//! Files Lotse writes for the user (exports, backups): owner-only and atomic. A file is
//! written to a temporary name in the same directory, fsynced, given mode 0600 and renamed
//! over the target, then the directory is fsynced: a kill or power cut leaves the old file or
//! the new one, never half of one. Reading is capped so that a wrong file cannot eat memory.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

/// Why a capped read failed.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("larger than {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Where the upkeep menu proposes to put exports (and looks for imports): the user's
/// Documents folder, else the home folder; `LOTSE_EXPORT_DIR` overrides both.
pub fn documents_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("LOTSE_EXPORT_DIR").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    directories::UserDirs::new()
        .map(|u| u.document_dir().unwrap_or(u.home_dir()).to_path_buf())
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}

/// Reads the whole file, refusing anything larger than `max` bytes (also for pipes and
/// devices, whose size the metadata does not tell).
pub fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > max {
        return Err(ReadError::TooLarge { size, max });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, max });
    }
    Ok(bytes)
}

/// Replaces `path` with `bytes` atomically; the file is readable by the owner only.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if path.is_dir() {
        return Err(io::Error::new(io::ErrorKind::IsADirectory, "is a directory"));
    }
    // tempfile creates the file 0600 with a random name, so nobody can race us to it.
    let mut temp = tempfile::Builder::new().prefix(".lotse-").suffix(".tmp").tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    set_private(temp.path())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Creates a folder for files Lotse writes (an HSDS data package), readable by the owner only;
/// an existing folder is used as it is.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(path)
}

/// Mode 0600, explicitly: the umask is set in `main`, but a library caller may not have.
fn set_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    let _ = path;
    Ok(())
}

/// The rename is only durable once the directory entry is on disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_atomically_and_privately() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write_atomic(dir.path(), b"x").is_err());
        assert!(write_atomic(&dir.path().join("missing/out.csv"), b"x").is_err());
    }

    #[test]
    fn reads_are_capped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in");
        fs::write(&path, [7u8; 100]).unwrap();
        assert_eq!(read_capped(&path, 100).unwrap().len(), 100);
        assert!(matches!(read_capped(&path, 99), Err(ReadError::TooLarge { size: 100, max: 99 })));
        assert!(matches!(read_capped(&dir.path().join("nope"), 9), Err(ReadError::Io(_))));
    }
}
