//! State and actions: what the counsellor can do, the keymap that names it, and `update`,
//! which changes the state without touching a terminal or a database.

pub mod action;
pub mod clients;
pub mod directory;
pub mod effect;
pub mod form;
pub mod input;
pub mod intake;
pub mod key;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod log;
pub mod menu;
pub mod modal;
pub mod offer_editor;
pub mod offer_form;
pub mod offer_upkeep;
pub mod pending;
pub mod referral_change;
pub mod referral_modal;
pub mod state;
pub mod update;

pub use action::{Action, MenuKind};
pub use effect::{Done, Effect, Outcome, SaveError};
pub use key::{Code, Key};
pub use state::{Overlay, Screen, Source, State};
pub use update::{Msg, update};

#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tests_editor;
#[cfg(test)]
mod tests_intake;
#[cfg(test)]
mod tests_log;
#[cfg(test)]
mod tests_referral;
#[cfg(test)]
mod tests_upkeep;
