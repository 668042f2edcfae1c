//! The indicator dataset: the documented, versioned format of `data/indicators.json`.
//!
//! A [`Dataset`] holds the briefing's [`Source`], its [`Speaker`]s and [`Theme`]s, and one
//! [`Indicator`] per numeric fact, each with every [`Mention`] of it: who said it, the verbatim
//! sentence, and the byte offsets of that sentence in the source transcript, so that
//! `source[start..end] == quote` always holds.
//!
//! The JSON Schema generated from these types is published as `data/indicators.schema.json`.

mod indicator;
mod load;
mod schema;
mod validate;
mod value;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use indicator::{Anchor, Extracted, FigureKey, Indicator, Mention, number_ids};
pub use load::{DatasetError, EMBEDDED_JSON, EMBEDDED_SOURCE};
pub use schema::sha256_hex;
pub use validate::{Problem, period_ok};
pub use value::{Kind, Qualifier, Unit};

/// The version of the format written by this crate. Version 2 added the `under` qualifier,
/// the units `kilogram` and `cubic_metre`, and a figure's identity as data
/// ([`Indicator::measure`], [`Indicator::measure_label`], [`Indicator::extracted`]); files of
/// version 1 still read, each figure's measure being its id. Version 3 added the durations
/// `hour` and `day` ([`Unit::Hour`], [`Unit::Day`]) and the points of an index (`index`,
/// [`Unit::Index`]); files of version 2 still read. Version 4 added the unit `jin`
/// ([`Unit::Jin`]). An older version is a subset of this one and reads as it. Readers reject
/// other versions.
pub const SCHEMA_VERSION: u32 = 4;

/// The older versions this crate still reads: each is a subset of [`SCHEMA_VERSION`].
pub const OLDER_VERSIONS: [u32; 3] = [1, 2, 3];

/// All the figures of one briefing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// [`SCHEMA_VERSION`] (4) when written; files of an [`OLDER_VERSIONS`] read as it.
    pub schema_version: u32,
    /// The transcript the figures were extracted from.
    pub source: Source,
    /// Everyone who speaks in the briefing: officials, the chairperson and the media outlets
    /// that ask questions.
    pub speakers: Vec<Speaker>,
    /// The themes that indicators are filed under.
    pub themes: Vec<Theme>,
    /// One entry per numeric fact, in order of first mention.
    pub indicators: Vec<Indicator>,
    /// Only in a dataset that joins several briefings (what briefboard shows when several are
    /// open, and what it exports then): the source of each, in the order they were opened;
    /// [`Indicator::briefing`] indexes it. Empty for the figures of one briefing, whose
    /// source is [`Dataset::source`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub briefings: Vec<Source>,
}

/// The transcript a dataset was extracted from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The briefing's title, its transcript's first line (the file's name without extension
    /// when the text starts without a title).
    pub title: String,
    /// The briefing date, ISO 8601 (`2024-07-05`); empty when the transcript does not give it.
    pub date: String,
    /// Who published the transcript (`State Council Information Office`).
    pub publisher: String,
    /// The transcript's file name, looked up beside the dataset (in `data/`).
    pub file: String,
    /// SHA-256 of the transcript's bytes, lower-case hex (64 characters).
    pub sha256: String,
    /// Only for a transcript made from web pages (saved `.htm` files, a web address, or
    /// several pages of one article joined): each page's address or file, as the user gave
    /// it, and its byte span in the transcript, in page order. Absent for a prepared `.txt`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<SourcePage>,
}

/// One page of a transcript made from pages: where it came from and which bytes of the
/// transcript are its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcePage {
    /// The page's web address (`https://…/content_93644625_2.htm`) or file, as given.
    pub url: String,
    /// Byte offset in the transcript where the page's text starts.
    pub start: u64,
    /// Byte offset in the transcript where it ends (exclusive); pages are in order and do
    /// not overlap.
    pub end: u64,
}

impl Source {
    /// The page a byte offset of the transcript is on, if the transcript was made from pages.
    #[must_use]
    pub fn page_at(&self, offset: usize) -> Option<&SourcePage> {
        let offset = offset as u64;
        self.pages
            .iter()
            .find(|p| p.start <= offset && offset < p.end)
    }
}

/// One person or outlet that speaks in the briefing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// A slug of the English name (`jin-zhuanglong`, `xinhua-news-agency`).
    pub id: String,
    /// The name as the transcript writes it (`Jin Zhuanglong`).
    pub name: String,
    /// The name in Chinese characters (`金壮龙`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    /// The role as the transcript's header gives it; `media outlet` for askers.
    pub role: String,
    /// Whether the speaker is an official who answers, the chairperson, or an asker.
    pub kind: SpeakerKind,
}

/// What part a speaker plays in the briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// An official listed under "Speakers": the one who gives figures.
    Official,
    /// The host of the briefing.
    Chairperson,
    /// A media outlet asking a question.
    Asker,
}

/// A theme that indicators are filed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// A short slug (`ict`, `industry`, `digital`, `smes`, `green`, `innovation`, `reform`).
    pub id: String,
    /// The label shown to people (`ICT and 5G`).
    pub label: String,
}

impl Dataset {
    /// The speaker with this id, if any.
    #[must_use]
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The theme with this id, if any.
    #[must_use]
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The indicator with this id, if any.
    #[must_use]
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The briefing an indicator was said at: its entry of [`Dataset::briefings`], or
    /// [`Dataset::source`] in a dataset of one briefing (or for an index out of range).
    #[must_use]
    pub fn briefing_of(&self, indicator: &Indicator) -> &Source {
        indicator
            .briefing
            .and_then(|b| self.briefings.get(b))
            .unwrap_or(&self.source)
    }

    /// The identity of one of the dataset's figures ([`FigureKey`]), with the measure the
    /// extractor gave it; `None` for a figure without mentions.
    #[must_use]
    pub fn key_of(&self, indicator: &Indicator) -> Option<FigureKey> {
        Some(FigureKey {
            briefing: self.briefing_of(indicator).sha256.clone(),
            measure: indicator
                .extracted
                .as_ref()
                .map_or(&indicator.measure, |e| &e.measure)
                .clone(),
            anchor: indicator.anchor()?,
        })
    }

    /// The sources of the briefings the dataset holds: [`Dataset::briefings`], or the one
    /// [`Dataset::source`].
    #[must_use]
    pub fn all_briefings(&self) -> &[Source] {
        if self.briefings.is_empty() {
            std::slice::from_ref(&self.source)
        } else {
            &self.briefings
        }
    }
}
