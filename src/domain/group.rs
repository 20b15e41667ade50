//! Target groups (Zielgruppen) A–D and the tags counted beside them (DOMAIN.md).

use serde::{Deserialize, Serialize};

/// The four target groups of regional integration management. Stored by variant index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TargetGroup {
    /// neueingewanderte Fachkräfte
    A,
    /// mitgereiste Familienangehörige
    B,
    /// ausländische Studierende und Auszubildende nach Abschluss
    C,
    /// zugewanderte Fachkräfte mit Arbeitsmarkthemmnissen
    D,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 4] = [TargetGroup::A, TargetGroup::B, TargetGroup::C, TargetGroup::D];

    pub fn code(self) -> &'static str {
        match self {
            TargetGroup::A => "A",
            TargetGroup::B => "B",
            TargetGroup::C => "C",
            TargetGroup::D => "D",
        }
    }

    pub fn from_code(code: &str) -> Option<TargetGroup> {
        let code = code.trim();
        TargetGroup::ALL.into_iter().find(|g| g.code().eq_ignore_ascii_case(code))
    }
}

/// Tags counted beside the group; for offers they name a special audience.
/// `Emp` marks offers for employers (employer contacts are not person cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GroupTag {
    /// refugee: humanitarian title, asylum procedure, Duldung, or fled
    Ref,
    /// EU/EEA/Swiss citizen
    Eu,
    /// employer
    Emp,
}

impl GroupTag {
    pub const ALL: [GroupTag; 3] = [GroupTag::Ref, GroupTag::Eu, GroupTag::Emp];

    pub fn code(self) -> &'static str {
        match self {
            GroupTag::Ref => "REF",
            GroupTag::Eu => "EU",
            GroupTag::Emp => "EMP",
        }
    }

    pub fn from_code(code: &str) -> Option<GroupTag> {
        let code = code.trim();
        GroupTag::ALL.into_iter().find(|g| g.code().eq_ignore_ascii_case(code))
    }
}

/// What a contact is counted as: one of the groups A–D, an employer contact (EMP: not a person
/// case), or "nicht zugeordnet". Used for the computed primary group, the counsellor's final
/// choice and the anonymous short contact alike. Stored by variant index: append only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CaseGroup {
    Group(TargetGroup),
    Emp,
    NotAssigned,
}

impl CaseGroup {
    pub const ALL: [CaseGroup; 6] = [
        CaseGroup::Group(TargetGroup::A),
        CaseGroup::Group(TargetGroup::B),
        CaseGroup::Group(TargetGroup::C),
        CaseGroup::Group(TargetGroup::D),
        CaseGroup::Emp,
        CaseGroup::NotAssigned,
    ];

    /// `A`–`D`, `EMP`, or `-` for not assigned.
    pub fn code(self) -> &'static str {
        match self {
            CaseGroup::Group(g) => g.code(),
            CaseGroup::Emp => "EMP",
            CaseGroup::NotAssigned => "-",
        }
    }
}
