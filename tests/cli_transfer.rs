//! The real binary: import, export, backup and restore, their exit codes and messages.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name).display().to_string()
}

struct Run {
    code: i32,
    out: String,
    err: String,
    bytes: Vec<u8>,
}

/// Runs `lotse --db DB ARGS…` in German (unless the args say otherwise).
fn lotse(db: &Path, args: &[&str]) -> Run {
    let out = Command::new(bin())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LOTSE_DB")
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
        bytes: out.stdout,
    }
}

fn offers_in(db: &Path) -> String {
    let r = lotse(db, &["export", "--format", "json", "--with-internal"]);
    assert_eq!(r.code, 0, "{}", r.err);
    r.out
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn import_twice_changes_nothing_and_json_round_trips_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let (db, db2) = (dir.path().join("db"), dir.path().join("db2"));
    let r = lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.contains("CSV, Trennzeichen „;“, UTF-8 (BOM)"), "{}", r.out);
    assert!(r.out.contains("Gelesen: 2 = 2 neu + 0 geändert + 0 unverändert + 0 abgelehnt."), "{}", r.out);
    assert!(r.out.contains("Gespeichert – neu: 2, geändert: 0."), "{}", r.out);
    let before = offers_in(&db);
    let r = lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]);
    assert_eq!(r.code, 0);
    assert!(r.out.contains("Gelesen: 2 = 0 neu + 0 geändert + 2 unverändert + 0 abgelehnt."), "{}", r.out);
    assert!(r.out.contains("Nichts zu ändern"), "{}", r.out);
    assert_eq!(offers_in(&db), before);

    let file = dir.path().join("alle.json");
    let r = lotse(&db, &["export", "--with-internal", "-o", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.starts_with("Exportiert nach"), "{}", r.out);
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);
    let exported = std::fs::read_to_string(&file).unwrap();
    assert!(exported.contains("\"internal_note\": \"Frau K. fragen\""));
    assert_eq!(lotse(&db2, &["import", file.to_str().unwrap()]).code, 0);
    assert_eq!(offers_in(&db2), exported, "export → import → export is identical");
}

#[test]
fn rejected_rows_save_nothing_unless_skipped_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let r = lotse(&db, &["import", &fixture("bad_rows.csv")]);
    assert_eq!(r.code, 1);
    assert_eq!(r.err, "Import mit Fehlern – abgelehnt: 5 von 14 Zeilen.\n");
    assert!(
        r.out.contains("Fehler – Zeile 8 (Textzeile 9), Spalte „telefon“ (F): „0800 CALL NOW“"),
        "{}",
        r.out
    );
    assert!(r.out.contains("Spalte „email“: „info(at)x.de“ → info@x.de (1 Zeile)"), "{}", r.out);
    assert!(r.out.contains("Nichts gespeichert"), "{}", r.out);
    assert!(!offers_in(&db).contains("OK-1"), "nothing saved");

    let r = lotse(&db, &["--lang", "en", "import", "--skip-invalid", &fixture("bad_rows.csv")]);
    assert_eq!(r.code, 1);
    assert_eq!(r.err, "Import with errors – rejected: 5 of 14 rows.\n");
    assert!(r.out.contains("Error – Row 11 (text line 12), column \"website\" (H)"), "{}", r.out);
    assert!(r.out.contains("Saved – new: 9, updated: 0. Rejected rows (5) were left out"), "{}", r.out);
    assert!(offers_in(&db).contains("\"id\": \"OK-1\""));
}

#[test]
fn dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let r = lotse(&db, &["import", "--dry-run", &fixture("utf8_comma.csv")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("Gelesen: 2 = 2 neu"), "{}", r.out);
    assert!(r.out.contains("Probelauf (--dry-run): nichts gespeichert."), "{}", r.out);
    assert!(offers_in(&db).contains("\"offers\": []"));
}

#[test]
fn a_row_with_a_known_id_updates_only_its_columns() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]);
    let update = dir.path().join("telefon.csv");
    std::fs::write(&update, "id;telefon\r\nABH-STADT;012345 999-0\r\n").unwrap();
    let r = lotse(&db, &["import", update.to_str().unwrap()]);
    assert!(r.out.contains("Gelesen: 1 = 0 neu + 1 geändert + 0 unverändert + 0 abgelehnt."), "{}", r.out);
    let all = offers_in(&db);
    assert!(all.contains("\"phone\": \"012345 999-0\""));
    assert!(all.contains("\"title\": \"Ausländerbehörde Stadt Hafenau\""), "title kept");
    assert!(all.contains("\"internal_note\": \"Frau K. fragen\""), "note kept");
}

