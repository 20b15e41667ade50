//! The intake forms' fields, sections and options, filled from a client record: the person's
//! form, or the employer's short form when the caller is an employer hiring (EMP).

use super::{ConsentChoice, EMP_FORM, IntakeField, ObtainedChoice, PlaceChoice, consent_fields};
use crate::app::form::Form;
use crate::app::form::field::{Check, Field, Opt};
use crate::app::form::options::{as_bool, bool_value, options, value_of, yes_no};
use crate::domain::client::*;
use crate::domain::{CaseGroup, Date, GermanLevel, LangCode, Need, ResidenceBasis, SubNeed};
use crate::i18n::{Label, Lang, T, Ti};

use IntakeField as F;

fn ti(lang: Lang, t: Ti) -> String {
    lang.t(t).to_string()
}

fn opt_list(labels: &[String]) -> Vec<Opt> {
    labels.iter().enumerate().map(|(i, l)| Opt { label: l.clone(), value: i as u16 }).collect()
}

fn date_text(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn sens(s: &Option<SensitiveText>) -> &str {
    s.as_ref().map(SensitiveText::as_str).unwrap_or("")
}

/// The letters a yes/no field shows and takes.
fn yes_no_letters(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "jn",
        Lang::En => "yn",
    }
}

/// The sections of the person's form, each with its fields in order.
fn person_layout() -> Vec<(Ti, Vec<IntakeField>)> {
    let all = IntakeField::ALL;
    let span = |from: F, to: F| -> Vec<IntakeField> {
        let a = all.iter().position(|k| *k == from).unwrap_or(0);
        let b = all.iter().position(|k| *k == to).unwrap_or(0);
        all[a..=b].to_vec()
    };
    vec![
        (Ti::SecNewContact, span(F::ContactDate, F::Interpreter)),
        (Ti::SecConsent, span(F::ConsentStorage, F::ConsentHealthDate)),
        (Ti::SecPerson, span(F::Anonymous, F::Nationality)),
        (Ti::SecStay, span(F::Place, F::Anchor)),
        (Ti::SecLanguage, span(F::Partner, F::OtherLanguages)),
        (Ti::SecWork, span(F::Qualification, F::WantsWork)),
        (Ti::SecBarriers, vec![F::Barriers]),
        (Ti::SecNeeds, span(F::Needs, F::Deadline)),
        (Ti::SecGroup, span(F::Decision, F::Reason)),
        (Ti::SecNext, span(F::NextStep, F::Notes)),
    ]
}

/// The sections of the employer's short form; together they are [`EMP_FORM`].
fn emp_layout() -> Vec<(Ti, Vec<IntakeField>)> {
    let e = &EMP_FORM;
    vec![
        (Ti::SecNewContact, e[0..4].to_vec()),
        (Ti::SecConsent, e[4..8].to_vec()),
        (Ti::SecEmployer, e[8..14].to_vec()),
        (Ti::SecNeeds, e[14..18].to_vec()),
        (Ti::SecNext, e[18..].to_vec()),
    ]
}

/// The sub-needs offered: those of the needs ticked, and any still recorded.
pub(super) fn sub_need_options(needs: &[Need], ticked: &[SubNeed], lang: Lang) -> Vec<Opt> {
    SubNeed::ALL
        .iter()
        .enumerate()
        .filter(|(_, s)| needs.contains(&s.need()) || ticked.contains(s))
        .map(|(i, s)| Opt { label: format!("{} {}", s.code(), s.label(lang)), value: i as u16 })
        .collect()
}

/// The form for a client record, values as stored: the employer's short form for an EMP
/// caller, else the person's.
pub(super) fn build(c: &Client, lang: Lang) -> Form<IntakeField> {
    let layout = if c.contact.caller == Caller::EmployerHiring { emp_layout() } else { person_layout() };
    let mut b = Form::builder().phone_speed();
    for (title, keys) in layout {
        b = b.section(ti(lang, title));
        for key in keys {
            b = b.field(field(key, c, lang));
        }
    }
    b.build()
}

