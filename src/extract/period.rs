//! Periods: the time a sentence (or a single figure) speaks of, resolved against the briefing
//! date, and whether a figure is a target. The phrases of time themselves are read in
//! [`super::period_year`] and [`super::period_phrase`]; those of a list said "respectively" in
//! [`super::period_respective`].

use super::dates::{Date, month};
use super::period_day::as_of_day;
use super::period_phrase::period_at;
use super::period_year::{Period, half_year, lower, quarter, year};
use super::tokens::Token;

/// How far back (tokens) "than" makes a phrase of time a comparison's base.
const BASE_WORDS: usize = 7;

/// Whether the phrase of time at token `i` is the base of a comparison ("than the same period
/// last year", "compared with 2019", "over the same period of 2020"), not the figure's period.
fn compared_base(t: &[Token<'_>], i: usize) -> bool {
    let back = |k: usize| i.checked_sub(k).map_or("", |j| lower(t, j));
    // "… than that of the first two months", "up 1.5 points from the first quarter".
    let from_the =
        back(2) == "from" && back(1) == "the" && !t.iter().skip(i).take(6).any(|x| x.low == "to");
    // "… lower than the previous month (end of November 2022)": the base said again in
    // brackets.
    // "less than 15 yuan in June": a "than" before a figure hedges it; it is no base.
    let hedge = |k: usize| {
        i.checked_sub(k - 1)
            .is_some_and(|j| t[j].number && year(t, j).is_none())
    };
    let bracketed_base =
        (1..=3).any(|k| back(k) == "(") && (4..=10).any(|k| matches!(back(k), "than" | "compared"));
    // "up 150 % over the end of 2015", "an increase of 2.6 times over 2012" (not "Over the
    // past year, …" opening a sentence).
    let over = i > 4
        && (1..=4).any(|k| {
            back(k) == "over"
                && (1..k).all(|j| matches!(back(j), "the" | "end" | "of" | "that" | "in"))
        });
    // "2.3 times that of last year": the base of a multiple.
    let times_that = back(3) == "times" && matches!(back(2), "that" | "those") && back(1) == "of";
    over || times_that
        || (back(2) == "same" && back(1) == "period")
        || (back(3) == "same" && back(2) == "period" && back(1) == "of")
        // ("compared with the same period of the previous year": at "previous".)
        || (back(4) == "same" && back(3) == "period" && back(2) == "of" && back(1) == "the")
        || (1..=5).any(|k| back(k) == "compared" || back(k) == "than" && !hedge(k))
        // "flat with that of the first two months", "on par with last year".
        || (1..=5).any(|k| back(k) == "with" && matches!(back(k + 1), "flat" | "level" | "par"))
        // ("4.3 points higher than the annual growth rate for last year": "than" up to seven
        // words back, within the clause.)
        || (1..=BASE_WORDS)
            .take_while(|&k| !matches!(back(k), "," | ";" | ""))
            .any(|k| back(k) == "than" && !hedge(k))
        || from_the
        || bracketed_base
}

/// The period of a sentence: its first period phrase, with the index of its first token.
pub fn sentence_period(t: &[Token<'_>], date: Option<Date>) -> Option<(usize, Period)> {
    period_phrases(t, date)
        .next()
        .or_else(|| same_part_a_year_on(t, date))
}

/// "Compared with the first quarter of last year, revenue fell by 11.8 %": a sentence that
/// opens with a comparison with a part of an earlier year, and says no other time, speaks of
/// the same part of the year after it (the first quarter of this year), when that has ended
/// by the briefing; not "compared with the fourth quarter of last year" said in the spring
/// (a change quarter on quarter), a base that is a whole year ("compared with 2019") or a
/// month's end ("over the end of 2015"), nor a base said after the figures ("up 1.2 points
/// over the first half of last year", which leaves the figures' own period unsaid).
fn same_part_a_year_on(t: &[Token<'_>], date: Option<Date>) -> Option<(usize, Period)> {
    const OPENING: usize = 8;
    let date = date?;
    let briefing = (date.year, date.month);
    if !matches!(lower(t, 0), "compared" | "comparing") {
        return None;
    }
    let opening = t.len().min(OPENING);
    (0..opening).filter(|&i| compared_base(t, i)).find_map(|i| {
        let base = half_year(t, i, Some(date))
            .or_else(|| quarter(t, i, Some(date)))
            .or_else(|| period_at(t, i, Some(date)))?;
        let text = year_on(&base.text)?;
        // (The last month of the period, "2020-03" of "2020-01/2020-03".)
        let end = text.rsplit('/').next()?;
        let (year, month) = end.split_once('-')?;
        let ended = (year.parse::<i32>().ok()?, month.parse::<u32>().ok()?) < briefing;
        ended.then_some((
            i,
            Period {
                text,
                future: false,
            },
        ))
    })
}

/// A span of months of one year, one year on ("2019-01/2019-03" → "2020-01/2020-03");
/// `None` for a whole year, a single month, a day or a span across years.
fn year_on(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split('/').collect();
    if parts.len() != 2 {
        return None;
    }
    let (year, _) = parts.first()?.split_once('-')?;
    let months = parts
        .iter()
        .all(|p| p.len() == 7 && p.split_once('-').is_some_and(|(y, _)| y == year));
    let next = year.parse::<i32>().ok()? + 1;
    months.then(|| {
        parts
            .iter()
            .map(|p| format!("{next}{}", &p[4..]))
            .collect::<Vec<_>>()
            .join("/")
    })
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
                    | "h1"
                    | "h2"
            ) || t[i].text.starts_with(char::is_uppercase)
                && month(t[i].text.split('-').next().unwrap_or("")).is_some()
                || t[i].number
        })
        .scan(None, move |base: &mut Option<usize>, i| {
            let p = half_year(t, i, date)
                .or_else(|| quarter(t, i, date))
                .or_else(|| as_of_day(t, i, date))
                .or_else(|| period_at(t, i, date));
            // "over the fourth quarter of last year": a phrase that ends a base's ("of last
            // year") is part of that base.
            let in_base = base.is_some_and(|b| i <= b + PHRASE_WORDS)
                && i.checked_sub(1).is_some_and(|j| t[j].low == "of");
            if compared_base(t, i) || in_base {
                if p.is_some() {
                    *base = Some(i);
                }
                return Some(None);
            }
            Some(p.map(|p| (i, p)))
        })
        .flatten()
}

