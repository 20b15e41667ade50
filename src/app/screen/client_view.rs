//! One client (Enter in the client list): their record and their referrals, with the keys that
//! change the selected referral (status, postpone, note) and lead to its offer.

use super::{Changed, Component};
use crate::app::action::Action;
use crate::app::effect::{Done, Payload, SaveError, Ticket, Waiting, Write};
use crate::app::form::FormEvent;
use crate::app::key::{Code, Key};
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::list::Cursor;
use crate::app::modal::Modal;
use crate::app::nav::{Go, Pick};
use crate::app::out::Out;
use crate::app::referral_form::{self, Change};
use crate::app::state::{Records, Shared};
use crate::domain::{ClientRef, Referral};
use crate::i18n::{T, Tl};
use Context::ClientView as V;

pub const KEYS: &[Binding] = &[
    // No text field has focus here, so `?` opens the help too.
    b(V, k(Code::Char('?')), Action::Help, None),
    // The client's referrals.
    b(V, k(Code::Up), Action::Up, None),
    b(V, k(Code::Down), Action::Down, None),
    // Their keys are named in the section heading; the footer keeps the client's own keys.
    b(V, k(Code::Char('s')), Action::RefStatus, None),
    b(V, k(Code::Char('p')), Action::RefPostpone, None),
    b(V, k(Code::Char('n')), Action::RefNote, None),
    b(V, k(Code::Char('o')), Action::RefToOffer, None),
    // Named beside the consent in the facts.
    b(V, k(Code::Char('w')), Action::WithdrawConsent, None),
    b(V, Key::ctrl('e'), Action::EditClient, Some(T::HintEdit)),
    b(V, k(Code::Char('e')), Action::EditClient, None),
    b(V, Key::ctrl('f'), Action::ClientOffers, Some(T::HintOffers)),
    b(V, k(Code::Char('a')), Action::ClientOffers, None),
    b(V, k(Code::Esc), Action::Back, Some(T::HintBack2)),
    // Data protection: erase (asks), the person's copy, the record's audit trail.
    // Named on the client's title line (`T::ViewDataKeys`).
    b(V, k(Code::Char('l')), Action::EraseClient, None),
    b(V, k(Code::Char('k')), Action::PersonCopy, None),
    b(V, k(Code::Char('h')), Action::ShowAudit, None),
];

#[derive(Debug, Default)]
pub struct ClientView {
    /// The client shown.
    pub client: Option<u64>,
    /// Cursor over the client's referrals.
    pub cursor: Cursor,
    /// Referral changes asked for: the message to show once stored.
    waiting: Waiting<String>,
    /// The client the erasure question was asked for.
    erase_asked: Option<u64>,
    /// The erasure or the copy asked for, and for whom.
    privacy: Waiting<u64>,
}

/// A client's referrals as the view lists them: open ones by next follow-up, then the closed
/// ones, newest first. Indices into `records.referrals`.
pub fn rows(records: &Records, client: u64) -> Vec<usize> {
    let refs = &records.referrals;
    let mut rows: Vec<usize> = (0..refs.len()).filter(|&i| refs[i].client.0 == client).collect();
    rows.sort_by_key(|&i| {
        let r = &refs[i];
        (!r.is_open(), r.follow_up, std::cmp::Reverse(r.created), r.id)
    });
    rows
}

impl ClientView {
    /// The referral selected.
    pub fn selected<'r>(&self, records: &'r Records) -> Option<&'r Referral> {
        let id = self.client?;
        let i = *rows(records, id).get(self.cursor.selected)?;
        records.referrals.get(i)
    }
}

