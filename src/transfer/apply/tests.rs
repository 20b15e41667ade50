use super::*;

fn set(field: Field, v: &str) -> (Result<Offer, IssueKind>, Vec<IssueKind>) {
    let (r, cx) = set_cx(field, v);
    (r, cx.0)
}

type Found = (Vec<IssueKind>, Vec<(Keep, String)>, Vec<Mapping>);

fn set_cx(field: Field, v: &str) -> (Result<Offer, IssueKind>, Found) {
    let region = Region::default();
    let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
    let mut cx = Ctx::new(&region);
    let r = apply(field, Raw::Text(v.into()), &mut o, &mut cx).map(|_| o);
    (r, (cx.warnings, cx.kept, cx.mappings))
}

#[test]
fn limits_match_the_forms() {
    assert_eq!(TEXT_MAX, crate::app::form::field::TEXT_MAX);
    assert_eq!(NOTE_MAX, crate::app::form::field::NOTE_MAX);
}

#[test]
fn text_is_normalised_and_control_characters_reported() {
    let (o, w) = set(Field::Title, "  Beratung\u{1b}[31m Su\u{0308}d ");
    assert_eq!(o.unwrap().title, "Beratung[31m Süd");
    assert_eq!(w, [IssueKind::ControlChars]);
    let (o, _) = set(Field::Description, "Zeile 1\r\nZeile 2");
    assert_eq!(o.unwrap().description, "Zeile 1\nZeile 2");
    let (o, _) = set(Field::Title, &"x".repeat(201));
    assert_eq!(o.unwrap_err(), IssueKind::TooLong { len: 201, max: 200 });
}

#[test]
fn groups_split_into_groups_and_tags_and_unknown_ones_become_keywords() {
    let o = set(Field::Groups, "A|d|REF").0.unwrap();
    assert_eq!(o.target_groups.as_slice(), [TargetGroup::A, TargetGroup::D]);
    assert_eq!(o.tags.as_slice(), [GroupTag::Ref]);
    let (o, (_, kept, maps)) = set_cx(Field::Groups, "A,F,Studierende");
    assert_eq!(o.unwrap().target_groups.as_slice(), [TargetGroup::A, TargetGroup::C]);
    assert_eq!(kept, [(Keep::Keywords, "F".to_string())]);
    assert_eq!(maps[0].to, Mapped::Keyword);
    assert_eq!(maps[1].to, Mapped::Code { to: "C".into(), kept: false });
}

#[test]
fn hours_that_do_not_parse_are_kept() {
    let (o, (w, kept, _)) = set_cx(Field::Hours, "Mo-Fr 9-12; in den Ferien geschlossen");
    let o = o.unwrap();
    assert_eq!(o.hours.slots.len(), 5);
    assert_eq!(kept, [(Keep::HoursNote, "in den Ferien geschlossen".to_string())]);
    assert_eq!(w, [IssueKind::HoursAsNote("in den Ferien geschlossen".into())]);
    let (o, (w, kept, _)) = set_cx(Field::Hours, "nach Vereinbarung");
    assert!(o.unwrap().hours.by_appointment && w.is_empty() && kept.is_empty(), "understood: no warning");
    let (_, (w, _, _)) = set_cx(Field::Hours, "Di 14-tägig 10-12");
    assert_eq!(w, [IssueKind::HoursUnknownWeeks]);
}

#[test]
fn coded_values_are_mapped_never_refused() {
    let cost = |v: &str| {
        let (o, (_, kept, maps)) = set_cx(Field::Cost, v);
        (o.unwrap().cost, kept, maps)
    };
    assert_eq!(cost("Kostenlos.").0, Cost::Free);
    assert!(cost("Kostenlos.").1.is_empty(), "the whole cell said it");
    let (c, kept, maps) = cost("Gebühr je nach Titel ca. 50–147 €");
    assert_eq!((c, kept[0].0), (Cost::Fee, Keep::CostNote));
    assert_eq!(maps[0].to, Mapped::Code { to: "kostenpflichtig".into(), kept: true });
    assert_eq!(cost("nach Absprache").0, Cost::Unknown);
    let appt = |v: &str| set(Field::Appointment, v).0.unwrap().appointment;
    assert_eq!(appt("not_needed"), AppointmentMode::WalkIn);
    assert_eq!(appt("ohne Termin"), AppointmentMode::WalkIn);
    assert_eq!(appt("walk_in"), AppointmentMode::WalkIn);
    assert_eq!(appt("nach Vereinbarung"), AppointmentMode::Required);
    let pt = |v: &str| {
        let (o, (_, kept, _)) = set_cx(Field::ProviderType, v);
        (o.unwrap().provider_type, kept)
    };
    assert_eq!(
        pt("Wohlfahrtsverband"),
        (ProviderType::Counselling, vec![(Keep::ProviderTypeNote, "Wohlfahrtsverband".into())])
    );
    assert_eq!(pt("language_school").0, ProviderType::LanguageSchool);
    assert_eq!(pt("Ausländerbehörde").1, vec![], "a label: nothing to keep");
    assert_eq!(pt("Lieblingsverein e. V. & VHS").0, ProviderType::Other, "two types: not clear");
    assert_eq!(set(Field::Status, "offen").0.unwrap().status, OfferStatus::Active);
    let (o, w) = set(Field::Status, "kaputt");
    assert_eq!(
        (o.unwrap().status, w),
        (OfferStatus::Active, vec![IssueKind::StatusAsActive("kaputt".into())])
    );
    let langs = set(Field::Languages, "de|deu|Arabisch|Farsi").0.unwrap().languages;
    assert_eq!(langs.iter().map(LangCode::as_str).collect::<Vec<_>>(), ["de", "ar", "fa"]);
    let needs = set(Field::Needs, "Deutschkurse für Eltern, XYZ").0.unwrap();
    assert_eq!(needs.needs.as_slice(), [Need::Spr]);
}

