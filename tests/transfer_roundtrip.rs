//! Property: random offers survive export → import → export unchanged. JSON with internal notes
//! is lossless for every field; CSV carries every field too (with `--with-internal`), within its
//! documented limits (list items hold no `|`, text is in normal form).

#![allow(clippy::unwrap_used)]

use lotse::domain::text::normalize;
use lotse::domain::*;
use lotse::transfer::{self, FileFormat};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::collections::BTreeMap;

/// Single-line text in normal form, with the characters that trip spreadsheets and CSV.
fn line(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Z0-9äöüßé€ ,;\"'=+@.()/-]{{0,{max}}}"))
        .unwrap()
        .prop_map(|s| normalize(&s, false).0)
}

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Z0-9äöü ,;\"'=+@\n-]{{0,{max}}}"))
        .unwrap()
        .prop_map(|s| normalize(&s, true).0)
}

fn items() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(line(12).prop_filter("non-empty", |s| !s.is_empty()), 0..4)
}

/// Every kind of window: weekly, monthly (any weeks), every other week; with or without a note.
pub fn rule() -> impl Strategy<Value = Recurrence> {
    prop_oneof![
        3 => Just(Recurrence::Weekly),
        1 => (1u8..64).prop_map(Recurrence::Monthly),
        1 => proptest::option::of(any::<bool>()).prop_map(Recurrence::Fortnightly),
    ]
}

fn hours() -> impl Strategy<Value = OpeningHours> {
    let notes =
        ["", "", "Telefon-Hotline", "offene Sprechstunde", "Elterncafé (mit Kinderbetreuung)", "vor Ort"];
    let slot = (0usize..7, 0u16..1440, 1u16..600, rule(), select(notes.to_vec())).prop_map(
        |(d, from, len, rule, note)| TimeSlot {
            day: Weekday::from_index(d),
            from,
            to: (from + len).min(1440),
            rule,
            note: note.into(),
        },
    );
    (proptest::collection::vec(slot, 0..5), any::<bool>(), line(20)).prop_map(
        |(mut slots, by_appointment, note)| {
            // The stored form is what `OpeningHours::parse` makes: sorted, without duplicates.
            slots.sort();
            slots.dedup();
            OpeningHours { slots, by_appointment, note: note.into() }
        },
    )
}

fn contact() -> impl Strategy<Value = (String, String, String)> {
    (
        prop_oneof![Just(String::new()), "(\\+49 )?0[0-9]{4} [0-9]{3,6}(-[0-9]{1,3})?"],
        prop_oneof![Just(String::new()), "[a-z]{1,8}@[a-z]{1,8}\\.example"],
        prop_oneof![Just(String::new()), "(https://)?www\\.[a-z]{1,8}\\.example(/[a-z]{1,5})?"],
    )
}

fn texts(v: Vec<String>) -> Vec<lotse::domain::offer::Text> {
    v.into_iter().map(Into::into).collect()
}

fn offer() -> impl Strategy<Value = Offer> {
    let codes = ["de", "en", "ar", "uk", "fr", "tr"];
    let a = (
        "[A-Za-z0-9][A-Za-z0-9._-]{0,12}",
        line(30).prop_map(|t| format!("T{t}")),
        line(20),
        select(ProviderType::ALL.to_vec()),
        subsequence(Need::ALL.to_vec(), 0..4),
        subsequence(SubNeed::ALL.to_vec(), 0..3),
        subsequence(TargetGroup::ALL.to_vec(), 0..4),
        subsequence(GroupTag::ALL.to_vec(), 0..3),
        text(60),
        contact(),
    );
    let b = (
        (line(20), line(5), line(15), items()),
        select(ServiceArea::ALL.to_vec()),
        hours(),
        select(AppointmentMode::ALL.to_vec()),
        subsequence(Channel::ALL.to_vec(), 0..4),
        subsequence(codes.to_vec(), 0..4),
        select(Cost::ALL.to_vec()),
        line(20),
        (
            proptest::option::of(0u8..=120),
            proptest::option::of(0u8..=120),
            proptest::option::of(select(GermanLevel::ALL.to_vec())),
        ),
        (subsequence(ResidenceBasis::ALL.to_vec(), 0..3), text(30)),
    );
    let c =
        (items(), items(), select(OfferStatus::ALL.to_vec()), proptest::option::of(0i32..80_000), text(40));
    let d = (line(30), text(60), line(20), items(), proptest::array::uniform4(any::<bool>()));
    (a, b, c, d).prop_map(|(a, b, c, d)| {
        let (title_en, description_en, provider_type_note, towns, flags) = d;
        let (id, title, provider, provider_type, needs, sub_needs, target_groups, tags, description, contact) = a;
        let ((street, postal_code, town, area_excludes), service_area, hours, appointment, channels, langs, cost, cost_note, ages, elig) = b;
        let (documents, keywords, status, verified, internal_note) = c;
        let mut o = Offer {
            id: OfferId::parse(&id).unwrap(),
            title: title.into(),
            provider: provider.into(),
            provider_type,
            needs: needs.into(),
            sub_needs: sub_needs.into(),
            target_groups: target_groups.into(),
            tags: tags.into(),
            description: description.into(),
            extra: None,
            phone: contact.0.into(),
            email: contact.1.into(),
            website: contact.2.into(),
            street: street.into(),
            postal_code: postal_code.into(),
            town: town.into(),
            service_area,
            area_excludes: texts(area_excludes),
            hours,
            appointment,
            channels: channels.into(),
            languages: langs.iter().map(|l| LangCode::parse(l).unwrap()).collect(),
            cost,
            cost_note: cost_note.into(),
            eligibility: Eligibility { min_age: ages.0, max_age: ages.1, min_german: ages.2, residence: elig.0.into(), note: elig.1.into(), from_text: FromText { min_age: flags[0], max_age: flags[1], min_german: flags[2], residence: flags[3] } },
            documents: texts(documents),
            keywords: texts(keywords),
            status,
            last_verified: verified.and_then(|d| Date::from_day_number(690_000 + d)),
            internal_note: internal_note.into(),
        };
        o.set_title_en(title_en);
        o.set_description_en(description_en);
        o.set_provider_type_note(provider_type_note);
        o.set_towns(texts(towns));
        o
    })
}

