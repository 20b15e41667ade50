//! The referral forms, shared by the screens that open them: the refer form (Ctrl-V in the
//! directory) for the current client and the marked offers (or the selected one), and the
//! forms that change a referral (`change`: status, postpone, note; in the log and the client
//! view). Not a screen: the screen that opens a form owns it and its write, and calls in here
//! to build it, keep it in step and read it into a write.

mod change;

use super::effect::{Ticket, Write};
use super::form::field::{Check, Field, TEXT_MAX};
use super::form::options::{pick, yes_no};
use super::form::{Form, Opt};
use super::input::TextInput;
use super::modal::{Modal, ModalField, ModalKind, ReferralForm};
use super::out::Out;
use super::overlay::Overlay;
use super::state::{Records, Shared};
use crate::domain::client::Urgency;
use crate::domain::referral::{
    Appointment, NewReferral, RuleError, create, default_follow_up, suggest_urgent,
};
use crate::domain::{
    ClientId, ClientRef, Date, Need, Offer, OfferId, OfferStatus, ReferralId, ReferralStatus, TimeOfDay,
    Timestamp,
};
use crate::i18n::{Label, Lang, T, Tl, rule_error_text};

pub use change::{Change, open_change};

/// At most this many offers are referred in one go: the form shows one need per offer.
pub const MAX_BATCH: usize = 9;

use ModalField as M;

/// The open statuses a referral may start with, in docs/domain.md order.
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

/// What a referral's follow-up means for this client, as the follow-up field's label says: a
/// call only with consent to follow-up contact, else a check with the provider
/// (`domain::client::FollowUpKind`; docs/privacy.md). A referral stores no kind of its own
/// (yet): it follows the client's consent at the time.
pub fn follow_up_label(records: &Records, client: u64, lang: Lang) -> String {
    use crate::domain::client::{Consent, FollowUpKind};
    let none = Consent::default();
    let consent = records.client(client).map_or(&none, |c| &c.consent);
    let t = match FollowUpKind::default_for(consent) {
        FollowUpKind::CallPerson => crate::i18n::Ti::FollowUpCall,
        FollowUpKind::CheckWithProvider => crate::i18n::Ti::FollowUpProvider,
    };
    lang.t(t).to_string()
}

/// The client's consent covers passing data to partners (warm handover).
pub fn consent_to_pass(records: &Records, client: u64) -> bool {
    records.client(client).is_some_and(|c| crate::domain::client::pass_on_allowed(&c.consent))
}

pub fn set_text(form: &mut Form<ModalField>, key: ModalField, value: &str) {
    if let super::form::Kind::Text { input, .. } = &mut form.get_mut(key).kind {
        *input = TextInput::with_value(TEXT_MAX, value);
    }
}

/// Writes are possible and the counsellor's name is known; else says why (and asks for the
/// name) and returns `false`.
fn ready(sh: &Shared, out: &mut Out) -> bool {
    if refuse_read_only(sh, out) {
        return false;
    }
    if sh.settings.counsellor.trim().is_empty() {
        out.open(Overlay::Modal(Modal::counsellor(sh.lang, "")));
        out.error(sh.lang.t(Tl::CounsellorFirst).to_string());
        return false;
    }
    true
}

/// Writes became impossible since the form was opened: say why, keep the form.
fn refuse_read_only(sh: &Shared, out: &mut Out) -> bool {
    let Some(reason) = sh.read_only else { return false };
    out.error(sh.lang.f(T::ReadOnly, &[&reason]));
    true
}

/// The fields of the `i`-th of `n` offers: one offer uses the form-wide keys (`Status` …), a
/// batch has its own status, appointment, urgency and note per offer.
#[derive(Debug, Clone, Copy)]
struct Keys {
    need: ModalField,
    status: ModalField,
    appointment: ModalField,
    time: ModalField,
    urgent: ModalField,
    note: ModalField,
}

fn keys(i: usize, n: usize) -> Keys {
    if n <= 1 {
        Keys {
            need: M::NeedOf(0),
            status: M::Status,
            appointment: M::Appointment,
            time: M::AppointmentTime,
            urgent: M::Urgent,
            note: M::Note,
        }
    } else {
        Keys {
            need: M::NeedOf(i),
            status: M::StatusOf(i),
            appointment: M::AppointmentOf(i),
            time: M::AppointmentTimeOf(i),
            urgent: M::UrgentOf(i),
            note: M::NoteOf(i),
        }
    }
}

