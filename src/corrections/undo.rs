//! Undo and redo of the corrections: each change remembers the correction it replaced.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Correction, Corrections, Target, UNDO_STEPS};

/// One change of the corrections: the figure's correction before it (`None`: there was none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The figure changed.
    pub figure: Target,
    /// Its correction before the change.
    pub before: Option<Correction>,
}

impl Corrections {
    /// Replaces the correction of `figure` by `new` (`None`, or a correction that changes
    /// nothing, removes it), remembering the one before for [`Corrections::undo`]. Returns
    /// whether anything changed.
    pub fn put(&mut self, figure: &Target, new: Option<Correction>) -> bool {
        let before = self.replace(figure, new);
        let changed = before.as_ref() != self.get(figure);
        if changed {
            self.undo.push(Step {
                figure: figure.clone(),
                before,
            });
            if self.undo.len() > UNDO_STEPS {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
        changed
    }

    /// Takes the last change back; returns the figure it was about, or `None` when there is
    /// nothing to undo.
    pub fn undo(&mut self) -> Option<Target> {
        let step = self.undo.pop()?;
        let after = self.replace(&step.figure, step.before);
        self.redo.push(Step {
            figure: step.figure.clone(),
            before: after,
        });
        Some(step.figure)
    }

    /// Makes the last undone change again; returns its figure, or `None` when there is none.
    pub fn redo(&mut self) -> Option<Target> {
        let step = self.redo.pop()?;
        let after = self.replace(&step.figure, step.before);
        self.undo.push(Step {
            figure: step.figure.clone(),
            before: after,
        });
        Some(step.figure)
    }

    /// Sets the correction of `figure` (removing it for `None` or an empty one); returns the
    /// one it replaces. The entry keeps its place in the list.
    fn replace(&mut self, figure: &Target, new: Option<Correction>) -> Option<Correction> {
        let new = new.filter(|c| !c.is_empty()).map(|mut c| {
            c.figure = figure.clone();
            c
        });
        let at = self.position(figure);
        match (at, new) {
            (Some(k), Some(c)) => Some(std::mem::replace(&mut self.corrections[k], c)),
            (Some(k), None) => Some(self.corrections.remove(k)),
            (None, Some(c)) => {
                self.corrections.push(c);
                None
            }
            (None, None) => None,
        }
    }
}
