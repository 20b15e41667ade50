//! The computation: one pass over each kind of record, counting into small arrays and maps.
//! Which record and which date decide each figure is written in docs/figures.md; the comments
//! here name the rule, the page explains it.

use super::keys::{ContactKind, GapTown, Measure, Nationality, OverdueBand, RowKey, TableId};
use super::{Cell, Column, Figures, Period, Row, Table};
use crate::domain::client::{AgeBand, Caller, ContactChannel, EmploymentStatus, QualificationLevel};
use crate::domain::trace::{DirectoryTowns, Facts, Town, dedup, reaches_goal};
use crate::domain::{
    AnonymousContact, CaseGroup, Client, Consultation, Date, Gap, GermanLevel, GroupTag, LangCode, Need,
    Offer, OfferStatus, Outcome, ProviderType, Referral, ReferralEvent, ReferralStatus, SearchMiss, Trace,
    YearMonth,
};
use crate::i18n::Tf;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The records, borrowed: the screen's copies or what the report read.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub clients: &'a [Client],
    pub consultations: &'a [Consultation],
    pub contacts: &'a [AnonymousContact],
    pub referrals: &'a [Referral],
    pub events: &'a [ReferralEvent],
    pub offers: &'a [Offer],
    pub gaps: &'a [Gap],
    pub misses: &'a [SearchMiss],
    /// What erased clients left: counted where they were counted (docs/figures.md).
    pub traces: &'a [Trace],
}

impl super::Records {
    pub fn sources(&self) -> Sources<'_> {
        Sources {
            clients: &self.clients,
            consultations: &self.consultations,
            contacts: &self.contacts,
            referrals: &self.referrals,
            events: &self.events,
            offers: &self.offers,
            gaps: &self.gaps,
            misses: &self.misses,
            traces: &self.traces,
        }
    }
}

pub use crate::domain::trace::is_employer;

fn short_is_employer(a: &AnonymousContact) -> bool {
    a.group == CaseGroup::Emp || a.caller == Caller::EmployerHiring
}

/// A status after which the outcome of a referral is known (docs/figures.md).
pub fn known_outcome(s: ReferralStatus) -> bool {
    matches!(
        s,
        ReferralStatus::GoalAchieved
            | ReferralStatus::GoalNotAchieved
            | ReferralStatus::RejectedByProvider
            | ReferralStatus::DeclinedByClient
            | ReferralStatus::DroppedOut
    )
}

fn col(key: &'static str, head: Tf) -> Column {
    Column { key, head }
}

/// Counts per key in first-seen order, for rows that come from the data.
#[derive(Default)]
struct Tally<K: std::hash::Hash + Eq + Clone> {
    counts: HashMap<K, u64>,
}

impl<K: std::hash::Hash + Eq + Clone> Tally<K> {
    fn add(&mut self, k: K, n: u64) {
        *self.counts.entry(k).or_default() += n;
    }
    fn get(&self, k: &K) -> u64 {
        self.counts.get(k).copied().unwrap_or(0)
    }
}

/// The contacts in the period, by kind, month, channel and language.
struct Contacts {
    by_kind: [u64; 4],
    minutes: [u64; 4],
    by_month: BTreeMap<YearMonth, [u64; 4]>,
    by_channel: [u64; ContactChannel::ALL.len()],
    by_language: Tally<Option<LangCode>>,
}

impl Contacts {
    fn add(
        &mut self,
        kind: ContactKind,
        date: Date,
        channel: ContactChannel,
        lang: Option<LangCode>,
        minutes: Option<u16>,
    ) {
        let k = kind as usize;
        self.by_kind[k] += 1;
        self.minutes[k] += u64::from(minutes.unwrap_or(0));
        if let Some(m) = self.by_month.get_mut(&YearMonth::of(date)) {
            m[k] += 1;
        }
        self.by_channel[channel as usize] += 1;
        self.by_language.add(lang, 1);
    }
}

