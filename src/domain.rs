//! The domain: offers, needs, clients, target groups, referrals and the rules about them.
//! Plain Rust and serde; knows nothing of storage or screens.

pub mod audit;
pub mod client;
mod code_list;
pub mod conditions;
pub mod consultation;
pub mod contact;
pub mod date;
pub mod duplicates;
pub mod eligibility;
pub mod fold;
pub mod gap;
pub mod group;
pub mod hours;
pub mod need;
pub mod offer;
pub mod referral;
pub mod residence;
pub mod retention;
pub mod rules;
pub mod settings;
pub mod text;
pub mod time;
pub mod timestamp;
pub mod trace;

pub use client::{AnonymousContact, Client, ClientRef};
pub use consultation::{Consultation, Outcome};
pub use date::{Date, DateError, YearMonth};
pub use gap::{Gap, SearchMiss};
pub use group::{CaseGroup, GroupTag, TargetGroup};
pub use hours::{OpenState, OpeningHours, Recurrence, TimeSlot, Weekday};
pub use need::{Need, SubNeed};
pub use offer::{
    AppointmentMode, Channel, Cost, Eligibility, FromText, Offer, OfferExtra, OfferId, OfferStatus,
    ProviderType, ServiceArea,
};
pub use referral::{
    Appointment, ClientId, EventKind, LogView, NewReferral, OfferSnapshot, Postpone, Referral, ReferralEvent,
    ReferralId, ReferralStatus, RuleError, UrgentReason,
};
pub use residence::{GermanLevel, LangCode, ResidenceBasis};
pub use rules::{Assignment, assign};
pub use settings::Settings;
pub use time::{TimeError, TimeOfDay};
pub use timestamp::Timestamp;
pub use trace::Trace;
