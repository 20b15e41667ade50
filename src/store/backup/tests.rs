//! Backup and restore on temporary databases: equality across every tree (with stand-ins for
//! the trees other parts add), damaged and cut-off files refused without writing, a non-empty
//! target refused, a newer schema refused, and a record that does not decode caught.

use super::*;
use crate::domain::{Offer, OfferId};

fn offer(id: &str) -> Offer {
    Offer::new(OfferId::parse(id).unwrap(), format!("Angebot {id}"))
}

/// Every record of every tree, for comparing databases.
fn dump(store: &Store) -> BTreeMap<(Vec<u8>, Vec<u8>), Vec<u8>> {
    let mut out = BTreeMap::new();
    for name in store.db.tree_names() {
        for item in store.db.open_tree(&name).unwrap().iter() {
            let (k, v) = item.unwrap();
            out.insert((name.to_vec(), k.to_vec()), v.to_vec());
        }
    }
    out
}

/// A database with offers, two clients, an index entry, and a tree standing in for what a
/// later version might add (a kind byte this build does not know).
fn filled(path: &Path) -> Store {
    use crate::domain::client::{ContactChannel, FirstContact};
    let store = Store::open(path).unwrap();
    store.put_offers(&[offer("a"), offer("b"), offer("c")]).unwrap();
    let day = crate::domain::Date::from_ymd(2026, 11, 25).unwrap();
    for _ in 0..2 {
        store
            .create_client(&crate::domain::Client::new(0, FirstContact::new(day, ContactChannel::Phone)))
            .unwrap();
    }
    store.db.open_tree("client_referrals").unwrap().insert(b"7/1", &[][..]).unwrap();
    store.db.open_tree("future").unwrap().insert(b"k", &b"Z\x01later"[..]).unwrap();
    store.commit().unwrap();
    store
}

#[test]
fn backup_then_restore_gives_the_same_records_in_every_tree() {
    let dir = tempfile::tempdir().unwrap();
    let source = filled(&dir.path().join("a"));
    let file = dir.path().join("sicherung.lotsebak");
    let summary = source.backup(&file, 1_700_000_000).unwrap();
    assert_eq!(summary.records, 9, "3 offers, 2 clients, 1 index, 1 future, meta/schema, meta/client_seq");
    assert!(summary.trees.iter().any(|t| t.name == "clients" && t.records == 2));

    let target = Store::open(&dir.path().join("b")).unwrap();
    let report = target.restore(&file).unwrap();
    assert_eq!(dump(&target), dump(&source));
    assert_eq!(report.header.created, 1_700_000_000);
    let offers = report.trees.iter().find(|t| t.name == "offers").unwrap();
    assert_eq!((offers.records, offers.decoded), (3, 3));
    let clients = report.trees.iter().find(|t| t.name == "clients").unwrap();
    assert_eq!((clients.records, clients.decoded), (2, 2));
    let future = report.trees.iter().find(|t| t.name == "future").unwrap();
    assert_eq!((future.records, future.decoded), (1, 0), "unknown kinds are compared, not decoded");
    drop(target);
    // Durable: a reopened database still has everything.
    let reopened = Store::open(&dir.path().join("b")).unwrap();
    assert_eq!(reopened.all_offers().unwrap().len(), 3);
    assert_eq!(dump(&reopened), dump(&source));
}

#[cfg(unix)]
#[test]
fn the_backup_file_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    filled(&dir.path().join("a")).backup(&file, 0).unwrap();
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn damaged_backups_are_refused_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    filled(&dir.path().join("a")).backup(&file, 0).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    let target = Store::open(&dir.path().join("b")).unwrap();
    let before = dump(&target);

    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x01;
    std::fs::write(&file, &flipped).unwrap();
    assert!(matches!(target.restore(&file), Err(BackupError::Format(FormatError::Checksum))));

    std::fs::write(&file, &bytes[..bytes.len() - 100]).unwrap();
    assert!(matches!(target.restore(&file), Err(BackupError::Format(FormatError::Truncated))));

    std::fs::write(&file, b"id;titel\n").unwrap();
    assert!(matches!(target.restore(&file), Err(BackupError::Format(FormatError::NotABackup))));
    assert_eq!(dump(&target), before, "nothing written");
    assert!(target.contents().unwrap().is_empty());
}

#[test]
fn a_non_empty_target_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    filled(&dir.path().join("a")).backup(&file, 0).unwrap();
    let target = Store::open(&dir.path().join("b")).unwrap();
    target.put_offer(&offer("z")).unwrap();
    match target.restore(&file) {
        Err(BackupError::NotEmpty(trees)) => assert_eq!(trees, [("offers".to_string(), 1)]),
        other => panic!("expected NotEmpty, got {other:?}"),
    }
    assert_eq!(target.all_offers().unwrap().len(), 1);
}

#[test]
fn a_backup_from_a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    let source = filled(&dir.path().join("a"));
    migrate::set(&source, migrate::SCHEMA_VERSION + 1).unwrap();
    source.backup(&file, 0).unwrap();
    let target = Store::open(&dir.path().join("b")).unwrap();
    assert!(matches!(target.restore(&file), Err(BackupError::NewerSchema { .. })));
    assert!(target.contents().unwrap().is_empty());
}

#[test]
fn a_record_of_a_known_kind_that_does_not_decode_fails_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    let source = filled(&dir.path().join("a"));
    source.offers.insert("bad", &b"O\x01\xff"[..]).unwrap();
    source.backup(&file, 0).unwrap();
    let target = Store::open(&dir.path().join("b")).unwrap();
    match target.restore(&file) {
        Err(BackupError::Verify(what)) => assert!(what.starts_with("offers/bad"), "{what}"),
        other => panic!("expected Verify, got {other:?}"),
    }
}
