//! Boards: slides of one's own, kept in a `.briefboard` file.
//!
//! A [`Board`] names the briefings it uses (the path or web address as given, and the
//! SHA-256 of the transcript) and holds its [`Slide`]s: a title, a subtitle, the kind of
//! chart, the figures by their lasting identity ([`FigureRef`]: the briefing's SHA-256, the
//! extractor's measure and the anchor, as a [`crate::dataset::FigureKey`]), which of them are
//! highlighted, and a short note. Figures are found again by identity in the dataset of the
//! open briefings, corrections applied ([`resolve`]); a briefing that has gone or whose
//! transcript changed, and a figure not found, are reported ([`Resolved`]), never dropped.
//!
//! The file is JSON of a published schema (`briefboard schema --board`), read with errors that
//! name the file, the place and the reason, and written atomically ([`crate::fsutil`]).

mod file;
mod open;
mod resolve;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::dataset::{Anchor, Dataset, Indicator};

pub use file::{BoardError, EXTENSION, MIME_TYPE};
pub use open::{BriefingState, Opened, locate, open_briefings, states_among, stored_path};
pub use resolve::{Resolved, ResolvedSlide, figure_date, resolve, series_problem};

/// The version of the board format written by this crate; readers reject others.
pub const BOARD_VERSION: u32 = 1;

/// The most characters a slide's note may have: a note is a line or two under the chart.
pub const NOTE_MAX_CHARS: usize = 280;

/// A board: the file `NAME.briefboard`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Board {
    /// The format's version: 1.
    pub board_version: u32,
    /// The briefings the slides' figures come from, in the order they were first used.
    pub briefings: Vec<BoardBriefing>,
    /// The slides, in order.
    pub slides: Vec<Slide>,
}

/// A briefing a board uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BoardBriefing {
    /// The file (transcript, saved page, dataset) as it was given, or its web address;
    /// `<embedded>` for the briefing built into briefboard. A relative path is looked up
    /// beside the board first, then in the working folder.
    pub path: String,
    /// SHA-256 of the briefing's transcript, lower-case hex: the figures' identity.
    pub sha256: String,
    /// The briefing's title, for people reading the file and for messages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The briefing date (ISO 8601), for people reading the file and for messages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
}

/// One slide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    /// The slide's title.
    pub title: String,
    /// One sentence under the title; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// How the figures are drawn.
    pub chart: ChartChoice,
    /// The figures, in the order drawn.
    pub figures: Vec<FigureRef>,
    /// A short note under the chart (at most 280 characters); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The chart of a slide.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChartChoice {
    /// Horizontal bars (one chart per unit when the figures have several).
    #[default]
    Bars,
    /// Each figure as a number on a card.
    Cards,
    /// One measure over time, on a date axis: only for figures of one measure at several
    /// dates (their periods, else their briefings' dates).
    Series,
}

impl ChartChoice {
    /// Every choice, in the order menus list them.
    pub const ALL: [Self; 3] = [Self::Bars, Self::Cards, Self::Series];

    /// What menus call it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Bars => "Bars",
            Self::Cards => "Cards",
            Self::Series => "Series over time",
        }
    }

    /// Its name in the file and on the command line (`bars`, `cards`, `series`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Bars => "bars",
            Self::Cards => "cards",
            Self::Series => "series",
        }
    }
}

/// A figure on a slide, by its lasting identity (as a dataset's figure key), never by
/// its display id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureRef {
    /// SHA-256 of the figure's briefing transcript (one of the board's briefings).
    pub briefing: String,
    /// The measure the extractor gave the figure (before any correction).
    pub measure: String,
    /// Where the figure is first said and its value.
    pub anchor: Anchor,
    /// The figure's label when it was added, for people reading the file and for saying
    /// which figure was not found.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Drawn in its colour while the slide's other figures are greyed; when no figure of a
    /// slide is highlighted, all are drawn in colour.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub highlight: bool,
}

impl FigureRef {
    /// The reference to one of `dataset`'s figures; `None` for a figure without mentions.
    #[must_use]
    pub fn of(dataset: &Dataset, indicator: &Indicator) -> Option<Self> {
        let key = dataset.key_of(indicator)?;
        Some(Self {
            briefing: key.briefing,
            measure: key.measure,
            anchor: key.anchor,
            label: indicator.label.clone(),
            highlight: false,
        })
    }

    /// Whether two references name the same figure (the value compared bit for bit, −0 as 0;
    /// the label and the highlight play no part).
    #[must_use]
    pub fn same(&self, other: &Self) -> bool {
        self.briefing == other.briefing
            && self.measure == other.measure
            && anchor_key(&self.anchor) == anchor_key(&other.anchor)
    }

    /// How a message names the figure: its label, else its measure.
    #[must_use]
    pub fn name(&self) -> &str {
        if self.label.is_empty() {
            &self.measure
        } else {
            &self.label
        }
    }
}

/// An anchor as a hashable key: the span and the value's bits (−0 as 0).
pub(crate) fn anchor_key(anchor: &Anchor) -> (usize, usize, u64) {
    let value = if anchor.value == 0.0 {
        0.0
    } else {
        anchor.value
    };
    (anchor.start, anchor.end, value.to_bits())
}

