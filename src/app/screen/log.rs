//! The referral log (F4): which referrals it lists (view, filters, order; `filter`), the
//! selection, and the keys that act on the selected referral. The list is recomputed from the
//! shared records whenever records, filters or the day change, never while drawing.

mod filter;

use super::{Changed, Component};
use crate::app::action::{Action, ScreenKey};
use crate::app::effect::{Done, SaveError, Ticket, Waiting};
use crate::app::form::FormEvent;
use crate::app::key::{Code, Key};
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::list::Cursor;
use crate::app::modal::{Modal, ModalKind};
use crate::app::nav::{Go, Pick};
use crate::app::out::Out;
use crate::app::referral_form::{self, Change};
use crate::app::state::{Records, Shared};
use crate::domain::referral::default_view;
use crate::domain::{OfferId, Referral, ReferralEvent, ReferralId, ReferralStatus};
use crate::i18n::{T, Tl};
use Context::Log as L;
pub use filter::{LogFilter, Scope, Sort};

pub const KEYS: &[Binding] = &[
    // No text field has focus, so single letters act.
    b(L, k(Code::Up), Action::Up, None),
    b(L, k(Code::Down), Action::Down, None),
    b(L, k(Code::PageUp), Action::PageUp, None),
    b(L, k(Code::PageDown), Action::PageDown, None),
    b(L, k(Code::Home), Action::First, None),
    b(L, k(Code::End), Action::Last, None),
    b(L, k(Code::Char('s')), Action::RefStatus, Some(T::HintStatus)),
    b(L, k(Code::Char('p')), Action::RefPostpone, Some(T::HintPostpone)),
    b(L, k(Code::Char('n')), Action::RefNote, Some(T::HintNote)),
    b(L, k(Code::Enter), Action::LogDetail, Some(T::HintCard)),
    b(L, k(Code::Char('f')), Action::LogOpenFilter, Some(T::HintNeedMenu)),
    b(L, k(Code::Char('v')), Action::LogScope, Some(T::HintView)),
    b(L, k(Code::Char('r')), Action::LogSort, None),
    b(L, k(Code::Char('k')), Action::RefToClient, Some(T::HintToClient)),
    b(L, k(Code::Char('o')), Action::RefToOffer, Some(T::HintToOffer)),
    b(L, Key::ctrl('x'), Action::ClearFilters, Some(T::HintClearFilters)),
    b(L, k(Code::Char('x')), Action::ClearFilters, None),
    b(L, k(Code::Esc), Action::CloseOverlay, None),
    // No text field has focus here, so `?` opens the help too.
    b(L, k(Code::Char('?')), Action::Help, None),
];

#[derive(Debug, Default)]
pub struct Log {
    pub scope: Scope,
    pub sort: Sort,
    pub filter: LogFilter,
    pub cursor: Cursor,
    /// The listed referrals, as indices into `records.referrals`, in display order.
    pub rows: Vec<usize>,
    /// Intakes whose own follow-up date is due (client, date), oldest first: shown above the
    /// table (they are no referrals, so the referral keys do not act on them).
    pub intake_due: Vec<(u64, crate::domain::Date)>,
    /// In the standard view: something is due (else the list fell back to the open ones).
    pub due_view: bool,
    /// The selected referral's details and history fill the screen.
    pub zoom: bool,
    /// Referral changes asked for: the message to show once stored.
    waiting: Waiting<String>,
}

/// Table rows visible on screen (for paging); the renderer uses the same split.
pub fn log_rows(size: (u16, u16)) -> usize {
    let body = size.1.saturating_sub(4) as usize;
    if size.1 >= TALL_ROWS { body * 9 / 20 } else { body }.max(1)
}

/// From this height on, the selected referral's details stand below the table.
pub const TALL_ROWS: u16 = 32;

