//! A busy centre's year of records for the figures benchmark and tests: persons with varied
//! answers and decisions, their first contacts spread over the year, follow-up consultations,
//! anonymous short contacts, referrals to the directory's offers with histories, gaps and
//! searches without result. Deterministic for a seed; pseudonyms only.

use super::Rng;
use crate::domain::client::*;
use crate::domain::referral::{EventKind, OfferSnapshot};
use crate::domain::*;
use crate::figures::Records;

/// How much a year holds.
#[derive(Debug, Clone, Copy)]
pub struct Volume {
    pub persons: usize,
    /// every contact: first contacts (one per person), follow-ups and short contacts
    pub contacts: usize,
    pub referrals: usize,
}

impl Volume {
    /// The benchmark's busy centre: 5,000 persons, 15,000 contacts, 20,000 referrals.
    pub const BUSY: Volume = Volume { persons: 5_000, contacts: 15_000, referrals: 20_000 };
}

const NATIONS: [&str; 16] =
    ["SY", "UA", "IN", "TR", "ES", "AF", "RO", "BR", "PL", "IR", "VN", "IT", "DE", "NG", "CN", "MA"];
const LANGS: [&str; 8] = ["de", "en", "ar", "uk", "tr", "ru", "fa", "es"];

/// `offers` are the directory the referrals go to (active ones are used).
pub fn busy_year(year: i32, volume: Volume, offers: Vec<Offer>, seed: u64) -> Records {
    let mut rng = Rng(seed ^ 0xf1_9a_2e_55);
    let start = Date::from_ymd(year, 1, 1).unwrap_or_else(|| Date::from_naive(chrono::NaiveDate::MIN));
    let day = |rng: &mut Rng| start.add_days(rng.below(365) as i64);
    let mut clients = Vec::with_capacity(volume.persons);
    for id in 1..=volume.persons as u64 {
        let date = day(&mut rng);
        let mut c = Client::new(id, FirstContact::new(date, ContactChannel::ALL[rng.below(5)]));
        if rng.chance(3) {
            c.contact.caller = Caller::EmployerHiring;
        }
        c.contact.language = rng.chance(85).then(|| LangCode::parse(rng.word(&LANGS))).flatten();
        c.identity = Identity::Anonymous { pseudonym: Some(SensitiveText::new(format!("P{id}"))) };
        c.person.nationality = CountryCode::parse(rng.word(&NATIONS));
        c.person.age = rng.chance(90).then(|| Age::Band(*rng.pick(&AgeBand::ALL)));
        c.person.german = rng.chance(80).then(|| GermanSkill {
            level: *rng.pick(&GermanLevel::ALL),
            evidence: Some(Evidence::SelfAssessed),
        });
        c.stay.basis = Some(*rng.pick(&ResidenceBasis::ALL));
        c.stay.arrival = Some(Arrival::Month(YearMonth::of(date.add_months(-(rng.below(60) as i32)))));
        c.stay.place = Some(Place::InRegion { town: Some(rng.word(super::banks::TOWNS).to_string()) });
        c.qualification.level = rng.chance(85).then(|| *rng.pick(&QualificationLevel::ALL));
        c.employment.status = rng.chance(85).then(|| *rng.pick(&EmploymentStatus::ALL));
        let n = 1 + rng.below(4);
        let mut needs: Vec<Need> = (0..n).map(|_| *rng.pick(&Need::ALL)).collect();
        needs.sort();
        needs.dedup();
        c.needs = needs;
        if rng.chance(90) {
            c.group = Some(GroupDecision::confirm(rules::assign(&c, date), date));
        }
        clients.push(c);
    }
    let shorts = volume.contacts.saturating_sub(volume.persons) / 5;
    let follow_ups = volume.contacts.saturating_sub(volume.persons + shorts);
    let mut consultations = Vec::with_capacity(follow_ups);
    for id in 1..=follow_ups as u64 {
        let c = &clients[rng.below(clients.len())];
        let mut k = Consultation::new(
            c.id,
            c.contact.date.add_days(7 + rng.below(60) as i64),
            ContactChannel::ALL[rng.below(4)],
        );
        k.id = id;
        k.language = c.contact.language;
        k.minutes = Some(10 + rng.below(50) as u16);
        if rng.chance(15) {
            k.outcomes = vec![*rng.pick(&Outcome::ALL)];
        }
        consultations.push(k);
    }
    let contacts = (1..=shorts as u64)
        .map(|id| AnonymousContact {
            id,
            date: day(&mut rng),
            channel: ContactChannel::ALL[rng.below(3)],
            language: LangCode::parse(rng.word(&LANGS)),
            caller: if rng.chance(5) { Caller::EmployerHiring } else { Caller::Client },
            group: CaseGroup::ALL[rng.below(CaseGroup::ALL.len())],
            needs: vec![*rng.pick(&Need::ALL)],
            minutes: Some(5 + rng.below(10) as u16),
        })
        .collect();
    let active: Vec<&Offer> = offers.iter().filter(|o| o.status == OfferStatus::Active).collect();
    let mut referrals = Vec::with_capacity(volume.referrals);
    let mut events = Vec::with_capacity(volume.referrals * 2);
    for id in 1..=volume.referrals as u64 {
        let c = &clients[rng.below(clients.len())];
        let Some(o) = active.get(rng.below(active.len())) else { break };
        let need = c.needs.first().copied().unwrap_or(Need::Spr);
        let made = c.contact.date.add_days(rng.below(20) as i64);
        let at = Timestamp::from_naive(made.naive().and_hms_opt(10, 0, 0).unwrap_or_default());
        let status = *rng.pick(&ReferralStatus::ALL);
        let follow_up = status.is_open().then(|| made.add_days(14));
        let r = Referral {
            id: ReferralId(id),
            client: ClientId(c.id),
            offer: o.id.clone(),
            offer_snapshot: OfferSnapshot::of(o),
            need,
            created: at,
            by: "B".into(),
            status,
            note: String::new(),
            urgent: false,
            follow_up,
            appointment: None,
        };
        let first = ReferralStatus::InformationGiven;
        let created = EventKind::Created {
            status: first,
            urgent: false,
            appointment: None,
            follow_up: made.add_days(14),
        };
        events.push(ReferralEvent { referral: r.id, at, by: "B".into(), kind: created, note: String::new() });
        if status != first {
            let later =
                Timestamp::from_naive(made.add_days(10).naive().and_hms_opt(11, 0, 0).unwrap_or_default());
            let kind = EventKind::StatusChanged { from: first, to: status, appointment: None, follow_up };
            events.push(ReferralEvent {
                referral: r.id,
                at: later,
                by: "B".into(),
                kind,
                note: String::new(),
            });
        }
        referrals.push(r);
    }
    let gaps = (1..=volume.persons as u64 / 50)
        .map(|id| Gap {
            id,
            town: rng.word(super::banks::TOWNS).to_string(),
            ..Gap::new(day(&mut rng), *rng.pick(&Need::ALL))
        })
        .collect();
    let mut misses = Vec::new();
    for month in 1..=12u8 {
        for need in Need::ALL {
            if rng.chance(30) {
                let month = YearMonth::new(year, month).unwrap_or(YearMonth { year, month: 1 });
                misses.push(SearchMiss {
                    month,
                    need,
                    town: rng.word(super::banks::TOWNS).to_string(),
                    count: 1 + rng.below(9) as u32,
                });
            }
        }
    }
    Records { clients, consultations, contacts, referrals, events, offers, gaps, misses, traces: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_year_has_its_volume() {
        let v = Volume { persons: 500, contacts: 1_500, referrals: 2_000 };
        let r = busy_year(2026, v, super::super::synthetic_offers(200, 1), 7);
        assert_eq!(r.clients.len(), 500);
        assert_eq!(r.clients.len() + r.consultations.len() + r.contacts.len(), 1_500);
        assert_eq!(r.referrals.len(), 2_000);
        let f = crate::figures::compute(
            &r.sources(),
            crate::figures::Period::named(
                crate::figures::PeriodKind::ThisYear,
                Date::from_ymd(2026, 12, 31).unwrap(),
            ),
            Date::from_ymd(2026, 12, 31).unwrap(),
        );
        let contacts = f.overview(crate::figures::Measure::Contacts).unwrap().number();
        assert!(contacts > 1_300 && contacts <= 1_500, "most contacts fall into the year: {contacts}");
    }
}
