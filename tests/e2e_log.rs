//! End to end: the real binary in a real terminal (tmux) on a fresh database — the counsellor
//! gives their initials, takes a new client, refers them to an offer, finds the referral in
//! the log (F4) and closes it. Afterwards the database holds exactly that, with its history
//! and consistent indexes.

#![allow(clippy::unwrap_used)]

#[path = "support/tmux.rs"]
mod tmux;

use lotse::domain::{Date, ReferralStatus};
use std::path::Path;
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

/// Waits until the seeding store has let go of the database. sled releases its lock when
/// its last background write ends, which can be just after the drop; opening once more
/// without writing proves it is free and lets go at once.
fn wait_unlocked(db: &Path) {
    for _ in 0..250 {
        if lotse::store::open(db).is_ok() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("database still locked after seeding");
}

#[test]
fn refers_a_client_sees_it_in_the_log_and_closes_it() {
    if tmux::skip_without_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    {
        // The directory as an import would leave it; the binary's clock decides what is stale.
        let today = Date::from_naive(chrono::Local::now().date_naive());
        lotse::store::open(&db).unwrap().put_offers(&lotse::demo::offers(today)).unwrap();
    }
    wait_unlocked(&db);
    let t = Tmux::start(80, 24, bin(), &["--db", db.to_str().unwrap(), "--lang", "de"], &[]);
    t.answer_first_start("MK");
    // A new client, saved straight into the directory (Ctrl-F): K-0001 is current.
    t.keys(&["F3"]);
    t.wait_for("Klienten", 5);
    t.keys(&["C-n"]);
    t.wait_for("Erstgespräch", 5);
    t.keys(&["C-f"]);
    t.wait_for("Klient K-0001", 5);
    t.type_text("anerk lehr");
    t.wait_until(|s| s.lines().any(|l| l.starts_with("▶ Anerkennung ausländischer Lehrkr")), 5, "top hit");
    // Refer: one key, the form, Ctrl-S.
    t.keys(&["C-v"]);
    t.wait_for("Verweis K-0001 → Anerkennung", 5);
    t.keys(&["C-s"]);
    t.wait_for("Verweis gespeichert: K-0001", 5);
    // The log: nothing is due yet, so it lists the open referral.
    t.keys(&["F4"]);
    let s = t.wait_for("Nichts fällig – offene Verweise", 5);
    assert!(
        s.lines().any(|l| l.starts_with("▶") && l.contains("K-0001") && l.contains("Info gegeben")),
        "{s}"
    );
    // Close it with a note: "a" jumps to "abgeschlossen – Ziel erreicht".
    t.type_text("s");
    t.wait_for("Status (bisher: Information gegeben)", 5);
    t.type_text("a");
    t.wait_for("abgeschlossen – Ziel erreicht", 5);
    t.keys(&["Tab"]);
    t.type_text("Antrag gestellt");
    t.keys(&["C-s"]);
    t.wait_for("Status gespeichert: abgeschlossen – Ziel erreicht", 5);
    t.wait_for("Nichts fällig und nichts offen", 5);
    // All referrals (v three times), then its history.
    t.type_text("vvv");
    t.wait_for("alle Verweise", 5);
    t.wait_for("Ziel erreicht †", 5);
    t.keys(&["Enter"]);
    let s = t.wait_for("Verlauf:", 5);
    assert!(s.contains("MK  Status geändert: Information gegeben →"), "{s}");
    assert!(s.contains("„Antrag gestellt“"), "{s}");
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);

    // Durable, with its history and consistent indexes.
    let store = lotse::store::open(&db).unwrap();
    let refs = store.all_referrals().unwrap();
    assert_eq!(refs.len(), 1);
    let r = &refs[0];
    assert_eq!((r.client.0, r.offer.as_str(), r.status), (1, "ANE-LEHR", ReferralStatus::GoalAchieved));
    assert_eq!(r.follow_up, None);
    let events = store.events_of(r.id).unwrap();
    assert_eq!(events.len(), 2);
    assert!(events.iter().all(|e| e.by == "MK"));
    assert_eq!(events[1].note, "Antrag gestellt");
    assert!(store.check_consistency().unwrap().is_empty());
}

#[test]
fn the_header_counts_due_follow_ups_from_the_start_and_postponing_clears_them() {
    if tmux::skip_without_tmux() {
        return;
    }
    use lotse::domain::referral::{NewReferral, create};
    use lotse::domain::{ClientId, Need, ReferralId, Settings, Timestamp};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let today = Date::from_naive(chrono::Local::now().date_naive());
    {
        // A referral made three weeks ago: its follow-up (+14) is a week overdue.
        let store = lotse::store::open(&db).unwrap();
        let offers = lotse::demo::offers(today);
        store.put_offers(&offers).unwrap();
        store.put_settings(&Settings::for_counsellor("AB")).unwrap();
        let offer = offers.iter().find(|o| o.id.as_str() == "SPR-IK-VHS").unwrap();
        let then = Timestamp::from_naive(today.add_days(-21).naive().and_hms_opt(9, 0, 0).unwrap());
        let mut new = NewReferral::new(ReferralId(0), ClientId(7), Need::Spr);
        new.status = ReferralStatus::InformationGiven;
        store.create_referrals(&[create(new, offer, false, then, "AB").unwrap()]).unwrap();
    }
    wait_unlocked(&db);
    let t = Tmux::start(80, 24, bin(), &["--db", db.to_str().unwrap(), "--lang", "de"], &[]);
    // The first screen is the directory; the count is in its header.
    let s = t.wait_for("1 WV fällig", 10);
    assert!(s.contains("Suche ›"), "{s}");
    t.keys(&["F4"]);
    let s = t.wait_for("Heute fällig und überfällig", 5);
    assert!(s.lines().any(|l| l.starts_with("▶!") && l.contains("K-0007")), "{s}");
    // Postpone by a week (p, Ctrl-S): nothing is due any more.
    t.type_text("p");
    t.wait_for("+7 Tage", 5);
    t.keys(&["C-s"]);
    t.wait_for("Wiedervorlage gespeichert", 5);
    t.wait_gone("WV fällig", 5);
    t.keys(&["C-q"]);
    assert_eq!(t.wait_exit(5), 0);
    let store = lotse::store::open(&db).unwrap();
    assert!(store.due_followups(today).unwrap().is_empty());
    assert_eq!(store.all_referrals().unwrap()[0].follow_up, Some(today.add_days(7)));
    assert!(store.check_consistency().unwrap().is_empty());
}
