//! Round marks passed, which are no figures of their own ("exceeding 1 trillion yuan for the
//! first time", "successively passed the 40 trillion and 50 trillion yuan marks"), and the
//! threshold of a class said with its count.

use super::tokens::Token;

/// Verbs of passing a mark ("exceeding 1 trillion yuan for the first time", "passed the 40
/// trillion and 50 trillion yuan marks").
const PASSING: [&str; 13] = [
    "exceeding",
    "exceeded",
    "exceeds",
    "passed",
    "passing",
    "surpassed",
    "surpassing",
    "crossed",
    "crossing",
    "broke",
    "breaking",
    "topped",
    "topping",
];

/// How far from a figure (tokens) the verb of passing and the word of a mark are looked for:
/// a list of four marks ("the 40 trillion, 50 trillion, 60 trillion, and 70 trillion yuan
/// marks") fits.
const MARK_REACH: usize = 16;

/// Whether the figure at tokens `first..last` is a round mark passed, not a figure of its own:
/// after a verb of passing, and followed by "marks", "consecutively" or "successively" ("…
/// successively passed the 40 trillion, 50 trillion, … yuan marks", "exceeding $5 and $6
/// trillion consecutively"), or by "mark", "threshold" or "for the first time" when the
/// sentence has said a figure of the same unit before (`said_before`): "net profit was
/// 1,023.21 billion yuan, exceeding 1 trillion yuan for the first time".
fn passed_mark(t: &[Token<'_>], first: usize, last: usize, said_before: bool) -> bool {
    let stop = |x: &Token<'_>| matches!(x.text, ";" | ".");
    let passing = t[first.saturating_sub(MARK_REACH)..first]
        .iter()
        .rev()
        .take_while(|x| !stop(x))
        .any(|x| PASSING.contains(&x.low));
    if !passing {
        return false;
    }
    let after: Vec<&str> = t
        .iter()
        .skip(last)
        .take(MARK_REACH)
        .take_while(|x| !stop(x))
        .map(|x| x.low)
        .collect();
    let has = |w: &str| after.contains(&w);
    let first_time = after
        .windows(4)
        .any(|w| w == ["for", "the", "first", "time"]);
    has("marks")
        || has("consecutively")
        || has("successively")
        || said_before && (has("mark") || has("threshold") || first_time)
}

/// Whether a word names things in the plural ("companies", "cities", "people").
fn plural(w: &str) -> bool {
    super::lexicon::PEOPLE.contains(&w)
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// How far before the word of excess "with" is looked for ("with an annual revenue").
const WITH_REACH: usize = 6;

/// Whether the number at token `i` is the bound that defines a class of things counted, not
/// a figure: "930 businesses with an annual revenue exceeding 100 million yuan", "76
/// companies exceeding 1 billion yuan", "cities with a population of over 200,000" — after a
/// word of excess, right after things counted by a number, or after "with" and a measure of
/// things named in the plural.
pub(super) fn class_threshold(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    // Back over a currency ("exceeding $5", "over US$1 billion").
    let mut p = i;
    while p > 0 && matches!(low(p - 1), "$" | "us" | "us$" | "rmb" | "¥") {
        p -= 1;
    }
    // The word of excess: "exceeding", "over", "above", "more than", "at least".
    let excess = match (low(p.wrapping_sub(2)), low(p.wrapping_sub(1))) {
        (_, "exceeding" | "over" | "above") => 1,
        ("more", "than") | ("at", "least") => 2,
        _ => return false,
    };
    let Some(at) = p.checked_sub(excess) else {
        return false;
    };
    // "76 companies exceeding 1 billion yuan".
    let counted = at >= 2 && plural(low(at - 1)) && t[at - 2].number;
    // "businesses with an annual revenue (of)", "cities with a population of".
    let with = (1..=WITH_REACH.min(at))
        .find(|&k| low(at - k) == "with")
        .is_some_and(|k| {
            let w = at - k;
            w >= 1
                && plural(low(w - 1))
                && t[w + 1..at]
                    .iter()
                    .all(|x| !x.number && x.text.starts_with(|c: char| c.is_ascii_alphabetic()))
                && matches!(low(w + 1), "a" | "an" | "annual" | "total")
        });
    counted || with || bound_after_with(t, at, i)
}

/// Whether the number at token `i`, with its word of excess at `at`, says which things are
/// counted by how many of something they have: "enterprises with more than 100 employees" —
/// the excess right after "with", things in the plural before it that no number counts (in
/// "500 companies with over 2 million employees" the 2 million may be their total), and
/// the members they have after the number ("signed agreements with more than 150 countries"
/// counts the countries).
fn bound_after_with(t: &[Token<'_>], at: usize, i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    at >= 2
        && low(at - 1) == "with"
        && plural(low(at - 2))
        && !(at >= 3 && t[at - 3].number)
        && MEMBERS.contains(&low(i + 1))
}

/// The people or places a thing has, by whose number things are classed ("hospitals with more
/// than 500 beds").
pub(super) const MEMBERS: [&str; 10] = [
    "employees",
    "workers",
    "staff",
    "people",
    "persons",
    "residents",
    "members",
    "beds",
    "students",
    "households",
];

/// Whether the number at token `i` is a class's bound said after it: "enterprises with 100
/// employees or more", "households with three or more children", "people aged 60 and
/// above" — "or more", "or above", "and above", "or over", "or less", "and below" or "or
/// fewer" after the number (and a noun of what is had), and "with" or "aged" before it.
pub(super) fn bound_said_after(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    let bound = |k: usize| {
        matches!(
            (low(k), low(k + 1)),
            ("or", "more" | "above" | "over" | "less" | "fewer" | "below")
                | ("and", "above" | "over" | "below")
        )
    };
    let after = (i + 1..=i + 2).find(|&k| bound(k));
    let Some(after) = after else {
        return false;
    };
    // Only words between the number and its bound ("100 employees or more").
    let words = t[i + 1..after]
        .iter()
        .all(|x| !x.number && x.text.starts_with(|c: char| c.is_ascii_alphabetic()));
    words && i >= 1 && matches!(low(i - 1), "with" | "aged" | "having")
}

/// The quantities of a sentence without the marks passed ([`passed_mark`]), in order.
pub(super) fn without_marks(
    t: &[Token<'_>],
    qs: Vec<super::numbers::Quantity>,
) -> Vec<super::numbers::Quantity> {
    // (A figure of the same unit said before, or a larger one said right after the mark:
    // "surpassed 40 trillion yuan for the first time, standing at 42.1 trillion yuan".)
    let mut seen = std::collections::HashSet::new();
    let marks: Vec<bool> = (0..qs.len())
        .map(|k| {
            let said_before = !seen.insert(qs[k].unit);
            let larger_after = qs.get(k + 1).is_some_and(|n| {
                n.unit == qs[k].unit && n.value > qs[k].value && n.first <= qs[k].last + MARK_REACH
            });
            passed_mark(t, qs[k].first, qs[k].last, said_before || larger_after)
        })
        .collect();
    qs.into_iter()
        .zip(marks)
        .filter_map(|(q, mark)| (!mark).then_some(q))
        .collect()
}
