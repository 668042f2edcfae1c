//! What a sentence's own words say of the time of its figures besides a phrase of time: a
//! topic before the date that opens it ("In regard to railways, by the end of 2018, …"), an
//! open span of years ("in the past decade") that fixes none, and a change over many years
//! that spans from its base year.

use super::after::compared_year;
use super::tokens::Token;

/// Open spans of years a sentence may speak of, which fix no period.
const OPEN_SPANS: [&str; 8] = [
    "past decade",
    "last decade",
    "past ten years",
    "past 10 years",
    "past few years",
    "over the years",
    "past five years",
    "new era",
];

/// Words that open a sentence with its topic ("In regard to railways, by the end of 2018, …",
/// "As for the road network, …"), in lower case.
const TOPIC_LEADS: [&[&str]; 8] = [
    &["in", "regard", "to"],
    &["with", "regard", "to"],
    &["as", "for"],
    &["as", "to"],
    &["in", "terms", "of"],
    &["regarding"],
    &["when", "it", "comes", "to"],
    &["concerning"],
];

/// Whether the phrase of time at token `at` comes right after a sentence's topic ("In regard
/// to railways, by the end of 2018, …"): the sentence opens with one of [`TOPIC_LEADS`], and
/// its first comma, within a few words, comes just before the phrase.
pub(super) fn after_topic(t: &[Token<'_>], at: usize) -> bool {
    const TOPIC_WORDS: usize = 10;
    const PHRASE_START: usize = 5;
    let opens = TOPIC_LEADS.iter().any(|lead| {
        lead.iter()
            .enumerate()
            .all(|(k, w)| t.get(k).is_some_and(|x| x.low == *w))
    });
    let comma = t.iter().take(TOPIC_WORDS).position(|x| x.text == ",");
    // "…, by the end of 2018": the phrase may be read from its year, a few words on.
    opens && comma.is_some_and(|c| c < at && at <= c + PHRASE_START)
}

/// "up 24.6 % from that in 2012", "60 times that of 1949", said of a figure of 2021 (or of the
/// end of 2018): a change over more than a year covers the span from its base year to the
/// year of `period` ("2012/2021"). `None` for a base a year before (a change year on year
/// keeps its year), a later base, or a period that is itself a span.
pub(super) fn span_from_base(after: &str, period: &str) -> Option<String> {
    let (_, base) = compared_year(after)?;
    let base: i32 = base.parse().ok()?;
    let end: i32 = period
        .get(..4)
        .filter(|_| !period.contains('/'))?
        .parse()
        .ok()?;
    (end - base >= 2).then(|| format!("{base}/{end}"))
}

/// Whether a sentence speaks of an open span of years, which no period said before is of:
/// one of [`OPEN_SPANS`], "the past 70 years", "the last three decades", "Through 70 years of
/// development", "after 40 years of reform", "Since then, …" — not a comparison with such a span ("grew by
/// 22.4 %, the highest in the past six years").
pub(super) fn open_span(lower: &str, t: &[Token<'_>]) -> bool {
    const BEST: [&str; 10] = [
        "highest",
        "lowest",
        "fastest",
        "slowest",
        "best",
        "largest",
        "biggest",
        "strongest",
        "most",
        "record",
    ];
    let count = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty()
            || super::words::number_word(w).is_some()
    };
    let compared = |at: usize| {
        t[at.saturating_sub(4)..at]
            .iter()
            .any(|x| BEST.contains(&x.low))
    };
    // ("… back in 2000. Since then, we have …": from then until now.)
    let said = lower.starts_with("since then")
        || OPEN_SPANS.iter().any(|w| lower.contains(w))
            && !BEST.iter().any(|w| lower.contains(&format!("{w} in the ")));
    said || t.windows(3).enumerate().any(|(i, w)| {
        let span = matches!(w[2].low, "years" | "decades");
        matches!(w[0].low, "past" | "last") && count(w[1].low) && span && !compared(i)
    }) || t.windows(4).any(|w| {
        matches!(w[0].low, "through" | "after" | "over")
            && count(w[1].low)
            && w[2].low == "years"
            && w[3].low == "of"
    })
}
