//! Does an offer's stated eligibility fit a client? Offers that do not fit are marked with the
//! reason, never silently hidden: the counsellor decides (a rule may have exceptions, an
//! answer may be out of date).

use super::client::{Age, AgeBand, Client};
use super::date::Date;
use super::group::{CaseGroup, TargetGroup};
use super::offer::Offer;
use super::residence::{GermanLevel, ResidenceBasis};

/// Why an offer does not fit a client. Only what the client's answers show for certain: an
/// unanswered question never counts against an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// The offer names target groups and the client's group is not among them.
    Group(TargetGroup),
    /// The client is younger than the offer's minimum age.
    TooYoung { min: u8 },
    /// The client is older than the offer's maximum age.
    TooOld { max: u8 },
    /// The client's German is below the offer's minimum.
    German { min: GermanLevel },
    /// The offer is only for certain residence bases, not the client's.
    Residence(ResidenceBasis),
}

/// The client's age range in whole years on `today`, as far as the answers tell.
fn age_range(age: Age, today: Date) -> (i32, i32) {
    match age {
        // A year of birth leaves the birthday open: one of two ages.
        Age::BirthYear(y) => (today.year() - y - 1, today.year() - y),
        Age::Band(AgeBand::Under18) => (0, 17),
        Age::Band(AgeBand::From18To26) => (18, 26),
        Age::Band(AgeBand::From27To29) => (27, 29),
        Age::Band(AgeBand::From30To54) => (30, 54),
        Age::Band(AgeBand::From55) => (55, 150),
    }
}

/// The reasons `offer` does not fit `client`; empty when it fits (or nothing speaks against).
pub fn mismatches(offer: &Offer, client: &Client, today: Date) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let e = &offer.eligibility;
    // The group as decided, else as suggested.
    let group = client.group.as_ref().map(|g| g.group).unwrap_or(CaseGroup::NotAssigned);
    if let CaseGroup::Group(g) = group
        && !offer.target_groups.is_empty()
        && !offer.target_groups.contains(&g)
        && !client
            .group
            .as_ref()
            .is_some_and(|d| d.secondary_d && offer.target_groups.contains(&TargetGroup::D))
    {
        out.push(Mismatch::Group(g));
    }
    if let Some(age) = client.person.age {
        let (lo, hi) = age_range(age, today);
        if let Some(min) = e.min_age
            && hi < i32::from(min)
        {
            out.push(Mismatch::TooYoung { min });
        }
        if let Some(max) = e.max_age
            && lo > i32::from(max)
        {
            out.push(Mismatch::TooOld { max });
        }
    }
    if let (Some(min), Some(skill)) = (e.min_german, client.person.german)
        && skill.level < min
    {
        out.push(Mismatch::German { min });
    }
    if let Some(basis) = client.stay.basis
        && !e.residence.is_empty()
        && !e.residence.contains(&basis)
    {
        out.push(Mismatch::Residence(basis));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::OfferId;
    use crate::domain::client::GroupDecision;
    use crate::domain::client::{ContactChannel, Evidence, FirstContact, GermanSkill};
    use crate::domain::rules::assign;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 25).unwrap()
    }

    fn client() -> Client {
        Client::new(1, FirstContact::new(today(), ContactChannel::Phone))
    }

    fn offer() -> Offer {
        Offer::new(OfferId::parse("o").unwrap(), "Angebot")
    }

    #[test]
    fn unanswered_questions_never_count_against_an_offer() {
        let mut o = offer();
        o.eligibility.min_age = Some(27);
        o.eligibility.min_german = Some(GermanLevel::B1);
        o.eligibility.residence = vec![ResidenceBasis::Hum].into();
        o.target_groups = vec![TargetGroup::A].into();
        assert!(mismatches(&o, &client(), today()).is_empty());
    }

    #[test]
    fn jmd_and_mbe_age_limits() {
        let mut jmd = offer();
        (jmd.eligibility.min_age, jmd.eligibility.max_age) = (Some(12), Some(27));
        let mut mbe = offer();
        mbe.eligibility.min_age = Some(27);
        let mut c = client();
        c.person.age = Some(Age::BirthYear(1990)); // 35 or 36
        assert_eq!(mismatches(&jmd, &c, today()), vec![Mismatch::TooOld { max: 27 }]);
        assert!(mismatches(&mbe, &c, today()).is_empty());
        c.person.age = Some(Age::Band(AgeBand::From18To26));
        assert!(mismatches(&jmd, &c, today()).is_empty());
        assert_eq!(mismatches(&mbe, &c, today()), vec![Mismatch::TooYoung { min: 27 }]);
        // Born 1999: 26 or 27 this year — could be either, so neither offer is ruled out.
        c.person.age = Some(Age::BirthYear(1999));
        assert!(mismatches(&jmd, &c, today()).is_empty());
        assert!(mismatches(&mbe, &c, today()).is_empty());
    }

    #[test]
    fn german_level_residence_and_group() {
        let mut o = offer();
        o.eligibility.min_german = Some(GermanLevel::B1);
        o.eligibility.residence = vec![ResidenceBasis::Hum, ResidenceBasis::Asyl].into();
        o.target_groups = vec![TargetGroup::D].into();
        let mut c = client();
        c.person.german =
            Some(GermanSkill { level: GermanLevel::A2, evidence: Some(Evidence::SelfAssessed) });
        c.stay.basis = Some(ResidenceBasis::Emp);
        c.group = Some(
            GroupDecision::choose(assign(&c, today()), today(), CaseGroup::Group(TargetGroup::A), false, "x")
                .unwrap(),
        );
        assert_eq!(
            mismatches(&o, &c, today()),
            vec![
                Mismatch::Group(TargetGroup::A),
                Mismatch::German { min: GermanLevel::B1 },
                Mismatch::Residence(ResidenceBasis::Emp)
            ]
        );
        c.person.german = Some(GermanSkill { level: GermanLevel::B1, evidence: Some(Evidence::Certificate) });
        c.stay.basis = Some(ResidenceBasis::Hum);
        c.group = Some(
            GroupDecision::choose(assign(&c, today()), today(), CaseGroup::Group(TargetGroup::B), true, "x")
                .unwrap(),
        );
        assert!(mismatches(&o, &c, today()).is_empty(), "secondary D fits a D offer");
    }
}
