//! Data protection through the real binary: `lotse client erase` asks, refuses without a
//! terminal unless `--yes`, names the client by number only, leaves no byte of them in the
//! database files, and a kill at any moment of the rewrite leaves a database that opens whole.

#![allow(clippy::unwrap_used)]

use lotse::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};
use lotse::domain::{Client, Date, Offer, OfferId};
use std::path::Path;
use std::process::{Command, Stdio};

const NAME: &str = "Zyxwerta Quonkel";
const PHONE: &str = "+49 151 98765432";
const NOTE: &str = "Kanarienvogel-Notiz";

fn day() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap()
}

/// A database with `n` clients (the first with canary values) and `offers` offers.
fn database(db: &Path, n: usize, offers: usize) {
    let store = lotse::store::open(db).unwrap();
    let list: Vec<Offer> = (0..offers)
        .map(|i| {
            Offer::new(OfferId::parse(&format!("A-{i}")).unwrap(), format!("Angebot {i} {}", "x".repeat(200)))
        })
        .collect();
    store.put_offers(&list).unwrap();
    for i in 0..n {
        let mut c = Client::new(0, FirstContact::new(day(), ContactChannel::Phone));
        if i == 0 {
            c.identity = Identity::Named {
                name: Some(SensitiveText::new(NAME)),
                phone: Some(SensitiveText::new(PHONE)),
                email: None,
            };
            c.notes = SensitiveText::new(NOTE);
        }
        store.create_client(&c).unwrap();
    }
}

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

fn bytes_below(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            all.extend(bytes_below(&p));
        } else {
            all.extend(std::fs::read(&p).unwrap());
        }
    }
    all
}

