//! What things counted saw, said as what they have: "57 SOEs saw a decrease in their net
//! profits" → "with lower net profits", "reported losses" → "with losses", and the share of
//! things that saw it ("share of enterprises with lower revenues"). Lower-case text of one
//! sentence.

use super::phrase::{bare, is_number, is_verb, trim_end};
use super::predicate::PREDICATE_ENDS;

/// Verbs by which things counted are said to have had a change ("saw a decrease in").
pub(super) const SAW: &[&str] = &[
    "saw",
    "see",
    "sees",
    "posted",
    "recorded",
    "reported",
    "registered",
    "experienced",
    "suffered",
    "achieved",
];

/// What the things counted saw, said as what they have: "saw a decrease in their net
/// profits" → "with lower net profits", "posted an increase in revenue" → "with higher
/// revenue", "reported losses" → "with losses"; `None` for other words. `words` start at the
/// verb.
pub(super) fn saw_change(words: &[&str]) -> Option<String> {
    let verb = bare(words.first()?);
    let losses = words
        .get(1)
        .is_some_and(|w| matches!(bare(w), "losses" | "deficits"));
    if !(SAW.contains(&verb) || losses && matches!(verb, "made" | "incurred")) {
        return None;
    }
    if let Some(with) = saw_their_move(&words[1..]) {
        return Some(with);
    }
    let mut i = 1;
    if words.get(i).is_some_and(|w| matches!(bare(w), "a" | "an")) {
        i += 1;
    }
    let change = bare(words.get(i)?);
    if matches!(change, "losses" | "deficits") {
        return Some(format!("with {change}"));
    }
    let way = if super::direction::noun(change)? {
        "lower"
    } else {
        "higher"
    };
    if words.get(i + 1).map(|w| bare(w)) != Some("in") {
        return None;
    }
    let mut of: Vec<&str> = Vec::new();
    for raw in words.iter().skip(i + 2).take(6) {
        let w = bare(raw);
        if is_number(w) || PREDICATE_ENDS.contains(&w) || w == "and" || w.is_empty() {
            break;
        }
        if !matches!(w, "their" | "its" | "the") {
            of.push(w);
        }
        if raw.ends_with([',', ';', '.', ':']) {
            break;
        }
    }
    let of = trim_end(&of.join(" "));
    (!of.is_empty()).then(|| format!("with {way} {of}"))
}

/// "(saw) their revenues decline", "(saw) its orders rise": "with lower revenues", "with
/// higher orders"; `words` start after the verb of seeing.
fn saw_their_move(words: &[&str]) -> Option<String> {
    if !matches!(bare(words.first()?), "their" | "its") {
        return None;
    }
    let moved = words.iter().take(6).position(|w| {
        matches!(
            bare(w),
            "decline" | "fall" | "drop" | "decrease" | "shrink" | "rise" | "increase" | "grow"
        )
    })?;
    let what: Vec<&str> = words[1..moved].iter().map(|w| bare(w)).collect();
    if what.is_empty() || what.iter().any(|w| is_number(w) || is_verb(w)) {
        return None;
    }
    let way = if matches!(bare(words[moved]), "rise" | "increase" | "grow") {
        "higher"
    } else {
        "lower"
    };
    Some(format!("with {way} {}", what.join(" ")))
}

/// "85 % of the enterprises saw their orders rise", "more than 80 % of those enterprises saw
/// a decrease in revenue": the share of the things with what they saw ("share of enterprises
/// with higher orders"); `after` is the text after the figure; `None` for other words.
pub(super) fn share_that_saw(after: &str) -> Option<String> {
    const MOST_WORDS: usize = 5;
    let rest = after.trim_start().strip_prefix("of ")?;
    let words: Vec<&str> = rest.split_whitespace().take(16).collect();
    let at = words.iter().position(|w| SAW.contains(&bare(w)))?;
    let things: Vec<&str> = words[..at]
        .iter()
        .map(|w| bare(w))
        .filter(|w| !matches!(*w, "those" | "these" | "the" | "all"))
        .collect();
    if things.is_empty()
        || things.len() > MOST_WORDS
        || things
            .iter()
            .any(|w| is_number(w) || is_verb(w) || w.is_empty())
    {
        return None;
    }
    let with = saw_change(&words[at..])?;
    Some(format!("share of {} {with}", things.join(" ")))
}

/// [`saw_change`] of the words right after a count said alone ("and 26 made losses"): what
/// those things saw, as "with …".
pub(super) fn saw_after(after: &str) -> Option<String> {
    let words: Vec<&str> = after.split_whitespace().take(12).collect();
    saw_change(&words)
}
