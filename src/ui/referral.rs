//! A referral in words: short status names, the details and the history of one referral,
//! the client view's referral section and the offer card's referral line. Shared by the log
//! screen, the client view and the card; reads `state.records` only.

use super::text::{fit, safe, width, wrap};
use super::theme;
use crate::app::State;
use crate::app::screen::client_view;
use crate::app::screen::log::{OfferStats, history};
use crate::domain::referral::is_overdue;
use crate::domain::{Appointment, ClientRef, EventKind, Offer, Referral, ReferralEvent, ReferralStatus};
use crate::i18n::{Label, Lang, Tl};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A short status name for narrow columns; the full label where it fits.
pub fn short_status(s: ReferralStatus, lang: Lang) -> &'static str {
    use ReferralStatus::*;
    lang.t(match s {
        Suggested => Tl::StSuggested,
        InformationGiven => Tl::StInformation,
        WarmHandover => Tl::StWarm,
        AppointmentMade => Tl::StAppointment,
        Waitlisted => Tl::StWaitlisted,
        InProgress => Tl::StInProgress,
        GoalAchieved => Tl::StAchieved,
        GoalNotAchieved => Tl::StNotAchieved,
        RejectedByProvider => Tl::StRejected,
        DeclinedByClient => Tl::StDeclined,
        DroppedOut => Tl::StDropped,
        NotReachable => Tl::StUnreachable,
        OutcomeUnknown => Tl::StUnknown,
    })
}

pub fn status_text(s: ReferralStatus, lang: Lang, w: usize) -> String {
    let full = if s.is_terminal() { format!("{} †", s.label(lang)) } else { s.label(lang).to_string() };
    if width(&full) <= w { full } else { fit(short_status(s, lang), w) }
}

/// A table's status cell: "Termin vereinbart" with the appointment's day and time where they
/// fit ("Termin vereinbart 09.12. 14:30", "Termin 09.12. 14:30", "Termin 09.12."), else the
/// status alone; the details always have the whole appointment.
pub fn status_cell(r: &Referral, lang: Lang, w: usize) -> String {
    if let Some(a) = r.appointment.filter(|_| r.status == ReferralStatus::AppointmentMade) {
        let day = Appointment::on(a.date).short();
        let candidates = [
            format!("{} {}", r.status.label(lang), a.short()),
            format!("{} {}", short_status(r.status, lang), a.short()),
            lang.f(Tl::StAppointmentOn, &[&a.short()]),
            lang.f(Tl::StAppointmentOn, &[&day]),
        ];
        if let Some(c) = candidates.into_iter().find(|c| width(c) <= w) {
            return c;
        }
    }
    status_text(r.status, lang, w)
}

/// The follow-up in words: "überfällig seit 3 Tagen", "heute fällig", "in 14 Tagen".
fn follow_up_words(r: &Referral, state: &State) -> String {
    let lang = state.lang;
    let Some(d) = r.follow_up.filter(|_| r.is_open()) else { return lang.t(Tl::DetailNoFollowUp).into() };
    let days = state.today().days_until(d);
    let words = match days {
        0 => lang.t(Tl::DueToday).to_string(),
        n if n < 0 => lang.f(Tl::Overdue, &[&-n]),
        n => lang.f(Tl::DueIn, &[&n]),
    };
    format!("{d} ({words})")
}

