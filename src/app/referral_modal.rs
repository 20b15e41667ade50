//! Making referrals: marking offers in the directory (Ctrl-T), the referral form (Ctrl-V) for
//! the current client and the marked offers (or the selected one), and what happens once the
//! store has them. The forms that change a referral live in `referral_change`.

use super::effect::Effect;
use super::form::field::{Check, Field, TEXT_MAX};
use super::form::options::{pick, yes_no};
use super::form::{Form, FormEvent, Opt};
use super::input::TextInput;
use super::modal::{Modal, ModalField, ModalKind};
use super::pending::Pending;
use super::state::{Flash, FlashKind, Overlay, State};
use crate::domain::client::Urgency;
use crate::domain::referral::{NewReferral, RuleError, create, default_follow_up, suggest_urgent};
use crate::domain::{
    ClientId, ClientRef, Date, Need, Offer, OfferId, OfferStatus, Referral, ReferralEvent, ReferralId,
    ReferralStatus, Timestamp,
};
use crate::i18n::{Label, Lang, T, Tl, rule_error_text};

pub use super::referral_change::{Change, open_change, open_filter};

/// At most this many offers are referred in one go: the form shows one need per offer.
pub const MAX_BATCH: usize = 9;

use ModalField as M;

/// The need fields of a batch of `n` offers, one per offer.
fn need_keys(n: usize) -> impl Iterator<Item = ModalField> {
    (0..n.min(MAX_BATCH)).map(M::NeedOf)
}

/// Which referral form is open, with what it needs to save.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferralForm {
    /// New referrals of `client` to `offers`. `follow_up_touched`: the counsellor typed a
    /// follow-up date, so it no longer follows the defaults.
    Refer {
        client: u64,
        offers: Vec<OfferId>,
        follow_up_touched: bool,
    },
    Status(ReferralId),
    Postpone(ReferralId),
    Note(ReferralId),
    Filter,
}

/// The open statuses a referral may start with, in DOMAIN.md order.
fn start_statuses() -> Vec<ReferralStatus> {
    ReferralStatus::ALL.into_iter().filter(|s| s.is_open()).collect()
}

/// Status options; terminal ones end in †, the warm handover says when consent is missing.
pub fn status_options(list: &[ReferralStatus], consent: bool, lang: Lang) -> Vec<Opt> {
    list.iter()
        .enumerate()
        .map(|(i, s)| {
            let mut label = s.label(lang).to_string();
            if s.is_terminal() {
                label.push_str(" †");
            }
            if *s == ReferralStatus::WarmHandover && !consent {
                label.push_str(&format!(" ({})", lang.t(Tl::NeedsConsentMark)));
            }
            Opt { label, value: i as u16 }
        })
        .collect()
}

pub fn need_options(lang: Lang) -> Vec<Opt> {
    Need::ALL
        .iter()
        .enumerate()
        .map(|(i, n)| Opt { label: format!("{} {}", n.code(), n.label(lang)), value: i as u16 })
        .collect()
}

/// The client's consent covers passing data to partners (warm handover).
pub fn consent_to_pass(state: &State, client: u64) -> bool {
    state.records.client(client).and_then(|c| c.consent.as_ref()).is_some_and(|c| c.pass_to_partners)
}

pub fn set_text(form: &mut Form<ModalField>, key: ModalField, value: &str) {
    if let super::form::Kind::Text { input, .. } = &mut form.get_mut(key).kind {
        *input = TextInput::with_value(TEXT_MAX, value);
    }
}

/// Writes are possible and the counsellor's name is known; else says why (and asks for the
/// name) and returns `false`.
pub fn ready(state: &mut State) -> bool {
    if refuse_read_only(state) {
        return false;
    }
    if state.settings.counsellor.trim().is_empty() {
        state.overlay = Some(Overlay::Modal(Modal::counsellor(state.lang, "")));
        super::log::flash_error(state, Tl::CounsellorFirst);
        return false;
    }
    true
}

/// Writes became impossible since the form was opened: say why, keep the form.
pub fn refuse_read_only(state: &mut State) -> bool {
    let Some(reason) = &state.read_only else { return false };
    let text = state.lang.f(T::ReadOnly, &[reason]);
    state.flash = Some(Flash { kind: FlashKind::Error, text });
    true
}

