//! Rewriting the database so that deleted records leave the disk. sled keeps the bytes of
//! removed and overwritten values in its log segments until it reuses them
//! (docs/RELIABILITY.md), so an erasure that only removes keys would leave a client's name
//! readable with `grep -a`. After an erasure every live record is copied into a fresh
//! database beside the old one (`<db>.rewrite`), made durable, and the two directories are
//! swapped in one atomic `rename` (Linux `RENAME_EXCHANGE`); then the old one is deleted.
//!
//! A kill at any moment leaves either the old database (the copy is incomplete and is
//! deleted on the next open) or the new one (the old copy is deleted on the next open):
//! `recover` runs before every open. The copy is complete only once its `complete` marker
//! exists; an incomplete `<db>.rewrite` is never swapped in.

use super::{Open, Result, SledStore, StoreError};
use std::fs;
use std::path::{Path, PathBuf};

const MARKER: &str = "complete";

fn sibling_named(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "db".into());
    name.push(suffix);
    path.with_file_name(name)
}

fn sibling(path: &Path) -> PathBuf {
    sibling_named(path, ".rewrite")
}

/// An empty database held open while the real one is closed for the swap.
fn placeholder(path: &Path) -> PathBuf {
    sibling_named(path, ".hold")
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |e| StoreError::from_io(path, &e)
}

/// Before an open: whatever is left at `<db>.rewrite` is either an unfinished copy or the old
/// database after a finished swap; in both cases `<db>` is the one to keep.
pub(super) fn recover(path: &Path) -> Result<()> {
    let hold = placeholder(path);
    if hold.is_dir() {
        fs::remove_dir_all(&hold).map_err(io_err(&hold))?;
    }
    let side = sibling(path);
    if side.is_dir() && path.is_dir() {
        fs::remove_dir_all(&side).map_err(io_err(&side))?;
    } else if side.is_dir() && !path.exists() && side.join(MARKER).exists() {
        // Only where the swap is two renames: the complete copy is the database now.
        fs::rename(&side, path).map_err(io_err(path))?;
    }
    Ok(())
}

/// A database that does not exist yet is made beside its place (`<db>.new`) and renamed into
/// it once sled's first files are complete and durable, so that a kill while sled writes them
/// never leaves a half-made database where the database belongs. (Seen in the crash test: a
/// kill in the first milliseconds of a new database left a log sled then refused with a
/// checksum error.) What a kill leaves at `<db>.new` is removed on the next open.
pub(super) fn create_fresh(path: &Path) -> Result<()> {
    let fresh = sibling_named(path, ".new");
    if fresh.exists() {
        fs::remove_dir_all(&fresh).map_err(io_err(&fresh))?;
    }
    if path.exists() {
        return Ok(());
    }
    {
        let db = Open::at(&fresh)?;
        db.commit()?;
    }
    sync_dir(&fresh)?;
    fs::rename(&fresh, path).map_err(io_err(path))?;
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    sync_dir(parent)
}

fn sync_dir(dir: &Path) -> Result<()> {
    fs::File::open(dir).and_then(|f| f.sync_all()).map_err(io_err(dir))
}

/// Swaps the two directories atomically.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(|e| StoreError::from_io(a, &e.into()))
}

/// Elsewhere: two renames; a crash between them leaves only `<db>.rewrite`, which `recover`
/// cannot tell apart safely, so the window is kept as short as two renames.
#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> Result<()> {
    let old = a.with_extension("old");
    fs::rename(a, &old).map_err(io_err(a))?;
    fs::rename(b, a).map_err(io_err(b))?;
    fs::rename(&old, b).map_err(io_err(&old))
}

impl SledStore {
    /// Copies every live record into a fresh database and swaps it in, while no one else
    /// reads or writes. Afterwards no removed value is left in the database directory.
    pub(super) fn rewrite(&self, open: &mut Open) -> Result<()> {
        let records = open.export()?;
        let side = sibling(&self.path);
        if side.exists() {
            fs::remove_dir_all(&side).map_err(io_err(&side))?;
        }
        {
            let fresh = Open::at(&side)?;
            fresh.import(&records)?;
            fresh.commit()?;
        }
        fs::write(side.join(MARKER), b"").map_err(io_err(&side))?;
        sync_dir(&side)?;
        if let Some(parent) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent)?;
        }
        // sled writes some files by path (snapshots, blobs), so the old database is closed
        // before its directory moves; an empty placeholder stands in meanwhile.
        let hold_path = placeholder(&self.path);
        if hold_path.exists() {
            fs::remove_dir_all(&hold_path).map_err(io_err(&hold_path))?;
        }
        let hold = Open::at(&hold_path)?;
        drop(std::mem::replace(open, hold));
        let swapped = exchange(&self.path, &side);
        if swapped.is_ok()
            && let Some(parent) = self.path.parent().filter(|p| !p.as_os_str().is_empty())
        {
            sync_dir(parent)?;
        }
        // The new database after a swap, the old one (unchanged) if the swap failed.
        let reopened = Open::at(&self.path);
        match reopened {
            Ok(db) => drop(std::mem::replace(open, db)),
            Err(e) => {
                // Only the placeholder is open: nothing may be read or written until restart.
                self.failed.store(true, std::sync::atomic::Ordering::SeqCst);
                return Err(e);
            }
        }
        let _ = fs::remove_dir_all(&hold_path);
        swapped?;
        let _ = fs::remove_file(self.path.join(MARKER));
        fs::remove_dir_all(&side).map_err(io_err(&side))?;
        Ok(())
    }
}
