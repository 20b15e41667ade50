//! Lotse's own backups: at quit and once a day while the screen is open, into a folder beside
//! the database (`<db>-backups`, or `--backup-dir` / `LOTSE_BACKUP_DIR`), owner-only, one file
//! per day (`lotse-2026-12-04.lotsebak`; a later backup of the same day replaces it). Each is
//! read back and checked as `restore` would check it before it takes its name, so a file with
//! that name is a good backup. Generations kept: the newest 14 days, and the newest backup of
//! each of the last 12 months; older ones are removed. The screen runs them between two key
//! presses on its own thread of work, so no half-written record can be in them.

use super::Store;
use super::backup::{self, BackupError};
use crate::domain::Date;
use std::path::{Path, PathBuf};

/// Daily generations kept.
pub const DAILY: usize = 14;
/// Month-end generations kept.
pub const MONTHLY: usize = 12;
/// The header warns when the last good backup is older than this many days.
pub const WARN_DAYS: i64 = 2;

/// The folder beside the database: `/data/lotse/db` → `/data/lotse/db-backups`.
pub fn folder_beside(db: &Path) -> PathBuf {
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "lotse".into());
    db.with_file_name(format!("{name}-backups"))
}

pub fn file_name(day: Date) -> String {
    format!("lotse-{}.lotsebak", day.iso())
}

fn day_of(name: &str) -> Option<Date> {
    let iso = name.strip_prefix("lotse-")?.strip_suffix(".lotsebak")?;
    // A backup on demand carries the time of day after the date (`file_name_at`).
    let iso = match iso.len() {
        15 if iso.as_bytes()[10] == b'-' && iso[11..].bytes().all(|b| b.is_ascii_digit()) => &iso[..10],
        _ => iso,
    };
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    Date::from_ymd(i32::try_from(y).ok()?, m, d)
}

/// The good backups in `dir`, oldest first.
pub fn list(dir: &Path) -> Vec<(Date, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<(Date, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((day_of(&e.file_name().to_string_lossy())?, e.path())))
        .collect();
    out.sort();
    out
}

/// The day of the newest good backup in `dir`.
pub fn last(dir: &Path) -> Option<Date> {
    list(dir).last().map(|(d, _)| *d)
}

/// Which of `days` (any order) to keep: the newest [`DAILY`], and the newest of each of the
/// newest [`MONTHLY`] months.
pub fn keep(days: &[Date]) -> Vec<Date> {
    let mut sorted = days.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut kept: Vec<Date> = sorted.iter().take(DAILY).copied().collect();
    let mut months: Vec<(i32, u32)> = Vec::new();
    for d in &sorted {
        let m = (d.year(), d.month());
        if !months.contains(&m) {
            months.push(m);
            if months.len() <= MONTHLY {
                kept.push(*d);
            }
        }
    }
    kept.sort_unstable();
    kept.dedup();
    kept
}

/// What one backup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub file: PathBuf,
    pub records: u64,
    /// Older generations removed.
    pub removed: usize,
}

/// Backs `store` up into `dir` as the backup of `day`, checks it as a restore would, then
/// removes the generations no longer kept.
pub fn make(store: &dyn Store, dir: &Path, day: Date, created_unix: i64) -> Result<Made, BackupError> {
    std::fs::create_dir_all(dir).map_err(BackupError::Write)?;
    let file = dir.join(file_name(day));
    let records = make_file(store, &file, created_unix)?;
    let all = list(dir);
    let kept = keep(&all.iter().map(|(d, _)| *d).collect::<Vec<_>>());
    let mut removed = 0;
    for (d, path) in all {
        if !kept.contains(&d) && std::fs::remove_file(path).is_ok() {
            removed += 1;
        }
    }
    Ok(Made { file, records, removed })
}

/// A backup on demand (the upkeep menu's "Sicherung jetzt"): its name in the backup folder,
/// with the time of day, so that the day's own backup at quit does not replace it
/// (`lotse-2026-12-04-1035.lotsebak`). It counts as a backup of its day (`list`).
pub fn file_name_at(at: chrono::NaiveDateTime) -> String {
    format!("lotse-{}-{}.lotsebak", Date::from_naive(at.date()).iso(), at.format("%H%M"))
}

