//! Noticing writes sled lost (issue 16). *Measured* (`tests/fuzz_damaged_db.rs`): with its
//! `db` file damaged, sled's recovery often stops at the first damaged log entry and drops
//! everything after it **without an error**, so the database opens with part of the data
//! missing and nothing says so.
//!
//! Every commit counts itself in the database (`meta/commits`, flushed with the commit) and
//! then writes the count beside sled's files (`lotse-mark`, inside the database directory).
//! The mark is written only after the commit is durable, so a database that opens with fewer
//! commits than its mark has lost writes that were reported as saved. A kill between the
//! commit and the mark leaves the mark behind the database, never ahead: no false alarm. The
//! mark file is replaced by a rename and not synced itself: if a power cut loses it, it is only
//! older (a check missed, never a false alarm); a mark that cannot be read is no mark.
//!
//! A rewrite (erasure) copies into a fresh database, whose own commits write its own mark in
//! its own directory, and the two directories are swapped together.

use std::fs;
use std::path::Path;

pub const FILE: &str = "lotse-mark";
pub const TEMP: &str = "lotse-mark.new";
const KEY: &[u8] = b"commits";

/// The count as stored (8 bytes big-endian); none yet is 0.
fn number(bytes: Option<&[u8]>) -> u64 {
    bytes.and_then(|b| b.try_into().ok()).map(u64::from_be_bytes).unwrap_or(0)
}

/// Counts one more commit in `meta`; returns the count.
pub(super) fn count(meta: &sled::Tree) -> sled::Result<u64> {
    let next =
        meta.update_and_fetch(KEY, |old| Some(number(old).saturating_add(1).to_be_bytes().to_vec()))?;
    Ok(number(next.as_deref()))
}

fn counted(meta: &sled::Tree) -> sled::Result<u64> {
    Ok(number(meta.get(KEY)?.as_deref()))
}

/// Writes the mark; a failure only means the next open checks against an older mark.
pub(super) fn write(dir: &Path, n: u64) {
    use std::io::Write;
    let temp = dir.join(TEMP);
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&temp).and_then(|mut f| f.write_all(format!("{n}\n").as_bytes()));
    if written.is_ok() {
        let _ = fs::rename(&temp, dir.join(FILE));
    }
}

fn read(dir: &Path) -> Option<u64> {
    fs::read_to_string(dir.join(FILE)).ok()?.trim().parse().ok()
}

/// `Some((missing, made))` when the database holds fewer commits than its mark says were made.
pub(super) fn check(meta: &sled::Tree, dir: &Path) -> sled::Result<Option<(u64, u64)>> {
    let Some(mark) = read(dir) else { return Ok(None) };
    let found = counted(meta)?;
    // Lazily: the mark lags behind the database after a kill between commit and mark.
    Ok((found < mark).then(|| (mark - found, mark)))
}

#[cfg(test)]
mod tests {
    use crate::domain::{Offer, OfferId};
    use crate::store::{SledStore, Store, StoreError};

    fn offer(id: &str) -> Offer {
        Offer::new(OfferId::parse(id).expect("id"), "Angebot")
    }

    #[test]
    fn every_commit_moves_the_mark_and_a_lost_commit_is_noticed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("db");
        {
            let store = SledStore::open(&path).expect("open");
            store.put_offer(&offer("a")).expect("save");
            store.put_offer(&offer("b")).expect("save");
        }
        let mark = super::read(&path).expect("a mark");
        assert!(mark >= 2, "each save counts: {mark}");
        // The database as it opens matches its mark: nothing to say.
        {
            let store = SledStore::open(&path).expect("open");
            assert_eq!(store.damage(), None);
        }
        // As if sled had dropped the last saves: the mark is ahead of the database.
        super::write(&path, mark + 3);
        let store = SledStore::open(&path).expect("opens what it can read");
        let Some(StoreError::LostWrites { missing, made, .. }) = store.damage() else { panic!("noticed") };
        assert_eq!((missing, made), (3, mark + 3));
        // Reads work, writes are refused with the damage named.
        assert_eq!(store.offer_count().expect("read"), 2);
        match store.put_offer(&offer("c")) {
            Err(StoreError::LostWrites { missing: 3, .. }) => {}
            other => panic!("a write into a damaged database: {other:?}"),
        }
        assert_eq!(store.offer_count().expect("read"), 2, "nothing written");
        assert!(store.put_drafts(None).is_err());
    }

    /// A kill between a commit and its mark leaves the mark behind the database: no alarm.
    #[test]
    fn a_mark_behind_the_database_is_no_damage() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("db");
        SledStore::open(&path).expect("open").put_offer(&offer("a")).expect("save");
        super::write(&path, 0);
        let store = SledStore::open(&path).expect("open");
        assert_eq!(store.damage(), None);
    }
}
