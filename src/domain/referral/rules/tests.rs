//! Tests of the referral rules: defaults, gates, and that every operation leaves exactly one
//! history event that tells the truth about it.

use super::*;
use crate::domain::OfferId;
use ReferralStatus::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

/// An appointment on that day, without a time.
fn ap(y: i32, m: u32, day: u32) -> Appointment {
    Appointment::on(d(y, m, day))
}

/// 10:00 on the given day.
fn at(date: Date) -> Timestamp {
    Timestamp::from_naive(date.naive().and_hms_opt(10, 0, 0).unwrap())
}

fn offer() -> Offer {
    let mut offer = Offer::new(OfferId::parse("IQ-01").unwrap(), "Anerkennungsberatung");
    offer.provider = "IQ Netzwerk".into();
    offer.phone = "0721 123456".into();
    offer
}

fn new(need: Need) -> NewReferral {
    NewReferral::new(ReferralId(7), ClientId(3), need)
}

/// A referral made on `day` with the defaults, in status `status` (reached with consent and,
/// for an appointment, a date a week later).
fn made(day: Date, status: ReferralStatus) -> Referral {
    let (r, _) = create(new(Need::Spr), &offer(), false, at(day), "AB").unwrap();
    if status == Suggested {
        return r;
    }
    change_status(&r, status, "", true, Some(Appointment::on(day.add_days(7))), at(day), "AB").unwrap().0
}

// --- defaults ---------------------------------------------------------------------------------

#[test]
fn default_follow_up_is_14_days_7_when_urgent_and_42_for_recognition() {
    let today = d(2026, 3, 2);
    assert_eq!(default_follow_up(Need::Spr, false, today), d(2026, 3, 16));
    assert_eq!(default_follow_up(Need::Dis, true, today), d(2026, 3, 9));
    assert_eq!(default_follow_up(Need::Ane, false, today), d(2026, 4, 13));
    // Urgency wins over the slow procedure: a week, not six.
    assert_eq!(default_follow_up(Need::Ane, true, today), d(2026, 3, 9));
    // Across the year end and a leap day.
    assert_eq!(default_follow_up(Need::Arb, false, d(2025, 12, 20)), d(2026, 1, 3));
    assert_eq!(default_follow_up(Need::Arb, true, d(2024, 2, 25)), d(2024, 3, 3));
    assert_eq!(default_follow_up(Need::Ane, false, d(2025, 11, 30)), d(2026, 1, 11));
}

#[test]
fn create_applies_the_defaults_and_keeps_a_snapshot_of_the_offer() {
    let today = d(2026, 3, 2);
    let mut o = offer();
    for (draft, want) in [
        (new(Need::Spr), d(2026, 3, 16)),
        (NewReferral { urgent: true, ..new(Need::Arr) }, d(2026, 3, 9)),
        (new(Need::Ane), d(2026, 4, 13)),
    ] {
        let (r, e) = create(draft.clone(), &o, false, at(today), " AB ").unwrap();
        assert_eq!(r.follow_up, Some(want));
        assert_eq!((r.status, r.need, r.urgent, r.by.as_str()), (Suggested, draft.need, draft.urgent, "AB"));
        assert_eq!(r.created, at(today));
        assert_eq!(
            e.kind,
            EventKind::Created {
                status: Suggested,
                urgent: draft.urgent,
                appointment: None,
                follow_up: want
            }
        );
        assert_eq!((e.referral, e.at, e.by.as_str()), (ReferralId(7), at(today), "AB"));
    }
    let (r, _) = create(new(Need::Ane), &o, false, at(today), "AB").unwrap();
    o.title = "umbenannt".into();
    o.status = OfferStatus::Inactive;
    assert_eq!(r.offer.as_str(), "IQ-01");
    assert_eq!(
        r.offer_snapshot,
        OfferSnapshot {
            title: "Anerkennungsberatung".into(),
            provider: "IQ Netzwerk".into(),
            phone: "0721 123456".into()
        }
    );
}

