//! Flow tests of "the right client" (issue 9): "Neuer Anruf" (F10) between two callers, the
//! chooser a referral without a current client opens, and whom the referral form names.

use super::tests_log::*;
use super::*;
use crate::domain::Need;
use crate::domain::client::{Identity, SensitiveText};
use crate::i18n::{Lang, T, Tl};

fn f10() -> Key {
    k(Code::F(10))
}

#[test]
fn new_call_releases_the_client_clears_search_and_filters_and_says_so() {
    let mut s = referring();
    type_text(&mut s, "iq");
    press(&mut s, &[Key::ctrl('t')]);
    assert!(!s.dir.filters.needs.is_empty() && !s.dir.query.is_empty() && !s.dir.marked.is_empty());
    // From another screen: one key from everywhere.
    press(&mut s, &[k(Code::F(4)), f10()]);
    assert_eq!(s.current_client, None);
    assert_eq!(s.screen, Screen::Directory);
    assert!(s.dir.query.is_empty());
    assert_eq!(s.dir.filters, Default::default());
    assert!(s.dir.marked.is_empty(), "marks belong to the previous call");
    assert_eq!(flash(&s), Lang::De.t(Tl::NewCallDone));
    assert_eq!(s.dir.results.total, 3, "the whole directory again");
    assert!(!s.quit);
}

#[test]
fn new_call_asks_first_when_the_call_has_unsaved_input() {
    let mut s = referring();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    goto(&mut s, M::Note);
    type_text(&mut s, "ruft zurück");
    press(&mut s, &[f10()]);
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else { panic!("{:?}", s.overlay) };
    assert_eq!(question, Lang::De.t(T::ConfirmNewCall));
    // "No" returns to the form, input kept and the client still current.
    press(&mut s, &[Key::ch('n')]);
    assert_eq!(modal(&s).form.text(M::Note), "ruft zurück");
    assert_eq!(s.current_client, Some(1));
    press(&mut s, &[f10(), Key::ch('j')]);
    assert!(s.overlay.is_none());
    assert_eq!(s.current_client, None);

    // An intake with input is asked about too, and discarded on "yes".
    let mut s = base();
    press(&mut s, &[k(Code::F(3)), Key::ctrl('n')]);
    assert_eq!(s.screen, Screen::Intake);
    type_text(&mut s, "x");
    assert!(s.call_unsaved());
    press(&mut s, &[f10()]);
    assert!(matches!(s.overlay, Some(Overlay::Confirm { .. })));
    press(&mut s, &[Key::ch('j')]);
    assert_eq!(s.screen, Screen::Directory);
    assert!(s.intake.draft.is_none(), "the previous caller's draft is gone");
    press(&mut s, &[k(Code::F(3))]);
    assert_eq!(s.screen, Screen::Clients, "F3 no longer leads to the old draft");
}

#[test]
fn without_a_current_client_ctrl_v_asks_whom_and_refers_the_picked_one() {
    let mut s = referring();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[f10()]);
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    // No form under the previous client: the chooser instead.
    assert!(s.overlay.is_none());
    assert_eq!(s.screen, Screen::Clients);
    assert!(s.clients.picking);
    assert_eq!(flash(&s), Lang::De.t(Tl::PickClientHint));
    // By number, as said on the phone.
    type_text(&mut s, "K-0002");
    assert_eq!(s.clients.hits.len(), 1);
    press(&mut s, &[k(Code::Enter)]);
    assert_eq!(s.current_client, Some(2));
    assert_eq!(s.screen, Screen::Directory);
    let m = modal(&s);
    assert!(m.title.contains("K-0002") && m.title.contains("Wohnungsamt"), "{}", m.title);
    let effects = save(&mut s, &[Key::ctrl('s')], &[4]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items[0].0.client.0, 2);
}

