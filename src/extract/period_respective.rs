//! The months, quarters and years of a list said "respectively" ("9.8 percent and 9.0 percent
//! in the first and second quarters respectively"): each figure's own period, by its place.

use super::dates::Date;
use super::period_year::{Period, lower, ordinal_word, past, to_i16, year, year_of_part};
use super::tokens::Token;
use super::words::number_word;
use crate::period::Period as Span;

/// The period of the figure at token `first` in a sentence that says "respectively" (`earlier`
/// are the first tokens of the figures before it): its month of "the first three months", its
/// year of "in 2022 and 2023", or its quarter of "in the first and second quarters … 9.8
/// percent and 9.0 percent respectively" (the first or second said after the list); `None`
/// when the sentence says no such list.
pub fn respective_period(
    t: &[Token<'_>],
    first: usize,
    earlier: &[usize],
    date: Option<Date>,
) -> Option<Period> {
    if !t.iter().any(|x| x.low == "respectively") {
        return None;
    }
    if let Some(p) = respective_month(t, first, earlier, date) {
        return Some(p);
    }
    if let Some(p) = respective_year(t, first, earlier) {
        return Some(p);
    }
    let at = (0..t.len()).find(|&i| {
        ordinal_word(lower(t, i)).is_some()
            && lower(t, i + 1) == "and"
            && ordinal_word(lower(t, i + 2)).is_some()
            && matches!(lower(t, i + 3), "quarter" | "quarters")
    })?;
    // The figure's place among those said after the list.
    let k = earlier.iter().filter(|&&f| f > at).count();
    if first < at || k > 1 {
        return None;
    }
    let q = ordinal_word(lower(t, at + 2 * k))?;
    let y = year_of_part(date, 3 * q)?;
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

/// "In 2022 and 2023, the sector grew by 3.1 % and 4.5 %, respectively": the year of the
/// figure at token `first`, by its place among the figures said after (or before) a list of
/// years said "in", "for", "during" or "of" (not the bases "compared with 2019 and 2022").
fn respective_year(t: &[Token<'_>], first: usize, earlier: &[usize]) -> Option<Period> {
    let start = (1..t.len()).find(|&i| {
        matches!(lower(t, i - 1), "in" | "for" | "during" | "of")
            && year(t, i).is_some()
            && matches!(lower(t, i + 1), "and" | ",")
    })?;
    let mut years = vec![year(t, start)?];
    let mut end = start + 1;
    while matches!(lower(t, end), "and" | ",") {
        let next = end + 1 + usize::from(lower(t, end + 1) == "and");
        let Some(y) = year(t, next) else { break };
        years.push(y);
        end = next + 1;
    }
    let place = if first > end {
        earlier.iter().filter(|&&f| f > end).count()
    } else {
        earlier.len()
    };
    let y = *years.get(place).filter(|_| years.len() > 1)?;
    past(Span::year(to_i16(y)?))
}