#[test]
fn create_takes_a_chosen_follow_up_but_not_one_in_the_past() {
    let today = d(2026, 3, 2);
    let chosen = NewReferral { follow_up: Some(d(2026, 5, 1)), ..new(Need::Spr) };
    assert_eq!(create(chosen, &offer(), false, at(today), "AB").unwrap().0.follow_up, Some(d(2026, 5, 1)));
    let today_ok = NewReferral { follow_up: Some(today), ..new(Need::Spr) };
    assert!(create(today_ok, &offer(), false, at(today), "AB").is_ok());
    let past = NewReferral { follow_up: Some(d(2026, 3, 1)), ..new(Need::Spr) };
    assert_eq!(create(past, &offer(), false, at(today), "AB"), Err(RuleError::FollowUpInPast));
}

#[test]
fn create_refuses_inactive_offers_and_closed_starts() {
    let now = at(d(2026, 3, 2));
    let mut o = offer();
    o.status = OfferStatus::TemporarilyClosed;
    assert!(create(new(Need::Spr), &o, false, now, "AB").is_ok(), "a waitlist still works");
    o.status = OfferStatus::Inactive;
    assert_eq!(create(new(Need::Spr), &o, false, now, "AB"), Err(RuleError::OfferInactive));
    for s in ReferralStatus::ALL.into_iter().filter(|s| s.is_terminal()) {
        let draft = NewReferral { status: s, ..new(Need::Spr) };
        assert_eq!(create(draft, &offer(), true, now, "AB"), Err(RuleError::ClosedAtCreation), "{s:?}");
    }
}

#[test]
fn create_with_warm_handover_or_appointment_passes_the_same_gates() {
    let today = d(2026, 3, 2);
    let warm = NewReferral { status: WarmHandover, ..new(Need::Auf) };
    assert_eq!(
        create(warm.clone(), &offer(), false, at(today), "AB"),
        Err(RuleError::WarmHandoverNeedsConsent)
    );
    assert_eq!(create(warm, &offer(), true, at(today), "AB").unwrap().0.status, WarmHandover);

    let appt = NewReferral { status: AppointmentMade, ..new(Need::Auf) };
    assert_eq!(create(appt.clone(), &offer(), false, at(today), "AB"), Err(RuleError::AppointmentMissing));
    let appt = NewReferral { appointment: Some(ap(2026, 3, 31)), ..appt };
    let (r, e) = create(appt, &offer(), false, at(today), "AB").unwrap();
    assert_eq!((r.appointment, r.follow_up), (Some(ap(2026, 3, 31)), Some(d(2026, 4, 1))));
    assert!(
        matches!(e.kind, EventKind::Created { appointment: Some(_), follow_up, .. } if follow_up == d(2026, 4, 1))
    );
    // A date given with another status is not kept.
    let info = NewReferral { status: InformationGiven, appointment: Some(ap(2026, 3, 31)), ..new(Need::Auf) };
    assert_eq!(create(info, &offer(), false, at(today), "AB").unwrap().0.appointment, None);
}

// --- status changes ---------------------------------------------------------------------------

#[test]
fn warm_handover_needs_consent_both_ways() {
    let today = d(2026, 3, 2);
    let r = made(today, InformationGiven);
    assert_eq!(
        change_status(&r, WarmHandover, "", false, None, at(today), "AB"),
        Err(RuleError::WarmHandoverNeedsConsent)
    );
    let (r2, e) = change_status(&r, WarmHandover, "", true, None, at(today), "AB").unwrap();
    assert_eq!(r2.status, WarmHandover);
    assert_eq!(r2.follow_up, r.follow_up, "a plain change keeps the follow-up");
    assert_eq!(
        e.kind,
        EventKind::StatusChanged {
            from: InformationGiven,
            to: WarmHandover,
            appointment: None,
            follow_up: r.follow_up
        }
    );
    // Consent only gates entering the handover, not leaving it.
    assert!(change_status(&r2, InProgress, "", false, None, at(today), "AB").is_ok());
}

