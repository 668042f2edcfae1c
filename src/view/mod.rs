//! Everything drawn with egui. Each file draws one part of the interface from plain data; views
//! read the data and push commands, they change nothing themselves.

pub mod details;
pub mod edit;
pub mod help;
pub mod notice;
pub mod plot;
pub mod side_panel;
pub mod table;
pub mod transcript;
