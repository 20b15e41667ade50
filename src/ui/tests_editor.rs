//! The offer editor and the upkeep filters on a `TestBackend`: snapshots at 80×24 and 120×40
//! (a new offer, a refused save with its message), the upkeep menu and filter chips, the card
//! of a possible duplicate, styles that carry meaning, and no panic at any size.

use super::tests::{demo_state, render, text};
use crate::app::screen::offer_editor::form::OfferField as F;
use crate::app::tests::{answer, press, type_text};
use crate::app::{Code, Done, Key, Msg, State, update};
use crate::i18n::Lang;
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, state: &State, cols: u16, rows: u16) {
    let buf = render(state, cols, rows);
    insta::assert_snapshot!(format!("{name}_{cols}x{rows}"), text(&buf));
}

fn k(code: Code) -> Key {
    Key::plain(code)
}

/// The demo directory with the editor open on the first "anerk lehr" hit, its phone made
/// invalid and saving refused.
fn refused_save(cols: u16, rows: u16) -> State {
    let mut s = demo_state(Lang::De, cols, rows);
    type_text(&mut s, "anerk lehr");
    press(&mut s, &[Key::ctrl('e')]);
    let phone = s.editor.draft.as_ref().and_then(|e| e.form.index_of(F::Phone)).unwrap();
    while s.editor.draft.as_ref().unwrap().form.focus != phone {
        press(&mut s, &[k(Code::Tab)]);
    }
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "0800 CALL NOW");
    press(&mut s, &[Key::ctrl('s')]);
    s
}

#[test]
fn editor_new_offer() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[Key::ctrl('n')]);
        snap("editor_new", &s, c, r);
    }
}

#[test]
fn editor_refused_save_shows_the_problem_at_the_field() {
    for (c, r) in SIZES {
        let s = refused_save(c, r);
        assert!(s.queue.in_flight().is_empty());
        snap("editor_error", &s, c, r);
    }
}

#[test]
fn editor_error_is_in_the_warning_colour_and_the_cursor_in_the_field() {
    let s = refused_save(80, 24);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| super::render(f, &s)).unwrap();
    let buf = t.backend().buffer().clone();
    let screen = text(&buf);
    let (y, line) =
        screen.lines().enumerate().find(|(_, l)| l.contains("Keine gültige Telefonnummer")).unwrap();
    let x = line.find("Keine").map(|b| line[..b].chars().count()).unwrap() as u16;
    assert_eq!(buf[(x, y as u16)].fg, Color::Yellow);
    let cursor = t.get_cursor_position().unwrap();
    let phone_row = screen.lines().position(|l| l.contains("▶Telefon")).unwrap() as u16;
    assert_eq!(cursor.y, phone_row, "the terminal cursor sits in the focused field");
}

#[test]
fn a_long_description_wraps_over_several_rows_with_its_line_breaks() {
    let mut s = demo_state(Lang::De, 120, 40);
    press(&mut s, &[Key::ctrl('n')]);
    let desc = s.editor.draft.as_ref().and_then(|e| e.form.index_of(F::Description)).unwrap();
    while s.editor.draft.as_ref().unwrap().form.focus != desc {
        press(&mut s, &[k(Code::Tab)]);
    }
    update(&mut s, Msg::Paste("Erste Zeile der Beschreibung.\nZweite Zeile, die so lang ist, dass sie über den Rand der Spalte hinaus umbrochen werden muss.".into()));
    let t = text(&render(&s, 120, 40));
    assert!(t.contains("Erste Zeile der Beschreibung.¶"), "{t}");
    let rows = t.lines().filter(|l| l.contains("Zweite Zeile") || l.contains("umbrochen")).count();
    assert!(rows >= 2, "wrapped over rows: {t}");
}

#[test]
fn upkeep_menu_and_filter_chips() {
    let mut s = demo_state(Lang::De, 80, 24);
    press(&mut s, &[Key::ctrl('a')]);
    snap("upkeep_menu", &s, 80, 24);
    press(&mut s, &[Key::ch('1')]);
    snap("upkeep_stale_filter", &s, 80, 24);
    press(&mut s, &[Key::ctrl('a'), Key::ch('2')]);
    let t = text(&render(&s, 80, 24));
    assert!(t.contains(" veraltet ") && t.contains(" mögliche Dubletten "), "{t}");
    press(&mut s, &[Key::ctrl('x')]);
    assert!(!text(&render(&s, 80, 24)).contains("mögliche Dubletten"));
}

#[test]
fn the_card_of_a_copy_names_its_possible_duplicate() {
    let mut s = demo_state(Lang::De, 120, 40);
    type_text(&mut s, "anerk lehr");
    let original = s.selected_offer().unwrap().clone();
    press(&mut s, &[Key::ctrl('d')]);
    let effects = update(&mut s, Msg::Key(Key::ctrl('s'))).effects;
    assert_eq!(effects.len(), 1);
    answer(&mut s, Ok(Done { id: Some(901), ..Done::default() }));
    s.settle();
    assert_eq!(s.selected_offer().map(|o| o.id.as_str()), Some("O-0901"));
    let t = text(&render(&s, 120, 40));
    assert!(t.contains("⚠ mögliche Dublette:") && t.contains(original.id.as_str()), "{t}");
    snap("directory_after_copy", &s, 120, 40);
}

#[test]
fn the_editor_never_panics_at_any_size() {
    let mut s = refused_save(80, 24);
    for w in (0..140).step_by(7) {
        for h in (0..45).step_by(3) {
            update(&mut s, Msg::Resize(w, h));
            render(&s, w, h);
        }
    }
}

#[test]
fn the_editor_in_english() {
    let mut s = demo_state(Lang::En, 120, 40);
    press(&mut s, &[Key::ctrl('n')]);
    let t = text(&render(&s, 120, 40));
    assert!(t.contains("New offer") && t.contains("Title*") && t.contains("Provider type"), "{t}");
}
