//! The client list, the client view and the intake screen (form with the live target-group
//! suggestion and its rule trace).

use super::text::{fit, safe, width, wrap};
use super::{chrome, form, theme};
use crate::app::State;
use crate::app::screen::clients::display_name;
use crate::domain::client::Client;
use crate::domain::referral::is_due;
use crate::domain::rules::{Assignment, BarrierSource};
use crate::i18n::{Label, Lang, T, Ti, trace_line};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

fn rows(area: Rect) -> (Rect, Rect, Rect) {
    let header = Rect { height: 1.min(area.height), ..area };
    let footer = Rect { y: area.bottom().saturating_sub(1), height: 1.min(area.height), ..area };
    let body = Rect { y: area.y + 1, height: area.height.saturating_sub(2), ..area };
    (header, body, footer)
}

/// Group as the list shows it: "D", "B+D", "A (REF)".
pub fn group_text(c: &Client) -> String {
    match &c.group {
        Some(g) => {
            let mut s = g.group.code().to_string();
            if g.secondary_d {
                s.push_str("+D");
            }
            for t in &g.computed.tags {
                s.push_str(&format!(" {}", t.code()));
            }
            s
        }
        None => "?".into(),
    }
}

pub fn list(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let (header, body, footer) = rows(area);
    let title = if state.clients.picking {
        lang.t(crate::i18n::Tl::PickClientTitle)
    } else {
        lang.t(Ti::ScreenClients)
    };
    chrome::header(frame, header, state, title);
    chrome::footer(frame, footer, state);
    if body.height < 3 {
        return;
    }
    let search = Rect { height: 1, ..body };
    let label = format!(" {} › ", lang.t(T::SearchLabel));
    let q = safe(state.clients.query.value());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(label.clone(), theme::label()),
            Span::styled(q.clone(), theme::title()),
        ])),
        search,
    );
    if state.overlay.is_none() {
        let x = search.x + (width(&label) + width(&q)) as u16;
        if x < search.right() {
            frame.set_cursor_position(Position::new(x, search.y));
        }
    }
    let w = body.width as usize;
    let name_w = w.saturating_sub(8 + 9 + 7 + 12 + 2).max(8);
    let head = format!(
        " {:<8}{:<name_w$} {:<9}{:>5}  {}",
        lang.t(Ti::ColRef),
        lang.t(Ti::ColName),
        lang.t(Ti::ColGroup),
        lang.t(Ti::ColOpen),
        lang.t(Ti::ColNext)
    );
    frame.render_widget(
        Paragraph::new(fit(&head, w)).style(theme::dim()),
        Rect { y: body.y + 1, height: 1, ..body },
    );
    let list_area = Rect { y: body.y + 2, height: body.height - 2, ..body };
    if state.clients.hits.is_empty() {
        let m = if state.records.clients.is_empty() { Ti::NoClients } else { Ti::NoClientHits };
        let lines: Vec<Line> =
            wrap(lang.t(m), w.saturating_sub(2)).into_iter().map(|l| Line::from(format!(" {l}"))).collect();
        frame.render_widget(Paragraph::new(lines).style(theme::dim()), list_area);
        return;
    }
    let today = state.today();
    let n = list_area.height as usize;
    let cur = state.clients.cursor;
    let offset =
        if cur.selected >= cur.offset + n { cur.selected + 1 - n } else { cur.offset.min(cur.selected) };
    let lines: Vec<Line> = state
        .clients
        .hits
        .iter()
        .enumerate()
        .skip(offset)
        .take(n)
        .filter_map(|(row, &i)| {
            let c = state.records.clients.get(i)?;
            let refs: Vec<_> =
                state.records.referrals.iter().filter(|r| r.client.0 == c.id && r.is_open()).collect();
            let next = refs.iter().filter_map(|r| r.follow_up).min().or(c.follow_up);
            let due = refs.iter().any(|r| is_due(r, today));
            let name = match display_name(c) {
                Some(n) => safe(n),
                None => lang.t(Ti::Unnamed).to_string(),
            };
            let name =
                if c.identity.is_anonymous() { format!("{name} ({})", lang.t(Ti::Anonymous)) } else { name };
            let text = format!(
                " {:<8}{:<name_w$} {:<9}{:>5}  {}",
                c.reference().to_string(),
                fit(&name, name_w),
                group_text(c),
                refs.len(),
                next.map(|d| d.to_string()).unwrap_or_default()
            );
            let style = if row == cur.selected {
                theme::selected()
            } else if due {
                theme::warning()
            } else {
                Style::new()
            };
            Some(Line::styled(fit(&text, w), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list_area);
}

/// The suggestion panel: group, tags, barriers and the trace, one rule per line. With
/// `fired_first` the rule that decided comes right after the group (where space is short).
pub fn suggestion_lines(a: &Assignment, lang: Lang, w: usize, fired_first: bool) -> Vec<Line<'static>> {
    let mut head = format!("{}: {}", lang.t(Ti::Suggestion), a.primary.code());
    if a.secondary_d {
        head.push_str(" + D");
    }
    for t in &a.tags {
        head.push_str(&format!(" · {}", t.code()));
    }
    head.push_str(&format!(" – {}", a.primary.label(lang)));
    let mut out = vec![Line::styled(fit(&head, w), theme::title())];
    if !a.barriers.is_empty() {
        let b: Vec<String> = a
            .barriers
            .iter()
            .map(|f| match f.source {
                BarrierSource::Recorded => f.barrier.code().to_string(),
                BarrierSource::Derived => format!("{} ({})", f.barrier.code(), lang.t(Ti::DerivedMark)),
            })
            .collect();
        for l in wrap(&format!("{}: {}", lang.t(Ti::Barriers), b.join(", ")), w) {
            out.push(Line::raw(l));
        }
    }
    let mut checks: Vec<_> = a.trace.iter().chain(a.secondary_check.iter()).collect();
    if fired_first {
        checks.sort_by_key(|c| !c.fired);
    }
    for check in checks {
        let style = if check.fired { theme::open_now() } else { theme::dim() };
        for (i, l) in wrap(&trace_line(check, lang), w.saturating_sub(2)).into_iter().enumerate() {
            out.push(Line::styled(if i == 0 { l } else { format!("  {l}") }, style));
        }
    }
    out
}

pub fn intake(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let (header, body, footer) = rows(area);
    chrome::header(frame, header, state, lang.t(Ti::ScreenIntake));
    chrome::footer(frame, footer, state);
    let Some(i) = &state.intake.draft else { return };
    let wide = area.width >= crate::app::layout::WIDE_COLS;
    let show_cursor = state.overlay.is_none();
    if wide {
        let left_w = area.width * 3 / 5;
        let left = Rect { width: left_w, ..body };
        let right = Rect { x: body.x + left_w, width: body.width - left_w, ..body };
        form::render(
            frame,
            Rect { x: left.x + 1, width: left.width.saturating_sub(2), ..left },
            &i.form,
            lang,
            show_cursor,
        );
        let block = Block::new().borders(Borders::LEFT).border_style(theme::dim());
        let inner = block.inner(right);
        frame.render_widget(block, right);
        let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
        let lines = suggestion_lines(&i.assignment, lang, inner.width as usize, false);
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        // On small terminals the suggestion takes two lines above the form.
        let lines = suggestion_lines(&i.assignment, lang, body.width.saturating_sub(2) as usize, true);
        let top =
            Rect { x: body.x + 1, height: 2.min(body.height), width: body.width.saturating_sub(2), ..body };
        let fired: Vec<Line> = lines
            .iter()
            .take(1)
            .cloned()
            .chain(
                i.assignment
                    .fired()
                    .map(|c| Line::styled(fit(&trace_line(c, lang), top.width as usize), theme::open_now())),
            )
            .collect();
        frame.render_widget(Paragraph::new(fired), top);
        let rest = Rect {
            y: body.y + 3,
            height: body.height.saturating_sub(3),
            x: body.x + 1,
            width: body.width.saturating_sub(2),
        };
        frame.render_widget(
            Paragraph::new("─".repeat(body.width as usize)).style(theme::dim()),
            Rect { y: body.y + 2, height: 1.min(body.height.saturating_sub(2)), ..body },
        );
        form::render(frame, rest, &i.form, lang, show_cursor);
    }
}

/// One line per fact, label first; "keine Angabe" facts are left out.
fn facts(c: &Client, lang: Lang) -> Vec<(String, String)> {
    use crate::domain::client::*;
    let mut v: Vec<(String, String)> = Vec::new();
    let mut push = |k: Ti, s: String| {
        if !s.trim().is_empty() {
            v.push((lang.t(k).to_string(), s));
        }
    };
    let fc = &c.contact;
    let mut contact = format!("{} · {} · {}", fc.date, fc.channel.label(lang), fc.caller.label(lang));
    if let Some(l) = &fc.language {
        contact.push_str(&format!(" · {}", crate::i18n::language_name(l, lang)));
    }
    push(Ti::FContactDate, contact);
    let mut consent = consent_text(&c.consent, lang);
    if crate::domain::client::Purpose::ALL.iter().any(|p| c.consent.granted(*p)) {
        consent.push_str(&format!(" ({})", lang.t(Ti::WithdrawKey)));
    }
    push(Ti::SecConsent, consent);
    if let Some(e) = &c.employer {
        let mut parts = vec![safe(e.company.as_str()), safe(&e.sector)];
        parts.push(e.size.map(|x| x.label(lang).to_string()).unwrap_or_default());
        parts.push(safe(e.contact_person.as_str()));
        parts.retain(|p| !p.is_empty());
        push(Ti::SecEmployer, parts.join(" · "));
    }
    if let Identity::Named { phone, email, .. } = &c.identity {
        let parts: Vec<String> =
            [phone, email].iter().filter_map(|x| x.as_ref().map(|t| safe(t.as_str()))).collect();
        push(Ti::FPhone, parts.join(" · "));
    }
    let mut stay = Vec::new();
    if let Some(p) = &c.stay.place {
        stay.push(match p {
            Place::InRegion { town: Some(t) } => safe(t),
            other => other.label(lang).to_string(),
        });
    }
    if let Some(a) = &c.stay.arrival {
        stay.push(match a {
            Arrival::Month(m) => format!("{} {m}", lang.t(T::WordSince)),
            other => other.label(lang).to_string(),
        });
    }
    if let Some(b) = c.stay.basis {
        let mut s = b.label(lang).to_string();
        if let Some(d) = c.stay.valid_until {
            s.push_str(&format!(" {} {d}", lang.t(T::WordUntil)));
        }
        stay.push(s);
    }
    push(Ti::SecStay, stay.join(" · "));
    let mut lang_line = Vec::new();
    if let Some(g) = c.person.german {
        lang_line.push(format!(
            "{} {} ({})",
            lang.t(T::WordGerman),
            g.level.label(lang),
            g.evidence.map_or(lang.t(T::NotStated), |e| e.label(lang))
        ));
    }
    lang_line.extend(c.person.other_languages.iter().map(|l| crate::i18n::language_name(l, lang)));
    push(Ti::FGerman, lang_line.join(", "));
    let q = &c.qualification;
    let mut work = Vec::new();
    if let Some(l) = q.level {
        let mut s = l.label(lang).to_string();
        if let Some(o) = &q.occupation {
            s.push_str(&format!(" ({})", safe(o)));
        }
        work.push(s);
    }
    if let Some(r) = q.recognition {
        work.push(format!("{}: {}", lang.t(Ti::FRecognition), r.label(lang)));
    }
    if let Some(e) = c.employment.status {
        let mut s = e.label(lang).to_string();
        if let Some(d) = c.employment.since {
            s.push_str(&format!(" {} {d}", lang.t(T::WordSince)));
        }
        work.push(s);
    }
    push(Ti::SecWork, work.join(" · "));
    let needs: Vec<&str> =
        c.needs.iter().map(|n| n.code()).chain(c.sub_needs.iter().map(|s| s.code())).collect();
    let mut needs = needs.join(", ");
    if !c.needs_text.is_empty() {
        needs.push_str(&format!(" – {}", safe(c.needs_text.as_str())));
    }
    push(Ti::FNeeds, needs);
    let mut next = safe(c.next_step.as_str());
    if let Some(d) = c.follow_up {
        next = format!("{next} · {} {d} ({})", lang.t(Ti::FFollowUp), c.follow_up_kind.label(lang))
            .trim_start_matches(" · ")
            .to_string();
    }
    push(Ti::FNextStep, next);
    if !c.notes.is_empty() {
        push(Ti::FNotes, safe(c.notes.as_str()));
    }
    v
}

/// Consent as the view shows it: each purpose answered, with its date ("Speicherung mündlich
/// erteilt 02.11.2026"); withdrawals say when.
pub fn consent_text(k: &crate::domain::client::Consent, lang: Lang) -> String {
    use crate::domain::client::Purpose;
    // Purposes with the same answer on the same day are said once: "mündlich erteilt
    // 14.10.2026: Speicherung, anonyme Statistik".
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for p in Purpose::ALL {
        let Some(a) = k.get(p) else { continue };
        let head = format!("{} {}", a.answer.label(lang), a.date);
        match groups.iter_mut().find(|(h, _)| *h == head) {
            Some((_, ps)) => ps.push(p.label(lang)),
            None => groups.push((head, vec![p.label(lang)])),
        }
    }
    let mut parts: Vec<String> =
        groups.into_iter().map(|(h, ps)| format!("{h}: {}", ps.join(", "))).collect();
    if k.granted(Purpose::Partners) && !k.partners.is_empty() {
        parts.push(format!("({})", safe(&k.partners)));
    }
    parts.join(" · ")
}

/// The key facts in one line: nationality, age band, household, urgency, the deadline.
fn key_facts(c: &Client, lang: Lang, today: crate::domain::Date) -> String {
    let mut v: Vec<String> = Vec::new();
    if let Some(n) = &c.person.nationality {
        v.push(n.as_str().to_string());
    }
    if let Some(b) = c.person.age.and_then(|a| a.band(today)) {
        v.push(b.label(lang).to_string());
    }
    let h = &c.person.household;
    let mut house = Vec::new();
    if h.partner == Some(true) {
        house.push(lang.t(Ti::FPartner).to_string());
    }
    if h.single_parent == Some(true) {
        house.push(lang.t(Ti::FSingleParent).to_string());
    }
    match &h.children_ages {
        Some(a) if a.is_empty() => house.push(lang.t(Ti::KfNoChildren).to_string()),
        Some(a) => house.push(format!(
            "{} {}",
            lang.t(Ti::KfChildren),
            a.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
        )),
        None => {}
    }
    if !house.is_empty() {
        v.push(house.join(", "));
    }
    if let Some(u) = c.urgency {
        v.push(u.label(lang).to_string());
    }
    if let Some(d) = c.deadline {
        v.push(format!("{} {d}", lang.t(Ti::FDeadline)));
    }
    v.join(" · ")
}

pub fn view(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let (header, body, footer) = rows(area);
    chrome::header(frame, header, state, lang.t(Ti::ScreenClient));
    chrome::footer(frame, footer, state);
    let Some(c) = state.view.client.and_then(|id| state.records.client(id)) else { return };
    let w = body.width.saturating_sub(2) as usize;
    let name = display_name(c).map(safe).unwrap_or_else(|| lang.t(Ti::Unnamed).to_string());
    let title = fit(&format!("{} · {name} · {} {}", c.reference(), lang.t(Ti::ColGroup), group_text(c)), w);
    // The data protection keys on the right of the title, where there is room.
    let keys = lang.t(T::ViewDataKeys);
    let gap = w.saturating_sub(width(&title) + width(keys));
    let mut lines = vec![if gap >= 2 {
        Line::from(vec![
            Span::styled(title, theme::title()),
            Span::styled(format!("{:gap$}{keys}", ""), theme::dim()),
        ])
    } else {
        Line::styled(title, theme::title())
    }];
    if let Some(g) = &c.group
        && let Some(r) = &g.override_reason
    {
        lines.push(Line::styled(
            fit(
                &format!(
                    "{} ({} {}): {}",
                    lang.t(Ti::Override),
                    lang.t(Ti::Suggestion),
                    g.computed.primary.code(),
                    safe(r.as_str())
                ),
                w,
            ),
            theme::warning(),
        ));
    }
    // The key facts and the rule that decided come first, so that 80×24 shows them.
    let key = key_facts(c, lang, state.today());
    if !key.is_empty() {
        lines.extend(wrap(&key, w).into_iter().map(|l| Line::styled(l, theme::label())));
    }
    if let Some(g) = &c.group
        && let Some(fired) = g.computed.fired()
    {
        for (i, l) in wrap(&trace_line(fired, lang), w.saturating_sub(2)).into_iter().enumerate() {
            lines.push(Line::styled(if i == 0 { l } else { format!("  {l}") }, theme::open_now()));
        }
    }
    // As wide as the longest label ("Qualifikation & Arbeit"), up to a third of the width.
    let facts = facts(c, lang);
    let label_w = facts.iter().map(|(k, _)| width(k)).max().unwrap_or(0).min(w / 3);
    for (k, v) in facts {
        for (i, l) in wrap(&v, w.saturating_sub(label_w + 1)).into_iter().enumerate() {
            let head = if i == 0 { fit(&k, label_w) } else { String::new() };
            lines.push(Line::from(vec![
                Span::styled(format!("{head:<label_w$} "), theme::label()),
                Span::raw(l),
            ]));
        }
    }
    if let Some(g) = &c.group {
        lines.push(Line::raw(""));
        lines.extend(suggestion_lines(&g.computed, lang, w, true));
    }
    let inner = Rect { x: body.x + 1, width: body.width.saturating_sub(2), ..body };
    // The referrals get the room they need; long facts give way down to half the screen.
    let h = inner.height as usize;
    let wanted = super::referral::client_section(state, c.id, w, usize::MAX).len();
    let sec_h = wanted.min(h.saturating_sub(lines.len() + 1).max(h / 2));
    let facts_h = lines.len().min((h - sec_h).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines), Rect { height: facts_h as u16, ..inner });
    let sec = Rect { y: inner.y + (facts_h + 1).min(h - sec_h) as u16, height: sec_h as u16, ..inner };
    frame.render_widget(Paragraph::new(super::referral::client_section(state, c.id, w, sec_h)), sec);
}
