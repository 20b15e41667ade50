//! Flow tests of the client screens: from an empty intake, driven by keys, to a stored record.

use super::tests::{answer, press, state_with, type_text, writes};
use super::*;
use crate::app::nav::Pick;
use crate::domain::client::{ConsentForm, Identity};
use crate::domain::{CaseGroup, Need, TargetGroup};
use crate::i18n::{Lang, Ti};
use screen::intake::IntakeField as F;

fn k(code: Code) -> Key {
    Key::plain(code)
}

/// Presses Tab (or Shift-Tab, for fields above) until the field `key` has the focus, as a
/// counsellor would.
fn goto(s: &mut State, key: F) {
    let f = form(s);
    let target = f.index_of(key).expect("field exists");
    let step = if target < f.focus { Code::BackTab } else { Code::Tab };
    for _ in 0..80 {
        let f = form(s);
        if f.fields[f.focus].key == key {
            return;
        }
        press(s, &[k(step)]);
    }
    panic!("field {key:?} not reachable by Tab");
}

fn form(s: &State) -> &form::Form<F> {
    &s.intake.draft.as_ref().expect("intake open").form
}

/// Answers a choice field by type-ahead.
fn choose(s: &mut State, key: F, typed: &str) {
    goto(s, key);
    type_text(s, typed);
}

fn fill(s: &mut State, key: F, text: &str) {
    goto(s, key);
    press(s, &[Key::ctrl('u')]);
    type_text(s, text);
}

/// Runs the write the last key asked for, as the loop would, answering with `id`.
fn save_with_id(s: &mut State, keys: &[Key], id: u64) -> Vec<Write> {
    let mut effects = Vec::new();
    for &key in keys {
        effects.extend(writes(update(s, Msg::Key(key))));
    }
    if !effects.is_empty() {
        answer(s, Ok(Done { id: Some(id), ..Done::default() }));
    }
    s.settle();
    effects
}

fn new_intake() -> State {
    let mut s = state_with(vec![super::tests::offer("a", "Integrationskurs", Need::Spr)]);
    press(&mut s, &[k(Code::F(3)), Key::ctrl('n')]);
    assert_eq!(s.screen, Screen::Intake);
    s
}

#[test]
fn an_intake_typed_by_keys_becomes_a_stored_client_with_its_group() {
    let mut s = new_intake();
    // A Blue Card holder, engineer, arrived two months ago: group A.
    choose(&mut s, F::ConsentForm, "m");
    goto(&mut s, F::ConsentScope);
    press(&mut s, &[k(Code::Char(' '))]);
    fill(&mut s, F::Name, "Ravi Fiktiv");
    fill(&mut s, F::Nationality, "IN");
    choose(&mut s, F::Place, "i");
    fill(&mut s, F::Town, "Hafenau");
    choose(&mut s, F::Arrived, "j");
    fill(&mut s, F::Arrival, "09.2026");
    choose(&mut s, F::Basis, "ee");
    assert_eq!(form(&s).choice(F::Basis), Some(2), "type-ahead: the second 'e' is Erwerbstätigkeit");
    choose(&mut s, F::Qualification, "h");
    fill(&mut s, F::Occupation, "Ingenieur");
    goto(&mut s, F::Needs);
    press(&mut s, &[k(Code::Char(' ')), k(Code::Down), k(Code::Char(' '))]);
    let a = &s.intake.draft.as_ref().unwrap().assignment;
    let trace: Vec<_> = a.trace.iter().map(|c| crate::i18n::trace_line(c, Lang::De)).collect();
    assert_eq!(a.primary, CaseGroup::Group(TargetGroup::A), "{trace:?}");
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 1);
    let [Write::SaveClient { client, new: true }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(client.consent.as_ref().unwrap().form, ConsentForm::Verbal);
    assert!(client.consent.as_ref().unwrap().storage);
    assert!(matches!(&client.identity, Identity::Named { name: Some(n), .. } if n.as_str() == "Ravi Fiktiv"));
    assert_eq!(client.needs, vec![Need::Spr, Need::Arb]);
    assert_eq!(client.group.as_ref().unwrap().group, CaseGroup::Group(TargetGroup::A));
    // Stored: the list has K-0001 and the view shows it.
    assert_eq!(s.screen, Screen::ClientView);
    assert_eq!(s.records.clients.len(), 1);
    assert_eq!(s.records.clients[0].reference().to_string(), "K-0001");
    assert!(s.flash.as_ref().unwrap().text.contains("K-0001"));
}

