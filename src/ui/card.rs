//! The detail card of one offer: phone first and prominent, then hours with "jetzt geöffnet",
//! address, appointment, languages, cost, eligibility, documents, web and e-mail, and when it
//! was last verified (stale entries say so in words, not only in colour).

use super::text::{safe, wrap};
use super::theme;
use crate::app::State;
use crate::app::layout;
use crate::domain::hours::hhmm;
use crate::domain::{Offer, OfferStatus, OpenState, Weekday};
use crate::i18n::{Label, Lang, T, Te, Ti, language_name};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// How much of the card to show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Detail {
    /// The essentials for a phone call (stacked layout on small terminals).
    Compact,
    Full,
}

/// The card beside or below the list.
pub fn side(frame: &mut Frame, area: Rect, wide: bool, state: &State) {
    if area.height < 2 || area.width < 10 {
        return;
    }
    let block = if wide { Block::new().borders(Borders::LEFT) } else { Block::new().borders(Borders::TOP) };
    let inner = block.inner(area);
    frame.render_widget(block.border_style(theme::dim()), area);
    let Some(offer) = state.selected_offer() else { return };
    let detail = if wide { Detail::Full } else { Detail::Compact };
    let mut lines = lines(offer, state, detail, inner.width.saturating_sub(1) as usize);
    let rows = inner.height as usize;
    if lines.len() > rows && rows > 0 {
        lines.truncate(rows - 1);
        lines.push(Line::styled(state.lang.t(T::CardMore), theme::dim()));
    }
    let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The full card over the body of the screen, scrollable.
pub fn full(frame: &mut Frame, area: Rect, state: &State, scroll: u16) {
    let Some(offer) = state.selected_offer() else { return };
    let l = layout::directory(area);
    let body = Rect { y: l.list.y, height: area.height.saturating_sub(l.list.y - area.y + 1), ..area };
    frame.render_widget(Clear, body);
    let block = Block::new().borders(Borders::ALL).border_style(theme::label());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let lines = lines(offer, state, Detail::Full, inner.width.saturating_sub(1) as usize);
    let max_scroll = lines.len().saturating_sub(inner.height as usize) as u16;
    let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)), inner);
}

/// English texts when the screen is English or the current client is counselled in English.
fn english(state: &State) -> bool {
    state.lang.is_en() || state.current().and_then(|c| c.contact.language).is_some_and(|l| l.as_str() == "en")
}

