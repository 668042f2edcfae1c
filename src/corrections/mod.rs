//! Corrections: what a person fixed in the extractor's reading of a briefing, kept in a file
//! beside the transcript (`B1.corrections.json` beside `B1.txt`) or, where that folder cannot
//! be written (the embedded briefing), in the app's data folder under the transcript's
//! SHA-256.
//!
//! A [`Correction`] is keyed by the figure it corrects ([`Target`]: the measure the extractor
//! gave it and its anchor, the first mention's byte span and value), so it survives a newer
//! extractor that names the figure otherwise. It may set the label, theme, kind, unit,
//! qualifier, period and measure, or hide the figure (a false figure, or a value the
//! transcript gives wrongly), with a note. Values, speakers and quotes are the transcript's
//! and are never corrected. [`apply`] makes the dataset every view reads, in time linear in
//! the figures and the corrections; a correction whose figure is not found is returned, to be
//! shown, never dropped.

mod apply;
mod file;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::dataset::{Extracted, Indicator, Kind, Qualifier, Unit};

pub use apply::{Applied, Hidden, apply, problem};
pub use file::{CorrectionsError, FILE_SUFFIX, beside, in_data_dir};

/// The name of a value of the format (`at_least` for [`Qualifier::AtLeast`]).
#[must_use]
pub fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Every name of an enum of the format, as its JSON Schema lists them (`level`, `share`, …).
#[must_use]
pub fn names<T: JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut add = |v: &serde_json::Value| {
        if let Some(s) = v.as_str() {
            out.push(s.to_owned());
        }
    };
    if let Some(values) = schema.get("enum").and_then(|e| e.as_array()) {
        values.iter().for_each(&mut add);
    }
    if let Some(variants) = schema.get("oneOf").and_then(|e| e.as_array()) {
        for v in variants {
            if let Some(c) = v.get("const") {
                add(c);
            }
            if let Some(values) = v.get("enum").and_then(|e| e.as_array()) {
                values.iter().for_each(&mut add);
            }
        }
    }
    out
}

/// The version of the corrections format written by this crate; readers reject others.
pub const CORRECTIONS_VERSION: u32 = 1;

/// The most steps [`Corrections::undo`] keeps (the oldest are forgotten).
pub const UNDO_STEPS: usize = 200;

/// The corrections of one briefing: the file `NAME.corrections.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    /// [`CORRECTIONS_VERSION`] (1).
    pub corrections_version: u32,
    /// The transcript the corrections are for.
    pub briefing: Briefing,
    /// One entry per corrected figure, in the order they were first corrected.
    pub corrections: Vec<Correction>,
    /// What each change replaced, oldest first (at most [`UNDO_STEPS`]): `briefboard correct
    /// --undo` and Edit → Undo take the last one back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undo: Vec<Step>,
    /// The steps undone since the last change, for Edit → Redo (not saved).
    #[serde(skip)]
    pub redo: Vec<Step>,
}

/// The transcript a corrections file is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    /// The transcript's file name, for people reading the file.
    pub file: String,
    /// SHA-256 of the transcript's bytes, lower-case hex: corrections apply only to that text.
    pub sha256: String,
}

/// The figure a correction is for: the measure the extractor gave it and where it is first
/// said. Made from fields of the dataset, never from an id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// [`Indicator::measure`] as the extractor gave it (before any correction).
    pub measure: String,
    /// Byte offset of the first mention's sentence in the transcript.
    pub start: usize,
    /// Byte offset just past that sentence.
    pub end: usize,
    /// The figure's value in base units, as the dataset holds it.
    pub value: f64,
}

impl Target {
    /// The target of one of a dataset's figures: its extractor's measure
    /// ([`Indicator::extracted`] when corrected already) and its anchor; `None` for a figure
    /// without mentions.
    #[must_use]
    pub fn of(indicator: &Indicator) -> Option<Self> {
        let anchor = indicator.anchor()?;
        let measure = indicator
            .extracted
            .as_ref()
            .map_or(&indicator.measure, |e| &e.measure);
        Some(Self {
            measure: measure.clone(),
            start: anchor.start,
            end: anchor.end,
            value: anchor.value,
        })
    }

    /// Whether two targets are the same figure (the value compared bit for bit, −0 as 0).
    #[must_use]
    pub fn same(&self, other: &Self) -> bool {
        self.measure == other.measure && self.anchor() == other.anchor()
    }

    /// The anchor as a hashable key: span and the value's bits.
    pub(crate) fn anchor(&self) -> (usize, usize, u64) {
        let value = if self.value == 0.0 { 0.0 } else { self.value };
        (self.start, self.end, value.to_bits())
    }
}

