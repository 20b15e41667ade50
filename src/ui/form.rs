//! Renders a `Form`: section headings, one row per field (label, value), multi-choices as
//! wrapped tick boxes, the field's error under it, and the focused field kept in view with the
//! terminal cursor in it.

mod note;

use super::text::{fit, safe, width, wrap};
use super::theme;
use crate::app::form::{FieldKey, Form, Kind};
use crate::i18n::{Lang, T};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draws the form into `area`; `show_cursor` when no overlay covers it.
pub fn render<K: FieldKey>(frame: &mut Frame, area: Rect, form: &Form<K>, lang: Lang, show_cursor: bool) {
    if area.width < 10 || area.height == 0 {
        return;
    }
    let w = area.width as usize;
    // As wide as the longest label (with its focus mark and required star), within 2/5 of
    // the width: values keep most of the row, labels are cut only on narrow forms.
    let longest = form.fields.iter().map(|f| width(&f.label) + 2).max().unwrap_or(0);
    let label_w = longest.min(w * 2 / 5).clamp(8, 30);
    let value_w = w.saturating_sub(label_w + 2).max(4);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut focus_row = 0;
    let mut cursor: Option<(usize, usize)> = None;
    for (i, f) in form.fields.iter().enumerate() {
        if let Some(s) = form.sections.iter().find(|s| s.start == i) {
            if !lines.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(fit(&s.title, w), theme::label()));
        }
        // A section's first field may be hidden; its heading still shows above the next one.
        if f.hidden && !form.keep_order {
            continue;
        }
        let focused = i == form.focus;
        if focused {
            focus_row = lines.len();
        }
        let mark = if focused { "▶" } else { " " };
        let req = if f.required { "*" } else { "" };
        let label = fit(&format!("{mark}{}{req}", f.label), label_w);
        let pad = " ".repeat(label_w.saturating_sub(width(&label)) + 1);
        let label_style = if focused { theme::title() } else { Style::new() };
        let head = vec![Span::styled(label, label_style), Span::raw(pad)];
        if f.hidden {
            // Kept in place where the order is kept: it does not apply to the answers given.
            let label_style = if focused { theme::title() } else { theme::dim() };
            let mut spans = head;
            spans[0].style = label_style;
            spans.push(Span::styled(fit(lang.t(T::DoesNotApply), value_w), theme::dim()));
            lines.push(Line::from(spans));
            continue;
        }
        match &f.kind {
            // A note with line breaks or longer than the line: several rows.
            Kind::Text { input, .. }
                if f.multiline
                    && (input.value().contains(crate::app::form::field::LINE_BREAK)
                        || width(input.value()) >= value_w) =>
            {
                let (rows, (cur_row, cur_col)) = note::wrap(input.value(), input.cursor(), value_w);
                let (rows, start) = note::window(rows, cur_row, focused);
                let style = if focused { theme::editing() } else { Style::new() };
                if focused {
                    focus_row = lines.len() + (cur_row - start);
                    cursor = Some((focus_row, label_w + 1 + cur_col));
                }
                let mut head = Some(head);
                for row in rows {
                    let mut spans = head.take().unwrap_or_else(|| vec![Span::raw(" ".repeat(label_w + 1))]);
                    spans.push(Span::styled(format!("{:<value_w$}", safe(&row)), style));
                    lines.push(Line::from(spans));
                }
            }
            Kind::Text { input, .. } => {
                let value = safe(input.value());
                let chars: Vec<char> = value.chars().collect();
                let cur = input.cursor().min(chars.len());
                // Long values scroll so the cursor stays visible.
                let start = if focused { cur.saturating_sub(value_w.saturating_sub(1)) } else { 0 };
                let shown: String = chars[start..].iter().collect();
                let shown =
                    if focused { shown.chars().take(value_w).collect() } else { fit(&shown, value_w) };
                // Selected while the next key would replace it; underlined while being edited.
                let style = match (focused, form.replaces_on_type()) {
                    (true, true) => theme::selected(),
                    (true, false) => theme::editing(),
                    (false, _) => Style::new(),
                };
                let shown =
                    if shown.is_empty() && !focused { lang.t(T::NotStated).to_string() } else { shown };
                let style = if input.value().is_empty() && !focused { theme::dim() } else { style };
                if focused {
                    let before: String = chars[start..cur].iter().collect();
                    cursor = Some((lines.len(), label_w + 1 + width(&before)));
                }
                let mut spans = head;
                match f.hint.as_deref().filter(|h| !h.is_empty()) {
                    // A completion the field would take on leaving, shown after the value.
                    Some(h) => {
                        let room = value_w.saturating_sub(width(&shown));
                        spans.push(Span::styled(shown, style));
                        spans.push(Span::styled(format!("{:<room$}", fit(&safe(h), room)), theme::dim()));
                    }
                    None => spans.push(Span::styled(format!("{shown:<value_w$}"), style)),
                }
                lines.push(Line::from(spans));
            }
            Kind::Choice { options, selected } => {
                let (text, style) = match selected.and_then(|s| options.get(s)) {
                    Some(o) => (safe(&o.label), Style::new()),
                    None => (lang.t(T::NotStated).to_string(), theme::dim()),
                };
                let keys: String = f.letters.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("/");
                let text = if focused && !keys.is_empty() {
                    let room = value_w.saturating_sub(5 + width(&keys));
                    format!("‹ {} › {keys}", fit(&text, room))
                } else if focused {
                    format!("‹ {} ›", fit(&text, value_w.saturating_sub(4)))
                } else {
                    fit(&text, value_w)
                };
                let style = if focused { theme::selected() } else { style };
                let mut spans = head;
                spans.push(Span::styled(text, style));
                lines.push(Line::from(spans));
            }
            Kind::Multi { options, checked, cursor: at } => {
                // Tick boxes flow over as many rows as they need; an item too long for one row
                // (the barrier descriptions H1–H8) gets rows of its own, wrapped under its text.
                let indent = || Span::raw(" ".repeat(label_w + 1));
                let mut row: Vec<Span<'static>> = head;
                let mut used = 0;
                for (k, (o, on)) in options.iter().zip(checked).enumerate() {
                    // Implied by the answers (a derived barrier): ticked, and said so.
                    let implied = !*on && f.implied.contains(&o.value);
                    let mark = if *on || implied { "x" } else { " " };
                    let style = if focused && k == *at {
                        theme::selected()
                    } else if *on {
                        theme::title()
                    } else if implied {
                        theme::dim()
                    } else {
                        Style::new()
                    };
                    let label = if implied {
                        format!("{} – {}", o.label, f.implied_label)
                    } else {
                        o.label.clone()
                    };
                    let parts = wrap(&safe(&label), value_w.saturating_sub(4));
                    if parts.len() > 1 {
                        if used > 0 {
                            lines.push(Line::from(std::mem::replace(&mut row, vec![indent()])));
                        }
                        if focused && k == *at {
                            focus_row = lines.len();
                        }
                        for (j, part) in parts.into_iter().enumerate() {
                            if j > 0 {
                                lines.push(Line::from(std::mem::replace(&mut row, vec![indent()])));
                            }
                            let text =
                                if j == 0 { format!("[{mark}] {part}") } else { format!("    {part}") };
                            row.push(Span::styled(text, style));
                        }
                        lines.push(Line::from(std::mem::replace(&mut row, vec![indent()])));
                        used = 0;
                        continue;
                    }
                    let item = fit(&format!("[{mark}] {}", parts.concat()), value_w);
                    let iw = width(&item) + 2;
                    if used > 0 && used + iw > value_w {
                        lines.push(Line::from(std::mem::replace(&mut row, vec![indent()])));
                        used = 0;
                    }
                    if focused && k == *at {
                        focus_row = lines.len();
                    }
                    row.push(Span::styled(item, style));
                    row.push(Span::raw("  "));
                    used += iw;
                }
                if options.is_empty() {
                    row.push(Span::styled("–", theme::dim()));
                }
                // A row that holds only the indent is the one after a long item: nothing to add.
                if used > 0 || options.is_empty() {
                    lines.push(Line::from(row));
                }
            }
        }
        if let Some(e) = &f.error {
            for l in wrap(&safe(e), value_w) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w + 1)),
                    Span::styled(l, theme::warning()),
                ]));
            }
        }
    }
    let h = area.height as usize;
    // Scroll only when the form does not fit; then keep a few rows below the focus in view.
    let offset = if lines.len() <= h { 0 } else { (focus_row + 3).saturating_sub(h) };
    let offset = offset.min(lines.len().saturating_sub(1));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(offset).take(h).collect();
    frame.render_widget(Paragraph::new(visible), area);
    if let (true, Some((row, col))) = (show_cursor, cursor)
        && row >= offset
        && row < offset + h
        && col < w
    {
        frame.set_cursor_position(Position::new(area.x + col as u16, area.y + (row - offset) as u16));
    }
}