/// The need an offer is referred for: the one being searched for (the need filter, a need
/// named in the query) that the offer covers; else a need of the client's that it covers;
/// else the offer's first need.
fn need_for(offer: &Offer, wanted: &[Need], client: &crate::domain::Client) -> Option<Need> {
    let covered = |n: &&Need| offer.needs.contains(n);
    wanted
        .iter()
        .find(covered)
        .or_else(|| client.needs.iter().find(covered))
        .or(offer.needs.first())
        .or(wanted.first())
        .or(client.needs.first())
        .copied()
}

/// Why a referral for `need` is suggested urgent, if it is: the intake's urgency concerns the
/// needs the intake recorded; an expiring permit concerns residence (AUF).
fn urgent_why(client: &crate::domain::Client, need: Option<Need>, today: Date, lang: Lang) -> Option<String> {
    let need = need?;
    let permit = suggest_urgent(&[], client.stay.valid_until, today);
    match permit {
        Some(r) if need == Need::Auf => Some(r.label(lang).to_string()),
        _ if client.urgency == Some(Urgency::Urgent) && client.needs.contains(&need) => {
            Some(lang.t(Tl::UrgentFromIntake).to_string())
        }
        _ => None,
    }
}

/// Ctrl-V: opens the referral form for the current client and the offers `ids` (the marked
/// ones, or the selected one when none is marked). `wanted`: the needs being searched for
/// (filter, query), which the need fields default to. The opener owns the form.
pub fn open_refer(sh: &Shared, ids: &[OfferId], wanted: &[Need], out: &mut Out) -> bool {
    let lang = sh.lang;
    let Some(client) = sh.current() else {
        out.error(lang.t(Tl::ReferNoClient).to_string());
        return true;
    };
    if !ready(sh, out) {
        return true;
    }
    let offers: Vec<&Offer> =
        ids.iter().filter_map(|id| sh.catalog.offers.iter().find(|o| o.id == *id)).collect();
    if offers.is_empty() {
        out.error(lang.t(Tl::NoOfferSelected).to_string());
        return true;
    }
    if let Some(o) = offers.iter().find(|o| o.status == OfferStatus::Inactive) {
        let text = format!("{} ({})", rule_error_text(&RuleError::OfferInactive, lang), o.title);
        out.error(crate::safe_text::visible(&text).into());
        return true;
    }
    let ids: Vec<OfferId> = offers.iter().map(|o| o.id.clone()).collect();
    let today = sh.today();
    let consent = consent_to_pass(sh.records, client.id);
    let n = offers.len().min(MAX_BATCH);
    let starts = start_statuses();
    let info = starts.iter().position(|s| *s == ReferralStatus::InformationGiven).map(|i| i as u16);
    let not_past = Check::Date { not_future: false, not_past: true };
    let mut b = Form::builder();
    for (i, o) in offers.iter().take(n).enumerate() {
        let k = keys(i, n);
        let need = need_for(o, wanted, client);
        let label = if n == 1 { lang.t(Tl::FieldNeed).to_string() } else { o.title.to_string() };
        let value = need.and_then(|x| Need::ALL.iter().position(|y| *y == x)).map(|i| i as u16);
        b = b.field(Field::choice(k.need, label, need_options(lang), value).required());
        let why = urgent_why(client, need, today, lang);
        let (status, appointment, time, urgent) = match (n, &why) {
            (1, Some(w)) => (
                Tl::FieldStatus,
                Tl::FieldAppointment,
                Tl::FieldAppointmentTime,
                lang.f(Tl::FieldUrgentWhy, &[w]),
            ),
            (1, None) => (
                Tl::FieldStatus,
                Tl::FieldAppointment,
                Tl::FieldAppointmentTime,
                lang.t(Tl::FieldUrgent).to_string(),
            ),
            (_, Some(w)) => (
                Tl::FieldStatusOwn,
                Tl::FieldAppointmentOwn,
                Tl::FieldAppointmentTimeOwn,
                lang.f(Tl::FieldUrgentOwnWhy, &[w]),
            ),
            (_, None) => (
                Tl::FieldStatusOwn,
                Tl::FieldAppointmentOwn,
                Tl::FieldAppointmentTimeOwn,
                lang.t(Tl::FieldUrgentOwn).to_string(),
            ),
        };
        b = b
            .field(
                Field::choice(k.status, lang.t(status), status_options(&starts, consent, lang), info)
                    .required(),
            )
            .field(Field::text(k.appointment, lang.t(appointment), "", not_past).required().hidden(true))
            .field(Field::text(k.time, lang.t(time), "", Check::Time).hidden(true))
            .field(Field::choice(k.urgent, urgent, yes_no(lang), Some(u16::from(why.is_some()))));
        if n > 1 {
            b = b.field(Field::note(k.note, lang.t(Tl::FieldNoteOwn), ""));
        }
    }
    b = b.field(
        Field::text(M::FollowUp, follow_up_label(sh.records, client.id, lang), "", not_past).required(),
    );
    let note = if n == 1 { Tl::FieldNote } else { Tl::FieldNoteAll };
    let form = b.field(Field::note(M::Note, lang.t(note), "")).build();
    let title = match offers.as_slice() {
        [o] => lang.f(Tl::ReferTitleOne, &[&client.reference(), &crate::safe_text::visible(&o.title)]),
        many => lang.f(Tl::ReferTitleMany, &[&client.reference(), &many.len()]),
    };
    let kind =
        ModalKind::Referral(ReferralForm::Refer { client: client.id, offers: ids, follow_up_touched: false });
    let mut modal = Modal { owner: out.owner(), kind, title, form };
    refresh_refer(&mut modal, sh);
    out.open(Overlay::Modal(modal));
    true
}

