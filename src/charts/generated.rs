//! Pages generated from the dataset: one per theme, for the indicators the named pages do
//! not show, so that every indicator appears on some page. Marks are grouped so that values
//! of different units never share an axis: shares, changes, counts, money, targets (on a
//! year axis) and the rest as figure cards.

use std::collections::HashMap;

use crate::dataset::{Dataset, Indicator, Kind, Unit};
use crate::format;

use super::build::{self, Ctx};
use super::model::{ChartModel, Mark, PageInfo, PageModel, period_year};

/// The id of the page for indicators whose theme the dataset does not list.
pub const OTHER_ID: &str = "other-figures";

/// The title of that page.
const OTHER_TITLE: &str = "Other figures";

/// The extractor's theme of figures no keyword placed: drawn on "Other figures" too.
const OTHER_THEME: &str = "other";

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

/// The generated page an indicator is drawn on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Home {
    /// The page of one of the dataset's themes, by theme id.
    Theme(String),
    /// "Other figures": the indicator's theme is not in the dataset's list, or is the
    /// extractor's `other`.
    Other,
}

impl Home {
    fn of(theme: Option<String>) -> Self {
        theme
            .filter(|t| t != OTHER_THEME)
            .map_or(Self::Other, Self::Theme)
    }
}

/// The page of the indicator's own theme, if the dataset lists it, else "Other figures".
fn own_page(dataset: &Dataset, ind: &Indicator) -> Home {
    Home::of(dataset.theme(&ind.theme).map(|t| t.id.clone()))
}

/// The generated page of every indicator the named pages do not show, by index into the
/// dataset's indicators (`None` for those the named pages show). A page of one figure would
/// be a single card, so a lone figure is folded into the page with most figures of its chart
/// group (counts with counts, shares with shares), or else the page with most figures; it
/// keeps its theme, its colour and its filter. Linear in the number of indicators.
fn placement(dataset: &Dataset) -> Vec<Option<Home>> {
    let named = super::named(dataset);
    let mut homes: Vec<Option<Home>> = dataset
        .indicators
        .iter()
        .zip(named)
        .map(|(i, named)| (!named).then(|| own_page(dataset, i)))
        .collect();
    let mut sizes: HashMap<Home, usize> = HashMap::new();
    let mut by_group: HashMap<(Home, Group), usize> = HashMap::new();
    for (ind, home) in dataset.indicators.iter().zip(&homes) {
        if let Some(home) = home {
            *sizes.entry(home.clone()).or_default() += 1;
            *by_group
                .entry((home.clone(), indicator_group(ind)))
                .or_default() += 1;
        }
    }
    // The best page for each group, and overall, among pages of two figures or more; ties go
    // to the bigger page, then to the page id, so the choice does not depend on hash order.
    let is_host = |home: &Home| sizes.get(home).copied().unwrap_or(0) >= 2;
    let rank = |home: &Home, n: usize| (n, sizes[home], std::cmp::Reverse(home.clone()));
    let mut best: HashMap<Group, (Home, usize)> = HashMap::new();
    for ((home, group), n) in by_group.iter().filter(|((h, _), _)| is_host(h)) {
        let better = best
            .get(group)
            .is_none_or(|(h, m)| rank(home, *n) > rank(h, *m));
        if better {
            best.insert(*group, (home.clone(), *n));
        }
    }
    let biggest = sizes
        .iter()
        .filter(|(h, _)| is_host(h))
        .max_by_key(|(h, n)| rank(h, **n))
        .map(|(h, _)| h.clone());
    for (ind, home) in dataset.indicators.iter().zip(homes.iter_mut()) {
        let Some(own) = home.as_ref() else { continue };
        if sizes.get(own).copied() == Some(1) {
            let host = best.get(&indicator_group(ind)).map(|(h, _)| h.clone());
            if let Some(host) = host.or_else(|| biggest.clone()) {
                *home = Some(host);
            }
        }
    }
    homes
}

