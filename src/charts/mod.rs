//! Chart pages: the page list and, for each page, a plain-data [`PageModel`] built from a
//! [`crate::dataset::Dataset`] and the user's [`crate::filter::Selection`]. No egui here:
//! `view::plot` draws the models and the export renders the same models offscreen.
//!
//! Every page comes from the one registry (`registry.rs`: [`NAMED`], [`PageSource`]): the
//! named pages first (`5g-base-stations`, `manufacturing-share`, `digital-targets`,
//! `sme-tiers`), Across briefings when several briefings are open, then one generated page per
//! theme for the indicators the named pages do not show, so that every indicator of the dataset
//! appears on some page.

mod across;
pub mod board;
mod build;
mod digital;
mod five_g;
mod generated;
mod manufacturing;
mod model;
mod part;
mod registry;
mod smes;

pub use across::{LinkKey, Series, link_key, series};
pub use build::EMPTY_MESSAGE;
pub use model::{
    AxisModel, ChartKind, ChartModel, Mark, MarkStyle, PageInfo, PageModel, Scale, join_names,
};
pub use part::{Part, Piece};

pub use registry::{NAMED, NamedPage, PageSource, featured_ids, named, page_model, pages};

/// The ids of the named pages, in order (of [`NAMED`]).
#[must_use]
pub fn named_page_ids() -> Vec<&'static str> {
    NAMED.iter().map(|p| p.id).collect()
}
