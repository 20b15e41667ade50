//! The rules that make and change a referral, as pure functions: state in, new state and one
//! history event out, or a [`RuleError`] the UI translates. The clock is a parameter (`now`);
//! "today" is always `now.date()`.
//!
//! Every number the rules use is a named constant at the top of this file, so that a centre
//! asking "why 14 days?" finds the answer in one place.

use super::{
    Appointment, ClientId, EventKind, OfferSnapshot, Referral, ReferralEvent, ReferralId, ReferralStatus,
};
use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use crate::domain::need::{Need, SubNeed};
use crate::domain::offer::{Offer, OfferStatus};
use crate::domain::text::normalize;
use crate::domain::timestamp::Timestamp;

/// Default Wiedervorlage of an open referral (docs/domain.md: 14 days).
pub const FOLLOW_UP_DAYS: i64 = 14;
/// Wiedervorlage for urgent cases: exploitation, violence, permit about to expire.
pub const FOLLOW_UP_URGENT_DAYS: i64 = 7;
/// Wiedervorlage for slow procedures. docs/domain.md says 6–8 weeks; six, because a recognition
/// case that has not moved after six weeks usually needs a nudge.
pub const FOLLOW_UP_SLOW_DAYS: i64 = 42;
/// Needs whose referrals lead into slow procedures (recognition of qualifications).
pub const SLOW_PROCEDURE_NEEDS: [Need; 1] = [Need::Ane];
/// After "Termin vereinbart" the follow-up moves to the day after the appointment: that is when
/// "did you go, what came of it?" can be asked.
pub const FOLLOW_UP_AFTER_APPOINTMENT_DAYS: i64 = 1;
/// A residence permit that ends within this many days (or has ended) makes a case urgent:
/// immigration offices want extensions applied for well before expiry, and their appointments
/// take weeks.
pub const PERMIT_EXPIRY_URGENT_WITHIN_DAYS: i64 = 56;
/// The short and long postponement keys (+7, +14), counted from today.
pub const POSTPONE_SHORT_DAYS: i64 = 7;
pub const POSTPONE_LONG_DAYS: i64 = 14;
/// Longest note, in characters: a history entry, not a case file.
pub const NOTE_MAX_CHARS: usize = 2000;

code_list! {
    /// Why a rule refused. Each has a German and English text in `i18n`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RuleError {
        /// A referral to an inactive offer would send the client nowhere.
        OfferInactive,
        /// A new referral starts open; its outcome is recorded as a change afterwards.
        ClosedAtCreation,
        /// Warm handover passes the client's data on, which needs their consent.
        WarmHandoverNeedsConsent,
        /// "Termin vereinbart" without a date.
        AppointmentMissing,
        /// An appointment before today is most likely a typo.
        AppointmentInPast,
        /// The status is already the chosen one.
        SameStatus,
        /// Reopening a closed referral must say why.
        ReopenNeedsNote,
        /// A closed referral has no follow-up to move.
        ReferralClosed,
        FollowUpInPast,
        FollowUpUnchanged,
        NoteEmpty,
        NoteTooLong,
        /// Every history entry names who made it.
        CounsellorMissing,
    }
}

code_list! {
    /// Why a case looks urgent; the UI shows it beside the pre-ticked "dringend" box.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum UrgentReason {
        Exploitation,
        Violence,
        PermitExpiring,
    }
}

/// Suggests marking a case urgent, from its sub-needs and the residence permit's end date.
/// Only a suggestion: the counsellor confirms or unticks it. A need on its own is no signal
/// (ARR also covers wages, DIS also discrimination), so only the sub-needs count. An expiring
/// permit counts whatever the referral is for, because losing the right to stay outweighs the
/// cost of following up a week early.
pub fn suggest_urgent(
    sub_needs: &[SubNeed],
    permit_valid_until: Option<Date>,
    today: Date,
) -> Option<UrgentReason> {
    if sub_needs.contains(&SubNeed::Violence) {
        Some(UrgentReason::Violence)
    } else if sub_needs.contains(&SubNeed::Exploitation) {
        Some(UrgentReason::Exploitation)
    } else if permit_valid_until
        .is_some_and(|until| today.days_until(until) <= PERMIT_EXPIRY_URGENT_WITHIN_DAYS)
    {
        Some(UrgentReason::PermitExpiring)
    } else {
        None
    }
}

