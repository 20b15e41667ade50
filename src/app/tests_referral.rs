//! Flow tests of making referrals, driven by keys: from the directory key (Ctrl-V) to a stored
//! referral, marking several offers, the consent gate and the follow-up defaults in the form.

use super::tests_log::*;
use super::*;
use crate::domain::client::Urgency;
use crate::domain::{ClientId, EventKind, Need, ReferralId, ReferralStatus};
use crate::i18n::{Lang, Tl, rule_error_text};

#[test]
fn from_the_directory_key_to_a_stored_referral() {
    let mut s = referring();
    select(&mut s, "IQ Anerkennungsberatung");
    press(&mut s, &[Key::ctrl('v')]);
    let f = &modal(&s).form;
    // The client's needs the offer covers: ANE (first of the client's), not ARB.
    assert_eq!(f.choice(M::NeedOf(0)), Some(3));
    assert_eq!(f.text(M::FollowUp), "06.01.2027", "recognition: six weeks");
    let effects = writes(update(&mut s, Msg::Key(Key::ctrl('s'))));
    let [Write::SaveReferrals { items, new: true }] = effects.as_slice() else { panic!("{effects:?}") };
    let (r, ev) = &items[0];
    assert_eq!((r.client, r.offer.as_str(), r.need), (ClientId(1), "iq", Need::Ane));
    assert_eq!(r.status, ReferralStatus::InformationGiven);
    assert_eq!(r.offer_snapshot.title, "IQ Anerkennungsberatung");
    assert_eq!((r.by.as_str(), r.follow_up), ("AB", Some(d(2027, 1, 6))));
    assert!(matches!(ev.kind, EventKind::Created { status: ReferralStatus::InformationGiven, .. }));
    // Nothing is shown as saved before the store says so.
    assert!(s.records.referrals.is_empty());
    assert!(matches!(s.overlay, Some(Overlay::Modal(_))));
    answer(&mut s, Ok(Done { id: Some(77), ids: vec![77], ..Done::default() }));
    assert_eq!(s.records.referrals.len(), 1);
    assert_eq!(s.records.referrals[0].id, ReferralId(77));
    assert_eq!(s.records.events[0].referral, ReferralId(77));
    assert!(s.overlay.is_none());
    assert!(flash(&s).contains("gespeichert") && flash(&s).contains("K-0001"), "{}", flash(&s));
}

#[test]
fn marked_offers_are_referred_together_in_one_write() {
    let mut s = referring();
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('t')]);
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('t')]);
    assert_eq!(s.dir.marked.len(), 2);
    press(&mut s, &[Key::ctrl('t')]);
    assert_eq!(s.dir.marked.len(), 1, "Ctrl-T again unmarks");
    press(&mut s, &[Key::ctrl('t'), Key::ctrl('v')]);
    let f = &modal(&s).form;
    assert_eq!(f.choice(M::NeedOf(0)), Some(0), "SPR");
    assert_eq!(f.choice(M::NeedOf(1)), Some(2), "WOH: the offer's own need when the client has none of it");
    let effects = save(&mut s, &[Key::ctrl('s')], &[5, 9]);
    let [Write::SaveReferrals { items, new: true }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items.len(), 2, "one effect, one transaction");
    let ids: Vec<_> = s.records.referrals.iter().map(|r| r.id.0).collect();
    assert_eq!(ids, [5, 9]);
    assert!(s.dir.marked.is_empty());
    assert!(flash(&s).starts_with("2 Verweise"), "{}", flash(&s));
}

#[test]
fn warm_handover_only_with_consent_and_the_form_says_why() {
    let mut s = base();
    go(&mut s, Go::OffersFor(2));
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    goto(&mut s, M::Status);
    type_text(&mut s, "w");
    let why = rule_error_text(&crate::domain::RuleError::WarmHandoverNeedsConsent, Lang::De);
    assert_eq!(modal(&s).form.get(M::Status).error.as_deref(), Some(why), "said at once");
    assert!(save(&mut s, &[Key::ctrl('s')], &[1]).is_empty());
    assert_eq!(modal(&s).form.get(M::Status).error.as_deref(), Some(why));
    // With consent to pass data (K-0001) the same choice is saved.
    let mut s = referring();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    goto(&mut s, M::Status);
    type_text(&mut s, "w");
    assert!(modal(&s).form.get(M::Status).error.is_none());
    let effects = save(&mut s, &[Key::ctrl('s')], &[1]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items[0].0.status, ReferralStatus::WarmHandover);
}