/// Facts of one referral, then its history (oldest first). `keys`: add the key line.
pub fn detail_lines(state: &State, r: &Referral, w: usize, keys: bool) -> Vec<Line<'static>> {
    let lang = state.lang;
    let s = &r.offer_snapshot;
    let mut out = Vec::new();
    let mut head = format!("{} → {}", ClientRef(r.client.0), safe(&s.title));
    if !s.provider.is_empty() {
        head.push_str(&format!(" · {}", safe(&s.provider)));
    }
    for l in wrap(&head, w) {
        out.push(Line::styled(l, theme::title()));
    }
    let mut facts = vec![
        format!("{}: {} {}", lang.t(Tl::DetailNeed), r.need.code(), r.need.label(lang)),
        format!("{}: {}", lang.t(Tl::DetailStatus), status_text(r.status, lang, 60)),
    ];
    if r.urgent {
        facts.push(lang.t(Tl::DetailUrgent).to_string());
    }
    if !s.phone.is_empty() {
        facts.push(format!("{} {}", lang.t(Tl::DetailPhone), safe(&s.phone)));
    }
    let mut when = vec![
        lang.f(Tl::DetailCreated, &[&r.created, &safe(&r.by)]),
        format!("{}: {}", lang.t(Tl::DetailFollowUp), follow_up_words(r, state)),
    ];
    if let Some(a) = r.appointment {
        when.push(format!("{}: {a}", lang.t(Tl::DetailAppointment)));
    }
    for l in [facts.join(" · "), when.join(" · ")] {
        out.extend(wrap(&l, w).into_iter().map(Line::raw));
    }
    if keys {
        out.push(Line::styled(fit(lang.t(Tl::DetailKeys), w), theme::dim()));
    }
    out.push(Line::styled(format!("{}:", lang.t(Tl::History)), theme::label()));
    for ev in history(&state.records.events, r.id) {
        out.extend(event_lines(ev, lang, w));
    }
    out
}

/// What an event did, in words: "Status geändert: A → B · WV 09.12.2026".
pub fn event_text(ev: &ReferralEvent, lang: Lang) -> String {
    let st = |s: ReferralStatus| status_text(s, lang, 60);
    let fu = |d| lang.f(Tl::EvFollowUp, &[&d]);
    let appt =
        |a: Option<crate::domain::Appointment>| a.map(|a| format!(" · {}", lang.f(Tl::EvAppointment, &[&a])));
    let kind = ev.kind.label(lang);
    match ev.kind {
        EventKind::Created { status, urgent, appointment, follow_up } => {
            let mut s = format!(
                "{kind}: {}{} · {}",
                st(status),
                appt(appointment).unwrap_or_default(),
                fu(follow_up)
            );
            if urgent {
                s.push_str(&format!(" · {}", lang.t(Tl::DetailUrgent)));
            }
            s
        }
        EventKind::StatusChanged { from, to, appointment, follow_up } => {
            let next = follow_up.map(fu).unwrap_or_else(|| lang.t(Tl::EvEnded).to_string());
            format!("{kind}: {} → {}{} · {next}", st(from), st(to), appt(appointment).unwrap_or_default())
        }
        EventKind::Reopened { from, to, appointment, follow_up } => {
            format!(
                "{kind}: {} → {}{} · {}",
                st(from),
                st(to),
                appt(appointment).unwrap_or_default(),
                fu(follow_up)
            )
        }
        EventKind::NoteAdded => kind.to_string(),
        EventKind::FollowUpPostponed { from, to } => format!("{kind}: {from} → {to}"),
    }
}

/// One history entry: time and counsellor, what happened, the note below it (indented).
fn event_lines(ev: &ReferralEvent, lang: Lang, w: usize) -> Vec<Line<'static>> {
    let head = format!("{}  {}  ", ev.at, fit(&safe(&ev.by), 12));
    let indent = width(&head).min(w / 2);
    let mut out = Vec::new();
    for (i, l) in wrap(&event_text(ev, lang), w.saturating_sub(indent + 2)).into_iter().enumerate() {
        let lead = if i == 0 { format!(" {head}") } else { " ".repeat(indent + 1) };
        out.push(Line::from(vec![Span::styled(lead, theme::dim()), Span::raw(l)]));
    }
    if !ev.note.is_empty() {
        for l in wrap(&format!("„{}“", safe(&ev.note)), w.saturating_sub(indent + 2)) {
            out.push(Line::from(vec![Span::raw(" ".repeat(indent + 1)), Span::styled(l, theme::title())]));
        }
    }
    out
}

