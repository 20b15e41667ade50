//! `update`: one message in, the state changed, whether the screen must be redrawn and which
//! writes to run. No terminal and no database here, so every path is testable with plain unit
//! tests.
//!
//! This module routes: a key becomes an action through the keymap of what is active (an
//! overlay, else the screen); the global actions are handled here, the overlays' own moves
//! too, everything else goes to the screen (or to whoever opened the overlay). What a screen
//! returns (`Out`) is applied here, in order. An answered write is taken into the shared data
//! (`mirror`), every screen is told what changed, and the screen that asked gets the answer.

use super::action::{Action, ScreenKey};
use super::effect::{Done, Outcome, Owner, SaveError, Ticket};
use super::form::{Form, FormEvent};
use super::key::Key;
use super::keymap::{self, Context};
use super::modal::ModalField;
use super::nav::Go;
use super::out::{Cmd, Out};
use super::overlay::{ConfirmAction, Overlay};
use super::screen::{Changed, Component, Screen};
use super::state::{Flash, FlashKind, Shared, State};
use crate::domain::Date;
use crate::i18n::{Lang, T};
use chrono::{NaiveDateTime, Timelike};

/// What happened, as the app sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Key(Key),
    /// A bracketed paste, as one piece of text.
    Paste(String),
    /// New terminal size (columns, rows).
    Resize(u16, u16),
    /// The wall clock moved on.
    Clock(NaiveDateTime),
    /// The loop ran the write with this ticket.
    Saved(Ticket, Result<Done, SaveError>),
}

/// Applies one message: whether anything visible changed, and the writes it asks for.
pub fn update(state: &mut State, msg: Msg) -> Outcome {
    let redraw = handle(state, msg);
    Outcome { redraw, effects: std::mem::take(&mut state.queue.outbox) }
}

fn handle(state: &mut State, msg: Msg) -> bool {
    match msg {
        Msg::Key(key) => {
            state.privacy.last_input = state.now;
            if state.privacy.hidden.is_some() {
                // While hidden, only the privacy key (and quitting) does anything: nothing typed
                // by a visitor reaches a form.
                return match keymap::lookup(&[keymap::Context::Global], key) {
                    Some(Action::Privacy) => {
                        state.privacy.hidden = None;
                        true
                    }
                    Some(Action::Quit) => dispatch(state, Action::Quit),
                    _ => false,
                };
            }
            let had_flash = state.flash.take().is_some();
            on_key(state, key) || had_flash
        }
        Msg::Paste(_) if state.privacy.hidden.is_some() => false,
        Msg::Paste(text) => paste(state, &text),
        Msg::Resize(cols, rows) => {
            state.size = (cols, rows);
            if let Some(Overlay::Report(r)) = &mut state.overlay {
                r.fit(state.size);
            }
            state.notify(&Changed::Size);
            true
        }
        Msg::Clock(now) => {
            let visible_change = now.date() != state.now.date()
                || now.hour() != state.now.hour()
                || now.minute() != state.now.minute();
            let new_day = now.date() != state.now.date();
            state.now = now;
            let idle = state.settings.idle_minutes;
            if idle > 0
                && state.privacy.hidden.is_none()
                && (now - state.privacy.last_input).num_seconds() >= i64::from(idle) * 60
            {
                state.privacy.hidden = Some(super::state::Hidden::Idle(idle));
                return true;
            }
            if new_day {
                // What is due changes with the day, and so does what is stale.
                state.notify(&Changed::Day);
            }
            visible_change
        }
        Msg::Saved(ticket, result) => saved(state, ticket, result),
    }
}

