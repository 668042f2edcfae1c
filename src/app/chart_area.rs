//! The chart pages, drawn by `view::plot` from the models of `charts`.

use crate::dataset::Dataset;
use crate::filter::Selection;

use super::command::Commands;
use super::state::ThemeChoice;

/// The chart pages of a dataset: (id, title), in navigation order.
#[must_use]
pub fn pages(dataset: &Dataset) -> Vec<(String, String)> {
    let _ = dataset;
    Vec::new()
}

/// Applies the colours of a theme to the whole UI.
pub fn apply_theme(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
}

/// Draws one chart page; a click on a mark selects its indicator.
pub fn ui(
    ui: &mut egui::Ui,
    page: &str,
    dataset: &Dataset,
    selection: &Selection,
    selected: Option<&str>,
    commands: &mut Commands,
) {
    let _ = (dataset, selection, selected, commands);
    ui.label(format!(
        "The chart page {page} is not available in this build."
    ));
}
