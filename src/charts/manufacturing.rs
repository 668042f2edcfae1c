//! The manufacturing page: industry and manufacturing as shares of GDP, strategic emerging
//! industries, manufacturing's share of the world, and the structure of industrial value
//! added (high-tech, equipment). Headline: manufacturing's 26.2 % of GDP, the figure the page
//! is named after; industry's 39.9 trillion yuan of value added is a figure of its own (it is
//! industry's, not manufacturing's).

use super::build::{self, Ctx};
use super::model::PageModel;

/// The page id.
pub const ID: &str = "manufacturing-share";
/// The page title.
pub const TITLE: &str = "Manufacturing share of GDP";

const HEADLINE: &str = "manufacturing-share-of-gdp";
const INDUSTRY: [&str; 1] = ["industrial-value-added"];
const GDP: [&str; 3] = [
    "industry-share-of-gdp",
    "manufacturing-share-of-gdp",
    "strategic-emerging-industries-share-of-gdp",
];
const WORLD: [&str; 1] = ["manufacturing-global-share"];
const STRUCTURE: [&str; 2] = [
    "high-tech-manufacturing-share",
    "equipment-manufacturing-share",
];

/// Every indicator this page shows.
pub const IDS: &[&str] = &[
    HEADLINE,
    INDUSTRY[0],
    GDP[0],
    GDP[1],
    GDP[2],
    WORLD[0],
    STRUCTURE[0],
    STRUCTURE[1],
];

/// Builds the page.
pub fn page(ctx: &Ctx<'_>) -> PageModel {
    let gdp = build::bars("Share of GDP", ctx.marks(&GDP), None);
    let industry = build::figures("Industry's value added", ctx.marks(&INDUSTRY), None);
    let world = build::bars("Share of world manufacturing", ctx.marks(&WORLD), None);
    let structure = build::bars(
        "Share of industrial value added, 2023",
        ctx.marks(&STRUCTURE),
        Some("Of industrial enterprises above designated size.".to_owned()),
    );
    ctx.page(
        ID,
        TITLE,
        "How large industry and manufacturing are in China's economy and in the world.",
        ctx.mark(HEADLINE),
        vec![gdp, industry, structure, world],
    )
}
