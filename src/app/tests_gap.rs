//! Recording a service gap from the directory in two keys (Ctrl-F, Ctrl-S), prefilled from
//! the need and town filters and the current client's group; and the statistics screen (F11)
//! counting it.

use super::modal::{ModalField as M, ModalKind};
use super::tests::{answer, offer, press, state_with, writes};
use super::*;
use crate::domain::client::{ContactChannel, FirstContact, GroupDecision};
use crate::domain::{CaseGroup, Client, Need, TargetGroup};
use crate::figures::Measure;
use crate::i18n::Tf;

fn k(c: Code) -> Key {
    Key::plain(c)
}

fn gap_form(s: &State) -> &modal::Modal {
    match &s.overlay {
        Some(Overlay::Modal(m)) if m.kind == ModalKind::Gap => m,
        other => panic!("no gap form: {other:?}"),
    }
}

#[test]
fn a_gap_is_two_keys_from_the_directory_prefilled_and_counted() {
    let mut hafenau = offer("a", "Integrationskurs", Need::Spr);
    hafenau.town = "Hafenau".into();
    let mut s = state_with(vec![hafenau]);
    let today = s.today();
    let mut c = Client::new(7, FirstContact::new(today, ContactChannel::Phone));
    let computed = crate::domain::rules::assign(&c, today);
    c.group = Some(
        GroupDecision::choose(computed, today, CaseGroup::Group(TargetGroup::B), false, "Test").unwrap(),
    );
    s.records.clients.push(c);
    s.current_client = Some(7);
    press(&mut s, &[k(Code::F(2)), k(Code::F(5))]);
    assert_eq!(s.dir.filters.needs, [Need::Spr]);
    // The town filter as the town menu (Ctrl-O) leaves it.
    s.dir.filters.town = Some("Hafenau".into());

    press(&mut s, &[Key::ctrl('f')]);
    let f = &gap_form(&s).form;
    let index = |all: &[Need], n: Need| all.iter().position(|x| *x == n).map(|i| i as u16);
    assert_eq!(f.choice(M::Need), index(&Need::ALL, Need::Spr), "the need filter");
    assert_eq!(f.text(M::Town), "Hafenau", "the town filter");
    let b = CaseGroup::ALL.iter().position(|g| *g == CaseGroup::Group(TargetGroup::B)).map(|i| i as u16);
    assert_eq!(f.choice(M::Group), b, "the current client's group");
    let note = Some(gap_form(&s).form.get(M::Note).label.clone());
    assert_eq!(note.as_deref(), Some("Kurze Notiz (keine Namen)"));

    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [effect::Write::SaveGap(g)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(
        (g.need, g.town.as_str(), g.group, g.date),
        (Need::Spr, "Hafenau", Some(CaseGroup::Group(TargetGroup::B)), today)
    );
    assert!(g.note.is_empty());
    answer(&mut s, Ok(effect::Done { id: Some(3), ..effect::Done::default() }));
    assert!(s.overlay.is_none());
    assert_eq!(s.flash.as_ref().unwrap().text, s.lang.t(Tf::GapSaved));
    assert_eq!(s.records.gaps.iter().map(|g| g.id).collect::<Vec<_>>(), [3]);

    // The statistics count it (this quarter), by need and town.
    press(&mut s, &[k(Code::F(11))]);
    assert_eq!(s.screen, Screen::Stats);
    let f = s.stats.figures.as_ref().unwrap();
    assert_eq!(f.overview(Measure::GapsRecorded).unwrap().number(), 1);
}

#[test]
fn without_a_need_the_gap_is_not_saved() {
    let mut s = state_with(vec![offer("a", "Integrationskurs", Need::Spr)]);
    press(&mut s, &[k(Code::F(2)), Key::ctrl('f')]);
    assert_eq!(gap_form(&s).form.choice(M::Need), None);
    assert!(writes(update(&mut s, Msg::Key(Key::ctrl('s')))).is_empty());
    assert!(gap_form(&s).form.has_errors());
    assert!(s.records.gaps.is_empty());
    // Esc leaves it (nothing typed: no question).
    press(&mut s, &[k(Code::Esc)]);
    assert!(s.overlay.is_none());
}
