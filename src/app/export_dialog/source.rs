//! What an export holds, read from the derived state for the page shown, so the dialog
//! exports exactly what the screen shows. Nothing is gathered until an export asks: the
//! source is made every frame, and building every slide's model then would cost a frame
//! (and the start-up) for nothing.

use crate::charts::PageModel;
use crate::command::Page;
use crate::dataset::{Dataset, Indicator};
use crate::derived::Derived;
use crate::theme::ThemeChoice;

/// What the app shows now, which is what an export holds.
#[derive(Debug, Clone, Copy)]
pub struct ExportSource<'a> {
    /// The data shown.
    pub dataset: &'a Dataset,
    derived: &'a Derived,
    page: &'a Page,
    /// The app's theme, the dialog's default.
    pub theme: ThemeChoice,
}

impl<'a> ExportSource<'a> {
    /// The source for `page` of the derived state.
    #[must_use]
    pub fn new(
        (dataset, derived): (&'a Dataset, &'a Derived),
        page: &'a Page,
        theme: ThemeChoice,
    ) -> Self {
        Self {
            dataset,
            derived,
            page,
            theme,
        }
    }

    /// The chart page shown, if a chart page is shown.
    #[must_use]
    pub fn page(&self) -> Option<&'a PageModel> {
        if *self.page == Page::Slides {
            return self.derived.current_board_slide();
        }
        self.derived.model(self.dataset, self.page.chart()?)
    }

    /// The figures shown, in the order shown: the page's figures on a chart page, the table's
    /// rows in its order on the table, otherwise every figure that passes the filters.
    #[must_use]
    pub fn rows(&self) -> Vec<&'a Indicator> {
        let dataset = self.dataset;
        match (self.page, self.page()) {
            (Page::Chart(_) | Page::Slides, Some(model)) => model
                .indicator_ids()
                .into_iter()
                .filter_map(|id| dataset.indicator(id))
                .collect(),
            (Page::Table, _) => self
                .derived
                .table_rows()
                .iter()
                .filter_map(|&n| dataset.indicators.get(n))
                .collect(),
            _ => self.derived.selection().iter(dataset).collect(),
        }
    }

    /// The slides a deck holds: the chart pages with figures under the filters, in order.
    #[must_use]
    pub fn slides(&self) -> Vec<&'a PageModel> {
        if *self.page == Page::Slides {
            // On My slides, a deck is of the slides of one's own.
            return self.derived.board_models().iter().collect();
        }
        self.derived
            .slides(self.dataset)
            .iter()
            .filter_map(|id| self.derived.model(self.dataset, id))
            .collect()
    }
}
