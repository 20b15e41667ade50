//! The statistics screen (F11): the period line, then the sections from the one scrolled to —
//! three charts (contacts per month, needs, referrals by status) and every table of the
//! figures with exact numbers, marked internal. Any size is safe; what does not fit is cut.

use super::text::{fit, width};
use super::{chrome, theme};
use crate::app::State;
use crate::domain::{Need, ReferralStatus};
use crate::figures::render::{Numbers, cell};
use crate::figures::{Figures, RowKey, Table, TableId};
use crate::i18n::{Label, Lang, Tf};
use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

/// The chart sections before the tables.
pub const CHARTS: usize = 3;

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let row = |y: u16, h: u16| Rect { y: area.y + y, height: h.min(area.height.saturating_sub(y)), ..area };
    chrome::header(frame, row(0, 1), state, lang.t(Tf::ScreenStats));
    chrome::footer(frame, Rect { y: area.bottom().saturating_sub(1), height: 1, ..area }, state);
    if area.height < 4 {
        return;
    }
    period_line(frame, row(1, 1), state);
    let Some(f) = &state.stats.figures else { return };
    let mut y = area.y + 2;
    let bottom = area.bottom().saturating_sub(1);
    let x = area.x + 1;
    let w = area.width.saturating_sub(2);
    let mut section = state.stats.section;
    let mut skip = state.stats.line;
    while y < bottom && section < CHARTS + f.tables.len() {
        let room = bottom - y;
        let used = match section {
            0 => months_chart(frame, Rect { x, y, width: w, height: room.min(8) }, f, lang),
            1 => needs_chart(
                frame,
                Rect { x, y, width: w, height: room.min(Need::ALL.len() as u16 + 1) },
                f,
                lang,
            ),
            2 => status_chart(frame, Rect { x, y, width: w, height: room.min(14) }, f, lang),
            i => table(frame, Rect { x, y, width: w, height: room }, &f.tables[i - CHARTS], skip, lang),
        };
        y += used;
        skip = 0;
        section += 1;
    }
}

/// "Zeitraum 01.10.2026 – 31.12.2026 · intern – exakte Zahlen …", or the range being typed.
fn period_line(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let w = area.width as usize;
    if let Some(input) = &state.stats.typing {
        let prompt = lang.t(Tf::StatsTyping);
        let line = Line::from(vec![
            Span::styled(prompt.to_string(), theme::label()),
            Span::styled(input.value().to_string(), theme::editing()),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let cx = area.x
            + (width(prompt)
                + input.value().chars().take(input.cursor()).map(|c| width(&c.to_string())).sum::<usize>())
            .min(w.saturating_sub(1)) as u16;
        frame.set_cursor_position((cx, area.y));
        return;
    }
    let period = state.stats.period(state.today());
    let head = lang.f(Tf::StatsPeriod, &[&period.from, &period.to]);
    let note = lang.t(if w >= 100 { Tf::StatsInternal } else { Tf::StatsInternalShort });
    let sections = state.stats.sections().max(1);
    let at = lang.f(Tf::StatsSection, &[&(state.stats.section + 1), &sections]);
    let line = Line::from(vec![
        Span::styled(head.clone(), theme::title()),
        Span::raw(" · "),
        Span::styled(note.to_string(), theme::warning()),
        Span::styled(format!(" · {at}"), theme::dim()),
    ]);
    frame.render_widget(Paragraph::new(Line::from(super::text::fit_spans(line.spans, w))), area);
}

fn title(frame: &mut Frame, area: Rect, text: &str) {
    frame.render_widget(
        Paragraph::new(fit(text, area.width as usize)).style(theme::title()),
        Rect { height: area.height.min(1), ..area },
    );
}

/// The area below a section's title.
fn below_title(area: Rect) -> Rect {
    Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area }
}

/// Contacts per month of the period, all kinds together: vertical bars.
fn months_chart(frame: &mut Frame, area: Rect, f: &Figures, lang: Lang) -> u16 {
    title(frame, area, lang.t(Tf::StatsChartMonths));
    let Some(t) = f.table(TableId::ContactsByMonth) else { return area.height };
    let n = t.rows.len().max(1) as u16;
    let bar_w = ((area.width.saturating_sub(n.saturating_sub(1))) / n).clamp(1, 7);
    let bars: Vec<Bar> = t
        .rows
        .iter()
        .map(|r| {
            let label = match &r.key {
                RowKey::Month(m) if bar_w >= 5 => format!("{:02}.{:02}", m.month, m.year % 100),
                RowKey::Month(m) => format!("{:02}", m.month),
                other => other.label(lang),
            };
            let v = r.cells.first().map_or(0, |c| c.number());
            Bar::default().value(v).label(Line::from(label)).text_value(v.to_string())
        })
        .collect();
    let chart = BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_w)
        .bar_gap(1)
        .bar_style(theme::label())
        .value_style(theme::header());
    frame.render_widget(chart, below_title(area));
    area.height
}

