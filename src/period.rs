//! Periods that figures refer to — a day, a month, a quarter, a half-year, a year, or a span
//! from one to another — in one type: read from and written as the ISO 8601 text of a
//! dataset's `period` (`2023`, `2024-06`, `2020-01-25`, `2024-01/2024-05`, `2021/2025`), said in
//! words (`2023`, `June 2024`, `Q1 2023`, `first half of 2024`, `January–May 2024`,
//! `2021–2025`, `25 January 2020`), and placed on the calendar (first and last day) through
//! jiff's civil dates. The extractor builds periods, the dataset's validation reads them, and
//! the format module and the charts say and place them, all through this type.

use std::fmt;

use jiff::civil::Date;

/// The months' names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month, 1 to 12 (`7` is `July`).
#[must_use]
pub fn month_name(month: i8) -> Option<&'static str> {
    MONTH_NAMES
        .get(usize::try_from(month.checked_sub(1)?).ok()?)
        .copied()
}

/// One end of a period: a year, a month of a year, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    /// A whole year (`2023`).
    Year(i16),
    /// A month of a year: the year and the month, 1–12 (`2024-06`).
    Month(i16, i8),
    /// A calendar day (`2020-01-25`).
    Day(Date),
}

impl Point {
    /// The first day it covers.
    #[must_use]
    pub fn first_day(self) -> Date {
        match self {
            Self::Year(y) => civil(y, 1, 1),
            Self::Month(y, m) => civil(y, m, 1),
            Self::Day(d) => d,
        }
    }

    /// The last day it covers.
    #[must_use]
    pub fn last_day(self) -> Date {
        match self {
            Self::Year(y) => civil(y, 12, 31),
            Self::Month(y, m) => civil(y, m, 1).last_of_month(),
            Self::Day(d) => d,
        }
    }

    /// The year it falls in.
    #[must_use]
    pub fn year(self) -> i16 {
        match self {
            Self::Year(y) | Self::Month(y, _) => y,
            Self::Day(d) => d.year(),
        }
    }

    /// The same point a year earlier (29 February falls back to the 28th); `None` before
    /// year 1001.
    fn year_before(self) -> Option<Self> {
        match self {
            Self::Year(y) => (y > 1000).then(|| Self::Year(y - 1)),
            Self::Month(y, m) => (y > 1000).then(|| Self::Month(y - 1, m)),
            Self::Day(d) => d
                .checked_sub(jiff::Span::new().years(1))
                .ok()
                .map(Self::Day),
        }
    }

    fn iso(self) -> String {
        match self {
            Self::Year(y) => format!("{y:04}"),
            Self::Month(y, m) => format!("{y:04}-{m:02}"),
            Self::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }

    fn words(self) -> String {
        match self {
            Self::Year(y) => y.to_string(),
            Self::Month(y, m) => format!("{} {y}", month_name(m).unwrap_or("")),
            Self::Day(d) => format!(
                "{} {} {}",
                d.day(),
                month_name(d.month()).unwrap_or(""),
                d.year()
            ),
        }
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000–9999, real days only).
    fn parse(text: &str) -> Option<Self> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let mut parts = text.split('-');
        let y = parts.next().filter(|y| digits(y, 4))?.parse::<i16>().ok()?;
        if y < 1000 {
            return None;
        }
        let Some(m) = parts.next() else {
            return Some(Self::Year(y));
        };
        let m = Some(m).filter(|m| digits(m, 2))?.parse::<i8>().ok()?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let Some(d) = parts.next() else {
            return Some(Self::Month(y, m));
        };
        let d = Some(d).filter(|d| digits(d, 2))?.parse::<i8>().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(y, m, d).ok().map(Self::Day)
    }
}

/// A date that exists: the parts come from a year, a month 1–12 and a day that every month
/// has, so jiff accepts them; the fallback is never used.
fn civil(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).unwrap_or(Date::ZERO)
}

/// The period a figure refers to: from one point to another (the same point for a single
/// year, month or day). Quarters and halves are spans of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    from: Point,
    to: Point,
}

impl Period {
    /// A whole year.
    #[must_use]
    pub fn year(y: i16) -> Self {
        Self::at(Point::Year(y))
    }

    /// A month of a year (1–12; out-of-range months are clamped).
    #[must_use]
    pub fn month(y: i16, m: i8) -> Self {
        Self::at(Point::Month(y, m.clamp(1, 12)))
    }

    /// A calendar day.
    #[must_use]
    pub fn day(d: Date) -> Self {
        Self::at(Point::Day(d))
    }

    /// Months `a` to `b` of one year (`2024-01/2024-05`); a single month when they are equal.
    #[must_use]
    pub fn months(y: i16, a: i8, b: i8) -> Self {
        let (a, b) = (a.clamp(1, 12), b.clamp(1, 12));
        let (a, b) = (a.min(b), a.max(b));
        Self {
            from: Point::Month(y, a),
            to: Point::Month(y, b),
        }
    }