/// The client view's referral section: one line per referral, the selected one with its
/// history below it; at most `rows` lines, scrolled to the selection.
pub fn client_section(state: &State, client: u64, w: usize, rows: usize) -> Vec<Line<'static>> {
    let (mut lines, sel_line) = client_section_all(state, client, w);
    if lines.len() <= rows || rows == 0 {
        lines.truncate(rows);
        return lines;
    }
    let body = lines.split_off(1);
    let start = sel_line.saturating_sub(1).min(body.len().saturating_sub(rows - 1));
    lines.extend(body.into_iter().skip(start).take(rows - 1));
    lines
}

/// The shortest an offer's title gets in a client's referral row.
const TITLE_MIN: usize = 24;

/// All lines of the section and the index (below the heading) of the selected referral.
fn client_section_all(state: &State, client: u64, w: usize) -> (Vec<Line<'static>>, usize) {
    let lang = state.lang;
    let rows = client_view::rows(&state.records, client);
    let mut out = vec![Line::styled(fit(&lang.f(Tl::ClientReferrals, &[&rows.len()]), w), theme::label())];
    if rows.is_empty() {
        out.extend(wrap(lang.t(Tl::ClientNoReferrals), w).into_iter().map(|l| Line::styled(l, theme::dim())));
        return (out, 0);
    }
    let today = state.today();
    let sel = state.view.cursor.selected.min(rows.len() - 1);
    let mut sel_line = 0;
    for (pos, &i) in rows.iter().enumerate() {
        let Some(r) = state.records.referrals.get(i) else { continue };
        let fu = r.follow_up.filter(|_| r.is_open()).map(|d| format!(" · {} {d}", lang.t(Tl::ColFollowUp)));
        let head = format!(
            "{}{} {} {} · ",
            if pos == sel { "▶" } else { " " },
            if is_overdue(r, today) { "!" } else { " " },
            r.created.date(),
            r.need.code(),
        );
        // "Termin vereinbart 09.12. 14:30" as in the log's table; the year is in the history.
        let tail = format!(" · {}{}", status_cell(r, lang, 40), fu.unwrap_or_default());
        // The title gives way (down to a readable start) so that status, appointment and
        // follow-up stay on the row.
        let room = w.saturating_sub(width(&head) + width(&tail)).max(TITLE_MIN);
        let text = format!("{head}{}{tail}", fit(&safe(&r.offer_snapshot.title), room));
        let style = if pos == sel {
            theme::selected()
        } else if r.is_open() {
            Style::new()
        } else {
            theme::dim()
        };
        out.push(Line::styled(fit(&text, w), style));
        if pos == sel {
            sel_line = out.len() - 2;
            for ev in history(&state.records.events, r.id) {
                out.extend(event_lines(ev, lang, w.saturating_sub(3)).into_iter().map(|mut l| {
                    l.spans.insert(0, Span::raw("   "));
                    l
                }));
            }
        }
    }
    (out, sel_line)
}

/// The offer card's referral line: how often, how many open, the outcomes — "nicht
/// zuständig" always among them, as it hints at a wrong directory entry.
pub fn offer_stats_lines(o: &Offer, state: &State, w: usize, full: bool) -> Vec<Line<'static>> {
    let lang = state.lang;
    let s = OfferStats::of(&state.records.referrals, &o.id);
    if s.total == 0 {
        return Vec::new();
    }
    let outcomes: Vec<String> = ReferralStatus::ALL
        .into_iter()
        .filter(|st| st.is_terminal())
        .filter(|st| s.count(*st) > 0 || *st == ReferralStatus::RejectedByProvider)
        .map(|st| format!("{} {}×", short_status(st, lang).trim_end_matches(" †"), s.count(st)))
        .collect();
    let text = format!(
        "{} · {}: {}",
        lang.f(Tl::CardReferred, &[&s.total, &s.open]),
        lang.t(Tl::CardOutcomes),
        outcomes.join(", ")
    );
    let mut out: Vec<Line<'static>> = if full {
        wrap(&text, w).into_iter().map(Line::raw).collect()
    } else {
        vec![Line::raw(fit(&text, w))]
    };
    let rejected = s.count(ReferralStatus::RejectedByProvider);
    if full && rejected > 0 {
        out.push(Line::styled(fit(&lang.f(Tl::CardRejectedHint, &[&rejected]), w), theme::warning()));
    }
    out
}
