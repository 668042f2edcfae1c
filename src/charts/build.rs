//! Helpers shared by the page builders: marks from indicators, axes with human ticks, charts
//! that disappear when the selection leaves them empty.

use crate::dataset::{Dataset, Indicator, Kind, Unit};
use crate::filter::Selection;
use crate::format;

use super::model::{AxisModel, ChartKind, ChartModel, Mark, MarkStyle, PageModel, Scale};

/// The message of a page that the filters leave empty.
pub const EMPTY_MESSAGE: &str =
    "None of this page's figures match the current filters. Clear a filter to see them.";

/// What a page builder reads: the dataset and the user's selection.
pub struct Ctx<'a> {
    /// The whole dataset.
    pub dataset: &'a Dataset,
    /// The indicators that pass the filters.
    pub selection: &'a Selection,
}

impl<'a> Ctx<'a> {
    /// The year of the briefing (from its date), where target axes start; `None` for a
    /// briefing without a date.
    #[must_use]
    pub fn briefing_year(&self) -> Option<f64> {
        let year: u16 = self.dataset.source.date.get(..4)?.parse().ok()?;
        Some(f64::from(year))
    }

    /// The selected indicator that measures `id` ([`Indicator::measure`]), the first of its
    /// briefing: with several briefings selected, the one of the newest briefing.
    #[must_use]
    pub fn selected(&self, id: &str) -> Option<&'a Indicator> {
        self.selection
            .iter(self.dataset)
            .filter(|i| i.measure == id)
            .max_by(|a, b| {
                // The newest briefing, the one opened last among those of a day; the first
                // figure of that briefing, so one briefing's order is kept.
                let rank = |i: &Indicator| {
                    (
                        self.dataset.briefing_of(i).date.as_str(),
                        i.briefing.unwrap_or(0),
                    )
                };
                rank(a).cmp(&rank(b)).then(std::cmp::Ordering::Greater)
            })
    }

    /// The mark of a selected indicator, styled by its kind (targets outlined).
    #[must_use]
    pub fn mark(&self, id: &str) -> Option<Mark> {
        self.selected(id).map(|i| mark_of(self.dataset, i))
    }

    /// Marks of the selected indicators among `ids`, in the order of `ids`.
    #[must_use]
    pub fn marks(&self, ids: &[&str]) -> Vec<Mark> {
        ids.iter().filter_map(|id| self.mark(id)).collect()
    }

    /// The source line of the selected figures: their briefing, or the number of briefings
    /// and their first and last dates.
    #[must_use]
    pub fn source(&self) -> String {
        let mut used: Vec<usize> = self
            .selection
            .iter(self.dataset)
            .map(|i| i.briefing.unwrap_or(0))
            .collect();
        used.sort_unstable();
        used.dedup();
        let all = self.dataset.all_briefings();
        let shown: Vec<&crate::dataset::Source> = used.iter().filter_map(|&b| all.get(b)).collect();
        if let [one] = shown.as_slice() {
            return source_line(one);
        }
        if shown.len() < 2 {
            return source_line(&self.dataset.source);
        }
        match crate::format::date_range(shown.iter().map(|s| s.date.as_str())) {
            Some(range) => format!("{} SCIO briefings, {range}", shown.len()),
            None => format!("{} SCIO briefings", shown.len()),
        }
    }

    /// A page with its charts; sets the empty message when no chart and no headline is left.
    #[must_use]
    pub fn page(
        &self,
        id: &str,
        title: &str,
        subtitle: &str,
        headline: Option<Mark>,
        charts: Vec<Option<ChartModel>>,
    ) -> PageModel {
        let charts: Vec<ChartModel> = charts.into_iter().flatten().collect();
        let empty = headline.is_none() && charts.is_empty();
        PageModel {
            id: id.to_owned(),
            title: title.to_owned(),
            subtitle: subtitle.to_owned(),
            headline,
            charts,
            empty_message: empty.then(|| EMPTY_MESSAGE.to_owned()),
            source: self.source(),
            note: None,
        }
    }
}

/// "SCIO briefing of 2024-07-05, State Council Information Office".
fn source_line(s: &crate::dataset::Source) -> String {
    format!(
        "SCIO briefing of {}, {}",
        crate::format::date_or_unknown(&s.date),
        s.publisher
    )
}

