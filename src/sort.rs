//! The order of the table: its columns, the text of each cell, and sorting the selection by a
//! column. No egui here: the derived state sorts the rows once per change, the table view
//! draws them and the exports save them in that order.

use std::cmp::Ordering;

use crate::dataset::{Dataset, Indicator};
use crate::format;

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    /// What the figure is.
    Label,
    /// The theme's label.
    Theme,
    /// The number.
    Value,
    /// Unit and qualifier.
    Unit,
    /// Level, share, change or target.
    Kind,
    /// The period the figure refers to.
    Period,
    /// Who said it.
    Speakers,
    /// The date of the briefing where it was said (shown when several are open).
    Briefing,
}

/// A sort column and whether the order is ascending.
pub type Sort = (SortColumn, bool);

impl SortColumn {
    /// Every column, left to right.
    pub const ALL: [Self; 8] = [
        Self::Label,
        Self::Briefing,
        Self::Theme,
        Self::Value,
        Self::Unit,
        Self::Kind,
        Self::Period,
        Self::Speakers,
    ];

    /// The columns the table shows for `dataset`: all of them, without Briefing for the
    /// figures of one briefing.
    #[must_use]
    pub fn shown(dataset: &Dataset) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|c| *c != Self::Briefing || !dataset.briefings.is_empty())
            .collect()
    }

    /// The header text.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Label => "Figure",
            Self::Theme => "Theme",
            Self::Value => "Value",
            Self::Unit => "Unit / qualifier",
            Self::Kind => "Kind",
            Self::Period => "Period",
            Self::Speakers => "Speakers",
            Self::Briefing => "Briefing",
        }
    }
}

/// The order after a click on `column`'s header: ascending by it, then descending, then the
/// briefing's order again.
#[must_use]
pub fn toggled(sort: Option<Sort>, column: SortColumn) -> Option<Sort> {
    match sort {
        Some((c, true)) if c == column => Some((column, false)),
        Some((c, false)) if c == column => None,
        _ => Some((column, true)),
    }
}

/// The text of one cell: the figure's name, theme label, value as said ("over 60 %"), unit and
/// qualifier ("percent, over"), kind, period in words ("June 2024") or the speakers' names.
#[must_use]
pub fn cell_text(dataset: &Dataset, column: SortColumn, indicator: &Indicator) -> String {
    match column {
        SortColumn::Label => indicator.label.clone(),
        SortColumn::Theme => dataset
            .theme(&indicator.theme)
            .map_or_else(|| indicator.theme.clone(), |t| t.label.clone()),
        SortColumn::Value => format::indicator_said(indicator),
        SortColumn::Unit => format!(
            "{}, {}",
            format::unit_name(indicator.unit),
            format::qualifier_name(indicator.qualifier)
        ),
        SortColumn::Kind => format::kind_words(indicator.kind).to_owned(),
        SortColumn::Period => indicator
            .period
            .as_deref()
            .map(format::period_words)
            .unwrap_or_default(),
        SortColumn::Speakers => indicator
            .speakers()
            .iter()
            .map(|id| dataset.speaker(id).map_or(*id, |s| s.name.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        SortColumn::Briefing => format::long_date(&dataset.briefing_of(indicator).date),
    }
}

/// Sorts `rows` (indices into the dataset's indicators) by `sort`; `None` keeps them as they
/// are (the briefing's order). Values sort by number, periods by their ISO form, the other
/// columns by their text, ignoring case.
pub fn sort_rows(dataset: &Dataset, rows: &mut [usize], sort: Option<Sort>) {
    let Some((column, ascending)) = sort else {
        return;
    };
    let key = |n: &usize| dataset.indicators.get(*n);
    rows.sort_by(|a, b| {
        let order = match (key(a), key(b)) {
            (Some(a), Some(b)) => compare(dataset, column, a, b),
            _ => Ordering::Equal,
        };
        if ascending { order } else { order.reverse() }
    });
}

fn compare(dataset: &Dataset, column: SortColumn, a: &Indicator, b: &Indicator) -> Ordering {
    match column {
        SortColumn::Value => a.value.total_cmp(&b.value),
        SortColumn::Period => a.period.cmp(&b.period),
        SortColumn::Briefing => dataset
            .briefing_of(a)
            .date
            .cmp(&dataset.briefing_of(b).date),
        _ => {
            let a = cell_text(dataset, column, a).to_lowercase();
            let b = cell_text(dataset, column, b).to_lowercase();
            a.cmp(&b)
        }
    }
}