/// A horizontal bar chart: one labelled bar a line.
fn horizontal(frame: &mut Frame, area: Rect, rows: Vec<(String, u64)>) {
    let label_w = (area.width as usize / 3).clamp(4, 28);
    let bars: Vec<Bar> = rows
        .into_iter()
        .map(|(label, v)| {
            let label = format!("{:<label_w$} ", fit(&label, label_w));
            Bar::default().value(v).label(Line::from(label)).text_value(v.to_string())
        })
        .collect();
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .data(BarGroup::default().bars(&bars))
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme::label())
        .value_style(Style::new());
    frame.render_widget(chart, area);
}

/// Persons per need.
fn needs_chart(frame: &mut Frame, area: Rect, f: &Figures, lang: Lang) -> u16 {
    title(frame, area, lang.t(Tf::StatsChartNeeds));
    let rows = Need::ALL
        .iter()
        .map(|&n| {
            let v = f
                .table(TableId::Needs)
                .and_then(|t| t.cell(&RowKey::Need(n), "persons"))
                .map_or(0, |c| c.number());
            (format!("{} {}", n.code(), n.label(lang)), v)
        })
        .collect();
    horizontal(frame, below_title(area), rows);
    area.height
}

/// Referrals made in the period, by status now.
fn status_chart(frame: &mut Frame, area: Rect, f: &Figures, lang: Lang) -> u16 {
    title(frame, area, lang.t(Tf::StatsChartStatus));
    let rows = ReferralStatus::ALL
        .iter()
        .map(|&s| {
            let v = f
                .table(TableId::ReferralsByStatus)
                .and_then(|t| t.cell(&RowKey::Status(s), "referrals"))
                .map_or(0, |c| c.number());
            (s.label(lang).to_string(), v)
        })
        .collect();
    horizontal(frame, below_title(area), rows);
    area.height
}

/// A table: its title, the heads, the rows from `skip`, an empty line; returns the lines used.
fn table(frame: &mut Frame, area: Rect, t: &Table, skip: usize, lang: Lang) -> u16 {
    let w = area.width as usize;
    let cells: Vec<Vec<String>> =
        t.rows.iter().map(|r| r.cells.iter().map(|c| cell(c, lang, Numbers::Exact)).collect()).collect();
    let heads: Vec<&str> = t.columns.iter().map(|c| lang.t(c.head)).collect();
    // Each value column as wide as its widest value, and its head up to 14 wide.
    let col_w: Vec<usize> = (0..t.columns.len())
        .map(|i| {
            let values = cells.iter().map(|r| r.get(i).map_or(0, |s| width(s))).max().unwrap_or(0);
            values.max(width(heads[i]).min(if w >= 100 { 24 } else { 14 })).max(3)
        })
        .collect();
    let values_w: usize = col_w.iter().map(|c| c + 2).sum();
    let label_w = w.saturating_sub(values_w).clamp(8, 72);
    let line = |label: String, values: Vec<String>, style: Style| {
        let mut s = format!("{:<label_w$}", fit(&label, label_w));
        for (v, cw) in values.iter().zip(&col_w) {
            let v = fit(v, *cw);
            s.push_str(&format!("  {}{v}", " ".repeat(cw.saturating_sub(width(&v)))));
        }
        Line::styled(fit(&s, w), style)
    };
    let mut lines = vec![
        Line::styled(fit(lang.t(t.id.title()), w), theme::title()),
        line(String::new(), heads.iter().map(|h| h.to_string()).collect(), theme::label()),
    ];
    if t.rows.is_empty() {
        lines.push(Line::styled(fit(lang.t(Tf::StatsNoData), w), theme::dim()));
    }
    for (r, values) in t.rows.iter().zip(cells).skip(skip) {
        lines.push(line(r.key.label(lang), values, Style::new()));
    }
    lines.push(Line::raw(""));
    let n = (lines.len() as u16).min(area.height);
    frame.render_widget(Paragraph::new(lines), Rect { height: n, ..area });
    n
}
