//! Flow tests of the client screens: from an empty intake, driven by keys, to a stored record.

use super::tests::{answer, press, state_with, type_text, writes};
use super::*;
use crate::app::form::options::pick;
use crate::app::nav::Pick;
use crate::domain::client::{Answer, Barrier, Caller, ConsentForm, FollowUpKind, Identity, Purpose};
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

/// Answers a choice field by the letters it shows.
fn choose(s: &mut State, key: F, typed: &str) {
    goto(s, key);
    type_text(s, typed);
}

/// Answers a choice field that shows no letters: → `n` times from "keine Angabe".
fn arrow(s: &mut State, key: F, n: usize) {
    goto(s, key);
    press(s, &[Key::plain(Code::Delete)]);
    for _ in 0..n {
        press(s, &[k(Code::Right)]);
    }
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
    choose(&mut s, F::ConsentStorage, "m");
    assert_eq!(form(&s).text(F::ConsentStorageDate), s.today().to_string(), "choosing fills today's date");
    fill(&mut s, F::Name, "Ravi Fiktiv");
    fill(&mut s, F::Nationality, "IN");
    arrow(&mut s, F::Place, 1);
    fill(&mut s, F::Town, "Hafenau");
    choose(&mut s, F::Arrived, "j");
    fill(&mut s, F::Arrival, "09.2026");
    arrow(&mut s, F::Basis, 3);
    assert_eq!(form(&s).choice(F::Basis), Some(2));
    arrow(&mut s, F::Qualification, 4);
    fill(&mut s, F::Occupation, "Ingenieur");
    goto(&mut s, F::Needs);
    press(&mut s, &[k(Code::Char(' ')), k(Code::Down), k(Code::Char(' '))]);
    let a = &s.intake.draft.as_ref().unwrap().assignment;
    let trace: Vec<_> = a.trace.iter().map(|c| crate::i18n::trace_line(c, Lang::De)).collect();
    assert_eq!(a.primary, CaseGroup::Group(TargetGroup::A), "{trace:?}");
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 1);
    let [Write::SaveClient { client, new: true }] = effects.as_slice() else { panic!("{effects:?}") };
    let storage = client.consent.get(Purpose::Storage).expect("answered");
    assert_eq!((storage.answer, storage.date), (Answer::Given(ConsentForm::Verbal), s.today()));
    assert!(!client.consent.granted(Purpose::FollowUp));
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
    // The change asks first; "yes" takes it and runs the save, which wants a reason.
    assert!(save_with_id(&mut s, &[Key::ctrl('s')], 1).is_empty());
    assert!(matches!(s.overlay, Some(Overlay::Confirm { .. })), "a changed decision asks");
    assert!(save_with_id(&mut s, &[Key::ch('j')], 1).is_empty());
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

// ---- The intake at phone speed --------------------------------------------------------------

#[test]
fn a_stray_letter_never_changes_a_choice_that_shows_no_letters() {
    let mut s = new_intake();
    goto(&mut s, F::Caller);
    let before = form(&s).choice(F::Caller);
    // "Arbeitgeber" starts with "a": type-ahead would have made the caller an employer.
    type_text(&mut s, "a");
    assert_eq!(form(&s).choice(F::Caller), before);
    assert!(s.flash.as_ref().is_some_and(|f| f.text.contains("←/→")), "the letter is refused, and said so");
    // Where the field shows its letters, a letter chooses.
    goto(&mut s, F::Interpreter);
    type_text(&mut s, "j");
    assert_eq!(form(&s).choice(F::Interpreter), Some(1));
    type_text(&mut s, "x");
    assert_eq!(form(&s).choice(F::Interpreter), Some(1), "a letter the field does not show changes nothing");
}

