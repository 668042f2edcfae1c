//! [`Action`]: what menus, buttons and shortcuts do, without data — its label, its tooltip and
//! its shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Mode;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Command;

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