#[test]
fn csv_export_opens_in_german_excel_and_is_protected() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]);
    let evil = dir.path().join("evil.json");
    std::fs::write(&evil, r#"[{"id": "EVIL", "title": "=HYPERLINK(\"http://x.example\")", "phone": "+49 1234 5678", "keywords": ["@SUM(A1)"]}]"#).unwrap();
    assert_eq!(lotse(&db, &["import", evil.to_str().unwrap()]).code, 0);
    let r = lotse(&db, &["export"]);
    assert_eq!(r.code, 0);
    assert!(r.bytes.starts_with(b"\xEF\xBB\xBFid;titel;anbieter;"), "BOM and ; header");
    assert!(r.out.contains("\r\n") && !r.out.replace("\r\n", "").contains("\r"));
    assert!(!r.out.contains("notiz") && !r.out.contains("Frau K. fragen"), "internal notes left out");
    assert!(r.out.contains("EVIL;\"'=HYPERLINK(\"\"http://x.example\"\")\""), "{}", r.out);
    assert!(r.out.contains(";'+49 1234 5678;") && r.out.contains(";'@SUM(A1);"), "{}", r.out);
    let with = lotse(&db, &["export", "--format", "csv", "--with-internal"]);
    assert!(with.out.contains(";notiz\r\n") && with.out.contains("Frau K. fragen"));
    // And the protected file imports back to the same offers.
    let file = dir.path().join("x.csv");
    std::fs::write(&file, &with.bytes).unwrap();
    let db2 = dir.path().join("db2");
    assert_eq!(lotse(&db2, &["import", file.to_str().unwrap()]).code, 0);
    assert_eq!(offers_in(&db2), offers_in(&db));
}

#[test]
fn bad_files_get_one_sentence_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let big = dir.path().join("gross.csv");
    std::fs::File::create(&big).unwrap().set_len(51 * 1024 * 1024).unwrap();
    let cases = [
        (dir.path().join("fehlt.csv").display().to_string(), "gibt es nicht"),
        (write("leer.csv", b""), "ist leer"),
        (write("bild.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "keine Textdatei"),
        (big.display().to_string(), "zu groß (51 MiB, höchstens 50 MiB)"),
        (
            write("kaputt.json", b"[{\"title\": \"\xff\xfe\"}]"),
            "nicht UTF-8-kodiert (ungültiges Byte in Zeile 1)",
        ),
        (write("syntax.json", b"[{\"title\": }]"), "fehlerhaft in Zeile 1, Spalte 12"),
        (write("liste.csv", b"Name der Farbe;Wert\nblau;1\n"), "fehlen die Spalten „id“ und „titel“"),
    ];
    for (file, expected) in cases {
        let r = lotse(&db, &["import", &file]);
        assert_eq!(r.code, 1, "{file}: {}", r.err);
        assert!(r.err.contains(expected), "{file}: {}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
        assert!(r.out.is_empty(), "{}", r.out);
    }
    let r = lotse(&db, &["--lang", "en", "import", &write("leer2.csv", b" \n")]);
    assert!(r.err.ends_with("is empty.\n"), "{}", r.err);
    assert!(offers_in(&db).contains("\"offers\": []"));
}

#[test]
fn backup_and_restore_via_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let (db, db2, db3) = (dir.path().join("db"), dir.path().join("db2"), dir.path().join("db3"));
    lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]);
    let file = dir.path().join("sicherung.lotsebak");
    let f = file.to_str().unwrap();
    let r = lotse(&db, &["backup", f]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out.starts_with(&format!("Sicherung geschrieben: {f} – Datensätze: 5 (Nummernzähler 1, Angebote 2, Protokolleinträge 2). SHA-256: ")),
        "{}",
        r.out
    );
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);

    let r = lotse(&db2, &["restore", f]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out.contains("Schema 1): Nummernzähler 1, Angebote 2, Protokolleinträge 2. Alle Datensätze"),
        "{}",
        r.out
    );
    assert_eq!(offers_in(&db2), offers_in(&db));

    let r = lotse(&db2, &["--lang", "en", "restore", f]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("is not empty (id counters 1, offers 2, audit entries 2). Restoring works into an empty database only"),
        "{}",
        r.err
    );

    let good = std::fs::read(&file).unwrap();
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x20;
    let damaged = dir.path().join("kaputt.lotsebak");
    std::fs::write(&damaged, &flipped).unwrap();
    let r = lotse(&db3, &["restore", damaged.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("ist beschädigt (die Prüfsumme stimmt nicht). Nichts wurde geschrieben."),
        "{}",
        r.err
    );
    std::fs::write(&damaged, &good[..good.len() - 40]).unwrap();
    let r = lotse(&db3, &["restore", damaged.to_str().unwrap()]);
    assert!(r.err.contains("ist unvollständig (abgeschnitten)"), "{}", r.err);
    let r = lotse(&db3, &["restore", &fixture("bad_rows.csv")]);
    assert!(r.err.contains("ist keine Lotse-Sicherung"), "{}", r.err);
    assert!(offers_in(&db3).contains("\"offers\": []"), "nothing written by refused restores");
}

