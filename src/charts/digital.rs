//! The digital transformation page: where things stand (digital R&D tools, NC rate,
//! demonstration and lighthouse factories, robots) and the targets for 2027 and 2030 on a
//! year axis, drawn outlined where achieved values are filled.

use super::build::{self, Ctx};
use super::model::PageModel;

/// The page id.
pub const ID: &str = "digital-targets";
/// The page title.
pub const TITLE: &str = "Digital transformation targets";

const RATES: [&str; 4] = [
    "digital-rd-tools-penetration",
    "nc-rate-key-processes",
    "industrial-robots-share-of-world",
    "lighthouse-factories-china-share",
];
const FACTORIES: [&str; 3] = [
    "smart-manufacturing-demonstration-factories",
    "lighthouse-factories-world",
    "lighthouse-factories-china",
];
const TARGETS: [&str; 4] = [
    "digital-transformation-coverage-2027",
    "digital-industrial-parks-target",
    "little-giants-digital-coverage-2027",
    "digital-transformation-all-enterprises-2030",
];

/// Every indicator this page shows.
pub const IDS: &[&str] = &[
    RATES[0],
    RATES[1],
    RATES[2],
    RATES[3],
    FACTORIES[0],
    FACTORIES[1],
    FACTORIES[2],
    TARGETS[0],
    TARGETS[1],
    TARGETS[2],
    TARGETS[3],
];

/// Builds the page.
pub fn page(ctx: &Ctx<'_>) -> PageModel {
    let rates = build::bars("Where things stand", ctx.marks(&RATES), None);
    let lighthouse = match (ctx.mark(FACTORIES[2]), ctx.mark(FACTORIES[1])) {
        (Some(china), Some(world)) => Some(format!(
            "China has {} of the world's {} lighthouse factories.",
            china.display, world.display
        )),
        _ => None,
    };
    let factories = build::bars("Factories", ctx.marks(&FACTORIES), lighthouse);
    let targets = build::timeline("Targets", ctx.marks(&TARGETS), ctx.briefing_year(), None);
    ctx.page(
        ID,
        TITLE,
        "Where the digital transformation of manufacturing stands, and the targets for 2027 and 2030.",
        None,
        vec![rates, factories, targets],
    )
}