/// The generated pages of a dataset, the themes with most figures first (in theme order
/// among equals), so that a briefing opens on what it is mostly about; empty ones are left
/// out, and a theme of one figure has its figure folded into another page (see
/// [`placement`]).
pub fn pages(dataset: &Dataset) -> Vec<PageInfo> {
    let homes = placement(dataset);
    let mut per_theme: HashMap<&str, usize> = HashMap::new();
    for home in homes.iter().flatten() {
        if let Home::Theme(t) = home {
            *per_theme.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut counted: Vec<(usize, &str)> = dataset
        .themes
        .iter()
        .map(|t| {
            (
                per_theme.get(t.id.as_str()).copied().unwrap_or(0),
                t.id.as_str(),
            )
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    // A stable sort keeps the theme order among pages of as many figures.
    counted.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let mut out: Vec<PageInfo> = counted
        .into_iter()
        .map(|(_, theme)| {
            PageInfo::new(
                &page_id(theme),
                &page_title(dataset, theme),
                super::PageSource::Generated,
            )
        })
        .collect();
    if homes.contains(&Some(Home::Other)) {
        out.push(PageInfo::new(
            OTHER_ID,
            OTHER_TITLE,
            super::PageSource::Generated,
        ));
    }
    out
}

/// The model of a generated page; `None` when no page of the dataset has this id.
pub fn page(ctx: &Ctx<'_>, id: &str) -> Option<PageModel> {
    let theme = ctx.dataset.themes.iter().find(|t| page_id(&t.id) == id);
    let home = match theme {
        Some(t) => Home::Theme(t.id.clone()),
        None if id == OTHER_ID => Home::Other,
        None => return None,
    };
    // One placement for the page, as `pages` makes it: the page exists when some figure of
    // the dataset (filtered or not) is placed on it.
    let homes = placement(ctx.dataset);
    let home = Some(home);
    if !homes.contains(&home) {
        return None;
    }
    let title = match &home {
        Some(Home::Theme(t)) => page_title(ctx.dataset, t),
        _ => OTHER_TITLE.to_owned(),
    };
    // With several briefings, the newest figure of each measure (the others are on the
    // Across briefings page).
    let latest = super::across::latest(ctx.dataset, ctx.selection);
    let here: Vec<&Indicator> = ctx
        .selection
        .indicators
        .iter()
        .filter(|&&n| homes.get(n) == Some(&home) && latest.contains(&n))
        .filter_map(|&n| ctx.dataset.indicators.get(n))
        .collect();
    let marks: Vec<Mark> = here
        .iter()
        .map(|i| build::mark_of(ctx.dataset, i))
        .collect();
    let kinds: Vec<Kind> = here.iter().map(|i| i.kind).collect();
    // Figures folded in from a theme of their own say so, since they keep its colour.
    let mut guests: Vec<String> = Vec::new();
    for ind in &here {
        let own = Some(own_page(ctx.dataset, ind));
        if own != home {
            let title = match own {
                Some(Home::Theme(t)) => page_title(ctx.dataset, &t),
                _ => "other themes".to_owned(),
            };
            if !guests.contains(&title) {
                guests.push(title);
            }
        }
    }
    let also = if guests.is_empty() {
        String::new()
    } else {
        format!(", with figures of {}", guests.join(" and ").to_lowercase())
    };
    let of = if ctx.dataset.briefings.len() > 1 {
        "the briefings"
    } else {
        "the briefing"
    };
    let subtitle = if home == Some(Home::Other) {
        format!("Figures of {of} that no theme takes{also}.")
    } else {
        format!("Further figures of {of}: {}{also}.", title.to_lowercase())
    };
    Some(ctx.page(
        id,
        &title,
        &subtitle,
        None,
        charts(marks, &kinds, ctx.briefing_year()),
    ))
}

/// Which chart a mark goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Group {
    Shares,
    /// Rates in percent that are not parts of a whole (unemployment, utilisation, pass rates).
    Rates,
    Changes,
    /// Changes said in a unit other than percent ("an increase of 274.3 billion yuan").
    ChangesIn(Unit),
    Points,
    Counts,
    Money,
    /// Figures of another unit (speeds, computing power, tonnes): bars of their own when
    /// there are two or more.
    Measure(Unit),
    Targets,
    Other,
}

fn group(mark: &Mark, kind: Kind) -> Group {
    group_by(mark.unit, kind, mark.year().is_some())
}

fn indicator_group(ind: &Indicator) -> Group {
    let has_year = ind.period.as_deref().and_then(period_year).is_some();
    group_by(ind.unit, ind.kind, has_year)
}

/// The chart of a figure of this unit and kind; a target goes on the year axis when its
/// period has a year.
fn group_by(unit: Unit, kind: Kind, has_year: bool) -> Group {
    if kind == Kind::Target {
        return if has_year {
            Group::Targets
        } else {
            Group::Other
        };
    }
    match (unit, kind) {
        (Unit::Percent, Kind::Change) => Group::Changes,
        (Unit::Percent, Kind::Share) => Group::Shares,
        (Unit::Percent, _) => Group::Rates,
        (Unit::PercentagePoint, _) => Group::Points,
        // A rank compares with nothing on a bar; it stays a card.
        (Unit::Rank, _) => Group::Other,
        (unit, Kind::Change) => Group::ChangesIn(unit),
        (Unit::Count, _) => Group::Counts,
        (Unit::Yuan, _) => Group::Money,
        (unit, _) => Group::Measure(unit),
    }
}

/// The charts of a generated page: one per group; a bar group of a single mark joins the
/// figure cards, since one bar compares with nothing.
fn charts(marks: Vec<Mark>, kinds: &[Kind], now: Option<f64>) -> Vec<Option<ChartModel>> {
    let order = [
        (Group::Shares, "Shares"),
        (Group::Rates, "Rates"),
        (Group::Changes, "Changes in percent"),
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
    // Then one group per other unit, in the order the page first shows it.
    let mut measures: Vec<(Group, String)> = Vec::new();
    for (g, m) in &grouped {
        let title = match g {
            Group::Measure(_) => format!("In {}", format::unit_name(m.unit)),
            Group::ChangesIn(_) => format!("Changes in {}", format::unit_name(m.unit)),
            _ => continue,
        };
        if !measures.iter().any(|(seen, _)| seen == g) {
            measures.push((*g, title));
        }
    }
    let order = order.map(|(g, title)| (g, title.to_owned()));
    for (g, title) in order.into_iter().chain(measures) {
        let ms = take(g);
        if ms.len() == 1 {
            cards.extend(ms);
        } else {
            out.push(build::bars(&title, ms, None));
        }
    }
    out.push(build::timeline("Targets", take(Group::Targets), now, None));
    cards.extend(take(Group::Other));
    out.push(build::figures("Other figures", cards, None));
    out
}
