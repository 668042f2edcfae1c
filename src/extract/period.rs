//! Periods: the time a sentence (or a single figure) speaks of, resolved against the briefing
//! date, and whether a figure is a target.

use super::dates::{Date, month};
use super::numbers::{Token, is_year};
use super::words::number_word;

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

/// "this year", "last year" or "in 2024" at token `i`: the year meant and the tokens used.
fn year_phrase(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<(i32, usize)> {
    match (lower(t, i), lower(t, i + 1)) {
        ("this", "year") => Some((date?.year, 2)),
        ("last", "year") => Some((date?.year - 1, 2)),
        ("in", _) => year(t, i + 1).map(|y| (y, 2)),
        _ => None,
    }
}

/// The first year of the n-th Five-Year Plan (the 3rd began in 1966, each lasts five years).
fn plan_start(ordinal: &str) -> Option<i32> {
    let n: i32 = ordinal
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()?;
    (3..=40).contains(&n).then_some(1966 + 5 * (n - 3))
}

fn month_text(y: i32, m: u32) -> String {
    format!("{y}-{m:02}")
}

/// "The first half of this year", "the second half of 2023": six months.
fn half_year(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let first = match (lower(t, i), lower(t, i + 1), lower(t, i + 2)) {
        ("first", "half", "of") => true,
        ("second", "half", "of") => false,
        _ => return None,
    };
    let y = year(t, i + 3).or_else(|| year_phrase(t, i + 3, date).map(|p| p.0))?;
    let (from, to) = if first { (1, 6) } else { (7, 12) };
    Some(Period {
        text: format!("{}/{}", month_text(y, from), month_text(y, to)),
        future: false,
    })
}

/// "As of 24:00 on Jan. 25": statistics counted up to a day, in the year of the briefing (or
/// the year before, for a later month).
fn as_of_day(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    if (lower(t, i), lower(t, i + 1)) != ("as", "of") {
        return None;
    }
    let on = (i + 2..(i + 8).min(t.len())).find(|&k| lower(t, k) == "on")?;
    let name = t.get(on + 1)?.text;
    let dot = lower(t, on + 2) == ".";
    let m = month(&format!("{name}{}", if dot { "." } else { "" }))?;
    let day: u32 = t.get(on + 2 + usize::from(dot))?.text.parse().ok()?;
    let date = date?;
    let y = if m <= date.month {
        date.year
    } else {
        date.year - 1
    };
    ((1..=31).contains(&day)).then(|| Period {
        text: format!("{y}-{m:02}-{day:02}"),
        future: false,
    })
}

/// The period phrase starting at token `i`, if any.
fn period_at(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    let past = |text: String| {
        Some(Period {
            text,
            future: false,
        })
    };
    let w = |k: usize| lower(t, i + k);
    let month_at = |k: usize| {
        t.get(i + k)
            .filter(|x| x.text.starts_with(char::is_uppercase))
            .and_then(|x| month(x.text))
    };
    // "from January to May this year".
    if w(0) == "from"
        && let (Some(a), "to", Some(b)) = (month_at(1), w(2), month_at(3))
    {
        let y = year_phrase(t, i + 4, date)
            .map(|p| p.0)
            .or(date.map(|d| d.year))?;
        return past(format!("{}/{}", month_text(y, a), month_text(y, b)));
    }
    // "from 2021 to 2023", "between 1949 and 2018".
    if let (Some(a), Some(b)) = (year(t, i + 1), year(t, i + 3))
        && matches!((w(0), w(2)), ("from", "to") | ("between", "and"))
        && a < b
    {
        return past(format!("{a}/{b}"));
    }
    if w(0) == "first"
        && let Some(n) = small(w(1))
    {
        // "the first five months of this year".
        if w(2) == "months"
            && w(3) == "of"
            && let Some((y, _)) = year_phrase(t, i + 4, date)
        {
            return past(format!(
                "{}/{}",
                month_text(y, 1),
                month_text(y, n.clamp(1, 12))
            ));
        }
        // "the first two years of the 14th Five-Year Plan".
        if w(2) == "years"
            && w(3) == "of"
            && w(4) == "the"
            && w(6) == "five-year"
            && let Some(start) = plan_start(w(5))
        {
            let n = i32::try_from(n.clamp(1, 5)).unwrap_or(1);
            return past(format!("{start}/{}", start + n - 1));
        }
    }
    // "By the end of June (this year)", "By the end of 2023", "As of the end of last year".
    if w(0) == "end" && w(1) == "of" {
        if let Some(m) = month_at(2) {
            let y = year_phrase(t, i + 3, date)
                .map(|p| p.0)
                .or(date.map(|d| d.year))?;
            return past(month_text(y, m));
        }
        if let Some(y) = year(t, i + 2) {
            return past(y.to_string());
        }
        if let Some((y, _)) = year_phrase(t, i + 2, date) {
            return past(y.to_string());
        }
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
    // "in 2023" (but not "higher than in 2023").
    if w(0) == "in" && i.checked_sub(1).is_none_or(|p| lower(t, p) != "than") {
        if let Some(y) = year(t, i + 1) {
            return past(y.to_string());
        }
        // "In May": the latest such month up to the briefing.
        if let Some(m) = month_at(1).filter(|_| !t.get(i + 2).is_some_and(|x| x.number)) {
            let date = date?;
            let y = if m <= date.month {
                date.year
            } else {
                date.year - 1
            };
            return past(month_text(y, m));
        }
    }
    if w(0) == "last" && w(1) == "year" {
        return past((date?.year - 1).to_string());
    }
    None
}

/// The period of a sentence: its first period phrase.
pub fn sentence_period(t: &[Token<'_>], date: Option<Date>) -> Option<Period> {
    (0..t.len())
        .filter(|&i| {
            matches!(
                t[i].low,
                "from" | "between" | "first" | "second" | "end" | "by" | "in" | "last" | "as"
            )
        })
        .find_map(|i| {
            half_year(t, i, date)
                .or_else(|| as_of_day(t, i, date))
                .or_else(|| period_at(t, i, date))
        })
}

/// A year said right after a figure ("15% in 2018"), which overrides the sentence's period.
pub fn local_period(t: &[Token<'_>], after: usize) -> Option<String> {
    (lower(t, after) == "in")
        .then(|| year(t, after + 1))
        .flatten()
        .map(|y| y.to_string())
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
