//! Every threshold the day before, on, and after its boundary, and how each barrier is derived.

use super::*;

// ---- Threshold boundaries: the day before, on, and after --------------------------------------

#[test]
fn newly_arrived_ends_after_the_36th_month_after_the_arrival_month() {
    let mut c = skilled();
    c.stay.arrival = arrived(2023, 3);
    c.stay.basis = Some(ResidenceBasis::Emp);
    assert_eq!(assign(&c, day(2026, 3, 30)).primary, A);
    assert_eq!(assign(&c, day(2026, 3, 31)).primary, A);
    assert_eq!(assign(&c, day(2026, 4, 1)).primary, NONE);
    assert_eq!(NEWLY_ARRIVED_MAX_MONTHS, 36);
}

#[test]
fn completion_window_is_18_months_to_the_day() {
    let mut c = intake();
    c.qualification.level = Some(QualificationLevel::Vocational);
    c.qualification.obtained_in = Some(ObtainedIn::Germany);
    c.qualification.completed = Some(day(2025, 1, 15));
    assert_eq!(assign(&c, day(2026, 7, 14)).primary, C);
    assert_eq!(assign(&c, day(2026, 7, 15)).primary, C);
    assert_eq!(assign(&c, day(2026, 7, 16)).primary, NONE);
    assert_eq!(COMPLETION_WINDOW_MONTHS, 18);
}

/// Long in Germany, so only the status duration matters.
fn settled(status: EmploymentStatus, since: Date) -> Client {
    let mut c = skilled();
    c.stay.arrival = arrived(2018, 1);
    c.stay.basis = Some(ResidenceBasis::Perm);
    c.employment.status = Some(status);
    c.employment.since = Some(since);
    c
}

#[test]
fn h1_after_six_months_without_work_when_wanting_work() {
    let mut c = settled(EmploymentStatus::Unemployed, day(2026, 1, 15));
    c.employment.wants_work = Some(true);
    expect(&assign(&c, day(2026, 7, 14)), NONE, false, &[], &[]);
    expect(&assign(&c, day(2026, 7, 15)), D, false, &[], &[Barrier::H1]);
    expect(&assign(&c, day(2026, 7, 16)), D, false, &[], &[Barrier::H1]);
    assert_eq!(H1_MIN_MONTHS_WITHOUT_WORK, 6);

    for wants in [Some(false), None] {
        c.employment.wants_work = wants;
        assert_eq!(assign(&c, day(2026, 7, 16)).barrier_list(), [], "wants work: {wants:?}");
    }
    c.employment.wants_work = Some(true);
    c.employment.status = Some(EmploymentStatus::InTrainingOrStudy);
    assert_eq!(assign(&c, day(2026, 7, 16)).barrier_list(), []);
}

#[test]
fn h2_after_six_months_below_qualification_without_recognition_running() {
    let mut c = settled(EmploymentStatus::EmployedBelowQualification, day(2026, 1, 15));
    c.qualification.recognition = Some(RecognitionStatus::Rejected);
    expect(&assign(&c, day(2026, 7, 14)), NONE, false, &[], &[]);
    expect(&assign(&c, day(2026, 7, 15)), D, false, &[], &[Barrier::H2]);
    expect(&assign(&c, day(2026, 7, 16)), D, false, &[], &[Barrier::H2]);
    assert_eq!(H2_MIN_MONTHS_BELOW_QUALIFICATION, 6);

    for running in [RecognitionStatus::Applied, RecognitionStatus::AdaptationRunning] {
        c.qualification.recognition = Some(running);
        assert_eq!(assign(&c, day(2026, 7, 16)).barrier_list(), [], "{running:?}");
    }
    c.qualification.recognition = None;
    assert_eq!(assign(&c, day(2026, 7, 16)).barrier_list(), [], "recognition not stated");
}

#[test]
fn h4_after_more_than_12_months_in_germany() {
    let mut c = intake();
    c.stay.arrival = arrived(2025, 3);
    c.person.german = Some(GermanSkill { level: GermanLevel::A2, evidence: Some(Evidence::SelfAssessed) });
    assert_eq!(assign(&c, day(2026, 3, 30)).barrier_list(), []);
    assert_eq!(assign(&c, day(2026, 3, 31)).barrier_list(), []);
    assert_eq!(assign(&c, day(2026, 4, 1)).barrier_list(), [Barrier::H4]);
    assert_eq!(H4_MONTHS_IN_GERMANY_OVER, 12);
}

