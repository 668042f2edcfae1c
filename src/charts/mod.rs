//! Chart pages: the page list and, for each page, a plain-data [`PageModel`] built from a
//! [`Dataset`] and the user's [`Selection`]. No egui here: `view::plot` draws the models and
//! the export renders the same models offscreen.
//!
//! The four named pages come first (`5g-base-stations`, `manufacturing-share`,
//! `digital-targets`, `sme-tiers`); then one generated page per theme for the indicators the
//! named pages do not show, so that every indicator of the dataset appears on some page.

mod across;
pub mod board;
mod build;
mod digital;
mod five_g;
mod generated;
mod manufacturing;
mod model;
mod smes;

pub use across::{LinkKey, Series, link_key, series};
pub use build::EMPTY_MESSAGE;
pub use model::{
    AxisModel, ChartKind, ChartModel, Mark, MarkStyle, PageInfo, PageModel, Scale, join_names,
};

use crate::dataset::Dataset;
use crate::filter::Selection;

/// The ids of the named pages, in order.
pub const NAMED_PAGES: [&str; 4] = [five_g::ID, manufacturing::ID, digital::ID, smes::ID];

/// The indicator ids that the named pages show; generated pages show all the others.
#[must_use]
pub fn featured_ids() -> Vec<&'static str> {
    [five_g::IDS, manufacturing::IDS, digital::IDS, smes::IDS].concat()
}

/// Whether the named pages show each figure of the dataset (by index): the first figure of
/// each of their measures in its briefing. A second figure of such a measure in one briefing
/// (a target said beside the level reached) is on a generated page. Linear in the figures.
#[must_use]
pub fn named(dataset: &Dataset) -> Vec<bool> {
    let featured = featured_ids();
    let mut seen: std::collections::HashSet<(usize, &str)> = std::collections::HashSet::new();
    dataset
        .indicators
        .iter()
        .map(|i| {
            featured.contains(&i.measure.as_str())
                && seen.insert((i.briefing.unwrap_or(0), i.measure.as_str()))
        })
        .collect()
}

/// The chart pages for a dataset: the named pages whose figures the briefing has (found by
/// the ids the naming rules give figures for what they are: "5G base stations built" is
/// `5g-base-stations` in any briefing), then "Across briefings" when several briefings are
/// open and some figure is linked across them, then one page per theme (in the dataset's theme
/// order) holding that theme's other indicators, then `other-figures` for indicators of an
/// unknown theme. Pages with no indicator are left out.
#[must_use]
pub fn pages(dataset: &Dataset) -> Vec<PageInfo> {
    let named = [
        (five_g::ID, five_g::TITLE, five_g::IDS),
        (manufacturing::ID, manufacturing::TITLE, manufacturing::IDS),
        (digital::ID, digital::TITLE, digital::IDS),
        (smes::ID, smes::TITLE, smes::IDS),
    ];
    let mut out: Vec<PageInfo> = named
        .iter()
        .filter(|(_, _, ids)| {
            dataset
                .indicators
                .iter()
                .any(|i| ids.contains(&i.measure.as_str()))
        })
        .map(|(id, title, _)| info(id, title))
        .collect();
    if across::has_page(dataset) {
        out.push(info(across::ID, across::TITLE));
    }
    out.extend(generated::pages(dataset));
    out
}

/// The model of a page for the selected indicators; `None` for an unknown page id.
#[must_use]
pub fn page_model(page_id: &str, dataset: &Dataset, selection: &Selection) -> Option<PageModel> {
    let ctx = build::Ctx { dataset, selection };
    match page_id {
        five_g::ID => Some(five_g::page(&ctx)),
        manufacturing::ID => Some(manufacturing::page(&ctx)),
        digital::ID => Some(digital::page(&ctx)),
        smes::ID => Some(smes::page(&ctx)),
        across::ID => across::page(&ctx),
        other => generated::page(&ctx, other),
    }
}

fn info(id: &str, title: &str) -> PageInfo {
    PageInfo {
        id: id.to_owned(),
        title: title.to_owned(),
    }
}
