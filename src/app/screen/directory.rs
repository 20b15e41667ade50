//! The directory screen (F2): the search field, the filters, the list and the card, marking
//! offers to refer several in one go, and the upkeep keys (`upkeep`). It owns the search
//! index: the offers are shared (`Catalog`), the index over them is this screen's tool.

mod files;
mod rank;
mod upkeep;

use super::{Changed, Component};
use crate::app::action::{Action, MenuKind};
use crate::app::effect::{Done, SaveError, Ticket, Waiting};
use crate::app::form::FormEvent;
use crate::app::input::TextInput;
use crate::app::key::{Code, Key};
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::list::Cursor;
use crate::app::menu::{self, Choice, Menu};
use crate::app::modal::{Modal, ModalKind};
use crate::app::nav::Go;
use crate::app::out::Out;
use crate::app::overlay::Overlay;
use crate::app::referral_form;
use crate::app::state::{Catalog, PAGE, QUERY_MAX, Shared};
use crate::domain::{Need, Offer, OfferId, OfferStatus};
use crate::i18n::{T, Te, Tl};
use crate::search::{Filters, Results, SearchIndex};
use Context::{Card, Directory as Dir, Upkeep};

pub const KEYS: &[Binding] = &[
    // The search field always has focus, so every command is a Ctrl or F key.
    b(Dir, k(Code::Up), Action::Up, Some(T::HintSelect)),
    b(Dir, k(Code::Down), Action::Down, Some(T::HintSelect)),
    b(Dir, k(Code::PageUp), Action::PageUp, None),
    b(Dir, k(Code::PageDown), Action::PageDown, None),
    b(Dir, Key { code: Code::Home, ctrl: true }, Action::First, None),
    b(Dir, Key { code: Code::End, ctrl: true }, Action::Last, None),
    b(Dir, k(Code::Enter), Action::ToggleCard, Some(T::HintCard)),
    b(Dir, k(Code::Esc), Action::EscapeDirectory, None),
    // Referring the current client: Ctrl-V ("verweisen") the selected or marked offers. Listed
    // before the filter keys so the footer keeps it at 80 columns: with a client, referring is
    // what the screen is for, and the filter line names its own keys.
    b(Dir, Key::ctrl('v'), Action::Refer, Some(T::HintRefer)),
    b(Dir, Key::ctrl('t'), Action::ToggleMark, Some(T::HintMark)),
    b(Dir, k(Code::F(5)), Action::ToggleNeed(Need::Spr), Some(T::HintTopNeeds)),
    b(Dir, k(Code::F(6)), Action::ToggleNeed(Need::Arb), Some(T::HintTopNeeds)),
    b(Dir, k(Code::F(7)), Action::ToggleNeed(Need::Woh), Some(T::HintTopNeeds)),
    b(Dir, k(Code::F(8)), Action::ToggleNeed(Need::Ane), Some(T::HintTopNeeds)),
    b(Dir, Key::ctrl('b'), Action::OpenMenu(MenuKind::Needs), Some(T::HintNeedMenu)),
    b(Dir, Key::ctrl('g'), Action::OpenMenu(MenuKind::Groups), None),
    b(Dir, Key::ctrl('l'), Action::OpenMenu(MenuKind::Languages), None),
    b(Dir, Key::ctrl('o'), Action::OpenMenu(MenuKind::Towns), None),
    b(Dir, Key::ctrl('x'), Action::ClearFilters, Some(T::HintClearFilters)),
    b(Dir, Key::ctrl('y'), Action::ToggleInactive, None),
    b(Dir, Key::ctrl('k'), Action::ClearCurrentClient, None),
    // "fehlt": nothing suitable found — record the gap (Ctrl-F, then Ctrl-S).
    b(Dir, Key::ctrl('f'), Action::RecordGap, Some(T::HintGap)),
    b(Card, Key::ctrl('v'), Action::Refer, Some(T::HintRefer)),
    b(Card, Key::ctrl('l'), Action::ShowAudit, None),
    // Keeping the directory current: the selected offer (or the one on the card).
    b(Upkeep, Key::ctrl('e'), Action::EditOffer, Some(T::HintEdit)),
    b(Upkeep, Key::ctrl('n'), Action::NewOffer, None),
    b(Upkeep, Key::ctrl('d'), Action::DuplicateOffer, None),
    b(Upkeep, Key::ctrl('r'), Action::ToggleOfferActive, None),
    b(Upkeep, Key::ctrl('p'), Action::StampVerified, None),
    b(Upkeep, Key::ctrl('a'), Action::OpenMenu(MenuKind::Upkeep), None),
    // The full card of one offer; typing goes back to the search.
    b(Card, k(Code::Up), Action::CardScrollUp, Some(T::HintScroll)),
    b(Card, k(Code::Down), Action::CardScrollDown, Some(T::HintScroll)),
    b(Card, k(Code::PageUp), Action::PageUp, None),
    b(Card, k(Code::PageDown), Action::PageDown, None),
    b(Card, k(Code::Esc), Action::CloseOverlay, Some(T::HintBack)),
    b(Card, k(Code::Enter), Action::CloseOverlay, None),
];