#[test]
fn saving_is_refused_with_the_first_problem_focused_and_nothing_lost() {
    let mut s = new_intake();
    fill(&mut s, F::ContactDate, "31.02.2026");
    fill(&mut s, F::Occupation, "Pflegerin");
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 1);
    assert!(effects.is_empty());
    let f = form(&s);
    assert_eq!(f.fields[f.focus].key, F::ContactDate);
    assert_eq!(f.fields[f.focus].error.as_deref(), Some("Diesen Tag gibt es nicht."));
    assert_eq!(f.text(F::Occupation), "Pflegerin");
}

#[test]
fn a_name_without_consent_to_storage_is_refused() {
    let mut s = new_intake();
    fill(&mut s, F::Name, "Amira Fiktiv");
    assert!(save_with_id(&mut s, &[Key::ctrl('s')], 1).is_empty());
    let f = form(&s);
    assert_eq!(f.fields[f.focus].key, F::Name);
    assert!(f.fields[f.focus].error.as_ref().unwrap().contains("Einwilligung"));
    // Anonymous with a pseudonym is fine without it.
    choose(&mut s, F::Anonymous, "j");
    fill(&mut s, F::Pseudonym, "Sonnenblume");
    assert_eq!(save_with_id(&mut s, &[Key::ctrl('s')], 7).len(), 1);
    assert!(s.records.clients[0].identity.is_anonymous());
}

#[test]
fn an_override_needs_a_reason_and_is_kept_with_the_suggestion() {
    let mut s = new_intake();
    choose(&mut s, F::Decision, "c");
    assert!(save_with_id(&mut s, &[Key::ctrl('s')], 1).is_empty());
    assert_eq!(form(&s).fields[form(&s).focus].key, F::Reason);
    type_text(&mut s, "Studium hier beendet, Nachweis folgt");
    assert_eq!(save_with_id(&mut s, &[Key::ctrl('s')], 1).len(), 1);
    let g = s.records.clients[0].group.as_ref().unwrap();
    assert_eq!(g.group, CaseGroup::Group(TargetGroup::C));
    assert_eq!(g.computed.primary, CaseGroup::NotAssigned);
    assert!(g.is_override());
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let mut s = new_intake();
    fill(&mut s, F::Occupation, "Koch");
    press(&mut s, &[k(Code::Esc)]);
    assert!(matches!(s.overlay, Some(Overlay::Confirm { .. })));
    press(&mut s, &[Key::ch('n')]);
    assert!(s.overlay.is_none());
    assert_eq!(form(&s).text(F::Occupation), "Koch");
    press(&mut s, &[k(Code::Esc), Key::ch('j')]);
    assert!(s.intake.draft.is_none());
    assert_eq!(s.screen, Screen::Clients);
}

#[test]
fn the_draft_survives_a_look_at_the_directory() {
    let mut s = new_intake();
    fill(&mut s, F::Occupation, "Lehrerin");
    press(&mut s, &[k(Code::F(2))]);
    assert_eq!(s.screen, Screen::Directory);
    type_text(&mut s, "kurs");
    press(&mut s, &[k(Code::F(3))]);
    assert_eq!(s.screen, Screen::Intake);
    assert_eq!(form(&s).text(F::Occupation), "Lehrerin");
    // Quitting with the draft open asks.
    press(&mut s, &[Key::ctrl('q')]);
    assert!(!s.quit);
    press(&mut s, &[Key::ch('j')]);
    assert!(s.quit);
}

