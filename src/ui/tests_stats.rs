//! The statistics screen (F11) on the demo database: snapshots at 80×24 and 120×40 in German
//! and English, the period chooser and a typed range, exact numbers marked internal, and no
//! panic at any size.

use super::tests::{demo_state, render, text};
use crate::app::tests::{press, type_text};
use crate::app::{Code, Key, Screen, State};
use crate::figures::{Measure, Period, PeriodKind};
use crate::i18n::Lang;

/// The demo directory and cases (25.11.2026), loaded as at start, on the statistics screen.
fn stats_state(lang: Lang, cols: u16, rows: u16) -> State {
    let mut s = demo_state(lang, cols, rows);
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::open(&dir.path().join("db")).unwrap();
    crate::demo::write_into(store.as_ref(), s.today()).unwrap();
    let loaded = crate::tui::load(store.as_ref()).unwrap();
    crate::tui::install(&mut s, loaded);
    s.flash = None;
    press(&mut s, &[Key::plain(Code::F(11))]);
    assert_eq!(s.screen, Screen::Stats);
    s
}

fn snap(name: &str, s: &State, cols: u16, rows: u16) {
    insta::assert_snapshot!(format!("stats_{name}_{cols}x{rows}"), text(&render(s, cols, rows)));
}

#[test]
fn statistics_snapshots_in_both_languages_and_two_sizes() {
    for (lang, name) in [(Lang::De, "de"), (Lang::En, "en")] {
        for (cols, rows) in [(80, 24), (120, 40)] {
            let mut s = stats_state(lang, cols, rows);
            snap(name, &s, cols, rows);
            // Two sections on: the status chart, then the tables.
            press(
                &mut s,
                &[Key::plain(Code::PageDown), Key::plain(Code::PageDown), Key::plain(Code::PageDown)],
            );
            snap(&format!("{name}_tables"), &s, cols, rows);
        }
    }
}

#[test]
fn the_period_keys_and_a_typed_range_change_the_figures() {
    let mut s = stats_state(Lang::De, 80, 24);
    let today = s.today();
    let quarter = s.stats.figures.as_ref().unwrap().period;
    assert_eq!(quarter, Period::named(PeriodKind::ThisQuarter, today), "the quarter first");
    let persons = |s: &State| s.stats.figures.as_ref().unwrap().overview(Measure::Persons).unwrap().number();
    let in_quarter = persons(&s);
    assert!(in_quarter > 0, "the demo has cases this quarter");
    type_text(&mut s, "j");
    assert_eq!(s.stats.figures.as_ref().unwrap().period, Period::named(PeriodKind::ThisYear, today));
    assert!(persons(&s) >= in_quarter);
    type_text(&mut s, "v");
    assert_eq!(s.stats.figures.as_ref().unwrap().period, Period::named(PeriodKind::LastMonth, today));
    type_text(&mut s, "m");
    assert_eq!(s.stats.figures.as_ref().unwrap().period, Period::named(PeriodKind::ThisMonth, today));

    // A typed range: z, the text, Enter. Letters are typed, not taken as period keys.
    type_text(&mut s, "z");
    assert!(s.stats.typing.is_some());
    type_text(&mut s, "01.07.2026 bis 30.09.2026");
    assert_eq!(s.stats.typing.as_ref().unwrap().value(), "01.07.2026 bis 30.09.2026");
    let screen = text(&render(&s, 80, 24));
    assert!(screen.contains("Zeitraum (TT.MM.JJJJ – TT.MM.JJJJ): 01.07.2026 bis 30.09.2026"), "{screen}");
    press(&mut s, &[Key::plain(Code::Enter)]);
    assert!(s.stats.typing.is_none());
    let q3 = Period::range(
        crate::domain::Date::parse("01.07.2026").unwrap(),
        crate::domain::Date::parse("30.09.2026").unwrap(),
    )
    .unwrap();
    assert_eq!(s.stats.figures.as_ref().unwrap().period, q3);
    let screen = text(&render(&s, 80, 24));
    assert!(screen.contains("Zeitraum 01.07.2026 – 30.09.2026"), "{screen}");

    // A range that cannot be read says so and stays open; Esc leaves it.
    type_text(&mut s, "z");
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "gestern");
    press(&mut s, &[Key::plain(Code::Enter)]);
    assert!(s.stats.typing.is_some());
    assert!(s.flash.as_ref().unwrap().text.starts_with("Zeitraum nicht verstanden"));
    press(&mut s, &[Key::plain(Code::Esc)]);
    assert!(s.stats.typing.is_none());
    assert_eq!(s.stats.figures.as_ref().unwrap().period, q3, "Esc keeps the range taken before");
}

#[test]
fn exact_numbers_are_shown_and_marked_internal() {
    let mut s = stats_state(Lang::En, 120, 40);
    let screen = text(&render(&s, 120, 40));
    assert!(screen.contains("internal – exact numbers, do not pass on"), "{screen}");
    // The overview table: persons exactly, also when 1 or 2 (the report would say "< 3").
    press(&mut s, &[Key::plain(Code::PageDown), Key::plain(Code::PageDown), Key::plain(Code::PageDown)]);
    let f = s.stats.figures.clone().unwrap();
    let persons = f.overview(Measure::Persons).unwrap().number();
    let screen = text(&render(&s, 120, 40));
    let line = screen.lines().find(|l| l.contains("Persons with a contact")).unwrap_or_default();
    assert!(line.trim_end_matches('|').trim_end().ends_with(&persons.to_string()), "{line}");
    let body: String = screen.lines().skip(2).collect();
    assert!(!body.contains("< 3"), "{screen}");
}

#[test]
fn no_size_and_no_scroll_position_panics() {
    let mut s = stats_state(Lang::De, 80, 24);
    for step in 0..30 {
        for cols in (1..=300u16).step_by(37).chain([80, 120, 300]) {
            for rows in (1..=100u16).step_by(11).chain([24, 40, 100]) {
                let _ = render(&s, cols, rows);
            }
        }
        let key = if step < 26 { Code::Down } else { Code::Up };
        press(&mut s, &[Key::plain(if step % 5 == 0 { Code::PageDown } else { key })]);
    }
    press(&mut s, &[Key::plain(Code::End)]);
    assert_eq!(s.stats.section, s.stats.sections() - 1);
    let _ = render(&s, 1, 1);
    press(&mut s, &[Key::plain(Code::Home)]);
    assert_eq!((s.stats.section, s.stats.line), (0, 0));
}
