//! Days and months said by name: "as of 24:00 on Jan. 25", "on July 5", "between April 1-5",
//! and a month's name when it is one ("May", not the verb "may"); resolved against the
//! briefing date. The other phrases of time are [`super::period_phrase`]'s.

use super::dates::{Date, month};
use super::period_year::{Period, lower, past, to_i16, year};
use super::tokens::Token;
use crate::period::Period as Span;

/// "As of 24:00 on Jan. 25": statistics counted up to a day, in the year of the briefing (or
/// the year before, for a later month).
pub(super) fn as_of_day(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    if (lower(t, i), lower(t, i + 1)) != ("as", "of") {
        return None;
    }
    let on = (i + 2..(i + 8).min(t.len())).find(|&k| lower(t, k) == "on")?;
    day_on(t, on, date)
}

/// The day said after "on" at token `on`: "on Feb. 2", "On July 5" (the latest such day up
/// to the briefing).
pub(super) fn day_on(t: &[Token<'_>], on: usize, date: Option<Date>) -> Option<Period> {
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

/// "April 1-5", "April 1 to 5", "April 1 to April 5" at token `at`: the span of those days,
/// in the year said after it, else the latest such span up to the briefing.
pub(super) fn day_span(t: &[Token<'_>], at: usize, date: Option<Date>) -> Option<Period> {
    let m = month_at(t, at)?;
    let number = |k: usize| -> Option<i8> {
        t.get(k)
            .filter(|x| x.number && x.text.len() <= 2)
            .and_then(|x| x.text.parse().ok())
    };
    let first = number(at + 1)?;
    if !matches!(lower(t, at + 2), "-" | "to" | "and" | "through") {
        return None;
    }
    let (m2, last, end) = match month_at(t, at + 3) {
        Some(m2) => (m2, number(at + 4)?, at + 5),
        None => (m, number(at + 3)?, at + 4),
    };
    let said = (lower(t, end) == ",").then(|| year(t, end + 1)).flatten();
    let y = match (said, date) {
        (Some(y), _) => y,
        (None, Some(d))
            if (u32::from(m2.unsigned_abs()), u32::from(last.unsigned_abs()))
                <= (d.month, d.day) =>
        {
            d.year
        }
        (None, Some(d)) => d.year - 1,
        (None, None) => return None,
    };
    let y = to_i16(y)?;
    let day = |m: i8, d: i8| jiff::civil::Date::new(y, m, d).ok().map(Span::day);
    past(Span::span(day(m, first)?, day(m2, last)?)?)
}

/// Events held on a day: the day said after them is theirs, not a figure's.
pub(super) const EVENTS: &[&str] = &[
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
pub(super) fn month_at(t: &[Token<'_>], k: usize) -> Option<i8> {
    t.get(k)
        .filter(|x| x.text.starts_with(char::is_uppercase))
        .and_then(|x| month(x.text))
        .and_then(|m| i8::try_from(m).ok())
}
