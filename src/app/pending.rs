//! What the state does once a requested write is durable.

use super::effect::Done;
use super::state::{Flash, FlashKind, State};
use crate::domain::{AnonymousContact, Client, Referral, ReferralEvent, Settings};
use crate::i18n::{T, Ti};

#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    SettingsSaved(Settings),
    ClientSaved {
        client: Box<Client>,
        then_offers: bool,
    },
    ContactSaved(AnonymousContact),
    /// Referrals made or changed; `flash` says what was saved.
    ReferralsSaved {
        items: Vec<(Referral, ReferralEvent)>,
        new: bool,
        flash: String,
    },
    ReferralEventAdded {
        ev: ReferralEvent,
        flash: String,
    },
    /// An offer was saved (editor, "geprüft", status change).
    OfferSaved(super::offer_upkeep::OfferSaved),
}

pub fn apply(state: &mut State, p: Pending, done: Done) {
    let info = |state: &mut State, text: String| state.flash = Some(Flash { kind: FlashKind::Info, text });
    match p {
        Pending::SettingsSaved(s) => {
            state.settings = s;
            state.overlay = None;
            info(state, state.lang.t(T::Saved).to_string());
        }
        Pending::ClientSaved { client, then_offers } => {
            super::clients::saved(state, *client, done.id, then_offers)
        }
        Pending::ContactSaved(mut contact) => {
            contact.id = done.id.unwrap_or(contact.id);
            state.records.contacts.push(contact);
            state.overlay = None;
            info(state, state.lang.t(Ti::ContactSaved).to_string());
        }
        Pending::ReferralsSaved { items, new, flash } => {
            super::referral_modal::saved(state, items, new, &done.ids, flash)
        }
        Pending::ReferralEventAdded { ev, flash } => super::referral_modal::event_saved(state, ev, flash),
        Pending::OfferSaved(saved) => super::offer_upkeep::saved(state, saved, done),
    }
}