/// The Wiedervorlage a new or reopened referral gets: urgent beats slow beats the default.
pub fn default_follow_up(need: Need, urgent: bool, today: Date) -> Date {
    let days = if urgent {
        FOLLOW_UP_URGENT_DAYS
    } else if SLOW_PROCEDURE_NEEDS.contains(&need) {
        FOLLOW_UP_SLOW_DAYS
    } else {
        FOLLOW_UP_DAYS
    };
    today.add_days(days)
}

/// What a counsellor enters to make a referral. A draft, never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferral {
    pub id: ReferralId,
    pub client: ClientId,
    pub need: Need,
    /// Any open status; on the phone it is often "Information gegeben" straight away.
    pub status: ReferralStatus,
    /// Required when `status` is "Termin vereinbart" (its time optional), ignored otherwise.
    pub appointment: Option<Appointment>,
    pub urgent: bool,
    pub note: String,
    /// `None`: the default from [`default_follow_up`] (or the day after the appointment).
    pub follow_up: Option<Date>,
}

impl NewReferral {
    /// A suggested, non-urgent referral with the default follow-up and no note.
    pub fn new(id: ReferralId, client: ClientId, need: Need) -> NewReferral {
        NewReferral {
            id,
            client,
            need,
            status: ReferralStatus::Suggested,
            appointment: None,
            urgent: false,
            note: String::new(),
            follow_up: None,
        }
    }
}

/// How far to move a follow-up: the two quick keys, or a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Postpone {
    /// Today + [`POSTPONE_SHORT_DAYS`].
    Short,
    /// Today + [`POSTPONE_LONG_DAYS`].
    Long,
    On(Date),
}

impl Postpone {
    /// Counted from today, not from the old date: an overdue follow-up moved by a week must
    /// land in the future.
    pub fn date(self, today: Date) -> Date {
        match self {
            Postpone::Short => today.add_days(POSTPONE_SHORT_DAYS),
            Postpone::Long => today.add_days(POSTPONE_LONG_DAYS),
            Postpone::On(date) => date,
        }
    }
}

/// Makes a referral. `consent_allows_passing`: the client's consent covers passing data to
/// partners (needed to start with a warm handover).
pub fn create(
    new: NewReferral,
    offer: &Offer,
    consent_allows_passing: bool,
    now: Timestamp,
    by: &str,
) -> Result<(Referral, ReferralEvent), RuleError> {
    let today = now.date();
    let by = clean_by(by)?;
    let note = clean_note(&new.note)?;
    if offer.status == OfferStatus::Inactive {
        return Err(RuleError::OfferInactive);
    }
    if new.status.is_terminal() {
        return Err(RuleError::ClosedAtCreation);
    }
    let appointment = check_target(new.status, consent_allows_passing, new.appointment, today)?;
    let follow_up = match (new.follow_up, appointment) {
        (Some(date), _) if date < today => return Err(RuleError::FollowUpInPast),
        (Some(date), _) => date,
        (None, Some(appointment)) => appointment.date.add_days(FOLLOW_UP_AFTER_APPOINTMENT_DAYS),
        (None, None) => default_follow_up(new.need, new.urgent, today),
    };
    let referral = Referral {
        id: new.id,
        client: new.client,
        offer: offer.id.clone(),
        offer_snapshot: OfferSnapshot::of(offer),
        need: new.need,
        created: now,
        by: by.clone(),
        status: new.status,
        note: note.clone(),
        urgent: new.urgent,
        follow_up: Some(follow_up),
        appointment,
    };
    let kind = EventKind::Created { status: new.status, urgent: new.urgent, appointment, follow_up };
    Ok((referral, ReferralEvent { referral: new.id, at: now, by, kind, note }))
}

