//! Snapshots of the client list, the client view and the intake form at 80×24 and 120×40,
//! including a validation error and an override of the suggested group.

use super::tests::{demo_state, render, text};
use crate::app::screen::intake::IntakeField as F;
use crate::app::tests::{press, type_text};
use crate::app::{Code, Key, Msg, State, update};
use crate::i18n::Lang;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, state: &State, cols: u16, rows: u16) {
    insta::assert_snapshot!(format!("{name}_{cols}x{rows}"), text(&render(state, cols, rows)));
}

/// The demo directory with the demo's three pseudonymous cases loaded.
fn with_cases(cols: u16, rows: u16) -> State {
    let mut s = demo_state(Lang::De, cols, rows);
    let today = s.today();
    let (mut c, mut r) = (0, 100);
    let (clients, referrals) = crate::demo::cases(
        today,
        &s.catalog.offers,
        &mut || {
            c += 1;
            c
        },
        &mut || {
            r += 1;
            r
        },
    );
    s.records.clients = clients;
    let mut latest = std::collections::BTreeMap::new();
    for (referral, event) in referrals {
        s.records.events.push(event);
        latest.insert(referral.id, referral);
    }
    s.records.referrals = latest.into_values().collect();
    s.clients.refresh(&s.records);
    s
}

fn key(code: Code) -> Key {
    Key::plain(code)
}

/// Tab until the field `name` has the focus.
fn goto(s: &mut State, name: F) {
    for _ in 0..80 {
        let f = &s.intake.draft.as_ref().expect("intake").form;
        if f.fields[f.focus].key == name {
            return;
        }
        press(s, &[key(Code::Tab)]);
    }
    panic!("no field {name:?}");
}

#[test]
fn client_list() {
    for (c, r) in SIZES {
        let mut s = with_cases(c, r);
        press(&mut s, &[key(Code::F(3))]);
        snap("clients_list", &s, c, r);
    }
}

#[test]
fn client_view_with_group_trace() {
    for (c, r) in SIZES {
        let mut s = with_cases(c, r);
        press(&mut s, &[key(Code::F(3))]);
        type_text(&mut s, "ahorn");
        press(&mut s, &[key(Code::Enter)]);
        snap("client_view", &s, c, r);
    }
}

#[test]
fn intake_empty() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[key(Code::F(3)), Key::ctrl('n')]);
        snap("intake_empty", &s, c, r);
    }
}

#[test]
fn intake_with_a_validation_error() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[key(Code::F(3)), Key::ctrl('n'), Key::ctrl('u')]);
        type_text(&mut s, "31.02.2026");
        update(&mut s, Msg::Key(Key::ctrl('s')));
        snap("intake_error", &s, c, r);
    }
}

#[test]
fn intake_with_an_override() {
    for (c, r) in SIZES {
        let mut s = demo_state(Lang::De, c, r);
        press(&mut s, &[key(Code::F(3)), Key::ctrl('n')]);
        goto(&mut s, F::Qualification);
        // No letters shown here: a letter changes nothing, the arrows choose.
        type_text(&mut s, "h");
        press(&mut s, &[key(Code::Left)]);
        goto(&mut s, F::Decision);
        type_text(&mut s, "d");
        // The change asks first; saving without a reason is then refused at the reason field.
        update(&mut s, Msg::Key(Key::ctrl('s')));
        update(&mut s, Msg::Key(Key::ch('j')));
        snap("intake_override", &s, c, r);
    }
}
