//! The small forms that change a referral — status (with note and appointment), postponing
//! the follow-up (+7, +14, a date), adding a note — and the log's filter form. Each refusal of
//! the domain rules is shown at the field it is about.

use super::effect::Effect;
use super::form::field::{Check, Field};
use super::form::options::pick;
use super::form::{Form, Opt};
use super::log::{LogFilter, Scope, Sort};
use super::modal::{Modal, ModalField as M, ModalKind};
use super::pending::Pending;
use super::referral_modal::{
    ReferralForm, consent_to_pass, field_of, gate_consent, need_options, ready, status_options,
};
use super::state::{Flash, FlashKind, Overlay, State};
use crate::domain::referral::{Postpone, RuleError, add_note, change_status, postpone};
use crate::domain::{ClientRef, Date, Need, ReferralId, ReferralStatus, Timestamp};
use crate::i18n::{Label, Lang, Tl, rule_error_text};
use crate::safe_text::visible;

/// What to change on a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Status,
    Postpone,
    Note,
}

const POSTPONE_CHOICES: usize = 3;

fn postpone_of(choice: Option<u16>, date: Option<Date>) -> Option<Postpone> {
    match choice {
        Some(0) => Some(Postpone::Short),
        Some(1) => Some(Postpone::Long),
        Some(2) => date.map(Postpone::On),
        _ => None,
    }
}

/// Opens the form for `change` on referral `id`.
pub fn open_change(state: &mut State, id: ReferralId, change: Change) -> bool {
    let Some(r) = state.records.referrals.iter().find(|r| r.id == id).cloned() else { return false };
    if change == Change::Postpone && !r.is_open() {
        let text = rule_error_text(&RuleError::ReferralClosed, state.lang).to_string();
        state.flash = Some(Flash { kind: FlashKind::Error, text });
        return true;
    }
    if !ready(state) {
        return true;
    }
    let (lang, today) = (state.lang, state.today());
    let base = format!("{} → {}", ClientRef(r.client.0), visible(&r.offer_snapshot.title));
    let not_past = Check::Date { not_future: false, not_past: true };
    let (kind, title, form) = match change {
        Change::Status => {
            let consent = consent_to_pass(state, r.client.0);
            let current = ReferralStatus::ALL.iter().position(|s| *s == r.status).map(|i| i as u16);
            let appointment = r.appointment.map(|d| d.to_string()).unwrap_or_default();
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
                        .hidden(r.status != ReferralStatus::AppointmentMade),
                )
                .field(Field::note(M::Note, lang.t(note), ""))
                .build();
            (ReferralForm::Status(id), lang.f(Tl::StatusTitle, &[&base, &r.status.label(lang)]), form)
        }
        Change::Postpone => {
            let choices = [Postpone::Short, Postpone::Long, Postpone::On(today)];
            let opts = choices
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let label = if i + 1 < POSTPONE_CHOICES {
                        format!("{} → {}", p.label(lang), p.date(today))
                    } else {
                        p.label(lang).to_string()
                    };
                    Opt { label, value: i as u16 }
                })
                .collect();
            let current = r.follow_up.map(|d| d.to_string()).unwrap_or_default();
            let form = Form::builder()
                .field(Field::choice(M::When, lang.t(Tl::FieldPostpone), opts, Some(0)).required())
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
    state.overlay = Some(Overlay::Modal(Modal { kind: ModalKind::Referral(kind), title, form }));
    true
}

/// Opens the log's filter form with the filters as they are.
pub fn open_filter(state: &mut State) -> bool {
    let lang = state.lang;
    let log = &state.log;
    let f = &log.filter;
    let idx = |v: Option<usize>| v.map(|i| i as u16);
    let scopes: Vec<Opt> = Scope::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| Opt { label: lang.t(s.text()).into(), value: i as u16 })
        .collect();
    let sorts: Vec<Opt> = Sort::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| Opt { label: lang.t(s.text()).into(), value: i as u16 })
        .collect();
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let any_date = Check::Date { not_future: false, not_past: false };
    let form = Form::builder()
        .field(Field::choice(
            M::Scope,
            lang.t(Tl::FieldScope),
            scopes,
            idx(Scope::ALL.iter().position(|s| *s == log.scope)),
        ))
        .field(Field::choice(
            M::Status,
            lang.t(Tl::FieldStatusAny),
            status_options(&ReferralStatus::ALL, true, lang),
            idx(f.status.and_then(|s| ReferralStatus::ALL.iter().position(|x| *x == s))),
        ))
        .field(Field::choice(
            M::Need,
            lang.t(Tl::FieldNeedAny),
            need_options(lang),
            idx(f.need.and_then(|n| Need::ALL.iter().position(|x| *x == n))),
        ))
        .field(Field::text(
            M::Client,
            lang.t(Tl::FieldClient),
            &f.client.map(|c| ClientRef(c).to_string()).unwrap_or_default(),
            Check::None,
        ))
        .field(Field::text(M::Offer, lang.t(Tl::FieldOffer), &f.offer, Check::None))
        .field(Field::text(M::From, lang.t(Tl::FieldFrom), &date(f.from), any_date))
        .field(Field::text(M::To, lang.t(Tl::FieldTo), &date(f.to), any_date))
        .field(Field::choice(
            M::Sort,
            lang.t(Tl::FieldSort),
            sorts,
            idx(Sort::ALL.iter().position(|s| *s == log.sort)),
        ))
        .build();
    let modal = Modal {
        kind: ModalKind::Referral(ReferralForm::Filter),
        title: lang.t(Tl::FilterTitle).into(),
        form,
    };
    state.overlay = Some(Overlay::Modal(modal));
    true
}