/// The follow-up this form's referrals get by default (one follow-up call covers the whole
/// batch, so the earliest): the day after an appointment; else the follow-up date the intake
/// set, when it is not past; else the rules' default for the need and urgency.
fn suggested_follow_up(form: &Form<ModalField>, n: usize, today: Date, intake: Option<Date>) -> Option<Date> {
    let intake = intake.filter(|d| *d >= today);
    (0..n.min(MAX_BATCH))
        .filter_map(|i| {
            let k = keys(i, n);
            let status = pick(&start_statuses(), form.choice(k.status));
            if status == Some(ReferralStatus::AppointmentMade)
                && let Ok(d) = Date::parse(form.text(k.appointment))
            {
                return Some(d.add_days(crate::domain::referral::rules::FOLLOW_UP_AFTER_APPOINTMENT_DAYS));
            }
            if intake.is_some() {
                return intake;
            }
            let need = pick(&Need::ALL, form.choice(k.need))?;
            Some(default_follow_up(need, form.choice(k.urgent) == Some(1), today))
        })
        .min()
}

/// Keeps the refer form's dependent fields in step: each appointment only with "Termin
/// vereinbart", the consent gate said at once, the follow-up following the rules until typed.
fn refresh_refer(m: &mut Modal, sh: &Shared) {
    let ModalKind::Referral(ReferralForm::Refer { client, offers, follow_up_touched }) = &mut m.kind else {
        return;
    };
    let f = &mut m.form;
    if f.focused().is_some_and(|x| x.key == M::FollowUp) && f.dirty {
        *follow_up_touched = true;
    }
    let n = offers.len();
    let consent = consent_to_pass(sh.records, *client);
    for i in 0..n.min(MAX_BATCH) {
        let k = keys(i, n);
        let status = pick(&start_statuses(), f.choice(k.status));
        let no_appointment = status != Some(ReferralStatus::AppointmentMade);
        f.set_hidden(k.appointment, no_appointment);
        f.set_hidden(k.time, no_appointment);
        gate_consent_at(f, k.status, status, consent, sh.lang);
    }
    let intake = sh.records.client(*client).and_then(|c| c.follow_up);
    if !*follow_up_touched && let Some(d) = suggested_follow_up(f, n, sh.today(), intake) {
        set_text(f, M::FollowUp, &d.to_string());
    }
}

/// Says at the status field, as soon as it is chosen, why a warm handover is not possible.
pub fn gate_consent(f: &mut Form<ModalField>, status: Option<ReferralStatus>, consent: bool, lang: Lang) {
    gate_consent_at(f, M::Status, status, consent, lang);
}

