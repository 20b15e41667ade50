//! Per-desk settings kept in the database.

use serde::{Deserialize, Serialize};

/// Asked once on first start; changeable later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The counsellor's name or initials, written into every history entry.
    pub counsellor: String,
    /// Months after the last contact (or the last closed referral, whichever is later) after
    /// which a client record is due for anonymisation (docs/privacy.md "Retention").
    pub retention_months: u16,
    /// Minutes without input after which the screen hides personal data by itself (0: never).
    pub idle_minutes: u16,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            counsellor: String::new(),
            retention_months: crate::domain::retention::DEFAULT_MONTHS,
            idle_minutes: Settings::IDLE_DEFAULT,
        }
    }
}

impl Settings {
    /// Longest accepted name or initials.
    pub const COUNSELLOR_MAX: usize = 40;
    /// Shortest and longest accepted retention period, in months.
    pub const RETENTION_MIN: u16 = 1;
    pub const RETENTION_MAX: u16 = 120;
    /// The privacy screen comes up by itself after 10 minutes without input.
    pub const IDLE_DEFAULT: u16 = 10;

    /// Settings with the counsellor's name and everything else as by default.
    pub fn for_counsellor(name: impl Into<String>) -> Settings {
        Settings { counsellor: name.into(), ..Settings::default() }
    }
}
