//! The upkeep menu's import on a `TestBackend`: the form and the report the CLI prints, in its
//! scrollable view, at 80×24 and 120×40; readable (every row fits) and scrolled to the end.

use super::tests::{demo_state, render, text};
use crate::app::effect::Payload;
use crate::app::tests::{answer, press, type_text};
use crate::app::{Code, Done, Key, State};
use crate::i18n::Lang;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, state: &State, cols: u16, rows: u16) {
    let buf = render(state, cols, rows);
    insta::assert_snapshot!(format!("{name}_{cols}x{rows}"), text(&buf));
}

/// The report of a real import of a file with rejected rows and warnings (a dry run against
/// an empty database), named as typed: relative to the package, so the snapshot is the same
/// on every machine.
fn real_report(file: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::SledStore::open(&dir.path().join("db")).unwrap();
    let args = crate::cli::transfer::ImportArgs {
        file: file.into(),
        sheet: None,
        dry_run: true,
        skip_invalid: false,
    };
    crate::cli::transfer::import_report(&store, &args, Lang::De).unwrap().report
}

fn with_report(cols: u16, rows: u16) -> State {
    let file = "tests/fixtures/import/bad_rows.csv";
    let mut s = demo_state(Lang::De, cols, rows);
    press(&mut s, &[Key::ctrl('a'), Key::ch('4'), Key::ctrl('u')]);
    type_text(&mut s, file);
    press(&mut s, &[Key::ctrl('s')]);
    let payload = Payload::Imported { report: real_report(file), saved: Vec::new(), rejected: 0 };
    answer(&mut s, Ok(Done { payload, ..Done::default() }));
    s
}

#[test]
fn the_import_form() {
    let mut s = demo_state(Lang::De, 80, 24);
    press(&mut s, &[Key::ctrl('a'), Key::ch('4'), Key::ctrl('u')]);
    type_text(&mut s, "/home/beratung/Dokumente/angebote.xlsx");
    snap("files_import_form", &s, 80, 24);
}

#[test]
fn the_import_report_scrolls_and_fits() {
    for (c, r) in SIZES {
        let mut s = with_report(c, r);
        snap("files_report", &s, c, r);
        press(&mut s, &[Key::plain(Code::End)]);
        let screen = text(&render(&s, c, r));
        let last = real_report("tests/fixtures/import/bad_rows.csv");
        let last = last.trim_end().lines().last().unwrap().trim().to_string();
        let tail: String = last.chars().take(20).collect();
        assert!(screen.contains(&tail), "End shows the last line {last:?}:\n{screen}");
    }
}

#[test]
fn the_report_never_panics_at_any_size() {
    let mut s = with_report(80, 24);
    for (c, r) in [(1, 1), (20, 5), (59, 15), (60, 16), (200, 60)] {
        crate::app::update(&mut s, crate::app::Msg::Resize(c, r));
        press(&mut s, &[Key::plain(Code::End), Key::plain(Code::PageUp)]);
        let _ = render(&s, c, r);
    }
}
