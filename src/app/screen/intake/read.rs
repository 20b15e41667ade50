//! Reading the intake form back into a client record. Every problem is collected with its
//! field: saving refuses with the first, leaving a field shows its own, and the live
//! suggestion reads past them (an unreadable answer counts as "keine Angabe").

use super::{ConsentChoice, IntakeField, ObtainedChoice, PlaceChoice, consent_fields};
use crate::app::form::Form;
use crate::app::form::options::{as_bool, pick};
use crate::domain::client::*;
use crate::domain::{Date, GermanLevel, LangCode, Need, ResidenceBasis, SubNeed, YearMonth};
use crate::i18n::{Lang, T, Ti};
use std::cell::RefCell;

fn some_text(s: &str) -> Option<SensitiveText> {
    (!s.is_empty()).then(|| SensitiveText::new(s))
}

/// A problem's message key, resolved in the UI language by `to_client`.
#[derive(Debug, Clone, Copy)]
pub(super) enum Why {
    T(T),
    Ti(Ti),
}

pub(super) fn msg(lang: Lang, w: Why) -> String {
    match w {
        Why::T(t) => lang.t(t).to_string(),
        Why::Ti(t) => lang.t(t).to_string(),
    }
}

use IntakeField as F;

/// The answer chosen for a purpose, with its date; `None` for "keine Angabe".
fn consent_answer(f: &Form<IntakeField>, p: Purpose) -> Option<ConsentChoice> {
    let (answer, _) = consent_fields(p);
    f.index_of(answer).and_then(|_| pick(&ConsentChoice::ALL, f.choice(answer)))
}

/// Whether the form grants a purpose (given in writing or verbally).
pub(super) fn grants(f: &Form<IntakeField>, p: Purpose) -> bool {
    consent_answer(f, p).is_some_and(|c| c.answer().is_given())
}

/// The employer's short form is open.
pub(super) fn is_emp_form(f: &Form<IntakeField>) -> bool {
    f.index_of(F::Company).is_some()
}

