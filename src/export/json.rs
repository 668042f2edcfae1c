//! The indicators as shown, as JSON in the dataset format (`data/indicators.json`), so that the
//! export can be opened again by briefboard or read by any tool that reads the dataset.

use crate::dataset::{Dataset, Indicator};

/// A dataset holding only `indicators` (in the order given), with the source, speakers and
/// themes of `dataset` kept whole so every reference still resolves.
#[must_use]
pub fn subset<'a>(
    dataset: &Dataset,
    indicators: impl IntoIterator<Item = &'a Indicator>,
) -> Dataset {
    Dataset {
        schema_version: dataset.schema_version,
        source: dataset.source.clone(),
        speakers: dataset.speakers.clone(),
        themes: dataset.themes.clone(),
        indicators: indicators.into_iter().cloned().collect(),
        briefings: dataset.briefings.clone(),
    }
}

/// The subset as pretty JSON with a final newline, exactly as `data/indicators.json` is written.
#[must_use]
pub fn to_json<'a>(
    dataset: &Dataset,
    indicators: impl IntoIterator<Item = &'a Indicator>,
) -> String {
    subset(dataset, indicators).to_json()
}