impl Default for Board {
    fn default() -> Self {
        Self::new()
    }
}

impl Board {
    /// A board without slides.
    #[must_use]
    pub fn new() -> Self {
        Self {
            board_version: BOARD_VERSION,
            briefings: Vec::new(),
            slides: Vec::new(),
        }
    }

    /// Adds the briefing (by its SHA-256) unless the board names it already; a known one
    /// takes the new path when it had none.
    pub fn use_briefing(&mut self, briefing: BoardBriefing) {
        match self
            .briefings
            .iter_mut()
            .find(|b| b.sha256 == briefing.sha256)
        {
            Some(known) if known.path.is_empty() => *known = briefing,
            Some(_) => {}
            None => self.briefings.push(briefing),
        }
    }

    /// A new slide of `figures` (each of `dataset`), titled after the first figure's label
    /// when `title` is empty; the briefings of the figures join the board's list.
    /// `path_of` gives the path of a briefing (by SHA-256) as the user opened it.
    pub fn add_slide(
        &mut self,
        dataset: &Dataset,
        figures: &[&Indicator],
        title: &str,
        path_of: &dyn Fn(&str) -> String,
    ) -> usize {
        let refs = self.refs(dataset, figures, path_of);
        let title = if title.trim().is_empty() {
            figures
                .first()
                .map_or_else(|| "New slide".to_owned(), |f| f.plain_label().to_owned())
        } else {
            title.trim().to_owned()
        };
        self.slides.push(Slide {
            title,
            subtitle: String::new(),
            chart: ChartChoice::default(),
            figures: refs,
            note: String::new(),
        });
        self.slides.len() - 1
    }

    /// Adds `figures` to the slide at `slide` (those on it already are left as they are);
    /// returns how many were added.
    pub fn add_to_slide(
        &mut self,
        slide: usize,
        dataset: &Dataset,
        figures: &[&Indicator],
        path_of: &dyn Fn(&str) -> String,
    ) -> usize {
        let refs = self.refs(dataset, figures, path_of);
        let Some(s) = self.slides.get_mut(slide) else {
            return 0;
        };
        let mut added = 0;
        for r in refs {
            if !s.figures.iter().any(|f| f.same(&r)) {
                s.figures.push(r);
                added += 1;
            }
        }
        added
    }

    /// The references of `figures`, their briefings added to the board's list.
    fn refs(
        &mut self,
        dataset: &Dataset,
        figures: &[&Indicator],
        path_of: &dyn Fn(&str) -> String,
    ) -> Vec<FigureRef> {
        let mut out: Vec<FigureRef> = Vec::new();
        for f in figures {
            let Some(r) = FigureRef::of(dataset, f) else {
                continue;
            };
            if out.iter().any(|o| o.same(&r)) {
                continue;
            }
            let source = dataset.briefing_of(f);
            self.use_briefing(BoardBriefing {
                path: path_of(&source.sha256),
                sha256: source.sha256.clone(),
                title: source.title.clone(),
                date: source.date.clone(),
            });
            out.push(r);
        }
        out
    }

    /// Moves the slide at `from` to `to` (both clamped to the list); returns where it is now.
    pub fn move_slide(&mut self, from: usize, to: usize) -> Option<usize> {
        if from >= self.slides.len() {
            return None;
        }
        let to = to.min(self.slides.len() - 1);
        let slide = self.slides.remove(from);
        self.slides.insert(to, slide);
        Some(to)
    }

    /// Puts a copy of the slide at `index` right after it; returns the copy's place.
    pub fn duplicate_slide(&mut self, index: usize) -> Option<usize> {
        let copy = self.slides.get(index)?.clone();
        self.slides.insert(index + 1, copy);
        Some(index + 1)
    }

    /// Removes the slide at `index`, and the briefings no slide uses any more.
    pub fn delete_slide(&mut self, index: usize) -> Option<Slide> {
        if index >= self.slides.len() {
            return None;
        }
        let slide = self.slides.remove(index);
        self.forget_unused_briefings();
        Some(slide)
    }

    /// Drops the briefings no slide's figure comes from.
    pub fn forget_unused_briefings(&mut self) {
        let used: std::collections::HashSet<&str> = self
            .slides
            .iter()
            .flat_map(|s| s.figures.iter().map(|f| f.briefing.as_str()))
            .collect();
        let keep: Vec<bool> = self
            .briefings
            .iter()
            .map(|b| used.contains(b.sha256.as_str()))
            .collect();
        let mut k = 0;
        self.briefings.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }

    /// The board's briefing with this SHA-256, if it names it.
    #[must_use]
    pub fn briefing(&self, sha256: &str) -> Option<&BoardBriefing> {
        self.briefings.iter().find(|b| b.sha256 == sha256)
    }

    /// The JSON Schema (draft 2020-12) of a board file, pretty-printed with a final newline
    /// (`briefboard schema --board`).
    ///
    /// # Panics
    /// Never: a generated schema is plain JSON.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "a generated schema is plain JSON and always serializes"
    )]
    pub fn json_schema() -> String {
        let schema = schemars::schema_for!(Board);
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
        let mut s = serde_json::to_string_pretty(self).expect("a board serializes");
        s.push('\n');
        s
    }
}
