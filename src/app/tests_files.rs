//! The upkeep menu's file work, keys → writes → what the screen shows: import (the report in a
//! scrollable view, the offers in the list at once), export, backup on demand, and a file that
//! cannot be read shown as one sentence in the form, nothing typed lost.

use super::effect::{ExportKind, Payload};
use super::modal::{ModalField as M, ModalKind};
use super::tests::{answer, offer, press, state_with, type_text, writes};
use super::*;
use crate::domain::Need;

fn k(c: Code) -> Key {
    Key::plain(c)
}

fn form(s: &State) -> &modal::Modal {
    match &s.overlay {
        Some(Overlay::Modal(m)) => m,
        other => panic!("no form open: {other:?}"),
    }
}

fn report(s: &State) -> &report::Report {
    match &s.overlay {
        Some(Overlay::Report(r)) => r,
        other => panic!("no report open: {other:?}"),
    }
}

/// Ctrl-A, then the entry's key; the file field is cleared and `path` typed into it.
fn open(s: &mut State, entry: char, path: &str) {
    press(s, &[Key::ctrl('a'), Key::ch(entry)]);
    press(s, &[Key::ctrl('u')]);
    type_text(s, path);
}

fn start() -> State {
    state_with(vec![offer("a", "Integrationskurs", Need::Spr), offer("b", "Wohnungsamt", Need::Woh)])
}

/// A report as `lotse import` writes it, long enough to scroll at 80×24.
fn long_report() -> String {
    let mut r = String::from("Import: angebote.csv (CSV, UTF-8)\nGelesen: 40 Zeilen\n");
    for i in 1..=40 {
        r.push_str(&format!("  Zeile {i}, Spalte „telefon“: keine Telefonnummer – das Feld bleibt leer\n"));
    }
    r
}

#[test]
fn the_upkeep_menu_lists_import_export_and_backup_after_the_filters() {
    let mut s = start();
    press(&mut s, &[Key::ctrl('a')]);
    let Some(Overlay::Menu(m)) = &s.overlay else { panic!("upkeep menu") };
    let labels: Vec<(char, &str)> = m.items.iter().map(|i| (i.key, i.label.as_str())).collect();
    assert_eq!(labels.len(), 6, "{labels:?}");
    assert!(labels[3].1.starts_with("Importieren") && labels[3].0 == '4', "{labels:?}");
    assert!(labels[4].1.starts_with("Exportieren") && labels[4].0 == '5');
    assert!(labels[5].1.starts_with("Sicherung jetzt") && labels[5].0 == '6');
    press(&mut s, &[Key::ch('4')]);
    assert_eq!(form(&s).kind, ModalKind::Import);
    assert!(s.dir.filters == Default::default(), "a command toggles no filter");
}

#[test]
fn an_import_runs_through_the_queue_shows_its_report_and_the_offers_are_searchable_at_once() {
    let mut s = start();
    open(&mut s, '4', "/daten/angebote.csv");
    // The mode: check and save (the default), as `lotse import` does.
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::Import(job)] = effects.as_slice() else { panic!("one import: {effects:?}") };
    assert_eq!(job.file, std::path::PathBuf::from("/daten/angebote.csv"));
    assert!(!job.dry_run && !job.skip_invalid && job.sheet.is_none());
    assert!(matches!(s.overlay, Some(Overlay::Modal(_))), "the form stays until the answer");
    let new = offer("c", "Sprachcafé Nord", Need::Spr);
    let done = Done {
        payload: Payload::Imported { report: long_report(), saved: vec![new], rejected: 0 },
        ..Done::default()
    };
    answer(&mut s, Ok(done));
    s.settle();
    let r = report(&s);
    assert_eq!(r.title, "Import: /daten/angebote.csv");
    assert_eq!(r.lines[1], "Gelesen: 40 Zeilen");
    assert_eq!(
        s.flash.as_ref().map(|f| f.text.as_str()),
        Some("Import gespeichert – Angebote: 1. Die Liste zeigt sie schon.")
    );
    assert_eq!(s.catalog.offers.len(), 3);
    let index = s.dir.index.as_mut().expect("index");
    assert_eq!(index.search("sprachcafe", &Default::default(), 10).total, 1, "searchable at once");
    // The report scrolls: End shows the last row, Up moves at once, Home goes back, Esc closes.
    let (_, h) = layout::report_text(80, 24);
    let rows = report(&s).rows(layout::report_text(80, 24).0).len();
    assert!(rows > h, "longer than a page: {rows}");
    press(&mut s, &[k(Code::End)]);
    assert_eq!(report(&s).scroll, rows - h);
    press(&mut s, &[k(Code::Up), k(Code::PageUp)]);
    assert_eq!(report(&s).scroll, (rows - h - 1).saturating_sub(h));
    press(&mut s, &[k(Code::Home)]);
    assert_eq!(report(&s).scroll, 0);
    type_text(&mut s, "x");
    assert!(matches!(s.overlay, Some(Overlay::Report(_))), "typing does not close it");
    assert!(s.dir.query.value().is_empty(), "and reaches no search field");
    press(&mut s, &[k(Code::Esc)]);
    assert!(s.overlay.is_none());
}

