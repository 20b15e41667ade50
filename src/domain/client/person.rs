//! Who the client is and where they stand: identity, age, nationality, household, stay in
//! Germany and languages. Every answer is an `Option`; `None` is "keine Angabe".

use crate::domain::code_list::code_list;
use crate::domain::date::{Date, YearMonth};
use crate::domain::residence::{GermanLevel, LangCode, ResidenceBasis};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Text that identifies or describes a person (name, phone, notes). Its `Debug` shows only the
/// length, so a record that ends up in a log line or a panic message gives nothing away
/// (docs/domain.md "Data protection"). No `Display` either: screens ask for `as_str` on purpose.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SensitiveText(String);

impl SensitiveText {
    pub fn new(text: impl Into<String>) -> SensitiveText {
        SensitiveText(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SensitiveText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SensitiveText(<{} chars>)", self.0.chars().count())
    }
}

/// Named, or anonymous counselling under a pseudonym only. An enum rather than a flag so that an
/// anonymous record cannot carry a phone number or e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Identity {
    Named { name: Option<SensitiveText>, phone: Option<SensitiveText>, email: Option<SensitiveText> },
    Anonymous { pseudonym: Option<SensitiveText> },
}

impl Identity {
    /// Named, nothing recorded yet.
    pub fn unnamed() -> Identity {
        Identity::Named { name: None, phone: None, email: None }
    }

    pub fn is_anonymous(&self) -> bool {
        matches!(self, Identity::Anonymous { .. })
    }
}

code_list! {
    /// Age bands as funders count them; 27 is where JMD (12–27) hands over to MBE (27+).
    /// Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum AgeBand {
        Under18,
        From18To26,
        From27To29,
        From30To54,
        From55,
    }
}

impl AgeBand {
    /// The band of an age in whole years; `None` for a negative age.
    pub fn of_age(years: i32) -> Option<AgeBand> {
        Some(match years {
            ..0 => return None,
            0..18 => AgeBand::Under18,
            18..27 => AgeBand::From18To26,
            27..30 => AgeBand::From27To29,
            30..55 => AgeBand::From30To54,
            _ => AgeBand::From55,
        })
    }
}

/// Age as the client gave it: a band, or a year of birth (never a full birth date: the year is
/// all the figures need).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Age {
    Band(AgeBand),
    BirthYear(i32),
}

impl Age {
    /// The band on `today`. A year of birth counts as the age reached this calendar year, so it
    /// may be one year high before the birthday; a birth year in the future gives `None`.
    pub fn band(self, today: Date) -> Option<AgeBand> {
        match self {
            Age::Band(b) => Some(b),
            Age::BirthYear(y) => AgeBand::of_age(today.year() - y),
        }
    }
}

/// EU member states, EEA states and Switzerland, by ISO 3166-1 alpha-2 code. Greece is `GR`
/// here (ISO), not the EU's own `EL`.
const EU_EEA_CH: [&str; 31] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", // EU 27
    "IS", "LI", "NO", // EEA
    "CH",
];

/// An ISO 3166-1 alpha-2 country code (`SY`, `UA`, `ES` …), upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CountryCode(String);

impl CountryCode {
    /// Accepts exactly two ASCII letters, any case. Whether the code is assigned is not checked.
    pub fn parse(s: &str) -> Option<CountryCode> {
        let s = s.trim();
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| CountryCode(s.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Citizens of these countries enjoy free movement (EU, EEA, Switzerland). Germany is one of
    /// them; whoever counts "EU citizens" among internationals has to leave it out.
    pub fn is_eu_eea_ch(&self) -> bool {
        EU_EEA_CH.contains(&self.0.as_str())
    }

    pub fn is_germany(&self) -> bool {
        self.0 == "DE"
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who lives with the client.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Household {
    pub partner: Option<bool>,
    /// ages in whole years; `Some(vec![])` is "no children", `None` is "keine Angabe"
    pub children_ages: Option<Vec<u8>>,
    pub single_parent: Option<bool>,
}

/// Where the client lives; it decides which local offices are responsible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    InRegion { town: Option<String> },
    ElsewhereInGermany,
    Abroad,
}

/// When the client came to Germany. Month precision is all people reliably remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arrival {
    Month(YearMonth),
    NotYetArrived,
}

code_list! {
    /// How German skills are known. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Evidence {
        SelfAssessed,
        Certificate,
    }
}

/// German level and how it is known; the evidence may be "keine Angabe" (`None`) like any
/// answer — it is not taken for a self-assessment (client record version 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GermanSkill {
    pub level: GermanLevel,
    pub evidence: Option<Evidence>,
}

/// The person: age, nationality, household, languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Person {
    pub age: Option<Age>,
    pub nationality: Option<CountryCode>,
    pub household: Household,
    pub german: Option<GermanSkill>,
    /// other languages the client speaks; empty when none were recorded
    pub other_languages: Vec<LangCode>,
}

/// The stay in Germany: place, arrival, residence basis, and what family reunification and the
/// REF tag depend on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stay {
    pub place: Option<Place>,
    pub arrival: Option<Arrival>,
    pub basis: Option<ResidenceBasis>,
    pub valid_until: Option<Date>,
    /// fled from their country, whatever the title now (the "or fled" of the REF tag)
    pub fled: Option<bool>,
    /// came, or is coming, to join a family member who lives in Germany
    pub joins_family: Option<bool>,
    /// that family member (the anchor person) holds a work or study title, or works or studies
    /// here under EU free movement
    pub anchor_works_or_studies: Option<bool>,
}
