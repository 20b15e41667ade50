//! End to end: a spreadsheet's CSV imported with the real binary, then the offer found on the
//! real screen (tmux), as a counsellor would after loading the region's directory.

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

#[test]
fn an_imported_offer_is_found_on_screen() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db_s = db.to_str().unwrap();
    let csv =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/windows1252_semicolon.csv");
    let out = std::process::Command::new(bin())
        .args(["--db", db_s, "--lang", "de", "import"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));

    let t = Tmux::start(80, 24, bin(), &["--db", db_s, "--lang", "de"], &[]);
    t.answer_first_start("MK");
    t.type_text("gesundheitsber");
    let screen = t.wait_for("Anerkennungsberatung für Gesundheitsberufe", 5);
    assert!(screen.contains("IQ Netzwerk Süd"), "umlauts from Windows-1252 shown right:\n{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn an_offer_from_an_excel_workbook_is_found_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db_s = db.to_str().unwrap();
    let xlsx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/messy.xlsx");
    // The centre's real sheet: two rows cannot be offers, the other seven are taken.
    let out = std::process::Command::new(bin())
        .args(["--db", db_s, "--lang", "de", "import", "--skip-invalid"])
        .arg(&xlsx)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "rejected rows make the exit code 1:\n{report}");
    assert!(report.contains("Arbeitsmappe (Excel .xlsx), Blatt „Angebote“"), "{report}");
    assert!(report.contains("Gespeichert – neu: 7"), "{report}");

    let t = Tmux::start(120, 40, bin(), &["--db", db_s, "--lang", "de"], &[]);
    t.answer_first_start("MK");
    t.type_text("jugendmigration");
    let screen = t.wait_for("Jugendmigrationsdienst", 5);
    assert!(screen.contains("Caritas Flusstal"), "{screen}");
    assert!(screen.contains("1. und 3. im Monat"), "the monthly rule on the card:\n{screen}");
    assert!(screen.contains("(aus Text erkannt)"), "conditions read from text are marked:\n{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}

/// Issue 17: importing from the upkeep menu while Lotse stays open — the report in its view,
/// the offers found at once, the database holding them after quit.
#[test]
fn an_import_from_the_upkeep_menu_shows_the_report_and_the_offer_is_found() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db_s = db.to_str().unwrap();
    let csv =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/windows1252_semicolon.csv");
    let backups = dir.path().join("backups");
    let t = Tmux::start(
        80,
        24,
        bin(),
        &["--db", db_s, "--lang", "de", "--backup-dir", backups.to_str().unwrap()],
        &[("LOTSE_EXPORT_DIR", dir.path().to_str().unwrap())],
    );
    t.answer_first_start("MK");
    t.keys(&["C-a"]);
    t.wait_for("Importieren", 5);
    t.keys(&["4"]);
    t.wait_for("Angebote importieren", 5);
    t.keys(&["C-u"]);
    t.type_text(csv.to_str().unwrap());
    t.keys(&["C-s"]);
    let screen = t.wait_for("Import gespeichert – Angebote:", 10);
    assert!(screen.contains("Windows-1252"), "the CLI's report names the encoding:\n{screen}");
    assert!(screen.contains("Esc schließen"), "{screen}");
    t.keys(&["End"]);
    t.keys(&["Escape"]);
    t.wait_gone("Esc schließen", 5);
    t.type_text("gesundheitsber");
    let screen = t.wait_for("Anerkennungsberatung für Gesundheitsberufe", 5);
    assert!(screen.contains("IQ Netzwerk Süd"), "{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
    // Stored, not only shown: a search from the command line finds it after quit.
    let out = std::process::Command::new(bin())
        .args(["--db", db_s, "--lang", "de", "search", "gesundheitsberufe"])
        .output()
        .unwrap();
    let found = String::from_utf8_lossy(&out.stdout);
    assert!(found.contains("Gesundheitsberufe"), "{found}");
}
