//! The briefings open: those remembered from the last run, adding files read, closing one.

use std::path::PathBuf;

use super::{App, Library, Loaded};
use crate::view;

impl App {
    /// Adds briefings that were read in full (one with the file or the text of an open one
    /// replaces it), and shows the newest figures of them all. A briefing the user has just
    /// opened is shown even when the briefings filter is on: it joins the ticked ones. Those
    /// of the last run come back as they were, ticked or not.
    pub(super) fn add_briefings(&mut self, parts: Vec<Loaded>) {
        self.corrections_notices(&parts);
        let filter = &mut self.state.filter.briefings;
        if !filter.is_empty() {
            let known = &self.state.briefings;
            for part in parts.iter().filter(|p| !known.contains(&p.name)) {
                filter.insert(part.dataset.source.sha256.clone());
            }
        }
        self.data.library.extend(parts);
        self.library_changed();
    }

    /// Closes the open briefing at `index` (of [`Library::parts`]).
    pub(super) fn remove_briefing(&mut self, index: usize) {
        if let Some(part) = self.data.library.remove(index) {
            self.state
                .filter
                .briefings
                .remove(&part.dataset.source.sha256);
            self.library_changed();
        }
    }

    fn library_changed(&mut self) {
        self.state.briefings = self.data.library.names();
        self.forget_closed_briefings();
        self.data.revision += 1;
        if self
            .data
            .selected
            .as_deref()
            .is_some_and(|id| self.data.library.dataset().indicator(id).is_none())
        {
            self.data.selected = None;
        }
        self.panels.transcript = view::transcript::TranscriptView::default();
        self.fix_page();
    }

    /// Takes the briefings that are not open out of the filter (a remembered filter whose
    /// file could not be opened would otherwise hide every figure, with no box to untick).
    pub(super) fn forget_closed_briefings(&mut self) {
        let open: std::collections::BTreeSet<&str> = self
            .data
            .library
            .parts()
            .iter()
            .map(|p| p.dataset.source.sha256.as_str())
            .collect();
        self.state
            .filter
            .briefings
            .retain(|b| open.contains(b.as_str()));
    }
}

/// The library of the briefings remembered from the last run: the embedded one now (if it was
/// open), and the files to read in the background.
pub(super) fn start_library(
    names: &[String],
    places: &crate::loaded::Places,
) -> (Library, Vec<PathBuf>) {
    let embedded = names.iter().any(|n| n == crate::library::EMBEDDED_NAME);
    let library = if embedded {
        Library::single(Loaded::embedded().corrected(None, places))
    } else {
        Library::default()
    };
    let files = names
        .iter()
        .filter(|n| *n != crate::library::EMBEDDED_NAME)
        .map(PathBuf::from)
        .collect();
    (library, files)
}
