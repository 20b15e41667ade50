//! Lotse: a keyboard-only desk tool for Welcome Center counsellors.
//!
//! Layers, each depending only on those above it: `domain` → `store` → `search` → `app` → `ui`;
//! `main.rs` wires them together.

pub mod domain;
pub mod i18n;
pub mod search;
pub mod synth;
