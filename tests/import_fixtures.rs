//! The import against checked-in files as spreadsheets write them (see
//! `tests/fixtures/import/make_fixtures.py` for how their bytes were made): encodings, BOM,
//! delimiters, header spellings, quoted line breaks, and one rejected row per reason with its
//! row number, column and message in German and English.

#![allow(clippy::unwrap_used)]

use lotse::domain::*;
use lotse::i18n::Lang;
use lotse::transfer::{
    self, Counts, Field, FileFormat, IssueKind, Mapped, Place, Plan, Severity, Source, TextEncoding,
    generated_id,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn fixture(name: &str) -> (Source, Plan) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
    let bytes = std::fs::read(&path).unwrap();
    let (source, rows) = transfer::read(&bytes, FileFormat::from_path(&path)).unwrap();
    (source, transfer::plan(rows, &BTreeMap::new()))
}

fn by_id<'a>(plan: &'a Plan, id: &str) -> &'a Offer {
    plan.writes.iter().find(|o| o.id.as_str() == id).unwrap_or_else(|| panic!("{id} not imported"))
}

fn slots(text: &str) -> Vec<TimeSlot> {
    OpeningHours::parse(text).unwrap().slots
}

#[test]
fn utf8_with_bom_semicolons_crlf_and_german_headers() {
    let (source, plan) = fixture("utf8_bom_semicolon.csv");
    assert_eq!((source.encoding, source.delimiter), (Some(TextEncoding::Utf8Bom), Some(b';')));
    assert_eq!(plan.issues, []);
    assert_eq!(plan.counts, Counts { read: 2, new: 2, updated: 0, unchanged: 0, rejected: 0 });
    let abh = by_id(&plan, "ABH-STADT");
    assert_eq!(abh.title, "Ausländerbehörde Stadt Hafenau");
    assert_eq!(abh.provider_type, ProviderType::ImmigrationOffice);
    assert_eq!(abh.needs, [Need::Auf].into());
    assert_eq!(abh.target_groups, TargetGroup::ALL.into());
    assert_eq!(abh.tags, [GroupTag::Ref].into());
    assert_eq!(abh.description, "Aufenthaltstitel, Verlängerung,\nZweckwechsel; Termine nur online");
    assert_eq!(abh.keywords, ["ABH", "Aufenthalt"]);
    assert_eq!((abh.phone.as_str(), abh.email.as_str()), ("012345 600-0", "abh@hafenau.example"));
    assert_eq!(
        (abh.street.as_str(), abh.postal_code.as_str(), abh.town.as_str()),
        ("Rathausplatz 1", "12345", "Hafenau")
    );
    assert_eq!(abh.service_area, ServiceArea::City);
    assert_eq!(abh.hours.slots, slots("Mo-Fr 08:00-12:00; Do 14:00-18:00"));
    assert_eq!(
        (abh.appointment, abh.cost, abh.status),
        (AppointmentMode::Required, Cost::Fee, OfferStatus::Active)
    );
    assert_eq!(abh.last_verified, Date::from_ymd(2026, 1, 15));
    assert_eq!(abh.internal_note, "Frau K. fragen");
    let ik = by_id(&plan, "SPR-IK");
    assert_eq!(ik.needs, [Need::Spr].into(), "need by its German label");
    assert_eq!(ik.provider_type, ProviderType::LanguageSchool);
    assert_eq!(ik.languages.iter().map(LangCode::as_str).collect::<Vec<_>>(), ["de", "en", "ar", "uk"]);
    assert_eq!(ik.last_verified, Date::from_ymd(2026, 2, 1), "ISO date");
    assert_eq!(ik.service_area, ServiceArea::District);
}