/// Unique ids, as in a database.
fn offers() -> impl Strategy<Value = Vec<Offer>> {
    proptest::collection::vec(offer(), 1..6).prop_map(|v| {
        let by_id: BTreeMap<OfferId, Offer> = v.into_iter().map(|o| (o.id.clone(), o)).collect();
        by_id.into_values().collect()
    })
}

/// Imports `bytes` into an empty database and returns what would be stored, sorted by id.
fn import(bytes: &[u8], format: FileFormat) -> Vec<Offer> {
    let (_, rows) = transfer::read(bytes, Some(format)).unwrap();
    let plan = transfer::plan(rows, &BTreeMap::new());
    // The one warning a lossless file may give: every other week without saying which weeks.
    let errors: Vec<String> = plan
        .issues
        .iter()
        .filter(|i| i.kind != transfer::IssueKind::HoursUnknownWeeks)
        .map(|i| i.message(lotse::i18n::Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut out = plan.writes;
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn json_with_internal_notes_is_lossless(offers in offers()) {
        let first = transfer::to_json(&offers, true);
        let back = import(first.as_bytes(), FileFormat::Json);
        prop_assert_eq!(&back, &offers);
        prop_assert_eq!(transfer::to_json(&back, true), first);
    }

    #[test]
    fn csv_carries_every_field_and_exports_the_same_bytes_again(offers in offers()) {
        let first = transfer::to_csv(&offers, true).unwrap();
        let back = import(&first, FileFormat::Csv);
        prop_assert_eq!(&back, &offers);
        prop_assert_eq!(transfer::to_csv(&back, true).unwrap(), first);
    }

    #[test]
    fn xlsx_carries_every_field_and_exports_the_same_offers_again(offers in offers()) {
        let first = transfer::to_xlsx(&offers, true).unwrap();
        let back = import(&first, FileFormat::Workbook);
        prop_assert_eq!(&back, &offers);
    }

    #[test]
    fn without_internal_notes_everything_else_survives(offers in offers()) {
        let back = import(transfer::to_json(&offers, false).as_bytes(), FileFormat::Json);
        let back_csv = import(&transfer::to_csv(&offers, false).unwrap(), FileFormat::Csv);
        let mut expected = offers.clone();
        for o in &mut expected {
            o.internal_note.clear();
        }
        prop_assert_eq!(&back, &expected);
        prop_assert_eq!(&back_csv, &expected);
    }
}

/// HSDS from a directory to another and back: everything but the internal note.
fn import_hsds_tables(files: &[(String, Vec<u8>)]) -> Vec<Offer> {
    let rows = transfer::read_hsds_tables(files).unwrap();
    let plan = transfer::plan(rows, &BTreeMap::new());
    let errors: Vec<String> = plan
        .issues
        .iter()
        .filter(|i| i.kind != transfer::IssueKind::HoursUnknownWeeks)
        .map(|i| i.message(lotse::i18n::Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut out = plan.writes;
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn hsds_tables_export_import_export_is_identical(offers in offers()) {
        let first = transfer::to_hsds_tables(&offers).unwrap();
        let back = import_hsds_tables(&first);
        let mut expected = offers.clone();
        for o in &mut expected {
            o.internal_note.clear();
        }
        prop_assert_eq!(&back, &expected);
        prop_assert_eq!(transfer::to_hsds_tables(&back).unwrap(), first);
    }

    #[test]
    fn hsds_json_export_import_export_is_identical(offers in offers()) {
        let first = transfer::to_hsds_json(&offers);
        prop_assert!(transfer::is_hsds_json(first.as_bytes()) || offers.is_empty());
        let back = import(first.as_bytes(), FileFormat::Json);
        let mut expected = offers.clone();
        for o in &mut expected {
            o.internal_note.clear();
        }
        prop_assert_eq!(&back, &expected);
        prop_assert_eq!(transfer::to_hsds_json(&back), first);
    }
}
