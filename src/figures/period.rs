//! The period a report covers: from one day to another, both included. The named periods are
//! calendar periods around "today"; a typed range is any two days.

use crate::domain::{Date, YearMonth};

/// The periods the screen and `lotse report --period` offer by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
    LastYear,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 6] = [
        PeriodKind::ThisMonth,
        PeriodKind::LastMonth,
        PeriodKind::ThisQuarter,
        PeriodKind::LastQuarter,
        PeriodKind::ThisYear,
        PeriodKind::LastYear,
    ];

    /// The code on the command line (`--period last-quarter`).
    pub fn code(self) -> &'static str {
        match self {
            PeriodKind::ThisMonth => "this-month",
            PeriodKind::LastMonth => "last-month",
            PeriodKind::ThisQuarter => "this-quarter",
            PeriodKind::LastQuarter => "last-quarter",
            PeriodKind::ThisYear => "this-year",
            PeriodKind::LastYear => "last-year",
        }
    }

    pub fn from_code(code: &str) -> Option<PeriodKind> {
        PeriodKind::ALL.into_iter().find(|k| k.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// From `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

fn first_of(year: i32, month: u32) -> Date {
    // Every month has a first day; the fallback is never taken.
    Date::from_ymd(year, month, 1).unwrap_or_else(|| Date::from_naive(chrono::NaiveDate::MIN))
}

impl Period {
    /// A range; `None` when `to` lies before `from`.
    pub fn range(from: Date, to: Date) -> Option<Period> {
        (from <= to).then_some(Period { from, to })
    }

    /// The named period around `today`; "this …" periods run to their end, so a report made
    /// mid-month names the whole month (later days simply have nothing yet).
    pub fn named(kind: PeriodKind, today: Date) -> Period {
        let (y, m) = (today.year(), today.month());
        let quarter_start = (m - 1) / 3 * 3 + 1;
        let (from, months) = match kind {
            PeriodKind::ThisMonth => (first_of(y, m), 1),
            PeriodKind::LastMonth => (first_of(y, m).add_months(-1), 1),
            PeriodKind::ThisQuarter => (first_of(y, quarter_start), 3),
            PeriodKind::LastQuarter => (first_of(y, quarter_start).add_months(-3), 3),
            PeriodKind::ThisYear => (first_of(y, 1), 12),
            PeriodKind::LastYear => (first_of(y - 1, 1), 12),
        };
        Period { from, to: from.add_months(months).add_days(-1) }
    }

    pub fn contains(&self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }

    /// Every month the period touches, in order.
    pub fn months(&self) -> Vec<YearMonth> {
        let mut out = Vec::new();
        let mut m = YearMonth::of(self.from);
        let last = YearMonth::of(self.to);
        while m <= last {
            out.push(m);
            m = if m.month == 12 {
                YearMonth { year: m.year + 1, month: 1 }
            } else {
                YearMonth { month: m.month + 1, ..m }
            };
        }
        out
    }

    /// Whether month `m` has at least one day in the period.
    pub fn touches(&self, m: YearMonth) -> bool {
        YearMonth::of(self.from) <= m && m <= YearMonth::of(self.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn named_periods_are_calendar_periods() {
        let today = d(2026, 5, 14);
        let p = |k| Period::named(k, today);
        assert_eq!(p(PeriodKind::ThisMonth), Period { from: d(2026, 5, 1), to: d(2026, 5, 31) });
        assert_eq!(p(PeriodKind::LastMonth), Period { from: d(2026, 4, 1), to: d(2026, 4, 30) });
        assert_eq!(p(PeriodKind::ThisQuarter), Period { from: d(2026, 4, 1), to: d(2026, 6, 30) });
        assert_eq!(p(PeriodKind::LastQuarter), Period { from: d(2026, 1, 1), to: d(2026, 3, 31) });
        assert_eq!(p(PeriodKind::ThisYear), Period { from: d(2026, 1, 1), to: d(2026, 12, 31) });
        assert_eq!(p(PeriodKind::LastYear), Period { from: d(2025, 1, 1), to: d(2025, 12, 31) });
        // Across the turn of the year.
        let jan = d(2027, 1, 3);
        assert_eq!(Period::named(PeriodKind::LastMonth, jan).from, d(2026, 12, 1));
        assert_eq!(
            Period::named(PeriodKind::LastQuarter, jan),
            Period { from: d(2026, 10, 1), to: d(2026, 12, 31) }
        );
        assert_eq!(Period::named(PeriodKind::LastMonth, d(2026, 3, 31)).to, d(2026, 2, 28));
    }

    #[test]
    fn months_of_a_range_and_codes() {
        let p = Period::range(d(2025, 11, 20), d(2026, 2, 3)).unwrap();
        let months: Vec<String> = p.months().iter().map(|m| m.to_string()).collect();
        assert_eq!(months, ["11.2025", "12.2025", "01.2026", "02.2026"]);
        assert!(p.touches(YearMonth::new(2025, 11).unwrap()) && !p.touches(YearMonth::new(2026, 3).unwrap()));
        assert!(Period::range(d(2026, 2, 3), d(2026, 2, 2)).is_none());
        for k in PeriodKind::ALL {
            assert_eq!(PeriodKind::from_code(k.code()), Some(k));
        }
    }
}
