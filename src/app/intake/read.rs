//! Reading the intake form back into a client record: leniently for the live suggestion,
//! strictly (every problem named at its field) for saving.

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

pub(super) fn read(
    f: &Form,
    base: &Client,
    today: Date,
    strict: bool,
) -> Result<Client, (&'static str, Why)> {
    let bad = |key: &'static str, w: Why| -> Result<(), (&'static str, Why)> {
        if strict { Err((key, w)) } else { Ok(()) }
    };
    let date = |key: &'static str| -> Result<Option<Date>, (&'static str, Why)> {
        match f.text(key) {
            "" => Ok(None),
            t => match Date::parse(t) {
                Ok(d) => Ok(Some(d)),
                Err(_) => bad(key, Why::T(T::ValDateFormat)).map(|_| None),
            },
        }
    };
    let visible_text = |key: &str| if f.get(key).hidden { "" } else { f.text(key) };
    let mut c = base.clone();
    c.contact.date = date("contact_date")?.unwrap_or(today);
    c.contact.channel = pick(&ContactChannel::ALL, f.choice("channel")).unwrap_or(ContactChannel::Phone);
    c.contact.caller = pick(&Caller::ALL, f.choice("caller")).unwrap_or(Caller::Client);
    c.contact.language = match f.text("language") {
        "" => None,
        t => match LangCode::parse(t) {
            Some(l) => Some(l),
            None => {
                bad("language", Why::T(T::ValLangCode))?;
                None
            }
        },
    };
    c.contact.interpreter = as_bool(f.choice("interpreter"));
    c.consent = pick(&ConsentForm::ALL, f.choice("consent_form")).map(|form| {
        let scope = f.multi("consent_scope");
        Consent {
            date: Date::parse(f.text("consent_date")).unwrap_or(c.contact.date),
            form,
            storage: scope.contains(&0),
            follow_up_contact: scope.contains(&1),
            pass_to_partners: scope.contains(&2),
            partners: visible_text("partners").to_string(),
            statistics: scope.contains(&3),
            health_data: scope.contains(&4),
        }
    });
    c.identity = if as_bool(f.choice("anonymous")) == Some(true) {
        Identity::Anonymous { pseudonym: some_text(f.text("pseudonym")) }
    } else {
        Identity::Named {
            name: some_text(f.text("name")),
            phone: some_text(f.text("phone")),
            email: some_text(f.text("email")),
        }
    };
    c.person.age = match (pick(&AgeBand::ALL, f.choice("age_band")), f.text("birth_year").parse::<i32>()) {
        (_, Ok(y)) if (1900..=today.year()).contains(&y) => Some(Age::BirthYear(y)),
        (Some(b), _) => Some(Age::Band(b)),
        _ => None,
    };
    c.person.nationality = match f.text("nationality") {
        "" => None,
        t => match CountryCode::parse(t) {
            Some(cc) => Some(cc),
            None => {
                bad("nationality", Why::Ti(Ti::ErrCountry))?;
                None
            }
        },
    };
    c.stay.place = match f.choice("place") {
        Some(0) => {
            Some(Place::InRegion { town: (!f.text("town").is_empty()).then(|| f.text("town").to_string()) })
        }
        Some(1) => Some(Place::ElsewhereInGermany),
        Some(2) => Some(Place::Abroad),
        _ => None,
    };
    c.stay.arrival = match f.choice("arrived") {
        Some(0) => Some(Arrival::NotYetArrived),
        Some(1) => match YearMonth::parse(f.text("arrival")) {
            Ok(m) if m <= YearMonth::of(today) => Some(Arrival::Month(m)),
            Ok(_) => {
                bad("arrival", Why::T(T::ValMonthFuture))?;
                None
            }
            Err(_) => {
                bad("arrival", Why::Ti(Ti::ErrArrivalNeeded))?;
                None
            }
        },
        _ => None,
    };
    c.stay.basis = pick(&ResidenceBasis::ALL, f.choice("basis"));
    c.stay.valid_until = date("valid_until")?;
    c.stay.fled = as_bool(f.choice("fled"));
    c.stay.joins_family = as_bool(f.choice("joins_family"));
    c.stay.anchor_works_or_studies = as_bool(f.choice("anchor"));
    c.person.household.partner = as_bool(f.choice("partner"));
    c.person.household.children_ages = match f.text("children").to_lowercase().as_str() {
        "" => None,
        "keine" | "none" | "0" | "-" => Some(Vec::new()),
        t => {
            let ages: Option<Vec<u8>> =
                t.split([',', ';', ' ']).filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect();
            match ages {
                Some(a) if a.iter().all(|x| *x < 40) => Some(a),
                _ => {
                    bad("children", Why::Ti(Ti::ErrChildren))?;
                    None
                }
            }
        }
    };
    c.person.household.single_parent = as_bool(f.choice("single_parent"));
    c.person.german = pick(&GermanLevel::ALL, f.choice("german")).map(|level| GermanSkill {
        level,
        evidence: pick(&Evidence::ALL, f.choice("evidence")).unwrap_or(Evidence::SelfAssessed),
    });
    c.person.other_languages = {
        let mut out = Vec::new();
        for p in f.text("other_languages").split([',', ';', ' ']).filter(|p| !p.is_empty()) {
            match LangCode::parse(p) {
                Some(l) if !out.contains(&l) => out.push(l),
                Some(_) => {}
                None => bad("other_languages", Why::Ti(Ti::ErrLanguages))?,
            }
        }
        out
    };
    c.qualification.level = pick(&QualificationLevel::ALL, f.choice("qualification"));
    c.qualification.occupation = (!f.text("occupation").is_empty()).then(|| f.text("occupation").to_string());
    c.qualification.obtained_in = match f.choice("obtained_in") {
        Some(0) => Some(ObtainedIn::Germany),
        Some(1) => Some(ObtainedIn::Abroad {
            country: match f.text("country") {
                "" => None,
                t => match CountryCode::parse(t) {
                    Some(cc) => Some(cc),
                    None => {
                        bad("country", Why::Ti(Ti::ErrCountry))?;
                        None
                    }
                },
            },
        }),
        _ => None,
    };
    c.qualification.completed = date("completed")?;
    c.qualification.in_final_term = as_bool(f.choice("final_term"));
    c.qualification.regulated = pick(&Regulated::ALL, f.choice("regulated"));
    c.qualification.recognition = pick(&RecognitionStatus::ALL, f.choice("recognition"));
    c.employment.status = pick(&EmploymentStatus::ALL, f.choice("employment"));
    c.employment.since = date("since")?;
    c.employment.wants_work = as_bool(f.choice("wants_work"));
    c.barriers = f.multi("barriers").into_iter().filter_map(|v| pick(&Barrier::ALL, Some(v))).collect();
    c.needs = f.multi("needs").into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    c.needs_text = SensitiveText::new(f.text("needs_text"));
    c.urgency = pick(&Urgency::ALL, f.choice("urgency"));
    c.deadline = date("deadline")?;
    c.next_step = SensitiveText::new(f.text("next_step"));
    c.follow_up = date("follow_up")?;
    c.notes = SensitiveText::new(f.text("notes"));
    Ok(c)
}
