//! Changes to the slides: the [`SlideEdit`]s of My slides, and figures added to a slide.

use super::App;
use crate::command::{SlideEdit, SlideTarget};
use crate::notify::{Level, Topic};

impl App {
    /// Applies a change to the slides (or chooses one).
    pub(in crate::app) fn edit_slides(&mut self, edit: SlideEdit) {
        let my = &mut self.data.board;
        let n = my.board.slides.len();
        match edit {
            SlideEdit::AddFigures { figures, to } => {
                self.add_to_slide(&figures, to);
                return;
            }
            SlideEdit::StopAskingPath => {
                my.asking_path = None;
                return;
            }
            SlideEdit::Choose(k) => {
                my.current = k.min(n.saturating_sub(1));
                my.synced = None;
                return;
            }
            SlideEdit::Move { from, to } => {
                if let Some(at) = my.board.move_slide(from, to) {
                    my.current = at;
                }
            }
            SlideEdit::Duplicate(k) => {
                if let Some(at) = my.board.duplicate_slide(k) {
                    my.current = at;
                }
            }
            SlideEdit::Delete(k) => {
                my.board.delete_slide(k);
                my.current = my.current.min(my.board.slides.len().saturating_sub(1));
            }
            SlideEdit::Title(k, t) => {
                if let Some(s) = my.board.slides.get_mut(k) {
                    s.title = t;
                }
            }
            SlideEdit::Subtitle(k, t) => {
                if let Some(s) = my.board.slides.get_mut(k) {
                    s.subtitle = t;
                }
            }
            SlideEdit::Note(k, t) => {
                if let Some(s) = my.board.slides.get_mut(k) {
                    s.note = t.chars().take(crate::board::NOTE_MAX_CHARS).collect();
                }
            }
            SlideEdit::Chart(k, c) => {
                if let Some(s) = my.board.slides.get_mut(k) {
                    s.chart = c;
                }
            }
            SlideEdit::ToggleHighlight { slide, figure } => {
                if let Some(f) = my
                    .board
                    .slides
                    .get_mut(slide)
                    .and_then(|s| s.figures.get_mut(figure))
                {
                    f.highlight = !f.highlight;
                }
            }
            SlideEdit::RemoveFigure { slide, figure } => {
                if let Some(s) = my.board.slides.get_mut(slide)
                    && figure < s.figures.len()
                {
                    s.figures.remove(figure);
                    my.board.forget_unused_briefings();
                }
            }
            SlideEdit::FigureUp { slide, figure } => {
                if let Some(s) = my.board.slides.get_mut(slide)
                    && figure > 0
                    && figure < s.figures.len()
                {
                    s.figures.swap(figure - 1, figure);
                }
            }
        }
        my.changed();
    }

    /// Adds figures (display ids) to a new slide or the current one, and says so.
    fn add_to_slide(&mut self, ids: &[String], to: SlideTarget) {
        let dataset = self.data.library.dataset();
        let figures: Vec<&crate::dataset::Indicator> =
            ids.iter().filter_map(|id| dataset.indicator(id)).collect();
        if figures.is_empty() {
            return;
        }
        let parts = self.data.library.parts();
        let path_of = |sha: &str| {
            parts
                .iter()
                .find(|p| p.dataset.source.sha256 == sha)
                .map(|p| crate::board::stored_path(&p.name))
                .unwrap_or_default()
        };
        let my = &mut self.data.board;
        let n = my.board.slides.len();
        let (k, text) = match to {
            SlideTarget::Current if n > 0 => {
                let k = my.current.min(n - 1);
                let added = my.board.add_to_slide(k, dataset, &figures, &path_of);
                let what = if added == 1 {
                    "1 figure".to_owned()
                } else {
                    format!("{added} figures")
                };
                (k, format!("Added {what} to slide {} of My slides.", k + 1))
            }
            SlideTarget::Current | SlideTarget::New => {
                let k = my.board.add_slide(dataset, &figures, "", &path_of);
                (k, format!("Slide {} of My slides made.", k + 1))
            }
        };
        my.current = k;
        my.changed();
        self.work
            .notifications
            .notify(Topic::Slides, Level::Success, text);
    }
}