/// Ctrl-T: marks or unmarks the selected offer for referring several in one go.
pub fn toggle_mark(state: &mut State) -> bool {
    // Keys typed in one burst reach here before the redraw that runs the search.
    state.settle();
    let Some(id) = state.selected_offer().map(|o| o.id.clone()) else { return false };
    if let Some(i) = state.marked.iter().position(|m| *m == id) {
        state.marked.remove(i);
    } else if state.marked.len() >= MAX_BATCH {
        let text = state.lang.f(Tl::TooManyMarks, &[&MAX_BATCH]);
        state.flash = Some(Flash { kind: FlashKind::Error, text });
    } else {
        state.marked.push(id);
    }
    true
}

/// Ctrl-V: opens the referral form for the current client and the marked offers, or the
/// selected one when none is marked.
pub fn open_refer(state: &mut State) -> bool {
    state.settle();
    let lang = state.lang;
    let Some(client) = state.current_client.and_then(|id| state.records.client(id)).cloned() else {
        super::log::flash_error(state, Tl::ReferNoClient);
        return true;
    };
    if !ready(state) {
        return true;
    }
    let ids: Vec<OfferId> = if state.marked.is_empty() {
        state.selected_offer().map(|o| vec![o.id.clone()]).unwrap_or_default()
    } else {
        state.marked.clone()
    };
    let offers: Vec<&Offer> =
        ids.iter().filter_map(|id| state.catalog.offers.iter().find(|o| o.id == *id)).collect();
    if offers.is_empty() {
        super::log::flash_error(state, Tl::NoOfferSelected);
        return true;
    }
    if let Some(o) = offers.iter().find(|o| o.status == OfferStatus::Inactive) {
        let text = format!("{} ({})", rule_error_text(&RuleError::OfferInactive, lang), o.title);
        state.flash = Some(Flash { kind: FlashKind::Error, text: crate::safe_text::visible(&text).into() });
        return true;
    }
    let ids: Vec<OfferId> = offers.iter().map(|o| o.id.clone()).collect();
    let today = state.today();
    let consent = consent_to_pass(state, client.id);
    let mut b = Form::builder();
    for (key, o) in need_keys(offers.len()).zip(&offers) {
        let need =
            client.needs.iter().find(|n| o.needs.contains(n)).or(o.needs.first()).or(client.needs.first());
        let label = if offers.len() == 1 { lang.t(Tl::FieldNeed).to_string() } else { o.title.to_string() };
        let value = need.and_then(|n| Need::ALL.iter().position(|x| x == n)).map(|i| i as u16);
        b = b.field(Field::choice(key, label, need_options(lang), value).required());
    }
    let starts = start_statuses();
    let info = starts.iter().position(|s| *s == ReferralStatus::InformationGiven).map(|i| i as u16);
    let reason = suggest_urgent(&[], client.stay.valid_until, today);
    let urgent = client.urgency == Some(Urgency::Urgent) || reason.is_some();
    let urgent_label = match (reason, client.urgency == Some(Urgency::Urgent)) {
        (Some(r), _) => lang.f(Tl::FieldUrgentWhy, &[&r.label(lang)]),
        (None, true) => lang.f(Tl::FieldUrgentWhy, &[&lang.t(Tl::UrgentFromIntake)]),
        (None, false) => lang.t(Tl::FieldUrgent).to_string(),
    };
    let not_past = Check::Date { not_future: false, not_past: true };
    let form = b
        .field(
            Field::choice(M::Status, lang.t(Tl::FieldStatus), status_options(&starts, consent, lang), info)
                .required(),
        )
        .field(
            Field::text(M::Appointment, lang.t(Tl::FieldAppointment), "", not_past).required().hidden(true),
        )
        .field(Field::choice(M::Urgent, urgent_label, yes_no(lang), Some(u16::from(urgent))))
        .field(Field::text(M::FollowUp, lang.t(Tl::FieldFollowUp), "", not_past).required())
        .field(Field::note(M::Note, lang.t(Tl::FieldNote), ""))
        .build();
    let title = match offers.as_slice() {
        [o] => lang.f(Tl::ReferTitleOne, &[&client.reference(), &crate::safe_text::visible(&o.title)]),
        many => lang.f(Tl::ReferTitleMany, &[&client.reference(), &many.len()]),
    };
    let kind =
        ModalKind::Referral(ReferralForm::Refer { client: client.id, offers: ids, follow_up_touched: false });
    let mut modal = Modal { kind, title, form };
    refresh_refer(&mut modal, state, today);
    state.overlay = Some(Overlay::Modal(modal));
    true
}

