//! The client list (searchable as you type), the client view and the intake form's life
//! cycle: open, edit, save, cancel.

use super::action::Action;
use super::effect::Effect;
use super::form::FormEvent;
use super::input::TextInput;
use super::intake::{IntakeState, to_client};
use super::list::Cursor;
use super::pending::Pending;
use super::state::{ConfirmAction, Flash, FlashKind, Overlay, Screen, State};
use crate::domain::Client;
use crate::domain::client::{ContactChannel, FirstContact, Identity};
use crate::domain::text::fold;
use crate::i18n::{T, Ti};

#[derive(Debug)]
pub struct ClientsState {
    pub query: TextInput,
    pub cursor: Cursor,
    /// Indices into `records.clients` matching the query, most recently updated first.
    pub hits: Vec<usize>,
    /// The intake form, kept while the counsellor looks elsewhere (F2) and comes back (F3).
    pub intake: Option<IntakeState>,
    /// The client shown in the client view.
    pub viewing: Option<u64>,
    /// Cursor over the viewed client's referrals.
    pub view_cursor: Cursor,
}

impl Default for ClientsState {
    fn default() -> Self {
        ClientsState {
            query: TextInput::new(super::state::QUERY_MAX),
            cursor: Cursor::default(),
            hits: Vec::new(),
            intake: None,
            viewing: None,
            view_cursor: Cursor::default(),
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

/// Recomputes the list for the query (all words must match).
pub fn refresh(state: &mut State) {
    let words: Vec<String> = state.clients.query.value().split_whitespace().map(fold).collect();
    let clients = &state.records.clients;
    let mut hits: Vec<usize> = (0..clients.len())
        .filter(|&i| {
            let h = haystack(&clients[i]);
            words.iter().all(|w| h.contains(w.as_str()))
        })
        .collect();
    hits.sort_by(|&a, &b| {
        clients[b].updated.cmp(&clients[a].updated).then(clients[b].id.cmp(&clients[a].id))
    });
    state.clients.hits = hits;
    state.clients.cursor.clamp(state.clients.hits.len());
}

pub fn selected(state: &State) -> Option<&Client> {
    let i = *state.clients.hits.get(state.clients.cursor.selected)?;
    state.records.clients.get(i)
}

pub fn list_rows(state: &State) -> usize {
    (state.size.1 as usize).saturating_sub(6).max(1)
}

/// Client list actions.
pub fn apply_list(state: &mut State, action: Action) -> bool {
    use Action::*;
    let rows = list_rows(state);
    match action {
        Up | Down | PageUp | PageDown | First | Last => {
            let n = state.clients.hits.len();
            state.clients.cursor.step(action, n, rows)
        }
        CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward | DeleteWordBack
        | ClearField => {
            if state.clients.query.apply(action) {
                state.clients.cursor.reset();
                refresh(state);
            }
            true
        }
        EscapeDirectory => {
            if state.clients.query.clear() {
                state.clients.cursor.reset();
                refresh(state);
            }
            true
        }
        OpenClient => match selected(state).map(|c| c.id) {
            Some(id) => open_view(state, id),
            None => false,
        },
        EditClient => match selected(state).cloned() {
            Some(c) => edit(state, &c),
            None => false,
        },
        NewClient => new_intake(state),
        ClientOffers => match selected(state).map(|c| c.id) {
            Some(id) => offers_for(state, id),
            None => false,
        },
        _ => false,
    }
}

pub fn type_char(state: &mut State, c: char) -> bool {
    if state.clients.query.insert(c) {
        state.clients.cursor.reset();
        refresh(state);
    }
    true
}

pub fn paste(state: &mut State, text: &str) -> bool {
    if state.clients.query.insert_str(text) {
        state.clients.cursor.reset();
        refresh(state);
    }
    true
}

pub fn open_view(state: &mut State, id: u64) -> bool {
    state.clients.viewing = Some(id);
    state.clients.view_cursor.reset();
    state.screen = Screen::ClientView;
    true
}

/// Client view actions.
pub fn apply_view(state: &mut State, action: Action) -> bool {
    let Some(id) = state.clients.viewing else { return false };
    match action {
        Action::EditClient => match state.records.client(id).cloned() {
            Some(c) => edit(state, &c),
            None => false,
        },
        Action::ClientOffers => offers_for(state, id),
        Action::Back => {
            state.screen = Screen::Clients;
            true
        }
        _ => false,
    }
}

/// Opens a fresh intake form (or returns to the one in progress).
pub fn new_intake(state: &mut State) -> bool {
    if state.clients.intake.is_none() {
        state.clients.intake = Some(IntakeState::new(state.lang, state.today()));
    }
    state.screen = Screen::Intake;
    true
}

fn edit(state: &mut State, c: &Client) -> bool {
    let keep = state.clients.intake.as_ref().is_some_and(|i| i.editing == Some(c.id) || i.form.dirty);
    if !keep {
        state.clients.intake = Some(IntakeState::edit(c, state.lang, state.today(), Some(c.id)));
    }
    state.screen = Screen::Intake;
    true
}

/// Makes `id` the current client and shows the directory filtered to their needs.
pub fn offers_for(state: &mut State, id: u64) -> bool {
    let Some(c) = state.records.client(id) else { return false };
    state.dir.filters = Default::default();
    state.dir.filters.needs = c.needs.clone();
    state.current_client = Some(id);
    state.dir.query.clear();
    super::directory::reset_list(state);
    state.screen = Screen::Directory;
    true
}

/// The record the form started from (for fields the form does not show).
fn base(state: &State) -> Client {
    let editing = state.clients.intake.as_ref().and_then(|i| i.editing);
    editing
        .and_then(|id| state.records.client(id).cloned())
        .unwrap_or_else(|| Client::new(0, FirstContact::new(state.today(), ContactChannel::Phone)))
}

/// A form event in the intake form.
pub fn on_intake_event(state: &mut State, ev: FormEvent) -> bool {
    match ev {
        FormEvent::Ignored => false,
        FormEvent::Moved => true,
        FormEvent::Changed => {
            let (b, today) = (base(state), state.today());
            if let Some(i) = state.clients.intake.as_mut() {
                i.refresh(&b, today);
            }
            true
        }
        FormEvent::Cancel => {
            let dirty = state.clients.intake.as_ref().is_some_and(|i| i.form.dirty);
            if dirty {
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmDiscard).to_string(),
                    then: ConfirmAction::DiscardIntake,
                    behind: None,
                });
            } else {
                close_intake(state);
            }
            true
        }
        FormEvent::Save => save_intake(state, false),
    }
}

