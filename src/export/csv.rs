//! The indicators as shown, as CSV (RFC 4180, written with the `csv` crate): one row per
//! indicator with the columns of [`HEADER`].

use crate::dataset::{Dataset, Indicator};

/// The CSV columns, in order.
pub const HEADER: [&str; 14] = [
    "id",
    "label",
    "theme",
    "value",
    "unit",
    "qualifier",
    "kind",
    "period",
    "speakers",
    "quotes",
    "briefing",
    "briefing_date",
    "briefing_file",
    "page_url",
];

/// Separates several speakers within the `speakers` cell.
pub const SPEAKER_SEPARATOR: &str = "; ";

/// Separates several quotes within the `quotes` cell (quotes are single sentences, so a line
/// break never occurs inside one).
pub const QUOTE_SEPARATOR: &str = "\n";

/// Why the CSV could not be produced.
#[derive(Debug, thiserror::Error)]
#[error("cannot write CSV: {0}")]
pub struct CsvError(#[from] csv::Error);

/// The indicators, in the order given, as CSV bytes (UTF-8, header row first, `\n` line ends).
///
/// `value` is the number in base units as in the dataset (`3837000`, `31.7`); `unit`,
/// `qualifier` and `kind` are the dataset's snake-case names; `theme` is the theme id;
/// `speakers` the speakers' names (ids when a name is unknown) joined by
/// [`SPEAKER_SEPARATOR`]; `quotes` the verbatim sentences joined by [`QUOTE_SEPARATOR`];
/// `briefing`, `briefing_date` and `briefing_file` the title, ISO date and transcript file of
/// the briefing where the figure was said; `page_url` the web address (or file) of the page
/// each quote is on, one per line as the quotes are, empty for a briefing read from one
/// prepared transcript.
///
/// # Errors
/// Never in practice (writing to memory); a [`CsvError`] if the csv writer reports one.
pub fn to_csv<'a>(
    dataset: &Dataset,
    indicators: impl IntoIterator<Item = &'a Indicator>,
) -> Result<Vec<u8>, CsvError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(HEADER)?;
    for i in indicators {
        let speakers: Vec<&str> = i
            .speakers()
            .into_iter()
            .map(|id| dataset.speaker(id).map_or(id, |s| s.name.as_str()))
            .collect();
        let quotes: Vec<&str> = i.mentions.iter().map(|m| m.quote.as_str()).collect();
        let briefing = dataset.briefing_of(i);
        let pages: Vec<&str> = i
            .mentions
            .iter()
            .map(|m| briefing.page_at(m.start).map_or("", |p| p.url.as_str()))
            .collect();
        let pages = if pages.iter().all(|p| p.is_empty()) {
            String::new()
        } else {
            pages.join(QUOTE_SEPARATOR)
        };
        w.write_record([
            i.id.as_str(),
            &i.label,
            &i.theme,
            &i.value.to_string(),
            &snake(&i.unit),
            &snake(&i.qualifier),
            &snake(&i.kind),
            i.period.as_deref().unwrap_or(""),
            &speakers.join(SPEAKER_SEPARATOR),
            &quotes.join(QUOTE_SEPARATOR),
            &briefing.title,
            &briefing.date,
            &briefing.file,
            &pages,
        ])?;
    }
    w.into_inner()
        .map_err(|e| CsvError(csv::Error::from(e.into_error())))
}

/// The dataset's own name of a unit-like enum (`percentage_point`, `at_least`).
fn snake(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
