//! The client record as version 1 stored it (until issue 12): one consent with a single date
//! and form and a yes/no flag per purpose, German evidence without "keine Angabe", no
//! sub-needs, no follow-up kind, no employer data. Field order is the stored order.

use super::super::codec::{CodecError, Stored, body};
use crate::domain::client::*;
use crate::domain::group::CaseGroup;
use crate::domain::{Client, Date, GermanLevel, LangCode, Need};
use serde::Deserialize;

/// Version 2 (issue 12): consent per purpose with its own date and form, "refused" and
/// "withdrawn", and its history; evidence of German may be "keine Angabe"; sub-needs; the
/// follow-up's kind; an employer contact's company data. Version 1 is [`ClientV1`].
impl Stored for Client {
    const KIND: u8 = b'C';
    const VERSION: u8 = 2;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body::<ClientV1>(b).map(Client::from),
            2 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

#[derive(Deserialize)]
struct ConsentV1 {
    date: Date,
    form: ConsentForm,
    storage: bool,
    follow_up_contact: bool,
    pass_to_partners: bool,
    partners: String,
    statistics: bool,
    health_data: bool,
}

#[derive(Deserialize)]
struct GermanSkillV1 {
    level: GermanLevel,
    evidence: Evidence,
}

#[derive(Deserialize)]
struct PersonV1 {
    age: Option<Age>,
    nationality: Option<CountryCode>,
    household: Household,
    german: Option<GermanSkillV1>,
    other_languages: Vec<LangCode>,
}

#[derive(Deserialize)]
struct ClientV1 {
    id: u64,
    created: Date,
    updated: Date,
    contact: FirstContact,
    consent: Option<ConsentV1>,
    identity: Identity,
    person: PersonV1,
    stay: Stay,
    qualification: Qualification,
    employment: Employment,
    barriers: Vec<Barrier>,
    needs: Vec<Need>,
    needs_text: SensitiveText,
    urgency: Option<Urgency>,
    deadline: Option<Date>,
    group: Option<GroupDecision>,
    next_step: SensitiveText,
    follow_up: Option<Date>,
    notes: SensitiveText,
}

/// A flag set in version 1 is consent given in that consent's form on its date; a flag not set
/// is "keine Angabe" (version 1 could not tell "refused" from "not asked").
fn consent_of(v1: Option<ConsentV1>) -> Consent {
    let Some(k) = v1 else { return Consent::default() };
    let flags = [
        (Purpose::Storage, k.storage),
        (Purpose::FollowUp, k.follow_up_contact),
        (Purpose::Partners, k.pass_to_partners),
        (Purpose::Statistics, k.statistics),
        (Purpose::Health, k.health_data),
    ];
    let given: Vec<Purpose> = flags.iter().filter(|(_, on)| *on).map(|(p, _)| *p).collect();
    let mut c = Consent::given(k.date, k.form, &given);
    c.partners = k.partners;
    c
}

impl From<ClientV1> for Client {
    fn from(v: ClientV1) -> Client {
        let consent = consent_of(v.consent);
        let follow_up_kind = FollowUpKind::default_for(&consent);
        // A version-1 employer contact kept nothing of the company.
        let employer = (v.contact.caller == Caller::EmployerHiring
            || v.group.as_ref().is_some_and(|g| g.group == CaseGroup::Emp))
        .then(EmployerContact::default);
        Client {
            id: v.id,
            created: v.created,
            updated: v.updated,
            contact: v.contact,
            consent,
            identity: v.identity,
            person: Person {
                age: v.person.age,
                nationality: v.person.nationality,
                household: v.person.household,
                german: v.person.german.map(|g| GermanSkill { level: g.level, evidence: Some(g.evidence) }),
                other_languages: v.person.other_languages,
            },
            stay: v.stay,
            qualification: v.qualification,
            employment: v.employment,
            barriers: v.barriers,
            needs: v.needs,
            sub_needs: Vec::new(),
            needs_text: v.needs_text,
            urgency: v.urgency,
            deadline: v.deadline,
            group: v.group,
            next_step: v.next_step,
            follow_up: v.follow_up,
            follow_up_kind,
            employer,
            notes: v.notes,
        }
    }
}
