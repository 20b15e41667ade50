//! Everything the screen shows, in memory. Rendering reads only this; it never queries the
//! store and never re-runs a search.

use super::effect::Effect;
use super::input::TextInput;
use super::list::Cursor;
use super::menu::Menu;
use super::modal::Modal;
use super::pending::Pending;
use crate::domain::{AnonymousContact, Client, Date, LangCode, Offer, Referral, ReferralEvent, Settings};
use crate::i18n::Lang;
use crate::search::{Filters, Results, SearchIndex};
use chrono::NaiveDateTime;

/// Longest query accepted; longer pastes are cut (no counsellor types more).
pub const QUERY_MAX: usize = 200;
/// Hits fetched per search; grows when the counsellor scrolls past them.
pub const PAGE: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The offer directory (opens first).
    Directory,
    /// The client list.
    Clients,
    /// One client with its referrals.
    ClientView,
    /// The intake form (new or edited client).
    Intake,
    /// The referral log and follow-ups.
    Log,
    /// The offer editor (new, edited or copied offer).
    OfferEditor,
}

/// Something drawn over the screen that takes the keys while open.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Menu(Menu),
    /// The full card of the selected offer.
    Card {
        scroll: u16,
    },
    /// A yes/no question; yes runs `then`, no returns to `behind`.
    Confirm {
        question: String,
        then: ConfirmAction,
        behind: Option<Box<Overlay>>,
    },
    /// A small form over the screen (counsellor name, short contact, referral …).
    Modal(Modal),
}

/// What a confirmed question does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    /// Quit although a form has unsaved changes.
    Quit,
    /// Close the intake form without saving.
    DiscardIntake,
    /// Close the small form without saving.
    DiscardModal,
    /// Close the offer editor without saving.
    DiscardOfferEditor,
    /// Deactivate or reactivate the offer named in `offer_edit.confirm`.
    OfferStatus,
}

/// Person-related records, loaded at start and kept in step with every save.
#[derive(Debug, Default)]
pub struct Records {
    pub clients: Vec<Client>,
    pub referrals: Vec<Referral>,
    /// Every referral's history, in the order it happened.
    pub events: Vec<ReferralEvent>,
    /// The anonymous short contacts (Kurzkontakte).
    pub contacts: Vec<AnonymousContact>,
}

impl Records {
    /// Takes in what was saved while these records were being read (the background load at
    /// start): a saved record may be missing from what was read, or older there, so the newer
    /// one wins; history entries already read are not doubled.
    pub fn merge_newer(&mut self, newer: Records) {
        fn upsert<T>(into: &mut Vec<T>, items: Vec<T>, same: impl Fn(&T, &T) -> bool) {
            for item in items {
                match into.iter_mut().find(|x| same(x, &item)) {
                    Some(old) => *old = item,
                    None => into.push(item),
                }
            }
        }
        upsert(&mut self.clients, newer.clients, |a, b| a.id == b.id);
        upsert(&mut self.referrals, newer.referrals, |a, b| a.id == b.id);
        upsert(&mut self.contacts, newer.contacts, |a, b| a.id == b.id);
        upsert(&mut self.events, newer.events, |a, b| a == b);
    }

    pub fn client(&self, id: u64) -> Option<&Client> {
        self.clients.iter().find(|c| c.id == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    Info,
    Error,
}

/// A one-line message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub kind: FlashKind,
    pub text: String,
}

/// Where the data comes from, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub demo: bool,
    pub path: String,
}

/// The offers and their index. `index` is `None` until the background build finishes.
#[derive(Default)]
pub struct Catalog {
    pub offers: Vec<Offer>,
    pub index: Option<SearchIndex>,
    /// Towns of all offers, sorted, for the town filter.
    pub towns: Vec<String>,
    /// Languages offered, with how many offers speak each, most common first.
    pub languages: Vec<(LangCode, usize)>,
}

impl Catalog {
    pub fn new(offers: Vec<Offer>) -> Catalog {
        let mut towns: Vec<String> = offers
            .iter()
            .flat_map(|o| std::iter::once(&o.town).chain(o.towns()))
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        towns.sort_by_key(|t| crate::domain::text::fold(t));
        towns.dedup();
        let mut langs: std::collections::BTreeMap<LangCode, usize> = Default::default();
        for l in offers.iter().flat_map(|o| &o.languages) {
            *langs.entry(*l).or_default() += 1;
        }
        let mut languages: Vec<_> = langs.into_iter().collect();
        languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Catalog { offers, index: None, towns, languages }
    }

    pub fn is_searchable(&self) -> bool {
        self.index.is_some()
    }
}

