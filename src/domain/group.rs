//! Target groups (Zielgruppen) A–D and the tags counted beside them (docs/domain.md).

use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};

code_list! {
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
}

impl TargetGroup {
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

code_list! {
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
}

impl GroupTag {
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
    /// Every value: each target group (derived from `TargetGroup::ALL`), then EMP and "nicht
    /// zugeordnet". The `match` in `index` makes a new variant a compile error until it is
    /// placed here.
    pub const ALL: [CaseGroup; TargetGroup::ALL.len() + 2] = {
        let mut all = [CaseGroup::NotAssigned; TargetGroup::ALL.len() + 2];
        let mut i = 0;
        while i < TargetGroup::ALL.len() {
            all[i] = CaseGroup::Group(TargetGroup::ALL[i]);
            i += 1;
        }
        all[i] = CaseGroup::Emp;
        all
    };

    /// Where the value sits in `ALL`.
    pub const fn index(self) -> usize {
        match self {
            CaseGroup::Group(g) => g as usize,
            CaseGroup::Emp => TargetGroup::ALL.len(),
            CaseGroup::NotAssigned => TargetGroup::ALL.len() + 1,
        }
    }

    /// `A`–`D`, `EMP`, or `-` for not assigned.
    pub fn code(self) -> &'static str {
        match self {
            CaseGroup::Group(g) => g.code(),
            CaseGroup::Emp => "EMP",
            CaseGroup::NotAssigned => "-",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_groups_are_every_group_then_emp_and_not_assigned() {
        assert_eq!(
            CaseGroup::ALL,
            [
                CaseGroup::Group(TargetGroup::A),
                CaseGroup::Group(TargetGroup::B),
                CaseGroup::Group(TargetGroup::C),
                CaseGroup::Group(TargetGroup::D),
                CaseGroup::Emp,
                CaseGroup::NotAssigned,
            ]
        );
        for (i, g) in CaseGroup::ALL.into_iter().enumerate() {
            assert_eq!(g.index(), i);
        }
    }
}