#[test]
fn follow_up_follows_urgency_and_appointment_until_typed() {
    let mut s = referring();
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).form.text(M::FollowUp), "09.12.2026", "+14");
    goto(&mut s, M::Urgent);
    type_text(&mut s, "j");
    assert_eq!(modal(&s).form.text(M::FollowUp), "02.12.2026", "urgent: +7");
    goto(&mut s, M::Status);
    type_text(&mut s, "t");
    assert!(!modal(&s).form.get(M::Appointment).hidden);
    assert!(save(&mut s, &[Key::ctrl('s')], &[1]).is_empty(), "the appointment date is required");
    assert_eq!(modal(&s).form.fields[modal(&s).form.focus].key, M::Appointment);
    type_text(&mut s, "03.12.2026");
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(modal(&s).form.text(M::FollowUp), "04.12.2026", "the day after the appointment");
    goto(&mut s, M::FollowUp);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "10.12.2026");
    goto(&mut s, M::Urgent);
    type_text(&mut s, "n");
    assert_eq!(modal(&s).form.text(M::FollowUp), "10.12.2026", "a typed date stays");
    let effects = save(&mut s, &[Key::ctrl('s')], &[1]);
    let [Write::SaveReferrals { items, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(items[0].0.appointment, Some(crate::domain::Appointment::on(d(2026, 12, 3))), "no time typed");
    assert_eq!(items[0].0.follow_up, Some(d(2026, 12, 10)));
}

#[test]
fn urgency_is_suggested_from_the_intake() {
    let mut s = referring();
    s.records.clients[0].urgency = Some(Urgency::Urgent);
    select(&mut s, "Integrationskurs VHS");
    press(&mut s, &[Key::ctrl('v')]);
    let f = &modal(&s).form;
    assert_eq!(f.choice(M::Urgent), Some(1));
    assert!(f.get(M::Urgent).label.contains("Erstgespräch"));
    assert_eq!(f.text(M::FollowUp), "02.12.2026");
}

#[test]
fn an_unknown_counsellor_is_asked_for_first() {
    let mut s = referring();
    s.settings.counsellor.clear();
    select(&mut s, "Wohnungsamt");
    press(&mut s, &[Key::ctrl('v')]);
    assert_eq!(modal(&s).kind, modal::ModalKind::Counsellor);
    assert_eq!(flash(&s), Lang::De.t(Tl::CounsellorFirst));
}

#[test]
fn keys_in_one_burst_mark_and_refer_the_offer_the_typed_search_finds() {
    let mut s = referring();
    press(&mut s, &[Key::ctrl('x')]);
    // No redraw (and so no search) between typing and Ctrl-T, as when keys queue up.
    for c in "wohnungsamt".chars() {
        update(&mut s, Msg::Key(Key::ch(c)));
    }
    update(&mut s, Msg::Key(Key::ctrl('t')));
    assert_eq!(s.dir.marked.iter().map(|m| m.as_str()).collect::<Vec<_>>(), ["woh"]);
}

#[test]
fn the_appointments_date_and_time_go_form_to_record_to_form_unchanged() {
    use crate::domain::{Appointment, TimeOfDay};
    let mut s = with_log();
    // The view of all referrals, so that the changed one stays in the list.
    press(&mut s, &[k(Code::F(4)), Key::ch('v'), Key::ch('v'), Key::ch('v')]);
    let first_open = s.log.rows.iter().position(|&i| {
        let r = &s.records.referrals[i];
        r.is_open() && r.status != ReferralStatus::AppointmentMade
    });
    s.log.cursor.selected = first_open.unwrap();
    let id = s.log.selected(&s.records).unwrap().id;
    // Form → record: "9.05" is stored as 09:05 on that day.
    press(&mut s, &[Key::ch('s')]);
    type_text(&mut s, "t"); // Termin vereinbart
    goto(&mut s, M::Appointment);
    type_text(&mut s, "03.12.2026");
    goto(&mut s, M::AppointmentTime);
    type_text(&mut s, "9.05");
    press(&mut s, &[k(Code::Tab)]);
    assert_eq!(modal(&s).form.text(M::AppointmentTime), "09:05", "shown as stored once left");
    assert_eq!(save(&mut s, &[Key::ctrl('s')], &[]).len(), 1);
    let stored = |s: &State| s.records.referrals.iter().find(|r| r.id == id).unwrap().appointment;
    let when = Appointment::at(d(2026, 12, 3), TimeOfDay::from_hm(9, 5).unwrap());
    assert_eq!(stored(&s), Some(when));
    // Record → form: the status form shows both as stored; saving it unchanged changes nothing.
    let select = |s: &mut State| {
        let pos = s.log.rows.iter().position(|&i| s.records.referrals[i].id == id).unwrap();
        s.log.cursor.selected = pos;
        assert_eq!(s.log.selected(&s.records).unwrap().id, id);
    };
    select(&mut s);
    press(&mut s, &[Key::ch('s')]);
    let f = &modal(&s).form;
    assert_eq!((f.text(M::Appointment), f.text(M::AppointmentTime)), ("03.12.2026", "09:05"));
    assert!(!f.get(M::AppointmentTime).hidden, "shown with its date");
    assert!(save(&mut s, &[Key::ctrl('s')], &[]).is_empty());
    assert_eq!(
        modal(&s).form.get(M::Status).error.as_deref(),
        Some(rule_error_text(&crate::domain::RuleError::SameStatus, Lang::De))
    );
    // Emptying the time keeps the day and records a moved appointment without a time.
    goto(&mut s, M::AppointmentTime);
    press(&mut s, &[Key::ctrl('u')]);
    assert_eq!(save(&mut s, &[Key::ctrl('s')], &[]).len(), 1);
    assert_eq!(stored(&s), Some(Appointment::on(d(2026, 12, 3))));
    select(&mut s);
    press(&mut s, &[Key::ch('s')]);
    assert_eq!(modal(&s).form.text(M::AppointmentTime), "");
}
