//! The intake form's fields, sections and options, filled from a client record.

use super::{IntakeField, ObtainedChoice, PlaceChoice, Purpose};
use crate::app::form::Form;
use crate::app::form::field::{Check, Field, Opt};
use crate::app::form::options::{bool_value, options, value_of, yes_no};
use crate::domain::client::*;
use crate::domain::{CaseGroup, Date, GermanLevel, LangCode, Need, ResidenceBasis};
use crate::i18n::{Label, Lang, T, Ti};

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

/// The form for a client record; values as stored.
use IntakeField as F;

pub(super) fn build(c: &Client, lang: Lang) -> Form<IntakeField> {
    let past = Check::Date { not_future: true, not_past: false };
    let any_date = Check::Date { not_future: false, not_past: false };
    let yn = || yes_no(lang);
    let consent = c.consent.as_ref();
    let scope_values: Vec<u16> = consent
        .map(|k| {
            Purpose::ALL.iter().filter(|p| p.granted(k)).filter_map(|p| value_of(&Purpose::ALL, p)).collect()
        })
        .unwrap_or_default();
    let (name, pseudonym, phone, email, anon) = match &c.identity {
        Identity::Named { name, phone, email } => (sens(name), "", sens(phone), sens(email), false),
        Identity::Anonymous { pseudonym } => ("", sens(pseudonym), "", "", true),
    };
    let (band, birth_year) = match c.person.age {
        Some(Age::Band(b)) => (value_of(&AgeBand::ALL, &b), String::new()),
        Some(Age::BirthYear(y)) => (None, y.to_string()),
        None => (None, String::new()),
    };
    let place = c.stay.place.as_ref().and_then(|p| value_of(&PlaceChoice::ALL, &PlaceChoice::of(p)));
    let town = match &c.stay.place {
        Some(Place::InRegion { town }) => town.clone().unwrap_or_default(),
        _ => String::new(),
    };
    let (arrived, arrival) = match c.stay.arrival {
        Some(Arrival::Month(m)) => (Some(1), m.to_string()),
        Some(Arrival::NotYetArrived) => (Some(0), String::new()),
        None => (None, String::new()),
    };
    let obtained_in = c.qualification.obtained_in.as_ref();
    let obtained = obtained_in.and_then(|o| value_of(&ObtainedChoice::ALL, &ObtainedChoice::of(o)));
    let country = match obtained_in {
        Some(ObtainedIn::Abroad { country: Some(cc) }) => cc.as_str().to_string(),
        _ => String::new(),
    };
    let children = match &c.person.household.children_ages {
        Some(v) if v.is_empty() => lang.t(T::WordNone).to_string(),
        Some(v) => v.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
        None => String::new(),
    };
    let (decision, secondary, reason) = match &c.group {
        Some(g) if g.is_override() => (
            value_of(&CaseGroup::ALL, &g.group).map(|v| v + 1),
            bool_value(Some(g.secondary_d)),
            g.override_reason.as_ref().map(|r| r.as_str().to_string()).unwrap_or_default(),
        ),
        Some(_) => (Some(0), None, String::new()),
        None => (Some(0), None, String::new()),
    };
    let mut decisions = vec![Opt { label: ti(lang, Ti::OptSuggestion), value: 0 }];
    decisions.extend(
        CaseGroup::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| Opt { label: format!("{} {}", g.code(), g.label(lang)), value: i as u16 + 1 }),
    );
    let needs: Vec<Opt> = Need::ALL
        .iter()
        .enumerate()
        .map(|(i, n)| Opt { label: format!("{} {}", n.code(), n.label(lang)), value: i as u16 })
        .collect();
    let need_values: Vec<u16> = c.needs.iter().filter_map(|n| value_of(&Need::ALL, n)).collect();
    let barrier_opts: Vec<Opt> = Barrier::ALL
        .iter()
        .enumerate()
        .map(|(i, b)| Opt { label: format!("{} {}", b.code(), b.label(lang)), value: i as u16 })
        .collect();
    let barrier_values: Vec<u16> = c.barriers.iter().filter_map(|b| value_of(&Barrier::ALL, b)).collect();
    let german = c.person.german.map(|g| g.level);

    Form::builder()
        .section(ti(lang, Ti::SecNewContact))
        .field(
            Field::text(F::ContactDate, ti(lang, Ti::FContactDate), &c.contact.date.to_string(), past)
                .required(),
        )
        .field(
            Field::choice(
                F::Channel,
                ti(lang, Ti::FChannel),
                options(&ContactChannel::ALL, lang),
                value_of(&ContactChannel::ALL, &c.contact.channel),
            )
            .required(),
        )
        .field(
            Field::choice(
                F::Caller,
                ti(lang, Ti::FCaller),
                options(&Caller::ALL, lang),
                value_of(&Caller::ALL, &c.contact.caller),
            )
            .required(),
        )
        .field(Field::text(
            F::Language,
            ti(lang, Ti::FLanguage),
            c.contact.language.as_ref().map(LangCode::as_str).unwrap_or(""),
            Check::None,
        ))
        .field(Field::choice(
            F::Interpreter,
            ti(lang, Ti::FInterpreter),
            yn(),
            bool_value(c.contact.interpreter),
        ))
        .field(Field::choice(
            F::ConsentForm,
            ti(lang, Ti::FConsentForm),
            opt_list(&[ti(lang, Ti::OptWritten), ti(lang, Ti::OptVerbal)]),
            consent.and_then(|k| value_of(&ConsentForm::ALL, &k.form)),
        ))
        .field(Field::text(
            F::ConsentDate,
            ti(lang, Ti::FConsentDate),
            &date_text(consent.map(|k| k.date)),
            past,
        ))
        .field(Field::multi(
            F::ConsentScope,
            ti(lang, Ti::FConsentScope),
            opt_list(&Purpose::ALL.map(|p| ti(lang, p.label()))),
            &scope_values,
        ))
        .field(Field::text(
            F::Partners,
            ti(lang, Ti::FPartners),
            consent.map(|k| k.partners.as_str()).unwrap_or(""),
            Check::None,
        ))
        .section(ti(lang, Ti::SecPerson))
        .field(Field::choice(F::Anonymous, ti(lang, Ti::FAnonymous), yn(), Some(u16::from(anon))))
        .field(Field::text(F::Name, ti(lang, Ti::FName), name, Check::None))
        .field(Field::text(F::Pseudonym, ti(lang, Ti::FPseudonym), pseudonym, Check::None))
        .field(Field::text(F::Phone, ti(lang, Ti::FPhone), phone, Check::Phone))
        .field(Field::text(F::Email, ti(lang, Ti::FEmail), email, Check::Email))
        .field(Field::choice(F::AgeBand, ti(lang, Ti::FAgeBand), options(&AgeBand::ALL, lang), band))
        .field(Field::text(
            F::BirthYear,
            ti(lang, Ti::FBirthYear),
            &birth_year,
            Check::Number { min: 1900, max: 2100 },
        ))
        .field(Field::text(
            F::Nationality,
            ti(lang, Ti::FNationality),
            c.person.nationality.as_ref().map(CountryCode::as_str).unwrap_or(""),
            Check::None,
        ))
        .section(ti(lang, Ti::SecStay))
        .field(Field::choice(
            F::Place,
            ti(lang, Ti::FPlace),
            opt_list(&PlaceChoice::ALL.map(|p| ti(lang, p.label()))),
            place,
        ))
        .field(Field::text(F::Town, ti(lang, Ti::FTown), &town, Check::None))
        .field(Field::choice(F::Arrived, ti(lang, Ti::FArrived), yn(), arrived))
        .field(Field::text(F::Arrival, ti(lang, Ti::FArrival), &arrival, Check::Month))
        .field(Field::choice(
            F::Basis,
            ti(lang, Ti::FBasis),
            options(&ResidenceBasis::ALL, lang),
            c.stay.basis.and_then(|b| value_of(&ResidenceBasis::ALL, &b)),
        ))
        .field(Field::text(
            F::ValidUntil,
            ti(lang, Ti::FValidUntil),
            &date_text(c.stay.valid_until),
            any_date,
        ))
        .field(Field::choice(F::Fled, ti(lang, Ti::FFled), yn(), bool_value(c.stay.fled)))
        .field(Field::choice(
            F::JoinsFamily,
            ti(lang, Ti::FJoinsFamily),
            yn(),
            bool_value(c.stay.joins_family),
        ))
        .field(Field::choice(
            F::Anchor,
            ti(lang, Ti::FAnchor),
            yn(),
            bool_value(c.stay.anchor_works_or_studies),
        ))
        .section(ti(lang, Ti::SecLanguage))
        .field(Field::choice(
            F::Partner,
            ti(lang, Ti::FPartner),
            yn(),
            bool_value(c.person.household.partner),
        ))
        .field(Field::text(F::Children, ti(lang, Ti::FChildren), &children, Check::None))
        .field(Field::choice(
            F::SingleParent,
            ti(lang, Ti::FSingleParent),
            yn(),
            bool_value(c.person.household.single_parent),
        ))
        .field(Field::choice(
            F::German,
            ti(lang, Ti::FGerman),
            options(&GermanLevel::ALL, lang),
            german.and_then(|g| value_of(&GermanLevel::ALL, &g)),
        ))
        .field(Field::choice(
            F::Evidence,
            ti(lang, Ti::FEvidence),
            options(&Evidence::ALL, lang),
            c.person.german.and_then(|g| value_of(&Evidence::ALL, &g.evidence)),
        ))
        .field(Field::text(
            F::OtherLanguages,
            ti(lang, Ti::FOtherLanguages),
            &c.person.other_languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join(", "),
            Check::None,
        ))
        .section(ti(lang, Ti::SecWork))
        .field(Field::choice(
            F::Qualification,
            ti(lang, Ti::FQualification),
            options(&QualificationLevel::ALL, lang),
            c.qualification.level.and_then(|l| value_of(&QualificationLevel::ALL, &l)),
        ))
        .field(Field::text(
            F::Occupation,
            ti(lang, Ti::FOccupation),
            c.qualification.occupation.as_deref().unwrap_or(""),
            Check::None,
        ))
        .field(Field::choice(
            F::ObtainedIn,
            ti(lang, Ti::FObtainedIn),
            opt_list(&ObtainedChoice::ALL.map(|o| ti(lang, o.label()))),
            obtained,
        ))
        .field(Field::text(F::Country, ti(lang, Ti::FCountry), &country, Check::None))
        .field(Field::text(
            F::Completed,
            ti(lang, Ti::FCompleted),
            &date_text(c.qualification.completed),
            past,
        ))
        .field(Field::choice(
            F::FinalTerm,
            ti(lang, Ti::FFinalTerm),
            yn(),
            bool_value(c.qualification.in_final_term),
        ))
        .field(Field::choice(
            F::Regulated,
            ti(lang, Ti::FRegulated),
            options(&Regulated::ALL, lang),
            c.qualification.regulated.and_then(|r| value_of(&Regulated::ALL, &r)),
        ))
        .field(Field::choice(
            F::Recognition,
            ti(lang, Ti::FRecognition),
            options(&RecognitionStatus::ALL, lang),
            c.qualification.recognition.and_then(|r| value_of(&RecognitionStatus::ALL, &r)),
        ))
        .field(Field::choice(
            F::Employment,
            ti(lang, Ti::FEmployment),
            options(&EmploymentStatus::ALL, lang),
            c.employment.status.and_then(|s| value_of(&EmploymentStatus::ALL, &s)),
        ))
        .field(Field::text(F::Since, ti(lang, Ti::FSince), &date_text(c.employment.since), past))
        .field(Field::choice(
            F::WantsWork,
            ti(lang, Ti::FWantsWork),
            yn(),
            bool_value(c.employment.wants_work),
        ))
        .section(ti(lang, Ti::SecBarriers))
        .field(Field::multi(F::Barriers, ti(lang, Ti::FBarriers), barrier_opts, &barrier_values))
        .section(ti(lang, Ti::SecNeeds))
        .field(Field::multi(F::Needs, ti(lang, Ti::FNeeds), needs, &need_values))
        .field(Field::note(F::NeedsText, ti(lang, Ti::FNeedsText), c.needs_text.as_str()))
        .field(Field::choice(
            F::Urgency,
            ti(lang, Ti::FUrgency),
            options(&Urgency::ALL, lang),
            c.urgency.and_then(|u| value_of(&Urgency::ALL, &u)),
        ))
        .field(Field::text(F::Deadline, ti(lang, Ti::FDeadline), &date_text(c.deadline), any_date))
        .section(ti(lang, Ti::SecGroup))
        .field(Field::choice(F::Decision, ti(lang, Ti::FDecision), decisions, decision).required())
        .field(Field::choice(F::SecondaryD, ti(lang, Ti::FSecondaryD), yn(), secondary))
        .field(Field::text(F::Reason, ti(lang, Ti::FReason), &reason, Check::None))
        .section(ti(lang, Ti::SecNext))
        .field(Field::note(F::NextStep, ti(lang, Ti::FNextStep), c.next_step.as_str()))
        .field(Field::text(F::FollowUp, ti(lang, Ti::FFollowUp), &date_text(c.follow_up), any_date))
        .field(Field::note(F::Notes, ti(lang, Ti::FNotes), c.notes.as_str()))
        .build()
}
