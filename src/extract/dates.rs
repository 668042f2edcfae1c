//! The briefing date, read from the forms SCIO pages use: "Beijing | 10 a.m. July 5, 2024",
//! "Sept. 3, 2019", "China.org.cnUpdated:  September 27, 2019", a date at the end of the lead
//! paragraph, "held a press conference in Beijing on Feb. 26" (the year from the page's date),
//! and "held Sunday afternoon" (the last such weekday on or before the page's date). A line
//! that is only a date ("Oct. 21, 2020" under the speakers) is the briefing's; a page's
//! posting stamp ("China.org.cn | February 3, 2023", "0 Comment(s)Print E-mail, …", a title
//! with a date after a bar) gives way to it.

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
    fn civil(self) -> Option<jiff::civil::Date> {
        let month = i8::try_from(self.month).ok()?;
        let day = i8::try_from(self.day).ok()?;
        jiff::civil::Date::new(i16::try_from(self.year).ok()?, month, day).ok()
    }

    /// The date `n` days earlier (calendar arithmetic by jiff); the same date for a day that
    /// does not exist.
    fn minus(self, n: i64) -> Self {
        self.civil()
            .and_then(|d| d.checked_sub(jiff::Span::new().days(n)).ok())
            .map_or(self, |d| Self {
                year: i32::from(d.year()),
                month: u32::from(d.month().unsigned_abs()),
                day: u32::from(d.day().unsigned_abs()),
            })
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    fn weekday(self) -> i64 {
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

/// A line that is only a date, as SCIO pages give the day of the briefing ("Oct. 21, 2020",
/// "April 17, 2018").
#[must_use]
pub fn is_dateline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() == 3 && full_date(line).is_some()
}

/// A line whose last words are a date ("Beijing | 10 a.m. July 5, 2024", a lead paragraph
/// ending "… released Tuesday.  April 18, 2018").
fn ends_with_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words[words.len().saturating_sub(3)..].join(" ");
    full_date(&last).is_some()
}

/// A line that stamps the day a page was posted or updated, not the day of the briefing:
/// "China.org.cnUpdated:  September 27, 2019", "0 Comment(s)Print E-mail, July 29, 2021",
/// "China.org.cn | February 3, 2023", or a page's title with its date after a bar ("SCIO
/// briefing on … | October 23, 2020").
fn is_stamp(line: &str) -> bool {
    ["Updated", "China.org.cn", "Comment(s)", "E-mail"]
        .iter()
        .any(|w| line.contains(w))
        || line
            .rsplit_once(" | ")
            .is_some_and(|(_, after)| is_dateline(after))
}

/// What the text before the first turn says of the date, gathered line by line.
#[derive(Debug, Default)]
pub struct DateClues {
    /// The first line that is nothing but a date ("April 17, 2018" under the speakers, or
    /// under "Date:"): where SCIO pages give the day the briefing was held.
    dateline: Option<Date>,
    /// The first full date of a line that is not a page's stamp.
    stated: Option<Date>,
    /// The first date inside a line of prose, used only when no other date is given.
    inside: Option<Date>,
    /// The date a page says it was posted or updated ("China.org.cn | February 3, 2023",
    /// "0 Comment(s)Print E-mail, July 29, 2021", "SCIO briefing on … | October 23, 2020").
    page: Option<Date>,
    /// "held … on Feb. 26": month and day.
    held_on: Option<(u32, u32)>,
    /// "held Sunday afternoon": the weekday.
    weekday: Option<i64>,
    /// The first year written in the header, for a month and day without one.
    year: Option<i32>,
}

