//! End to end, a team: two Lotse instances in two tmux terminals on one PostgreSQL database.
//! A referral saved at one desk appears in the other's log within 2 seconds, without a
//! restart; a follow-up that falls due through a third writer shows in the other's header
//! count. Needs `LOTSE_TEST_PG` (skipped without, failing under CI) and tmux.

#![allow(clippy::unwrap_used)]

#[path = "support/pg.rs"]
mod pg;
use pg::Schema;

#[path = "support/tmux.rs"]
mod tmux;

use lotse::domain::referral::{NewReferral, create};
use lotse::domain::{ClientId, Date, Need, ReferralId, ReferralStatus, Settings, Timestamp};
use std::path::Path;
use std::time::{Duration, Instant};
use tmux::Tmux;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lotse"))
}

#[test]
fn a_referral_saved_at_one_desk_shows_at_the_other_within_two_seconds() {
    if tmux::skip_without_tmux() {
        return;
    }
    let Some(base) = pg::server("team end-to-end tests") else { return };
    let schema = Schema::new(&base, 'e', "two_desks");
    let today = Date::from_naive(chrono::Local::now().date_naive());
    let offers = lotse::demo::offers(today);
    {
        let store = lotse::store::open(Path::new(&schema.address)).unwrap();
        store.put_offers(&offers).unwrap();
        store.put_settings(&Settings::for_counsellor("MK")).unwrap();
    }
    let pw = std::env::var("PGPASSWORD").unwrap_or_default();
    let env = [("PGPASSWORD", pw.as_str())];
    let args = ["--db", schema.address.as_str(), "--lang", "de"];
    let a = Tmux::start(80, 24, bin(), &args, &env);
    let b = Tmux::start(100, 30, bin(), &args, &env);
    a.wait_for("Suche ›", 10);
    b.wait_for("Suche ›", 10);
    b.keys(&["F4"]);
    b.wait_for("Noch keine Verweise", 5);

    // Desk A: a new client, referred to an offer.
    a.keys(&["F3"]);
    a.wait_for("Klienten", 5);
    a.keys(&["C-n"]);
    a.wait_for("Erstgespräch", 5);
    a.keys(&["C-f"]);
    a.wait_for("Klient K-0001", 5);
    a.type_text("anerk lehr");
    a.wait_until(|s| s.lines().any(|l| l.starts_with("▶ Anerkennung ausländischer Lehrkr")), 5, "top hit");
    a.keys(&["C-v"]);
    a.wait_for("Verweis K-0001 → Anerkennung", 5);
    a.keys(&["C-s"]);
    a.wait_for("Verweis gespeichert: K-0001", 5);
    let saved = Instant::now();

    // Desk B sees it in its log, without a restart.
    let s = b.wait_until(
        |s| s.lines().any(|l| l.contains("K-0001") && l.contains("Anerkennung")),
        5,
        "the referral at desk B",
    );
    assert!(saved.elapsed() <= Duration::from_secs(2), "seen after {:?}\n{s}", saved.elapsed());

    // A follow-up that fell due, written by a third desk: B's header counts it.
    {
        let store = lotse::store::open(Path::new(&schema.address)).unwrap();
        let offer = offers.iter().find(|o| o.id.as_str() == "SPR-IK-VHS").unwrap();
        let then = Timestamp::from_naive(today.add_days(-21).naive().and_hms_opt(9, 0, 0).unwrap());
        let mut new = NewReferral::new(ReferralId(0), ClientId(1), Need::Spr);
        new.status = ReferralStatus::InformationGiven;
        store.create_referrals(&[create(new, offer, false, then, "AB").unwrap()]).unwrap();
    }
    let written = Instant::now();
    b.wait_for("1 WV fällig", 5);
    assert!(written.elapsed() <= Duration::from_secs(2), "due count after {:?}", written.elapsed());

    a.keys(&["C-q"]);
    b.keys(&["C-q"]);
    assert_eq!(a.wait_exit(5), 0);
    assert_eq!(b.wait_exit(5), 0);
}
