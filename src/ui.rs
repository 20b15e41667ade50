//! Screens and widgets, rendered from `&State` only: no store queries, no searches.

mod audit;
mod card;
mod chrome;
mod clients;
mod directory;
mod form;
mod log;
mod offer_editor;
mod overlay;
mod referral;
mod stats;
pub mod text;
mod theme;

use crate::app::layout;
use crate::app::{Overlay, Screen, State};
use crate::i18n::T;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// Draws the whole screen. Any terminal size, from 0×0 up, is safe.
pub fn render(frame: &mut Frame, state: &State) {
    let area = frame.area();
    if let Some(hidden) = state.privacy.hidden {
        privacy(frame, area, state, hidden);
        return;
    }
    if layout::too_small(area) {
        too_small(frame, area, state);
        return;
    }
    match state.screen {
        Screen::Directory => directory::render(frame, area, state),
        Screen::Clients => clients::list(frame, area, state),
        Screen::ClientView => clients::view(frame, area, state),
        Screen::Intake => clients::intake(frame, area, state),
        Screen::Log => log::render(frame, area, state),
        Screen::OfferEditor => offer_editor::render(frame, area, state),
        Screen::Audit => audit::render(frame, area, state),
        Screen::Stats => stats::render(frame, area, state),
        #[cfg(test)]
        Screen::Probe => {}
    }
    render_overlay(frame, area, state, state.overlay.as_ref());
}

/// The privacy screen: nothing but how to show Lotse again — no header, no client, no count.
fn privacy(frame: &mut Frame, area: Rect, state: &State, hidden: crate::app::state::Hidden) {
    use ratatui::widgets::{Paragraph, Wrap};
    let lang = state.lang;
    let mut text = lang.f(T::PrivacyShown, &[&lang.pick("Strg-Z", "Ctrl-Z")]);
    if let crate::app::state::Hidden::Idle(m) = hidden {
        text.push('\n');
        text.push_str(&lang.f(T::PrivacyIdle, &[&m]));
    }
    let rows = text.lines().count() as u16;
    let top = area.height.saturating_sub(rows) / 2;
    let inner = Rect { y: area.y + top, height: area.height.saturating_sub(top), ..area };
    frame.render_widget(
        Paragraph::new(text).alignment(ratatui::layout::Alignment::Center).wrap(Wrap { trim: true }),
        inner,
    );
}

#[cfg(test)]
mod tests_editor;
#[cfg(test)]
mod tests_files;
#[cfg(test)]
mod tests_log;
#[cfg(test)]
mod tests_privacy;
#[cfg(test)]
mod tests_stats;

fn render_overlay(frame: &mut Frame, area: Rect, state: &State, overlay: Option<&Overlay>) {
    match overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, area, state, *scroll),
        Some(Overlay::Menu(menu)) => overlay::menu(frame, area, state, menu),
        Some(Overlay::Card { scroll }) => card::full(frame, area, state, *scroll),
        Some(Overlay::Modal(m)) => overlay::modal(frame, area, state, m),
        Some(Overlay::Report(r)) => overlay::report(frame, area, state, r),
        Some(Overlay::Confirm { question, behind, .. }) => {
            render_overlay(frame, area, state, behind.as_deref());
            overlay::confirm(frame, area, question);
        }
        None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect, state: &State) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lang = state.lang;
    let detail =
        lang.f(T::TooSmallDetail, &[&layout::MIN_COLS, &layout::MIN_ROWS, &area.width, &area.height]);
    // The detail wraps: on a narrow window the size it has now is the part worth reading.
    let w = area.width as usize;
    let lines: Vec<Line> = std::iter::once(text::fit(lang.t(T::TooSmall), w))
        .chain(text::wrap(&detail, w))
        .map(Line::from)
        .collect();
    let n = (lines.len() as u16).min(area.height);
    let y = area.height.saturating_sub(n) / 2;
    let r = Rect { y: area.y + y, height: n, ..area };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), r);
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_clients;
