//! The intake form (Erstgespräch): built from a client record, read back into one, with the
//! target-group suggestion recomputed live from whatever has been typed so far.

use super::form::Form;
use super::form::field::{Check, Field, Opt};
use super::form::options::{as_bool, bool_value, options, pick, value_of, yes_no};
use crate::domain::client::*;
use crate::domain::rules::{Assignment, assign};
use crate::domain::{CaseGroup, Date, GermanLevel, LangCode, Need, ResidenceBasis, YearMonth};
use crate::i18n::{Label, Lang, T, Ti};

/// Consent scopes as one multi-choice; the values index this list.
const SCOPES: [Ti; 5] =
    [Ti::OptScopeStorage, Ti::OptScopeFollowUp, Ti::OptScopePartners, Ti::OptScopeStats, Ti::OptScopeHealth];

#[derive(Debug, Clone, PartialEq)]
pub struct IntakeState {
    pub form: Form,
    /// The client being edited; `None` for a new one.
    pub editing: Option<u64>,
    /// The suggestion for what the form says now.
    pub assignment: Assignment,
}

impl IntakeState {
    pub fn new(lang: Lang, today: Date) -> IntakeState {
        let client = Client::new(0, FirstContact::new(today, ContactChannel::Phone));
        Self::edit(&client, lang, today, None)
    }

    pub fn edit(client: &Client, lang: Lang, today: Date, editing: Option<u64>) -> IntakeState {
        let mut form = build(client, lang);
        apply_visibility(&mut form);
        let assignment = assign(&draft(&form, client, today), today);
        IntakeState { form, editing, assignment }
    }

