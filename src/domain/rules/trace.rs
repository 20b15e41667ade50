//! The trace of an assignment: which rules were checked, on which facts, with what result.
//! Structured rather than text, so the UI can render it in either language
//! (`i18n::trace_line`) and the stored decision can still be explained later.

use crate::domain::client::{Barrier, CountryCode, QualificationLevel};
use crate::domain::residence::ResidenceBasis;
use serde::{Deserialize, Serialize};

/// A rule of docs/domain.md; `Emp` is the employer check before R1. Stored by variant index:
/// append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RuleId {
    Emp,
    R1,
    R2,
    R3,
    R4,
    R5,
}

impl RuleId {
    pub fn code(self) -> &'static str {
        ["EMP", "R1", "R2", "R3", "R4", "R5"][self as usize]
    }
}

/// What a fact in the trace is about. Stored by variant index: append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FactKind {
    /// EMP: an employer calling about hiring
    EmployerHiring,
    /// R1: highest qualification is a degree or vocational training obtained in Germany
    GermanQualification,
    /// R1: finished within `super::COMPLETION_WINDOW_MONTHS`
    CompletedInWindow,
    /// R1: residence basis §20
    PostStudyJobSearch,
    /// R1: studying or in training in the final term
    FinalTerm,
    /// R2: family reunification, accompanying EU family member, or joining family from abroad
    FamilyReunification,
    /// R2: the anchor person holds a work or study title
    AnchorWorksOrStudies,
    /// R2, R4: arrived at most `super::NEWLY_ARRIVED_MAX_MONTHS` ago, or still abroad
    NewlyArrived,
    /// R3, R4: Fachkraft
    SkilledWorker,
    /// R3: at least one barrier in effect
    Barriers,
    /// R4: employment, job seeking §20a, recognition §16d, EU free movement, or still abroad
    QualifyingBasis,
    /// R5: refugee (REF tag)
    Refugee,
    /// R5: EU/EEA/Swiss citizen (EU tag)
    EuCitizen,
}

/// The value a fact was judged on, for the trace line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactValue {
    /// nothing to show beyond whether it held
    Flag,
    /// "keine Angabe": the answer the fact needs was not given
    Missing,
    /// whole months elapsed (since arrival or completion)
    Months(i32),
    /// the completion date lies ahead
    NotYet,
    StillAbroad,
    Basis(ResidenceBasis),
    Level(QualificationLevel),
    /// the barriers in effect
    Barriers(Vec<Barrier>),
    Country(CountryCode),
}

/// One fact a rule used, and whether it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub kind: FactKind,
    pub held: bool,
    pub value: FactValue,
}

/// One rule as checked: its facts and whether it fired. R1 fires when any of its three
/// alternatives holds, R5 always (it is the fallback), the others when all their facts hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleCheck {
    pub rule: RuleId,
    pub facts: Vec<Fact>,
    pub fired: bool,
}