impl DateClues {
    /// Reads one line of the header or lead paragraph.
    pub fn line(&mut self, line: &str) {
        // ("Feb. 31, 2021" is no day: not a date.)
        if let Some(d) = full_date(line).filter(|d| d.civil().is_some()) {
            let slot = if is_dateline(line) {
                &mut self.dateline
            } else if is_stamp(line) {
                &mut self.page
            } else if ends_with_date(line) {
                &mut self.stated
            } else {
                // A date inside what someone says ("since its establishment on April 1,
                // 2017. What is …") is not the briefing's.
                &mut self.inside
            };
            slot.get_or_insert(d);
        }
        if self.held_on.is_none() {
            self.held_on = held_on(line);
        }
        if self.weekday.is_none() {
            self.weekday = held_weekday(line);
        }
        if self.year.is_none() {
            self.year = line
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse().ok())
                .find(|y| (1949..=2200).contains(y));
        }
    }

    /// The briefing date from the clues of the text before its first turn (`self`) and of
    /// later pages' headers and leads (`later`), in this order: a month and day said with
    /// "held on" (the year from the page's date, or the header's first year); a line that is
    /// only a date; the stated or page date moved back to the weekday the briefing was held
    /// on; none.
    #[must_use]
    pub fn resolve_with(&self, later: &Self) -> Option<Date> {
        let known = [
            self.stated,
            self.page,
            later.stated,
            later.page,
            self.inside,
        ]
        .into_iter()
        .find_map(|d| d);
        let held_on = self.held_on.or(later.held_on);
        let weekday = self.weekday.or(later.weekday);
        let merged = Self {
            dateline: self.dateline.or(later.dateline),
            stated: known,
            page: None,
            inside: None,
            held_on,
            weekday,
            year: self.year.or(later.year),
        };
        merged.resolve()
    }

    /// The briefing date from these clues alone (see [`DateClues::resolve_with`]).
    #[must_use]
    pub fn resolve(&self) -> Option<Date> {
        let known = self.stated.or(self.page).or(self.inside);
        if let Some((month, day)) = self.held_on {
            let year = match known {
                Some(k) if (month, day) > (k.month, k.day) => Some(k.year - 1),
                Some(k) => Some(k.year),
                None => self.year,
            };
            if let Some(date) = year
                .map(|year| Date { year, month, day })
                .filter(|d| d.civil().is_some())
            {
                return Some(date);
            }
        }
        if let Some(d) = self.dateline {
            return Some(d);
        }
        let known = known?;
        Some(match self.weekday {
            Some(w) => known.minus((known.weekday() - w).rem_euclid(7)),
            None => known,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Date, DateClues};

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    fn resolve(lines: &[&str]) -> Option<Date> {
        let mut c = DateClues::default();
        for l in lines {
            c.line(l);
        }
        c.resolve()
    }

    #[test]
    fn weekdays_and_days_back() {
        // 5 July 2024 was a Friday; 27 January 2020 a Monday.
        assert_eq!(date(2024, 7, 5).weekday(), 4);
        assert_eq!(date(2020, 1, 27).weekday(), 0);
        assert_eq!(date(2020, 3, 1).minus(1), date(2020, 2, 29));
        assert_eq!(date(2021, 1, 1).minus(1), date(2020, 12, 31));
    }

    #[test]
    fn a_day_that_does_not_exist_is_no_date() {
        // "on Feb. 31" (a mangled page): the page's date instead, never 2021-02-31.
        assert_eq!(
            resolve(&[
                "The State Council Information Office held a press conference in Beijing on Feb. 31",
                "Updated: March 3, 2021",
            ]),
            Some(date(2021, 3, 3))
        );
        assert_eq!(resolve(&["Beijing | 10 a.m. Feb. 30, 2024"]), None);
    }

    #[test]
    fn the_briefing_date_not_the_page_date() {
        assert_eq!(
            resolve(&["Beijing | 10 a.m. July 5, 2024"]),
            Some(date(2024, 7, 5))
        );
        assert_eq!(
            resolve(&[
                "The State Council Information Office held a press conference in Beijing on Feb. 26 to brief the media.",
                "Updated: March 3, 2021"
            ]),
            Some(date(2021, 2, 26))
        );
        assert_eq!(
            resolve(&[
                "A press conference was held Sunday afternoon to explain the work. January 27, 2020"
            ]),
            Some(date(2020, 1, 26))
        );
        assert_eq!(
            resolve(&["China.org.cnUpdated:  September 27, 2019"]),
            Some(date(2019, 9, 27))
        );
        assert_eq!(
            resolve(&[
                "On Sept. 3, the State Council Information Office held a briefing on the 2019 plan."
            ]),
            Some(date(2019, 9, 3))
        );
        assert_eq!(resolve(&["No date here."]), None);
    }

    #[test]
    fn the_line_that_is_only_a_date_is_the_briefings() {
        // 125: the page was posted on the 22nd; the line under the speakers gives the 20th.
        assert_eq!(
            resolve(&[
                "0 Comment(s)Print E-mail, September 22, 2019",
                "Miao Wei, minister of industry and information technology",
                "September 20, 2019",
            ]),
            Some(date(2019, 9, 20))
        );
        // 126: a photo caption of another briefing comes first.
        assert_eq!(
            resolve(&[
                "The SCIO invites three officials to brief the media at 3 p.m. on May 29, \
                 2019.  May 30, 2019",
                "May 28, 2019",
            ]),
            Some(date(2019, 5, 28))
        );
        // 108: the title's bar gives the day the page was posted.
        assert_eq!(
            resolve(&[
                "SCIO Briefing on environment protection | October 23, 2020",
                "Oct. 21, 2020",
            ]),
            Some(date(2020, 10, 21))
        );
    }

    #[test]
    fn a_later_pages_lead_gives_the_weekday() {
        // 36: the first page's title bar says 14 March (a Saturday); the second page's lead
        // says the briefing was held on Thursday.
        let mut first = DateClues::default();
        first.line("SCIO briefing on securing a decisive victory | March 14, 2020");
        let mut later = DateClues::default();
        later.line(
            "The State Council Information Office held a press conference on Thursday \
             morning to introduce new measures.",
        );
        later.line("China.org.cn March 13, 2020");
        assert_eq!(first.resolve_with(&later), Some(date(2020, 3, 12)));
    }
}