/// A referral's history, in the order it happened.
pub fn history(events: &[ReferralEvent], id: ReferralId) -> Vec<&ReferralEvent> {
    events.iter().filter(|e| e.referral == id).collect()
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

impl Log {
    /// Anything other than the opening view is set.
    pub fn is_filtered(&self) -> bool {
        self.scope != Scope::Standard || self.sort != Sort::FollowUp || self.filter != LogFilter::default()
    }

    /// The referral under the selection.
    pub fn selected<'r>(&self, records: &'r Records) -> Option<&'r Referral> {
        let i = *self.rows.get(self.cursor.selected)?;
        records.referrals.get(i)
    }

    /// Recomputes the list, keeping the selected referral selected when it is still listed.
    pub fn refresh(&mut self, sh: &Shared) {
        let keep = self.selected(sh.records).map(|r| r.id);
        let today = sh.today();
        let mut intake_due: Vec<(u64, crate::domain::Date)> = sh
            .records
            .clients
            .iter()
            .filter_map(|c| {
                crate::domain::referral::intake_follow_up_due(c, &sh.records.referrals, today)
                    .map(|d| (c.id, d))
            })
            .collect();
        intake_due.sort_by_key(|&(id, d)| (d, id));
        self.intake_due = intake_due;
        let refs = &sh.records.referrals;
        let matching: Vec<usize> = (0..refs.len()).filter(|&i| self.filter.matches(&refs[i])).collect();
        self.due_view = false;
        let mut rows: Vec<usize> = match self.scope {
            Scope::Standard => {
                // The domain decides what "due, else open" means and in which order.
                let subset: Vec<Referral> = matching.iter().map(|&i| refs[i].clone()).collect();
                let view = default_view(&subset, today);
                self.due_view = matches!(view, crate::domain::LogView::Due(_));
                view.referrals()
                    .iter()
                    .filter_map(|r| matching.iter().copied().find(|&i| refs[i].id == r.id))
                    .collect()
            }
            Scope::Open => matching.into_iter().filter(|&i| refs[i].is_open()).collect(),
            Scope::Closed => matching.into_iter().filter(|&i| !refs[i].is_open()).collect(),
            Scope::All => matching,
        };
        match self.sort {
            Sort::FollowUp if self.scope == Scope::Standard => {}
            // Closed referrals have no follow-up: after the open ones, oldest first.
            Sort::FollowUp => rows.sort_by_key(|&i| {
                let r = &refs[i];
                (r.follow_up.is_none(), r.follow_up, !r.urgent, r.created, r.id)
            }),
            Sort::Created => rows.sort_by_key(|&i| std::cmp::Reverse((refs[i].created, refs[i].id))),
        }
        self.rows = rows;
        match keep.and_then(|id| self.rows.iter().position(|&i| refs[i].id == id)) {
            Some(pos) => self.cursor.selected = pos,
            None => {
                // The referral left the list (closed, filtered out): back to the list.
                self.zoom = false;
                self.cursor.clamp(self.rows.len());
            }
        }
        self.cursor.keep_visible(log_rows(sh.size));
    }
}

impl Component for Log {
    fn contexts(&self) -> Vec<Context> {
        vec![L, Context::Global]
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        use Action::*;
        match action {
            Up | Down | PageUp | PageDown | First | Last => {
                self.cursor.step(action, self.rows.len(), log_rows(sh.size))
            }
            LogDetail => {
                self.zoom = !self.zoom && self.selected(sh.records).is_some();
                true
            }
            CloseOverlay => std::mem::take(&mut self.zoom),
            LogScope => {
                let i = Scope::ALL.iter().position(|s| *s == self.scope).unwrap_or(0);
                self.scope = Scope::ALL[(i + 1) % Scope::ALL.len()];
                self.cursor.reset();
                self.refresh(sh);
                true
            }
            LogSort => {
                self.sort = if self.sort == Sort::FollowUp { Sort::Created } else { Sort::FollowUp };
                self.refresh(sh);
                true
            }
            ClearFilters => {
                if !self.is_filtered() {
                    return false;
                }
                (self.scope, self.sort, self.filter) = Default::default();
                self.cursor.reset();
                self.refresh(sh);
                true
            }
            LogOpenFilter => filter::open(self, sh, out),
            RefStatus | RefPostpone | RefNote => {
                let Some(id) = self.selected(sh.records).map(|r| r.id) else {
                    out.error(sh.lang.t(Tl::NoReferralSelected).to_string());
                    return true;
                };
                let change = match action {
                    RefStatus => Change::Status,
                    RefPostpone => Change::Postpone,
                    _ => Change::Note,
                };
                referral_form::open_change(sh, id, change, out)
            }
            RefToClient => match self.selected(sh.records).map(|r| (r.client.0, r.id)) {
                Some((id, referral)) if sh.records.client(id).is_some() => {
                    out.go(Go::Client { id, select: Pick::Referral(referral) });
                    true
                }
                Some(_) => {
                    out.error(sh.lang.t(Tl::ClientGone).to_string());
                    true
                }
                None => false,
            },
            RefToOffer => match self.selected(sh.records).map(|r| r.offer.clone()) {
                Some(id) => {
                    out.go(Go::Offer(id));
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// F4 opens the log freshly computed.
    fn enter(&mut self, go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        if *go == Go::Home(ScreenKey::Log) {
            self.refresh(sh);
        }
        true
    }

    /// The filter form, and the change forms (status, postpone, note) opened here.
    fn modal(&mut self, m: &mut Modal, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        match (ev, &m.kind) {
            (FormEvent::Save, ModalKind::LogFilter) => return filter::apply(self, m, sh, out),
            (FormEvent::Changed, _) => referral_form::changed(m, sh),
            (FormEvent::Save, _) => {
                if let Some((ticket, flash)) = referral_form::save(m, sh, out) {
                    self.waiting.push(ticket, flash);
                }
            }
            _ => {}
        }
        true
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, _sh: &Shared, out: &mut Out) {
        if let (Some(flash), Ok(_)) = (self.waiting.take(ticket), result) {
            out.close();
            out.info(flash);
        }
    }

    fn changed(&mut self, what: &Changed, sh: &Shared) {
        // What is due changes with the day.
        if matches!(
            what,
            Changed::Loaded | Changed::Day | Changed::Referrals(_) | Changed::Client(_) | Changed::Clients
        ) {
            self.refresh(sh);
        }
    }
}
