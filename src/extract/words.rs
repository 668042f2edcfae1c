//! Numbers said in words: `one` to `ninety-nine`, `dozen`, fractions (`half`, `one-third`),
//! scale words (`million` … `quintillion`) and ordinals written in digits (`14th`).

const UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a number word, `one` to `ninety-nine` (`Six` → 6, `twenty-five` → 25) and
/// `dozen` (12).
pub fn number_word(w: &str) -> Option<u32> {
    let index = |list: &[&str], x: &str| list.iter().position(|n| *n == x);
    let small = |x: &str| index(&UNITS, x).map(|i| i + 1);
    let tens = |x: &str| index(&TENS, x).map(|i| 20 + 10 * i);
    let n = match w.split_once('-') {
        Some((t, u)) => tens(t)? + small(u).filter(|&u| u < 10)?,
        None if w == "dozen" => 12,
        None => small(w).or_else(|| tens(w))?,
    };
    u32::try_from(n).ok()
}

/// The share said by a fraction word before "of" (`half` → 50 %, `one-third` → 33.3 %).
pub fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" => 50.0,
        "one-third" => 100.0 / 3.0,
        "two-thirds" => 200.0 / 3.0,
        "one-quarter" | "quarter" => 25.0,
        "three-quarters" => 75.0,
        "one-fifth" => 20.0,
        _ => return None,
    })
}

pub fn scale(w: &str) -> Option<f64> {
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

/// Whether a word is an ordinal written in digits (`14th`, `1st`, `23rd`): its number.
pub fn ordinal(w: &str) -> Option<f64> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}