/// A kill at any moment of an import leaves the database as before or as after, never half.
#[cfg(unix)]
#[test]
fn a_killed_import_leaves_the_database_before_or_after() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("gross.csv");
    let mut csv = String::from("id;titel;beschreibung\n");
    for i in 0..4000 {
        csv.push_str(&format!("K-{i:04};Angebot {i};{}\n", "Beschreibung ".repeat(15)));
    }
    std::fs::write(&big, csv).unwrap();
    let start = Instant::now();
    assert_eq!(lotse(&dir.path().join("timing"), &["import", big.to_str().unwrap()]).code, 0);
    let full = start.elapsed();
    let mut seen = (0, 0);
    for step in 0..8u32 {
        let db = dir.path().join(format!("db{step}"));
        assert_eq!(lotse(&db, &["import", &fixture("utf8_bom_semicolon.csv")]).code, 0);
        let mut child = Command::new(bin())
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&big)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Most of the time goes into reading and checking; the write comes at the end.
        std::thread::sleep(full.mul_f64(0.3 + f64::from(step) / 10.0).min(Duration::from_secs(10)));
        let _ = child.kill();
        let _ = child.wait();
        let store = lotse::store::open(&db).unwrap();
        let n = store.all_offers().unwrap().len();
        assert!(n == 2 || n == 4002, "kill after step {step}: {n} offers");
        if n == 2 { seen.0 += 1 } else { seen.1 += 1 }
    }
    eprintln!("killed imports: {} before, {} after", seen.0, seen.1);
}

#[test]
fn hsds_as_a_data_package_and_as_json_round_trip_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let (db, db2) = (dir.path().join("db"), dir.path().join("db2"));
    assert_eq!(lotse(&db, &["import", &fixture("utf8_comma.csv")]).code, 0);
    let package = dir.path().join("hsds");
    let r = lotse(&db, &["export", "--format", "hsds", "-o", package.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.err);
    for f in ["services.csv", "organizations.csv", "schedules.csv", "attributes.csv", "datapackage.json"] {
        assert!(package.join(f).is_file(), "{f}");
        #[cfg(unix)]
        assert_eq!(mode(&package.join(f)), 0o600, "{f}");
    }
    let r = lotse(&db2, &["import", package.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    assert!(r.out.contains("Open Referral HSDS 3.0"), "{}", r.out);
    let again = dir.path().join("hsds2");
    assert_eq!(lotse(&db2, &["export", "--format", "hsds", "-o", again.to_str().unwrap()]).code, 0);
    for f in lotse::transfer::hsds_files().chain(["datapackage.json"]) {
        assert_eq!(std::fs::read(package.join(f)).unwrap(), std::fs::read(again.join(f)).unwrap(), "{f}");
    }
    let json = dir.path().join("hsds.json");
    assert_eq!(lotse(&db2, &["export", "--format", "hsds", "-o", json.to_str().unwrap()]).code, 0);
    let db3 = dir.path().join("db3");
    let r = lotse(&db3, &["import", json.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(offers_in(&db3), offers_in(&db2));
    let r = lotse(&db3, &["import", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("kein HSDS-Datenpaket: services.csv fehlt"), "{}", r.err);
    let r = lotse(&db2, &["export", "--format", "hsds", "--with-internal"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("interne Notizen"), "{}", r.err);
}
