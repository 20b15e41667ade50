//! Each rule R1–R5 on its own: what makes it fire, what does not, and the order between them.

use super::*;

// ---- R1 → C -------------------------------------------------------------------------------

#[test]
fn r1_studying_in_the_final_term_is_c() {
    let mut c = intake();
    c.qualification.in_final_term = Some(true);
    expect(&assign(&c, today()), C, false, &[], &[]);
    c.qualification.in_final_term = Some(false);
    expect(&assign(&c, today()), NONE, false, &[], &[]);
}

#[test]
fn r1_post_study_job_search_is_c_but_section_20a_is_not() {
    let mut c = skilled();
    c.stay.arrival = arrived(2026, 1);
    c.stay.basis = Some(ResidenceBasis::PostStudy);
    expect(&assign(&c, today()), C, false, &[], &[]);
    c.stay.basis = Some(ResidenceBasis::JobSeek);
    expect(&assign(&c, today()), A, false, &[], &[]);
}

#[test]
fn r1_needs_a_german_degree_or_training_not_a_foreign_one_or_a_school_certificate() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.obtained_in = Some(ObtainedIn::Abroad { country: CountryCode::parse("IN") });
    c.qualification.completed = Some(day(2026, 3, 1));
    assert_ne!(assign(&c, today()).primary, C);
    c.qualification.obtained_in = Some(ObtainedIn::Germany);
    c.qualification.level = Some(QualificationLevel::School);
    assert_ne!(assign(&c, today()).primary, C);
    c.qualification.level = Some(QualificationLevel::Vocational);
    assert_eq!(assign(&c, today()).primary, C);
}

#[test]
fn r1_a_completion_date_still_ahead_does_not_count() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.obtained_in = Some(ObtainedIn::Germany);
    c.qualification.completed = Some(today().add_days(1));
    let a = assign(&c, today());
    assert_eq!(a.primary, NONE);
    assert_eq!(a.trace[0].facts[1].value, FactValue::NotYet);
}

#[test]
fn r1_c_gets_secondary_d_when_barriers_apply() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Academic);
    c.qualification.in_final_term = Some(true);
    c.barriers = vec![Barrier::H7];
    let a = assign(&c, today());
    expect(&a, C, true, &[], &[Barrier::H7]);
    assert_eq!(a.barriers[0].source, BarrierSource::Recorded);
}

// ---- R2 → B -------------------------------------------------------------------------------

/// Newly arrived, joining a partner who works here; no qualification recorded.
fn family_member(basis: ResidenceBasis) -> Client {
    let mut c = intake();
    c.stay.arrival = arrived(2025, 11);
    c.stay.basis = Some(basis);
    c.stay.joins_family = Some(true);
    c.stay.anchor_works_or_studies = Some(true);
    c
}

#[test]
fn r2_family_reunification_eu_family_and_joining_from_abroad_are_b() {
    expect(&assign(&family_member(ResidenceBasis::Fam), today()), B, false, &[], &[]);

    let mut eu_family = family_member(ResidenceBasis::Eu);
    eu_family.person.nationality = CountryCode::parse("FR");
    expect(&assign(&eu_family, today()), B, false, &[EU], &[]);

    let mut abroad = family_member(ResidenceBasis::Abroad);
    abroad.stay.arrival = Some(Arrival::NotYetArrived);
    expect(&assign(&abroad, today()), B, false, &[], &[]);
}

#[test]
fn r2_an_eu_citizen_who_came_on_their_own_is_not_b() {
    let mut c = family_member(ResidenceBasis::Eu);
    c.stay.joins_family = Some(false);
    assert_eq!(assign(&c, today()).primary, NONE);
    c.stay.joins_family = None;
    assert_eq!(assign(&c, today()).primary, NONE);
}

#[test]
fn r2_needs_an_anchor_person_with_a_work_or_study_title() {
    let mut c = family_member(ResidenceBasis::Fam);
    c.stay.anchor_works_or_studies = Some(false);
    let a = assign(&c, today());
    assert_eq!(a.primary, NONE);
    let r2 = &a.trace[1];
    assert_eq!(r2.rule, RuleId::R2);
    let failed: Vec<FactKind> = r2.facts.iter().filter(|f| !f.held).map(|f| f.kind).collect();
    assert_eq!(failed, [FactKind::AnchorWorksOrStudies]);
}

