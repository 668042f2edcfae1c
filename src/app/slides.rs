//! My slides in the app: the board of slides of one's own ([`crate::board`]), changed by
//! [`SlideEdit`]s, saved and opened as `.briefboard` files (File → Save slides, Open
//! slides…, `briefboard mine.briefboard`), its models kept in the derived state so that
//! presenting (F5 on My slides) and the exports find them.

use std::path::{Path, PathBuf};

use super::{App, Page};
use crate::board::{Board, BriefingState, Resolved};
use crate::command::{SlideEdit, SlideTarget};
use crate::notify::{Level, Topic};

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

    /// Applies a change to the slides (or chooses one).
    pub(super) fn edit_slides(&mut self, edit: SlideEdit) {
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

    /// Opens a board file: its slides on My slides, and the briefings it needs that are not
    /// open yet, in the background.
    pub(super) fn open_board(&mut self, ctx: &egui::Context, path: &Path) {
        let board = match Board::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.work.notifications.notify(
                    Topic::Slides,
                    Level::Error,
                    format!("Could not open {e}"),
                );
                return;
            }
        };
        let open: Vec<String> = self
            .data
            .library
            .parts()
            .iter()
            .map(|p| p.dataset.source.sha256.clone())
            .collect();
        let mut files = Vec::new();
        let mut embedded = false;
        for b in board.briefings.iter().filter(|b| !open.contains(&b.sha256)) {
            if b.path == crate::library::EMBEDDED_NAME {
                embedded = true;
            } else {
                files.push(crate::board::locate(b, Some(path)));
            }
        }
        let n = board.slides.len();
        self.data.board = MySlides {
            board,
            path: Some(path.to_owned()),
            ..MySlides::default()
        };
        if embedded {
            let part = crate::loaded::Loaded::embedded().corrected(None, &self.work.jobs.places);
            self.add_briefings(vec![part]);
        }
        if !files.is_empty() {
            // `--present` waits for them (see `start_presenting_if_asked`).
            if self.session.opening.is_none() {
                self.session.opening = Some(super::pages::Opening { page: None });
            }
            self.work.jobs.open_paths(ctx, files);
        }
        self.session.wanted_page = Page::Slides;
        self.state.page = Page::Slides;
        self.work.notifications.notify(
            Topic::Slides,
            Level::Info,
            format!(
                "Opened {} slide{} from {}.",
                n,
                if n == 1 { "" } else { "s" },
                path.display()
            ),
        );
    }

    /// Saves the slides to `path` (a `.briefboard` file; the extension is added when
    /// missing), atomically, and remembers it.
    pub(super) fn save_board(&mut self, path: &Path) {
        let path = if Board::is_board_path(path) {
            path.to_owned()
        } else {
            path.with_extension(crate::board::EXTENSION)
        };
        let my = &mut self.data.board;
        match my.board.write(&path) {
            Ok(()) => {
                my.saved = my.revision;
                my.path = Some(path.clone());
                my.asking_path = None;
                forget_draft(self.work.jobs.places.data_dir.as_deref());
                self.work.notifications.notify(
                    Topic::Slides,
                    Level::Success,
                    format!("Slides saved to {}.", path.display()),
                );
            }
            Err(e) => self.work.notifications.notify(
                Topic::Slides,
                Level::Error,
                format!("Could not save the slides: {e}"),
            ),
        }
    }

    /// File → Save slides: to their file, or asks where the first time.
    pub(super) fn save_slides(&mut self, ctx: &egui::Context, ask: bool) {
        match self.data.board.path.clone() {
            Some(path) if !ask => self.save_board(&path),
            _ => {
                let name = format!("my-slides.{}", crate::board::EXTENSION);
                self.work.jobs.pick_board(ctx, true, &name);
            }
        }
    }

    /// No save dialog could be shown: My slides asks for the path in a field, with one
    /// suggested in the working folder.
    pub fn ask_board_path(&mut self) {
        let name = format!("my-slides.{}", crate::board::EXTENSION);
        let suggested = std::env::current_dir()
            .map_or_else(|_| name.clone(), |d| d.join(&name).display().to_string());
        self.data.board.asking_path = Some(suggested);
        self.state.page = Page::Slides;
        self.session.wanted_page = Page::Slides;
        self.work.notifications.notify(
            Topic::Slides,
            Level::Error,
            "No save dialog could be shown on this system (no desktop portal). Type the path \
             to save the slides to, on My slides.",
        );
    }

    /// Keeps slides not saved in the data folder ([`DRAFT_NAME`]), so that quitting never
    /// loses them; with none unsaved, removes the draft. Returns whether a draft is kept.
    pub(super) fn keep_draft(&self) -> bool {
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
    pub(super) fn restore_draft(&mut self, ctx: &egui::Context, file: Option<PathBuf>) {
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

/// The file name of the slides kept, unsaved, in the data folder between runs.
pub(super) const DRAFT_NAME: &str = "unsaved-slides.briefboard";

/// Where the draft of unsaved slides is kept in `data_dir`.
fn draft_in(data_dir: Option<&Path>) -> Option<PathBuf> {
    data_dir.map(|d| d.join(DRAFT_NAME))
}

/// Removes the draft, once the slides are saved (a draft that is not there is no error).
fn forget_draft(data_dir: Option<&Path>) {
    if let Some(path) = draft_in(data_dir) {
        let _ = std::fs::remove_file(path);
    }
}
