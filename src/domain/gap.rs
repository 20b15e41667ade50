//! Angebotslücke (service gap): a need for which the region has no suitable offer. Recorded by
//! the counsellor from the directory (`Gap`), and counted on its own when a directory search
//! with a need filter finds no active offer (`SearchMiss`, one counter per month, need and
//! town). Neither holds anything about a person: the gap's target group is a code, its short
//! note is sensitive like every free text and never appears in a report.
//!
//! Stored with bincode: no serde attributes, variants only appended.

use super::client::SensitiveText;
use super::date::{Date, YearMonth};
use super::group::{CaseGroup, GroupTag};
use super::need::{Need, SubNeed};
use serde::{Deserialize, Serialize};

/// The longest short note on a gap; longer input is cut.
pub const NOTE_MAX: usize = 300;
/// The longest town name kept on a gap or a search without result.
pub const TOWN_MAX: usize = 60;

/// A gap the counsellor recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    /// Store key; handed out by the store (`L-0001`).
    pub id: u64,
    pub date: Date,
    pub need: Need,
    pub sub_need: Option<SubNeed>,
    /// where the offer is missing (a town of the region); empty: the whole region
    pub town: String,
    /// the target group of the client or caller, when known
    pub group: Option<CaseGroup>,
    /// REF / EU, when they apply
    pub tags: Vec<GroupTag>,
    pub note: SensitiveText,
}

impl Gap {
    pub fn new(date: Date, need: Need) -> Gap {
        Gap {
            id: 0,
            date,
            need,
            sub_need: None,
            town: String::new(),
            group: None,
            tags: Vec::new(),
            note: SensitiveText::default(),
        }
    }
}

/// How often a directory search with the need filter `need` (and the town filter `town`, empty
/// without one) found no active offer in `month`. One record per month, need and town; the
/// store adds one per search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchMiss {
    pub month: YearMonth,
    pub need: Need,
    pub town: String,
    pub count: u32,
}

impl SearchMiss {
    /// The town as kept: trimmed, visible characters only, at most [`TOWN_MAX`] characters.
    pub fn clean_town(town: &str) -> String {
        crate::safe_text::visible(town.trim()).chars().take(TOWN_MAX).collect()
    }

    /// The record's key: month, need and the folded town, so that "Hafenau" and "hafenau"
    /// count together (`2026-03/ANE/hafenau`).
    pub fn key_of(month: YearMonth, need: Need, town: &str) -> String {
        format!("{:04}-{:02}/{}/{}", month.year, month.month, need.code(), super::fold::fold(town.trim()))
    }

    pub fn key(&self) -> String {
        SearchMiss::key_of(self.month, self.need, &self.town)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misses_of_the_same_town_in_any_spelling_share_a_key() {
        let m = YearMonth::new(2026, 3).unwrap();
        assert_eq!(
            SearchMiss::key_of(m, Need::Ane, "Hafenau"),
            SearchMiss::key_of(m, Need::Ane, " hafenau ")
        );
        assert_eq!(SearchMiss::key_of(m, Need::Ane, ""), "2026-03/ANE/");
        assert_ne!(SearchMiss::key_of(m, Need::Ane, "A"), SearchMiss::key_of(m, Need::Spr, "A"));
    }
}
