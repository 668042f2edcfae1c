//! The plain-data chart model: what a page shows, independent of egui. The screen
//! (`view::plot`) and the PNG export draw the same [`PageModel`].

use crate::dataset::{Qualifier, Unit};
use crate::format;

/// One entry of the page list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageInfo {
    /// A stable slug (`5g-base-stations`, `sme-tiers`, `green-development`).
    pub id: String,
    /// The title shown in the page list and above the page.
    pub title: String,
    /// What builds the page's model.
    pub source: super::PageSource,
}

impl PageInfo {
    /// The entry of page `id`, titled `title`, from `source`.
    #[must_use]
    pub fn new(id: &str, title: &str, source: super::PageSource) -> Self {
        Self {
            id: id.to_owned(),
            title: title.to_owned(),
            source,
        }
    }
}

/// Everything one chart page shows for a dataset and a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct PageModel {
    /// The page id, as in [`PageInfo::id`].
    pub id: String,
    /// The page title.
    pub title: String,
    /// One sentence saying what the page shows.
    pub subtitle: String,
    /// A figure shown large above the charts (3.837 million 5G base stations).
    pub headline: Option<Mark>,
    /// The charts, top to bottom, left to right.
    pub charts: Vec<ChartModel>,
    /// Set when the filters leave nothing to show on this page: says so in words.
    pub empty_message: Option<String>,
    /// Where the figures come from (`SCIO briefing, 2024-07-05, State Council Information
    /// Office`).
    pub source: String,
    /// A note of the user's under the charts (a slide of their own, [`crate::board`]).
    pub note: Option<String>,
}

/// What kind of chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Horizontal bars, one row per mark, label above the bar, value at its end.
    Bars,
    /// Targets on a year axis: one row per target, a marker at the target year.
    Timeline,
    /// Figures that share no axis (different units), shown as numbers on cards.
    Figures,
    /// One measure over briefing dates ([`Mark::at`] on a year axis, the value up the side):
    /// a line through the values reached, targets as outlined diamonds.
    Series,
}

/// How values map to positions along the value axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Positions proportional to values.
    Linear,
    /// Positions proportional to the base-10 logarithm: each step is ten times the last.
    Log,
}

/// The value axis of a chart (years for a [`ChartKind::Timeline`]).
#[derive(Debug, Clone, PartialEq)]
pub struct AxisModel {
    /// Linear or logarithmic.
    pub scale: Scale,
    /// The smallest value shown (positive for a log scale).
    pub min: f64,
    /// The largest value shown, before room is added for value labels.
    pub max: f64,
    /// Values where a tick and a grid line go.
    pub ticks: Vec<f64>,
    /// The unit of the values, for tick labels.
    pub unit: Unit,
    /// Set for year axes: ticks are years, not values.
    pub years: bool,
}

impl AxisModel {
    /// A tick label as people say it (`1 million`, `60 %`, `2027`).
    #[must_use]
    pub fn tick_label(&self, value: f64) -> String {
        if self.years {
            format!("{value:.0}")
        } else {
            format::tick(value, self.unit)
        }
    }
}

/// One chart of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    /// The chart title (`5G shares`).
    pub title: String,
    /// How to draw it.
    pub kind: ChartKind,
    /// The marks, top to bottom.
    pub marks: Vec<Mark>,
    /// The value axis; `None` for [`ChartKind::Figures`].
    pub axis: Option<AxisModel>,
    /// A note under the chart (scale, ratios, what the targets mean).
    pub footnote: Option<String>,
}

/// How a mark is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkStyle {
    /// A value reached: a filled bar.
    Achieved,
    /// A goal: an outlined bar or marker.
    Target,
    /// A wider population for context: a muted bar.
    Context,
    /// A figure a slide of one's own shows beside the highlighted ones: greyed.
    Dimmed,
}