fn gate_consent_at(
    f: &mut Form<ModalField>,
    key: ModalField,
    status: Option<ReferralStatus>,
    consent: bool,
    lang: Lang,
) {
    if status == Some(ReferralStatus::WarmHandover) && !consent {
        f.get_mut(key).error = Some(rule_error_text(&RuleError::WarmHandoverNeedsConsent, lang).into());
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

/// The appointment typed in a form: its date field, and its time field when filled in (both
/// were checked when left and on saving; a time that does not read is not guessed).
pub fn appointment_of(f: &Form<ModalField>, date: ModalField, time: ModalField) -> Option<Appointment> {
    let date = Date::parse(f.text(date)).ok()?;
    let time = f.index_of(time).and_then(|_| TimeOfDay::parse(f.text(time)).ok());
    Some(Appointment { date, time })
}

/// Keeps a referral form's dependent fields in step after a change.
pub fn changed(m: &mut Modal, sh: &Shared) {
    match &m.kind {
        ModalKind::Referral(ReferralForm::Refer { .. }) => refresh_refer(m, sh),
        ModalKind::Referral(_) => change::refresh(m, sh),
        _ => {}
    }
}

/// Reads a referral form into a write and asks for it; returns the write's ticket and what to
/// say once it is stored. `None`: nothing written (a problem, shown at its field or in the
/// footer).
pub fn save(m: &mut Modal, sh: &Shared, out: &mut Out) -> Option<(Ticket, String)> {
    match &m.kind {
        ModalKind::Referral(ReferralForm::Refer { client, offers, .. }) => {
            let (client, offers) = (*client, offers.clone());
            save_refer(m, sh, client, &offers, out)
        }
        ModalKind::Referral(_) => change::save(m, sh, out),
        _ => None,
    }
}

fn save_refer(
    m: &mut Modal,
    sh: &Shared,
    client: u64,
    ids: &[OfferId],
    out: &mut Out,
) -> Option<(Ticket, String)> {
    let (lang, today) = (sh.lang, sh.today());
    let now = Timestamp::from_naive(sh.now);
    let by = sh.settings.counsellor.clone();
    let consent = consent_to_pass(sh.records, client);
    if refuse_read_only(sh, out) {
        return None;
    }
    if m.form.validate(today, lang).is_some() {
        return None;
    }
    let f = &m.form;
    let follow_up = Date::parse(f.text(M::FollowUp)).ok();
    let shared_note = f.text(M::Note).trim().to_string();
    let n = ids.len();
    let mut items = Vec::new();
    for (i, id) in ids.iter().enumerate().take(MAX_BATCH) {
        let k = keys(i, n);
        let Some(offer) = sh.catalog.offers.iter().find(|o| o.id == *id) else { continue };
        let Some(need) = pick(&Need::ALL, f.choice(k.need)) else { continue };
        let status = pick(&start_statuses(), f.choice(k.status)).unwrap_or(ReferralStatus::InformationGiven);
        // A batch's own note per offer; the note for all is added to each only when written.
        let note = if n == 1 {
            shared_note.clone()
        } else {
            match (f.text(k.note).trim(), shared_note.as_str()) {
                (own, "") => own.to_string(),
                ("", all) => all.to_string(),
                (own, all) => format!("{own} · {all}"),
            }
        };
        // A placeholder per offer: the store gives items sharing a placeholder one number
        // (`Change::NewReferrals`), so a shared 0 made a batch one referral in the store.
        let new = NewReferral {
            id: ReferralId(i as u64),
            client: ClientId(client),
            need,
            status,
            appointment: appointment_of(f, k.appointment, k.time),
            urgent: f.choice(k.urgent) == Some(1),
            note,
            follow_up,
        };
        match create(new, offer, consent, now, &by) {
            Ok(item) => items.push(item),
            Err(e) => {
                let key = match field_of(e) {
                    _ if e == RuleError::OfferInactive => Some(k.need),
                    Some(M::Status) => Some(k.status),
                    Some(M::Appointment) => Some(k.appointment),
                    Some(M::Note) if n > 1 => Some(k.note),
                    other => other,
                };
                match key {
                    Some(key) => m.form.set_error(key, rule_error_text(&e, lang).into()),
                    None => out.error(rule_error_text(&e, lang).into()),
                }
                return None;
            }
        }
    }
    let flash = match items.as_slice() {
        [(r, _)] => {
            lang.f(Tl::ReferSaved, &[&ClientRef(client), &crate::safe_text::visible(&r.offer_snapshot.title)])
        }
        many => lang.f(Tl::ReferSavedMany, &[&many.len(), &ClientRef(client)]),
    };
    Some((out.write(Write::SaveReferrals { items, new: true }), flash))
}
