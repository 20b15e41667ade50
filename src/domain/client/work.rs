//! Qualification, recognition and employment: what makes someone a Fachkraft and what keeps
//! them from working as one.

use super::person::CountryCode;
use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

code_list! {
    /// Highest qualification. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum QualificationLevel {
        /// no formal qualification
        NoFormal,
        /// school leaving certificate (also vocational training shorter than two years)
        School,
        /// vocational training of at least two years
        Vocational,
        /// university degree
        Academic,
    }
}

impl QualificationLevel {
    /// A Fachkraft in docs/domain.md's sense: vocational training of two years or more, or a degree,
    /// from Germany or abroad, whatever its recognition status.
    pub fn is_skilled(self) -> bool {
        matches!(self, QualificationLevel::Vocational | QualificationLevel::Academic)
    }
}

/// Where the highest qualification was obtained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ObtainedIn {
    Germany,
    Abroad { country: Option<CountryCode> },
}

code_list! {
    /// Whether the occupation is regulated in Germany. `Unclear` is an answer ("still to be
    /// clarified", typically by recognition counselling); "keine Angabe" is `None` around it.
    /// Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Regulated {
        Yes,
        No,
        Unclear,
    }
}

code_list! {
    /// Where recognition of a foreign qualification stands. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum RecognitionStatus {
        NotNeeded,
        NotStarted,
        Applied,
        Full,
        Partial,
        Rejected,
        /// statement of comparability from the ZAB (university degrees, non-regulated)
        ZabStatement,
        /// adaptation course or preparation for the knowledge test running
        AdaptationRunning,
    }
}

impl RecognitionStatus {
    /// A recognition procedure is under way (barrier H2 does not apply while it is).
    pub fn is_running(self) -> bool {
        matches!(self, RecognitionStatus::Applied | RecognitionStatus::AdaptationRunning)
    }
}

/// The highest qualification and its recognition.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Qualification {
    pub level: Option<QualificationLevel>,
    pub occupation: Option<String>,
    pub obtained_in: Option<ObtainedIn>,
    /// day it was completed; a month-only answer is entered as the 1st of the month
    pub completed: Option<Date>,
    /// studying or in vocational training in Germany and in the final term or year (rule R1)
    pub in_final_term: Option<bool>,
    pub regulated: Option<Regulated>,
    pub recognition: Option<RecognitionStatus>,
}

impl Qualification {
    /// `Some(true)` for a Fachkraft, `None` when the level is not known.
    pub fn is_skilled(&self) -> Option<bool> {
        self.level.map(QualificationLevel::is_skilled)
    }
}

code_list! {
    /// Employment status. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum EmploymentStatus {
        Employed,
        /// employed in work well below the person's qualification (barrier H2)
        EmployedBelowQualification,
        SelfEmployed,
        /// without work (registered or not)
        Unemployed,
        InTrainingOrStudy,
        /// not allowed to work yet (no work permit, ban during the asylum procedure)
        NoWorkPermit,
        /// not working, e.g. parental leave, care, retirement
        NotWorking,
    }
}

impl EmploymentStatus {
    /// Has no paid work (barrier H1 when the person wants work). Training and study are not
    /// counted: they are a way into work, not a gap.
    pub fn is_without_work(self) -> bool {
        matches!(
            self,
            EmploymentStatus::Unemployed | EmploymentStatus::NoWorkPermit | EmploymentStatus::NotWorking
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Employment {
    pub status: Option<EmploymentStatus>,
    /// day the current status began; a month-only answer is entered as the 1st of the month
    pub since: Option<Date>,
    pub wants_work: Option<bool>,
}
