//! Numbers as people say them: "3.837 million", "39.9 trillion yuan", "1,557", "> 60 %",
//! "≈ 30 %", "−6.8 %". Never "3837000" or "3.837e6".
//!
//! Every figure shown on a chart, in a tooltip, in the table or in an export goes through
//! [`value`] (with its qualifier) or [`tick`] (axis labels).

mod dates;

pub use dates::{briefing_short, date_or_unknown, date_range, long_date, month_name, period_words};

use crate::dataset::{Indicator, Kind, Qualifier, Unit};

/// The minus sign used for negative numbers (U+2212), which lines up with the plus sign.
pub const MINUS: char = '\u{2212}';

/// The sign a qualifier puts before a figure: `>` for over, `≈` for about, `<` for nearly,
/// `≥` for at least, nothing for exact.
#[must_use]
pub fn qualifier_sign(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "",
        Qualifier::Over => ">",
        Qualifier::About => "≈",
        Qualifier::Nearly | Qualifier::Under => "<",
        Qualifier::AtLeast => "≥",
        Qualifier::Estimated => "est.",
    }
}

/// Every sign a chart mark can start with ([`value`]), and what it means, in the order a
/// legend lists them.
pub const SIGNS: [(&str, &str); 6] = [
    (">", "more than"),
    ("≥", "at least"),
    ("≈", "about"),
    ("<", "less than"),
    ("≤", "at most"),
    ("est.", "estimated"),
];

/// The qualifier in words, as a speaker says it (`over`, `about`, `nearly`, `at least`);
/// empty for exact figures.
#[must_use]
pub fn qualifier_words(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "",
        Qualifier::Over => "over",
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        Qualifier::AtLeast => "at least",
        Qualifier::Under => "under",
        Qualifier::Estimated => "an estimated",
    }
}

/// The qualifier's name in the details panel and the table: "exact", "over", "about",
/// "nearly", "at least" or "an estimated".
#[must_use]
pub fn qualifier_name(qualifier: Qualifier) -> &'static str {
    match qualifier_words(qualifier) {
        "" => "exact",
        words => words,
    }
}

/// A kind's name: "level", "share", "change" or "target".
#[must_use]
pub fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Level => "level",
        Kind::Share => "share",
        Kind::Change => "change",
        Kind::Target => "target",
    }
}

/// An indicator's figure as it is shown on a chart: qualifier sign, number in words, unit
/// (`> 60 %`, `3.837 million`, `39.9 trillion yuan`, `+6.2 %` for a rise, `−6.8 %` for a fall);
/// "nearly" and hedged falls in words (`nearly 20 million`, `a fall of over 20 %`). The signs
/// that stay (`>`, `≈`, `≥`) read right in a room.
#[must_use]
pub fn indicator(ind: &Indicator) -> String {
    let signed = ind.kind == Kind::Change;
    // "< 20 million" for "nearly 20 million" reads as "under", and a hedged fall ("‹ −20 %")
    // reads wrong in a room: those marks say it in words.
    let in_words = ind.qualifier == Qualifier::Nearly
        || (ind.value < 0.0 && !matches!(ind.qualifier, Qualifier::Exact | Qualifier::About));
    if in_words {
        said(ind.value, ind.unit, ind.qualifier, signed)
    } else {
        value(ind.value, ind.unit, ind.qualifier, signed)
    }
}

/// A figure with its qualifier and unit. `signed` puts a `+` before positive values (for
/// changes); negative values always get a `−`.
#[must_use]
pub fn value(value: f64, unit: Unit, qualifier: Qualifier, signed: bool) -> String {
    let body = magnitude(value.abs(), unit);
    let sign = if value < 0.0 {
        MINUS.to_string()
    } else if signed && value > 0.0 {
        "+".to_owned()
    } else {
        String::new()
    };
    // "Decreased by more than 20 %" is a value below −20 %: the sign of a hedge turns with
    // the sign of the value.
    let q = if value < 0.0 {
        match qualifier {
            Qualifier::Over => "<",
            Qualifier::Nearly | Qualifier::Under => ">",
            Qualifier::AtLeast => "≤",
            q => qualifier_sign(q),
        }
    } else {
        qualifier_sign(qualifier)
    };
    if q.is_empty() {
        format!("{sign}{body}")
    } else {
        format!("{q} {sign}{body}")
    }
}

