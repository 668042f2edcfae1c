//! The table page: every indicator of the selection, one row each, sortable by any column;
//! a click on a row selects the indicator for the details panel.

use std::cmp::Ordering;

use egui::{Label, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use crate::command::{Command, Commands};
use crate::dataset::{Dataset, Indicator};
use crate::filter::Selection;

use super::details::{kind_text, qualifier_text, value_text};

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
}

impl SortColumn {
    /// Every column, left to right.
    pub const ALL: [Self; 7] = [
        Self::Label,
        Self::Theme,
        Self::Value,
        Self::Unit,
        Self::Kind,
        Self::Period,
        Self::Speakers,
    ];

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
        }
    }
}

/// What the table says for a briefing from which no figure was extracted.
pub const NO_FIGURES: &str = "No figures were found in this briefing: no official's sentence \
    states a number the extractor reads. The transcript shows what was said.";

/// A sort column and whether the order is ascending.
pub type Sort = (SortColumn, bool);

/// The table's sort order and its rows, sorted again only when the selection or the order
/// changes.
#[derive(Debug, Default)]
pub struct TableView {
    /// The sort column and whether ascending; `None` keeps the order of the briefing.
    pub sort: Option<Sort>,
    rows: Vec<usize>,
    rows_for: Option<(Vec<usize>, Option<Sort>)>,
}

impl TableView {
    /// The rows as shown: indices into the dataset's indicators, in display order.
    #[must_use]
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// Clicking a header sorts by it; clicking it again reverses the order.
    pub fn toggle_sort(&mut self, column: SortColumn) {
        self.sort = match self.sort {
            Some((c, true)) if c == column => Some((column, false)),
            Some((c, false)) if c == column => None,
            _ => Some((column, true)),
        };
    }

    fn update_rows(&mut self, dataset: &Dataset, selection: &Selection) {
        let current = matches!(&self.rows_for,
            Some((rows, sort)) if *rows == selection.indicators && *sort == self.sort);
        if current {
            return;
        }
        self.rows.clone_from(&selection.indicators);
        if let Some((column, ascending)) = self.sort {
            let key = |n: &usize| dataset.indicators.get(*n);
            self.rows.sort_by(|a, b| {
                let order = match (key(a), key(b)) {
                    (Some(a), Some(b)) => compare(dataset, column, a, b),
                    _ => Ordering::Equal,
                };
                if ascending { order } else { order.reverse() }
            });
        }
        self.rows_for = Some((selection.indicators.clone(), self.sort));
    }

    /// Draws the table.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        dataset: &Dataset,
        selection: &Selection,
        selected: Option<&str>,
        commands: &mut Commands,
    ) {
        self.update_rows(dataset, selection);
        if self.rows.is_empty() {
            if dataset.indicators.is_empty() {
                // Say what is true: there is nothing to filter.
                ui.label(NO_FIGURES);
                if ui.button("Show the transcript").clicked() {
                    commands.push(Command::ShowPage(crate::command::Page::Transcript));
                }
            } else {
                ui.label("No figure passes the filters. Clear a filter to see more.");
            }
            return;
        }
        let line = ui.text_style_height(&egui::TextStyle::Body);
        // Two lines: a long figure name wraps instead of ending in "…".
        let row_height = 2.0 * line + 8.0;
        let mut clicked_header = None;
        TableBuilder::new(ui)
            .striped(true)
            .sense(Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::remainder().at_least(160.0).clip(true))
            .column(Column::initial(80.0).clip(true).resizable(true))
            .column(Column::initial(110.0).clip(true).resizable(true))
            .column(Column::initial(95.0).clip(true).resizable(true))
            .column(Column::initial(50.0).clip(true).resizable(true))
            .column(Column::initial(95.0).clip(true).resizable(true))
            .column(Column::initial(95.0).clip(true).resizable(true))
            .header(line + 10.0, |mut header| {
                for column in SortColumn::ALL {
                    header.col(|ui| {
                        let sorted = self.sort.filter(|(c, _)| *c == column);
                        if ui
                            .selectable_label(sorted.is_some(), column.title())
                            .clicked()
                        {
                            clicked_header = Some(column);
                        }
                        if let Some((_, ascending)) = sorted {
                            ui.label(if ascending { "↑" } else { "↓" });
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, self.rows.len(), |mut row| {
                    let Some(indicator) = self
                        .rows
                        .get(row.index())
                        .and_then(|&n| dataset.indicators.get(n))
                    else {
                        return;
                    };
                    row.set_selected(selected == Some(indicator.id.as_str()));
                    for column in SortColumn::ALL {
                        row.col(|ui| {
                            let text = cell_text(dataset, column, indicator);
                            let text = if column == SortColumn::Value {
                                RichText::new(text).strong()
                            } else {
                                RichText::new(text)
                            };
                            // Names and speakers wrap onto the row's two lines; the full
                            // text of anything still cut shows on hover.
                            let wraps = matches!(
                                column,
                                SortColumn::Label | SortColumn::Speakers | SortColumn::Unit
                            );
                            let label = if wraps {
                                let mut job = egui::text::LayoutJob::default();
                                text.append_to(
                                    &mut job,
                                    ui.style(),
                                    egui::FontSelection::Default,
                                    egui::Align::Center,
                                );
                                job.wrap.max_rows = 2;
                                job.wrap.max_width = ui.available_width();
                                Label::new(job).wrap()
                            } else {
                                Label::new(text).truncate()
                            };
                            ui.add(label.selectable(false));
                        });
                    }
                    if row.response().clicked() {
                        commands.push(Command::Select(Some(indicator.id.clone())));
                    }
                });
            });
        if let Some(column) = clicked_header {
            self.toggle_sort(column);
            ui.ctx().request_repaint();
        }
    }
}

/// The text of one cell.
fn cell_text(dataset: &Dataset, column: SortColumn, indicator: &Indicator) -> String {
    match column {
        SortColumn::Label => indicator.label.clone(),
        SortColumn::Theme => dataset
            .theme(&indicator.theme)
            .map_or_else(|| indicator.theme.clone(), |t| t.label.clone()),
        SortColumn::Value => value_text(indicator),
        SortColumn::Unit => format!(
            "{}, {}",
            crate::format::unit_name(indicator.unit),
            qualifier_text(indicator.qualifier)
        ),
        SortColumn::Kind => kind_text(indicator.kind).to_owned(),
        SortColumn::Period => indicator
            .period
            .as_deref()
            .map(crate::format::period_words)
            .unwrap_or_default(),
        SortColumn::Speakers => indicator
            .speakers()
            .iter()
            .map(|id| dataset.speaker(id).map_or(*id, |s| s.name.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn compare(dataset: &Dataset, column: SortColumn, a: &Indicator, b: &Indicator) -> Ordering {
    match column {
        SortColumn::Value => a.value.total_cmp(&b.value),
        SortColumn::Period => a.period.cmp(&b.period),
        _ => {
            let a = cell_text(dataset, column, a).to_lowercase();
            let b = cell_text(dataset, column, b).to_lowercase();
            a.cmp(&b)
        }
    }
}
