//! End to end, as an attacker would try it (issue 16): signals, hang-ups and kills in the middle
//! of a form, in the real binary in a real terminal.

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::time::{Duration, Instant};
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

fn signal(pid: u32, sig: rustix::process::Signal) -> bool {
    let pid = rustix::process::Pid::from_raw(pid as i32).unwrap();
    rustix::process::kill_process(pid, sig).is_ok()
}

/// Opens a new intake and types a pseudonym into it (consent given, anonymous), unsaved.
fn open_intake_with(t: &Tmux, pseudonym: &str) {
    t.keys(&["F3"]);
    t.wait_for("Klienten", 5);
    t.keys(&["C-n"]);
    t.wait_for("Kontaktdatum", 5);
    for _ in 0..5 {
        t.keys(&["Tab"]);
    }
    t.type_text("m");
    t.keys(&["Tab", "Tab", "Space", "Tab"]);
    t.wait_for("[x] Speicherung", 5);
    t.type_text("j");
    t.keys(&["Tab"]);
    t.type_text(pseudonym);
    t.wait_for(pseudonym, 5);
}

/// Dragging a window's edge sends SIGWINCH after SIGWINCH; each one that lands during a poll
/// makes it fail with EINTR. Lotse must neither take that for a lost terminal nor lose the
/// open form.
#[test]
fn a_burst_of_sigwinch_neither_ends_lotse_nor_touches_the_open_form() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let t = Tmux::start(80, 24, bin(), &["--db", db.to_str().unwrap(), "--lang", "de"], &[]);
    t.answer_first_start("MK");
    open_intake_with(&t, "Kornblume");
    let pid = t.program_pid().expect("pid of lotse");
    let started = Instant::now();
    let mut sent = 0;
    // Several bursts with tiny gaps, so that signals land while the loop polls and reads.
    for round in 0..20 {
        for _ in 0..250 {
            assert!(signal(pid, rustix::process::Signal::WINCH), "lotse ended after {sent} SIGWINCH");
            sent += 1;
        }
        if round % 4 == 0 {
            // A real resize in the middle of it, as a dragged edge does.
            t.resize(if round % 8 == 0 { 100 } else { 80 }, 24);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(sent, 5000);
    t.resize(80, 24);
    std::thread::sleep(Duration::from_millis(500));
    assert!(rustix::process::test_kill_process(rustix::process::Pid::from_raw(pid as i32).unwrap()).is_ok());
    let screen = t.wait_for("Kornblume", 5);
    assert!(!screen.contains("[exited:"), "Lotse ended:\n{screen}");
    assert!(screen.contains("Kontaktdatum"), "the intake is still open:\n{screen}");
    eprintln!("{sent} SIGWINCH in {:?}", started.elapsed());
    // It still takes keys: the form saves.
    t.keys(&["C-s"]);
    t.wait_for("Klient K-0001 gespeichert", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}
