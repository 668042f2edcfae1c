//! The "Across briefings" page: every figure that measures the same thing at two briefings or
//! more, as one chart per linked series on a date axis (bars, oldest briefing first, when a
//! briefing has no date), each point with its briefing's date and its speakers (a click opens
//! its quote, as on every page). Targets are outlined diamonds, so a goal and the value later
//! reached are told apart.
//!
//! Two figures are linked when they measure the same thing ([`link_key`]): the same
//! [`Indicator::measure`] (the naming rule's id, or the slug of the label the rules give,
//! which a correction may set), the same unit (a count is never linked with a share) and the
//! same kind of figure (changes with changes; levels, shares and targets with each other).
//! Labels play no part: a figure renamed at one briefing stays linked. Linear in the figures.

use std::collections::HashMap;

use crate::dataset::{Dataset, Indicator, Kind, Unit};
use crate::format;

use super::build::{self, Ctx};
use super::model::{Mark, MarkStyle, PageModel};

/// The page id.
pub const ID: &str = "across-briefings";

/// The page title.
pub const TITLE: &str = "Across briefings";

/// What a figure measures, for linking: see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkKey {
    /// Whether the figure is a change (changes are linked only with changes).
    pub change: bool,
    /// The unit of the value.
    pub unit: Unit,
    /// [`Indicator::measure`].
    pub measure: String,
}

/// The key that links `indicator` with the figures of other briefings that measure the same:
/// its measure, unit and whether it is a change.
#[must_use]
pub fn link_key(indicator: &Indicator) -> LinkKey {
    LinkKey {
        change: indicator.kind == Kind::Change,
        unit: indicator.unit,
        measure: indicator.measure.clone(),
    }
}

/// Figures linked across briefings: indices into [`Dataset::indicators`], by briefing date
/// (then period, then dataset order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// What links them.
    pub key: LinkKey,
    /// The figures, oldest briefing first.
    pub members: Vec<usize>,
}

/// Every series of a dataset of several briefings whose figures come from two briefings or
/// more: those whose values changed between briefings first, then those spanning most
/// briefings (then most figures, then by measure); none for one briefing.
#[must_use]
pub fn series(dataset: &Dataset) -> Vec<Series> {
    if dataset.briefings.len() < 2 {
        return Vec::new();
    }
    let mut at: HashMap<LinkKey, usize> = HashMap::new();
    let mut all: Vec<Series> = Vec::new();
    for (n, indicator) in dataset.indicators.iter().enumerate() {
        let key = link_key(indicator);
        let k = *at.entry(key.clone()).or_insert_with(|| {
            all.push(Series {
                key,
                members: Vec::new(),
            });
            all.len() - 1
        });
        all[k].members.push(n);
    }
    let briefings = |s: &Series| {
        let mut b: Vec<usize> = s
            .members
            .iter()
            .map(|&n| dataset.indicators[n].briefing.unwrap_or(0))
            .collect();
        b.sort_unstable();
        b.dedup();
        b.len()
    };
    let mut linked: Vec<(usize, Series)> = all
        .into_iter()
        .map(|s| (briefings(&s), s))
        .filter(|(b, _)| *b >= 2)
        .collect();
    for (_, s) in &mut linked {
        s.members.sort_by(|&a, &b| {
            let (a, b) = (&dataset.indicators[a], &dataset.indicators[b]);
            let date = |i: &Indicator| dataset.briefing_of(i).date.as_str();
            date(a).cmp(date(b)).then_with(|| a.period.cmp(&b.period))
        });
    }
    // Series whose values changed between briefings first, then most briefings, then most
    // figures, then by measure (never by hash order).
    let mut ranked: Vec<(bool, usize, Series)> = linked
        .into_iter()
        .map(|(b, s)| (changed(dataset, &s), b, s))
        .collect();
    ranked.sort_by(|(c, a, x), (d, b, y)| {
        d.cmp(c)
            .then_with(|| b.cmp(a))
            .then_with(|| y.members.len().cmp(&x.members.len()))
            .then_with(|| x.key.measure.cmp(&y.key.measure))
    });
    ranked.into_iter().map(|(_, _, s)| s).collect()
}

/// Whether a series' values changed between briefings: some briefing gives other values (in
/// the series' order) than the first briefing does. Linear in the members.
fn changed(dataset: &Dataset, series: &Series) -> bool {
    let mut per_briefing: HashMap<usize, Vec<f64>> = HashMap::new();
    let mut first: Option<usize> = None;
    for &n in &series.members {
        let i = &dataset.indicators[n];
        let b = i.briefing.unwrap_or(0);
        first.get_or_insert(b);
        per_briefing.entry(b).or_default().push(i.value);
    }
    let Some(base) = first.and_then(|b| per_briefing.get(&b)) else {
        return false;
    };
    per_briefing.values().any(|v| v != base)
}

