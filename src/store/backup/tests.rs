//! Backup and restore on temporary databases, through the store interface only: the same
//! records after a round trip, damaged and cut-off files refused without writing, a non-empty
//! target refused, a newer schema refused, and a record that does not decode named.

use super::*;
use crate::domain::client::{ContactChannel, FirstContact};
use crate::domain::{Client, Date, Offer, OfferId, Settings};
use crate::store::SledStore;

fn offer(id: &str) -> Offer {
    Offer::new(OfferId::parse(id).unwrap(), format!("Angebot {id}"))
}

/// A database with settings, three offers and two clients.
fn filled(path: &Path) -> SledStore {
    let store = SledStore::open(path).unwrap();
    store.put_settings(&Settings::for_counsellor("M. Kaya")).unwrap();
    store.put_offers(&[offer("a"), offer("b"), offer("c")]).unwrap();
    let day = Date::from_ymd(2026, 11, 25).unwrap();
    for _ in 0..2 {
        store.create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Phone))).unwrap();
    }
    store
}

fn sorted(mut records: Vec<Record>) -> Vec<Record> {
    records.sort();
    records
}

#[test]
fn backup_then_restore_gives_the_same_records_of_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let source = filled(&dir.path().join("a"));
    let file = dir.path().join("sicherung.lotsebak");
    let summary = backup(&source, &file, 1_700_000_000).unwrap();
    assert_eq!(summary.records, 14, "settings, 2 counters, 3 offers, 2 clients, 6 audit entries");
    assert_eq!(
        summary.kinds,
        [(Kind::Settings, 1), (Kind::Counter, 2), (Kind::Offer, 3), (Kind::Client, 2), (Kind::Audit, 6)]
    );

    let target = SledStore::open(&dir.path().join("b")).unwrap();
    let report = restore(&target, &file).unwrap();
    assert_eq!(report.header.created, 1_700_000_000);
    assert_eq!(report.header.format, FORMAT_VERSION);
    assert_eq!(report.kinds, summary.kinds);
    assert!(report.counters.is_empty(), "the counter came with the backup");
    assert_eq!(sorted(target.export_records().unwrap()), sorted(source.export_records().unwrap()));
    drop(target);
    // Durable, and the derived indexes were rebuilt: a reopened database is consistent.
    let reopened = SledStore::open(&dir.path().join("b")).unwrap();
    assert_eq!(reopened.all_offers().unwrap().len(), 3);
    assert_eq!(reopened.settings().unwrap().counsellor, "M. Kaya");
    assert!(reopened.check_consistency().unwrap().is_empty());
    assert_eq!(sorted(reopened.export_records().unwrap()), sorted(source.export_records().unwrap()));
}

#[cfg(unix)]
#[test]
fn the_backup_file_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    backup(&filled(&dir.path().join("a")), &file, 0).unwrap();
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn damaged_backups_are_refused_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    backup(&filled(&dir.path().join("a")), &file, 0).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    let target = SledStore::open(&dir.path().join("b")).unwrap();

    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x01;
    std::fs::write(&file, &flipped).unwrap();
    assert!(matches!(restore(&target, &file), Err(BackupError::Format(FormatError::Checksum))));

    std::fs::write(&file, &bytes[..bytes.len() - 10]).unwrap();
    assert!(matches!(restore(&target, &file), Err(BackupError::Format(FormatError::Truncated))));

    std::fs::write(&file, b"id;titel\n").unwrap();
    assert!(matches!(restore(&target, &file), Err(BackupError::Format(FormatError::NotABackup))));
    assert!(target.contents().unwrap().is_empty(), "nothing written");
}

#[test]
fn a_non_empty_target_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.lotsebak");
    backup(&filled(&dir.path().join("a")), &file, 0).unwrap();
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    target.put_offer(&offer("z")).unwrap();
    match restore(&target, &file) {
        Err(BackupError::NotEmpty(kinds)) => {
            assert_eq!(kinds, [(Kind::Counter, 1), (Kind::Offer, 1), (Kind::Audit, 1)])
        }
        other => panic!("expected NotEmpty, got {other:?}"),
    }
    assert_eq!(target.all_offers().unwrap().len(), 1);
}