/// One figure on a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The indicator's id in the dataset.
    pub indicator_id: String,
    /// What the figure counts (`Global share of 5G base stations`).
    pub label: String,
    /// The value in the indicator's unit (`60.0`, `3837000.0`).
    pub value: f64,
    /// The figure as shown, with qualifier and unit (`> 60 %`, `3.837 million`).
    pub display: String,
    /// The figure in words, as the speaker said it (`over 60 %`), for tooltips and alt texts.
    pub said: String,
    /// The unit of [`Mark::value`].
    pub unit: Unit,
    /// How the speaker hedged the figure.
    pub qualifier: Qualifier,
    /// The period the figure refers to (`2023`, `2027`), when the text gives one.
    pub period: Option<String>,
    /// Names of the people who said it, in order of first mention.
    pub speakers: Vec<String>,
    /// The indicator's theme id, which picks the mark colour.
    pub theme: String,
    /// Achieved, target or context.
    pub style: MarkStyle,
    /// A short note drawn after the value (`≈ 1 in 12 of the tier above`).
    pub note: Option<String>,
    /// When several briefings are open: the date of the figure's briefing, as people write
    /// it (`5 July 2024`).
    pub briefing: Option<String>,
    /// On a [`ChartKind::Series`]: where the mark goes on the date axis, in years
    /// (`2024.51` for 5 July 2024).
    pub at: Option<f64>,
}

/// The year a period starts in (its first four digits: `2027`, `2024-06`), if it has one.
#[must_use]
pub fn period_year(period: &str) -> Option<f64> {
    crate::period::Period::parse(period).map(|p| f64::from(p.start_year()))
}

impl Mark {
    /// Whether the mark is a target.
    #[must_use]
    pub fn is_target(&self) -> bool {
        self.style == MarkStyle::Target
    }

    /// The year of a target (the first four digits of its period), if any.
    #[must_use]
    pub fn year(&self) -> Option<f64> {
        period_year(self.period.as_deref()?)
    }

    /// The lines of a hover tooltip: label; value with qualifier and unit; period;
    /// speakers.
    #[must_use]
    pub fn tooltip_lines(&self) -> Vec<String> {
        let mut lines = vec![self.label.clone()];
        lines.push(if self.is_target() {
            format!("Target: {}", self.said)
        } else {
            self.said.clone()
        });
        if let Some(p) = &self.period {
            lines.push(format!("Period: {}", format::period_words(p)));
        }
        if !self.speakers.is_empty() {
            lines.push(format!("Said by {}", join_names(&self.speakers)));
        }
        if let Some(b) = &self.briefing {
            lines.push(format!("At the briefing of {b}"));
        }
        if let Some(n) = &self.note {
            lines.push(n.clone());
        }
        lines
    }
}

/// Names joined as people write them: `A`, `A and B`, `A, B and C`.
#[must_use]
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl PageModel {
    /// Every mark of the page: the headline, then the charts' marks in order.
    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        self.headline
            .iter()
            .chain(self.charts.iter().flat_map(|c| c.marks.iter()))
    }

    /// The signs the page's marks start with ("> 60 %", "≈ 200"), each with what it means
    /// ("more than", "about"), in the order of [`crate::format::SIGNS`]: the legend that
    /// explains them. Empty when every figure is exact or said in words.
    #[must_use]
    pub fn sign_legend(&self) -> Vec<(&'static str, &'static str)> {
        crate::format::SIGNS
            .into_iter()
            .filter(|(sign, _)| {
                self.marks().any(|m| {
                    m.display.split(' ').next() == Some(*sign) && m.display.len() > sign.len()
                })
            })
            .collect()
    }

    /// The ids of the indicators shown, each once, in drawing order.
    #[must_use]
    pub fn indicator_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for m in self.marks() {
            if !ids.contains(&m.indicator_id.as_str()) {
                ids.push(&m.indicator_id);
            }
        }
        ids
    }

    /// The mark of an indicator, if the page shows it.
    #[must_use]
    pub fn mark(&self, indicator_id: &str) -> Option<&Mark> {
        self.marks().find(|m| m.indicator_id == indicator_id)
    }

    /// The names of everyone who said a figure shown on the page, in order of appearance.
    #[must_use]
    pub fn speakers(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for m in self.marks() {
            for s in &m.speakers {
                if !names.contains(s) {
                    names.push(s.clone());
                }
            }
        }
        names
    }

    /// The source line for exports: `Source: … · Figures said by A and B`.
    #[must_use]
    pub fn source_line(&self) -> String {
        let speakers = self.speakers();
        if speakers.is_empty() {
            format!("Source: {}", self.source)
        } else {
            format!(
                "Source: {} · Figures said by {}",
                self.source,
                join_names(&speakers)
            )
        }
    }

    /// Whether any mark is a target.
    #[must_use]
    pub fn has_targets(&self) -> bool {
        self.marks().any(Mark::is_target)
    }

    /// Whether any mark is an achieved value.
    #[must_use]
    pub fn has_achieved(&self) -> bool {
        self.marks().any(|m| m.style == MarkStyle::Achieved)
    }
}