/// The selected figures that the theme pages show when several briefings are open: of each
/// measure ([`link_key`]), those of the newest selected briefing that gives it (the older
/// ones are on the Across briefings page). Every selected figure for one briefing. Indices
/// into [`Dataset::indicators`]; linear in the selection.
#[must_use]
pub fn latest(
    dataset: &Dataset,
    selection: &crate::filter::Selection,
) -> std::collections::HashSet<usize> {
    if dataset.briefings.len() < 2 {
        return selection.indicators.iter().copied().collect();
    }
    let rank = |i: &Indicator| {
        (
            dataset.briefing_of(i).date.as_str(),
            i.briefing.unwrap_or(0),
        )
    };
    // One key per selected figure, made once.
    let keyed: Vec<(usize, LinkKey)> = selection
        .indicators
        .iter()
        .map(|&n| (n, link_key(&dataset.indicators[n])))
        .collect();
    let mut newest: HashMap<&LinkKey, (&str, usize)> = HashMap::new();
    for (n, key) in &keyed {
        let r = rank(&dataset.indicators[*n]);
        let slot = newest.entry(key).or_insert(r);
        if r > *slot {
            *slot = r;
        }
    }
    keyed
        .iter()
        .filter(|(n, key)| newest.get(key) == Some(&rank(&dataset.indicators[*n])))
        .map(|(n, _)| *n)
        .collect()
}

/// Whether the dataset has the page: two briefings or more, and a series linking them.
#[must_use]
pub fn has_page(dataset: &Dataset) -> bool {
    !series(dataset).is_empty()
}

/// The page under the selection: a chart for each series with figures of two briefings or
/// more selected.
#[must_use]
/// `None` when the dataset has no series (then it has no such page).
pub fn page(ctx: &Ctx<'_>) -> Option<PageModel> {
    let dataset = ctx.dataset;
    let all = series(dataset);
    if all.is_empty() {
        return None;
    }
    let selected: std::collections::HashSet<usize> =
        ctx.selection.indicators.iter().copied().collect();
    let mut charts = Vec::new();
    for s in all {
        let members: Vec<&Indicator> = s
            .members
            .iter()
            .filter(|n| selected.contains(n))
            .map(|&n| &dataset.indicators[n])
            .collect();
        let mut briefings: Vec<usize> = members.iter().map(|i| i.briefing.unwrap_or(0)).collect();
        briefings.sort_unstable();
        briefings.dedup();
        if briefings.len() < 2 {
            continue;
        }
        // The label of the newest value reached (a target's label names its year).
        let title = members
            .iter()
            .rev()
            .find(|i| i.kind != Kind::Target)
            .or(members.last())
            .map_or_else(String::new, |i| i.plain_label().to_owned());
        let marks: Vec<Mark> = members.iter().map(|i| point(dataset, i)).collect();
        let targets = marks.iter().any(|m| m.style == MarkStyle::Target);
        // On a date axis when every briefing has a date; else bars, oldest first.
        if marks.iter().all(|m| m.at.is_some()) {
            let footnote = if targets {
                "By briefing date. Diamonds are targets; the line joins the values reached."
            } else {
                "By briefing date; hover a point for its value, speaker and briefing."
            };
            charts.push(build::series(&title, marks, Some(footnote.to_owned())));
        } else {
            let footnote = format!(
                "One bar per figure, oldest briefing first.{}",
                if targets {
                    " Outlined bars are targets; filled bars, values reached."
                } else {
                    ""
                }
            );
            charts.push(build::bars(&title, marks, Some(footnote)));
        }
    }
    Some(ctx.page(
        ID,
        TITLE,
        "Figures that measure the same thing at different briefings: who gave each, and when.",
        None,
        charts,
    ))
}

/// A figure as a point of its series: labelled with its briefing's date, the period when it
/// is not the briefing's own, and its speakers.
fn point(dataset: &Dataset, indicator: &Indicator) -> Mark {
    let mut mark = build::mark_of(dataset, indicator);
    let date = format::long_date(&dataset.briefing_of(indicator).date);
    let mut label = date;
    if let Some(period) = &indicator.period {
        let words = format::period_words(period);
        if indicator.kind == Kind::Target {
            label = format!("{label} · target for {words}");
        } else {
            label = format!("{label} · for {words}");
        }
    }
    if !mark.speakers.is_empty() {
        label = format!("{label} · {}", super::join_names(&mark.speakers));
    }
    mark.label = label;
    mark.at = years(&dataset.briefing_of(indicator).date);
    mark
}

/// An ISO date as a position on a year axis: 5 July 2024 is about 2024.51.
fn years(iso: &str) -> Option<f64> {
    crate::period::parse_date(iso).map(crate::period::year_fraction)
}