pub struct Directory {
    pub query: TextInput,
    pub filters: Filters,
    pub results: Results,
    /// How many hits to fetch.
    pub limit: usize,
    /// Selected row (index into `results.hits`) and scroll position.
    pub cursor: Cursor,
    /// The query or filters changed since the last search.
    pub pending: bool,
    /// The index over `Catalog::offers`; `None` until the background build finishes.
    pub index: Option<SearchIndex>,
    /// Offers marked (Ctrl-T) to be referred in one go.
    pub marked: Vec<OfferId>,
    /// The offer the open deactivate/reactivate question (Ctrl-R) is about.
    confirm: Option<OfferId>,
    /// What the current client adds to the order of the list (`rank`).
    for_client: rank::ForClient,
    waiting: Waiting<Then>,
}

/// What an answered write of this screen does.
#[derive(Debug)]
enum Then {
    /// An offer was stamped "geprüft" or (de)activated.
    Offer(OfferId, upkeep::SaveKind),
    /// The referral form's referrals; says `flash` once stored.
    Referred(String),
    /// A recorded gap.
    Gap,
    /// An import, export or backup from the upkeep menu.
    Files(files::Job),
}

impl Default for Directory {
    fn default() -> Self {
        Directory {
            query: TextInput::new(QUERY_MAX),
            filters: Filters::default(),
            results: Results::default(),
            limit: PAGE,
            cursor: Cursor::default(),
            pending: true,
            index: None,
            marked: Vec::new(),
            confirm: None,
            for_client: rank::ForClient::default(),
            waiting: Waiting::default(),
        }
    }
}

/// Rows of the result list on screen; paging moves by this much.
pub fn list_rows(size: (u16, u16)) -> usize {
    crate::app::layout::list_rows(size.0, size.1)
}