#[test]
fn utf8_commas_lf_and_english_headers() {
    let (source, plan) = fixture("utf8_comma.csv");
    assert_eq!((source.encoding, source.delimiter), (Some(TextEncoding::Utf8), Some(b',')));
    assert_eq!(plan.issues, []);
    let jmd = by_id(&plan, "JMD-01");
    assert_eq!(jmd.provider, "Caritas, Kreisverband");
    assert_eq!(jmd.provider_type, ProviderType::Counselling);
    assert_eq!(jmd.needs, [Need::Bil, Need::Fam].into(), "English labels");
    assert_eq!(jmd.sub_needs, [SubNeed::Youth].into());
    assert_eq!(jmd.phone, "+49 12345 800-2");
    assert_eq!(jmd.hours.slots, slots("Mo, Mi 9-12, 13:30-15"));
    assert_eq!(jmd.hours.note, "offene Sprechstunde");
    assert_eq!(jmd.appointment, AppointmentMode::WalkIn);
    assert_eq!(jmd.channels, [Channel::Phone, Channel::Video].into());
    assert_eq!(jmd.documents, ["Pass, Meldebescheinigung"], "a trailing | keeps one item with a comma");
    assert_eq!((jmd.eligibility.min_age, jmd.eligibility.max_age), (Some(12), Some(27)));
    let mbe = by_id(&plan, "MBE-01");
    assert_eq!(mbe.needs, [Need::Spr, Need::Arb].into(), "synonyms, comma separated");
    assert_eq!(mbe.languages.iter().map(LangCode::as_str).collect::<Vec<_>>(), ["de", "ru"]);
    assert_eq!(mbe.appointment, AppointmentMode::Required);
    assert_eq!(mbe.channels, [Channel::OnSite].into());
    assert_eq!(mbe.eligibility.min_german, Some(GermanLevel::A1));
    assert_eq!(mbe.eligibility.residence, [ResidenceBasis::Fam, ResidenceBasis::Hum].into());
}

#[test]
fn windows_1252_with_umlauts_in_headers_and_values() {
    let raw = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/windows1252_semicolon.csv"),
    )
    .unwrap();
    assert!(raw.contains(&0xE4) && raw.contains(&0xDF) && raw.contains(&0xE9), "ä ß é as single bytes");
    assert!(std::str::from_utf8(&raw).is_err(), "the fixture must not be UTF-8");
    let (source, plan) = fixture("windows1252_semicolon.csv");
    assert_eq!(source.encoding, Some(TextEncoding::Windows1252));
    assert_eq!(plan.issues, [], "Öffnungszeiten, Zuständigkeit, Geprüft am recognised");
    let o = by_id(&plan, "ANE-BERAT");
    assert_eq!(o.title, "Anerkennungsberatung für Gesundheitsberufe");
    assert_eq!(o.provider, "IQ Netzwerk Süd");
    assert!(o.description.ends_with("café, Ärztin, Übersetzung, Straße"), "{}", o.description);
    assert_eq!(o.service_area, ServiceArea::State);
    assert_eq!(o.last_verified, Date::from_ymd(2026, 3, 1));
}

#[test]
fn tab_separated_without_ids_gets_stable_generated_ids() {
    let (source, plan) = fixture("tab_separated.tsv");
    assert_eq!(source.delimiter, Some(b'\t'));
    let cafe_id = generated_id("Sprachcafé im Stadtteilzentrum", "Nachbarschaftsverein Hafenau");
    let cafe = by_id(&plan, cafe_id.as_str());
    assert_eq!(cafe.last_verified, Date::from_ymd(2025, 11, 5));
    // "nach Vereinbarung" is structured since issue 10 (it used to become the note, with a
    // warning).
    assert!(cafe.hours.by_appointment && cafe.hours.slots.is_empty());
    assert_eq!(cafe.hours.note, "");
    assert_eq!(plan.issues, []);
    assert_eq!(plan.counts.new, 2);
}

