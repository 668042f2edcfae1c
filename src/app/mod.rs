//! The desktop app (eframe): the shell around the pages — top bar, filter side panel, details
//! panel, file opening — and the state it remembers between runs.
//!
//! Each frame: finished background jobs, dropped files and shortcuts become [`Command`]s; the
//! panels draw and push more commands; the commands run once at the end of the frame.

pub mod address;
mod briefings;
mod commands;
mod edits;
pub mod export_dialog;
mod export_jobs;
mod inspect;
pub mod jobs;
mod logic;
mod page_area;
mod pages;
mod panels;
mod present;
mod run;
pub mod signals;
mod slides;
mod start;
pub mod state;
pub mod tasks;
mod window;

use std::path::PathBuf;

use crate::derived::Derived;
use crate::notify::{Notifications, Topic};
use crate::sort::Sort;
use crate::view;

pub use crate::command::{Action, Command, Commands, Mode, Page};
pub use crate::library::Library;
pub use crate::loaded::{LoadError, Loaded};
pub use crate::theme::ThemeChoice;
pub use run::{data_dir, run};
pub use state::{Persisted, STORAGE_KEY};

use jobs::Jobs;
use pages::Opening;

/// Set this environment variable to close the window right after the first frame that shows
/// every briefing asked for (the first frame when no file is read in the background), to
/// measure the time to first frame; see the README.
pub const QUIT_AFTER_FIRST_FRAME: &str = "BRIEFBOARD_QUIT_AFTER_FIRST_FRAME";

/// How the app starts: what the command line asked for.
#[derive(Debug, Default)]
pub struct StartOptions {
    /// Files to open at start beside those open at the last run (`briefboard FILE…`); on a
    /// first run, without the embedded briefing.
    pub files: Vec<PathBuf>,
    /// The page to open on (`--page ID`).
    pub page: Option<String>,
    /// Start in presentation mode (`--present`).
    pub present: bool,
    /// Briefings to show instead of those of the last run (tests and benchmarks).
    pub data: Option<Library>,
    /// The remembered state to start from instead of the stored one (tests: a restart).
    pub state: Option<Persisted>,
    /// The app's data folder, where the corrections of a briefing without a writable
    /// transcript folder (the embedded one) are kept: eframe's storage folder for the window,
    /// a temporary one in tests; `None` keeps them beside transcripts only.
    pub data_dir: Option<PathBuf>,
    /// Raised when the system asks the app to quit (SIGTERM, SIGINT, SIGHUP): the window then
    /// closes as if by the user, and what it remembers is saved; `None` ignores it.
    pub quit: Option<signals::QuitSignal>,
}

/// The dashboard: its fields grouped by concern.
pub struct App {
    /// What is remembered between runs.
    pub state: Persisted,
    /// Whether `--present` was given.
    pub present: bool,
    /// The briefings open and what follows from them.
    data: Data,
    /// The frame's commands, the work in the background and the messages shown.
    work: Work,
    /// The panels' and dialogs' own state, and what was last applied to the window.
    panels: Panels,
    /// Where this run is going: presenting, the page wanted, files opening at start.
    session: Session,
}

/// The briefings open and what follows from them.
struct Data {
    /// The briefings open.
    library: Library,
    /// Grows by one whenever `library` changes (a file opened or closed, a correction).
    revision: u64,
    /// The table's order (not remembered between runs).
    sort: Option<Sort>,
    /// Everything that follows from the data, the filters and the order: rebuilt in
    /// [`eframe::App::logic`] once per change.
    derived: Derived,
    /// The id of the selected figure.
    selected: Option<String>,
    /// The corrections made in this run, for Edit → Undo and Redo.
    edits: edits::EditHistory,
    /// My slides: the slides of one's own and their file.
    board: slides::MySlides,
}

/// The frame's commands, the work in the background and the messages shown.
struct Work {
    /// Every message shown: file errors and notices, corrections, export progress and
    /// outcomes.
    notifications: Notifications,
    /// Opening files and the file dialog, off the UI thread.
    jobs: Jobs,
    /// The commands of this frame, run at its end.
    commands: Commands,
}

