//! The audit trail: every write leaves an entry with who, when, which record and which
//! fields — never a value — in the same step as the write; erasure leaves "erased" by number.

use super::Backend;
use lotse::domain::audit::{AuditAction, Subject};
use lotse::domain::client::{ContactChannel, FirstContact, SensitiveText};
use lotse::domain::*;
use lotse::store::Change;

pub fn every_write_leaves_an_entry_with_field_names_only(backend: &dyn Backend) {
    let store = backend.open("db");
    store.put_settings(&Settings::for_counsellor("Maria Kaya")).expect("settings");
    let day = Date::from_ymd(2026, 11, 25).expect("date");
    let id =
        store.create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Phone))).expect("client");
    let mut c = store.client(id).expect("read").expect("there");
    c.notes = SensitiveText::new("Geheimnis-Kanarie");
    c.needs = vec![Need::Arb];
    store.put_client(&c).expect("edit");
    store.put_client(&c).expect("unchanged save");
    let offer = Offer::new(OfferId::parse("ABH").expect("id"), "Ausländerbehörde");
    store.put_offer(&offer).expect("offer");
    store.apply(&[Change::Logged(AuditAction::Exported, &Subject::Client(id))]).expect("logged");
    store.erase_client(id).expect("erase").expect("there");

    let log = store.audit_log().expect("log");
    let what: Vec<(Subject, AuditAction)> = log.iter().map(|e| (e.subject.clone(), e.action)).collect();
    assert_eq!(
        what,
        [
            (Subject::Settings, AuditAction::Created),
            (Subject::Client(id), AuditAction::Created),
            (Subject::Client(id), AuditAction::Changed),
            (Subject::Offer("ABH".into()), AuditAction::Created),
            (Subject::Client(id), AuditAction::Exported),
            (Subject::Client(id), AuditAction::Erased),
        ],
        "an unchanged save leaves no entry"
    );
    assert_eq!(log[2].fields, ["needs", "notes"]);
    let who = backend.who("MK");
    assert!(log.iter().all(|e| e.who == who), "{log:?}");
    assert!(log.windows(2).all(|w| w[0].id < w[1].id && w[0].at <= w[1].at));
    let text = format!("{log:?}");
    assert!(!text.contains("Geheimnis") && !text.contains("Ausländerbehörde"), "values never: {text}");
    drop(store);
    assert_eq!(backend.open("db").audit_log().expect("log").len(), 6, "durable");
}
