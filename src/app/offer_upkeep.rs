//! Keeping the directory current from the directory itself: the upkeep keys (new, edit, copy,
//! deactivate/reactivate, "geprüft"), the upkeep filter menu (stale, possible duplicates,
//! inactive), and what happens once an offer is durably saved: the catalog takes the new
//! version, the search index is rebuilt (synchronously, ~90 ms at 10,000 offers), and the list
//! keeps the selection on the offer.

use super::action::{Action, MenuKind};
use super::effect::{Done, Effect};
use super::menu::{Choice, Menu, MenuItem, item_key};
use super::offer_editor;
use super::pending::Pending;
use super::state::{Catalog, ConfirmAction, Flash, FlashKind, Overlay, PAGE, State};
use crate::domain::{Offer, OfferId, OfferStatus};
use crate::i18n::{T, Te};
use crate::search::SearchIndex;

/// An offer saved from Lotse, waiting for the write to be durable.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferSaved {
    pub offer: Box<Offer>,
    pub kind: SaveKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    /// From the editor; `new` offers get their id from the write.
    Editor { new: bool, from_card: bool },
    /// Ctrl-P: verified today.
    Stamp,
    /// Ctrl-R: deactivated or reactivated.
    Status,
}

/// Handles the upkeep actions (directory and card); `None` for any other action.
pub fn dispatch(state: &mut State, action: Action) -> Option<bool> {
    let upkeep = matches!(
        action,
        Action::NewOffer
            | Action::EditOffer
            | Action::DuplicateOffer
            | Action::ToggleOfferActive
            | Action::StampVerified
            | Action::OpenMenu(MenuKind::Upkeep)
    );
    if !upkeep {
        return None;
    }
    // Act on what the list shows for the keys typed so far, not on the last drawn search.
    state.settle();
    let from_card = matches!(state.overlay, Some(Overlay::Card { .. }));
    // A new offer can be written while the directory still loads: the load keeps what was
    // saved meanwhile (`tui::install`).
    if action == Action::NewOffer {
        return Some(offer_editor::open_new(state, from_card));
    }
    // Everything else acts on the list, which is there once the directory has loaded.
    if !state.catalog.is_searchable() {
        flash(state, FlashKind::Error, state.lang.t(Te::StillLoading).to_string());
        return Some(true);
    }
    if action == Action::OpenMenu(MenuKind::Upkeep) {
        state.overlay = Some(Overlay::Menu(menu(state)));
        return Some(true);
    }
    let Some(offer) = state.selected_offer().cloned() else {
        flash(state, FlashKind::Error, state.lang.t(Te::NoOffer).to_string());
        return Some(true);
    };
    Some(match action {
        Action::EditOffer => offer_editor::open_edit(state, offer, from_card),
        Action::DuplicateOffer => offer_editor::open_copy(state, offer, from_card),
        Action::ToggleOfferActive => ask_status(state, offer),
        _ => stamp(state, offer),
    })
}

fn flash(state: &mut State, kind: FlashKind, text: String) {
    state.flash = Some(Flash { kind, text });
}

/// Refuses a write in read-only mode (disk full …), saying why.
fn refused(state: &mut State) -> bool {
    let Some(reason) = state.read_only.clone() else { return false };
    flash(state, FlashKind::Error, state.lang.f(T::ReadOnly, &[&reason]));
    true
}

fn title(o: &Offer) -> String {
    crate::safe_text::visible(&o.title).into_owned()
}

/// Ctrl-P: verified today, saved at once.
fn stamp(state: &mut State, mut offer: Offer) -> bool {
    let today = state.today();
    if offer.last_verified == Some(today) {
        flash(state, FlashKind::Info, state.lang.f(Te::AlreadyStamped, &[&title(&offer)]));
        return true;
    }
    if refused(state) {
        return true;
    }
    offer.last_verified = Some(today);
    request(state, offer, SaveKind::Stamp);
    true
}

/// Ctrl-R: asks before deactivating or reactivating.
fn ask_status(state: &mut State, offer: Offer) -> bool {
    if refused(state) {
        return true;
    }
    let q = if offer.status == OfferStatus::Inactive { Te::ConfirmReactivate } else { Te::ConfirmDeactivate };
    let question = state.lang.f(q, &[&title(&offer)]);
    state.offer_edit.confirm = Some(offer.id);
    let behind = state.overlay.take().map(Box::new);
    state.overlay = Some(Overlay::Confirm { question, then: ConfirmAction::OfferStatus, behind });
    true
}

/// The status question was answered yes: inactive ↔ active (a temporarily closed offer is
/// deactivated). The offer stays in the store and in referrals' snapshots.
pub fn status_confirmed(state: &mut State) {
    let Some(id) = state.offer_edit.confirm.take() else { return };
    let Some(mut offer) = state.catalog.offers.iter().find(|o| o.id == id).cloned() else { return };
    if refused(state) {
        return;
    }
    offer.status =
        if offer.status == OfferStatus::Inactive { OfferStatus::Active } else { OfferStatus::Inactive };
    request(state, offer, SaveKind::Status);
}

fn request(state: &mut State, offer: Offer, kind: SaveKind) {
    let pending = Pending::OfferSaved(OfferSaved { offer: Box::new(offer.clone()), kind });
    state.request(Effect::SaveOffer { offer: Box::new(offer), new: false }, pending);
}

