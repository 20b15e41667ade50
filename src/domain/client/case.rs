//! The counselling side of a record: barriers, urgency, and the target group as decided.

use super::person::SensitiveText;
use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use crate::domain::group::CaseGroup;
use crate::domain::rules::Assignment;
use serde::{Deserialize, Serialize};

code_list! {
    /// Labour-market barriers (Arbeitsmarkthemmnisse) H1–H8 of docs/domain.md. Stored by variant index:
    /// append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Barrier {
        /// six months or more without work although wanting to work
        H1,
        /// six months or more employed below qualification, no recognition procedure running
        H2,
        /// recognition blocked
        H3,
        /// German below B1 after more than 12 months in Germany
        H4,
        /// care duties limit availability
        H5,
        /// health or disability; recorded only with explicit consent
        H6,
        /// discrimination in working life
        H7,
        /// insecure status (asylum procedure, Duldung)
        H8,
    }
}

impl Barrier {
    pub fn code(self) -> &'static str {
        ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8"][self as usize]
    }

    pub fn from_code(code: &str) -> Option<Barrier> {
        let code = code.trim();
        Barrier::ALL.into_iter().find(|b| b.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    /// Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Urgency {
        Normal,
        /// exploitation, violence, a permit about to expire: follow up within days
        Urgent,
    }
}

/// An override of the suggested group was attempted without saying why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReasonRequired;

impl std::fmt::Display for ReasonRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an override of the target group needs a reason")
    }
}

impl std::error::Error for ReasonRequired {}

/// The target group as the counsellor settled it: the suggestion with its trace as it was
/// computed that day (kept, so the figures can be explained later even after rules change), and
/// the group counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDecision {
    pub decided: Date,
    pub computed: Assignment,
    pub group: CaseGroup,
    pub secondary_d: bool,
    /// present exactly when `group`/`secondary_d` differ from the suggestion; may name personal
    /// circumstances, hence sensitive
    pub override_reason: Option<SensitiveText>,
}

impl GroupDecision {
    /// The counsellor takes the suggestion as it is.
    pub fn confirm(computed: Assignment, decided: Date) -> GroupDecision {
        GroupDecision {
            decided,
            group: computed.primary,
            secondary_d: computed.secondary_d,
            computed,
            override_reason: None,
        }
    }

    /// The counsellor counts the case differently. A choice equal to the suggestion is a plain
    /// confirmation; any other needs a reason that is not blank.
    pub fn choose(
        computed: Assignment,
        decided: Date,
        group: CaseGroup,
        secondary_d: bool,
        reason: &str,
    ) -> Result<GroupDecision, ReasonRequired> {
        if group == computed.primary && secondary_d == computed.secondary_d {
            return Ok(GroupDecision::confirm(computed, decided));
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(ReasonRequired);
        }
        Ok(GroupDecision {
            decided,
            computed,
            group,
            secondary_d,
            override_reason: Some(SensitiveText::new(reason)),
        })
    }

    pub fn is_override(&self) -> bool {
        self.override_reason.is_some()
    }
}
