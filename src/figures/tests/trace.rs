//! An erased client's trace counts where the client counted: the figures of whole-month
//! periods are the same before and after an erasure (issue 12), except what is counted on the
//! day the report is made for open cases (overdue follow-ups: an erased person is called by no
//! one).

use super::*;
use crate::domain::trace::DirectoryTowns;

/// The set with every client whose id `erase` picks replaced by their trace, as the store's
/// erasure does it.
fn erased(s: &Set, erase: impl Fn(u64) -> bool) -> (Records, u64) {
    let mut r = s.records.clone();
    let towns = DirectoryTowns::of(&r.offers);
    let mut open_overdue = 0;
    for c in s.records.clients.iter().filter(|c| erase(c.id)) {
        let referrals: Vec<(Referral, Vec<ReferralEvent>)> = r
            .referrals
            .iter()
            .filter(|x| x.client.0 == c.id)
            .map(|x| (x.clone(), r.events.iter().filter(|e| e.referral == x.id).cloned().collect()))
            .collect();
        open_overdue +=
            referrals.iter().filter(|(x, _)| crate::domain::referral::is_overdue(x, today())).count() as u64;
        r.traces.push(Trace::of(c, &r.consultations, &referrals, today(), &towns));
        let gone: Vec<ReferralId> = referrals.iter().map(|(x, _)| x.id).collect();
        r.clients.retain(|x| x.id != c.id);
        r.consultations.retain(|k| k.client != c.id);
        r.referrals.retain(|x| x.client.0 != c.id);
        r.events.retain(|e| !gone.contains(&e.referral));
    }
    (r, open_overdue)
}

/// The figures without what is counted on the day for open cases.
fn past(mut f: Figures) -> Figures {
    f.tables.retain(|t| t.id != TableId::Overdue);
    if let Some(t) = f.tables.iter_mut().find(|t| t.id == TableId::Overview) {
        t.rows.retain(|r| r.key != RowKey::Overview(Measure::Overdue));
    }
    f
}

#[test]
fn erasing_clients_leaves_the_figures_of_whole_month_periods_as_they_were() {
    let s = set();
    let periods = [
        q1(),
        Period::named(PeriodKind::ThisQuarter, today()),
        Period::named(PeriodKind::ThisYear, today()),
        Period::named(PeriodKind::LastMonth, today()),
        Period::range(d(2026, 2, 1), d(2026, 5, 31)).unwrap(),
    ];
    for (name, pick) in [
        ("every third", Box::new(|id: u64| id.is_multiple_of(3)) as Box<dyn Fn(u64) -> bool>),
        ("all", Box::new(|_| true)),
    ] {
        let (r, open_overdue) = erased(&s, pick);
        assert!(!r.traces.is_empty() && r.clients.len() < s.records.clients.len(), "{name}");
        for p in periods {
            let before = compute(&s.records.sources(), p, today());
            let after = compute(&r.sources(), p, today());
            assert_eq!(past(before.clone()), past(after.clone()), "{name}: {p:?}");
            // Every export format writes the same, apart from the day's overdue count.
            for lang in [Lang::De, Lang::En] {
                for format in [
                    render::Format::Text,
                    render::Format::Markdown,
                    render::Format::Csv,
                    render::Format::Json,
                ] {
                    assert_eq!(
                        render::report(&past(before.clone()), format, lang),
                        render::report(&past(after.clone()), format, lang),
                        "{name} {format:?} {lang:?}"
                    );
                }
            }
            assert_eq!(
                total(&before, Measure::Overdue) - total(&after, Measure::Overdue),
                open_overdue,
                "an erased person's follow-up is no longer due"
            );
        }
    }
}

#[test]
fn a_trace_holds_no_number_no_exact_day_and_no_typed_town() {
    let s = set();
    let (r, _) = erased(&s, |_| true);
    let ids: Vec<u64> = s.records.clients.iter().map(|c| c.id).collect();
    for t in &r.traces {
        let text = format!("{t:?}");
        assert!(!text.contains("id:") && !text.contains("ReferralId"), "{text}");
        for day in [t.first.month].iter().chain(t.consultations.iter().map(|k| &k.month)) {
            assert_eq!(day.day(), 1, "dates as months only");
        }
        for r in &t.referrals {
            assert_eq!(r.month.day(), 1);
            assert!(r.goal_reached.iter().all(|d| d.day() == 1));
        }
        // "Nirgendwo" is typed on records but is no town of the directory.
        assert!(!text.contains("Nirgendwo"), "{text}");
    }
    assert!(!ids.is_empty());
}
