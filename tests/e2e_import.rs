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
