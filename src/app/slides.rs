//! My slides in the app: the board of slides of one's own ([`crate::board`]), changed by
//! [`SlideEdit`](crate::command::SlideEdit)s (`edits.rs`), saved and opened as `.briefboard`
//! files (File → Save slides, Open slides…, `briefboard mine.briefboard`: `file.rs`), kept
//! as a draft while not saved (`draft.rs`), its models kept in the derived state so that
//! presenting (F5 on My slides) and the exports find them.

mod draft;
mod edits;
mod file;

use std::path::{Path, PathBuf};

use super::App;
use crate::board::{Board, BriefingState, Resolved};

/// The slides of one's own, their file and what is found of them.
#[derive(Debug, Default)]
pub(super) struct MySlides {
    /// The slides.
    pub(super) board: Board,
    /// The file they were opened from or last saved to.
    pub(super) path: Option<PathBuf>,
    /// Grows at every change.
    revision: u64,
    /// The revision last saved (or opened).
    saved: u64,
    /// (data revision, board revision) the models were last made for.
    synced: Option<(u64, u64)>,
    /// The board's figures in the joined dataset.
    pub(super) resolved: Resolved,
    /// What is missing of the board's briefings, in words.
    pub(super) briefing_problems: Vec<String>,
    /// The slide chosen on My slides.
    pub(super) current: usize,
    /// The path suggested in the field My slides shows when no save dialog could be shown.
    pub(super) asking_path: Option<String>,
}

impl MySlides {
    /// Whether there are changes not saved.
    pub(super) fn unsaved(&self) -> bool {
        self.revision != self.saved
    }

    fn changed(&mut self) {
        self.revision += 1;
    }
}

impl App {
    /// The slides of one's own (My slides).
    #[must_use]
    pub fn board(&self) -> &Board {
        &self.data.board.board
    }

    /// The file of the slides of one's own, once saved or opened.
    #[must_use]
    pub fn board_path(&self) -> Option<&Path> {
        self.data.board.path.as_deref()
    }

    /// What is found of the board's figures in the briefings open.
    #[must_use]
    pub fn board_resolved(&self) -> &Resolved {
        &self.data.board.resolved
    }

    /// Whether My slides has changes not saved to a file.
    #[must_use]
    pub fn slides_unsaved(&self) -> bool {
        self.data.board.unsaved()
    }

    /// The slide chosen on My slides.
    #[must_use]
    pub fn current_slide(&self) -> usize {
        self.data.board.current
    }

    /// Keeps the slides' models up to date with the data and the board (after any change).
    pub(super) fn sync_slides(&mut self) {
        let my = &mut self.data.board;
        let key = (self.data.revision, my.revision);
        if my.synced == Some(key) {
            return;
        }
        my.synced = Some(key);
        let dataset = self.data.library.dataset();
        let open: Vec<(&str, &str)> = self
            .data
            .library
            .parts()
            .iter()
            .map(|p| (p.name.as_str(), p.dataset.source.sha256.as_str()))
            .collect();
        let states = crate::board::states_among(&my.board, my.path.as_deref(), &open);
        my.briefing_problems = my
            .board
            .briefings
            .iter()
            .zip(&states)
            .filter(|(_, s)| !matches!(s, BriefingState::Open))
            .map(|(b, s)| {
                let name = if b.title.is_empty() {
                    &b.path
                } else {
                    &b.title
                };
                format!(
                    "The briefing \u{201c}{name}\u{201d} ({}) {}.",
                    b.path,
                    s.words()
                )
            })
            .collect();
        my.resolved = crate::board::resolve(&my.board, dataset, &states);
        let models = my
            .board
            .slides
            .iter()
            .zip(&my.resolved.slides)
            .enumerate()
            .map(|(k, (s, r))| crate::charts::board::slide_model(k, s, r, dataset))
            .collect();
        let current = my.current;
        self.data.derived.set_board(models, current);
    }

    /// F5 on My slides: presents the slides of one's own from the one chosen.
    pub(super) fn present_slides(&mut self, ctx: &egui::Context) {
        let pages = self.data.derived.board_models().to_vec();
        let start = pages.get(self.data.board.current).map(|p| p.id.clone());
        self.session.presenter = Some(crate::present::Presenter::with_pages(
            ctx,
            pages,
            start.as_deref(),
        ));
        ctx.request_repaint();
    }
}