#[test]
fn appointment_needs_a_date_from_today_on_and_moves_the_follow_up_after_it() {
    let today = d(2026, 12, 28);
    let r = made(today, InformationGiven);
    let change = |appt| change_status(&r, AppointmentMade, "", false, appt, at(today), "AB");
    assert_eq!(change(None), Err(RuleError::AppointmentMissing));
    assert_eq!(change(Some(ap(2026, 12, 27))), Err(RuleError::AppointmentInPast));
    let (r2, e) = change(Some(ap(2026, 12, 31))).unwrap();
    assert_eq!((r2.appointment, r2.follow_up), (Some(ap(2026, 12, 31)), Some(d(2027, 1, 1))));
    assert_eq!(
        e.kind,
        EventKind::StatusChanged {
            from: InformationGiven,
            to: AppointmentMade,
            appointment: Some(ap(2026, 12, 31)),
            follow_up: Some(d(2027, 1, 1))
        }
    );
    assert!(change(Some(Appointment::on(today))).is_ok(), "an appointment today is fine");

    // Moving the appointment is a change; choosing the same date again is not.
    let (moved, e) =
        change_status(&r2, AppointmentMade, "", false, Some(ap(2027, 1, 8)), at(today), "AB").unwrap();
    assert_eq!((moved.appointment, moved.follow_up), (Some(ap(2027, 1, 8)), Some(d(2027, 1, 9))));
    assert!(matches!(e.kind, EventKind::StatusChanged { from: AppointmentMade, to: AppointmentMade, .. }));
    let same = change_status(&r2, AppointmentMade, "", false, Some(ap(2026, 12, 31)), at(today), "AB");
    assert_eq!(same, Err(RuleError::SameStatus));
    let no_date = change_status(&r2, AppointmentMade, "", false, None, at(today), "AB");
    assert_eq!(no_date, Err(RuleError::SameStatus));

    // A time given later, or changed, moves the appointment too; the follow-up stays the day after.
    let half_past_two = crate::domain::TimeOfDay::from_hm(14, 30).unwrap();
    let timed = Appointment::at(d(2026, 12, 31), half_past_two);
    let (with_time, e) =
        change_status(&r2, AppointmentMade, "", false, Some(timed), at(today), "AB").unwrap();
    assert_eq!((with_time.appointment, with_time.follow_up), (Some(timed), Some(d(2027, 1, 1))));
    assert!(matches!(e.kind, EventKind::StatusChanged { appointment: Some(a), .. } if a == timed));
    let same = change_status(&with_time, AppointmentMade, "", false, Some(timed), at(today), "AB");
    assert_eq!(same, Err(RuleError::SameStatus));

    // Leaving the status drops the date from the record; the history keeps it.
    let (attended, _) = change_status(&r2, InProgress, "", false, None, at(d(2027, 1, 1)), "AB").unwrap();
    assert_eq!((attended.appointment, attended.follow_up), (None, Some(d(2027, 1, 1))));
}

#[test]
fn every_terminal_status_ends_the_follow_up() {
    let today = d(2026, 3, 2);
    let r = made(today, AppointmentMade);
    for to in ReferralStatus::ALL.into_iter().filter(|s| s.is_terminal()) {
        let (closed, e) = change_status(&r, to, "", false, None, at(today), "AB").unwrap();
        assert_eq!((closed.status, closed.follow_up, closed.appointment), (to, None, None), "{to:?}");
        assert_eq!(
            e.kind,
            EventKind::StatusChanged { from: AppointmentMade, to, appointment: None, follow_up: None }
        );
    }
}