#[test]
fn r2_secondary_d_only_for_a_fachkraft() {
    let mut c = family_member(ResidenceBasis::Fam);
    c.barriers = vec![Barrier::H5];
    expect(&assign(&c, today()), B, false, &[], &[Barrier::H5]);
    c.qualification.level = Some(QualificationLevel::Vocational);
    expect(&assign(&c, today()), B, true, &[], &[Barrier::H5]);
}

// ---- R3 → D, R4 → A -------------------------------------------------------------------------

#[test]
fn r3_comes_before_r4_a_newly_arrived_fachkraft_with_a_barrier_is_d() {
    let mut c = skilled();
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    c.barriers = vec![Barrier::H7];
    expect(&assign(&c, today()), D, false, &[], &[Barrier::H7]);
}

#[test]
fn r3_needs_a_fachkraft() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::School);
    c.barriers = vec![Barrier::H3];
    expect(&assign(&c, today()), NONE, false, &[], &[Barrier::H3]);
}

#[test]
fn r4_every_qualifying_residence_basis_and_no_other() {
    use ResidenceBasis::*;
    for basis in ResidenceBasis::ALL {
        let mut c = skilled();
        c.stay.arrival = arrived(2026, 1);
        c.stay.basis = Some(basis);
        let expected = match basis {
            Emp | JobSeek | Recog | Eu | Abroad => A,
            PostStudy => C,
            Study | Fam | Hum | Perm | De => NONE,
            Asyl | Duld => D, // H8
        };
        assert_eq!(assign(&c, today()).primary, expected, "{basis:?}");
    }
}

#[test]
fn r4_still_abroad_is_enough_even_without_a_basis() {
    let mut c = skilled();
    c.stay.arrival = Some(Arrival::NotYetArrived);
    let a = assign(&c, today());
    expect(&a, A, false, &[], &[]);
    let r4 = a.fired().unwrap();
    assert_eq!(r4.facts[1].value, FactValue::StillAbroad);
    assert_eq!(r4.facts[2].value, FactValue::Basis(ResidenceBasis::Abroad));

    // A study visa not used yet: still abroad counts.
    c.stay.basis = Some(ResidenceBasis::Study);
    assert_eq!(assign(&c, today()).primary, A);
}

#[test]
fn r4_needs_a_fachkraft() {
    let mut c = intake();
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    c.qualification.level = Some(QualificationLevel::School);
    assert_eq!(assign(&c, today()).primary, NONE);
    c.qualification.level = None;
    assert_eq!(assign(&c, today()).primary, NONE);
}

// ---- R5: tags, not assigned -------------------------------------------------------------------

#[test]
fn r5_nobody_matching_is_not_assigned() {
    let a = assign(&intake(), today());
    expect(&a, NONE, false, &[], &[]);
    let rules: Vec<RuleId> = a.trace.iter().map(|r| r.rule).collect();
    assert_eq!(rules, [RuleId::R1, RuleId::R2, RuleId::R3, RuleId::R4, RuleId::R5]);
    assert!(a.trace[..4].iter().all(|r| !r.fired));
    assert_eq!(a.secondary_check, None);
}

#[test]
fn r5_refugee_fallback_by_title_or_flight() {
    let mut asylum = intake();
    asylum.stay.basis = Some(ResidenceBasis::Asyl);
    expect(&assign(&asylum, today()), NONE, false, &[REF], &[Barrier::H8]);

    let mut fled = intake();
    fled.stay.basis = Some(ResidenceBasis::De);
    fled.stay.fled = Some(true);
    let a = assign(&fled, today());
    expect(&a, NONE, false, &[REF], &[]);
    assert!(a.fired().unwrap().facts[0].held);
}

#[test]
fn r5_eu_fallback_and_germans_are_not_counted_as_eu() {
    let mut c = intake();
    c.person.nationality = CountryCode::parse("PL");
    expect(&assign(&c, today()), NONE, false, &[EU], &[]);
    c.person.nationality = CountryCode::parse("DE");
    expect(&assign(&c, today()), NONE, false, &[], &[]);
    c.person.nationality = CountryCode::parse("CH");
    c.stay.fled = Some(true);
    expect(&assign(&c, today()), NONE, false, &[REF, EU], &[]);
}
