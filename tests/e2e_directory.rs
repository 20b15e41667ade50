//! End to end: the real binary in a real terminal (tmux), driven like a counsellor would.

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

#[test]
fn finds_the_teachers_recognition_office_while_typing() {
    if tmux::skip_without_tmux() {
        return;
    }
    let t = Tmux::start(80, 24, bin(), &["--demo", "--lang", "de"], &[]);
    t.wait_for("Suche ›", 10);
    t.wait_gone("lädt", 10);
    t.type_text("anerk lehr");
    t.wait_for("Suche › anerk lehr", 5);
    // The top hit is the teachers' recognition office, with its phone on the card. (Wait for
    // both: a frame is drawn top to bottom and the screen may be read half way.)
    t.wait_until(
        |s| {
            s.lines().any(|l| l.starts_with("▶ Anerkennung ausländischer Lehrkr"))
                && s.contains("Tel. 012345 7 77 10-0")
        },
        5,
        "top hit with its phone on the card",
    );
    t.keys(&["F1"]);
    t.wait_for("Hilfe – alle Tasten", 5);
    t.keys(&["Escape"]);
    t.wait_gone("Hilfe – alle Tasten", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
    // The terminal is back in the normal screen: the shell's line is visible.
    assert!(t.screen().contains("[exited: 0]"));
}

#[test]
fn sigterm_restores_the_terminal() {
    if tmux::skip_without_tmux() {
        return;
    }
    let t = Tmux::start(80, 24, bin(), &["--demo"], &[]);
    t.wait_for("Suche ›", 10);
    let pid = t.program_pid().expect("pid of lotse");
    let ok = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(ok.success());
    assert_eq!(t.wait_exit(5), 0);
    let s = t.screen();
    assert!(!s.contains("Suche ›"), "alternate screen left:\n{s}");
}

#[test]
fn a_closed_terminal_ends_lotse_instead_of_leaving_it_spinning() {
    if tmux::skip_without_tmux() {
        return;
    }
    let t = Tmux::start(80, 24, bin(), &["--demo"], &[]);
    t.wait_for("Suche ›", 10);
    let pid = t.program_pid().expect("pid of lotse");
    t.kill_terminal();
    let gone = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| s.split(") ").nth(1).is_some_and(|rest| rest.starts_with('Z')))
            .unwrap_or(true)
    };
    let end = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !gone(pid) {
        assert!(std::time::Instant::now() < end, "lotse {pid} still runs after its terminal closed");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_second_lotse_on_the_same_database_gets_one_clear_sentence() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db_s = db.to_str().unwrap();
    let t = Tmux::start(80, 24, bin(), &["--db", db_s, "--lang", "de"], &[]);
    // A new, empty database says how to load offers.
    t.wait_for("Das Verzeichnis ist leer", 10);
    let out = std::process::Command::new(bin()).args(["--db", db_s, "search", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("Lotse ist bereits geöffnet"), "{err}");
    assert!(err.contains(db_s), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn a_tiny_terminal_says_too_small_and_recovers() {
    if tmux::skip_without_tmux() {
        return;
    }
    let t = Tmux::start(40, 10, bin(), &["--demo", "--lang", "en"], &[]);
    t.wait_for("Window too small", 10);
    t.resize(80, 24);
    t.wait_for("Search ›", 5);
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(5), 0);
}

#[test]
fn esc_and_a_function_key_arriving_together_are_two_keys_not_typed_letters() {
    if tmux::skip_without_tmux() {
        return;
    }
    // tmux writes both keys at once, as a slow remote link does: `ESC ESC O R`. crossterm
    // reads `ESC ESC` as one Esc; without the repair "OR" would be typed into the search.
    let t = Tmux::start(80, 24, bin(), &["--demo", "--lang", "de"], &[]);
    t.wait_for("Suche ›", 10);
    t.wait_gone("lädt", 10);
    t.type_text("abh");
    t.wait_for("Suche › abh", 5);
    t.keys(&["Escape", "F3"]);
    let s = t.wait_for("Lotse · Klienten", 5);
    assert!(!s.contains("Suche › OR"), "{s}");
    t.keys(&["Escape", "F2"]);
    let s = t.wait_for("Lotse · Angebote", 5);
    assert!(s.lines().any(|l| l.trim() == "Suche ›"), "the search stays empty: {s}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}
