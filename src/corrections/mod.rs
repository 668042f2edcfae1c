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
mod correction;
mod file;
mod undo;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use apply::{Applied, Hidden, apply, problem};
pub use correction::{Correction, Edit, Target};
pub use file::{CorrectionsError, FILE_SUFFIX, beside, in_data_dir};
pub use undo::Step;

/// The name of a value of the format (`at_least` for [`crate::dataset::Qualifier::AtLeast`]).
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
