//! Store writes `update` asks for, as a queue of effects. Each [`Effect`] carries a [`Ticket`]:
//! who asked (a screen, or the desk's small forms) and which of its writes this is. The loop
//! runs the write and answers with `Msg::Saved(ticket, result)`; only then does the state show
//! "gespeichert" — a save is durable before the counsellor is told so. Several writes can be in
//! flight at once (one action may ask for two; an answer may ask for another), and each answer
//! goes to the one that asked, which keeps under the ticket what it will do with it
//! ([`Waiting`]).

use super::screen::Screen;
use crate::domain::audit::AuditEntry;
use crate::domain::{AnonymousContact, Client, Date, Offer, Referral, ReferralEvent, Settings};
use crate::i18n::Lang;
use crate::store::{Applied, Change, Erased};
use std::path::PathBuf;

/// Who asked for a write (and gets its answer): a screen, or the desk (the counsellor's name,
/// the short contact — forms every screen can open).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
    Screen(Screen),
    Desk,
}

/// Names one write: who asked, and a number unique for this run of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ticket {
    pub owner: Owner,
    pub n: u64,
}

/// One write to run, and the ticket its answer must carry back.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub ticket: Ticket,
    pub write: Write,
}

/// What to store. Each write is one atomic step of the store (several records saved together
/// are one write, e.g. the referrals of a batch).
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    SaveSettings(Settings),
    /// `new`: the store assigns the next client number (K-0001, K-0002 …).
    SaveClient {
        client: Box<Client>,
        new: bool,
    },
    /// A changed client, stored only over `base`, the client as its form was opened; refused
    /// (`StoreError::Conflict`) when another desk changed it since.
    SaveClientIf {
        client: Box<Client>,
        base: Box<Client>,
    },
    /// The store assigns the id.
    SaveContact(AnonymousContact),
    /// Referrals with their new history entries, in one transaction. `new`: the store assigns
    /// each referral its number (answered in `Done::ids`, in order).
    SaveReferrals {
        items: Vec<(Referral, ReferralEvent)>,
        new: bool,
    },
    /// A history entry that leaves the referral as it is (a note).
    AddReferralEvent(ReferralEvent),
    /// An offer made or changed in Lotse. `new`: the store hands out a number and the offer
    /// gets the id `O-` and that number (answered in `Done::id`; see `OfferId::numbered`).
    SaveOffer {
        offer: Box<Offer>,
        new: bool,
    },
    /// Erases a client with every referral, history entry and consultation of theirs; the
    /// store leaves no byte of them on disk (answered with `Payload::Erased`).
    EraseClient(u64),
    /// Anonymises these clients (retention is over): answered with their records as they are
    /// now stored (`Payload::Records`).
    Anonymise {
        ids: Vec<u64>,
        today: Date,
    },
    /// Writes the person's own copy (text and JSON) into the copies folder and logs it as
    /// exported (answered with the files written, `Payload::Files`).
    PersonCopy {
        client: u64,
        lang: Lang,
        today: Date,
    },
    /// Reads the audit trail. A read, but through the same queue, so that its answer comes
    /// back to the screen that asked like a write's (`Payload::Audit`).
    ReadAudit,
    /// A recorded service gap; the store hands out its number.
    SaveGap(crate::domain::Gap),
    /// A changed offer, stored only over `base`, the offer as its editor was opened.
    SaveOfferIf {
        offer: Box<Offer>,
        base: Box<Offer>,
    },
    /// The upkeep menu's import: the same code as `lotse import` (answered with
    /// `Payload::Imported`: its report and the offers it saved).
    Import(ImportJob),
    /// The upkeep menu's export, as `lotse export -o FILE` (answered with `Payload::Written`).
    Export(ExportJob),
    /// A backup on demand, written and checked as Lotse's own backups are (answered with
    /// `Payload::BackedUp`).
    Backup {
        file: PathBuf,
        created_unix: i64,
    },
}

/// What to import, as `lotse import` is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportJob {
    pub file: PathBuf,
    /// Workbooks: the sheet (default: the first visible one).
    pub sheet: Option<String>,
    /// Check and report only.
    pub dry_run: bool,
    /// Save the rows without errors although others are rejected.
    pub skip_invalid: bool,
}

/// The formats of an export from the upkeep menu (those of `lotse export`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Csv,
    Xlsx,
    Json,
    Hsds,
}

impl ExportKind {
    pub const ALL: [ExportKind; 4] = [ExportKind::Csv, ExportKind::Xlsx, ExportKind::Json, ExportKind::Hsds];

    /// The file name ending a file of this kind gets (HSDS is a folder: none).
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Csv => "csv",
            ExportKind::Xlsx => "xlsx",
            ExportKind::Json => "json",
            ExportKind::Hsds => "",
        }
    }
}

/// What to export, as `lotse export` is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    pub file: PathBuf,
    pub kind: ExportKind,
    pub with_internal: bool,
}

