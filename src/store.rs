//! Where Lotse keeps its records: one interface in domain words, [`Store`], that everything
//! above holds as `dyn Store` without knowing which database runs behind it. Today there is one
//! implementation, [`SledStore`] (the embedded sled database of a single desk, `embedded`);
//! a server backend for a team implements the same trait and runs the same test suite
//! (`tests/store_suite.rs`).
//!
//! The contract every backend keeps:
//! - **Writes are one atomic, durable step.** [`Store::apply`] takes a list of [`Change`]s and
//!   stores all of them or none; it returns only once they are on disk (or on the server),
//!   so the screen may say "gespeichert". New records get their number inside that step
//!   (counters are records too, so backups carry them).
//! - **Reads return domain values**, decoded from one versioned encoding (`codec`) wherever a
//!   backend stores bytes; a damaged record is an error that names the record, never a
//!   silently shorter list.
//! - **Whole-database copies go record by record** ([`Store::export_records`],
//!   [`Store::import_records`]), by kind and encoding version, independent of how a backend
//!   lays them out; backups (`backup`) are built on that alone.
//! - **Errors are the store's own kinds** ([`StoreError`]), each with one sentence for the user.

pub mod autobackup;
pub mod backup;
pub mod codec;
mod embedded;
mod error;
pub mod postgres;
pub mod records;

pub(crate) use embedded::write_conflict as embedded_conflict;
pub use embedded::{CACHE_BYTES, SledStore, counters::CounterRepair, counters::Seq, migrate::SCHEMA_VERSION};
pub use error::StoreError;

pub use records::{Draft, DraftField, DraftForm, DraftValue, Drafts, Kind, Record};

use crate::domain::audit::{AuditAction, AuditEntry, Subject};
use crate::domain::referral::{ClientId, Referral, ReferralEvent, ReferralId};
use crate::domain::{
    AnonymousContact, Client, Consultation, Date, Gap, Need, Offer, OfferId, SearchMiss, Settings, Trace,
    YearMonth,
};
use std::path::Path;

pub type Result<T> = std::result::Result<T, StoreError>;