#[test]
fn the_chooser_searches_by_name_goes_back_on_esc_and_offers_a_new_intake() {
    let mut s = base();
    s.records.clients[1].identity =
        Identity::Named { name: Some(SensitiveText::new("Amira Haddad")), phone: None, email: None };
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    type_text(&mut s, "haddad");
    assert_eq!(s.clients.selected(&s.records).map(|c| c.id), Some(2));
    // Esc clears the search first, then returns to the offers with nothing referred.
    press(&mut s, &[k(Code::Esc)]);
    assert!(s.clients.picking && s.screen == Screen::Clients);
    press(&mut s, &[k(Code::Esc)]);
    assert_eq!(s.screen, Screen::Directory);
    assert!(s.overlay.is_none() && s.current_client.is_none());
    assert_eq!(s.selected_offer().map(|o| o.title.as_str()), Some("Wohnungsamt"), "selection kept");
    // Ctrl-N in the chooser starts an intake.
    press(&mut s, &[Key::ctrl('v'), Key::ctrl('n')]);
    assert_eq!(s.screen, Screen::Intake);
    // F3 later is the ordinary list again.
    press(&mut s, &[f10(), k(Code::F(3))]);
    assert!(!s.clients.picking);
}

#[test]
fn ctrl_k_still_releases_the_client_without_clearing_the_search() {
    let mut s = referring();
    type_text(&mut s, "iq");
    press(&mut s, &[Key::ctrl('k')]);
    assert_eq!(s.current_client, None);
    assert_eq!(s.dir.query.value(), "iq");
    assert_eq!(s.dir.filters.needs, vec![Need::Ane, Need::Spr]);
}

fn titles(s: &State) -> Vec<String> {
    s.dir.results.hits.iter().map(|h| s.catalog.offers[h.offer].title.to_string()).collect()
}

/// Two immigration offices as the demo has them: the district's (not for the city) and the
/// city's; a client living in the city.
fn two_offices() -> State {
    use crate::domain::client::Place;
    use crate::domain::{GroupTag, ServiceArea};
    let mut kreis = offer("abh-k", "Ausländerbehörde Kreis", Need::Auf);
    kreis.area_excludes = vec!["Hafenau".into()];
    let mut stadt = offer("abh-s", "Ausländerbehörde Stadt", Need::Auf);
    stadt.service_area = ServiceArea::City;
    stadt.town = "Hafenau".into();
    let mut both = offer("both", "Wohnen und Arbeit", Need::Woh);
    both.needs.push(Need::Arb);
    let woh = offer("woh", "Wohnberatung", Need::Woh);
    let mut emp = offer("emp", "Arbeitgeberservice Wohnen", Need::Arb);
    emp.needs.push(Need::Woh);
    emp.tags = vec![GroupTag::Emp].into();
    let mut far = offer("far", "Mieterverein Birkwald", Need::Woh);
    far.service_area = ServiceArea::City;
    far.town = "Birkwald".into();
    let mut s = state_with(vec![kreis, stadt, both, woh, emp, far]);
    s.settings.counsellor = "AB".into();
    let mut c = client(1, &[Need::Woh, Need::Arb], true);
    c.stay.place = Some(Place::InRegion { town: Some("Hafenau".into()) });
    s.records.clients = vec![c, client(2, &[Need::Woh], true)];
    s
}

