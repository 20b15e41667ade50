//! Opening hours as offices publish them: windows on weekdays, every week or on a rule (the
//! 1st and 3rd Wednesday of the month, the last Friday, every other week), each with an
//! optional note ("Telefon-Hotline"), plus "nach Vereinbarung" and a free note. Typed and
//! shown like "Mo-Fr 09:00-12:00; Di 14:00-18:00 (offene Sprechstunde); 1. und 3. Mi
//! 18:30-21:00". The parser lives in `hours/parse.rs`.

mod parse;
#[cfg(test)]
mod tests;

pub use parse::Lenient;

use super::date::Date;
use super::offer::Text;
use crate::domain::code_list::code_list;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
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
        Weekday::of_date(dt.date())
    }

    pub fn of_date(d: NaiveDate) -> Weekday {
        Weekday::from_index(d.weekday().num_days_from_monday() as usize)
    }

    /// German two-letter abbreviation, the form used in typed hours.
    pub fn de(self) -> &'static str {
        ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][self.index()]
    }

    /// English two-letter abbreviation.
    pub fn en(self) -> &'static str {
        ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][self.index()]
    }

    /// The iCalendar / HSDS day code ("MO", "TU" …).
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.index()]
    }

    /// Accepts German and English abbreviations and full names (also plural, "montags"),
    /// any case, with or without a trailing dot; and iCalendar codes.
    pub fn parse(s: &str) -> Option<Weekday> {
        let s = s.trim().trim_end_matches('.').to_lowercase();
        parse::weekday_word(&s)
    }
}

/// Which weeks a window recurs in. Stored by variant index: append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Recurrence {
    /// Every week.
    Weekly,
    /// On some occurrences of the weekday in each month: bit 0–4 for the 1st–5th, bit 5 for
    /// the last ("1. und 3. Mi" = 0b101, "letzter Fr" = 0b10_0000).
    Monthly(u8),
    /// Every other week: in odd ISO weeks (`Some(true)`), even ones (`Some(false)`), or not
    /// said which (`None`: shown, but never taken as "open now").
    Fortnightly(Option<bool>),
}

/// Bit of the last occurrence in a month in [`Recurrence::Monthly`].
pub const LAST_WEEK: u8 = 1 << 5;

impl Recurrence {
    /// Whether a window of this rule on the weekday of `d` happens on `d`; `None` when the
    /// rule does not tell (every other week, but which weeks is unknown).
    pub fn occurs_on(self, d: NaiveDate) -> Option<bool> {
        match self {
            Recurrence::Weekly => Some(true),
            Recurrence::Monthly(mask) => {
                let nth = (d.day() - 1) / 7;
                let days_in_month = days_in_month(d);
                let last = d.day() + 7 > days_in_month;
                Some(mask & (1 << nth) != 0 || (last && mask & LAST_WEEK != 0))
            }
            Recurrence::Fortnightly(Some(odd)) => Some((d.iso_week().week() % 2 == 1) == odd),
            Recurrence::Fortnightly(None) => None,
        }
    }

    /// The code in files (JSON, HSDS attributes): `weekly`, `biweekly`, `biweekly_even`,
    /// `biweekly_odd`, `monthly:1,3,-1`.
    pub fn code(self) -> String {
        match self {
            Recurrence::Weekly => "weekly".into(),
            Recurrence::Fortnightly(None) => "biweekly".into(),
            Recurrence::Fortnightly(Some(false)) => "biweekly_even".into(),
            Recurrence::Fortnightly(Some(true)) => "biweekly_odd".into(),
            Recurrence::Monthly(_) => {
                let weeks: Vec<String> = self.weeks().iter().map(i8::to_string).collect();
                format!("monthly:{}", weeks.join(","))
            }
        }
    }

