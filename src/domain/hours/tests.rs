use super::*;
use chrono::NaiveDate;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
}

fn slots(h: &OpeningHours) -> Vec<(Weekday, u16, u16, Recurrence, &str)> {
    h.slots.iter().map(|s| (s.day, s.from, s.to, s.rule, s.note.as_str())).collect()
}

#[test]
fn parses_the_documented_form() {
    let h = OpeningHours::parse("Mo-Fr 09:00-12:00; Di 14:00-18:00").unwrap();
    assert_eq!(h.slots.len(), 6);
    assert_eq!(h.on(Weekday::Di).count(), 2);
    // The canonical form keeps the shape a sheet writes (it used to list day by day).
    assert_eq!(h.to_string(), "Mo-Fr 09:00-12:00; Di 14:00-18:00");
    assert_eq!(OpeningHours::parse(&h.to_string()).unwrap(), h);
}

#[test]
fn parses_loose_forms() {
    let h = OpeningHours::parse("Mo, Mi 9-12, 13:30-15 Uhr").unwrap();
    assert_eq!(h.on(Weekday::Mi).map(|s| (s.from, s.to)).collect::<Vec<_>>(), vec![(540, 720), (810, 900)]);
    assert!(OpeningHours::parse("").unwrap().slots.is_empty());
    for (text, canonical) in [
        ("Montag bis Freitag von 9 bis 12 Uhr", "Mo-Fr 09:00-12:00"),
        ("Mo.–Fr.: 9.30 – 12 Uhr", "Mo-Fr 09:30-12:00"),
        ("Mo 9-12, Di 14-18", "Mo 09:00-12:00; Di 14:00-18:00"),
        ("Mo/Mi 9h-12h", "Mo,Mi 09:00-12:00"),
        ("montags und mittwochs 9 Uhr bis 12:30 Uhr", "Mo,Mi 09:00-12:30"),
        ("werktags 8-16", "Mo-Fr 08:00-16:00"),
        ("Mon-Fri 9am-1pm", "Mo-Fr 09:00-13:00"),
        ("Mo-Do 9-12 und 13-15\nFr 9-12", "Mo-Fr 09:00-12:00; Mo-Do 13:00-15:00"),
    ] {
        assert_eq!(OpeningHours::parse(text).map(|h| h.to_string()), Ok(canonical.to_string()), "{text}");
    }
}

#[test]
fn a_note_per_window_in_parentheses() {
    let h =
        OpeningHours::parse("Mo,Di,Do 09:00-12:00 (Telefon-Hotline); Di 14:00-18:00 (offene Sprechstunde)")
            .unwrap();
    assert_eq!(
        slots(&h),
        [
            (Weekday::Mo, 540, 720, Recurrence::Weekly, "Telefon-Hotline"),
            (Weekday::Di, 540, 720, Recurrence::Weekly, "Telefon-Hotline"),
            (Weekday::Di, 840, 1080, Recurrence::Weekly, "offene Sprechstunde"),
            (Weekday::Do, 540, 720, Recurrence::Weekly, "Telefon-Hotline"),
        ]
    );
    assert_eq!(h.to_string(), "Mo,Di,Do 09:00-12:00 (Telefon-Hotline); Di 14:00-18:00 (offene Sprechstunde)");
    let h = OpeningHours::parse("Mo 9-12 (Hotline), 14-16 (Beratung vor Ort)").unwrap();
    assert_eq!(h.slots[0].note, "Hotline");
    assert_eq!(h.slots[1].note, "Beratung vor Ort");
}