#[test]
fn among_equal_hits_the_office_for_the_clients_town_comes_first_and_the_other_is_marked() {
    let mut s = two_offices();
    type_text(&mut s, "ausländerbehörde");
    s.settle();
    let scores: Vec<u32> = s.dir.results.hits.iter().map(|h| h.score).collect();
    assert_eq!(scores[0], scores[1], "equal hits: {scores:?}");
    assert_eq!(titles(&s), ["Ausländerbehörde Kreis", "Ausländerbehörde Stadt"], "no client: search order");
    go(&mut s, Go::OffersFor(1));
    press(&mut s, &[Key::ctrl('x')]);
    type_text(&mut s, "ausländerbehörde");
    s.settle();
    assert_eq!(titles(&s), ["Ausländerbehörde Stadt", "Ausländerbehörde Kreis"]);
    let kreis = s.catalog.offers.iter().find(|o| o.id.as_str() == "abh-k").unwrap();
    assert_eq!(s.mismatches(kreis), vec![crate::domain::eligibility::Mismatch::Town]);
    // The town filter leaves the district's office out for city residents.
    press(&mut s, &[Key::ctrl('o')]);
    let Some(Overlay::Menu(m)) = &s.overlay else { panic!("{:?}", s.overlay) };
    let pos = m.items.iter().position(|i| i.label.contains("Hafenau")).expect("Hafenau listed");
    for _ in 0..pos {
        press(&mut s, &[k(Code::Down)]);
    }
    press(&mut s, &[k(Code::Enter)]);
    s.settle();
    assert_eq!(titles(&s), ["Ausländerbehörde Stadt"]);
    // F10: the next caller gets the search's own order again.
    press(&mut s, &[f10()]);
    type_text(&mut s, "ausländerbehörde");
    s.settle();
    assert_eq!(titles(&s)[0], "Ausländerbehörde Kreis");
}

#[test]
fn the_list_for_a_clients_needs_puts_fitting_offers_covering_most_needs_first() {
    let mut s = two_offices();
    press(&mut s, &[k(Code::F(3))]);
    type_text(&mut s, "K-0001");
    press(&mut s, &[Key::ctrl('f')]);
    s.settle();
    // Fitting and in town first, by needs covered; then the rest with their marks.
    assert_eq!(
        titles(&s),
        ["Wohnen und Arbeit", "Wohnberatung", "Arbeitgeberservice Wohnen", "Mieterverein Birkwald"]
    );
    let marks: Vec<usize> =
        s.dir.results.hits.iter().map(|h| s.mismatches(&s.catalog.offers[h.offer]).len()).collect();
    assert_eq!(marks, [0, 0, 1, 1], "employers only; not for the client's town");
}

#[test]
fn a_referrals_need_is_the_one_searched_for_not_the_clients_first() {
    // K-0001 needs ANE first, then SPR; the IQ offer covers ANE and ARB.
    let mut s = referring();
    press(&mut s, &[Key::ctrl('x'), k(Code::F(6))]); // the need filter: Arbeit
    type_text(&mut s, "IQ Anerkennungsberatung");
    press(&mut s, &[Key::ctrl('v')]);
    let arb = Need::ALL.iter().position(|n| *n == Need::Arb).unwrap() as u16;
    assert_eq!(modal(&s).form.choice(M::NeedOf(0)), Some(arb), "the filter's need");
    press(&mut s, &[k(Code::Esc)]);
    // A need named in the query counts too.
    press(&mut s, &[Key::ctrl('x'), Key::ctrl('u')]);
    type_text(&mut s, "IQ arbeit");
    s.settle();
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).form.choice(M::NeedOf(0)), Some(arb), "the query's need");
}

#[test]
fn urgency_is_per_referral_and_prefilled_only_for_the_intakes_needs() {
    let mut s = referring();
    s.records.clients[0].urgency = Some(crate::domain::client::Urgency::Urgent);
    // Client needs ANE and SPR; Wohnungsamt is WOH, which the intake did not record.
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('t')]);
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('t'), Key::ctrl('v')]);
    let f = &modal(&s).form;
    assert_eq!(f.choice(M::UrgentOf(0)), Some(0), "WOH: not what the intake's urgency was about");
    assert_eq!(f.choice(M::UrgentOf(1)), Some(1), "SPR: one of the intake's needs");
    assert!(f.get(M::UrgentOf(1)).label.contains("Erstgespräch"));
    assert_eq!(f.text(M::FollowUp), "02.12.2026", "the earliest: urgent +7");
    let effects = save(&mut s, &[Key::ctrl('s')], &[1, 2]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items.iter().map(|(r, _)| r.urgent).collect::<Vec<_>>(), [false, true]);
}

