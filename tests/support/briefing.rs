//! Small made-up transcripts for the extraction tests: one official ("Li Ming"), a
//! chairperson and an asker whose question holds figures of its own (never extracted). Test
//! files include it with `#[path = "support/briefing.rs"] mod briefing;`.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

use briefboard::dataset::{Dataset, Kind, Qualifier, Unit};
use briefboard::extract::extract;

/// A transcript with one official ("Li Ming"), a chairperson, the official's `body` and an
/// asker whose question holds figures of its own (which must never be extracted).
pub fn briefing(date: &str, body: &str) -> Dataset {
    let text = format!(
        "SCIO briefing on test matters\nBeijing | 10 a.m. {date}\n\nSpeakers\n\nLi Ming, minister of tests\n\n\
         Chairperson\n\nWang Fang, spokesperson of the SCIO\n\nWang Fang:\n\nWe will take 2 questions, 45% of the time.\n\n\
         _ueditor_page_break_tag_\n\nDaily Paper:\n\nSales grew by 99% in 2023. Thank you.\n\nLi Ming:\n\n{body}\n\n\
         /5    Group photo\n"
    );
    extract("test.txt", text.as_bytes()).expect("the test transcript extracts")
}

/// (value, unit, qualifier, kind, period) of every indicator, in order.
pub fn figures(d: &Dataset) -> Vec<(f64, Unit, Qualifier, Kind, Option<String>)> {
    d.indicators
        .iter()
        .map(|i| (i.value, i.unit, i.qualifier, i.kind, i.period.clone()))
        .collect()
}

/// (value, unit, qualifier) of every indicator of a briefing of 15 July 2024, in order.
pub fn measured(body: &str) -> Vec<(f64, Unit, Qualifier)> {
    briefing("July 15, 2024", body)
        .indicators
        .iter()
        .map(|i| (i.value, i.unit, i.qualifier))
        .collect()
}

pub fn values(body: &str) -> Vec<f64> {
    briefing("July 5, 2024", body)
        .indicators
        .iter()
        .map(|i| i.value)
        .collect()
}

/// (label, value, kind, period) of every indicator, in order.
pub fn read(body: &str) -> Vec<(String, f64, Kind, Option<String>)> {
    briefing("July 15, 2024", body)
        .indicators
        .iter()
        .map(|i| (i.label.clone(), i.value, i.kind, i.period.clone()))
        .collect()
}

/// (value, period) of every indicator, in order.
pub fn periods(d: &Dataset) -> Vec<(f64, Option<&str>)> {
    d.indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref()))
        .collect()
}
