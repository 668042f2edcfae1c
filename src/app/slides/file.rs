//! The slides' file: opening a `.briefboard` file (and the briefings it needs), saving to
//! one, and asking where when no save dialog can be shown.

use std::path::Path;

use super::draft::forget_draft;
use super::{App, MySlides};
use crate::app::Page;
use crate::board::Board;
use crate::notify::{Level, Topic};

impl App {
    /// Opens a board file: its slides on My slides, and the briefings it needs that are not
    /// open yet, in the background.
    pub(in crate::app) fn open_board(&mut self, ctx: &egui::Context, path: &Path) {
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
                self.session.opening = Some(crate::app::pages::Opening { page: None });
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
    pub(in crate::app) fn save_board(&mut self, path: &Path) {
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
    pub(in crate::app) fn save_slides(&mut self, ctx: &egui::Context, ask: bool) {
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
}
