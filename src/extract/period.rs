//! Periods: the time a sentence (or a single figure) speaks of, resolved against the briefing
//! date, and whether a figure is a target. Every period is built as a
//! [`crate::period::Period`], the one period type of the crate.

use super::dates::{Date, month};
use super::numbers::is_year;
use super::tokens::Token;
use super::words::number_word;
use crate::period::Period as Span;

/// The period a sentence speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// ISO 8601 text: `2023`, `2024-05`, `2024-01/2024-05`, `2021/2022`.
    pub text: String,
    /// Whether it is a future year ("By 2027"), which makes the sentence's figures targets.
    pub future: bool,
}

fn lower<'a>(t: &[Token<'a>], i: usize) -> &'a str {
    t.get(i).map_or("", |x| x.low)
}

fn year(t: &[Token<'_>], i: usize) -> Option<i32> {
    (i < t.len() && is_year(t, i))
        .then(|| t[i].text.parse().ok())
        .flatten()
}

/// A number said as digits or as a word (`five` → 5), for "first five months".
fn small(w: &str) -> Option<u32> {
    w.parse().ok().or_else(|| number_word(w))
}

/// An ordinal word of a part of a year ("first" → 1, "fourth" → 4).
fn ordinal_word(w: &str) -> Option<i8> {
    match w {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}

/// "this year", "last year", "the year", "in 2024", "of 2023" or "2023" at token `i`: the
/// year meant and the tokens used.
fn year_phrase(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<(i32, usize)> {
    match (lower(t, i), lower(t, i + 1)) {
        ("this" | "the", "year") => Some((date?.year, 2)),
        ("last" | "previous", "year") => Some((date?.year - 1, 2)),
        ("in" | "of", _) => year(t, i + 1).map(|y| (y, 2)),
        _ => year(t, i).map(|y| (y, 1)),
    }
}

/// The year of a part of a year said without one ("the first quarter", "the first half of
/// the year"): the briefing's, or the year before when that part has not begun by the
/// briefing date.
fn year_of_part(date: Option<Date>, first_month: i8) -> Option<i32> {
    let d = date?;
    Some(if u32::from(first_month.unsigned_abs()) > d.month {
        d.year - 1
    } else {
        d.year
    })
}

/// Ordinal of a Five-Year Plan ("14th") → the plan's years.
fn plan(ordinal: &str) -> Option<Span> {
    let n: i16 = ordinal
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()?;
    Span::five_year_plan(n)
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "every reader of a phrase of time returns an Option; this is their last step"
)]
fn past(span: Span) -> Option<Period> {
    Some(Period {
        text: span.iso(),
        future: false,
    })
}

fn to_i16(y: i32) -> Option<i16> {
    i16::try_from(y).ok()
}

/// "The first half of this year", "the second half of 2023", "the first half" (of the
/// briefing's year): six months.
fn half_year(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let h = match (lower(t, i), lower(t, i + 1)) {
        ("first", "half") => 1,
        ("second", "half") => 2,
        _ => return None,
    };
    let y = if lower(t, i + 2) == "of" {
        year(t, i + 3).or_else(|| year_phrase(t, i + 3, date).map(|p| p.0))
    } else {
        // "In the first half, …" and "H1": the briefing's year.
        None
    };
    let y = match y {
        Some(y) => y,
        None if lower(t, i + 2) == "of" && !matches!(lower(t, i + 3), "the" | "this") => {
            return None;
        }
        None => year_of_part(date, if h == 1 { 1 } else { 7 })?,
    };
    past(Span::half(to_i16(y)?, h))
}

/// "The first quarter (of 2024)", "the fourth quarter of last year", "the first three
/// quarters of this year", "Q1".
#[expect(
    clippy::many_single_char_names,
    reason = "a token scanner: tokens, index, word, month, year"
)]
fn quarter(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let w = |k: usize| lower(t, i + k);
    let (from_q, to_q, used) = if let Some(q) = w(0)
        .strip_prefix('q')
        .and_then(|n| n.parse::<i8>().ok())
        .filter(|q| (1..=4).contains(q))
    {
        (q, q, 1)
    } else if w(0) == "first" && matches!(w(1), "two" | "three") && w(2) == "quarters" {
        (1, if w(1) == "two" { 2 } else { 3 }, 3)
    } else if let (Some(q), "quarter") = (ordinal_word(w(0)), w(1)) {
        (q, q, 2)
    } else {
        return None;
    };
    let y = match year_phrase(t, i + used + usize::from(w(used) == "of"), date) {
        Some((y, _)) if w(used) == "of" || year(t, i + used).is_some() => y,
        _ if w(used) == "of" && !matches!(w(used + 1), "the" | "this") => return None,
        _ => year_of_part(date, 3 * from_q - 2)?,
    };
    let y = to_i16(y)?;
    let (a, b) = (Span::quarter(y, from_q), Span::quarter(y, to_q));
    past(Span::span(a, b)?)
}