/// A figure in words, as a speaker says it, for the details panel, the table, tooltips and alt
/// texts: the hedge in words before the number ("over 60 %", "about 30 %", "nearly 20
/// million", "an estimated 2.4 trillion yuan"), and a hedged fall as a fall ("a fall of over
/// 20 %" for "decreased by more than 20%"). Marks keep the compact signs of [`value`].
#[must_use]
pub fn said(value: f64, unit: Unit, qualifier: Qualifier, signed: bool) -> String {
    let words = qualifier_words(qualifier);
    if words.is_empty() {
        return self::value(value, unit, Qualifier::Exact, signed);
    }
    if value < 0.0 {
        let fall = self::value(-value, unit, Qualifier::Exact, false);
        return format!("a fall of {words} {fall}");
    }
    format!(
        "{words} {}",
        self::value(value, unit, Qualifier::Exact, signed)
    )
}

/// [`said`] for an indicator (changes signed).
#[must_use]
pub fn indicator_said(ind: &Indicator) -> String {
    said(ind.value, ind.unit, ind.qualifier, ind.kind == Kind::Change)
}

/// An axis tick label: the number and, for percent, the unit (`1 million`, `60 %`,
/// `100,000`, `20 trillion`); speeds and computing power with their prefixed unit (`10 Kbps`).
#[must_use]
pub fn tick(value: f64, unit: Unit) -> String {
    let sign = if value < 0.0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    let v = value.abs();
    let body = match unit {
        Unit::Percent => format!("{} %", plain(v)),
        Unit::PercentagePoint => format!("{} pp", plain(v)),
        // Speeds and computing power read only with their prefixes ("10 Kbps", "1 Gbps").
        Unit::BitPerSecond | Unit::Flops => magnitude(v, unit),
        _ => scaled(v),
    };
    format!("{sign}{body}")
}

/// The unit in words, for tooltips and axis titles (`percent`, `count`, `yuan`).
#[must_use]
pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "count",
        Unit::Percent => "percent",
        Unit::PercentagePoint => "percentage points",
        Unit::Yuan => "yuan",
        Unit::Tonne => "metric tons",
        Unit::Gram => "grams",
        Unit::Flops => "floating-point operations per second",
        Unit::BitPerSecond => "bits per second",
        Unit::Times => "times",
        Unit::Year => "years",
        Unit::Hour => "hours",
        Unit::Day => "days",
        Unit::Index => "index points",
        Unit::UsDollar => "US dollars",
        Unit::Kilometre => "kilometres",
        Unit::SquareKilometre => "square kilometres",
        Unit::Hectare => "hectares",
        Unit::Mu => "mu",
        Unit::Jin => "jin",
        Unit::Kilogram => "kilograms",
        Unit::CubicMetre => "cubic metres",
        Unit::Kilowatt => "kilowatts",
        Unit::KilowattHour => "kilowatt-hours",
        Unit::Rank => "rank",
    }
}

