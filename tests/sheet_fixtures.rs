//! A Welcome Center's sheet as it really is — cost as a sentence, service areas as towns,
//! provider types in whatever words, hours as offices write them, conditions only as text,
//! English texts beside German ones — checked in as CSV, Excel (.xlsx) and LibreOffice (.ods).
//! All three files hold the cells of `SHEET` below and must import to the same offers, the
//! same findings and the same mappings.
//!
//! The files are made from `SHEET` by this test file itself: `LOTSE_WRITE_FIXTURES=1 cargo
//! test --test sheet_fixtures` writes those that are missing (delete them first after changing
//! `SHEET`); `the_files_hold_the_sheet` fails when a file and `SHEET` differ. In the workbooks
//! the postal code is a number and "Geprüft am" a real date cell, as Excel and LibreOffice keep
//! them; they must read as the CSV's text.

#![allow(clippy::unwrap_used)]

use lotse::domain::*;
use lotse::i18n::Lang;
use lotse::transfer::{self, Counts, Field, FileFormat, Mapped, Place, Plan, Severity};
use std::collections::BTreeMap;
use std::path::PathBuf;

const HEADER: &[&str] = &[
    "Titel",
    "Titel (EN)",
    "Anbieter",
    "Anbietertyp",
    "Bedarfe",
    "Kurzbeschreibung",
    "Summary_EN",
    "Telefon",
    "E-Mail",
    "Website",
    "PLZ",
    "Ort",
    "Zuständigkeit",
    "Öffnungszeiten",
    "Termin",
    "Kosten",
    "Voraussetzungen",
    "Geprüft am",
];

/// Column of the postal code (a number in the workbooks) and of the date (a date cell).
const PLZ: usize = 10;
const VERIFIED: usize = 17;

const SHEET: &[[&str; 18]] = &[
    [
        "Sprachcafé Neustadt",
        "Language café Neustadt",
        "Nachbarschaftsverein Neustadt",
        "Verein",
        "Deutsch lernen",
        "Deutsch üben in lockerer Runde, mit Kinderbetreuung.",
        "Practise German in a relaxed group, with childcare.",
        "012345 100",
        "cafe(at)nachbarn.example",
        "",
        "1234",
        "Neustadt",
        "Neustadt",
        "jeden 1. Do im Monat 18:30-21:00",
        "ohne Termin",
        "Kostenlos.",
        "",
        "01.02.2026",
    ],
    [
        "Integrationskurs mit Kinderbetreuung",
        "",
        "Volkshochschule Flusstal",
        "Bildungsträger",
        "Sprache",
        "Allgemeiner Integrationskurs, 700 Unterrichtsstunden.",
        "",
        "012345 200",
        "kurse@vhs-flusstal.example",
        "www.vhs-flusstal.example",
        "12345",
        "Altdorf",
        "Neustadt, Landkreis Flusstal",
        "Mo,Di,Do 09:00-12:00 (Telefon-Hotline); Di 14:00-18:00 (offene Sprechstunde)",
        "nach Vereinbarung",
        "Gebühr je nach Titel ca. 50–147 €",
        "Deutsch ab B1",
        "15.01.2026",
    ],
    [
        "Jugendmigrationsdienst",
        "Youth migration service",
        "Caritas Flusstal",
        "Wohlfahrtsverband",
        "Ausbildung, Familie",
        "Beratung zu Schule, Ausbildung und Studium.",
        "",
        "012345 300",
        "jmd@caritas.example",
        "",
        "12345",
        "Altdorf",
        "Neustadt, Altdorf",
        "1. und 3. Mi 15-17",
        "not_needed",
        "kostenlos",
        "für junge Menschen von 12 bis 27",
        "03.03.2026",
    ],
    [
        "Migrationsberatung für Erwachsene",
        "",
        "Diakonie Flusstal",
        "counselling",
        "Aufenthalt, Arbeit",
        "Beratung zu Aufenthalt, Arbeit und Familie.",
        "",
        "012345 400",
        "mbe@diakonie.example",
        "",
        "12345",
        "Bergheim",
        "Neustadt, Altdorf, Bergheim",
        "letzter Fr im Monat 10-12",
        "walk_in",
        "kostenlos",
        "ab 27",
        "",
    ],
    [
        "EU-Beratung faire Mobilität",
        "Fair mobility counselling",
        "Welcome Center Flusstal",
        "welcome_center",
        "Arbeitsrecht",
        "Beratung zu Lohn und Arbeitsvertrag.",
        "Advice on wages and contracts.",
        "012345 500",
        "eu@wc-flusstal.example",
        "",
        "12345",
        "Neustadt",
        "Landkreis",
        "Di 14-tägig 10-12",
        "empfohlen",
        "",
        "nur EU-Bürger",
        "2026/02/10",
    ],
    [
        "Anerkennung Pflegefachkräfte",
        "",
        "Landesamt für Gesundheit",
        "Landesamt",
        "Anerkennung",
        "Anerkennung ausländischer Pflegeabschlüsse.",
        "",
        "0800 123 456",
        "anerkennung@land.example",
        "",
        "",
        "",
        "bundesweit",
        "nach Vereinbarung",
        "Termin nach telefonischer Absprache",
        "Gebühr 100–600 €",
        "Aufenthaltserlaubnis nach § 16d, B2 erforderlich",
        "März 2025",
    ],
    [
        "Schülerhilfe Deutsch",
        "",
        "Lieblingsverein und VHS",
        "Lieblingsverein und VHS",
        "Schule",
        "Hausaufgabenhilfe.",
        "",
        "012345 700",
        "",
        "",
        "12345",
        "Neustadt",
        "Neustadt",
        "Mo-Fr 14-16; in den Ferien geschlossen",
        "",
        "Erstberatung kostenlos, danach 30 €",
        "unter 18",
        "31.02.2026",
    ],
    [
        "",
        "",
        "Ohne Titel e. V.",
        "Verein",
        "Wohnen",
        "",
        "",
        "",
        "",
        "",
        "",
        "Neustadt",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "Verdächtiger Link",
        "",
        "Unbekannt",
        "",
        "",
        "",
        "",
        "",
        "",
        "javascript:alert('x.y')",
        "",
        "Neustadt",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn csv_bytes() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w =
            csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(&mut out);
        w.write_record(HEADER).unwrap();
        for row in SHEET {
            w.write_record(row).unwrap();
        }
    }
    // German Excel: UTF-8 with BOM.
    [b"\xEF\xBB\xBF".as_slice(), &out].concat()
}