/// Moves a referral to status `to`.
///
/// - warm handover needs `consent_allows_passing`;
/// - "Termin vereinbart" needs an `appointment` (today or later); the follow-up then moves to
///   the day after it (its time is optional and not checked against the clock: an appointment
///   later today, or one just recorded after the call, is fine). Choosing it again with a
///   different date or time records a moved appointment;
/// - a terminal status ends the follow-up;
/// - terminal → open (reopening) needs a note and gets a fresh default follow-up;
/// - terminal → terminal corrects a recorded outcome and is allowed;
/// - choosing the current status again changes nothing and is refused.
pub fn change_status(
    referral: &Referral,
    to: ReferralStatus,
    note: &str,
    consent_allows_passing: bool,
    appointment: Option<Appointment>,
    now: Timestamp,
    by: &str,
) -> Result<(Referral, ReferralEvent), RuleError> {
    let today = now.date();
    let by = clean_by(by)?;
    let note = clean_note(note)?;
    let from = referral.status;
    let moves_appointment =
        to == ReferralStatus::AppointmentMade && appointment.is_some() && appointment != referral.appointment;
    if to == from && !moves_appointment {
        return Err(RuleError::SameStatus);
    }
    let appointment = check_target(to, consent_allows_passing, appointment, today)?;
    let reopening = from.is_terminal() && to.is_open();
    if reopening && note.is_empty() {
        return Err(RuleError::ReopenNeedsNote);
    }

    let (kind, follow_up) = if to.is_terminal() {
        (EventKind::StatusChanged { from, to, appointment: None, follow_up: None }, None)
    } else {
        let fresh = || default_follow_up(referral.need, referral.urgent, today);
        let next = match appointment {
            Some(appointment) => appointment.date.add_days(FOLLOW_UP_AFTER_APPOINTMENT_DAYS),
            None if reopening => fresh(),
            // An open referral always has a follow-up; a damaged record gets a fresh one
            // rather than silently dropping out of "due".
            None => referral.follow_up.unwrap_or_else(fresh),
        };
        let kind = if reopening {
            EventKind::Reopened { from, to, appointment, follow_up: next }
        } else {
            EventKind::StatusChanged { from, to, appointment, follow_up: Some(next) }
        };
        (kind, Some(next))
    };
    let updated = Referral { status: to, follow_up, appointment, ..referral.clone() };
    Ok((updated, ReferralEvent { referral: referral.id, at: now, by, kind, note }))
}

/// Moves the follow-up of an open referral, to a date not before today ("verschieben": later
/// as a rule, earlier when something came up). The note is optional.
pub fn postpone(
    referral: &Referral,
    to: Postpone,
    note: &str,
    now: Timestamp,
    by: &str,
) -> Result<(Referral, ReferralEvent), RuleError> {
    let today = now.date();
    let by = clean_by(by)?;
    let note = clean_note(note)?;
    if !referral.is_open() {
        return Err(RuleError::ReferralClosed);
    }
    // An open referral always has a follow-up; should a damaged record lack one, it was due.
    let from = referral.follow_up.unwrap_or(today);
    let to = to.date(today);
    if to < today {
        return Err(RuleError::FollowUpInPast);
    }
    if to == from {
        return Err(RuleError::FollowUpUnchanged);
    }
    let updated = Referral { follow_up: Some(to), ..referral.clone() };
    let kind = EventKind::FollowUpPostponed { from, to };
    Ok((updated, ReferralEvent { referral: referral.id, at: now, by, kind, note }))
}

/// Adds a note to the history. Allowed on closed referrals too: news often arrives after the
/// outcome. The referral itself does not change, so only the event comes back.
pub fn add_note(
    referral: &Referral,
    note: &str,
    now: Timestamp,
    by: &str,
) -> Result<ReferralEvent, RuleError> {
    let by = clean_by(by)?;
    let note = clean_note(note)?;
    if note.is_empty() {
        return Err(RuleError::NoteEmpty);
    }
    Ok(ReferralEvent { referral: referral.id, at: now, by, kind: EventKind::NoteAdded, note })
}

/// The gates of entering status `to`; returns the appointment to keep (only with "Termin
/// vereinbart", so a stale date never lingers on another status).
fn check_target(
    to: ReferralStatus,
    consent_allows_passing: bool,
    appointment: Option<Appointment>,
    today: Date,
) -> Result<Option<Appointment>, RuleError> {
    match to {
        ReferralStatus::WarmHandover if !consent_allows_passing => Err(RuleError::WarmHandoverNeedsConsent),
        ReferralStatus::AppointmentMade => match appointment {
            None => Err(RuleError::AppointmentMissing),
            Some(a) if a.date < today => Err(RuleError::AppointmentInPast),
            Some(a) => Ok(Some(a)),
        },
        _ => Ok(None),
    }
}

fn clean_by(by: &str) -> Result<String, RuleError> {
    let (by, _) = normalize(by, false);
    if by.is_empty() { Err(RuleError::CounsellorMissing) } else { Ok(by) }
}

/// Notes are stored NFC without control characters (they reach the terminal later); a note of
/// only spaces counts as empty.
fn clean_note(note: &str) -> Result<String, RuleError> {
    let (note, _) = normalize(note, true);
    if note.chars().count() > NOTE_MAX_CHARS { Err(RuleError::NoteTooLong) } else { Ok(note) }
}

#[cfg(test)]
mod tests;