impl Write {
    /// The write in the store's words: the changes one `Store::apply` stores together.
    pub fn changes(&self) -> Vec<Change<'_>> {
        match self {
            Write::SaveSettings(s) => vec![Change::Settings(s)],
            Write::SaveClient { client, new: true } => vec![Change::NewClient(client)],
            Write::SaveClient { client, new: false } => vec![Change::Client(client)],
            Write::SaveContact(c) => vec![Change::NewContact(c)],
            Write::SaveReferrals { items, new: true } => vec![Change::NewReferrals(items)],
            Write::SaveReferrals { items, new: false } => vec![Change::Referrals(items)],
            Write::AddReferralEvent(ev) => vec![Change::ReferralEvent(ev)],
            Write::SaveOffer { offer, new: true } => vec![Change::NewOffer(offer)],
            Write::SaveOffer { offer, new: false } => vec![Change::Offers(std::slice::from_ref(offer))],
            // Not one `apply`: the loop runs these through their own store calls.
            Write::EraseClient(_)
            | Write::Anonymise { .. }
            | Write::PersonCopy { .. }
            | Write::ReadAudit
            | Write::Import(_)
            | Write::Export(_)
            | Write::Backup { .. } => Vec::new(),
            Write::SaveGap(g) => vec![Change::NewGap(g)],
            Write::SaveClientIf { client, base } => vec![Change::ClientIf { client, base }],
            Write::SaveOfferIf { offer, base } => vec![Change::OfferIf { offer, base }],
        }
    }
}

/// Why a write failed, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    pub message: String,
    /// Further writes cannot succeed until restart (disk full, no permission).
    pub blocks_writes: bool,
}

/// A successful write: the numbers the store gave new records, in order (`ids`), and the first
/// of them (`id`; the one number of a new client, contact or offer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Done {
    pub id: Option<u64>,
    pub ids: Vec<u64>,
    /// What a write that is not one `apply` answers with.
    pub payload: Payload,
}

/// The answer of the writes that are not one `apply` (erasure, anonymisation, the person's
/// copy, reading the audit trail).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Payload {
    #[default]
    None,
    Erased(Erased),
    /// Clients as stored now, with their referrals and every history entry of those.
    Records {
        clients: Vec<Client>,
        referrals: Vec<Referral>,
        events: Vec<ReferralEvent>,
    },
    Files(Vec<PathBuf>),
    Audit(Vec<AuditEntry>),
    /// An import from the upkeep menu: the report as `lotse import` prints it, the offers it
    /// saved (none for a dry run or a refused file), and how many rows it rejected.
    Imported {
        report: String,
        saved: Vec<Offer>,
        rejected: usize,
    },
    /// A file written (an export): the sentence saying where.
    Written(String),
    /// A backup on demand: where, and how many records it holds.
    BackedUp {
        file: PathBuf,
        records: u64,
    },
}

impl Done {
    /// The numbers one write's first change was given (a write is one change today).
    pub fn from_applied(applied: Applied) -> Done {
        let ids = applied.ids.into_iter().next().unwrap_or_default();
        Done { id: ids.first().copied(), ids, payload: Payload::None }
    }
}

/// What one message did.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub redraw: bool,
    /// Writes to run, in the order asked; answer each with `Msg::Saved(effect.ticket, …)`.
    pub effects: Vec<Effect>,
}

/// What a screen will do with the answers to its writes, kept by ticket until they come.
#[derive(Debug)]
pub struct Waiting<T> {
    items: Vec<(Ticket, T)>,
}

impl<T> Default for Waiting<T> {
    fn default() -> Self {
        Waiting { items: Vec::new() }
    }
}

impl<T> Waiting<T> {
    pub fn push(&mut self, ticket: Ticket, then: T) {
        self.items.push((ticket, then));
    }

    /// What was to be done with this answer (once: a second answer finds nothing).
    pub fn take(&mut self, ticket: Ticket) -> Option<T> {
        let i = self.items.iter().position(|(t, _)| *t == ticket)?;
        Some(self.items.remove(i).1)
    }
}

/// The writes asked for and not answered yet. `update` hands new ones to the loop (`outbox`)
/// and keeps a copy until the answer comes, so that it can take the saved records into memory.
#[derive(Debug, Default)]
pub struct Queue {
    next: u64,
    /// Asked for by the current message; `update` returns them.
    pub(super) outbox: Vec<Effect>,
    /// Handed to the loop, waiting for their answer, in the order asked.
    pub(super) in_flight: Vec<Effect>,
}

impl Queue {
    /// A new ticket for `owner`'s next write.
    pub(super) fn ticket(&mut self, owner: Owner) -> Ticket {
        self.next += 1;
        Ticket { owner, n: self.next }
    }

    pub(super) fn push(&mut self, effect: Effect) {
        self.in_flight.push(effect.clone());
        self.outbox.push(effect);
    }

    /// The write this answer is for, once.
    pub(super) fn answered(&mut self, ticket: Ticket) -> Option<Effect> {
        let i = self.in_flight.iter().position(|e| e.ticket == ticket)?;
        Some(self.in_flight.remove(i))
    }

    /// Writes asked for and not answered yet.
    pub fn in_flight(&self) -> &[Effect] {
        &self.in_flight
    }
}
