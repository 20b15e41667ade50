//! Half a year of a small Welcome Center, for the statistics screen and the training database:
//! several dozen fictional cases (pseudonyms only, "Demo …"), their follow-up consultations,
//! referrals in every kind of state, anonymous short contacts, employer contacts, recorded
//! gaps and searches without result. Deterministic, relative to the day the demo runs.

use crate::domain::client::*;
use crate::domain::referral::{NewReferral, change_status, create};
use crate::domain::rules::assign;
use crate::domain::*;

/// What the season adds beside the three hand-made cases of `cases`.
pub struct Season {
    pub clients: Vec<Client>,
    /// Each referral with every event of its history (the last carries the final state).
    pub referrals: Vec<(Referral, ReferralEvent)>,
    pub consultations: Vec<Consultation>,
    pub contacts: Vec<AnonymousContact>,
    pub gaps: Vec<Gap>,
    /// (days ago, need, town) of each search without result
    pub misses: Vec<(i64, Need, &'static str)>,
}

const TREES: [&str; 24] = [
    "Eiche",
    "Linde",
    "Buche",
    "Esche",
    "Ulme",
    "Erle",
    "Pappel",
    "Weide",
    "Kiefer",
    "Tanne",
    "Fichte",
    "Lärche",
    "Eibe",
    "Hasel",
    "Kastanie",
    "Walnuss",
    "Kirsche",
    "Apfel",
    "Birne",
    "Pflaume",
    "Holunder",
    "Mispel",
    "Quitte",
    "Vogelbeere",
];
const NATIONS: [&str; 12] = ["SY", "UA", "IN", "TR", "ES", "AF", "RO", "BR", "PL", "IR", "VN", "IT"];
const LANGS: [Option<&str>; 6] = [Some("de"), Some("en"), Some("ar"), Some("uk"), Some("tr"), None];
const TOWNS: [&str; 5] = ["Hafenau", "Birkwald", "Oberried", "Talmühle", "Seebrück"];

/// Persona templates, so that the groups follow from the answers through the rules.
#[derive(Clone, Copy)]
enum Persona {
    /// newly arrived skilled worker (A)
    Skilled,
    /// family member joining a worker (B)
    Family,
    /// graduate of a German university or training (C)
    Graduate,
    /// skilled worker with barriers (D)
    Barriers,
    /// refugee without formal qualification (REF, not assigned)
    Refugee,
}

fn at(day: Date, hour: u32) -> Timestamp {
    Timestamp::from_naive(day.naive().and_hms_opt(hour, 30, 0).unwrap_or_default())
}

fn consented(day: Date) -> Consent {
    use crate::domain::client::Purpose::*;
    Consent::given(day, ConsentForm::Verbal, &[Storage, FollowUp, Partners, Statistics])
}

fn person(i: usize, today: Date) -> Client {
    let day = today.add_days(-((i as i64 * 4) % 180) - 1);
    let channel = ContactChannel::ALL[[0, 0, 2, 1, 0, 3, 2, 0][i % 8]];
    let mut c = Client::new(0, FirstContact::new(day, channel));
    c.contact.language = LANGS[i % LANGS.len()].and_then(LangCode::parse);
    c.consent = consented(day);
    c.identity = Identity::Anonymous {
        pseudonym: Some(SensitiveText::new(format!("Demo {} {}", TREES[i % TREES.len()], i + 1))),
    };
    let nation = NATIONS[i % NATIONS.len()];
    c.person.nationality = CountryCode::parse(nation);
    c.person.age = Some(Age::Band(AgeBand::ALL[[1, 3, 3, 2, 3, 4, 1, 3][i % 8]]));
    c.person.german = Some(GermanSkill {
        level: GermanLevel::ALL[[0, 1, 2, 3, 2, 4, 1, 5][i % 8]],
        evidence: Some(if i.is_multiple_of(3) { Evidence::Certificate } else { Evidence::SelfAssessed }),
    });
    c.stay.place = Some(Place::InRegion { town: Some(TOWNS[i % TOWNS.len()].into()) });
    let eu = ["ES", "RO", "PL", "IT"].contains(&nation);
    let persona =
        [Persona::Skilled, Persona::Family, Persona::Graduate, Persona::Barriers, Persona::Refugee][i % 5];
    match persona {
        Persona::Skilled => {
            c.stay.arrival = Some(Arrival::Month(YearMonth::of(day.add_months(-3))));
            c.stay.basis = Some(if eu { ResidenceBasis::Eu } else { ResidenceBasis::Emp });
            c.qualification.level = Some(QualificationLevel::Academic);
            c.qualification.recognition = Some(RecognitionStatus::NotStarted);
            c.employment.status = Some(EmploymentStatus::Employed);
            c.needs = vec![Need::Ane, Need::Spr, Need::Woh];
        }
        Persona::Family => {
            c.person.household = Household {
                partner: Some(true),
                children_ages: Some(vec![3, 7]),
                single_parent: Some(false),
            };
            c.stay.arrival = Some(Arrival::Month(YearMonth::of(day.add_months(-6))));
            c.stay.basis = Some(if eu { ResidenceBasis::Eu } else { ResidenceBasis::Fam });
            c.stay.joins_family = Some(true);
            c.stay.anchor_works_or_studies = Some(true);
            c.qualification.level = Some(QualificationLevel::Vocational);
            c.employment.status = Some(EmploymentStatus::NotWorking);
            c.needs = vec![Need::Kin, Need::Spr, Need::Arb];
        }
        Persona::Graduate => {
            c.stay.arrival = Some(Arrival::Month(YearMonth::of(day.add_months(-40))));
            c.stay.basis = Some(if eu { ResidenceBasis::Eu } else { ResidenceBasis::PostStudy });
            c.qualification.level = Some(QualificationLevel::Academic);
            c.qualification.obtained_in = Some(ObtainedIn::Germany);
            c.qualification.completed = Some(day.add_months(-4));
            c.employment.status = Some(EmploymentStatus::Unemployed);
            c.needs = vec![Need::Arb, Need::Auf];
        }
        Persona::Barriers => {
            c.stay.arrival = Some(Arrival::Month(YearMonth::of(day.add_months(-60))));
            c.stay.basis = Some(if eu { ResidenceBasis::Eu } else { ResidenceBasis::Perm });
            c.qualification.level = Some(QualificationLevel::Vocational);
            c.employment.status = Some(EmploymentStatus::EmployedBelowQualification);
            c.employment.since = Some(day.add_months(-20));
            c.needs = vec![Need::Ane, Need::Arb];
        }
        Persona::Refugee => {
            c.stay.arrival = Some(Arrival::Month(YearMonth::of(day.add_months(-14))));
            c.stay.basis = Some(if i.is_multiple_of(2) { ResidenceBasis::Hum } else { ResidenceBasis::Asyl });
            c.stay.fled = Some(true);
            c.qualification.level = Some(QualificationLevel::School);
            c.employment.status = Some(EmploymentStatus::NoWorkPermit);
            c.needs = vec![Need::Spr, Need::Woh, Need::All];
        }
    }
    if i % 7 == 3 {
        c.needs.push(Need::Ges);
    }
    c.group = Some(GroupDecision::confirm(assign(&c, day), day));
    c.created = day;
    c.updated = day;
    c
}

fn employer(i: usize, today: Date) -> Client {
    let day = today.add_days(-(i as i64 * 23 + 9));
    let mut c = Client::new(0, FirstContact::new(day, ContactChannel::Phone));
    c.contact.caller = Caller::EmployerHiring;
    c.contact.language = LangCode::parse("de");
    c.identity =
        Identity::Anonymous { pseudonym: Some(SensitiveText::new(format!("Demo Betrieb {}", i + 1))) };
    c.needs = vec![Need::Arb, Need::Auf];
    c.group = Some(GroupDecision::confirm(assign(&c, day), day));
    c
}

/// The statuses the season's referrals end in, in turn (open ones stay due or overdue).
const ENDS: [ReferralStatus; 10] = [
    ReferralStatus::InformationGiven,
    ReferralStatus::GoalAchieved,
    ReferralStatus::InProgress,
    ReferralStatus::GoalAchieved,
    ReferralStatus::RejectedByProvider,
    ReferralStatus::Waitlisted,
    ReferralStatus::GoalNotAchieved,
    ReferralStatus::OutcomeUnknown,
    ReferralStatus::DeclinedByClient,
    ReferralStatus::NotReachable,
];

/// The season; client numbers are placeholders (1, 2 …) that the caller maps to the store's.
pub fn season(today: Date, offers: &[Offer]) -> Season {
    let persons = 42;
    let mut clients: Vec<Client> = (0..persons).map(|i| person(i, today)).collect();
    clients.extend((0..4).map(|i| employer(i, today)));
    for (n, c) in clients.iter_mut().enumerate() {
        c.id = n as u64 + 1;
    }
    let serving = |need: Need, k: usize| {
        let fitting: Vec<&Offer> =
            offers.iter().filter(|o| o.status == OfferStatus::Active && o.needs.contains(&need)).collect();
        (!fitting.is_empty()).then(|| fitting[k % fitting.len()])
    };
    let mut referrals = Vec::new();
    let mut consultations = Vec::new();
    let mut next_referral = 0;
    for (i, c) in clients.iter().take(persons).enumerate() {
        let day = c.contact.date;
        // Most needs get a referral; every fourth case leaves its last need without one.
        let needs = if i % 4 == 0 { &c.needs[..c.needs.len() - 1] } else { &c.needs[..] };
        for (k, need) in needs.iter().enumerate() {
            let Some(offer) = serving(*need, i + k) else { continue };
            next_referral += 1;
            let new = NewReferral {
                status: ReferralStatus::InformationGiven,
                ..NewReferral::new(ReferralId(next_referral), ClientId(c.id), *need)
            };
            let Ok((mut r, ev)) = create(new, offer, true, at(day, 10), "Demo") else { continue };
            let mut events = vec![ev];
            let end = ENDS[(i + k * 3) % ENDS.len()];
            let later = day.add_days(12 + (i % 5) as i64 * 4);
            if end != ReferralStatus::InformationGiven
                && later < today
                && let Ok((changed, ev)) = change_status(&r, end, "", true, None, at(later, 11), "Demo")
            {
                r = changed;
                events.push(ev);
            }
            for ev in events {
                referrals.push((r.clone(), ev));
            }
        }
        // Every other person came back once, some twice; a few report what they reached.
        for visit in 0..(if i % 2 == 0 { 1 + usize::from(i % 6 == 0) } else { 0 }) {
            let date = day.add_days(21 + visit as i64 * 30);
            if date > today {
                continue;
            }
            let mut k = Consultation::new(c.id, date, ContactChannel::ALL[(i + visit) % 4]);
            k.language = c.contact.language;
            k.minutes = Some([20, 30, 45, 15][(i + visit) % 4]);
            k.outcomes = match (i + visit) % 8 {
                0 => vec![Outcome::JobTaken],
                2 => vec![Outcome::RecognitionApplied],
                4 => vec![Outcome::LanguageCertificate],
                6 => vec![Outcome::RecognitionGranted, Outcome::JobTaken],
                _ => vec![],
            };
            consultations.push(k);
        }
    }
    let contacts = (0..30u64)
        .map(|j| AnonymousContact {
            id: 0,
            date: today.add_days(-((j as i64 * 6) % 175) - 2),
            channel: if j % 3 == 0 { ContactChannel::OnSite } else { ContactChannel::Phone },
            language: LANGS[j as usize % LANGS.len()].and_then(LangCode::parse),
            caller: if j % 10 == 7 { Caller::EmployerHiring } else { Caller::Client },
            group: if j % 10 == 7 { CaseGroup::Emp } else { CaseGroup::NotAssigned },
            needs: vec![[Need::Spr, Need::Auf, Need::Woh, Need::Arb, Need::Ane][j as usize % 5]],
            minutes: Some(5 + (j % 3) as u16 * 5),
        })
        .collect();
    let gap = |days: i64, need, sub: Option<&str>, town: &str, group| Gap {
        sub_need: sub.and_then(SubNeed::from_code),
        town: town.into(),
        group,
        ..Gap::new(today.add_days(-days), need)
    };
    let gaps = vec![
        gap(12, Need::Kin, Some("KIN.KITA"), "Birkwald", Some(CaseGroup::Group(TargetGroup::B))),
        gap(40, Need::Kin, Some("KIN.KITA"), "Birkwald", Some(CaseGroup::Group(TargetGroup::B))),
        gap(75, Need::Kin, Some("KIN.KITA"), "Talmühle", None),
        gap(20, Need::Ges, Some("GES.PSYCH"), "", Some(CaseGroup::NotAssigned)),
        gap(95, Need::Ges, Some("GES.PSYCH"), "", None),
        gap(33, Need::Spr, Some("SPR.KIBE"), "Seebrück", Some(CaseGroup::Group(TargetGroup::B))),
        gap(130, Need::Woh, Some("WOH.SUCHE"), "Oberried", Some(CaseGroup::Group(TargetGroup::A))),
    ];
    let misses = vec![
        (5, Need::Kin, "Birkwald"),
        (18, Need::Kin, "Birkwald"),
        (44, Need::Kin, "Birkwald"),
        (9, Need::Ges, ""),
        (70, Need::Dis, "Seebrück"),
        (100, Need::Fin, "Talmühle"),
    ];
    Season { clients, referrals, consultations, contacts, gaps, misses }
}