/// Keeps dependent fields in step after a change.
pub fn refresh(m: &mut Modal, consent: bool, lang: Lang) {
    let f = &mut m.form;
    match &m.kind {
        ModalKind::Referral(ReferralForm::Status(_)) => {
            let status = pick(&ReferralStatus::ALL, f.choice(M::Status));
            f.set_hidden(M::Appointment, status != Some(ReferralStatus::AppointmentMade));
            gate_consent(f, status, consent, lang);
        }
        ModalKind::Referral(ReferralForm::Postpone(_)) => {
            f.set_hidden(M::Date, f.choice(M::When) != Some(2));
        }
        _ => {}
    }
}

/// Saves a change form (or applies the filter form).
pub fn save(state: &mut State, kind: ReferralForm) -> bool {
    let (lang, today) = (state.lang, state.today());
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    if m.form.validate(today, lang).is_some() {
        return true;
    }
    if kind == ReferralForm::Filter {
        return apply_filter(state);
    }
    if super::referral_modal::refuse_read_only(state) {
        return true;
    }
    let now = Timestamp::from_naive(state.now);
    let by = state.settings.counsellor.clone();
    let id = match kind {
        ReferralForm::Status(id) | ReferralForm::Postpone(id) | ReferralForm::Note(id) => id,
        _ => return false,
    };
    let Some(r) = state.records.referrals.iter().find(|r| r.id == id).cloned() else { return false };
    let consent = consent_to_pass(state, r.client.0);
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    let f = &m.form;
    let result = match kind {
        ReferralForm::Status(_) => {
            let to = pick(&ReferralStatus::ALL, f.choice(M::Status)).unwrap_or(r.status);
            let appointment = Date::parse(f.text(M::Appointment)).ok();
            change_status(&r, to, f.text(M::Note), consent, appointment, now, &by).map(|(r2, ev)| {
                let flash = lang.f(Tl::StatusSaved, &[&to.label(lang)]);
                (
                    Effect::SaveReferrals { items: vec![(r2.clone(), ev.clone())], new: false },
                    Pending::ReferralsSaved { items: vec![(r2, ev)], new: false, flash },
                )
            })
        }
        ReferralForm::Postpone(_) => {
            let Some(p) = postpone_of(f.choice(M::When), Date::parse(f.text(M::Date)).ok()) else {
                return true;
            };
            postpone(&r, p, f.text(M::Note), now, &by).map(|(r2, ev)| {
                let flash = lang.f(Tl::PostponeSaved, &[&p.date(today)]);
                (
                    Effect::SaveReferrals { items: vec![(r2.clone(), ev.clone())], new: false },
                    Pending::ReferralsSaved { items: vec![(r2, ev)], new: false, flash },
                )
            })
        }
        _ => add_note(&r, f.text(M::Note), now, &by).map(|ev| {
            let flash = lang.t(Tl::NoteSaved).to_string();
            (Effect::AddReferralEvent(ev.clone()), Pending::ReferralEventAdded { ev, flash })
        }),
    };
    match result {
        Ok((effect, pending)) => state.request(effect, pending),
        Err(e) => {
            let key = match (e, &kind) {
                (RuleError::FollowUpInPast | RuleError::FollowUpUnchanged, _)
                    if f.choice(M::When) == Some(2) =>
                {
                    Some(M::Date)
                }
                (RuleError::FollowUpInPast | RuleError::FollowUpUnchanged, _) => Some(M::When),
                _ => field_of(e),
            };
            let text = rule_error_text(&e, lang).to_string();
            match key.filter(|&k| m.form.index_of(k).is_some()) {
                Some(key) => m.form.set_error(key, text),
                None => state.flash = Some(Flash { kind: FlashKind::Error, text }),
            }
        }
    }
    true
}

/// Applies the filter form to the log (nothing is stored).
fn apply_filter(state: &mut State) -> bool {
    let lang = state.lang;
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    let f = &m.form;
    let client = match f.text(M::Client) {
        "" => None,
        s => match ClientRef::parse(s) {
            Some(c) => Some(c.0),
            None => {
                m.form.set_error(M::Client, lang.t(Tl::ValClientRef).into());
                return true;
            }
        },
    };
    let (from, to) = (Date::parse(f.text(M::From)).ok(), Date::parse(f.text(M::To)).ok());
    if let (Some(a), Some(b)) = (from, to)
        && a > b
    {
        m.form.set_error(M::To, lang.t(Tl::ValRange).into());
        return true;
    }
    let filter = LogFilter {
        status: pick(&ReferralStatus::ALL, f.choice(M::Status)),
        need: pick(&Need::ALL, f.choice(M::Need)),
        client,
        offer: f.text(M::Offer).to_string(),
        from,
        to,
    };
    let mut scope = pick(&Scope::ALL, f.choice(M::Scope)).unwrap_or_default();
    // A chosen status would mostly be hidden by "due, else open": show all with it.
    if filter.status.is_some() && scope == Scope::Standard {
        scope = Scope::All;
    }
    let sort = pick(&Sort::ALL, f.choice(M::Sort)).unwrap_or_default();
    let log = &mut state.log;
    (log.scope, log.sort, log.filter) = (scope, sort, filter);
    log.cursor.reset();
    state.overlay = None;
    super::log::refresh(state);
    true
}
