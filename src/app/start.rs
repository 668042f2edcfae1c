//! Starting the app: the state remembered restored, the briefings and slides of the last
//! run, and the files of the command line opening in the background.

use std::path::PathBuf;

use super::jobs::Jobs;
use super::pages::Opening;
use super::{
    App, Background, Data, Page, Panels, Persisted, QUIT_AFTER_FIRST_FRAME, Session, StartOptions,
    Work, address, briefings, edits, export_dialog, present, slides, window,
};
use crate::command::Commands;
use crate::derived::{Derived, Inputs};
use crate::notify::Notifications;
use crate::view;

impl App {
    /// The app with its saved state restored (defaults when there is none or it is corrupt),
    /// fonts installed, and the file of `options` opening in the background.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, mut options: StartOptions) -> Self {
        crate::theme::fonts::install(&cc.egui_ctx);
        if let Some(quit) = &options.quit {
            quit.wake(&cc.egui_ctx);
        }
        cc.egui_ctx.options_mut(|o| {
            o.zoom_with_keyboard = false;
            // A presentation discards a pass drawn at the wrong zoom (see `present::presenter`):
            // entering it can need two, one for the screen and one for a tall slide.
            o.max_passes = std::num::NonZeroUsize::new(3).unwrap_or(o.max_passes);
        });
        let mut state = starting_state(cc.storage, options.state.take(), &options.files);
        cc.egui_ctx.set_zoom_factor(state.zoom);
        if let Some(page) = &options.page {
            state.page = Page::from_id(page);
        }
        let places = crate::loaded::Places {
            apply: true,
            data_dir: options.data_dir.clone(),
        };
        // The briefings of the last run: the embedded one at once, files in the background.
        let (library, files) = match options.data {
            Some(library) => (library, Vec::new()),
            None => briefings::start_library(&state.briefings, &places),
        };
        let derived = Derived::new(Inputs {
            dataset: library.dataset(),
            data_revision: 0,
            filter: &state.filter,
            sort: None,
        });
        let mut app = Self {
            state,
            present: options.present,
            data: Data {
                library,
                revision: 0,
                sort: None,
                derived,
                selected: None,
                edits: edits::EditHistory::default(),
                board: slides::MySlides::default(),
            },
            work: Work {
                notifications: Notifications::default(),
                jobs: Jobs::default(),
                commands: Commands::default(),
            },
            panels: Panels {
                export: export_dialog::ExportDialog::default(),
                transcript: view::transcript::TranscriptView::default(),
                shortcuts_open: false,
                address: address::AddressDialog::default(),
                window_size: window::WindowSize::default(),
                background: Background::PanelFills,
                applied_theme: None,
                title_for: None,
            },
            session: Session {
                presenter: None,
                present_at_start: present::StartAt::new(options.present, options.page.is_some()),
                opening: None,
                wanted_page: Page::Table,
                quit_after_first_frame: std::env::var_os(QUIT_AFTER_FIRST_FRAME).is_some(),
                quit: options.quit.clone(),
                paste_asked: None,
            },
        };
        app.work.jobs.places = places;
        let parts = app.data.library.parts().to_vec();
        app.corrections_notices(&parts);
        app.session.wanted_page = app.state.page.clone();
        app.fix_page();
        let mut files = files;
        // `briefboard mine.briefboard`: the board's slides and briefings.
        let (boards, others): (Vec<PathBuf>, Vec<PathBuf>) = options
            .files
            .into_iter()
            .partition(|p| crate::board::Board::is_board_path(p));
        files.extend(others);
        if let Some(board) = boards.first() {
            app.open_board(&cc.egui_ctx, board);
        } else {
            // The slides of the last run: those not saved, else their file, on the page
            // that was shown.
            let (page, wanted) = (app.state.page.clone(), app.session.wanted_page.clone());
            let file = app.state.board.clone().map(PathBuf::from);
            let draft = app.state.slides_draft;
            if draft {
                app.restore_draft(&cc.egui_ctx, file.clone());
            } else if let Some(file) = file.as_ref().filter(|f| f.is_file()) {
                app.open_board(&cc.egui_ctx, file);
            }
            if draft || file.is_some() {
                app.state.page = page;
                app.session.wanted_page = wanted;
            }
        }
        if files.is_empty() {
            app.check_page(options.page);
        } else {
            // `--page` names a page of those files, known once they are read.
            app.session.opening = Some(Opening { page: options.page });
            app.work.jobs.open_paths(&cc.egui_ctx, files);
        }
        app
    }

    /// The app for a window that eframe clears to the panel colour ([`eframe::App::clear_color`]
    /// returns it): the shell's panels then leave their fill out, so the background is drawn
    /// once, by the clear, instead of once per panel. The real window (`run`) is one;
    /// kittest's renderer clears to transparent, so a harness keeps the filled panels.
    #[must_use]
    pub fn on_cleared_window(mut self) -> Self {
        self.panels.background = Background::Clear;
        self
    }
}

/// The state to start from: the one `given` (tests), else the stored one; a first run (none
/// stored) that names transcripts (`briefboard FILE`) opens them without the embedded
/// briefing beside them, which File › Open the embedded briefing brings back.
fn starting_state(
    storage: Option<&dyn eframe::Storage>,
    given: Option<Persisted>,
    files: &[PathBuf],
) -> Persisted {
    let first_run = given.is_none() && !Persisted::was_stored(storage);
    let mut state = given.unwrap_or_else(|| Persisted::restore(storage));
    let transcripts_named = files.iter().any(|p| !crate::board::Board::is_board_path(p));
    if first_run && transcripts_named {
        state
            .briefings
            .retain(|b| b != crate::library::EMBEDDED_NAME);
    }
    state
}
