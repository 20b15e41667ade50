//! The frame around every screen: the header bar and the footer with the keys that matter now
//! (generated from the keymap) or the last message.

use super::text::{fit, width};
use super::theme;
use crate::app::keymap;
use crate::app::state::FlashKind;
use crate::app::update::active_contexts;
use crate::app::{Action, State};
use crate::domain::Weekday;
use crate::i18n::{T, Ti};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn header(frame: &mut Frame, area: Rect, state: &State, screen: &str) {
    let lang = state.lang;
    let mut left = format!(" {} · {screen}", lang.t(T::AppTitle));
    // The current client (referrals go to them) and what is due: on every screen.
    if let Some(c) = state.current_client.and_then(|id| state.records.client(id)) {
        left.push_str(&format!(
            " │ {} ({})",
            lang.f(Ti::CurrentClient, &[&c.reference()]),
            super::clients::group_text(c)
        ));
    }
    let due = state.due_count();
    if due > 0 {
        left.push_str(&format!(" │ {}", lang.f(T::DueCount, &[&due])));
    }
    if state.read_only.is_some() {
        left.push_str(&format!(" │ {}", lang.t(T::ReadOnlyShort)));
    }
    if let Some(b) = state.backups.as_ref().filter(|b| b.warning(state.today())) {
        let text = match b.last {
            Some(d) => lang.f(T::BackupOld, &[&d]),
            None => lang.t(T::BackupNone).to_string(),
        };
        left.push_str(&format!(" │ {text}"));
    }
    let day = Weekday::of(&state.now);
    let day = if lang.is_en() { day.en() } else { day.de() };
    let w = area.width as usize;
    // The right side shrinks before the left loses anything: client and due count matter more
    // than the date.
    let demo = |long: bool| {
        if !state.source.demo {
            ""
        } else if long {
            lang.t(T::Demo)
        } else {
            "DEMO"
        }
    };
    // When the last good backup was made: on wide screens (a warning is on the left anyway).
    let backup = match state.backups.as_ref().and_then(|b| b.last) {
        Some(d) if d == state.today() => sep(lang.t(T::BackupToday)),
        Some(d) => sep(&lang.f(T::BackupShort, &[&d])),
        None => String::new(),
    };
    let candidates = [
        format!("{backup}{}{day} {} ", sep(demo(true)), state.now.format("%d.%m.%Y %H:%M")),
        format!("{}{day} {} ", sep(demo(false)), state.now.format("%d.%m. %H:%M")),
        format!("{}{} ", sep(demo(false)), state.now.format("%H:%M")),
        String::new(),
    ];
    let right = candidates.iter().find(|r| width(&left) + width(r) < w).cloned().unwrap_or_default();
    let gap = w.saturating_sub(width(&left) + width(&right));
    let line = if right.is_empty() { fit(&left, w) } else { format!("{left}{}{right}", " ".repeat(gap)) };
    frame.render_widget(Paragraph::new(line).style(theme::header()), area);
}

/// "DEMO · " before the date, or nothing.
fn sep(s: &str) -> String {
    if s.is_empty() { String::new() } else { format!("{s} · ") }
}

pub fn footer(frame: &mut Frame, area: Rect, state: &State) {
    let w = area.width as usize;
    if let Some(flash) = &state.flash {
        let style = match flash.kind {
            FlashKind::Error => theme::error(),
            FlashKind::Info => theme::open_now(),
        };
        frame.render_widget(Paragraph::new(fit(&super::text::safe(&flash.text), w)).style(style), area);
        return;
    }
    let relevant = |a: Action| match a {
        Action::ClearFilters if state.screen == crate::app::Screen::Log => state.log.is_filtered(),
        Action::ClearFilters => state.dir.filters != Default::default(),
        Action::Refer | Action::ToggleMark => state.current_client.is_some(),
        // Over a form the form's keys need the room.
        Action::NewCall => state.current_client.is_some() && state.overlay.is_none(),
        // With a client the directory's footer needs room for referring and F10 at 80 columns;
        // the arrows need no hint.
        Action::Up | Action::Down
            if state.screen == crate::app::Screen::Directory && state.current_client.is_some() =>
        {
            false
        }
        Action::ToggleCard => state.selected_offer().is_some(),
        _ => true,
    };
    let hints = keymap::hints(&active_contexts(state), state.lang, relevant);
    let item_w = |(k, l, _): &(String, &str, bool)| width(k) + 1 + width(l) + 2;
    // Help and quit always show; the screen's keys fill what is left, in table order. Every
    // item is followed by two spaces; the last one's may fall off the edge.
    let mut budget = (w + 2).saturating_sub(hints.iter().filter(|h| h.2).map(item_w).sum());
    let mut spans = Vec::new();
    for h in hints.iter().filter(|h| !h.2).chain(hints.iter().filter(|h| h.2)) {
        if !h.2 {
            if item_w(h) > budget {
                continue;
            }
            budget -= item_w(h);
        }
        spans.push(Span::styled(h.0.clone(), theme::footer_key()));
        spans.push(Span::raw(format!(" {}  ", h.1)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
