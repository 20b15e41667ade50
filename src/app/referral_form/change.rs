//! The small forms that change a referral — status (with note and appointment), postponing
//! the follow-up (+7, +14, a date), adding a note. Each refusal of the domain rules is shown at
//! the field it is about.

use super::{consent_to_pass, field_of, gate_consent, ready, refuse_read_only, status_options};
use crate::app::effect::{Ticket, Write};
use crate::app::form::field::{Check, Field};
use crate::app::form::options::pick;
use crate::app::form::{Form, Opt};
use crate::app::modal::{Modal, ModalField as M, ModalKind, ReferralForm};
use crate::app::out::Out;
use crate::app::overlay::Overlay;
use crate::app::state::Shared;
use crate::domain::referral::{Postpone, RuleError, add_note, change_status, default_follow_up, postpone};
use crate::domain::{
    ClientRef, Date, EventKind, Referral, ReferralEvent, ReferralId, ReferralStatus, Timestamp,
};
use crate::i18n::{Label, Tl, rule_error_text};
use crate::safe_text::visible;

/// What to change on a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Status,
    Postpone,
    Note,
}

/// The postponing choices, in the order offered; an option's value is its place here and is
/// read back through this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Short,
    Long,
    /// To the date typed in the date field.
    OnDate,
}

impl When {
    const ALL: [When; 3] = [When::Short, When::Long, When::OnDate];

    /// The choice made in the form.
    fn of(form: &Form<M>) -> Option<When> {
        form.index_of(M::When).and_then(|_| pick(&When::ALL, form.choice(M::When)))
    }

    /// What it postpones to; `OnDate` to `date`, which it needs.
    fn postpone(self, date: Option<Date>) -> Option<Postpone> {
        match self {
            When::Short => Some(Postpone::Short),
            When::Long => Some(Postpone::Long),
            When::OnDate => date.map(Postpone::On),
        }
    }
}

/// Opens the form for `change` on referral `id`.
pub fn open_change(sh: &Shared, id: ReferralId, change: Change, out: &mut Out) -> bool {
    let Some(r) = sh.records.referrals.iter().find(|r| r.id == id).cloned() else { return false };
    if change == Change::Postpone && !r.is_open() {
        out.error(rule_error_text(&RuleError::ReferralClosed, sh.lang).to_string());
        return true;
    }
    if !ready(sh, out) {
        return true;
    }
    let (lang, today) = (sh.lang, sh.today());
    let base = format!("{} → {}", ClientRef(r.client.0), visible(&r.offer_snapshot.title));
    let not_past = Check::Date { not_future: false, not_past: true };
    let (kind, title, form) = match change {
        Change::Status => {
            let consent = consent_to_pass(sh.records, r.client.0);
            let current = ReferralStatus::ALL.iter().position(|s| *s == r.status).map(|i| i as u16);
            let appointment = r.appointment.map(|a| a.date.to_string()).unwrap_or_default();
            let time = r.appointment.and_then(|a| a.time).map(|t| t.to_string()).unwrap_or_default();
            let no_appointment = r.status != ReferralStatus::AppointmentMade;
            let note = if r.is_open() { Tl::FieldNote } else { Tl::FieldNoteReopen };
            let form = Form::builder()
                .field(
                    Field::choice(
                        M::Status,
                        lang.t(Tl::FieldStatus),
                        status_options(&ReferralStatus::ALL, consent, lang),
                        current,
                    )
                    .required(),
                )
                .field(
                    Field::text(M::Appointment, lang.t(Tl::FieldAppointment), &appointment, not_past)
                        .required()
                        .hidden(no_appointment),
                )
                .field(
                    Field::text(M::AppointmentTime, lang.t(Tl::FieldAppointmentTime), &time, Check::Time)
                        .hidden(no_appointment),
                )
                // Not "not past": an overdue referral keeps its date unless a new one is typed
                // (a typed date before today is refused on saving).
                .field(Field::text(
                    M::FollowUp,
                    lang.t(Tl::FieldFollowUp),
                    "",
                    Check::Date { not_future: false, not_past: false },
                ))
                .field(Field::note(M::Note, lang.t(note), ""))
                .build();
            let kind = ReferralForm::Status { id, follow_up_touched: false };
            let mut m = Modal {
                owner: out.owner(),
                kind: ModalKind::Referral(kind.clone()),
                title: String::new(),
                form,
            };
            refresh(&mut m, sh);
            (kind, lang.f(Tl::StatusTitle, &[&base, &r.status.label(lang)]), m.form)
        }
        Change::Postpone => {
            let opts = When::ALL
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let p = w.postpone(Some(today)).unwrap_or(Postpone::On(today));
                    // +7 and +14 say the day they lead to; the date is typed in its own field.
                    let label = if *w == When::OnDate {
                        p.label(lang).to_string()
                    } else {
                        format!("{} → {}", p.label(lang), p.date(today))
                    };
                    Opt { label, value: i as u16 }
                })
                .collect();
            let current = r.follow_up.map(|d| d.to_string()).unwrap_or_default();
            let form = Form::builder()
                .field(
                    Field::choice(
                        M::When,
                        super::follow_up_label(sh.records, r.client.0, lang),
                        opts,
                        Some(0),
                    )
                    .required(),
                )
                .field(
                    Field::text(M::Date, lang.t(Tl::FieldDate), &current, not_past).required().hidden(true),
                )
                .field(Field::note(M::Note, lang.t(Tl::FieldNote), ""))
                .build();
            (ReferralForm::Postpone(id), lang.f(Tl::PostponeTitle, &[&base, &current]), form)
        }
        Change::Note => {
            let form =
                Form::builder().field(Field::note(M::Note, lang.t(Tl::FieldNote), "").required()).build();
            (ReferralForm::Note(id), lang.f(Tl::NoteTitle, &[&base]), form)
        }
    };
    out.open(Overlay::Modal(Modal { owner: out.owner(), kind: ModalKind::Referral(kind), title, form }));
    true
}