    /// Recomputes what depends on the answers: visible fields and the suggestion.
    pub fn refresh(&mut self, base: &Client, today: Date) {
        apply_visibility(&mut self.form);
        self.assignment = assign(&draft(&self.form, base, today), today);
    }
}

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
fn build(c: &Client, lang: Lang) -> Form {
    let past = Check::Date { not_future: true, not_past: false };
    let any_date = Check::Date { not_future: false, not_past: false };
    let yn = || yes_no(lang);
    let consent = c.consent.as_ref();
    let scope_values: Vec<u16> = consent
        .map(|k| {
            [k.storage, k.follow_up_contact, k.pass_to_partners, k.statistics, k.health_data]
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .map(|(i, _)| i as u16)
                .collect()
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
    let (place, town) = match &c.stay.place {
        Some(Place::InRegion { town }) => (Some(0), town.clone().unwrap_or_default()),
        Some(Place::ElsewhereInGermany) => (Some(1), String::new()),
        Some(Place::Abroad) => (Some(2), String::new()),
        None => (None, String::new()),
    };
    let (arrived, arrival) = match c.stay.arrival {
        Some(Arrival::Month(m)) => (Some(1), m.to_string()),
        Some(Arrival::NotYetArrived) => (Some(0), String::new()),
        None => (None, String::new()),
    };
    let (obtained, country) = match &c.qualification.obtained_in {
        Some(ObtainedIn::Germany) => (Some(0), String::new()),
        Some(ObtainedIn::Abroad { country }) => {
            (Some(1), country.as_ref().map(|c| c.as_str().to_string()).unwrap_or_default())
        }
        None => (None, String::new()),
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
            Field::text("contact_date", ti(lang, Ti::FContactDate), &c.contact.date.to_string(), past)
                .required(),
        )
        .field(
            Field::choice(
                "channel",
                ti(lang, Ti::FChannel),
                options(&ContactChannel::ALL, lang),
                value_of(&ContactChannel::ALL, &c.contact.channel),
            )
            .required(),
        )
        .field(
            Field::choice(
                "caller",
                ti(lang, Ti::FCaller),
                options(&Caller::ALL, lang),
                value_of(&Caller::ALL, &c.contact.caller),
            )
            .required(),
        )
        .field(Field::text(
            "language",
            ti(lang, Ti::FLanguage),
            c.contact.language.as_ref().map(LangCode::as_str).unwrap_or(""),
            Check::None,
        ))
        .field(Field::choice(
            "interpreter",
            ti(lang, Ti::FInterpreter),
            yn(),
            bool_value(c.contact.interpreter),
        ))
        .field(Field::choice(
            "consent_form",
            ti(lang, Ti::FConsentForm),
            opt_list(&[ti(lang, Ti::OptWritten), ti(lang, Ti::OptVerbal)]),
            consent.and_then(|k| value_of(&ConsentForm::ALL, &k.form)),
        ))
        .field(Field::text(
            "consent_date",
            ti(lang, Ti::FConsentDate),
            &date_text(consent.map(|k| k.date)),
            past,
        ))
        .field(Field::multi(
            "consent_scope",
            ti(lang, Ti::FConsentScope),
            opt_list(&SCOPES.map(|s| ti(lang, s))),
            &scope_values,
        ))
        .field(Field::text(
            "partners",
            ti(lang, Ti::FPartners),
            consent.map(|k| k.partners.as_str()).unwrap_or(""),
            Check::None,
        ))
        .section(ti(lang, Ti::SecPerson))
        .field(Field::choice("anonymous", ti(lang, Ti::FAnonymous), yn(), Some(u16::from(anon))))
        .field(Field::text("name", ti(lang, Ti::FName), name, Check::None))
        .field(Field::text("pseudonym", ti(lang, Ti::FPseudonym), pseudonym, Check::None))
        .field(Field::text("phone", ti(lang, Ti::FPhone), phone, Check::Phone))
        .field(Field::text("email", ti(lang, Ti::FEmail), email, Check::Email))
        .field(Field::choice("age_band", ti(lang, Ti::FAgeBand), options(&AgeBand::ALL, lang), band))
        .field(Field::text(
            "birth_year",
            ti(lang, Ti::FBirthYear),
            &birth_year,
            Check::Number { min: 1900, max: 2100 },
        ))
        .field(Field::text(
            "nationality",
            ti(lang, Ti::FNationality),
            c.person.nationality.as_ref().map(CountryCode::as_str).unwrap_or(""),
            Check::None,
        ))
        .section(ti(lang, Ti::SecStay))
        .field(Field::choice(
            "place",
            ti(lang, Ti::FPlace),
            opt_list(&[ti(lang, Ti::OptInRegion), ti(lang, Ti::OptElsewhere), ti(lang, Ti::OptAbroadPlace)]),
            place,
        ))
        .field(Field::text("town", ti(lang, Ti::FTown), &town, Check::None))
        .field(Field::choice("arrived", ti(lang, Ti::FArrived), yn(), arrived))
        .field(Field::text("arrival", ti(lang, Ti::FArrival), &arrival, Check::Month))
        .field(Field::choice(
            "basis",
            ti(lang, Ti::FBasis),
            options(&ResidenceBasis::ALL, lang),
            c.stay.basis.and_then(|b| value_of(&ResidenceBasis::ALL, &b)),
        ))
        .field(Field::text(
            "valid_until",
            ti(lang, Ti::FValidUntil),
            &date_text(c.stay.valid_until),
            any_date,
        ))
        .field(Field::choice("fled", ti(lang, Ti::FFled), yn(), bool_value(c.stay.fled)))
        .field(Field::choice(
            "joins_family",
            ti(lang, Ti::FJoinsFamily),
            yn(),
            bool_value(c.stay.joins_family),
        ))
        .field(Field::choice(
            "anchor",
            ti(lang, Ti::FAnchor),
            yn(),
            bool_value(c.stay.anchor_works_or_studies),
        ))
        .section(ti(lang, Ti::SecLanguage))
        .field(Field::choice("partner", ti(lang, Ti::FPartner), yn(), bool_value(c.person.household.partner)))
        .field(Field::text("children", ti(lang, Ti::FChildren), &children, Check::None))
        .field(Field::choice(
            "single_parent",
            ti(lang, Ti::FSingleParent),
            yn(),
            bool_value(c.person.household.single_parent),
        ))
        .field(Field::choice(
            "german",
            ti(lang, Ti::FGerman),
            options(&GermanLevel::ALL, lang),
            german.and_then(|g| value_of(&GermanLevel::ALL, &g)),
        ))
        .field(Field::choice(
            "evidence",
            ti(lang, Ti::FEvidence),
            options(&Evidence::ALL, lang),
            c.person.german.and_then(|g| value_of(&Evidence::ALL, &g.evidence)),
        ))
        .field(Field::text(
            "other_languages",
            ti(lang, Ti::FOtherLanguages),
            &c.person.other_languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join(", "),
            Check::None,
        ))
        .section(ti(lang, Ti::SecWork))
        .field(Field::choice(
            "qualification",
            ti(lang, Ti::FQualification),
            options(&QualificationLevel::ALL, lang),
            c.qualification.level.and_then(|l| value_of(&QualificationLevel::ALL, &l)),
        ))
        .field(Field::text(
            "occupation",
            ti(lang, Ti::FOccupation),
            c.qualification.occupation.as_deref().unwrap_or(""),
            Check::None,
        ))
        .field(Field::choice(
            "obtained_in",
            ti(lang, Ti::FObtainedIn),
            opt_list(&[ti(lang, Ti::OptGermany), ti(lang, Ti::OptAbroad)]),
            obtained,
        ))
        .field(Field::text("country", ti(lang, Ti::FCountry), &country, Check::None))
        .field(Field::text(
            "completed",
            ti(lang, Ti::FCompleted),
            &date_text(c.qualification.completed),
            past,
        ))
        .field(Field::choice(
            "final_term",
            ti(lang, Ti::FFinalTerm),
            yn(),
            bool_value(c.qualification.in_final_term),
        ))
        .field(Field::choice(
            "regulated",
            ti(lang, Ti::FRegulated),
            options(&Regulated::ALL, lang),
            c.qualification.regulated.and_then(|r| value_of(&Regulated::ALL, &r)),
        ))
        .field(Field::choice(
            "recognition",
            ti(lang, Ti::FRecognition),
            options(&RecognitionStatus::ALL, lang),
            c.qualification.recognition.and_then(|r| value_of(&RecognitionStatus::ALL, &r)),
        ))
        .field(Field::choice(
            "employment",
            ti(lang, Ti::FEmployment),
            options(&EmploymentStatus::ALL, lang),
            c.employment.status.and_then(|s| value_of(&EmploymentStatus::ALL, &s)),
        ))
        .field(Field::text("since", ti(lang, Ti::FSince), &date_text(c.employment.since), past))
        .field(Field::choice(
            "wants_work",
            ti(lang, Ti::FWantsWork),
            yn(),
            bool_value(c.employment.wants_work),
        ))
        .section(ti(lang, Ti::SecBarriers))
        .field(Field::multi("barriers", ti(lang, Ti::FBarriers), barrier_opts, &barrier_values))
        .section(ti(lang, Ti::SecNeeds))
        .field(Field::multi("needs", ti(lang, Ti::FNeeds), needs, &need_values))
        .field(Field::note("needs_text", ti(lang, Ti::FNeedsText), c.needs_text.as_str()))
        .field(Field::choice(
            "urgency",
            ti(lang, Ti::FUrgency),
            options(&Urgency::ALL, lang),
            c.urgency.and_then(|u| value_of(&Urgency::ALL, &u)),
        ))
        .field(Field::text("deadline", ti(lang, Ti::FDeadline), &date_text(c.deadline), any_date))
        .section(ti(lang, Ti::SecGroup))
        .field(Field::choice("decision", ti(lang, Ti::FDecision), decisions, decision).required())
        .field(Field::choice("secondary_d", ti(lang, Ti::FSecondaryD), yn(), secondary))
        .field(Field::text("reason", ti(lang, Ti::FReason), &reason, Check::None))
        .section(ti(lang, Ti::SecNext))
        .field(Field::note("next_step", ti(lang, Ti::FNextStep), c.next_step.as_str()))
        .field(Field::text("follow_up", ti(lang, Ti::FFollowUp), &date_text(c.follow_up), any_date))
        .field(Field::note("notes", ti(lang, Ti::FNotes), c.notes.as_str()))
        .build()
}

/// Shows only the fields that apply to the answers given so far.
fn apply_visibility(f: &mut Form) {
    let anon = as_bool(f.choice("anonymous")) == Some(true);
    for key in ["name", "phone", "email"] {
        f.set_hidden(key, anon);
    }
    f.set_hidden("pseudonym", !anon);
    f.set_hidden("partners", !f.multi("consent_scope").contains(&2));
    f.set_hidden("town", f.choice("place") != Some(0));
    f.set_hidden("arrival", f.choice("arrived") != Some(1));
    f.set_hidden("country", f.choice("obtained_in") != Some(1));
    let decision = f.choice("decision").unwrap_or(0);
    f.set_hidden("secondary_d", decision == 0);
    f.set_hidden("reason", decision == 0);
}

/// Why the form cannot be saved: the field and the message.
pub type Problem = (&'static str, String);

fn some_text(s: &str) -> Option<SensitiveText> {
    (!s.is_empty()).then(|| SensitiveText::new(s))
}

/// Reads the form leniently (unparseable answers count as "keine Angabe"), for the live
/// suggestion while typing.
pub fn draft(f: &Form, base: &Client, today: Date) -> Client {
    read(f, base, today, false).unwrap_or_else(|_| base.clone())
}

/// Reads the form strictly: every problem is reported, the first one returned.
pub fn to_client(f: &Form, base: &Client, today: Date, lang: Lang) -> Result<Client, Problem> {
    let mut c = read(f, base, today, true).map_err(|(k, t)| (k, msg(lang, t)))?;
    // Rules that span fields.
    let named = matches!(&c.identity, Identity::Named { name, phone, email } if name.is_some() || phone.is_some() || email.is_some());
    let storage = c.consent.as_ref().is_some_and(|k| k.storage);
    if named && !storage {
        return Err(("name", lang.t(Ti::ErrNeedsStorageConsent).to_string()));
    }
    if c.barriers.contains(&Barrier::H6) && !c.health_consent() {
        return Err(("barriers", lang.t(Ti::ErrHealthConsent).to_string()));
    }
    if let Some(d) = c.follow_up
        && d < today
        && base.follow_up != Some(d)
    {
        return Err(("follow_up", lang.t(Ti::ErrFollowUpPast).to_string()));
    }
    // The target group: the suggestion, or the counsellor's choice with a reason.
    let computed = assign(&c, today);
    let decision = f.choice("decision").unwrap_or(0);
    c.group = Some(if decision == 0 {
        GroupDecision::confirm(computed, today)
    } else {
        let group = pick(&CaseGroup::ALL, Some(decision - 1)).unwrap_or(CaseGroup::NotAssigned);
        let secondary = as_bool(f.choice("secondary_d")).unwrap_or(false);
        GroupDecision::choose(computed, today, group, secondary, f.text("reason"))
            .map_err(|_| ("reason", lang.t(Ti::ErrReasonRequired).to_string()))?
    });
    c.updated = today;
    Ok(c)
}

/// A problem's message key, resolved in the UI language by `to_client`.
enum Why {
    T(T),
    Ti(Ti),
}

fn msg(lang: Lang, w: Why) -> String {
    match w {
        Why::T(t) => lang.t(t).to_string(),
        Why::Ti(t) => lang.t(t).to_string(),
    }
}

fn read(f: &Form, base: &Client, today: Date, strict: bool) -> Result<Client, (&'static str, Why)> {
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
