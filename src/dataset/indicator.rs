//! A figure of the dataset ([`Indicator`]), every time it is said ([`Mention`]), what the
//! extractor read of a corrected one ([`Extracted`]), and its identity as data ([`Anchor`],
//! [`FigureKey`]); display ids made from measures ([`number_ids`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Kind, Qualifier, Unit};

/// One numeric fact of the briefing, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// A unique slug, made from [`Indicator::measure`] (`5g-base-stations`; `-2`, `-3` for the
    /// second and third figure of a measure in a briefing, and `@2024-07-05` after it in a
    /// dataset of several briefings). Shown to people and used to select a figure; nothing
    /// reads it back for its parts.
    pub id: String,
    /// What the figure measures, never suffixed: the naming rule's id (`5g-base-stations`,
    /// the same in every briefing) or a slug of the label the rules give. Figures of the same
    /// measure at different briefings are linked (the Across briefings page). Version 2; a
    /// version 1 file reads each figure's id as its measure.
    #[serde(default)]
    pub measure: String,
    /// What a person would write under the figure (`5G base stations built`), unique in its
    /// briefing.
    pub label: String,
    /// The words that name the measure alone, where [`Indicator::label`] adds the period or
    /// the value as said to tell the figure from another of the same label ("5G base stations
    /// built" for "5G base stations built (4.83 million)"); absent when the label is that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure_label: Option<String>,
    /// A [`Theme::id`].
    pub theme: String,
    /// The figure in base units, always finite: counts as counts (3.837 million is
    /// `3837000`), money in yuan, percent and percentage points in points (`31.7`).
    pub value: f64,
    /// The unit of [`Indicator::value`].
    pub unit: Unit,
    /// How the speaker hedged the figure ("over", "about", …); `exact` when they did not.
    pub qualifier: Qualifier,
    /// Whether the figure is a level, a share, a change or a target.
    pub kind: Kind,
    /// The period the figure refers to, resolved against the briefing date: a year (`2023`),
    /// a month (`2024-06`), a day (`2020-01-25`, "as of … on Jan. 25") or a range
    /// (`2024-01/2024-05`); absent when the text gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Every time the fact is said, in transcript order; never empty.
    pub mentions: Vec<Mention>,
    /// In a dataset of several briefings, the index of this figure's briefing in
    /// [`Dataset::briefings`]; absent for a dataset of one briefing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub briefing: Option<usize>,
    /// Only for a figure a person corrected (a corrections file beside the transcript): what
    /// the extractor read, the fields a correction may change. Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted: Option<Extracted>,
    /// Whether a correction of the briefing's corrections file applied to the figure when it
    /// was opened (what the app marks as edited). Not part of the file.
    #[serde(skip)]
    pub edited: bool,
}

/// The extractor's reading of a corrected figure: the fields a correction may change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extracted {
    /// The measure the extractor gave; with the anchor, what corrections are keyed by.
    pub measure: String,
    /// The label the extractor gave.
    pub label: String,
    /// The theme the extractor gave.
    pub theme: String,
    /// The unit the extractor read.
    pub unit: Unit,
    /// The hedge the extractor read.
    pub qualifier: Qualifier,
    /// The kind the extractor read.
    pub kind: Kind,
    /// The period the extractor read, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

/// Gives each figure its display id from its measure, in order: the first figure of a measure
/// gets the measure itself, later ones `-2`, `-3`, … (skipping ids already given). Linear in
/// the figures.
pub fn number_ids(indicators: &mut [Indicator]) {
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for ind in indicators.iter_mut() {
        let mut id = ind.measure.clone();
        let n = next.entry(ind.measure.clone()).or_insert(2);
        while id.is_empty() || taken.contains(&id) {
            id = format!("{}-{n}", ind.measure);
            *n += 1;
        }
        taken.insert(id.clone());
        ind.id = id;
    }
}

/// One time a fact is said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// A [`Speaker::id`].
    pub speaker: String,
    /// The verbatim sentence that states the figure.
    pub quote: String,
    /// Byte offset of the quote's first byte in the source file.
    pub start: usize,
    /// Byte offset just past the quote's last byte in the source file.
    pub end: usize,
}

/// Where a figure is first said: the byte span of its first mention's sentence in the
/// transcript and the value said there. With the briefing's SHA-256 and the measure, it
/// identifies a figure however the extractor names it ([`FigureKey`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    /// Byte offset of the first mention's first byte in the transcript.
    pub start: usize,
    /// Byte offset just past the first mention's last byte.
    pub end: usize,
    /// The figure's value in base units (as [`Indicator::value`]).
    pub value: f64,
}

/// A figure's identity: its briefing (the transcript's SHA-256, lower-case hex), its measure
/// and its anchor. Made from fields, never from an id string.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureKey {
    /// SHA-256 of the briefing's transcript.
    pub briefing: String,
    /// [`Indicator::measure`] as the extractor gave it.
    pub measure: String,
    /// The first mention's span and the value.
    pub anchor: Anchor,
}

impl Indicator {
    /// The figure's [`Anchor`]: its first mention's span and its value; `None` for a figure
    /// without mentions (which [`Dataset::validate`] reports).
    #[must_use]
    pub fn anchor(&self) -> Option<Anchor> {
        self.mentions.first().map(|m| Anchor {
            start: m.start,
            end: m.end,
            value: self.value,
        })
    }

    /// What the extractor read of the fields a correction may change: [`Indicator::extracted`]
    /// for a corrected figure, else the figure's own fields.
    #[must_use]
    pub fn extractor_reading(&self) -> Extracted {
        self.extracted.clone().unwrap_or_else(|| Extracted {
            measure: self.measure.clone(),
            label: self.label.clone(),
            theme: self.theme.clone(),
            unit: self.unit,
            qualifier: self.qualifier,
            kind: self.kind,
            period: self.period.clone(),
        })
    }

    /// The words that name the measure: [`Indicator::measure_label`], else the label.
    #[must_use]
    pub fn plain_label(&self) -> &str {
        self.measure_label.as_deref().unwrap_or(&self.label)
    }

    /// The distinct speaker ids of the mentions, in order of first mention.
    #[must_use]
    pub fn speakers(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for m in &self.mentions {
            if !ids.contains(&m.speaker.as_str()) {
                ids.push(&m.speaker);
            }
        }
        ids
    }
}