fn lines(o: &Offer, state: &State, detail: Detail, width: usize) -> Vec<Line<'static>> {
    let lang = state.lang;
    let mut out: Vec<Line<'static>> = Vec::new();
    let full = detail == Detail::Full;
    let english = english(state);
    for (i, l) in wrap(&safe(o.title_in(english)), width).into_iter().enumerate() {
        if i == 0 || full {
            out.push(Line::styled(l, theme::title()));
        }
    }
    if full && english && !o.title_en().is_empty() {
        for l in wrap(&lang.f(T::CardGermanTitle, &[&safe(&o.title)]), width) {
            out.push(Line::styled(l, theme::dim()));
        }
    }
    let mut provider = safe(&o.provider);
    if full {
        provider = format!("{provider} · {}", o.provider_type.label(lang));
        if !o.provider_type_note().is_empty() {
            provider = format!("{provider} ({})", safe(o.provider_type_note()));
        }
    }
    if !o.provider.is_empty() {
        for (i, l) in wrap(&provider, width).into_iter().enumerate() {
            if i == 0 || full {
                out.push(Line::styled(l, theme::dim()));
            }
        }
    }
    let misfit = state.mismatches(o);
    if let (false, Some(c)) = (misfit.is_empty(), state.current()) {
        use crate::domain::eligibility::Mismatch;
        let f = o.eligibility.from_text;
        let read = |m: &Mismatch| match m {
            Mismatch::TooYoung { .. } => f.min_age,
            Mismatch::TooOld { .. } => f.max_age,
            Mismatch::German { .. } => f.min_german,
            Mismatch::Residence(_) => f.residence,
            Mismatch::Group(_) | Mismatch::Town | Mismatch::EmployersOnly | Mismatch::PersonsOnly => false,
        };
        let reasons: Vec<String> = misfit
            .iter()
            .map(|m| match read(m) {
                true => format!("{} ({})", crate::i18n::mismatch_text(m, lang), lang.t(T::CardFromText)),
                false => crate::i18n::mismatch_text(m, lang),
            })
            .collect();
        let text = format!("⚠ {}: {}", lang.f(Ti::NotFittingFor, &[&c.reference()]), reasons.join(" · "));
        for l in wrap(&text, width) {
            out.push(Line::styled(l, theme::warning()));
        }
    }
    if o.status != OfferStatus::Active {
        let text = format!("{}: {}", lang.t(T::CardStatus), o.status.label(lang));
        out.push(Line::styled(text, theme::warning()));
    }
    let dups = state.dir.duplicates_of_selected(&state.catalog);
    if !dups.is_empty() {
        const NAMED: usize = 3;
        let mut names: Vec<String> =
            dups.iter().take(NAMED).map(|d| format!("{} ({})", safe(&d.title), d.id)).collect();
        if dups.len() > NAMED {
            names.push(lang.f(Te::CardDuplicateMore, &[&(dups.len() - NAMED)]));
        }
        let text = format!("⚠ {}", lang.f(Te::CardDuplicate, &[&names.join("; ")]));
        for l in wrap(&text, width) {
            out.push(Line::styled(l, theme::warning()));
        }
    }
    if !o.phone.is_empty() {
        out.push(Line::from(vec![
            Span::styled(format!("{} ", lang.t(T::CardPhone)), theme::label()),
            Span::styled(safe(&o.phone), theme::phone()),
        ]));
    }
    out.extend(super::referral::offer_stats_lines(o, state, width, full));
    hours(&mut out, o, state, full, width);
    let mut address: Vec<String> = Vec::new();
    if !o.street.is_empty() {
        address.push(safe(&o.street));
    }
    let town = format!("{} {}", safe(&o.postal_code), safe(&o.town)).trim().to_string();
    if !town.is_empty() {
        address.push(town);
    }
    let mut addr = address.join(", ");
    if full || !addr.is_empty() {
        // The towns an offer names say more than its area.
        let area = match o.towns().is_empty() {
            true => o.service_area.label(lang).to_string(),
            false => safe(&o.towns().join(", ")),
        };
        addr = format!("{addr} · {area}").trim_start_matches(" · ").to_string();
    }
    field(&mut out, lang.t(T::CardAddress), &addr, width, full);
    let mut appt = o.appointment.label(lang).to_string();
    if !o.channels.is_empty() {
        let ch: Vec<_> = o.channels.iter().map(|c| c.label(lang)).collect();
        appt = format!("{appt} · {}", ch.join(", "));
    }
    field(&mut out, lang.t(T::CardAppointment), &appt, width, full);
    let langs: Vec<String> = o.languages.iter().map(|l| language_name(l, lang)).collect();
    field(&mut out, lang.t(T::CardLanguages), &langs.join(", "), width, full);
    let mut cost = o.cost.label(lang).to_string();
    if !o.cost_note.is_empty() {
        cost = format!("{cost} ({})", safe(&o.cost_note));
    }
    field(&mut out, lang.t(T::CardCost), &cost, width, full);
    field(&mut out, lang.t(T::CardEligibility), &eligibility(o, lang), width, full);
    documents(&mut out, o, lang, width, full);
    field(&mut out, lang.t(T::CardWeb), &safe(&o.website), width, full);
    field(&mut out, lang.t(T::CardEmail), &safe(&o.email), width, full);
    if full {
        let needs: Vec<String> = o
            .needs
            .iter()
            .map(|n| {
                let subs: Vec<&str> =
                    o.sub_needs.iter().filter(|s| s.need() == *n).map(|s| s.label(lang)).collect();
                if subs.is_empty() {
                    n.label(lang).to_string()
                } else {
                    format!("{} ({})", n.label(lang), subs.join(", "))
                }
            })
            .collect();
        field(&mut out, lang.t(T::CardNeeds), &needs.join("; "), width, true);
        let mut groups: Vec<String> = o.target_groups.iter().map(|g| g.code().to_string()).collect();
        if groups.is_empty() {
            groups.push(lang.t(T::CardGroupsAll).to_string());
        }
        groups.extend(o.tags.iter().map(|t| t.code().to_string()));
        field(&mut out, lang.t(T::CardGroups), &groups.join(", "), width, true);
        field(&mut out, lang.t(T::CardDescription), &safe_multiline(o.description_in(english)), width, true);
        field(&mut out, lang.t(T::CardKeywords), &safe(&o.keywords.join(", ")), width, true);
    }
    verified(&mut out, o, state);
    if full && !o.internal_note.is_empty() {
        field(&mut out, lang.t(T::CardInternal), &safe_multiline(&o.internal_note), width, true);
    }
    out
}