/// The mark of an indicator: its formatted figure, speakers' names, style from its kind.
#[must_use]
pub fn mark_of(dataset: &Dataset, ind: &Indicator) -> Mark {
    let speakers = ind
        .speakers()
        .into_iter()
        .map(|id| {
            dataset
                .speaker(id)
                .map_or_else(|| id.to_owned(), |s| s.name.clone())
        })
        .collect();
    Mark {
        indicator_id: ind.id.clone(),
        label: ind.label.clone(),
        value: ind.value,
        display: format::indicator(ind),
        said: format::indicator_said(ind),
        unit: ind.unit,
        qualifier: ind.qualifier,
        period: ind.period.clone(),
        speakers,
        theme: ind.theme.clone(),
        style: if ind.kind == Kind::Target {
            MarkStyle::Target
        } else {
            MarkStyle::Achieved
        },
        note: None,
        briefing: (!dataset.briefings.is_empty())
            .then(|| format::long_date(&dataset.briefing_of(ind).date)),
        at: None,
    }
}

/// Adds the period, in words, to the labels that two marks of one chart share, so that "15 %
/// in 2018" and "over 50 % in the first half of 2023" of the same measure read apart; and to
/// every mark of a chart that holds marks of several briefings, whose figures are of
/// different times even where their labels differ ("GDP growth (first quarter of 2024)"
/// beside "GDP growth (first quarter of 2022)"). Then, where several briefings are open, the
/// briefing's date goes on the labels still shared and, in a chart of several briefings, on
/// those that have no period ("Internet users (briefing of 5 July 2024)"). Linear in the
/// marks. `dated`: the labels already say each mark's briefing and period (the Across
/// briefings series), so only labels still shared are lengthened.
fn disambiguate(marks: &mut [Mark], dated: bool) {
    fn twins(marks: &[Mark]) -> std::collections::HashMap<String, usize> {
        let mut count = std::collections::HashMap::new();
        for m in marks {
            *count.entry(m.label.clone()).or_insert(0) += 1;
        }
        count
    }
    let several = marks
        .iter()
        .filter_map(|m| m.briefing.as_deref())
        .collect::<std::collections::HashSet<_>>()
        .len()
        > 1
        && !dated;
    let count = twins(marks);
    for m in marks.iter_mut() {
        if (several || count[&m.label] > 1)
            && let Some(p) = &m.period
        {
            m.label = format!("{} ({})", m.label, format::period_words(p));
        }
    }
    let count = twins(marks);
    for m in marks.iter_mut() {
        if (count[&m.label] > 1 || several && m.period.is_none())
            && let Some(b) = &m.briefing
        {
            m.label = format!("{} (briefing of {b})", m.label);
        }
    }
}

/// One measure over briefing dates: the marks' [`Mark::at`] across, their values up a linear
/// or log axis chosen as for [`bars`]; `None` when no mark has a date.
#[must_use]
pub fn series(title: &str, marks: Vec<Mark>, footnote: Option<String>) -> Option<ChartModel> {
    let mut marks: Vec<Mark> = marks.into_iter().filter(|m| m.at.is_some()).collect();
    disambiguate(&mut marks, true);
    let mut chart = bars_as_labelled(title, marks, footnote)?;
    chart.kind = ChartKind::Series;
    Some(chart)
}

/// A bar chart of `marks` on a linear or log axis chosen from the values; `None` when
/// `marks` is empty.
#[must_use]
pub fn bars(title: &str, mut marks: Vec<Mark>, footnote: Option<String>) -> Option<ChartModel> {
    disambiguate(&mut marks, false);
    bars_as_labelled(title, marks, footnote)
}

/// [`bars`] with the marks' labels as they are.
fn bars_as_labelled(title: &str, marks: Vec<Mark>, footnote: Option<String>) -> Option<ChartModel> {
    let first = marks.first()?;
    let unit = first.unit;
    let (lo, hi) = min_max(&marks);
    let log = unit != Unit::Percent && lo > 0.0 && hi / lo >= 30.0;
    let axis = if log {
        log_axis(lo, hi, unit)
    } else {
        linear_axis(lo, hi, unit)
    };
    let footnote = if log {
        Some(with_log_note(footnote))
    } else {
        footnote
    };
    Some(ChartModel {
        title: title.to_owned(),
        kind: ChartKind::Bars,
        marks,
        axis: Some(axis),
        footnote,
    })
}

/// What every log-scale chart says under it.
pub const LOG_NOTE: &str = "Log scale: each grid step is ten times the last.";

/// A footnote that says the chart is on a log scale, whatever else it says.
fn with_log_note(footnote: Option<String>) -> String {
    match footnote {
        Some(f) if f.contains("Log scale") => f,
        Some(f) => format!("{LOG_NOTE} {f}"),
        None => LOG_NOTE.to_owned(),
    }
}