pub struct DirectoryState {
    pub query: TextInput,
    pub filters: Filters,
    pub results: Results,
    /// How many hits to fetch.
    pub limit: usize,
    /// Selected row (index into `results.hits`) and scroll position.
    pub cursor: Cursor,
    /// The query or filters changed since the last search.
    pub pending: bool,
}

impl Default for DirectoryState {
    fn default() -> Self {
        DirectoryState {
            query: TextInput::new(QUERY_MAX),
            filters: Filters::default(),
            results: Results::default(),
            limit: PAGE,
            cursor: Cursor::default(),
            pending: true,
        }
    }
}

pub struct State {
    pub lang: Lang,
    /// The injected clock: set by the loop, fixed in tests.
    pub now: NaiveDateTime,
    pub source: Source,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub catalog: Catalog,
    pub dir: DirectoryState,
    pub records: Records,
    /// The client being counselled now: shown in the header, referrals go to them.
    pub current_client: Option<u64>,
    pub clients: super::clients::ClientsState,
    pub flash: Option<Flash>,
    /// Terminal size as last reported, for paging and scrolling.
    pub size: (u16, u16),
    pub quit: bool,
    /// Writes requested by the current message; `update` hands them to the loop.
    pub outbox: Vec<Effect>,
    /// What to do once the write in flight has succeeded.
    pub pending: Option<Pending>,
    /// Set when writes became impossible (disk full …): edits are refused with this reason.
    pub read_only: Option<String>,
    pub settings: Settings,
    /// The referral log (F4): view, filters, selection.
    pub log: super::log::LogState,
    /// Offers marked in the directory (Ctrl-T) to be referred in one go.
    pub marked: Vec<crate::domain::OfferId>,
    /// The offer editor's draft and the offer a status question is about.
    pub offer_edit: super::offer_editor::OfferEditState,
}

impl State {
    pub fn new(lang: Lang, now: NaiveDateTime, source: Source, offers: Vec<Offer>) -> State {
        State {
            lang,
            now,
            source,
            screen: Screen::Directory,
            overlay: None,
            catalog: Catalog::new(offers),
            dir: DirectoryState::default(),
            records: Records::default(),
            current_client: None,
            clients: Default::default(),
            flash: None,
            size: (80, 24),
            quit: false,
            outbox: Vec::new(),
            pending: None,
            read_only: None,
            settings: Settings::default(),
            log: Default::default(),
            marked: Vec::new(),
            offer_edit: Default::default(),
        }
    }

    pub fn today(&self) -> Date {
        Date::from_naive(self.now.date())
    }

    /// The offer under the selection, if any.
    pub fn selected_offer(&self) -> Option<&Offer> {
        let hit = self.dir.results.hits.get(self.dir.cursor.selected)?;
        self.catalog.offers.get(hit.offer)
    }

    /// The client being counselled now, if any.
    pub fn current(&self) -> Option<&Client> {
        self.current_client.and_then(|id| self.records.client(id))
    }

    /// Why an offer does not fit the current client (empty without one).
    pub fn mismatches(&self, offer: &Offer) -> Vec<crate::domain::eligibility::Mismatch> {
        match self.current() {
            Some(c) => crate::domain::eligibility::mismatches(offer, c, self.today()),
            None => Vec::new(),
        }
    }

    /// Open follow-ups due today or earlier; shown in the header on every screen.
    pub fn due_count(&self) -> usize {
        let today = self.today();
        self.records.referrals.iter().filter(|r| crate::domain::referral::is_due(r, today)).count()
    }

    /// A text input or form has unsaved changes (quitting asks first).
    pub fn has_unsaved_changes(&self) -> bool {
        let modal = matches!(&self.overlay, Some(Overlay::Modal(m)) if m.form.dirty);
        modal
            || self.clients.intake.as_ref().is_some_and(|i| i.form.dirty)
            || self.offer_edit.editor.as_ref().is_some_and(|e| e.form.dirty)
    }

    /// Asks the loop to write something; `then` runs once it is durable.
    pub fn request(&mut self, effect: Effect, then: Pending) {
        self.outbox.push(effect);
        self.pending = Some(then);
    }

    /// Installs a finished index and searches with whatever was typed meanwhile.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.catalog.index = Some(index);
        self.dir.pending = true;
        self.settle();
    }

    /// Runs the pending search, once, before a redraw: a burst of keys costs one search.
    pub fn settle(&mut self) {
        if !self.dir.pending {
            return;
        }
        let Some(index) = self.catalog.index.as_mut() else { return };
        self.dir.pending = false;
        self.dir.results = index.search(self.dir.query.value(), &self.dir.filters, self.dir.limit);
        self.dir.cursor.clamp(self.dir.results.hits.len());
    }
}
