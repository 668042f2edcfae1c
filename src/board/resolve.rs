//! Finding a board's figures again in the dataset of the open briefings (corrections applied),
//! by identity: linear in the figures open and the board's figures.

use std::collections::HashMap;

use super::{Board, BriefingState, anchor_key};
use crate::dataset::{Dataset, Indicator, Kind};

/// What a board's figures are in a dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// Per briefing of [`Board::briefings`]: its place in [`Dataset::all_briefings`] when
    /// it is open.
    pub briefings: Vec<Option<usize>>,
    /// Per slide, in order.
    pub slides: Vec<ResolvedSlide>,
}

/// One slide's figures in the dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolvedSlide {
    /// Per figure of the slide: its index in [`Dataset::indicators`], `None` when not found.
    pub figures: Vec<Option<usize>>,
    /// What keeps the slide from showing all its figures, in words: a briefing gone or
    /// changed, a figure not found. Empty when all are there.
    pub problems: Vec<String>,
}

impl ResolvedSlide {
    /// The figures found, in the slide's order, with their place on the slide.
    pub fn found(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.figures
            .iter()
            .enumerate()
            .filter_map(|(k, f)| f.map(|n| (k, n)))
    }
}

impl Resolved {
    /// Every problem of the board, each once, in slide order ("Slide 2: …").
    #[must_use]
    pub fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (k, s) in self.slides.iter().enumerate() {
            for p in &s.problems {
                out.push(format!("Slide {}: {p}", k + 1));
            }
        }
        out
    }
}

/// A figure's identity in a dataset: its briefing's SHA-256, its measure, its anchor.
type Exact<'a> = (&'a str, &'a str, (usize, usize, u64));

/// A briefing's SHA-256 and an anchor in it.
type AtAnchor<'a> = (&'a str, (usize, usize, u64));

/// Finds every figure of `board` in `dataset`. A figure is the one of its briefing with its
/// measure (the extractor's, [`Dataset::key_of`]) and anchor; failing that, the only figure
/// of that briefing with its anchor (a newer extractor named it otherwise). `states` says
/// why a briefing is not open (gone, changed), as [`super::open_briefings`] found; a briefing
/// without a state is simply not open.
#[must_use]
pub fn resolve(board: &Board, dataset: &Dataset, states: &[BriefingState]) -> Resolved {
    let all = dataset.all_briefings();
    let briefings: Vec<Option<usize>> = board
        .briefings
        .iter()
        .map(|b| all.iter().position(|s| s.sha256 == b.sha256))
        .collect();
    let mut exact: HashMap<Exact<'_>, usize> = HashMap::new();
    let mut by_anchor: HashMap<AtAnchor<'_>, Vec<usize>> = HashMap::new();
    for (n, ind) in dataset.indicators.iter().enumerate() {
        let Some(anchor) = ind.anchor() else { continue };
        let sha = dataset.briefing_of(ind).sha256.as_str();
        let measure = ind.extracted.as_ref().map_or(&ind.measure, |e| &e.measure);
        exact.insert((sha, measure.as_str(), anchor_key(&anchor)), n);
        by_anchor
            .entry((sha, anchor_key(&anchor)))
            .or_default()
            .push(n);
    }
    let slides = board
        .slides
        .iter()
        .map(|slide| {
            let mut problems: Vec<String> = Vec::new();
            let mut missing_briefings: Vec<&str> = Vec::new();
            let figures = slide
                .figures
                .iter()
                .map(|f| {
                    let key = anchor_key(&f.anchor);
                    let found = exact
                        .get(&(f.briefing.as_str(), f.measure.as_str(), key))
                        .copied()
                        .or_else(|| match by_anchor.get(&(f.briefing.as_str(), key)) {
                            Some(v) if v.len() == 1 => Some(v[0]),
                            _ => None,
                        });
                    if found.is_none() {
                        let at = board.briefings.iter().position(|b| b.sha256 == f.briefing);
                        let open = at.and_then(|k| briefings[k]).is_some();
                        if open {
                            problems.push(format!(
                                "the figure \u{201c}{}\u{201d} was not found in its briefing \
                                 (a correction hides it, or the extractor no longer reads it there)",
                                f.name()
                            ));
                        } else if !missing_briefings.contains(&f.briefing.as_str()) {
                            missing_briefings.push(&f.briefing);
                            let why = at.and_then(|k| states.get(k)).map_or_else(
                                || "is not open".to_owned(),
                                BriefingState::words,
                            );
                            let name = at.map_or_else(
                                || f.briefing.chars().take(12).collect::<String>(),
                                |k| briefing_name(&board.briefings[k]),
                            );
                            problems.push(format!("needs the briefing {name}, which {why}"));
                        }
                    }
                    found
                })
                .collect();
            ResolvedSlide { figures, problems }
        })
        .collect();
    Resolved { briefings, slides }
}

/// How messages name a board's briefing: its title and date, else its path.
fn briefing_name(b: &super::BoardBriefing) -> String {
    match (b.title.is_empty(), b.date.is_empty()) {
        (false, false) => format!("\u{201c}{}\u{201d} of {} ({})", b.title, b.date, b.path),
        (false, true) => format!("\u{201c}{}\u{201d} ({})", b.title, b.path),
        _ => b.path.clone(),
    }
}

/// Where a figure goes on a date axis: the first day of its period, else its briefing's date.
#[must_use]
pub fn figure_date(dataset: &Dataset, indicator: &Indicator) -> Option<jiff::civil::Date> {
    indicator
        .period
        .as_deref()
        .and_then(crate::period::Period::parse)
        .map(|p| p.first_day())
        .or_else(|| crate::period::parse_date(&dataset.briefing_of(indicator).date))
}

/// Why `figures` (indices into `dataset`'s indicators) cannot be drawn as one measure over
/// time: several measures or units, a change beside levels, fewer than two dates. `None`
/// when they can.
#[must_use]
pub fn series_problem(dataset: &Dataset, figures: &[usize]) -> Option<String> {
    let inds: Vec<&Indicator> = figures
        .iter()
        .filter_map(|&n| dataset.indicators.get(n))
        .collect();
    let first = inds.first()?;
    for i in &inds[1..] {
        if i.measure != first.measure {
            return Some(format!(
                "a series is one measure over time, but \u{201c}{}\u{201d} and \u{201c}{}\u{201d} \
                 measure different things",
                first.plain_label(),
                i.plain_label()
            ));
        }
        if i.unit != first.unit || (i.kind == Kind::Change) != (first.kind == Kind::Change) {
            return Some(format!(
                "a series is one measure over time, but \u{201c}{}\u{201d} is given in \
                 different units or as a change",
                first.plain_label()
            ));
        }
    }
    let mut dates: Vec<jiff::civil::Date> = inds
        .iter()
        .filter_map(|i| figure_date(dataset, i))
        .collect();
    if dates.len() < inds.len() {
        return Some(
            "a series needs a date for every figure (a period, or its briefing's date)".to_owned(),
        );
    }
    dates.sort_unstable();
    dates.dedup();
    if dates.len() < 2 {
        return Some("a series needs figures of at least two dates".to_owned());
    }
    None
}