/// Writes the backup to `file` under a temporary name beside it, reads it back and checks it
/// as a restore would, and only then gives it its name; returns how many records it holds.
/// A failed check leaves no file behind (and an older file of that name as it was).
pub fn make_file(store: &dyn Store, file: &Path, created_unix: i64) -> Result<u64, BackupError> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "lotse".into());
    // Written and checked under a name `list` does not see, then renamed into place.
    let tmp = dir.join(format!(".{name}.tmp"));
    let summary = backup::backup(store, &tmp, created_unix)?;
    let checked = backup::read(&tmp, None).and_then(|(header, records)| {
        if header.count == summary.records && records.len() as u64 == summary.records {
            Ok(())
        } else {
            Err(BackupError::Verify(format!("{} of {} records", records.len(), summary.records)))
        }
    });
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, file).map_err(BackupError::Write)?;
    crate::files::sync_dir(&dir).map_err(BackupError::Write)?;
    Ok(summary.records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).expect("date")
    }

    #[test]
    fn fourteen_days_and_twelve_month_ends_are_kept() {
        // Every day from 1 Jan 2025 to 4 Dec 2026.
        let mut days = Vec::new();
        let mut day = d(2025, 1, 1);
        while day <= d(2026, 12, 4) {
            days.push(day);
            day = day.add_days(1);
        }
        let kept = keep(&days);
        let daily: Vec<Date> = (0..14).map(|i| d(2026, 12, 4).add_days(-i)).collect();
        for x in &daily {
            assert!(kept.contains(x), "{x} kept");
        }
        // Month ends: December (its newest, the 4th, already daily) back to January 2026.
        for m in 1..=11 {
            let last = (1..=31).rev().find_map(|dd| Date::from_ymd(2026, m, dd)).expect("month end");
            assert!(kept.contains(&last), "{last} kept");
        }
        assert!(!kept.contains(&d(2025, 12, 31)), "the 13th month back goes");
        assert!(!kept.contains(&d(2026, 11, 15)));
        // 14 days (21 Nov – 4 Dec, holding November's and December's ends) and the ends of
        // January to October.
        assert_eq!(kept.len(), 14 + 10, "{kept:?}");
    }

    #[test]
    fn names_round_trip_and_other_files_are_ignored() {
        assert_eq!(day_of(&file_name(d(2026, 3, 9))), Some(d(2026, 3, 9)));
        assert_eq!(day_of(".lotse-2026-03-09.lotsebak.tmp"), None);
        assert_eq!(day_of("lotse-2026-13-09.lotsebak"), None);
        assert_eq!(day_of("notes.txt"), None);
        let at = d(2026, 3, 9).naive().and_hms_opt(10, 35, 0).expect("time");
        assert_eq!(file_name_at(at), "lotse-2026-03-09-1035.lotsebak");
        assert_eq!(day_of(&file_name_at(at)), Some(d(2026, 3, 9)), "counts as that day's");
        assert_eq!(day_of("lotse-2026-03-09-10x5.lotsebak"), None);
        assert_eq!(folder_beside(Path::new("/data/lotse/db")), PathBuf::from("/data/lotse/db-backups"));
    }

    #[test]
    fn a_backup_is_checked_named_by_its_day_and_old_generations_go() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let store = crate::store::open(&tmp.path().join("db")).expect("open");
        store.put_settings(&crate::domain::Settings::for_counsellor("AB")).expect("settings");
        let dir = tmp.path().join("db-backups");
        let mut day = d(2026, 1, 1);
        while day <= d(2026, 2, 20) {
            make(&*store, &dir, day, 0).expect("backup");
            day = day.add_days(1);
        }
        let days: Vec<Date> = list(&dir).into_iter().map(|(d, _)| d).collect();
        assert_eq!(days.len(), 15, "14 days and January's end: {days:?}");
        assert_eq!(days[0], d(2026, 1, 31));
        assert_eq!(last(&dir), Some(d(2026, 2, 20)));
        let (_, records) = backup::read(&dir.join(file_name(d(2026, 2, 20))), None).expect("readable");
        assert!(!records.is_empty());
        // A second backup of the same day replaces the first; no temporary file stays.
        let again = make(&*store, &dir, d(2026, 2, 20), 0).expect("again");
        assert_eq!(again.removed, 0);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .expect("dir")
            .map(|e| e.expect("e").file_name().to_string_lossy().into())
            .collect();
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode =
                std::fs::metadata(dir.join(file_name(d(2026, 2, 20)))).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "owner-only: {mode:o}");
        }
    }
}
