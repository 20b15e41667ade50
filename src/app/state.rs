//! Everything the screen shows, in memory: the shared data every screen reads (records,
//! catalogue, settings, clock) and one field per screen holding that screen's own state.
//! Rendering reads only this; it never queries the store and never re-runs a search.

use super::effect::Queue;
use super::overlay::Overlay;
use super::screen::Screen;
use super::screen::client_view::ClientView;
use super::screen::clients::ClientList;
use super::screen::directory::Directory;
use super::screen::intake::Intake;
use super::screen::log::Log;
use super::screen::offer_editor::OfferEditor;
use crate::domain::{AnonymousContact, Client, Date, LangCode, Offer, Referral, ReferralEvent, Settings};
use crate::i18n::Lang;
use crate::search::SearchIndex;
use chrono::NaiveDateTime;

/// Longest query accepted; longer pastes are cut (no counsellor types more).
pub const QUERY_MAX: usize = 200;
/// Hits fetched per search; grows when the counsellor scrolls past them.
pub const PAGE: usize = 200;

/// Person-related records, loaded at start and kept in step with every save.
#[derive(Debug, Default)]
pub struct Records {
    pub clients: Vec<Client>,
    pub referrals: Vec<Referral>,
    /// Every referral's history, in the order it happened.
    pub events: Vec<ReferralEvent>,
    /// The anonymous short contacts (Kurzkontakte).
    pub contacts: Vec<AnonymousContact>,
    /// Read only by the statistics (F11): follow-up consultations, recorded gaps, searches
    /// without result, and what erased clients left to the figures.
    pub consultations: Vec<crate::domain::Consultation>,
    pub gaps: Vec<crate::domain::Gap>,
    pub misses: Vec<crate::domain::SearchMiss>,
    pub traces: Vec<crate::domain::Trace>,
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
        upsert(&mut self.consultations, newer.consultations, |a, b| (a.client, a.id) == (b.client, b.id));
        upsert(&mut self.gaps, newer.gaps, |a, b| a.id == b.id);
        upsert(&mut self.misses, newer.misses, |a, b| a.key() == b.key());
        upsert(&mut self.traces, newer.traces, |a, b| a == b);
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

/// The offers, with what the filters offer to choose from. (The search index over them is
/// the directory's own: `screen::directory`.)
#[derive(Debug, Default)]
pub struct Catalog {
    pub offers: Vec<Offer>,
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
        Catalog { offers, towns, languages }
    }

    /// Takes in a stored offer (replacing its old version); returns its position.
    /// Takes many stored offers in at once (an import): changed ones in place, new ones at the
    /// end, the towns and languages counted once.
    pub fn put_all(&mut self, saved: Vec<Offer>) {
        let mut offers = std::mem::take(&mut self.offers);
        let mut at: std::collections::HashMap<crate::domain::OfferId, usize> =
            offers.iter().enumerate().map(|(i, o)| (o.id.clone(), i)).collect();
        for offer in saved {
            match at.get(&offer.id) {
                Some(&i) => offers[i] = offer,
                None => {
                    at.insert(offer.id.clone(), offers.len());
                    offers.push(offer);
                }
            }
        }
        *self = Catalog::new(offers);
    }

    pub fn put(&mut self, offer: Offer) -> usize {
        let mut offers = std::mem::take(&mut self.offers);
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
        *self = Catalog::new(offers);
        pos
    }
}

pub struct State {
    pub lang: Lang,
    /// The injected clock: set by the loop, fixed in tests.
    pub now: NaiveDateTime,
    pub source: Source,
    /// The screen that has the keys.
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub catalog: Catalog,
    pub records: Records,
    pub settings: Settings,
    /// The client being counselled now: shown in the header, referrals go to them.
    pub current_client: Option<u64>,
    pub flash: Option<Flash>,
    /// Terminal size as last reported, for paging and scrolling.
    pub size: (u16, u16),
    pub quit: bool,
    /// The privacy screen: personal data hidden (Ctrl-Z, or after the idle time).
    pub privacy: Privacy,
    /// Set when writes became impossible (disk full …): edits are refused with this reason.
    pub read_only: Option<String>,
    /// Lotse's own backups (none for the demo): where they go, and the last good one.
    pub backups: Option<Backups>,
    /// Writes asked for and not answered yet.
    pub queue: Queue,
    /// Drafts found on start while the question whether to continue them is open (`drafts`).
    pub pending_drafts: Option<crate::store::Drafts>,
    // The screens, each with its own state (registered in `screen`).
    /// The offer directory (F2), with the search index and the marked offers.
    pub dir: Directory,
    pub clients: ClientList,
    pub view: ClientView,
    pub intake: Intake,
    /// The referral log (F4): view, filters, selection.
    pub log: Log,
    pub editor: OfferEditor,
    /// Data protection (Ctrl-D in the client list): the audit trail, anonymisation due.
    pub audit: super::screen::audit::AuditScreen,
    /// The statistics (F11).
    pub stats: super::screen::stats::Stats,
    /// The forms every screen can open (F9, F12).
    pub desk: super::desk::Desk,
    #[cfg(test)]
    pub probe: super::screen::probe::Probe,
}

