//! Which way a figure goes: a change and its sign ("decreased by 6.8%", "an increase of 3.3
//! times", "1.6 percentage points higher than", "doubled"), and a commitment to a goal.

use super::numbers::Quantity;
use super::tokens::Token;
use crate::dataset::Unit;

/// Verbs (and adverbs) that say a figure rose.
#[rustfmt::skip]
const INCREASE: &[&str] = &[
    "increased", "increase", "increases", "increasing", "grew", "grown", "grow", "grows",
    "growing", "rose", "risen", "rise", "rises", "rising", "up", "expanded", "expanding",
    "climbed", "jumped", "higher", "surged", "soared", "gained", "accelerated", "widened",
    "edged", "raised", "raising", "raise", "raises", "boosted",
];

/// Verbs (and adverbs) that say a figure fell.
#[rustfmt::skip]
const DECREASE: &[&str] = &[
    "decreased", "decrease", "decreases", "decreasing", "declined", "declining", "decline",
    "declines", "fell", "fallen", "falling", "dropped", "dropping", "drop", "shortened",
    "reduced", "reducing", "reduce", "cut", "down", "lowered", "lower", "shrank", "shrunk",
    "contracted", "slid", "slipped", "plunged", "plummeted", "narrowed", "eased", "dipped",
    "slumped", "tumbled", "sank", "shrinking", "contracting", "saving", "saved", "saves",
    "cutting", "lowering", "lowers", "reduces",
];

/// Nouns of change, said before "of" ("an increase of 3.3 times") or after the figure ("a
/// 5.3 % growth", "a 7.9 % decline"): `Some(true)` for a fall, `Some(false)` for a rise.
pub(super) fn noun(w: &str) -> Option<bool> {
    match w {
        "increase" | "increases" | "growth" | "rise" | "gain" | "gains" | "expansion"
        | "upturn" | "increment" => Some(false),
        "decrease" | "decreases" | "decline" | "declines" | "drop" | "fall" | "reduction"
        | "reductions" | "cut" | "cuts" | "contraction" | "downturn" => Some(true),
        _ => None,
    }
}

/// Verbs before "up" that make it no rise ("took up 13.9 percent of GDP", "made up").
const PHRASAL_UP: &[&str] = &[
    "took", "take", "takes", "taking", "made", "make", "makes", "making", "set", "sets",
];

