//! The directory screen's actions: the search field, the filters, the list and the card.

use super::action::Action;
use super::menu::{self, Menu};
use super::state::{Overlay, PAGE, State};

/// Handles a directory action; `false` when it is not one.
pub fn apply(state: &mut State, action: Action) -> bool {
    use Action::*;
    match action {
        Up | Down | PageUp | PageDown | First | Last => move_selection(state, action),
        CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward | DeleteWordBack
        | ClearField => {
            if state.dir.query.apply(action) {
                reset_list(state);
            }
            true
        }
        EscapeDirectory => {
            if !state.dir.query.is_empty() {
                state.dir.query.clear();
                reset_list(state);
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
        ToggleNeed(n) => {
            menu::toggle(&mut state.dir.filters, &menu::Choice::Need(n));
            reset_list(state);
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
            reset_list(state);
            true
        }
        _ => false,
    }
}

/// A typed character goes into the search.
pub fn type_char(state: &mut State, c: char) -> bool {
    if state.dir.query.insert(c) {
        reset_list(state);
    }
    true
}

pub fn paste(state: &mut State, text: &str) -> bool {
    if state.dir.query.insert_str(text) {
        reset_list(state);
    }
    true
}

/// Toggles the highlighted menu entry; closes the menu when `close`.
pub fn choose(state: &mut State, close: bool) -> bool {
    let Some(Overlay::Menu(m)) = &state.overlay else { return false };
    let Some(item) = m.items.get(m.selected) else { return false };
    let choice = item.choice.clone();
    menu::toggle(&mut state.dir.filters, &choice);
    reset_list(state);
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
    reset_list(state);
    true
}

/// The query or filters changed: search again from the top.
pub fn reset_list(state: &mut State) {
    let d = &mut state.dir;
    d.pending = true;
    d.cursor.reset();
    d.limit = PAGE;
}

/// Rows of the result list on screen; paging moves by this much.
pub fn list_rows(state: &State) -> usize {
    crate::app::layout::list_rows(state.size.0, state.size.1)
}

fn move_selection(state: &mut State, action: Action) -> bool {
    let rows = list_rows(state);
    let total = state.dir.results.total;
    if !state.dir.cursor.step(action, total, rows) || total == 0 {
        return false;
    }
    // Past the fetched hits: fetch more (the ranking is deterministic, so rows stay put).
    let d = &mut state.dir;
    if d.cursor.selected + rows >= d.results.hits.len() && d.results.hits.len() < total {
        d.limit = (d.cursor.selected + rows + PAGE).min(total);
        d.pending = true;
        state.settle();
    }
    true
}

pub fn keep_visible(state: &mut State) {
    let rows = list_rows(state);
    state.dir.cursor.keep_visible(rows);
}
