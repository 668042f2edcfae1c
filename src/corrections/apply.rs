//! Applying corrections to the extractor's dataset of one briefing.

use std::collections::{HashMap, HashSet};

use super::{Correction, Corrections, Target};
use crate::dataset::{Dataset, Extracted, Indicator, Theme};

/// A dataset with its corrections applied.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The figures every view reads: corrected, the hidden ones left out.
    pub dataset: Dataset,
    /// The figures hidden, in dataset order, as corrected (what the Hidden figures list shows).
    pub hidden: Vec<Hidden>,
    /// The corrections whose figure was not found (the transcript changed, or a newer
    /// extractor no longer reads that figure there): shown in a notice, kept in the file.
    pub missing: Vec<Correction>,
}

/// A figure a correction hides.
#[derive(Debug, Clone)]
pub struct Hidden {
    /// The figure, with the rest of its correction applied.
    pub indicator: Indicator,
    /// The correction's note: why it is hidden.
    pub note: Option<String>,
}

/// Applies `corrections` to `base`, the dataset of one briefing (as extracted or read; a
/// dataset corrected before is keyed by its [`Indicator::extracted`] measures).
///
/// A correction applies to the figure with its measure and anchor; failing that, to the one
/// figure with its anchor when exactly one figure and one correction have it (a newer
/// extractor named the figure otherwise). Corrections of another transcript (SHA-256) and
/// those whose figure is not found are returned in [`Applied::missing`]. Linear in the figures
/// and the corrections.
#[must_use]
pub fn apply(base: &Dataset, corrections: &Corrections) -> Applied {
    let mut dataset = base.clone();
    let list = &corrections.corrections;
    if list.is_empty() || corrections.briefing.sha256 != base.source.sha256 {
        return Applied {
            dataset,
            hidden: Vec::new(),
            missing: list.clone(),
        };
    }
    let targets: Vec<Option<Target>> = dataset.indicators.iter().map(Target::of).collect();
    let mut exact: HashMap<(&str, (usize, usize, u64)), usize> = HashMap::new();
    let mut by_anchor: HashMap<(usize, usize, u64), Vec<usize>> = HashMap::new();
    for (k, c) in list.iter().enumerate() {
        exact.insert((c.figure.measure.as_str(), c.figure.anchor()), k);
        by_anchor.entry(c.figure.anchor()).or_default().push(k);
    }
    let mut figures_at: HashMap<(usize, usize, u64), usize> = HashMap::new();
    for t in targets.iter().flatten() {
        *figures_at.entry(t.anchor()).or_default() += 1;
    }
    let mut used = vec![false; list.len()];
    let mut chosen: Vec<Option<usize>> = targets
        .iter()
        .map(|t| {
            let t = t.as_ref()?;
            let k = *exact.get(&(t.measure.as_str(), t.anchor()))?;
            used[k] = true;
            Some(k)
        })
        .collect();
    for (n, t) in targets.iter().enumerate() {
        let Some(t) = t else { continue };
        if chosen[n].is_some() || figures_at.get(&t.anchor()) != Some(&1) {
            continue;
        }
        if let Some([k]) = by_anchor.get(&t.anchor()).map(Vec::as_slice)
            && !used[*k]
        {
            used[*k] = true;
            chosen[n] = Some(*k);
        }
    }
    let mut kept = Vec::with_capacity(dataset.indicators.len());
    let mut hidden = Vec::new();
    let mut renamed = Vec::new();
    for (mut ind, k) in std::mem::take(&mut dataset.indicators)
        .into_iter()
        .zip(chosen)
    {
        if let Some(k) = k {
            let c = &list[k];
            correct(&mut ind, c);
            if c.hidden {
                hidden.push(Hidden {
                    indicator: ind,
                    note: c.note.clone(),
                });
                continue;
            }
            if c.measure.is_some() {
                renamed.push(kept.len());
            }
        }
        kept.push(ind);
    }
    dataset.indicators = kept;
    new_ids(&mut dataset.indicators, &renamed);
    dataset.themes = themes_used(&dataset.themes, &dataset.indicators);
    let missing = list
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(c, _)| c.clone())
        .collect();
    Applied {
        dataset,
        hidden,
        missing,
    }
}

