//! The page models of the slides of one's own ([`crate::board`]), kept beside the chart
//! pages' so that the presenter and the exports find a slide (`my-slide-3`) as they find any
//! page. Filters play no part in them: the app sets them whenever the board or the data
//! changes.

use super::Derived;
use crate::charts::PageModel;

/// The slides' models, in order, and the slide chosen on My slides.
#[derive(Debug, Default)]
pub(super) struct BoardModels {
    models: Vec<PageModel>,
    current: usize,
}

impl Derived {
    /// Sets the models of the slides of one's own (in slide order; their ids are
    /// `charts::board::slide_id`) and the one chosen on My slides.
    pub fn set_board(&mut self, models: Vec<PageModel>, current: usize) {
        self.board = BoardModels { models, current };
    }

    /// The ids of the slides of one's own, in order: what presenting My slides shows.
    #[must_use]
    pub fn board_slides(&self) -> Vec<String> {
        self.board.models.iter().map(|m| m.id.clone()).collect()
    }

    /// The models of the slides of one's own, in order.
    #[must_use]
    pub fn board_models(&self) -> &[PageModel] {
        &self.board.models
    }

    /// The slide chosen on My slides, if there is a slide.
    #[must_use]
    pub fn current_board_slide(&self) -> Option<&PageModel> {
        let b = &self.board;
        b.models
            .get(b.current.min(b.models.len().saturating_sub(1)))
    }

    /// The model of a slide of one's own by its id.
    pub(super) fn board_model(&self, id: &str) -> Option<&PageModel> {
        if !id.starts_with(crate::charts::board::ID_PREFIX) {
            return None;
        }
        self.board.models.iter().find(|m| m.id == id)
    }
}
