//! The referral log screen: the active view and filters, the table (columns shrink on 80
//! columns), and the selected referral's details and history below it on tall terminals or
//! over the table (Enter). Everything comes from the list the state computed.

use super::referral::{detail_lines, short_status, status_cell};
use super::text::{fit, safe, width, wrap};
use super::{chrome, theme};
use crate::app::State;
use crate::app::screen::log::{Scope, Sort, TALL_ROWS, log_rows};
use crate::domain::referral::{age_days, is_overdue};
use crate::domain::{ClientRef, LogView};
use crate::i18n::{Label, Tl};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// From this width on the table uses long dates and full status names.
const WIDE: usize = 100;

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let row = |y: u16, h: u16| Rect { y: area.y + y, height: h.min(area.height.saturating_sub(y)), ..area };
    chrome::header(frame, row(0, 1), state, lang.t(Tl::ScreenLog));
    chrome::footer(frame, Rect { y: area.bottom().saturating_sub(1), height: 1, ..area }, state);
    if area.height < 6 {
        return;
    }
    filter_line(frame, row(1, 1), state);
    let body_h = area.height - 3;
    if state.log.zoom {
        if let Some(r) = state.log.selected(&state.records) {
            let pane = Rect { x: area.x + 1, width: area.width.saturating_sub(2), ..row(2, body_h) };
            let lines = detail_lines(state, r, pane.width as usize, true);
            frame.render_widget(Paragraph::new(tail(lines, pane.height as usize)), pane);
        }
        return;
    }
    let table_h = log_rows(state.size).min(body_h.saturating_sub(1) as usize) as u16 + 1;
    let table_h = if area.height >= TALL_ROWS { table_h } else { body_h };
    table(frame, row(2, table_h), state);
    let pane_y = 2 + table_h;
    if area.height >= TALL_ROWS && body_h > table_h + 1 {
        let sep = row(pane_y, 1);
        frame.render_widget(Paragraph::new("─".repeat(area.width as usize)).style(theme::dim()), sep);
        let pane = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..row(pane_y + 1, body_h - table_h - 1)
        };
        if let Some(r) = state.log.selected(&state.records) {
            let lines = detail_lines(state, r, pane.width as usize, false);
            frame.render_widget(Paragraph::new(tail(lines, pane.height as usize)), pane);
        }
    }
}

/// Keeps the head of the details and the newest history entries when they do not all fit.
fn tail(mut lines: Vec<Line<'static>>, rows: usize) -> Vec<Line<'static>> {
    let Some(h) = lines.iter().position(|l| l.style == theme::label()) else {
        lines.truncate(rows);
        return lines;
    };
    if lines.len() <= rows || h + 2 > rows {
        lines.truncate(rows);
        return lines;
    }
    let drop = lines.len() - rows + 1;
    let mut out: Vec<Line<'static>> = lines.drain(..=h).collect();
    let dropped = lines.drain(..drop.min(lines.len())).count();
    out.push(Line::styled(format!("  … {dropped}"), theme::dim()));
    out.extend(lines);
    out
}

fn filter_line(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let log = &state.log;
    let heading = match log.scope {
        Scope::Standard if log.due_view => LogView::Due(Vec::new()).label(lang),
        Scope::Standard => LogView::Open(Vec::new()).label(lang),
        other => lang.t(other.text()),
    };
    let mut spans = vec![Span::styled(format!(" {heading} "), theme::title())];
    let f = &log.filter;
    let mut chips: Vec<String> = Vec::new();
    if let Some(s) = f.status {
        chips.push(lang.f(Tl::ChipStatus, &[&short_status(s, lang)]));
    }
    if let Some(n) = f.need {
        chips.push(format!("{} {}", n.code(), n.label(lang)));
    }
    if let Some(c) = f.client {
        chips.push(lang.f(Tl::ChipClient, &[&ClientRef(c)]));
    }
    if !f.offer.trim().is_empty() {
        chips.push(lang.f(Tl::ChipOffer, &[&safe(f.offer.trim())]));
    }
    if let Some(d) = f.from {
        chips.push(lang.f(Tl::ChipFrom, &[&d]));
    }
    if let Some(d) = f.to {
        chips.push(lang.f(Tl::ChipTo, &[&d]));
    }
    if log.sort == Sort::Created {
        chips.push(lang.t(Sort::Created.text()).to_string());
    }
    for c in chips {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!(" {c} "), theme::chip()));
    }
    // The intakes' own follow-ups that are due: they are no referrals, so they stand here,
    // by client number (and date when past), not in the table.
    if !log.intake_due.is_empty() {
        let today = state.today();
        let who: Vec<String> = log
            .intake_due
            .iter()
            .map(|&(c, d)| {
                if d < today {
                    format!("{} ({})", ClientRef(c), date_text(d, false))
                } else {
                    ClientRef(c).to_string()
                }
            })
            .collect();
        spans.push(Span::raw(" "));
        spans
            .push(Span::styled(format!(" {} ", lang.f(Tl::IntakeDue, &[&who.join(", ")])), theme::warning()));
    }
    if log.is_filtered() {
        spans.push(Span::styled(format!("  {}", lang.t(Tl::ClearHint)), theme::dim()));
    }
    // How many are listed, at the right when there is room: the filters come first.
    let w = area.width as usize;
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let count = match log.rows.len() {
        1 => format!("{} ", lang.t(Tl::CountOne)),
        n => format!("{} ", lang.f(Tl::Count, &[&n])),
    };
    if !log.rows.is_empty() && used + width(&count) < w {
        spans.push(Span::raw(" ".repeat(w - used - width(&count))));
        spans.push(Span::styled(count, theme::dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(super::text::fit_spans(spans, w))), area);
}