#[test]
fn a_batch_has_a_note_and_a_status_per_offer_and_a_shared_note_only_when_written() {
    let mut s = referring();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('t')]);
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('t'), Key::ctrl('v')]);
    goto(&mut s, M::NoteOf(0));
    type_text(&mut s, "Antrag mitnehmen");
    goto(&mut s, M::StatusOf(1));
    type_text(&mut s, "t");
    assert!(!modal(&s).form.get(M::AppointmentOf(1)).hidden);
    assert!(modal(&s).form.get(M::AppointmentOf(0)).hidden, "only the one with an appointment");
    assert!(
        modal(&s).form.get(M::AppointmentTimeOf(1)).hidden == modal(&s).form.get(M::AppointmentOf(1)).hidden
    );
    assert!(modal(&s).form.get(M::AppointmentTimeOf(0)).hidden, "the time goes with its date");
    goto(&mut s, M::AppointmentOf(1));
    type_text(&mut s, "03.12.2026");
    press(&mut s, &[k(Code::Tab)]);
    let f = &modal(&s).form;
    assert_eq!(f.fields[f.focus].key, M::AppointmentTimeOf(1), "the time right after the date");
    type_text(&mut s, "9.30");
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(modal(&s).form.text(M::FollowUp), "04.12.2026", "the day after the appointment");
    let effects = save(&mut s, &[Key::ctrl('s')], &[1, 2]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    let (a, b) = (&items[0].0, &items[1].0);
    assert_eq!((a.note.as_str(), b.note.as_str()), ("Antrag mitnehmen", ""), "no note copied to the other");
    assert_eq!(a.status, crate::domain::ReferralStatus::InformationGiven);
    assert_eq!(b.status, crate::domain::ReferralStatus::AppointmentMade);
    // The store gives each its own number (a shared placeholder made them one referral).
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::SledStore::open(&dir.path().join("db")).unwrap();
    let applied = crate::store::Store::apply(&store, &effects[0].changes()).unwrap();
    assert_eq!(applied.ids[0].len(), 2, "two numbers for two referrals");
    assert_eq!(crate::store::Store::all_referrals(&store).unwrap().len(), 2);
    let half_past_nine = crate::domain::TimeOfDay::from_hm(9, 30).unwrap();
    assert_eq!(
        (a.appointment, b.appointment),
        (None, Some(crate::domain::Appointment::at(d(2026, 12, 3), half_past_nine)))
    );

    // A note for all is added to each offer's own.
    let mut s = referring();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('t')]);
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('t'), Key::ctrl('v')]);
    goto(&mut s, M::NoteOf(1));
    type_text(&mut s, "Kurs B1");
    goto(&mut s, M::Note);
    type_text(&mut s, "Pass mitbringen");
    let effects = save(&mut s, &[Key::ctrl('s')], &[1, 2]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items[0].0.note, "Pass mitbringen");
    assert_eq!(items[1].0.note, "Kurs B1 · Pass mitbringen");
}

#[test]
fn the_intakes_follow_up_is_the_default_of_its_referrals() {
    let mut s = referring();
    s.records.clients[0].follow_up = Some(d(2026, 12, 1));
    select(&mut s, "IQ Anerkennungsberatung");
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).form.text(M::FollowUp), "01.12.2026", "not the six weeks of recognition");
    press(&mut s, &[k(Code::Esc)]);
    // A past intake date is no default.
    s.records.clients[0].follow_up = Some(d(2026, 11, 20));
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).form.text(M::FollowUp), "06.01.2027");
}