/// Lotse's own backups (`store::autobackup`): the folder, the day of the last good one, and
/// why the last attempt failed, if it did (shown in the header until one succeeds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backups {
    pub dir: std::path::PathBuf,
    pub last: Option<Date>,
    pub failed: Option<String>,
}

impl Backups {
    /// The header's warning: no good backup for more than two days (or none at all), or the
    /// last attempt failed.
    pub fn warning(&self, today: Date) -> bool {
        self.failed.is_some()
            || self.last.is_none_or(|d| d.add_days(crate::store::autobackup::WARN_DAYS) < today)
    }
}

/// The shared data as a screen sees it while it handles a message: read only. Screens change
/// it only by what they return (a write, which updates it once durable; the current client).
/// Whether the screen is hidden, and why; when the counsellor last pressed a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Privacy {
    pub hidden: Option<Hidden>,
    pub last_input: NaiveDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// The counsellor pressed the key.
    ByKey,
    /// No input for the idle time (minutes).
    Idle(u16),
}

pub struct Shared<'a> {
    pub lang: Lang,
    pub now: NaiveDateTime,
    pub size: (u16, u16),
    pub records: &'a Records,
    pub catalog: &'a Catalog,
    pub settings: &'a Settings,
    pub current_client: Option<u64>,
    /// Why writes are impossible, if they are.
    pub read_only: Option<&'a str>,
    /// What is open over the screen (the card, when a key on it reaches the directory).
    pub overlay: Option<&'a Overlay>,
    /// Lotse's own backup folder (none for the demo): where "Sicherung jetzt" writes.
    pub backup_dir: Option<&'a std::path::Path>,
}

impl Shared<'_> {
    pub fn today(&self) -> Date {
        Date::from_naive(self.now.date())
    }

    /// The client being counselled now, if any.
    pub fn current(&self) -> Option<&Client> {
        self.current_client.and_then(|id| self.records.client(id))
    }

    pub fn card_open(&self) -> bool {
        matches!(self.overlay, Some(Overlay::Card { .. }))
    }
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
            records: Records::default(),
            // No idle blanking until the desk's settings are read (main sets them right after):
            // a state made for a test or a benchmark never hides itself.
            settings: Settings { idle_minutes: 0, ..Settings::default() },
            current_client: None,
            flash: None,
            size: (80, 24),
            quit: false,
            privacy: Privacy { hidden: None, last_input: now },
            read_only: None,
            backups: None,
            queue: Queue::default(),
            pending_drafts: None,
            dir: Directory::default(),
            clients: ClientList::default(),
            view: ClientView::default(),
            intake: Intake::default(),
            log: Log::default(),
            editor: OfferEditor::default(),
            audit: Default::default(),
            stats: Default::default(),
            desk: Default::default(),
            #[cfg(test)]
            probe: Default::default(),
        }
    }

    pub fn today(&self) -> Date {
        Date::from_naive(self.now.date())
    }

    /// The offer under the directory's selection, if any.
    pub fn selected_offer(&self) -> Option<&Offer> {
        self.dir.selected(&self.catalog)
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

    /// Open follow-ups due today or earlier, the intakes' own included; shown in the header on
    /// every screen.
    pub fn due_count(&self) -> usize {
        let today = self.today();
        let refs = &self.records.referrals;
        let intakes = self
            .records
            .clients
            .iter()
            .filter(|c| crate::domain::referral::intake_follow_up_due(c, refs, today).is_some())
            .count();
        refs.iter().filter(|r| crate::domain::referral::is_due(r, today)).count() + intakes
    }

    /// Installs a finished index and searches with whatever was typed meanwhile.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.dir.set_index(index);
    }

    /// Finishes what screens deferred (the directory's search), once, before a redraw: a burst
    /// of keys costs one search.
    pub fn settle(&mut self) {
        for &s in Screen::ALL {
            self.component_mut(super::effect::Owner::Screen(s)).settle();
        }
    }
}
