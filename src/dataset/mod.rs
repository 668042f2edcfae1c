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
pub use validate::{Problem, period_ok};

/// The version of the format written by this crate. Version 2 added the `under` qualifier,
/// the units `kilogram` and `cubic_metre`, and a figure's identity as data
/// ([`Indicator::measure`], [`Indicator::measure_label`], [`Indicator::extracted`]); files of
/// version 1 (a subset of version 2) still read, as version 2, each figure's measure being its
/// id. Readers reject other versions.
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