/// Every figure of `period` from `src`; what is overdue or stale is counted on `today`.
pub fn compute(src: &Sources<'_>, period: Period, today: Date) -> Figures {
    let by_id: HashMap<u64, &Client> = src.clients.iter().map(|c| (c.id, c)).collect();

    // ---- contacts ----
    let mut contacts = Contacts {
        by_kind: [0; 4],
        minutes: [0; 4],
        by_month: period.months().into_iter().map(|m| (m, [0; 4])).collect(),
        by_channel: [0; ContactChannel::ALL.len()],
        by_language: Tally::default(),
    };
    // Persons: client records (not EMP) with their first contact or a consultation in the period.
    let mut persons: HashSet<u64> = HashSet::new();
    let mut new_persons: HashSet<u64> = HashSet::new();
    for c in src.clients {
        if !period.contains(c.contact.date) {
            continue;
        }
        let employer = is_employer(c);
        let kind = if employer { ContactKind::Employer } else { ContactKind::First };
        contacts.add(kind, c.contact.date, c.contact.channel, c.contact.language, None);
        if !employer {
            persons.insert(c.id);
            new_persons.insert(c.id);
        }
    }
    let mut outcome_persons: [HashSet<u64>; Outcome::ALL.len()] = Default::default();
    for k in src.consultations {
        if !period.contains(k.date) {
            continue;
        }
        let client = by_id.get(&k.client);
        let employer = client.is_some_and(|c| is_employer(c));
        let kind = if employer { ContactKind::Employer } else { ContactKind::FollowUp };
        contacts.add(kind, k.date, k.channel, k.language, k.minutes);
        if client.is_some() && !employer {
            persons.insert(k.client);
        }
        for o in &k.outcomes {
            outcome_persons[*o as usize].insert(k.client);
        }
    }
    let mut short_needs = [0u64; Need::ALL.len()];
    for a in src.contacts {
        if !period.contains(a.date) {
            continue;
        }
        let employer = short_is_employer(a);
        let kind = if employer { ContactKind::Employer } else { ContactKind::Short };
        contacts.add(kind, a.date, a.channel, a.language, a.minutes);
        if !employer {
            for n in dedup(&a.needs) {
                short_needs[n as usize] += 1;
            }
        }
    }

    // Erased clients: their traces, counted as the records were (dates as months).
    let towns = DirectoryTowns::of(src.offers);
    let mut trace_persons: Vec<&Trace> = Vec::new();
    let mut trace_new: Vec<&Trace> = Vec::new();
    let mut trace_outcomes = [0u64; Outcome::ALL.len()];
    for t in src.traces {
        let employer = t.facts.employer;
        let mut counted = false;
        if period.contains(t.first.month) {
            let kind = if employer { ContactKind::Employer } else { ContactKind::First };
            contacts.add(kind, t.first.month, t.first.channel, t.first.language, None);
            if !employer {
                trace_new.push(t);
                counted = true;
            }
        }
        let mut reached = [false; Outcome::ALL.len()];
        for k in t.consultations.iter().filter(|k| period.contains(k.month)) {
            let kind = if employer { ContactKind::Employer } else { ContactKind::FollowUp };
            contacts.add(kind, k.month, k.channel, k.language, k.minutes);
            counted |= !employer;
            for o in &k.outcomes {
                reached[*o as usize] = true;
            }
        }
        for (i, r) in reached.iter().enumerate() {
            trace_outcomes[i] += u64::from(*r);
        }
        if counted {
            trace_persons.push(t);
        }
    }

    // ---- persons ----
    let mut people: Vec<&Client> = persons.iter().filter_map(|id| by_id.get(id).copied()).collect();
    people.sort_by_key(|c| c.id);
    let live: Vec<(u64, Facts)> = people.iter().map(|c| (c.id, Facts::of(c, today, &towns))).collect();
    let facts: Vec<&Facts> =
        live.iter().map(|(_, f)| f).chain(trace_persons.iter().map(|t| &t.facts)).collect();
    let p = Persons::count(&facts);

    // ---- referrals ----
    let offers: HashMap<&str, &Offer> = src.offers.iter().map(|o| (o.id.as_str(), o)).collect();
    let r = Referrals::count(src.referrals, src.traces, &offers, period);
    let mut goal_achieved: HashSet<u64> = HashSet::new();
    for ev in src.events {
        if reaches_goal(&ev.kind) && period.contains(ev.at.date()) {
            goal_achieved.insert(ev.referral.0);
        }
    }
    let trace_goals = src
        .traces
        .iter()
        .flat_map(|t| &t.referrals)
        .filter(|r| r.goal_reached.iter().any(|d| period.contains(*d)))
        .count() as u64;
    let mut overdue = [0u64; 3];
    for r in src.referrals {
        if crate::domain::referral::is_overdue(r, today)
            && let Some(f) = r.follow_up
        {
            let days = f.days_until(today);
            overdue[if days <= 7 {
                0
            } else if days <= 30 {
                1
            } else {
                2
            }] += 1;
        }
    }

    // ---- gaps ----
    let mut gaps: BTreeMap<(Need, GapTown), [u64; 3]> = BTreeMap::new();
    for g in src.gaps.iter().filter(|g| period.contains(g.date)) {
        gaps.entry((g.need, gap_town(towns.of_text(&g.town)))).or_default()[0] += 1;
    }
    let referred: HashSet<(u64, Need)> = src.referrals.iter().map(|r| (r.client.0, r.need)).collect();
    for (id, f) in &live {
        if !new_persons.contains(id) {
            continue;
        }
        for n in &f.needs {
            if !referred.contains(&(*id, *n)) {
                gaps.entry((*n, gap_town(f.town.clone()))).or_default()[1] += 1;
            }
        }
    }
    for t in &trace_new {
        for n in &t.facts.needs {
            if !t.referrals.iter().any(|r| r.need == *n) {
                gaps.entry((*n, gap_town(t.facts.town.clone()))).or_default()[1] += 1;
            }
        }
    }
    for m in src.misses.iter().filter(|m| period.touches(m.month)) {
        gaps.entry((m.need, gap_town(towns.of_text(&m.town)))).or_default()[2] += u64::from(m.count);
    }

    // ---- offers not verified ----
    let mut stale: Vec<&Offer> =
        src.offers.iter().filter(|o| o.status != OfferStatus::Inactive && o.is_stale(today)).collect();
    stale.sort_by(|a, b| a.last_verified.cmp(&b.last_verified).then_with(|| a.id.cmp(&b.id)));
    let listed = src.offers.iter().filter(|o| o.status != OfferStatus::Inactive).count() as u64;

    // ---- tables ----
    let n_persons = facts.len() as u64;
    let all_contacts: u64 = contacts.by_kind.iter().sum();
    let needs_sum: u64 = facts.iter().map(|f| f.needs.len() as u64).sum();
    let sum3 = |i: usize| gaps.values().map(|v| v[i]).sum::<u64>();
    let overview = vec![
        (Measure::Contacts, Cell::Count(all_contacts)),
        (Measure::FirstContacts, Cell::Count(contacts.by_kind[0])),
        (Measure::FollowUps, Cell::Count(contacts.by_kind[1])),
        (Measure::ShortContacts, Cell::Count(contacts.by_kind[2])),
        (Measure::EmployerContacts, Cell::Count(contacts.by_kind[3])),
        (Measure::Minutes, Cell::Plain(contacts.minutes.iter().sum())),
        (Measure::Persons, Cell::Count(n_persons)),
        (Measure::NewPersons, Cell::Count((new_persons.len() + trace_new.len()) as u64)),
        (Measure::NeedsPerCase, Cell::Mean { sum: needs_sum, of: n_persons }),
        (Measure::Referrals, Cell::Count(r.made)),
        (Measure::KnownOutcome, Cell::Share { n: r.known, of: r.made }),
        (Measure::Overdue, Cell::Count(overdue.iter().sum())),
        (Measure::GapsRecorded, Cell::Count(sum3(0))),
        (Measure::GapsFromIntakes, Cell::Count(sum3(1))),
        (Measure::SearchesWithoutResult, Cell::Count(sum3(2))),
        (Measure::StaleOffers, Cell::Plain(stale.len() as u64)),
        (Measure::ActiveOffers, Cell::Plain(listed)),
    ];
    let mut tables = vec![Table {
        id: TableId::Overview,
        columns: vec![col("value", Tf::CValue)],
        rows: overview.into_iter().map(|(m, c)| Row { key: RowKey::Overview(m), cells: vec![c] }).collect(),
    }];
    tables.push(Table {
        id: TableId::ContactsByKind,
        columns: vec![col("contacts", Tf::CContacts), col("minutes", Tf::CMinutes)],
        rows: ContactKind::ALL
            .iter()
            .map(|&k| Row {
                key: RowKey::Kind(k),
                cells: vec![
                    Cell::Count(contacts.by_kind[k as usize]),
                    Cell::Plain(contacts.minutes[k as usize]),
                ],
            })
            .collect(),
    });
    let mut month_cols = vec![col("all", Tf::CAll)];
    month_cols.extend([
        col("first", Tf::RKindFirst),
        col("follow_up", Tf::RKindFollowUp),
        col("short", Tf::RKindShort),
        col("employer", Tf::RKindEmployer),
    ]);
    tables.push(Table {
        id: TableId::ContactsByMonth,
        columns: month_cols,
        rows: contacts
            .by_month
            .iter()
            .map(|(m, v)| {
                let mut cells = vec![Cell::Count(v.iter().sum())];
                cells.extend(v.iter().map(|&n| Cell::Count(n)));
                Row { key: RowKey::Month(*m), cells }
            })
            .collect(),
    });
    let share = |n: u64, of: u64| Cell::Share { n, of };
    tables.push(Table {
        id: TableId::ContactsByChannel,
        columns: vec![col("contacts", Tf::CContacts), col("share", Tf::CShare)],
        rows: ContactChannel::ALL
            .iter()
            .map(|&c| {
                let n = contacts.by_channel[c as usize];
                Row { key: RowKey::Channel(c), cells: vec![Cell::Count(n), share(n, all_contacts)] }
            })
            .collect(),
    });
    let mut langs: Vec<(Option<LangCode>, u64)> =
        contacts.by_language.counts.iter().filter(|(l, _)| l.is_some()).map(|(l, n)| (*l, *n)).collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    langs.push((None, contacts.by_language.get(&None)));
    tables.push(Table {
        id: TableId::ContactsByLanguage,
        columns: vec![col("contacts", Tf::CContacts), col("share", Tf::CShare)],
        rows: langs
            .into_iter()
            .map(|(l, n)| Row {
                key: RowKey::Language(l),
                cells: vec![Cell::Count(n), share(n, all_contacts)],
            })
            .collect(),
    });
    let person_table = |id: TableId, rows: Vec<(RowKey, u64)>| Table {
        id,
        columns: vec![col("persons", Tf::CPersons), col("share", Tf::CShare)],
        rows: rows
            .into_iter()
            .map(|(key, n)| Row { key, cells: vec![Cell::Count(n), share(n, n_persons)] })
            .collect(),
    };
    tables.push(person_table(TableId::PersonsByGroup, p.groups));
    tables.push(person_table(TableId::PersonsByTag, p.tags));
    tables.push(person_table(TableId::PersonsByAge, p.ages));
    tables.push(person_table(TableId::PersonsByNationality, p.nationalities));
    tables.push(person_table(TableId::PersonsByQualification, p.qualifications));
    tables.push(person_table(TableId::PersonsByGerman, p.german));
    tables.push(person_table(TableId::PersonsByEmployment, p.employment));
    tables.push(Table {
        id: TableId::Needs,
        columns: vec![
            col("persons", Tf::CPersons),
            col("share", Tf::CShare),
            col("short_contacts", Tf::CShortContacts),
        ],
        rows: Need::ALL
            .iter()
            .map(|&n| {
                let k = p.needs[n as usize];
                Row {
                    key: RowKey::Need(n),
                    cells: vec![Cell::Count(k), share(k, n_persons), Cell::Count(short_needs[n as usize])],
                }
            })
            .collect(),
    });
    tables.push(person_table(
        TableId::NeedsPerCase,
        (0..5u8).map(|i| (RowKey::NeedCount(i), p.need_counts[i as usize])).collect(),
    ));
    tables.push(Table {
        id: TableId::ReferralsByStatus,
        columns: vec![col("referrals", Tf::CReferrals), col("share", Tf::CShare)],
        rows: ReferralStatus::ALL
            .iter()
            .map(|&s| {
                let n = r.by_status[s as usize];
                Row { key: RowKey::Status(s), cells: vec![Cell::Count(n), share(n, r.made)] }
            })
            .collect(),
    });
    tables.push(Table {
        id: TableId::ReferralsByProviderType,
        columns: vec![col("referrals", Tf::CReferrals), col("share", Tf::CShare)],
        rows: ProviderType::ALL
            .iter()
            .map(|&t| {
                let n = r.by_type[t as usize];
                Row { key: RowKey::ProviderType(t), cells: vec![Cell::Count(n), share(n, r.made)] }
            })
            .collect(),
    });
    let mut by_offer: Vec<_> = r.by_offer.into_iter().collect();
    by_offer.sort_by(|a, b| b.1.made.cmp(&a.1.made).then_with(|| a.0.cmp(&b.0)));
    tables.push(Table {
        id: TableId::ReferralsByOffer,
        columns: vec![
            col("referrals", Tf::CReferrals),
            col("known_outcome", Tf::CKnownOutcome),
            col("not_responsible", Tf::CNotResponsible),
            col("not_responsible_rate", Tf::CNotResponsibleRate),
        ],
        rows: by_offer
            .into_iter()
            .map(|(id, o)| Row {
                key: RowKey::Offer { id, title: o.title },
                cells: vec![
                    Cell::Count(o.made),
                    share(o.known, o.made),
                    Cell::Count(o.not_responsible),
                    share(o.not_responsible, o.made),
                ],
            })
            .collect(),
    });
    let mut outcomes: Vec<Row> = Outcome::ALL
        .iter()
        .map(|&o| Row {
            key: RowKey::Outcome(o),
            cells: vec![Cell::Count(outcome_persons[o as usize].len() as u64 + trace_outcomes[o as usize])],
        })
        .collect();
    outcomes.push(Row {
        key: RowKey::GoalAchieved,
        cells: vec![Cell::Count(goal_achieved.len() as u64 + trace_goals)],
    });
    tables.push(Table { id: TableId::Outcomes, columns: vec![col("value", Tf::CValue)], rows: outcomes });
    tables.push(Table {
        id: TableId::Overdue,
        columns: vec![col("referrals", Tf::CReferrals)],
        rows: [OverdueBand::UpTo7, OverdueBand::UpTo30, OverdueBand::Over30]
            .iter()
            .enumerate()
            .map(|(i, &b)| Row { key: RowKey::Overdue(b), cells: vec![Cell::Count(overdue[i])] })
            .collect(),
    });
    let gap_cols = vec![
        col("recorded", Tf::CRecorded),
        col("from_intakes", Tf::CFromIntakes),
        col("from_searches", Tf::CFromSearches),
    ];
    let mut per_need: BTreeMap<Need, [u64; 3]> = BTreeMap::new();
    for ((need, _), v) in &gaps {
        let e = per_need.entry(*need).or_default();
        for i in 0..3 {
            e[i] += v[i];
        }
    }
    let gap_cells = |v: &[u64; 3]| v.iter().map(|&n| Cell::Count(n)).collect::<Vec<_>>();
    tables.push(Table {
        id: TableId::GapsByNeed,
        columns: gap_cols.clone(),
        rows: per_need.iter().map(|(n, v)| Row { key: RowKey::Need(*n), cells: gap_cells(v) }).collect(),
    });
    tables.push(Table {
        id: TableId::Gaps,
        columns: gap_cols,
        rows: gaps
            .iter()
            .map(|((need, town), v)| Row {
                key: RowKey::Gap { need: *need, town: town.clone() },
                cells: gap_cells(v),
            })
            .collect(),
    });
    tables.push(Table {
        id: TableId::StaleOffers,
        columns: vec![col("provider", Tf::CProvider), col("last_verified", Tf::CLastVerified)],
        rows: stale
            .iter()
            .map(|o| Row {
                key: RowKey::Offer { id: o.id.to_string(), title: o.title.to_string() },
                cells: vec![Cell::Text(o.provider.to_string()), Cell::Date(o.last_verified)],
            })
            .collect(),
    });
    Figures { period, today, tables }
}

