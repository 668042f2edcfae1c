//! Numeric expressions in a sentence: value, scale, unit, qualifier and direction, with the
//! rejection of what only looks like a number (identifiers, ordinals, years, dates, times).

use crate::dataset::{Qualifier, Unit};

/// A token of a sentence: a word (letters, digits glued to letters, inner apostrophes and
/// hyphens), a plain number, or one punctuation character. Spans are byte offsets in the
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// The same text in ASCII lower case.
    pub low: &'a str,
    /// Byte offset of its start in the sentence.
    pub start: usize,
    /// Whether it is a plain number (`1,935.3`, `2024`).
    pub number: bool,
}

/// Splits a sentence into tokens. `5G`, `20th`, `C919`, `Chang'e-6` and `5G-A` are words, so
/// identifiers and ordinals never look like numbers.
#[expect(
    clippy::many_single_char_names,
    reason = "a byte scanner: text, bytes, index, byte"
)]
pub fn tokenize<'a>(s: &'a str, low: &'a str) -> Vec<Token<'a>> {
    debug_assert_eq!(s.len(), low.len(), "ASCII lower case keeps byte offsets");
    let low = if low.len() == s.len() { low } else { s };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let number = if c.is_ascii_digit() {
            while i < b.len() {
                let d = b[i];
                let next_digit = |k: usize| b.get(i + k).is_some_and(u8::is_ascii_digit);
                let group = d == b','
                    && (1..=3).all(next_digit)
                    && !b.get(i + 4).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || group || d == b'.' && next_digit(1) {
                    i += 1;
                } else {
                    break;
                }
            }
            // Digits that run into letters ("5G", "20th") make a word, not a number.
            let number = !(i < b.len() && b[i].is_ascii_alphabetic());
            if !number {
                i = word_end(s, i);
            }
            number
        } else if c.is_ascii_alphabetic() || c >= 0x80 && !is_punct_at(s, i) {
            i = word_end(s, i);
            false
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            false
        };
        out.push(Token {
            text: &s[start..i],
            low: &low[start..i],
            start,
            number,
        });
    }
    out
}