#[test]
fn ctrl_f_saves_and_opens_the_directory_for_the_clients_needs() {
    let mut s = new_intake();
    goto(&mut s, F::Needs);
    press(&mut s, &[k(Code::Char(' '))]);
    let effects = save_with_id(&mut s, &[Key::ctrl('f')], 3);
    assert_eq!(effects.len(), 1);
    assert_eq!(s.screen, Screen::Directory);
    assert_eq!(s.current_client, Some(3));
    assert_eq!(s.dir.filters.needs, vec![Need::Spr]);
    assert_eq!(s.dir.results.total, 1);
    press(&mut s, &[Key::ctrl('k')]);
    assert_eq!(s.current_client, None);
}

#[test]
fn client_list_searches_by_name_and_reference() {
    let mut s = new_intake();
    choose(&mut s, F::Anonymous, "j");
    fill(&mut s, F::Pseudonym, "Sonnenblume");
    save_with_id(&mut s, &[Key::ctrl('s')], 42);
    press(&mut s, &[k(Code::F(3)), Key::ctrl('n')]);
    choose(&mut s, F::Anonymous, "j");
    fill(&mut s, F::Pseudonym, "Löwenzahn");
    save_with_id(&mut s, &[Key::ctrl('s')], 43);
    press(&mut s, &[k(Code::F(3))]);
    assert_eq!(s.screen, Screen::Clients);
    assert_eq!(s.clients.hits.len(), 2);
    type_text(&mut s, "loewen");
    let names: Vec<_> =
        s.clients.hits.iter().map(|&i| format!("{:?}", s.records.clients[i].identity)).collect();
    assert_eq!(s.clients.hits.len(), 1, "{names:?} {:?}", s.clients.query.value());
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "K-0042");
    assert_eq!(s.clients.selected(&s.records).unwrap().id, 42);
    press(&mut s, &[k(Code::Enter)]);
    assert_eq!(s.screen, Screen::ClientView);
}

#[test]
fn a_short_contact_is_two_keys_away_from_anywhere_and_holds_no_personal_data() {
    let mut s = new_intake();
    press(&mut s, &[k(Code::F(2)), k(Code::F(9))]);
    assert!(matches!(s.overlay, Some(Overlay::Modal(_))));
    // An empty form (only the prefilled date, channel and caller) is not saved.
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 8);
    assert!(effects.is_empty(), "{effects:?}");
    let Some(Overlay::Modal(m)) = &s.overlay else { panic!("the form stays open") };
    assert!(m.form.has_errors());
    assert!(s.records.contacts.is_empty());
    for _ in 0..6 {
        press(&mut s, &[k(Code::Tab)]);
    }
    type_text(&mut s, "5");
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 9);
    let [Write::SaveContact(c)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(c.date, s.today());
    assert_eq!(c.minutes, Some(5));
    assert_eq!(s.records.contacts.iter().map(|c| c.id).collect::<Vec<_>>(), [9]);
    assert!(s.overlay.is_none());
    assert_eq!(s.flash.as_ref().unwrap().text, s.lang.t(Ti::ContactSaved));
}

#[test]
fn a_failed_save_keeps_the_form_and_says_why() {
    let mut s = new_intake();
    fill(&mut s, F::Occupation, "Koch");
    let out = update(&mut s, Msg::Key(Key::ctrl('s')));
    assert_eq!(out.effects.len(), 1);
    answer(&mut s, Err(SaveError { message: "Der Datenträger ist voll".into(), blocks_writes: true }));
    assert_eq!(s.screen, Screen::Intake);
    assert_eq!(form(&s).text(F::Occupation), "Koch");
    assert!(s.read_only.is_some());
    assert!(s.records.clients.is_empty());
    // Further saves are refused without asking the store.
    assert!(update(&mut s, Msg::Key(Key::ctrl('s'))).effects.is_empty());
}

