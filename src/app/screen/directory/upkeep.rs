//! Keeping the directory current from the directory itself: the upkeep keys (new, edit, copy,
//! deactivate/reactivate, "geprüft"), the upkeep filter menu (stale, possible duplicates,
//! inactive), and what the list does once an offer is durably saved: it keeps the selection on
//! the offer (the catalogue and the index already hold the new version).

use super::{Directory, Then};
use crate::app::action::{Action, MenuKind};
use crate::app::effect::Write;
use crate::app::menu::{Choice, Menu, MenuItem, item_key};
use crate::app::nav::Go;
use crate::app::out::Out;
use crate::app::overlay::Overlay;
use crate::app::state::{PAGE, Shared};
use crate::domain::{Date, Offer, OfferId, OfferStatus};
use crate::i18n::{T, Te};

/// Why an offer was saved from the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    /// Ctrl-P: verified today.
    Stamp,
    /// Ctrl-R: deactivated or reactivated.
    Status,
}

pub fn is_upkeep(action: Action) -> bool {
    matches!(
        action,
        Action::NewOffer
            | Action::EditOffer
            | Action::DuplicateOffer
            | Action::ToggleOfferActive
            | Action::StampVerified
            | Action::OpenMenu(MenuKind::Upkeep)
    )
}

/// Handles an upkeep action (in the directory or on the card).
pub fn act(d: &mut Directory, action: Action, sh: &Shared, out: &mut Out) -> bool {
    // Act on what the list shows for the keys typed so far, not on the last drawn search.
    d.search();
    let from_card = sh.card_open();
    // A new offer can be written while the directory still loads: the load keeps what was
    // saved meanwhile (`tui::install`).
    if action == Action::NewOffer {
        out.go(Go::NewOffer { from_card });
        return true;
    }
    // Everything else acts on the list, which is there once the directory has loaded.
    if !d.is_searchable() {
        out.error(sh.lang.t(Te::StillLoading).to_string());
        return true;
    }
    if action == Action::OpenMenu(MenuKind::Upkeep) {
        out.open(Overlay::Menu(menu(d, sh)));
        return true;
    }
    let Some(offer) = d.selected(sh.catalog).cloned() else {
        out.error(sh.lang.t(Te::NoOffer).to_string());
        return true;
    };
    match action {
        Action::EditOffer => out.go(Go::EditOffer { offer: Box::new(offer), from_card }),
        Action::DuplicateOffer => out.go(Go::CopyOffer { offer: Box::new(offer), from_card }),
        Action::ToggleOfferActive => ask_status(d, offer, sh, out),
        _ => stamp(d, offer, sh, out),
    }
    true
}

/// Refuses a write in read-only mode (disk full …), saying why.
fn refused(sh: &Shared, out: &mut Out) -> bool {
    let Some(reason) = sh.read_only else { return false };
    out.error(sh.lang.f(T::ReadOnly, &[&reason]));
    true
}

fn title(o: &Offer) -> String {
    crate::safe_text::visible(&o.title).into_owned()
}

/// Ctrl-P: verified today, saved at once.
fn stamp(d: &mut Directory, mut offer: Offer, sh: &Shared, out: &mut Out) {
    let today = sh.today();
    if offer.last_verified == Some(today) {
        out.info(sh.lang.f(Te::AlreadyStamped, &[&title(&offer)]));
        return;
    }
    if refused(sh, out) {
        return;
    }
    offer.last_verified = Some(today);
    request(d, offer, SaveKind::Stamp, out);
}

/// Ctrl-R: asks before deactivating or reactivating.
fn ask_status(d: &mut Directory, offer: Offer, sh: &Shared, out: &mut Out) {
    if refused(sh, out) {
        return;
    }
    let q = if offer.status == OfferStatus::Inactive { Te::ConfirmReactivate } else { Te::ConfirmDeactivate };
    out.ask(sh.lang.f(q, &[&title(&offer)]));
    d.confirm = Some(offer.id);
}