/// Required documents: one per line with a bullet on the full card, joined on the compact one.
fn documents(out: &mut Vec<Line<'static>>, o: &Offer, lang: Lang, width: usize, full: bool) {
    if o.documents.is_empty() {
        return;
    }
    if !full {
        field(out, lang.t(T::CardDocuments), &safe(&o.documents.join("; ")), width, false);
        return;
    }
    out.push(Line::styled(format!("{}:", lang.t(T::CardDocuments)), theme::label()));
    for d in &o.documents {
        for (i, l) in wrap(&safe(d), width.saturating_sub(4).max(8)).into_iter().enumerate() {
            out.push(Line::from(format!("{}{l}", if i == 0 { "  • " } else { "    " })));
        }
    }
}

fn safe_multiline(s: &str) -> String {
    crate::safe_text::visible_multiline(s).into_owned()
}

fn hours(out: &mut Vec<Line<'static>>, o: &Offer, state: &State, full: bool, width: usize) {
    let lang = state.lang;
    let day_name = |d: Weekday| if lang.is_en() { d.en() } else { d.de() };
    let (text, style) = match o.hours.state_at(&state.now) {
        OpenState::OpenUntil(m) if o.status == OfferStatus::Active => {
            (lang.f(T::CardOpenNow, &[&hhmm(m)]), theme::open_now())
        }
        OpenState::OpenUntil(_) | OpenState::Unknown => (String::new(), Style::new()),
        OpenState::OpensAt(d, m) => (lang.f(T::CardClosedOpens, &[&day_name(d), &hhmm(m)]), Style::new()),
        OpenState::OpensOn(d, m) => {
            let day = format!("{} {:02}.{:02}.", day_name(Weekday::of_date(d.naive())), d.day(), d.month());
            (lang.f(T::CardClosedOpens, &[&day, &hhmm(m)]), Style::new())
        }
    };
    let mut spans = vec![Span::styled(format!("{}: ", lang.t(T::CardHours)), theme::label())];
    if !text.is_empty() {
        spans.push(Span::styled(text, style));
    } else if o.hours.slots.is_empty() && o.hours.by_appointment {
        spans.push(Span::raw(lang.t(T::CardByAppointment).to_string()));
    } else if o.hours.slots.is_empty() {
        spans.push(Span::styled(lang.t(T::CardNoHours).to_string(), theme::dim()));
    }
    out.push(Line::from(spans));
    let mut grouped = o.hours.grouped(lang.is_en());
    if o.hours.by_appointment && !o.hours.slots.is_empty() {
        grouped.push((lang.t(T::CardByAppointment).to_string(), String::new()));
    }
    let note = safe(&o.hours.note);
    if full {
        for (days, times) in grouped {
            out.push(Line::from(format!("  {days:<7} {times}").trim_end().to_string()));
        }
        if !note.is_empty() {
            push_wrapped(out, &note, width, theme::dim(), true);
        }
    } else {
        let mut compact: Vec<String> =
            grouped.into_iter().map(|(d, t)| format!("{d} {t}").trim_end().to_string()).collect();
        if !note.is_empty() {
            compact.push(note);
        }
        if !compact.is_empty() {
            push_wrapped(out, &compact.join("; "), width, Style::new(), false);
        }
    }
}