/// A town as the gap tables name it.
fn gap_town(t: Town) -> GapTown {
    match t {
        Town::Directory(name) => GapTown::Town(name),
        Town::None => GapTown::None,
        Town::Other => GapTown::Other,
    }
}

/// The persons of the period, broken down.
struct Persons {
    groups: Vec<(RowKey, u64)>,
    tags: Vec<(RowKey, u64)>,
    ages: Vec<(RowKey, u64)>,
    nationalities: Vec<(RowKey, u64)>,
    qualifications: Vec<(RowKey, u64)>,
    german: Vec<(RowKey, u64)>,
    employment: Vec<(RowKey, u64)>,
    needs: [u64; Need::ALL.len()],
    need_counts: [u64; 5],
}

/// Rows for every value of a code list and "not stated", in list order.
fn rows<T: Copy + Eq + std::hash::Hash>(
    all: &[T],
    tally: &Tally<Option<T>>,
    key: fn(Option<T>) -> RowKey,
) -> Vec<(RowKey, u64)> {
    let mut out: Vec<(RowKey, u64)> = all.iter().map(|&v| (key(Some(v)), tally.get(&Some(v)))).collect();
    out.push((key(None), tally.get(&None)));
    out
}

impl Persons {
    fn count(people: &[&Facts]) -> Persons {
        let mut group: Tally<Option<CaseGroup>> = Tally::default();
        let (mut secondary_d, mut tag_ref, mut tag_eu) = (0, 0, 0);
        let mut age: Tally<Option<AgeBand>> = Tally::default();
        let mut nat: Tally<Option<Nationality>> = Tally::default();
        let mut qual: Tally<Option<QualificationLevel>> = Tally::default();
        let mut german: Tally<Option<GermanLevel>> = Tally::default();
        let mut emp: Tally<Option<EmploymentStatus>> = Tally::default();
        let mut needs = [0u64; Need::ALL.len()];
        let mut need_counts = [0u64; 5];
        for f in people {
            group.add(f.group, 1);
            secondary_d += u64::from(f.secondary_d);
            tag_ref += u64::from(f.tag_ref);
            tag_eu += u64::from(f.tag_eu);
            age.add(f.age, 1);
            nat.add(f.nationality, 1);
            qual.add(f.qualification, 1);
            german.add(f.german, 1);
            emp.add(f.employment, 1);
            for n in &f.needs {
                needs[*n as usize] += 1;
            }
            need_counts[f.needs.len().min(4)] += 1;
        }
        let mut groups: Vec<(RowKey, u64)> = CaseGroup::ALL
            .iter()
            .filter(|g| **g != CaseGroup::Emp)
            .map(|g| (RowKey::Group(Some(*g)), group.get(&Some(*g))))
            .collect();
        groups.push((RowKey::Group(None), group.get(&None)));
        groups.push((RowKey::SecondaryD, secondary_d));
        let nationality_all = [Nationality::Eu, Nationality::ThirdCountry, Nationality::German];
        Persons {
            groups,
            tags: vec![(RowKey::Tag(GroupTag::Ref), tag_ref), (RowKey::Tag(GroupTag::Eu), tag_eu)],
            ages: rows(&AgeBand::ALL, &age, RowKey::Age),
            nationalities: rows(&nationality_all, &nat, RowKey::Nationality),
            qualifications: rows(&QualificationLevel::ALL, &qual, RowKey::Qualification),
            german: rows(&GermanLevel::ALL, &german, RowKey::German),
            employment: rows(&EmploymentStatus::ALL, &emp, RowKey::Employment),
            needs,
            need_counts,
        }
    }
}

