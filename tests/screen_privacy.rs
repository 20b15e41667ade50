//! The screen's data protection writes against a real database, as the terminal loop runs them
//! (`tui::perform_in`): the person's copy lands in the copies folder with the person's data
//! and is logged; erasure removes the client and leaves no byte of it; the trail read back
//! holds both, by number and field names only.

#![allow(clippy::unwrap_used)]

use lotse::app::{Payload, Write};
use lotse::domain::Date;
use lotse::domain::audit::{AuditAction, Subject};
use lotse::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};
use lotse::domain::{Client, ClientId};
use lotse::i18n::Lang;
use lotse::tui::perform_in;

const NAME: &str = "Quorbel Fennimax";
const NOTE: &str = "Notiz-Kanari-4711";

fn bytes_below(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            all.extend(bytes_below(&p));
        } else {
            all.extend(std::fs::read(&p).unwrap_or_default());
        }
    }
    all
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn copy_then_erase_from_the_screen_leaves_files_for_the_person_and_nothing_in_the_database() {
    let tmp = tempfile::tempdir().unwrap();
    let (db, copies) = (tmp.path().join("db"), tmp.path().join("copies"));
    let today = Date::from_ymd(2026, 11, 25).unwrap();
    let store = lotse::store::open(&db).unwrap();
    let mut c = Client::new(0, FirstContact::new(today, ContactChannel::Phone));
    c.identity = Identity::Named { name: Some(SensitiveText::new(NAME)), phone: None, email: None };
    c.notes = SensitiveText::new(NOTE);
    let id = store.create_client(&c).unwrap();
    let other =
        store.create_client(&Client::new(0, FirstContact::new(today, ContactChannel::Email))).unwrap();

    let done =
        perform_in(&*store, &Write::PersonCopy { client: id, lang: Lang::De, today }, Lang::De, &copies)
            .unwrap();
    let Payload::Files(files) = done.payload else { panic!("files: {:?}", done.payload) };
    assert_eq!(files.len(), 2);
    for f in &files {
        assert!(f.starts_with(&copies), "{}", f.display());
        let text = std::fs::read_to_string(f).unwrap();
        assert!(
            text.contains(NAME) && text.contains(NOTE),
            "the copy holds the person's data: {}",
            f.display()
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode & 0o077, 0, "owner-only: {mode:o}");
        }
    }

    let done = perform_in(&*store, &Write::EraseClient(id), Lang::De, &copies).unwrap();
    assert!(matches!(done.payload, Payload::Erased(_)), "{:?}", done.payload);
    assert!(store.client(id).unwrap().is_none());
    assert!(store.client(other).unwrap().is_some(), "the other client stays");
    assert!(store.referrals_of(ClientId(id)).unwrap().is_empty());
    drop(store);
    let bytes = bytes_below(&db);
    assert!(!contains(&bytes, NAME) && !contains(&bytes, NOTE), "no byte of the erased client is left");

    let store = lotse::store::open(&db).unwrap();
    let done = perform_in(&*store, &Write::ReadAudit, Lang::De, &copies).unwrap();
    let Payload::Audit(trail) = done.payload else { panic!("the trail") };
    let about: Vec<AuditAction> =
        trail.iter().filter(|e| e.subject == Subject::Client(id)).map(|e| e.action).collect();
    assert!(about.contains(&AuditAction::Exported) && about.contains(&AuditAction::Erased), "{about:?}");
    let shown = format!("{trail:?}");
    assert!(!shown.contains(NAME) && !shown.contains(NOTE), "the trail holds no value");
}

#[test]
fn a_copy_that_cannot_be_written_says_so_and_does_not_stop_saving() {
    let tmp = tempfile::tempdir().unwrap();
    let today = Date::from_ymd(2026, 11, 25).unwrap();
    let store = lotse::store::open(&tmp.path().join("db")).unwrap();
    let id = store.create_client(&Client::new(0, FirstContact::new(today, ContactChannel::Phone))).unwrap();
    // The copies folder is a file: it cannot be made.
    let blocked = tmp.path().join("blocked");
    std::fs::write(&blocked, b"x").unwrap();
    let err =
        perform_in(&*store, &Write::PersonCopy { client: id, lang: Lang::De, today }, Lang::De, &blocked)
            .unwrap_err();
    assert!(!err.blocks_writes, "a folder problem is not a database problem");
    assert!(err.message.contains("blocked"), "{}", err.message);
    let missing =
        perform_in(&*store, &Write::PersonCopy { client: 999, lang: Lang::De, today }, Lang::De, &blocked)
            .unwrap_err();
    assert!(missing.message.contains("K-0999"), "{}", missing.message);
}
