//! The 5G page: 3.837 million base stations as the headline, 5G shares as bars, and the
//! 5G application counts (74 categories to 30,000 private networks) on a log axis.

use super::build::{self, Ctx};
use super::model::PageModel;

/// The page id.
pub const ID: &str = "5g-base-stations";
/// The page title.
pub const TITLE: &str = "5G base stations";

const HEADLINE: &str = "5g-base-stations";
const SHARES: [&str; 6] = [
    "5g-base-stations-global-share",
    "5g-user-penetration",
    "villages-with-5g",
    "5g-standard-essential-patents-share",
    "5g-base-station-market-share",
    "5g-cellphone-market-share",
];
const APPLICATIONS: [&str; 4] = [
    "5g-industry-categories",
    "5g-private-networks",
    "5g-factories",
    "5g-industrial-internet-projects",
];

/// Every indicator this page shows.
pub const IDS: &[&str] = &[
    HEADLINE,
    SHARES[0],
    SHARES[1],
    SHARES[2],
    SHARES[3],
    SHARES[4],
    SHARES[5],
    APPLICATIONS[0],
    APPLICATIONS[1],
    APPLICATIONS[2],
    APPLICATIONS[3],
];

/// Builds the page.
pub fn page(ctx: &Ctx<'_>) -> PageModel {
    let shares = build::bars("5G shares", ctx.marks(&SHARES), None);
    let apps = build::log_bars(
        "5G in industry",
        ctx.marks(&APPLICATIONS),
        Some(build::LOG_NOTE.to_owned()),
    );
    ctx.page(
        ID,
        TITLE,
        "China's 5G network, its share of the world and its use in industry.",
        ctx.mark(HEADLINE),
        vec![shares, apps],
    )
}
