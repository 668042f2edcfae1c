//! The briefing date, read from the forms SCIO pages use: "Beijing | 10 a.m. July 5, 2024",
//! "Sept. 3, 2019", "China.org.cnUpdated:  September 27, 2019", a date at the end of the lead
//! paragraph, "held a press conference in Beijing on Feb. 26" (the year from the page's date),
//! and "held Sunday afternoon" (the last such weekday on or before the page's date). Which
//! of them is the briefing's is decided in [`super::date_clues`].

/// A calendar date (the briefing's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year (`2024`).
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

impl Date {
    /// ISO 8601 (`2024-07-05`).
    #[must_use]
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The same day as a jiff civil date; `None` for a day that does not exist.
    pub(super) fn civil(self) -> Option<jiff::civil::Date> {
        let month = i8::try_from(self.month).ok()?;
        let day = i8::try_from(self.day).ok()?;
        jiff::civil::Date::new(i16::try_from(self.year).ok()?, month, day).ok()
    }

    /// The date `n` days earlier (calendar arithmetic by jiff); the same date for a day that
    /// does not exist.
    pub(super) fn minus(self, n: i64) -> Self {
        self.civil()
            .and_then(|d| d.checked_sub(jiff::Span::new().days(n)).ok())
            .map_or(self, |d| Self {
                year: i32::from(d.year()),
                month: u32::from(d.month().unsigned_abs()),
                day: u32::from(d.day().unsigned_abs()),
            })
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    pub(super) fn weekday(self) -> i64 {
        self.civil()
            .map_or(0, |d| i64::from(d.weekday().to_monday_zero_offset()))
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month (1–12) named by a word: full names and the AP abbreviations (`Feb.`, `Sept.`).
#[must_use]
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let full = MONTHS.iter().position(|m| *m == w);
    let abbr = || {
        (w.len() <= 4 && word.ends_with('.') || w == "sept")
            .then(|| MONTHS.iter().position(|m| m.starts_with(&w)))
            .flatten()
    };
    full.or_else(abbr).and_then(|i| u32::try_from(i + 1).ok())
}

/// The day of a month written after the month's name ("26", "3,", "26th").
fn day(word: &str) -> Option<u32> {
    let d = word.trim_end_matches([',', '.', ';']);
    let d = d.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    d.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Finds a date written "July 5, 2024" (or "Feb. 26, 2021") in a line; the month may be glued
/// to what comes before it on a page ("China.org.cnUpdated:  September 27, 2019").
#[must_use]
pub fn full_date(line: &str) -> Option<Date> {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(3).find_map(|w| {
        let month = month(w[0])?;
        let day: u32 = w[1].strip_suffix(',').and_then(day)?;
        let year: i32 = w[2]
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()?;
        (1900..=2200)
            .contains(&year)
            .then_some(Date { year, month, day })
    })
}

/// A month and day said without a year where the text tells when the briefing was held
/// ("held a press conference in Beijing on Feb. 26", "On Sept. 3, the State Council
/// Information Office held …").
#[must_use]
pub fn held_on(line: &str) -> Option<(u32, u32)> {
    let low = line.to_ascii_lowercase();
    if !low.contains("held") {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(3).find_map(|w| {
        (w[0].eq_ignore_ascii_case("on"))
            .then(|| Some((month(w[1])?, day(w[2])?)))
            .flatten()
    })
}

/// The weekday named where the text says when the briefing was held ("was held Sunday
/// afternoon", "held a press conference Friday in Beijing"): 0 for Monday to 6 for Sunday.
#[must_use]
pub fn held_weekday(line: &str) -> Option<i64> {
    let low = line.to_ascii_lowercase();
    let at = low.find("held")?;
    let after = &low[at..];
    let sentence = after.split(". ").next().unwrap_or(after);
    sentence.split_whitespace().take(12).find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        WEEKDAYS
            .iter()
            .position(|d| *d == w)
            .and_then(|p| i64::try_from(p).ok())
    })
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn weekdays_and_days_back() {
        // 5 July 2024 was a Friday; 27 January 2020 a Monday.
        assert_eq!(date(2024, 7, 5).weekday(), 4);
        assert_eq!(date(2020, 1, 27).weekday(), 0);
        assert_eq!(date(2020, 3, 1).minus(1), date(2020, 2, 29));
        assert_eq!(date(2021, 1, 1).minus(1), date(2020, 12, 31));
    }
}