/// Whether the character at byte `i` is punctuation (quotes, dashes) rather than a letter.
fn is_punct_at(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The end of a word starting at `i`: letters and digits, with apostrophes and hyphens between
/// them.
fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    let alnum = |k: usize| {
        s.get(k..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    while i < b.len() {
        if alnum(i) {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        } else if (b[i] == b'\'' || b[i] == b'-') && i > 0 && alnum(i + 1) {
            i += 1;
        } else if s[i..].starts_with('’') && alnum(i + '’'.len_utf8()) {
            i += '’'.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// A numeric expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value in base units (scale applied; a fall is still positive here).
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The hedge said before the number.
    pub qualifier: Qualifier,
    /// Index of the number's first token.
    pub first: usize,
    /// Index just past the expression's last token (number, scale and unit).
    pub last: usize,
}

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The value of a number word (`Six` → 6).
fn number_word(w: &str) -> Option<f64> {
    NUMBER_WORDS
        .iter()
        .position(|n| *n == w)
        .and_then(|i| u32::try_from(i + 1).ok())
        .map(f64::from)
}

fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "quadrillion" => 1e15,
        "quintillion" => 1e18,
        _ => return None,
    })
}

/// The unit word(s) at token `i`: (unit, factor to base units, tokens used).
fn unit_at(t: &[Token<'_>], i: usize) -> Option<(Unit, f64, usize)> {
    let w = |k: usize| t.get(i + k).map_or("", |x| x.low);
    Some(match w(0) {
        "%" | "percent" => (Unit::Percent, 1.0, 1),
        "per" if w(1) == "cent" => (Unit::Percent, 1.0, 2),
        "percentage" if w(1).starts_with("point") => (Unit::PercentagePoint, 1.0, 2),
        "yuan" => (Unit::Yuan, 1.0, 1),
        "metric" if w(1).starts_with("ton") => (Unit::Tonne, 1.0, 2),
        "tons" | "tonnes" | "ton" | "tonne" => (Unit::Tonne, 1.0, 1),
        "grams" | "gram" => (Unit::Gram, 1.0, 1),
        "kilograms" | "kilogram" => (Unit::Gram, 1e3, 1),
        "eflops" => (Unit::Flops, 1e18, 1),
        "pflops" => (Unit::Flops, 1e15, 1),
        "floating-point" => (Unit::Flops, 1.0, 1),
        "kbps" => (Unit::BitPerSecond, 1e3, 1),
        "mbps" | "megabits" | "megabit" => (Unit::BitPerSecond, 1e6, 1),
        "gbps" | "gigabits" | "gigabit" => (Unit::BitPerSecond, 1e9, 1),
        "times" | "fold" => (Unit::Times, 1.0, 1),
        _ => return None,
    })
}

/// Words that, right after a number, make it a duration, a clock time or a size of a group of
/// things named in the speech rather than a figure.
const NOT_AFTER: [&str; 22] = [
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
const NOT_BEFORE: [&str; 8] = ["the", "these", "those", "per", "no", "top", "since", "page"];

/// The qualifier said just before token `i`.
fn qualifier_before(t: &[Token<'_>], i: usize) -> Qualifier {
    let w = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| t.get(j))
            .map_or("", |x| x.low)
    };
    match (w(2), w(1)) {
        ("more" | "greater" | "higher", "than")
        | (_, "over" | "exceeded" | "exceed" | "exceeds" | "exceeding" | "above" | "surpassed") => {
            Qualifier::Over
        }
        (_, "about" | "approximately" | "around" | "roughly" | "some") => Qualifier::About,
        (_, "nearly" | "almost") => Qualifier::Nearly,
        ("at", "least") => Qualifier::AtLeast,
        _ => Qualifier::Exact,
    }
}

/// Whether token `i` is a clock time ("10 a.m.", "3 p.m.").
fn clock(t: &[Token<'_>], i: usize) -> bool {
    let text = |k: usize| t.get(i + k).map_or("", |x| x.text);
    matches!(text(1), "a" | "p" | "A" | "P") && text(2) == "." && matches!(text(3), "m" | "M")
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

/// The numeric expressions of a tokenized sentence, in order.
pub fn quantities(t: &[Token<'_>], lower_sentence: &str) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let tok = t[i];
        let next_lower = t.get(i + 1).map_or("", |n| n.low);
        let prev_lower = i.checked_sub(1).map_or("", |p| t[p].low);
        let value = if tok.number {
            tok.text.replace(',', "").parse::<f64>().ok()
        } else {
            number_word(tok.low).filter(|_| {
                // Number words count only where the text speaks of things delivered ("Six C919
                // … have been delivered", "three of which have been delivered overseas").
                lower_sentence.contains("been delivered")
                    && (next_lower != "of" || t.get(i + 2).is_some_and(|n| n.text == "which"))
            })
        };
        let Some(mut value) = value.filter(|v| v.is_finite()) else {
            i += 1;
            continue;
        };
        let after_month = i > 0
            && super::text::month(t[i - 1].text).is_some()
            && t[i - 1].text.starts_with(char::is_uppercase);
        if is_year(t, i)
            || after_month
            || NOT_BEFORE.contains(&prev_lower)
            || NOT_AFTER.contains(&next_lower)
            || clock(t, i)
        {
            i += 1;
            continue;
        }
        let first = i;
        let mut j = i + 1;
        if let Some(factor) = t.get(j).and_then(|n| scale(n.low)) {
            value *= factor;
            j += 1;
        }
        let (unit, factor, used) = unit_at(t, j).unwrap_or((Unit::Count, 1.0, 0));
        value *= factor;
        j += used;
        out.push(Quantity {
            value,
            unit,
            qualifier: qualifier_before(t, first),
            first,
            last: j,
        });
        i = j;
    }
    dedupe(out)
}

/// Drops a restatement of the same amount in the same sentence ("230 EFLOPS, capable of
/// performing 230 quintillion floating-point operations per second").
fn dedupe(qs: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(qs.len());
    for q in qs {
        let same = out.iter().any(|p| {
            p.unit == q.unit
                && p.unit == Unit::Flops
                && (p.value - q.value).abs() <= 1e-9 * q.value.abs()
        });
        if !same {
            out.push(q);
        }
    }
    out
}
