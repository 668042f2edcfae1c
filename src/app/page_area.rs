//! The page area: a chart page, the table, the transcript or My slides.

use super::{App, Page};
use crate::view;

impl App {
    /// The page area: a chart page, the table or the transcript.
    pub(super) fn page_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = view::ViewCtx {
            library: &self.data.library,
            derived: &self.data.derived,
            selected: self.data.selected.as_deref(),
        };
        match &self.state.page {
            Page::Chart(id) => {
                let Some(model) = self.data.derived.model(ctx.library.dataset(), id) else {
                    ui.label(format!("There is no chart page {id}."));
                    return;
                };
                let tokens = crate::theme::tokens(self.state.theme);
                view::plot::page_ui(ui, model, &tokens, ctx.selected, &mut self.work.commands);
            }
            Page::Table => view::table::ui(ui, &ctx, self.data.sort, &mut self.work.commands),
            Page::Transcript => self.panels.transcript.ui(ui, &ctx, &mut self.work.commands),
            Page::Slides => {
                let my = &self.data.board;
                let view = view::slides::SlidesView {
                    board: &my.board,
                    resolved: &my.resolved,
                    current: my.current,
                    path: my.path.as_deref(),
                    unsaved: my.unsaved(),
                    briefing_problems: &my.briefing_problems,
                    asking_path: my.asking_path.as_deref(),
                };
                let tokens = crate::theme::tokens(self.state.theme);
                view::slides::ui(ui, &ctx, &view, &tokens, &mut self.work.commands);
            }
        }
    }
}
