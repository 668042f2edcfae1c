//! The SME tiers page: the cultivation pyramid (over 140,000 specialized and sophisticated
//! SMEs, 12,000 "little giants", 1,557 single-product champions) on a log scale with the
//! ratios between tiers, the wider population for context, and the SME clusters.

use super::build::{self, Ctx};
use super::model::{Mark, MarkStyle, PageModel};
use crate::format;

/// The page id.
pub const ID: &str = "sme-tiers";
/// The page title.
pub const TITLE: &str = "SME tiers";

const TIERS: [&str; 3] = [
    "specialized-sophisticated-smes",
    "little-giants",
    "single-product-champions",
];
const CONTEXT: [&str; 2] = [
    "industrial-enterprises-above-designated-size",
    "high-tech-enterprises",
];
const CLUSTERS: [&str; 2] = ["sme-industrial-clusters", "sme-industrial-clusters-target"];

/// Every indicator this page shows.
pub const IDS: &[&str] = &[
    TIERS[0],
    TIERS[1],
    TIERS[2],
    CONTEXT[0],
    CONTEXT[1],
    CLUSTERS[0],
    CLUSTERS[1],
];

/// Builds the page.
pub fn page(ctx: &Ctx<'_>) -> PageModel {
    let mut marks = Vec::new();
    for m in ctx.marks(&CONTEXT) {
        marks.push(Mark {
            style: MarkStyle::Context,
            ..m
        });
    }
    let mut above: Option<f64> = None;
    for mut m in ctx.marks(&TIERS) {
        if let Some(prev) = above {
            m.note = format::one_in(m.value, prev).map(|r| format!("{r} of the tier above"));
        }
        above = Some(m.value);
        marks.push(m);
    }
    let pyramid = build::log_bars(
        "The cultivation pyramid",
        marks,
        Some(format!(
            "{} Grey bars, for context: industrial enterprises above designated size and \
                 high-tech enterprises.",
            build::LOG_NOTE
        )),
    );
    let clusters = build::bars("SME industrial clusters", ctx.marks(&CLUSTERS), None);
    ctx.page(
        ID,
        TITLE,
        "From specialized and sophisticated SMEs to \"little giants\" and single-product champions.",
        None,
        vec![pyramid, clusters],
    )
}
