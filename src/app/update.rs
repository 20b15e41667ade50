//! `update`: one message in, the state changed, whether the screen must be redrawn and which
//! writes to run. No terminal and no database here, so every path is testable with plain unit
//! tests. This module routes; each screen's own actions live in its module.

use super::action::{Action, ScreenKey};
use super::effect::{Done, Outcome, SaveError};
use super::key::Key;
use super::keymap::{self, Context};
use super::modal::Modal;
use super::state::{ConfirmAction, Flash, FlashKind, Overlay, Screen, State};
use super::{clients, directory, log, modal, offer_editor, offer_upkeep, referral_modal};
use crate::i18n::T;
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
    /// The loop ran the write the last message asked for.
    Saved(Result<Done, SaveError>),
}

/// Applies one message: whether anything visible changed, and the writes it asks for.
pub fn update(state: &mut State, msg: Msg) -> Outcome {
    let redraw = handle(state, msg);
    Outcome { redraw, effects: std::mem::take(&mut state.outbox) }
}

fn handle(state: &mut State, msg: Msg) -> bool {
    match msg {
        Msg::Key(key) => {
            let had_flash = state.flash.take().is_some();
            on_key(state, key) || had_flash
        }
        Msg::Paste(text) => paste(state, &text),
        Msg::Resize(cols, rows) => {
            state.size = (cols, rows);
            directory::keep_visible(state);
            true
        }
        Msg::Clock(now) => {
            let visible_change = now.date() != state.now.date()
                || now.hour() != state.now.hour()
                || now.minute() != state.now.minute();
            let new_day = now.date() != state.now.date();
            state.now = now;
            if new_day {
                // What is due changes with the day, and so does what is stale.
                log::refresh(state);
                offer_upkeep::new_day(state);
            }
            visible_change
        }
        Msg::Saved(result) => saved(state, result),
    }
}

/// A write finished: apply what was waiting for it, or say why it failed — keeping every input
/// as it is, so nothing typed is lost.
fn saved(state: &mut State, result: Result<Done, SaveError>) -> bool {
    let pending = state.pending.take();
    match result {
        Ok(done) => {
            if let Some(p) = pending {
                super::pending::apply(state, p, done);
            }
        }
        Err(e) => {
            if e.blocks_writes {
                state.read_only = Some(e.message.clone());
            }
            state.flash = Some(Flash { kind: FlashKind::Error, text: e.message });
        }
    }
    true
}

fn screen_context(screen: Screen) -> Context {
    match screen {
        Screen::Directory => Context::Directory,
        Screen::Clients => Context::Clients,
        Screen::ClientView => Context::ClientView,
        Screen::Intake => Context::Intake,
        Screen::Log => Context::Log,
        Screen::OfferEditor => Context::Form,
    }
}

/// The contexts active now, most specific first.
pub fn active_contexts(state: &State) -> Vec<Context> {
    match &state.overlay {
        Some(Overlay::Help { .. }) => vec![Context::Help, Context::Global],
        Some(Overlay::Menu(_)) => vec![Context::Menu, Context::Global],
        Some(Overlay::Card { .. }) => vec![Context::Card, Context::Upkeep, Context::Global],
        // A question must be answered: nothing else (not even screen keys) until then.
        Some(Overlay::Confirm { .. }) => vec![Context::Confirm],
        Some(Overlay::Modal(m)) => form_stack(Context::Modal, m.form.focus_is_text()),
        None => screen_contexts(state),
    }
}

/// A form's stack: its owner, the form keys, the focused field's keys, the global keys.
fn form_stack(owner: Context, text: bool) -> Vec<Context> {
    let field = if text { vec![Context::FormText, Context::TextField] } else { vec![Context::Choice] };
    let mut v = vec![owner, Context::Form];
    v.extend(field);
    v.push(Context::Global);
    v.dedup();
    v
}

/// The contexts of the screen itself, without any overlay (also what the help lists first).
pub fn screen_contexts(state: &State) -> Vec<Context> {
    match state.screen {
        Screen::Intake => {
            let text = state.clients.intake.as_ref().is_some_and(|i| i.form.focus_is_text());
            form_stack(Context::Intake, text)
        }
        Screen::OfferEditor => {
            let text = state.offer_edit.editor.as_ref().is_some_and(|e| e.form.focus_is_text());
            form_stack(Context::Form, text)
        }
        Screen::Directory => vec![Context::Directory, Context::Upkeep, Context::TextField, Context::Global],
        Screen::Clients => vec![screen_context(state.screen), Context::TextField, Context::Global],
        s => vec![screen_context(s), Context::Global],
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
                directory::choose(state, true)
            }
            None => false,
        },
        Some(Overlay::Help { .. }) | Some(Overlay::Confirm { .. }) => false,
        Some(Overlay::Modal(m)) => {
            let ev = m.form.type_char(c);
            modal::on_event(state, ev)
        }
        // Typing on the full card goes back to the search.
        Some(Overlay::Card { .. }) => {
            state.overlay = None;
            directory::type_char(state, c)
        }
        None => match state.screen {
            Screen::Directory => directory::type_char(state, c),
            Screen::Clients => clients::type_char(state, c),
            Screen::Intake => match state.clients.intake.as_mut() {
                Some(i) => {
                    let ev = i.form.type_char(c);
                    clients::on_intake_event(state, ev)
                }
                None => false,
            },
            Screen::OfferEditor => offer_editor::type_char(state, c),
            Screen::ClientView | Screen::Log => false,
        },
    }
}

