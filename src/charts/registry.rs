//! The one registry of chart pages. Every page of the page list comes from a [`PageSource`]:
//! a named page of [`NAMED`] (a hand-made layout for measures the naming rules give fixed
//! ids), the Across briefings page, or a generated page per theme. Adding a named page is one
//! entry in [`NAMED`] (and the file that builds it); adding a kind of page (the user's own
//! slides) is one variant of [`PageSource`], its arm in [`PageSource::model`] and its entries
//! in [`pages`].

use std::collections::HashSet;

use crate::dataset::Dataset;
use crate::filter::Selection;

use super::build::Ctx;
use super::model::{PageInfo, PageModel};
use super::{across, digital, five_g, generated, manufacturing, smes};

/// A named page: its id, title, the measures it draws (by [`crate::dataset::Indicator::measure`])
/// and the function that builds its model.
#[derive(Debug, Clone, Copy)]
pub struct NamedPage {
    /// The page id (`5g-base-stations`).
    pub id: &'static str,
    /// The page title.
    pub title: &'static str,
    /// The measures the page draws; the page is listed when the data has one of them.
    pub measures: &'static [&'static str],
    build: fn(&Ctx<'_>) -> PageModel,
}

/// The named pages, in page order.
pub const NAMED: &[NamedPage] = &[
    NamedPage {
        id: five_g::ID,
        title: five_g::TITLE,
        measures: five_g::IDS,
        build: five_g::page,
    },
    NamedPage {
        id: manufacturing::ID,
        title: manufacturing::TITLE,
        measures: manufacturing::IDS,
        build: manufacturing::page,
    },
    NamedPage {
        id: digital::ID,
        title: digital::TITLE,
        measures: digital::IDS,
        build: digital::page,
    },
    NamedPage {
        id: smes::ID,
        title: smes::TITLE,
        measures: smes::IDS,
        build: smes::page,
    },
];

/// Where a page comes from: what builds its model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSource {
    /// A named page: an index into [`NAMED`].
    Named(usize),
    /// Across briefings: the measures given at several briefings.
    Across,
    /// A generated page of the figures no named page shows (one per theme, `other-figures`).
    Generated,
}

impl PageSource {
    /// The source of the page `id` (generated for any id that is not a named page or Across
    /// briefings; [`PageSource::model`] then says whether the data has it).
    #[must_use]
    pub fn of(id: &str) -> Self {
        if let Some(n) = NAMED.iter().position(|p| p.id == id) {
            Self::Named(n)
        } else if id == across::ID {
            Self::Across
        } else {
            Self::Generated
        }
    }

    /// The model of page `id` from this source; `None` when the data has no such page.
    #[must_use]
    pub fn model(self, id: &str, dataset: &Dataset, selection: &Selection) -> Option<PageModel> {
        let ctx = Ctx { dataset, selection };
        match self {
            Self::Named(n) => NAMED.get(n).map(|p| (p.build)(&ctx)),
            Self::Across => across::page(&ctx),
            Self::Generated => generated::page(&ctx, id),
        }
    }
}

/// The measures that the named pages show; generated pages show all the others.
#[must_use]
pub fn featured_ids() -> Vec<&'static str> {
    NAMED
        .iter()
        .flat_map(|p| p.measures.iter().copied())
        .collect()
}

/// Whether the named pages show each figure of the dataset (by index): the first figure of
/// each of their measures in its briefing. A second figure of such a measure in one briefing
/// (a target said beside the level reached) is on a generated page. Linear in the figures.
#[must_use]
pub fn named(dataset: &Dataset) -> Vec<bool> {
    let featured: HashSet<&str> = featured_ids().into_iter().collect();
    let mut seen: HashSet<(usize, &str)> = HashSet::new();
    dataset
        .indicators
        .iter()
        .map(|i| {
            featured.contains(i.measure.as_str())
                && seen.insert((i.briefing.unwrap_or(0), i.measure.as_str()))
        })
        .collect()
}

/// The chart pages for a dataset: the named pages whose figures the briefing has (found by
/// the ids the naming rules give figures for what they are: "5G base stations built" is
/// `5g-base-stations` in any briefing), then "Across briefings" when several briefings are
/// open and some figure is linked across them, then one page per theme (in the dataset's theme
/// order) holding that theme's other indicators, then `other-figures` for indicators of an
/// unknown theme. Pages with no indicator are left out. Linear in the figures.
#[must_use]
pub fn pages(dataset: &Dataset) -> Vec<PageInfo> {
    let measures: HashSet<&str> = dataset
        .indicators
        .iter()
        .map(|i| i.measure.as_str())
        .collect();
    let mut out: Vec<PageInfo> = NAMED
        .iter()
        .enumerate()
        .filter(|(_, p)| p.measures.iter().any(|m| measures.contains(m)))
        .map(|(n, p)| PageInfo::new(p.id, p.title, PageSource::Named(n)))
        .collect();
    if across::has_page(dataset) {
        out.push(PageInfo::new(across::ID, across::TITLE, PageSource::Across));
    }
    out.extend(generated::pages(dataset));
    out
}

/// The model of a page for the selected indicators; `None` for an unknown page id.
#[must_use]
pub fn page_model(page_id: &str, dataset: &Dataset, selection: &Selection) -> Option<PageModel> {
    PageSource::of(page_id).model(page_id, dataset, selection)
}