#[test]
fn monthly_rules() {
    let mo =
        |s: &str| OpeningHours::parse(s).map(|h| slots(&h).iter().map(|s| (s.0, s.3)).collect::<Vec<_>>());
    assert_eq!(mo("1. und 3. Mi 15-17"), Ok(vec![(Weekday::Mi, Recurrence::Monthly(0b101))]));
    assert_eq!(mo("jeden 1. Do im Monat 18:30-21:00"), Ok(vec![(Weekday::Do, Recurrence::Monthly(1))]));
    assert_eq!(mo("letzter Fr im Monat 14-16"), Ok(vec![(Weekday::Fr, Recurrence::Monthly(LAST_WEEK))]));
    assert_eq!(
        mo("am 2./4. Dienstag des Monats 10-12"),
        Ok(vec![(Weekday::Di, Recurrence::Monthly(0b1010))])
    );
    assert_eq!(mo("1st and 3rd Wed 3pm-5pm"), Ok(vec![(Weekday::Mi, Recurrence::Monthly(0b101))]));
    assert_eq!(mo("Mi (1. und 3. im Monat) 15-17"), Ok(vec![(Weekday::Mi, Recurrence::Monthly(0b101))]));
    assert_eq!(
        mo("1. Mi und 3. Do 9-12"),
        Ok(vec![(Weekday::Mi, Recurrence::Monthly(1)), (Weekday::Do, Recurrence::Monthly(0b100))]),
        "each day keeps its own ordinals"
    );
    assert!(mo("monatlich Mi 9-12").is_err(), "which week is not said");
    let h = OpeningHours::parse("1. und 3. Mi 18:30-21:00; letzter Fr 14-16").unwrap();
    assert_eq!(h.to_string(), "1. und 3. Mi 18:30-21:00; letzter Fr 14:00-16:00");
    assert_eq!(OpeningHours::parse(&h.to_string()).unwrap(), h);
}

#[test]
fn every_other_week_and_by_appointment() {
    let h = OpeningHours::parse("Di 14-tägig 10-12").unwrap();
    assert_eq!(h.slots[0].rule, Recurrence::Fortnightly(None));
    assert!(h.has_unknown_weeks());
    let h = OpeningHours::parse("alle 14 Tage Di 10-12 (ungerade KW)").unwrap();
    assert_eq!(h.slots[0].rule, Recurrence::Fortnightly(Some(true)));
    assert_eq!(h.to_string(), "14-tägig ungerade KW Di 10:00-12:00");
    let h = OpeningHours::parse("Mo-Fr 9-12 Uhr und nach Vereinbarung").unwrap();
    assert!(h.by_appointment);
    assert_eq!(h.to_string(), "Mo-Fr 09:00-12:00; nach Vereinbarung");
    let h = OpeningHours::parse("nach Vereinbarung").unwrap();
    assert!(h.slots.is_empty() && h.by_appointment && !h.is_empty());
    assert!(OpeningHours::parse("1. Mi 14-tägig 9-12").is_err(), "monthly and fortnightly at once");
}

#[test]
fn lenient_keeps_what_it_cannot_read() {
    let l =
        OpeningHours::parse_lenient("Mo-Fr 9-12; in den Ferien geschlossen; nach Vereinbarung (auch online)");
    assert_eq!(l.hours.to_string(), "Mo-Fr 09:00-12:00; nach Vereinbarung");
    assert_eq!(l.unread, ["in den Ferien geschlossen"]);
    assert_eq!(l.notes, ["auch online"]);
    assert_eq!(OpeningHours::parse("Mo 9-12; Sprechstunde").unwrap_err().part, "Sprechstunde");
}

#[test]
fn rejects_nonsense() {
    assert!(OpeningHours::parse("Mo 12-9").is_err());
    assert!(OpeningHours::parse("Xy 09:00-12:00").is_err());
    assert!(OpeningHours::parse("Mo 25:00-26:00").is_err());
    assert!(OpeningHours::parse("Fr-Mo 9-12").is_err());
    assert_eq!(OpeningHours::parse("Mo-Fr").unwrap_err().part, "Mo-Fr");
    assert!(OpeningHours::parse("9-12").is_err(), "no day");
    assert!(OpeningHours::parse("Mo 9-12 (Hotline").is_err(), "unbalanced");
    assert!(OpeningHours::parse("Mo 9-12 mit Termin").is_err());
}