#[test]
fn a_change_of_the_caller_asks_before_it_takes_effect() {
    let mut s = new_intake();
    goto(&mut s, F::Caller);
    // Ratsuchende/r → Familienangehörige/r → Arbeitgeber – Personalgewinnung.
    press(&mut s, &[k(Code::Right), k(Code::Right)]);
    press(&mut s, &[k(Code::Tab)]);
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("asks first") };
    assert!(question.contains("Kurzformular"), "{question}");
    // No: nothing changed, the focus stays.
    press(&mut s, &[Key::ch('n')]);
    assert_eq!(pick(&Caller::ALL, form(&s).choice(F::Caller)), Some(Caller::Client));
    assert_eq!(form(&s).focused_key(), Some(F::Caller));
    assert!(form(&s).index_of(F::Name).is_some(), "still the person's form");
    // Yes: the employer's short form, and the Tab goes on.
    press(&mut s, &[k(Code::Right), k(Code::Right), k(Code::Tab), Key::ch('j')]);
    assert_eq!(pick(&Caller::ALL, form(&s).choice(F::Caller)), Some(Caller::EmployerHiring));
    assert_eq!(form(&s).focused_key(), Some(F::Language));
    assert!(form(&s).index_of(F::Name).is_none() && form(&s).index_of(F::Company).is_some());
    assert_eq!(s.intake.draft.as_ref().unwrap().assignment.primary, CaseGroup::Emp);
    // The short form saves an employer contact.
    choose(&mut s, F::ConsentStorage, "s");
    fill(&mut s, F::Company, "Muster Pflege GmbH");
    fill(&mut s, F::ContactPerson, "Frau Beispiel");
    goto(&mut s, F::Needs);
    press(&mut s, &[k(Code::Down), k(Code::Char(' '))]);
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 4);
    let [Write::SaveClient { client, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    let e = client.employer.as_ref().expect("employer data");
    assert_eq!((e.company.as_str(), e.contact_person.as_str()), ("Muster Pflege GmbH", "Frau Beispiel"));
    assert_eq!(client.needs, [Need::Arb]);
    assert_eq!(client.group.as_ref().map(|g| g.group), Some(CaseGroup::Emp));
}

#[test]
fn a_person_turned_employer_contact_keeps_no_answers_about_a_person() {
    use crate::domain::client::{ContactChannel, CountryCode, FirstContact};
    let mut s = new_intake();
    // A stored person's record, edited: the caller was in fact an employer hiring.
    let mut c = crate::domain::Client::new(6, FirstContact::new(s.today(), ContactChannel::Phone));
    c.person.nationality = CountryCode::parse("UA");
    c.person.household.children_ages = Some(vec![4]);
    s.records.clients.push(c);
    press(&mut s, &[k(Code::Esc), Key::ch('j')]);
    go(&mut s, Go::Client { id: 6, select: Pick::Top });
    press(&mut s, &[Key::ctrl('e')]);
    goto(&mut s, F::Caller);
    press(&mut s, &[k(Code::Right), k(Code::Right), k(Code::Tab), Key::ch('j')]);
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 6);
    let [Write::SaveClientIf { client, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(client.person, crate::domain::client::Person::default(), "the question said so");
    assert!(client.employer.is_some());
}

/// Presses the same keys from the top of a fresh form after `answer`, and says where they end.
fn blind_typing_ends_at(answer: &dyn Fn(&mut State)) -> F {
    let mut s = new_intake();
    answer(&mut s);
    goto(&mut s, F::ContactDate);
    for _ in 0..30 {
        press(&mut s, &[k(Code::Tab)]);
    }
    form(&s).focused_key().expect("focus")
}

#[test]
fn fields_that_appear_after_an_answer_do_not_shift_what_blind_typing_reaches() {
    let plain = blind_typing_ends_at(&|_| {});
    let answered = [
        blind_typing_ends_at(&|s| choose(s, F::Anonymous, "j")),
        blind_typing_ends_at(&|s| arrow(s, F::Place, 1)),
        blind_typing_ends_at(&|s| choose(s, F::Arrived, "j")),
        blind_typing_ends_at(&|s| choose(s, F::ConsentPartners, "m")),
        blind_typing_ends_at(&|s| arrow(s, F::German, 2)),
        blind_typing_ends_at(&|s| arrow(s, F::ObtainedIn, 2)),
    ];
    for end in answered {
        assert_eq!(end, plain);
    }
    // A field that does not apply takes no typing and says so.
    let mut s = new_intake();
    goto(&mut s, F::Pseudonym);
    type_text(&mut s, "x");
    assert_eq!(form(&s).text(F::Pseudonym), "");
    assert!(form(&s).get(F::Pseudonym).hidden);
}

#[test]
fn fields_check_themselves_when_left_childrens_ages_too() {
    let mut s = new_intake();
    fill(&mut s, F::Children, "vier");
    press(&mut s, &[k(Code::Tab)]);
    let f = form(&s);
    assert_eq!(f.focused_key(), Some(F::SingleParent), "the focus moves on");
    assert!(f.get(F::Children).error.is_some(), "the ages are checked on leaving");
    fill(&mut s, F::Children, "4, 9");
    press(&mut s, &[k(Code::Tab)]);
    assert!(form(&s).get(F::Children).error.is_none());
    fill(&mut s, F::Nationality, "Syrien");
    press(&mut s, &[k(Code::Tab)]);
    assert!(form(&s).get(F::Nationality).error.is_some());
}

#[test]
fn choosing_a_consent_answer_fills_todays_date_and_a_call_needs_that_consent() {
    let mut s = new_intake();
    choose(&mut s, F::ConsentFollowUp, "v");
    assert_eq!(form(&s).text(F::ConsentFollowUpDate), s.today().to_string());
    press(&mut s, &[k(Code::Delete)]);
    assert_eq!(form(&s).text(F::ConsentFollowUpDate), "", "keine Angabe empties the date");
    // Refused: a follow-up that means calling the person is refused, one with the provider not.
    choose(&mut s, F::ConsentFollowUp, "v");
    choose(&mut s, F::FollowUpKind, "p");
    fill(&mut s, F::FollowUp, "02.12.2026");
    assert!(save_with_id(&mut s, &[Key::ctrl('s')], 1).is_empty());
    assert_eq!(form(&s).focused_key(), Some(F::FollowUpKind));
    assert!(form(&s).get(F::FollowUpKind).error.as_ref().unwrap().contains("Anbieter"));
    choose(&mut s, F::FollowUpKind, "a");
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 1);
    let [Write::SaveClient { client, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(client.follow_up_kind, FollowUpKind::CheckWithProvider);
    assert_eq!(client.consent.get(Purpose::FollowUp).map(|a| a.answer), Some(Answer::Refused));
}

#[test]
fn derived_barriers_show_ticked_as_derived_and_are_not_recorded() {
    let mut s = new_intake();
    // Single parent with a child under 12: H5 is derived.
    fill(&mut s, F::Children, "4");
    choose(&mut s, F::SingleParent, "j");
    let f = form(&s).get(F::Barriers);
    let h5 = crate::app::form::options::value_of(&Barrier::ALL, &Barrier::H5).unwrap();
    assert_eq!(f.implied, vec![h5]);
    assert_eq!(f.implied_label, "abgeleitet");
    assert!(form(&s).multi(F::Barriers).is_empty(), "shown, not recorded");
}

#[test]
fn the_town_completes_to_the_regions_town_and_free_text_stays_possible() {
    let mut o = super::tests::offer("a", "Integrationskurs", Need::Spr);
    o.town = "Birkwald".into();
    let mut s = state_with(vec![o]);
    press(&mut s, &[k(Code::F(3)), Key::ctrl('n')]);
    arrow(&mut s, F::Place, 1);
    fill(&mut s, F::Town, "birk");
    assert_eq!(form(&s).get(F::Town).hint.as_deref(), Some("wald"), "the completion is shown");
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(form(&s).text(F::Town), "Birkwald");
    fill(&mut s, F::Town, "Kleindorf");
    assert_eq!(form(&s).get(F::Town).hint, None);
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(form(&s).text(F::Town), "Kleindorf", "a town not in the catalogue is kept as typed");
}

#[test]
fn sub_needs_are_offered_for_the_needs_ticked_and_saved() {
    let mut s = new_intake();
    goto(&mut s, F::SubNeeds);
    assert!(
        matches!(&form(&s).get(F::SubNeeds).kind, form::Kind::Multi { options, .. } if options.is_empty())
    );
    goto(&mut s, F::Needs);
    press(&mut s, &[k(Code::Char(' '))]);
    goto(&mut s, F::SubNeeds);
    press(&mut s, &[k(Code::Char(' '))]);
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 2);
    let [Write::SaveClient { client, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(client.needs, [Need::Spr]);
    assert_eq!(client.sub_needs.len(), 1);
    assert_eq!(client.sub_needs[0].need(), Need::Spr);
}

// ---- Consent that governs -------------------------------------------------------------------

#[test]
fn a_consent_is_withdrawn_from_the_client_view_and_takes_effect() {
    use crate::domain::client::{Consent, ContactChannel, FirstContact, SensitiveText};
    let mut s = state_with(vec![super::tests::offer("a", "Integrationskurs", Need::Spr)]);
    let given = s.today().add_days(-20);
    let mut c = crate::domain::Client::new(5, FirstContact::new(given, ContactChannel::Phone));
    c.identity = Identity::Anonymous { pseudonym: Some(SensitiveText::new("Ahorn")) };
    c.consent =
        Consent::given(given, ConsentForm::Verbal, &[Purpose::Storage, Purpose::FollowUp, Purpose::Partners]);
    c.follow_up = Some(s.today().add_days(7));
    c.follow_up_kind = FollowUpKind::CallPerson;
    s.records.clients.push(c);
    assert_eq!(referral_form::follow_up_label(&s.records, 5, Lang::De), "Wiedervorlage: anrufen");
    assert!(referral_form::consent_to_pass(&s.records, 5));
    go(&mut s, Go::Client { id: 5, select: Pick::Top });
    press(&mut s, &[Key::ch('w')]);
    let Some(Overlay::Modal(m)) = &s.overlay else { panic!("the withdrawal form opens") };
    assert_eq!(m.kind, modal::ModalKind::Withdraw(5));
    assert_eq!(m.form.text(modal::ModalField::Date), s.today().to_string(), "today, to overtype");
    // Storage is first; → is consent to follow-up contact.
    press(&mut s, &[k(Code::Right)]);
    let effects = save_with_id(&mut s, &[Key::ctrl('s')], 5);
    let [Write::SaveClientIf { client, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    let answer = client.consent.get(Purpose::FollowUp).expect("kept");
    assert_eq!((answer.answer, answer.date), (Answer::Withdrawn, s.today()));
    assert_eq!(client.consent.history.len(), 4, "three consents and the withdrawal");
    assert!(client.consent.granted(Purpose::Storage) && client.consent.granted(Purpose::Partners));
    assert_eq!(client.follow_up_kind, FollowUpKind::CheckWithProvider, "no call any more");
    assert!(s.overlay.is_none());
    assert!(s.flash.as_ref().unwrap().text.contains("widerrufen"));
    // Every form that sets a follow-up now says what it means.
    assert_eq!(referral_form::follow_up_label(&s.records, 5, Lang::De), "Wiedervorlage: Anbieter");
    // The intake refuses a call for them.
    press(&mut s, &[Key::ctrl('e')]);
    assert_eq!(
        pick(&FollowUpKind::ALL, form(&s).choice(F::FollowUpKind)),
        Some(FollowUpKind::CheckWithProvider)
    );
    choose(&mut s, F::FollowUpKind, "p");
    assert!(save_with_id(&mut s, &[Key::ctrl('s')], 5).is_empty());
    assert_eq!(form(&s).focused_key(), Some(F::FollowUpKind));
    press(&mut s, &[k(Code::Esc), Key::ch('j')]);
    // Withdrawing consent to passing data on ends the warm handover.
    go(&mut s, Go::Client { id: 5, select: Pick::Top });
    press(&mut s, &[Key::ch('w'), k(Code::Right)]);
    save_with_id(&mut s, &[Key::ctrl('s')], 5);
    assert!(!referral_form::consent_to_pass(&s.records, 5));
    // Nothing left but storage: withdrawing it says the record is to be erased.
    press(&mut s, &[Key::ch('w')]);
    save_with_id(&mut s, &[Key::ctrl('s')], 5);
    assert!(s.flash.as_ref().unwrap().text.contains("lotse client erase K-0005"));
    press(&mut s, &[Key::ch('w')]);
    assert!(s.overlay.is_none(), "nothing left to withdraw");
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
