//! Reading the intake form back into a client record: leniently for the live suggestion,
//! strictly (every problem named at its field) for saving.

use super::{IntakeField, ObtainedChoice, PlaceChoice, Purpose};
use crate::app::form::Form;
use crate::app::form::options::{as_bool, pick};
use crate::domain::client::*;
use crate::domain::{Date, GermanLevel, LangCode, Need, ResidenceBasis, YearMonth};
use crate::i18n::{Lang, T, Ti};

fn some_text(s: &str) -> Option<SensitiveText> {
    (!s.is_empty()).then(|| SensitiveText::new(s))
}

/// A problem's message key, resolved in the UI language by `to_client`.
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

/// The consent purposes ticked.
pub(super) fn purposes(f: &Form<IntakeField>) -> Vec<Purpose> {
    f.multi(F::ConsentScope).into_iter().filter_map(|v| pick(&Purpose::ALL, Some(v))).collect()
}

pub(super) fn read(
    f: &Form<IntakeField>,
    base: &Client,
    today: Date,
    strict: bool,
) -> Result<Client, (IntakeField, Why)> {
    let bad = |key: IntakeField, w: Why| -> Result<(), (IntakeField, Why)> {
        if strict { Err((key, w)) } else { Ok(()) }
    };
    let date = |key: IntakeField| -> Result<Option<Date>, (IntakeField, Why)> {
        match f.text(key) {
            "" => Ok(None),
            t => match Date::parse(t) {
                Ok(d) => Ok(Some(d)),
                Err(_) => bad(key, Why::T(T::ValDateFormat)).map(|_| None),
            },
        }
    };
    let visible_text = |key: IntakeField| if f.get(key).hidden { "" } else { f.text(key) };
    let mut c = base.clone();
    c.contact.date = date(F::ContactDate)?.unwrap_or(today);
    c.contact.channel = pick(&ContactChannel::ALL, f.choice(F::Channel)).unwrap_or(ContactChannel::Phone);
    c.contact.caller = pick(&Caller::ALL, f.choice(F::Caller)).unwrap_or(Caller::Client);
    c.contact.language = match f.text(F::Language) {
        "" => None,
        t => match LangCode::parse(t) {
            Some(l) => Some(l),
            None => {
                bad(F::Language, Why::T(T::ValLangCode))?;
                None
            }
        },
    };
    c.contact.interpreter = as_bool(f.choice(F::Interpreter));
    c.consent = pick(&ConsentForm::ALL, f.choice(F::ConsentForm)).map(|form| {
        let date = Date::parse(f.text(F::ConsentDate)).unwrap_or(c.contact.date);
        let mut consent = Consent::none_yet(date, form);
        for p in purposes(f) {
            *p.flag(&mut consent) = true;
        }
        consent.partners = visible_text(F::Partners).to_string();
        consent
    });
    c.identity = if as_bool(f.choice(F::Anonymous)) == Some(true) {
        Identity::Anonymous { pseudonym: some_text(f.text(F::Pseudonym)) }
    } else {
        Identity::Named {
            name: some_text(f.text(F::Name)),
            phone: some_text(f.text(F::Phone)),
            email: some_text(f.text(F::Email)),
        }
    };
    c.person.age = match (pick(&AgeBand::ALL, f.choice(F::AgeBand)), f.text(F::BirthYear).parse::<i32>()) {
        (_, Ok(y)) if (1900..=today.year()).contains(&y) => Some(Age::BirthYear(y)),
        (Some(b), _) => Some(Age::Band(b)),
        _ => None,
    };
    c.person.nationality = match f.text(F::Nationality) {
        "" => None,
        t => match CountryCode::parse(t) {
            Some(cc) => Some(cc),
            None => {
                bad(F::Nationality, Why::Ti(Ti::ErrCountry))?;
                None
            }
        },
    };
    c.stay.place = match pick(&PlaceChoice::ALL, f.choice(F::Place)) {
        Some(PlaceChoice::InRegion) => {
            Some(Place::InRegion { town: (!f.text(F::Town).is_empty()).then(|| f.text(F::Town).to_string()) })
        }
        Some(PlaceChoice::ElsewhereInGermany) => Some(Place::ElsewhereInGermany),
        Some(PlaceChoice::Abroad) => Some(Place::Abroad),
        None => None,
    };
    c.stay.arrival = match f.choice(F::Arrived) {
        Some(0) => Some(Arrival::NotYetArrived),
        Some(1) => match YearMonth::parse(f.text(F::Arrival)) {
            Ok(m) if m <= YearMonth::of(today) => Some(Arrival::Month(m)),
            Ok(_) => {
                bad(F::Arrival, Why::T(T::ValMonthFuture))?;
                None
            }
            Err(_) => {
                bad(F::Arrival, Why::Ti(Ti::ErrArrivalNeeded))?;
                None
            }
        },
        _ => None,
    };
    c.stay.basis = pick(&ResidenceBasis::ALL, f.choice(F::Basis));
    c.stay.valid_until = date(F::ValidUntil)?;
    c.stay.fled = as_bool(f.choice(F::Fled));
    c.stay.joins_family = as_bool(f.choice(F::JoinsFamily));
    c.stay.anchor_works_or_studies = as_bool(f.choice(F::Anchor));
    c.person.household.partner = as_bool(f.choice(F::Partner));
    c.person.household.children_ages = match f.text(F::Children).to_lowercase().as_str() {
        "" => None,
        "keine" | "none" | "0" | "-" => Some(Vec::new()),
        t => {
            let ages: Option<Vec<u8>> =
                t.split([',', ';', ' ']).filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect();
            match ages {
                Some(a) if a.iter().all(|x| *x < 40) => Some(a),
                _ => {
                    bad(F::Children, Why::Ti(Ti::ErrChildren))?;
                    None
                }
            }
        }
    };
    c.person.household.single_parent = as_bool(f.choice(F::SingleParent));
    c.person.german = pick(&GermanLevel::ALL, f.choice(F::German)).map(|level| GermanSkill {
        level,
        evidence: pick(&Evidence::ALL, f.choice(F::Evidence)).unwrap_or(Evidence::SelfAssessed),
    });
    c.person.other_languages = {
        let mut out = Vec::new();
        for p in f.text(F::OtherLanguages).split([',', ';', ' ']).filter(|p| !p.is_empty()) {
            match LangCode::parse(p) {
                Some(l) if !out.contains(&l) => out.push(l),
                Some(_) => {}
                None => bad(F::OtherLanguages, Why::Ti(Ti::ErrLanguages))?,
            }
        }
        out
    };
    c.qualification.level = pick(&QualificationLevel::ALL, f.choice(F::Qualification));
    c.qualification.occupation =
        (!f.text(F::Occupation).is_empty()).then(|| f.text(F::Occupation).to_string());
    c.qualification.obtained_in = match pick(&ObtainedChoice::ALL, f.choice(F::ObtainedIn)) {
        Some(ObtainedChoice::Germany) => Some(ObtainedIn::Germany),
        Some(ObtainedChoice::Abroad) => Some(ObtainedIn::Abroad {
            country: match f.text(F::Country) {
                "" => None,
                t => match CountryCode::parse(t) {
                    Some(cc) => Some(cc),
                    None => {
                        bad(F::Country, Why::Ti(Ti::ErrCountry))?;
                        None
                    }
                },
            },
        }),
        None => None,
    };
    c.qualification.completed = date(F::Completed)?;
    c.qualification.in_final_term = as_bool(f.choice(F::FinalTerm));
    c.qualification.regulated = pick(&Regulated::ALL, f.choice(F::Regulated));
    c.qualification.recognition = pick(&RecognitionStatus::ALL, f.choice(F::Recognition));
    c.employment.status = pick(&EmploymentStatus::ALL, f.choice(F::Employment));
    c.employment.since = date(F::Since)?;
    c.employment.wants_work = as_bool(f.choice(F::WantsWork));
    c.barriers = f.multi(F::Barriers).into_iter().filter_map(|v| pick(&Barrier::ALL, Some(v))).collect();
    c.needs = f.multi(F::Needs).into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    c.needs_text = SensitiveText::new(f.text(F::NeedsText));
    c.urgency = pick(&Urgency::ALL, f.choice(F::Urgency));
    c.deadline = date(F::Deadline)?;
    c.next_step = SensitiveText::new(f.text(F::NextStep));
    c.follow_up = date(F::FollowUp)?;
    c.notes = SensitiveText::new(f.text(F::Notes));
    Ok(c)
}
