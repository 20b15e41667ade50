//! Referrals (Verweise): one client × one offer for one need, with a follow-up date
//! (Wiedervorlage) while open and an append-only history of what happened to it.
//!
//! The types here are stored; the rules that change them live in [`rules`], the questions
//! "what is due" in [`due`]. Every rule returns the new state *and* exactly one
//! [`ReferralEvent`], so storage can append the event beside the updated record and nothing
//! is ever overwritten without a trace.

pub mod due;
pub mod rules;
pub mod status;

pub use due::{LogView, age_days, default_view, intake_follow_up_due, is_due, is_overdue};
pub use rules::{
    NewReferral, Postpone, RuleError, UrgentReason, add_note, change_status, create, default_follow_up,
    postpone, suggest_urgent,
};
pub use status::ReferralStatus;

use super::date::Date;
use super::need::Need;
use super::offer::{Offer, OfferId};
use super::time::TimeOfDay;
use super::timestamp::Timestamp;
use serde::{Deserialize, Serialize};

/// A client, referred to by number only. The client record itself is modelled elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClientId(pub u64);

/// A referral's number, handed out by storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ReferralId(pub u64);

/// What the offer looked like when the referral was made. Kept on the referral so the log stays
/// readable (and truthful about what the client was told) after the offer is edited,
/// deactivated or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferSnapshot {
    pub title: String,
    pub provider: String,
    pub phone: String,
}

impl OfferSnapshot {
    pub fn of(offer: &Offer) -> OfferSnapshot {
        OfferSnapshot {
            title: offer.title.to_string(),
            provider: offer.provider.to_string(),
            phone: offer.phone.to_string(),
        }
    }
}

/// The current state of a referral. Its past is in the [`ReferralEvent`]s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub id: ReferralId,
    pub client: ClientId,
    pub offer: OfferId,
    pub offer_snapshot: OfferSnapshot,
    pub need: Need,
    pub created: Timestamp,
    /// Counsellor's name or initials.
    pub by: String,
    pub status: ReferralStatus,
    /// The note given when the referral was made; later notes are events, so this one is never
    /// replaced.
    pub note: String,
    /// Urgent cases get shorter follow-ups (exploitation, violence, permit about to expire).
    pub urgent: bool,
    /// The Wiedervorlage: `Some` exactly while the referral is open.
    pub follow_up: Option<Date>,
    /// `Some` exactly while the status is "Termin vereinbart"; earlier ones stay in the
    /// history.
    pub appointment: Option<Appointment>,
}

/// When the client is expected at the offer: a day, and the time when the provider gave one
/// (often they say "next Tuesday" and send the time later, so it is optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Appointment {
    pub date: Date,
    pub time: Option<TimeOfDay>,
}

impl Appointment {
    pub fn on(date: Date) -> Appointment {
        Appointment { date, time: None }
    }

    pub fn at(date: Date, time: TimeOfDay) -> Appointment {
        Appointment { date, time: Some(time) }
    }

    /// The short form for narrow columns: "09.12. 14:30", "09.12.".
    pub fn short(self) -> String {
        let day = format!("{:02}.{:02}.", self.date.day(), self.date.month());
        match self.time {
            Some(t) => format!("{day} {t}"),
            None => day,
        }
    }
}

/// "09.12.2026 14:30", or "09.12.2026" without a time.
impl std::fmt::Display for Appointment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.time {
            Some(t) => write!(f, "{} {t}", self.date),
            None => write!(f, "{}", self.date),
        }
    }
}

impl Referral {
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }
}

/// One entry of a referral's history. Events are only ever appended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralEvent {
    pub referral: ReferralId,
    pub at: Timestamp,
    /// Counsellor's name or initials.
    pub by: String,
    pub kind: EventKind,
    /// May be empty, except for notes and reopenings.
    pub note: String,
}

/// What happened. Each variant records the follow-up date it left behind, so a history can be
/// read (and audited) without the current record beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    Created {
        status: ReferralStatus,
        urgent: bool,
        appointment: Option<Appointment>,
        follow_up: Date,
    },
    /// Also open → terminal (then `follow_up` is `None`), terminal → terminal (an outcome
    /// corrected) and a moved appointment (`from == to == AppointmentMade`).
    StatusChanged {
        from: ReferralStatus,
        to: ReferralStatus,
        appointment: Option<Appointment>,
        follow_up: Option<Date>,
    },
    /// Terminal → open; always carries a note saying why.
    Reopened {
        from: ReferralStatus,
        to: ReferralStatus,
        appointment: Option<Appointment>,
        follow_up: Date,
    },
    NoteAdded,
    /// The follow-up moved (later or, when needed, earlier: "verschoben").
    FollowUpPostponed {
        from: Date,
        to: Date,
    },
}
