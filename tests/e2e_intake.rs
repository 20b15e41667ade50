//! End to end: record an intake in the real binary, in a real terminal, and find the client in
//! the list after a restart (it was durable when Lotse said "gespeichert").

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

#[test]
fn records_an_intake_and_finds_the_client_in_the_list() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    let t = Tmux::start(80, 24, bin(), &["--db", db, "--lang", "de"], &[]);
    t.answer_first_start("MK");
    // F3 clients, Ctrl-N a new intake.
    t.keys(&["F3"]);
    t.wait_for("Noch keine Klienten", 5);
    t.keys(&["C-n"]);
    t.wait_for("Kontaktdatum", 5);
    // Consent to storage (verbal: the letter the field shows), then anonymous under a
    // pseudonym. The fields keep their places, so the Tabs are the same whatever is answered.
    for _ in 0..5 {
        t.keys(&["Tab"]);
    }
    t.type_text("m");
    t.wait_for("mündlich erteilt", 5);
    for _ in 0..11 {
        t.keys(&["Tab"]);
    }
    t.type_text("j");
    t.keys(&["Tab", "Tab"]);
    t.type_text("Sonnenblume");
    t.wait_for("Sonnenblume", 5);
    t.keys(&["C-s"]);
    // The footer (drawn last) says it was saved; the view shows the new reference.
    let screen = t.wait_for("Klient K-0001 gespeichert", 5);
    assert!(screen.contains("K-0001 · Sonnenblume"), "{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);

    // A new Lotse on the same database lists the client and finds it by pseudonym.
    let t = Tmux::start(80, 24, bin(), &["--db", db, "--lang", "de"], &[]);
    t.wait_for("Suche ›", 10);
    t.keys(&["F3"]);
    t.wait_for("K-0001", 5);
    t.type_text("sonnen");
    let screen = t.wait_for("Suche › sonnen", 5);
    assert!(screen.contains("Sonnenblume (anonym)"), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for("Lotse · Klient", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}