/// A bar chart forced onto a log axis (for tiers that differ by orders of magnitude).
#[must_use]
pub fn log_bars(title: &str, mut marks: Vec<Mark>, footnote: Option<String>) -> Option<ChartModel> {
    disambiguate(&mut marks, false);
    let unit = marks.first()?.unit;
    let (lo, hi) = min_max(&marks);
    if lo <= 0.0 {
        return bars_as_labelled(title, marks, footnote);
    }
    Some(ChartModel {
        title: title.to_owned(),
        kind: ChartKind::Bars,
        marks,
        axis: Some(log_axis(lo, hi, unit)),
        footnote: Some(with_log_note(footnote)),
    })
}

/// Targets on a year axis, from the briefing year (`now`; the first target year when the
/// briefing has no date) to the last target year; targets with no year are left out. `None`
/// when no target has a year.
#[must_use]
pub fn timeline(
    title: &str,
    marks: Vec<Mark>,
    now: Option<f64>,
    footnote: Option<String>,
) -> Option<ChartModel> {
    let marks: Vec<Mark> = marks.into_iter().filter(|m| m.year().is_some()).collect();
    let years = || marks.iter().filter_map(Mark::year).chain(now);
    let last = years().fold(f64::NEG_INFINITY, f64::max);
    if marks.is_empty() {
        return None;
    }
    let first = years().fold(f64::INFINITY, f64::min);
    let ticks = (0..64)
        .map(|k| first + f64::from(k))
        .take_while(|y| *y <= last + 1.0)
        .collect();
    Some(ChartModel {
        title: title.to_owned(),
        kind: ChartKind::Timeline,
        marks,
        axis: Some(AxisModel {
            scale: Scale::Linear,
            min: first - 0.5,
            max: last + 1.0,
            ticks,
            unit: Unit::Year,
            years: true,
        }),
        footnote,
    })
}

/// Figures shown as numbers on cards (no shared axis), their labels told apart as [`bars`]
/// tells them; `None` when `marks` is empty.
#[must_use]
pub fn figures(title: &str, mut marks: Vec<Mark>, footnote: Option<String>) -> Option<ChartModel> {
    if marks.is_empty() {
        return None;
    }
    disambiguate(&mut marks, false);
    Some(ChartModel {
        title: title.to_owned(),
        kind: ChartKind::Figures,
        marks,
        axis: None,
        footnote,
    })
}

fn min_max(marks: &[Mark]) -> (f64, f64) {
    let lo = marks.iter().map(|m| m.value).fold(f64::INFINITY, f64::min);
    let hi = marks
        .iter()
        .map(|m| m.value)
        .fold(f64::NEG_INFINITY, f64::max);
    (lo, hi)
}

/// A linear axis from min(0, lo) to a round number at or above max(0, hi), with 3–6 ticks;
/// percent shares of a quarter or more run to 100 %, smaller percentages (growth rates of
/// 6–10 %) get an axis fitted to them.
#[must_use]
pub fn linear_axis(lo: f64, hi: f64, unit: Unit) -> AxisModel {
    let lo = lo.min(0.0);
    let mut hi = hi.max(0.0);
    if unit == Unit::Percent && lo >= 0.0 && (25.0..=100.0).contains(&hi) {
        hi = 100.0;
    }
    let span = (hi - lo).max(f64::MIN_POSITIVE);
    let step = nice_step(span / 4.0);
    let min = (lo / step).floor() * step;
    let max = (hi / step).ceil() * step;
    let ticks = (0..64)
        .map(|k| min + f64::from(k) * step)
        .take_while(|v| *v <= max + step * 1e-9)
        .collect();
    AxisModel {
        scale: Scale::Linear,
        min,
        max,
        ticks,
        unit,
        years: false,
    }
}

/// A log axis from a power of ten at least a factor of two below `lo` (so the shortest bar
/// still shows) to the power of ten at or above `hi`, with a tick at each power of ten.
#[must_use]
pub fn log_axis(lo: f64, hi: f64, unit: Unit) -> AxisModel {
    let a = (lo.log10() - 2f64.log10()).floor();
    let b = hi.log10().ceil().max(a + 1.0);
    let ticks = (0..64)
        .map(|k| 10f64.powf(a + f64::from(k)))
        .take_while(|v| v.log10() <= b + 1e-9)
        .collect();
    AxisModel {
        scale: Scale::Log,
        min: 10f64.powf(a),
        max: 10f64.powf(b),
        ticks,
        unit,
        years: false,
    }
}

/// The smallest 1, 2, 2.5 or 5 times a power of ten at or above `raw`.
fn nice_step(raw: f64) -> f64 {
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests;
