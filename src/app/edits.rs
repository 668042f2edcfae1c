//! Corrections made in the app: running an edit of a figure, Edit → Undo and Redo across the
//! open briefings, and the notices about corrections files (one that cannot be read or
//! written, corrections whose figure is gone).

use super::{App, Loaded, Topic};
use crate::corrections::{Edit, Target};
use crate::notify::Level;

/// The briefings (by transcript SHA-256) of the corrections made in this run, in order, so
/// that Undo takes back the last one whichever briefing it was of.
#[derive(Debug, Default)]
pub(super) struct EditHistory {
    done: Vec<String>,
    undone: Vec<String>,
}

impl App {
    /// Applies an edit to a figure of the briefing with transcript `briefing`, saves it, and
    /// brings every view up to date; a file that cannot be written is said in a notice.
    pub(super) fn correct(&mut self, briefing: &str, figure: &Target, edit: &Edit) {
        let changed = self
            .data
            .library
            .change_part(briefing, |part| part.edit_figure(figure, edit));
        match changed {
            Some(Ok(true)) => {
                self.data.edits.done.push(briefing.to_owned());
                self.data.edits.undone.clear();
                self.corrections_changed();
            }
            Some(Ok(false)) | None => {}
            Some(Err(e)) => {
                // The edit may be applied in memory though not saved: show what is true.
                self.corrections_changed();
                self.work
                    .notifications
                    .notify(Topic::Corrections, Level::Error, e.to_string());
            }
        }
    }

    /// Edit → Undo: the last correction of this run, in its briefing's file.
    pub(super) fn undo(&mut self) {
        let Some(briefing) = self.data.edits.done.pop() else {
            return;
        };
        match self
            .data
            .library
            .change_part(&briefing, Loaded::undo_correction)
        {
            Some(Ok(Some(_))) => {
                self.data.edits.undone.push(briefing);
                self.corrections_changed();
            }
            Some(Err(e)) => {
                self.corrections_changed();
                self.work
                    .notifications
                    .notify(Topic::Corrections, Level::Error, e.to_string());
            }
            Some(Ok(None)) | None => {}
        }
    }

    /// Edit → Redo: the last correction undone.
    pub(super) fn redo(&mut self) {
        let Some(briefing) = self.data.edits.undone.pop() else {
            return;
        };
        match self
            .data
            .library
            .change_part(&briefing, Loaded::redo_correction)
        {
            Some(Ok(Some(_))) => {
                self.data.edits.done.push(briefing);
                self.corrections_changed();
            }
            Some(Err(e)) => {
                self.corrections_changed();
                self.work
                    .notifications
                    .notify(Topic::Corrections, Level::Error, e.to_string());
            }
            Some(Ok(None)) | None => {}
        }
    }

    /// Whether Edit → Undo and Redo have something to do.
    pub(super) fn can_undo(&self) -> (bool, bool) {
        (
            !self.data.edits.done.is_empty(),
            !self.data.edits.undone.is_empty(),
        )
    }

    /// After a correction: the joined dataset changed, so everything derived follows; a
    /// selected figure that is hidden now is no longer selected.
    fn corrections_changed(&mut self) {
        self.data.revision += 1;
        if self
            .data
            .selected
            .as_deref()
            .is_some_and(|id| self.data.library.dataset().indicator(id).is_none())
        {
            self.data.selected = None;
        }
    }

    /// Says which corrections of the briefings just opened could not be read or apply.
    pub(super) fn corrections_notices(&mut self, parts: &[Loaded]) {
        let mut lines = Vec::new();
        let mut error = false;
        for part in parts {
            let Some(c) = part.corrected.as_deref() else {
                continue;
            };
            if let Some(e) = &c.error {
                error = true;
                lines.push(format!(
                    "{e}. The briefing is shown without its corrections; the file is left as it is."
                ));
            }
            if !c.missing.is_empty() {
                let n = c.missing.len();
                let figures: Vec<String> = c
                    .missing
                    .iter()
                    .map(|m| {
                        format!(
                            "{} (bytes {}–{})",
                            m.figure.measure, m.figure.start, m.figure.end
                        )
                    })
                    .collect();
                lines.push(format!(
                    "{}: {n} correction{} no longer find{} {}: {}. {} kept in the file.",
                    c.path.display(),
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "s" } else { "" },
                    if n == 1 {
                        "its figure"
                    } else {
                        "their figures"
                    },
                    figures.join(", "),
                    if n == 1 { "It is" } else { "They are" },
                ));
            }
        }
        if !lines.is_empty() {
            let level = if error { Level::Error } else { Level::Info };
            self.work
                .notifications
                .notify(Topic::Corrections, level, lines.join(" "));
        }
    }
}