/// A non-negative figure with its unit, without qualifier or sign.
fn magnitude(v: f64, unit: Unit) -> String {
    match unit {
        Unit::Count => scaled(v),
        Unit::Percent => format!("{} %", plain(v)),
        Unit::PercentagePoint => {
            let n = plain(v);
            if (v - 1.0).abs() < f64::EPSILON {
                format!("{n} percentage point")
            } else {
                format!("{n} percentage points")
            }
        }
        Unit::Yuan => format!("{} yuan", scaled(v)),
        Unit::Tonne => format!("{} metric tons", scaled(v)),
        Unit::Gram => format!("{} grams", scaled(v)),
        Unit::Flops => si(
            v,
            &[(1e18, "EFLOPS"), (1e15, "PFLOPS"), (1e12, "TFLOPS")],
            "FLOPS",
        ),
        Unit::BitPerSecond => si(v, &[(1e9, "Gbps"), (1e6, "Mbps"), (1e3, "Kbps")], "bps"),
        Unit::Times => format!("{} times", plain(v)),
        Unit::UsDollar => format!("{} US dollars", scaled(v)),
        Unit::Kilometre => format!("{} km", scaled(v)),
        Unit::SquareKilometre => format!("{} square km", scaled(v)),
        Unit::Hectare => format!("{} hectares", scaled(v)),
        Unit::Mu => format!("{} mu", scaled(v)),
        Unit::Jin => format!("{} jin", scaled(v)),
        Unit::Kilogram => format!("{} kilograms", scaled(v)),
        Unit::CubicMetre => format!("{} cubic metres", scaled(v)),
        Unit::Kilowatt => format!("{} kilowatts", scaled(v)),
        Unit::KilowattHour => format!("{} kWh", scaled(v)),
        Unit::Rank => ordinal(v),
        Unit::Year => {
            if (v - 1.0).abs() < f64::EPSILON {
                "1 year".to_owned()
            } else {
                format!("{} years", plain(v))
            }
        }
        Unit::Hour => duration(v, "hour"),
        Unit::Day => duration(v, "day"),
        Unit::Index => plain(v),
    }
}

/// A duration in hours or days: `1 hour`, `46.9 hours`, `3 days`, `1.2 million hours`.
fn duration(v: f64, one: &str) -> String {
    if (v - 1.0).abs() < f64::EPSILON {
        format!("1 {one}")
    } else {
        format!("{} {one}s", scaled(v))
    }
}

/// A place in a ranking: `1st`, `2nd`, `14th`, `23rd`.
fn ordinal(v: f64) -> String {
    let n = plain(v.round());
    let last_two = n.trim_start_matches(|c: char| !c.is_ascii_digit());
    let tail = &last_two[last_two.len().saturating_sub(2)..];
    let suffix = match (tail.len(), tail.as_bytes()) {
        (2, [b'1', _]) => "th",
        (_, [.., b'1']) => "st",
        (_, [.., b'2']) => "nd",
        (_, [.., b'3']) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `v` in the largest SI-like unit it reaches (`230 EFLOPS`, `64 Kbps`).
fn si(v: f64, steps: &[(f64, &str)], base: &str) -> String {
    for &(factor, name) in steps {
        if v >= factor {
            return format!("{} {name}", plain(v / factor));
        }
    }
    format!("{} {base}", plain(v))
}

/// A count in words from a million up (`3.837 million`, `1.09 billion`, `39.9 trillion`),
/// with thousands separators below (`140,000`, `1,557`).
#[must_use]
pub fn scaled(v: f64) -> String {
    const WORDS: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    for (factor, word) in WORDS {
        // Round first, so 999,999,999.9 reads "1 billion", not "1,000 million".
        if round_to(v / factor, 3) >= 1.0 {
            return format!("{} {word}", plain(v / factor));
        }
    }
    plain(v)
}

/// A number with thousands separators and at most three decimals, trailing zeros removed
/// (`1,935.3`, `62.9`, `12,000`).
#[must_use]
pub fn plain(v: f64) -> String {
    let rounded = round_to(v, 3);
    let text = format!("{rounded:.3}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    let digits: Vec<char> = int.chars().collect();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(*c);
    }
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}.{frac}")
    }
}

/// `v` rounded to `decimals` decimal places.
fn round_to(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

/// "1 in N": how many of the larger group there are for each one of the smaller
/// (`ratio(12_000.0, 140_000.0)` is `≈ 1 in 12`); `None` when either is not positive.
#[must_use]
pub fn one_in(smaller: f64, larger: f64) -> Option<String> {
    if smaller <= 0.0 || larger <= 0.0 {
        return None;
    }
    let n = larger / smaller;
    let rounded = n.round();
    let sign = if (n - rounded).abs() < 1e-9 {
        ""
    } else {
        "≈ "
    };
    Some(format!("{sign}1 in {}", plain(rounded)))
}

#[cfg(test)]
mod tests;
