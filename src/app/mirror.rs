//! What a durable write changes in memory. The shared data mirrors the store: once the loop
//! answers that a write is stored, the records it wrote (with the numbers the store gave them)
//! are taken into `State` here, in one place for every screen, and the screens are told what
//! changed. The screen that asked then only does what is its own (close a form, say so).

use super::effect::{Done, Payload, Write};
use super::screen::Changed;
use super::state::State;
use crate::domain::{OfferId, Referral, ReferralEvent, ReferralId};

/// Takes a stored write into the state; returns what changed.
pub fn apply(state: &mut State, write: Write, done: &Done) -> Changed {
    match write {
        Write::SaveSettings(s) => {
            state.settings = s;
            Changed::Settings
        }
        Write::SaveClient { client, .. } | Write::SaveClientIf { client, .. } => {
            let mut client = *client;
            if let Some(id) = done.id {
                client.id = id;
            }
            let id = client.id;
            match state.records.clients.iter_mut().find(|c| c.id == id) {
                Some(c) => *c = client,
                None => state.records.clients.push(client),
            }
            Changed::Client(id)
        }
        Write::SaveContact(mut contact) => {
            contact.id = done.id.unwrap_or(contact.id);
            state.records.contacts.push(contact);
            Changed::Contact
        }
        Write::SaveReferrals { mut items, new } => {
            if new {
                // Without its number a referral cannot be told apart in memory; one the store
                // did not number is stored and shows after the next start.
                items = items
                    .into_iter()
                    .zip(&done.ids)
                    .map(|((r, ev), &id)| {
                        (
                            Referral { id: ReferralId(id), ..r },
                            ReferralEvent { referral: ReferralId(id), ..ev },
                        )
                    })
                    .collect();
            }
            let first = items.first().map(|(r, _)| r.id);
            for (r, ev) in items {
                match state.records.referrals.iter_mut().find(|x| x.id == r.id) {
                    Some(x) => *x = r,
                    None => state.records.referrals.push(r),
                }
                state.records.events.push(ev);
            }
            Changed::Referrals(first)
        }
        Write::AddReferralEvent(ev) => {
            let id = ev.referral;
            state.records.events.push(ev);
            Changed::Referrals(Some(id))
        }
        Write::SaveOfferIf { offer, .. } => {
            let id = offer.id.clone();
            state.catalog.put(*offer);
            Changed::Offer(id)
        }
        Write::SaveOffer { offer, new } => {
            let mut offer = *offer;
            if let (true, Some(n)) = (new, done.id) {
                offer.id = OfferId::numbered(n);
            }
            let id = offer.id.clone();
            state.catalog.put(offer);
            Changed::Offer(id)
        }
        Write::EraseClient(id) => {
            drop_clients(state, &[id]);
            if state.current_client == Some(id) {
                state.current_client = None;
            }
            Changed::Clients
        }
        Write::Anonymise { ids, .. } => {
            drop_clients(state, &ids);
            if let Payload::Records { clients, referrals, events } = done.payload.clone() {
                let r = &mut state.records;
                r.clients.extend(clients);
                r.clients.sort_by_key(|c| c.id);
                r.referrals.extend(referrals);
                r.referrals.sort_by_key(|x| x.id);
                r.events.extend(events);
            }
            Changed::Clients
        }
        // Nothing in memory changes: a file was written, or the trail was read.
        Write::PersonCopy { .. } | Write::ReadAudit | Write::Export(_) => Changed::Nothing,
        Write::Import(_) => match &done.payload {
            Payload::Imported { saved, .. } if !saved.is_empty() => {
                state.catalog.put_all(saved.clone());
                Changed::Offers
            }
            _ => Changed::Nothing,
        },
        Write::Backup { file, .. } => {
            // A backup into the backup folder is a good backup of today (the header says so).
            let today = state.today();
            if let Some(b) = state.backups.as_mut()
                && file.parent() == Some(b.dir.as_path())
            {
                b.last = Some(today);
                b.failed = None;
            }
            Changed::Nothing
        }
        Write::SaveGap(mut gap) => {
            gap.id = done.id.unwrap_or(gap.id);
            state.records.gaps.push(gap);
            Changed::Gap
        }
    }
}

/// Takes clients out of memory with their referrals and those referrals' history.
fn drop_clients(state: &mut State, ids: &[u64]) {
    let r = &mut state.records;
    let gone: std::collections::HashSet<ReferralId> =
        r.referrals.iter().filter(|x| ids.contains(&x.client.0)).map(|x| x.id).collect();
    r.clients.retain(|c| !ids.contains(&c.id));
    r.referrals.retain(|x| !gone.contains(&x.id));
    r.events.retain(|e| !gone.contains(&e.referral));
}
