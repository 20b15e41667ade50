//! End to end: create an offer in the real binary, in a real terminal, and find it by search
//! after a restart (it was durable when Lotse said "gespeichert").

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

/// Types text and waits until it is on the screen (so that no later key overtakes it).
fn type_seen(t: &Tmux, text: &str) {
    t.type_text(text);
    t.wait_for(text, 5);
}

/// Presses Tab until the line above the form shows `help` (what the focused field expects),
/// one Tab at a time, each waited for.
fn tab_to(t: &Tmux, help: &str) {
    for _ in 0..40 {
        if t.screen().lines().nth(1).is_some_and(|l| l.contains(help)) {
            return;
        }
        let before = t.screen();
        t.keys(&["Tab"]);
        t.wait_until(|s| s != before, 5, "the focus to move");
    }
    panic!("no field with help {help:?}; screen:\n{}", t.screen());
}

#[test]
fn creates_an_offer_and_finds_it_after_a_restart() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    let t = Tmux::start(80, 24, bin(), &["--db", db, "--lang", "de"], &[]);
    t.answer_first_start("MK");
    t.wait_for("Das Verzeichnis ist leer", 5);
    // Ctrl-N: a new offer; the title has the focus.
    t.keys(&["C-n"]);
    t.wait_for("Lotse · Neues Angebot", 5);
    type_seen(&t, "Sprachcafe Leuchtturm");
    tab_to(&t, "Gleicher Anbieter");
    type_seen(&t, "Stadtbibliothek Hafenau");
    tab_to(&t, "Suchwörter und Abkürzungen");
    type_seen(&t, "Tandem, Konversation");
    tab_to(&t, "Ziffern, Leerzeichen");
    type_seen(&t, "04321 555-10");
    tab_to(&t, "Mo-Fr 09:00-12:00");
    type_seen(&t, "Mi 16-18");
    t.wait_for("Erkannt: Mi 16:00–18:00", 5);
    t.keys(&["C-s"]);
    let screen = t.wait_for("gespeichert", 5);
    assert!(screen.contains("Neues Angebot O-"), "{screen}");
    assert!(screen.contains("Sprachcafe Leuchtturm"), "listed at once:\n{screen}");
    assert!(screen.contains("04321 555-10"), "{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);

    // A new Lotse on the same database finds it by a keyword.
    let t = Tmux::start(80, 24, bin(), &["--db", db, "--lang", "de"], &[]);
    t.wait_for("Suche ›", 10);
    t.wait_for("1 Treffer", 10);
    t.type_text("tandem");
    let screen = t.wait_for("Suche › tandem", 5);
    assert!(screen.contains("Sprachcafe Leuchtturm · Stadtbibliothek Hafenau"), "{screen}");
    assert!(screen.contains("Mi 16:00–18:00"), "the card shows the hours:\n{screen}");
    // Ctrl-E opens it again with what was saved.
    t.keys(&["C-e"]);
    let screen = t.wait_for("bearbeiten", 5);
    assert!(screen.contains("Sprachcafe Leuchtturm"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("Suche › tandem", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}
