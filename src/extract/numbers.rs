//! Numeric expressions in a sentence: value, scale, unit, qualifier and direction, with the
//! rejection of what only looks like a number (identifiers, ordinals, years, dates, times:
//! [`super::lookalikes`]).

use super::count_scope::{bound_of_counted, scope_of_later_figure, whole_of_part};
use super::hedges::qualifier_before;
use super::lookalikes::{
    NOT_AFTER, NOT_BEFORE, amount_after_the, clock, date_part, is_year, reference,
};
use super::ranks::rank_at;
use super::tokens::Token;
use super::units::{currency_before, unit_at};
use super::words::{fraction_word, number_word, scale};
use crate::dataset::{Qualifier, Unit};

/// A numeric expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value in base units (scale applied; a fall is still positive here).
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The hedge said before the number.
    pub qualifier: Qualifier,
    /// Index of the number's first token.
    pub first: usize,
    /// Index just past the expression's last token (number, scale and unit).
    pub last: usize,
}

/// Whether the number at token `i` carries a minus sign: "-0.6 percentage point", "−11.4%" (a
/// dash or minus glued to the number, with space, an opening bracket or nothing before it; the
/// dash of "5-6 %" or "2020-2021" joins two numbers and is no sign).
#[must_use]
pub fn minus_before(t: &[Token<'_>], i: usize) -> bool {
    let Some(dash) = i.checked_sub(1).and_then(|d| t.get(d)) else {
        return false;
    };
    let glued = |a: &Token<'_>, b: &Token<'_>| a.start + a.text.len() == b.start;
    matches!(dash.text, "-" | "\u{2212}")
        && t.get(i).is_some_and(|n| glued(dash, n))
        && i.checked_sub(2)
            .and_then(|p| t.get(p))
            .is_none_or(|p| !glued(p, dash) || matches!(p.text, "(" | "[" | "（"))
}

/// The numeric expressions of a tokenized sentence, in order.
#[expect(
    clippy::too_many_lines,
    reason = "one scan of the tokens, every kind of number tried in order"
)]
pub fn quantities(t: &[Token<'_>], lower_sentence: &str) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let delivered = lower_sentence.contains("been delivered");
    let mut ranked_before = false;
    let mut i = 0;
    while i < t.len() {
        let tok = t[i];
        let next_lower = t.get(i + 1).map_or("", |n| n.low);
        let prev_lower = i.checked_sub(1).map_or("", |p| t[p].low);
        if let Some(rank) = rank_at(t, i, ranked_before) {
            ranked_before = true;
            out.push(Quantity {
                value: rank,
                unit: Unit::Rank,
                qualifier: Qualifier::Exact,
                first: i,
                last: i + 1,
            });
            i += 1;
            continue;
        }
        // "nearly half of the installed capacity", "one-third of the total" (not "the first half
        // of the year"); "output has doubled".
        // "the fourth quarter of last year", "the next half of this year": parts of a year.
        let period_half = matches!(
            prev_lower,
            "first"
                | "second"
                | "third"
                | "fourth"
                | "latter"
                | "former"
                | "next"
                | "last"
                | "this"
                | "same"
                | "each"
                | "every"
        ) || t.get(i + 2).is_some_and(|x| x.low == "year")
            || t.get(i + 3).is_some_and(|x| x.low == "year");
        let fraction = fraction_word(tok.low).filter(|_| next_lower == "of" && !period_half);
        let doubled = matches!(tok.low, "doubled" | "tripled")
            .then(|| if tok.low == "doubled" { 2.0 } else { 3.0 });
        if let Some((value, unit)) = fraction
            .map(|v| (v, Unit::Percent))
            .or_else(|| doubled.map(|v| (v, Unit::Times)))
        {
            out.push(Quantity {
                value,
                unit,
                qualifier: qualifier_before(t, i),
                first: i,
                last: i + 1,
            });
            i += 1;
            continue;
        }
        let value = if tok.number {
            tok.text.replace(',', "").parse::<f64>().ok()
        } else {
            // A number word with a capital inside a sentence names ("the Ten Thousand
            // Villages project").
            let title = i > 0 && tok.text.starts_with(char::is_uppercase);
            number_word(tok.low)
                .map(f64::from)
                .filter(|_| !title)
                .filter(|_| {
                    // Number words count with a scale word ("two million visitors") and where the
                    // text speaks of things delivered ("Six C919 … have been delivered", "three
                    // of which have been delivered overseas").
                    t.get(i + 1).is_some_and(|n| scale(n.low).is_some())
                        || delivered
                            && (next_lower != "of"
                                || t.get(i + 2).is_some_and(|n| n.text == "which"))
                })
        };
        let Some(mut value) = value.filter(|v| v.is_finite()) else {
            i += 1;
            continue;
        };
        let month_before = |k: usize, dot: &str| {
            i.checked_sub(k).is_some_and(|j| {
                let word = format!("{}{dot}", t[j].text);
                super::dates::month(&word).is_some() && word.starts_with(char::is_uppercase)
            })
        };
        let after_month = month_before(1, "") || prev_lower == "." && month_before(2, ".");
        // ("life expectancy rose to 78.6 years": years that are a figure.)
        let lived = years_lived(t, i) || days_of(t, i);
        if is_year(t, i)
            || after_month
            || NOT_BEFORE.contains(&prev_lower) && !amount_after_the(t, i, value)
            || NOT_AFTER.contains(&next_lower) && !lived
            || first_of_time_span(t, i)
            || clock(t, i)
            || reference(t, i)
            || date_part(t, i)
            || whole_of_part(t, i)
            || scope_of_later_figure(t, i)
            || bound_of_counted(t, i)
        {
            i += 1;
            continue;
        }
        let first = i;
        let mut j = i + 1;
        let own_scale = t.get(j).and_then(|n| scale(n.low));
        if let Some(factor) = own_scale {
            value = times(value, factor);
            j += 1;
        }
        let (mut unit, factor, used) = if years_lived(t, i) {
            (Unit::Year, 1.0, 1)
        } else {
            unit_at(t, j).unwrap_or((Unit::Count, 1.0, 0))
        };
        if used == 0
            && let Some((u, f, scaled)) = range_unit(t, j).or_else(|| list_unit(t, j))
        {
            // "a 40 to 45 percent reduction", "from 9 to 10 million": the first end takes the
            // unit of the second, and its scale when it says none of its own ("from 102
            // million to 164 million").
            unit = u;
            value = times(value, if own_scale.is_some() { f } else { f * scaled });
        } else if used == 0
            && let Some((u, _)) = currency_before(t, first)
        {
            unit = u;
        } else if used == 0
            && own_scale.is_some()
            && first >= 2
            && matches!(
                (t[first - 2].low, t[first - 1].low),
                ("of", "which") | ("among", "them")
            )
            && let Some(before) = out.last().filter(|q| q.unit != Unit::Count)
        {
            // "16.9 trillion yuan of funds have been accumulated, of which 10.4 trillion was
            // withdrawn": a part said with its scale alone is in the whole's unit.
            unit = before.unit;
        } else if used == 0
            && own_scale.is_some()
            && let Some(before) = out.last().filter(|q| listed_before(t, q.last, first))
        {
            // "6.47 trillion yuan, 36.60 trillion yuan, and 46.96 trillion": the last of a
            // list says its scale, and its unit is the list's.
            unit = before.unit;
        }
        value = times(value, factor);
        j += used;
        out.push(Quantity {
            value,
            unit,
            qualifier: qualifier_before(t, first),
            first,
            last: j,
        });
        i = j;
    }
    same_hedge_in_brackets(t, &mut out);
    let scopes = scopes_of_rates(t, &out);
    let out = out
        .into_iter()
        .zip(scopes)
        .filter_map(|(q, scope)| (!scope).then_some(q))
        .collect();
    dedupe(out)
}

/// Which counts only say where a rate was measured: "the surveyed urban unemployment rate in
/// 31 major cities was 5.3 %" (a count after "in", "across" or "among", then the rate's verb
/// and the rate, in one clause).
fn scopes_of_rates(t: &[Token<'_>], qs: &[Quantity]) -> Vec<bool> {
    qs.iter()
        .enumerate()
        .map(|(k, q)| {
            let after_in = q
                .first
                .checked_sub(1)
                .is_some_and(|p| matches!(t[p].low, "in" | "across" | "among"));
            let Some(next) = qs.get(k + 1) else {
                return false;
            };
            let between = t.get(q.last..next.first).unwrap_or(&[]);
            after_in
                && q.unit == Unit::Count
                && next.unit == Unit::Percent
                && between.len() <= 6
                && between
                    .iter()
                    .any(|x| matches!(x.low, "was" | "were" | "is" | "are" | "stood"))
                && !between.iter().any(|x| matches!(x.text, "," | ";"))
        })
        .collect()
}

/// "nearly 7 trillion yuan (US$985 billion)": an amount restated in brackets keeps the hedge
/// of the amount it restates.
fn same_hedge_in_brackets(t: &[Token<'_>], qs: &mut [Quantity]) {
    for k in 1..qs.len() {
        let (before, after) = qs.split_at_mut(k);
        let (prev, q) = (&before[k - 1], &mut after[0]);
        let opens = (prev.last..q.first).any(|i| t[i].text == "(")
            && q.first.saturating_sub(prev.last) <= 4;
        if opens && q.qualifier == Qualifier::Exact {
            q.qualifier = prev.qualifier;
        }
    }
}

/// Whether the number at token `i`, said in years, is a figure and not a span of time: years
/// that were lived, schooled or reached ("life expectancy rose to 78.6 years", "the average
/// age of farmers is 53 years", "11.05 years of schooling"), told by a decimal or by what the
/// words just before it speak of.
fn years_lived(t: &[Token<'_>], i: usize) -> bool {
    t.get(i + 1)
        .is_some_and(|n| matches!(n.low, "years" | "year"))
        && (t[i].text.contains('.')
            || t[i.saturating_sub(8)..i]
                .iter()
                .any(|w| matches!(w.low, "expectancy" | "age" | "schooling" | "lifespan")))
}

/// "325 days of good air quality": days counted of a state, a figure (not "30 days of the
/// year" or "for 30 days").
pub(super) fn days_of(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    matches!(low(i + 1), "days" | "day")
        && low(i + 2) == "of"
        && !matches!(low(i + 3), "the" | "this" | "last" | "a" | "each" | "every")
        && low(i + 3).starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(low(i.wrapping_sub(1)), "for" | "within" | "in" | "after")
}

/// "in 3 to 5 years", "2-3 months": the first end of a span of time, no figure, as the second
/// end is not.
fn first_of_time_span(t: &[Token<'_>], i: usize) -> bool {
    t.get(i + 1)
        .is_some_and(|x| matches!(x.low, "to" | "-" | "or" | "and"))
        && t.get(i + 2).is_some_and(|x| x.number)
        && t.get(i + 3).is_some_and(|x| NOT_AFTER.contains(&x.low))
        && !years_lived(t, i + 2)
}

/// The unit of the second end of a range that starts at token `j` ("to 45 percent",
/// "-45 billion yuan", "to 10 million units"): the unit, its factor, and the scale said
/// with the number.
fn range_unit(t: &[Token<'_>], j: usize) -> Option<(Unit, f64, f64)> {
    // "a 40 to 45 percent reduction", "tariffs of 15 and 25 percent".
    let joins = t
        .get(j)
        .is_some_and(|x| matches!(x.low, "to" | "-" | "and"));
    if !joins || !t.get(j + 1).is_some_and(|x| x.number) {
        return None;
    }
    let mut k = j + 2;
    let said = t.get(k).and_then(|n| scale(n.low));
    if said.is_some() {
        k += 1;
    }
    let scaled = said.unwrap_or(1.0);
    // "from 9 to 10 million units": the scale said once is both ends'.
    unit_at(t, k)
        .map(|(u, f, _)| (u, f, scaled))
        .or_else(|| said.map(|f| (Unit::Count, 1.0, f)))
}

/// How many items a list whose last item says the unit for all is read over ("3.3, 3.9, and
/// 4.1%"): more would be no list said in one breath.
const LIST_REACH: usize = 8;

/// The unit of a list of bare numbers that starts at token `j`, said once after its last item
/// ("3.3, 3.9, and 4.1% for the second, third and fourth quarters", "rose 5.1, 6.2 and 7.3
/// percent"): the unit, its factor and the scale said with the last number. Items are joined
/// by commas, and the last by "and" (or ", and"); a list without "and" is none.
fn list_unit(t: &[Token<'_>], j: usize) -> Option<(Unit, f64, f64)> {
    let mut k = j;
    for _ in 0..LIST_REACH {
        let comma = t.get(k).is_some_and(|x| x.text == ",");
        if comma {
            k += 1;
        }
        let and = t.get(k).is_some_and(|x| x.low == "and");
        if and {
            k += 1;
        }
        if !(comma || and) || !t.get(k).is_some_and(|x| x.number) {
            return None;
        }
        k += 1;
        if and {
            let said = t.get(k).and_then(|n| scale(n.low));
            let at = k + usize::from(said.is_some());
            let scaled = said.unwrap_or(1.0);
            return unit_at(t, at).map(|(u, f, _)| (u, f, scaled));
        }
        if t.get(k).is_some_and(|x| scale(x.low).is_some()) || unit_at(t, k).is_some() {
            return None;
        }
    }
    None
}

/// Whether only commas and "and" stand between tokens `end` (exclusive end of one figure)
/// and `start` (the next one's first token): the two are items of one list.
fn listed_before(t: &[Token<'_>], end: usize, start: usize) -> bool {
    end < start && t[end..start].iter().all(|x| matches!(x.low, "," | "and"))
}

/// Drops a restatement of the same amount in the same sentence ("230 EFLOPS, capable of
/// performing 230 quintillion floating-point operations per second"): a computing-power
/// figure equal to the one before it.
fn dedupe(qs: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(qs.len());
    let mut last_flops: Option<f64> = None;
    for q in qs {
        if q.unit == Unit::Flops {
            if last_flops.is_some_and(|p| (p - q.value).abs() <= 1e-9 * q.value.abs()) {
                continue;
            }
            last_flops = Some(q.value);
        }
        out.push(q);
    }
    out
}

/// `value × factor`, exact to the digits said when the factor is a power of ten ("4.1
/// trillion" is `4.1e12`, not `4099999999999.9995`).
fn times(value: f64, factor: f64) -> f64 {
    let exp = factor.log10().round();
    if factor > 0.0 && exp.abs() < 300.0 && ((10f64.powf(exp) - factor) / factor).abs() < 1e-12 {
        format!("{value}e{exp}").parse().unwrap_or(value * factor)
    } else {
        value * factor
    }
}