/// A backup file written by hand from `records`, with `schema`.
fn crafted(dir: &Path, schema: u32, records: &[Record]) -> std::path::PathBuf {
    let file = dir.join("crafted.lotsebak");
    std::fs::write(&file, format::encode(schema, 0, records)).unwrap();
    file
}

fn good_records(dir: &Path) -> Vec<Record> {
    filled(&dir.join("src")).export_records().unwrap()
}

#[test]
fn a_backup_from_a_newer_or_no_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let records = good_records(dir.path());
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    let newer = crafted(dir.path(), SCHEMA_VERSION + 1, &records);
    assert!(matches!(restore(&target, &newer), Err(BackupError::NewerSchema { .. })));
    let zero = crafted(dir.path(), 0, &records);
    assert!(matches!(restore(&target, &zero), Err(BackupError::Format(FormatError::Damaged(_)))));
    assert!(target.contents().unwrap().is_empty());
}

#[test]
fn a_record_that_does_not_decode_is_named_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = good_records(dir.path());
    records.push(Record { kind: Kind::Offer, key: b"bad".to_vec(), value: b"O\x01\xff".to_vec() });
    let file = crafted(dir.path(), SCHEMA_VERSION, &records);
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    match restore(&target, &file) {
        Err(BackupError::Invalid(what)) => assert!(what.starts_with("offers/bad"), "{what}"),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(target.contents().unwrap().is_empty());
}

#[test]
fn a_record_of_the_wrong_kind_or_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = good_records(dir.path());
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    // A client's bytes filed as settings.
    let client = good.iter().find(|r| r.kind == Kind::Client).unwrap().clone();
    let mut wrong = good.clone();
    wrong.push(Record { kind: Kind::Settings, ..client.clone() });
    let file = crafted(dir.path(), SCHEMA_VERSION, &wrong);
    assert!(matches!(restore(&target, &file), Err(BackupError::Invalid(_))));
    // The same client twice.
    let mut twice = good.clone();
    twice.push(client);
    let file = crafted(dir.path(), SCHEMA_VERSION, &twice);
    match restore(&target, &file) {
        Err(BackupError::Invalid(what)) => assert!(what.ends_with("(twice)"), "{what}"),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(target.contents().unwrap().is_empty());
}

#[test]
fn a_backup_of_the_first_format_restores() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup_release1.lotsebak");
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    let report = restore(&target, &fixture).unwrap();
    assert_eq!(report.header.format, 1);
    assert_eq!(target.all_clients().unwrap().len(), 3);
    assert_eq!(target.all_referrals().unwrap().len(), 5);
    assert_eq!(target.settings().unwrap().counsellor, "Fixture");
    assert!(target.check_consistency().unwrap().is_empty());
}

#[test]
fn an_appointments_time_survives_backup_and_restore() {
    use crate::domain::referral::{NewReferral, create};
    use crate::domain::{Appointment, ClientId, Need, ReferralId, ReferralStatus, TimeOfDay, Timestamp};
    let dir = tempfile::tempdir().unwrap();
    let source = filled(&dir.path().join("a"));
    let day = Date::from_ymd(2026, 11, 25).unwrap();
    let when = Appointment::at(day.add_days(7), TimeOfDay::from_hm(14, 30).unwrap());
    let new = NewReferral {
        status: ReferralStatus::AppointmentMade,
        appointment: Some(when),
        ..NewReferral::new(ReferralId(0), ClientId(1), Need::Arb)
    };
    let now = Timestamp::from_naive(day.naive().and_hms_opt(9, 0, 0).unwrap());
    let (r, ev) = create(new, &offer("a"), false, now, "MK").unwrap();
    let id = source.create_referrals(&[(r, ev)]).unwrap()[0];
    let file = dir.path().join("sicherung.lotsebak");
    backup(&source, &file, 1_700_000_000).unwrap();
    let target = SledStore::open(&dir.path().join("b")).unwrap();
    restore(&target, &file).unwrap();
    let restored = target.all_referrals().unwrap();
    assert_eq!(restored.iter().map(|r| (r.id, r.appointment)).collect::<Vec<_>>(), [(id, Some(when))]);
    let history = target.events_of(id).unwrap();
    assert!(
        matches!(history.as_slice(), [e] if matches!(e.kind, crate::domain::EventKind::Created { appointment: Some(a), .. } if a == when))
    );
}
