//! The draft: slides not saved, kept in the data folder at quit and restored at start.

use std::path::{Path, PathBuf};

use super::App;
use crate::notify::{Level, Topic};

impl App {
    /// Keeps slides not saved in the data folder ([`DRAFT_NAME`]), so that quitting never
    /// loses them; with none unsaved, removes the draft. Returns whether a draft is kept.
    pub(in crate::app) fn keep_draft(&self) -> bool {
        let my = &self.data.board;
        let data_dir = self.work.jobs.places.data_dir.as_deref();
        let Some(path) = draft_in(data_dir) else {
            return false;
        };
        if !my.unsaved() || my.board.slides.is_empty() {
            forget_draft(data_dir);
            return false;
        }
        // The draft lives elsewhere than the board: its briefings by absolute path.
        let mut draft = my.board.clone();
        for b in &mut draft.briefings {
            let at = crate::board::locate(b, my.path.as_deref());
            b.path = crate::board::stored_path(&at.display().to_string());
        }
        draft.write(&path).is_ok()
    }

    /// At start: the slides not saved when briefboard last closed, from the draft, with the
    /// file they belong to (if any) as theirs and marked unsaved.
    pub(in crate::app) fn restore_draft(&mut self, ctx: &egui::Context, file: Option<PathBuf>) {
        let data_dir = self.work.jobs.places.data_dir.as_deref();
        let Some(draft) = draft_in(data_dir).filter(|p| p.is_file()) else {
            return;
        };
        self.open_board(ctx, &draft);
        let my = &mut self.data.board;
        if my.board.slides.is_empty() {
            return;
        }
        my.path = file;
        my.changed();
        let n = my.board.slides.len();
        self.work.notifications.notify(
            Topic::Slides,
            Level::Info,
            format!(
                "Restored {n} slide{} not saved when briefboard last closed.",
                if n == 1 { "" } else { "s" }
            ),
        );
    }
}

/// The file name of the slides kept, unsaved, in the data folder between runs.
pub(super) const DRAFT_NAME: &str = "unsaved-slides.briefboard";

/// Where the draft of unsaved slides is kept in `data_dir`.
fn draft_in(data_dir: Option<&Path>) -> Option<PathBuf> {
    data_dir.map(|d| d.join(DRAFT_NAME))
}

/// Removes the draft, once the slides are saved (a draft that is not there is no error).
pub(super) fn forget_draft(data_dir: Option<&Path>) {
    if let Some(path) = draft_in(data_dir) {
        let _ = std::fs::remove_file(path);
    }
}