/// (year, month, day) of a date cell, for the workbooks.
fn date_cell(text: &str) -> Option<(u16, u8, u8)> {
    let d = Date::parse(text).ok()?;
    Some((d.year() as u16, d.month() as u8, d.day() as u8))
}

fn xlsx_bytes() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Angebote").unwrap();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in SHEET.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c16 = c as u16;
            if cell.is_empty() {
                continue;
            }
            let written = match (c, cell.parse::<f64>(), date_cell(cell)) {
                (PLZ, Ok(n), _) => sheet.write_number(r, c16, n).map(|_| ()),
                (VERIFIED, _, Some((y, m, d))) => {
                    let dt = ExcelDateTime::from_ymd(y, m, d).unwrap();
                    sheet.write_datetime_with_format(r, c16, &dt, &date).map(|_| ())
                }
                _ => sheet.write_string(r, c16, *cell).map(|_| ()),
            };
            written.unwrap();
        }
    }
    // A second sheet, so that "the first sheet" and --sheet mean something.
    book.add_worksheet().set_name("Notizen").unwrap().write_string(0, 0, "Nicht importieren").unwrap();
    book.save_to_buffer().unwrap()
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn ods_bytes() -> Vec<u8> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let cell = |c: usize, text: &str| -> String {
        if text.is_empty() {
            return "<table:table-cell/>".into();
        }
        match (c, text.parse::<f64>(), Date::parse(text).ok()) {
            (PLZ, Ok(n), _) => {
                format!(
                    "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
                )
            }
            (VERIFIED, _, Some(d)) => format!(
                "<table:table-cell office:value-type=\"date\" office:date-value=\"{}\"><text:p>{}</text:p></table:table-cell>",
                d.iso(),
                xml(text)
            ),
            _ => format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                xml(text)
            ),
        }
    };
    let mut body = String::new();
    for row in std::iter::once(HEADER.to_vec()).chain(SHEET.iter().map(|r| r.to_vec())) {
        body.push_str("<table:table-row>");
        for (c, text) in row.iter().enumerate() {
            body.push_str(&cell(c, text));
        }
        body.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet>\
         <table:table table:name=\"Angebote\">{body}</table:table>\
         <table:table table:name=\"Notizen\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>Nicht importieren</text:p></table:table-cell></table:table-row></table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
        </manifest:manifest>";
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        let fixed = zip::DateTime::default();
        let stored = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored)
            .last_modified_time(fixed);
        let deflated = SimpleFileOptions::default().last_modified_time(fixed);
        // The mimetype first and uncompressed, as OpenDocument requires.
        z.start_file("mimetype", stored).unwrap();
        z.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
        z.start_file("META-INF/manifest.xml", deflated).unwrap();
        z.write_all(manifest.as_bytes()).unwrap();
        z.start_file("content.xml", deflated).unwrap();
        z.write_all(content.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    out.into_inner()
}

