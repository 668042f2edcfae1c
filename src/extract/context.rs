//! The words around a figure: what was said since the figure before and after it, up to the
//! next comma or figure ([`Ctx`]), and the words that make a sentence a forecast.

use super::numbers::Quantity;
use super::rules::Ctx;
use super::tokens::Token;

/// The context of quantity `k` among `qs` in sentence `s`.
pub(super) fn context(s: &str, t: &[Token<'_>], qs: &[Quantity], k: usize) -> Ctx {
    // `s` is the sentence in ASCII lower case: the same byte offsets as the original.
    let q = &qs[k];
    let begin = if k == 0 {
        0
    } else {
        t.get(qs[k - 1].last).map_or(s.len(), |x| x.start)
    };
    let begin = begin.min(t[q.first].start);
    let mut after = after_of(s, t, qs, k);
    // "accounted for 30.4 %, 30.5 % and 31.4 % of the total, respectively": the whole said
    // after the last figure of a list said "respectively" is every figure's.
    if matches!(after.trim(), "" | "and") && s.contains("respectively") {
        let mut last = k;
        while qs.get(last + 1).is_some_and(|n| {
            let between = &s[t.get(qs[last].last).map_or(s.len(), |x| x.start)..t[n.first].start];
            matches!(between.trim().trim_matches(',').trim(), "" | "and")
        }) {
            last += 1;
        }
        // (Only the whole a share is of: "of the total", "of GDP".)
        let whole = after_of(s, t, qs, last);
        if last > k && whole.trim_start().starts_with("of ") {
            after = whole;
        }
    }
    Ctx {
        before: s[begin..t[q.first].start].to_owned(),
        after,
        sentence: s.to_owned(),
        index: k,
        start: t[q.first].start,
    }
}

/// The words after quantity `k` up to the next comma, semicolon or figure.
fn after_of(s: &str, t: &[Token<'_>], qs: &[Quantity], k: usize) -> String {
    let after_start = t.get(qs[k].last).map_or(s.len(), |x| x.start);
    let mut after_end = qs
        .get(k + 1)
        .map_or(s.len(), |n| t[n.first].start)
        .max(after_start);
    if let Some(p) = s[after_start..after_end].find([',', ';']) {
        after_end = after_start + p;
    }
    // "60 million mu (40,000 square kilometers) of desertified land": what follows the figure
    // said again in brackets is this one's too.
    let restated = qs
        .get(k + 1)
        .filter(|_| s[after_start..after_end].trim() == "(");
    match restated.and_then(|n| bracket_tail(s, t, n)) {
        Some(tail) => tail,
        None => s[after_start..after_end].trim_start_matches(')').to_owned(),
    }
}

/// The words after the ")" that closes the bracket figure `n` stands in, up to a comma,
/// semicolon or the end: `None` when no ")" follows it.
fn bracket_tail(s: &str, t: &[Token<'_>], n: &Quantity) -> Option<String> {
    let from = t.get(n.last).map_or(s.len(), |x| x.start);
    let close = from + s[from..].find(')')?;
    let rest = &s[close + 1..];
    let end = rest.find([',', ';', '(']).unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// Words that say a sentence gives a forecast: its figures are estimates.
pub(super) const FORECAST: &[&str] = &[
    "forecast",
    "projection",
    "projected",
    "predict",
    "expect that",
    "expects that",
    "expected that",
    "is expected to",
    "are expected to",
    "estimated that",
    "estimates that",
    "expected to be",
];