#[test]
fn reopening_needs_a_note_and_gets_a_fresh_follow_up() {
    let made_on = d(2026, 1, 5);
    let closed =
        change_status(&made(made_on, InformationGiven), DroppedOut, "", false, None, at(made_on), "AB")
            .unwrap()
            .0;
    let later = d(2026, 2, 20);
    for note in ["", "   ", "\n\t"] {
        assert_eq!(
            change_status(&closed, InformationGiven, note, false, None, at(later), "AB"),
            Err(RuleError::ReopenNeedsNote),
            "{note:?}"
        );
    }
    let (open, e) =
        change_status(&closed, InformationGiven, "ruft wieder an", false, None, at(later), "CD").unwrap();
    assert_eq!((open.status, open.follow_up), (InformationGiven, Some(d(2026, 3, 6))));
    assert_eq!(
        e.kind,
        EventKind::Reopened {
            from: DroppedOut,
            to: InformationGiven,
            appointment: None,
            follow_up: d(2026, 3, 6)
        }
    );
    assert_eq!((e.note.as_str(), e.by.as_str()), ("ruft wieder an", "CD"));

    // The fresh date follows the same defaults as a new referral.
    let urgent_closed = Referral { urgent: true, ..closed.clone() };
    let (r, _) = change_status(&urgent_closed, Waitlisted, "neu", false, None, at(later), "AB").unwrap();
    assert_eq!(r.follow_up, Some(d(2026, 2, 27)));
    let recognition = Referral { need: Need::Ane, ..closed.clone() };
    let (r, _) = change_status(&recognition, InProgress, "neu", false, None, at(later), "AB").unwrap();
    assert_eq!(r.follow_up, Some(d(2026, 4, 3)));
    // Reopening into a handover or an appointment passes their gates too.
    assert_eq!(
        change_status(&closed, WarmHandover, "neu", false, None, at(later), "AB"),
        Err(RuleError::WarmHandoverNeedsConsent)
    );
    let (r, e) =
        change_status(&closed, AppointmentMade, "neu", false, Some(ap(2026, 3, 2)), at(later), "AB").unwrap();
    assert_eq!(r.follow_up, Some(d(2026, 3, 3)));
    assert!(matches!(e.kind, EventKind::Reopened { appointment: Some(_), .. }));
    // A damaged closed record that kept a follow-up still gets a fresh one, not the stale date.
    let stale = Referral { follow_up: Some(d(2026, 1, 19)), ..closed };
    let (r, _) = change_status(&stale, InformationGiven, "neu", false, None, at(later), "AB").unwrap();
    assert_eq!(r.follow_up, Some(d(2026, 3, 6)));
}

#[test]
fn a_closed_outcome_can_be_corrected_without_reopening() {
    let today = d(2026, 3, 2);
    let unknown =
        change_status(&made(today, InProgress), OutcomeUnknown, "", false, None, at(today), "AB").unwrap().0;
    let (r, e) = change_status(&unknown, GoalAchieved, "", false, None, at(today), "AB").unwrap();
    assert_eq!((r.status, r.follow_up), (GoalAchieved, None));
    assert_eq!(
        e.kind,
        EventKind::StatusChanged {
            from: OutcomeUnknown,
            to: GoalAchieved,
            appointment: None,
            follow_up: None
        }
    );
}

#[test]
fn choosing_the_current_status_again_is_refused() {
    let today = d(2026, 3, 2);
    for s in ReferralStatus::ALL {
        let r = if s.is_terminal() {
            change_status(&made(today, Suggested), s, "", true, None, at(today), "AB").unwrap().0
        } else {
            made(today, s)
        };
        let again = change_status(&r, s, "noch einmal", true, r.appointment, at(today), "AB");
        assert_eq!(again, Err(RuleError::SameStatus), "{s:?}");
    }
}