#[test]
fn a_status_change_sets_the_follow_up_in_the_same_form() {
    let mut s = with_log();
    press(&mut s, &[k(Code::F(4))]);
    let id = s.log.selected(&s.records).unwrap().id;
    press(&mut s, &[Key::ch('s')]);
    type_text(&mut s, "t"); // Termin vereinbart
    goto(&mut s, M::Appointment);
    type_text(&mut s, "03.12.2026");
    press(&mut s, &[k(Code::Tab)]);
    // The time, right after the date: a wrong one is refused at the field, in words.
    let f = &modal(&s).form;
    assert_eq!(f.fields[f.focus].key, M::AppointmentTime);
    type_text(&mut s, "24:00");
    press(&mut s, &[k(Code::Tab)]);
    assert!(modal(&s).form.get(M::AppointmentTime).error.as_deref().is_some_and(|e| e.contains("0 bis 23")));
    goto(&mut s, M::AppointmentTime);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "1430");
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(modal(&s).form.get(M::AppointmentTime).error, None);
    assert_eq!(modal(&s).form.text(M::FollowUp), "04.12.2026", "follows the appointment");
    goto(&mut s, M::FollowUp);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "10.12.2026");
    let effects = save(&mut s, &[Key::ctrl('s')], &[]);
    let [Write::SaveReferrals { items, new: false }] = effects.as_slice() else { panic!("{effects:?}") };
    let (r, ev) = &items[0];
    assert_eq!((r.id, r.status), (id, crate::domain::ReferralStatus::AppointmentMade));
    let when =
        crate::domain::Appointment::at(d(2026, 12, 3), crate::domain::TimeOfDay::from_hm(14, 30).unwrap());
    assert_eq!((r.appointment, r.follow_up), (Some(when), Some(d(2026, 12, 10))));
    assert!(
        matches!(ev.kind, crate::domain::EventKind::StatusChanged { follow_up: Some(f), appointment: Some(a), .. } if f == d(2026, 12, 10) && a == when)
    );
    // A closing status has no follow-up: the field goes.
    press(&mut s, &[Key::ch('s')]);
    type_text(&mut s, "a");
    assert!(modal(&s).form.get(M::FollowUp).hidden);
    // A typed date before today is refused at the field.
    press(&mut s, &[k(Code::Esc)]);
    if matches!(s.overlay, Some(Overlay::Confirm { .. })) {
        press(&mut s, &[Key::ch('j')]);
    }
    press(&mut s, &[Key::ch('s')]);
    type_text(&mut s, "w"); // Warteliste
    goto(&mut s, M::FollowUp);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "01.11.2026");
    assert!(save(&mut s, &[Key::ctrl('s')], &[]).is_empty());
    let errs: Vec<_> =
        modal(&s).form.fields.iter().filter_map(|f| f.error.clone().map(|e| (f.key, e))).collect();
    assert!(modal(&s).form.get(M::FollowUp).error.is_some(), "{errs:?} {}", flash(&s));
}

#[test]
fn the_intakes_follow_up_is_due_in_the_header_and_the_log_like_a_referrals() {
    let mut s = base();
    let (before, today) = (s.due_count(), s.today());
    s.records.clients[1].updated = d(2026, 11, 1);
    s.records.clients[1].follow_up = Some(d(2026, 11, 24));
    s.records.clients[0].follow_up = Some(d(2026, 11, 30)); // not yet
    assert_eq!(s.due_count(), before + 1);
    press(&mut s, &[k(Code::F(4))]);
    assert_eq!(s.log.intake_due, vec![(2, d(2026, 11, 24))]);
    // A referral made from the intake carries its date: due once, as the referral.
    go(&mut s, Go::OffersFor(2));
    select(&mut s, "Wohnungsamt");
    s.records.clients[1].follow_up = Some(today);
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).form.text(M::FollowUp), today.to_string());
    save(&mut s, &[Key::ctrl('s')], &[8]);
    assert_eq!(s.records.referrals.len(), 1);
    assert_eq!(s.due_count(), before + 1, "the referral, not twice");
    press(&mut s, &[k(Code::F(4))]);
    assert!(s.log.intake_due.is_empty());
    // Saving the intake again deals with its date.
    s.records.clients[1].follow_up = Some(d(2026, 11, 24));
    s.records.clients[1].updated = today;
    assert_eq!(s.due_count(), before + 1);
}
