//! Hostile data on every screen (issue 16): offers and clients whose every text field holds
//! C0/C1 controls, escape sequences (window title, cursor moves, clear screen, bell), bidi
//! overrides, zero-width characters, 10,000-character words, emoji sequences, combining
//! stacks and text in Arabic, Cyrillic, Chinese and Devanagari, drawn at every size from 1×1
//! to 300×100 on every screen: nothing panics, and no control character from the data reaches
//! the drawn buffer (so none reaches the terminal). The data is put in raw, as if the import's
//! clean-up had been bypassed (an old database, a bug): the screens must hold on their own.

#![allow(clippy::unwrap_used)]

use lotse::app::{Code, Key, Msg, Source, State, update};
use lotse::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};
use lotse::domain::{Client, Date, Need, Offer, OfferId};
use lotse::i18n::Lang;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The pieces hostile text is made of.
fn pieces() -> Vec<String> {
    vec![
        "\u{1b}]0;pwned\u{7}".into(),
        "\u{1b}]2;title\u{1b}\\".into(),
        "\u{1b}[2J\u{1b}[H".into(),
        "\u{1b}[10;10H\u{1b}[31m".into(),
        "\u{7}\u{8}\u{0}\u{7f}\r\n\t".into(),
        "\u{9b}31m\u{85}\u{9d}0;x\u{9c}".into(),
        "\u{202e}rechts\u{202c}\u{2066}iso\u{2069}\u{200f}".into(),
        "zero\u{200b}width\u{200c}\u{200d}\u{feff}\u{2060}".into(),
        "W".repeat(10_000),
        "👩\u{200d}👩\u{200d}👧 🇩🇪🇺🇦 ❤\u{fe0f} 👍\u{1f3fd} 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}".into(),
        format!("a{}", "\u{301}\u{308}\u{323}\u{30a}".repeat(50)),
        "مركز الاستشارة للمهاجرين".into(),
        "Консультация для мигрантов".into(),
        "移民咨询中心 日本語テキスト".into(),
        "प्रवासी परामर्श केंद्र".into(),
        "Ausländerbehörde Süd".into(),
        String::new(),
    ]
}

fn hostile() -> impl Strategy<Value = String> {
    let all = pieces();
    proptest::collection::vec(0..all.len(), 1..4)
        .prop_map(move |ix| ix.iter().map(|&i| all[i].as_str()).collect())
}

fn offer(n: u64, s: &str) -> Offer {
    let mut o = Offer::new(OfferId::numbered(n), s);
    let t = |x: &str| lotse::domain::offer::Text::from(x);
    o.provider = t(s);
    o.description = t(s);
    o.phone = t(s);
    o.email = t(s);
    o.website = t(s);
    o.street = t(s);
    o.postal_code = t(s);
    o.town = t(s);
    o.cost_note = t(s);
    o.internal_note = t(s);
    o.hours.note = t(s);
    o.eligibility.note = t(s);
    o.keywords = vec![t(s)];
    o.documents = vec![t(s)];
    o.area_excludes = vec![t(s)];
    o.needs = vec![Need::Spr].into();
    o
}

fn client(id: u64, s: &str, today: Date) -> Client {
    let mut c = Client::new(id, FirstContact::new(today, ContactChannel::Phone));
    let st = || Some(SensitiveText::new(s));
    c.identity = if id.is_multiple_of(2) {
        Identity::Named { name: st(), phone: st(), email: st() }
    } else {
        Identity::Anonymous { pseudonym: st() }
    };
    c.needs_text = SensitiveText::new(s);
    c.next_step = SensitiveText::new(s);
    c.notes = SensitiveText::new(s);
    c.needs = vec![Need::Spr];
    c
}

fn state(s: &str) -> State {
    let today = Date::from_ymd(2026, 12, 4).unwrap();
    let now = today.naive().and_hms_opt(10, 0, 0).unwrap();
    let mut state = State::new(Lang::De, now, Source { demo: false, path: "/tmp/x".into() }, Vec::new());
    state.settings.counsellor = s.chars().take(40).collect();
    let offers = vec![offer(1, s), offer(2, &format!("Sprachcafé {s}"))];
    let index = lotse::search::SearchIndex::build(&offers);
    let records = lotse::app::state::Records {
        clients: vec![client(1, s, today), client(2, s, today)],
        ..Default::default()
    };
    lotse::tui::install(&mut state, lotse::tui::Loaded { offers, index, records });
    state
}

/// Every character a terminal could act on: C0, DEL, C1, bidi controls.
fn acts_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// The screen each step must have reached, so that the test cannot pass by drawing less.
fn reached(what: &str) -> Option<lotse::app::Screen> {
    use lotse::app::Screen::*;
    Some(match what {
        "directory" | "card" | "help" => Directory,
        "editor" => OfferEditor,
        "clients" => Clients,
        "client view" => ClientView,
        "intake" => Intake,
        "log" | "short contact" | "pasted" => Log,
        _ => return None,
    })
}

fn draw_and_check(term: &mut Terminal<TestBackend>, state: &State, what: &str) {
    let step = what.split(" at ").next().unwrap_or(what);
    assert_eq!(Some(state.screen), reached(step), "{what}: the step reached its screen");
    term.draw(|f| lotse::ui::render(f, state)).unwrap();
    for cell in term.backend().buffer().content() {
        let sym = cell.symbol();
        assert!(!sym.chars().any(acts_on_terminal), "{what}: control character {sym:?} reached the screen");
    }
}

/// The screens and overlays, reached by keys as a counsellor would.
const STEPS: &[(&str, &[Key])] = &[
    ("directory", &[]),
    ("card", &[Key { code: Code::Enter, ctrl: false }]),
    ("help", &[Key { code: Code::Esc, ctrl: false }, Key { code: Code::F(1), ctrl: false }]),
    (
        "editor",
        &[
            Key { code: Code::Esc, ctrl: false },
            Key { code: Code::Enter, ctrl: false },
            Key { code: Code::Char('e'), ctrl: true },
        ],
    ),
    ("clients", &[Key { code: Code::Esc, ctrl: false }, Key { code: Code::F(3), ctrl: false }]),
    ("client view", &[Key { code: Code::Enter, ctrl: false }]),
    ("intake", &[Key { code: Code::Char('e'), ctrl: true }]),
    ("log", &[Key { code: Code::F(4), ctrl: false }]),
    ("short contact", &[Key { code: Code::F(9), ctrl: false }]),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_screen_renders_hostile_data_at_every_size(text in hostile(), w in 1u16..=300, h in 1u16..=100) {
        let mut s = state(&text);
        update(&mut s, Msg::Resize(w, h));
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        for (what, keys) in STEPS {
            for &k in *keys {
                update(&mut s, Msg::Key(k));
            }
            s.settle();
            draw_and_check(&mut term, &s, what);
        }
        // Typed and pasted into the open forms too.
        update(&mut s, Msg::Paste(text.clone()));
        draw_and_check(&mut term, &s, "pasted");
    }
}

/// The same at the sizes where layouts switch, with every piece alone.
#[test]
fn every_piece_alone_at_the_edges_of_the_layouts() {
    for piece in pieces() {
        for (w, h) in [(1, 1), (59, 15), (60, 16), (80, 24), (120, 30), (300, 100)] {
            let mut s = state(&piece);
            update(&mut s, Msg::Resize(w, h));
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            for (what, keys) in STEPS {
                for &k in *keys {
                    update(&mut s, Msg::Key(k));
                }
                s.settle();
                draw_and_check(&mut term, &s, &format!("{what} at {w}×{h}"));
            }
        }
    }
}
