//! Things drawn over the screen: the help (generated from the keymap) and the filter choice
//! lists.

use super::text::{fit, safe, width, wrap};
use super::theme;
use crate::app::keymap;
use crate::app::menu::Menu;
use crate::app::{MenuKind, State};
use crate::i18n::T;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// A centred box of at most `w`×`h` inside `area`, below the header and above the footer.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let avail_h = area.height.saturating_sub(2);
    let (w, h) = (w.min(area.width), h.min(avail_h));
    Rect { x: area.x + (area.width - w) / 2, y: area.y + 1 + (avail_h - h) / 2, width: w, height: h }
}

pub fn help(frame: &mut Frame, area: Rect, state: &State, scroll: u16) {
    let lang = state.lang;
    let r = centered(area, 96, area.height);
    frame.render_widget(Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme::label())
        .title(Span::styled(format!(" {} ", lang.t(T::HelpTitle)), theme::title()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let w = inner.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = wrap(lang.t(T::HelpIntro), w).into_iter().map(Line::from).collect();
    let key_w = 16.min(w / 3);
    let first = state.screen_contexts();
    for (title, rows) in keymap::help_sections(lang, &first) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(title, theme::label()));
        for (keys, desc) in rows {
            let keys = fit(&keys, key_w);
            let pad = key_w.saturating_sub(width(&keys));
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys}{}", " ".repeat(pad)), theme::footer_key()),
                Span::raw(format!(" {}", fit(&desc, w.saturating_sub(key_w + 3)))),
            ]));
        }
    }
    let max = lines.len().saturating_sub(inner.height as usize) as u16;
    let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), inner);
}

pub fn menu(frame: &mut Frame, area: Rect, state: &State, menu: &Menu) {
    let lang = state.lang;
    let title = match menu.kind {
        MenuKind::Needs => T::MenuNeeds,
        MenuKind::Groups => T::MenuGroups,
        MenuKind::Languages => T::MenuLanguages,
        MenuKind::Towns => T::MenuTowns,
        MenuKind::Upkeep => T::MenuUpkeep,
    };
    let h = menu.items.len() as u16 + 2;
    let r = centered(area, 56, h.max(3));
    frame.render_widget(Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme::label())
        .title(Span::styled(format!(" {} ", lang.t(title)), theme::title()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let rows = inner.height as usize;
    let offset = menu.selected.saturating_sub(rows.saturating_sub(1));
    let w = inner.width as usize;
    let lines: Vec<Line> = menu
        .items
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(i, item)| {
            let on = Menu::is_active(item, &state.dir.filters);
            let mark = match (Menu::is_command(item), on) {
                (true, _) => "  →",
                (false, true) => "[x]",
                (false, false) => "[ ]",
            };
            let text = fit(&format!(" {} {mark} {}", item.key, safe(&item.label)), w);
            let line = Line::from(vec![Span::raw(text)]);
            if i == menu.selected { line.style(theme::selected()) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A small form in a box over the screen, with its own key hints at the bottom.
pub fn modal(frame: &mut Frame, area: Rect, state: &State, m: &crate::app::modal::Modal) {
    let rows: u16 = m
        .form
        .fields
        .iter()
        .filter(|f| !f.hidden)
        .map(|f| match &f.kind {
            crate::app::form::Kind::Multi { options, .. } => (options.len() as u16).div_ceil(2).max(1),
            _ => 1,
        })
        .sum::<u16>()
        + m.form.fields.iter().filter(|f| f.error.is_some()).count() as u16 * 2;
    let r = centered(area, 76, rows + 4);
    frame.render_widget(Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme::label())
        .title(Span::styled(format!(" {} ", m.title), theme::title()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let form_area = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    super::form::render(frame, form_area, &m.form, state.lang, true);
    let hint = format!(" {} ", state.lang.t(T::ModalHint));
    let hint_area = Rect { y: inner.bottom().saturating_sub(1), height: 1.min(inner.height), ..inner };
    frame.render_widget(Paragraph::new(fit(&hint, inner.width as usize)).style(theme::dim()), hint_area);
}

/// A yes/no question in a small box.
pub fn confirm(frame: &mut Frame, area: Rect, question: &str) {
    let lines = wrap(question, 50);
    let r = centered(area, 56, lines.len() as u16 + 2);
    frame.render_widget(Clear, r);
    let block = Block::new().borders(Borders::ALL).border_style(theme::warning());
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let text: Vec<Line> = lines.into_iter().map(|l| Line::styled(format!(" {l}"), theme::title())).collect();
    frame.render_widget(Paragraph::new(text), inner);
}

/// A report (an import's) in a box as wide as the help, scrolled by the router; the rows are
/// wrapped by the report itself (`app::report`), so the end of scrolling is where the text ends.
pub fn report(frame: &mut Frame, area: Rect, state: &State, report: &crate::app::report::Report) {
    let lang = state.lang;
    let r = crate::app::layout::report_box(area);
    if r.width < 6 || r.height < 4 {
        return;
    }
    frame.render_widget(Clear, r);
    let block = Block::new().borders(Borders::ALL).border_style(theme::label()).title(Span::styled(
        format!(" {} ", fit(&safe(&report.title), r.width as usize - 4)),
        theme::title(),
    ));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let (w, h) = crate::app::layout::report_text(area.width, area.height);
    let rows = report.rows(w);
    let first = report.scroll.min(rows.len().saturating_sub(h));
    let shown: Vec<Line> = rows.iter().skip(first).take(h).map(|l| Line::raw(fit(l, w))).collect();
    let text_area = Rect { x: inner.x + 1, width: w as u16, height: h as u16, ..inner };
    frame.render_widget(Paragraph::new(shown), text_area);
    let last = (first + h).min(rows.len());
    let mut hint = format!(" {} ", lang.t(T::ReportHint));
    if rows.len() > h {
        hint = format!("{hint}· {} ", lang.f(T::ReportRows, &[&(first + 1), &last, &rows.len()]));
    }
    let hint_area = Rect { y: inner.bottom().saturating_sub(1), height: 1.min(inner.height), ..inner };
    frame.render_widget(Paragraph::new(fit(&hint, inner.width as usize)).style(theme::dim()), hint_area);
}
