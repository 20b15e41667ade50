//! "What is due today or overdue": the questions a counsellor's day starts with. Today is always
//! a parameter, never the clock, so the same data gives the same answer in tests and at the
//! desk.

use super::Referral;
use crate::domain::Client;
use crate::domain::date::Date;

/// Open and its follow-up is today or earlier.
pub fn is_due(referral: &Referral, today: Date) -> bool {
    referral.is_open() && referral.follow_up.is_some_and(|date| date <= today)
}

/// The follow-up date an intake set, when it is due (today or past) and still stands: the
/// intake was not saved again since that day (saving it — with a new date, none, or the same
/// — is dealing with it), and no open referral of the client carries the same date (a
/// referral made from the intake takes its date over and is due itself). Counted like a
/// referral's in the header and listed in the log (issue 9).
pub fn intake_follow_up_due(client: &Client, referrals: &[Referral], today: Date) -> Option<Date> {
    let date = client.follow_up.filter(|d| *d <= today && client.updated < *d)?;
    let carried =
        referrals.iter().any(|r| r.client.0 == client.id && r.is_open() && r.follow_up == Some(date));
    (!carried).then_some(date)
}

/// Open and its follow-up has passed.
pub fn is_overdue(referral: &Referral, today: Date) -> bool {
    referral.is_open() && referral.follow_up.is_some_and(|date| date < today)
}

/// Days since the referral was made (0 on its first day).
pub fn age_days(referral: &Referral, today: Date) -> i64 {
    referral.created.date().days_until(today)
}

/// The referral log as it opens. The variant tells the screen which heading to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogView<'a> {
    /// Due today or overdue, the longest waiting first.
    Due(Vec<&'a Referral>),
    /// Nothing is due: all open referrals, the next follow-up first, so the list is never
    /// empty while there is work ahead.
    Open(Vec<&'a Referral>),
}

impl<'a> LogView<'a> {
    pub fn referrals(&self) -> &[&'a Referral] {
        match self {
            LogView::Due(list) | LogView::Open(list) => list,
        }
    }
}

/// Builds the default log view. Order: follow-up date (oldest first), then urgent before not
/// urgent on the same day, then older referrals first, then id so the order is stable.
pub fn default_view(referrals: &[Referral], today: Date) -> LogView<'_> {
    let mut due: Vec<&Referral> = referrals.iter().filter(|r| is_due(r, today)).collect();
    if due.is_empty() {
        let mut open: Vec<&Referral> = referrals.iter().filter(|r| r.is_open()).collect();
        sort_for_log(&mut open);
        LogView::Open(open)
    } else {
        sort_for_log(&mut due);
        LogView::Due(due)
    }
}

