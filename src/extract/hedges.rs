//! The hedge said before a number ("more than", "under", "about", "nearly", "at least",
//! "an estimated"): the figure's qualifier.

use super::tokens::Token;
use super::units::unit_at;
use super::words::scale;
use crate::dataset::Qualifier;

/// The qualifier said just before token `i`: "more than", "over", "exceeded" → over; "under",
/// "below", "less than", "within" (a cap), "no more than", "not exceeding" → under; "about",
/// "around" → about; "nearly", "almost", "close to" → nearly; "at least", "no less than" →
/// at least; "upwards of" → over; "an estimated",
/// "expected to be" → estimated.
pub(super) fn qualifier_before(t: &[Token<'_>], i: usize) -> Qualifier {
    // "surpassed $3.2 trillion", "over US$50 billion": the hedge stands before the currency.
    let currency = |k: usize| {
        k.checked_sub(1)
            .and_then(|j| t.get(j))
            .is_some_and(|x| matches!(x.low, "$" | "us" | "rmb" | "¥" | "€" | "£" | "hk"))
    };
    let mut i = i;
    for _ in 0..2 {
        if currency(i) {
            i -= 1;
        }
    }
    let w = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| t.get(j))
            .map_or("", |x| x.low)
    };
    match (w(3), w(2), w(1)) {
        ("no" | "not", "less" | "fewer" | "lower", "than") | (_, "at", "least") => {
            Qualifier::AtLeast
        }
        ("no" | "not", "more" | "greater" | "higher", "than")
        | (_, "less" | "fewer" | "lower", "than")
        | (_, "not", "exceeding" | "exceed")
        | (_, "at", "most")
        | (_, _, "below") => Qualifier::Under,
        // "under 14 categories" files things; "under 5 percent", "within 640 billion cubic
        // meters" bound an amount.
        (_, _, "under" | "within") if !counted_after(t, i) => Qualifier::Under,
        (_, "more" | "greater" | "higher", "than")
        | (_, "upwards" | "upward", "of")
        // "passed the 100 trillion yuan mark".
        | (_, "passed" | "crossed" | "surpassed" | "exceeded" | "topped" | "broke", "the")
        | (
            _,
            _,
            "over" | "exceeded" | "exceed" | "exceeds" | "exceeding" | "above" | "surpassed"
            | "surpassing" | "topped",
        ) => Qualifier::Over,
        (_, _, "about" | "approximately" | "approximate" | "around" | "roughly" | "some") => {
            Qualifier::About
        }
        (_, _, "nearly" | "almost") | (_, "close", "to") => Qualifier::Nearly,
        (_, _, "estimated") | ("estimated" | "expected" | "projected" | "forecast", "to", "be") => {
            Qualifier::Estimated
        }
        _ => Qualifier::Exact,
    }
}

/// Whether the number at token `i` counts things (no unit, percent or scale word after it).
fn counted_after(t: &[Token<'_>], i: usize) -> bool {
    let next = i + 1;
    unit_at(t, next).is_none()
        && t.get(next)
            .is_none_or(|n| scale(n.low).is_none() && n.text != "%")
}
