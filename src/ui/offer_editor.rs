//! The offer editor screen: the form with every field of an offer, and beside it (wide
//! terminals) or above it (80×24) what the focused field expects, with the opening hours as
//! Lotse understood them.

use super::text::{fit, safe, wrap};
use super::{chrome, form, theme};
use crate::app::State;
use crate::app::form::Form;
use crate::app::screen::offer_editor::form as offer_form;
use crate::app::screen::offer_editor::form::OfferField as F;
use crate::app::screen::offer_editor::{EditorState, Mode};
use crate::domain::OpeningHours;
use crate::i18n::{Lang, Te};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

/// The screen's title: new offer, the offer's id, or the original of a copy.
fn title(e: &EditorState, lang: Lang) -> String {
    match (e.mode, &e.source) {
        (Mode::Edit, _) => lang.f(Te::ScreenEdit, &[&e.base.id]),
        (Mode::Copy, Some(src)) => lang.f(Te::ScreenCopy, &[src]),
        _ => lang.t(Te::ScreenNew).to_string(),
    }
}

/// The hours as understood, when the typed text reads as hours.
fn hours_line(f: &Form<F>, lang: Lang) -> Option<String> {
    match f.text(F::Hours) {
        "" => Some(lang.f(Te::HoursUnderstood, &[&lang.t(Te::HoursNone)])),
        t => OpeningHours::parse(t).ok().map(|h| {
            let parts: Vec<String> =
                h.grouped(lang.is_en()).into_iter().map(|(d, t)| format!("{d} {t}")).collect();
            lang.f(Te::HoursUnderstood, &[&parts.join("; ")])
        }),
    }
}

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let header = Rect { height: 1.min(area.height), ..area };
    let footer = Rect { y: area.bottom().saturating_sub(1), height: 1.min(area.height), ..area };
    let body = Rect { y: area.y + 1, height: area.height.saturating_sub(2), ..area };
    let Some(e) = &state.editor.draft else {
        chrome::header(frame, header, state, lang.t(Te::ScreenNew));
        chrome::footer(frame, footer, state);
        return;
    };
    chrome::header(frame, header, state, &title(e, lang));
    chrome::footer(frame, footer, state);
    let show_cursor = state.overlay.is_none();
    let help = lang.t(offer_form::help(&e.form));
    let on_hours = e.form.focused().is_some_and(|f| f.key == F::Hours);
    if area.width >= crate::app::layout::WIDE_COLS {
        let left_w = area.width * 3 / 5;
        let left = Rect { x: body.x + 1, width: left_w.saturating_sub(2), ..body };
        let right = Rect { x: body.x + left_w, width: body.width - left_w, ..body };
        form::render(frame, left, &e.form, lang, show_cursor);
        let block = Block::new().borders(Borders::LEFT).border_style(theme::dim());
        let inner = block.inner(right);
        frame.render_widget(block, right);
        let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
        let w = inner.width as usize;
        let mut lines: Vec<Line> = Vec::new();
        let id = match e.mode {
            Mode::Edit => lang.f(Te::PanelId, &[&e.base.id]),
            _ => lang.t(Te::PanelNewId).to_string(),
        };
        lines.push(Line::styled(fit(&id, w), theme::label()));
        lines.push(Line::raw(""));
        if let Some(f) = e.form.focused() {
            lines.push(Line::styled(fit(&safe(&f.label), w), theme::title()));
        }
        lines.extend(wrap(help, w).into_iter().map(Line::raw));
        let hours_typed = !e.form.text(F::Hours).is_empty();
        if let (true, Some(h)) = (on_hours || hours_typed, hours_line(&e.form, lang)) {
            lines.push(Line::raw(""));
            let style = if on_hours { theme::open_now() } else { theme::dim() };
            lines.extend(wrap(&safe(&h), w).into_iter().map(|l| Line::styled(l, style)));
        }
        lines.push(Line::raw(""));
        lines.extend(wrap(lang.t(Te::HelpGeneric), w).into_iter().map(|l| Line::styled(l, theme::dim())));
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        // On small terminals one line above the form says what the focused field expects.
        let top =
            Rect { x: body.x + 1, height: 1.min(body.height), width: body.width.saturating_sub(2), ..body };
        // On the hours: what Lotse understood once something readable is typed, else the format.
        let typed = !e.form.text(F::Hours).is_empty();
        let text = match (on_hours && typed, hours_line(&e.form, lang)) {
            (true, Some(h)) => safe(&h),
            _ => help.to_string(),
        };
        frame.render_widget(Paragraph::new(fit(&text, top.width as usize)).style(theme::dim()), top);
        frame.render_widget(
            Paragraph::new("─".repeat(body.width as usize)).style(theme::dim()),
            Rect { y: body.y + 1, height: 1.min(body.height.saturating_sub(1)), ..body },
        );
        let rest = Rect {
            y: body.y + 2,
            height: body.height.saturating_sub(2),
            x: body.x + 1,
            width: body.width.saturating_sub(2),
        };
        form::render(frame, rest, &e.form, lang, show_cursor);
    }
}
