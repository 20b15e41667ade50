//! The client list (F3), searchable as you type: opens a client, starts or edits an intake,
//! shows the offers for a client's needs.

use super::{Changed, Component};
use crate::app::action::{Action, ScreenKey};
use crate::app::input::TextInput;
use crate::app::key::{Code, Key};
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::list::Cursor;
use crate::app::nav::{Go, Pick};
use crate::app::out::Out;
use crate::app::state::{QUERY_MAX, Records, Shared};
use crate::domain::Client;
use crate::domain::client::Identity;
use crate::domain::text::fold;
use crate::i18n::T;
use Context::Clients as C;

pub const KEYS: &[Binding] = &[
    // The search field has focus, so commands are Ctrl or F keys.
    b(C, k(Code::Up), Action::Up, None),
    b(C, k(Code::Down), Action::Down, None),
    b(C, k(Code::PageUp), Action::PageUp, None),
    b(C, k(Code::PageDown), Action::PageDown, None),
    b(C, k(Code::Enter), Action::OpenClient, Some(T::HintOpen)),
    b(C, Key::ctrl('n'), Action::NewClient, Some(T::HintNew)),
    b(C, Key::ctrl('e'), Action::EditClient, Some(T::HintEdit)),
    b(C, Key::ctrl('f'), Action::ClientOffers, Some(T::HintOffers)),
    b(C, Key::ctrl('d'), Action::OpenAudit, None),
    b(C, k(Code::Esc), Action::EscapeDirectory, None),
];

#[derive(Debug)]
pub struct ClientList {
    pub query: TextInput,
    pub cursor: Cursor,
    /// Indices into `records.clients` matching the query, most recently updated first.
    pub hits: Vec<usize>,
    /// Shown as the chooser of whom a referral is for (`Go::PickClient`): Enter picks.
    pub picking: bool,
}

impl Default for ClientList {
    fn default() -> Self {
        ClientList {
            query: TextInput::new(QUERY_MAX),
            cursor: Cursor::default(),
            hits: Vec::new(),
            picking: false,
        }
    }
}

/// What the list searches in: reference, name or pseudonym, town.
fn haystack(c: &Client) -> String {
    let mut s = format!("{} {} ", c.reference(), c.id);
    match &c.identity {
        Identity::Named { name, .. } => s.push_str(name.as_ref().map(|n| n.as_str()).unwrap_or("")),
        Identity::Anonymous { pseudonym } => s.push_str(pseudonym.as_ref().map(|n| n.as_str()).unwrap_or("")),
    }
    fold(&s)
}

/// Name or pseudonym as the list shows it.
pub fn display_name(c: &Client) -> Option<&str> {
    match &c.identity {
        Identity::Named { name, .. } => name.as_ref().map(|n| n.as_str()),
        Identity::Anonymous { pseudonym } => pseudonym.as_ref().map(|n| n.as_str()),
    }
}

fn list_rows(size: (u16, u16)) -> usize {
    (size.1 as usize).saturating_sub(6).max(1)
}

impl ClientList {
    /// Recomputes the list for the query (all words must match).
    pub fn refresh(&mut self, records: &Records) {
        let words: Vec<String> = self.query.value().split_whitespace().map(fold).collect();
        let clients = &records.clients;
        let mut hits: Vec<usize> = (0..clients.len())
            .filter(|&i| {
                let h = haystack(&clients[i]);
                words.iter().all(|w| h.contains(w.as_str()))
            })
            .collect();
        hits.sort_by(|&a, &b| {
            clients[b].updated.cmp(&clients[a].updated).then(clients[b].id.cmp(&clients[a].id))
        });
        self.hits = hits;
        self.cursor.clamp(self.hits.len());
    }

    pub fn selected<'r>(&self, records: &'r Records) -> Option<&'r Client> {
        let i = *self.hits.get(self.cursor.selected)?;
        records.clients.get(i)
    }

    /// The query changed: the list from the top.
    fn requery(&mut self, records: &Records) {
        self.cursor.reset();
        self.refresh(records);
    }
}

impl Component for ClientList {
    fn contexts(&self) -> Vec<Context> {
        vec![C, Context::TextField, Context::Global]
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        use Action::*;
        match action {
            Up | Down | PageUp | PageDown | First | Last => {
                self.cursor.step(action, self.hits.len(), list_rows(sh.size))
            }
            CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward
            | DeleteWordBack | ClearField => {
                if self.query.apply(action) {
                    self.requery(sh.records);
                }
                true
            }
            EscapeDirectory => {
                if self.query.clear() {
                    self.requery(sh.records);
                } else if self.picking {
                    // Nobody picked: back to the offers, nothing referred.
                    self.picking = false;
                    out.go(Go::Directory { card: false });
                }
                true
            }
            OpenClient if self.picking => {
                let Some(id) = self.selected(sh.records).map(|c| c.id) else { return false };
                self.picking = false;
                out.counsel(Some(id));
                out.go(Go::ReferPicked);
                true
            }
            OpenClient | EditClient | ClientOffers => {
                let Some(id) = self.selected(sh.records).map(|c| c.id) else { return false };
                out.go(match action {
                    OpenClient => Go::Client { id, select: Pick::Top },
                    EditClient => Go::EditClient(id),
                    _ => Go::OffersFor(id),
                });
                true
            }
            OpenAudit => {
                out.go(Go::Audit { filter: String::new(), back: Box::new(Go::Clients) });
                true
            }
            NewClient => {
                out.go(Go::NewClient);
                true
            }
            _ => false,
        }
    }

    fn typed(&mut self, c: char, sh: &Shared, _out: &mut Out) -> bool {
        if self.query.insert(c) {
            self.requery(sh.records);
        }
        true
    }

    fn pasted(&mut self, text: &str, sh: &Shared, _out: &mut Out) -> bool {
        if self.query.insert_str(text) {
            self.requery(sh.records);
        }
        true
    }

    /// F3 lists the clients afresh — also when the intake draft is shown instead, so that the
    /// list is current when the draft is closed.
    fn enter(&mut self, go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        self.picking = *go == Go::PickClient;
        if self.picking {
            self.query.clear();
            self.cursor.reset();
        }
        if matches!(go, Go::Home(ScreenKey::Clients) | Go::PickClient) {
            self.refresh(sh.records);
        }
        true
    }

    fn changed(&mut self, what: &Changed, sh: &Shared) {
        match what {
            Changed::Loaded | Changed::Client(_) | Changed::Clients => self.refresh(sh.records),
            Changed::NewCall => {
                self.query.clear();
                self.picking = false;
                self.cursor.reset();
                self.refresh(sh.records);
            }
            _ => {}
        }
    }
}
