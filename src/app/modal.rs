//! Small forms over the screen: the counsellor's name, the anonymous short contact. Each kind
//! builds its form, and on save turns it into a record and asks for the write.

use super::effect::Effect;
use super::form::field::{Check, Field};
use super::form::options::{options, pick};
use super::form::{Form, FormEvent};
use super::pending::Pending;
use super::state::{Overlay, State};
use crate::domain::client::{AnonymousContact, Caller, ContactChannel};
use crate::domain::{CaseGroup, Date, LangCode, Need, Settings};
use crate::i18n::{Lang, T};

#[derive(Debug, Clone, PartialEq)]
pub enum ModalKind {
    /// The counsellor's name or initials (asked once on first start).
    Counsellor,
    /// Kurzkontakt: an anonymous contact, counted without personal data.
    QuickContact,
    /// Making or changing referrals, and the log's filters (see `referral_modal`).
    Referral(super::referral_modal::ReferralForm),
}

/// The fields of the small forms. They share one key type: each form is built and read within
/// a few lines of one module (here, `referral_modal`, `referral_change`), and one type keeps
/// the overlay, its keys and its drawing free of a dispatch per form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModalField {
    /// The counsellor's name.
    Name,
    // The short contact; `Date` is also the postponing form's date.
    Date,
    Channel,
    Caller,
    Language,
    Group,
    Needs,
    Minutes,
    /// Referring: the need the `n`-th offer is referred for.
    NeedOf(usize),
    Status,
    Appointment,
    Urgent,
    FollowUp,
    Note,
    /// Postponing: +7, +14 or a date.
    When,
    // The log's filter (`Status` is its status too).
    Scope,
    Need,
    Client,
    Offer,
    From,
    To,
    Sort,
}

impl super::form::FieldKey for ModalField {}

use ModalField as M;

#[derive(Debug, Clone, PartialEq)]
pub struct Modal {
    pub kind: ModalKind,
    pub title: String,
    pub form: Form<ModalField>,
}

impl Modal {
    pub fn counsellor(lang: Lang, current: &str) -> Modal {
        let form = Form::builder()
            .field(Field::text(M::Name, lang.t(T::CounsellorName), current, Check::None).required())
            .build();
        Modal { kind: ModalKind::Counsellor, title: lang.t(T::CounsellorTitle).to_string(), form }
    }

    pub fn quick_contact(lang: Lang, today: Date) -> Modal {
        let needs: Vec<_> = Need::ALL
            .iter()
            .map(|n| format!("{} {}", n.code(), crate::i18n::Label::label(n, lang)))
            .collect();
        let needs = needs
            .into_iter()
            .enumerate()
            .map(|(i, label)| super::form::Opt { label, value: i as u16 })
            .collect();
        let form = Form::builder()
            .field(
                Field::text(
                    M::Date,
                    lang.t(T::FieldDate),
                    &today.to_string(),
                    Check::Date { not_future: true, not_past: false },
                )
                .required(),
            )
            .field(Field::choice(
                M::Channel,
                lang.t(T::FieldChannel),
                options(&ContactChannel::ALL, lang),
                Some(0),
            ))
            .field(Field::choice(M::Caller, lang.t(T::FieldCaller), options(&Caller::ALL, lang), Some(0)))
            .field(Field::text(M::Language, lang.t(T::FieldLanguage), "", Check::None))
            .field(Field::choice(M::Group, lang.t(T::FieldGroup), options(&CaseGroup::ALL, lang), None))
            .field(Field::multi(M::Needs, lang.t(T::FieldNeeds), needs, &[]))
            .field(Field::text(M::Minutes, lang.t(T::FieldMinutes), "", Check::Number { min: 1, max: 600 }))
            .build();
        Modal { kind: ModalKind::QuickContact, title: lang.t(T::QuickContactTitle).to_string(), form }
    }
}

/// A key event on the open modal's form.
pub fn on_event(state: &mut State, ev: FormEvent) -> bool {
    if let Some(handled) = super::referral_modal::on_event(state, ev) {
        return handled;
    }
    match ev {
        FormEvent::Save => save(state),
        FormEvent::Cancel => {
            let dirty = matches!(&state.overlay, Some(Overlay::Modal(m)) if m.form.dirty);
            let open = state.overlay.take();
            if dirty {
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmDiscard).to_string(),
                    then: super::state::ConfirmAction::DiscardModal,
                    behind: open.map(Box::new),
                });
            }
            true
        }
        FormEvent::Ignored => false,
        FormEvent::Moved | FormEvent::Changed => true,
    }
}

fn save(state: &mut State) -> bool {
    let (lang, today) = (state.lang, state.today());
    let Some(Overlay::Modal(m)) = &mut state.overlay else { return false };
    if m.form.validate(today, lang).is_some() {
        return true;
    }
    if let Some(r) = &state.read_only {
        let text = r.clone();
        state.flash = Some(super::state::Flash { kind: super::state::FlashKind::Error, text });
        return true;
    }
    match m.kind {
        ModalKind::Counsellor => {
            let name = m.form.text(M::Name).chars().take(Settings::COUNSELLOR_MAX).collect::<String>();
            let s = Settings { counsellor: name };
            state.request(Effect::SaveSettings(s.clone()), Pending::SettingsSaved(s));
        }
        ModalKind::Referral(_) => {}
        ModalKind::QuickContact => {
            let f = &m.form;
            let language = match f.text(M::Language) {
                "" => None,
                code => match LangCode::parse(code) {
                    Some(l) => Some(l),
                    None => {
                        m.form.set_error(M::Language, lang.t(T::ValLangCode).to_string());
                        return true;
                    }
                },
            };
            let contact = AnonymousContact {
                id: 0,
                date: Date::parse(f.text(M::Date)).unwrap_or(today),
                channel: pick(&ContactChannel::ALL, f.choice(M::Channel)).unwrap_or(ContactChannel::Phone),
                language,
                caller: pick(&Caller::ALL, f.choice(M::Caller)).unwrap_or(Caller::Client),
                group: pick(&CaseGroup::ALL, f.choice(M::Group)).unwrap_or(CaseGroup::NotAssigned),
                needs: f
                    .multi(M::Needs)
                    .into_iter()
                    .filter_map(|v| Need::ALL.get(v as usize).copied())
                    .collect(),
                minutes: f.text(M::Minutes).parse().ok(),
            };
            state.request(Effect::SaveContact(contact.clone()), Pending::ContactSaved(contact));
        }
    }
    true
}
