//! What an exported file says of where its figures come from: the source line printed under a
//! chart, and the metadata written into the file (a PNG's `Title`, `Description` and `Source`
//! text chunks): an alt text naming every figure with its speaker, and the briefing's title,
//! date, publisher and speakers.

use std::fmt::Write as _;

use crate::charts::{ChartKind, Mark, PageModel, join_names};
use crate::dataset::{Dataset, Indicator};
use crate::format;

/// The metadata of an exported page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The page title.
    pub title: String,
    /// An alt text written from the figures on the page ([`alt_text`]).
    pub description: String,
    /// The briefing: title, date, publisher and the speakers of the figures shown.
    pub source: String,
}

impl Metadata {
    /// The metadata of `model` drawn from `dataset`.
    #[must_use]
    pub fn new(model: &PageModel, dataset: &Dataset) -> Self {
        let ids = model.indicator_ids();
        let shown: Vec<&Indicator> = dataset
            .indicators
            .iter()
            .filter(|i| ids.contains(&i.id.as_str()))
            .collect();
        let names = speaker_names(dataset, &shown);
        let mut source = briefings_of(dataset, &shown)
            .iter()
            .map(|src| {
                format!(
                    "{}, {}, {}",
                    src.title,
                    format::long_date(&src.date),
                    src.publisher
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        if !names.is_empty() {
            let _ = write!(source, ". Speakers: {}", names.join(", "));
        }
        Self {
            title: model.title.clone(),
            description: alt_text(model),
            source,
        }
    }
}

/// The briefings of the figures shown, oldest first; the dataset's source when none is
/// shown.
fn briefings_of<'a>(dataset: &'a Dataset, shown: &[&Indicator]) -> Vec<&'a crate::dataset::Source> {
    let all = dataset.all_briefings();
    let mut used: Vec<usize> = shown.iter().map(|i| i.briefing.unwrap_or(0)).collect();
    used.sort_unstable();
    used.dedup();
    let mut sources: Vec<&crate::dataset::Source> =
        used.iter().filter_map(|&b| all.get(b)).collect();
    if sources.is_empty() {
        sources.push(&dataset.source);
    }
    sources.sort_by(|a, b| a.date.cmp(&b.date));
    sources
}

/// The names of the speakers of the figures shown, in the dataset's order.
fn speaker_names<'a>(dataset: &'a Dataset, shown: &[&Indicator]) -> Vec<&'a str> {
    dataset
        .speakers
        .iter()
        .filter(|s| {
            shown
                .iter()
                .any(|i| i.mentions.iter().any(|m| m.speaker == s.id))
        })
        .map(|s| s.name.as_str())
        .collect()
}

/// The source line printed under an exported chart, naming the briefing and the speakers of
/// the figures shown, e.g. `Source: SCIO press conference, 5 July 2024 — Jin Zhuanglong, Zhao
/// Zhiguo`; for figures of several briefings, `Source: SCIO press conferences of 19 January
/// 2023, 5 July 2024 and 20 January 2026 — …`. Speakers appear in the dataset's order
/// (officials as the briefing lists them); with no figures shown the line names the briefing
/// only.
#[must_use]
pub fn source_line<'a>(
    dataset: &Dataset,
    shown: impl IntoIterator<Item = &'a Indicator>,
) -> String {
    let shown: Vec<&Indicator> = shown.into_iter().collect();
    let names = speaker_names(dataset, &shown);
    let dates: Vec<String> = briefings_of(dataset, &shown)
        .iter()
        .map(|s| crate::format::long_date(&s.date))
        .collect();
    let briefings = match dates.as_slice() {
        [one] => format!("SCIO press conference, {one}"),
        [rest @ .., last] => format!("SCIO press conferences of {} and {last}", rest.join(", ")),
        [] => "SCIO press conference".to_owned(),
    };
    if names.is_empty() {
        format!("Source: {briefings}")
    } else {
        format!("Source: {briefings} — {}", names.join(", "))
    }
}

/// An alt text for a page, as short as it can be while naming every figure: one sentence per
/// chart, each figure with its value in words and its speakers, e.g. "Bar chart, 5G shares:
/// 5G base stations, share of the world's total, over 60 % (Jin Zhuanglong); …".
#[must_use]
pub fn alt_text(model: &PageModel) -> String {
    let mut parts = Vec::new();
    if let Some(h) = &model.headline {
        parts.push(format!("Headline figure: {}.", mark_text(h)));
    }
    for chart in &model.charts {
        let kind = match chart.kind {
            ChartKind::Bars => "Bar chart",
            ChartKind::Timeline => "Targets by year",
            ChartKind::Figures => "Figures",
            ChartKind::Series => "Line chart by briefing date",
        };
        let marks: Vec<String> = chart.marks.iter().map(mark_text).collect();
        parts.push(format!("{kind}, {}: {}.", chart.title, marks.join("; ")));
    }
    if parts.is_empty() {
        model.empty_message.clone().unwrap_or_default()
    } else {
        parts.join(" ")
    }
}

/// "5G base stations, share of the world's total, over 60 % (Jin Zhuanglong)".
fn mark_text(m: &Mark) -> String {
    let mut text = format!("{}, {}", m.label, m.said);
    if let Some(p) = &m.period {
        let _ = write!(text, ", {}", format::period_words(p));
    }
    if !m.speakers.is_empty() {
        let _ = write!(text, " ({})", join_names(&m.speakers));
    }
    text
}
