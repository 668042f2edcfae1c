//! briefboard: the figures that ministers announce at SCIO press briefings, each traceable to its
//! speaker, its sentence and its byte offsets in the transcript.
//!
//! The flow of data runs one way: transcript → `extract` → [`dataset::Dataset`] → chart
//! models → egui view. So do the dependencies, in tiers (a module uses its own tier and those
//! before it; `tests/layers.rs` checks it, `ARCHITECTURE.md` is the map): `dataset`,
//! `extract`, `filter`, `format`, `fsutil`, `loaded` → `charts` → `theme` → `command` →
//! `view` → `present`, `export`, `render` → `app` → `cli`.

pub mod app;
pub mod board;
pub mod charts;
pub mod cli;
pub mod command;
pub mod corrections;
pub mod dataset;
pub mod derived;
pub mod export;
pub mod extract;
pub mod filter;
pub mod format;
pub mod fsutil;
pub mod library;
pub mod loaded;
pub mod notify;
pub mod period;
pub mod present;
pub mod render;
pub mod sort;
pub mod sources;
pub mod theme;
pub mod view;
pub mod zoom;