fn sort_for_log(list: &mut [&Referral]) {
    list.sort_by_key(|r| (r.follow_up, !r.urgent, r.created, r.id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::referral::{ClientId, OfferSnapshot, ReferralId, ReferralStatus};
    use crate::domain::{Need, OfferId, Timestamp};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    fn referral(id: u64, created: Date, follow_up: Option<Date>, status: ReferralStatus) -> Referral {
        Referral {
            id: ReferralId(id),
            client: ClientId(1),
            offer: OfferId::parse("O-1").unwrap(),
            offer_snapshot: OfferSnapshot { title: "IQ".into(), provider: "IQ".into(), phone: String::new() },
            need: Need::Spr,
            created: Timestamp::from_naive(created.naive().and_hms_opt(9, 0, 0).unwrap()),
            by: "AB".into(),
            status,
            note: String::new(),
            urgent: false,
            follow_up,
            appointment: None,
        }
    }

    fn open(id: u64, follow_up: Date) -> Referral {
        referral(id, d(2025, 1, 1), Some(follow_up), ReferralStatus::InformationGiven)
    }

    fn ids(view: &LogView<'_>) -> Vec<u64> {
        view.referrals().iter().map(|r| r.id.0).collect()
    }

    #[test]
    fn due_and_overdue_around_today() {
        let today = d(2026, 3, 10);
        let cases =
            [(d(2026, 3, 9), true, true), (d(2026, 3, 10), true, false), (d(2026, 3, 11), false, false)];
        for (follow_up, due, overdue) in cases {
            let r = open(1, follow_up);
            assert_eq!(is_due(&r, today), due, "due {follow_up}");
            assert_eq!(is_overdue(&r, today), overdue, "overdue {follow_up}");
        }
    }

    #[test]
    fn due_across_month_and_year_boundaries() {
        let r = open(1, d(2025, 12, 31));
        assert!(!is_due(&r, d(2025, 12, 30)));
        assert!(is_due(&r, d(2025, 12, 31)) && !is_overdue(&r, d(2025, 12, 31)));
        assert!(is_overdue(&r, d(2026, 1, 1)));
        let r = open(2, d(2024, 2, 29));
        assert!(!is_due(&r, d(2024, 2, 28)));
        assert!(is_overdue(&r, d(2024, 3, 1)));
        let r = open(3, d(2026, 5, 1));
        assert!(!is_due(&r, d(2026, 4, 30)));
        assert!(is_due(&r, d(2026, 5, 1)));
    }

    #[test]
    fn closed_referrals_are_never_due() {
        // Even a damaged record that kept a follow-up on a closed referral stays out.
        let r = referral(1, d(2025, 1, 1), Some(d(2025, 2, 1)), ReferralStatus::GoalAchieved);
        assert!(!is_due(&r, d(2026, 1, 1)) && !is_overdue(&r, d(2026, 1, 1)));
        let r = referral(2, d(2025, 1, 1), None, ReferralStatus::DroppedOut);
        assert!(!is_due(&r, d(2026, 1, 1)));
    }

    #[test]
    fn age_counts_calendar_days_across_the_year() {
        let r = referral(1, d(2025, 12, 20), None, ReferralStatus::Suggested);
        assert_eq!(age_days(&r, d(2025, 12, 20)), 0);
        assert_eq!(age_days(&r, d(2026, 1, 3)), 14);
        assert_eq!(age_days(&r, d(2026, 3, 1)), 71);
    }

    #[test]
    fn default_view_lists_due_and_overdue_oldest_first() {
        let today = d(2026, 1, 5);
        let list = [
            open(1, d(2026, 1, 5)),
            open(2, d(2026, 1, 20)),
            open(3, d(2025, 12, 28)),
            referral(4, d(2025, 1, 1), None, ReferralStatus::NotReachable),
            open(5, d(2026, 1, 2)),
        ];
        let view = default_view(&list, today);
        assert!(matches!(view, LogView::Due(_)));
        assert_eq!(ids(&view), [3, 5, 1]);
    }

    #[test]
    fn same_day_puts_urgent_first_then_older_referrals() {
        let today = d(2026, 1, 5);
        let mut urgent = open(1, d(2026, 1, 5));
        urgent.urgent = true;
        urgent.created = Timestamp::from_naive(d(2025, 12, 30).naive().and_hms_opt(9, 0, 0).unwrap());
        let older = referral(2, d(2025, 11, 1), Some(d(2026, 1, 5)), ReferralStatus::Waitlisted);
        let newer = referral(3, d(2025, 12, 1), Some(d(2026, 1, 5)), ReferralStatus::Waitlisted);
        let list = [newer, older, urgent];
        assert_eq!(ids(&default_view(&list, today)), [1, 2, 3]);
    }

    #[test]
    fn nothing_due_falls_back_to_open_referrals_next_first() {
        let today = d(2026, 1, 5);
        let list = [
            open(1, d(2026, 2, 1)),
            referral(2, d(2025, 1, 1), None, ReferralStatus::GoalAchieved),
            open(3, d(2026, 1, 6)),
        ];
        let view = default_view(&list, today);
        assert!(matches!(view, LogView::Open(_)));
        assert_eq!(ids(&view), [3, 1]);

        let closed = [referral(1, d(2025, 1, 1), None, ReferralStatus::OutcomeUnknown)];
        assert_eq!(default_view(&closed, today), LogView::Open(Vec::new()));
        assert_eq!(default_view(&[], today), LogView::Open(Vec::new()));
    }
}
