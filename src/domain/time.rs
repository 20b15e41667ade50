//! A time of day as counsellors type and read it (24 hours, "14:30"), stored as minutes since
//! midnight. Used for an appointment's time; opening hours keep their own windows.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A time of day, 00:00 to 23:59, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

/// Why a typed time was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeError {
    /// Not of the form HH:MM (or H:MM, HH.MM, HHMM, HMM, HH).
    Format,
    /// The hour is 24 or more.
    Hour,
    /// The minutes are 60 or more.
    Minute,
}

impl TimeOfDay {
    pub fn from_hm(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then(|| TimeOfDay(u16::from(hour) * 60 + u16::from(minute)))
    }

    pub fn from_minutes(minutes: u16) -> Option<TimeOfDay> {
        (minutes < 24 * 60).then_some(TimeOfDay(minutes))
    }

    /// Minutes since midnight; the stored form.
    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    pub fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }

    /// Parses `HH:MM`, `H:MM`, `HH.MM`, `HHMM`, `HMM` or a bare hour `HH` (a trailing "Uhr" is
    /// allowed: "14 Uhr", "14:30 Uhr"). 24-hour clock only: "2:30 pm" is refused.
    pub fn parse(input: &str) -> Result<TimeOfDay, TimeError> {
        let s = input.trim();
        let s = match s.len().checked_sub(3) {
            Some(cut) if s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case("uhr") => {
                s[..cut].trim_end()
            }
            _ => s,
        };
        let (h, m) = match s.split_once([':', '.']) {
            Some((h, m)) if (1..=2).contains(&h.len()) && m.len() == 2 => (h, m),
            Some(_) => return Err(TimeError::Format),
            None if s.len() == 4 => s.split_at(2),
            // "930": typed without the leading zero.
            None if s.len() == 3 => s.split_at(1),
            None if (1..=2).contains(&s.len()) => (s, "00"),
            None => return Err(TimeError::Format),
        };
        let num = |p: &str| {
            if p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u8>().map_err(|_| TimeError::Format)
            } else {
                Err(TimeError::Format)
            }
        };
        let (h, m) = (num(h)?, num(m)?);
        if h >= 24 {
            return Err(TimeError::Hour);
        }
        if m >= 60 {
            return Err(TimeError::Minute);
        }
        TimeOfDay::from_hm(h, m).ok_or(TimeError::Format)
    }
}

/// `HH:MM`, the form counsellors type.
impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() { s.serialize_str(&self.to_string()) } else { s.serialize_u16(self.0) }
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            TimeOfDay::parse(&s).map_err(|_| D::Error::custom(format!("invalid time: {s}")))
        } else {
            let n = u16::deserialize(d)?;
            TimeOfDay::from_minutes(n).ok_or_else(|| D::Error::custom("time out of range"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u8, m: u8) -> TimeOfDay {
        TimeOfDay::from_hm(h, m).unwrap()
    }

    #[test]
    fn parses_the_forms_counsellors_type() {
        for s in ["14:30", "14.30", "1430", " 14:30 ", "14:30 Uhr", "14.30uhr"] {
            assert_eq!(TimeOfDay::parse(s), Ok(t(14, 30)), "{s}");
        }
        for s in ["9:05", "09:05", "9.05", "0905", "905"] {
            assert_eq!(TimeOfDay::parse(s), Ok(t(9, 5)), "{s}");
        }
        assert_eq!(TimeOfDay::parse("14"), Ok(t(14, 0)));
        assert_eq!(TimeOfDay::parse("8 Uhr"), Ok(t(8, 0)));
        assert_eq!(TimeOfDay::parse("00:00"), Ok(t(0, 0)));
        assert_eq!(TimeOfDay::parse("23:59"), Ok(t(23, 59)));
    }

    #[test]
    fn refuses_hours_from_24_minutes_from_60_and_other_forms() {
        assert_eq!(TimeOfDay::parse("24:00"), Err(TimeError::Hour));
        assert_eq!(TimeOfDay::parse("2500"), Err(TimeError::Hour));
        assert_eq!(TimeOfDay::parse("14:60"), Err(TimeError::Minute));
        assert_eq!(TimeOfDay::parse("0975"), Err(TimeError::Minute));
        for s in [
            "",
            "Uhr",
            "2:30 pm",
            "14:3",
            "14:300",
            "14305",
            "14-30",
            "+1:30",
            "1 4:30",
            "ab:cd",
            "14:30:00",
            "１４:３０",
        ] {
            assert_eq!(TimeOfDay::parse(s), Err(TimeError::Format), "{s:?}");
        }
    }

    #[test]
    fn displays_and_round_trips_every_minute() {
        assert_eq!(t(9, 5).to_string(), "09:05");
        assert_eq!(t(14, 30).to_string(), "14:30");
        for m in 0..24 * 60 {
            let time = TimeOfDay::from_minutes(m).unwrap();
            assert_eq!(TimeOfDay::parse(&time.to_string()), Ok(time));
        }
        assert_eq!(TimeOfDay::from_minutes(24 * 60), None);
        assert_eq!(TimeOfDay::from_hm(24, 0), None);
        assert_eq!(TimeOfDay::from_hm(12, 60), None);
    }

    #[test]
    fn json_is_the_typed_form() {
        assert_eq!(serde_json::to_string(&t(14, 30)).unwrap(), "\"14:30\"");
        assert_eq!(serde_json::from_str::<TimeOfDay>("\"09:05\"").unwrap(), t(9, 5));
        assert!(serde_json::from_str::<TimeOfDay>("\"25:00\"").is_err());
    }
}
