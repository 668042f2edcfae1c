//! Numbers that only say which things a figure counts, no figures of their own: where a later
//! figure was measured ("in 70 major cities"), the bound that picks the things counted ("saw a
//! fall by at least 1 percentage point") and the whole a part is counted out of ("30 out of
//! 31").

use super::lookalikes::is_year;
use super::tokens::Token;

/// Whether the number at token `i` only says where a later figure of its clause was measured:
/// "new home prices in 70 major cities fell 0.5 %", "the unemployment rate in 31 major cities
/// was 5.3 %" — after "in", "across", "to", "from" or "with", before places, with a verb and another number later in
/// the clause ("sold in 180 countries" is a figure); so are "exports to 20 countries rose",
/// "trade with 20 countries grew".
pub(super) fn scope_of_later_figure(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    let place = |w: &str| {
        matches!(
            w,
            "cities" | "provinces" | "countries" | "regions" | "economies" | "municipalities"
        )
    };
    // ("in 70 major cities", "in 70 large and medium-sized cities": up to four words
    // between.)
    let Some(places_at) = (i + 1..=i + 5)
        .take_while(|&k| {
            t.get(k)
                .is_some_and(|x| !x.number && x.text.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
        .find(|&k| place(low(k)))
    else {
        return false;
    };
    let verb = |w: &str| super::direction::moves(w) || super::phrase::is_verb(w);
    i > 0
        && matches!(low(i - 1), "in" | "across" | "to" | "from" | "with")
        && t[places_at + 1..]
            .iter()
            .take_while(|x| !matches!(x.low, "," | ";" | "."))
            .skip_while(|x| !verb(x.low))
            .any(|x| x.number)
}

/// Whether the number at token `i` is the bound that says which things a figure before it
/// counts: "37 companies saw a fall by at least 1 percentage point", "12 provinces posted
/// growth of more than 10 %" — a bound ("at least", "more than", "over", "above") of a change
/// that things counted earlier in the clause saw, posted or recorded.
pub(super) fn bound_of_counted(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    let mut k = i;
    // Back over the bound ("at least", "more than", "over", "above", "no less than").
    let bound = match (low(k.wrapping_sub(2)), low(k.wrapping_sub(1))) {
        ("at", "least") | ("more" | "less", "than") => {
            k -= 2;
            true
        }
        (_, "over" | "above" | "exceeding") => {
            k -= 1;
            true
        }
        _ => false,
    };
    if !bound || !matches!(low(k.wrapping_sub(1)), "by" | "of") {
        return false;
    }
    k = k.wrapping_sub(1);
    // "a fall", "revenue growth", "an increase in net profit": the noun of change within a
    // few words before, after the verb of seeing.
    let Some(noun) = (k.saturating_sub(5)..k)
        .rev()
        .find(|&j| super::direction::noun(low(j)).is_some())
    else {
        return false;
    };
    let Some(saw) = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&j| super::saw::SAW.contains(&low(j)))
    else {
        return false;
    };
    // The things counted: a figure between the clause's start and the verb.
    (0..saw)
        .rev()
        .take_while(|&j| !matches!(low(j), "," | ";" | "and" | "while"))
        .any(|j| t[j].number && !is_year(t, j))
}

/// Whether the number at token `i` is the whole a part is counted out of: the 31 of "30 out of
/// 31 provincial regions" (the part is the figure).
pub(super) fn whole_of_part(t: &[Token<'_>], i: usize) -> bool {
    i >= 3 && t[i - 1].low == "of" && t[i - 2].low == "out" && t[i - 3].number
}
