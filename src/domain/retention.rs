//! Retention and anonymisation (docs/privacy.md "Retention"): a client record whose last
//! contact and last closed referral both lie more than the retention period back, with no
//! referral still open, is due. Anonymising keeps what the figures count (group, tags, age
//! band, nationality, needs, qualification, German level, employment, referrals' need, offer
//! and status) and removes the rest: name and contact details, every free text, and exact
//! dates (kept as the first of their month).

use super::client::{Age, Client, Identity, SensitiveText};
use super::date::Date;
use super::referral::{Appointment, Referral, ReferralEvent};

/// The retention period when the settings name none: 24 months.
pub const DEFAULT_MONTHS: u16 = 24;

/// The first day of the date's month: a date kept "as month".
pub fn month_of(d: Date) -> Date {
    Date::from_ymd(d.year(), d.month(), 1).unwrap_or(d)
}

/// The day from which the record counts: the later of the last contact (first contact or the
/// last change of the record) and the last history entry of a closed referral. `None` while a
/// referral is still open: an open case is never due.
pub fn last_activity(client: &Client, referrals: &[(Referral, Vec<ReferralEvent>)]) -> Option<Date> {
    let mut last = client.contact.date.max(client.updated);
    for (r, history) in referrals {
        if r.is_open() {
            return None;
        }
        let closed = history.iter().map(|e| e.at.date()).max().unwrap_or(r.created.date());
        last = last.max(closed);
    }
    Some(last)
}

/// Whether the record is due for anonymisation on `today` (and not anonymised already).
pub fn is_due(
    client: &Client,
    referrals: &[(Referral, Vec<ReferralEvent>)],
    months: u16,
    today: Date,
) -> bool {
    !is_anonymised(client)
        && last_activity(client, referrals).is_some_and(|d| d.add_months(i32::from(months)) < today)
}

/// An anonymised record: anonymous without a pseudonym, no free text.
pub fn is_anonymised(c: &Client) -> bool {
    matches!(c.identity, Identity::Anonymous { pseudonym: None })
        && c.notes.is_empty()
        && c.next_step.is_empty()
        && c.needs_text.is_empty()
        && c.created == month_of(c.created)
}

/// The record without anything that points at the person.
pub fn anonymise_client(c: &Client, today: Date) -> Client {
    let mut a = c.clone();
    a.identity = Identity::Anonymous { pseudonym: None };
    a.needs_text = SensitiveText::default();
    a.next_step = SensitiveText::default();
    a.notes = SensitiveText::default();
    a.created = month_of(a.created);
    a.updated = month_of(a.updated);
    a.contact.date = month_of(a.contact.date);
    a.deadline = a.deadline.map(month_of);
    a.follow_up = None;
    a.stay.valid_until = a.stay.valid_until.map(month_of);
    a.qualification.occupation = None;
    a.qualification.completed = a.qualification.completed.map(month_of);
    a.employment.since = a.employment.since.map(month_of);
    if let Some(Age::BirthYear(_)) = a.person.age {
        a.person.age = a.person.age.and_then(|age| age.band(today)).map(Age::Band);
    }
    let consent = &mut a.consent;
    consent.map_dates(month_of);
    consent.partners = String::new();
    if let Some(e) = &mut a.employer {
        e.company = SensitiveText::default();
        e.contact_person = SensitiveText::default();
    }
    if let Some(g) = &mut a.group {
        g.decided = month_of(g.decided);
        g.override_reason = None;
    }
    a
}

/// A referral without its free text and with dates as months; the offer snapshot keeps the
/// offer's title and provider (not personal), the phone goes.
pub fn anonymise_referral(r: &Referral) -> Referral {
    let mut a = r.clone();
    a.note = String::new();
    a.follow_up = None;
    a.appointment = month_appointment(a.appointment);
    a.created = month_timestamp(a.created);
    a
}

/// A consultation without its note and with its date as a month; channel, language, minutes
/// and outcomes stay for the figures.
pub fn anonymise_consultation(c: &super::Consultation) -> super::Consultation {
    super::Consultation { note: SensitiveText::default(), date: month_of(c.date), ..c.clone() }
}

/// A history entry without its note, and every date in it as its month (the first of the
/// month): its time, its appointment (without the time of day) and its follow-up dates. The
/// statuses stay, for the figures.
pub fn anonymise_event(e: &ReferralEvent) -> ReferralEvent {
    use super::referral::EventKind;
    let kind = match e.kind {
        EventKind::Created { status, urgent, appointment, follow_up } => EventKind::Created {
            status,
            urgent,
            appointment: month_appointment(appointment),
            follow_up: month_of(follow_up),
        },
        EventKind::StatusChanged { from, to, appointment, follow_up } => EventKind::StatusChanged {
            from,
            to,
            appointment: month_appointment(appointment),
            follow_up: follow_up.map(month_of),
        },
        EventKind::Reopened { from, to, appointment, follow_up } => EventKind::Reopened {
            from,
            to,
            appointment: month_appointment(appointment),
            follow_up: month_of(follow_up),
        },
        EventKind::NoteAdded => EventKind::NoteAdded,
        EventKind::FollowUpPostponed { from, to } => {
            EventKind::FollowUpPostponed { from: month_of(from), to: month_of(to) }
        }
    };
    ReferralEvent { note: String::new(), at: month_timestamp(e.at), kind, ..e.clone() }
}