/// The upkeep menu, with how many offers each entry would show.
pub fn menu(state: &State) -> Menu {
    let (lang, today) = (state.lang, state.today());
    let offers = &state.catalog.offers;
    let shown = |o: &Offer| state.dir.filters.include_inactive || o.status != OfferStatus::Inactive;
    let stale = offers.iter().filter(|o| shown(o) && o.is_stale(today)).count();
    let dups = match &state.catalog.index {
        Some(index) => {
            (0..offers.len()).filter(|&i| shown(&offers[i]) && !index.duplicates_of(i).is_empty()).count()
        }
        None => 0,
    };
    let inactive = offers.iter().filter(|o| o.status == OfferStatus::Inactive).count();
    let entries = [
        (lang.f(Te::MenuStale, &[&stale]), Choice::Stale(today)),
        (lang.f(Te::MenuDuplicates, &[&dups]), Choice::Duplicates),
        (lang.f(Te::MenuInactive, &[&inactive]), Choice::Inactive),
    ];
    let items = entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, (label, choice))| item_key(i).map(|key| MenuItem { key, label, choice }))
        .collect();
    Menu { kind: MenuKind::Upkeep, items, selected: 0 }
}

/// A new day: the stale filter, when on, shows what is stale as of today.
pub fn new_day(state: &mut State) {
    if state.dir.filters.stale_on.is_some() {
        state.dir.filters.stale_on = Some(state.today());
        state.dir.pending = true;
    }
}

/// The offers that are possible duplicates of the selected one.
pub fn duplicates_of_selected(state: &State) -> Vec<&Offer> {
    let (Some(hit), Some(index)) =
        (state.dir.results.hits.get(state.dir.cursor.selected), state.catalog.index.as_ref())
    else {
        return Vec::new();
    };
    index.duplicates_of(hit.offer).into_iter().filter_map(|i| state.catalog.offers.get(i)).collect()
}

/// The write is durable: show the new version everywhere and say so.
pub fn saved(state: &mut State, saved: OfferSaved, done: Done) {
    let lang = state.lang;
    let mut offer = *saved.offer;
    if let (SaveKind::Editor { new: true, .. }, Some(n)) = (saved.kind, done.id) {
        offer.id = OfferId::numbered(n);
    }
    let name = title(&offer);
    let (id, status) = (offer.id.clone(), offer.status);
    let row = state.dir.cursor;
    let pos = install(state, offer);
    let text = match saved.kind {
        SaveKind::Editor { new, from_card } => {
            state.offer_edit.editor = None;
            state.screen = super::state::Screen::Directory;
            let said = lang.f(if new { Te::SavedNew } else { Te::SavedEdit }, &[&id]);
            let revealed = select(state, pos, true);
            if from_card && !revealed && state.selected_offer().is_some_and(|o| o.id == id) {
                state.overlay = Some(Overlay::Card { scroll: 0 });
            }
            if revealed { lang.f(Te::Revealed, &[&said]) } else { said }
        }
        SaveKind::Stamp | SaveKind::Status => {
            // Still listed: stay on it. Gone from the list (deactivated, or no longer stale
            // under the stale filter): stay on the same row, which now holds the next offer.
            select(state, pos, false);
            if !found(state, pos) {
                state.dir.cursor = row;
                state.dir.cursor.clamp(state.dir.results.hits.len());
                super::directory::keep_visible(state);
            }
            match (saved.kind, status) {
                (SaveKind::Stamp, _) => lang.f(Te::Stamped, &[&name, &state.today()]),
                (_, OfferStatus::Inactive) => lang.f(Te::Deactivated, &[&name]),
                _ => lang.f(Te::Reactivated, &[&name]),
            }
        }
    };
    flash(state, FlashKind::Info, text);
}

/// Puts the saved offer into the catalog (replacing its old version) and rebuilds the search
/// index, the towns and languages of the filters and the duplicate pairs. Returns the offer's
/// position in the catalog.
fn install(state: &mut State, offer: Offer) -> usize {
    let mut offers = std::mem::take(&mut state.catalog.offers);
    let pos = match offers.iter().position(|o| o.id == offer.id) {
        Some(i) => {
            offers[i] = offer;
            i
        }
        None => {
            offers.push(offer);
            offers.len() - 1
        }
    };
    let index = SearchIndex::build(&offers);
    state.catalog = Catalog::new(offers);
    state.catalog.index = Some(index);
    state.dir.pending = true;
    pos
}

/// Selects the offer at catalog position `pos` in the list if the search shows it. When it does
/// not and `reveal`, clears the search and filters so that it does; returns whether it did so.
fn select(state: &mut State, pos: usize, reveal: bool) -> bool {
    state.settle();
    if found(state, pos) {
        return false;
    }
    let total = state.dir.results.total;
    if total > state.dir.results.hits.len() {
        // Further down than fetched: fetch all hits (the ranking does not change).
        state.dir.limit = total;
        state.dir.pending = true;
        state.settle();
        if found(state, pos) {
            return false;
        }
    }
    if !reveal {
        return false;
    }
    let inactive = state.catalog.offers.get(pos).is_some_and(|o| o.status == OfferStatus::Inactive);
    state.dir.query.clear();
    state.dir.filters = Default::default();
    state.dir.filters.include_inactive = inactive;
    super::directory::reset_list(state);
    state.dir.limit = state.catalog.offers.len().max(PAGE);
    state.settle();
    found(state, pos);
    true
}

/// Moves the selection onto the offer at `pos` if it is among the fetched hits.
fn found(state: &mut State, pos: usize) -> bool {
    match state.dir.results.hits.iter().position(|h| h.offer == pos) {
        Some(i) => {
            state.dir.cursor.selected = i;
            super::directory::keep_visible(state);
            true
        }
        None => false,
    }
}
