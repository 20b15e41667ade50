//! Does an offer's stated eligibility fit a client? Offers that do not fit are marked with the
//! reason, never silently hidden: the counsellor decides (a rule may have exceptions, an
//! answer may be out of date).

use super::client::{Age, AgeBand, Caller, Client, Place};
use super::date::Date;
use super::group::{CaseGroup, GroupTag, TargetGroup};
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
    /// The offer does not serve the town the client lives in (a city-only office elsewhere, or
    /// a district office that excludes the client's town, which has its own).
    Town,
    /// An offer for employers only (tag EMP, no target group): not for a person's case.
    EmployersOnly,
    /// An employer contact, and the offer is for persons (no EMP tag).
    PersonsOnly,
}

/// The offer is for employers only: tagged EMP and open to no person group or audience.
pub fn employers_only(offer: &Offer) -> bool {
    offer.tags.contains(&GroupTag::Emp)
        && offer.target_groups.is_empty()
        && !offer.tags.iter().any(|t| matches!(t, GroupTag::Ref | GroupTag::Eu))
}

/// The client is an employer contact (the EMP case), not a person's case.
pub fn is_employer(client: &Client) -> bool {
    matches!(client.group.as_ref().map(|g| g.group), Some(CaseGroup::Emp))
        || client.contact.caller == Caller::EmployerHiring
}

/// The town in the region the client lives in, if the intake recorded one.
pub fn client_town(client: &Client) -> Option<&str> {
    match &client.stay.place {
        Some(Place::InRegion { town: Some(t) }) if !t.trim().is_empty() => Some(t.as_str()),
        _ => None,
    }
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
    if is_employer(client) {
        // An employer's questions: only offers for employers fit; a person's conditions (age,
        // German, residence) say nothing about an employer.
        if !offer.tags.contains(&GroupTag::Emp) {
            out.push(Mismatch::PersonsOnly);
        }
        return out;
    }
    if employers_only(offer) {
        out.push(Mismatch::EmployersOnly);
    }
    // The group as decided, else as suggested. The offer's REF/EU tags open it to those
    // audiences beside its groups: an EU citizen in group A fits an offer open to EU citizens.
    let group = client.group.as_ref().map(|g| g.group).unwrap_or(CaseGroup::NotAssigned);
    let tagged = client.group.as_ref().is_some_and(|d| {
        d.computed.tags.iter().any(|t| matches!(t, GroupTag::Ref | GroupTag::Eu) && offer.tags.contains(t))
    });
    if let CaseGroup::Group(g) = group
        && !offer.target_groups.is_empty()
        && !offer.target_groups.contains(&g)
        && !tagged
        && !client
            .group
            .as_ref()
            .is_some_and(|d| d.secondary_d && offer.target_groups.contains(&TargetGroup::D))
    {
        out.push(Mismatch::Group(g));
    }
    if let Some(town) = client_town(client)
        && !offer.serves_town(town)
    {
        out.push(Mismatch::Town);
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

    fn decided(c: &mut Client) {
        let a = assign(c, today());
        c.group = Some(GroupDecision::confirm(a, today()));
    }

    #[test]
    fn ref_and_eu_tags_open_an_offer_beside_its_groups() {
        let mut o = offer();
        o.target_groups = vec![TargetGroup::B, TargetGroup::D].into();
        o.tags = vec![GroupTag::Eu].into();
        let mut c = client();
        c.person.nationality = crate::domain::client::CountryCode::parse("PL");
        decided(&mut c);
        let g = c.group.as_ref().unwrap();
        assert!(g.computed.tags.contains(&GroupTag::Eu), "{:?}", g.computed.tags);
        c.group.as_mut().unwrap().group = CaseGroup::Group(TargetGroup::A);
        assert!(
            mismatches(&o, &c, today()).is_empty(),
            "an EU citizen in A fits an offer open to EU citizens"
        );
        o.tags = vec![GroupTag::Ref].into();
        assert_eq!(mismatches(&o, &c, today()), vec![Mismatch::Group(TargetGroup::A)]);
    }

    #[test]
    fn employer_offers_and_employer_contacts() {
        let mut emp = offer();
        emp.tags = vec![GroupTag::Emp].into();
        let mut both = offer();
        both.tags = vec![GroupTag::Emp, GroupTag::Ref].into();
        let person = client();
        assert_eq!(mismatches(&emp, &person, today()), vec![Mismatch::EmployersOnly]);
        assert!(mismatches(&both, &person, today()).is_empty(), "open to refugees and employers");
        let mut boss = client();
        boss.contact.caller = Caller::EmployerHiring;
        assert!(is_employer(&boss));
        assert!(mismatches(&emp, &boss, today()).is_empty());
        assert!(mismatches(&both, &boss, today()).is_empty());
        let mut jmd = offer();
        jmd.eligibility.max_age = Some(27);
        assert_eq!(mismatches(&jmd, &boss, today()), vec![Mismatch::PersonsOnly]);
    }

    #[test]
    fn the_clients_town_marks_offers_that_do_not_serve_it() {
        use crate::domain::ServiceArea;
        let mut district = offer();
        district.area_excludes = vec!["Hafenau".into()];
        let mut city = offer();
        city.service_area = ServiceArea::City;
        city.town = "Hafenau".into();
        let mut c = client();
        assert!(mismatches(&district, &c, today()).is_empty(), "no town recorded: nothing counts");
        c.stay.place = Some(Place::InRegion { town: Some("HAFENAU".into()) });
        assert_eq!(mismatches(&district, &c, today()), vec![Mismatch::Town]);
        assert!(mismatches(&city, &c, today()).is_empty());
        c.stay.place = Some(Place::InRegion { town: Some("Birkwald".into()) });
        assert!(mismatches(&district, &c, today()).is_empty());
        assert_eq!(mismatches(&city, &c, today()), vec![Mismatch::Town]);
        c.stay.place = Some(Place::ElsewhereInGermany);
        assert!(mismatches(&city, &c, today()).is_empty(), "not certain: no mark");
    }
}
