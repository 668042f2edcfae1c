//! Pages generated from the dataset: one per theme, for the indicators the named pages do
//! not show, so that every indicator appears on some page. Marks are grouped so that values
//! of different units never share an axis: shares, changes, counts, money, targets (on a
//! year axis) and the rest as figure cards.

use crate::dataset::{Dataset, Indicator, Kind, Unit};

use super::build::{self, Ctx};
use super::model::{ChartModel, Mark, PageInfo, PageModel};

/// The id of the page for indicators whose theme the dataset does not list.
pub const OTHER_ID: &str = "other-figures";

/// The page id and title of each known theme's generated page.
const THEME_PAGES: [(&str, &str, &str); 7] = [
    (
        "ict",
        "internet-and-computing",
        "Internet, computing and the digital economy",
    ),
    ("industry", "industrial-growth", "Industrial growth"),
    (
        "digital",
        "digital-results",
        "Digital transformation results",
    ),
    ("smes", "sme-development", "SME development"),
    ("green", "green-development", "Green development"),
    (
        "innovation",
        "innovation-zones",
        "Innovation and high-tech zones",
    ),
    ("reform", "reform-opening-up", "Reform and opening-up"),
];

/// The page id of a theme's generated page.
fn page_id(theme: &str) -> String {
    THEME_PAGES
        .iter()
        .find(|(t, _, _)| *t == theme)
        .map_or_else(|| format!("theme-{theme}"), |(_, id, _)| (*id).to_owned())
}

fn page_title(dataset: &Dataset, theme: &str) -> String {
    THEME_PAGES
        .iter()
        .find(|(t, _, _)| *t == theme)
        .map(|(_, _, title)| (*title).to_owned())
        .or_else(|| dataset.theme(theme).map(|t| t.label.clone()))
        .unwrap_or_else(|| theme.to_owned())
}

/// Whether an indicator belongs on a generated page (the named pages do not show it).
fn is_rest(ind: &Indicator) -> bool {
    !super::featured_ids().contains(&ind.id.as_str())
}

/// The theme a generated page is keyed by: the indicator's theme if the dataset lists it.
fn home(dataset: &Dataset, ind: &Indicator) -> Option<String> {
    dataset.theme(&ind.theme).map(|t| t.id.clone())
}

/// The generated pages of a dataset, the themes with most figures first (in theme order
/// among equals), so that a briefing opens on what it is mostly about; empty ones are left
/// out.
pub fn pages(dataset: &Dataset) -> Vec<PageInfo> {
    let rest: Vec<&Indicator> = dataset.indicators.iter().filter(|i| is_rest(i)).collect();
    let mut counted: Vec<(usize, &str)> = dataset
        .themes
        .iter()
        .map(|t| {
            (
                rest.iter().filter(|i| i.theme == t.id).count(),
                t.id.as_str(),
            )
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    // A stable sort keeps the theme order among pages of as many figures.
    counted.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let mut out: Vec<PageInfo> = counted
        .into_iter()
        .map(|(_, theme)| PageInfo {
            id: page_id(theme),
            title: page_title(dataset, theme),
        })
        .collect();
    if rest.iter().any(|i| home(dataset, i).is_none()) {
        out.push(PageInfo {
            id: OTHER_ID.to_owned(),
            title: "Other figures".to_owned(),
        });
    }
    out
}

/// The model of a generated page; `None` when no page of the dataset has this id.
pub fn page(ctx: &Ctx<'_>, id: &str) -> Option<PageModel> {
    let info = pages(ctx.dataset).into_iter().find(|p| p.id == id)?;
    let theme: Option<String> = ctx
        .dataset
        .themes
        .iter()
        .find(|t| page_id(&t.id) == id)
        .map(|t| t.id.clone());
    let marks: Vec<Mark> = ctx
        .selection
        .iter(ctx.dataset)
        .filter(|i| is_rest(i))
        .filter(|i| home(ctx.dataset, i) == theme)
        .map(|i| build::mark_of(ctx.dataset, i))
        .collect();
    let kinds: Vec<Kind> = ctx
        .selection
        .iter(ctx.dataset)
        .filter(|i| is_rest(i))
        .filter(|i| home(ctx.dataset, i) == theme)
        .map(|i| i.kind)
        .collect();
    let subtitle = format!(
        "Further figures of the briefing: {}.",
        info.title.to_lowercase()
    );
    Some(ctx.page(
        &info.id,
        &info.title,
        &subtitle,
        None,
        charts(marks, &kinds, ctx.briefing_year()),
    ))
}

/// Which chart a mark goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Shares,
    Changes,
    Points,
    Counts,
    Money,
    Targets,
    Other,
}

fn group(mark: &Mark, kind: Kind) -> Group {
    if kind == Kind::Target {
        return if mark.year().is_some() {
            Group::Targets
        } else {
            Group::Other
        };
    }
    match (mark.unit, kind) {
        (Unit::Percent, Kind::Change) => Group::Changes,
        (Unit::Percent, _) => Group::Shares,
        (Unit::PercentagePoint, _) => Group::Points,
        (Unit::Count, _) => Group::Counts,
        (Unit::Yuan, _) => Group::Money,
        _ => Group::Other,
    }
}

/// The charts of a generated page: one per group; a bar group of a single mark joins the
/// figure cards, since one bar compares with nothing.
fn charts(marks: Vec<Mark>, kinds: &[Kind], now: Option<f64>) -> Vec<Option<ChartModel>> {
    let order = [
        (Group::Shares, "Shares"),
        (Group::Changes, "Changes"),
        (Group::Counts, "Counts"),
        (Group::Money, "Amounts in yuan"),
        (Group::Points, "Changes in percentage points"),
    ];
    let grouped: Vec<(Group, Mark)> = marks
        .into_iter()
        .zip(kinds)
        .map(|(m, k)| (group(&m, *k), m))
        .collect();
    let take = |g: Group| -> Vec<Mark> {
        grouped
            .iter()
            .filter(|(gg, _)| *gg == g)
            .map(|(_, m)| m.clone())
            .collect()
    };
    let mut out = Vec::new();
    let mut cards = Vec::new();
    for (g, title) in order {
        let ms = take(g);
        if ms.len() == 1 {
            cards.extend(ms);
        } else {
            out.push(build::bars(title, ms, None));
        }
    }
    out.push(build::timeline("Targets", take(Group::Targets), now, None));
    cards.extend(take(Group::Other));
    out.push(build::figures("Other figures", cards, None));
    out
}
