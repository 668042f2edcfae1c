//! The table page: every indicator of the selection, one row each, sortable by any column;
//! a click on a row selects the indicator for the details panel.

use egui::{Label, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use crate::command::{Command, Commands};
use crate::dataset::Dataset;
use crate::sort::{Sort, SortColumn, cell_text};

/// What the table says for a briefing from which no figure was extracted.
pub const NO_FIGURES: &str = "No figures were found in this briefing: no official's sentence \
    states a number the extractor reads. The transcript shows what was said.";

/// What the table says when it has no row: no briefing, no figure, or none the filters leave.
fn empty_ui(ui: &mut egui::Ui, dataset: &Dataset, commands: &mut Commands) {
    if dataset.source.title == crate::library::NO_BRIEFING {
        ui.label(
            "No briefing is open. Open transcripts or datasets with File → Open… (or drop \
             them here), or File → Open the embedded briefing.",
        );
    } else if dataset.indicators.is_empty() {
        // Say what is true: there is nothing to filter.
        ui.label(NO_FIGURES);
        if ui.button("Show the transcript").clicked() {
            commands.push(Command::ShowPage(crate::command::Page::Transcript));
        }
    } else {
        ui.label("No figure passes the filters. Clear a filter to see more.");
    }
}

/// Draws the table: the derived state's rows (the selection in the order `sort` gives);
/// a click on a header pushes [`Command::SortBy`], a click on a row selects its figure.
pub fn ui(
    ui: &mut egui::Ui,
    ctx: &super::ViewCtx<'_>,
    sort: Option<Sort>,
    commands: &mut Commands,
) {
    let (dataset, derived, selected) = (ctx.library.dataset(), ctx.derived, ctx.selected);
    let rows = derived.table_rows();
    if rows.is_empty() {
        empty_ui(ui, dataset, commands);
        return;
    }
    let picked_key = egui::Id::unique(PICKED);
    let mut picked: Vec<String> = ui.data(|d| d.get_temp(picked_key)).unwrap_or_default();
    picked.retain(|id| dataset.indicator(id).is_some());
    picked_ui(ui, &mut picked, commands);
    let line = ui.text_style_height(&egui::TextStyle::Body);
    // Two lines: a long figure name wraps instead of ending in "…".
    let row_height = 2.0 * line + 8.0;
    let mut clicked_header = None;
    let columns = SortColumn::shown(dataset);
    let available = ui.available_width();
    let scale = fitted_scale(&columns, available);
    let widths = fitted_widths(&columns, scale);
    // (egui keeps the widths the user gave the columns per table id: a window narrow enough
    // to narrow the columns lays them out again, by steps of a tenth, and any wider window
    // keeps them.)
    let step = (scale * 10.0).round();
    let mut table = TableBuilder::new(ui)
        .id_salt(("table", step.to_bits()))
        .striped(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for width in widths {
        table = table.column(width.map_or_else(
            || Column::remainder().at_least(LABEL_WIDTH).clip(true),
            |w| Column::initial(w).clip(true).resizable(true),
        ));
    }
    table
        .header(line + 10.0, |mut header| {
            for &column in &columns {
                header.col(|ui| {
                    let sorted = sort.filter(|(c, _)| *c == column);
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
            body.rows(row_height, rows.len(), |mut row| {
                let Some(indicator) = rows
                    .get(row.index())
                    .and_then(|&n| dataset.indicators.get(n))
                else {
                    return;
                };
                row.set_selected(
                    selected == Some(indicator.id.as_str()) || picked.contains(&indicator.id),
                );
                for &column in &columns {
                    row.col(|ui| cell_ui(ui, dataset, column, indicator));
                }
                let response = row.response();
                row_response(
                    &response,
                    (dataset, indicator),
                    selected,
                    &mut picked,
                    commands,
                );
            });
        });
    if let Some(column) = clicked_header {
        commands.push(Command::SortBy(column));
    }
    ui.data_mut(|d| d.insert_temp(picked_key, picked));
}

/// The least width of the figure's name, the one column that takes what the others leave.
const LABEL_WIDTH: f32 = 160.0;

/// How much the columns other than the figure's name are narrowed to fit `available` points:
/// 1 when together they leave the name [`LABEL_WIDTH`], else alike to no less than 0.6, so
/// that every column stays on screen in a window of 1280 points beside the side panels (the
/// wrapped columns take two lines then).
fn fitted_scale(columns: &[SortColumn], available: f32) -> f32 {
    let fixed: f32 = columns.iter().filter_map(|c| own_width(*c)).sum();
    // Each column's spacing besides its width (egui's item spacing, about 8 points).
    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
    let spacing = 8.0 * columns.len() as f32;
    ((available - LABEL_WIDTH - spacing) / fixed).clamp(0.6, 1.0)
}

/// The width of each column in points at `scale` (`None` for the figure's name, which takes
/// the rest).
fn fitted_widths(columns: &[SortColumn], scale: f32) -> Vec<Option<f32>> {
    columns
        .iter()
        .map(|c| own_width(*c).map(|w| w * scale))
        .collect()
}

/// A column's own width in points (`None` for the figure's name, which takes the rest).
fn own_width(column: SortColumn) -> Option<f32> {
    match column {
        SortColumn::Label => None,
        // Two lines of "Employment and social security", "about 2.825 million hectares",
        // "first half of 2022".
        SortColumn::Theme | SortColumn::Value | SortColumn::Period => Some(110.0),
        SortColumn::Kind => Some(60.0),
        // Wide enough for "Unit / qualifier" and its sort arrow.
        SortColumn::Unit => Some(135.0),
        SortColumn::Speakers => Some(95.0),
        SortColumn::Briefing => Some(120.0),
    }
}

/// One cell: the column's text of the figure (the value strong, a corrected label marked),
/// wrapped onto the row's two lines (the kind, one word, is cut short instead).
fn cell_ui(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    column: SortColumn,
    indicator: &crate::dataset::Indicator,
) {
    let mut text = cell_text(dataset, column, indicator);
    if column == SortColumn::Label && indicator.edited {
        // A corrected figure is marked as edited.
        text.push_str(EDITED_MARK);
    }
    let text = if column == SortColumn::Value {
        RichText::new(text).strong()
    } else {
        RichText::new(text)
    };
    // Every column but the kind wraps onto the row's two lines ("Employment and social
    // security", "first half of 2022"); the full text of anything still cut shows on hover.
    let wraps = column != SortColumn::Kind;
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
}

/// A row's click (with Ctrl or Shift: picked beside the others) and its context menu (with
/// Add to slide: every row picked, when it is one of them).
fn row_response(
    response: &egui::Response,
    (dataset, indicator): (&Dataset, &crate::dataset::Indicator),
    selected: Option<&str>,
    picked: &mut Vec<String>,
    commands: &mut Commands,
) {
    if response.clicked() {
        let several = response
            .ctx
            .input(|i| i.modifiers.command || i.modifiers.shift);
        pick(picked, selected, &indicator.id, several);
        commands.push(Command::Select(Some(indicator.id.clone())));
    }
    let figures = if picked.len() > 1 && picked.contains(&indicator.id) {
        picked.clone()
    } else {
        vec![indicator.id.clone()]
    };
    response.context_menu(|ui| {
        row_menu(ui, dataset, indicator, commands);
        ui.separator();
        super::slides::add_buttons(ui, &figures, commands);
    });
}

/// Above the table when several rows are picked: how many, Add to slide, and Clear.
fn picked_ui(ui: &mut egui::Ui, picked: &mut Vec<String>, commands: &mut Commands) {
    if picked.len() < 2 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{} rows selected:", picked.len()));
        super::slides::add_buttons(ui, picked, commands);
        if ui.button("Clear the selection").clicked() {
            picked.clear();
        }
    });
}

/// Where the table keeps the rows picked with Ctrl+click (or Shift+click): figure ids, in
/// the order picked.
const PICKED: &str = "table-picked-rows";

/// A click on a row: with Ctrl (or Shift), the row joins the rows picked (the figure selected
/// before too) or leaves them; without, it is the only one.
fn pick(picked: &mut Vec<String>, selected: Option<&str>, id: &str, several: bool) {
    if !several {
        picked.clear();
        picked.push(id.to_owned());
        return;
    }
    if picked.is_empty()
        && let Some(before) = selected
    {
        picked.push(before.to_owned());
    }
    if let Some(at) = picked.iter().position(|p| p == id) {
        picked.remove(at);
    } else {
        picked.push(id.to_owned());
    }
}

/// What follows the label of a corrected figure in the table.
pub const EDITED_MARK: &str = " (edited)";

/// A row's context menu: edit the figure in the details panel, hide it, or take its
/// correction back.
fn row_menu(
    ui: &mut egui::Ui,
    dataset: &crate::dataset::Dataset,
    indicator: &crate::dataset::Indicator,
    commands: &mut Commands,
) {
    use crate::corrections::{Edit, Target};
    let Some(figure) = Target::of(indicator) else {
        return;
    };
    let briefing = dataset.briefing_of(indicator).sha256.clone();
    let correct = |commands: &mut Commands, edit: Edit| {
        commands.push(Command::Correct {
            briefing: briefing.clone(),
            figure: figure.clone(),
            edit,
        });
    };
    if ui.button("Edit…").clicked() {
        commands.push(Command::EditFigure(indicator.id.clone()));
        ui.close();
    }
    if ui.button(super::edit::HIDE).clicked() {
        correct(commands, Edit::Hide(None));
        ui.close();
    }
    if indicator.edited && ui.button(super::edit::RESET).clicked() {
        correct(commands, Edit::Reset);
        ui.close();
    }
}

#[cfg(test)]
mod tests {
    use super::{LABEL_WIDTH, SortColumn, fitted_scale, fitted_widths};

    const ALL: [SortColumn; 8] = [
        SortColumn::Label,
        SortColumn::Briefing,
        SortColumn::Theme,
        SortColumn::Value,
        SortColumn::Unit,
        SortColumn::Kind,
        SortColumn::Period,
        SortColumn::Speakers,
    ];

    #[test]
    fn every_column_fits_beside_the_side_panels_of_a_1280_point_window() {
        // The central panel of a 1280-point window with the filters and details shown.
        let widths = fitted_widths(&ALL, fitted_scale(&ALL, 830.0));
        let fixed: f32 = widths.iter().flatten().sum();
        assert!(fixed + LABEL_WIDTH + 8.0 * 8.0 <= 830.0, "{widths:?}");
        // A wide window keeps each column's own width, whatever its width: the columns the
        // user resized are kept when the window is resized (one table id for all of them).
        for available in [1400.0, 1600.0, 2000.0] {
            let scale = fitted_scale(&ALL, available);
            assert!((scale - 1.0).abs() < f32::EPSILON, "{available}: {scale}");
            let wide = fitted_widths(&ALL, scale);
            assert_eq!(wide[2], Some(110.0));
            assert_eq!(wide[0], None);
        }
    }
}
