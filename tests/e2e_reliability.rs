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
    t.wait_for("mündlich erteilt", 5);
    for _ in 0..11 {
        t.keys(&["Tab"]);
    }
    t.type_text("j");
    t.keys(&["Tab", "Tab"]);
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
    for round in 0..100 {
        for _ in 0..200 {
            assert!(signal(pid, rustix::process::Signal::WINCH), "lotse ended after {sent} SIGWINCH");
            sent += 1;
        }
        if round % 20 == 0 {
            // A real resize in the middle of it, as a dragged edge does.
            t.resize(if round % 40 == 0 { 100 } else { 80 }, 24);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(sent, 20_000);
    t.resize(80, 24);
    std::thread::sleep(Duration::from_millis(500));
    assert!(rustix::process::test_kill_process(rustix::process::Pid::from_raw(pid as i32).unwrap()).is_ok());
    let screen = t.wait_for("Kornblume", 5);
    assert!(!screen.contains("[exited:"), "Lotse ended:\n{screen}");
    assert!(screen.contains("Pseudonym"), "the intake is still open:\n{screen}");
    eprintln!("{sent} SIGWINCH in {:?}", started.elapsed());
    // It still takes keys: the form saves.
    t.keys(&["C-s"]);
    t.wait_for("Klient K-0001 gespeichert", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}

/// Whether the terminal is usable again after Lotse ended: main screen (not the alternate
/// one), cursor shown, and the line discipline back in cooked mode with echo and bracketed
/// paste off — a paste then shows as typed text, without `^[[200~` markers.
fn assert_terminal_given_back(t: &Tmux, case: &str) {
    assert_eq!(
        t.display("#{alternate_on} #{cursor_flag}"),
        "0 1",
        "{case}: alternate screen left, cursor shown"
    );
    t.paste("zq7-probe");
    let screen = t.wait_for("zq7-probe", 5);
    assert!(
        !screen.contains("200~") && !screen.contains("201~"),
        "{case}: bracketed paste still on:\n{screen}"
    );
}

fn start(db: &Path, env: &[(&str, &str)]) -> Tmux {
    Tmux::start(80, 24, bin(), &["--db", db.to_str().unwrap(), "--lang", "de"], env)
}

#[test]
fn the_terminal_is_given_back_after_sigterm_sighup_ctrl_c_and_a_panic() {
    if tmux::skip_without_tmux() {
        return;
    }
    use rustix::process::Signal;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let t = start(&db, &[]);
    t.answer_first_start("MK");
    t.wait_for("Suche ›", 10);
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(5), 0, "Ctrl-C quits");
    assert_terminal_given_back(&t, "Ctrl-C");

    for (sig, name) in [(Signal::TERM, "SIGTERM"), (Signal::HUP, "SIGHUP"), (Signal::INT, "SIGINT")] {
        let t = start(&db, &[]);
        t.wait_for("Suche ›", 10);
        assert!(signal(t.program_pid().unwrap(), sig));
        assert_eq!(t.wait_exit(5), 0, "{name} ends Lotse normally");
        assert_terminal_given_back(&t, name);
    }

    let t = start(&db, &[("LOTSE_INJECT_PANIC", "2")]);
    t.wait_for("Suche ›", 10);
    t.keys(&["F3"]);
    t.wait_for("Klienten", 5);
    t.keys(&["F2"]);
    let code = t.wait_exit(5);
    assert_eq!(code, 101, "a panic ends with Rust's panic status");
    let screen = t.screen();
    assert!(screen.contains("Interner Fehler"), "one sentence says what happened:\n{screen}");
    assert!(!screen.contains("injected panic"), "the panic's text is not shown:\n{screen}");
    assert_terminal_given_back(&t, "panic");
}

/// An open intake survives SIGKILL (kept while typing), SIGHUP (kept on hang-up) and a panic
/// (kept while unwinding); the next start offers to continue or discard it.
#[test]
fn an_open_form_survives_sigkill_sighup_and_a_panic_as_a_draft() {
    if tmux::skip_without_tmux() {
        return;
    }
    use rustix::process::Signal;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let offer = "Nicht gespeicherte Eingaben vom";

    // SIGKILL a moment after typing: the draft kept while typing is there.
    let t = start(&db, &[]);
    t.answer_first_start("MK");
    t.wait_for("Suche ›", 10);
    open_intake_with(&t, "Kornblume");
    std::thread::sleep(Duration::from_millis(1600));
    assert!(signal(t.program_pid().unwrap(), Signal::KILL));
    assert_eq!(t.wait_exit(5), 137);

    let t = start(&db, &[]);
    let screen = t.wait_for(offer, 10);
    assert!(screen.contains("Erstgespräch"), "{screen}");
    t.type_text("j");
    let screen = t.wait_for("Kornblume", 5);
    assert!(screen.contains("Pseudonym") && screen.contains("noch nicht gespeichert"), "{screen}");
    // More typing, then at once a hang-up: kept on the way out.
    t.type_text("feld");
    t.wait_for("Kornblumefeld", 5);
    assert!(signal(t.program_pid().unwrap(), Signal::HUP));
    assert_eq!(t.wait_exit(5), 0);

    let t = start(&db, &[("LOTSE_INJECT_PANIC", "4")]);
    t.wait_for(offer, 10);
    t.type_text("j");
    t.wait_for("Kornblumefeld", 5);
    // Two letters more, then the panic on the fourth key.
    t.type_text("xy");
    t.wait_for("Kornblumefeldxy", 5);
    t.keys(&["Tab"]);
    assert_eq!(t.wait_exit(5), 101);

    // Continued once more and saved: the client is stored, the draft is gone.
    let t = start(&db, &[]);
    t.wait_for(offer, 10);
    t.type_text("j");
    t.wait_for("Kornblumefeldxy", 5);
    t.keys(&["C-s"]);
    t.wait_for("Klient K-0001 gespeichert", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);

    // Discarding: a new form, a hang-up, "n" on the next start, and nothing is offered after.
    let t = start(&db, &[]);
    t.wait_for("Suche ›", 10);
    assert!(!t.screen().contains(offer));
    open_intake_with(&t, "Mohnblume");
    assert!(signal(t.program_pid().unwrap(), Signal::HUP));
    assert_eq!(t.wait_exit(5), 0);
    let t = start(&db, &[]);
    t.wait_for(offer, 10);
    t.type_text("n");
    t.wait_for("Entwurf verworfen", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
    let t = start(&db, &[]);
    t.wait_for("Suche ›", 10);
    std::thread::sleep(Duration::from_millis(500));
    let screen = t.screen();
    assert!(!screen.contains(offer) && !screen.contains("Mohnblume"), "{screen}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
}

/// A paste that holds the end-of-paste marker followed by a function key and text: the key
/// does not fire (no help opens), the letters stay text in the field.
#[test]
fn bytes_after_an_embedded_end_of_paste_marker_stay_text() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = start(&dir.path().join("db"), &[]);
    t.answer_first_start("MK");
    t.wait_for("Suche ›", 10);
    open_intake_with(&t, "Korn");
    // F1 (ESC O P), Ctrl-Q (0x11) and Ctrl-S (0x13) after the marker.
    t.paste("blume\x1b[201~\x1bOP\x11\x13rot");
    let screen = t.wait_for("Kornblumerot", 5);
    assert!(screen.contains("Pseudonym") && !screen.contains("[exited:"), "{screen}");
    assert!(!screen.contains("gespeichert"), "Ctrl-S did not save:\n{screen}");
    // Still the form, not the help: Esc asks whether to discard.
    t.keys(&["Escape"]);
    t.wait_for("Änderungen verwerfen?", 5);
}

/// A megabyte pasted into a text field: cut with a notice, and the screen answers at once.
#[test]
fn a_megabyte_paste_is_cut_with_a_notice_and_does_not_stall() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = start(&dir.path().join("db"), &[]);
    t.answer_first_start("MK");
    t.wait_for("Suche ›", 10);
    open_intake_with(&t, "Mohn");
    let big: String = "Sonnenblume ".repeat(1024 * 1024 / 12);
    let began = Instant::now();
    t.paste(&big);
    let screen = t.wait_for("Eingefügter Text gekürzt: 2000 von", 20);
    let took = began.elapsed();
    assert!(screen.contains("Sonnenblume Sonnenblume"), "{screen}");
    // It still takes keys at once.
    t.keys(&["Escape"]);
    t.wait_for("Änderungen verwerfen?", 5);
    eprintln!("1 MiB paste shown cut after {took:?}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

/// A storm of 200 resizes in about 10 s, from 1×1 to 300×100 and back, with an open intake:
/// Lotse keeps running, the form keeps what was typed, and the screen is drawn right at the size
/// it ends on (a tiny terminal is told to grow, never garbled).
#[test]
fn a_storm_of_200_resizes_keeps_lotse_and_the_open_form() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let t = Tmux::start(80, 24, bin(), &["--db", db.to_str().unwrap(), "--lang", "de"], &[]);
    t.answer_first_start("MK");
    open_intake_with(&t, "Kornblume");
    let sizes: [(u16, u16); 10] =
        [(1, 1), (300, 100), (20, 5), (80, 24), (2, 40), (200, 3), (120, 40), (40, 10), (300, 1), (79, 23)];
    let started = Instant::now();
    for i in 0..200 {
        let (cols, rows) = sizes[i % sizes.len()];
        t.resize(cols, rows);
        std::thread::sleep(Duration::from_millis(30));
    }
    let took = started.elapsed();
    t.resize(80, 24);
    // The frame drawn for 80×24 (the last resize's redraw may take a moment on a busy machine):
    // the header on the first line, the keys on the last, the form with what was typed.
    let screen = t.wait_until(
        |s| {
            let lines: Vec<&str> = s.lines().collect();
            lines.first().is_some_and(|l| l.contains("Erstgespräch"))
                && lines.last().is_some_and(|l| l.contains("Strg-S speichern"))
                && s.contains("Kornblume")
        },
        10,
        "the intake drawn at 80×24",
    );
    assert!(!screen.contains("[exited:"), "Lotse ended:\n{screen}");
    assert!(screen.contains("Pseudonym"), "the intake is still open:\n{screen}");
    assert!(screen.lines().all(|l| unicode_width(l) <= 80), "a line wider than the terminal:\n{screen}");
    eprintln!("200 resizes in {took:?}");
    // It still takes keys: the form saves.
    t.keys(&["C-s"]);
    t.wait_for("Klient K-0001 gespeichert", 5);
}

fn unicode_width(s: &str) -> usize {
    s.chars().count()
}
