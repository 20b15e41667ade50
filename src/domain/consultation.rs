//! Contacts after the first: a follow-up consultation (Folgeberatung) on an existing client
//! record, with what came of it. The intake's own first contact stays on the client record
//! (`Client.contact`) and the anonymous short contact is its own record (`AnonymousContact`);
//! the figures count each of the three once (docs/figures.md "Contacts").
//!
//! Stored with bincode: no serde attributes, variants only appended, a new field means a new
//! stored version (docs/reliability.md).

use super::client::{ContactChannel, SensitiveText};
use super::code_list::code_list;
use super::date::Date;
use super::residence::LangCode;
use serde::{Deserialize, Serialize};

code_list! {
    /// What a consultation found had come about, for the funders' "outcomes" (docs/domain.md
    /// "Figures"). Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Outcome {
        /// a job taken up (employment or self-employment)
        JobTaken,
        /// vocational training or study taken up
        TrainingOrStudy,
        /// an application for recognition handed in
        RecognitionApplied,
        /// recognition granted (full or partial) or a ZAB statement received
        RecognitionGranted,
        /// a German language certificate obtained
        LanguageCertificate,
    }
}

impl Outcome {
    /// Stable code for files and reports.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::JobTaken => "job",
            Outcome::TrainingOrStudy => "ausbildung_studium",
            Outcome::RecognitionApplied => "anerkennung_beantragt",
            Outcome::RecognitionGranted => "anerkennung_erteilt",
            Outcome::LanguageCertificate => "sprachzertifikat",
        }
    }
}

/// The longest short note on a consultation; longer input is cut.
pub const NOTE_MAX: usize = 500;

/// One further contact with a client who has a record: a returning caller gets one of these,
/// never a second client record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    /// Store key (with the client); handed out by the store.
    pub id: u64,
    /// The client record it belongs to.
    pub client: u64,
    pub date: Date,
    pub channel: ContactChannel,
    /// language the counselling was held in
    pub language: Option<LangCode>,
    /// whether an interpreter or language mediator took part
    pub interpreter: Option<bool>,
    pub minutes: Option<u16>,
    /// what the consultation found had been reached since the last contact
    pub outcomes: Vec<Outcome>,
    /// a short note; sensitive like every free text, never in a report
    pub note: SensitiveText,
}

impl Consultation {
    /// A consultation of `client` on `date` by `channel`; the rest "keine Angabe".
    pub fn new(client: u64, date: Date, channel: ContactChannel) -> Consultation {
        Consultation {
            id: 0,
            client,
            date,
            channel,
            language: None,
            interpreter: None,
            minutes: None,
            outcomes: Vec::new(),
            note: SensitiveText::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_codes_are_distinct() {
        let mut codes: Vec<_> = Outcome::ALL.iter().map(|o| o.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Outcome::ALL.len());
    }

    /// bincode loses data under serde attributes (docs/reliability.md).
    #[test]
    fn no_serde_attributes() {
        let needle = ["#[", "serde("].concat();
        assert!(!include_str!("consultation.rs").contains(&needle));
        assert!(!include_str!("gap.rs").contains(&needle));
    }

    #[test]
    fn the_note_stays_out_of_debug_output() {
        let mut c = Consultation::new(3, Date::from_ymd(2026, 3, 2).unwrap(), ContactChannel::Phone);
        c.note = SensitiveText::new("Frau Quendel, Kündigung");
        assert!(!format!("{c:?}").contains("Quendel"));
    }
}
