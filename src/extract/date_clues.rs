//! Which date of a transcript's header is the briefing's: a line that is only a date ("Oct.
//! 21, 2020" under the speakers) is; a page's posting stamp ("China.org.cn | February 3, 2023",
//! "0 Comment(s)Print E-mail, …", a title with a date after a bar) gives way to it, and a date
//! inside prose to both; "held on Feb. 26" and "held Sunday afternoon" come first and move
//! the date back.

use super::dates::{Date, full_date, held_on, held_weekday};

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