/// Reads the form over `base` (fields the form does not show stay as they are). Returns the
/// record as far as it could be read and every problem found, in form order.
pub(super) fn read(f: &Form<IntakeField>, base: &Client, today: Date) -> (Client, Vec<(IntakeField, Why)>) {
    let problems: RefCell<Vec<(IntakeField, Why)>> = RefCell::new(Vec::new());
    let bad = |key: IntakeField, w: Why| problems.borrow_mut().push((key, w));
    let has = |key: IntakeField| f.index_of(key).is_some();
    let text = |key: IntakeField| if has(key) { f.text(key) } else { "" };
    let choice = |key: IntakeField| if has(key) { f.choice(key) } else { None };
    let multi = |key: IntakeField| if has(key) { f.multi(key) } else { Vec::new() };
    let date = |key: IntakeField| -> Option<Date> {
        match text(key) {
            "" => None,
            t => match Date::parse(t) {
                Ok(d) => Some(d),
                Err(_) => {
                    bad(key, Why::T(T::ValDateFormat));
                    None
                }
            },
        }
    };
    let mut c = base.clone();
    c.contact.date = date(F::ContactDate).unwrap_or(today);
    c.contact.channel = pick(&ContactChannel::ALL, choice(F::Channel)).unwrap_or(ContactChannel::Phone);
    c.contact.caller = pick(&Caller::ALL, choice(F::Caller)).unwrap_or(Caller::Client);
    c.contact.language = match text(F::Language) {
        "" => None,
        t => LangCode::parse(t).or_else(|| {
            bad(F::Language, Why::T(T::ValLangCode));
            None
        }),
    };
    c.contact.interpreter = as_bool(choice(F::Interpreter));
    for p in Purpose::ALL {
        let (answer_key, date_key) = consent_fields(p);
        if !has(answer_key) {
            continue;
        }
        let answer = consent_answer(f, p).map(ConsentChoice::answer);
        let on = date(date_key);
        let stored = base.consent.get(p);
        let to = match (answer, on) {
            (None, _) => None,
            (Some(a), Some(d)) => Some(PurposeAnswer { answer: a, date: d }),
            (Some(a), None) => {
                bad(date_key, Why::Ti(Ti::ErrConsentDate));
                Some(PurposeAnswer { answer: a, date: stored.map_or(today, |s| s.date) })
            }
        };
        if to.is_some_and(|t| t.answer == Answer::Withdrawn)
            && !stored.is_some_and(|s| matches!(s.answer, Answer::Given(_) | Answer::Withdrawn))
        {
            bad(answer_key, Why::Ti(Ti::ErrWithdrawnNotGiven));
        }
        c.consent.set(p, to);
    }
    if has(F::Partners) {
        c.consent.partners =
            if f.get(F::Partners).hidden { String::new() } else { text(F::Partners).to_string() };
    }
    if is_emp_form(f) {
        // An employer contact is no person's case: what only the person's form asks is left
        // empty (switching the caller said so).
        let fresh = Client::new(c.id, c.contact.clone());
        (c.person, c.stay, c.qualification, c.employment) =
            (fresh.person, fresh.stay, fresh.qualification, fresh.employment);
        c.barriers.clear();
        c.identity = Identity::Named {
            name: None,
            phone: some_text(text(F::Phone)),
            email: some_text(text(F::Email)),
        };
        c.employer = Some(EmployerContact {
            company: SensitiveText::new(text(F::Company)),
            sector: text(F::Sector).to_string(),
            size: pick(&CompanySize::ALL, choice(F::Size)),
            contact_person: SensitiveText::new(text(F::ContactPerson)),
        });
    } else {
        read_person(f, &mut c, today, &bad);
        c.employer = None;
    }
    c.needs = multi(F::Needs).into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    c.sub_needs = multi(F::SubNeeds)
        .into_iter()
        .filter_map(|v| pick(SubNeed::ALL, Some(v)))
        .filter(|s| c.needs.contains(&s.need()))
        .collect();
    c.needs_text = SensitiveText::new(text(F::NeedsText));
    c.urgency = pick(&Urgency::ALL, choice(F::Urgency));
    if has(F::Deadline) {
        c.deadline = date(F::Deadline);
    }
    c.next_step = SensitiveText::new(text(F::NextStep));
    c.follow_up = date(F::FollowUp);
    c.follow_up_kind = pick(&FollowUpKind::ALL, choice(F::FollowUpKind))
        .unwrap_or_else(|| FollowUpKind::default_for(&c.consent));
    if c.follow_up.is_some() && !follow_up_allowed(&c.consent, c.follow_up_kind) {
        bad(F::FollowUpKind, Why::Ti(Ti::ErrFollowUpNeedsConsent));
    }
    c.notes = SensitiveText::new(text(F::Notes));
    (c, problems.into_inner())
}