/// The panels' and dialogs' own state, and what was last applied to the window.
struct Panels {
    /// The export dialog.
    export: export_dialog::ExportDialog,
    /// The transcript page's scroll and layout caches.
    transcript: view::transcript::TranscriptView,
    /// Whether Help → Keyboard shortcuts is open.
    shortcuts_open: bool,
    /// File → Open web address….
    address: address::AddressDialog,
    /// The window's size, remembered.
    window_size: window::WindowSize,
    /// What paints the window's background: see [`App::on_cleared_window`].
    background: Background,
    /// The theme last applied to egui.
    applied_theme: Option<ThemeChoice>,
    /// The data revision the window title was set for.
    title_for: Option<u64>,
}

/// Where this run is going.
struct Session {
    /// The presentation, while presenting.
    presenter: Option<crate::present::Presenter>,
    /// `--present`: where to start once the data is there.
    present_at_start: Option<present::StartAt>,
    /// While the file of the command line is read: what to do once it is open.
    opening: Option<Opening>,
    /// The page the user last asked for (remembered, `--page`, a click): shown again once
    /// the data has it, while another page stands in.
    wanted_page: Page,
    /// Close after the first frame that shows every briefing asked for (measuring).
    quit_after_first_frame: bool,
    /// Close when the system asks ([`StartOptions::quit`]).
    quit: Option<signals::QuitSignal>,
    /// When Edit → Paste briefing asked the window for the clipboard, until its text arrives
    /// (or two seconds pass, so a later Ctrl+V in a text field stays a paste there).
    paste_asked: Option<std::time::Instant>,
}

/// What paints the window's background.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Background {
    /// The panels' fills (kittest's renderer clears to transparent).
    PanelFills,
    /// eframe's clear to the panel colour ([`eframe::App::clear_color`]); the panels leave
    /// their fill out (`App::panel_frame`).
    Clear,
}

impl App {
    /// The export dialog, what an export of the page shown holds, and the notifications.
    fn export_split(
        &mut self,
    ) -> (
        &mut export_dialog::ExportDialog,
        export_dialog::ExportSource<'_>,
        &mut Notifications,
    ) {
        let src = export_dialog::ExportSource::new(
            (self.data.library.dataset(), &self.data.derived),
            &self.state.page,
            self.state.theme,
        );
        (&mut self.panels.export, src, &mut self.work.notifications)
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self
            .session
            .quit
            .as_ref()
            .is_some_and(signals::QuitSignal::asked)
        {
            // As a window closed by the user: eframe saves the state, then exits.
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.logic_pass(ctx);
        self.start_presenting_if_asked(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            // eframe closes the window after this frame (nothing here cancels a close): it is
            // shown for an instant if at all, and drawing it costs as much as the first frame
            // on a software renderer (README, "Measuring start-up").
            return;
        }
        if self.presentation_ui(ui) {
            self.run_commands(&ctx);
            return;
        }
        self.top_bar_ui(ui);
        self.side_panel_ui(ui);
        self.details_ui(ui);
        let central = self.panel_frame(egui::Frame::central_panel(ui.style()));
        egui::CentralPanel::default()
            .frame(central)
            .show(ui, |ui| self.page_ui(ui));
        let (export, src, notes) = self.export_split();
        export.ui(&ctx, &src, notes);
        view::help::shortcuts_ui(
            &ctx,
            &mut self.panels.shortcuts_open,
            &crate::present::keys::HELP,
        );
        self.panels.address.ui(&ctx, &mut self.work.commands);
        self.run_commands(&ctx);
        if self.session.quit_after_first_frame && self.work.jobs.busy().is_none() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The panel colour: the window's background comes from the clear, which costs nothing
    /// next to drawing the panels' fills (in software, a full-window fill costs about as much
    /// as opening the window; README, "Measuring start-up").
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // Slides not saved are kept in the data folder, never lost by quitting. The draft is
        // written here rather than by the task runner: at quit eframe calls `save`, then
        // `on_exit`, and the process ends, which would cut a task's thread off mid-write (the
        // very loss the draft is for); and `slides_draft`, stored just below, must say whether
        // the draft was written. The draft is a board file of a few kilobytes.
        self.state.slides_draft = self.keep_draft();
        self.state.board = self
            .data
            .board
            .path
            .as_ref()
            .map(|p| p.display().to_string());
        eframe::set_value(storage, state::STORAGE_KEY, &self.state);
    }
}