#[test]
fn a_dry_run_saves_nothing_and_says_so() {
    let mut s = start();
    open(&mut s, '4', "/daten/angebote.xlsx");
    // Sheet, then the mode: "nur prüfen".
    press(&mut s, &[k(Code::Tab)]);
    type_text(&mut s, "Tabelle2");
    press(&mut s, &[k(Code::Tab), k(Code::Down)]);
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::Import(job)] = effects.as_slice() else { panic!("one import: {effects:?}") };
    assert!(job.dry_run && !job.skip_invalid);
    assert_eq!(job.sheet.as_deref(), Some("Tabelle2"));
    let done = Done {
        payload: Payload::Imported { report: "Nur geprüft".into(), saved: Vec::new(), rejected: 0 },
        ..Done::default()
    };
    answer(&mut s, Ok(done));
    assert_eq!(report(&s).lines, ["Nur geprüft"]);
    assert_eq!(s.catalog.offers.len(), 2);
    assert!(s.flash.as_ref().is_some_and(|f| f.text.contains("nichts gespeichert")));
}

#[test]
fn a_file_that_cannot_be_read_is_one_sentence_under_the_field_and_the_path_stays() {
    let mut s = start();
    open(&mut s, '4', "/daten/fehlt.csv");
    press(&mut s, &[Key::ctrl('s')]);
    let e = SaveError { message: "Datei nicht gefunden: /daten/fehlt.csv".into(), blocks_writes: false };
    answer(&mut s, Err(e));
    let m = form(&s);
    assert_eq!(m.kind, ModalKind::Import);
    assert_eq!(m.form.text(M::Path), "/daten/fehlt.csv");
    assert_eq!(m.form.get(M::Path).error.as_deref(), Some("Datei nicht gefunden: /daten/fehlt.csv"));
    assert!(s.read_only.is_none(), "a missing file blocks no later save");
    // A folder without a file's name is refused before anything runs.
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "/daten/");
    assert!(writes(update(&mut s, Msg::Key(Key::ctrl('s')))).is_empty());
    assert_eq!(form(&s).form.get(M::Path).error.as_deref(), Some("Bitte eine Datei angeben."));
}

#[test]
fn an_export_follows_the_chosen_format_and_says_where() {
    let mut s = start();
    press(&mut s, &[Key::ctrl('a'), Key::ch('5')]);
    let path = form(&s).form.text(M::Path).to_string();
    assert!(path.ends_with("lotse-angebote-2026-11-25.csv"), "{path}");
    // Excel: the file's ending follows.
    press(&mut s, &[k(Code::Tab), k(Code::Down)]);
    assert!(form(&s).form.text(M::Path).ends_with("lotse-angebote-2026-11-25.xlsx"));
    // HSDS with internal notes is refused in the form.
    press(&mut s, &[k(Code::Down), k(Code::Down), k(Code::Tab), k(Code::Down)]);
    assert!(form(&s).form.text(M::Path).ends_with("lotse-angebote-2026-11-25"), "a folder");
    assert!(writes(update(&mut s, Msg::Key(Key::ctrl('s')))).is_empty());
    assert!(form(&s).form.get(M::Internal).error.is_some());
    press(&mut s, &[k(Code::Up)]);
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::Export(job)] = effects.as_slice() else { panic!("one export: {effects:?}") };
    assert_eq!((job.kind, job.with_internal), (ExportKind::Hsds, false));
    answer(
        &mut s,
        Ok(Done {
            payload: Payload::Written("Exportiert nach /x – Angebote: 2.".into()), ..Done::default()
        }),
    );
    assert_eq!(report(&s).lines, ["Exportiert nach /x – Angebote: 2."]);
}

#[test]
fn a_backup_now_goes_into_the_backup_folder_and_counts_as_todays() {
    let mut s = start();
    let dir = std::path::PathBuf::from("/daten/lotse-backups");
    s.backups = Some(state::Backups { dir: dir.clone(), last: None, failed: Some("alt".into()) });
    press(&mut s, &[Key::ctrl('a'), Key::ch('6')]);
    assert_eq!(form(&s).form.text(M::Path), "/daten/lotse-backups/lotse-2026-11-25-1000.lotsebak");
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::Backup { file, .. }] = effects.as_slice() else { panic!("one backup: {effects:?}") };
    let file = file.clone();
    answer(&mut s, Ok(Done { payload: Payload::BackedUp { file, records: 42 }, ..Done::default() }));
    let r = report(&s);
    assert!(r.lines[0].contains("lotse-2026-11-25-1000.lotsebak"), "{:?}", r.lines);
    assert!(r.lines.iter().any(|l| l.contains("Datensätze: 42")), "{:?}", r.lines);
    let b = s.backups.as_ref().expect("backups");
    assert_eq!((b.last, b.failed.as_deref()), (Some(s.today()), None), "the header knows");
}
