//! Which way a figure goes: a change and its sign ("decreased by 6.8%", "an increase of 3.3
//! times", "1.6 percentage points higher than", "doubled"), and a commitment to a goal.

use super::numbers::{Quantity, Token};
use crate::dataset::Unit;

const INCREASE: [&str; 14] = [
    "increased",
    "increase",
    "increases",
    "grew",
    "grown",
    "grow",
    "rose",
    "risen",
    "rise",
    "up",
    "expanded",
    "climbed",
    "jumped",
    "higher",
];
const DECREASE: [&str; 14] = [
    "decreased",
    "decrease",
    "declined",
    "fell",
    "fallen",
    "dropped",
    "shortened",
    "reduced",
    "cut",
    "down",
    "lowered",
    "lower",
    "decline",
    "drop",
];

/// Whether a figure is a change, and its sign: a verb before "by" ("decreased by 6.8%") or a
/// comparison after ("1.6 percentage points higher").
pub fn change(t: &[Token<'_>], q: &Quantity) -> Option<bool> {
    let lower = |i: usize| t.get(i).map_or("", |x| x.low);
    let verb = |w: &str| {
        if INCREASE.contains(&w) {
            Some(false)
        } else if DECREASE.contains(&w) {
            Some(true)
        } else {
            None
        }
    };
    let noun = |w: &str| match w {
        "increase" | "growth" | "rise" | "gain" => Some(false),
        "decrease" | "decline" | "drop" | "fall" | "reduction" | "cut" => Some(true),
        _ => None,
    };
    if matches!(lower(q.first), "doubled" | "tripled") {
        return Some(false);
    }
    for back in 1..=5 {
        let Some(i) = q.first.checked_sub(back) else {
            break;
        };
        if matches!(lower(i), "," | ";") {
            break;
        }
        if lower(i) == "by"
            && let Some(sign) = i.checked_sub(1).and_then(|v| verb(lower(v)))
        {
            return Some(sign);
        }
        // "an increase of 3.3 times", "a decrease of 18.8 percent".
        if lower(i) == "of"
            && let Some(sign) = i.checked_sub(1).and_then(|v| noun(lower(v)))
        {
            return Some(sign);
        }
    }
    let next = lower(q.last);
    if matches!(next, "higher" | "lower" | "more" | "less") && lower(q.last + 1) == "than" {
        return Some(next == "lower" || next == "less");
    }
    if q.unit == Unit::PercentagePoint
        || next == "year" && lower(q.last + 1) == "on"
        || next == "year-on-year"
    {
        return Some(false);
    }
    None
}

/// Whether the words just before token `i` commit to a goal ("commitment to achieve a",
/// "pledged to cut").
pub fn committed(t: &[Token<'_>], i: usize) -> bool {
    (i.saturating_sub(6)..i).any(|k| {
        matches!(
            t[k].low,
            "commitment" | "commitments" | "committed" | "pledge" | "pledged"
        )
    })
}
