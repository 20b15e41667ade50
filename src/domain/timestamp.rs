//! A moment on the office clock, for histories ("when, by whom"): seconds since
//! 1970-01-01 00:00 of the local wall clock.
//!
//! Local wall time rather than UTC on purpose: a Welcome Center works in one time zone, the
//! counsellor reads "14:05" as what the clock said, and the calendar day of an event must be
//! the office's day (a change at 00:30 belongs to that day, not to yesterday in UTC). The one
//! ambiguous hour when summer time ends only affects display; the order of a history is its
//! append order, not its timestamps. The domain never reads the clock: callers pass `now`.

use super::date::Date;
use chrono::{DateTime, NaiveDateTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Seconds since 1970-01-01 00:00 local wall time. Always within chrono's range: every
/// constructor (including deserialisation) checks it, so conversions cannot fail later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_naive(at: NaiveDateTime) -> Timestamp {
        Timestamp(at.and_utc().timestamp())
    }

    /// `None` when `secs` lies outside the calendar chrono can represent.
    pub fn from_secs(secs: i64) -> Option<Timestamp> {
        DateTime::from_timestamp(secs, 0).map(|_| Timestamp(secs))
    }

    /// The stored form and a sortable key.
    pub fn secs(self) -> i64 {
        self.0
    }

    pub fn naive(self) -> NaiveDateTime {
        // The fallback cannot happen: constructors only admit representable seconds.
        DateTime::from_timestamp(self.0, 0).map(|dt| dt.naive_utc()).unwrap_or_default()
    }

    /// The office day this moment falls on; follow-up rules count from it.
    pub fn date(self) -> Date {
        Date::from_naive(self.naive().date())
    }

    /// ISO form `JJJJ-MM-TTTHH:MM:SS`, for files.
    pub fn iso(self) -> String {
        self.naive().format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// German form `TT.MM.JJJJ HH:MM`, as shown in a history.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.naive().format("%d.%m.%Y %H:%M"))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() { s.serialize_str(&self.iso()) } else { s.serialize_i64(self.0) }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S")
                .map(Timestamp::from_naive)
                .map_err(|_| D::Error::custom(format!("invalid timestamp: {s}")))
        } else {
            let secs = i64::deserialize(d)?;
            Timestamp::from_secs(secs).ok_or_else(|| D::Error::custom("timestamp out of range"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn round_trips_naive_and_keeps_the_office_day() {
        let naive = at(2026, 3, 5, 0, 30);
        let t = Timestamp::from_naive(naive);
        assert_eq!(t.naive(), naive);
        assert_eq!(t.date(), Date::from_ymd(2026, 3, 5).unwrap());
        assert_eq!(Timestamp::from_naive(at(1970, 1, 1, 0, 1)).secs(), 60);
        assert_eq!(t.to_string(), "05.03.2026 00:30");
        assert_eq!(t.iso(), "2026-03-05T00:30:00");
    }

    #[test]
    fn orders_by_time_and_rejects_unrepresentable_seconds() {
        assert!(
            Timestamp::from_naive(at(2025, 12, 31, 23, 59)) < Timestamp::from_naive(at(2026, 1, 1, 0, 0))
        );
        assert_eq!(Timestamp::from_secs(i64::MAX), None);
        assert_eq!(Timestamp::from_secs(-86_400).map(|t| t.date()), Date::from_ymd(1969, 12, 31));
    }

    /// A non-human-readable source of one i64, as a binary codec presents a stored timestamp.
    struct Binary(i64);

    impl<'de> Deserializer<'de> for Binary {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            v.visit_i64(self.0)
        }
        fn is_human_readable(&self) -> bool {
            false
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
        }
    }

    #[test]
    fn stored_seconds_are_validated_on_decode() {
        let t = Timestamp::from_naive(at(2026, 3, 5, 14, 5));
        assert_eq!(Timestamp::deserialize(Binary(t.secs())), Ok(t));
        assert!(Timestamp::deserialize(Binary(i64::MIN)).is_err());
    }

    #[test]
    fn json_uses_the_iso_form_and_validates() {
        let t = Timestamp::from_naive(at(2026, 3, 5, 14, 5));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2026-03-05T14:05:00\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        assert!(serde_json::from_str::<Timestamp>("\"gestern\"").is_err());
    }
}