#[test]
fn open_state_follows_the_clock() {
    let h = OpeningHours::parse("Mo-Fr 09:00-12:00; Di 14:00-18:00").unwrap();
    // 2026-11-24 is a Tuesday.
    assert_eq!(h.state_at(&at(2026, 11, 24, 10, 0)), OpenState::OpenUntil(720));
    assert_eq!(h.state_at(&at(2026, 11, 24, 12, 0)), OpenState::OpensAt(Weekday::Di, 840));
    assert_eq!(h.state_at(&at(2026, 11, 24, 18, 0)), OpenState::OpensAt(Weekday::Mi, 540));
    // Saturday → Monday.
    assert_eq!(h.state_at(&at(2026, 11, 28, 10, 0)), OpenState::OpensAt(Weekday::Mo, 540));
    assert_eq!(OpeningHours::default().state_at(&at(2026, 11, 28, 10, 0)), OpenState::Unknown);
}

#[test]
fn monthly_rules_keep_open_now_right() {
    // December 2026: Wednesdays 2, 9, 16, 23, 30; Fridays 4 … 25 (the last).
    let h = OpeningHours::parse("1. und 3. Mi 18:30-21:00; letzter Fr im Monat 14-16").unwrap();
    assert_eq!(h.state_at(&at(2026, 12, 2, 19, 0)), OpenState::OpenUntil(21 * 60));
    assert_eq!(
        h.state_at(&at(2026, 12, 9, 19, 0)),
        OpenState::OpensOn(Date::from_ymd(2026, 12, 16).unwrap(), 1110)
    );
    let last_friday = OpenState::OpensOn(Date::from_ymd(2026, 12, 25).unwrap(), 840);
    assert_eq!(h.state_at(&at(2026, 12, 17, 9, 0)), last_friday, "the 18th is not the last Friday");
    assert_eq!(h.state_at(&at(2026, 12, 18, 15, 0)), last_friday, "a week on: a date, not 'Fr'");
    assert_eq!(h.state_at(&at(2026, 12, 25, 15, 0)), OpenState::OpenUntil(960));
    assert_eq!(h.state_at(&at(2026, 12, 21, 9, 0)), OpenState::OpensAt(Weekday::Fr, 840));
    // Every other week without saying which: never "open now".
    let h = OpeningHours::parse("Di 14-tägig 10-12").unwrap();
    assert_eq!(h.state_at(&at(2026, 11, 24, 11, 0)), OpenState::Unknown);
    // Odd ISO weeks: 2026-11-24 is in week 48 (even), 2026-12-01 in week 49.
    let h = OpeningHours::parse("Di 10-12 14-tägig ungerade KW").unwrap();
    let next = OpenState::OpensOn(Date::from_ymd(2026, 12, 1).unwrap(), 600);
    assert_eq!(h.state_at(&at(2026, 11, 24, 11, 0)), next);
    assert_eq!(h.state_at(&at(2026, 12, 1, 11, 0)), OpenState::OpenUntil(720));
}

#[test]
fn adjacent_windows_merge_for_open_until() {
    let h = OpeningHours::parse("Mo 09:00-12:00, 12:00-15:00").unwrap();
    assert_eq!(h.state_at(&at(2026, 11, 23, 11, 0)), OpenState::OpenUntil(900));
}

#[test]
fn card_lines_keep_rules_and_notes() {
    let h = OpeningHours::parse("Mo-Fr 9-12; Di 14-18 (offene Sprechstunde); 1. und 3. Mi 18:30-21").unwrap();
    assert_eq!(
        h.grouped(false),
        [
            ("Mo–Fr".to_string(), "09:00–12:00".to_string()),
            ("Di".to_string(), "14:00–18:00 (offene Sprechstunde)".to_string()),
            ("Mi 1. und 3. im Monat".to_string(), "18:30–21:00".to_string()),
        ]
    );
    assert_eq!(h.grouped(true)[2].0, "We 1st & 3rd of the month");
}