#[test]
fn contact_data_is_fixed_when_clear_and_refused_when_not() {
    assert_eq!(set(Field::Email, "info(at)x.de").0.unwrap().email, "info@x.de");
    assert_eq!(set(Field::Email, "mailto:a@b.de").0.unwrap().email, "a@b.de");
    assert_eq!(set(Field::Email, "info at x").0.unwrap_err(), IssueKind::BadEmail("info at x".into()));
    assert_eq!(set(Field::Phone, "Tel.: 0123 456").0.unwrap().phone, "0123 456");
    assert_eq!(set(Field::Phone, "0800 CALL").0.unwrap_err(), IssueKind::BadPhone("0800 CALL".into()));
    assert!(set(Field::Website, "").0.is_ok());
    assert_eq!(
        set(Field::Website, "javascript:alert('x.y')").0.unwrap_err(),
        IssueKind::UnsafeWeb("javascript:alert('x.y')".into())
    );
}

#[test]
fn dates_and_numbers_are_read_tolerantly() {
    let d = |v: &str| set(Field::LastVerified, v).0.unwrap().last_verified;
    assert_eq!(d("2026-02-01"), Date::from_ymd(2026, 2, 1));
    assert_eq!(d("2026/01/15"), Date::from_ymd(2026, 1, 15));
    assert_eq!(d("15.01.26"), Date::from_ymd(2026, 1, 15));
    assert_eq!(d("Stand: 03/2025"), Date::from_ymd(2025, 3, 1));
    assert_eq!(d("März 2025"), Date::from_ymd(2025, 3, 1));
    let (o, w) = set(Field::LastVerified, "31.02.2026");
    assert_eq!(o.unwrap().last_verified, None);
    assert!(matches!(w[..], [IssueKind::DateNotRead(_, DateError::Impossible)]));
    assert_eq!(set(Field::MinAge, "18 Jahre").0.unwrap().eligibility.min_age, Some(18));
    assert_eq!(set(Field::MaxAge, "unter 27").0.unwrap().eligibility.max_age, Some(26));
    let (o, (_, kept, _)) = set_cx(Field::MinAge, "zwölf");
    assert_eq!(o.unwrap().eligibility.min_age, None);
    assert_eq!(kept, [(Keep::EligibilityNote, "zwölf".into())]);
    assert_eq!(set(Field::PostalCode, "1234").0.unwrap().postal_code, "01234");
}

#[test]
fn service_areas_as_towns() {
    let mut region = Region::default();
    for t in ["Neustadt", "Altdorf", "Bergheim"] {
        region.add(t);
    }
    let area = |v: &str| {
        let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
        o.town = "Neustadt".into();
        let mut cx = Ctx::new(&region);
        apply(Field::ServiceArea, Raw::Text(v.into()), &mut o, &mut cx).unwrap();
        (o.service_area, o.towns().iter().map(|t| t.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(area("Neustadt"), (ServiceArea::City, vec![]));
    assert_eq!(area("NEUSTADT"), (ServiceArea::City, vec![]));
    assert_eq!(area("Neustadt, Landkreis Flusstal"), (ServiceArea::District, vec![]));
    assert_eq!(area("Neustadt, Altdorf"), (ServiceArea::District, vec!["Neustadt".into(), "Altdorf".into()]));
    assert_eq!(
        area("Neustadt, Altdorf und Bergheim"),
        (ServiceArea::District, vec![]),
        "every town of the region"
    );
    assert_eq!(area("altdorf"), (ServiceArea::City, vec!["Altdorf".into()]));
    assert_eq!(area("bundesweit"), (ServiceArea::Nationwide, vec![]));
    assert_eq!(area("landkreis"), (ServiceArea::District, vec![]));
}