/// The person's answers (the fields only the person's form has).
fn read_person(f: &Form<IntakeField>, c: &mut Client, today: Date, bad: &dyn Fn(IntakeField, Why)) {
    let date = |key: IntakeField| -> Option<Date> {
        match f.text(key) {
            "" => None,
            t => Date::parse(t).ok().or_else(|| {
                bad(key, Why::T(T::ValDateFormat));
                None
            }),
        }
    };
    let country = |key: IntakeField| match f.text(key) {
        "" => None,
        t => CountryCode::parse(t).or_else(|| {
            bad(key, Why::Ti(Ti::ErrCountry));
            None
        }),
    };
    c.identity = if as_bool(f.choice(F::Anonymous)) == Some(true) {
        Identity::Anonymous { pseudonym: some_text(f.text(F::Pseudonym)) }
    } else {
        Identity::Named {
            name: some_text(f.text(F::Name)),
            phone: some_text(f.text(F::Phone)),
            email: some_text(f.text(F::Email)),
        }
    };
    c.person.age = match (pick(&AgeBand::ALL, f.choice(F::AgeBand)), f.text(F::BirthYear)) {
        (_, y) if !y.is_empty() => match y.parse::<i32>() {
            Ok(y) if (1900..=today.year()).contains(&y) => Some(Age::BirthYear(y)),
            _ => {
                bad(F::BirthYear, Why::Ti(Ti::ErrBirthYear));
                None
            }
        },
        (Some(b), _) => Some(Age::Band(b)),
        _ => None,
    };
    c.person.nationality = country(F::Nationality);
    c.stay.place = match pick(&PlaceChoice::ALL, f.choice(F::Place)) {
        Some(PlaceChoice::InRegion) => Some(Place::InRegion { town: some_string(f.text(F::Town)) }),
        Some(PlaceChoice::ElsewhereInGermany) => Some(Place::ElsewhereInGermany),
        Some(PlaceChoice::Abroad) => Some(Place::Abroad),
        None => None,
    };
    c.stay.arrival = match as_bool(f.choice(F::Arrived)) {
        Some(false) => Some(Arrival::NotYetArrived),
        Some(true) => match YearMonth::parse(f.text(F::Arrival)) {
            Ok(m) if m <= YearMonth::of(today) => Some(Arrival::Month(m)),
            Ok(_) => {
                bad(F::Arrival, Why::T(T::ValMonthFuture));
                None
            }
            Err(_) => {
                bad(F::Arrival, Why::Ti(Ti::ErrArrivalNeeded));
                None
            }
        },
        None => None,
    };
    c.stay.basis = pick(&ResidenceBasis::ALL, f.choice(F::Basis));
    c.stay.valid_until = date(F::ValidUntil);
    c.stay.fled = as_bool(f.choice(F::Fled));
    c.stay.joins_family = as_bool(f.choice(F::JoinsFamily));
    c.stay.anchor_works_or_studies = as_bool(f.choice(F::Anchor));
    c.person.household.partner = as_bool(f.choice(F::Partner));
    c.person.household.children_ages = children(f.text(F::Children)).unwrap_or_else(|()| {
        bad(F::Children, Why::Ti(Ti::ErrChildren));
        None
    });
    c.person.household.single_parent = as_bool(f.choice(F::SingleParent));
    c.person.german = pick(&GermanLevel::ALL, f.choice(F::German))
        .map(|level| GermanSkill { level, evidence: pick(&Evidence::ALL, f.choice(F::Evidence)) });
    c.person.other_languages = {
        let mut out = Vec::new();
        for p in f.text(F::OtherLanguages).split([',', ';', ' ']).filter(|p| !p.is_empty()) {
            match LangCode::parse(p) {
                Some(l) if !out.contains(&l) => out.push(l),
                Some(_) => {}
                None => bad(F::OtherLanguages, Why::Ti(Ti::ErrLanguages)),
            }
        }
        out
    };
    c.qualification.level = pick(&QualificationLevel::ALL, f.choice(F::Qualification));
    c.qualification.occupation = some_string(f.text(F::Occupation));
    c.qualification.obtained_in = match pick(&ObtainedChoice::ALL, f.choice(F::ObtainedIn)) {
        Some(ObtainedChoice::Germany) => Some(ObtainedIn::Germany),
        Some(ObtainedChoice::Abroad) => Some(ObtainedIn::Abroad { country: country(F::Country) }),
        None => None,
    };
    c.qualification.completed = date(F::Completed);
    c.qualification.in_final_term = as_bool(f.choice(F::FinalTerm));
    c.qualification.regulated = pick(&Regulated::ALL, f.choice(F::Regulated));
    c.qualification.recognition = pick(&RecognitionStatus::ALL, f.choice(F::Recognition));
    c.employment.status = pick(&EmploymentStatus::ALL, f.choice(F::Employment));
    c.employment.since = date(F::Since);
    c.employment.wants_work = as_bool(f.choice(F::WantsWork));
    c.barriers = f.multi(F::Barriers).into_iter().filter_map(|v| pick(&Barrier::ALL, Some(v))).collect();
}

fn some_string(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// Children's ages as typed: "4, 9", "keine"/"none"/"0"/"-" for no children, "" for not stated.
/// `Err` when a part is not an age (whole years below 40).
pub(super) fn children(typed: &str) -> Result<Option<Vec<u8>>, ()> {
    match typed.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "keine" | "none" | "0" | "-" => Ok(Some(Vec::new())),
        t => {
            let ages: Option<Vec<u8>> =
                t.split([',', ';', ' ']).filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect();
            match ages {
                Some(a) if a.iter().all(|x| *x < 40) => Ok(Some(a)),
                _ => Err(()),
            }
        }
    }
}
