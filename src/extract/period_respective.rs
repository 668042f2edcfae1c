//! The months, quarters and years of a list said "respectively" ("9.8 percent and 9.0 percent
//! in the first and second quarters respectively"): each figure's own period, by its place.

use super::dates::{Date, month};
use super::period_year::{Period, lower, ordinal_word, past, to_i16, year, year_of_part};
use super::tokens::Token;
use super::words::number_word;
use crate::period::Period as Span;

/// The period of the figure at tokens `first..last` in a sentence that says "respectively" (`earlier`
/// are the first tokens of the figures before it): its month of "the first three months", its
/// year of "in 2022 and 2023", or its quarter of "in the first and second quarters … 9.8
/// percent and 9.0 percent respectively" (the first or second said after the list); `None`
/// when the sentence says no such list.
pub fn respective_period(
    t: &[Token<'_>],
    (first, last): (usize, usize),
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    if !t.iter().any(|x| x.low == "respectively") {
        // "In May and June, the value-added of 33 and 27 sectors grew faster": two lists
        // of as many items, the figures joined by "and", go together without the word.
        let joined = |k: usize| matches!(lower(t, k), "and" | ",");
        let figure_end = |k: usize| t[k].number || matches!(t[k].low, "%" | "percent");
        let listed = first >= 2 && joined(first - 1) && figure_end(first - 2)
            || joined(last) && t.get(last + 1).is_some_and(|x| x.number);
        if !listed {
            return None;
        }
        return respective_named_month(t, first, earlier, date)
            .or_else(|| respective_year(t, first, earlier));
    }
    if let Some(p) = respective_month(t, first, earlier, date) {
        return Some(p);
    }
    if let Some(p) = respective_year(t, first, earlier) {
        return Some(p);
    }
    if let Some(p) = respective_named_month(t, first, earlier, date) {
        return Some(p);
    }
    if let Some(p) = quarter_span(t, first, earlier, date) {
        return Some(p);
    }
    respective_quarter(t, (first, last), earlier, date)
}

/// "9.8 percent and 9.0 percent in the first and second quarters respectively", "-3.2 % for
/// the first quarter, and 3.3, 3.9, and 4.1 % for the second, third, and fourth quarters,
/// respectively": the quarter of the figure at tokens `first..last`, by its place among the
/// figures said after a list of ordinals (joined by commas and "and"), or among as many
/// figures said right before it; of the year whose last quarter of the list has ended by the
/// briefing.
fn respective_quarter(
    t: &[Token<'_>],
    (first, last): (usize, usize),
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    let (start, quarters, end) = (0..t.len()).find_map(|i| {
        let mut quarters = vec![ordinal_word(lower(t, i))?];
        let mut k = i + 1;
        loop {
            let comma = usize::from(lower(t, k) == ",");
            let and = usize::from(lower(t, k + comma) == "and");
            let next = k + comma + and;
            let Some(q) = ordinal_word(lower(t, next)).filter(|_| next > k) else {
                break;
            };
            quarters.push(q);
            k = next + 1;
        }
        (quarters.len() > 1 && matches!(lower(t, k), "quarter" | "quarters")).then_some((
            i,
            quarters,
            k + 1,
        ))
    })?;
    let place = if first >= end {
        earlier.iter().filter(|&&f| f >= end).count()
    } else if last <= start && !t[end..].iter().any(|x| x.number) {
        // The figures between this one and the list are the items after it (when none is
        // said after the list: "Its growth in the first half is 9.4 %, and that of the first
        // and second quarter is 9.8 % and 9.0 % respectively").
        let later = t[last..start].iter().filter(|x| x.number).count();
        quarters.len().checked_sub(1 + later)?
    } else {
        return None;
    };
    let q = *quarters.get(place)?;
    // The quarters of one list are of one year: that of the last of them.
    let latest = quarters.iter().copied().max()?;
    let y = year_of_part(date, 3 * latest)?;
    past(Span::quarter(to_i16(y)?, q))
}

/// "5.1 %, 5.3 % and 5.2 % in the first three months respectively": the month of the
/// figure at token `first`, by its place in the list before the phrase.
fn respective_month(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    let at = (0..t.len()).find(|&i| {
        lower(t, i) == "first"
            && number_word(lower(t, i + 1)).is_some()
            && lower(t, i + 2) == "months"
    })?;
    let months = number_word(lower(t, at + 1))?;
    let place = u32::try_from(earlier.len()).ok()?;
    if first > at || place >= months {
        return None;
    }
    let month = i8::try_from(place + 1).ok()?;
    let year = year_of_part(date, month)?;
    past(Span::month(to_i16(year)?, month))
}

/// "From the first to the fourth quarter, … accounted for 30.4 %, 30.5 %, 30.7 % and 31.4 %
/// …, respectively": the quarter of the figure at token `first`, by its place among the
/// figures said after the span; of the year a year written before the span gives, else the
/// last year whose last quarter of the span has ended by the briefing.
fn quarter_span(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    let skip_the = |i: usize| i + usize::from(lower(t, i) == "the");
    let (at, from, to, end) = (0..t.len()).find_map(|i| {
        if lower(t, i) != "from" {
            return None;
        }
        let a = skip_the(i + 1);
        let from = ordinal_word(lower(t, a))?;
        if lower(t, a + 1) != "to" {
            return None;
        }
        let b = skip_the(a + 2);
        let to = ordinal_word(lower(t, b))?;
        matches!(lower(t, b + 1), "quarter" | "quarters").then_some((i, from, to, b + 2))
    })?;
    if first < end || from >= to || to > 4 {
        return None;
    }
    let place = i8::try_from(earlier.iter().filter(|&&f| f > end).count()).ok()?;
    let q = from + place;
    if q > to {
        return None;
    }
    let y = (0..at)
        .rev()
        .find_map(|i| year(t, i))
        .or_else(|| year_of_part(date, 3 * to))?;
    past(Span::quarter(to_i16(y)?, q))
}

/// "In 2022 and 2023, the sector grew by 3.1 % and 4.5 %, respectively": the year of the
/// figure at token `first`, by its place among the figures said after (or before) a list of
/// years said "in", "for", "during" or "of" (not the bases "compared with 2019 and 2022").
fn respective_year(t: &[Token<'_>], first: usize, earlier: &[usize]) -> Option<Period> {
    let (y, _) = respective_item(t, first, earlier, |i| year(t, i))?;
    past(Span::year(to_i16(y)?))
}

/// "4.9 %, 3.9 % and 1.7 % in October, November and December, respectively": the month of the
/// figure at token `first`, by its place in a list of months' names, in the year the list
/// ends with ("… and December 2021") or else the last such month before the briefing.
fn respective_named_month(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    let name = |i: usize| {
        t.get(i)
            .filter(|x| x.text.starts_with(char::is_uppercase))
            .and_then(|x| month(x.text))
    };
    let (m, end) = respective_item(t, first, earlier, name)?;
    let m = i8::try_from(m).ok()?;
    let y = year(t, end).or_else(|| year_of_part(date, m))?;
    past(Span::month(to_i16(y)?, m))
}

/// The item of a list said "in", "for", "during" or "of" ("in 2022 and 2023", "in October,
/// November and December") that the figure at token `first` takes by its place among the
/// figures said after the list (or before it), with the index of the token after the list.
/// `item` reads one item at a token. `None` for a list of one.
fn respective_item<T: Copy>(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    item: impl Fn(usize) -> Option<T>,
) -> Option<(T, usize)> {
    let start = (1..t.len()).find(|&i| {
        matches!(lower(t, i - 1), "in" | "for" | "during" | "of")
            && item(i).is_some()
            && matches!(lower(t, i + 1), "and" | ",")
    })?;
    let mut items = vec![item(start)?];
    let mut end = start + 1;
    while matches!(lower(t, end), "and" | ",") {
        let next = end + 1 + usize::from(lower(t, end + 1) == "and");
        let Some(y) = item(next) else { break };
        items.push(y);
        end = next + 1;
    }
    let place = if first > end {
        earlier.iter().filter(|&&f| f > end).count()
    } else {
        earlier.len()
    };
    let found = *items.get(place).filter(|_| items.len() > 1)?;
    Some((found, end))
}

/// "Looking at each quarter, the four quarters have increased by 6.4 %, 6.2 %, 6.0 % and
/// 6.0 %": the quarter of the figure at token `first`, by its place among the figures said
/// after "the four quarters" (`earlier` are the first tokens of the figures before it), in the
/// year the sentence says or else the last such quarter before the briefing; `None` when the
/// sentence says no "four quarters" before the figure.
pub fn quarters_in_turn(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    year_said: Option<i32>,
    date: Option<Date>,
) -> Option<Period> {
    let at = (1..t.len()).find(|&i| lower(t, i - 1) == "four" && lower(t, i) == "quarters")?;
    let place = earlier.iter().filter(|&&f| f > at).count();
    if first < at || place >= 4 {
        return None;
    }
    let q = i8::try_from(place + 1).ok()?;
    let y = year_said.or_else(|| year_of_part(date, 12))?;
    past(Span::quarter(to_i16(y)?, q))
}
