//! Every user action is one [`Command`]: panels push commands while they draw, and the app runs
//! them once at the end of the frame, so no panel changes state another panel has already drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::filter::KindFilter;
use crate::sort::SortColumn;

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
    /// Open the export dialog for the chart page shown (format, size, scale, theme, captions).
    ExportPng,
    /// Save every slide the filters leave as one PDF, with its Sources pages.
    ExportDeck,
    /// Copy the chart page shown to the clipboard as an image.
    CopyChart,
    /// Save the figures shown (filters applied, in the order shown) as CSV.
    ExportCsv,
    /// Save the figures shown as JSON in the dataset format.
    ExportJson,
    /// Show or hide the details panel (Ctrl+D).
    ToggleDetails,
    /// Show every action with its keyboard shortcut, the presenter's keys included (F1).
    ShowShortcuts,
    /// Sort the table by a column (again: the other way; a third time: the briefing's order).
    SortBy(SortColumn),
}

/// Which shortcuts are live: all of them on the dashboard; while presenting, only the zoom
/// (the presenter's own keys are read by `present::keys`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The dashboard with its panels.
    Dashboard,
    /// A presentation fills the screen.
    Presenting,
}

impl Command {
    /// The commands that have a keyboard shortcut and no argument, checked every frame.
    pub const WITH_SHORTCUTS: [Self; 13] = [
        Self::OpenDialog,
        Self::ClearFilters,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::DismissError,
        Self::Quit,
        Self::Present,
        Self::ExportPng,
        Self::ExportDeck,
        Self::CopyChart,
        Self::ToggleDetails,
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
            Self::ExportPng => "Export page…",
            Self::ExportDeck => "Export deck (PDF)…",
            Self::CopyChart => "Copy chart",
            Self::ExportCsv => "Export figures as CSV…",
            Self::ExportJson => "Export figures as JSON…",
            Self::ToggleDetails => "Details panel",
            Self::ShowShortcuts => "Keyboard shortcuts",
            Self::SortBy(_) => "Sort",
        }
    }

    /// The keyboard shortcut menus show, if the command has one: the first of
    /// [`Command::shortcuts`].
    #[must_use]
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Every keyboard shortcut of the command; empty when it has none. Zoom in has two, since
    /// on most keyboards + needs Shift: Ctrl++ and Ctrl+=.
    #[must_use]
    pub fn shortcuts(&self) -> &'static [KeyboardShortcut] {
        const fn cmd(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn plain(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        // A const slice for each command's shortcuts (`const fn` calls are not promoted).
        macro_rules! keys {
            ($($shortcut:expr),+) => {{
                const KEYS: &[KeyboardShortcut] = &[$($shortcut),+];
                KEYS
            }};
        }
        match self {
            Self::OpenDialog => keys!(cmd(Key::O)),
            Self::ClearFilters => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::Backspace)),
            Self::ZoomIn => keys!(cmd(Key::Plus), cmd(Key::Equals)),
            Self::ZoomOut => keys!(cmd(Key::Minus)),
            Self::ZoomReset => keys!(cmd(Key::Num0)),
            // No Escape here: consuming it every frame would stop Escape from closing menus
            // and leaving text fields.
            Self::Quit => keys!(cmd(Key::Q)),
            Self::Present => keys!(plain(Key::F5)),
            Self::ExportPng => keys!(cmd(Key::E)),
            Self::ExportDeck => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::E)),
            Self::CopyChart => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::C)),
            Self::ToggleDetails => keys!(cmd(Key::D)),
            Self::ShowShortcuts => keys!(plain(Key::F1)),
            _ => &[],
        }
    }

    /// Whether the command's shortcuts are live in `mode`.
    #[must_use]
    pub fn live_in(&self, mode: Mode) -> bool {
        match mode {
            Mode::Dashboard => true,
            Mode::Presenting => matches!(self, Self::ZoomIn | Self::ZoomOut | Self::ZoomReset),
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

    /// Queues the commands whose shortcut was pressed this frame and is live in `mode`.
    /// Shortcuts with more modifiers are tried first: egui matches Ctrl+E on Ctrl+Shift+E too,
    /// so Export deck (Ctrl+Shift+E) must be taken before Export page (Ctrl+E).
    pub fn push_shortcuts(&mut self, ctx: &egui::Context, mode: Mode) {
        let mut shortcuts: Vec<(Command, KeyboardShortcut)> = Command::WITH_SHORTCUTS
            .into_iter()
            .filter(|c| c.live_in(mode))
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c.clone(), *s)))
            .collect();
        let weight = |m: Modifiers| {
            [m.shift, m.alt, m.command || m.ctrl]
                .iter()
                .filter(|b| **b)
                .count()
        };
        shortcuts.sort_by_key(|(_, s)| std::cmp::Reverse(weight(s.modifiers)));
        for (command, shortcut) in shortcuts {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) && !self.0.contains(&command) {
                self.push(command);
            }
        }
    }
}
