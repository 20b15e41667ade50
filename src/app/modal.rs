//! Small forms over the screen: what each holds, and the two every screen can open (the
//! counsellor's name, the anonymous short contact). A modal belongs to whoever opened it
//! (`owner`): its changes and its save go there (`Component::modal`); the router only moves
//! between its fields and closes it on Esc.

use super::effect::Owner;
use super::form::Form;
use super::form::field::{Check, Field};
use super::form::options::options;
use crate::domain::client::{Caller, ContactChannel};
use crate::domain::{CaseGroup, Date, Need, OfferId, ReferralId};
use crate::i18n::{Lang, T};

#[derive(Debug, Clone, PartialEq)]
pub enum ModalKind {
    /// The counsellor's name or initials (asked once on first start).
    Counsellor,
    /// Kurzkontakt: an anonymous contact, counted without personal data.
    QuickContact,
    /// Making or changing referrals (see `referral_form`).
    Referral(ReferralForm),
    /// The log's filters (see `screen::log`).
    LogFilter,
    /// Withdrawing one consent of a client (see `consent_form`).
    Withdraw(u64),
    /// A service gap recorded from the directory (see `gap_form`).
    Gap,
    /// The upkeep menu's file work (see `screen::directory::files`).
    Import,
    Export,
    Backup,
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
    /// A status change; `follow_up_touched`: the counsellor typed the follow-up date, so it no
    /// longer follows the status and appointment.
    Status {
        id: ReferralId,
        follow_up_touched: bool,
    },
    Postpone(ReferralId),
    Note(ReferralId),
}

/// The fields of the small forms. They share one key type: each form is built and read within
/// a few lines of one module (`desk`, `referral_form`, the log's filter), and one type keeps
/// the overlay, its keys and its drawing free of a dispatch per form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModalField {
    /// The counsellor's name.
    Name,
    /// The desk's settings (F12): retention period in months, idle minutes before hiding.
    Retention,
    Idle,
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
    /// Referring several offers at once: the `n`-th offer's own status, appointment (date and
    /// time), urgency and note (one offer uses `Status`, `Appointment`, `AppointmentTime`,
    /// `Urgent`, `Note`).
    StatusOf(usize),
    AppointmentOf(usize),
    AppointmentTimeOf(usize),
    UrgentOf(usize),
    NoteOf(usize),
    Status,
    Appointment,
    /// The appointment's time of day (optional), right after its date.
    AppointmentTime,
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
    /// Withdrawing consent: which purpose (`Date` is the day of the withdrawal).
    Purpose,
    // A recorded gap (`Need`, `Group` and `Note` too).
    SubNeed,
    Town,
    // The upkeep menu's import, export and backup.
    Path,
    Sheet,
    Mode,
    Format,
    Internal,
}

impl super::form::FieldKey for ModalField {}

use ModalField as M;

#[derive(Debug, Clone, PartialEq)]
pub struct Modal {
    /// Who opened it and gets its changes and its save.
    pub owner: Owner,
    pub kind: ModalKind,
    pub title: String,
    pub form: Form<ModalField>,
}

impl Modal {
    pub fn counsellor(lang: Lang, current: &str) -> Modal {
        let form = Form::builder()
            .field(Field::text(M::Name, lang.t(T::CounsellorName), current, Check::None).required())
            .build();
        Modal {
            owner: Owner::Desk,
            kind: ModalKind::Counsellor,
            title: lang.t(T::CounsellorTitle).to_string(),
            form,
        }
    }

    /// F12: the counsellor's name and the desk's data protection settings.
    pub fn settings(lang: Lang, s: &crate::domain::Settings) -> Modal {
        use crate::domain::Settings as S;
        let months = Check::Number { min: S::RETENTION_MIN.into(), max: S::RETENTION_MAX.into() };
        let form = Form::builder()
            .field(Field::text(M::Name, lang.t(T::CounsellorName), &s.counsellor, Check::None).required())
            .field(
                Field::text(M::Retention, lang.t(T::FieldRetention), &s.retention_months.to_string(), months)
                    .required(),
            )
            .field(
                Field::text(
                    M::Idle,
                    lang.t(T::FieldIdle),
                    &s.idle_minutes.to_string(),
                    Check::Number { min: 0, max: 240 },
                )
                .required(),
            )
            .build();
        Modal {
            owner: Owner::Desk,
            kind: ModalKind::Counsellor,
            title: lang.t(T::SettingsTitle).to_string(),
            form,
        }
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
        Modal {
            owner: Owner::Desk,
            kind: ModalKind::QuickContact,
            title: lang.t(T::QuickContactTitle).to_string(),
            form,
        }
    }
}
