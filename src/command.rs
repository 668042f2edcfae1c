//! What the user asks for: an [`Action`] (menus, buttons, shortcuts: a label, a tooltip, its
//! shortcuts) or a [`Command`] that carries data. Panels push commands while they draw, and the
//! app runs them once at the end of the frame, so no panel changes state another panel has
//! already drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::corrections::{Edit, Target};
use crate::filter::KindFilter;
use crate::sort::SortColumn;

use crate::theme::ThemeChoice;

mod slides;

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

/// What the user can do from a menu, a button or a shortcut: no data, a label, a tooltip and
/// none, one or several shortcuts. [`Action::ALL`] is the list menus, the shortcut handling
/// and Help → Keyboard shortcuts all read, so none of them can drift from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Ask for a file with the platform's dialog (off the UI thread).
    OpenDialog,
    /// Go back to the briefing embedded in the program.
    OpenEmbedded,
    /// Ask for a web address and open the briefing published there (all its pages).
    OpenAddress,
    /// Open the text or web page on the clipboard as a briefing (a further page of an open
    /// briefing joins it).
    PasteBriefing,
    /// Open the export dialog for the chart page shown (format, size, scale, theme, captions).
    ExportPage,
    /// Save every slide the filters leave as one PDF, with its Sources pages.
    ExportDeck,
    /// Copy the chart page shown to the clipboard as an image.
    CopyChart,
    /// Save the figures shown (filters applied, in the order shown) as CSV.
    ExportCsv,
    /// Save the figures shown as JSON in the dataset format.
    ExportJson,
    /// Close the program.
    Quit,
    /// Remove every filter.
    ClearFilters,
    /// Make everything bigger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Show or hide the details panel.
    ToggleDetails,
    /// Show the chart pages as slides, fullscreen.
    Present,
    /// Show every action with its keyboard shortcut, the presenter's keys included.
    ShowShortcuts,
    /// Hide the message about the last file opened.
    DismissError,
    /// Take the last correction back.
    Undo,
    /// Make the last correction taken back again.
    Redo,
    /// Save the slides of one's own (My slides) in their `.briefboard` file, asking where the
    /// first time.
    SaveSlides,
    /// Save the slides of one's own in a new `.briefboard` file.
    SaveSlidesAs,
    /// Open a `.briefboard` file: its briefings open and its slides show on My slides.
    OpenSlides,
}

impl Action {
    /// Every action, in the order the help lists them.
    pub const ALL: [Self; 23] = [
        Self::OpenDialog,
        Self::OpenEmbedded,
        Self::OpenAddress,
        Self::PasteBriefing,
        Self::OpenSlides,
        Self::SaveSlides,
        Self::SaveSlidesAs,
        Self::ExportPage,
        Self::ExportDeck,
        Self::CopyChart,
        Self::ExportCsv,
        Self::ExportJson,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::ClearFilters,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ToggleDetails,
        Self::Present,
        Self::ShowShortcuts,
        Self::DismissError,
    ];

