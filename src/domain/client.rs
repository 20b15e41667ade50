//! The client record of an intake (Erstgespräch) and the anonymous short contact, as plain data
//! (docs/domain.md "Intake"). Minimal by default: every answer is an `Option` whose `None` is
//! "keine Angabe"; free text is a `SensitiveText` that is empty when nothing was written.
//!
//! Stored with bincode, which is not self-describing: no serde attributes here, variants only
//! appended, and a new field means a new stored version (docs/RELIABILITY.md).

mod case;
mod consent;
mod contact;
mod employer;
mod person;
mod work;

pub use case::{Barrier, GroupDecision, ReasonRequired, Urgency};
pub use consent::{
    Answer, Consent, ConsentError, ConsentEvent, ConsentForm, FollowUpKind, Purpose, PurposeAnswer,
    follow_up_allowed, pass_on_allowed,
};
pub use contact::{AnonymousContact, Caller, ContactChannel, FirstContact};
pub use employer::{CompanySize, EmployerContact};
pub use person::{
    Age, AgeBand, Arrival, CountryCode, Evidence, GermanSkill, Household, Identity, Person, Place,
    SensitiveText, Stay,
};
pub use work::{
    Employment, EmploymentStatus, ObtainedIn, Qualification, QualificationLevel, RecognitionStatus, Regulated,
};

use super::date::Date;
use super::need::{Need, SubNeed};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One client (Ratsuchende/r) and what the intake recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    pub id: u64,
    pub created: Date,
    pub updated: Date,
    pub contact: FirstContact,
    /// one answer per purpose, `None` each until asked, with the history of changes
    pub consent: Consent,
    pub identity: Identity,
    pub person: Person,
    pub stay: Stay,
    pub qualification: Qualification,
    pub employment: Employment,
    /// barriers as the counsellor recorded them; `rules::assign` adds those the answers imply
    pub barriers: Vec<Barrier>,
    pub needs: Vec<Need>,
    /// finer needs (docs/domain.md "Needs"), each under one of `needs`
    pub sub_needs: Vec<SubNeed>,
    pub needs_text: SensitiveText,
    pub urgency: Option<Urgency>,
    pub deadline: Option<Date>,
    /// `None` until the counsellor confirmed or overrode the suggestion
    pub group: Option<GroupDecision>,
    pub next_step: SensitiveText,
    pub follow_up: Option<Date>,
    /// what the follow-up means: a call needs consent to follow-up contact
    pub follow_up_kind: FollowUpKind,
    /// an employer contact's company data (caller `EmployerHiring`); `None` for a person
    pub employer: Option<EmployerContact>,
    pub notes: SensitiveText,
}

impl Client {
    /// A new record with nothing but its first contact: everything else is "keine Angabe".
    pub fn new(id: u64, contact: FirstContact) -> Client {
        Client {
            id,
            created: contact.date,
            updated: contact.date,
            contact,
            consent: Consent::default(),
            identity: Identity::unnamed(),
            person: Person::default(),
            stay: Stay::default(),
            qualification: Qualification::default(),
            employment: Employment::default(),
            barriers: Vec::new(),
            needs: Vec::new(),
            sub_needs: Vec::new(),
            needs_text: SensitiveText::default(),
            urgency: None,
            deadline: None,
            group: None,
            next_step: SensitiveText::default(),
            follow_up: None,
            follow_up_kind: FollowUpKind::CheckWithProvider,
            employer: None,
            notes: SensitiveText::default(),
        }
    }

    pub fn reference(&self) -> ClientRef {
        ClientRef(self.id)
    }

    /// Explicit consent to record health or disability (barrier H6) was given.
    pub fn health_consent(&self) -> bool {
        self.consent.granted(Purpose::Health)
    }
}

/// A client id as people say and type it on the phone: `K-0042`; five digits and more beyond
/// 9999 (`K-12345`). Names no one, so it can stand in for the client in notes and lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClientRef(pub u64);

