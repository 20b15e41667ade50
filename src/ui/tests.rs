//! Screens rendered on a `TestBackend` and compared with checked-in snapshots (80×24 and
//! 120×40), plus style checks where style carries meaning.

use crate::app::tests::{press, type_text};
use crate::app::{Code, Key, Msg, Source, State, update};
use crate::i18n::Lang;
use crate::search::SearchIndex;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// The demo directory on Wednesday, 25.11.2026, 10:00.
pub fn demo_state(lang: Lang, cols: u16, rows: u16) -> State {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let offers = crate::demo::offers(crate::domain::Date::from_naive(now.date()));
    let mut s = State::new(lang, now, Source { demo: true, path: "/tmp/demo".into() }, Vec::new());
    let index = SearchIndex::build(&offers);
    s.catalog = crate::app::state::Catalog::new(offers);
    s.set_index(index);
    update(&mut s, Msg::Resize(cols, rows));
    s
}

pub fn render(state: &State, cols: u16, rows: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    t.draw(|f| super::render(f, state)).unwrap();
    t.backend().buffer().clone()
}

/// The buffer as plain text, one line per row, trailing spaces kept visible with `|`.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push_str("|\n");
    }
    out
}

fn snap(name: &str, state: &State, cols: u16, rows: u16) {
    let buf = render(state, cols, rows);
    insta::assert_snapshot!(format!("{name}_{cols}x{rows}"), text(&buf));
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn directory_empty_query() {
    for (c, r) in SIZES {
        snap("directory_empty", &demo_state(Lang::De, c, r), c, r);
    }
}

#[test]
fn directory_with_results() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        type_text(&mut s, "anerk lehr");
        snap("directory_anerk_lehr", &s, c, r);
    }
}

#[test]
fn directory_with_filters() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[Key::plain(Code::F(5)), Key::ctrl('l')]);
        let Some(crate::app::Overlay::Menu(m)) = &s.overlay else { panic!("language menu") };
        let arabic = m.items.iter().find(|i| i.label.starts_with("Arabisch")).unwrap().key;
        press(&mut s, &[Key::ch(arabic)]);
        snap("directory_filters", &s, c, r);
    }
}

#[test]
fn directory_detail_card() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        type_text(&mut s, "anerk lehr");
        press(&mut s, &[Key::plain(Code::Enter)]);
        snap("directory_card", &s, c, r);
    }
}

#[test]
fn directory_help() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[Key::plain(Code::F(1))]);
        snap("directory_help", &s, c, r);
    }
}

#[test]
fn directory_need_menu() {
    let mut s = demo_state(Lang::De, 80, 24);
    press(&mut s, &[Key::ctrl('b')]);
    snap("directory_need_menu", &s, 80, 24);
}

#[test]
fn directory_in_english() {
    let mut s = demo_state(Lang::En, 120, 40);
    type_text(&mut s, "kita");
    snap("directory_en_kita", &s, 120, 40);
}

#[test]
fn too_small() {
    let s = demo_state(Lang::De, 40, 10);
    snap("too_small", &s, 40, 10);
    // Narrower than the sentence: it wraps, and the size the window has now stays readable.
    let mut s = demo_state(Lang::De, 30, 8);
    update(&mut s, Msg::Resize(30, 8));
    let t = text(&render(&s, 30, 8));
    assert!(t.contains("Fenster zu klein") && t.contains("30×8"), "{t}");
}

#[test]
fn never_panics_at_any_size() {
    let mut s = demo_state(Lang::De, 80, 24);
    type_text(&mut s, "anerk");
    for overlay in [None, Some(Key::plain(Code::F(1))), Some(Key::ctrl('b')), Some(Key::plain(Code::Enter))] {
        if let Some(k) = overlay {
            press(&mut s, &[Key::plain(Code::Esc), k]);
        }
        for w in (0..140).step_by(7) {
            for h in (0..45).step_by(3) {
                update(&mut s, Msg::Resize(w, h));
                render(&s, w, h);
            }
        }
    }
}

#[test]
fn phone_is_bold_and_matches_are_underlined() {
    let mut s = demo_state(Lang::De, 80, 24);
    type_text(&mut s, "anerk lehr");
    let buf = render(&s, 80, 24);
    let t = text(&buf);
    let (y, line) =
        t.lines().enumerate().find(|(_, l)| l.contains("Tel. 012345")).expect("phone on the card");
    let x = line.find("012345").map(|b| line[..b].chars().count()).unwrap() as u16;
    assert!(buf[(x, y as u16)].modifier.contains(Modifier::BOLD), "phone must be bold");
    // The first list row has the title with "Anerk…" highlighted.
    let (ly, lline) = t.lines().enumerate().find(|(_, l)| l.starts_with("▶")).unwrap();
    let ax = lline.find("Anerk").map(|b| lline[..b].chars().count()).unwrap() as u16;
    assert!(buf[(ax, ly as u16)].modifier.contains(Modifier::UNDERLINED), "matched letters underlined");
}

