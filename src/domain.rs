//! The domain: offers, needs, target groups, referrals and the rules about them. Plain Rust
//! and serde; knows nothing of storage or screens.

pub mod contact;
pub mod date;
pub mod group;
pub mod hours;
pub mod need;
pub mod offer;
pub mod referral;
pub mod residence;
pub mod text;
pub mod timestamp;

pub use date::{Date, DateError, YearMonth};
pub use group::{GroupTag, TargetGroup};
pub use hours::{OpenState, OpeningHours, TimeSlot, Weekday};
pub use need::{Need, SubNeed};
pub use offer::{
    AppointmentMode, Channel, Cost, Eligibility, Offer, OfferId, OfferStatus, ProviderType, ServiceArea,
};
pub use referral::{
    ClientId, EventKind, LogView, NewReferral, OfferSnapshot, Postpone, Referral, ReferralEvent, ReferralId,
    ReferralStatus, RuleError, UrgentReason,
};
pub use residence::{GermanLevel, LangCode, ResidenceBasis};
pub use timestamp::Timestamp;
