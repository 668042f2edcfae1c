//! What only looks like a figure: years, dates, clock times, the number of a provision, part
//! of a model name, a term's length, the ages of a group, and numbers made durations or
//! references by the words around them. Numbers that say which things are counted are in
//! [`super::count_scope`], round marks passed in [`super::marks`].

use super::marks::{bound_said_after, class_threshold};
use super::tokens::Token;
use super::units::unit_at;
use super::words::scale;

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
        || bound_said_after(t, i)
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