#[test]
fn offers_that_do_not_fit_the_client_are_marked_not_hidden() {
    use crate::domain::eligibility::Mismatch;
    let mut jmd = super::tests::offer("jmd", "Jugendmigrationsdienst", Need::Bil);
    (jmd.eligibility.min_age, jmd.eligibility.max_age) = (Some(12), Some(27));
    let mut mbe = super::tests::offer("mbe", "Migrationsberatung für Erwachsene", Need::Bil);
    mbe.eligibility.min_age = Some(27);
    let mut s = state_with(vec![jmd, mbe]);
    press(&mut s, &[k(Code::F(3)), Key::ctrl('n')]);
    fill(&mut s, F::BirthYear, "1990");
    goto(&mut s, F::Needs);
    for _ in 0..6 {
        press(&mut s, &[k(Code::Down)]);
    }
    press(&mut s, &[k(Code::Char(' '))]);
    save_with_id(&mut s, &[Key::ctrl('f')], 5);
    assert_eq!(s.dir.filters.needs, vec![Need::Bil]);
    assert_eq!(s.dir.results.total, 2, "nothing hidden");
    let by_id = |id: &str| s.catalog.offers.iter().find(|o| o.id.as_str() == id).unwrap();
    assert_eq!(s.mismatches(by_id("jmd")), vec![Mismatch::TooOld { max: 27 }]);
    assert!(s.mismatches(by_id("mbe")).is_empty());
}

#[test]
fn a_filled_intake_saved_unchanged_changes_nothing_but_the_update_date() {
    // The checked-in client fixture has every field filled in (tests/codec_fixtures.rs).
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/client_v1.bin");
    let stored: crate::domain::Client =
        crate::store::codec::decode(&std::fs::read(path).expect("fixture")).expect("decodes");
    let mut s = state_with(vec![super::tests::offer("a", "Integrationskurs", Need::Spr)]);
    s.records.clients.push(stored.clone());
    go(&mut s, Go::Client { id: stored.id, select: Pick::Top });
    press(&mut s, &[Key::ctrl('e')]);
    assert_eq!(s.screen, Screen::Intake);
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 0);
    let [Write::SaveClientIf { client, base }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(**base, stored, "saved over the client as the form was opened");
    assert_eq!(client.updated, s.today());
    let expected = crate::domain::Client { updated: s.today(), ..stored };
    assert_eq!(**client, expected);
}

#[test]
fn a_save_refused_because_another_desk_changed_the_client_keeps_what_was_typed() {
    let mut s = state_with(vec![super::tests::offer("a", "Integrationskurs", Need::Spr)]);
    let stored = crate::domain::Client::new(
        7,
        crate::domain::client::FirstContact::new(s.today(), crate::domain::client::ContactChannel::Phone),
    );
    s.records.clients.push(stored.clone());
    go(&mut s, Go::Client { id: 7, select: Pick::Top });
    press(&mut s, &[Key::ctrl('e')]);
    fill(&mut s, F::Occupation, "Koch");
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::SaveClientIf { base, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(**base, stored);
    let conflict = crate::store::StoreError::Conflict {
        at: "x".into(),
        what: "K-0007".into(),
        fields: vec!["notes".into()],
    };
    let message = conflict.message(s.lang);
    answer(&mut s, Err(SaveError { message, blocks_writes: conflict.blocks_writes() }));
    assert_eq!(s.screen, Screen::Intake);
    assert_eq!(form(&s).text(F::Occupation), "Koch", "what was typed stays");
    assert!(s.read_only.is_none(), "a conflict does not stop further saves");
    assert_eq!(
        writes(update(&mut s, Msg::Key(Key::ctrl('s')))).len(),
        1,
        "saving again asks the store again"
    );
}
