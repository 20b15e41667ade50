//! Checked-in bytes of every stored record version must keep decoding to the same values.
//! Regenerate a fixture only when adding a NEW version: `LOTSE_WRITE_FIXTURES=1 cargo test
//! --test codec_fixtures` writes missing files and never overwrites existing ones.

use lotse::domain::referral::*;
use lotse::domain::timestamp::Timestamp;
use lotse::domain::*;
use lotse::store::codec;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Reads a fixture; writes it first when asked to and it does not exist yet.
fn bytes_of(name: &str, current: impl FnOnce() -> Vec<u8>) -> Vec<u8> {
    let path = fixture(name);
    if !path.exists() && std::env::var_os("LOTSE_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, current()).expect("write fixture");
    }
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {} missing: {e}", path.display()))
}

/// An offer with every field set, so that a change to any field's encoding shows.
fn offer_v1() -> Offer {
    let mut o = Offer::new(OfferId::parse("FIX-01").expect("id"), "Anerkennungsberatung für Lehrkräfte");
    o.provider = "Landesamt für Schule, Außenstelle Hafenau".into();
    o.provider_type = ProviderType::Authority;
    o.needs = vec![Need::Ane, Need::Bil].into();
    o.sub_needs = vec![SubNeed::RegulatedProfessions, SubNeed::RecognitionCounselling].into();
    o.target_groups = vec![TargetGroup::A, TargetGroup::D].into();
    o.tags = vec![GroupTag::Ref, GroupTag::Eu].into();
    o.description = "Prüft ausländische Lehramtsabschlüsse.\nZweite Zeile mit ß und é.".into();
    o.phone = "012345 678-90".into();
    o.email = "lehrkraefte@lfs-hafenau.example".into();
    o.website = "https://www.lfs-hafenau.example".into();
    o.street = "Schulstraße 5".into();
    o.postal_code = "12345".into();
    o.town = "Hafenau".into();
    o.service_area = ServiceArea::State;
    o.area_excludes = vec!["Hafenau".into()];
    o.hours = OpeningHours::parse("Mo-Do 09:00-12:00; Do 14:00-17:30").expect("hours");
    o.hours.note = "telefonische Sprechzeit".into();
    o.appointment = AppointmentMode::Required;
    o.channels = vec![Channel::Phone, Channel::Email, Channel::Video].into();
    o.languages = ["de", "en", "uk"].iter().map(|c| LangCode::parse(c).expect("lang")).collect();
    o.cost = Cost::Fee;
    o.cost_note = "100–600 €, Zuschuss möglich".into();
    o.eligibility = Eligibility {
        min_age: Some(18),
        max_age: Some(67),
        min_german: Some(GermanLevel::B2),
        residence: vec![ResidenceBasis::Abroad, ResidenceBasis::Recog].into(),
        note: "nur mit Wohnsitz im Land".into(),
        from_text: FromText::default(),
    };
    o.documents = vec!["Zeugnisse".into(), "Übersetzungen".into()];
    o.keywords = vec!["Lehramt".into(), "ZAB".into()];
    o.status = OfferStatus::TemporarilyClosed;
    o.last_verified = Date::from_ymd(2025, 10, 1);
    o.internal_note = "Ansprechpartnerin wechselt".into();
    o
}

#[test]
fn offer_v1_fixture_decodes() {
    // Version 1 (until issue 10) decodes into today's offer with the new fields empty.
    let expected = offer_v1();
    let bytes = bytes_of("offer_v1.bin", || panic!("offer_v1.bin is a fixture of a past version"));
    assert_eq!(&bytes[..2], b"O\x01", "fixture is kind O version 1");
    let decoded: Offer = codec::decode(&bytes).expect("offer v1 fixture must decode");
    assert_eq!(decoded, expected);
}