/// "reducing costs by 15 %", "cut fees by 20 %": the sign of a verb of change said a few
/// words before the "by" at token `by`, with its object between.
/// ("We cut the number of administrative approval items by 40 %": up to eight words
/// between, within the clause and past no other figure.)
fn verb_of_object(t: &[Token<'_>], by: usize) -> Option<bool> {
    (by.saturating_sub(8)..by)
        .rev()
        .take_while(|&v| {
            t.get(v)
                .is_some_and(|x| !x.number && !matches!(x.low, "," | ";"))
        })
        .find_map(|v| {
            let word = t.get(v).map_or("", |x| x.low);
            // ("lower the RRR by 0.5 percentage point": "lower" before its object is a verb.)
            let object = t
                .get(v + 1)
                .is_some_and(|x| matches!(x.low, "the" | "its" | "their" | "our"));
            verb(word)
                .filter(|_| {
                    !matches!(word, "up" | "down" | "higher") && (word != "lower" || object)
                })
                .map(|sign| sign != said_of_a_fall(t, v))
        })
}

/// Whether the verb at token `verb` says a fall shrank or grew ("the decline of total retail
/// sales narrowed"): "narrowed" or "widened" said of a noun of falling that opens its clause,
/// within ten words before the verb. Such a change goes the other way.
fn said_of_a_fall(t: &[Token<'_>], verb: usize) -> bool {
    matches!(
        t[verb].low,
        "narrowed" | "narrowing" | "narrows" | "widened" | "widening" | "widens"
    ) && (verb.saturating_sub(10)..verb)
        .rev()
        .take_while(|&v| !matches!(t[v].low, "," | ";"))
        .any(|v| {
            matches!(
                t[v].low,
                "decline" | "drop" | "fall" | "decrease" | "contraction"
            ) && v.checked_sub(1).is_some_and(|a| t[a].low == "the")
        })
}

/// Words that may stand between a verb of change and its figure ("grew by more than 5 %",
/// "fell slightly by about 3 %").
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "by", "more", "than", "over", "about", "nearly", "almost", "around", "approximately",
    "roughly", "some", "a", "an", "less", "under", "below", "just", "only", "at", "least",
    "slightly", "sharply", "significantly", "steadily", "further", "respectively", "another",
    "close", "to", "annually", "yearly",
];

/// Whether a word is a verb (or adverb) of change ("rose", "fell", "up").
pub(super) fn moves(w: &str) -> bool {
    verb(w).is_some()
}

/// The sign a verb (or adverb) of change says: `Some(true)` for a fall ("declined"),
/// `Some(false)` for a rise, `None` for other words.
pub(super) fn verb(w: &str) -> Option<bool> {
    if INCREASE.contains(&w) {
        Some(false)
    } else if DECREASE.contains(&w) {
        Some(true)
    } else {
        None
    }
}

/// Whether a figure is a change, and its sign (`Some(true)` for a fall): a verb of change
/// before it ("decreased by 6.8%", "grew 7.1 percent", "up 5.2 %", "down by about 3 %"), a
/// noun of change ("an increase of 3.3 times", "a growth rate of 5 %", "a 7.9 % decline"), a
/// comparison ("1.6 percentage points higher than", "up 32.4 % from 2020", "2.3 times that
/// of", "1.5 times those of"), "year on year", or percentage points.
#[expect(
    clippy::many_single_char_names,
    reason = "a token scanner: tokens, quantity, index, word"
)]
pub fn change(t: &[Token<'_>], q: &Quantity) -> Option<bool> {
    let lower = |i: usize| t.get(i).map_or("", |x| x.low);
    let relative = relative(q.unit);
    if matches!(lower(q.first), "doubled" | "tripled") {
        return Some(false);
    }
    // "grew 7.1 percent", "decreased by more than 20 %": back over the words between.
    let mut i = q.first;
    for _ in 0..5 {
        let Some(p) = i.checked_sub(1) else { break };
        let w = lower(p);
        // "increased to 618" is a level reached, not a change; "to" only in "close to".
        if w == "to" && lower(p.wrapping_sub(1)) != "close" {
            break;
        }
        if let Some(sign) = verb(w) {
            // "set up 500 stations" is no rise: "up" and "down" only before a rate.
            // "saving 55 % in time" is a fall; "saved 2 billion yuan" an amount.
            let adverb = matches!(
                w,
                "up" | "down" | "higher" | "lower" | "saving" | "saved" | "saves"
            );
            // "took up 13.9 percent of GDP", "made up": a share, not a rise.
            let phrasal = w == "up" && PHRASAL_UP.contains(&lower(p.wrapping_sub(1)));
            // "up by 0.6 hours compared with February": "by" makes "up" a change of any unit.
            let by = lower(p + 1) == "by";
            if (!adverb || relative || by) && !phrasal {
                // "The decline of retail sales narrowed by 15.1 points": the fall shrank, so
                // the rate rose.
                return Some(sign != said_of_a_fall(t, p));
            }
            break;
        }
        // "surged by an average of 18.8 % annually": the average is of the change before.
        if w == "of" && lower(p.wrapping_sub(1)) == "average" {
            i = p.wrapping_sub(1);
            continue;
        }
        // "exports increased, such as by 39.3 % for automotive components": examples of it.
        if w == "as" && lower(p.wrapping_sub(1)) == "such" {
            i = p.wrapping_sub(if lower(p.wrapping_sub(2)) == "," {
                2
            } else {
                1
            });
            continue;
        }
        // "an increase of 3.3 times", "a growth rate of 5 %", "average annual growth of".
        if w == "of" {
            let n = lower(p.wrapping_sub(1));
            let n2 = lower(p.wrapping_sub(2));
            if let Some(sign) = noun(n).or_else(|| (n == "rate").then(|| noun(n2)).flatten()) {
                // "negative growth of 2.1 %" is a fall.
                return Some(sign || n2 == "negative" || lower(p.wrapping_sub(3)) == "negative");
            }
            break;
        }
        // ("cut their contribution by 1.54 trillion yuan": of any unit.)
        if w == "by"
            && let Some(sign) = verb_of_object(t, p)
        {
            return Some(sign);
        }
        if !BETWEEN.contains(&w) {
            break;
        }
        i = p;
    }
    let next = lower(q.last);
    // "a 5.3 % growth", "a 7.9 % year-on-year decline".
    let after = if matches!(
        next,
        "year-on-year" | "year-over-year" | "annual" | "yearly"
    ) {
        lower(q.last + 1)
    } else {
        next
    };
    // "saw a 15.73 trillion yuan increase in total loan issuance": an amount's change too.
    let noun_at = if after == next { q.last } else { q.last + 1 };
    let of_what = matches!(lower(noun_at + 1), "in" | "," | "." | "");
    if (relative || of_what)
        && let Some(sign) = noun(after)
    {
        return Some(sign);
    }
    if let Some(sign) = compared_after(next, lower(q.last + 1), q.unit) {
        return Some(sign);
    }
    // "decreased by 0.1 percentage point and 0.35 percentage point": the second of a list
    // goes the way of the list, which the caller knows.
    let listed = matches!(lower(q.first.wrapping_sub(1)), "and" | "," | "or")
        && matches!(
            lower(q.first.wrapping_sub(2)),
            "point" | "points" | "percent" | "%" | ","
        );
    if q.unit == Unit::PercentagePoint && listed {
        return None;
    }
    if q.unit == Unit::PercentagePoint
        || next == "year" && lower(q.last + 1) == "on"
        || next == "year-on-year"
        || next == "year-over-year"
        || relative && matches!(next, "from" | "over") && compared(lower(q.last + 1))
    {
        return Some(false);
    }
    None
}

/// Whether a unit measures against something else (percent, points, times).
fn relative(unit: Unit) -> bool {
    matches!(unit, Unit::Percent | Unit::PercentagePoint | Unit::Times)
}

/// The sign of a change said by a comparison after the figure, from the two words after it:
/// "1.6 percentage points higher than", "3.5 percent lower year on year", "3.5 percent
/// higher in the first half", "2,000 fewer than last year", "2.3 times that of 2012", "1.5
/// times as much as".
fn compared_after(next: &str, after: &str, unit: Unit) -> Option<bool> {
    if matches!(next, "higher" | "lower" | "more" | "less" | "fewer")
        && (relative(unit) && matches!(next, "higher" | "lower")
            || matches!(
                after,
                "than" | "year" | "year-on-year" | "compared" | "from" | "over" | "," | "."
            ))
    {
        return Some(matches!(next, "lower" | "less" | "fewer"));
    }
    (unit == Unit::Times && matches!((next, after), ("that" | "those", "of") | ("as", _)))
        .then_some(false)
}

/// Whether a word after "from" or "over" names what a change is measured against ("up 32.4 %
/// from 2020", "over the same period last year").
fn compared(w: &str) -> bool {
    w == "the" || w == "last" || w == "a" || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
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
