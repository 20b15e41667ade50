//! Lotse: a keyboard-only desk tool for Welcome Center counsellors.
//!
//! Layers, each depending only on those above it: `domain` → `store` → `search` → `app` → `ui`;
//! `main.rs` wires them together.

pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod figures;
pub mod files;
pub mod i18n;
pub mod privacy;
pub mod safe_text;
pub mod search;
pub mod store;
pub mod synth;
pub mod transfer;
pub mod tui;
pub mod ui;
