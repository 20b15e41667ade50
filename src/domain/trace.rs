//! What an erased client leaves to the figures (issue 12: "anonymous statistics stay"). When a
//! client is erased, the store writes one [`Trace`] in the same step: the fields the funders'
//! report counts, and nothing else — no name, pseudonym, client number, referral number, note
//! or other free text, no exact day (dates are kept as the first of their month, as
//! anonymisation keeps them), and a town only when it is a town of the directory. The figures
//! count a trace where they counted the client (docs/figures.md "Erased clients"; the
//! privacy reasoning is in docs/privacy.md "Erasure").
//!
//! Stored with bincode: no serde attributes, variants only appended, a new field means a new
//! stored version (docs/reliability.md).

use super::client::{AgeBand, Caller, ContactChannel, EmploymentStatus, Place, QualificationLevel};
use super::consultation::{Consultation, Outcome};
use super::date::Date;
use super::group::{CaseGroup, GroupTag};
use super::need::Need;
use super::offer::{Offer, OfferId};
use super::referral::{EventKind, Referral, ReferralEvent, ReferralStatus};
use super::residence::{GermanLevel, LangCode};
use super::retention::month_of;
use super::{Client, fold};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Nationality as funders count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Nationality {
    /// EU, EEA or Switzerland, other than German
    Eu,
    ThirdCountry,
    German,
}

/// Where a person lives, as the figures may name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Town {
    /// a town of the directory, as the directory spells it
    Directory(String),
    /// no town given (or in the region without a town)
    None,
    /// a town that is not in the directory, elsewhere in Germany or abroad
    Other,
}

/// The towns of the directory, folded, with the spelling the directory uses: a town typed on
/// a record reaches a figure only as one of these.
#[derive(Debug, Clone, Default)]
pub struct DirectoryTowns(HashMap<String, String>);

impl DirectoryTowns {
    pub fn of(offers: &[Offer]) -> DirectoryTowns {
        let mut map = HashMap::new();
        for o in offers {
            let t = o.town.trim();
            if !t.is_empty() {
                map.entry(fold::fold(t)).or_insert_with(|| t.to_string());
            }
        }
        DirectoryTowns(map)
    }

    /// A typed town as a figure may name it: a directory town, or none, or "other".
    pub fn of_text(&self, town: &str) -> Town {
        let t = town.trim();
        if t.is_empty() {
            return Town::None;
        }
        match self.0.get(&fold::fold(t)) {
            Some(name) => Town::Directory(name.clone()),
            None => Town::Other,
        }
    }

    /// Where a client lives, as a figure may name it.
    pub fn of_place(&self, place: Option<&Place>) -> Town {
        match place {
            Some(Place::InRegion { town: Some(t) }) => self.of_text(t),
            Some(Place::InRegion { town: None }) | None => Town::None,
            Some(Place::ElsewhereInGermany | Place::Abroad) => Town::Other,
        }
    }
}

/// What the figures count of one person: the same for a client on record and for a trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// an employer contact about hiring (EMP): counted as a contact, not as a person
    pub employer: bool,
    pub group: Option<CaseGroup>,
    pub secondary_d: bool,
    pub tag_ref: bool,
    pub tag_eu: bool,
    /// the age band at the first contact
    pub age: Option<AgeBand>,
    pub nationality: Option<Nationality>,
    pub qualification: Option<QualificationLevel>,
    pub german: Option<GermanLevel>,
    pub employment: Option<EmploymentStatus>,
    /// once each, in taxonomy order
    pub needs: Vec<Need>,
    pub town: Town,
}

/// An employer contact about hiring: the counsellor's decision says EMP, or, before one was
/// taken, the caller was an employer asking about hiring.
pub fn is_employer(c: &Client) -> bool {
    match &c.group {
        Some(g) => g.group == CaseGroup::Emp,
        None => c.contact.caller == Caller::EmployerHiring,
    }
}

/// The needs of a record once each, in taxonomy order.
pub fn dedup(needs: &[Need]) -> Vec<Need> {
    let mut seen = [false; Need::ALL.len()];
    for n in needs {
        seen[*n as usize] = true;
    }
    Need::ALL.into_iter().filter(|n| seen[*n as usize]).collect()
}