fn paste(state: &mut State, text: &str) -> bool {
    match &mut state.overlay {
        Some(Overlay::Modal(m)) => {
            let ev = m.form.paste(text);
            modal::on_event(state, ev)
        }
        Some(Overlay::Card { .. }) => {
            state.overlay = None;
            directory::paste(state, text)
        }
        Some(_) => false,
        None => match state.screen {
            Screen::Directory => directory::paste(state, text),
            Screen::Clients => clients::paste(state, text),
            Screen::Intake => match state.clients.intake.as_mut() {
                Some(i) => {
                    let ev = i.form.paste(text);
                    clients::on_intake_event(state, ev)
                }
                None => false,
            },
            Screen::OfferEditor => offer_editor::paste(state, text),
            Screen::ClientView | Screen::Log => false,
        },
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
        Help => {
            state.overlay = match state.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            };
            return true;
        }
        ShowScreen(s) => return show(state, s),
        QuickContact => {
            state.overlay = Some(Overlay::Modal(Modal::quick_contact(state.lang, state.today())));
            return true;
        }
        EditSettings => {
            state.overlay = Some(Overlay::Modal(Modal::counsellor(state.lang, &state.settings.counsellor)));
            return true;
        }
        ClearCurrentClient => return state.current_client.take().is_some(),
        ConfirmYes | ConfirmNo => return confirm(state, action == ConfirmYes),
        _ => {}
    }
    if action == Refer && matches!(state.overlay, Some(Overlay::Card { .. })) {
        return referral_modal::open_refer(state);
    }
    if let Some(handled) = offer_upkeep::dispatch(state, action) {
        return handled;
    }
    let page = directory::list_rows(state) as u16;
    if let Some(overlay) = &mut state.overlay {
        return match overlay {
            Overlay::Modal(m) => {
                let (today, lang) = (state.now.date(), state.lang);
                let ev = m.form.apply(action, crate::domain::Date::from_naive(today), lang);
                modal::on_event(state, ev)
            }
            Overlay::Menu(m) => match action {
                CloseOverlay => {
                    state.overlay = None;
                    true
                }
                MenuToggle => directory::choose(state, false),
                MenuChoose => directory::choose(state, true),
                Up | Down => {
                    let n = m.items.len().max(1);
                    m.selected = if action == Up { (m.selected + n - 1) % n } else { (m.selected + 1) % n };
                    true
                }
                _ => false,
            },
            Overlay::Help { scroll } | Overlay::Card { scroll } => {
                match action {
                    CloseOverlay => {
                        state.overlay = None;
                        return true;
                    }
                    Up | CardScrollUp => *scroll = scroll.saturating_sub(1),
                    Down | CardScrollDown => *scroll = scroll.saturating_add(1),
                    PageUp => *scroll = scroll.saturating_sub(page),
                    PageDown => *scroll = scroll.saturating_add(page),
                    _ => return false,
                }
                true
            }
            Overlay::Confirm { .. } => false,
        };
    }
    match state.screen {
        Screen::Directory => match action {
            Refer => referral_modal::open_refer(state),
            ToggleMark => referral_modal::toggle_mark(state),
            _ => directory::apply(state, action),
        },
        Screen::Clients => clients::apply_list(state, action),
        Screen::ClientView => clients::apply_view(state, action) || log::apply_client_view(state, action),
        Screen::Intake => {
            if action == SaveAndOffers {
                return clients::save_intake(state, true);
            }
            let (today, lang) = (state.today(), state.lang);
            match state.clients.intake.as_mut() {
                Some(i) => {
                    let ev = i.form.apply(action, today, lang);
                    clients::on_intake_event(state, ev)
                }
                None => false,
            }
        }
        Screen::Log => log::apply(state, action),
        Screen::OfferEditor => offer_editor::apply(state, action),
    }
}

/// Switches screens. Forms in progress stay as they are and are there when the counsellor
/// comes back.
fn show(state: &mut State, s: ScreenKey) -> bool {
    state.overlay = None;
    state.screen = match s {
        // Like the intake on F3: an offer being edited is where F2 leads until it is closed.
        ScreenKey::Directory if state.offer_edit.editor.is_some() => Screen::OfferEditor,
        ScreenKey::Directory => Screen::Directory,
        ScreenKey::Clients => {
            clients::refresh(state);
            if state.clients.intake.is_some() { Screen::Intake } else { Screen::Clients }
        }
        ScreenKey::Log => {
            log::show(state);
            Screen::Log
        }
    };
    true
}

/// Answers the open question: "no" returns to what was open behind it.
fn confirm(state: &mut State, yes: bool) -> bool {
    let Some(Overlay::Confirm { then, behind, .. }) = state.overlay.take() else { return false };
    if !yes {
        state.overlay = behind.map(|b| *b);
        return true;
    }
    match then {
        ConfirmAction::Quit => state.quit = true,
        ConfirmAction::DiscardIntake => clients::close_intake(state),
        ConfirmAction::DiscardModal => {}
        ConfirmAction::DiscardOfferEditor => offer_editor::close(state),
        ConfirmAction::OfferStatus => offer_upkeep::status_confirmed(state),
    }
    true
}