/// The follow-up the rules give this form's referrals: the day after an appointment, else the
/// earliest of the referrals' defaults (one follow-up call covers the whole batch).
fn suggested_follow_up(form: &Form<ModalField>, n: usize, today: Date) -> Option<Date> {
    let status = pick(&start_statuses(), form.choice(M::Status));
    if status == Some(ReferralStatus::AppointmentMade)
        && let Ok(d) = Date::parse(form.text(M::Appointment))
    {
        return Some(d.add_days(crate::domain::referral::rules::FOLLOW_UP_AFTER_APPOINTMENT_DAYS));
    }
    let urgent = form.choice(M::Urgent) == Some(1);
    need_keys(n)
        .filter_map(|k| pick(&Need::ALL, form.choice(k)))
        .map(|n| default_follow_up(n, urgent, today))
        .min()
}

/// Keeps the refer form's dependent fields in step: the appointment only with "Termin
/// vereinbart", the consent gate said at once, the follow-up following the rules until typed.
fn refresh_refer(m: &mut Modal, state: &State, today: Date) {
    let ModalKind::Referral(ReferralForm::Refer { client, offers, follow_up_touched }) = &mut m.kind else {
        return;
    };
    let f = &mut m.form;
    if f.focused().is_some_and(|x| x.key == M::FollowUp) && f.dirty {
        *follow_up_touched = true;
    }
    let status = pick(&start_statuses(), f.choice(M::Status));
    f.set_hidden(M::Appointment, status != Some(ReferralStatus::AppointmentMade));
    gate_consent(f, status, consent_to_pass(state, *client), state.lang);
    if !*follow_up_touched && let Some(d) = suggested_follow_up(f, offers.len(), today) {
        set_text(f, M::FollowUp, &d.to_string());
    }
}

/// Says at the status field, as soon as it is chosen, why a warm handover is not possible.
pub fn gate_consent(f: &mut Form<ModalField>, status: Option<ReferralStatus>, consent: bool, lang: Lang) {
    if status == Some(ReferralStatus::WarmHandover) && !consent {
        f.get_mut(M::Status).error = Some(rule_error_text(&RuleError::WarmHandoverNeedsConsent, lang).into());
    }
}

/// The form field a refused rule is about (`None`: the form as a whole).
pub fn field_of(e: RuleError) -> Option<ModalField> {
    match e {
        RuleError::WarmHandoverNeedsConsent | RuleError::SameStatus | RuleError::ClosedAtCreation => {
            Some(M::Status)
        }
        RuleError::AppointmentMissing | RuleError::AppointmentInPast => Some(M::Appointment),
        RuleError::FollowUpInPast | RuleError::FollowUpUnchanged | RuleError::ReferralClosed => {
            Some(M::FollowUp)
        }
        RuleError::ReopenNeedsNote | RuleError::NoteEmpty | RuleError::NoteTooLong => Some(M::Note),
        RuleError::OfferInactive => Some(M::NeedOf(0)),
        RuleError::CounsellorMissing => None,
    }
}

/// A form event on a referral form; `None` when the open modal is not one of them or the
/// event is the generic kind (cancel) the modal module handles.
pub fn on_event(state: &mut State, ev: FormEvent) -> Option<bool> {
    let Some(Overlay::Modal(Modal { kind: ModalKind::Referral(kind), .. })) = &state.overlay else {
        return None;
    };
    let kind = kind.clone();
    match ev {
        FormEvent::Changed => {
            let today = state.today();
            let lang = state.lang;
            let consent = match &kind {
                ReferralForm::Status(id) => state
                    .records
                    .referrals
                    .iter()
                    .find(|r| r.id == *id)
                    .is_some_and(|r| consent_to_pass(state, r.client.0)),
                _ => false,
            };
            let mut overlay = state.overlay.take();
            if let Some(Overlay::Modal(m)) = &mut overlay {
                match kind {
                    ReferralForm::Refer { .. } => refresh_refer(m, state, today),
                    _ => super::referral_change::refresh(m, consent, lang),
                }
            }
            state.overlay = overlay;
            Some(true)
        }
        FormEvent::Save => Some(match kind {
            ReferralForm::Refer { client, offers, .. } => save_refer(state, client, &offers),
            other => super::referral_change::save(state, other),
        }),
        _ => None,
    }
}

