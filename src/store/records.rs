//! The kinds of record Lotse stores and the stored versions of each. The current version of
//! a type is the domain type itself; when a domain type changes, its previous shape is copied
//! here as `…V{n}` with a conversion, the version byte goes up, and a byte fixture of the old
//! version stays in `tests/fixtures/` so that old databases and backups keep opening.
//!
//! [`Record`] is a record as it leaves or enters a store whole (backups): its [`Kind`], its key
//! and its encoded value — the same for every backend, whatever its layout.

mod client_v1;
mod referral_v1;

use super::codec::{self, CodecError, Stored, body};
use crate::domain::audit::AuditEntry;
use crate::domain::offer::{Codes, Text};
use crate::domain::referral::{Referral, ReferralEvent};
use crate::domain::*;
use serde::{Deserialize, Serialize};

/// Version 1 is the current domain type itself, decoded with no conversion.
macro_rules! stored_v1 {
    ($($ty:ty => $kind:literal;)*) => {$(
        impl Stored for $ty {
            const KIND: u8 = $kind;
            const VERSION: u8 = 1;
            fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
                match version {
                    1 => body(b),
                    v => Err(CodecError::UnknownVersion(v)),
                }
            }
        }
    )*};
}

stored_v1! {
    AnonymousContact => b'K';
    AuditEntry => b'A';
    Consultation => b'B';
    Gap => b'L';
    SearchMiss => b'M';
    Trace => b'T';
}

/// The forms open when Lotse last stopped without saving them (issue 16): what was typed, by
/// field key, so that the next start can offer to continue. Not a record of the whole-database
/// copies ([`Kind`]): a draft belongs to one desk's session, it is not carried by backups or
/// exports, and an erasure's rewrite drops it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drafts {
    /// When they were kept, local time, `YYYY-MM-DD HH:MM`.
    pub saved: String,
    pub items: Vec<Draft>,
}

/// One open form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub form: DraftForm,
    /// What the form was opened for: a client number, an offer id, "" for a new record.
    pub target: String,
    /// The key of the field with the focus.
    pub focus: String,
    pub fields: Vec<DraftField>,
}

/// Which form. Stored by variant index: append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftForm {
    Intake,
    /// The offer editor on a new offer.
    NewOffer,
    /// The offer editor on a stored offer (`target`).
    EditOffer,
    /// The offer editor on a copy of `target`.
    CopyOffer,
    QuickContact,
    /// New referrals of client `target` to the offers in field `offers`.
    Refer,
}

/// One field's value, under its key's name (`IntakeField::Pseudonym` → "Pseudonym"): a field
/// added or removed later only drops or leaves empty what has no counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftField {
    pub key: String,
    pub value: DraftValue,
}

/// Choices are kept by their options' values, never by position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftValue {
    Text(String),
    Choice(Option<u16>),
    Multi(Vec<u16>),
}

stored_v1! {
    Drafts => b'D';
}

/// Settings as stored until the retention period was added (version 1).
#[derive(serde::Deserialize)]
struct SettingsV1 {
    counsellor: String,
}

impl Stored for Settings {
    const KIND: u8 = b'S';
    const VERSION: u8 = 2;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body::<SettingsV1>(b).map(|v1| Settings::for_counsellor(v1.counsellor)),
            2 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

/// Version 2 (issue 10): English title and description, the provider type as written, the
/// towns served, hours with rules and a note per window and "nach Vereinbarung", and which
/// conditions were read from text. Version 1 is [`OfferV1`].
impl Stored for Offer {
    const KIND: u8 = b'O';
    const VERSION: u8 = 2;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body::<OfferV1>(b).map(Offer::from),
            2 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

/// An offer as version 1 stored it (until issue 10). Field order is the stored order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferV1 {
    pub id: OfferId,
    pub title: Text,
    pub provider: Text,
    pub provider_type: ProviderType,
    pub needs: Codes<Need>,
    pub sub_needs: Codes<SubNeed>,
    pub target_groups: Codes<TargetGroup>,
    pub tags: Codes<GroupTag>,
    pub description: Text,
    pub phone: Text,
    pub email: Text,
    pub website: Text,
    pub street: Text,
    pub postal_code: Text,
    pub town: Text,
    pub service_area: ServiceArea,
    pub area_excludes: Vec<Text>,
    pub hours: OpeningHoursV1,
    pub appointment: AppointmentMode,
    pub channels: Codes<Channel>,
    pub languages: Codes<LangCode>,
    pub cost: Cost,
    pub cost_note: Text,
    pub eligibility: EligibilityV1,
    pub documents: Vec<Text>,
    pub keywords: Vec<Text>,
    pub status: OfferStatus,
    pub last_verified: Option<Date>,
    pub internal_note: Text,
}

/// Version 1 hours: weekly windows only, one note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHoursV1 {
    pub slots: Vec<TimeSlotV1>,
    pub note: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeSlotV1 {
    pub day: Weekday,
    pub from: u16,
    pub to: u16,
}

/// Version 1 eligibility: without the "read from text" marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EligibilityV1 {
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub min_german: Option<GermanLevel>,
    pub residence: Codes<ResidenceBasis>,
    pub note: Text,
}