#[derive(Default)]
struct PerOffer {
    title: String,
    made: u64,
    known: u64,
    not_responsible: u64,
}

/// The referrals made in the period.
struct Referrals {
    made: u64,
    known: u64,
    by_status: [u64; ReferralStatus::ALL.len()],
    by_type: [u64; ProviderType::ALL.len()],
    by_offer: HashMap<String, PerOffer>,
}

impl Referrals {
    fn count(
        referrals: &[Referral],
        traces: &[Trace],
        offers: &HashMap<&str, &Offer>,
        period: Period,
    ) -> Referrals {
        let mut out = Referrals {
            made: 0,
            known: 0,
            by_status: [0; ReferralStatus::ALL.len()],
            by_type: [0; ProviderType::ALL.len()],
            by_offer: HashMap::new(),
        };
        for r in referrals.iter().filter(|r| period.contains(r.created.date())) {
            out.add(r.offer.as_str(), &r.offer_snapshot.title, r.status, offers);
        }
        for r in traces.iter().flat_map(|t| &t.referrals).filter(|r| period.contains(r.month)) {
            out.add(r.offer.as_str(), &r.title, r.status, offers);
        }
        out
    }

    fn add(
        &mut self,
        offer_id: &str,
        kept_title: &str,
        status: ReferralStatus,
        offers: &HashMap<&str, &Offer>,
    ) {
        let offer = offers.get(offer_id);
        self.made += 1;
        let known = known_outcome(status);
        self.known += u64::from(known);
        self.by_status[status as usize] += 1;
        // An offer deleted since counts as "other".
        self.by_type[offer.map_or(ProviderType::Other, |o| o.provider_type) as usize] += 1;
        let e = self.by_offer.entry(offer_id.to_string()).or_insert_with(|| PerOffer {
            // The directory's title now; the one the referral kept when the offer is gone.
            title: offer.map_or_else(|| kept_title.to_string(), |o| o.title.to_string()),
            ..PerOffer::default()
        });
        e.made += 1;
        e.known += u64::from(known);
        e.not_responsible += u64::from(status == ReferralStatus::RejectedByProvider);
    }
}
