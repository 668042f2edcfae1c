//! The indicator dataset: the documented, versioned format of `data/indicators.json`.
//!
//! A [`Dataset`] holds the briefing's [`Source`], its [`Speaker`]s and [`Theme`]s, and one
//! [`Indicator`] per numeric fact, each with every [`Mention`] of it: who said it, the verbatim
//! sentence, and the byte offsets of that sentence in the source transcript, so that
//! `source[start..end] == quote` always holds.
//!
//! The JSON Schema generated from these types is published as `data/indicators.schema.json`.

mod load;
mod schema;
mod validate;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use load::{DatasetError, EMBEDDED_JSON, EMBEDDED_SOURCE};
pub use schema::sha256_hex;
pub use validate::Problem;

/// The version of the format written by this crate. Version 2 added the `under` qualifier
/// and the units `kilogram` and `cubic_metre`;
/// files of version 1 (a subset of version 2) still read, as version 2. Readers reject other
/// versions.
pub const SCHEMA_VERSION: u32 = 2;

/// The older versions this crate still reads: each is a subset of [`SCHEMA_VERSION`].
pub const OLDER_VERSIONS: [u32; 1] = [1];

/// All the figures of one briefing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// [`SCHEMA_VERSION`] (2) when written; files of an [`OLDER_VERSIONS`] read as it.
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

/// One numeric fact of the briefing, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// A unique slug (`5g-base-stations`).
    pub id: String,
    /// What a person would write under the figure (`5G base stations built`).
    pub label: String,
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

/// The unit of an indicator's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of things (base stations, enterprises, categories).
    Count,
    /// Percent, in points (`31.7` for 31.7 %).
    Percent,
    /// A difference between two percentages, in points.
    PercentagePoint,
    /// Chinese yuan (renminbi).
    Yuan,
    /// Metric tons.
    Tonne,
    /// Grams.
    Gram,
    /// Kilograms, as grain output is said ("650 billion kilograms"; schema version 2).
    Kilogram,
    /// Cubic metres, as water is said ("640 billion cubic meters"; schema version 2).
    CubicMetre,
    /// Floating-point operations per second (230 EFLOPS is `2.3e20`).
    Flops,
    /// Bits per second (64 Kbps is `64000`).
    BitPerSecond,
    /// A multiple ("grown by 239 times").
    Times,
    /// Years (a duration, such as "11 consecutive years").
    Year,
    /// US dollars ("US$1.2 trillion", "1.2 trillion U.S. dollars").
    UsDollar,
    /// Kilometres ("km").
    Kilometre,
    /// Square kilometres.
    SquareKilometre,
    /// Hectares.
    Hectare,
    /// Mu, the Chinese unit of land area (1/15 hectare).
    Mu,
    /// Kilowatts of capacity (1.2 billion kilowatts is `1.2e9`; a gigawatt is `1e6`).
    Kilowatt,
    /// Kilowatt-hours of energy ("kWh").
    KilowattHour,
    /// A place in a ranking ("14th place" is `14`).
    Rank,
}

/// How a speaker hedged a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Said without a hedge.
    Exact,
    /// "over", "more than", "exceeded": strictly above the value.
    Over,
    /// "about", "approximately", "around".
    About,
    /// "nearly", "almost": just below the value.
    Nearly,
    /// "at least".
    AtLeast,
    /// "under", "below", "less than", "within" a cap: strictly below the value (schema
    /// version 2).
    Under,
    /// "an estimated", "estimated to be": a figure not yet final.
    Estimated,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A level reached: a count, an amount, a rate.
    Level,
    /// A part of a whole, in percent.
    Share,
    /// A change over a period (negative for a fall).
    Change,
    /// A goal for a future date.
    Target,
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

/// The part of an indicator id that names what it measures: a dataset of several briefings
/// makes ids unique by adding `@` and the briefing (`5g-base-stations@2024-07-05`); this
/// gives `5g-base-stations` back. Ids of one briefing are returned as they are.
#[must_use]
pub fn base_id(id: &str) -> &str {
    id.split_once('@').map_or(id, |(base, _)| base)
}

impl Indicator {
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
