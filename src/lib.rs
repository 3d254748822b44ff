//! The decentralized-AI landscape explorer.
//!
//! [`domain`] holds everything that can be decided without a browser (data model,
//! validation, filtering, URL state); [`ui`] holds the Leptos views, compiled for wasm only.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;
