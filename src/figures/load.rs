//! The records the figures are computed from, read from a store in one go.

use crate::domain::{
    AnonymousContact, Client, Consultation, Gap, Offer, Referral, ReferralEvent, SearchMiss,
};
use crate::store::Store;

/// Everything the figures read. The screen holds most of it already (`app::Records`); the
/// report reads it from the store.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub clients: Vec<Client>,
    pub consultations: Vec<Consultation>,
    pub contacts: Vec<AnonymousContact>,
    pub referrals: Vec<Referral>,
    pub events: Vec<ReferralEvent>,
    pub offers: Vec<Offer>,
    pub gaps: Vec<Gap>,
    pub misses: Vec<SearchMiss>,
}

impl Records {
    pub fn load(store: &dyn Store) -> crate::store::Result<Records> {
        Ok(Records {
            clients: store.all_clients()?,
            consultations: store.all_consultations()?,
            contacts: store.all_contacts()?,
            referrals: store.all_referrals()?,
            events: store.all_referral_events()?,
            offers: store.all_offers()?,
            gaps: store.all_gaps()?,
            misses: store.all_search_misses()?,
        })
    }
}
