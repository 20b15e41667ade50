//! What the state does once a requested write is durable.

use super::state::{Flash, FlashKind, State};
use crate::domain::Settings;
use crate::i18n::T;

#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    SettingsSaved(Settings),
}

pub fn apply(state: &mut State, p: Pending) {
    match p {
        Pending::SettingsSaved(s) => {
            state.settings = s;
            state.flash = Some(Flash { kind: FlashKind::Info, text: state.lang.t(T::Saved).to_string() });
        }
    }
}