#[test]
fn rows_are_rejected_only_when_they_cannot_be_an_offer_or_are_unsafe() {
    // Since issue 10 a value that fits no code list never rejects a row: it is mapped (or kept
    // as text) and the report lists the mapping. What is still refused: no title, an id that
    // cannot be one (or is used twice), contact data a counsellor would pass on that is wrong.
    let (_, plan) = fixture("bad_rows.csv");
    let errors: Vec<(usize, u64, String, usize)> = plan
        .issues
        .iter()
        .filter(|i| i.kind.severity() == Severity::Error)
        .map(|i| match (&i.place, &i.column) {
            (Place::Row { row, line: Some(line) }, Some(c)) => {
                (*row, *line, c.name.clone(), c.index.unwrap())
            }
            other => panic!("unexpected place {other:?}"),
        })
        .collect();
    let col = |n: &str, i: usize| (n.to_string(), i);
    let expected = [
        (3, 4, col("titel", 1)),
        (4, 5, col("id", 0)),
        (8, 9, col("telefon", 5)),
        (11, 12, col("website", 7)),
        (14, 15, col("id", 0)),
    ];
    let expected: Vec<_> = expected.into_iter().map(|(r, l, (n, i))| (r, l, n, i)).collect();
    assert_eq!(errors, expected);
    assert_eq!(plan.counts, Counts { read: 14, new: 9, updated: 0, unchanged: 0, rejected: 5 });

    let de: Vec<String> = plan.issues.iter().map(|i| i.message(Lang::De)).collect();
    let en: Vec<String> = plan.issues.iter().map(|i| i.message(Lang::En)).collect();
    let expect_de = [
        "Fehler – Zeile 3 (Textzeile 4), Spalte „titel“ (B): Titel fehlt – jedes Angebot braucht einen Titel.",
        "Fehler – Zeile 4 (Textzeile 5), Spalte „id“ (A): „bad id!“ ist keine gültige ID",
        "Fehler – Zeile 8 (Textzeile 9), Spalte „telefon“ (F): „0800 CALL NOW“ ist keine gültige Telefonnummer",
        "Fehler – Zeile 11 (Textzeile 12), Spalte „website“ (H): „http://“ ist keine gültige Web-Adresse.",
        "Fehler – Zeile 14 (Textzeile 15), Spalte „id“ (A): Die ID „OK-1“ kommt schon in Zeile 2 vor.",
        "Hinweis – Zeile 15 (Textzeile 16), Spalte „geprueft_am“ (I): Den Tag „31.02.2026“ gibt es nicht",
    ];
    let expect_en = [
        "Error – Row 3 (text line 4), column \"titel\" (B): Title missing – every offer needs a title.",
        "Error – Row 4 (text line 5), column \"id\" (A): \"bad id!\" is not a valid id",
        "Error – Row 8 (text line 9), column \"telefon\" (F): \"0800 CALL NOW\" is not a valid phone number",
        "Error – Row 11 (text line 12), column \"website\" (H): \"http://\" is not a valid web address.",
        "Error – Row 14 (text line 15), column \"id\" (A): The id \"OK-1\" already occurs in Row 2.",
        "Warning – Row 15 (text line 16), column \"geprueft_am\" (I): The day \"31.02.2026\" does not exist",
    ];
    assert_eq!(de.len(), expect_de.len(), "{de:#?}");
    for (got, want) in de.iter().zip(expect_de).chain(en.iter().zip(expect_en)) {
        assert!(got.starts_with(want), "\n got: {got}\nwant: {want}…");
    }

    // The rest was mapped, each mapping listed once.
    let m = |f: Field, from: &str| {
        plan.mapping(f, from).unwrap_or_else(|| panic!("{from}: {:#?}", plan.mappings)).to.clone()
    };
    assert_eq!(m(Field::Needs, "XYZ"), Mapped::Keyword);
    assert_eq!(by_id(&plan, "NEED").keywords, ["XYZ"]);
    assert_eq!(by_id(&plan, "DATE").last_verified, Date::from_ymd(2026, 1, 1));
    assert_eq!(by_id(&plan, "MAIL").email, "info@x.de");
    assert_eq!(m(Field::Email, "info(at)x.de"), Mapped::Code { to: "info@x.de".into(), kept: false });
    assert_eq!(m(Field::Groups, "E"), Mapped::Keyword);
    assert_eq!(by_id(&plan, "LANG").languages.iter().map(LangCode::as_str).collect::<Vec<_>>(), ["de"]);
    assert_eq!(by_id(&plan, "STATUS").status, OfferStatus::Active);
    assert_eq!(by_id(&plan, "AGE").eligibility.note, "zwölf");
    assert_eq!(by_id(&plan, "DAY").last_verified, None);
}