/// One figure's correction: the fields given replace the extractor's reading; those left out
/// keep it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The figure corrected.
    pub figure: Target,
    /// The label to show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A theme id (`ict`, `industry`, … as in the dataset format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Level, share, change or target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The unit of the value (the value itself is never corrected).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The hedge ("over", "about", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The period as the dataset writes it (`2023`, `2024-01/2024-05`); an empty text removes
    /// the period the extractor gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// What the figure measures, as a slug (`industrial-value-added-growth`): its id, and the
    /// figures of other briefings it is linked with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Not a figure (or its value is wrong): left out of every page, table and export, and
    /// listed under Hidden figures.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Why, in the corrector's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Correction {
    /// A correction of `figure` that changes nothing yet.
    #[must_use]
    pub fn new(figure: Target) -> Self {
        Self {
            figure,
            label: None,
            theme: None,
            kind: None,
            unit: None,
            qualifier: None,
            period: None,
            measure: None,
            hidden: false,
            note: None,
        }
    }

    /// Leaves out the fields equal to the extractor's reading `read` (a correction back to
    /// what the extractor said is no correction).
    pub fn without_extracted(&mut self, read: &Extracted) {
        fn drop_same<T: PartialEq>(field: &mut Option<T>, read: &T) {
            if field.as_ref() == Some(read) {
                *field = None;
            }
        }
        drop_same(&mut self.label, &read.label);
        drop_same(&mut self.theme, &read.theme);
        drop_same(&mut self.kind, &read.kind);
        drop_same(&mut self.unit, &read.unit);
        drop_same(&mut self.qualifier, &read.qualifier);
        drop_same(&mut self.measure, &read.measure);
        let period = read.period.clone().unwrap_or_default();
        drop_same(&mut self.period, &period);
    }

    /// Whether it changes nothing (then it is left out of the file).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::new(self.figure.clone())
    }
}

/// One change a person makes to a figure, in the app or on the command line; applied to the
/// figure's correction by [`Edit::apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A new label.
    Label(String),
    /// A theme id.
    Theme(String),
    /// A kind.
    Kind(Kind),
    /// A unit.
    Unit(Unit),
    /// A hedge.
    Qualifier(Qualifier),
    /// A period as the dataset writes it; empty: none.
    Period(String),
    /// Hide the figure, with a note saying why.
    Hide(Option<String>),
    /// Show a hidden figure again.
    Show,
    /// Back to the extractor's reading: the correction goes.
    Reset,
}

impl Edit {
    /// The correction after this edit: `current` (or none) changed, the fields equal to the
    /// extractor's reading `read` left out; `None` when nothing is left to correct.
    #[must_use]
    pub fn apply(
        &self,
        figure: &Target,
        current: Option<&Correction>,
        read: &Extracted,
    ) -> Option<Correction> {
        let mut c = current
            .cloned()
            .unwrap_or_else(|| Correction::new(figure.clone()));
        match self {
            Self::Label(l) => c.label = Some(l.trim().to_owned()),
            Self::Theme(t) => c.theme = Some(t.clone()),
            Self::Kind(k) => c.kind = Some(*k),
            Self::Unit(u) => c.unit = Some(*u),
            Self::Qualifier(q) => c.qualifier = Some(*q),
            Self::Period(p) => c.period = Some(p.trim().to_owned()),
            Self::Hide(note) => {
                c.hidden = true;
                c.note = note.clone().filter(|n| !n.trim().is_empty());
            }
            Self::Show => {
                c.hidden = false;
                c.note = None;
            }
            Self::Reset => return None,
        }
        c.without_extracted(read);
        (!c.is_empty()).then_some(c)
    }
}

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
    /// No corrections yet, for the transcript `file` with this SHA-256.
    #[must_use]
    pub fn new(file: &str, sha256: &str) -> Self {
        Self {
            corrections_version: CORRECTIONS_VERSION,
            briefing: Briefing {
                file: file.to_owned(),
                sha256: sha256.to_owned(),
            },
            corrections: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The correction of a figure, if it has one.
    #[must_use]
    pub fn get(&self, figure: &Target) -> Option<&Correction> {
        self.position(figure).map(|k| &self.corrections[k])
    }

    /// Where the correction of `figure` is: the one with its measure and anchor, else the
    /// only one with its anchor (made when an older extractor named the figure otherwise, as
    /// [`apply`] finds it), so that a further correction of the figure updates it rather than
    /// adding a second.
    fn position(&self, figure: &Target) -> Option<usize> {
        self.corrections
            .iter()
            .position(|c| c.figure.same(figure))
            .or_else(|| {
                let mut at = self
                    .corrections
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.figure.anchor() == figure.anchor());
                match (at.next(), at.next()) {
                    (Some((k, _)), None) => Some(k),
                    _ => None,
                }
            })
    }

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

    /// The JSON Schema (draft 2020-12) of a corrections file, pretty-printed with a final
    /// newline (`briefboard schema --corrections`).
    ///
    /// # Panics
    /// Never: a generated schema is plain JSON.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "a generated schema is plain JSON and always serializes"
    )]
    pub fn json_schema() -> String {
        let schema = schemars::schema_for!(Corrections);
        let mut s = serde_json::to_string_pretty(&schema).expect("a schema serializes");
        s.push('\n');
        s
    }

    /// The file's text: pretty-printed JSON with a final newline.
    ///
    /// # Panics
    /// Never: plain structs with finite numbers always serialize.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "plain structs with finite numbers always serialize"
    )]
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("corrections serialize");
        s.push('\n');
        s
    }
}
