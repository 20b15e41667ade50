//! A few fictional clients and referrals for the demo, so that the client list, the log and
//! the follow-ups can be tried: pseudonyms only (no names, no contact data), one referral due
//! today, one overdue, one in the future and one closed. Built through the domain's own rules,
//! relative to the day the demo runs.

use crate::domain::client::*;
use crate::domain::referral::{NewReferral, Postpone, change_status, create, postpone};
use crate::domain::rules::assign;
use crate::domain::*;

/// (client, offer, need, referred days ago, follow-up moved to today + n, note)
type Planned = (u64, &'static str, Need, i64, Option<i64>, &'static str);

/// Demo clients and their referrals, each referral with every event of its history. Client
/// numbers come from `client_id`, referral numbers from `referral_id` (the store's counters, so
/// that later records never collide with them).
pub fn cases(
    today: Date,
    offers: &[Offer],
    client_id: &mut dyn FnMut() -> u64,
    referral_id: &mut dyn FnMut() -> u64,
) -> (Vec<Client>, Vec<(Referral, ReferralEvent)>) {
    let clients = vec![engineer(today, client_id()), teacher(today, client_id()), spouse(today, client_id())];
    let offer = |id: &str| offers.iter().find(|o| o.id.as_str() == id);
    let mut referrals = Vec::new();
    // Referred some days ago, so that follow-ups fall due today, are overdue or lie ahead.
    let plan: [Planned; 5] = [
        (1, "IQ-ANERK", Need::Ane, 42, None, "Zeugnisse übersetzen lassen, dann Termin"),
        (1, "AA-HAFENAU", Need::Arb, 20, Some(-3), "Arbeitsuchend melden"),
        (2, "ANE-LEHR", Need::Ane, 3, None, "Antrag mit Fächerübersicht"),
        (2, "SPR-BSK-B2", Need::Spr, 30, Some(0), "Einstufungstest anfragen"),
        (3, "SPR-IK-KIBE", Need::Spr, 60, None, "Kurs mit Kinderbetreuung"),
    ];
    for (which, offer_id, need, days_ago, follow_up, note) in plan {
        let client = clients[which as usize - 1].id;
        let Some(o) = offer(offer_id) else { continue };
        let at = Timestamp::from_naive(
            today.add_days(-days_ago).naive().and_hms_opt(10, 15, 0).unwrap_or_default(),
        );
        let mut new = NewReferral::new(ReferralId(referral_id()), ClientId(client), need);
        new.status = ReferralStatus::InformationGiven;
        new.note = note.into();
        let Ok((mut r, ev)) = create(new, o, true, at, "Demo") else { continue };
        let mut events = vec![ev];
        if let Some(d) = follow_up {
            // Moved by hand to land exactly on (or before) today.
            if let Ok((moved, ev)) = postpone(&r, Postpone::On(today.add_days(d)), "", at, "Demo") {
                r = moved;
                events.push(ev);
            }
        }
        if which == 3 {
            let later =
                Timestamp::from_naive(today.add_days(-10).naive().and_hms_opt(9, 0, 0).unwrap_or_default());
            if let Ok((closed, ev)) =
                change_status(&r, ReferralStatus::GoalAchieved, "Kurs begonnen", true, None, later, "Demo")
            {
                r = closed;
                events.push(ev);
            }
        }
        for ev in events {
            referrals.push((r.clone(), ev));
        }
    }
    (clients, referrals)
}

fn consented(day: Date) -> Consent {
    use crate::domain::client::Purpose::*;
    let mut c = Consent::given(day, ConsentForm::Verbal, &[Storage, FollowUp, Partners, Statistics]);
    c.partners = "IQ Anerkennungsberatung, MBE".into();
    c
}

fn base(id: u64, today: Date, days_ago: i64, pseudonym: &str) -> Client {
    let day = today.add_days(-days_ago);
    let mut c = Client::new(id, FirstContact::new(day, ContactChannel::Phone));
    c.consent = consented(day);
    c.identity = Identity::Anonymous { pseudonym: Some(SensitiveText::new(pseudonym)) };
    c
}

