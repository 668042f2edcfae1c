//! Presentation mode inside the app: F5, View → Present or `--present [--page ID]` start it;
//! while it runs, the presenter draws the whole window and the dashboard's panels, menus and
//! shortcuts are left alone, so Esc comes back to them exactly as they were.

use super::{App, Page};
use crate::present::{Outcome, Presenter};

/// Where `--present` starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StartAt {
    /// The first slide (`--present`).
    First,
    /// The page of `--page ID`.
    Page,
}

impl StartAt {
    /// `None` without `--present`.
    pub(super) fn new(present: bool, page_given: bool) -> Option<Self> {
        present.then_some(if page_given { Self::Page } else { Self::First })
    }
}

impl App {
    /// Whether a presentation is running.
    #[must_use]
    pub fn presenting(&self) -> bool {
        self.session.presenter.is_some()
    }

    /// The running presentation, if any.
    #[must_use]
    pub fn presenter(&self) -> Option<&Presenter> {
        self.session.presenter.as_ref()
    }

    /// Starts presenting the chart pages the current filters leave, from `start` (a page id)
    /// or from the first slide.
    pub(super) fn start_presenting(&mut self, ctx: &egui::Context, start: Option<&str>) {
        let dataset = self.data.library.dataset();
        let presenter = Presenter::start(ctx, dataset, &self.data.derived, start);
        self.session.presenter = Some(presenter);
        ctx.request_repaint();
    }

    /// F5 and View → Present: from the chart page shown, or from the first slide when the
    /// table or the transcript is shown.
    pub(super) fn start_presenting_here(&mut self, ctx: &egui::Context) {
        if self.state.page == Page::Slides {
            self.present_slides(ctx);
            return;
        }
        let start = self.state.page.chart().map(str::to_owned);
        self.start_presenting(ctx, start.as_deref());
    }

    /// `--present`: starts once, on the first frame (when the selection is known), from the
    /// `--page` given or from the first slide.
    pub(super) fn start_presenting_if_asked(&mut self, ctx: &egui::Context) {
        // `briefboard FILE --present` presents that file, once it is read.
        if self.session.opening.is_some() {
            return;
        }
        if let Some(at) = self.session.present_at_start.take() {
            // `briefboard mine.briefboard --present` presents My slides.
            if self.state.page == Page::Slides {
                self.present_slides(ctx);
                return;
            }
            let start = (at == StartAt::Page).then(|| self.state.page.id().to_owned());
            self.start_presenting(ctx, start.as_deref());
        }
    }

    /// Draws the presentation instead of the dashboard. Returns `false` when no presentation
    /// runs (the caller draws the dashboard). On Esc the presenter has restored the window and
    /// the zoom; here the dashboard's theme is put back.
    pub(super) fn presentation_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(presenter) = &mut self.session.presenter else {
            return false;
        };
        if presenter.ui(ui) == Outcome::Leave {
            self.session.presenter = None;
            self.panels.applied_theme = None;
            ui.ctx().request_repaint();
        }
        true
    }
}