/// Keeps dependent fields in step after a change.
pub fn refresh(m: &mut Modal, sh: &Shared) {
    let f = &mut m.form;
    match &mut m.kind {
        ModalKind::Referral(ReferralForm::Status { id, follow_up_touched }) => {
            if f.focused().is_some_and(|x| x.key == M::FollowUp) && f.dirty {
                *follow_up_touched = true;
            }
            let referral = sh.records.referrals.iter().find(|r| r.id == *id);
            let consent = referral.is_some_and(|r| consent_to_pass(sh.records, r.client.0));
            let status = pick(&ReferralStatus::ALL, f.choice(M::Status));
            let no_appointment = status != Some(ReferralStatus::AppointmentMade);
            f.set_hidden(M::Appointment, no_appointment);
            f.set_hidden(M::AppointmentTime, no_appointment);
            gate_consent(f, status, consent, sh.lang);
            // The follow-up, in the same form: only for an open status; it follows the rules
            // (the day after the appointment, the current date, a fresh one on reopening) until
            // the counsellor types one.
            let open = status.is_some_and(|s| s.is_open());
            f.set_hidden(M::FollowUp, !open);
            if let (Some(r), Some(to), false) = (referral, status, *follow_up_touched) {
                let today = sh.today();
                let fresh = || default_follow_up(r.need, r.urgent, today);
                let next = match Date::parse(f.text(M::Appointment)) {
                    Ok(a) if to == ReferralStatus::AppointmentMade => {
                        a.add_days(crate::domain::referral::rules::FOLLOW_UP_AFTER_APPOINTMENT_DAYS)
                    }
                    _ if r.status.is_terminal() => fresh(),
                    _ => r.follow_up.unwrap_or_else(fresh),
                };
                super::set_text(f, M::FollowUp, &next.to_string());
            }
        }
        ModalKind::Referral(ReferralForm::Postpone(_)) => {
            f.set_hidden(M::Date, When::of(f) != Some(When::OnDate));
        }
        _ => {}
    }
}

