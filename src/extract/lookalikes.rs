//! What only looks like a figure: years, dates, clock times, the number of a provision, part
//! of a model name, a term's length, the ages of a group, the whole a part is counted out of,
//! and numbers made durations or references by the words around them.

use super::tokens::Token;
use super::units::unit_at;
use super::words::scale;

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
    let places_at = if place(low(i + 1)) {
        i + 1
    } else if place(low(i + 2)) && t.get(i + 1).is_some_and(|x| !x.number) {
        i + 2
    } else {
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
        .find(|&j| super::predicate::SAW.contains(&low(j)))
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

/// Words that, right after a number, make it a duration, a clock time or a size of a group of
/// things named in the speech rather than a figure.
pub(super) const NOT_AFTER: [&str; 22] = [
    "years",
    "year",
    "consecutive",
    "a.m",
    "p.m",
    "o'clock",
    "months",
    "days",
    "weeks",
    "words",
    "measures",
    "areas",
    "aspects",
    "points",
    "systems",
    "documents",
    "regions",
    "questions",
    "directions",
    "guarantees",
    "sessions",
    "rounds",
];

/// Words that, right before a number, make it a reference, a rate base or a date.
pub(super) const NOT_BEFORE: [&str; 8] =
    ["the", "these", "those", "per", "no", "top", "since", "page"];

/// Whether token `i` is a clock time ("10 a.m.", "3 p.m.", "24:00" and its minutes).
pub(super) fn clock(t: &[Token<'_>], i: usize) -> bool {
    let text = |k: usize| t.get(i + k).map_or("", |x| x.text);
    let number = |j: Option<usize>| j.and_then(|j| t.get(j)).is_some_and(|x| x.number);
    matches!(text(1), "a" | "p" | "A" | "P") && text(2) == "." && matches!(text(3), "m" | "M")
        || matches!(text(1), "am" | "pm" | "AM" | "PM" | "Am" | "Pm")
        || text(1) == ":" && number(Some(i + 2))
        || i > 0 && t[i - 1].text == ":" && number(i.checked_sub(2))
}

/// Whether a number after "the" is an amount all the same: with a scale word ("the 3.12
/// trillion yuan in special bonds") or after "of the" / "all the" when it is large ("of the
/// 2,164 tasks"); "the 10 key industries" names a group.
pub(super) fn amount_after_the(t: &[Token<'_>], i: usize, value: f64) -> bool {
    let low = |k: Option<usize>| k.and_then(|k| t.get(k)).map_or("", |x| x.low);
    low(i.checked_sub(1)) == "the"
        && (t.get(i + 1).is_some_and(|n| scale(n.low).is_some())
            || matches!(low(i.checked_sub(2)), "of" | "all") && value >= 100.0)
}

/// Words that, right before a number, make it the number of a provision, a document or a
/// section ("Section 301", "Article 12", "No. 1 central document").
const REFERENCES: [&str; 10] = [
    "section",
    "article",
    "clause",
    "chapter",
    "paragraph",
    "no",
    "document",
    "grade",
    "class",
    "category",
];

/// Words of amount that, joined to a number by a hyphen, make a size class ("1-trillion-yuan
/// industrial clusters", "10,000-tonne class berths").
const CLASS_WORDS: [&str; 15] = [
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "metric",
    "yuan",
    "kilowatt",
    "kv",
    "square",
    "mu",
    "kilometer",
    "kilometre",
    "kilovolt",
    "megawatt",
    "watt",
];

/// Words after a size class that say it is one ("10,000-tonne level berths").
const CLASS_AFTER: [&str; 4] = ["level", "class", "grade", "-class"];

/// Whether the number at token `i` is the size of a class of things, not a figure: joined by
/// a hyphen to a word of amount ("1-trillion-yuan", "10-thousand-metric-ton"), and counted by
/// a number before it ("eight 1-trillion-yuan industrial clusters", "2,379 10,000-tonne
/// berths") or followed by "level" or "class".
fn size_class(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: Option<usize>| k.and_then(|k| t.get(k)).map_or("", |x| x.low);
    if low(Some(i + 1)) != "-" {
        return false;
    }
    let word = low(Some(i + 2));
    let head = word.split('-').next().unwrap_or(word);
    let amount = scale(head).is_some() || CLASS_WORDS.contains(&head);
    let last = word.rsplit('-').next().unwrap_or(word);
    let counted = i
        .checked_sub(1)
        .and_then(|j| t.get(j))
        .is_some_and(|x| x.number || super::words::number_word(x.low).is_some());
    amount && (counted || CLASS_AFTER.contains(&low(Some(i + 3))) || CLASS_AFTER.contains(&last))
}

/// Whether token `i` names rather than measures: the number of a provision ("Section 301
/// tariffs", "Article 12", "No. 1"), or part of a model name or slogan joined by "+" ("the
/// 3+1 model", "1+N policies"), the length that names a term ("7-day reverse repos"), or
/// the ages that name a group ("people aged 16 to 24").
pub(super) fn reference(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: Option<usize>| k.and_then(|k| t.get(k)).map_or("", |x| x.low);
    let prev = low(i.checked_sub(1));
    let prev_word = if prev == "." {
        low(i.checked_sub(2))
    } else {
        prev
    };
    let quote = |w: &str| matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’");
    // "7-day reverse repos", "10-year treasury bonds": a term's name, not a figure.
    let term = t.get(i + 1).is_some_and(|x| x.text == "-")
        && matches!(
            low(Some(i + 2)),
            "day" | "week" | "month" | "year" | "hour" | "minute"
        );
    // "people aged 16 to 24", "aged from 16-24 and from 25-29": ages that name a group (back
    // over the other ages and the words that join them, a few tokens at most).
    let age = (1..=12)
        .map_while(|k| i.checked_sub(k).and_then(|j| t.get(j)))
        .find(|x| !(x.number || matches!(x.low, "from" | "to" | "-" | "and" | "between" | ",")))
        .is_some_and(|x| matches!(x.low, "aged" | "ages" | "age"));
    // "Tianwen 1 Mars probe", "Shenzhou 12 and Shenzhou 13": a small number after a name,
    // with nothing counted after it, is part of the name.
    let named = i >= 2
        && t.get(i - 1).is_some_and(|x| {
            x.text.starts_with(char::is_uppercase)
                && x.text.chars().all(char::is_alphabetic)
                && super::dates::month(x.text).is_none()
                && !matches!(x.low, "rmb" | "us" | "no" | "usd" | "hk")
        })
        && t[i].text.len() <= 2
        && t[i].text.bytes().all(|b| b.is_ascii_digit())
        && t.get(i + 1).is_none_or(|x| {
            matches!(x.text, "," | "." | ";" | ")") || x.low == "and" || {
                x.text.starts_with(char::is_uppercase) && x.text.chars().all(char::is_alphabetic)
            }
        });
    // "the \"5G+Industrial Internet\" 512 Project", "the 863 Program": a whole number before
    // the capitalised word of a programme is its name.
    let programme = t[i].text.bytes().all(|b| b.is_ascii_digit())
        && t.get(i + 1).is_some_and(|x| {
            matches!(
                x.text,
                "Project" | "Program" | "Programme" | "Plan" | "Initiative" | "Campaign"
            )
        });
    REFERENCES.contains(&prev_word)
        || programme
        || term
        || size_class(t, i)
        || class_threshold(t, i)
        || age
        || named
        || prev == "+"
        || low(Some(i + 1)) == "+"
        || quote(prev) && quote(low(Some(i + 1)))
}

/// Whether token `i` is part of a date: a day before a month's name ("1 July"), or a part of
/// "2024-07-05" or "7/1".
pub(super) fn date_part(t: &[Token<'_>], i: usize) -> bool {
    let next = t.get(i + 1);
    let day_first = t[i].text.len() <= 2
        && next.is_some_and(|n| {
            n.text.starts_with(char::is_uppercase) && super::dates::month(n.text).is_some()
        });
    let joined = |sep: Option<&Token<'_>>, other: Option<&Token<'_>>| {
        sep.is_some_and(|s| s.text == "/" || s.text == "-") && other.is_some_and(|o| o.number)
    };
    // "2024-07" and the "05" of "2024-07-05".
    let year_at = |j: usize| {
        is_year_text(t[j].text)
            || j.checked_sub(2)
                .is_some_and(|k| joined(t.get(k + 1), t.get(k)) && is_year_text(t[k].text))
    };
    let before = i
        .checked_sub(2)
        .is_some_and(|j| joined(t.get(j + 1), t.get(j)) && year_at(j));
    let after = joined(next, t.get(i + 2))
        && (is_year_text(t[i].text) || t.get(i + 2).is_some_and(|o| is_year_text(o.text)));
    let slash = next.is_some_and(|s| s.text == "/") && t.get(i + 2).is_some_and(|o| o.number)
        || i.checked_sub(1)
            .is_some_and(|j| t[j].text == "/" && j > 0 && t[j - 1].number);
    // "On July 17 and 18": the second day of a date.
    let second_day = t[i].text.len() <= 2
        && i.checked_sub(3).is_some_and(|j| {
            matches!(t[j + 2].low, "and" | "to" | "-")
                && t[j + 1].number
                && t[j].text.starts_with(char::is_uppercase)
                && super::dates::month(t[j].text).is_some()
        });
    day_first || before || after && t[i].text.len() <= 4 || slash || second_day
}

/// Whether a number's text is a year (four digits, 1900–2100).
fn is_year_text(text: &str) -> bool {
    text.len() == 4
        && text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Whether token `i` is a year (a four-digit number from 1900 to 2100 without a unit).
pub fn is_year(t: &[Token<'_>], i: usize) -> bool {
    let tok = t[i];
    tok.number
        && tok.text.len() == 4
        && tok
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && unit_at(t, i + 1).is_none()
        && t.get(i + 1).is_none_or(|n| scale(n.low).is_none())
}

/// Verbs of passing a mark ("exceeding 1 trillion yuan for the first time", "passed the 40
/// trillion and 50 trillion yuan marks").
const PASSING: [&str; 13] = [
    "exceeding",
    "exceeded",
    "exceeds",
    "passed",
    "passing",
    "surpassed",
    "surpassing",
    "crossed",
    "crossing",
    "broke",
    "breaking",
    "topped",
    "topping",
];

/// How far from a figure (tokens) the verb of passing and the word of a mark are looked for:
/// a list of four marks ("the 40 trillion, 50 trillion, 60 trillion, and 70 trillion yuan
/// marks") fits.
const MARK_REACH: usize = 16;

/// Whether the figure at tokens `first..last` is a round mark passed, not a figure of its own:
/// after a verb of passing, and followed by "marks", "consecutively" or "successively" ("…
/// successively passed the 40 trillion, 50 trillion, … yuan marks", "exceeding $5 and $6
/// trillion consecutively"), or by "mark", "threshold" or "for the first time" when the
/// sentence has said a figure of the same unit before (`said_before`): "net profit was
/// 1,023.21 billion yuan, exceeding 1 trillion yuan for the first time".
fn passed_mark(t: &[Token<'_>], first: usize, last: usize, said_before: bool) -> bool {
    let stop = |x: &Token<'_>| matches!(x.text, ";" | ".");
    let passing = t[first.saturating_sub(MARK_REACH)..first]
        .iter()
        .rev()
        .take_while(|x| !stop(x))
        .any(|x| PASSING.contains(&x.low));
    if !passing {
        return false;
    }
    let after: Vec<&str> = t
        .iter()
        .skip(last)
        .take(MARK_REACH)
        .take_while(|x| !stop(x))
        .map(|x| x.low)
        .collect();
    let has = |w: &str| after.contains(&w);
    let first_time = after
        .windows(4)
        .any(|w| w == ["for", "the", "first", "time"]);
    has("marks")
        || has("consecutively")
        || has("successively")
        || said_before && (has("mark") || has("threshold") || first_time)
}

/// Whether a word names things in the plural ("companies", "cities", "people").
fn plural(w: &str) -> bool {
    super::lexicon::PEOPLE.contains(&w)
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// How far before the word of excess "with" is looked for ("with an annual revenue").
const WITH_REACH: usize = 6;

/// Whether the number at token `i` is the bound that defines a class of things counted, not
/// a figure: "930 businesses with an annual revenue exceeding 100 million yuan", "76
/// companies exceeding 1 billion yuan", "cities with a population of over 200,000" — after a
/// word of excess, right after things counted by a number, or after "with" and a measure of
/// things named in the plural.
fn class_threshold(t: &[Token<'_>], i: usize) -> bool {
    let low = |k: usize| t.get(k).map_or("", |x| x.low);
    // Back over a currency ("exceeding $5", "over US$1 billion").
    let mut p = i;
    while p > 0 && matches!(low(p - 1), "$" | "us" | "us$" | "rmb" | "¥") {
        p -= 1;
    }
    // The word of excess: "exceeding", "over", "above", "more than", "at least".
    let excess = match (low(p.wrapping_sub(2)), low(p.wrapping_sub(1))) {
        (_, "exceeding" | "over" | "above") => 1,
        ("more", "than") | ("at", "least") => 2,
        _ => return false,
    };
    let Some(at) = p.checked_sub(excess) else {
        return false;
    };
    // "76 companies exceeding 1 billion yuan".
    let counted = at >= 2 && plural(low(at - 1)) && t[at - 2].number;
    // "businesses with an annual revenue (of)", "cities with a population of".
    let with = (1..=WITH_REACH.min(at))
        .find(|&k| low(at - k) == "with")
        .is_some_and(|k| {
            let w = at - k;
            w >= 1
                && plural(low(w - 1))
                && t[w + 1..at]
                    .iter()
                    .all(|x| !x.number && x.text.starts_with(|c: char| c.is_ascii_alphabetic()))
                && matches!(low(w + 1), "a" | "an" | "annual" | "total")
        });
    counted || with
}

/// The quantities of a sentence without the marks passed ([`passed_mark`]), in order.
pub(super) fn without_marks(
    t: &[Token<'_>],
    qs: Vec<super::numbers::Quantity>,
) -> Vec<super::numbers::Quantity> {
    let marks: Vec<bool> = (0..qs.len())
        .map(|k| {
            let said_before = qs[..k].iter().any(|p| p.unit == qs[k].unit);
            passed_mark(t, qs[k].first, qs[k].last, said_before)
        })
        .collect();
    qs.into_iter()
        .zip(marks)
        .filter_map(|(q, mark)| (!mark).then_some(q))
        .collect()
}