/// One write, in domain words. A list of them goes to [`Store::apply`] as one atomic step.
/// `New…` changes ask the store for numbers; the record's own id is a placeholder then.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    Settings(&'a Settings),
    /// A new client: gets the next client number (K-0001, K-0002 …).
    NewClient(&'a Client),
    /// A changed client, stored under its id.
    Client(&'a Client),
    /// A changed client, stored only if the stored one is still `base` (the version the form
    /// was loaded from); otherwise [`StoreError::Conflict`] names the fields changed since, at
    /// another desk, and nothing is stored (optimistic versioning).
    ClientIf {
        client: &'a Client,
        base: &'a Client,
    },
    /// A new anonymous short contact: gets the next contact number.
    NewContact(&'a AnonymousContact),
    /// New referrals, each with its first history entry. Every referral gets the next referral
    /// number; items sharing a placeholder id (one referral with several entries) share it.
    NewReferrals(&'a [(Referral, ReferralEvent)]),
    /// Changed referrals, each with the history entry that says what changed.
    Referrals(&'a [(Referral, ReferralEvent)]),
    /// A history entry that leaves its referral as it is (a note).
    ReferralEvent(&'a ReferralEvent),
    /// An offer made in Lotse: gets the next free `O-` number.
    NewOffer(&'a Offer),
    /// Offers stored under their own ids (edited, imported), inserted or replaced.
    Offers(&'a [Offer]),
    /// A changed offer, stored only if the stored one is still `base` (as [`Change::ClientIf`]).
    OfferIf {
        offer: &'a Offer,
        base: &'a Offer,
    },
    /// Only an audit entry: something happened to a record without changing it (exported).
    Logged(AuditAction, &'a Subject),
    /// A follow-up consultation of an existing client: gets the next consultation number.
    NewConsultation(&'a Consultation),
    /// A recorded service gap: gets the next gap number (L-0001 …).
    NewGap(&'a Gap),
    /// One more directory search with the need filter `need` (and town filter `town`, empty
    /// without one) that found no active offer in `month`.
    SearchMiss {
        month: YearMonth,
        need: Need,
        town: &'a str,
    },
}

/// What [`Store::apply`] handed out: one entry per change, in order — the new number of a
/// `NewClient`, `NewContact`, `NewOffer`, `NewConsultation` or `NewGap`, the new referral numbers of `NewReferrals` (in
/// order of first appearance), nothing for the others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub ids: Vec<Vec<u64>>,
}

impl Applied {
    /// The first number handed out by change `i`, if it got one.
    pub fn id(&self, i: usize) -> Option<u64> {
        self.ids.get(i).and_then(|v| v.first().copied())
    }
}

/// What an erasure removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub referrals: usize,
    pub events: usize,
}

/// What other desks wrote after a change mark ([`Store::changes_since`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// The mark now; pass it to the next call.
    pub mark: u64,
    /// Clients, referrals, history, contacts or anything else but offers changed (or went).
    pub records: bool,
    /// Offers changed.
    pub offers: bool,
}

/// The records every screen and command reads and writes, in domain words.
pub trait Store: Send + Sync {
    /// Where the data is, for the header and for messages (a directory today).
    fn location(&self) -> String;
    /// The schema version recorded in the database: on a desk the records' schema, on a server
    /// the version of its tables (`postgres::schema`).
    fn schema_version(&self) -> Result<Option<u32>>;
    /// Counters found behind their records when the store was opened, and raised.
    fn repairs(&self) -> &[CounterRepair];
    /// Why the store was opened for reading only: it holds fewer saves than were made (a
    /// desk database whose files were damaged, see `embedded::mark`). Writes are refused.
    fn damage(&self) -> Option<StoreError> {
        None
    }
    /// The last number handed out for `seq` (0 when none yet).
    fn counter(&self, seq: Seq) -> Result<u64>;

    /// Stores every change or none, durably, handing out numbers for new records.
    fn apply(&self, changes: &[Change<'_>]) -> Result<Applied>;

    /// The desk's settings; defaults when none were saved yet.
    fn settings(&self) -> Result<Settings>;
    fn offer_count(&self) -> Result<usize>;
    /// All offers in id order.
    fn all_offers(&self) -> Result<Vec<Offer>>;
    fn offer(&self, id: &OfferId) -> Result<Option<Offer>>;
    fn all_clients(&self) -> Result<Vec<Client>>;
    fn client(&self, id: u64) -> Result<Option<Client>>;
    fn all_contacts(&self) -> Result<Vec<AnonymousContact>>;
    fn all_referrals(&self) -> Result<Vec<Referral>>;
    fn referral(&self, id: ReferralId) -> Result<Option<Referral>>;
    fn referrals_of(&self, client: ClientId) -> Result<Vec<Referral>>;
    fn referrals_for_offer(&self, offer: &OfferId) -> Result<Vec<Referral>>;
    /// Open referrals whose follow-up is `today` or earlier, oldest first.
    fn due_followups(&self, today: Date) -> Result<Vec<Referral>>;
    /// A referral's history in the order it happened.
    fn events_of(&self, id: ReferralId) -> Result<Vec<ReferralEvent>>;
    /// Every referral's history entries, grouped by referral, in order.
    fn all_referral_events(&self) -> Result<Vec<ReferralEvent>>;
    /// Every follow-up consultation, grouped by client, in the order they were stored.
    fn all_consultations(&self) -> Result<Vec<Consultation>>;
    /// Client `client`'s follow-up consultations, in the order they were stored.
    fn consultations_of(&self, client: u64) -> Result<Vec<Consultation>>;
    /// Every recorded service gap, by number.
    fn all_gaps(&self) -> Result<Vec<Gap>>;
    /// The counts of searches without result, by month, need and town.
    fn all_search_misses(&self) -> Result<Vec<SearchMiss>>;
    /// What erased clients left to the figures (`domain::trace`), in no meaningful order.
    fn all_traces(&self) -> Result<Vec<Trace>>;
    /// Compares what the store derives (indexes, histories) with its records; one line per
    /// inconsistency, empty when all is well.
    fn check_consistency(&self) -> Result<Vec<String>>;

    /// Every record, by kind, for a backup; a consistent snapshot.
    fn export_records(&self) -> Result<Vec<Record>>;
    /// How many records of each kind are stored (the schema version not counted).
    fn contents(&self) -> Result<Vec<(Kind, u64)>>;
    /// Writes `records` (already checked to decode) into this store, which must be empty, in
    /// one atomic step, and derives what the store derives (indexes); then raises counters
    /// past the records and returns what it raised.
    fn import_records(&self, records: &[Record]) -> Result<Vec<CounterRepair>>;

    /// Erases client `id` with every referral, history entry and consultation of theirs, so that nothing of
    /// them is left in the store's files (the embedded database is rewritten; deleted values
    /// stay on disk otherwise). `None` when there is no such client.
    fn erase_client(&self, id: u64) -> Result<Option<Erased>>;

    /// Replaces each client of `ids` and their referrals and history by anonymised versions
    /// (`domain::retention`: no name, contact details or free text, dates as months), and
    /// leaves no old byte in the store's files. Returns how many there were.
    fn anonymise_clients(&self, ids: &[u64], today: Date) -> Result<usize>;

    /// The audit trail, oldest first.
    fn audit_log(&self) -> Result<Vec<AuditEntry>>;

    /// The forms kept as drafts when Lotse last stopped without saving them (issue 16).
    fn drafts(&self) -> Result<Option<Drafts>>;
    /// Keeps the open forms as drafts, durably like every write, or clears them (`None`).
    fn put_drafts(&self, drafts: Option<&Drafts>) -> Result<()>;
    /// The change mark now: a number that grows with every write to this database.
    fn change_mark(&self) -> Result<u64>;
    /// What other users of this database (other desks) wrote after `mark`; cheap enough to ask
    /// every second. A desk database has no other users: nothing, ever.
    fn changes_since(&self, mark: u64) -> Result<Changes>;

    // ---- shorthands for single changes ----

    fn put_settings(&self, s: &Settings) -> Result<()> {
        self.apply(&[Change::Settings(s)]).map(drop)
    }
    fn create_client(&self, c: &Client) -> Result<u64> {
        self.apply(&[Change::NewClient(c)]).map(|a| a.id(0).unwrap_or_default())
    }
    fn put_client(&self, c: &Client) -> Result<()> {
        self.apply(&[Change::Client(c)]).map(drop)
    }
    fn create_contact(&self, c: &AnonymousContact) -> Result<u64> {
        self.apply(&[Change::NewContact(c)]).map(|a| a.id(0).unwrap_or_default())
    }
    fn create_referrals(&self, items: &[(Referral, ReferralEvent)]) -> Result<Vec<ReferralId>> {
        let applied = self.apply(&[Change::NewReferrals(items)])?;
        Ok(applied.ids.first().map(|ids| ids.iter().map(|&n| ReferralId(n)).collect()).unwrap_or_default())
    }
    fn save_referrals(&self, items: &[(Referral, ReferralEvent)]) -> Result<()> {
        self.apply(&[Change::Referrals(items)]).map(drop)
    }
    fn add_referral_event(&self, ev: &ReferralEvent) -> Result<()> {
        self.apply(&[Change::ReferralEvent(ev)]).map(drop)
    }
    /// Returns the new offer's id and its number.
    fn create_offer(&self, o: &Offer) -> Result<(OfferId, u64)> {
        let n = self.apply(&[Change::NewOffer(o)])?.id(0).unwrap_or_default();
        Ok((OfferId::numbered(n), n))
    }
    fn put_offer(&self, o: &Offer) -> Result<()> {
        self.apply(&[Change::Offers(std::slice::from_ref(o))]).map(drop)
    }
    fn put_offers(&self, offers: &[Offer]) -> Result<()> {
        self.apply(&[Change::Offers(offers)]).map(drop)
    }
    fn create_consultation(&self, c: &Consultation) -> Result<u64> {
        self.apply(&[Change::NewConsultation(c)]).map(|a| a.id(0).unwrap_or_default())
    }
    fn create_gap(&self, g: &Gap) -> Result<u64> {
        self.apply(&[Change::NewGap(g)]).map(|a| a.id(0).unwrap_or_default())
    }
    fn count_search_miss(&self, month: YearMonth, need: Need, town: &str) -> Result<()> {
        self.apply(&[Change::SearchMiss { month, need, town }]).map(drop)
    }
}

/// The server address `path` is, when it is one (`postgres://…`, `postgresql://…`).
fn server_address(path: &Path) -> Option<&str> {
    path.to_str().filter(|s| postgres::is_server_address(s))
}

/// Opens (creating if needed) the desk database at `path`, or the team's database on the
/// PostgreSQL server when `path` is a `postgres://` address.
pub fn open(path: &Path) -> Result<Box<dyn Store>> {
    if let Some(address) = server_address(path) {
        return Ok(Box::new(postgres::PgStore::open(address)?));
    }
    Ok(Box::new(SledStore::open(path)?))
}

/// Opens the desk database at `path` only if it exists (for commands that only read). A
/// server database is opened as it is (its schema is created on the first start).
pub fn open_existing(path: &Path) -> Result<Box<dyn Store>> {
    if let Some(address) = server_address(path) {
        return Ok(Box::new(postgres::PgStore::open(address)?));
    }
    Ok(Box::new(SledStore::open_existing(path)?))
}
