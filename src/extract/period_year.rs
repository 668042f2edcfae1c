//! Years and parts of a year in a phrase of time: the [`Period`] a phrase makes, the year said
//! ("this year", "in 2024") or meant (a part of a year said without one), halves and quarters.
//! Every period is built as a [`crate::period::Period`], the one period type of the crate.

use super::dates::Date;
use super::lookalikes::is_year;
use super::tokens::Token;
use crate::period::Period as Span;

/// The period a sentence speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// ISO 8601 text: `2023`, `2024-05`, `2024-01/2024-05`, `2021/2022`.
    pub text: String,
    /// Whether it is a future year ("By 2027"), which makes the sentence's figures targets.
    pub future: bool,
}

pub(super) fn lower<'a>(t: &[Token<'a>], i: usize) -> &'a str {
    t.get(i).map_or("", |x| x.low)
}

pub(super) fn year(t: &[Token<'_>], i: usize) -> Option<i32> {
    (i < t.len() && is_year(t, i))
        .then(|| t[i].text.parse().ok())
        .flatten()
}

/// An ordinal word of a part of a year ("first" → 1, "fourth" → 4).
pub(super) fn ordinal_word(w: &str) -> Option<i8> {
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
pub(super) fn year_phrase(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<(i32, usize)> {
    match (lower(t, i), lower(t, i + 1)) {
        ("this" | "the", "year") => Some((date?.year, 2)),
        ("last" | "previous", "year") => Some((date?.year - 1, 2)),
        ("in" | "of", _) => year(t, i + 1).map(|y| (y, 2)),
        _ => year(t, i).map(|y| (y, 1)),
    }
}

/// The year of a part of a year said without one ("the first quarter", "the first half of
/// the year"), given the part's last month: the briefing's, or the year before when that
/// month is still to come at the briefing ("the first half of the year" in January is last
/// year's; "January to May" in June this year's).
pub(super) fn year_of_part(date: Option<Date>, last_month: i8) -> Option<i32> {
    let d = date?;
    Some(if u32::from(last_month.unsigned_abs()) > d.month {
        d.year - 1
    } else {
        d.year
    })
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "every reader of a phrase of time returns an Option; this is their last step"
)]
pub(super) fn past(span: Span) -> Option<Period> {
    Some(Period {
        text: span.iso(),
        future: false,
    })
}

pub(super) fn to_i16(y: i32) -> Option<i16> {
    i16::try_from(y).ok()
}

/// "The first half of this year", "the second half of 2023", "the first half year of 2022",
/// "the first half" (of the briefing's year): six months.
pub(super) fn half_year(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    // "the first half", and "H1" ("H1 2024").
    let (h, used) = match (lower(t, i), lower(t, i + 1)) {
        ("first", "half") => (1, 2),
        ("second", "half") => (2, 2),
        ("h1", _) => (1, 1),
        ("h2", _) => (2, 1),
        _ => return None,
    };
    if used == 1
        && let Some(y) = year(t, i + 1)
    {
        return past(Span::half(to_i16(y)?, h));
    }
    // ("the first half year of 2022": "year" names the half's whole.)
    let at = i + used + usize::from(used == 2 && lower(t, i + 2) == "year");
    let y = if lower(t, at) == "of" {
        year(t, at + 1).or_else(|| year_phrase(t, at + 1, date).map(|p| p.0))
    } else {
        // "In the first half, …" and "H1": the briefing's year.
        None
    };
    // "of the year" names no year: the latest such half up to the briefing.
    let the_year = (lower(t, at + 1), lower(t, at + 2)) == ("the", "year");
    let y = match y {
        Some(y) if !the_year => y,
        None if lower(t, at) == "of" && !matches!(lower(t, at + 1), "the" | "this") => {
            return None;
        }
        _ => year_of_part(date, if h == 1 { 6 } else { 12 })?,
    };
    past(Span::half(to_i16(y)?, h))
}

/// "The first quarter (of 2024)", "the fourth quarter of last year", "the first three
/// quarters of this year", "Q1".
#[expect(
    clippy::many_single_char_names,
    reason = "a token scanner: tokens, index, word, month, year"
)]
pub(super) fn quarter(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let w = |k: usize| lower(t, i + k);
    let (from_q, to_q, used) = if let Some(q) = w(0)
        .strip_prefix('q')
        .and_then(|n| n.parse::<i8>().ok())
        .filter(|q| (1..=4).contains(q))
    {
        (q, q, 1)
    } else if w(0) == "first" && matches!(w(1), "two" | "three") && w(2) == "quarters" {
        (1, if w(1) == "two" { 2 } else { 3 }, 3)
    } else if let (Some(q), "quarter" | "quarter's" | "quarter’s") = (ordinal_word(w(0)), w(1)) {
        // ("the first quarter's gross domestic product": of that quarter.)
        (q, q, 2)
    } else {
        return None;
    };
    let y = match year_phrase(t, i + used + usize::from(w(used) == "of"), date) {
        Some((y, _)) if w(used) == "of" || year(t, i + used).is_some() => y,
        _ if w(used) == "of" && !matches!(w(used + 1), "the" | "this") => return None,
        _ => year_of_part(date, 3 * to_q)?,
    };
    let y = to_i16(y)?;
    let (a, b) = (Span::quarter(y, from_q), Span::quarter(y, to_q));
    past(Span::span(a, b)?)
}
