//! End to end: the real binary in a real terminal (tmux) on the demo — between two callers the
//! counsellor presses F10 ("Neuer Anruf"); the previous client is no longer current, and
//! Ctrl-V asks whom the referral is for instead of filing it under the previous caller.

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

#[test]
fn new_call_then_ctrl_v_asks_for_the_client() {
    if tmux::skip_without_tmux() {
        return;
    }
    let t = Tmux::start(80, 24, bin(), &["--demo", "--lang", "de"], &[]);
    t.wait_for("Treffer", 10);
    // The first caller: K-0001 made current from the client list (Ctrl-F).
    t.keys(&["F3"]);
    t.wait_for("Klienten", 5);
    t.type_text("K-0001");
    t.keys(&["C-f"]);
    let s = t.wait_for("für K-0001", 5);
    assert!(s.lines().next().unwrap_or_default().contains("Klient K-0001"), "{s}");
    // The next caller: F10.
    t.keys(&["F10"]);
    let s = t.wait_for("Neuer Anruf: kein Klient aktiv", 5);
    assert!(!s.contains("K-0001"), "{s}");
    t.type_text("wohngeld");
    t.wait_until(|s| s.lines().any(|l| l.starts_with("▶ ")), 5, "a selected hit");
    t.keys(&["C-v"]);
    let s = t.wait_for("Für wen ist der Verweis?", 5);
    assert!(!s.contains("Verweis K-0001"), "no form under the previous client: {s}");
    // Picked by number; the form names whom it is for before anything is saved.
    t.type_text("K-0002");
    t.wait_for("K-0002  Demo", 5);
    t.keys(&["Enter"]);
    t.wait_for("Verweis K-0002 →", 5);
    t.keys(&["Escape"]);
    t.wait_gone("Verweis K-0002 →", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}
