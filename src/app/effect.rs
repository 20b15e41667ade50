//! Side effects `update` asks for: store writes. The loop runs them and answers with
//! `Msg::Saved`; only then does the state show "gespeichert" — a save is durable before the
//! counsellor is told so.

use crate::domain::Settings;

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    SaveSettings(Settings),
}

/// Why a write failed, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    pub message: String,
    /// Further writes cannot succeed until restart (disk full, no permission).
    pub blocks_writes: bool,
}

/// What one message did.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub redraw: bool,
    pub effects: Vec<Effect>,
}