    /// The quarter `q` (1–4) of a year: `2023-01/2023-03` for the first.
    #[must_use]
    pub fn quarter(y: i16, q: i8) -> Self {
        let q = q.clamp(1, 4);
        Self::months(y, 3 * q - 2, 3 * q)
    }

    /// The first (`1`) or second (`2`) half of a year.
    #[must_use]
    pub fn half(y: i16, h: i8) -> Self {
        if h <= 1 {
            Self::months(y, 1, 6)
        } else {
            Self::months(y, 7, 12)
        }
    }

    /// A period from the start of one to the end of another (`2021/2025`); `None` when the
    /// second starts before the first.
    #[must_use]
    pub fn span(from: Self, to: Self) -> Option<Self> {
        (from.from.first_day() <= to.to.first_day())
            .then_some(Self {
                from: from.from,
                to: to.to,
            })
            .map(Self::simplified)
    }

    /// The years of the n-th Five-Year Plan (the 14th is 2021–2025; the 1st began in 1953).
    #[must_use]
    pub fn five_year_plan(n: i16) -> Option<Self> {
        // The 1st ran 1953–1957 and the 2nd 1958–1962; after three years of adjustment the
        // 3rd began in 1966, and each since has followed the one before.
        let start = if n >= 3 {
            1966 + 5 * (n - 3)
        } else {
            1953 + 5 * (n - 1)
        };
        (1..=40)
            .contains(&n)
            .then(|| Self::span(Self::year(start), Self::year(start + 4)))
            .flatten()
    }

    fn at(p: Point) -> Self {
        Self { from: p, to: p }
    }

    /// A span whose ends are the same point is that point.
    fn simplified(self) -> Self {
        if self.from == self.to {
            Self::at(self.from)
        } else {
            self
        }
    }

    /// Reads the ISO text of a dataset's `period`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of
    /// them joined by `/` with the first not after the second. `None` for anything else.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        match text.split_once('/') {
            Some((a, b)) => Self::span(Self::at(Point::parse(a)?), Self::at(Point::parse(b)?)),
            None => Point::parse(text).map(Self::at),
        }
    }

    /// The ISO 8601 text the dataset stores (`2024-01/2024-05`).
    #[must_use]
    pub fn iso(&self) -> String {
        if self.from == self.to {
            self.from.iso()
        } else {
            format!("{}/{}", self.from.iso(), self.to.iso())
        }
    }

    /// The period as people say it: `2023`, `June 2024`, `25 January 2020`, `Q1 2023`, `first
    /// half of 2024`, `January–May 2024`, `March 2023–June 2024`, `2021–2025`.
    #[must_use]
    pub fn words(&self) -> String {
        if self.from == self.to {
            return self.from.words();
        }
        match (self.from, self.to) {
            (Point::Month(ya, a), Point::Month(yb, b)) if ya == yb => match (a, b) {
                (1, 6) => format!("first half of {ya}"),
                (7, 12) => format!("second half of {ya}"),
                (1, 12) => ya.to_string(),
                _ if a % 3 == 1 && b == a + 2 => format!("Q{} {ya}", a / 3 + 1),
                _ => format!(
                    "{}–{} {ya}",
                    month_name(a).unwrap_or(""),
                    month_name(b).unwrap_or("")
                ),
            },
            (Point::Year(a), Point::Year(b)) => format!("{a}–{b}"),
            (a, b) => format!("{}–{}", a.words(), b.words()),
        }
    }

    /// The first day the period covers.
    #[must_use]
    pub fn first_day(&self) -> Date {
        self.from.first_day()
    }

    /// The last day the period covers.
    #[must_use]
    pub fn last_day(&self) -> Date {
        self.to.last_day()
    }

    /// The year the period starts in.
    #[must_use]
    pub fn start_year(&self) -> i16 {
        self.from.year()
    }

    /// The year the period ends in.
    #[must_use]
    pub fn end_year(&self) -> i16 {
        self.to.year()
    }

    /// Whether the period is one whole year (`2023`).
    #[must_use]
    pub fn is_year(&self) -> bool {
        matches!((self.from, self.to), (Point::Year(a), Point::Year(b)) if a == b)
    }

    /// The same period a year earlier ("the same period last year" of the first quarter of
    /// 2024 is the first quarter of 2023); `None` before year 1001.
    #[must_use]
    pub fn year_before(&self) -> Option<Self> {
        Self::span(
            Self::at(self.from.year_before()?),
            Self::at(self.to.year_before()?),
        )
    }
}

impl fmt::Display for Period {
    /// The ISO text, as [`Period::iso`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A day as a position on a year axis: 5 July 2024 is about 2024.51 (the year plus the share
/// of it gone by at the start of that day).
#[must_use]
pub fn year_fraction(d: Date) -> f64 {
    let gone = f64::from(d.day_of_year() - 1);
    f64::from(d.year()) + gone / f64::from(d.days_in_year())
}

/// Reads an ISO date (`2024-07-05`); `None` for anything else.
#[must_use]
pub fn parse_date(iso: &str) -> Option<Date> {
    match Point::parse(iso)? {
        Point::Day(d) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