fn save_refer(state: &mut State, client: u64, ids: &[OfferId]) -> bool {
    let (lang, today) = (state.lang, state.today());
    let now = Timestamp::from_naive(state.now);
    let by = state.settings.counsellor.clone();
    let consent = consent_to_pass(state, client);
    if refuse_read_only(state) {
        return true;
    }
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    if m.form.validate(today, lang).is_some() {
        return true;
    }
    let f = &m.form;
    let status = pick(&start_statuses(), f.choice(M::Status)).unwrap_or(ReferralStatus::InformationGiven);
    let appointment = Date::parse(f.text(M::Appointment)).ok();
    let follow_up = Date::parse(f.text(M::FollowUp)).ok();
    let mut items = Vec::new();
    for (key, id) in need_keys(ids.len()).zip(ids) {
        let Some(offer) = state.catalog.offers.iter().find(|o| o.id == *id) else { continue };
        let Some(need) = pick(&Need::ALL, f.choice(key)) else { continue };
        let new = NewReferral {
            id: ReferralId(0),
            client: ClientId(client),
            need,
            status,
            appointment,
            urgent: f.choice(M::Urgent) == Some(1),
            note: f.text(M::Note).to_string(),
            follow_up,
        };
        match create(new, offer, consent, now, &by) {
            Ok(item) => items.push(item),
            Err(e) => {
                let key = if e == RuleError::OfferInactive { Some(key) } else { field_of(e) };
                match key {
                    Some(key) => m.form.set_error(key, rule_error_text(&e, lang).into()),
                    None => {
                        state.flash =
                            Some(Flash { kind: FlashKind::Error, text: rule_error_text(&e, lang).into() })
                    }
                }
                return true;
            }
        }
    }
    let flash = match items.as_slice() {
        [(r, _)] => {
            lang.f(Tl::ReferSaved, &[&ClientRef(client), &crate::safe_text::visible(&r.offer_snapshot.title)])
        }
        many => lang.f(Tl::ReferSavedMany, &[&many.len(), &ClientRef(client)]),
    };
    let pending = Pending::ReferralsSaved { items: items.clone(), new: true, flash };
    state.request(Effect::SaveReferrals { items, new: true }, pending);
    true
}

/// The store has the referrals (new ones with their numbers in `ids`, in order): take them
/// into the records, close the form, say so.
pub fn saved(
    state: &mut State,
    mut items: Vec<(Referral, ReferralEvent)>,
    new: bool,
    ids: &[u64],
    flash: String,
) {
    if new {
        // Without its number a referral cannot be told apart in memory; it is stored and will
        // show after the next start.
        items = items
            .into_iter()
            .zip(ids)
            .map(|((r, ev), &id)| {
                (Referral { id: ReferralId(id), ..r }, ReferralEvent { referral: ReferralId(id), ..ev })
            })
            .collect();
        state.marked.clear();
    }
    let first = items.first().map(|(r, _)| r.id);
    for (r, ev) in items {
        match state.records.referrals.iter_mut().find(|x| x.id == r.id) {
            Some(x) => *x = r,
            None => state.records.referrals.push(r),
        }
        state.records.events.push(ev);
    }
    finish(state, first, flash);
}

/// A history entry is stored: keep it, close the form, refresh the lists.
pub fn event_saved(state: &mut State, ev: ReferralEvent, flash: String) {
    let id = ev.referral;
    state.records.events.push(ev);
    finish(state, Some(id), flash);
}

/// Closes the form, recomputes the lists and keeps the changed referral selected in the
/// client view (its order there may have changed).
fn finish(state: &mut State, changed: Option<ReferralId>, flash: String) {
    state.overlay = None;
    super::log::refresh(state);
    if let (Some(id), Some(client)) = (changed, state.clients.viewing) {
        let refs = &state.records.referrals;
        if let Some(pos) = super::log::client_rows(state, client).iter().position(|&i| refs[i].id == id) {
            state.clients.view_cursor.selected = pos;
        }
    }
    state.flash = Some(Flash { kind: FlashKind::Info, text: flash });
}
