//! Referrals and their history entries as version 1 stored them (until the appointment got its
//! time of day, issue 9): the appointment was a date only. Field and variant order is the
//! stored order.

use super::super::codec::{CodecError, Stored, body};
use crate::domain::referral::{
    Appointment, ClientId, EventKind, OfferSnapshot, Referral, ReferralEvent, ReferralId, ReferralStatus,
};
use crate::domain::{Date, Need, OfferId, Timestamp};
use serde::Deserialize;

/// Version 2 (issue 9): the appointment is a date with an optional time ([`Appointment`]).
/// Version 1 is [`ReferralV1`]; its appointments read as days without a time.
impl Stored for Referral {
    const KIND: u8 = b'R';
    const VERSION: u8 = 2;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body::<ReferralV1>(b).map(Referral::from),
            2 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

/// Version 2 (issue 9): the appointments of the history carry their time. Version 1 is
/// [`ReferralEventV1`].
impl Stored for ReferralEvent {
    const KIND: u8 = b'E';
    const VERSION: u8 = 2;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body::<ReferralEventV1>(b).map(ReferralEvent::from),
            2 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

#[derive(Deserialize)]
struct ReferralV1 {
    id: ReferralId,
    client: ClientId,
    offer: OfferId,
    offer_snapshot: OfferSnapshot,
    need: Need,
    created: Timestamp,
    by: String,
    status: ReferralStatus,
    note: String,
    urgent: bool,
    follow_up: Option<Date>,
    appointment: Option<Date>,
}

impl From<ReferralV1> for Referral {
    fn from(r: ReferralV1) -> Referral {
        Referral {
            id: r.id,
            client: r.client,
            offer: r.offer,
            offer_snapshot: r.offer_snapshot,
            need: r.need,
            created: r.created,
            by: r.by,
            status: r.status,
            note: r.note,
            urgent: r.urgent,
            follow_up: r.follow_up,
            appointment: r.appointment.map(Appointment::on),
        }
    }
}

#[derive(Deserialize)]
struct ReferralEventV1 {
    referral: ReferralId,
    at: Timestamp,
    by: String,
    kind: EventKindV1,
    note: String,
}

/// Stored by variant index: the same variants in the same order as [`EventKind`].
#[derive(Deserialize)]
enum EventKindV1 {
    Created {
        status: ReferralStatus,
        urgent: bool,
        appointment: Option<Date>,
        follow_up: Date,
    },
    StatusChanged {
        from: ReferralStatus,
        to: ReferralStatus,
        appointment: Option<Date>,
        follow_up: Option<Date>,
    },
    Reopened {
        from: ReferralStatus,
        to: ReferralStatus,
        appointment: Option<Date>,
        follow_up: Date,
    },
    NoteAdded,
    FollowUpPostponed {
        from: Date,
        to: Date,
    },
}

impl From<ReferralEventV1> for ReferralEvent {
    fn from(e: ReferralEventV1) -> ReferralEvent {
        let on = |a: Option<Date>| a.map(Appointment::on);
        let kind = match e.kind {
            EventKindV1::Created { status, urgent, appointment, follow_up } => {
                EventKind::Created { status, urgent, appointment: on(appointment), follow_up }
            }
            EventKindV1::StatusChanged { from, to, appointment, follow_up } => {
                EventKind::StatusChanged { from, to, appointment: on(appointment), follow_up }
            }
            EventKindV1::Reopened { from, to, appointment, follow_up } => {
                EventKind::Reopened { from, to, appointment: on(appointment), follow_up }
            }
            EventKindV1::NoteAdded => EventKind::NoteAdded,
            EventKindV1::FollowUpPostponed { from, to } => EventKind::FollowUpPostponed { from, to },
        };
        ReferralEvent { referral: e.referral, at: e.at, by: e.by, kind, note: e.note }
    }
}