/// An appointment as its month only: the first of the month, no time of day.
fn month_appointment(a: Option<Appointment>) -> Option<Appointment> {
    a.map(|a| Appointment::on(month_of(a.date)))
}

fn month_timestamp(t: super::timestamp::Timestamp) -> super::timestamp::Timestamp {
    let d = month_of(t.date());
    super::timestamp::Timestamp::from_naive(d.naive().and_hms_opt(0, 0, 0).unwrap_or(t.naive()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::{ContactChannel, FirstContact};

    fn client() -> Client {
        let day = Date::from_ymd(2024, 3, 17).unwrap();
        let mut c = Client::new(3, FirstContact::new(day, ContactChannel::Phone));
        c.identity = Identity::Named { name: Some(SensitiveText::new("Ana")), phone: None, email: None };
        c.notes = SensitiveText::new("privat");
        c.person.age = Some(Age::BirthYear(1990));
        c.needs = vec![crate::domain::Need::Arb];
        c
    }

    #[test]
    fn due_after_the_period_and_never_while_a_referral_is_open() {
        let c = client();
        assert!(!is_due(&c, &[], 24, Date::from_ymd(2026, 3, 17).unwrap()), "exactly 24 months: not yet");
        assert!(is_due(&c, &[], 24, Date::from_ymd(2026, 3, 18).unwrap()));
        assert!(!is_due(&c, &[], 36, Date::from_ymd(2026, 3, 18).unwrap()));
        let today = Date::from_ymd(2026, 12, 3).unwrap();
        assert!(!is_due(&anonymise_client(&c, today), &[], 24, today), "done once");
    }

    #[test]
    fn anonymising_keeps_the_figures_and_drops_the_person() {
        let today = Date::from_ymd(2026, 12, 3).unwrap();
        let a = anonymise_client(&client(), today);
        assert!(matches!(a.identity, Identity::Anonymous { pseudonym: None }));
        assert!(a.notes.is_empty());
        assert_eq!(a.created, Date::from_ymd(2024, 3, 1).unwrap());
        assert_eq!(a.needs, vec![crate::domain::Need::Arb], "statistical fields stay");
        assert!(matches!(a.person.age, Some(Age::Band(_))), "birth year becomes the band");
        assert!(is_anonymised(&a));
    }

    #[test]
    fn anonymising_keeps_only_the_month_of_every_date_of_a_referral() {
        use crate::domain::referral::{EventKind, NewReferral, ReferralStatus, create};
        use crate::domain::{ClientId, Need, Offer, OfferId, ReferralId, TimeOfDay, Timestamp};
        let day = Date::from_ymd(2026, 3, 10).unwrap();
        let when = Appointment::at(Date::from_ymd(2026, 3, 17).unwrap(), TimeOfDay::from_hm(14, 30).unwrap());
        let new = NewReferral {
            status: ReferralStatus::AppointmentMade,
            appointment: Some(when),
            ..NewReferral::new(ReferralId(1), ClientId(3), Need::Arb)
        };
        let offer = Offer::new(OfferId::parse("A").unwrap(), "A");
        let at = Timestamp::from_naive(day.naive().and_hms_opt(9, 0, 0).unwrap());
        let (r, ev) = create(new, &offer, false, at, "MK").unwrap();
        let month = Date::from_ymd(2026, 3, 1).unwrap();
        assert_eq!(anonymise_referral(&r).appointment, Some(Appointment::on(month)));
        // The history entry too: its appointment and its follow-up as the month, no time.
        let EventKind::Created { appointment, follow_up, .. } = anonymise_event(&ev).kind else {
            panic!("created")
        };
        assert_eq!(appointment, Some(Appointment::on(month)));
        assert_eq!(follow_up, month);
        assert_eq!(anonymise_event(&ev).at.date(), month);
        let moved = crate::domain::referral::ReferralEvent {
            kind: EventKind::FollowUpPostponed {
                from: Date::from_ymd(2026, 3, 18).unwrap(),
                to: Date::from_ymd(2026, 4, 2).unwrap(),
            },
            ..ev.clone()
        };
        assert_eq!(
            anonymise_event(&moved).kind,
            EventKind::FollowUpPostponed { from: month, to: Date::from_ymd(2026, 4, 1).unwrap() }
        );
    }
}
