//! The crash test: a writer doing real Lotse writes through the store (`lotse crash-writer`:
//! clients, short contacts, offers, referrals, status changes, imports, erasures with their
//! rewrite) is killed with SIGKILL at random moments, again and again on the same database;
//! after each kill the database must open, be consistent, and hold everything the writer
//! acknowledged. Only the one write in flight at the kill may go either way.
//!
//! `cargo test --test crash` runs 200 cycles; `LOTSE_CRASH_CYCLES=1000 cargo test --release
//! --test crash -- --nocapture` runs more and prints the figures. The control run switches
//! durability off (`LOTSE_UNSAFE_NO_FSYNC`) and must show losses: proof that the check can fail.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// What the writer acknowledged so far, over all cycles on one database.
#[derive(Default)]
struct Acked {
    clients: BTreeSet<u64>,
    contacts: BTreeSet<u64>,
    offers: BTreeSet<String>,
    referrals: BTreeMap<u64, u64>,
    /// referral → last acknowledged status code
    status: BTreeMap<u64, String>,
    imports: BTreeSet<String>,
    erased: BTreeSet<u64>,
}

#[derive(Default, Debug)]
struct Figures {
    cycles: usize,
    acks: usize,
    checked: usize,
    losses: usize,
}

/// One run of the writer, killed after `after`; returns its output lines.
fn run_killed(db: &Path, seed: u64, after: Duration, unsafe_mode: bool) -> Vec<String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lotse"));
    cmd.arg("--db").arg(db).args(["crash-writer", &seed.to_string()]);
    cmd.stdout(Stdio::piped()).stderr(Stdio::null()).stdin(Stdio::null());
    if unsafe_mode {
        cmd.env("LOTSE_UNSAFE_NO_FSYNC", "1");
    }
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader =
        std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<_>>());
    std::thread::sleep(after);
    let _ = child.kill();
    let _ = child.wait();
    reader.join().unwrap()
}

/// Applies the acknowledged lines; returns the write in flight (a `begin` without `ack`).
fn record(acked: &mut Acked, lines: &[String], figures: &mut Figures) -> Option<String> {
    let mut in_flight = None;
    for line in lines {
        let w: Vec<&str> = line.split_whitespace().collect();
        match w.as_slice() {
            ["begin", ..] => in_flight = Some(line.clone()),
            ["ack", rest @ ..] => {
                in_flight = None;
                figures.acks += 1;
                match rest {
                    ["client", id, ..] => {
                        acked.clients.insert(id.parse().unwrap());
                    }
                    ["contact", id] => {
                        acked.contacts.insert(id.parse().unwrap());
                    }
                    ["offer", id] => {
                        acked.offers.insert(id.to_string());
                    }
                    ["referral", id, "client", c] => {
                        acked.referrals.insert(id.parse().unwrap(), c.parse().unwrap());
                    }
                    ["status", id, code] => {
                        acked.status.insert(id.parse().unwrap(), code.to_string());
                    }
                    ["import", n, _] => {
                        acked.imports.insert(n.to_string());
                    }
                    ["erase", id] => {
                        let id: u64 = id.parse().unwrap();
                        acked.erased.insert(id);
                        acked.clients.remove(&id);
                        let gone: Vec<u64> =
                            acked.referrals.iter().filter(|(_, c)| **c == id).map(|(r, _)| *r).collect();
                        for r in gone {
                            acked.referrals.remove(&r);
                            acked.status.remove(&r);
                        }
                    }
                    other => panic!("unknown ack {other:?}"),
                }
            }
            _ => {}
        }
    }
    in_flight
}

