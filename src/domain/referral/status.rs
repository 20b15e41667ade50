//! The 13 statuses of a referral (docs/domain.md), which of them close it, and their stable codes.

use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};

code_list! {
    /// Where a referral stands. The order is docs/domain.md's: the open statuses roughly in the order a
    /// referral passes through them, then the terminal (†) ones. Stored by variant index: append
    /// new variants at the end, never reorder.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ReferralStatus {
        /// vorgeschlagen
        Suggested,
        /// Information gegeben: the client contacts the provider.
        InformationGiven,
        /// weitervermittelt – warme Übergabe: needs consent to pass data to partners.
        WarmHandover,
        /// Termin vereinbart, with a date.
        AppointmentMade,
        /// Warteliste
        Waitlisted,
        /// wahrgenommen / in Bearbeitung
        InProgress,
        /// abgeschlossen – Ziel erreicht †
        GoalAchieved,
        /// abgeschlossen – Ziel nicht erreicht †
        GoalNotAchieved,
        /// abgelehnt durch Anbieter / nicht zuständig † — also a hint that the directory entry is
        /// wrong.
        RejectedByProvider,
        /// abgelehnt durch Ratsuchende †
        DeclinedByClient,
        /// abgebrochen †
        DroppedOut,
        /// nicht erreichbar † (after three attempts)
        NotReachable,
        /// Ergebnis unbekannt †
        OutcomeUnknown,
    }
}

impl ReferralStatus {
    /// A terminal status closes the referral: no follow-up date any more.
    pub fn is_terminal(self) -> bool {
        match self {
            ReferralStatus::Suggested
            | ReferralStatus::InformationGiven
            | ReferralStatus::WarmHandover
            | ReferralStatus::AppointmentMade
            | ReferralStatus::Waitlisted
            | ReferralStatus::InProgress => false,
            ReferralStatus::GoalAchieved
            | ReferralStatus::GoalNotAchieved
            | ReferralStatus::RejectedByProvider
            | ReferralStatus::DeclinedByClient
            | ReferralStatus::DroppedOut
            | ReferralStatus::NotReachable
            | ReferralStatus::OutcomeUnknown => true,
        }
    }

    pub fn is_open(self) -> bool {
        !self.is_terminal()
    }

    /// Stable code for files and exports; never changes with the labels.
    pub fn code(self) -> &'static str {
        match self {
            ReferralStatus::Suggested => "vorgeschlagen",
            ReferralStatus::InformationGiven => "information",
            ReferralStatus::WarmHandover => "warme_uebergabe",
            ReferralStatus::AppointmentMade => "termin",
            ReferralStatus::Waitlisted => "warteliste",
            ReferralStatus::InProgress => "in_bearbeitung",
            ReferralStatus::GoalAchieved => "ziel_erreicht",
            ReferralStatus::GoalNotAchieved => "ziel_nicht_erreicht",
            ReferralStatus::RejectedByProvider => "abgelehnt_anbieter",
            ReferralStatus::DeclinedByClient => "abgelehnt_ratsuchende",
            ReferralStatus::DroppedOut => "abgebrochen",
            ReferralStatus::NotReachable => "nicht_erreichbar",
            ReferralStatus::OutcomeUnknown => "ergebnis_unbekannt",
        }
    }

    pub fn from_code(code: &str) -> Option<ReferralStatus> {
        let code = code.trim();
        ReferralStatus::ALL.into_iter().find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralStatus::*;

    #[test]
    fn terminal_set_is_exactly_the_daggered_statuses() {
        let terminal: Vec<_> = ReferralStatus::ALL.into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(
            terminal,
            [
                GoalAchieved,
                GoalNotAchieved,
                RejectedByProvider,
                DeclinedByClient,
                DroppedOut,
                NotReachable,
                OutcomeUnknown
            ]
        );
        for s in ReferralStatus::ALL {
            assert_ne!(s.is_open(), s.is_terminal());
        }
    }

    #[test]
    fn thirteen_statuses_in_domain_order_with_unique_round_tripping_codes() {
        assert_eq!(ReferralStatus::ALL.len(), 13);
        assert!(ReferralStatus::ALL.windows(2).all(|w| w[0] < w[1]), "ALL must follow declaration order");
        let mut codes: Vec<_> = ReferralStatus::ALL.iter().map(|s| s.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 13);
        for s in ReferralStatus::ALL {
            assert_eq!(ReferralStatus::from_code(&s.code().to_uppercase()), Some(s));
        }
        assert_eq!(ReferralStatus::from_code("erledigt"), None);
    }
}
