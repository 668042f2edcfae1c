//! What a figure's value is: its unit, the speaker's hedge and its kind.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The unit of an indicator's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of things (base stations, enterprises, categories).
    Count,
    /// Percent, in points (`31.7` for 31.7 %).
    Percent,
    /// A difference between two percentages, in points.
    PercentagePoint,
    /// Chinese yuan (renminbi).
    Yuan,
    /// Metric tons.
    Tonne,
    /// Grams.
    Gram,
    /// Kilograms, as grain output is said ("650 billion kilograms"; schema version 2).
    Kilogram,
    /// Cubic metres, as water is said ("640 billion cubic meters"; schema version 2).
    CubicMetre,
    /// Floating-point operations per second (230 EFLOPS is `2.3e20`).
    Flops,
    /// Bits per second (64 Kbps is `64000`).
    BitPerSecond,
    /// A multiple ("grown by 239 times").
    Times,
    /// Years (a duration, such as "11 consecutive years").
    Year,
    /// Hours, a duration ("46.9 hours a week", "24 hours a day"; schema version 3).
    Hour,
    /// Days, a duration said as working, calendar or natural days ("within 3 working days";
    /// schema version 3).
    Day,
    /// Points of an index, whose base the text gives ("the index rose from 100 in 2013 to
    /// 165.4 in 2022", "the PMI stood at 50.8"; schema version 3).
    Index,
    /// US dollars ("US$1.2 trillion", "1.2 trillion U.S. dollars").
    UsDollar,
    /// Kilometres ("km").
    Kilometre,
    /// Square kilometres.
    SquareKilometre,
    /// Hectares.
    Hectare,
    /// Mu, the Chinese unit of land area (1/15 hectare).
    Mu,
    /// Jin, the Chinese unit of weight grain output is said in (half a kilogram; "42.38
    /// billion jin"; schema version 4). Kept as said, as quotes say it.
    Jin,
    /// Kilowatts of capacity (1.2 billion kilowatts is `1.2e9`; a gigawatt is `1e6`).
    Kilowatt,
    /// Kilowatt-hours of energy ("kWh").
    KilowattHour,
    /// A place in a ranking ("14th place" is `14`).
    Rank,
}

/// How a speaker hedged a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Said without a hedge.
    Exact,
    /// "over", "more than", "exceeded": strictly above the value.
    Over,
    /// "about", "approximately", "around".
    About,
    /// "nearly", "almost": just below the value.
    Nearly,
    /// "at least".
    AtLeast,
    /// "under", "below", "less than", "within" a cap: strictly below the value (schema
    /// version 2).
    Under,
    /// "an estimated", "estimated to be": a figure not yet final.
    Estimated,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A level reached: a count, an amount, a rate.
    Level,
    /// A part of a whole, in percent.
    Share,
    /// A change over a period (negative for a fall).
    Change,
    /// A goal for a future date.
    Target,
}
