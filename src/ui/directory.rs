//! The directory screen: search line, active filters, the ranked list and the selected
//! offer's card (beside the list on wide terminals, below it on narrow ones).

use super::text::{fit, fit_spans, highlighted, safe, width};
use super::{card, chrome, theme};
use crate::app::State;
use crate::app::layout::{self, DirectoryLayout};
use crate::app::screen::clients::display_name;
use crate::domain::OfferStatus;
use crate::i18n::{Label, T, Te, Ti, language_name};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let l = layout::directory(area);
    chrome::header(frame, l.header, state, state.lang.t(T::ScreenDirectory));
    search_line(frame, l.search, state);
    filter_line(frame, l.filters, state);
    list(frame, &l, state);
    card::side(frame, l.card, l.wide, state);
    chrome::footer(frame, l.footer, state);
}

fn search_line(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let label = format!(" {} › ", lang.t(T::SearchLabel));
    let query = safe(state.dir.query.value());
    let room = (area.width as usize).saturating_sub(width(&label) + 1);
    // Keep the cursor in view when the query is longer than the line.
    let chars: Vec<char> = query.chars().collect();
    let cursor = state.dir.query.cursor().min(chars.len());
    let start = cursor.saturating_sub(room);
    let shown: String = chars[start..].iter().take(room).collect();
    let before: String = chars[start..cursor].iter().collect();
    let line =
        Line::from(vec![Span::styled(label.clone(), theme::label()), Span::styled(shown, theme::title())]);
    frame.render_widget(Paragraph::new(line), area);
    if state.overlay.is_none() {
        let x = area.x + (width(&label) + width(&before)) as u16;
        if x < area.right() {
            frame.set_cursor_position(Position::new(x, area.y));
        }
    }
}

