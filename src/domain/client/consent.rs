//! Consent (Einwilligung) per purpose, as GDPR asks: each scope is its own yes or no.

use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

code_list! {
    /// How consent was given. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ConsentForm {
        Written,
        Verbal,
    }
}

/// The consent a client gave, one flag per purpose. `false` means "not given": consent that was
/// not asked for is not consent, so there is no third state here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub date: Date,
    pub form: ConsentForm,
    /// keeping the record beyond this conversation
    pub storage: bool,
    /// being contacted again (follow-up, Wiedervorlage)
    pub follow_up_contact: bool,
    /// passing data to the partners named in `partners` (warm handover)
    pub pass_to_partners: bool,
    /// names of the partners consent to pass data covers, as the client was told them
    pub partners: String,
    /// use in anonymised statistics
    pub statistics: bool,
    /// recording health or disability (barrier H6); special category data (Art. 9 GDPR) needs
    /// its own explicit consent
    pub health_data: bool,
}

impl Consent {
    /// Consent given on `date` in `form`, with no purpose ticked yet.
    pub fn none_yet(date: Date, form: ConsentForm) -> Consent {
        Consent {
            date,
            form,
            storage: false,
            follow_up_contact: false,
            pass_to_partners: false,
            partners: String::new(),
            statistics: false,
            health_data: false,
        }
    }
}