    pub fn from_code(code: &str) -> Option<Recurrence> {
        match code.trim() {
            "" | "weekly" => Some(Recurrence::Weekly),
            "biweekly" => Some(Recurrence::Fortnightly(None)),
            "biweekly_even" => Some(Recurrence::Fortnightly(Some(false))),
            "biweekly_odd" => Some(Recurrence::Fortnightly(Some(true))),
            c => {
                let list = c.strip_prefix("monthly:")?;
                let mut mask = 0u8;
                for w in list.split(',') {
                    mask |= match w.trim().parse::<i8>().ok()? {
                        n @ 1..=5 => 1 << (n - 1),
                        -1 => LAST_WEEK,
                        _ => return None,
                    };
                }
                Some(Recurrence::Monthly(mask)).filter(|r| r.is_valid())
            }
        }
    }

    /// A valid monthly mask names at least one week and nothing beyond bit 5.
    pub fn is_valid(self) -> bool {
        match self {
            Recurrence::Monthly(m) => m != 0 && m & !0b11_1111 == 0,
            _ => true,
        }
    }

    /// The ordinals of a monthly rule, in order: 1–5, then -1 for the last.
    pub fn weeks(self) -> Vec<i8> {
        match self {
            Recurrence::Monthly(m) => {
                let mut out: Vec<i8> = (0..5).filter(|b| m & (1 << b) != 0).map(|b| b as i8 + 1).collect();
                if m & LAST_WEEK != 0 {
                    out.push(-1);
                }
                out
            }
            _ => Vec::new(),
        }
    }

    /// The prefix of the typed form: "", "1. und 3. ", "letzter ", "14-tägig ", "14-tägig
    /// gerade KW ".
    fn prefix(self) -> String {
        match self {
            Recurrence::Weekly => String::new(),
            Recurrence::Monthly(_) => {
                let names: Vec<String> = self
                    .weeks()
                    .into_iter()
                    .map(|w| if w < 0 { "letzter".to_string() } else { format!("{w}.") })
                    .collect();
                let text = match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} und {last}", rest.join(", ")),
                    _ => names.join(""),
                };
                format!("{text} ")
            }
            Recurrence::Fortnightly(None) => "14-tägig ".into(),
            Recurrence::Fortnightly(Some(false)) => "14-tägig gerade KW ".into(),
            Recurrence::Fortnightly(Some(true)) => "14-tägig ungerade KW ".into(),
        }
    }

    /// Short words for the card: "1. u. 3. im Monat", "every other week".
    pub fn describe(self, english: bool) -> String {
        match (self, english) {
            (Recurrence::Weekly, _) => String::new(),
            (Recurrence::Monthly(_), false) => format!("{}im Monat", self.prefix()),
            (Recurrence::Monthly(_), true) => {
                let names: Vec<String> = self
                    .weeks()
                    .into_iter()
                    .map(|w| match w {
                        -1 => "last".to_string(),
                        1 => "1st".to_string(),
                        2 => "2nd".to_string(),
                        3 => "3rd".to_string(),
                        w => format!("{w}th"),
                    })
                    .collect();
                format!("{} of the month", names.join(" & "))
            }
            (Recurrence::Fortnightly(_), false) => self.prefix().trim_end().to_string(),
            (Recurrence::Fortnightly(None), true) => "every other week".into(),
            (Recurrence::Fortnightly(Some(false)), true) => "every other week (even weeks)".into(),
            (Recurrence::Fortnightly(Some(true)), true) => "every other week (odd weeks)".into(),
        }
    }
}

fn days_in_month(d: NaiveDate) -> u32 {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|n| n.pred_opt()).map_or(31, |l| l.day())
}

/// One opening window on one weekday, minutes since midnight, `from < to`, recurring by
/// `rule`, with an optional note for this window ("Telefon-Hotline").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TimeSlot {
    pub day: Weekday,
    pub from: u16,
    pub to: u16,
    pub rule: Recurrence,
    pub note: Text,
}

impl TimeSlot {
    /// A weekly window without a note.
    pub fn weekly(day: Weekday, from: u16, to: u16) -> TimeSlot {
        TimeSlot { day, from, to, rule: Recurrence::Weekly, note: Text::default() }
    }
}

