//! The tokens of a sentence: words (with digits glued to letters, so that identifiers and
//! ordinals never look like numbers), plain numbers and single punctuation characters, each with
//! its byte offset in the sentence.

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
        // "a 5.1-trillion-yuan surplus": the scale and unit joined to the number by hyphens
        // are words of their own, as in "5.1 trillion yuan".
        if c == b'-'
            && out
                .last()
                .is_some_and(|t: &Token<'_>| t.number && t.start + t.text.len() == i)
            && !counted_before(&out)
            && let Some(end) = scaled_compound(s, i + 1)
        {
            split_compound(s, low, i + 1, end, &mut out);
            i = end;
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
            // Digits that run into letters ("5G", "20th") make a word, not a number, unless
            // the letters are a unit written against the number ("132,000km", "384GW").
            let number = !(i < b.len() && b[i].is_ascii_alphabetic()) || glued_unit(s, i);
            if !number {
                i = word_end(s, i);
            }
            number
        } else if c.is_ascii_alphabetic() || c >= 0x80 && !is_punct_at(s, i) {
            // "RMB9.3 trillion": the currency is a word of its own before the number.
            let currency = s
                .get(i..i + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case("rmb"))
                && b.get(i + 3).is_some_and(u8::is_ascii_digit);
            i = if currency { i + 3 } else { word_end(s, i) };
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

/// Scale words a compound after a number may open with ("5.1-trillion-yuan").
const SCALES: [&str; 4] = ["thousand", "million", "billion", "trillion"];

/// The end of a hyphenated word at byte `i` that opens with a scale word ("trillion-yuan",
/// "billion-dollar"); `None` for other words.
fn scaled_compound(s: &str, i: usize) -> Option<usize> {
    let end = word_end(s, i);
    let word = &s[i..end];
    let first = word.split('-').next()?;
    let last = word.rsplit('-').next()?;
    // ("10-thousand-metric-ton level berths", "trillion-yuan-level clusters": a class of
    // things, no figure.)
    let next = s[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let class = |w: &str| {
        ["level", "class", "grade"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    };
    let scaled = SCALES.iter().any(|w| first.eq_ignore_ascii_case(w));
    (scaled && !class(last) && !class(next)).then_some(end)
}

/// Whether the word before the last token (a number) counts things ("eight 1-trillion-yuan
/// industrial clusters": a class of clusters by their size, no amount).
fn counted_before(out: &[Token<'_>]) -> bool {
    out.len() >= 2 && {
        let t = &out[out.len() - 2];
        t.number
            || matches!(
                t.low,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "dozens"
                    | "several"
                    | "many"
                    | "some"
            )
    }
}

/// Pushes the parts of the hyphenated word `s[from..end]` as words of their own.
fn split_compound<'a>(s: &'a str, low: &'a str, from: usize, end: usize, out: &mut Vec<Token<'a>>) {
    let mut start = from;
    for part in s[from..end].split('-') {
        if !part.is_empty() {
            out.push(Token {
                text: &s[start..start + part.len()],
                low: &low[start..start + part.len()],
                start,
                number: false,
            });
        }
        start += part.len() + 1;
    }
}

/// Units written against their number ("132,000km", "384GW", "20kg"), in lower case. A unit
/// followed by "/" ("300km/h") or by more letters or digits is not one.
const GLUED_UNITS: [&str; 9] = ["km", "kg", "kw", "kwh", "mw", "gw", "gwh", "twh", "mu"];

/// Whether the letters at byte `i`, right after digits, are one of [`GLUED_UNITS`] and end
/// the word there.
fn glued_unit(s: &str, i: usize) -> bool {
    let end = word_end(s, i);
    let unit = s[i..end].to_ascii_lowercase();
    GLUED_UNITS.contains(&unit.as_str()) && !s[end..].starts_with('/')
}

/// Whether the character at byte `i` is punctuation (quotes, dashes) rather than a letter.
fn is_punct_at(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The end of a word starting at `i`: letters and digits, with apostrophes and hyphens between
/// them, and a decimal point between digits ("PM2.5").
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
        } else if b[i] == b'.'
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b[..i].last().is_some_and(u8::is_ascii_digit)
        {
            // "PM2.5": a name with a decimal in it.
            i += 1;
        } else if s[i..].starts_with('’') && alnum(i + '’'.len_utf8()) {
            i += '’'.len_utf8();
        } else {
            break;
        }
    }
    i
}