#[test]
fn stale_offers_say_so_in_words() {
    let mut s = demo_state(Lang::De, 120, 40);
    let stale = s.catalog.offers.iter().find(|o| o.is_stale(s.today())).unwrap().title.clone();
    type_text(&mut s, &stale);
    let t = text(&render(&s, 120, 40));
    assert!(t.contains("veraltet"), "{t}");
}

#[test]
fn control_characters_in_data_are_shown_not_sent() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let mut o =
        crate::domain::Offer::new(crate::domain::OfferId::parse("x").unwrap(), "Böse\u{1b}]0;pwned\u{7}");
    o.provider = "Zeile\u{9b}31m".into();
    o.description = "a\u{202e}b".into();
    let mut s = State::new(Lang::De, now, Source { demo: false, path: "x".into() }, Vec::new());
    let index = SearchIndex::build(std::slice::from_ref(&o));
    s.catalog = crate::app::state::Catalog::new(vec![o]);
    s.set_index(index);
    press(&mut s, &[Key::plain(Code::Enter)]);
    let buf = render(&s, 120, 40);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(crate::domain::text::is_unsafe),
            "raw control in {:?}",
            cell.symbol()
        );
    }
    let t = text(&buf);
    assert!(t.contains("Böse^[]0;pwned^G"), "{t}");
    assert!(t.contains("<U+009B>"));
}

/// One offer on the screen, its card open.
fn card_of(o: crate::domain::Offer, lang: Lang) -> String {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let mut s = State::new(lang, now, Source { demo: false, path: "x".into() }, Vec::new());
    let index = SearchIndex::build(std::slice::from_ref(&o));
    s.catalog = crate::app::state::Catalog::new(vec![o]);
    s.set_index(index);
    press(&mut s, &[Key::plain(Code::Enter)]);
    text(&render(&s, 120, 40))
}

fn imported(csv: &str) -> crate::domain::Offer {
    let (_, rows) = crate::transfer::read(csv.as_bytes(), Some(crate::transfer::FileFormat::Csv)).unwrap();
    crate::transfer::plan(rows, &Default::default()).writes.remove(0)
}

#[test]
fn the_card_marks_conditions_read_from_text_and_shows_english() {
    let o = imported(
        "titel;titel_en;kurzbeschreibung_en;voraussetzungen;oeffnungszeiten;zustaendigkeit;ort\n\
         Jugendmigrationsdienst;Youth migration service;Advice for young people;für junge Menschen von 12 bis 27;\
         1. und 3. Mi 15-17, nach Vereinbarung;Neustadt, Altdorf;Neustadt\n\
         Bürgeramt;;;;;Bergheim;Bergheim\n",
    );
    let de = card_of(o.clone(), Lang::De);
    assert!(de.contains("Jugendmigrationsdienst") && !de.contains("Youth migration service"), "{de}");
    assert!(de.contains("ab 12 J. (aus Text erkannt) · bis 27 J. (aus Text erkannt)"), "{de}");
    assert!(de.contains("Mi 1. und 3. im Monat 15:00–17:00"), "{de}");
    assert!(de.contains("nach Vereinbarung"), "{de}");
    assert!(de.contains("Neustadt, Altdorf"), "the towns it serves:\n{de}");
    let en = card_of(o, Lang::En);
    assert!(en.contains("Youth migration service") && en.contains("German: Jugendmigrationsdienst"), "{en}");
    assert!(en.contains("Advice for young people"), "{en}");
    assert!(en.contains("from age 12 (read from text)"), "{en}");
}

#[test]
fn the_card_never_says_no_restrictions_when_the_text_names_one() {
    let mut o = crate::domain::Offer::new(crate::domain::OfferId::parse("x").unwrap(), "Frauencafé");
    o.description = "Treffpunkt nur für Frauen.".into();
    assert!(card_of(o.clone(), Lang::De).contains("Voraussetzungen: siehe Beschreibung"));
    o.description = "Treffpunkt für alle.".into();
    assert!(card_of(o, Lang::De).contains("Voraussetzungen: keine Einschränkungen"));
}
