//! Units said after a number ("percent", "per cent", "US dollars", "km", "mu",
//! "kilowatts", "EFLOPS", "hours", "working days") and currencies said before it ("US$",
//! "RMB"), with the factor to base units.

use super::tokens::Token;
use crate::dataset::Unit;

/// The unit word(s) at token `i`: (unit, factor to base units, tokens used). A hyphen
/// before the unit ("a 5.2-percent growth") is part of it.
pub fn unit_at(t: &[Token<'_>], i: usize) -> Option<(Unit, f64, usize)> {
    if t.get(i).is_some_and(|x| x.text == "-") && t.get(i + 1).is_some_and(|x| !x.number) {
        return unit_at(t, i + 1).map(|(u, f, n)| (u, f, n + 1));
    }
    let w = |k: usize| t.get(i + k).map_or("", |x| x.low);
    Some(match w(0) {
        "%" | "percent" => (Unit::Percent, 1.0, 1),
        "per" if w(1) == "cent" => (Unit::Percent, 1.0, 2),
        "percentage" if w(1).starts_with("point") => (Unit::PercentagePoint, 1.0, 2),
        // "0.4 percentage higher than that of the first quarter": points, said short.
        "percentage" if matches!(w(1), "higher" | "lower" | "more" | "less" | "up" | "down") => {
            (Unit::PercentagePoint, 1.0, 1)
        }
        "yuan" | "rmb" => (Unit::Yuan, 1.0, 1),
        "u" if w(1) == "." && w(2) == "s" && w(3) == "." && w(4).starts_with("dollar") => {
            (Unit::UsDollar, 1.0, 5)
        }
        "u" if w(1) == "." && w(2) == "s" && w(3).starts_with("dollar") => (Unit::UsDollar, 1.0, 4),
        "us" if w(1).starts_with("dollar") => (Unit::UsDollar, 1.0, 2),
        "dollars" | "dollar" | "usd" => (Unit::UsDollar, 1.0, 1),
        "metric" if w(1).starts_with("ton") => (Unit::Tonne, 1.0, 2),
        "tons" | "tonnes" | "ton" | "tonne" => (Unit::Tonne, 1.0, 1),
        "grams" | "gram" => (Unit::Gram, 1.0, 1),
        "kilograms" | "kilogram" | "kg" => (Unit::Kilogram, 1.0, 1),
        "cubic" if w(1).starts_with("met") => (Unit::CubicMetre, 1.0, 2),
        "square" if w(1).starts_with("kilomet") || w(1) == "km" => (Unit::SquareKilometre, 1.0, 2),
        "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" => (Unit::Kilometre, 1.0, 1),
        "hectares" | "hectare" => (Unit::Hectare, 1.0, 1),
        "mu" => (Unit::Mu, 1.0, 1),
        "jin" => (Unit::Jin, 1.0, 1),
        "kilowatts" | "kilowatt" | "kw" => (Unit::Kilowatt, 1.0, 1),
        "megawatts" | "megawatt" | "mw" => (Unit::Kilowatt, 1e3, 1),
        "gigawatts" | "gigawatt" | "gw" => (Unit::Kilowatt, 1e6, 1),
        "kilowatt-hours" | "kilowatt-hour" | "kwh" => (Unit::KilowattHour, 1.0, 1),
        "eflops" => (Unit::Flops, 1e18, 1),
        "pflops" => (Unit::Flops, 1e15, 1),
        "floating-point" => (Unit::Flops, 1.0, 1),
        "kbps" => (Unit::BitPerSecond, 1e3, 1),
        "mbps" | "megabits" | "megabit" => (Unit::BitPerSecond, 1e6, 1),
        "gbps" | "gigabits" | "gigabit" => (Unit::BitPerSecond, 1e9, 1),
        "times" | "fold" => (Unit::Times, 1.0, 1),
        // Durations: "46.9 hours a week", "within 48 hours"; days only as working, calendar
        // or natural days ("within 3 working days": a time limit), since a bare "3 days" is
        // a span of time, no figure (`lookalikes::NOT_AFTER`).
        "hours" | "hour" => (Unit::Hour, 1.0, 1),
        // "325 days of good air quality": days counted (`numbers::days_of`).
        "days" | "day" if w(1) == "of" && i > 0 && super::numbers::days_of(t, i - 1) => {
            (Unit::Day, 1.0, 1)
        }
        "working" | "calendar" | "natural" | "business" if matches!(w(1), "days" | "day") => {
            (Unit::Day, 1.0, 2)
        }
        _ => return None,
    })
}

/// A currency said before the number ("US$1.2 trillion", "$5 billion", "RMB 3 billion"):
/// the unit and how many tokens before the number it takes.
pub fn currency_before(t: &[Token<'_>], i: usize) -> Option<(Unit, usize)> {
    let w = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| t.get(j))
            .map_or("", |x| x.low)
    };
    match (w(2), w(1)) {
        ("us" | "u.s", "$") => Some((Unit::UsDollar, 2)),
        (_, "$") => Some((Unit::UsDollar, 1)),
        (_, "rmb") => Some((Unit::Yuan, 1)),
        _ => None,
    }
}
