//! The referral log (F4): which referrals it lists (view, filters, order), the selection, and
//! the keys that act on the selected referral there and in the client view. The list is
//! recomputed from `state.records` whenever records, filters or the day change, never while
//! drawing.

use super::action::Action;
use super::list::Cursor;
use super::state::{Flash, FlashKind, Overlay, Screen, State};
use crate::domain::referral::{default_view, is_due};
use crate::domain::text::fold;
use crate::domain::{Date, Need, OfferId, Referral, ReferralEvent, ReferralId, ReferralStatus};
use crate::i18n::{Msg, Tl};

/// Which referrals the log lists before the filters narrow them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Due today and overdue; when nothing is due, the open ones (domain `default_view`).
    #[default]
    Standard,
    Open,
    Closed,
    All,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Standard, Scope::Open, Scope::Closed, Scope::All];

    pub fn text(self) -> Tl {
        match self {
            Scope::Standard => Tl::ScopeStandard,
            Scope::Open => Tl::ScopeOpen,
            Scope::Closed => Tl::ScopeClosed,
            Scope::All => Tl::ScopeAll,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Next follow-up first (the domain's order: urgent first on the same day, then older).
    #[default]
    FollowUp,
    /// Newest referral first: "what did I refer lately?"
    Created,
}

impl Sort {
    pub const ALL: [Sort; 2] = [Sort::FollowUp, Sort::Created];

    pub fn text(self) -> Tl {
        match self {
            Sort::FollowUp => Tl::SortFollowUp,
            Sort::Created => Tl::SortCreated,
        }
    }
}

/// Narrowing filters; the default lets everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogFilter {
    pub status: Option<ReferralStatus>,
    pub need: Option<Need>,
    /// Client number (K-0042 → 42).
    pub client: Option<u64>,
    /// Words that must all occur in the offer's title, provider or id (folded: ä = ae = a).
    pub offer: String,
    /// Range of the referral's creation day, both ends included.
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl LogFilter {
    pub fn matches(&self, r: &Referral) -> bool {
        let day = r.created.date();
        self.status.is_none_or(|s| r.status == s)
            && self.need.is_none_or(|n| r.need == n)
            && self.client.is_none_or(|c| r.client.0 == c)
            && self.from.is_none_or(|d| day >= d)
            && self.to.is_none_or(|d| day <= d)
            && (self.offer.trim().is_empty() || {
                let s = &r.offer_snapshot;
                let hay = fold(&format!("{} {} {}", s.title, s.provider, r.offer.as_str()));
                self.offer.split_whitespace().all(|w| hay.contains(&fold(w)))
            })
    }
}

#[derive(Debug, Clone, Default)]
pub struct LogState {
    pub scope: Scope,
    pub sort: Sort,
    pub filter: LogFilter,
    pub cursor: Cursor,
    /// The listed referrals, as indices into `records.referrals`, in display order.
    pub rows: Vec<usize>,
    /// In the standard view: something is due (else the list fell back to the open ones).
    pub due_view: bool,
    /// The selected referral's details and history fill the screen.
    pub zoom: bool,
}

impl LogState {
    /// Anything other than the opening view is set.
    pub fn is_filtered(&self) -> bool {
        self.scope != Scope::Standard || self.sort != Sort::FollowUp || self.filter != LogFilter::default()
    }
}

/// Recomputes the list, keeping the selected referral selected when it is still listed.
pub fn refresh(state: &mut State) {
    let keep = selected(state).map(|r| r.id);
    let today = state.today();
    let refs = &state.records.referrals;
    let log = &mut state.log;
    let matching: Vec<usize> = (0..refs.len()).filter(|&i| log.filter.matches(&refs[i])).collect();
    log.due_view = false;
    let mut rows: Vec<usize> = match log.scope {
        Scope::Standard => {
            // The domain decides what "due, else open" means and in which order.
            let subset: Vec<Referral> = matching.iter().map(|&i| refs[i].clone()).collect();
            let view = default_view(&subset, today);
            log.due_view = matches!(view, crate::domain::LogView::Due(_));
            view.referrals()
                .iter()
                .filter_map(|r| matching.iter().copied().find(|&i| refs[i].id == r.id))
                .collect()
        }
        Scope::Open => matching.into_iter().filter(|&i| refs[i].is_open()).collect(),
        Scope::Closed => matching.into_iter().filter(|&i| !refs[i].is_open()).collect(),
        Scope::All => matching,
    };
    match log.sort {
        Sort::FollowUp if log.scope == Scope::Standard => {}
        // Closed referrals have no follow-up: after the open ones, oldest first.
        Sort::FollowUp => rows.sort_by_key(|&i| {
            let r = &refs[i];
            (r.follow_up.is_none(), r.follow_up, !r.urgent, r.created, r.id)
        }),
        Sort::Created => rows.sort_by_key(|&i| std::cmp::Reverse((refs[i].created, refs[i].id))),
    }
    log.rows = rows;
    match keep.and_then(|id| log.rows.iter().position(|&i| refs[i].id == id)) {
        Some(pos) => log.cursor.selected = pos,
        None => {
            // The referral left the list (closed, filtered out): back to the list.
            log.zoom = false;
            log.cursor.clamp(log.rows.len());
        }
    }
    let n = log_rows(state.size);
    state.log.cursor.keep_visible(n);
}

/// Table rows visible on screen (for paging); the renderer uses the same split.
pub fn log_rows(size: (u16, u16)) -> usize {
    let body = size.1.saturating_sub(4) as usize;
    if size.1 >= TALL_ROWS { body * 9 / 20 } else { body }.max(1)
}

/// From this height on, the selected referral's details stand below the table.
pub const TALL_ROWS: u16 = 32;

/// The referral under the log's selection.
pub fn selected(state: &State) -> Option<&Referral> {
    let i = *state.log.rows.get(state.log.cursor.selected)?;
    state.records.referrals.get(i)
}

/// A referral's history, in the order it happened.
pub fn history(events: &[ReferralEvent], id: ReferralId) -> Vec<&ReferralEvent> {
    events.iter().filter(|e| e.referral == id).collect()
}

/// A client's referrals as the client view lists them: open ones by next follow-up, then the
/// closed ones, newest first. Indices into `records.referrals`.
pub fn client_rows(state: &State, client: u64) -> Vec<usize> {
    let refs = &state.records.referrals;
    let mut rows: Vec<usize> = (0..refs.len()).filter(|&i| refs[i].client.0 == client).collect();
    rows.sort_by_key(|&i| {
        let r = &refs[i];
        (!r.is_open(), r.follow_up, std::cmp::Reverse(r.created), r.id)
    });
    rows
}

/// The referral selected in the client view.
pub fn client_selected(state: &State) -> Option<&Referral> {
    let id = state.clients.viewing?;
    let i = *client_rows(state, id).get(state.clients.view_cursor.selected)?;
    state.records.referrals.get(i)
}

/// How often an offer was referred, and what came of it (for its card).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OfferStats {
    pub total: usize,
    pub open: usize,
    /// Count per status, in `ReferralStatus::ALL` order.
    pub by_status: [usize; 13],
}

impl OfferStats {
    pub fn of(referrals: &[Referral], offer: &OfferId) -> OfferStats {
        let mut s = OfferStats::default();
        for r in referrals.iter().filter(|r| r.offer == *offer) {
            s.total += 1;
            s.open += usize::from(r.is_open());
            if let Some(i) = ReferralStatus::ALL.iter().position(|x| *x == r.status) {
                s.by_status[i] += 1;
            }
        }
        s
    }

    pub fn count(&self, status: ReferralStatus) -> usize {
        ReferralStatus::ALL.iter().position(|x| *x == status).map(|i| self.by_status[i]).unwrap_or(0)
    }
}

fn flash(state: &mut State, kind: FlashKind, text: String) {
    state.flash = Some(Flash { kind, text });
}

pub fn flash_error<M: Msg>(state: &mut State, m: M) {
    let text = state.lang.t(m).to_string();
    flash(state, FlashKind::Error, text);
}

/// Log screen actions.
pub fn apply(state: &mut State, action: Action) -> bool {
    use Action::*;
    let rows = log_rows(state.size);
    match action {
        Up | Down | PageUp | PageDown | First | Last => {
            let n = state.log.rows.len();
            state.log.cursor.step(action, n, rows)
        }
        LogDetail => {
            state.log.zoom = !state.log.zoom && selected(state).is_some();
            true
        }
        CloseOverlay => std::mem::take(&mut state.log.zoom),
        LogScope => {
            let i = Scope::ALL.iter().position(|s| *s == state.log.scope).unwrap_or(0);
            state.log.scope = Scope::ALL[(i + 1) % Scope::ALL.len()];
            state.log.cursor.reset();
            refresh(state);
            true
        }
        LogSort => {
            state.log.sort = if state.log.sort == Sort::FollowUp { Sort::Created } else { Sort::FollowUp };
            refresh(state);
            true
        }
        ClearFilters => {
            if !state.log.is_filtered() {
                return false;
            }
            let log = &mut state.log;
            (log.scope, log.sort, log.filter) = Default::default();
            log.cursor.reset();
            refresh(state);
            true
        }
        LogOpenFilter => super::referral_modal::open_filter(state),
        RefStatus | RefPostpone | RefNote => {
            let id = selected(state).map(|r| r.id);
            act_on(state, id, action)
        }
        RefToClient => match selected(state).map(|r| (r.client.0, r.id)) {
            Some((id, rid)) if state.records.client(id).is_some() => {
                super::clients::open_view(state, id);
                // The client view opens on the referral the counsellor came from.
                let refs = &state.records.referrals;
                let pos = client_rows(state, id).iter().position(|&i| refs[i].id == rid);
                state.clients.view_cursor.selected = pos.unwrap_or(0);
                true
            }
            Some(_) => {
                flash_error(state, Tl::ClientGone);
                true
            }
            None => false,
        },
        RefToOffer => match selected(state).map(|r| r.offer.clone()) {
            Some(id) => show_offer(state, &id),
            None => false,
        },
        _ => false,
    }
}

/// Client view actions on its referral list (the client's own keys come first).
pub fn apply_client_view(state: &mut State, action: Action) -> bool {
    use Action::*;
    let Some(client) = state.clients.viewing else { return false };
    match action {
        Up | Down | PageUp | PageDown | First | Last => {
            let n = client_rows(state, client).len();
            state.clients.view_cursor.step(action, n, 5)
        }
        RefStatus | RefPostpone | RefNote => {
            let id = client_selected(state).map(|r| r.id);
            act_on(state, id, action)
        }
        RefToOffer => match client_selected(state).map(|r| r.offer.clone()) {
            Some(id) => show_offer(state, &id),
            None => false,
        },
        _ => false,
    }
}

fn act_on(state: &mut State, id: Option<ReferralId>, action: Action) -> bool {
    let Some(id) = id else {
        flash_error(state, Tl::NoReferralSelected);
        return true;
    };
    let kind = match action {
        Action::RefStatus => super::referral_modal::Change::Status,
        Action::RefPostpone => super::referral_modal::Change::Postpone,
        _ => super::referral_modal::Change::Note,
    };
    super::referral_modal::open_change(state, id, kind)
}

/// Shows an offer in the directory, selected, with its card open. The search and filters are
/// cleared so that the offer is certainly in the list.
pub fn show_offer(state: &mut State, id: &OfferId) -> bool {
    let Some(idx) = state.catalog.offers.iter().position(|o| o.id == *id) else {
        flash_error(state, Tl::OfferGone);
        return true;
    };
    let inactive = state.catalog.offers[idx].status == crate::domain::OfferStatus::Inactive;
    state.dir.query.clear();
    state.dir.filters = Default::default();
    state.dir.filters.include_inactive = inactive;
    super::directory::reset_list(state);
    state.dir.limit = state.catalog.offers.len().max(super::state::PAGE);
    state.screen = Screen::Directory;
    state.settle();
    if let Some(pos) = state.dir.results.hits.iter().position(|h| h.offer == idx) {
        state.dir.cursor.selected = pos;
        super::directory::keep_visible(state);
        state.overlay = Some(Overlay::Card { scroll: 0 });
    }
    true
}

/// Opens the log (F4) freshly computed.
pub fn show(state: &mut State) {
    refresh(state);
}

/// Whether `r` is due on the state's day (for marking rows).
pub fn due(state: &State, r: &Referral) -> bool {
    is_due(r, state.today())
}
