//! Calendar dates as counsellors type and read them (TT.MM.JJJJ), stored as a day number.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day. Stored as days since 0001-01-01 (CE) so the encoding never depends on
/// chrono's own serde representation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

/// Why a typed date was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form TT.MM.JJJJ or JJJJ-MM-TT.
    Format,
    /// The form is right but the day does not exist (31.02.2026).
    Impossible,
}

impl Date {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    pub fn from_naive(d: NaiveDate) -> Date {
        Date(d)
    }

    pub fn naive(self) -> NaiveDate {
        self.0
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Days since 0001-01-01; the stored form and a sortable key.
    pub fn day_number(self) -> i32 {
        self.0.num_days_from_ce()
    }

    pub fn from_day_number(n: i32) -> Option<Date> {
        NaiveDate::from_num_days_from_ce_opt(n).map(Date)
    }

    pub fn add_days(self, days: i64) -> Date {
        self.0.checked_add_signed(chrono::Duration::days(days)).map(Date).unwrap_or(self)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        (other.0 - self.0).num_days()
    }

    /// Whole months from `self` to `later`, counting a month only once its day is reached.
    pub fn months_until(self, later: Date) -> i32 {
        let mut months = (later.year() - self.year()) * 12 + later.month() as i32 - self.month() as i32;
        if later.day() < self.day() {
            months -= 1;
        }
        months
    }

    /// The same day `months` later, clamped to the month's last day (31.01. + 1 → 28./29.02.).
    pub fn add_months(self, months: i32) -> Date {
        let total = self.year() * 12 + self.month() as i32 - 1 + months;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let mut d = self.day();
        loop {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Date(date);
            }
            if d <= 28 {
                return self;
            }
            d -= 1;
        }
    }

    /// Parses `TT.MM.JJJJ` (also `T.M.JJJJ`) or ISO `JJJJ-MM-TT`.
    pub fn parse(input: &str) -> Result<Date, DateError> {
        let s = input.trim();
        let (y, m, d) = if let Some((d, rest)) = s.split_once('.') {
            let (m, y) = rest.split_once('.').ok_or(DateError::Format)?;
            if y.len() != 4 {
                return Err(DateError::Format);
            }
            (num(y)?, num(m)?, num(d)?)
        } else {
            let mut parts = s.splitn(3, '-');
            let y = parts.next().ok_or(DateError::Format)?;
            let m = parts.next().ok_or(DateError::Format)?;
            let d = parts.next().ok_or(DateError::Format)?;
            if y.len() != 4 {
                return Err(DateError::Format);
            }
            (num(y)?, num(m)?, num(d)?)
        };
        Date::from_ymd(y as i32, m, d).ok_or(DateError::Impossible)
    }

    /// ISO form `JJJJ-MM-TT`, for files.
    pub fn iso(self) -> String {
        self.0.format("%Y-%m-%d").to_string()
    }
}

fn num(s: &str) -> Result<u32, DateError> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Format);
    }
    s.parse().map_err(|_| DateError::Format)
}

/// German form `TT.MM.JJJJ`, the one counsellors type.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}.{:04}", self.day(), self.month(), self.year())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() { s.serialize_str(&self.iso()) } else { s.serialize_i32(self.day_number()) }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Date::parse(&s).map_err(|_| D::Error::custom(format!("invalid date: {s}")))
        } else {
            let n = i32::deserialize(d)?;
            Date::from_day_number(n).ok_or_else(|| D::Error::custom("day number out of range"))
        }
    }
}

/// A month and year, for arrival dates typed as MM.JJJJ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1900..=2200).contains(&year)).then_some(YearMonth { year, month })
    }

    pub fn parse(input: &str) -> Result<YearMonth, DateError> {
        let (m, y) = input.trim().split_once(['.', '/']).ok_or(DateError::Format)?;
        if y.len() != 4 {
            return Err(DateError::Format);
        }
        let (m, y) = (num(m)?, num(y)?);
        u8::try_from(m).ok().and_then(|m| YearMonth::new(y as i32, m)).ok_or(DateError::Impossible)
    }

    pub fn of(date: Date) -> YearMonth {
        YearMonth { year: date.year(), month: date.month() as u8 }
    }

    /// Whole months from the start of `self` to `date` (arrival month counts as month 0).
    pub fn months_until(self, date: Date) -> i32 {
        (date.year() - self.year) * 12 + date.month() as i32 - self.month as i32
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:04}", self.month, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn parses_german_and_iso_forms() {
        assert_eq!(Date::parse("05.03.2026"), Ok(d(2026, 3, 5)));
        assert_eq!(Date::parse("5.3.2026"), Ok(d(2026, 3, 5)));
        assert_eq!(Date::parse(" 2026-03-05 "), Ok(d(2026, 3, 5)));
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert_eq!(Date::parse("31.02.2026"), Err(DateError::Impossible));
        assert_eq!(Date::parse("29.02.2025"), Err(DateError::Impossible));
        assert_eq!(Date::parse("29.02.2024"), Ok(d(2024, 2, 29)));
        assert_eq!(Date::parse("1.1.26"), Err(DateError::Format));
        assert_eq!(Date::parse("heute"), Err(DateError::Format));
        assert_eq!(Date::parse(""), Err(DateError::Format));
        assert_eq!(Date::parse("+1.1.2026"), Err(DateError::Format));
    }

    #[test]
    fn displays_german_form() {
        assert_eq!(d(2026, 1, 7).to_string(), "07.01.2026");
        assert_eq!(d(2026, 1, 7).iso(), "2026-01-07");
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2026, 11, 15).add_months(3), d(2027, 2, 15));
        assert_eq!(d(2026, 3, 15).add_months(-3), d(2025, 12, 15));
        assert_eq!(d(2026, 1, 15).months_until(d(2026, 7, 14)), 5);
        assert_eq!(d(2026, 1, 15).months_until(d(2026, 7, 15)), 6);
    }

    #[test]
    fn year_month_parses_and_counts() {
        let ym = YearMonth::parse("03.2025").unwrap();
        assert_eq!(ym, YearMonth { year: 2025, month: 3 });
        assert_eq!(ym.months_until(d(2026, 3, 1)), 12);
        assert_eq!(YearMonth::parse("13.2025"), Err(DateError::Impossible));
        assert_eq!(YearMonth::parse("2025"), Err(DateError::Format));
    }
}
