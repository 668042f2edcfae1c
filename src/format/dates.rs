//! Dates and periods as people say them: `5 July 2024`, `June 2024`, `2021–2022`,
//! `January–May 2024`, and `date unknown` for a briefing whose transcript gives no date.

use crate::period::{Period, parse_date};

/// The English name of a month, 1 to 12 (`7` is `July`).
#[must_use]
pub fn month_name(month: u32) -> Option<&'static str> {
    crate::period::month_name(i8::try_from(month).ok()?)
}

/// A period as people say it ([`Period::words`]): `2023`, `June 2024` (for `2024-06`),
/// `2021–2022`, `Q1 2023`, `first half of 2024`, `January–May 2024` (for `2024-01/2024-05`),
/// `25 January 2020` (for a day); anything that is not a period unchanged.
#[must_use]
pub fn period_words(period: &str) -> String {
    Period::parse(period).map_or_else(|| period.to_owned(), |p| p.words())
}

/// A briefing date as the dashboard shows it: the ISO date, or `date unknown` when the
/// transcript gives none.
#[must_use]
pub fn date_or_unknown(iso: &str) -> &str {
    if iso.is_empty() { "date unknown" } else { iso }
}

/// An ISO date (`2024-07-05`) as people write it (`5 July 2024`); `date unknown` for an empty
/// one (a transcript that gives no date); anything else unchanged.
#[must_use]
pub fn long_date(iso: &str) -> String {
    if iso.is_empty() {
        return "date unknown".to_owned();
    }
    parse_date(iso).map_or_else(|| iso.to_owned(), |d| Period::day(d).words())
}

/// A briefing as one short line: its date as people write it and its title without the
/// usual opening ("SCIO briefing on …", "Press conference on …"), cut to about 90 characters:
/// `5 July 2024 · promoting high-quality development: Ministry of …`.
#[must_use]
pub fn briefing_short(source: &crate::dataset::Source) -> String {
    const OPENINGS: [&str; 5] = [
        "scio briefing on ",
        "scio press conference on ",
        "press conference on ",
        "scio briefing: ",
        "scio press conference: ",
    ];
    let title = source.title.trim();
    let lower = title.to_lowercase();
    let cut = OPENINGS
        .iter()
        .find(|o| lower.starts_with(*o) && title.is_char_boundary(o.len()))
        .map_or(0, |o| o.len());
    let mut short: String = title[cut..].chars().take(90).collect();
    if title[cut..].chars().nth(90).is_some() {
        short = format!("{}…", short.trim_end());
    }
    if short.is_empty() {
        return long_date(&source.date);
    }
    format!("{} · {short}", long_date(&source.date))
}

/// The span of some ISO dates as people write it: `19 January 2023 to 20 January 2026`, the
/// one date when they are all the same; `None` when none is known (empty dates, those of
/// briefings without a header, are left out).
#[must_use]
pub fn date_range<'a>(dates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let known = dates.into_iter().filter(|d| !d.is_empty());
    let (first, last) = known.fold(None, |span: Option<(&str, &str)>, d| match span {
        None => Some((d, d)),
        Some((a, b)) => Some((a.min(d), b.max(d))),
    })?;
    Some(if first == last {
        long_date(first)
    } else {
        format!("{} to {}", long_date(first), long_date(last))
    })
}
