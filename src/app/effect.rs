//! Side effects `update` asks for: store writes. The loop runs them and answers with
//! `Msg::Saved`; only then does the state show "gespeichert" — a save is durable before the
//! counsellor is told so.

use crate::domain::{AnonymousContact, Client, Offer, Referral, ReferralEvent, Settings};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    SaveSettings(Settings),
    /// `new`: the store assigns the next client number (K-0001, K-0002 …).
    SaveClient {
        client: Box<Client>,
        new: bool,
    },
    /// The store assigns the id.
    SaveContact(AnonymousContact),
    /// Referrals with their new history entries, in one transaction. `new`: the store assigns
    /// each referral its number (answered in `Done::ids`, in order).
    SaveReferrals {
        items: Vec<(Referral, ReferralEvent)>,
        new: bool,
    },
    /// A history entry that leaves the referral as it is (a note).
    AddReferralEvent(ReferralEvent),
    /// An offer made or changed in Lotse. `new`: the store hands out a number and the offer
    /// gets the id `O-` and that number (answered in `Done::id`; see `OfferId::numbered`).
    SaveOffer {
        offer: Box<Offer>,
        new: bool,
    },
}

/// Why a write failed, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    pub message: String,
    /// Further writes cannot succeed until restart (disk full, no permission).
    pub blocks_writes: bool,
}

/// A successful write; `id` is the number the store gave a new record, `ids` those of several
/// new records written together (referrals), in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Done {
    pub id: Option<u64>,
    pub ids: Vec<u64>,
}

/// What one message did.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub redraw: bool,
    pub effects: Vec<Effect>,
}
