//! `lotse migrate --to postgres://…` through the real binary: a desk's sled database moves
//! into an empty server database record by record (every kind, counters included, the same
//! bytes), the counts are checked, a non-empty target is refused, and a password in the
//! address is refused without being printed. Needs `LOTSE_TEST_PG` (skipped without, failing
//! under CI).

#![allow(clippy::unwrap_used)]

#[path = "support/pg.rs"]
mod pg;
use pg::Schema;

use lotse::domain::client::{Caller, ContactChannel, FirstContact};
use lotse::domain::*;
use lotse::store::Kind;
use std::path::Path;
use std::process::{Command, Stdio};

fn lotse(db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "de_DE.UTF-8")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A desk database with records of every kind: the demo (offers, clients, referrals,
/// history, consultations …) plus a contact, a gap, a search miss and settings.
fn desk(db: &Path) {
    let (code, _, err) = lotse(db, &["init", "--demo"]);
    assert_eq!(code, 0, "{err}");
    let store = lotse::store::open(db).unwrap();
    store.put_settings(&Settings::for_counsellor("Maria Kaya")).unwrap();
    let day = Date::from_ymd(2026, 11, 25).unwrap();
    store
        .create_contact(&AnonymousContact {
            id: 0,
            date: day,
            channel: ContactChannel::Phone,
            language: None,
            caller: Caller::Client,
            group: CaseGroup::NotAssigned,
            needs: vec![Need::Arb],
            minutes: Some(5),
        })
        .unwrap();
    let client = store.create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Email))).unwrap();
    store.create_consultation(&Consultation::new(client, day, ContactChannel::Phone)).unwrap();
    store.create_gap(&Gap::new(day, Need::Spr)).unwrap();
    store.count_search_miss(YearMonth::of(day), Need::Arb, "Jena").unwrap();
}

#[test]
fn a_desk_database_moves_to_the_server_whole_and_a_full_target_is_refused() {
    let Some(base) = pg::server("migrate tests") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    desk(&db);
    let target = Schema::new(&base, 'm', "whole");

    let (code, out, err) = lotse(&db, &["migrate", "--to", &target.address]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Die Anzahlen je Art stimmen überein"), "{out}");

    let desk = lotse::store::open(&db).unwrap();
    let server = lotse::store::open(Path::new(&target.address)).unwrap();
    let kinds: Vec<Kind> = desk.contents().unwrap().iter().map(|(k, _)| *k).collect();
    for kind in [
        Kind::Settings,
        Kind::Counter,
        Kind::Offer,
        Kind::Client,
        Kind::Contact,
        Kind::Referral,
        Kind::ReferralEvent,
        Kind::Audit,
        Kind::Consultation,
        Kind::Gap,
        Kind::SearchMiss,
    ] {
        assert!(kinds.contains(&kind), "the desk has {kind:?}");
    }
    assert_eq!(server.contents().unwrap(), desk.contents().unwrap());
    assert_eq!(server.export_records().unwrap(), desk.export_records().unwrap(), "the same bytes");
    assert!(server.check_consistency().unwrap().is_empty());
    assert_eq!(
        server.due_followups(Date::from_ymd(2030, 1, 1).unwrap()).unwrap(),
        desk.due_followups(Date::from_ymd(2030, 1, 1).unwrap()).unwrap()
    );
    // New numbers follow the moved ones.
    let next = server
        .create_client(&Client::new(
            0,
            FirstContact::new(Date::from_ymd(2026, 12, 1).unwrap(), ContactChannel::Phone),
        ))
        .unwrap();
    assert_eq!(next, desk.counter(lotse::store::Seq::Client).unwrap() + 1);
    drop((desk, server));

    let (code, out, err) = lotse(&db, &["migrate", "--to", &target.address]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("nicht leer") && err.contains("nichts wurde geändert"), "{err}");
}

#[test]
fn a_password_in_the_address_is_refused_and_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    drop(lotse::store::open(&db).unwrap());
    let (code, out, err) = lotse(&db, &["migrate", "--to", "postgres://mk:Geheim-Kanarie@127.0.0.1:1/lotse"]);
    assert_eq!(code, 1);
    assert!(!format!("{out}{err}").contains("Geheim-Kanarie"), "{out}{err}");
    assert!(err.contains("enthält ein Passwort") && err.contains("postgres://mk@127.0.0.1:1/lotse"), "{err}");
    let (code, _, err) = lotse(&db, &["migrate", "--to", "/tmp/somewhere"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("keine Server-Adresse"), "{err}");
    // An unreachable server: one sentence, nothing of a password.
    let (code, _, err) = lotse(&db, &["migrate", "--to", "postgres://mk@127.0.0.1:1/lotse"]);
    assert_eq!(code, 1);
    assert!(err.contains("nicht erreichbar") && err.trim().lines().count() == 1, "{err}");
}
