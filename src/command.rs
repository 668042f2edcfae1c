//! Every user action is one [`Command`]: panels push commands while they draw, and the app runs
//! them once at the end of the frame, so no panel changes state another panel has already drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::filter::KindFilter;

use crate::theme::ThemeChoice;

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
        }
    }

    /// The page with this id; chart ids are not checked here.
    #[must_use]
    pub fn from_id(id: &str) -> Self {
        match id {
            "table" => Self::Table,
            "transcript" => Self::Transcript,
            other => Self::Chart(other.to_owned()),
        }
    }
}

/// One user action.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Ask for a file with the platform's dialog (off the UI thread).
    OpenDialog,
    /// Open a dataset (.json) or a transcript (.txt).
    OpenPath(PathBuf),
    /// Go back to the briefing embedded in the program.
    OpenEmbedded,
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
    /// Remove every filter.
    ClearFilters,
    /// Light, dark or projector colours.
    SetTheme(ThemeChoice),
    /// Make everything bigger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Hide the error message.
    DismissError,
    /// Close the program.
    Quit,
    /// Show the chart pages as slides, fullscreen (F5).
    Present,
    /// Open the export dialog for the chart page shown (size, scale, theme, captions).
    ExportPng,
    /// Copy the chart page shown to the clipboard as an image.
    CopyChart,
    /// Save the figures shown (filters applied, in the order shown) as CSV.
    ExportCsv,
    /// Save the figures shown as JSON in the dataset format.
    ExportJson,
    /// Show every action with its keyboard shortcut, the presenter's keys included (F1).
    ShowShortcuts,
}

impl Command {
    /// The commands that have a keyboard shortcut and no argument, checked every frame.
    pub const WITH_SHORTCUTS: [Self; 11] = [
        Self::OpenDialog,
        Self::ClearFilters,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::DismissError,
        Self::Quit,
        Self::Present,
        Self::ExportPng,
        Self::CopyChart,
        Self::ShowShortcuts,
    ];

    /// What menus and buttons call the command.
    #[must_use]
    pub fn label(&self) -> &'static str {
        match self {
            Self::OpenDialog => "Open…",
            Self::OpenPath(_) => "Open file",
            Self::OpenEmbedded => "Open the embedded briefing",
            Self::ShowPage(_) => "Show page",
            Self::Select(_) => "Select figure",
            Self::ShowInTranscript { .. } => "Show in transcript",
            Self::ToggleSpeaker(_) => "Filter by speaker",
            Self::ToggleTheme(_) => "Filter by theme",
            Self::SetKind(_) => "Filter by kind",
            Self::SetSearch(_) => "Search",
            Self::ClearFilters => "Clear filters",
            Self::SetTheme(theme) => theme.label(),
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::DismissError => "Dismiss",
            Self::Quit => "Quit",
            Self::Present => "Present",
            Self::ExportPng => "Export PNG…",
            Self::CopyChart => "Copy chart",
            Self::ExportCsv => "Export figures as CSV…",
            Self::ExportJson => "Export figures as JSON…",
            Self::ShowShortcuts => "Keyboard shortcuts",
        }
    }

    /// The keyboard shortcut, if the command has one.
    #[must_use]
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Self::OpenDialog => cmd(Key::O),
            Self::ClearFilters => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Backspace,
            )),
            Self::ZoomIn => cmd(Key::Plus),
            Self::ZoomOut => cmd(Key::Minus),
            Self::ZoomReset => cmd(Key::Num0),
            // No Escape here: consuming it every frame would stop Escape from closing menus
            // and leaving text fields.
            Self::Quit => cmd(Key::Q),
            Self::Present => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F5)),
            Self::ExportPng => cmd(Key::E),
            Self::CopyChart => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::C,
            )),
            Self::ShowShortcuts => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            _ => None,
        }
    }
}

/// The commands collected during one frame.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Queues a command to run at the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.0.push(command);
    }

    /// Takes the queued commands, in the order they were pushed.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }

    /// Queues the commands whose shortcut was pressed this frame.
    pub fn push_shortcuts(&mut self, ctx: &egui::Context) {
        for command in Command::WITH_SHORTCUTS {
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.push(command);
            }
        }
        // Ctrl+= zooms in too: on most keyboards + needs Shift.
        let zoom_in = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_in)) {
            self.push(Command::ZoomIn);
        }
    }
}