/// The follow-up typed in the status form, in place of the one the rules gave (the history
/// entry says the same date). Never before today.
fn with_follow_up(
    mut r: Referral,
    mut ev: ReferralEvent,
    date: Option<Date>,
    today: Date,
) -> Result<(Referral, ReferralEvent), RuleError> {
    let Some(date) = date.filter(|d| r.is_open() && Some(*d) != r.follow_up) else { return Ok((r, ev)) };
    if date < today {
        return Err(RuleError::FollowUpInPast);
    }
    r.follow_up = Some(date);
    match &mut ev.kind {
        EventKind::StatusChanged { follow_up, .. } => *follow_up = Some(date),
        EventKind::Reopened { follow_up, .. } => *follow_up = date,
        _ => {}
    }
    Ok((r, ev))
}

/// Reads a change form into a write and asks for it: the ticket, and what to say once stored.
pub fn save(m: &mut Modal, sh: &Shared, out: &mut Out) -> Option<(Ticket, String)> {
    let (lang, today) = (sh.lang, sh.today());
    if m.form.validate(today, lang).is_some() {
        return None;
    }
    if refuse_read_only(sh, out) {
        return None;
    }
    let now = Timestamp::from_naive(sh.now);
    let by = sh.settings.counsellor.clone();
    let ModalKind::Referral(kind) = &m.kind else { return None };
    let kind = kind.clone();
    let id = match kind {
        ReferralForm::Status { id, .. } | ReferralForm::Postpone(id) | ReferralForm::Note(id) => id,
        ReferralForm::Refer { .. } => return None,
    };
    let r = sh.records.referrals.iter().find(|r| r.id == id).cloned()?;
    let consent = consent_to_pass(sh.records, r.client.0);
    let f = &m.form;
    let result = match kind {
        ReferralForm::Status { .. } => {
            let to = pick(&ReferralStatus::ALL, f.choice(M::Status)).unwrap_or(r.status);
            let appointment = super::appointment_of(f, M::Appointment, M::AppointmentTime);
            let follow_up = Date::parse(f.text(M::FollowUp)).ok().filter(|_| to.is_open());
            change_status(&r, to, f.text(M::Note), consent, appointment, now, &by).and_then(|(r2, ev)| {
                let (r2, ev) = with_follow_up(r2, ev, follow_up, today)?;
                let flash = lang.f(Tl::StatusSaved, &[&to.label(lang)]);
                Ok((Write::SaveReferrals { items: vec![(r2, ev)], new: false }, flash))
            })
        }
        ReferralForm::Postpone(_) => {
            let p = When::of(f)?.postpone(Date::parse(f.text(M::Date)).ok())?;
            postpone(&r, p, f.text(M::Note), now, &by).map(|(r2, ev)| {
                let flash = lang.f(Tl::PostponeSaved, &[&p.date(today)]);
                (Write::SaveReferrals { items: vec![(r2, ev)], new: false }, flash)
            })
        }
        _ => add_note(&r, f.text(M::Note), now, &by)
            .map(|ev| (Write::AddReferralEvent(ev), lang.t(Tl::NoteSaved).to_string())),
    };
    match result {
        Ok((write, flash)) => Some((out.write(write), flash)),
        Err(e) => {
            // Postponing to a date: the date field; by +7/+14: the choice.
            let to_date = When::of(f) == Some(When::OnDate);
            let status_form = matches!(kind, ReferralForm::Status { .. });
            let key = match e {
                RuleError::FollowUpInPast if status_form => Some(M::FollowUp),
                RuleError::FollowUpInPast | RuleError::FollowUpUnchanged if to_date => Some(M::Date),
                RuleError::FollowUpInPast | RuleError::FollowUpUnchanged => Some(M::When),
                _ => field_of(e),
            };
            let text = rule_error_text(&e, lang).to_string();
            match key.filter(|&k| m.form.index_of(k).is_some()) {
                Some(key) => m.form.set_error(key, text),
                None => out.error(text),
            }
            None
        }
    }
}