impl From<OfferV1> for Offer {
    fn from(o: OfferV1) -> Offer {
        Offer {
            id: o.id,
            title: o.title,
            provider: o.provider,
            provider_type: o.provider_type,
            needs: o.needs,
            sub_needs: o.sub_needs,
            target_groups: o.target_groups,
            tags: o.tags,
            description: o.description,
            extra: None,
            phone: o.phone,
            email: o.email,
            website: o.website,
            street: o.street,
            postal_code: o.postal_code,
            town: o.town,
            service_area: o.service_area,
            area_excludes: o.area_excludes,
            hours: OpeningHours {
                slots: o.hours.slots.into_iter().map(|s| TimeSlot::weekly(s.day, s.from, s.to)).collect(),
                by_appointment: false,
                note: o.hours.note,
            },
            appointment: o.appointment,
            channels: o.channels,
            languages: o.languages,
            cost: o.cost,
            cost_note: o.cost_note,
            eligibility: Eligibility {
                min_age: o.eligibility.min_age,
                max_age: o.eligibility.max_age,
                min_german: o.eligibility.min_german,
                residence: o.eligibility.residence,
                note: o.eligibility.note,
                from_text: FromText::default(),
            },
            documents: o.documents,
            keywords: o.keywords,
            status: o.status,
            last_verified: o.last_verified,
            internal_note: o.internal_note,
        }
    }
}

/// What a database holds, kind by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Settings,
    /// An id counter (key: its name; value: the last number handed out, u64 big-endian).
    Counter,
    Offer,
    Client,
    Contact,
    Referral,
    /// A referral's history entry (key: referral id ++ entry number, both u64 big-endian).
    ReferralEvent,
    /// An entry of the audit trail (key: its number, u64 big-endian).
    Audit,
    /// A follow-up consultation (key: client id ++ consultation id, both u64 big-endian).
    Consultation,
    /// A recorded service gap (key: its number, u64 big-endian).
    Gap,
    /// Searches without result in one month for one need and town (key: `SearchMiss::key`).
    SearchMiss,
    /// What an erased client leaves to the figures (key: `Trace::key`, a hash of the content,
    /// u64 big-endian).
    Trace,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Settings,
        Kind::Counter,
        Kind::Offer,
        Kind::Client,
        Kind::Contact,
        Kind::Referral,
        Kind::ReferralEvent,
        Kind::Audit,
        Kind::Consultation,
        Kind::Gap,
        Kind::SearchMiss,
        Kind::Trace,
    ];

    /// The kind byte in backups; for encoded records the same as the value's first byte.
    pub fn byte(self) -> u8 {
        match self {
            Kind::Settings => Settings::KIND,
            Kind::Counter => b'N',
            Kind::Offer => Offer::KIND,
            Kind::Client => Client::KIND,
            Kind::Contact => AnonymousContact::KIND,
            Kind::Referral => Referral::KIND,
            Kind::ReferralEvent => ReferralEvent::KIND,
            Kind::Audit => AuditEntry::KIND,
            Kind::Consultation => Consultation::KIND,
            Kind::Gap => Gap::KIND,
            Kind::SearchMiss => SearchMiss::KIND,
            Kind::Trace => Trace::KIND,
        }
    }

    pub fn from_byte(b: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.byte() == b)
    }

    /// The name reports use ("offers 81, clients 3 …").
    pub fn name(self) -> &'static str {
        match self {
            Kind::Settings => "settings",
            Kind::Counter => "counters",
            Kind::Offer => "offers",
            Kind::Client => "clients",
            Kind::Contact => "contacts",
            Kind::Referral => "referrals",
            Kind::ReferralEvent => "referral_events",
            Kind::Audit => "audit",
            Kind::Consultation => "consultations",
            Kind::Gap => "gaps",
            Kind::SearchMiss => "search_misses",
            Kind::Trace => "traces",
        }
    }
}

