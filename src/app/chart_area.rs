//! The chart pages: the page list from `charts`, each page's model built once per selection,
//! drawn by `view::plot`. A click on a mark selects its indicator.

use crate::charts::{self, PageModel};
use crate::dataset::Dataset;
use crate::filter::Selection;
use crate::theme::{self, ThemeChoice};
use crate::view::plot;

use crate::command::{Command, Commands};

/// The chart pages of a dataset: (id, title), in navigation order.
#[must_use]
pub fn pages(dataset: &Dataset) -> Vec<(String, String)> {
    charts::pages(dataset)
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect()
}

/// Applies the colours and text sizes of a theme to the whole UI.
pub fn apply_theme(ctx: &egui::Context, theme: ThemeChoice) {
    theme::apply(ctx, theme);
}

/// The model of the page shown, rebuilt only when the page, the data or the selection changes.
#[derive(Debug, Default)]
pub struct ChartArea {
    model: Option<PageModel>,
    model_for: Option<(String, u64, Vec<usize>)>,
}

impl ChartArea {
    /// The model of the page shown last, if any.
    #[must_use]
    pub fn model(&self) -> Option<&PageModel> {
        self.model.as_ref()
    }

    /// Draws one chart page; `generation` changes whenever the dataset does.
    #[expect(
        clippy::too_many_arguments,
        reason = "the page's inputs, passed as they are"
    )]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        page: &str,
        (dataset, generation): (&Dataset, u64),
        selection: &Selection,
        theme: ThemeChoice,
        selected: Option<&str>,
        commands: &mut Commands,
    ) {
        let current = matches!(&self.model_for,
            Some((p, g, s)) if p == page && *g == generation && *s == selection.indicators);
        if !current {
            self.model = charts::page_model(page, dataset, selection);
            self.model_for = Some((page.to_owned(), generation, selection.indicators.clone()));
        }
        let Some(model) = &self.model else {
            ui.label(format!("There is no chart page {page}."));
            return;
        };
        let response = plot::page_ui(ui, model, &theme::tokens(theme), selected);
        if let Some(id) = response.clicked {
            commands.push(Command::Select(Some(id)));
        }
    }
}
