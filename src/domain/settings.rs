//! Per-desk settings kept in the database.

use serde::{Deserialize, Serialize};

/// Asked once on first start; changeable later.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The counsellor's name or initials, written into every history entry.
    pub counsellor: String,
}

impl Settings {
    /// Longest accepted name or initials.
    pub const COUNSELLOR_MAX: usize = 40;
}
