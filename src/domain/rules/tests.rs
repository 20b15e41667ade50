//! Rules R1–R5 one by one, every threshold a day before, on and after its boundary, and the
//! cases named in the intake issue. `today` is always passed in, never read from the clock.

use super::*;
use crate::domain::client::*;
use crate::domain::date::YearMonth;

mod by_rule;
mod thresholds;

const A: CaseGroup = CaseGroup::Group(TargetGroup::A);
const B: CaseGroup = CaseGroup::Group(TargetGroup::B);
const C: CaseGroup = CaseGroup::Group(TargetGroup::C);
const D: CaseGroup = CaseGroup::Group(TargetGroup::D);
const NONE: CaseGroup = CaseGroup::NotAssigned;
const REF: GroupTag = GroupTag::Ref;
const EU: GroupTag = GroupTag::Eu;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn arrived(y: i32, m: u8) -> Option<Arrival> {
    Some(Arrival::Month(YearMonth::new(y, m).unwrap()))
}

/// The day the cases are told on.
fn today() -> Date {
    day(2026, 5, 10)
}

fn intake() -> Client {
    Client::new(1, FirstContact::new(day(2026, 1, 2), ContactChannel::Phone))
}

/// A Fachkraft with a foreign degree, nothing else answered.
fn skilled() -> Client {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.obtained_in = Some(ObtainedIn::Abroad { country: None });
    c
}

fn expect(a: &Assignment, primary: CaseGroup, secondary_d: bool, tags: &[GroupTag], barriers: &[Barrier]) {
    assert_eq!(a.primary, primary, "primary group; trace: {:#?}", a.trace);
    assert_eq!(a.secondary_d, secondary_d, "secondary D; check: {:#?}", a.secondary_check);
    assert_eq!(a.tags, tags, "tags");
    assert_eq!(a.barrier_list(), barriers, "barriers in effect");
}

// ---- The cases of the issue -------------------------------------------------------------

#[test]
fn blue_card_holder_arrived_two_months_ago_is_a() {
    let mut c = skilled();
    c.person.nationality = CountryCode::parse("IN");
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    c.employment.status = Some(EmploymentStatus::Employed);
    c.employment.since = Some(day(2026, 3, 15));
    expect(&assign(&c, today()), A, false, &[], &[]);
}

#[test]
fn spouse_under_section_30_eight_months_without_work_is_b_with_secondary_d() {
    let mut c = skilled();
    c.person.nationality = CountryCode::parse("TR");
    c.person.german = Some(GermanSkill { level: GermanLevel::B1, evidence: Some(Evidence::Certificate) });
    c.stay.arrival = arrived(2025, 7);
    c.stay.basis = Some(ResidenceBasis::Fam);
    c.stay.anchor_works_or_studies = Some(true);
    c.employment.status = Some(EmploymentStatus::Unemployed);
    c.employment.since = Some(day(2025, 9, 10));
    c.employment.wants_work = Some(true);
    let a = assign(&c, today());
    expect(&a, B, true, &[], &[Barrier::H1]);
    assert_eq!(a.barriers[0].source, BarrierSource::Derived);
    let secondary = a.secondary_check.as_ref().unwrap();
    assert_eq!((secondary.rule, secondary.fired), (RuleId::R3, true));
}

#[test]
fn engineer_from_syria_below_qualification_is_d_with_ref() {
    let mut c = skilled();
    c.person.nationality = CountryCode::parse("SY");
    c.person.german = Some(GermanSkill { level: GermanLevel::B2, evidence: Some(Evidence::SelfAssessed) });
    c.qualification.occupation = Some("Bauingenieur".into());
    c.qualification.recognition = Some(RecognitionStatus::NotStarted);
    c.stay.arrival = arrived(2017, 4);
    c.stay.basis = Some(ResidenceBasis::Perm);
    c.stay.fled = Some(true);
    c.employment.status = Some(EmploymentStatus::EmployedBelowQualification);
    c.employment.since = Some(day(2019, 6, 1));
    expect(&assign(&c, today()), D, false, &[REF], &[Barrier::H2]);
}

#[test]
fn single_mother_from_ukraine_under_section_24_is_d_with_h1_h4_h5_and_ref() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Vocational);
    c.person.nationality = CountryCode::parse("UA");
    c.person.german = Some(GermanSkill { level: GermanLevel::A2, evidence: Some(Evidence::Certificate) });
    c.person.household =
        Household { partner: Some(false), children_ages: Some(vec![6, 9]), single_parent: Some(true) };
    c.stay.arrival = arrived(2025, 2);
    c.stay.basis = Some(ResidenceBasis::Hum);
    c.employment.status = Some(EmploymentStatus::Unemployed);
    c.employment.since = Some(day(2025, 10, 10));
    c.employment.wants_work = Some(true);
    expect(&assign(&c, today()), D, false, &[REF], &[Barrier::H1, Barrier::H4, Barrier::H5]);
}

