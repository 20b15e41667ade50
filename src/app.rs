//! State and actions: what the counsellor can do, the keymap that names it, and `update`,
//! which changes the state without touching a terminal or a database. The shape is described
//! in docs/architecture.md: screens (`screen`) own their state, their update and their keys,
//! and talk to the rest through what they return (`out`, `nav`, `effect`) and a read-only
//! view of the shared data (`state::Shared`).

pub mod action;
pub mod consent_form;
pub mod desk;
mod drafts;
pub mod effect;
pub mod form;
pub mod gap_form;
pub mod input;
pub mod key;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod menu;
mod mirror;
pub mod modal;
pub mod nav;
pub mod out;
pub mod overlay;
pub mod referral_form;
pub mod report;
pub mod screen;
pub mod state;
pub mod update;

pub use action::{Action, MenuKind};
pub use effect::{Done, Effect, Outcome, Payload, SaveError, Ticket, Write};
pub use key::{Code, Key};
pub use nav::Go;
pub use overlay::Overlay;
pub use screen::Screen;
pub use state::{Source, State};
pub use update::{Msg, go, update};

#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tests_audit;
#[cfg(test)]
mod tests_call;
#[cfg(test)]
mod tests_editor;
#[cfg(test)]
mod tests_files;
#[cfg(test)]
mod tests_gap;
#[cfg(test)]
mod tests_intake;
#[cfg(test)]
mod tests_keymap;
#[cfg(test)]
mod tests_log;
#[cfg(test)]
mod tests_referral;
#[cfg(test)]
mod tests_upkeep;