fn decided(mut c: Client, today: Date) -> Client {
    c.group = Some(GroupDecision::confirm(assign(&c, today), today));
    c
}

/// An engineer from Syria, nine years here, in a warehouse below his qualification: D (H2), REF.
fn engineer(today: Date, id: u64) -> Client {
    let mut c = base(id, today, 42, "Demo Ahorn");
    c.person.nationality = CountryCode::parse("SY");
    c.stay.arrival = Some(Arrival::Month(YearMonth::of(today.add_months(-108))));
    c.stay.basis = Some(ResidenceBasis::Perm);
    c.stay.fled = Some(true);
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.occupation = Some("Bauingenieur".into());
    c.qualification.recognition = Some(RecognitionStatus::NotStarted);
    c.employment.status = Some(EmploymentStatus::EmployedBelowQualification);
    c.employment.since = Some(today.add_months(-30));
    c.needs = vec![Need::Ane, Need::Arb];
    decided(c, today)
}

/// A teacher who arrived two months ago to work: A.
fn teacher(today: Date, id: u64) -> Client {
    let mut c = base(id, today, 30, "Demo Birke");
    c.person.nationality = CountryCode::parse("IN");
    c.stay.arrival = Some(Arrival::Month(YearMonth::of(today.add_months(-2))));
    c.stay.basis = Some(ResidenceBasis::Emp);
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.occupation = Some("Lehrerin".into());
    c.person.german = Some(GermanSkill { level: GermanLevel::A2, evidence: Some(Evidence::SelfAssessed) });
    c.needs = vec![Need::Ane, Need::Spr];
    decided(c, today)
}

/// A spouse under family reunification with young children, eight months here: B.
fn spouse(today: Date, id: u64) -> Client {
    let mut c = base(id, today, 60, "Demo Zeder");
    c.person.nationality = CountryCode::parse("TR");
    c.person.household =
        Household { partner: Some(true), children_ages: Some(vec![2, 5]), single_parent: Some(false) };
    c.stay.arrival = Some(Arrival::Month(YearMonth::of(today.add_months(-8))));
    c.stay.basis = Some(ResidenceBasis::Fam);
    c.stay.anchor_works_or_studies = Some(true);
    c.needs = vec![Need::Spr, Need::Kin];
    decided(c, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::referral::{is_due, is_overdue};

    #[test]
    fn the_demo_cases_show_every_kind_of_follow_up() {
        let today = Date::from_ymd(2026, 11, 25).unwrap();
        let offers = super::super::offers(today);
        let (mut c, mut r) = (0, 100);
        let (clients, referrals) = cases(
            today,
            &offers,
            &mut || {
                c += 1;
                c
            },
            &mut || {
                r += 1;
                r
            },
        );
        assert_eq!(clients.len(), 3);
        let groups: Vec<_> = clients.iter().map(|c| c.group.as_ref().unwrap().group).collect();
        assert_eq!(
            groups,
            [
                CaseGroup::Group(TargetGroup::D),
                CaseGroup::Group(TargetGroup::A),
                CaseGroup::Group(TargetGroup::B)
            ]
        );
        assert!(clients.iter().all(|c| c.identity.is_anonymous()), "no names in the demo");
        // The last event of each referral carries its final state.
        let mut last = std::collections::BTreeMap::new();
        for (r, _) in &referrals {
            last.insert(r.id, r.clone());
        }
        let rs: Vec<_> = last.values().collect();
        assert_eq!(rs.len(), 5);
        assert!(rs.iter().any(|r| is_overdue(r, today)));
        assert!(rs.iter().any(|r| is_due(r, today) && !is_overdue(r, today)));
        assert!(rs.iter().any(|r| r.is_open() && !is_due(r, today)));
        assert!(rs.iter().any(|r| !r.is_open()));
    }
}
