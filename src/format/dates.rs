//! Dates and periods as people say them: `5 July 2024`, `June 2024`, `2021–2022`,
//! `January–May 2024`, and `date unknown` for a briefing whose transcript gives no date.

/// The months' names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month, 1 to 12 (`7` is `July`).
#[must_use]
pub fn month_name(month: u32) -> Option<&'static str> {
    MONTH_NAMES
        .get(usize::try_from(month.checked_sub(1)?).ok()?)
        .copied()
}

/// A period as people say it: `2023`, `June 2024` (for `2024-06`), `2021–2022`,
/// `January–May 2024` (for `2024-01/2024-05`), `25 January 2020` (for a day); anything else
/// unchanged.
#[must_use]
pub fn period_words(period: &str) -> String {
    fn month(p: &str) -> Option<(&str, &'static str)> {
        let (y, m) = p.split_once('-')?;
        let m: usize = m.parse().ok()?;
        Some((y, MONTH_NAMES.get(m.checked_sub(1)?)?))
    }
    if period.len() == 10 && !period.contains('/') {
        return long_date(period);
    }
    match period.split_once('/') {
        Some((a, b)) => match (month(a), month(b)) {
            (Some((ya, ma)), Some((yb, mb))) if ya == yb => format!("{ma}–{mb} {ya}"),
            (Some((ya, ma)), Some((yb, mb))) => format!("{ma} {ya}–{mb} {yb}"),
            _ => format!("{a}–{b}"),
        },
        None => month(period).map_or_else(|| period.to_owned(), |(y, m)| format!("{m} {y}")),
    }
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
    let mut parts = iso.split('-');
    let parsed = (|| {
        let year: u32 = parts.next()?.parse().ok()?;
        let month: usize = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        let name = MONTH_NAMES.get(month.checked_sub(1)?)?;
        (parts.next().is_none() && (1..=31).contains(&day)).then(|| format!("{day} {name} {year}"))
    })();
    if iso.is_empty() {
        return "date unknown".to_owned();
    }
    parsed.unwrap_or_else(|| iso.to_owned())
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
