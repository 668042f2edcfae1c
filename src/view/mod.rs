//! Everything drawn with egui. Each file draws one part of the interface from plain data.

pub mod plot;