/// A checked-in fixture; written first when asked to and missing.
fn file(name: &str, make: fn() -> Vec<u8>) -> Vec<u8> {
    let path = dir().join(name);
    if !path.exists() && std::env::var_os("LOTSE_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, make()).unwrap();
    }
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {} missing: {e}", path.display()))
}

fn plan_of(name: &str, make: fn() -> Vec<u8>) -> Plan {
    let bytes = file(name, make);
    let (_, rows) = transfer::read(&bytes, FileFormat::from_path(std::path::Path::new(name))).unwrap();
    transfer::plan(rows, &BTreeMap::new())
}

fn all() -> [(&'static str, Plan); 3] {
    [
        ("messy.csv", plan_of("messy.csv", csv_bytes)),
        ("messy.xlsx", plan_of("messy.xlsx", xlsx_bytes)),
        ("messy.ods", plan_of("messy.ods", ods_bytes)),
    ]
}

fn offer<'a>(plan: &'a Plan, title: &str) -> &'a Offer {
    plan.writes.iter().find(|o| o.title == title).unwrap_or_else(|| panic!("{title} not imported"))
}

#[test]
fn the_files_hold_the_sheet() {
    assert_eq!(file("messy.csv", csv_bytes), csv_bytes(), "messy.csv differs from SHEET");
    let texts = |name: &str, make: fn() -> Vec<u8>| -> Vec<Vec<String>> {
        let bytes = file(name, make);
        let (_, rows) = transfer::read(&bytes, FileFormat::from_path(std::path::Path::new(name))).unwrap();
        rows.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| match &c.2 {
                        transfer::Raw::Text(t) => t.clone(),
                        other => format!("{other:?}"),
                    })
                    .collect()
            })
            .collect()
    };
    let csv = texts("messy.csv", csv_bytes);
    for (name, make) in [("messy.xlsx", xlsx_bytes as fn() -> Vec<u8>), ("messy.ods", ods_bytes)] {
        let sheet = texts(name, make);
        for (a, b) in csv.iter().zip(&sheet) {
            // The workbooks keep the postal code as a number and the date as a date; they read
            // as text like the CSV's, except where the text was not a date to begin with.
            assert_eq!(a.len(), b.len(), "{name}");
            for (x, y) in a.iter().zip(b) {
                let same = x == y || Date::parse(y).ok().is_some_and(|d| transfer_date(x) == Some(d));
                assert!(same || (x.len() == 4 && *y == *x), "{name}: {x:?} vs {y:?}");
            }
        }
        assert_eq!(csv.len(), sheet.len(), "{name}");
    }
}

/// The date a cell means after the import's tolerant reading.
fn transfer_date(text: &str) -> Option<Date> {
    let (_, rows) =
        transfer::read(format!("titel;geprueft_am\nx;{text}\n").as_bytes(), Some(FileFormat::Csv)).ok()?;
    transfer::plan(rows, &BTreeMap::new()).writes.first()?.last_verified
}

