//! The records the figures are computed from, read from a store in one go.

use crate::domain::{
    AnonymousContact, Client, Consultation, Gap, Offer, Referral, ReferralEvent, SearchMiss, Trace,
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
    /// What erased clients left to the figures.
    pub traces: Vec<Trace>,
}

impl Records {
    /// Reads in two halves at once (measured to take about as long each: referrals and
    /// clients; histories and the rest): decoding is most of the time, and a desk PC has two
    /// cores.
    pub fn load(store: &dyn Store) -> crate::store::Result<Records> {
        let (first, rest) = std::thread::scope(|s| {
            let first =
                s.spawn(|| -> crate::store::Result<_> { Ok((store.all_referrals()?, store.all_clients()?)) });
            let rest = (|| -> crate::store::Result<_> {
                Ok((
                    store.all_referral_events()?,
                    store.all_consultations()?,
                    store.all_contacts()?,
                    store.all_offers()?,
                    store.all_gaps()?,
                    store.all_search_misses()?,
                    store.all_traces()?,
                ))
            })();
            // A panic in the reader is a bug; it surfaces like any other.
            (first.join().unwrap_or_else(|p| std::panic::resume_unwind(p)), rest)
        });
        let (referrals, clients) = first?;
        let (events, consultations, contacts, offers, gaps, misses, traces) = rest?;
        Ok(Records { clients, consultations, contacts, referrals, events, offers, gaps, misses, traces })
    }
}