#[test]
fn h4_below_b1_only() {
    let mut c = intake();
    c.stay.arrival = arrived(2020, 1);
    let with = |c: &mut Client, level| {
        c.person.german = Some(GermanSkill { level, evidence: Some(Evidence::SelfAssessed) });
        assign(c, today()).barrier_list()
    };
    assert_eq!(with(&mut c, GermanLevel::A2), [Barrier::H4]);
    assert_eq!(with(&mut c, GermanLevel::B1), []);
    assert_eq!(with(&mut c, GermanLevel::None), [Barrier::H4]);
    assert_eq!(H4_GERMAN_BELOW, GermanLevel::B1);
    c.person.german = None;
    assert_eq!(assign(&c, today()).barrier_list(), [], "German not stated");
}

#[test]
fn h5_for_a_single_parent_with_a_child_under_12() {
    let mut c = intake();
    c.person.household =
        Household { partner: None, children_ages: Some(vec![12, 15]), single_parent: Some(true) };
    assert_eq!(assign(&c, today()).barrier_list(), []);
    c.person.household.children_ages = Some(vec![11, 15]);
    assert_eq!(assign(&c, today()).barrier_list(), [Barrier::H5]);
    c.person.household.single_parent = Some(false);
    assert_eq!(assign(&c, today()).barrier_list(), []);
    c.person.household.single_parent = Some(true);
    c.person.household.children_ages = None;
    assert_eq!(assign(&c, today()).barrier_list(), [], "children not stated");
    assert_eq!(H5_CHILD_AGE_UNDER, 12);
}

#[test]
fn h1_and_h2_count_only_time_in_germany() {
    let mut c = skilled();
    c.stay.arrival = arrived(2026, 3);
    c.stay.basis = Some(ResidenceBasis::JobSeek);
    c.employment.status = Some(EmploymentStatus::Unemployed);
    c.employment.since = Some(day(2025, 1, 1));
    c.employment.wants_work = Some(true);
    expect(&assign(&c, today()), A, false, &[], &[]);
    // ... and seven months later the gap in Germany is long enough.
    expect(&assign(&c, day(2026, 9, 1)), D, false, &[], &[Barrier::H1]);

    c.stay.arrival = Some(Arrival::NotYetArrived);
    expect(&assign(&c, today()), A, false, &[], &[]);
}

#[test]
fn h8_for_asylum_procedure_and_duldung_only() {
    for (basis, barriers) in [
        (ResidenceBasis::Asyl, vec![Barrier::H8]),
        (ResidenceBasis::Duld, vec![Barrier::H8]),
        (ResidenceBasis::Hum, vec![]),
    ] {
        let mut c = intake();
        c.stay.basis = Some(basis);
        assert_eq!(assign(&c, today()).barrier_list(), barriers, "{basis:?}");
    }
}

#[test]
fn h6_counts_only_with_explicit_health_consent() {
    let mut c = skilled();
    c.barriers = vec![Barrier::H6];
    c.consent = Consent::given(today(), ConsentForm::Written, &[Purpose::Storage]);
    expect(&assign(&c, today()), NONE, false, &[], &[]);
    c.consent = Consent::given(today(), ConsentForm::Written, &[Purpose::Storage, Purpose::Health]);
    expect(&assign(&c, today()), D, false, &[], &[Barrier::H6]);
}

#[test]
fn a_barrier_recorded_and_derivable_counts_once_as_recorded() {
    let mut c = intake();
    c.stay.basis = Some(ResidenceBasis::Duld);
    c.barriers = vec![Barrier::H8, Barrier::H3];
    let a = assign(&c, today());
    assert_eq!(
        a.barriers,
        [
            BarrierFinding { barrier: Barrier::H3, source: BarrierSource::Recorded },
            BarrierFinding { barrier: Barrier::H8, source: BarrierSource::Recorded },
        ]
    );
}