/// The most words of a clause that only says a time ("and for the first 11 months of 2023").
const TIME_CLAUSE_WORDS: usize = 10;

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
    let at = |i: usize| period_here(t, i, date);
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
            // "…, and for the first two months, it dropped by 13.5 %": a clause of only a
            // time before the figure's own clause sets its period too.
            let lead = if matches!(lower(t, before), "and" | "but" | "while") {
                before + 1
            } else {
                before
            };
            let time_clause = matches!(
                lower(t, lead),
                "in" | "for" | "during" | "by" | "from" | "between" | "as" | "at" | "over"
            ) && comma? <= lead + TIME_CLAUSE_WORDS;
            (opens || time_clause)
                .then(|| (before..first).find_map(at))
                .flatten()
        })
    })
}

/// The period a phrase at token `i` says ("in 2018", "in the first quarter", "by the end of
/// June"), not a comparison's base ("than in 2019").
fn period_here(t: &[Token<'_>], i: usize, date: Option<Date>) -> Option<Period> {
    if compared_base(t, i) {
        return None;
    }
    half_year(t, i, date)
        .or_else(|| quarter(t, i, date))
        .or_else(|| period_at(t, i, date))
}

/// "rose from 35 years in 1949 to 78.6 years": whether the figure at tokens `first` is the end
/// of a move whose start (the figure before, ending at token `prev_last`) has a period of its
/// own said right after it, which is then not the end's.
pub fn start_of_move_dated(
    t: &[Token<'_>],
    prev: (usize, usize),
    first: usize,
    date: Option<Date>,
) -> bool {
    let from = prev.0.checked_sub(1).is_some_and(|p| lower(t, p) == "from");
    // ("to over 50 %": a hedge may stand between "to" and the figure.)
    let to = (first.saturating_sub(3).max(prev.1)..first).find(|&k| lower(t, k) == "to");
    from && to.is_some_and(|to| (prev.1..to).any(|k| period_here(t, k, date).is_some()))
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

/// "From 2012 to 2022, the rate rose from 21.6 % to 24.02 %": a figure at either end of
/// "from X to Y", said in a span of years, is of the span's first or last year. `at` is the
/// figure's tokens (first, past the last), `prev` and `next` those of the figures beside it;
/// `span` the figure's period ("2012/2022"). `None` when the figure is no such end.
pub fn span_end(
    t: &[Token<'_>],
    span: &str,
    at: (usize, usize),
    prev: Option<(usize, usize)>,
    next: Option<(usize, usize)>,
) -> Option<String> {
    use crate::period::Period as Span;
    let span = Span::parse(span)?;
    let (a, b) = (span.start_year(), span.end_year());
    if a == b || Span::span(Span::year(a), Span::year(b)) != Some(span) {
        return None;
    }
    let word_before = |i: usize| i.checked_sub(1).map_or("", |p| lower(t, p));
    let joined = |x: (usize, usize), y: (usize, usize)| y.0 == x.1 + 1 && word_before(y.0) == "to";
    if word_before(at.0) == "from" && next.is_some_and(|n| joined(at, n)) {
        return Some(Span::year(a).iso());
    }
    if prev.is_some_and(|p| word_before(p.0) == "from" && joined(p, at)) {
        return Some(Span::year(b).iso());
    }
    None
}

/// "With an increase of 16.2 % in June, it reversed the previous month's decline of 7 %": the
/// month before the month `said` of the sentence, when the clause before the figure speaks of
/// "the previous month's" or "last month's" figure; `None` otherwise.
pub fn month_before(before: &str, said: Option<&Period>) -> Option<Period> {
    use crate::period::Period as Span;
    let clause = super::clause::last_clause(before);
    if !(clause.contains("previous month's") || clause.contains("last month's")) {
        return None;
    }
    let (y, m) = said?.text.split_once('-')?;
    let (y, m): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
    let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    Some(Period {
        text: Span::month(y, m).iso(),
        future: false,
    })
}