#[test]
fn every_change_yields_exactly_one_event_with_true_from_and_to() {
    // All 13 × 13 pairs, with consent, a note and a date given: the only refusal left is the
    // no-op, and every accepted change reports exactly what it did.
    let today = d(2026, 3, 2);
    for from in ReferralStatus::ALL {
        let start = if from.is_terminal() {
            change_status(&made(today, Suggested), from, "", true, None, at(today), "AB").unwrap().0
        } else {
            made(today, from)
        };
        // Non-default values, so that a rule resetting them would show.
        let start = Referral { urgent: true, need: Need::Ane, note: "Erstnotiz".into(), ..start };
        for to in ReferralStatus::ALL {
            let result = change_status(&start, to, "Grund", true, start.appointment, at(today), "AB");
            if from == to {
                assert_eq!(result, Err(RuleError::SameStatus));
                continue;
            }
            let appointment =
                (to == AppointmentMade).then(|| start.appointment.unwrap_or(Appointment::on(today)));
            let (after, e) = change_status(&start, to, "Grund", true, appointment, at(today), "AB")
                .unwrap_or_else(|err| {
                    panic!("{from:?} → {to:?}: {err:?}");
                });
            assert_eq!(after.status, to);
            assert_eq!(after.follow_up.is_some(), to.is_open(), "{from:?} → {to:?}");
            let (ev_from, ev_to, ev_follow_up) = match e.kind {
                EventKind::StatusChanged { from, to, follow_up, .. } => (from, to, follow_up),
                EventKind::Reopened { from, to, follow_up, .. } => (from, to, Some(follow_up)),
                other => panic!("{other:?}"),
            };
            assert_eq!((ev_from, ev_to, ev_follow_up), (from, to, after.follow_up));
            assert_eq!(matches!(e.kind, EventKind::Reopened { .. }), from.is_terminal() && to.is_open());
            // Only status, follow-up and appointment move; the rest is never overwritten.
            let rest = Referral {
                status: from,
                follow_up: start.follow_up,
                appointment: start.appointment,
                ..after
            };
            assert_eq!(rest, start);
        }
    }
}

// --- postponing and notes ---------------------------------------------------------------------

#[test]
fn postpone_counts_from_today_and_refuses_the_past_unchanged_and_closed() {
    let made_on = d(2026, 1, 5);
    let r = made(made_on, InformationGiven); // follow-up 19.01.
    let today = d(2026, 1, 28); // nine days overdue
    let (r2, e) = postpone(&r, Postpone::Short, "", at(today), "AB").unwrap();
    assert_eq!(r2.follow_up, Some(d(2026, 2, 4)));
    assert_eq!(e.kind, EventKind::FollowUpPostponed { from: d(2026, 1, 19), to: d(2026, 2, 4) });
    assert_eq!(postpone(&r, Postpone::Long, "", at(today), "AB").unwrap().0.follow_up, Some(d(2026, 2, 11)));
    let (r3, _) = postpone(&r2, Postpone::On(d(2026, 1, 30)), "Urlaub", at(today), "AB").unwrap();
    assert_eq!(r3.follow_up, Some(d(2026, 1, 30)), "bringing a date forward is allowed");
    assert_eq!(postpone(&r2, Postpone::On(today), "", at(today), "AB").unwrap().0.follow_up, Some(today));

    assert_eq!(
        postpone(&r, Postpone::On(d(2026, 1, 27)), "", at(today), "AB"),
        Err(RuleError::FollowUpInPast)
    );
    assert_eq!(
        postpone(&r2, Postpone::On(d(2026, 2, 4)), "", at(today), "AB"),
        Err(RuleError::FollowUpUnchanged)
    );
    let closed = change_status(&r, GoalAchieved, "", false, None, at(today), "AB").unwrap().0;
    assert_eq!(postpone(&closed, Postpone::Long, "", at(today), "AB"), Err(RuleError::ReferralClosed));
    // Only the follow-up moves.
    assert_eq!(Referral { follow_up: r.follow_up, ..r2 }, r);
}

#[test]
fn postpone_presets_cross_month_and_year_ends() {
    assert_eq!(Postpone::Short.date(d(2025, 12, 29)), d(2026, 1, 5));
    assert_eq!(Postpone::Long.date(d(2026, 2, 20)), d(2026, 3, 6));
    assert_eq!(Postpone::Long.date(d(2028, 2, 20)), d(2028, 3, 5));
}

#[test]
fn notes_are_appended_to_open_and_closed_referrals_but_never_empty() {
    let today = d(2026, 3, 2);
    let r = made(today, InformationGiven);
    let e = add_note(&r, "  Anbieter \u{1b}[31mhat zurückgerufen\n", at(today), "AB").unwrap();
    assert_eq!(e.kind, EventKind::NoteAdded);
    assert_eq!(e.note, "Anbieter [31mhat zurückgerufen");
    assert_eq!(add_note(&r, " \n ", at(today), "AB"), Err(RuleError::NoteEmpty));
    let closed = change_status(&r, NotReachable, "", false, None, at(today), "AB").unwrap().0;
    assert!(add_note(&closed, "doch erreicht", at(today), "AB").is_ok());
}