/// Closes the intake form and goes back to where it was opened from.
pub fn close_intake(state: &mut State) {
    let editing = state.clients.intake.take().and_then(|i| i.editing);
    state.screen = match editing {
        Some(id) if state.records.client(id).is_some() => {
            state.clients.viewing = Some(id);
            Screen::ClientView
        }
        _ => Screen::Clients,
    };
}

/// Validates and asks for the write; `then_offers` opens the fitting offers after saving.
pub fn save_intake(state: &mut State, then_offers: bool) -> bool {
    let (lang, today, b) = (state.lang, state.today(), base(state));
    if let Some(reason) = &state.read_only {
        state.flash = Some(Flash { kind: FlashKind::Error, text: lang.f(T::ReadOnly, &[reason]) });
        return true;
    }
    let Some(intake) = state.clients.intake.as_mut() else { return false };
    if intake.form.validate(today, lang).is_some() {
        return true;
    }
    match to_client(&intake.form, &b, today, lang) {
        Err((key, message)) => {
            intake.form.set_error(key, message);
            true
        }
        Ok(client) => {
            let new = intake.editing.is_none();
            let pending = Pending::ClientSaved { client: Box::new(client.clone()), then_offers };
            state.request(Effect::SaveClient { client: Box::new(client), new }, pending);
            true
        }
    }
}

/// The store has the client: update the list, close the form, say so.
pub fn saved(state: &mut State, mut client: Client, assigned_id: Option<u64>, then_offers: bool) {
    if let Some(id) = assigned_id {
        client.id = id;
    }
    let id = client.id;
    let reference = client.reference();
    match state.records.clients.iter_mut().find(|c| c.id == id) {
        Some(c) => *c = client,
        None => state.records.clients.push(client),
    }
    state.clients.intake = None;
    refresh(state);
    state.flash = Some(Flash { kind: FlashKind::Info, text: state.lang.f(Ti::Saved, &[&reference]) });
    if then_offers {
        offers_for(state, id);
    } else {
        open_view(state, id);
    }
}
