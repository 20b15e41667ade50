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

#[derive(Debug, Clone, PartialEq)]
pub struct Modal {
    pub kind: ModalKind,
    pub title: String,
    pub form: Form,
}

impl Modal {
    pub fn counsellor(lang: Lang, current: &str) -> Modal {
        let form = Form::builder()
            .field(Field::text("name", lang.t(T::CounsellorName), current, Check::None).required())
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
                    "date",
                    lang.t(T::FieldDate),
                    &today.to_string(),
                    Check::Date { not_future: true, not_past: false },
                )
                .required(),
            )
            .field(Field::choice(
                "channel",
                lang.t(T::FieldChannel),
                options(&ContactChannel::ALL, lang),
                Some(0),
            ))
            .field(Field::choice("caller", lang.t(T::FieldCaller), options(&Caller::ALL, lang), Some(0)))
            .field(Field::text("language", lang.t(T::FieldLanguage), "", Check::None))
            .field(Field::choice("group", lang.t(T::FieldGroup), options(&CaseGroup::ALL, lang), None))
            .field(Field::multi("needs", lang.t(T::FieldNeeds), needs, &[]))
            .field(Field::text("minutes", lang.t(T::FieldMinutes), "", Check::Number { min: 1, max: 600 }))
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
            let name = m.form.text("name").chars().take(Settings::COUNSELLOR_MAX).collect::<String>();
            let s = Settings::for_counsellor(name);
            state.request(Effect::SaveSettings(s.clone()), Pending::SettingsSaved(s));
        }
        ModalKind::Referral(_) => {}
        ModalKind::QuickContact => {
            let f = &m.form;
            let language = match f.text("language") {
                "" => None,
                code => match LangCode::parse(code) {
                    Some(l) => Some(l),
                    None => {
                        m.form.set_error("language", lang.t(T::ValLangCode).to_string());
                        return true;
                    }
                },
            };
            let contact = AnonymousContact {
                id: 0,
                date: Date::parse(f.text("date")).unwrap_or(today),
                channel: pick(&ContactChannel::ALL, f.choice("channel")).unwrap_or(ContactChannel::Phone),
                language,
                caller: pick(&Caller::ALL, f.choice("caller")).unwrap_or(Caller::Client),
                group: pick(&CaseGroup::ALL, f.choice("group")).unwrap_or(CaseGroup::NotAssigned),
                needs: f
                    .multi("needs")
                    .into_iter()
                    .filter_map(|v| Need::ALL.get(v as usize).copied())
                    .collect(),
                minutes: f.text("minutes").parse().ok(),
            };
            state.request(Effect::SaveContact(contact.clone()), Pending::ContactSaved(contact));
        }
    }
    true
}