impl Facts {
    /// The facts of `c`; tags as the decision found them, before a decision as the rules find
    /// them on `today`.
    pub fn of(c: &Client, today: Date, towns: &DirectoryTowns) -> Facts {
        let tags = match &c.group {
            Some(g) => g.computed.tags.clone(),
            None => super::rules::assign(c, today).tags,
        };
        Facts {
            employer: is_employer(c),
            group: c.group.as_ref().map(|g| g.group),
            secondary_d: c.group.as_ref().is_some_and(|g| g.secondary_d),
            tag_ref: tags.contains(&GroupTag::Ref),
            tag_eu: tags.contains(&GroupTag::Eu),
            age: c.person.age.and_then(|a| a.band(c.contact.date)),
            nationality: c.person.nationality.as_ref().map(|n| {
                if n.is_germany() {
                    Nationality::German
                } else if n.is_eu_eea_ch() {
                    Nationality::Eu
                } else {
                    Nationality::ThirdCountry
                }
            }),
            qualification: c.qualification.level,
            german: c.person.german.map(|g| g.level),
            employment: c.employment.status,
            needs: dedup(&c.needs),
            town: towns.of_place(c.stay.place.as_ref()),
        }
    }
}

/// One contact of a trace: the first contact or a follow-up consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceContact {
    /// the first of the contact's month
    pub month: Date,
    pub channel: ContactChannel,
    pub language: Option<LangCode>,
    pub minutes: Option<u16>,
    pub outcomes: Vec<Outcome>,
}

/// One referral of a trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceReferral {
    /// the first of the month it was made
    pub month: Date,
    /// a directory offer (not personal); its title as the referral kept it, for an offer
    /// deleted since
    pub offer: OfferId,
    pub title: String,
    pub need: Need,
    pub status: ReferralStatus,
    /// the months in which "Ziel erreicht" was recorded (first of the month), in order
    pub goal_reached: Vec<Date>,
}

/// What an erased client leaves to the figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    pub facts: Facts,
    pub first: TraceContact,
    pub consultations: Vec<TraceContact>,
    pub referrals: Vec<TraceReferral>,
}

impl Trace {
    /// The trace of `client` with their consultations and referrals (with their histories),
    /// taken on `today`. Referrals' follow-ups are not kept: once the person is erased, no one
    /// is to be called back, so nothing of theirs is overdue.
    pub fn of(
        client: &Client,
        consultations: &[Consultation],
        referrals: &[(Referral, Vec<ReferralEvent>)],
        today: Date,
        towns: &DirectoryTowns,
    ) -> Trace {
        let mut consultations: Vec<TraceContact> = consultations
            .iter()
            .filter(|k| k.client == client.id)
            .map(|k| TraceContact {
                month: month_of(k.date),
                channel: k.channel,
                language: k.language,
                minutes: k.minutes,
                outcomes: k.outcomes.clone(),
            })
            .collect();
        // Stored in the order of the data, not of the record's numbers.
        consultations
            .sort_by(|a, b| a.month.cmp(&b.month).then_with(|| format!("{a:?}").cmp(&format!("{b:?}"))));
        let mut referrals: Vec<TraceReferral> = referrals
            .iter()
            .map(|(r, history)| {
                let mut goal_reached: Vec<Date> = history
                    .iter()
                    .filter(|e| e.referral == r.id && reaches_goal(&e.kind))
                    .map(|e| month_of(e.at.date()))
                    .collect();
                goal_reached.sort();
                TraceReferral {
                    month: month_of(r.created.date()),
                    offer: r.offer.clone(),
                    title: r.offer_snapshot.title.clone(),
                    need: r.need,
                    status: r.status,
                    goal_reached,
                }
            })
            .collect();
        referrals.sort_by(|a, b| {
            (a.month, a.offer.as_str(), a.need, a.status).cmp(&(b.month, b.offer.as_str(), b.need, b.status))
        });
        Trace {
            facts: Facts::of(client, today, towns),
            first: TraceContact {
                month: month_of(client.contact.date),
                channel: client.contact.channel,
                language: client.contact.language,
                minutes: None,
                outcomes: Vec::new(),
            },
            consultations,
            referrals,
        }
    }

    /// The store key: a hash of the content, so that the order of the traces says nothing
    /// about when or in which order clients were erased (a counter would line them up with
    /// the audit trail's "erased" entries). `probe` moves on when two traces hash alike.
    pub fn key(&self, probe: u64) -> [u8; 8] {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        format!("{self:?}").hash(&mut h);
        h.finish().wrapping_add(probe).to_be_bytes()
    }
}

/// Whether a history entry records "Ziel erreicht".
pub fn reaches_goal(kind: &EventKind) -> bool {
    match kind {
        EventKind::StatusChanged { to, .. } | EventKind::Reopened { to, .. } => {
            *to == ReferralStatus::GoalAchieved
        }
        EventKind::Created { status, .. } => *status == ReferralStatus::GoalAchieved,
        _ => false,
    }
}