/// Checks the reopened database against what was acknowledged; returns the number of losses.
/// The write in flight went one way or the other: what it did is taken into `acked`, so that
/// the next cycles check against the database as it is.
fn check(db: &Path, acked: &mut Acked, in_flight: Option<&str>, figures: &mut Figures) -> usize {
    let store = lotse::store::open(db).unwrap_or_else(|e| {
        let names: Vec<_> = std::fs::read_dir(db.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let kept = std::env::temp_dir().join(format!("lotse-crash-kept-{}", std::process::id()));
        let _ = Command::new("cp").arg("-a").arg(db.parent().unwrap()).arg(&kept).status();
        panic!(
            "the database opens after a kill ({e:?}); in flight: {in_flight:?}; beside it: {names:?}; kept in {}",
            kept.display()
        )
    });
    check_open(&*store, acked, in_flight, figures)
}

fn check_open(
    store: &dyn lotse::store::Store,
    acked: &mut Acked,
    in_flight: Option<&str>,
    figures: &mut Figures,
) -> usize {
    assert_eq!(store.check_consistency().unwrap(), Vec::<String>::new(), "indexes consistent");
    let erasing: Option<u64> =
        in_flight.and_then(|l| l.strip_prefix("begin erase ")).map(|id| id.parse().unwrap());
    let clients: BTreeSet<u64> = store.all_clients().unwrap().iter().map(|c| c.id).collect();
    let contacts: BTreeSet<u64> = store.all_contacts().unwrap().iter().map(|c| c.id).collect();
    let offers: BTreeSet<String> =
        store.all_offers().unwrap().iter().map(|o| o.id.as_str().to_string()).collect();
    let referrals: BTreeMap<u64, (u64, String)> = store
        .all_referrals()
        .unwrap()
        .iter()
        .map(|r| (r.id.0, (r.client.0, r.status.code().to_string())))
        .collect();
    if let Some(id) = erasing.filter(|id| !clients.contains(id)) {
        // The erasure landed before the kill.
        acked.clients.remove(&id);
        acked.erased.insert(id);
        acked.referrals.retain(|_, c| *c != id);
    }
    if let Some(rest) = in_flight.and_then(|l| l.strip_prefix("begin status ")) {
        let id: u64 = rest.split_whitespace().next().unwrap().parse().unwrap();
        if let Some((_, status)) = referrals.get(&id) {
            acked.status.insert(id, status.clone());
        }
    }
    let acked = &*acked;
    let mut losses = 0;
    let mut lost = |what: String| {
        eprintln!("lost: {what}");
        losses += 1;
    };
    for id in &acked.clients {
        figures.checked += 1;
        if !clients.contains(id) && erasing != Some(*id) {
            lost(format!("client {id}"));
        }
    }
    for id in &acked.erased {
        // An erasure is a write like any other: without durability it can be lost too.
        if clients.contains(id) {
            lost(format!("erasure of client {id}: it is back"));
        }
    }
    for id in &acked.contacts {
        figures.checked += 1;
        if !contacts.contains(id) {
            lost(format!("contact {id}"));
        }
    }
    for id in &acked.offers {
        figures.checked += 1;
        if !offers.contains(id) {
            lost(format!("offer {id}"));
        }
    }
    for n in &acked.imports {
        figures.checked += 40;
        if !(0..40).all(|k| offers.contains(&format!("IMP-{n}-{k}"))) {
            lost(format!("import {n}"));
        }
    }
    for (id, client) in &acked.referrals {
        figures.checked += 1;
        match referrals.get(id) {
            None if erasing == Some(*client) => {}
            None => lost(format!("referral {id}")),
            Some((c, status)) => {
                assert_eq!(c, client, "referral {id} moved to another client");
                let changing = in_flight.is_some_and(|l| l.starts_with(&format!("begin status {id} ")));
                if let Some(expected) = acked.status.get(id)
                    && expected != status
                    && !changing
                {
                    lost(format!("status of referral {id}: {expected}, found {status}"));
                }
            }
        }
    }
    losses
}

/// `cycles` kills on one database (a fresh one every 50 cycles, so that it stays small).
fn crash_cycles(cycles: usize, unsafe_mode: bool) -> Figures {
    let dir = tempfile::tempdir().unwrap();
    let mut figures = Figures::default();
    let mut acked = Acked::default();
    let mut db = dir.path().join("db0");
    for cycle in 0..cycles {
        if cycle % 50 == 0 {
            db = dir.path().join(format!("db{cycle}"));
            acked = Acked::default();
        }
        let seed = 0x5EED_0000 + cycle as u64;
        // The writer needs ~10–40 ms to open; kills land from before the first write to well
        // into a run of writes.
        let after = Duration::from_millis(15 + (seed * 7919 % 250));
        let lines = run_killed(&db, seed, after, unsafe_mode);
        let in_flight = record(&mut acked, &lines, &mut figures);
        if unsafe_mode {
            // Without durability sled may even be left unreadable: that loses everything
            // acknowledged, and the next cycles start on a fresh database.
            match lotse::store::open(&db) {
                Ok(store) => {
                    figures.losses += check_open(&*store, &mut acked, in_flight.as_deref(), &mut figures)
                }
                Err(e) => {
                    eprintln!("control run: database unreadable after a kill ({e})");
                    figures.losses += acked.clients.len() + acked.contacts.len() + acked.offers.len() + 1;
                    db = dir.path().join(format!("db{cycle}-fresh"));
                    acked = Acked::default();
                }
            }
        } else {
            figures.losses += check(&db, &mut acked, in_flight.as_deref(), &mut figures);
        }
        figures.cycles += 1;
    }
    figures
}

#[test]
fn nothing_acknowledged_is_lost_when_the_writer_is_killed() {
    let cycles = std::env::var("LOTSE_CRASH_CYCLES").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let f = crash_cycles(cycles, false);
    eprintln!("crash test: {f:?}");
    assert!(f.acks > cycles, "the writer got to write: {f:?}");
    assert_eq!(f.losses, 0, "{f:?}");
}

#[test]
fn the_control_run_without_durability_shows_losses() {
    let f = crash_cycles(40, true);
    eprintln!("control run (no fsync): {f:?}");
    assert!(f.losses > 0, "with durability off, kills must lose acknowledged writes: {f:?}");
}