/// Column widths: (date, client, need, status, follow-up, age); the offer takes the rest.
fn columns(w: usize) -> (usize, usize, usize, usize, usize, usize) {
    if w >= WIDE { (10, 7, 4, 30, 10, 5) } else { (8, 7, 4, 15, 8, 4) }
}

fn date_text(d: crate::domain::Date, wide: bool) -> String {
    if wide { d.to_string() } else { d.naive().format("%d.%m.%y").to_string() }
}

fn table(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let w = area.width as usize;
    let wide = w >= WIDE;
    let (dw, cw, nw, sw, fw, aw) = columns(w);
    let ow = w.saturating_sub(2 + dw + cw + nw + sw + fw + aw + 6).max(6);
    let cell = |s: &str, n: usize| format!("{:<n$}", fit(s, n));
    let head = format!(
        "  {} {} {} {} {} {} {:>aw$}",
        cell(lang.t(Tl::ColDate), dw),
        cell(lang.t(Tl::ColClient), cw),
        cell(lang.t(Tl::ColOffer), ow),
        cell(lang.t(Tl::ColNeed), nw),
        cell(lang.t(Tl::ColStatus), sw),
        cell(lang.t(Tl::ColFollowUp), fw),
        fit(lang.t(Tl::ColAge), aw),
    );
    frame.render_widget(Paragraph::new(fit(&head, w)).style(theme::dim()), Rect { height: 1, ..area });
    let rows_area = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    let log = &state.log;
    if log.rows.is_empty() {
        let m = if state.records.referrals.is_empty() {
            Tl::NoReferrals
        } else if log.is_filtered() {
            Tl::NoMatches
        } else {
            Tl::NothingOpen
        };
        let lines: Vec<Line> =
            wrap(lang.t(m), w.saturating_sub(2)).into_iter().map(|l| Line::from(format!(" {l}"))).collect();
        frame.render_widget(Paragraph::new(lines).style(theme::dim()), rows_area);
        return;
    }
    let today = state.today();
    let n = rows_area.height as usize;
    let cur = log.cursor;
    let offset =
        if cur.selected >= cur.offset + n { cur.selected + 1 - n } else { cur.offset.min(cur.selected) };
    let mut lines = Vec::with_capacity(n);
    for (pos, &i) in log.rows.iter().enumerate().skip(offset).take(n) {
        let Some(r) = state.records.referrals.get(i) else { continue };
        let sel = pos == cur.selected;
        let overdue = is_overdue(r, today);
        let offer = safe(&r.offer_snapshot.title);
        let offer = if wide && !r.offer_snapshot.provider.is_empty() {
            format!("{offer} · {}", safe(&r.offer_snapshot.provider))
        } else {
            offer
        };
        let text = format!(
            "{}{}{} {} {} {} {} {} {:>aw$}",
            if sel { "▶" } else { " " },
            if overdue { "!" } else { " " },
            cell(&date_text(r.created.date(), wide), dw),
            cell(&ClientRef(r.client.0).to_string(), cw),
            cell(&offer, ow),
            cell(r.need.code(), nw),
            cell(&status_cell(r, lang, sw), sw),
            cell(&r.follow_up.map(|d| date_text(d, wide)).unwrap_or_else(|| "–".into()), fw),
            age_days(r, today),
        );
        let style = if sel {
            theme::selected()
        } else if overdue {
            theme::warning()
        } else if !r.is_open() {
            theme::dim()
        } else {
            Style::new()
        };
        lines.push(Line::styled(fit(&text, w), style));
    }
    frame.render_widget(Paragraph::new(lines), rows_area);
}