/// Version 2: every field of version 1 and every field issue 10 added, set.
fn offer_v2() -> Offer {
    let mut o = offer_v1();
    o.set_provider_type_note("Landesbehörde");
    o.set_title_en("Recognition counselling for teachers");
    o.set_description_en("Checks foreign teaching degrees.\nSecond line.");
    o.set_towns(vec!["Hafenau".into(), "Birkwald".into()]);
    o.hours = OpeningHours::parse(
        "Mo,Di,Do 09:00-12:00 (Telefon-Hotline); 1. und 3. Mi 18:30-21:00; letzter Fr 14:00-16:00; \
         14-tägig ungerade KW Sa 10:00-12:00; 14-tägig Di 16:00-17:00; nach Vereinbarung",
    )
    .expect("hours");
    o.hours.note = "in den Ferien geschlossen".into();
    o.eligibility.from_text = FromText { min_age: true, max_age: false, min_german: true, residence: true };
    o
}

#[test]
fn offer_v2_fixture_decodes() {
    let expected = offer_v2();
    let bytes = bytes_of("offer_v2.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"O\x02", "fixture is kind O version 2");
    let decoded: Offer = codec::decode(&bytes).expect("offer v2 fixture must decode");
    assert_eq!(decoded, expected);
}

#[test]
fn current_offer_encoding_is_stable() {
    // While version 2 is current, encoding today must give the fixture's bytes exactly; when
    // Offer changes, this fails and says: add OfferV2 to store/records.rs and bump the version.
    let bytes = bytes_of("offer_v2.bin", || codec::encode(&offer_v2()).expect("encode"));
    assert_eq!(codec::encode(&offer_v2()).expect("encode"), bytes);
}

fn ts(h: u32) -> Timestamp {
    Timestamp::from_naive(
        Date::from_ymd(2026, 11, 25).expect("date").naive().and_hms_opt(h, 5, 0).expect("time"),
    )
}

/// A referral as version 1 wrote it: the appointment a day without a time.
fn referral_v1() -> Referral {
    Referral {
        id: ReferralId(42),
        client: ClientId(7),
        offer: OfferId::parse("FIX-01").expect("id"),
        offer_snapshot: OfferSnapshot {
            title: "Anerkennungsberatung".into(),
            provider: "IQ Netzwerk".into(),
            phone: "012345 1".into(),
        },
        need: Need::Ane,
        created: ts(9),
        by: "MK".into(),
        status: ReferralStatus::AppointmentMade,
        note: "bringt Zeugnisse mit".into(),
        urgent: true,
        follow_up: Date::from_ymd(2026, 12, 2),
        appointment: Date::from_ymd(2026, 12, 1).map(Appointment::on),
    }
}

/// The history entries as version 1 wrote them, one of each kind.
fn events_v1() -> Vec<ReferralEvent> {
    let ev = |kind, note: &str| ReferralEvent {
        referral: ReferralId(42),
        at: ts(10),
        by: "MK".into(),
        kind,
        note: note.into(),
    };
    let d = |day| Date::from_ymd(2026, 12, day).expect("date");
    vec![
        ev(
            EventKind::Created {
                status: ReferralStatus::Suggested,
                urgent: true,
                appointment: None,
                follow_up: d(2),
            },
            "",
        ),
        ev(
            EventKind::StatusChanged {
                from: ReferralStatus::Suggested,
                to: ReferralStatus::AppointmentMade,
                appointment: Some(Appointment::on(d(1))),
                follow_up: Some(d(2)),
            },
            "",
        ),
        ev(
            EventKind::Reopened {
                from: ReferralStatus::OutcomeUnknown,
                to: ReferralStatus::InProgress,
                appointment: None,
                follow_up: d(9),
            },
            "doch angekommen",
        ),
        ev(EventKind::NoteAdded, "Rückruf"),
        ev(EventKind::FollowUpPostponed { from: d(2), to: d(16) }, ""),
    ]
}

#[test]
fn referral_v1_fixture_decodes_with_appointments_without_a_time() {
    // Written before the appointment had a time; no longer written, so never regenerated.
    let bytes = std::fs::read(fixture("referral_v1.bin")).expect("referral v1 fixture");
    assert_eq!(&bytes[..2], b"R\x01");
    let decoded = codec::decode::<Referral>(&bytes).expect("referral v1 must decode");
    assert_eq!(decoded, referral_v1());
    assert_eq!(decoded.appointment.and_then(|a| a.time), None);
}

#[test]
fn referral_event_v1_fixtures_decode_with_appointments_without_a_time() {
    for (i, expected) in events_v1().into_iter().enumerate() {
        let name = format!("referral_event_v1_{i}.bin");
        let bytes = std::fs::read(fixture(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&bytes[..2], b"E\x01");
        assert_eq!(codec::decode::<ReferralEvent>(&bytes).expect("event v1 must decode"), expected, "{name}");
    }
}

fn half_past_two() -> TimeOfDay {
    TimeOfDay::from_hm(14, 30).expect("time")
}

/// Version 2 (issue 9): the appointment with a time of day.
fn referral_v2() -> Referral {
    let mut r = referral_v1();
    r.appointment = Date::from_ymd(2026, 12, 1).map(|d| Appointment::at(d, half_past_two()));
    r
}

/// Version 2: the history's appointments with and without a time, every kind of entry.
fn events_v2() -> Vec<ReferralEvent> {
    let d = |day| Date::from_ymd(2026, 12, day).expect("date");
    let mut events = events_v1();
    events[0].kind = EventKind::Created {
        status: ReferralStatus::AppointmentMade,
        urgent: false,
        appointment: Some(Appointment::on(d(1))),
        follow_up: d(2),
    };
    events[1].kind = EventKind::StatusChanged {
        from: ReferralStatus::AppointmentMade,
        to: ReferralStatus::AppointmentMade,
        appointment: Some(Appointment::at(d(3), half_past_two())),
        follow_up: Some(d(4)),
    };
    events[2].kind = EventKind::Reopened {
        from: ReferralStatus::OutcomeUnknown,
        to: ReferralStatus::AppointmentMade,
        appointment: Some(Appointment::at(d(9), TimeOfDay::from_hm(8, 5).expect("time"))),
        follow_up: d(10),
    };
    events
}

#[test]
fn referral_v2_fixture_decodes() {
    let expected = referral_v2();
    let bytes = bytes_of("referral_v2.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"R\x02");
    assert_eq!(codec::decode::<Referral>(&bytes).expect("referral v2 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "Referral changed: add ReferralV2");
}

#[test]
fn referral_event_v2_fixtures_decode() {
    for (i, expected) in events_v2().into_iter().enumerate() {
        let name = format!("referral_event_v2_{i}.bin");
        let bytes = bytes_of(&name, || codec::encode(&expected).expect("encode"));
        assert_eq!(&bytes[..2], b"E\x02");
        assert_eq!(codec::decode::<ReferralEvent>(&bytes).expect("event v2 must decode"), expected);
        assert_eq!(codec::encode(&expected).expect("encode"), bytes, "ReferralEvent changed: add a V2 type");
    }
}

#[test]
fn settings_v1_fixture_decodes_with_the_default_retention() {
    // Written before the retention period existed; no longer written, so never regenerated.
    let bytes = std::fs::read(fixture("settings_v1.bin")).expect("settings v1 fixture");
    assert_eq!(&bytes[..2], b"S\x01");
    let expected = Settings { counsellor: "M. Kaya-Özdemir".into(), retention_months: 24, idle_minutes: 10 };
    assert_eq!(codec::decode::<Settings>(&bytes).expect("settings v1 must decode"), expected);
}

#[test]
fn settings_v2_fixture_decodes() {
    let expected = Settings { counsellor: "M. Kaya-Özdemir".into(), retention_months: 36, idle_minutes: 5 };
    let bytes = bytes_of("settings_v2.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"S\x02");
    assert_eq!(codec::decode::<Settings>(&bytes).expect("settings v2 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "Settings changed: add SettingsV2");
}

/// A version-1 client as it reads today: each consent flag set is consent given in that
/// consent's form on its date, the German evidence is kept, the follow-up is a call (consent to
/// follow-up contact was given), no sub-needs, no employer data.
fn client_v1() -> Client {
    use lotse::domain::client::*;
    let day = Date::from_ymd(2026, 11, 2).expect("date");
    let mut contact = FirstContact::new(day, ContactChannel::Phone);
    contact.caller = Caller::FamilyMember;
    contact.language = LangCode::parse("uk");
    contact.interpreter = Some(true);
    let mut c = Client::new(42, contact);
    c.updated = Date::from_ymd(2026, 11, 20).expect("date");
    c.consent = Consent::given(day, ConsentForm::Verbal, &Purpose::ALL);
    c.consent.partners = "MBE Hafenau, Jobcenter".into();
    c.identity = Identity::Named {
        name: Some(SensitiveText::new("Olena Fiktiv")),
        phone: Some(SensitiveText::new("012345 99")),
        email: Some(SensitiveText::new("o@example.example")),
    };
    c.person = Person {
        age: Some(Age::BirthYear(1988)),
        nationality: CountryCode::parse("UA"),
        household: Household {
            partner: Some(false),
            children_ages: Some(vec![4, 9]),
            single_parent: Some(true),
        },
        german: Some(GermanSkill { level: GermanLevel::A2, evidence: Some(Evidence::Certificate) }),
        other_languages: vec![LangCode::parse("ru").expect("lang"), LangCode::parse("en").expect("lang")],
    };
    c.stay = Stay {
        place: Some(Place::InRegion { town: Some("Birkwald".into()) }),
        arrival: Some(Arrival::Month(YearMonth::new(2025, 8).expect("month"))),
        basis: Some(ResidenceBasis::Hum),
        valid_until: Date::from_ymd(2027, 3, 4),
        fled: Some(true),
        joins_family: Some(false),
        anchor_works_or_studies: None,
    };
    c.qualification = Qualification {
        level: Some(QualificationLevel::Academic),
        occupation: Some("Lehrerin".into()),
        obtained_in: Some(ObtainedIn::Abroad { country: CountryCode::parse("UA") }),
        completed: Date::from_ymd(2012, 6, 30),
        in_final_term: Some(false),
        regulated: Some(Regulated::Yes),
        recognition: Some(RecognitionStatus::NotStarted),
    };
    c.employment = Employment {
        status: Some(EmploymentStatus::Unemployed),
        since: Date::from_ymd(2025, 8, 1),
        wants_work: Some(true),
    };
    c.barriers = vec![Barrier::H5, Barrier::H6];
    c.needs = vec![Need::Spr, Need::Ane, Need::Kin];
    c.needs_text = SensitiveText::new("Kita-Platz für die Jüngere");
    c.urgency = Some(Urgency::Urgent);
    c.deadline = Date::from_ymd(2026, 12, 15);
    let computed = lotse::domain::assign(&c, day);
    c.group = Some(
        GroupDecision::choose(
            computed,
            day,
            CaseGroup::Group(TargetGroup::B),
            false,
            "Begründung im Gespräch",
        )
        .expect("override with reason"),
    );
    c.next_step = SensitiveText::new("Termin IQ-Beratung");
    c.follow_up = Date::from_ymd(2026, 12, 1);
    c.follow_up_kind = FollowUpKind::CallPerson;
    c.notes = SensitiveText::new("sensibel");
    c
}

/// Version 2 (issue 12): every field of version 1 and every field version 2 added, set — a
/// person's record, so that the intake can show all of it (src/app/screen/intake/tests.rs).
fn client_v2() -> Client {
    use lotse::domain::client::*;
    let mut c = client_v1();
    let given = Date::from_ymd(2026, 11, 2).expect("date");
    c.consent = Consent::default();
    for p in Purpose::ALL {
        let form = if p == Purpose::Storage { ConsentForm::Written } else { ConsentForm::Verbal };
        c.consent.set(p, Some(PurposeAnswer { answer: Answer::Given(form), date: given }));
    }
    c.consent.partners = "MBE Hafenau, Jobcenter".into();
    let later = Date::from_ymd(2026, 11, 20).expect("date");
    c.consent.withdraw(Purpose::Statistics, later, later).expect("withdraw");
    c.sub_needs = vec![SubNeed::RecognitionCounselling];
    c.follow_up_kind = FollowUpKind::CallPerson;
    c
}

#[test]
fn client_v2_fixture_decodes() {
    let expected = client_v2();
    let bytes = bytes_of("client_v2.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"C\x02");
    assert_eq!(codec::decode::<Client>(&bytes).expect("client v2 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "Client changed: add ClientV2");
}

#[test]
fn client_v1_fixture_decodes() {
    let expected = client_v1();
    let bytes = bytes_of("client_v1.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"C\x01");
    let decoded = codec::decode::<Client>(&bytes).expect("client v1 must decode");
    assert_eq!(decoded, expected);
    // The consent flags became answers per purpose, each with the old date and form.
    for p in lotse::domain::client::Purpose::ALL {
        assert!(decoded.consent.granted(p), "{p:?}");
    }
    assert_eq!(decoded.consent.history.len(), 5);
}

#[test]
fn anonymous_contact_v1_fixture_decodes() {
    use lotse::domain::client::*;
    let expected = AnonymousContact {
        id: 9,
        date: Date::from_ymd(2026, 11, 25).expect("date"),
        channel: ContactChannel::Email,
        language: LangCode::parse("ar"),
        caller: Caller::EmployerHiring,
        group: CaseGroup::Emp,
        needs: vec![Need::Arb, Need::Auf],
        minutes: Some(12),
    };
    let bytes = bytes_of("contact_v1.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"K\x01");
    assert_eq!(codec::decode::<AnonymousContact>(&bytes).expect("contact v1 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "AnonymousContact changed: add a V1 type");
}

#[test]
fn consultation_v1_fixture_decodes() {
    use lotse::domain::client::*;
    let mut expected =
        Consultation::new(42, Date::from_ymd(2026, 3, 17).expect("date"), ContactChannel::Video);
    expected.id = 7;
    expected.language = LangCode::parse("uk");
    expected.interpreter = Some(true);
    expected.minutes = Some(35);
    expected.outcomes = vec![Outcome::RecognitionApplied, Outcome::LanguageCertificate];
    expected.note = SensitiveText::new("Bescheid kommt im Mai, Übersetzung läuft");
    let bytes = bytes_of("consultation_v1.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"B\x01");
    assert_eq!(codec::decode::<Consultation>(&bytes).expect("consultation v1 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "Consultation changed: add ConsultationV1");
}

#[test]
fn gap_v1_fixture_decodes() {
    use lotse::domain::client::SensitiveText;
    let mut expected = Gap::new(Date::from_ymd(2026, 3, 18).expect("date"), Need::Kin);
    expected.id = 3;
    expected.sub_need = SubNeed::from_code("KIN.KITA");
    expected.town = "Birkwald".into();
    expected.group = Some(CaseGroup::Group(TargetGroup::B));
    expected.tags = vec![GroupTag::Ref];
    expected.note = SensitiveText::new("Kita mit Plätzen ab 1 Jahr fehlt im Ort");
    let bytes = bytes_of("gap_v1.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"L\x01");
    assert_eq!(codec::decode::<Gap>(&bytes).expect("gap v1 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "Gap changed: add GapV1");
}

#[test]
fn search_miss_v1_fixture_decodes() {
    let expected = SearchMiss {
        month: YearMonth::new(2026, 3).expect("month"),
        need: Need::Woh,
        town: "Oberried".into(),
        count: 4,
    };
    let bytes = bytes_of("search_miss_v1.bin", || codec::encode(&expected).expect("encode"));
    assert_eq!(&bytes[..2], b"M\x01");
    assert_eq!(codec::decode::<SearchMiss>(&bytes).expect("search miss v1 must decode"), expected);
    assert_eq!(codec::encode(&expected).expect("encode"), bytes, "SearchMiss changed: add SearchMissV1");
}