fn holds(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn erase_asks_names_no_one_and_leaves_no_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db, 2, 3);
    assert!(holds(&bytes_below(&db), NAME));

    // No terminal and no --yes: refused, nothing erased.
    let (code, out, err) = lotse(&db, &["client", "erase", "K-0001"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("bitte --yes angeben. K-0001 wurde nicht gelöscht."), "{err}");
    let (code, _, err) = lotse(&db, &["client", "erase", "K-0009", "--yes"]);
    assert_eq!(code, 1);
    assert!(err.contains("Eine Klient:in K-0009 gibt es in dieser Datenbank nicht."), "{err}");
    let (code, _, err) = lotse(&db, &["client", "erase", "Quonkel", "--yes"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("„Quonkel“ ist keine Klient:innen-Nummer"), "{err}");
    assert!(holds(&bytes_below(&db), NAME), "nothing erased yet");

    let (code, out, err) = lotse(&db, &["client", "erase", "k-1", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("K-0001 gelöscht: 0 Verweis(e), 0 Verlaufseinträge."), "{out}");
    for text in [&out, &err] {
        assert!(!text.contains(NAME) && !text.contains(PHONE), "{text}");
    }
    let all = bytes_below(&db);
    for canary in [NAME, PHONE, NOTE] {
        assert!(!holds(&all, canary), "{canary} still on disk");
    }
    let store = lotse::store::open(&db).unwrap();
    assert_eq!(store.all_clients().unwrap().len(), 1);
    assert_eq!(store.offer_count().unwrap(), 3);
}

/// A kill -9 at any moment of the erasure leaves the old or the new database, never a broken
/// one: it opens, is consistent, and holds every other record.
#[cfg(unix)]
#[test]
fn a_killed_erasure_leaves_the_old_or_the_new_database() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let timing = dir.path().join("timing");
    database(&timing, 50, 3000);
    let start = Instant::now();
    assert_eq!(lotse(&timing, &["client", "erase", "K-0001", "--yes"]).0, 0);
    let full = start.elapsed();
    let mut seen = (0, 0);
    for step in 0..10u32 {
        let db = dir.path().join(format!("db{step}"));
        database(&db, 50, 3000);
        let mut child = Command::new(env!("CARGO_BIN_EXE_lotse"))
            .arg("--db")
            .arg(&db)
            .args(["client", "erase", "K-0001", "--yes"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(f64::from(step) / 9.0).min(Duration::from_secs(10)));
        let _ = child.kill();
        let _ = child.wait();
        let store = lotse::store::open(&db).unwrap();
        let clients = store.all_clients().unwrap();
        assert!(clients.len() == 50 || clients.len() == 49, "step {step}: {} clients", clients.len());
        assert!(clients.iter().any(|c| c.id == 50), "step {step}: another client lost");
        assert_eq!(store.offer_count().unwrap(), 3000, "step {step}");
        assert!(store.check_consistency().unwrap().is_empty());
        assert!(!dir.path().join(format!("db{step}.rewrite")).exists(), "step {step}: leftover copy");
        if clients.len() == 50 { seen.0 += 1 } else { seen.1 += 1 }
    }
    eprintln!("killed erasures: {} before, {} after", seen.0, seen.1);
}

#[test]
fn the_persons_copy_and_the_audit_trail() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db, 2, 1);
    let base = dir.path().join("auskunft");
    let (code, out, err) = lotse(&db, &["client", "export", "K-0001", "-o", base.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Auskunft für K-0001 geschrieben:"), "{out}");
    assert!(!out.contains(NAME));
    let text = std::fs::read_to_string(dir.path().join("auskunft.txt")).unwrap();
    let json = std::fs::read_to_string(dir.path().join("auskunft.json")).unwrap();
    for (what, body) in [("text", &text), ("json", &json)] {
        for v in [NAME, PHONE, NOTE] {
            assert!(body.contains(v), "{what} lacks {v}:\n{body}");
        }
    }
    assert!(text.contains("Änderungsprotokoll"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["auskunft.txt", "auskunft.json"] {
            let mode = std::fs::metadata(dir.path().join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{f}");
        }
    }
    let (code, trail, _) = lotse(&db, &["client", "audit", "K-0001"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = trail.lines().collect();
    assert_eq!(lines.len(), 2, "created, exported:\n{trail}");
    assert!(
        lines[0].contains("K-0001") && lines[0].contains("angelegt") && lines[0].contains("identity"),
        "{trail}"
    );
    assert!(lines[1].contains("ausgegeben"), "{trail}");
    assert!(!trail.contains(NAME) && !trail.contains(PHONE) && !trail.contains(NOTE), "{trail}");
    let (_, all, _) = lotse(&db, &["client", "audit"]);
    assert!(all.contains("K-0002") && all.contains("A-0"), "{all}");
    let (code, _, err) = lotse(&db, &["client", "export", "K-0042"]);
    assert_eq!(code, 1);
    assert!(err.contains("K-0042 gibt es in dieser Datenbank nicht"), "{err}");
}

fn lotse_with_input(db: &Path, args: &[&str], input: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "de_DE.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_encrypted_backup_needs_its_passphrase_and_holds_no_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db, 1, 1);
    let file = dir.path().join("s.lotsebak");
    let f = file.to_str().unwrap();
    let (code, _, err) = lotse_with_input(&db, &["backup", "--encrypt", f], "eins\nzwei\n");
    assert_eq!(code, 1);
    assert!(err.contains("Die beiden Passphrasen stimmen nicht überein. Nichts wurde geschrieben."), "{err}");
    assert!(!file.exists());
    let (code, out, err) =
        lotse_with_input(&db, &["backup", "--encrypt", f], "Sommer Regen 42\nSommer Regen 42\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Sicherung geschrieben:"), "{out}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!holds(&bytes, NAME) && !holds(&bytes, "LOTSEBAK"), "encrypted, not plain");

    let target = dir.path().join("neu");
    let (code, _, err) = lotse_with_input(&target, &["restore", f], "falsch\n");
    assert_eq!(code, 1);
    assert!(err.contains("Die Passphrase passt nicht zur Sicherung"), "{err}");
    assert!(lotse::store::open(&target).unwrap().all_clients().unwrap().is_empty(), "nothing written");
    let (code, out, err) = lotse_with_input(&target, &["restore", f], "Sommer Regen 42\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Wiederhergestellt aus"), "{out}");
    let store = lotse::store::open(&target).unwrap();
    assert_eq!(store.all_clients().unwrap().len(), 1);
    assert!(store.check_consistency().unwrap().is_empty());
}

#[test]
fn records_past_the_retention_period_are_shown_and_anonymised_after_confirmation() {
    use lotse::domain::Need;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    {
        let store = lotse::store::open(&db).unwrap();
        let old = Date::from_ymd(2023, 5, 17).unwrap();
        let mut c = Client::new(0, FirstContact::new(old, ContactChannel::Phone));
        c.updated = old;
        c.identity = Identity::Named { name: Some(SensitiveText::new(NAME)), phone: None, email: None };
        c.notes = SensitiveText::new(NOTE);
        c.needs = vec![Need::Arb];
        store.create_client(&c).unwrap();
        let recent = Date::from_naive(chrono::Local::now().date_naive());
        store.create_client(&Client::new(0, FirstContact::new(recent, ContactChannel::Email))).unwrap();
    }
    let (code, out, err) = lotse(&db, &["client", "retention"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("1 Datensätze zur Anonymisierung fällig (Aufbewahrungsfrist 24 Monate"), "{out}");
    assert!(out.contains("K-0001 (05.2023)") && !out.contains("K-0002"), "{out}");
    let (code, _, err) = lotse(&db, &["client", "retention", "--anonymise"]);
    assert_eq!(code, 1);
    assert!(err.contains("bitte --yes angeben. Nichts wurde geändert."), "{err}");
    assert!(holds(&bytes_below(&db), NAME));
    let (code, _, _) = lotse(&db, &["client", "retention", "--months", "200"]);
    assert_eq!(code, 2, "out of range");
    let (code, out, _) = lotse(&db, &["client", "retention", "--months", "60"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Aufbewahrungsfrist gespeichert: 60 Monate.") && out.contains("Kein Datensatz"),
        "{out}"
    );
    lotse(&db, &["client", "retention", "--months", "24"]);

    let (code, out, err) = lotse(&db, &["client", "retention", "--anonymise", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 Datensätze anonymisiert"), "{out}");
    let all = bytes_below(&db);
    assert!(!holds(&all, NAME) && !holds(&all, NOTE), "old bytes gone");
    let store = lotse::store::open(&db).unwrap();
    let c = store.client(1).unwrap().expect("the record stays, anonymous");
    assert_eq!(c.needs, vec![Need::Arb], "the figures stay");
    assert_eq!(c.contact.date, Date::from_ymd(2023, 5, 1).unwrap(), "dates as month");
    assert!(
        store.audit_log().unwrap().iter().any(|e| e.action == lotse::domain::audit::AuditAction::Anonymised)
    );
    drop(store);
    let (_, out, _) = lotse(&db, &["client", "retention"]);
    assert!(out.starts_with("Kein Datensatz"), "not due twice: {out}");
}

/// Nothing personal in any error: failing commands on a database with canary values print
/// neither the name, nor the phone, nor a note.
#[test]
fn failing_commands_print_nothing_personal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db, 1, 1);
    let missing = dir.path().join("fehlt").join("x");
    let m = missing.to_str().unwrap();
    let bad = dir.path().join("kaputt.lotsebak");
    std::fs::write(&bad, b"LOTSEBAK\x00\x02 nonsense").unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["client", "export", "K-0001", "-o", m],
        vec!["client", "export", "K-0002"],
        vec!["client", "erase", "K-0001"],
        vec!["client", "audit", "nicht-nummer"],
        vec!["backup", m],
        vec!["restore", bad.to_str().unwrap()],
        vec!["export", "-o", m],
        vec!["import", m],
        vec!["search", "--need", "XYZ", "a"],
    ];
    for args in runs {
        let (code, out, err) = lotse(&db, &args);
        assert_ne!(code, 0, "{args:?} should fail: {out}{err}");
        assert!(!err.trim().is_empty(), "{args:?} says why");
        for canary in [NAME, PHONE, NOTE] {
            assert!(!out.contains(canary) && !err.contains(canary), "{args:?} printed {canary}: {out}{err}");
        }
    }
}

/// `--db` pointing at a directory with other files (a typo like `--db ~`) is refused and
/// nothing in it changes: not a mode, not a file.
#[cfg(unix)]
#[test]
fn a_foreign_directory_is_never_taken_over() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("share");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let file = shared.join("bericht.odt");
    std::fs::write(&file, b"x").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    for args in [vec!["search", "x"], vec!["import", "/nonexistent.csv"], vec!["backup", "/tmp/x.lotsebak"]] {
        let (code, _, err) = lotse(&shared, &args);
        assert_eq!(code, 1, "{args:?}");
        assert!(
            err.contains("ist keine Lotse-Datenbank; Lotse hat dort nichts verändert"),
            "{args:?}: {err}"
        );
    }
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&shared), 0o1777);
    assert_eq!(mode(&file), 0o644);
    let names: Vec<_> = std::fs::read_dir(&shared).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names, ["bericht.odt"], "no file added");
}