impl Directory {
    /// The offer under the selection, if any.
    pub fn selected<'c>(&self, catalog: &'c Catalog) -> Option<&'c Offer> {
        let hit = self.results.hits.get(self.cursor.selected)?;
        catalog.offers.get(hit.offer)
    }

    pub fn is_searchable(&self) -> bool {
        self.index.is_some()
    }

    /// Installs a finished index and searches with whatever was typed meanwhile.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.index = Some(index);
        self.pending = true;
        self.search();
    }

    /// Runs the pending search, once: a burst of keys costs one search.
    fn search(&mut self) {
        if !self.pending {
            return;
        }
        let Some(index) = self.index.as_mut() else { return };
        self.pending = false;
        let empty = self.query.value().trim().is_empty();
        let limit = self.limit.max(self.for_client.fetch(empty));
        self.results = index.search(self.query.value(), &self.filters, limit);
        self.for_client.order(&mut self.results.hits, empty);
        self.cursor.clamp(self.results.hits.len());
    }

    /// Follows the current client (`client`: the one about to be current): their town and
    /// needs change the order of the list.
    fn follow_client(&mut self, sh: &Shared, client: Option<u64>, force: bool) {
        if self.for_client.sync(sh, client, force) {
            self.pending = true;
        }
    }

    /// The offers that are possible duplicates of the selected one.
    pub fn duplicates_of_selected<'c>(&self, catalog: &'c Catalog) -> Vec<&'c Offer> {
        let (Some(hit), Some(index)) = (self.results.hits.get(self.cursor.selected), self.index.as_ref())
        else {
            return Vec::new();
        };
        index.duplicates_of(hit.offer).into_iter().filter_map(|i| catalog.offers.get(i)).collect()
    }

    /// The query or filters changed: search again from the top.
    fn reset_list(&mut self) {
        self.pending = true;
        self.cursor.reset();
        self.limit = PAGE;
    }

    pub fn keep_visible(&mut self, size: (u16, u16)) {
        self.cursor.keep_visible(list_rows(size));
    }

    fn clear_filters(&mut self) -> bool {
        if self.filters == Default::default() {
            return false;
        }
        self.filters = Default::default();
        self.reset_list();
        true
    }

    fn move_selection(&mut self, action: Action, sh: &Shared) -> bool {
        let rows = list_rows(sh.size);
        let total = self.results.total;
        if !self.cursor.step(action, total, rows) || total == 0 {
            return false;
        }
        // Past the fetched hits: fetch more (the ranking is deterministic, so rows stay put).
        if self.cursor.selected + rows >= self.results.hits.len() && self.results.hits.len() < total {
            self.limit = (self.cursor.selected + rows + PAGE).min(total);
            self.pending = true;
            self.search();
        }
        true
    }

    /// The directory's own keys (no upkeep, no referring).
    fn apply(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        use Action::*;
        match action {
            Up | Down | PageUp | PageDown | First | Last => self.move_selection(action, sh),
            CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward
            | DeleteWordBack | ClearField => {
                if self.query.apply(action) {
                    self.reset_list();
                }
                true
            }
            EscapeDirectory => {
                if !self.query.is_empty() {
                    self.query.clear();
                    self.reset_list();
                    true
                } else {
                    self.clear_filters()
                }
            }
            ToggleCard => {
                if self.selected(sh.catalog).is_some() {
                    out.open(Overlay::Card { scroll: 0 });
                }
                true
            }
            ToggleNeed(n) => {
                menu::toggle(&mut self.filters, &Choice::Need(n));
                self.reset_list();
                true
            }
            OpenMenu(kind) => {
                let c = sh.catalog;
                out.open(Overlay::Menu(Menu::build(kind, sh.lang, &c.towns, &c.languages)));
                true
            }
            ClearFilters => self.clear_filters(),
            ToggleInactive => {
                self.filters.include_inactive = !self.filters.include_inactive;
                self.reset_list();
                true
            }
            ClearCurrentClient => {
                self.follow_client(sh, None, false);
                out.counsel(None);
                sh.current_client.is_some()
            }
            _ => false,
        }
    }

    /// Ctrl-T: marks or unmarks the selected offer for referring several in one go.
    fn toggle_mark(&mut self, sh: &Shared, out: &mut Out) -> bool {
        // Keys typed in one burst reach here before the redraw that runs the search.
        self.search();
        let Some(id) = self.selected(sh.catalog).map(|o| o.id.clone()) else { return false };
        if let Some(i) = self.marked.iter().position(|m| *m == id) {
            self.marked.remove(i);
        } else if self.marked.len() >= referral_form::MAX_BATCH {
            out.error(sh.lang.f(Tl::TooManyMarks, &[&referral_form::MAX_BATCH]));
        } else {
            self.marked.push(id);
        }
        true
    }

    /// Ctrl-V: the referral form for the current client and the marked offers, or the
    /// selected one when none is marked.
    fn refer(&mut self, sh: &Shared, out: &mut Out) -> bool {
        self.search();
        if sh.current().is_none() {
            // Nobody is current (a new call, say): ask whom the referral is for. The selection
            // and the marks stay, so the form opens for them once a client is picked.
            if self.marked.is_empty() && self.selected(sh.catalog).is_none() {
                out.error(sh.lang.t(Tl::NoOfferSelected).to_string());
                return true;
            }
            out.go(Go::PickClient);
            out.info(sh.lang.t(Tl::PickClientHint).to_string());
            return true;
        }
        let ids: Vec<OfferId> = if self.marked.is_empty() {
            self.selected(sh.catalog).map(|o| vec![o.id.clone()]).unwrap_or_default()
        } else {
            self.marked.clone()
        };
        referral_form::open_refer(sh, &ids, &self.wanted_needs(), out)
    }

    /// The needs being searched for: the need filter's, then those a query word names (its
    /// code, "ABH" excepted as it is no need, or a word of its label: "wohnen", "kita").
    fn wanted_needs(&self) -> Vec<Need> {
        use crate::domain::text::fold;
        use crate::i18n::{Label, Lang};
        let mut out = self.filters.needs.clone();
        for w in self.query.value().split_whitespace().map(fold) {
            for n in Need::ALL {
                let names = |lang| fold(n.label(lang));
                let hit = fold(n.code()) == w
                    || (w.chars().count() >= 4
                        && [names(Lang::De), names(Lang::En)]
                            .iter()
                            .any(|l| l.split(|c: char| !c.is_alphanumeric()).any(|x| x.starts_with(&w))));
                if hit && !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        out
    }

    /// Shows an offer selected, with its card open. The search and filters are cleared so
    /// that the offer is certainly in the list.
    fn show_offer(&mut self, id: &OfferId, sh: &Shared, out: &mut Out) -> bool {
        let Some(idx) = sh.catalog.offers.iter().position(|o| o.id == *id) else {
            out.error(sh.lang.t(Tl::OfferGone).to_string());
            return false;
        };
        let inactive = sh.catalog.offers[idx].status == OfferStatus::Inactive;
        self.query.clear();
        self.filters = Default::default();
        self.filters.include_inactive = inactive;
        self.reset_list();
        self.limit = sh.catalog.offers.len().max(PAGE);
        self.search();
        if let Some(pos) = self.results.hits.iter().position(|h| h.offer == idx) {
            self.cursor.selected = pos;
            self.keep_visible(sh.size);
            out.open(Overlay::Card { scroll: 0 });
        }
        true
    }

    /// Filters to a client's needs; they become the current client.
    fn offers_for(&mut self, id: u64, sh: &Shared, out: &mut Out) -> bool {
        let Some(c) = sh.records.client(id) else { return false };
        self.filters = Default::default();
        self.filters.needs = c.needs.clone();
        self.follow_client(sh, Some(id), true);
        out.counsel(Some(id));
        self.query.clear();
        self.reset_list();
        true
    }
}

impl Component for Directory {
    fn contexts(&self) -> Vec<Context> {
        vec![Dir, Upkeep, Context::TextField, Context::Global]
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        self.follow_client(sh, sh.current_client, false);
        match action {
            Action::Refer => self.refer(sh, out),
            Action::ToggleMark => self.toggle_mark(sh, out),
            Action::ShowAudit => match self.selected(sh.catalog) {
                Some(o) => {
                    let back = Box::new(Go::Directory { card: true });
                    out.close();
                    out.go(Go::Audit { filter: o.id.to_string(), back });
                    true
                }
                None => false,
            },
            Action::RecordGap => {
                out.open(Overlay::Modal(crate::app::gap_form::open(sh, &self.filters)));
                true
            }
            a if upkeep::is_upkeep(a) => upkeep::act(self, a, sh, out),
            a => self.apply(a, sh, out),
        }
    }

    /// A typed character goes into the search.
    fn typed(&mut self, c: char, sh: &Shared, _out: &mut Out) -> bool {
        self.follow_client(sh, sh.current_client, false);
        if self.query.insert(c) {
            self.reset_list();
        }
        true
    }

    fn pasted(&mut self, text: &str, sh: &Shared, _out: &mut Out) -> bool {
        self.follow_client(sh, sh.current_client, false);
        if self.query.insert_str(text) {
            self.reset_list();
        }
        true
    }

    /// A filter chosen in a choice list.
    fn chosen(&mut self, choice: &Choice, sh: &Shared, out: &mut Out) -> bool {
        if let Some(form) = files::open(choice, sh) {
            out.open(Overlay::Modal(form));
            return true;
        }
        self.follow_client(sh, sh.current_client, false);
        menu::toggle(&mut self.filters, choice);
        self.reset_list();
        true
    }

    fn enter(&mut self, go: &Go, sh: &Shared, out: &mut Out) -> bool {
        self.follow_client(sh, sh.current_client, false);
        match go {
            Go::OffersFor(id) => self.offers_for(*id, sh, out),
            Go::Offer(id) => self.show_offer(id, sh, out),
            Go::SavedOffer { id, said, card } => {
                let Some(pos) = sh.catalog.offers.iter().position(|o| o.id == *id) else { return true };
                let revealed = upkeep::select(self, pos, true, sh);
                if *card && !revealed && self.selected(sh.catalog).is_some_and(|o| o.id == *id) {
                    out.open(Overlay::Card { scroll: 0 });
                }
                out.info(if revealed { sh.lang.f(Te::Revealed, &[said]) } else { said.clone() });
                true
            }
            Go::ReferPicked => self.refer(sh, out),
            Go::Directory { card } => {
                if *card && self.selected(sh.catalog).is_some() {
                    out.open(Overlay::Card { scroll: 0 });
                }
                true
            }
            _ => true,
        }
    }

    /// The referral form or the gap form opened here.
    fn modal(&mut self, m: &mut Modal, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        if files::is_files(&m.kind) {
            files::modal(self, m, ev, sh, out);
            return true;
        }
        if m.kind == ModalKind::Gap {
            if ev == FormEvent::Save
                && let Some(ticket) = crate::app::gap_form::save(m, sh, out)
            {
                self.waiting.push(ticket, Then::Gap);
            }
            return true;
        }
        match ev {
            FormEvent::Changed => referral_form::changed(m, sh),
            FormEvent::Save => {
                if let Some((ticket, flash)) = referral_form::save(m, sh, out) {
                    self.waiting.push(ticket, Then::Referred(flash));
                }
            }
            _ => {}
        }
        true
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        let Some(then) = self.waiting.take(ticket) else { return };
        if result.is_err() && !matches!(then, Then::Files(_)) {
            return;
        }
        match then {
            Then::Files(job) => files::saved(job, result, sh, out),
            Then::Offer(id, kind) => upkeep::saved(self, &id, kind, sh, out),
            Then::Referred(flash) => {
                self.marked.clear();
                out.close();
                out.info(flash);
            }
            Then::Gap => {
                out.close();
                out.info(sh.lang.t(crate::i18n::Tf::GapSaved).to_string());
            }
        }
    }

    /// The deactivate/reactivate question was answered yes.
    fn confirmed(&mut self, sh: &Shared, out: &mut Out) {
        upkeep::status_confirmed(self, sh, out);
    }

    fn changed(&mut self, what: &Changed, sh: &Shared) {
        match what {
            // The index is rebuilt (~90 ms at 10,000 offers), so the list shows the saved
            // version at once.
            Changed::Offer(_) | Changed::Offers => {
                self.index = Some(SearchIndex::build(&sh.catalog.offers));
                self.pending = true;
                self.follow_client(sh, sh.current_client, true);
            }
            Changed::Loaded => self.follow_client(sh, sh.current_client, true),
            Changed::Client(id) if sh.current_client == Some(*id) => {
                self.follow_client(sh, sh.current_client, true);
            }
            Changed::Day => upkeep::new_day(self, sh.today()),
            Changed::Size => self.keep_visible(sh.size),
            Changed::NewCall => {
                self.follow_client(sh, None, false);
                self.query.clear();
                self.filters = Default::default();
                self.marked.clear();
                self.reset_list();
            }
            _ => {}
        }
    }

    fn settle(&mut self) {
        self.search();
    }
}
