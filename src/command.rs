//! What the user asks for: an [`Action`] (menus, buttons, shortcuts: a label, a tooltip, its
//! shortcuts) or a [`Command`] that carries data. Panels push commands while they draw, and the
//! app runs them once at the end of the frame, so no panel changes state another panel has
//! already drawn.

use std::path::PathBuf;

use egui::{KeyboardShortcut, Modifiers};

use crate::corrections::{Edit, Target};
use crate::filter::KindFilter;
use crate::sort::SortColumn;

use crate::theme::ThemeChoice;

mod action;
mod slides;

pub use action::Action;
pub use slides::{SlideEdit, SlideTarget};

/// A page of the dashboard: a chart page (by its id from `charts::pages`), the table or the
/// transcript.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Page {
    /// A chart page, by id (`5g-base-stations`).
    Chart(String),
    /// Every indicator of the selection, sortable.
    Table,
    /// The transcript with the selection's quotes highlighted.
    Transcript,
    /// My slides: the slides of one's own ([`crate::board`]), to edit, present and export.
    Slides,
}

impl Page {
    /// The page's id as used on the command line (`--page`): the chart page id, `table` or
    /// `transcript`.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Chart(id) => id,
            Self::Table => "table",
            Self::Transcript => "transcript",
            Self::Slides => SLIDES_PAGE_ID,
        }
    }

    /// The chart page's id; `None` for the table and the transcript. The one place that tells
    /// chart pages from the others: derived models, slides, exports and presenting ask it.
    #[must_use]
    pub fn chart(&self) -> Option<&str> {
        match self {
            Self::Chart(id) => Some(id),
            Self::Table | Self::Transcript | Self::Slides => None,
        }
    }

    /// The page with this id; chart ids are not checked here.
    #[must_use]
    pub fn from_id(id: &str) -> Self {
        match id {
            "table" => Self::Table,
            "transcript" => Self::Transcript,
            SLIDES_PAGE_ID => Self::Slides,
            other => Self::Chart(other.to_owned()),
        }
    }
}

/// The id of the My slides page (`--page my-slides`).
pub const SLIDES_PAGE_ID: &str = "my-slides";

/// One thing for the app to do at the end of the frame: an [`Action`], or a change that
/// carries its data (the page to show, the speaker to filter by, the file to open).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Run an action (from a menu, a button or a shortcut).
    Run(Action),
    /// Open a dataset (.json) or a transcript (.txt), or every one in a folder, beside the
    /// briefings open.
    OpenPath(PathBuf),
    /// Open several files (or folders) at once.
    OpenPaths(Vec<PathBuf>),
    /// Open the briefing at a web address (and the other pages of its article).
    OpenAddress(String),
    /// Stop opening a web address; what it fetched is dropped.
    CancelAddress,
    /// Open a web page (a quote's page) in the system's browser.
    OpenUrl(String),
    /// Open text pasted from the clipboard (a transcript, or a web page's HTML) as a briefing.
    PasteText(String),
    /// Close the open briefing at this index (of `Library::parts`).
    RemoveBriefing(usize),
    /// Add or remove a briefing (by the SHA-256 of its transcript) from the filter.
    ToggleBriefing(String),
    /// Switch page.
    ShowPage(Page),
    /// Select an indicator (by id) for the details panel, or clear the selection.
    Select(Option<String>),
    /// Switch to the transcript and scroll to the quote starting at this byte offset.
    ShowInTranscript {
        /// The indicator whose quote it is (selected too).
        indicator: String,
        /// Byte offset of the quote in the transcript.
        start: usize,
    },
    /// Add or remove a speaker from the filter.
    ToggleSpeaker(String),
    /// Add or remove a theme from the filter.
    ToggleTheme(String),
    /// Show all figures, achieved ones or targets.
    SetKind(KindFilter),
    /// Search the labels, periods and quotes.
    SetSearch(String),
    /// Light, dark or projector colours.
    SetTheme(ThemeChoice),
    /// Sort the table by a column (again: the other way; a third time: the briefing's order).
    SortBy(SortColumn),
    /// Correct a figure of the briefing whose transcript has this SHA-256: the edit applies
    /// at once everywhere and is saved in the briefing's corrections file.
    Correct {
        /// The SHA-256 of the figure's transcript.
        briefing: String,
        /// The figure (its extractor's measure and anchor).
        figure: Target,
        /// What changes.
        edit: Edit,
    },
    /// Select a figure and open the details panel on it, to edit it.
    EditFigure(String),
    /// A change to the slides of one's own (My slides).
    Slides(SlideEdit),
    /// Open a `.briefboard` file of slides (its briefings too) and show My slides.
    OpenBoard(PathBuf),
    /// Save the slides of one's own in this `.briefboard` file.
    SaveBoard(PathBuf),
}

impl From<Action> for Command {
    fn from(action: Action) -> Self {
        Self::Run(action)
    }
}

/// Which shortcuts are live: see [`Action::live_in`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The dashboard with its panels.
    Dashboard,
    /// A presentation fills the screen.
    Presenting,
}

/// The commands collected during one frame.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Queues a command (or an [`Action`]) to run at the end of the frame.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.0.push(command.into());
    }

    /// Takes the queued commands, in the order they were pushed.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }

    /// Queues the actions whose shortcut was pressed this frame and is live in `mode`.
    /// Shortcuts with more modifiers are tried first: egui matches Ctrl+E on Ctrl+Shift+E too,
    /// so Export deck (Ctrl+Shift+E) must be taken before Export page (Ctrl+E).
    pub fn push_shortcuts(&mut self, ctx: &egui::Context, mode: Mode) {
        let mut shortcuts: Vec<(Action, KeyboardShortcut)> = Action::ALL
            .into_iter()
            .filter(|a| a.live_in(mode))
            .flat_map(|a| a.shortcuts().iter().map(move |s| (a, *s)))
            .collect();
        let weight = |m: Modifiers| {
            [m.shift, m.alt, m.command || m.ctrl]
                .iter()
                .filter(|b| **b)
                .count()
        };
        shortcuts.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        // A text field being edited keeps Ctrl+Z and Ctrl+Shift+Z for its own undo.
        let typing = ctx.egui_wants_keyboard_input();
        for (action, shortcut) in shortcuts {
            if typing && matches!(action, Action::Undo | Action::Redo) {
                continue;
            }
            let command = Command::Run(action);
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) && !self.0.contains(&command) {
                self.push(command);
            }
        }
    }
}