#[test]
fn every_format_imports_the_same() {
    let [(_, csv), (_, xlsx), (_, ods)] = all();
    for (name, p) in [("xlsx", &xlsx), ("ods", &ods)] {
        assert_eq!(p.writes, csv.writes, "{name}: offers");
        assert_eq!(p.counts, csv.counts, "{name}: counts");
        let kinds = |p: &Plan| -> Vec<(usize, IssueKindName)> {
            p.issues
                .iter()
                .map(|i| match i.place {
                    Place::Row { row, .. } => (row, format!("{:?}", i.kind)),
                    _ => (0, format!("{:?}", i.kind)),
                })
                .collect()
        };
        assert_eq!(kinds(p), kinds(&csv), "{name}: findings, with the rows the spreadsheet shows");
        let m = |p: &Plan| {
            p.mappings.iter().map(|m| (m.field, m.from.clone(), m.to.clone(), m.rows)).collect::<Vec<_>>()
        };
        // The date cell of the workbooks is a date, not text to map.
        let without_dates = |v: Vec<(Field, String, Mapped, usize)>| {
            v.into_iter()
                .filter(|m| m.0 != Field::LastVerified && m.0 != Field::PostalCode)
                .collect::<Vec<_>>()
        };
        assert_eq!(without_dates(m(p)), without_dates(m(&csv)), "{name}: mappings");
    }
}

type IssueKindName = String;