#[test]
fn graduate_three_weeks_after_a_german_degree_is_c() {
    let mut c = intake();
    c.person.nationality = CountryCode::parse("IN");
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.obtained_in = Some(ObtainedIn::Germany);
    c.qualification.completed = Some(day(2026, 4, 19));
    c.stay.arrival = arrived(2021, 10);
    c.stay.basis = Some(ResidenceBasis::Study);
    let a = assign(&c, today());
    expect(&a, C, false, &[], &[]);
    assert_eq!(a.trace.len(), 1, "R1 is the first rule");
    assert_eq!(a.secondary_check.as_ref().map(|r| r.fired), Some(false));
}

#[test]
fn spanish_physiotherapist_arrived_a_month_ago_is_a_with_eu() {
    let mut c = intake();
    c.person.nationality = CountryCode::parse("ES");
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.occupation = Some("Physiotherapeutin".into());
    c.qualification.obtained_in = Some(ObtainedIn::Abroad { country: CountryCode::parse("ES") });
    c.qualification.regulated = Some(Regulated::Yes);
    c.qualification.recognition = Some(RecognitionStatus::NotStarted);
    c.stay.arrival = arrived(2026, 4);
    c.stay.basis = Some(ResidenceBasis::Eu);
    expect(&assign(&c, today()), A, false, &[EU], &[]);
}

#[test]
fn employer_calling_about_hiring_is_emp_and_no_person_case() {
    let mut c = skilled();
    c.contact.caller = Caller::EmployerHiring;
    // Whatever else was typed, an employer contact is not a person case.
    c.person.nationality = CountryCode::parse("ES");
    c.stay.basis = Some(ResidenceBasis::Asyl);
    let a = assign(&c, today());
    expect(&a, CaseGroup::Emp, false, &[], &[]);
    assert_eq!(a.trace.len(), 1);
    assert_eq!((a.trace[0].rule, a.trace[0].fired), (RuleId::Emp, true));
    assert_eq!(a.secondary_check, None);

    // An employer calling for one employee opens a person case like any other.
    c.contact.caller = Caller::EmployerForPerson;
    assert_ne!(assign(&c, today()).primary, CaseGroup::Emp);
}

// ---- The trace --------------------------------------------------------------------------------

#[test]
fn trace_names_the_rules_checked_and_the_facts_of_the_one_that_fired() {
    let mut c = skilled();
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    let a = assign(&c, today());
    let rules: Vec<(RuleId, bool)> = a.trace.iter().map(|r| (r.rule, r.fired)).collect();
    assert_eq!(rules, [(RuleId::R1, false), (RuleId::R2, false), (RuleId::R3, false), (RuleId::R4, true)]);
    assert_eq!(
        a.fired().unwrap().facts,
        [
            Fact {
                kind: FactKind::SkilledWorker,
                held: true,
                value: FactValue::Level(QualificationLevel::Academic)
            },
            Fact { kind: FactKind::NewlyArrived, held: true, value: FactValue::Months(2) },
            Fact {
                kind: FactKind::QualifyingBasis,
                held: true,
                value: FactValue::Basis(ResidenceBasis::Emp)
            },
        ]
    );
    // Why R3 failed: the Fachkraft holds, there is no barrier.
    assert_eq!(
        a.trace[2].facts[1],
        Fact { kind: FactKind::Barriers, held: false, value: FactValue::Barriers(vec![]) }
    );
    // Why R2 failed: no family reunification (basis EMP), anchor not stated.
    let r2: Vec<(FactKind, bool, &FactValue)> =
        a.trace[1].facts.iter().map(|f| (f.kind, f.held, &f.value)).collect();
    assert_eq!(
        r2,
        [
            (FactKind::FamilyReunification, false, &FactValue::Basis(ResidenceBasis::Emp)),
            (FactKind::AnchorWorksOrStudies, false, &FactValue::Missing),
            (FactKind::NewlyArrived, true, &FactValue::Months(2)),
        ]
    );
    assert_eq!(a.secondary_check, None, "A has no secondary group");
}

#[test]
fn the_decision_keeps_the_suggestion_and_an_override_needs_a_reason() {
    let mut c = skilled();
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    let a = assign(&c, today());
    let kept = GroupDecision::choose(a.clone(), today(), A, false, "").unwrap();
    assert!(!kept.is_override());
    assert_eq!(GroupDecision::choose(a.clone(), today(), D, false, "  "), Err(ReasonRequired));
    let d = GroupDecision::choose(a.clone(), today(), D, false, "Anerkennung faktisch blockiert").unwrap();
    assert!(d.is_override());
    assert_eq!((d.group, d.computed.primary), (D, A));
    assert_eq!(d.override_reason.unwrap().as_str(), "Anerkennung faktisch blockiert");
}
