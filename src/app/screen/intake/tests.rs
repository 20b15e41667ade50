//! Unit tests of the intake forms: their fields, and that what is saved is what the form
//! showed (form → record → form is identity, field by field).

use super::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 25).expect("day")
}

#[test]
fn the_person_form_has_every_field_key_but_the_employers_once_in_key_order() {
    let form = IntakeState::new(Lang::De, today()).form;
    let keys: Vec<IntakeField> = form.fields.iter().map(|f| f.key).collect();
    let expected: Vec<IntakeField> =
        IntakeField::ALL.iter().copied().filter(|k| !EMP_ONLY.contains(k)).collect();
    assert_eq!(keys, expected);
}

#[test]
fn the_employers_short_form_has_its_fields_in_order() {
    let mut c = Client::new(0, FirstContact::new(today(), ContactChannel::Phone));
    c.contact.caller = Caller::EmployerHiring;
    let form = IntakeState::edit(&c, Lang::De, today(), None).form;
    let keys: Vec<IntakeField> = form.fields.iter().map(|f| f.key).collect();
    assert_eq!(keys, EMP_FORM);
    for k in [F::Name, F::AgeBand, F::Basis, F::Barriers, F::Decision] {
        assert!(form.index_of(k).is_none(), "{k:?} is a person's question");
    }
}

#[test]
fn consent_purposes_are_read_by_purpose_not_by_position() {
    let mut client = Client::new(0, FirstContact::new(today(), ContactChannel::Phone));
    client.consent = Consent::given(today(), ConsentForm::Written, &[Purpose::Partners, Purpose::Health]);
    let state = IntakeState::edit(&client, Lang::De, today(), Some(0));
    let granted: Vec<Purpose> = Purpose::ALL.into_iter().filter(|p| grants(&state.form, *p)).collect();
    assert_eq!(granted, [Purpose::Partners, Purpose::Health]);
    assert!(!state.form.get(F::Partners).hidden, "partners are asked for with that consent");
    assert_eq!(draft(&state.form, &client, today()).consent, client.consent);
}

/// A record with every field of the person's form answered, and nothing the form cannot show.
fn full_person() -> Client {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/client_v2.bin");
    crate::store::codec::decode(&std::fs::read(path).expect("fixture")).expect("decodes")
}

/// Builds the form from `c`, reads it back and builds it again: the record and the form are
/// the same each way.
fn round_trip(c: &Client) {
    let state = IntakeState::edit(c, Lang::De, today(), Some(c.id));
    let back = to_client(&state.form, c, today(), Lang::De).unwrap_or_else(|(k, m)| panic!("{k:?}: {m}"));
    let expected = Client { updated: today(), ..c.clone() };
    assert_eq!(back, expected);
    let again = IntakeState::edit(&back, Lang::De, today(), Some(c.id)).form;
    for (a, b) in state.form.fields.iter().zip(&again.fields) {
        assert_eq!((a.key, &a.kind, a.hidden), (b.key, &b.kind, b.hidden), "field {:?}", a.key);
    }
}

#[test]
fn form_to_record_to_form_is_identity_for_every_field() {
    let full = full_person();
    round_trip(&full);
    // Each field on its own: the record differs from an empty one in that field only.
    let empty = Client { group: None, ..Client::new(full.id, full.contact.clone()) };
    let mut variants: Vec<(&str, Client)> = Vec::new();
    let mut v = |name: &'static str, f: &dyn Fn(&mut Client)| {
        let mut c = empty.clone();
        c.consent = Consent::given(today(), ConsentForm::Verbal, &[Purpose::Storage]);
        f(&mut c);
        variants.push((name, c));
    };
    v("german without evidence", &|c| {
        c.person.german = Some(GermanSkill { level: crate::domain::GermanLevel::B1, evidence: None })
    });
    v("refused consent", &|c| {
        c.consent.set(Purpose::FollowUp, Some(PurposeAnswer { answer: Answer::Refused, date: today() }))
    });
    v("withdrawn consent", &|c| {
        c.consent.set(
            Purpose::Partners,
            Some(PurposeAnswer { answer: Answer::Given(ConsentForm::Written), date: today().add_days(-9) }),
        );
        c.consent.withdraw(Purpose::Partners, today().add_days(-2), today()).expect("withdraw");
    });
    v("no children", &|c| c.person.household.children_ages = Some(Vec::new()));
    v("anonymous without pseudonym", &|c| c.identity = Identity::Anonymous { pseudonym: None });
    v("in region without town", &|c| c.stay.place = Some(Place::InRegion { town: None }));
    v("not yet arrived", &|c| c.stay.arrival = Some(Arrival::NotYetArrived));
    v("abroad without country", &|c| {
        c.qualification.obtained_in = Some(ObtainedIn::Abroad { country: None })
    });
    v("age band", &|c| c.person.age = Some(Age::Band(AgeBand::From27To29)));
    v("follow-up with the provider", &|c| {
        c.follow_up = Some(today().add_days(7));
        c.follow_up_kind = FollowUpKind::CheckWithProvider;
    });
    for (name, mut c) in variants {
        c.group = Some(GroupDecision::confirm(assign(&c, today()), today()));
        let state = IntakeState::edit(&c, Lang::De, today(), Some(c.id));
        let back = to_client(&state.form, &c, today(), Lang::De)
            .unwrap_or_else(|(k, m)| panic!("{name}: {k:?}: {m}"));
        assert_eq!(back, Client { updated: today(), ..c.clone() }, "{name}");
    }
}

#[test]
fn an_employer_contact_round_trips_through_its_short_form() {
    let mut c = Client::new(3, FirstContact::new(today(), ContactChannel::Email));
    c.contact.caller = Caller::EmployerHiring;
    c.consent = Consent::given(today(), ConsentForm::Written, &[Purpose::Storage, Purpose::FollowUp]);
    c.identity = Identity::Named { name: None, phone: Some(SensitiveText::new("012345 678")), email: None };
    c.employer = Some(EmployerContact {
        company: SensitiveText::new("Muster Pflege GmbH"),
        sector: "Pflege".into(),
        size: Some(CompanySize::Medium),
        contact_person: SensitiveText::new("Frau Beispiel"),
    });
    c.needs = vec![Need::Arb];
    c.sub_needs = Need::Arb.sub_needs().take(1).collect();
    c.follow_up = Some(today().add_days(14));
    c.follow_up_kind = FollowUpKind::CallPerson;
    c.group = Some(GroupDecision::confirm(assign(&c, today()), today()));
    assert_eq!(c.group.as_ref().map(|g| g.group), Some(CaseGroup::Emp));
    round_trip(&c);
}