#[test]
fn a_real_sheet_is_taken_as_it_is() {
    for (name, plan) in all() {
        // Two rows cannot be offers: no title, and a "web address" that is a script.
        assert_eq!(plan.counts, Counts { read: 9, new: 7, updated: 0, unchanged: 0, rejected: 2 }, "{name}");
        let errors: Vec<String> = plan
            .issues
            .iter()
            .filter(|i| i.kind.severity() == Severity::Error)
            .map(|i| i.message(Lang::De))
            .collect();
        assert_eq!(errors.len(), 2, "{name}: {errors:#?}");
        assert!(errors[0].starts_with("Fehler – Zeile 9"), "{name}: {}", errors[0]);
        assert!(errors[0].contains("Titel fehlt"), "{name}");
        assert!(errors[1].starts_with("Fehler – Zeile 10, Spalte „Website“ (J)"), "{name}: {}", errors[1]);

        // Cost as a sentence; the sentence kept.
        let cafe = offer(&plan, "Sprachcafé Neustadt");
        assert_eq!(
            (cafe.cost, cafe.cost_note.as_str()),
            (Cost::Free, ""),
            "{name}: 'Kostenlos.' says it all"
        );
        let ik = offer(&plan, "Integrationskurs mit Kinderbetreuung");
        assert_eq!(
            (ik.cost, ik.cost_note.as_str()),
            (Cost::Fee, "Gebühr je nach Titel ca. 50–147 €"),
            "{name}"
        );
        let m = plan.mapping(Field::Cost, "Gebühr je nach Titel ca. 50–147 €").unwrap();
        assert_eq!((m.to.clone(), m.rows), (Mapped::Code { to: "kostenpflichtig".into(), kept: true }, 1));
        let kostenlos = plan.mapping(Field::Cost, "kostenlos");
        assert!(kostenlos.is_none(), "{name}: a code is no mapping");
        let help = offer(&plan, "Schülerhilfe Deutsch");
        assert_eq!(
            (help.cost, help.cost_note.as_str()),
            (Cost::Unknown, "Erstberatung kostenlos, danach 30 €")
        );

        // Appointment words.
        assert_eq!(cafe.appointment, AppointmentMode::WalkIn);
        assert_eq!(ik.appointment, AppointmentMode::Required, "{name}: nach Vereinbarung");
        let jmd = offer(&plan, "Jugendmigrationsdienst");
        assert_eq!(jmd.appointment, AppointmentMode::WalkIn, "{name}: not_needed");
        assert_eq!(offer(&plan, "Migrationsberatung für Erwachsene").appointment, AppointmentMode::WalkIn);
        let ane = offer(&plan, "Anerkennung Pflegefachkräfte");
        assert_eq!(ane.appointment, AppointmentMode::Required);
        assert!(
            ane.hours.note.contains("Termin nach telefonischer Absprache"),
            "{name}: kept as the hours note"
        );

        // Provider types by German and English words and snake_case; the words kept.
        assert_eq!(cafe.provider_type, ProviderType::Volunteer);
        assert_eq!((ik.provider_type, ik.provider_type_note()), (ProviderType::Education, "Bildungsträger"));
        assert_eq!(
            (jmd.provider_type, jmd.provider_type_note()),
            (ProviderType::Counselling, "Wohlfahrtsverband")
        );
        assert_eq!(
            offer(&plan, "Migrationsberatung für Erwachsene").provider_type,
            ProviderType::Counselling
        );
        let eu = offer(&plan, "EU-Beratung faire Mobilität");
        assert_eq!(eu.provider_type, ProviderType::WelcomeCenter);
        assert_eq!(ane.provider_type, ProviderType::Authority);
        assert_eq!(
            (help.provider_type, help.provider_type_note()),
            (ProviderType::Other, "Lieblingsverein und VHS")
        );

        // Service areas as towns: the region is Neustadt, Altdorf, Bergheim.
        assert_eq!((cafe.service_area, cafe.towns().len()), (ServiceArea::City, 0), "{name}: its own town");
        assert_eq!(
            (ik.service_area, ik.towns().len()),
            (ServiceArea::District, 0),
            "{name}: a district named"
        );
        assert_eq!(jmd.service_area, ServiceArea::District);
        assert_eq!(jmd.towns(), ["Neustadt", "Altdorf"], "{name}: the towns it serves");
        assert!(jmd.serves_town("Altdorf") && !jmd.serves_town("Bergheim"));
        let mbe = offer(&plan, "Migrationsberatung für Erwachsene");
        assert_eq!(
            (mbe.service_area, mbe.towns().len()),
            (ServiceArea::District, 0),
            "{name}: every town of the region"
        );
        assert_eq!(ane.service_area, ServiceArea::Nationwide);

        // Opening hours as sheets write them.
        let slots =
            |o: &Offer| o.hours.slots.iter().map(|s| (s.day, s.rule, s.note.to_string())).collect::<Vec<_>>();
        assert_eq!(slots(cafe), [(Weekday::Do, Recurrence::Monthly(1), String::new())], "{name}");
        assert_eq!(
            ik.hours.to_string(),
            "Mo,Di,Do 09:00-12:00 (Telefon-Hotline); Di 14:00-18:00 (offene Sprechstunde)"
        );
        assert_eq!(slots(jmd), [(Weekday::Mi, Recurrence::Monthly(0b101), String::new())]);
        assert_eq!(mbe.hours.slots[0].rule, Recurrence::Monthly(1 << 5), "{name}: letzter Fr");
        assert_eq!(eu.hours.slots[0].rule, Recurrence::Fortnightly(None));
        assert!(ane.hours.by_appointment && ane.hours.slots.is_empty(), "{name}: nach Vereinbarung");
        assert_eq!(help.hours.slots.len(), 5);
        assert!(help.hours.note.starts_with("in den Ferien geschlossen"), "{name}: {}", help.hours.note);
        let warned = |title: &str, kind: &str| {
            let o = offer(&plan, title);
            let row = plan.writes.iter().position(|w| w.id == o.id).unwrap();
            let _ = row;
            plan.issues.iter().any(|i| format!("{:?}", i.kind).starts_with(kind))
        };
        assert!(
            warned("Schülerhilfe Deutsch", "HoursAsNote"),
            "{name}: what is not read is kept, with a warning"
        );
        assert!(warned("EU-Beratung faire Mobilität", "HoursUnknownWeeks"), "{name}");

        // Conditions from text, marked until confirmed.
        let e = |o: &Offer| (o.eligibility.min_age, o.eligibility.max_age, o.eligibility.min_german);
        assert_eq!(e(jmd), (Some(12), Some(27), None), "{name}");
        assert!(jmd.eligibility.from_text.min_age && jmd.eligibility.from_text.max_age);
        assert_eq!(e(mbe), (Some(27), None, None));
        assert_eq!(e(ik), (None, None, Some(GermanLevel::B1)));
        assert_eq!(e(help), (None, Some(17), None), "{name}: unter 18");
        assert_eq!(eu.eligibility.residence.as_slice(), [ResidenceBasis::Eu]);
        assert_eq!(ane.eligibility.residence.as_slice(), [ResidenceBasis::Recog]);
        assert_eq!(ane.eligibility.min_german, Some(GermanLevel::B2));
        assert!(ane.eligibility.from_text.residence && ane.eligibility.from_text.min_german);

        // English beside German; contact data fixed when clear; dates as sheets write them.
        assert_eq!(
            (cafe.title_en(), cafe.description_en()),
            ("Language café Neustadt", "Practise German in a relaxed group, with childcare.")
        );
        assert_eq!(cafe.email, "cafe@nachbarn.example");
        assert_eq!(cafe.postal_code, "01234", "{name}: a leading zero lost by the spreadsheet");
        assert_eq!(cafe.last_verified, Date::from_ymd(2026, 2, 1));
        assert_eq!(eu.last_verified, Date::from_ymd(2026, 2, 10));
        assert_eq!(ane.last_verified, Date::from_ymd(2025, 3, 1));
        assert_eq!(help.last_verified, None, "{name}: 31.02. is no day");
    }
}