    /// What menus and buttons call the action.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::OpenDialog => "Open…",
            Self::OpenEmbedded => "Open the embedded briefing",
            Self::OpenAddress => "Open web address…",
            Self::PasteBriefing => "Paste briefing",
            Self::ExportPage => "Export page…",
            Self::ExportDeck => "Export deck (PDF)…",
            Self::CopyChart => "Copy chart",
            Self::ExportCsv => "Export figures as CSV…",
            Self::ExportJson => "Export figures as JSON…",
            Self::Quit => "Quit",
            Self::ClearFilters => "Clear filters",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::ToggleDetails => "Details panel",
            Self::Present => "Present",
            Self::ShowShortcuts => "Keyboard shortcuts",
            Self::DismissError => "Dismiss",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::SaveSlides => "Save slides",
            Self::SaveSlidesAs => "Save slides as…",
            Self::OpenSlides => "Open slides…",
        }
    }

    /// One sentence shown when the pointer rests on the action's menu entry or button.
    #[must_use]
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::OpenDialog => {
                "Open briefings beside those open: transcripts (.txt), web pages (.htm) or \
                 datasets (.json); select several to open them all (pages of one briefing join)"
            }
            Self::OpenEmbedded => {
                "Open the MIIT briefing of 5 July 2024 built into the program, beside the others"
            }
            Self::OpenAddress => {
                "Open a briefing from its web address, with the other pages of the article"
            }
            Self::PasteBriefing => {
                "Open the transcript or web page on the clipboard; a further page of an open \
                 briefing joins it"
            }
            Self::ExportPage => "Save the chart page shown as PNG, SVG or PDF, with its sources",
            Self::ExportDeck => "Save every slide the filters leave as one PDF, with Sources pages",
            Self::CopyChart => "Copy the chart page shown to the clipboard as an image",
            Self::ExportCsv => "Save the figures shown, filters applied, as CSV",
            Self::ExportJson => "Save the figures shown, filters applied, in the dataset format",
            Self::Quit => "Close briefboard; filters, page and zoom are remembered",
            Self::ClearFilters => "Show every figure again: no speaker, theme, kind or search",
            Self::ZoomIn => "Make text and charts bigger",
            Self::ZoomOut => "Make text and charts smaller",
            Self::ZoomReset => "Text and charts at their normal size",
            Self::ToggleDetails => "Show or hide the panel with the selected figure's quotes",
            Self::Present => "Show the chart pages as slides, fullscreen (Esc returns)",
            Self::ShowShortcuts => "Every action with its keys, the presenter's keys included",
            Self::DismissError => "Hide this message",
            Self::Undo => "Take the last correction of a figure back",
            Self::Redo => "Make the last correction taken back again",
            Self::SaveSlides => {
                "Save My slides in their .briefboard file (asks where the first time)"
            }
            Self::SaveSlidesAs => "Save My slides in a new .briefboard file",
            Self::OpenSlides => {
                "Open a .briefboard file of slides: its briefings open and My slides shows it"
            }
        }
    }

    /// The keyboard shortcut menus show, if the action has one: the first of
    /// [`Action::shortcuts`].
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Every keyboard shortcut of the action; empty when it has none. Zoom in has two, since
    /// on most keyboards + needs Shift: Ctrl++ and Ctrl+=.
    #[must_use]
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn cmd(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn plain(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        // A const slice for each action's shortcuts (`const fn` calls are not promoted).
        macro_rules! keys {
            ($($shortcut:expr),+) => {{
                const KEYS: &[KeyboardShortcut] = &[$($shortcut),+];
                KEYS
            }};
        }
        match self {
            Self::OpenDialog => keys!(cmd(Key::O)),
            Self::OpenAddress => keys!(cmd(Key::L)),
            Self::PasteBriefing => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::V)),
            Self::ClearFilters => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::Backspace)),
            Self::ZoomIn => keys!(cmd(Key::Plus), cmd(Key::Equals)),
            Self::ZoomOut => keys!(cmd(Key::Minus)),
            Self::ZoomReset => keys!(cmd(Key::Num0)),
            Self::Quit => keys!(cmd(Key::Q)),
            Self::Present => keys!(plain(Key::F5)),
            Self::ExportPage => keys!(cmd(Key::E)),
            Self::ExportDeck => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::E)),
            Self::CopyChart => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::C)),
            Self::ToggleDetails => keys!(cmd(Key::D)),
            Self::ShowShortcuts => keys!(plain(Key::F1)),
            Self::Undo => keys!(cmd(Key::Z)),
            Self::Redo => keys!(KeyboardShortcut::new(CMD_SHIFT, Key::Z)),
            Self::SaveSlides => keys!(cmd(Key::S)),
            // No Escape for Dismiss: consuming it every frame would stop Escape from closing
            // menus and leaving text fields.
            Self::OpenEmbedded
            | Self::ExportCsv
            | Self::ExportJson
            | Self::DismissError
            | Self::SaveSlidesAs
            | Self::OpenSlides => &[],
        }
    }

    /// Whether the action's shortcuts are live in `mode`: all of them on the dashboard; while
    /// presenting, only the zoom (the presenter's own keys are read by `present::keys`).
    #[must_use]
    pub fn live_in(self, mode: Mode) -> bool {
        match mode {
            Mode::Dashboard => true,
            Mode::Presenting => matches!(self, Self::ZoomIn | Self::ZoomOut | Self::ZoomReset),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_listed_once_with_a_tooltip_and_no_shortcut_is_shared() {
        let mut seen = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        for action in Action::ALL {
            assert!(seen.insert(action), "{action:?} is listed twice");
            assert!(!action.label().is_empty() && action.tooltip().len() > 10);
            for shortcut in action.shortcuts() {
                assert!(keys.insert(*shortcut), "{shortcut:?} is used twice");
            }
        }
        assert_eq!(Command::from(Action::Quit), Command::Run(Action::Quit));
    }
}
