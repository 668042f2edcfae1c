//! Phrases of time other than halves and quarters ([`super::period_year`]), tried in order at
//! one token: spans of months and of years, the whole year, Five-Year Plans, the end of a month
//! or a year, a month, a day, "last year" and "this year"; resolved against the briefing date.

use super::dates::{Date, month};
use super::period_day::{EVENTS, day_on, day_span, month_at};
use super::period_year::{
    Period, lower, ordinal_word, past, to_i16, year, year_of_part, year_phrase,
};
use super::tokens::Token;
use super::words::number_word;
use crate::period::Period as Span;

/// A number said as digits or as a word (`five` → 5), for "first five months".
fn small(w: &str) -> Option<u32> {
    w.parse().ok().or_else(|| number_word(w))
}

/// Ordinal of a Five-Year Plan ("14th") → the plan's years.
fn plan(ordinal: &str) -> Option<Span> {
    let n: i16 = ordinal
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()?;
    Span::five_year_plan(n)
}

/// A month at token `k`, said alone ("April") or at one of its edges ("the end of April", "the
/// beginning of March"): the month and the token after it.
fn month_edge(t: &[Token<'_>], k: usize) -> Option<(i8, usize)> {
    if let Some(m) = month_at(t, k) {
        return Some((m, k + 1));
    }
    let edge = lower(t, k) == "the"
        && matches!(lower(t, k + 1), "end" | "beginning" | "start" | "middle")
        && lower(t, k + 2) == "of";
    edge.then(|| month_at(t, k + 3).map(|m| (m, k + 4)))
        .flatten()
}

/// The period phrase starting at token `i`, if any.
#[expect(
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "one table of the phrases of time, in the order they are tried, read token by token"
)]
pub(super) fn period_at(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let w = |k: usize| lower(t, i + k);
    // "(from) January to May (this year)", "January-May 2024".
    let start = i + usize::from(w(0) == "from");
    if let (Some(a), "to" | "-" | "through", Some(b)) = (
        month_at(t, start),
        lower(t, start + 1),
        month_at(t, start + 2),
    ) {
        let y = match year_phrase(t, start + 3, date) {
            Some((y, _)) => y,
            None => year_of_part(date, b)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
    }
    // "from the end of April to July", "from the beginning of March to the end of May": the
    // months the span touches.
    if w(0) == "from"
        && let Some((a, k)) = month_edge(t, i + 1)
        && matches!(lower(t, k), "to" | "through" | "until")
        && let Some((b, end)) = month_edge(t, k + 1)
        && a < b
        && (k != i + 2 || end != k + 2)
    {
        let y = match year_phrase(t, end, date) {
            Some((y, _)) => y,
            None => year_of_part(date, b)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
    }
    // "(between) April 1-5", "from April 1 to 5", "from April 1 to April 5": a span of days.
    if matches!(w(0), "from" | "between")
        && let Some(p) = day_span(t, i + 1, date)
    {
        return Some(p);
    }
    // "January-October" said as one word.
    if let Some((a, b)) = t
        .get(start)
        .and_then(|x| x.text.split_once('-'))
        .filter(|(a, _)| a.starts_with(char::is_uppercase))
        && let (Some(a), Some(b)) = (month(a), month(b))
    {
        let (a, b) = (i8::try_from(a).ok()?, i8::try_from(b).ok()?);
        let y = match year_phrase(t, start + 1, date) {
            Some((y, _)) => y,
            None => year_of_part(date, b)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
    }
    // "by 7 a.m. this morning", "as of yesterday": the day of the briefing, or the day
    // before it.
    if (w(0), w(1)) == ("this", "morning") || w(0) == "yesterday" {
        let d = date?;
        let day = jiff::civil::Date::new(
            to_i16(d.year)?,
            i8::try_from(d.month).ok()?,
            i8::try_from(d.day).ok()?,
        )
        .ok()?;
        let day = if w(0) == "yesterday" {
            day.yesterday().ok()?
        } else {
            day
        };
        return past(Span::day(day));
    }
    // "for the whole year", "the full year": the year last ended (the briefing's own in
    // December).
    if matches!(w(0), "for" | "in" | "over" | "throughout")
        && w(1) == "the"
        && matches!(w(2), "whole" | "full" | "entire")
        && w(3) == "year"
    {
        return past(Span::year(to_i16(year_of_part(date, 12)?)?));
    }
    // "in the whole of 2023", "for the full year of 2022".
    if matches!(w(0), "for" | "in" | "over" | "throughout")
        && w(1) == "the"
        && matches!(w(2), "whole" | "full" | "entire")
        && let Some(y) = [
            (w(3) == "of").then_some(4),
            (w(3) == "year" && w(4) == "of").then_some(5),
        ]
        .into_iter()
        .flatten()
        .find_map(|k| year(t, i + k))
    {
        return past(Span::year(to_i16(y)?));
    }
    // "The first-quarter growth rate", "second-half figures": a part of a year said as one
    // word, of the briefing's year (or the year before, for a part not yet ended).
    if let Some((ordinal, part)) = t.get(i).and_then(|x| x.low.split_once('-'))
        && let Some(n) = ordinal_word(ordinal)
    {
        match part {
            "quarter" => {
                let y = year_of_part(date, 3 * n)?;
                return past(Span::quarter(to_i16(y)?, n));
            }
            "half" if n <= 2 => {
                let y = year_of_part(date, 6 * n)?;
                return past(Span::months(to_i16(y)?, 6 * n - 5, 6 * n));
            }
            _ => {}
        }
    }
    // "from 2021 to 2023", "between 1949 and 2018", "2021-2024".
    if let (Some(a), Some(b)) = (year(t, i + 1), year(t, i + 3))
        && matches!((w(0), w(2)), ("from", "to") | ("between", "and"))
        && a < b
    {
        return past(Span::span(Span::year(to_i16(a)?), Span::year(to_i16(b)?))?);
    }
    // "From 2012 to the end of 2021".
    if let (Some(a), Some(b)) = (year(t, i + 1), year(t, i + 6))
        && (w(0), w(2), w(3), w(4), w(5)) == ("from", "to", "the", "end", "of")
        && a < b
    {
        return past(Span::span(Span::year(to_i16(a)?), Span::year(to_i16(b)?))?);
    }
    if let (Some(a), "-", Some(b)) = (year(t, i), w(1), year(t, i + 2))
        && a < b
    {
        return past(Span::span(Span::year(to_i16(a)?), Span::year(to_i16(b)?))?);
    }
    if w(0) == "first"
        && let Some(n) = small(w(1))
    {
        let n = i8::try_from(n.clamp(1, 12)).unwrap_or(1);
        // "the first five months of this year", "the first five months".
        if w(2) == "months" {
            let y = match year_phrase(t, i + 3 + usize::from(w(3) == "of"), date) {
                Some((y, _)) if w(3) == "of" => y,
                _ => date?.year,
            };
            return past(Span::months(to_i16(y)?, 1, n));
        }
        // "the first two years of the 14th Five-Year Plan".
        if w(2) == "years"
            && w(3) == "of"
            && w(4) == "the"
            && w(6) == "five-year"
            && let Some(p) = plan(w(5))
        {
            let first = p.start_year();
            let last = first + i16::from(n.clamp(1, 5)) - 1;
            return past(Span::span(Span::year(first), Span::year(last))?);
        }
    }
    // "during the 13th Five-Year Plan period", "in the 14th Five-Year Plan period".
    if matches!(w(0), "during" | "in" | "over" | "throughout")
        && w(1) == "the"
        && w(3) == "five-year"
        && let Some(p) = plan(w(2))
    {
        let future = date.is_some_and(|d| i32::from(p.start_year()) > d.year);
        return Some(Period {
            text: p.iso(),
            future,
        });
    }
    // "By the end of June (this year)", "By the end of 2023", "As of the end of last year",
    // "by the end of the 14th Five-Year Plan period".
    // "the year-end foreign exchange reserves": December of the year last ended (said of
    // its own figure only, never the sentence's period).
    if w(0) == "year-end" {
        return past(Span::month(to_i16(year_of_part(date, 12)?)?, 12));
    }
    if w(0) == "end" && w(1) == "of" {
        let before = i.checked_sub(2).map_or("", |p| lower(t, p));
        let by = before == "by";
        // "at the end of the year": December of the year last ended; "by the end of the
        // year" before December: a goal of this year.
        if (w(2), w(3)) == ("the", "year") {
            let d = date?;
            if by && d.month < 12 {
                return Some(Period {
                    text: d.year.to_string(),
                    future: true,
                });
            }
            return past(Span::month(to_i16(year_of_part(date, 12)?)?, 12));
        }
        // "at the end of the first quarter", "by the end of the first half of 2023": the
        // last month of that part of the year.
        let part = match (ordinal_word(w(3)), w(4)) {
            (Some(q @ 1..=4), "quarter") => Some(3 * q),
            (Some(h @ 1..=2), "half") => Some(6 * h),
            _ => None,
        };
        if let (Some(m), "the") = (part, w(2)) {
            let y = match year_phrase(t, i + 5 + usize::from(w(5) == "of"), date) {
                Some((y, _)) if w(5) == "of" => y,
                _ => year_of_part(date, m)?,
            };
            return past(Span::month(to_i16(y)?, m));
        }
        // ("As of the end of this May": the month of the briefing's year.)
        let this = w(2) == "this";
        if let Some(m) = month_at(t, i + 2 + usize::from(this)) {
            let y = match year_phrase(t, i + 3 + usize::from(this), date) {
                Some((y, _)) => y,
                None if this => date?.year,
                None => year_of_part(date, m)?,
            };
            // "Through the end of August": the months of the year up to it.
            if matches!(before, "through" | "until" | "till") {
                return past(Span::months(to_i16(y)?, 1, m));
            }
            return past(Span::month(to_i16(y)?, m));
        }
        let stated = year(t, i + 2).or_else(|| {
            year_phrase(t, i + 2, date)
                .map(|p| p.0)
                .filter(|_| w(2) != "the")
        });
        if let Some(y) = stated {
            // "By the end of this year" at a briefing before December is a goal (of that
            // year); "by the end of 2022" said later is the stock at that month's end.
            let future = date.is_some_and(|d| y > d.year || y == d.year && by && d.month < 12);
            let span = if future {
                Span::year(to_i16(y)?)
            } else {
                Span::month(to_i16(y)?, 12)
            };
            return Some(Period {
                text: span.iso(),
                future,
            });
        }
        if w(2) == "the"
            && w(4) == "five-year"
            && let Some(p) = plan(w(3))
        {
            let y = p.end_year();
            return Some(Period {
                text: Span::year(y).iso(),
                future: date.is_some_and(|d| i32::from(y) >= d.year),
            });
        }
    }
    // "in May and June": both months.
    if let (Some(a), "and", Some(b)) = (month_at(t, i), lower(t, i + 1), month_at(t, i + 2))
        && a < b
    {
        let y = match year_phrase(t, i + 3, date) {
            Some((y, _)) => y,
            None => year_of_part(date, b)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
    }
    // "June 2023", "by June 2022".
    if let (Some(m), Some(y)) = (month_at(t, i), year(t, i + 1)) {
        return past(Span::month(to_i16(y)?, m));
    }
    // "For 2024, the central government has planned …".
    if w(0) == "for"
        && let Some(y) = year(t, i + 1)
    {
        return Some(Period {
            text: y.to_string(),
            future: date.is_some_and(|d| y > d.year),
        });
    }
    // "By 2027": a target when the year is still to come.
    if w(0) == "by"
        && let Some(y) = year(t, i + 1)
    {
        return Some(Period {
            text: y.to_string(),
            future: date.map_or_else(
                || {
                    t.iter()
                        .any(|x| matches!(x.low, "will" | "aim" | "aims" | "strive"))
                },
                |d| y > d.year,
            ),
        });
    }
    // "in 2023", but not the base of a comparison ("higher than in 2023", "compared with that
    // in 2015").
    // ("five times the number in 2012", "the level in 2015": a base too.)
    if w(0) == "in"
        && i.checked_sub(1).is_none_or(|p| {
            !matches!(
                lower(t, p),
                "than" | "that" | "number" | "level" | "figure" | "amount" | "those"
            )
        })
    {
        if let Some(y) = year(t, i + 1) {
            return past(Span::year(to_i16(y)?));
        }
        // "In May": the latest such month up to the briefing.
        // ("in May and June" is both months, read at "May".)
        let both = lower(t, i + 2) == "and" && month_at(t, i + 3).is_some();
        if let Some(m) = month_at(t, i + 1).filter(|_| !t.get(i + 2).is_some_and(|x| x.number))
            && !both
        {
            let y = year_of_part(date, m)?;
            return past(Span::month(to_i16(y)?, m));
        }
    }
    // "On Feb. 2, the total volume …", "imports on April 2": that day (not "a ceremony on
    // June 28 to hand over …": the day of an event, not of the figure).
    let event = i
        .checked_sub(1)
        .is_some_and(|p| EVENTS.contains(&lower(t, p)));
    if w(0) == "on"
        && !event
        && let Some(day) = day_on(t, i, date)
    {
        return Some(day);
    }
    // "as of late July", "by mid-June": that month.
    if w(0) == "as"
        && w(1) == "of"
        && matches!(w(2), "late" | "early" | "mid")
        && let Some(m) = month_at(t, i + 3)
    {
        let y = match year_phrase(t, i + 4, date) {
            Some((y, _)) => y,
            None => year_of_part(date, m)?,
        };
        return past(Span::month(to_i16(y)?, m));
    }
    // "as of June 30", "by May 31": that day.
    if matches!((w(0), w(1)), ("as", "of") | ("by" | "until", _))
        && let Some(day) = day_on(t, i + usize::from(w(0) == "as"), date)
    {
        return Some(day);
    }
    // "last month" (not "the last month of"): the month before the briefing's.
    let the_before = i.checked_sub(1).is_some_and(|p| lower(t, p) == "the");
    if (w(0), w(1)) == ("last", "month") && !the_before {
        let d = date?;
        let (y, m) = if d.month == 1 {
            (d.year - 1, 12)
        } else {
            (d.year, i8::try_from(d.month).ok()? - 1)
        };
        return past(Span::month(to_i16(y)?, m));
    }
    // "last year", "this year", "this year's summer grain production".
    let year_word = matches!(w(1), "year" | "year's" | "year’s");
    if matches!(w(0), "last" | "previous") && year_word {
        return past(Span::year(to_i16(date?.year - 1)?));
    }
    if w(0) == "this" && year_word {
        return past(Span::year(to_i16(date?.year)?));
    }
    None
}