#[test]
fn warnings_do_not_reject_rows() {
    let (_, plan) = fixture("warnings.csv");
    let kinds: Vec<(Place, Option<String>, IssueKind)> = plan
        .issues
        .iter()
        .map(|i| (i.place.clone(), i.column.as_ref().map(|c| c.name.clone()), i.kind.clone()))
        .collect();
    let row = |row| Place::Row { row, line: Some(row as u64) };
    assert_eq!(
        kinds,
        [
            (Place::Header, Some("Lieblingsfarbe".into()), IssueKind::UnknownColumn),
            (row(2), Some("titel".into()), IssueKind::ControlChars),
            // "nach Vereinbarung" is understood since issue 10: no warning.
            (row(3), None, IssueKind::ExtraCells(1)),
        ]
    );
    assert_eq!(plan.counts, Counts { read: 2, new: 2, updated: 0, unchanged: 0, rejected: 0 });
    assert_eq!(by_id(&plan, "W-1").title, "Beratung[31m Süd");
    assert_eq!(
        plan.issues[1].message(Lang::De),
        "Hinweis – Zeile 2, Spalte „titel“ (B): Steuerzeichen entfernt."
    );
    assert_eq!(
        plan.issues[0].message(Lang::En),
        "Warning – Row 1, column \"Lieblingsfarbe\" (C): Unknown column – not imported."
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    for name in [
        "utf8_bom_semicolon.csv",
        "utf8_comma.csv",
        "windows1252_semicolon.csv",
        "tab_separated.tsv",
        "warnings.csv",
    ] {
        let (_, first) = fixture(name);
        let db: BTreeMap<OfferId, Offer> = first.writes.iter().map(|o| (o.id.clone(), o.clone())).collect();
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
        let (_, rows) = transfer::read(&std::fs::read(&path).unwrap(), None).unwrap();
        let second = transfer::plan(rows, &db);
        assert!(second.writes.is_empty(), "{name}: {:?}", second.writes);
        assert_eq!(second.counts.unchanged, first.counts.new, "{name}");
    }
}

#[test]
fn json_entries_are_reported_by_number_and_key() {
    let json = br#"{"offers": [
        {"id": "J-1", "title": "Gut", "needs": ["SPR", "Wohnen"], "hours": {"slots": [{"day": "Mo", "from": "09:00", "to": "12:00"}], "note": "Hotline"}},
        {"id": "J-2", "title": "Schlecht", "email": "nope", "eligibility": {"min_age": 300}, "colour": "blue"}
    ]}"#;
    let (_, rows) = transfer::read(json, None).unwrap();
    let plan = transfer::plan(rows, &BTreeMap::new());
    let o = by_id(&plan, "J-1");
    assert_eq!((o.needs.as_slice(), o.hours.note.as_str()), (&[Need::Spr, Need::Woh][..], "Hotline"));
    let msgs: Vec<String> = plan.issues.iter().map(|i| i.message(Lang::De)).collect();
    assert_eq!(
        msgs,
        [
            "Fehler – Eintrag 2, Feld „email“: „nope“ ist keine gültige E-Mail-Adresse.",
            "Hinweis – Eintrag 2, Feld „colour“: Unbekanntes Feld – wird nicht übernommen.",
        ]
    );
}