impl ClientRef {
    /// Accepts `K-0042`, `k-42`, `K42`, `K 42` and plain `42`; leading zeros are optional.
    pub fn parse(s: &str) -> Option<ClientRef> {
        let s = s.trim();
        let digits = match s.strip_prefix(['K', 'k']) {
            Some(rest) => rest.strip_prefix(['-', ' ']).unwrap_or(rest),
            None => s,
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().map(ClientRef)
    }
}

impl fmt::Display for ClientRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "K-{:04}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_refs_are_short_and_read_back() {
        assert_eq!(ClientRef(42).to_string(), "K-0042");
        assert_eq!(ClientRef(9999).to_string(), "K-9999");
        assert_eq!(ClientRef(12345).to_string(), "K-12345");
        for id in [0, 7, 42, 9999, 10_000, 12345, u64::MAX] {
            assert_eq!(ClientRef::parse(&ClientRef(id).to_string()), Some(ClientRef(id)));
        }
        for typed in ["k-42", "K42", "K 42", " 0042 ", "42"] {
            assert_eq!(ClientRef::parse(typed), Some(ClientRef(42)), "{typed}");
        }
        for bad in ["", "K", "K-", "K--42", "K-4a", "-42", "X-42", "K-+42", "K-99999999999999999999999"] {
            assert_eq!(ClientRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn eu_eea_and_swiss_citizens() {
        for eu in ["es", "DE", "GR", "no", "IS", "LI", "CH", "HR"] {
            assert!(CountryCode::parse(eu).unwrap().is_eu_eea_ch(), "{eu}");
        }
        for third in ["SY", "UA", "TR", "GB", "EL", "US", "IN"] {
            assert!(!CountryCode::parse(third).unwrap().is_eu_eea_ch(), "{third}");
        }
        assert!(CountryCode::parse("DEU").is_none());
        assert!(CountryCode::parse("D1").is_none());
    }

    #[test]
    fn age_bands_from_birth_year_at_the_edges() {
        let today = Date::from_ymd(2026, 6, 1).unwrap();
        let band = |y| Age::BirthYear(y).band(today);
        assert_eq!(band(2009), Some(AgeBand::Under18)); // 17
        assert_eq!(band(2008), Some(AgeBand::From18To26)); // 18
        assert_eq!(band(2000), Some(AgeBand::From18To26)); // 26
        assert_eq!(band(1999), Some(AgeBand::From27To29)); // 27
        assert_eq!(band(1997), Some(AgeBand::From27To29)); // 29
        assert_eq!(band(1996), Some(AgeBand::From30To54)); // 30
        assert_eq!(band(1972), Some(AgeBand::From30To54)); // 54
        assert_eq!(band(1971), Some(AgeBand::From55)); // 55
        assert_eq!(band(2027), None);
        assert_eq!(Age::Band(AgeBand::From55).band(today), Some(AgeBand::From55));
    }

    #[test]
    fn sensitive_text_stays_out_of_debug_output() {
        let mut c =
            Client::new(1, FirstContact::new(Date::from_ymd(2026, 1, 5).unwrap(), ContactChannel::Phone));
        c.identity = Identity::Named {
            name: Some(SensitiveText::new("Olena Kovalenko")),
            phone: Some(SensitiveText::new("0170 1234567")),
            email: None,
        };
        c.notes = SensitiveText::new("Trauma, Arzt Dr. Weber");
        let shown = format!("{c:?}");
        for secret in ["Olena", "0170", "Trauma", "Weber"] {
            assert!(!shown.contains(secret), "{secret} leaked into {shown}");
        }
        assert_eq!(c.notes.as_str(), "Trauma, Arzt Dr. Weber");
    }

    #[test]
    fn health_consent_needs_the_explicit_flag() {
        let day = Date::from_ymd(2026, 1, 5).unwrap();
        let mut c = Client::new(1, FirstContact::new(day, ContactChannel::OnSite));
        assert!(!c.health_consent());
        c.consent = Consent::given(day, ConsentForm::Written, &[Purpose::Storage]);
        assert!(!c.health_consent());
        c.consent = Consent::given(day, ConsentForm::Written, &[Purpose::Storage, Purpose::Health]);
        assert!(c.health_consent());
        c.consent.withdraw(Purpose::Health, day, day).expect("withdraw");
        assert!(!c.health_consent(), "withdrawn consent no longer counts");
    }

    /// bincode loses data under these attributes (docs/RELIABILITY.md); stored types must not use any.
    #[test]
    fn stored_client_types_carry_no_serde_attributes() {
        let sources = [
            include_str!("client.rs"),
            include_str!("client/case.rs"),
            include_str!("client/consent.rs"),
            include_str!("client/contact.rs"),
            include_str!("client/employer.rs"),
            include_str!("client/person.rs"),
            include_str!("client/work.rs"),
            include_str!("rules.rs"),
            include_str!("rules/trace.rs"),
        ];
        let needle = ["#[", "serde("].concat();
        for src in sources {
            assert!(!src.contains(&needle), "a serde attribute crept into a stored type");
        }
    }

    #[test]
    fn a_full_record_survives_a_json_round_trip() {
        let day = Date::from_ymd(2026, 3, 2).unwrap();
        let mut c = Client::new(42, FirstContact::new(day, ContactChannel::Video));
        c.identity = Identity::Anonymous { pseudonym: Some(SensitiveText::new("Sonnenblume")) };
        c.person.age = Some(Age::BirthYear(1990));
        c.person.nationality = CountryCode::parse("ua");
        c.person.household.children_ages = Some(vec![4, 9]);
        c.stay.place = Some(Place::InRegion { town: Some("Hameln".into()) });
        c.stay.arrival = Some(Arrival::NotYetArrived);
        c.qualification.obtained_in = Some(ObtainedIn::Abroad { country: CountryCode::parse("UA") });
        c.barriers = vec![Barrier::H5];
        c.needs = vec![Need::Spr, Need::Kin];
        c.group = Some(GroupDecision::confirm(crate::domain::rules::assign(&c, day), day));
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Client>(&json).unwrap(), c);
    }
}
