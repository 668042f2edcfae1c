//! What the app remembers between runs: one `#[serde(default)]` struct, stored by eframe.

use serde::{Deserialize, Serialize};

use crate::filter::Filter;
use crate::theme::ThemeChoice;

use crate::command::Page;

/// The key under which [`Persisted`] is stored.
pub const STORAGE_KEY: &str = "briefboard";

/// The state restored at start-up. Missing fields take their defaults, and a saved state that
/// cannot be read at all is ignored, so an old or corrupt file never stops the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Persisted {
    /// The page shown.
    pub page: Page,
    /// The filters, applied to every page.
    pub filter: Filter,
    /// Light, dark or projector.
    pub theme: ThemeChoice,
    /// egui's zoom factor (1.0 is 100 %).
    pub zoom: f32,
    /// The window's inner size in points when it was last drawn outside fullscreen; restored
    /// at start, clamped to the monitor. The position is not kept (see `run.rs`).
    pub window_size: Option<[f32; 2]>,
    /// Whether the details panel (the selected figure and its quotes) is shown; hidden, the
    /// page (the table, say) takes its width.
    pub details_open: bool,
    /// The briefings open, by file path (`<embedded>` for the built-in one), in the order
    /// they were opened; opened again at start, a file that has gone is named in a notice.
    pub briefings: Vec<String>,
    /// The board (`.briefboard` file) My slides showed, opened again at start.
    pub board: Option<String>,
    /// Whether slides not saved were kept in the data folder at the last quit (restored at
    /// start, still unsaved).
    pub slides_draft: bool,
}

impl Default for Persisted {
    fn default() -> Self {
        Self {
            page: Page::Chart(crate::charts::NAMED[0].id.to_owned()),
            filter: Filter::default(),
            theme: ThemeChoice::default(),
            zoom: 1.0,
            window_size: None,
            details_open: true,
            briefings: vec![crate::library::EMBEDDED_NAME.to_owned()],
            board: None,
            slides_draft: false,
        }
    }
}

impl Persisted {
    /// Whether `storage` holds the state of an earlier run (no storage, or none kept yet, is
    /// a first run).
    #[must_use]
    pub fn was_stored(storage: Option<&dyn eframe::Storage>) -> bool {
        storage.is_some_and(|s| s.get_string(STORAGE_KEY).is_some())
    }

    /// The saved state, or the defaults when there is none or it cannot be read.
    #[must_use]
    pub fn restore(storage: Option<&dyn eframe::Storage>) -> Self {
        let mut state: Self = storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        if !(state.zoom.is_finite() && crate::zoom::RANGE.contains(&state.zoom)) {
            state.zoom = 1.0;
        }
        if state
            .window_size
            .is_some_and(|[w, h]| !(w.is_finite() && h.is_finite() && w >= 100.0 && h >= 100.0))
        {
            state.window_size = None;
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use eframe::Storage as _;

    use super::*;

    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn state_round_trips() {
        let mut memory = Memory::default();
        let mut state = Persisted {
            page: Page::Transcript,
            theme: ThemeChoice::Dark,
            zoom: 1.5,
            window_size: Some([1100.0, 700.0]),
            ..Persisted::default()
        };
        state.filter.speakers.insert("xin-guobin".to_owned());
        eframe::set_value(&mut memory, STORAGE_KEY, &state);
        assert_eq!(Persisted::restore(Some(&memory)), state);
    }

    #[test]
    fn corrupt_or_partial_state_gives_defaults() {
        let mut memory = Memory::default();
        memory.set_string(STORAGE_KEY, "(zoom: 2.0)".to_owned());
        let partial = Persisted::restore(Some(&memory));
        assert!((partial.zoom - 2.0).abs() < f32::EPSILON);
        assert_eq!(partial.page, Persisted::default().page);
        memory.set_string(STORAGE_KEY, "(zoom: \"big\"".to_owned());
        assert_eq!(Persisted::restore(Some(&memory)), Persisted::default());
        memory.set_string(STORAGE_KEY, "(zoom: 1000.0)".to_owned());
        assert_eq!(Persisted::restore(Some(&memory)), Persisted::default());
        assert_eq!(Persisted::restore(None), Persisted::default());
        memory.set_string(
            STORAGE_KEY,
            "(zoom: 2.0, window_size: Some((-5.0, 700.0)))".to_owned(),
        );
        let bad_size = Persisted::restore(Some(&memory));
        assert!(
            (bad_size.zoom - 2.0).abs() < f32::EPSILON,
            "the rest is kept"
        );
        assert_eq!(bad_size.window_size, None);
    }
}