/// A write finished: take what it stored into memory and tell the one that asked; or say why
/// it failed — keeping every input as it is, so nothing typed is lost.
fn saved(state: &mut State, ticket: Ticket, result: Result<Done, SaveError>) -> bool {
    let Some(effect) = state.queue.answered(ticket) else { return false };
    match &result {
        Ok(done) => {
            let changed = super::mirror::apply(state, effect.write, done);
            state.notify(&changed);
        }
        Err(e) => {
            if e.blocks_writes {
                state.read_only = Some(e.message.clone());
            }
            state.flash = Some(Flash { kind: FlashKind::Error, text: e.message.clone() });
        }
    }
    run(state, ticket.owner, |c, sh, out| c.saved(ticket, result.as_ref(), sh, out));
    true
}

/// Runs one component with the shared data, then applies what it returned.
fn run<R>(state: &mut State, owner: Owner, f: impl FnOnce(&mut dyn Component, &Shared, &mut Out) -> R) -> R {
    let (r, cmds) = run_only(state, owner, f);
    apply(state, cmds);
    r
}

/// Runs one component; its commands are returned, not applied.
fn run_only<R>(
    state: &mut State,
    owner: Owner,
    f: impl FnOnce(&mut dyn Component, &Shared, &mut Out) -> R,
) -> (R, Vec<Cmd>) {
    let (component, shared, queue) = state.parts(owner);
    let mut out = Out::new(owner, queue);
    let r = f(component, &shared, &mut out);
    (r, out.cmds)
}

fn on_screen<R>(state: &mut State, f: impl FnOnce(&mut dyn Component, &Shared, &mut Out) -> R) -> R {
    run(state, Owner::Screen(state.screen), f)
}

/// Applies what a component returned, in order.
fn apply(state: &mut State, cmds: Vec<Cmd>) {
    for cmd in cmds {
        match cmd {
            Cmd::Go(to) => {
                go(state, to);
            }
            Cmd::Flash(f) => state.flash = Some(f),
            Cmd::Open(o) => state.overlay = Some(o),
            Cmd::Close => state.overlay = None,
            Cmd::Ask { question, owner } => {
                let behind = state.overlay.take().map(Box::new);
                state.overlay =
                    Some(Overlay::Confirm { question, then: ConfirmAction::Answer(owner), behind });
            }
            Cmd::Counsel(client) => state.current_client = client,
        }
    }
}

/// Sends the counsellor where `to` says; returns whether the screen changed to it. Forms in
/// progress stay as they are and are there when the counsellor comes back.
pub fn go(state: &mut State, to: Go) -> bool {
    let target = to.screen();
    let (shown, cmds) = run_only(state, Owner::Screen(target), |c, sh, out| c.enter(&to, sh, out));
    if shown {
        state.screen = match to {
            // F2/F3/F4 lead to a draft in progress there (the offer editor, the intake).
            Go::Home(key) => holder(state, key).unwrap_or(target),
            _ => target,
        };
    }
    apply(state, cmds);
    shown
}

/// The screen whose draft in progress an F-key leads to, if any.
fn holder(state: &State, key: ScreenKey) -> Option<Screen> {
    Screen::ALL.iter().copied().find(|&s| state.component(Owner::Screen(s)).holds(key))
}

/// The contexts active now, most specific first.
pub fn active_contexts(state: &State) -> Vec<Context> {
    match &state.overlay {
        Some(o) => o.contexts(),
        None => state.screen_contexts(),
    }
}

fn on_key(state: &mut State, key: Key) -> bool {
    if let Some(action) = keymap::lookup(&active_contexts(state), key) {
        return dispatch(state, action);
    }
    let Some(c) = key.printable() else { return false };
    type_char(state, c)
}

/// A typed character goes to whatever has the focus.
fn type_char(state: &mut State, c: char) -> bool {
    match &mut state.overlay {
        Some(Overlay::Menu(m)) => match m.position_of_key(c) {
            Some(i) => {
                m.selected = i;
                choose(state, true)
            }
            None => false,
        },
        Some(Overlay::Help { .. }) | Some(Overlay::Confirm { .. }) | Some(Overlay::Report(_)) => false,
        Some(Overlay::Modal(_)) => modal_input(state, |f, _, _| f.type_char(c)),
        // Typing on the card goes back to the screen (the search).
        Some(Overlay::Card { .. }) => {
            state.overlay = None;
            on_screen(state, |s, sh, out| s.typed(c, sh, out))
        }
        None => on_screen(state, |s, sh, out| s.typed(c, sh, out)),
    }
}