#[test]
fn the_report_lists_each_mapping_once() {
    let [(_, csv), ..] = all();
    let source = transfer::Source { format: FileFormat::Csv, encoding: None, delimiter: None, sheet: None };
    let text = transfer::render(&csv, &source, "messy.csv", transfer::Outcome::DryRun, Lang::De);
    assert!(text.contains("Zuordnungen (jede einmal, mit der Zahl der Zeilen):"), "{text}");
    assert!(text.contains("Spalte „Kosten“: „Gebühr je nach Titel ca. 50–147 €“ → kostenpflichtig, Text als Hinweis behalten (1 Zeile)"), "{text}");
    assert!(text.contains("Spalte „Termin“: „not_needed“ → ohne (1 Zeile)"), "{text}");
    assert!(text.contains("Spalte „Anbietertyp“: „counselling“ → beratung (1 Zeile)"), "{text}");
    assert!(
        text.contains("Spalte „Zuständigkeit“: „Neustadt, Altdorf“ → Orte: Neustadt, Altdorf (1 Zeile)"),
        "{text}"
    );
    assert!(text.contains("Spalte „Voraussetzungen“: „ab 27“ → Mindestalter 27 (aus Text erkannt, bitte bestätigen) (1 Zeile)"), "{text}");
    let lines = text.lines().filter(|l| l.contains("„kostenlos“")).count();
    assert_eq!(lines, 0, "codes are no mappings:\n{text}");
}

#[test]
fn a_sheet_by_name() {
    let bytes = file("messy.xlsx", xlsx_bytes);
    let (source, rows) = transfer::read_sheet(&bytes, Some(FileFormat::Workbook), None).unwrap();
    assert_eq!(source.sheet.as_ref().map(|s| s.1.as_str()), Some("Angebote"), "the first sheet");
    assert_eq!(rows.rows.len(), SHEET.len());
    let err = transfer::read_sheet(&bytes, Some(FileFormat::Workbook), Some("notizen")).unwrap_err();
    assert!(matches!(err, transfer::FileError::NoKnownColumns { .. }), "{err:?}");
    let err = transfer::read_sheet(&bytes, Some(FileFormat::Workbook), Some("Tabelle9")).unwrap_err();
    assert_eq!(
        err.message(Lang::De, "messy.xlsx"),
        "In messy.xlsx gibt es kein Blatt „Tabelle9“ (vorhanden: „Angebote“, „Notizen“)."
    );
    let ods = file("messy.ods", ods_bytes);
    let (source, _) = transfer::read_sheet(&ods, Some(FileFormat::Workbook), Some("Angebote")).unwrap();
    assert_eq!(source.sheet.map(|s| s.0), Some(transfer::Workbook::Ods));
}

/// For measuring (docs/import-export.md): `LOTSE_LARGE_XLSX=/tmp/10k.xlsx cargo test --test
/// sheet_fixtures -- --ignored large` writes the synthetic directory of 10,000 offers as the
/// export would, then `lotse --db … import /tmp/10k.xlsx` is timed with the release binary.
#[test]
#[ignore = "writes a large workbook for measuring the import"]
fn write_a_large_workbook() {
    let Some(path) = std::env::var_os("LOTSE_LARGE_XLSX") else { return };
    let seed = std::env::var("LOTSE_LARGE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(7);
    let offers = lotse::synth::synthetic_offers(10_000, seed);
    std::fs::write(&path, transfer::to_xlsx(&offers, false).unwrap()).unwrap();
    std::fs::write(PathBuf::from(&path).with_extension("csv"), transfer::to_csv(&offers, false).unwrap())
        .unwrap();
}
