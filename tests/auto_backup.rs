//! Lotse's own backups as the screen's loop runs them (`tui::daily_backup`): only when the
//! counsellor pauses, once a day, always at quit; a failure is kept for the header; and
//! `lotse backup` from a second process while Lotse has the database says where Lotse puts
//! its own backups instead of a bare "already open".

#![allow(clippy::unwrap_used)]

use lotse::app::state::Backups;
use lotse::app::{Source, State};
use lotse::domain::Date;
use lotse::i18n::Lang;
use lotse::store::autobackup;
use std::process::Command;

fn state_at(minute: u32, second: u32) -> State {
    let now = Date::from_ymd(2026, 12, 4).unwrap().naive().and_hms_opt(9, minute, second).unwrap();
    State::new(Lang::De, now, Source { demo: false, path: String::new() }, Vec::new())
}

#[test]
fn a_backup_waits_for_a_pause_runs_once_a_day_and_always_at_quit() {
    let tmp = tempfile::tempdir().unwrap();
    let store = lotse::store::open(&tmp.path().join("db")).unwrap();
    let dir = tmp.path().join("db-backups");
    let mut s = state_at(0, 0);
    s.backups = Some(Backups { dir: dir.clone(), last: None, failed: None });
    assert!(s.backups.as_ref().unwrap().warning(s.today()), "no backup yet: the header warns");
    // Input a moment ago: no backup while the counsellor types.
    assert!(!lotse::tui::daily_backup(&*store, &mut s, false));
    assert!(autobackup::list(&dir).is_empty());
    // Half a minute without input: the day's backup.
    s.now = state_at(0, 31).now;
    assert!(lotse::tui::daily_backup(&*store, &mut s, false));
    let day = Date::from_ymd(2026, 12, 4).unwrap();
    assert_eq!(autobackup::last(&dir), Some(day));
    assert!(!s.backups.as_ref().unwrap().warning(s.today()));
    // Not twice a day …
    s.now = state_at(30, 0).now;
    assert!(!lotse::tui::daily_backup(&*store, &mut s, false));
    // … but at quit, with the day's work.
    store.put_settings(&lotse::domain::Settings::for_counsellor("AB")).unwrap();
    assert!(lotse::tui::daily_backup(&*store, &mut s, true));
    let (_, records) = lotse::store::backup::read(&dir.join(autobackup::file_name(day)), None).unwrap();
    assert!(records.iter().any(|r| r.kind == lotse::store::Kind::Settings));
}

#[test]
fn a_failed_backup_is_kept_for_the_header_and_not_retried_all_day() {
    let tmp = tempfile::tempdir().unwrap();
    let store = lotse::store::open(&tmp.path().join("db")).unwrap();
    let blocked = tmp.path().join("blocked");
    std::fs::write(&blocked, b"a file where the folder should be").unwrap();
    let mut s = state_at(0, 40);
    s.privacy.last_input = state_at(0, 0).now;
    s.backups = Some(Backups { dir: blocked, last: None, failed: None });
    assert!(lotse::tui::daily_backup(&*store, &mut s, false));
    let b = s.backups.clone().unwrap();
    assert!(b.failed.as_deref().is_some_and(|m| !m.is_empty()), "{b:?}");
    assert!(b.warning(s.today()));
    assert!(!lotse::tui::daily_backup(&*store, &mut s, false), "not again on every tick");
}

#[test]
fn lotse_backup_while_the_database_is_open_says_where_lotse_backs_itself_up() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let store = lotse::store::open(&db).unwrap();
    let day = Date::from_ymd(2026, 12, 3).unwrap();
    autobackup::make(&*store, &autobackup::folder_beside(&db), day, 0).unwrap();
    // `store` holds the database, as an open screen would.
    let out = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("--db")
        .arg(&db)
        .args(["backup", tmp.path().join("x.bak").to_str().unwrap()])
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LOTSE_BACKUP_DIR")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("db-backups") && err.contains("03.12.2026") && err.contains("beenden"), "{err}");
    assert!(!tmp.path().join("x.bak").exists());
    drop(store);
}
