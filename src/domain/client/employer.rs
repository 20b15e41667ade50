//! An employer's contact (EMP): the company, not a person's case. Kept short on purpose —
//! company, sector, size and whom to speak to; the need is the record's own list.

use super::person::SensitiveText;
use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};

code_list! {
    /// Company size by staff, as chambers count it. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum CompanySize {
        Micro,
        Small,
        Medium,
        Large,
    }
}

/// What an employer contact records besides needs, follow-up and notes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EmployerContact {
    pub company: SensitiveText,
    /// the sector in the employer's words ("Pflege", "Metallbau")
    pub sector: String,
    pub size: Option<CompanySize>,
    /// the person to speak to (a person: personal data like any name)
    pub contact_person: SensitiveText,
}