/// A paste longer than any field takes (a megabyte dropped into a field by mistake) is cut to
/// that length first, with a notice, so that nothing downstream walks the whole of it.
fn paste(state: &mut State, text: &str) -> bool {
    let cap = super::form::field::NOTE_MAX;
    let Some((end, _)) = text.char_indices().nth(cap) else { return paste_into(state, text) };
    let total = text.chars().count();
    let handled = paste_into(state, &text[..end]);
    if state.flash.is_none() {
        let text = state.lang.f(crate::i18n::T::PasteCut, &[&cap, &total]);
        state.flash = Some(super::state::Flash { kind: super::state::FlashKind::Info, text });
    }
    handled || state.flash.is_some()
}

fn paste_into(state: &mut State, text: &str) -> bool {
    match &mut state.overlay {
        Some(Overlay::Modal(_)) => modal_input(state, |f, _, _| f.paste(text)),
        Some(Overlay::Card { .. }) => {
            state.overlay = None;
            on_screen(state, |s, sh, out| s.pasted(text, sh, out))
        }
        Some(_) => false,
        None => on_screen(state, |s, sh, out| s.pasted(text, sh, out)),
    }
}

fn dispatch(state: &mut State, action: Action) -> bool {
    use Action::*;
    match action {
        Quit => {
            if state.has_unsaved_changes() {
                let behind = state.overlay.take().map(Box::new);
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmQuit).to_string(),
                    then: ConfirmAction::Quit,
                    behind,
                });
            } else {
                state.quit = true;
            }
            return true;
        }
        NewCall => {
            if state.call_unsaved() {
                let behind = state.overlay.take().map(Box::new);
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmNewCall).to_string(),
                    then: ConfirmAction::NewCall,
                    behind,
                });
            } else {
                new_call(state);
            }
            return true;
        }
        Privacy => {
            state.privacy.hidden = Some(super::state::Hidden::ByKey);
            return true;
        }
        Help => {
            state.overlay = match state.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            };
            return true;
        }
        ShowScreen(key) => {
            state.overlay = None;
            go(state, Go::Home(key));
            return true;
        }
        QuickContact | EditSettings => return run(state, Owner::Desk, |c, sh, out| c.act(action, sh, out)),
        ConfirmYes | ConfirmNo => return confirm(state, action == ConfirmYes),
        _ => {}
    }
    // Pages as long as the directory's list (the help and the card open over it).
    let page = super::layout::list_rows(state.size.0, state.size.1) as u16;
    let on_card = matches!(state.overlay, Some(Overlay::Card { .. }));
    match &mut state.overlay {
        Some(Overlay::Modal(_)) => modal_input(state, |f, today, lang| f.apply(action, today, lang)),
        Some(Overlay::Menu(m)) => match action {
            CloseOverlay => {
                state.overlay = None;
                true
            }
            MenuToggle => choose(state, false),
            MenuChoose => choose(state, true),
            Up | Down => {
                let n = m.items.len().max(1);
                m.selected = if action == Up { (m.selected + n - 1) % n } else { (m.selected + 1) % n };
                true
            }
            _ => false,
        },
        Some(Overlay::Help { scroll }) | Some(Overlay::Card { scroll }) => {
            match action {
                CloseOverlay => {
                    state.overlay = None;
                    return true;
                }
                Up | CardScrollUp => *scroll = scroll.saturating_sub(1),
                Down | CardScrollDown => *scroll = scroll.saturating_add(1),
                PageUp => *scroll = scroll.saturating_sub(page),
                PageDown => *scroll = scroll.saturating_add(page),
                // The other keys on the card (referring, upkeep) are the screen's.
                _ if on_card => {
                    return on_screen(state, |s, sh, out| s.act(action, sh, out));
                }
                _ => return false,
            }
            true
        }
        Some(Overlay::Report(r)) => {
            let page = super::report::Report::page(state.size);
            match action {
                CloseOverlay => state.overlay = None,
                Up => r.scroll_by(-1, state.size),
                Down => r.scroll_by(1, state.size),
                PageUp => r.scroll_by(-page, state.size),
                PageDown => r.scroll_by(page, state.size),
                First => r.scroll_by(isize::MIN, state.size),
                Last => r.scroll_by(isize::MAX, state.size),
                _ => return false,
            }
            true
        }
        Some(Overlay::Confirm { .. }) => false,
        None => on_screen(state, |s, sh, out| s.act(action, sh, out)),
    }
}

