//! What an export holds: read from the derived state for the page shown, so the dialog exports
//! exactly what the screen shows.

use crate::charts::PageModel;
use crate::command::Page;
use crate::dataset::{Dataset, Indicator};
use crate::derived::Derived;
use crate::theme::ThemeChoice;

/// What the app shows now, which is what an export holds.
#[derive(Debug)]
pub struct ExportSource<'a> {
    /// The data shown.
    pub dataset: &'a Dataset,
    /// The chart page shown, if a chart page is shown.
    pub page: Option<&'a PageModel>,
    /// The figures shown, in the order shown: the table's rows on the table page, the page's
    /// figures on a chart page, otherwise every figure that passes the filters.
    pub rows: Vec<&'a Indicator>,
    /// The slides a deck holds: the chart pages with figures under the filters, in order.
    pub slides: Vec<&'a PageModel>,
    /// The app's theme, the dialog's default.
    pub theme: ThemeChoice,
}

impl<'a> ExportSource<'a> {
    /// The source for `page`, read from the derived state: the page's model and figures on a
    /// chart page, the table's rows in its order on the table, otherwise the selection.
    #[must_use]
    pub fn new(
        (dataset, derived): (&'a Dataset, &'a Derived),
        page: &Page,
        theme: ThemeChoice,
    ) -> Self {
        let chart = match page {
            Page::Chart(id) => derived.model(dataset, id),
            Page::Table | Page::Transcript => None,
        };
        let rows = match (page, chart) {
            (Page::Chart(_), Some(model)) => model
                .indicator_ids()
                .into_iter()
                .filter_map(|id| dataset.indicator(id))
                .collect(),
            (Page::Table, _) => derived
                .table_rows()
                .iter()
                .filter_map(|&n| dataset.indicators.get(n))
                .collect(),
            _ => derived.selection().iter(dataset).collect(),
        };
        let slides = derived
            .slides(dataset)
            .iter()
            .filter_map(|id| derived.model(dataset, id))
            .collect();
        Self {
            dataset,
            page: chart,
            rows,
            slides,
            theme,
        }
    }
}