#[test]
fn notes_are_capped_and_every_entry_names_a_counsellor() {
    let today = d(2026, 3, 2);
    let r = made(today, InformationGiven);
    let longest = "ä".repeat(NOTE_MAX_CHARS);
    assert!(add_note(&r, &longest, at(today), "AB").is_ok());
    assert_eq!(add_note(&r, &format!("{longest}x"), at(today), "AB"), Err(RuleError::NoteTooLong));
    assert_eq!(add_note(&r, "x", at(today), "  "), Err(RuleError::CounsellorMissing));
    assert_eq!(
        change_status(&r, InProgress, "", false, None, at(today), ""),
        Err(RuleError::CounsellorMissing)
    );
    assert_eq!(postpone(&r, Postpone::Short, "", at(today), "\t"), Err(RuleError::CounsellorMissing));
    assert_eq!(create(new(Need::Spr), &offer(), false, at(today), ""), Err(RuleError::CounsellorMissing));
}

#[test]
fn a_history_replays_to_the_current_follow_up() {
    // A referral's life: every step leaves one event, and the follow-up each event records is
    // the one the record holds afterwards.
    let mut log = Vec::new();
    let day = d(2026, 3, 2);
    let (r, e) = create(new(Need::Ane), &offer(), false, at(day), "AB").unwrap();
    log.push(e);
    let (r, e) = change_status(&r, InformationGiven, "", false, None, at(day), "AB").unwrap();
    log.push(e);
    let (r, e) = postpone(&r, Postpone::Long, "", at(d(2026, 4, 14)), "AB").unwrap();
    log.push(e);
    log.push(add_note(&r, "wartet auf Bescheid", at(d(2026, 4, 14)), "AB").unwrap());
    let (r, e) = change_status(&r, GoalAchieved, "", false, None, at(d(2026, 4, 20)), "AB").unwrap();
    log.push(e);
    let (r, e) = change_status(&r, InProgress, "Nachfrage", false, None, at(d(2026, 5, 4)), "AB").unwrap();
    log.push(e);

    let mut follow_up = None;
    for e in &log {
        match e.kind {
            EventKind::Created { follow_up: f, .. } | EventKind::Reopened { follow_up: f, .. } => {
                follow_up = Some(f)
            }
            EventKind::StatusChanged { follow_up: f, .. } => follow_up = f,
            EventKind::FollowUpPostponed { from, to } => {
                assert_eq!(follow_up, Some(from));
                follow_up = Some(to);
            }
            EventKind::NoteAdded => {}
        }
    }
    assert_eq!(log.len(), 6);
    assert_eq!(follow_up, r.follow_up);
    assert_eq!(r.follow_up, Some(d(2026, 6, 15)));
    assert!(log.iter().all(|e| e.referral == r.id));
}

// --- urgency ----------------------------------------------------------------------------------

#[test]
fn urgency_is_suggested_for_exploitation_violence_and_an_expiring_permit() {
    let today = d(2026, 3, 2);
    assert_eq!(
        suggest_urgent(&[SubNeed::Wages, SubNeed::Exploitation], None, today),
        Some(UrgentReason::Exploitation)
    );
    assert_eq!(suggest_urgent(&[SubNeed::Violence], None, today), Some(UrgentReason::Violence));
    assert_eq!(suggest_urgent(&[SubNeed::Discrimination, SubNeed::Wages], None, today), None);
    assert_eq!(suggest_urgent(&[], None, today), None);
    let within = today.add_days(PERMIT_EXPIRY_URGENT_WITHIN_DAYS);
    assert_eq!(suggest_urgent(&[SubNeed::Kita], Some(within), today), Some(UrgentReason::PermitExpiring));
    assert_eq!(
        suggest_urgent(&[], Some(d(2026, 2, 1)), today),
        Some(UrgentReason::PermitExpiring),
        "expired"
    );
    assert_eq!(suggest_urgent(&[], Some(within.add_days(1)), today), None);
}