/// "Neuer Anruf": nobody is current any more, every screen forgets the previous caller's
/// search, filters and intake draft, and the counsellor is on the directory, told so.
fn new_call(state: &mut State) {
    state.overlay = None;
    state.current_client = None;
    state.notify(&Changed::NewCall);
    go(state, Go::Directory { card: false });
    let text = state.lang.t(crate::i18n::Tl::NewCallDone).to_string();
    state.flash = Some(Flash { kind: FlashKind::Info, text });
}

/// Toggles the highlighted entry of the open choice list for the screen that opened it;
/// closes the list when `close`.
fn choose(state: &mut State, close: bool) -> bool {
    let Some(Overlay::Menu(m)) = &state.overlay else { return false };
    let Some(item) = m.items.get(m.selected) else { return false };
    let choice = item.choice.clone();
    if close {
        state.overlay = None;
    }
    on_screen(state, |s, sh, out| s.chosen(&choice, sh, out))
}

/// A key on the open small form: the form moves itself; a change or a save goes to the form's
/// owner, Esc closes it (asking first when something was typed).
fn modal_input(state: &mut State, f: impl FnOnce(&mut Form<ModalField>, Date, Lang) -> FormEvent) -> bool {
    let (today, lang) = (state.today(), state.lang);
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    let ev = f(&mut m.form, today, lang);
    match ev {
        FormEvent::Ignored => false,
        FormEvent::Moved => true,
        FormEvent::Cancel => {
            let dirty = matches!(&state.overlay, Some(Overlay::Modal(m)) if m.form.dirty);
            let open = state.overlay.take();
            if dirty {
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmDiscard).to_string(),
                    then: ConfirmAction::DiscardModal,
                    behind: open.map(Box::new),
                });
            }
            true
        }
        FormEvent::Changed | FormEvent::Save => {
            let Some(Overlay::Modal(mut m)) = state.overlay.take() else { return false };
            let owner = m.owner;
            let (handled, cmds) = run_only(state, owner, |c, sh, out| c.modal(&mut m, ev, sh, out));
            // Still open unless what the owner returned closes or replaces it.
            state.overlay = Some(Overlay::Modal(m));
            apply(state, cmds);
            handled
        }
    }
}

/// Answers the open question: "no" returns to what was open behind it.
fn confirm(state: &mut State, yes: bool) -> bool {
    let Some(Overlay::Confirm { then, behind, .. }) = state.overlay.take() else { return false };
    if then == ConfirmAction::ContinueDrafts {
        state.overlay = behind.map(|b| *b);
        state.answer_drafts(yes);
        return true;
    }
    if !yes {
        state.overlay = behind.map(|b| *b);
        return true;
    }
    match then {
        ConfirmAction::Quit => state.quit = true,
        ConfirmAction::NewCall => new_call(state),
        ConfirmAction::DiscardModal | ConfirmAction::ContinueDrafts => {}
        ConfirmAction::Answer(owner) => run(state, owner, |c, sh, out| c.confirmed(sh, out)),
    }
    true
}
