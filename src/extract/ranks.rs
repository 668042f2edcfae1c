//! Places in a ranking said as ordinals or "No.": "29th place", "ranked 14th", "ranked No. 1",
//! "Ningbo-Zhoushan No.1, Shanghai No.2" (not "the No. 1 central document").

use super::tokens::Token;
use super::words::ordinal;

/// A place in a ranking at token `i`: "29th place", "ranked 14th", and the "to 14th" that
/// ends "rose from 29th place … to 14th".
pub(super) fn rank_at(t: &[Token<'_>], i: usize, ranked_before: bool) -> Option<f64> {
    if let Some(n) = number_rank(t, i) {
        return Some(n);
    }
    let n = ordinal(t[i].low)?;
    let next = t.get(i + 1).map_or("", |x| x.low);
    let prev = i.checked_sub(1).map_or("", |p| t[p].low);
    let ranked = matches!(next, "place" | "position" | "spot")
        || matches!(prev, "ranked" | "ranks" | "ranking" | "rank")
        || prev == "to" && ranked_before;
    ranked.then_some(n)
}

/// "ranked No. 1 in the world", "Ningbo-Zhoushan No.1, Shanghai No.2": a place said with
/// "No." after a verb of ranking or a name (not "the No. 1 central document").
fn number_rank(t: &[Token<'_>], i: usize) -> Option<f64> {
    const MOST: f64 = 1000.0;
    let low = |k: Option<usize>| k.and_then(|k| t.get(k)).map_or("", |x| x.low);
    let no = if low(i.checked_sub(1)) == "." { 2 } else { 1 };
    if !t[i].number || low(i.checked_sub(no)) != "no" {
        return None;
    }
    let before = i.checked_sub(no + 1).and_then(|k| t.get(k))?;
    let named = before.text.starts_with(char::is_uppercase)
        && before.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && i > no + 1;
    let ranked = matches!(
        before.low,
        "ranked" | "ranks" | "ranking" | "rank" | "remained" | "remains" | "is" | "was" | "became"
    );
    let n: f64 = t[i].text.parse().ok()?;
    ((named || ranked) && (1.0..MOST).contains(&n) && n.fract() == 0.0).then_some(n)
}
