//! A small tmux harness for end-to-end tests: runs the real binary in a real terminal of a
//! chosen size, types, presses keys and reads the screen. Each session has its own tmux
//! server socket, so tests run in parallel without meeting.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub struct Tmux {
    socket: String,
}

fn tmux_available() -> bool {
    Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success())
}

/// How to get what the end-to-end tests need.
const INSTALL: &str = "tmux is needed for the end-to-end tests: sudo apt-get install -y tmux";

/// Call first in every end-to-end test: `if tmux::skip_without_tmux() { return; }`.
/// Without tmux the test is skipped with one line saying how to install it — unless `CI` is
/// set (`.ci/run` sets it), where a missing tmux fails the test, so CI never passes by skipping.
pub fn skip_without_tmux() -> bool {
    if tmux_available() {
        return false;
    }
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{INSTALL} (CI is set, so the end-to-end tests must run)");
    }
    // Straight to stderr, past the test harness's capture, once per test binary: a skip must
    // be seen.
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "end-to-end tests skipped: {INSTALL}");
    });
    true
}

impl Tmux {
    /// Starts `bin args…` in a detached terminal of `cols`×`rows`. When the program ends, the
    /// pane prints `[exited: CODE]` and stays, so tests can read the exit code and the
    /// restored terminal.
    pub fn start(cols: u16, rows: u16, bin: &Path, args: &[&str], env: &[(&str, &str)]) -> Tmux {
        assert!(tmux_available(), "{INSTALL}");
        let socket = format!("lotse-e2e-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut cmd = String::from("env TERM=xterm-256color");
        for (k, v) in env {
            cmd.push_str(&format!(" {k}={}", shell_quote(v)));
        }
        cmd.push(' ');
        cmd.push_str(&shell_quote(&bin.display().to_string()));
        for a in args {
            cmd.push(' ');
            cmd.push_str(&shell_quote(a));
        }
        cmd.push_str("; echo \"[exited: $?]\"; sleep 600");
        let t = Tmux { socket };
        let out = t.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &cols.to_string(),
            "-y",
            &rows.to_string(),
            &cmd,
        ]);
        assert!(out.status.success(), "tmux new-session failed: {}", String::from_utf8_lossy(&out.stderr));
        t.run(&["set-option", "-g", "status", "off"]);
        t.run(&["set-option", "-g", "escape-time", "0"]);
        t
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("run tmux")
    }

    /// Types text literally.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", "--", text]);
    }

    /// Presses keys by tmux name (Enter, Escape, F1, C-q, Down …).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main", "--"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-t", "main", "-p"]).stdout).into_owned()
    }

    /// Waits until the screen contains `needle`; panics with the screen on timeout.
    pub fn wait_for(&self, needle: &str, secs: u64) -> String {
        self.wait_until(|s| s.contains(needle), secs, &format!("{needle:?}"))
    }

    /// Waits until the screen no longer contains `needle`.
    pub fn wait_gone(&self, needle: &str, secs: u64) -> String {
        self.wait_until(|s| !s.contains(needle), secs, &format!("{needle:?} to disappear"))
    }

    pub fn wait_until(&self, ok: impl Fn(&str) -> bool, secs: u64, what: &str) -> String {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            let s = self.screen();
            // A frame is drawn top to bottom: read again a moment later and accept the screen
            // only when it still holds, so that no test reads half a frame.
            if ok(&s) {
                std::thread::sleep(Duration::from_millis(60));
                let again = self.screen();
                if ok(&again) {
                    return again;
                }
            }
            if Instant::now() > end {
                panic!("timed out after {secs}s waiting for {what}; screen was:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// The program's exit code once it has ended.
    pub fn wait_exit(&self, secs: u64) -> i32 {
        let s = self.wait_for("[exited: ", secs);
        let code = s.split("[exited: ").nth(1).and_then(|r| r.split(']').next()).unwrap_or("?");
        code.trim().parse().unwrap_or_else(|_| panic!("no exit code in:\n{s}"))
    }

    /// PID of the program in the pane (the shell's child).
    pub fn program_pid(&self) -> Option<u32> {
        let out = self.run(&["list-panes", "-t", "main", "-F", "#{pane_pid}"]);
        let shell: u32 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).ok()?;
        children.split_whitespace().next()?.parse().ok()
    }

    /// Answers the first start of a new database: the counsellor's initials, saved.
    pub fn answer_first_start(&self, initials: &str) {
        self.wait_for("Wer berät hier?", 10);
        self.type_text(initials);
        self.keys(&["C-s"]);
        self.wait_gone("Wer berät hier?", 5);
    }

    /// Closes the terminal under the program, as closing a window or losing an SSH session
    /// does.
    pub fn kill_terminal(&self) {
        let _ = self.run(&["kill-server"]);
    }

    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}` …), expanded.
    pub fn display(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "main", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Pastes `text` as a terminal does: wrapped in bracketed-paste markers if (and only if)
    /// the program in the pane turned bracketed paste on.
    /// Any bytes, of any length (through a file, not the command line).
    pub fn paste(&self, text: &str) {
        let file = tempfile::NamedTempFile::new().expect("temporary file");
        std::fs::write(file.path(), text).expect("write the paste");
        let path = file.path().to_str().expect("path");
        let out = self.run(&["load-buffer", "-b", "e2e", path]);
        assert!(out.status.success(), "tmux load-buffer: {}", String::from_utf8_lossy(&out.stderr));
        self.run(&["paste-buffer", "-p", "-d", "-b", "e2e", "-t", "main"]);
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        self.run(&["resize-window", "-t", "main", "-x", &cols.to_string(), "-y", &rows.to_string()]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
