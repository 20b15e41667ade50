//! `update`: one message in, the state changed, and whether the screen must be redrawn.
//! No terminal and no database here, so every path is testable with plain unit tests.

use super::action::Action;
use super::effect::{Outcome, SaveError};
use super::key::Key;
use super::keymap::{self, Context};
use super::menu::{self, Menu};
use super::state::{Flash, FlashKind, Overlay, PAGE, Screen, State};
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
    /// The loop ran the effects of the last message.
    Saved(Result<(), SaveError>),
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
        Msg::Paste(text) => match state.overlay {
            None | Some(Overlay::Card { .. }) => {
                state.overlay = None;
                let changed = state.dir.query.insert_str(&text);
                if changed {
                    query_changed(state);
                }
                true
            }
            _ => false,
        },
        Msg::Resize(cols, rows) => {
            state.size = (cols, rows);
            ensure_visible(state);
            true
        }
        Msg::Clock(now) => {
            let visible_change = now.date() != state.now.date()
                || now.hour() != state.now.hour()
                || now.minute() != state.now.minute();
            state.now = now;
            visible_change
        }
        Msg::Saved(result) => saved(state, result),
    }
}

/// A write finished: apply what was waiting for it, or say why it failed (keeping every
/// input as it is so nothing typed is lost).
fn saved(state: &mut State, result: Result<(), SaveError>) -> bool {
    let pending = state.pending.take();
    match result {
        Ok(()) => {
            if let Some(p) = pending {
                super::pending::apply(state, p);
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

/// The contexts active now, most specific first.
pub fn active_contexts(state: &State) -> Vec<Context> {
    let overlay = state.overlay.as_ref().map(|o| match o {
        Overlay::Help { .. } => Context::Help,
        Overlay::Menu(_) => Context::Menu,
        Overlay::Card { .. } => Context::Card,
    });
    let screen = match state.screen {
        Screen::Directory => Context::Directory,
    };
    keymap::stack(overlay, screen, true)
}

fn on_key(state: &mut State, key: Key) -> bool {
    if let Some(action) = keymap::lookup(&active_contexts(state), key) {
        return apply(state, action);
    }
    let Some(c) = key.printable() else { return false };
    match &mut state.overlay {
        Some(Overlay::Menu(m)) => match m.position_of_key(c) {
            Some(i) => {
                m.selected = i;
                choose(state, true)
            }
            None => false,
        },
        Some(Overlay::Help { .. }) => false,
        // Typing on the full card goes back to the search.
        Some(Overlay::Card { .. }) | None => {
            state.overlay = None;
            if state.dir.query.insert(c) {
                query_changed(state);
            }
            true
        }
    }
}

fn apply(state: &mut State, action: Action) -> bool {
    use Action::*;
    match action {
        Quit => {
            state.quit = true;
            true
        }
        Help => {
            state.overlay = match state.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            };
            true
        }
        CloseOverlay => state.overlay.take().is_some(),
        Up | Down | PageUp | PageDown | First | Last => move_selection(state, action),
        CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward | DeleteWordBack
        | ClearField => {
            if state.dir.query.apply(action) {
                query_changed(state);
            }
            true
        }
        EscapeDirectory => {
            if !state.dir.query.is_empty() {
                state.dir.query.clear();
                query_changed(state);
                true
            } else {
                clear_filters(state)
            }
        }
        ToggleCard => {
            if state.selected_offer().is_some() {
                state.overlay = Some(Overlay::Card { scroll: 0 });
            }
            true
        }
        CardScrollUp | CardScrollDown => {
            if let Some(Overlay::Card { scroll }) = &mut state.overlay {
                *scroll =
                    if action == CardScrollUp { scroll.saturating_sub(1) } else { scroll.saturating_add(1) };
            }
            true
        }
        ToggleNeed(n) => {
            menu::toggle(&mut state.dir.filters, &menu::Choice::Need(n));
            filters_changed(state);
            true
        }
        OpenMenu(kind) => {
            let c = &state.catalog;
            state.overlay = Some(Overlay::Menu(Menu::build(kind, state.lang, &c.towns, &c.languages)));
            true
        }
        ClearFilters => clear_filters(state),
        ToggleInactive => {
            state.dir.filters.include_inactive = !state.dir.filters.include_inactive;
            filters_changed(state);
            true
        }
        MenuToggle => choose(state, false),
        MenuChoose => choose(state, true),
        // Form and confirmation keys are only bound in contexts the directory never activates.
        FormSave | FormCancel | FormNext | FormPrev | FieldNext | FieldPrev | FormSectionNext
        | FormSectionPrev | OptionNext | OptionPrev | OptionToggle | OptionClear | ConfirmYes | ConfirmNo => {
            false
        }
    }
}

/// Toggles the highlighted menu entry; closes the menu when `close`.
fn choose(state: &mut State, close: bool) -> bool {
    let Some(Overlay::Menu(m)) = &state.overlay else { return false };
    let Some(item) = m.items.get(m.selected) else { return false };
    let choice = item.choice.clone();
    menu::toggle(&mut state.dir.filters, &choice);
    filters_changed(state);
    if close {
        state.overlay = None;
    }
    true
}

fn clear_filters(state: &mut State) -> bool {
    if state.dir.filters == Default::default() {
        return false;
    }
    state.dir.filters = Default::default();
    filters_changed(state);
    true
}

fn query_changed(state: &mut State) {
    reset_list(state);
}

fn filters_changed(state: &mut State) {
    reset_list(state);
}

fn reset_list(state: &mut State) {
    let d = &mut state.dir;
    d.pending = true;
    d.selected = 0;
    d.offset = 0;
    d.limit = PAGE;
}

/// Rows of the result list on screen; paging moves by this much.
pub fn list_rows(state: &State) -> usize {
    crate::app::layout::list_rows(state.size.0, state.size.1)
}

fn move_selection(state: &mut State, action: Action) -> bool {
    use Action::*;
    let rows = list_rows(state).max(1);
    match &mut state.overlay {
        Some(Overlay::Menu(m)) => {
            let n = m.items.len();
            if n > 0 {
                m.selected = match action {
                    Up => (m.selected + n - 1) % n,
                    Down => (m.selected + 1) % n,
                    _ => m.selected,
                };
            }
            return true;
        }
        Some(Overlay::Help { scroll }) | Some(Overlay::Card { scroll }) => {
            let page = rows as u16;
            *scroll = match action {
                Up => scroll.saturating_sub(1),
                Down => scroll.saturating_add(1),
                PageUp => scroll.saturating_sub(page),
                PageDown => scroll.saturating_add(page),
                First => 0,
                _ => *scroll,
            };
            return true;
        }
        None => {}
    }
    let d = &mut state.dir;
    let total = d.results.total;
    if total == 0 {
        return false;
    }
    let last = total - 1;
    d.selected = match action {
        Up => d.selected.saturating_sub(1),
        Down => (d.selected + 1).min(last),
        PageUp => d.selected.saturating_sub(rows),
        PageDown => (d.selected + rows).min(last),
        First => 0,
        _ => last,
    };
    // Past the fetched hits: fetch more (the ranking is deterministic, so rows stay put).
    if d.selected + rows >= d.results.hits.len() && d.results.hits.len() < total {
        d.limit = (d.selected + rows + PAGE).min(total);
        d.pending = true;
        state.settle();
    }
    ensure_visible(state);
    true
}

fn ensure_visible(state: &mut State) {
    let rows = list_rows(state).max(1);
    let d = &mut state.dir;
    if d.selected < d.offset {
        d.offset = d.selected;
    } else if d.selected >= d.offset + rows {
        d.offset = d.selected + 1 - rows;
    }
}