/// One field of the intake, filled from the record.
fn field(key: IntakeField, c: &Client, lang: Lang) -> Field<IntakeField> {
    let past = Check::Date { not_future: true, not_past: false };
    let any_date = Check::Date { not_future: false, not_past: false };
    let label = |t: Ti| ti(lang, t);
    let yn = |key: IntakeField, t: Ti, v: Option<bool>| {
        Field::choice(key, label(t), yes_no(lang), bool_value(v)).with_letters(yes_no_letters(lang))
    };
    let text = |key: IntakeField, t: Ti, v: &str, check: Check| Field::text(key, label(t), v, check);
    let code_choice =
        |key: IntakeField, t: Ti, opts: Vec<Opt>, v: Option<u16>| Field::choice(key, label(t), opts, v);
    let emp = c.employer.clone().unwrap_or_default();
    if let Some(p) = Purpose::ALL.into_iter().find(|p| consent_fields(*p).0 == key) {
        let answer = c.consent.get(p);
        let opts = opt_list(&ConsentChoice::ALL.map(|x| ti(lang, x.label())));
        let v = answer.and_then(|a| value_of(&ConsentChoice::ALL, &ConsentChoice::of(a.answer)));
        let letters = match lang {
            Lang::De => "smvw",
            Lang::En => "wvrd",
        };
        return Field::choice(key, p.label(lang), opts, v).with_letters(letters);
    }
    if let Some(p) = Purpose::ALL.into_iter().find(|p| consent_fields(*p).1 == key) {
        return text(key, Ti::FConsentOn, &date_text(c.consent.get(p).map(|a| a.date)), past);
    }
    match key {
        F::ContactDate => text(key, Ti::FContactDate, &c.contact.date.to_string(), past).required(),
        F::Channel => code_choice(
            key,
            Ti::FChannel,
            options(&ContactChannel::ALL, lang),
            value_of(&ContactChannel::ALL, &c.contact.channel),
        )
        .required(),
        F::Caller => code_choice(
            key,
            Ti::FCaller,
            options(&Caller::ALL, lang),
            value_of(&Caller::ALL, &c.contact.caller),
        )
        .required(),
        F::Language => text(
            key,
            Ti::FLanguage,
            c.contact.language.as_ref().map(LangCode::as_str).unwrap_or(""),
            Check::None,
        ),
        F::Interpreter => yn(key, Ti::FInterpreter, c.contact.interpreter),
        F::Partners => text(key, Ti::FPartners, &c.consent.partners, Check::None),
        F::Anonymous => yn(key, Ti::FAnonymous, Some(c.identity.is_anonymous())),
        F::Name | F::Pseudonym | F::Phone | F::Email => {
            let (name, pseudonym, phone, email) = match &c.identity {
                Identity::Named { name, phone, email } => (sens(name), "", sens(phone), sens(email)),
                Identity::Anonymous { pseudonym } => ("", sens(pseudonym), "", ""),
            };
            match key {
                F::Name => text(key, Ti::FName, name, Check::None),
                F::Pseudonym => text(key, Ti::FPseudonym, pseudonym, Check::None),
                F::Phone => text(key, Ti::FPhone, phone, Check::Phone),
                _ => text(key, Ti::FEmail, email, Check::Email),
            }
        }
        F::AgeBand => {
            let band = match c.person.age {
                Some(Age::Band(b)) => value_of(&AgeBand::ALL, &b),
                _ => None,
            };
            code_choice(key, Ti::FAgeBand, options(&AgeBand::ALL, lang), band)
        }
        F::BirthYear => {
            let y = match c.person.age {
                Some(Age::BirthYear(y)) => y.to_string(),
                _ => String::new(),
            };
            text(key, Ti::FBirthYear, &y, Check::Number { min: 1900, max: 2100 })
        }
        F::Nationality => text(
            key,
            Ti::FNationality,
            c.person.nationality.as_ref().map(CountryCode::as_str).unwrap_or(""),
            Check::None,
        ),
        F::Place => code_choice(
            key,
            Ti::FPlace,
            opt_list(&PlaceChoice::ALL.map(|p| ti(lang, p.label()))),
            c.stay.place.as_ref().and_then(|p| value_of(&PlaceChoice::ALL, &PlaceChoice::of(p))),
        ),
        F::Town => {
            let town = match &c.stay.place {
                Some(Place::InRegion { town }) => town.clone().unwrap_or_default(),
                _ => String::new(),
            };
            text(key, Ti::FTown, &town, Check::None)
        }
        F::Arrived => {
            let arrived = match c.stay.arrival {
                Some(Arrival::Month(_)) => Some(true),
                Some(Arrival::NotYetArrived) => Some(false),
                None => None,
            };
            yn(key, Ti::FArrived, arrived)
        }
        F::Arrival => {
            let m = match c.stay.arrival {
                Some(Arrival::Month(m)) => m.to_string(),
                _ => String::new(),
            };
            text(key, Ti::FArrival, &m, Check::Month)
        }
        F::Basis => code_choice(
            key,
            Ti::FBasis,
            options(&ResidenceBasis::ALL, lang),
            c.stay.basis.and_then(|b| value_of(&ResidenceBasis::ALL, &b)),
        ),
        F::ValidUntil => text(key, Ti::FValidUntil, &date_text(c.stay.valid_until), any_date),
        F::Fled => yn(key, Ti::FFled, c.stay.fled),
        F::JoinsFamily => yn(key, Ti::FJoinsFamily, c.stay.joins_family),
        F::Anchor => yn(key, Ti::FAnchor, c.stay.anchor_works_or_studies),
        F::Partner => yn(key, Ti::FPartner, c.person.household.partner),
        F::Children => {
            let children = match &c.person.household.children_ages {
                Some(v) if v.is_empty() => lang.t(T::WordNone).to_string(),
                Some(v) => v.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
                None => String::new(),
            };
            text(key, Ti::FChildren, &children, Check::None)
        }
        F::SingleParent => yn(key, Ti::FSingleParent, c.person.household.single_parent),
        F::German => code_choice(
            key,
            Ti::FGerman,
            options(&GermanLevel::ALL, lang),
            c.person.german.and_then(|g| value_of(&GermanLevel::ALL, &g.level)),
        ),
        F::Evidence => code_choice(
            key,
            Ti::FEvidence,
            options(&Evidence::ALL, lang),
            c.person.german.and_then(|g| g.evidence).and_then(|e| value_of(&Evidence::ALL, &e)),
        ),
        F::OtherLanguages => text(
            key,
            Ti::FOtherLanguages,
            &c.person.other_languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join(", "),
            Check::None,
        ),
        F::Qualification => code_choice(
            key,
            Ti::FQualification,
            options(&QualificationLevel::ALL, lang),
            c.qualification.level.and_then(|l| value_of(&QualificationLevel::ALL, &l)),
        ),
        F::Occupation => {
            text(key, Ti::FOccupation, c.qualification.occupation.as_deref().unwrap_or(""), Check::None)
        }
        F::ObtainedIn => code_choice(
            key,
            Ti::FObtainedIn,
            opt_list(&ObtainedChoice::ALL.map(|o| ti(lang, o.label()))),
            c.qualification
                .obtained_in
                .as_ref()
                .and_then(|o| value_of(&ObtainedChoice::ALL, &ObtainedChoice::of(o))),
        ),
        F::Country => {
            let country = match &c.qualification.obtained_in {
                Some(ObtainedIn::Abroad { country: Some(cc) }) => cc.as_str().to_string(),
                _ => String::new(),
            };
            text(key, Ti::FCountry, &country, Check::None)
        }
        F::Completed => text(key, Ti::FCompleted, &date_text(c.qualification.completed), past),
        F::FinalTerm => yn(key, Ti::FFinalTerm, c.qualification.in_final_term),
        F::Regulated => code_choice(
            key,
            Ti::FRegulated,
            options(&Regulated::ALL, lang),
            c.qualification.regulated.and_then(|r| value_of(&Regulated::ALL, &r)),
        ),
        F::Recognition => code_choice(
            key,
            Ti::FRecognition,
            options(&RecognitionStatus::ALL, lang),
            c.qualification.recognition.and_then(|r| value_of(&RecognitionStatus::ALL, &r)),
        ),
        F::Employment => code_choice(
            key,
            Ti::FEmployment,
            options(&EmploymentStatus::ALL, lang),
            c.employment.status.and_then(|s| value_of(&EmploymentStatus::ALL, &s)),
        ),
        F::Since => text(key, Ti::FSince, &date_text(c.employment.since), past),
        F::WantsWork => yn(key, Ti::FWantsWork, c.employment.wants_work),
        F::Barriers => {
            let opts: Vec<Opt> = Barrier::ALL
                .iter()
                .enumerate()
                .map(|(i, b)| Opt { label: format!("{} {}", b.code(), b.label(lang)), value: i as u16 })
                .collect();
            let values: Vec<u16> = c.barriers.iter().filter_map(|b| value_of(&Barrier::ALL, b)).collect();
            Field::multi(key, label(Ti::FBarriers), opts, &values)
        }
        F::Company => text(key, Ti::FCompany, emp.company.as_str(), Check::None),
        F::Sector => text(key, Ti::FSector, &emp.sector, Check::None),
        F::Size => code_choice(
            key,
            Ti::FSize,
            options(&CompanySize::ALL, lang),
            emp.size.and_then(|s| value_of(&CompanySize::ALL, &s)),
        ),
        F::ContactPerson => text(key, Ti::FContactPerson, emp.contact_person.as_str(), Check::None),
        F::Needs => {
            let opts: Vec<Opt> = Need::ALL
                .iter()
                .enumerate()
                .map(|(i, n)| Opt { label: format!("{} {}", n.code(), n.label(lang)), value: i as u16 })
                .collect();
            let values: Vec<u16> = c.needs.iter().filter_map(|n| value_of(&Need::ALL, n)).collect();
            Field::multi(key, label(Ti::FNeeds), opts, &values)
        }
        F::SubNeeds => {
            let values: Vec<u16> = c.sub_needs.iter().filter_map(|s| value_of(SubNeed::ALL, s)).collect();
            Field::multi(key, label(Ti::FSubNeeds), sub_need_options(&c.needs, &c.sub_needs, lang), &values)
        }
        F::NeedsText => Field::note(key, label(Ti::FNeedsText), c.needs_text.as_str()),
        F::Urgency => code_choice(
            key,
            Ti::FUrgency,
            options(&Urgency::ALL, lang),
            c.urgency.and_then(|u| value_of(&Urgency::ALL, &u)),
        )
        .with_letters(match lang {
            Lang::De => "nd",
            Lang::En => "nu",
        }),
        F::Deadline => text(key, Ti::FDeadline, &date_text(c.deadline), any_date),
        F::Decision => {
            let (decision, _, _) = decision_values(c);
            let mut opts = vec![Opt { label: ti(lang, Ti::OptSuggestion), value: 0 }];
            opts.extend(
                CaseGroup::ALL.iter().enumerate().map(|(i, g)| Opt {
                    label: format!("{} {}", g.code(), g.label(lang)),
                    value: i as u16 + 1,
                }),
            );
            let letters = match lang {
                Lang::De => "vabcden",
                Lang::En => "sabcdeu",
            };
            Field::choice(key, label(Ti::FDecision), opts, decision).required().with_letters(letters)
        }
        F::SecondaryD => yn(key, Ti::FSecondaryD, as_bool(decision_values(c).1)),
        F::Reason => text(key, Ti::FReason, &decision_values(c).2, Check::None),
        F::NextStep => Field::note(key, label(Ti::FNextStep), c.next_step.as_str()),
        F::FollowUpKind => code_choice(
            key,
            Ti::FFollowUpKind,
            options(&FollowUpKind::ALL, lang),
            c.follow_up.map(|_| c.follow_up_kind).and_then(|k| value_of(&FollowUpKind::ALL, &k)),
        )
        .with_letters(match lang {
            Lang::De => "pa",
            Lang::En => "cp",
        }),
        F::FollowUp => text(key, Ti::FFollowUp, &date_text(c.follow_up), any_date),
        F::Notes => Field::note(key, label(Ti::FNotes), c.notes.as_str()),
        // The consent fields are answered above.
        _ => text(key, Ti::FNotes, "", Check::None).hidden(true),
    }
}

/// The decision field's value (0: the suggestion), the secondary D and the reason.
fn decision_values(c: &Client) -> (Option<u16>, Option<u16>, String) {
    match &c.group {
        Some(g) if g.is_override() => (
            value_of(&CaseGroup::ALL, &g.group).map(|v| v + 1),
            bool_value(Some(g.secondary_d)),
            g.override_reason.as_ref().map(|r| r.as_str().to_string()).unwrap_or_default(),
        ),
        _ => (Some(0), None, String::new()),
    }
}