/// Sets the fields a correction gives, keeping the extractor's reading in
/// [`Indicator::extracted`] (the first one, when the figure was corrected before).
fn correct(ind: &mut Indicator, c: &Correction) {
    ind.edited = true;
    if ind.extracted.is_none() {
        ind.extracted = Some(Extracted {
            measure: ind.measure.clone(),
            label: ind.label.clone(),
            theme: ind.theme.clone(),
            unit: ind.unit,
            qualifier: ind.qualifier,
            kind: ind.kind,
            period: ind.period.clone(),
        });
    }
    if let Some(label) = &c.label {
        ind.label.clone_from(label);
        ind.measure_label = None;
    }
    if let Some(theme) = &c.theme {
        ind.theme.clone_from(theme);
    }
    if let Some(kind) = c.kind {
        ind.kind = kind;
    }
    if let Some(unit) = c.unit {
        ind.unit = unit;
    }
    if let Some(qualifier) = c.qualifier {
        ind.qualifier = qualifier;
    }
    if let Some(period) = &c.period {
        ind.period = (!period.is_empty()).then(|| period.clone());
    }
    if let Some(measure) = &c.measure {
        ind.measure.clone_from(measure);
    }
}

/// Gives the figures at `renamed` (their measure corrected) the id of their new measure, with
/// `-2`, `-3`, … when another figure has it; the other figures keep theirs.
fn new_ids(indicators: &mut [Indicator], renamed: &[usize]) {
    if renamed.is_empty() {
        return;
    }
    let moving: HashSet<usize> = renamed.iter().copied().collect();
    let mut taken: HashSet<String> = indicators
        .iter()
        .enumerate()
        .filter(|(n, _)| !moving.contains(n))
        .map(|(_, i)| i.id.clone())
        .collect();
    // The next number to try for each measure, so that many figures of one measure cost
    // one step each.
    let mut next: HashMap<String, usize> = HashMap::new();
    for &n in renamed {
        let measure = indicators[n].measure.clone();
        let mut id = measure.clone();
        let k = next.entry(measure.clone()).or_insert(2);
        while taken.contains(&id) {
            id = format!("{measure}-{k}");
            *k += 1;
        }
        taken.insert(id.clone());
        indicators[n].id = id;
    }
}

/// The themes the figures use: those of `before` in their order, then any new one (labelled
/// as the extractor labels it).
fn themes_used(before: &[Theme], indicators: &[Indicator]) -> Vec<Theme> {
    let used: HashSet<&str> = indicators.iter().map(|i| i.theme.as_str()).collect();
    let mut out: Vec<Theme> = before
        .iter()
        .filter(|t| used.contains(t.id.as_str()))
        .cloned()
        .collect();
    for i in indicators {
        if !out.iter().any(|t| t.id == i.theme) {
            let label = crate::extract::theme_label(&i.theme).unwrap_or(&i.theme);
            out.push(Theme {
                id: i.theme.clone(),
                label: label.to_owned(),
            });
        }
    }
    out
}

/// What is wrong with a correction that could not apply (an empty label or measure, an
/// unknown theme, a period not written as the dataset writes them): the field and the reason;
/// `None` when it can apply.
#[must_use]
pub fn problem(c: &Correction) -> Option<(&'static str, String)> {
    if c.label.as_deref().is_some_and(|l| l.trim().is_empty()) {
        return Some(("label", "is empty".to_owned()));
    }
    if let Some(theme) = &c.theme
        && crate::extract::theme_label(theme).is_none()
    {
        let known = crate::extract::theme_ids();
        return Some((
            "theme",
            format!("{theme:?} is not a theme (one of {})", known.join(", ")),
        ));
    }
    if let Some(period) = &c.period
        && !period.is_empty()
        && !crate::dataset::period_ok(period)
    {
        return Some((
            "period",
            format!(
                "{period:?} is not a period (2023, 2024-05, 2020-01-25, or two of them joined \
                 by /, such as 2024-01/2024-05; empty for none)"
            ),
        ));
    }
    if let Some(measure) = &c.measure
        && (measure.is_empty()
            || !measure
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'))
    {
        return Some((
            "measure",
            format!("{measure:?} is not a slug (lower-case letters, digits and -)"),
        ));
    }
    if !c.figure.value.is_finite() {
        return Some(("figure.value", "is not a finite number".to_owned()));
    }
    None
}
