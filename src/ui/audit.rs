//! The data protection screen: settings line, records due for anonymisation, the audit trail
//! (newest first) with its filter. The trail names records by number and fields by name only.

use super::text::{fit, safe, width};
use super::{chrome, theme};
use crate::app::State;
use crate::domain::ClientRef;
use crate::i18n::T;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let header = Rect { height: 1.min(area.height), ..area };
    let footer = Rect { y: area.bottom().saturating_sub(1), height: 1.min(area.height), ..area };
    let body = Rect { y: area.y + 1, height: area.height.saturating_sub(2), ..area };
    chrome::header(frame, header, state, lang.t(T::ScreenAudit));
    chrome::footer(frame, footer, state);
    if body.height < 5 {
        return;
    }
    let w = body.width as usize;
    let s = &state.settings;
    let idle = if s.idle_minutes == 0 { lang.t(T::IdleOff).to_string() } else { s.idle_minutes.to_string() };
    let settings = lang.f(T::RetentionLine, &[&s.retention_months, &idle]);
    let due = crate::privacy::due_ids(&state.records, s.retention_months, state.today());
    let due_line = if due.is_empty() {
        lang.t(T::NothingDue).to_string()
    } else {
        let names: Vec<String> = due.iter().take(6).map(|&id| ClientRef(id).to_string()).collect();
        let more = if due.len() > 6 { " …" } else { "" };
        lang.f(T::DueLine, &[&due.len(), &format!("{}{more}", names.join(", "))])
    };
    let a = &state.audit;
    let count = if a.reading() {
        lang.t(T::AuditReading).to_string()
    } else if a.filter.is_empty() {
        lang.f(T::AuditCount, &[&a.entries.len()])
    } else {
        lang.f(T::AuditFiltered, &[&a.hits.len(), &a.entries.len()])
    };
    line(frame, body, 0, Line::styled(fit(&format!(" {settings}"), w), theme::dim()));
    let due_style = if due.is_empty() { theme::dim() } else { theme::warning() };
    line(frame, body, 1, Line::styled(fit(&format!(" {due_line}"), w), due_style));
    line(frame, body, 2, Line::styled(fit(&format!(" {count}"), w), theme::label()));
    let label = format!(" {} › ", lang.t(T::SearchLabel));
    let q = safe(a.filter.value());
    line(
        frame,
        body,
        3,
        Line::from(vec![
            Span::styled(label.clone(), theme::label()),
            Span::styled(q.clone(), theme::title()),
        ]),
    );
    if state.overlay.is_none() {
        let x = body.x + (width(&label) + width(&q)) as u16;
        if x < body.right() {
            frame.set_cursor_position(Position::new(x, body.y + 3));
        }
    }
    let list = Rect { y: body.y + 4, height: body.height - 4, ..body };
    if a.hits.is_empty() {
        if !a.reading() {
            line(frame, body, 4, Line::styled(fit(&format!(" {}", lang.t(T::AuditEmpty)), w), theme::dim()));
        }
        return;
    }
    let n = list.height as usize;
    let cur = a.cursor;
    let offset =
        if cur.selected >= cur.offset + n { cur.selected + 1 - n } else { cur.offset.min(cur.selected) };
    let lines: Vec<Line> = a
        .hits
        .iter()
        .enumerate()
        .skip(offset)
        .take(n)
        .filter_map(|(row, &i)| {
            let e = a.entries.get(i)?;
            let text = format!(
                " {}  {:<4} {:<13} {:<11} {}",
                e.at,
                safe(&e.who),
                safe(&e.subject.to_string()),
                crate::i18n::audit_action(e.action, lang),
                safe(&e.fields.join(", "))
            );
            let style =
                if row == cur.selected { theme::selected() } else { ratatui::style::Style::default() };
            Some(Line::styled(fit(&text, w), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

/// One line of the body, `y` rows down.
fn line(frame: &mut Frame, body: Rect, y: u16, text: Line<'static>) {
    frame.render_widget(Paragraph::new(text), Rect { y: body.y + y, height: 1, ..body });
}