/// The conditions; those an import read from text say so until a counsellor confirms them.
/// "No restrictions" only when nothing is stated and the description names no condition either.
fn eligibility(o: &Offer, lang: Lang) -> String {
    use crate::domain::conditions::{Source, names_condition};
    let e = &o.eligibility;
    if e.is_open_to_all() {
        let named = [o.description.as_str(), o.description_en()]
            .iter()
            .any(|d| names_condition(d, Source::Description));
        return lang.t(if named { T::CardEligibilityInText } else { T::CardEligibilityNone }).to_string();
    }
    let mut parts = Vec::new();
    let mark = |text: String, read: bool| match read {
        true => format!("{text} ({})", lang.t(T::CardFromText)),
        false => text,
    };
    if let Some(a) = e.min_age {
        parts.push(mark(lang.f(T::CardAgeFrom, &[&a]), e.from_text.min_age));
    }
    if let Some(a) = e.max_age {
        parts.push(mark(lang.f(T::CardAgeTo, &[&a]), e.from_text.max_age));
    }
    if let Some(g) = e.min_german {
        parts.push(mark(lang.f(T::CardGermanFrom, &[&g.label(lang)]), e.from_text.min_german));
    }
    if !e.residence.is_empty() {
        let r: Vec<_> = e.residence.iter().map(|r| r.label(lang)).collect();
        parts.push(mark(lang.f(T::CardResidence, &[&r.join(", ")]), e.from_text.residence));
    }
    if !e.note.is_empty() {
        parts.push(safe(&e.note));
    }
    parts.join(" · ")
}

fn verified(out: &mut Vec<Line<'static>>, o: &Offer, state: &State) {
    let lang = state.lang;
    let mut spans = vec![Span::styled(format!("{}: ", lang.t(T::CardVerified)), theme::label())];
    match o.last_verified {
        Some(d) => spans.push(Span::raw(d.to_string())),
        None => spans.push(Span::raw(lang.t(T::CardNeverVerified).to_string())),
    }
    if o.is_stale(state.today()) {
        spans.push(Span::styled(format!(" ⚠ {}", lang.t(T::CardStale)), theme::warning()));
    }
    out.push(Line::from(spans));
}

/// "Label: value", wrapped with the continuation indented; the compact card keeps one line.
fn field(out: &mut Vec<Line<'static>>, label: &str, value: &str, width: usize, full: bool) {
    if value.trim().is_empty() {
        return;
    }
    let head = format!("{label}: ");
    let indent = 2;
    let first_w = width.saturating_sub(super::text::width(&head)).max(8);
    let mut rows = wrap(value, first_w);
    if !full {
        let first = rows.first().cloned().unwrap_or_default();
        let cut = if rows.len() > 1 { format!("{first} …") } else { first };
        out.push(Line::from(vec![Span::styled(head, theme::label()), Span::raw(cut)]));
        return;
    }
    if rows.len() == 1 {
        out.push(Line::from(vec![Span::styled(head, theme::label()), Span::raw(rows.remove(0))]));
        return;
    }
    // Longer values go below their label, indented, keeping their own line breaks.
    out.push(Line::styled(head.trim_end().to_string(), theme::label()));
    for l in wrap(value, width.saturating_sub(indent).max(8)) {
        out.push(Line::from(format!("{}{l}", " ".repeat(indent))));
    }
}

/// Indented continuation text (hours notes): two spaces, then the wrapped text.
fn push_wrapped(out: &mut Vec<Line<'static>>, text: &str, width: usize, style: Style, full: bool) {
    for (i, l) in wrap(text, width.saturating_sub(2).max(8)).into_iter().enumerate() {
        if i > 0 && !full {
            break;
        }
        out.push(Line::styled(format!("  {l}"), style));
    }
}