fn filter_line(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let f = &state.dir.filters;
    let mut chips: Vec<String> = Vec::new();
    chips.extend(f.needs.iter().map(|n| n.label(lang).to_string()));
    chips.extend(f.groups.iter().map(|g| format!("{} {}", lang.t(T::CardGroups), g.code())));
    chips.extend(f.tags.iter().map(|t| t.code().to_string()));
    chips.extend(f.languages.iter().map(|l| language_name(l, lang)));
    if let Some(town) = &f.town {
        chips.push(lang.f(T::FilterTown, &[&safe(town)]));
    }
    if f.include_inactive {
        chips.push(lang.t(T::FilterInactive).to_string());
    }
    if f.stale_on.is_some() {
        chips.push(lang.t(Te::ChipStale).to_string());
    }
    if f.duplicates {
        chips.push(lang.t(Te::ChipDuplicates).to_string());
    }
    let mut spans = vec![Span::styled(format!(" {}: ", lang.t(T::FiltersLabel)), theme::label())];
    if chips.is_empty() {
        spans.push(Span::styled(lang.t(T::FiltersNone), theme::dim()));
    } else {
        for c in chips {
            spans.push(Span::styled(format!(" {c} "), theme::chip()));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(lang.t(T::FiltersClearHint), theme::dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(fit_spans(spans, area.width as usize))), area);
}

fn list(frame: &mut Frame, l: &DirectoryLayout, state: &State) {
    let area = l.list;
    if area.height == 0 {
        return;
    }
    let lang = state.lang;
    let w = area.width as usize;
    let d = &state.dir;
    let mut caption = if !state.dir.is_searchable() {
        lang.t(T::Loading).to_string()
    } else {
        // Offers matching only some of the words follow those matching all; words that match
        // nothing are named (search::Results).
        let r = &d.results;
        let mut c = lang.f(T::Hits, &[&r.total]);
        if r.complete < r.total {
            c.push_str(&format!(" · {}", lang.f(T::HitsComplete, &[&r.complete])));
        }
        if !r.unmatched.is_empty() {
            c.push_str(&format!(" · {}", lang.f(T::Unmatched, &[&r.unmatched.join(", ")])));
        }
        c
    };
    if !state.dir.marked.is_empty() {
        caption.push_str(&format!(" · {}", lang.f(crate::i18n::Tl::Marked, &[&state.dir.marked.len()])));
    }
    let pos = if d.results.total > 0 {
        format!("{}/{} ", d.cursor.selected + 1, d.results.total)
    } else {
        String::new()
    };
    // Whom a referral goes to, on the screen it is made from (not only in the header).
    let client = state.current().map(|c| {
        let who = match display_name(c) {
            Some(name) if !name.trim().is_empty() => format!("{} {}", c.reference(), safe(name)),
            _ => c.reference().to_string(),
        };
        format!(" {} ", lang.f(crate::i18n::Tl::ForClient, &[&who]))
    });
    let client = client.map(|c| fit(&c, w.saturating_sub(width(&pos) + 12)));
    let client_w = client.as_deref().map_or(0, width);
    // The position stays; the caption gives way.
    let caption = fit(&caption, w.saturating_sub(client_w + width(&pos) + 2));
    let gap = w.saturating_sub(client_w + width(&caption) + width(&pos) + 1);
    let mut head = Vec::new();
    if let Some(c) = client {
        head.push(Span::styled(c, theme::chip()));
    }
    head.push(Span::styled(format!(" {caption}{}{pos}", " ".repeat(gap)), theme::dim()));
    let head = Line::from(fit_spans(head, w));
    frame.render_widget(Paragraph::new(head), Rect { height: 1, ..area });
    let rows_area = Rect { y: area.y + 1, height: area.height - 1, ..area };

    let message = if state.catalog.offers.is_empty() {
        Some(lang.t(T::EmptyDirectory))
    } else if state.dir.is_searchable() && d.results.total == 0 {
        Some(lang.t(T::NoHits))
    } else {
        None
    };
    if let Some(m) = message {
        let lines: Vec<Line> = super::text::wrap(m, w.saturating_sub(2))
            .into_iter()
            .map(|s| Line::from(format!(" {s}")))
            .collect();
        frame.render_widget(Paragraph::new(lines).style(theme::dim()), rows_area);
        return;
    }

    let rows = rows_area.height as usize;
    // The state keeps the selection visible for the list height it knows; clamp for safety.
    let (sel, off) = (d.cursor.selected, d.cursor.offset);
    let offset = if sel >= off + rows { sel + 1 - rows } else { off.min(sel) };
    let mut lines = Vec::with_capacity(rows);
    for (i, hit) in d.results.hits.iter().enumerate().skip(offset).take(rows) {
        let Some(o) = state.catalog.offers.get(hit.offer) else { continue };
        let sel = i == d.cursor.selected;
        let mut flags = Vec::new();
        match o.status {
            OfferStatus::Inactive => flags.push(lang.t(T::InactiveShort)),
            OfferStatus::TemporarilyClosed => flags.push(lang.t(T::ClosedShort)),
            OfferStatus::Active => {}
        }
        if o.is_stale(state.today()) {
            flags.push(lang.t(T::StaleShort));
        }
        if !state.mismatches(o).is_empty() {
            flags.push(lang.t(Ti::NotFitting));
        }
        let mut right = String::new();
        if !flags.is_empty() {
            right.push_str(&format!("{} ", flags.join(" ")));
        }
        let phone = fit(&safe(&o.phone), 18);
        right.push_str(&format!("{phone:<18}"));
        let left_w = w.saturating_sub(width(&right) + 3);
        // A tick marks offers chosen for one referral form (Ctrl-T).
        let marked = state.dir.marked.contains(&o.id);
        let lead = match (sel, marked) {
            (true, true) => "▶✓",
            (true, false) => "▶ ",
            (false, true) => " ✓",
            (false, false) => "  ",
        };
        let mut spans = vec![Span::raw(lead)];
        let mut left = highlighted(&o.title, &hit.title, theme::title(), theme::matched());
        if !o.provider.is_empty() {
            left.push(Span::styled(" · ", theme::dim()));
            left.extend(highlighted(&o.provider, &hit.provider, theme::dim(), theme::matched()));
        }
        let left = fit_spans(left, left_w);
        let used: usize = left.iter().map(|s| width(&s.content)).sum();
        spans.extend(left);
        spans.push(Span::raw(" ".repeat(left_w.saturating_sub(used) + 1)));
        if !flags.is_empty() {
            spans.push(Span::styled(format!("{} ", flags.join(" ")), theme::warning()));
        }
        spans.push(Span::styled(format!("{phone:<18}"), theme::phone()));
        let line = Line::from(spans);
        lines.push(if sel { line.style(theme::selected()) } else { line.style(Style::new()) });
    }
    frame.render_widget(Paragraph::new(lines), rows_area);
}