/// Structured hours, "nach Vereinbarung", and a free note ("Hotline", "in den Ferien
/// geschlossen").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub slots: Vec<TimeSlot>,
    /// Appointments can also be made outside the windows (or there are no fixed windows).
    pub by_appointment: bool,
    pub note: Text,
}

/// Whether an offer is open at a moment, and when that changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open now, until this time today (minutes).
    OpenUntil(u16),
    /// Closed; opens next within the coming six days, on this weekday at this time.
    OpensAt(Weekday, u16),
    /// Closed; opens next on this later date (monthly rules) at this time.
    OpensOn(Date, u16),
    /// No structured hours that tell.
    Unknown,
}

/// Why typed hours were not accepted; `part` is the offending piece of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub part: String,
}

/// Days looked ahead for the next opening: two months cover every monthly rule.
const LOOK_AHEAD_DAYS: i64 = 62;

impl OpeningHours {
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty() && !self.by_appointment && self.note.is_empty()
    }

    /// Parses the typed form strictly: every part must be understood (the editor's check).
    /// Groups are separated by `;` or line breaks; see `hours/parse.rs` for what a group may
    /// say. Slots come back sorted, without duplicates; the note is left empty.
    pub fn parse(input: &str) -> Result<OpeningHours, HoursError> {
        let l = parse::lenient(input);
        match l.unread.into_iter().next() {
            Some(part) => Err(HoursError { part }),
            None if !l.notes.is_empty() => Err(HoursError { part: l.notes.join("; ") }),
            None => Ok(l.hours),
        }
    }

    /// Parses what it can (imports): the groups understood become slots, the others come back
    /// as text to keep as a note.
    pub fn parse_lenient(input: &str) -> Lenient {
        parse::lenient(input)
    }

    /// Open/closed state at `now`, from the structured slots.
    pub fn state_at(&self, now: &NaiveDateTime) -> OpenState {
        let today = now.date();
        let minute = (now.hour() * 60 + now.minute()) as u16;
        let on = |d: NaiveDate| {
            let day = Weekday::of_date(d);
            self.slots.iter().filter(move |s| s.day == day && s.rule.occurs_on(d) == Some(true))
        };
        if let Some(slot) = on(today).find(|s| s.from <= minute && minute < s.to) {
            // Adjacent windows (09-12, 12-15) read as one.
            let mut until = slot.to;
            while let Some(next) = on(today).find(|s| s.from <= until && s.to > until) {
                until = next.to;
            }
            return OpenState::OpenUntil(until);
        }
        for offset in 0..=LOOK_AHEAD_DAYS {
            let Some(d) = today.checked_add_signed(chrono::Duration::days(offset)) else { break };
            if let Some(from) = on(d).filter(|s| offset > 0 || s.from > minute).map(|s| s.from).min() {
                return match offset {
                    0..=6 => OpenState::OpensAt(Weekday::of_date(d), from),
                    _ => OpenState::OpensOn(Date::from_naive(d), from),
                };
            }
        }
        OpenState::Unknown
    }

    /// Slots of one weekday.
    pub fn on(&self, day: Weekday) -> impl Iterator<Item = &TimeSlot> {
        self.slots.iter().filter(move |s| s.day == day)
    }

    /// Lines for the card like ("Mo–Fr", "09:00–12:00, 14:00–16:00"): weekly windows by
    /// runs of days with the same windows; windows with a rule or a note each on a line of
    /// their own ("1. u. 3. Mi", "18:30–21:00 · Elterncafé"). Day names German or English.
    pub fn grouped(&self, english: bool) -> Vec<(String, String)> {
        let plain = |s: &&TimeSlot| s.rule == Recurrence::Weekly && s.note.is_empty();
        let windows: Vec<Vec<(u16, u16)>> = Weekday::ALL
            .iter()
            .map(|&d| self.on(d).filter(plain).map(|s| (s.from, s.to)).collect())
            .collect();
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
        for g in groups(self.slots.iter().filter(|s| !plain(s))) {
            let days = day_list(g.days, english).replace('-', "–");
            let days = match g.rule {
                Recurrence::Weekly => days,
                rule => format!("{days} {}", rule.describe(english)),
            };
            let times: Vec<String> = g
                .windows
                .iter()
                .map(|(a, b, note)| match note.is_empty() {
                    true => format!("{}–{}", hhmm(*a), hhmm(*b)),
                    false => format!("{}–{} ({note})", hhmm(*a), hhmm(*b)),
                })
                .collect();
            lines.push((days, times.join(", ")));
        }
        lines
    }

    /// Slots whose weeks are not known ("14-tägig" without even/odd weeks).
    pub fn has_unknown_weeks(&self) -> bool {
        self.slots.iter().any(|s| s.rule == Recurrence::Fortnightly(None))
    }
}

