//! The forms every screen can open: the counsellor's name (F12, and asked once on the first
//! start) and the anonymous short contact (F9). Not a screen — they have no page of their own —
//! but a component like one: they own their writes and get the answers.

use super::action::Action;
use super::effect::{Done, SaveError, Ticket, Waiting, Write};
use super::form::FormEvent;
use super::form::options::pick;
use super::modal::{Modal, ModalField as M, ModalKind};
use super::out::Out;
use super::overlay::Overlay;
use super::screen::Component;
use super::state::Shared;
use crate::domain::client::{AnonymousContact, Caller, ContactChannel};
use crate::domain::{CaseGroup, Date, LangCode, Need, Settings};
use crate::i18n::{T, Ti};

#[derive(Debug, Default)]
pub struct Desk {
    /// Saves asked for: what to say once stored.
    waiting: Waiting<Then>,
}

#[derive(Debug)]
enum Then {
    Settings,
    Contact,
}

impl Component for Desk {
    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        let modal = match action {
            Action::QuickContact => Modal::quick_contact(sh.lang, sh.today()),
            Action::EditSettings => Modal::settings(sh.lang, sh.settings),
            _ => return false,
        };
        out.open(Overlay::Modal(modal));
        true
    }

    fn modal(&mut self, m: &mut Modal, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        if ev == FormEvent::Save {
            self.save(m, sh, out);
        }
        true
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        let (Some(then), Ok(_)) = (self.waiting.take(ticket), result) else { return };
        out.close();
        out.info(match then {
            Then::Settings => sh.lang.t(T::Saved).to_string(),
            Then::Contact => sh.lang.t(Ti::ContactSaved).to_string(),
        });
    }
}

impl Desk {
    /// Turns the form into a record and asks for the write.
    fn save(&mut self, m: &mut Modal, sh: &Shared, out: &mut Out) {
        let (lang, today) = (sh.lang, sh.today());
        if m.form.validate(today, lang).is_some() {
            return;
        }
        if let Some(reason) = sh.read_only {
            out.error(reason.to_string());
            return;
        }
        let (write, then) = match m.kind {
            ModalKind::Counsellor => {
                let f = &m.form;
                let name = f.text(M::Name).chars().take(Settings::COUNSELLOR_MAX).collect::<String>();
                // The first start asks for the name only; F12 has the other settings too.
                let number = |key: M, old: u16| {
                    if f.index_of(key).is_some() { f.text(key).trim().parse().unwrap_or(old) } else { old }
                };
                let mut settings = sh.settings.clone();
                settings.retention_months = number(M::Retention, settings.retention_months);
                settings.idle_minutes = number(M::Idle, settings.idle_minutes);
                settings.counsellor = name;
                (Write::SaveSettings(settings), Then::Settings)
            }
            ModalKind::QuickContact => {
                let f = &m.form;
                let language = match f.text(M::Language) {
                    "" => None,
                    code => match LangCode::parse(code) {
                        Some(l) => Some(l),
                        None => {
                            m.form.set_error(M::Language, lang.t(T::ValLangCode).to_string());
                            return;
                        }
                    },
                };
                let group = pick(&CaseGroup::ALL, f.choice(M::Group));
                let contact = AnonymousContact {
                    id: 0,
                    date: Date::parse(f.text(M::Date)).unwrap_or(today),
                    channel: pick(&ContactChannel::ALL, f.choice(M::Channel))
                        .unwrap_or(ContactChannel::Phone),
                    language,
                    caller: pick(&Caller::ALL, f.choice(M::Caller)).unwrap_or(Caller::Client),
                    group: group.unwrap_or(CaseGroup::NotAssigned),
                    needs: f
                        .multi(M::Needs)
                        .into_iter()
                        .filter_map(|v| Need::ALL.get(v as usize).copied())
                        .collect(),
                    minutes: f.text(M::Minutes).parse().ok(),
                };
                // Date, channel and caller are filled in already; with nothing else there is
                // nothing to count, and a stray F9 and save must not count a contact.
                if contact.needs.is_empty()
                    && group.is_none()
                    && contact.language.is_none()
                    && contact.minutes.is_none()
                {
                    m.form.set_error(M::Needs, lang.t(crate::i18n::Ti::ContactEmpty).to_string());
                    return;
                }
                (Write::SaveContact(contact), Then::Contact)
            }
            ModalKind::Referral(_)
            | ModalKind::LogFilter
            | ModalKind::Withdraw(_)
            | ModalKind::Gap
            | ModalKind::Import
            | ModalKind::Export
            | ModalKind::Backup => return,
        };
        let ticket = out.write(write);
        self.waiting.push(ticket, then);
    }
}