impl Component for ClientView {
    fn contexts(&self) -> Vec<Context> {
        vec![V, Context::Global]
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        use Action::*;
        let Some(id) = self.client else { return false };
        match action {
            EditClient | ClientOffers if sh.records.client(id).is_some() => {
                out.go(if action == EditClient { Go::EditClient(id) } else { Go::OffersFor(id) });
                true
            }
            Back => {
                out.go(Go::Clients);
                true
            }
            Up | Down | PageUp | PageDown | First | Last => {
                let n = rows(sh.records, id).len();
                self.cursor.step(action, n, 5)
            }
            RefStatus | RefPostpone | RefNote => {
                let Some(r) = self.selected(sh.records).map(|r| r.id) else {
                    out.error(sh.lang.t(Tl::NoReferralSelected).to_string());
                    return true;
                };
                let change = match action {
                    RefStatus => Change::Status,
                    RefPostpone => Change::Postpone,
                    _ => Change::Note,
                };
                referral_form::open_change(sh, r, change, out)
            }
            EraseClient if sh.records.client(id).is_some() => {
                if let Some(reason) = sh.read_only {
                    out.error(reason.to_string());
                    return true;
                }
                let referrals = rows(sh.records, id).len();
                out.ask(sh.lang.f(T::EraseAskScreen, &[&ClientRef(id), &referrals]));
                self.erase_asked = Some(id);
                true
            }
            PersonCopy if sh.records.client(id).is_some() => {
                let ticket = out.write(Write::PersonCopy { client: id, lang: sh.lang, today: sh.today() });
                self.privacy.push(ticket, id);
                true
            }
            ShowAudit => {
                let back = Box::new(Go::Client { id, select: Pick::Same });
                out.go(Go::Audit { filter: ClientRef(id).to_string(), back });
                true
            }
            WithdrawConsent => crate::app::consent_form::open(sh, id, out),
            RefToOffer => match self.selected(sh.records).map(|r| r.offer.clone()) {
                Some(offer) => {
                    out.go(Go::Offer(offer));
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    fn enter(&mut self, go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        let Go::Client { id, select } = go else { return true };
        self.client = Some(*id);
        match select {
            Pick::Top => self.cursor.reset(),
            Pick::Same => {}
            Pick::Referral(r) => {
                // The view opens on the referral the counsellor came from.
                self.cursor.reset();
                let refs = &sh.records.referrals;
                let pos = rows(sh.records, *id).iter().position(|&i| refs[i].id == *r);
                self.cursor.selected = pos.unwrap_or(0);
            }
        }
        true
    }

    /// A change form opened here (status, postpone, note).
    fn modal(&mut self, m: &mut Modal, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        if matches!(m.kind, crate::app::modal::ModalKind::Withdraw(_)) {
            if ev == FormEvent::Save
                && let Some((ticket, flash)) = crate::app::consent_form::save(m, sh, out)
            {
                self.waiting.push(ticket, flash);
            }
            return true;
        }
        match ev {
            FormEvent::Changed => referral_form::changed(m, sh),
            FormEvent::Save => {
                if let Some((ticket, flash)) = referral_form::save(m, sh, out) {
                    self.waiting.push(ticket, flash);
                }
            }
            _ => {}
        }
        true
    }

    fn confirmed(&mut self, _sh: &Shared, out: &mut Out) {
        if let Some(id) = self.erase_asked.take() {
            let ticket = out.write(Write::EraseClient(id));
            self.privacy.push(ticket, id);
        }
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        if let (Some(flash), Ok(_)) = (self.waiting.take(ticket), result) {
            out.close();
            out.info(flash);
        }
        let (Some(id), Ok(done)) = (self.privacy.take(ticket), result) else { return };
        let who = ClientRef(id);
        match &done.payload {
            Payload::Erased(e) => {
                self.client = None;
                out.go(Go::Clients);
                out.info(sh.lang.f(T::ErasedScreen, &[&who, &e.referrals, &e.events]));
            }
            Payload::Files(files) => {
                let shown = |p: Option<&std::path::Path>| {
                    crate::safe_text::visible(&p.map(|p| p.display().to_string()).unwrap_or_default())
                        .into_owned()
                };
                let first = files.first().map(|p| p.as_path());
                let folder = shown(first.and_then(|p| p.parent()));
                let file = shown(first.and_then(|p| p.file_name()).map(std::path::Path::new));
                out.info(sh.lang.f(T::CopyWritten, &[&who, &folder, &file]));
            }
            _ => {}
        }
    }

    /// A referral changed (here or elsewhere): keep it selected, its order may have changed.
    fn changed(&mut self, what: &Changed, sh: &Shared) {
        if let (Changed::Referrals(Some(changed)), Some(client)) = (what, self.client) {
            let refs = &sh.records.referrals;
            if let Some(pos) = rows(sh.records, client).iter().position(|&i| refs[i].id == *changed) {
                self.cursor.selected = pos;
            }
        }
    }
}