/// Slots printed together: one rule, a set of days (bit per weekday) and their windows.
struct Group {
    rule: Recurrence,
    days: u8,
    windows: Vec<(u16, u16, Text)>,
}

/// Slots with the same rule, time and note share one day set; day sets with the same rule
/// then share one line. Deterministic for a given set of slots.
fn groups<'a>(slots: impl Iterator<Item = &'a TimeSlot>) -> Vec<Group> {
    let mut by_window: Vec<(Recurrence, u16, u16, Text, u8)> = Vec::new();
    for s in slots {
        match by_window.iter_mut().find(|w| w.0 == s.rule && w.1 == s.from && w.2 == s.to && w.3 == s.note) {
            Some(w) => w.4 |= 1 << s.day.index(),
            None => by_window.push((s.rule, s.from, s.to, s.note.clone(), 1 << s.day.index())),
        }
    }
    by_window.sort_by(|a, b| {
        (a.0, a.4.trailing_zeros(), a.1, a.2, &a.3).cmp(&(b.0, b.4.trailing_zeros(), b.1, b.2, &b.3))
    });
    let mut out: Vec<Group> = Vec::new();
    for (rule, from, to, note, days) in by_window {
        match out.iter_mut().find(|g| g.rule == rule && g.days == days) {
            Some(g) => g.windows.push((from, to, note)),
            None => out.push(Group { rule, days, windows: vec![(from, to, note)] }),
        }
    }
    out
}

/// "Mo-Fr", "Mo,Di", "Mo,Mi,Fr", "Mo-Mi,Fr" from a bit per weekday.
fn day_list(days: u8, english: bool) -> String {
    let name = |d: usize| if english { Weekday::from_index(d).en() } else { Weekday::from_index(d).de() };
    let mut parts = Vec::new();
    let mut d = 0;
    while d < 7 {
        if days & (1 << d) == 0 {
            d += 1;
            continue;
        }
        let mut end = d;
        while end + 1 < 7 && days & (1 << (end + 1)) != 0 {
            end += 1;
        }
        match end - d {
            0 => parts.push(name(d).to_string()),
            1 => parts.extend([name(d).to_string(), name(end).to_string()]),
            _ => parts.push(format!("{}-{}", name(d), name(end))),
        }
        d = end + 1;
    }
    parts.join(",")
}

/// The canonical typed form, which [`OpeningHours::parse`] reads back to the same hours
/// (the free note is not part of it): "Mo-Fr 09:00-12:00; Di 14:00-18:00 (offene
/// Sprechstunde); 1. und 3. Mi 18:30-21:00; nach Vereinbarung".
impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = groups(self.slots.iter())
            .into_iter()
            .map(|g| {
                let times: Vec<String> = g
                    .windows
                    .iter()
                    .map(|(a, b, note)| match note.is_empty() {
                        true => format!("{}-{}", hhmm(*a), hhmm(*b)),
                        false => format!("{}-{} ({note})", hhmm(*a), hhmm(*b)),
                    })
                    .collect();
                format!("{}{} {}", g.rule.prefix(), day_list(g.days, false), times.join(", "))
            })
            .collect();
        if self.by_appointment {
            parts.push("nach Vereinbarung".into());
        }
        f.write_str(&parts.join("; "))
    }
}

/// `HH:MM` from minutes since midnight.
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}
