//! Opening hours by weekday, typed and shown like "Mo-Fr 09:00-12:00; Di 14:00-18:00".

use crate::domain::code_list::code_list;
use chrono::{Datelike, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};
use std::fmt;

code_list! {
    /// Monday-first weekday. Stored by variant index.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Weekday {
        Mo,
        Di,
        Mi,
        Do,
        Fr,
        Sa,
        So,
    }
}

impl Weekday {
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Weekday {
        Weekday::ALL[i % 7]
    }

    pub fn of(dt: &NaiveDateTime) -> Weekday {
        Weekday::from_index(dt.weekday().num_days_from_monday() as usize)
    }

    /// German two-letter abbreviation, the form used in typed hours.
    pub fn de(self) -> &'static str {
        ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][self.index()]
    }

    /// English two-letter abbreviation.
    pub fn en(self) -> &'static str {
        ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][self.index()]
    }

    /// Accepts German and English abbreviations and full names, any case.
    pub fn parse(s: &str) -> Option<Weekday> {
        let s = s.trim().to_lowercase();
        const NAMES: [[&str; 4]; 7] = [
            ["mo", "montag", "mon", "monday"],
            ["di", "dienstag", "tue", "tuesday"],
            ["mi", "mittwoch", "wed", "wednesday"],
            ["do", "donnerstag", "thu", "thursday"],
            ["fr", "freitag", "fri", "friday"],
            ["sa", "samstag", "sat", "saturday"],
            ["so", "sonntag", "sun", "sunday"],
        ];
        let alt = ["mo", "tu", "we", "th", "fr", "sa", "su"];
        NAMES
            .iter()
            .position(|names| names.contains(&s.as_str()))
            .or_else(|| alt.iter().position(|a| *a == s))
            .map(Weekday::from_index)
    }
}

/// One opening window on one weekday, minutes since midnight, `from < to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TimeSlot {
    pub day: Weekday,
    pub from: u16,
    pub to: u16,
}

/// Structured hours plus a free note ("Hotline", "offene Sprechstunde", "nach Vereinbarung").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub slots: Vec<TimeSlot>,
    pub note: super::offer::Text,
}

/// Whether an offer is open at a moment, and when that changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open now, until this time today (minutes).
    OpenUntil(u16),
    /// Closed; opens next on this day at this time.
    OpensAt(Weekday, u16),
    /// No structured hours.
    Unknown,
}

/// Why typed hours were not accepted; `part` is the offending piece of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub part: String,
}

impl OpeningHours {
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty() && self.note.is_empty()
    }

    /// Parses "Mo-Fr 09:00-12:00; Di 14:00-18:00" and friends: groups separated by `;`, each
    /// a day list (`Mo`, `Mo-Fr`, `Mo,Mi`) and one or more time ranges (`9-12`, `09:00-12:30`,
    /// comma separated). Slots come back sorted by day and time; the note is left empty.
    pub fn parse(input: &str) -> Result<OpeningHours, HoursError> {
        let mut slots = Vec::new();
        for group in input.split(';').map(str::trim).filter(|g| !g.is_empty()) {
            let err = || HoursError { part: group.to_string() };
            let split = group.find(|c: char| c.is_ascii_digit()).ok_or_else(err)?;
            let (days_part, times_part) = group.split_at(split);
            let days = parse_days(days_part.trim().trim_end_matches(':')).ok_or_else(err)?;
            for range in times_part.split(',').map(str::trim).filter(|r| !r.is_empty()) {
                let range = range.trim_end_matches(|c: char| c == 'h' || c.is_whitespace());
                let range = range.strip_suffix("Uhr").unwrap_or(range).trim();
                let (a, b) = range.split_once(['-', '–']).ok_or_else(err)?;
                let (from, to) = (parse_time(a).ok_or_else(err)?, parse_time(b).ok_or_else(err)?);
                if from >= to {
                    return Err(err());
                }
                slots.extend(days.iter().map(|&day| TimeSlot { day, from, to }));
            }
        }
        slots.sort();
        slots.dedup();
        Ok(OpeningHours { slots, note: Default::default() })
    }

    /// Open/closed state at `now`, from the structured slots.
    pub fn state_at(&self, now: &NaiveDateTime) -> OpenState {
        if self.slots.is_empty() {
            return OpenState::Unknown;
        }
        let today = Weekday::of(now);
        let minute = (now.hour() * 60 + now.minute()) as u16;
        if let Some(slot) = self.slots.iter().find(|s| s.day == today && s.from <= minute && minute < s.to) {
            // Adjacent windows (09-12, 12-15) read as one.
            let mut until = slot.to;
            while let Some(next) = self.slots.iter().find(|s| s.day == today && s.from == until) {
                until = next.to;
            }
            return OpenState::OpenUntil(until);
        }
        for offset in 0..8 {
            let day = Weekday::from_index(today.index() + offset);
            let next = self
                .slots
                .iter()
                .filter(|s| s.day == day && (offset > 0 || s.from > minute))
                .map(|s| s.from)
                .min();
            if let Some(from) = next {
                return OpenState::OpensAt(day, from);
            }
        }
        OpenState::Unknown
    }

    /// Slots of one weekday.
    pub fn on(&self, day: Weekday) -> impl Iterator<Item = &TimeSlot> {
        self.slots.iter().filter(move |s| s.day == day)
    }

    /// Lines like ("Mo–Fr", "09:00–12:00, 14:00–16:00"): runs of consecutive days with the
    /// same windows collapse into one line. Day names are German or English.
    pub fn grouped(&self, english: bool) -> Vec<(String, String)> {
        let windows: Vec<Vec<(u16, u16)>> =
            Weekday::ALL.iter().map(|&d| self.on(d).map(|s| (s.from, s.to)).collect()).collect();
        let name = |d: usize| if english { Weekday::from_index(d).en() } else { Weekday::from_index(d).de() };
        let mut lines = Vec::new();
        let mut d = 0;
        while d < 7 {
            if windows[d].is_empty() {
                d += 1;
                continue;
            }
            let mut end = d;
            while end + 1 < 7 && windows[end + 1] == windows[d] {
                end += 1;
            }
            let days = match end - d {
                0 => name(d).to_string(),
                1 => format!("{},{}", name(d), name(end)),
                _ => format!("{}–{}", name(d), name(end)),
            };
            let times = windows[d]
                .iter()
                .map(|&(a, b)| format!("{}–{}", hhmm(a), hhmm(b)))
                .collect::<Vec<_>>()
                .join(", ");
            lines.push((days, times));
            d = end + 1;
        }
        lines
    }
}