/// One record as a whole-database copy carries it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Record {
    pub kind: Kind,
    /// The record's identity: an id (u64 big-endian), an offer id (UTF-8), a counter's name,
    /// `settings` for the settings, referral id ++ entry number for a history entry.
    pub key: Vec<u8>,
    /// The `codec` encoding `[kind, version, body]`; for a counter its u64 big-endian.
    pub value: Vec<u8>,
}

impl Record {
    pub fn encode<T: Stored + serde::Serialize>(
        kind: Kind,
        key: Vec<u8>,
        value: &T,
    ) -> Result<Record, CodecError> {
        Ok(Record { kind, key, value: codec::encode(value)? })
    }

    /// Decodes the value by its kind and checks that the key is the record's own, so that a
    /// record of the wrong kind or under a wrong key never reaches a database.
    pub fn check(&self) -> Result<(), CodecError> {
        let key_is = |expected: &[u8]| {
            if self.key == expected {
                Ok(())
            } else {
                Err(CodecError::Decode("key does not match the record".into()))
            }
        };
        let id_key = |id: u64| key_is(&id.to_be_bytes());
        match self.kind {
            Kind::Settings => codec::decode::<Settings>(&self.value).and_then(|_| key_is(b"settings")),
            Kind::Counter => match (self.value.len(), std::str::from_utf8(&self.key)) {
                (8, Ok(name)) if super::Seq::from_key(name).is_some() => Ok(()),
                _ => Err(CodecError::Decode("not a counter".into())),
            },
            Kind::Offer => codec::decode::<Offer>(&self.value).and_then(|o| key_is(o.id.as_str().as_bytes())),
            Kind::Client => codec::decode::<Client>(&self.value).and_then(|c| id_key(c.id)),
            Kind::Contact => codec::decode::<AnonymousContact>(&self.value).and_then(|c| id_key(c.id)),
            Kind::Referral => codec::decode::<Referral>(&self.value).and_then(|r| id_key(r.id.0)),
            Kind::Audit => codec::decode::<AuditEntry>(&self.value).and_then(|e| id_key(e.id)),
            Kind::Gap => codec::decode::<Gap>(&self.value).and_then(|g| id_key(g.id)),
            Kind::SearchMiss => {
                codec::decode::<SearchMiss>(&self.value).and_then(|m| key_is(m.key().as_bytes()))
            }
            // Any eight bytes: the key is a hash with a probe, not derived from the value alone.
            Kind::Trace => codec::decode::<Trace>(&self.value).and_then(|_| match self.key.len() {
                8 => Ok(()),
                _ => Err(CodecError::Decode("key does not match the record".into())),
            }),
            Kind::Consultation => codec::decode::<Consultation>(&self.value)
                .and_then(|c| key_is(&[c.client.to_be_bytes(), c.id.to_be_bytes()].concat())),
            Kind::ReferralEvent => {
                codec::decode::<ReferralEvent>(&self.value).and_then(|ev| match self.key.get(..8) {
                    Some(prefix) if self.key.len() == 16 && prefix == ev.referral.0.to_be_bytes() => Ok(()),
                    _ => Err(CodecError::Decode("key does not match the record".into())),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::OfferId;

    #[test]
    fn kind_bytes_are_distinct_and_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_byte(k.byte()), Some(k));
        }
        let mut bytes: Vec<u8> = Kind::ALL.iter().map(|k| k.byte()).collect();
        bytes.sort();
        bytes.dedup();
        assert_eq!(bytes.len(), Kind::ALL.len());
    }

    #[test]
    fn a_record_under_a_wrong_key_or_kind_is_refused() {
        let offer = Offer::new(OfferId::parse("A-1").unwrap(), "x");
        let good = Record::encode(Kind::Offer, b"A-1".to_vec(), &offer).unwrap();
        assert_eq!(good.check(), Ok(()));
        assert!(Record { key: b"B-2".to_vec(), ..good.clone() }.check().is_err());
        assert!(Record { kind: Kind::Client, ..good.clone() }.check().is_err());
        assert!(
            Record { kind: Kind::Counter, key: b"nonsense".to_vec(), value: vec![0; 8] }.check().is_err()
        );
        assert_eq!(
            Record { kind: Kind::Counter, key: b"seq/referral".to_vec(), value: vec![0; 8] }.check(),
            Ok(())
        );
    }
}