/// The status question was answered yes: inactive ↔ active (a temporarily closed offer is
/// deactivated). The offer stays in the store and in referrals' snapshots.
pub fn status_confirmed(d: &mut Directory, sh: &Shared, out: &mut Out) {
    let Some(id) = d.confirm.take() else { return };
    let Some(mut offer) = sh.catalog.offers.iter().find(|o| o.id == id).cloned() else { return };
    if refused(sh, out) {
        return;
    }
    offer.status =
        if offer.status == OfferStatus::Inactive { OfferStatus::Active } else { OfferStatus::Inactive };
    request(d, offer, SaveKind::Status, out);
}

fn request(d: &mut Directory, offer: Offer, kind: SaveKind, out: &mut Out) {
    let id = offer.id.clone();
    let ticket = out.write(Write::SaveOffer { offer: Box::new(offer), new: false });
    d.waiting.push(ticket, Then::Offer(id, kind));
}

/// The upkeep menu, with how many offers each entry would show.
fn menu(d: &Directory, sh: &Shared) -> Menu {
    let (lang, today) = (sh.lang, sh.today());
    let offers = &sh.catalog.offers;
    let shown = |o: &Offer| d.filters.include_inactive || o.status != OfferStatus::Inactive;
    let stale = offers.iter().filter(|o| shown(o) && o.is_stale(today)).count();
    let dups = match &d.index {
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
    let commands = super::files::ENTRIES.iter().map(|(t, c)| (lang.t(*t).to_string(), c.clone()));
    let items = entries
        .into_iter()
        .chain(commands)
        .enumerate()
        .filter_map(|(i, (label, choice))| item_key(i).map(|key| MenuItem { key, label, choice }))
        .collect();
    Menu { kind: MenuKind::Upkeep, items, selected: 0 }
}

/// A new day: the stale filter, when on, shows what is stale as of today.
pub fn new_day(d: &mut Directory, today: Date) {
    if d.filters.stale_on.is_some() {
        d.filters.stale_on = Some(today);
        d.pending = true;
    }
}

/// A stamp or status change is durable (and in the catalogue): stay on the offer, and say so.
pub fn saved(d: &mut Directory, id: &OfferId, kind: SaveKind, sh: &Shared, out: &mut Out) {
    let lang = sh.lang;
    let Some(pos) = sh.catalog.offers.iter().position(|o| o.id == *id) else { return };
    let offer = &sh.catalog.offers[pos];
    let (name, status) = (title(offer), offer.status);
    let row = d.cursor;
    // Still listed: stay on it. Gone from the list (deactivated, or no longer stale under the
    // stale filter): stay on the same row, which now holds the next offer.
    select(d, pos, false, sh);
    if !found(d, pos, sh) {
        d.cursor = row;
        d.cursor.clamp(d.results.hits.len());
        d.keep_visible(sh.size);
    }
    out.info(match (kind, status) {
        (SaveKind::Stamp, _) => lang.f(Te::Stamped, &[&name, &sh.today()]),
        (_, OfferStatus::Inactive) => lang.f(Te::Deactivated, &[&name]),
        _ => lang.f(Te::Reactivated, &[&name]),
    });
}

/// Selects the offer at catalog position `pos` in the list if the search shows it. When it does
/// not and `reveal`, clears the search and filters so that it does; returns whether it did so.
pub fn select(d: &mut Directory, pos: usize, reveal: bool, sh: &Shared) -> bool {
    d.search();
    if found(d, pos, sh) {
        return false;
    }
    let total = d.results.total;
    if total > d.results.hits.len() {
        // Further down than fetched: fetch all hits (the ranking does not change).
        d.limit = total;
        d.pending = true;
        d.search();
        if found(d, pos, sh) {
            return false;
        }
    }
    if !reveal {
        return false;
    }
    let inactive = sh.catalog.offers.get(pos).is_some_and(|o| o.status == OfferStatus::Inactive);
    d.query.clear();
    d.filters = Default::default();
    d.filters.include_inactive = inactive;
    d.reset_list();
    d.limit = sh.catalog.offers.len().max(PAGE);
    d.search();
    found(d, pos, sh);
    true
}

/// Moves the selection onto the offer at `pos` if it is among the fetched hits.
fn found(d: &mut Directory, pos: usize, sh: &Shared) -> bool {
    match d.results.hits.iter().position(|h| h.offer == pos) {
        Some(i) => {
            d.cursor.selected = i;
            d.keep_visible(sh.size);
            true
        }
        None => false,
    }
}