/// "As of 24:00 on Jan. 25": statistics counted up to a day, in the year of the briefing (or
/// the year before, for a later month).
fn as_of_day(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    if (lower(t, i), lower(t, i + 1)) != ("as", "of") {
        return None;
    }
    let on = (i + 2..(i + 8).min(t.len())).find(|&k| lower(t, k) == "on")?;
    day_on(t, on, date)
}

/// The day said after "on" at token `on`: "on Feb. 2", "On July 5" (the latest such day up
/// to the briefing).
fn day_on(t: &[Token<'_>], on: usize, date: Option<Date>) -> Option<Period> {
    let name = t.get(on + 1)?.text;
    if !name.starts_with(char::is_uppercase) {
        return None;
    }
    let dot = lower(t, on + 2) == ".";
    let m = month(&format!("{name}{}", if dot { "." } else { "" }))?;
    let at = on + 2 + usize::from(dot);
    let day: u32 = t.get(at)?.text.parse().ok()?;
    // "On June 23, 2017": the year said; else the latest such day up to the briefing.
    let said = (lower(t, at + 1) == ",").then(|| year(t, at + 2)).flatten();
    let y = match (said, date) {
        (Some(y), _) => y,
        (None, Some(d)) if (m, day) <= (d.month, d.day) => d.year,
        (None, Some(d)) => d.year - 1,
        (None, None) => return None,
    };
    let d =
        jiff::civil::Date::new(to_i16(y)?, i8::try_from(m).ok()?, i8::try_from(day).ok()?).ok()?;
    past(Span::day(d))
}

/// Events held on a day: the day said after them is theirs, not a figure's.
const EVENTS: &[&str] = &[
    "ceremony",
    "meeting",
    "conference",
    "symposium",
    "forum",
    "session",
    "summit",
    "launch",
    "event",
    "held",
    "hosted",
    "opened",
];

/// The month named by token `k` when it is capitalised (`May`, not the verb "may").
fn month_at(t: &[Token<'_>], k: usize) -> Option<i8> {
    t.get(k)
        .filter(|x| x.text.starts_with(char::is_uppercase))
        .and_then(|x| month(x.text))
        .and_then(|m| i8::try_from(m).ok())
}

/// The period phrase starting at token `i`, if any.
#[expect(
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "one table of the phrases of time, in the order they are tried, read token by token"
)]
fn period_at(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
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
            None => year_of_part(date, a)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
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
            None => year_of_part(date, a)?,
        };
        return past(Span::months(to_i16(y)?, a, b));
    }
    // "for the whole year", "the full year": the year of the briefing.
    if matches!(w(0), "for" | "in" | "over" | "throughout")
        && w(1) == "the"
        && matches!(w(2), "whole" | "full" | "entire")
        && w(3) == "year"
    {
        return Some(Period {
            text: date?.year.to_string(),
            future: false,
        });
    }
    // "from 2021 to 2023", "between 1949 and 2018", "2021-2024".
    if let (Some(a), Some(b)) = (year(t, i + 1), year(t, i + 3))
        && matches!((w(0), w(2)), ("from", "to") | ("between", "and"))
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
    if w(0) == "end" && w(1) == "of" {
        let before = i.checked_sub(2).map_or("", |p| lower(t, p));
        let by = before == "by";
        if let Some(m) = month_at(t, i + 2) {
            let y = match year_phrase(t, i + 3, date) {
                Some((y, _)) => y,
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
            None => year_of_part(date, a)?,
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
    if w(0) == "in"
        && i.checked_sub(1)
            .is_none_or(|p| !matches!(lower(t, p), "than" | "that"))
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

/// Whether the phrase of time at token `i` is the base of a comparison ("than the same period
/// last year", "compared with 2019", "over the same period of 2020"), not the figure's period.
fn compared_base(t: &[Token<'_>], i: usize) -> bool {
    let back = |k: usize| i.checked_sub(k).map_or("", |j| lower(t, j));
    // "… than that of the first two months", "up 1.5 points from the first quarter".
    let from_the =
        back(2) == "from" && back(1) == "the" && !t.iter().skip(i).take(6).any(|x| x.low == "to");
    (back(2) == "same" && back(1) == "period")
        || (back(3) == "same" && back(2) == "period" && back(1) == "of")
        || (1..=5).any(|k| matches!(back(k), "than" | "compared"))
        || from_the
}

/// The period of a sentence: its first period phrase, with the index of its first token.
pub fn sentence_period(t: &[Token<'_>], date: Option<Date>) -> Option<(usize, Period)> {
    period_phrases(t, date).next()
}

/// The last period phrase of a sentence ("… was not so good in the first two months, but
/// figures in March are excellent": March), for the figures of the sentences after it.
pub fn last_period(t: &[Token<'_>], date: Option<Date>) -> Option<Period> {
    // A phrase's own words ("from January to May", "the first half of this year") hold
    // shorter phrases; a phrase counts as a new one when it starts well after the one before.
    let mut last: Option<(usize, Period)> = None;
    for (i, p) in period_phrases(t, date) {
        if last.as_ref().is_none_or(|(at, _)| i > at + PHRASE_WORDS) {
            last = Some((i, p));
        }
    }
    last.map(|(_, p)| p)
}

/// How far into one phrase of time a shorter one may start ("in the first half of this
/// year": "this year" at 5).
const PHRASE_WORDS: usize = 5;

/// The period phrases of a sentence that are not comparison bases, in order, each with the
/// index of its first token. Each costs a bounded look ahead.
fn period_phrases<'a>(
    t: &'a [Token<'a>],
    date: Option<Date>,
) -> impl Iterator<Item = (usize, Period)> + 'a {
    (0..t.len())
        .filter(|&i| {
            matches!(
                t[i].low,
                "from"
                    | "between"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "end"
                    | "by"
                    | "in"
                    | "last"
                    | "previous"
                    | "as"
                    | "during"
                    | "over"
                    | "throughout"
                    | "this"
                    | "for"
                    | "on"
                    | "q1"
                    | "q2"
                    | "q3"
                    | "q4"
            ) || t[i].text.starts_with(char::is_uppercase)
                && month(t[i].text.split('-').next().unwrap_or("")).is_some()
                || t[i].number
        })
        .filter(|&i| !compared_base(t, i))
        .filter_map(move |i| {
            half_year(t, i, date)
                .or_else(|| quarter(t, i, date))
                .or_else(|| as_of_day(t, i, date))
                .or_else(|| period_at(t, i, date))
                .map(|p| (i, p))
        })
}

/// The period said in a figure's own clause: a phrase of time between `from` (the start of
/// the clause) and the figure, or right after it ("6.8 % in the first quarter", "15 % in
/// 2018"); it overrides the sentence's period.
pub fn local_period(
    t: &[Token<'_>],
    from: usize,
    first: usize,
    last: usize,
    date: Option<Date>,
) -> Option<Period> {
    let at = |i: usize| {
        if compared_base(t, i) {
            return None;
        }
        half_year(t, i, date)
            .or_else(|| quarter(t, i, date))
            .or_else(|| period_at(t, i, date))
    };
    // Right after the figure: "in 2018", "in the first quarter", "by the end of June".
    let after = (last..(last + 4).min(t.len()))
        .take_while(|&k| {
            !matches!(
                lower(t, k),
                "," | ";" | "and" | "compared" | "than" | "from" | "over" | "against"
            ) && (k == last || !t[k].number)
        })
        .find_map(at);
    // A phrase right after the figure before belongs to that figure ("rose from 15 % in 2018
    // to over 50 %").
    let owned_by_previous = from > 0 && from < first && at(from).is_some();
    after.or_else(|| {
        if owned_by_previous {
            return None;
        }
        let comma = (from..first)
            .rev()
            .find(|&k| matches!(lower(t, k), "," | ";"));
        let start = comma.map_or(from, |k| k + 1);
        (start..first).find_map(at).or_else(|| {
            // "by the end of September, 2.83 trillion yuan …": a figure that opens its clause
            // takes the phrase of time of the clause just before.
            let opens = comma.is_some_and(|k| k + 1 == first);
            let before = comma.and_then(|k| {
                (from..k)
                    .rev()
                    .find(|&j| matches!(lower(t, j), "," | ";"))
                    .map_or(Some(from), |j| Some(j + 1))
            })?;
            opens.then(|| (before..first).find_map(at)).flatten()
        })
    })
}

/// "in the first and second quarters … 9.8 percent and 9.0 percent respectively": the
/// quarter of the figure at token `first`, the first or second said after the list (`earlier`
/// are the first tokens of the figures before it); `None` when the sentence says no such
/// list.
pub fn respective_quarter(
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
    let y = year_of_part(date, 3 * q - 2)?;
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

/// The first token that announces a goal ("will", "aim", "plans to", "strive"): a figure after
/// it may be a goal.
pub fn future_before(t: &[Token<'_>]) -> Option<usize> {
    t.iter().position(|x| {
        matches!(
            x.low,
            "will" | "aim" | "aims" | "plans" | "strive" | "target" | "goal"
        )
    })
}

/// The last "this year" of a sentence: a goal before it is for this year.
pub fn this_year_after(t: &[Token<'_>]) -> Option<usize> {
    (0..t.len())
        .rev()
        .find(|&k| lower(t, k) == "this" && lower(t, k + 1) == "year")
}

/// A change said after "from … in 1949 to … in 2018": the span of the two years, which the
/// change covers ("…, an increase of 3.3 times"). `before` is the index of the change's
/// first token; both years must come before it.
pub fn change_span(t: &[Token<'_>], before: usize) -> Option<String> {
    let end = before.min(t.len());
    let from = (0..end).find(|&k| lower(t, k) == "from")?;
    let years: Vec<(usize, i32)> = (from..end)
        .filter(|&k| lower(t, k) == "in")
        .filter_map(|k| year(t, k + 1).map(|y| (k, y)))
        .collect();
    let (&(k1, first), &(k2, last)) = (years.first()?, years.last()?);
    let to_between = (k1..k2).any(|k| lower(t, k) == "to");
    (first < last && to_between).then(|| format!("{first}/{last}"))
}