/// The canonical typed form, which [`OpeningHours::parse`] reads back to the same slots.
impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .grouped(false)
            .into_iter()
            .map(|(days, times)| format!("{} {}", days.replace('–', "-"), times.replace('–', "-")))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

/// `HH:MM` from minutes since midnight.
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn parse_days(s: &str) -> Option<Vec<Weekday>> {
    let mut days = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((a, b)) = part.split_once(['-', '–']) {
            let (a, b) = (Weekday::parse(a)?, Weekday::parse(b)?);
            if a > b {
                return None;
            }
            days.extend((a.index()..=b.index()).map(Weekday::from_index));
        } else {
            days.push(Weekday::parse(part)?);
        }
    }
    (!days.is_empty()).then_some(days)
}

fn parse_time(s: &str) -> Option<u16> {
    let s = s.trim();
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (s, "0"),
    };
    let ok = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn parses_the_documented_form() {
        let h = OpeningHours::parse("Mo-Fr 09:00-12:00; Di 14:00-18:00").unwrap();
        assert_eq!(h.slots.len(), 6);
        assert_eq!(h.on(Weekday::Di).count(), 2);
        assert_eq!(h.to_string(), "Mo 09:00-12:00; Di 09:00-12:00, 14:00-18:00; Mi-Fr 09:00-12:00");
        assert_eq!(OpeningHours::parse(&h.to_string()).unwrap(), h);
    }

    #[test]
    fn parses_loose_forms() {
        let h = OpeningHours::parse("Mo, Mi 9-12, 13:30-15 Uhr").unwrap();
        assert_eq!(
            h.on(Weekday::Mi).map(|s| (s.from, s.to)).collect::<Vec<_>>(),
            vec![(540, 720), (810, 900)]
        );
        assert!(OpeningHours::parse("").unwrap().slots.is_empty());
    }

    #[test]
    fn rejects_nonsense() {
        assert!(OpeningHours::parse("Mo 12-9").is_err());
        assert!(OpeningHours::parse("Xy 09:00-12:00").is_err());
        assert!(OpeningHours::parse("Mo 25:00-26:00").is_err());
        assert!(OpeningHours::parse("Fr-Mo 9-12").is_err());
        assert_eq!(OpeningHours::parse("Mo-Fr").unwrap_err().part, "Mo-Fr");
    }

    #[test]
    fn open_state_follows_the_clock() {
        let h = OpeningHours::parse("Mo-Fr 09:00-12:00; Di 14:00-18:00").unwrap();
        // 2026-11-24 is a Tuesday.
        assert_eq!(h.state_at(&at(2026, 11, 24, 10, 0)), OpenState::OpenUntil(720));
        assert_eq!(h.state_at(&at(2026, 11, 24, 12, 0)), OpenState::OpensAt(Weekday::Di, 840));
        assert_eq!(h.state_at(&at(2026, 11, 24, 18, 0)), OpenState::OpensAt(Weekday::Mi, 540));
        // Saturday → Monday.
        assert_eq!(h.state_at(&at(2026, 11, 28, 10, 0)), OpenState::OpensAt(Weekday::Mo, 540));
        assert_eq!(OpeningHours::default().state_at(&at(2026, 11, 28, 10, 0)), OpenState::Unknown);
    }

    #[test]
    fn adjacent_windows_merge_for_open_until() {
        let h = OpeningHours::parse("Mo 09:00-12:00, 12:00-15:00").unwrap();
        assert_eq!(h.state_at(&at(2026, 11, 23, 11, 0)), OpenState::OpenUntil(900));
    }
}
