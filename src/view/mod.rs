//! Everything drawn with egui. Each file draws one part of the interface from plain data; views
//! read the data and push commands, they change nothing themselves. The panels are called one
//! way: `ui(ui, &ViewCtx, …, &mut Commands)`.

pub mod details;
pub mod edit;
pub mod help;
pub mod notice;
pub mod plot;
pub mod side_panel;
pub mod slides;
pub mod table;
pub mod thumbnail;
pub mod transcript;

use crate::derived::Derived;
use crate::library::Library;

/// What every panel reads: the open briefings, the state derived from them and the filters,
/// and the selected figure.
#[derive(Debug, Clone, Copy)]
pub struct ViewCtx<'a> {
    /// The briefings open and their figures joined.
    pub library: &'a Library,
    /// Selection, pages, counts, table rows and page models.
    pub derived: &'a Derived,
    /// The id of the selected figure, if any.
    pub selected: Option<&'a str>,
}
