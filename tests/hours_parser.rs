//! Property: opening hours survive parse → print → parse. For structured hours of every kind
//! (weekly, monthly, every other week, notes per window, "nach Vereinbarung") the printed form
//! reads back to the same hours; for text as sheets write it, what the lenient parser
//! understood prints to a form that reads back to the same and prints the same again.

#![allow(clippy::unwrap_used)]

use lotse::domain::conditions;
use lotse::domain::*;
use proptest::prelude::*;
use proptest::sample::select;

fn rule() -> impl Strategy<Value = Recurrence> {
    prop_oneof![
        3 => Just(Recurrence::Weekly),
        1 => (1u8..64).prop_map(Recurrence::Monthly),
        1 => proptest::option::of(any::<bool>()).prop_map(Recurrence::Fortnightly),
    ]
}

fn hours() -> impl Strategy<Value = OpeningHours> {
    let notes =
        ["", "", "Telefon-Hotline", "offene Sprechstunde", "Elterncafé (mit Kinderbetreuung)", "nur; Mo"];
    let slot = (0usize..7, 0u16..1440, 1u16..600, rule(), select(notes.to_vec())).prop_map(
        |(d, from, len, rule, note)| TimeSlot {
            day: Weekday::from_index(d),
            from,
            to: (from + len).min(1440),
            rule,
            note: note.into(),
        },
    );
    (proptest::collection::vec(slot, 0..8), any::<bool>()).prop_map(|(mut slots, by_appointment)| {
        slots.sort();
        slots.dedup();
        OpeningHours { slots, by_appointment, note: Default::default() }
    })
}

/// Text in the words sheets use, in any order: most of it reads, some does not.
fn sheet_text() -> impl Strategy<Value = String> {
    let piece = select(vec![
        "Mo",
        "Di",
        "Mi",
        "Do",
        "Fr",
        "Sa",
        "So",
        "Montag",
        "freitags",
        "Mo-Fr",
        "Mo,Di,Do",
        "Mo bis Mi",
        "werktags",
        "9-12",
        "09:00-12:00",
        "9.30 - 12 Uhr",
        "von 14 bis 18 Uhr",
        "13:30-15",
        "8am-1pm",
        "(Telefon-Hotline)",
        "(offene Sprechstunde)",
        "(gerade KW)",
        "1.",
        "3.",
        "letzter",
        "und",
        ",",
        "/",
        "im Monat",
        "jeden",
        "14-tägig",
        "alle 14 Tage",
        "ungerade Wochen",
        "nach Vereinbarung",
        ";",
        "\n",
        "Ferien",
        "geschlossen",
        "ab",
        "12",
        "-",
        "(",
        ")",
        "24:00",
        "25:00",
        "0-1",
    ]);
    proptest::collection::vec(piece, 0..14).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn structured_hours_print_and_read_back(h in hours()) {
        let text = h.to_string();
        let back = OpeningHours::parse(&text);
        prop_assert_eq!(back.as_ref(), Ok(&h), "{}", text);
    }

    #[test]
    fn what_the_lenient_parser_reads_is_stable(text in sheet_text()) {
        let first = OpeningHours::parse_lenient(&text).hours;
        let printed = first.to_string();
        let again = OpeningHours::parse(&printed);
        prop_assert_eq!(again.as_ref(), Ok(&first), "{:?} printed as {:?}", text, printed);
        prop_assert_eq!(again.unwrap().to_string(), printed);
    }

    #[test]
    fn any_text_is_safe(text in "\\PC{0,80}") {
        let l = OpeningHours::parse_lenient(&text);
        let _ = l.hours.to_string();
        let _ = OpeningHours::parse(&text);
    }
}

/// Cells of every column, from text that trips parsers: umlauts whose lower case is longer,
/// digits, punctuation, parentheses, paragraphs, euro signs, line breaks.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        "[0-9 .,:;/()§€+\\-–İıßäÖ@a-zA-Z\n]{0,40}",
        select(vec![
            "ab 27",
            "12–27",
            "unter 18",
            "§§ 27-36",
            "nur EU-Bürger",
            "B1",
            "MAİLTO:x(at)y.de",
            "İnfo(AT)x.de",
            "Neustadt, Landkreis Flusstal",
            "Kostenlos.",
            "1. und 3. Mi 18-21",
            "(",
            "§",
            "€",
        ])
        .prop_map(str::to_string),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_cell_in_any_column_is_read_without_a_panic(cells in proptest::collection::vec(cell(), 38)) {
        use lotse::transfer;
        let header = "id;titel;anbieter;anbietertyp;bedarfe;unterthemen;zielgruppen;beschreibung;stichwoerter;\
            telefon;email;website;adresse;plz;ort;zustaendigkeit;ausser_orte;oeffnungszeiten;zeiten_hinweis;termin;\
            kanaele;sprachen;kosten;kosten_hinweis;voraussetzungen;mindestalter;hoechstalter;deutsch_mindestens;\
            aufenthalt;unterlagen;status;geprueft_am;titel_en;beschreibung_en;anbietertyp_hinweis;orte;notiz;x";
        let quoted: Vec<String> = cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
        let text = format!("{header}\n{}\n", quoted.join(";"));
        if let Ok((_, rows)) = transfer::read(text.as_bytes(), Some(transfer::FileFormat::Csv)) {
            let plan = transfer::plan(rows, &Default::default());
            for lang in [lotse::i18n::Lang::De, lotse::i18n::Lang::En] {
                let source = transfer::Source { format: transfer::FileFormat::Csv, encoding: None, delimiter: None, sheet: None };
                let _ = transfer::render(&plan, &source, "x.csv", transfer::Outcome::DryRun, lang);
            }
        }
        for c in &cells {
            let _ = conditions::read(c, conditions::Source::Conditions);
            let _ = conditions::read(c, conditions::Source::Description);
        }
    }
}
