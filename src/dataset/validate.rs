//! Checking a dataset beyond what its types enforce: referenced ids exist, ids are unique,
//! values finite, periods well formed, quotes equal to the source bytes they point at.

use std::collections::HashSet;
use std::fmt;

use super::{Dataset, SCHEMA_VERSION};

/// One thing wrong with a dataset: where (a JSON path such as
/// `indicators[3].mentions[0].speaker`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of the offending value.
    pub path: String,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// The pages of a transcript made from pages are in order and do not overlap, each span
/// within the transcript (`len`, when it is there to measure).
fn check_pages(pages: &[super::SourcePage], len: Option<usize>, r: &mut Report) {
    let mut at = 0;
    for (k, page) in pages.iter().enumerate() {
        if page.start > page.end || page.start < at {
            r.bad(
                format!("source.pages[{k}]"),
                format!(
                    "bytes {}–{} are not after the page before (which ends at {at})",
                    page.start, page.end
                ),
            );
        }
        if let Some(len) = len
            && page.end > len as u64
        {
            r.bad(
                format!("source.pages[{k}].end"),
                format!(
                    "{} is past the end of the transcript ({len} bytes)",
                    page.end
                ),
            );
        }
        at = page.end;
    }
}

/// Whether `p` is a period as the format writes them: `2023`, `2024-05`, `2020-01-25`, or two
/// of those joined by `/`, the first not after the second ([`crate::period::Period::parse`]).
#[must_use]
pub fn period_ok(p: &str) -> bool {
    crate::period::Period::parse(p).is_some()
}

/// Whether `d` is an ISO 8601 calendar date that exists (`2024-07-05`).
fn date_ok(d: &str) -> bool {
    crate::period::parse_date(d).is_some()
}

/// Collects problems.
struct Report(Vec<Problem>);

impl Report {
    fn bad(&mut self, path: String, reason: String) {
        self.0.push(Problem { path, reason });
    }

    /// Reports every id of `ids` that is empty or seen before.
    fn unique<'a>(&mut self, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (k, id) in ids.enumerate() {
            if id.is_empty() || !seen.insert(id) {
                self.bad(
                    format!("{what}[{k}].id"),
                    format!("{id:?} is empty or not unique"),
                );
            }
        }
    }
}

impl Dataset {
    /// Checks the dataset and returns every problem found (none when it is sound).
    ///
    /// With `source` (the transcript's bytes), also checks its SHA-256 and that every mention's
    /// `source[start..end]` equals its quote.
    #[must_use]
    pub fn validate(&self, source: Option<&[u8]>) -> Vec<Problem> {
        let mut r = Report(Vec::new());
        self.check_source(source, &mut r);
        r.unique("speakers", self.speakers.iter().map(|s| s.id.as_str()));
        r.unique("themes", self.themes.iter().map(|t| t.id.as_str()));
        r.unique("indicators", self.indicators.iter().map(|i| i.id.as_str()));
        for k in 0..self.indicators.len() {
            self.check_indicator(k, source, &mut r);
        }
        r.0
    }

    fn check_source(&self, source: Option<&[u8]>, r: &mut Report) {
        if self.schema_version != SCHEMA_VERSION {
            r.bad(
                "schema_version".into(),
                format!("is {}, expected {SCHEMA_VERSION}", self.schema_version),
            );
        }
        if !self.source.date.is_empty() && !date_ok(&self.source.date) {
            r.bad(
                "source.date".into(),
                format!(
                    "{:?} is not an ISO 8601 date (YYYY-MM-DD, or empty when unknown)",
                    self.source.date
                ),
            );
        }
        let hex = self.source.sha256.len() == 64
            && self
                .source
                .sha256
                .bytes()
                .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'));
        if !hex {
            r.bad(
                "source.sha256".into(),
                "is not 64 lower-case hex digits".into(),
            );
        }
        if let Some(src) = source {
            let digest = crate::dataset::sha256_hex(src);
            if hex && digest != self.source.sha256 {
                r.bad(
                    "source.sha256".into(),
                    format!("does not match the source file (its SHA-256 is {digest})"),
                );
            }
        }
        check_pages(&self.source.pages, source.map(<[u8]>::len), r);
    }

    fn check_indicator(&self, k: usize, source: Option<&[u8]>, r: &mut Report) {
        let ind = &self.indicators[k];
        let at = |field: &str| format!("indicators[{k}].{field}");
        if ind.label.trim().is_empty() {
            r.bad(at("label"), "is empty".into());
        }
        if self.theme(&ind.theme).is_none() {
            r.bad(
                at("theme"),
                format!("{:?} is not the id of a theme", ind.theme),
            );
        }
        if !ind.value.is_finite() {
            r.bad(at("value"), format!("{} is not a finite number", ind.value));
        }
        if let Some(p) = ind.period.as_deref().filter(|p| !period_ok(p)) {
            r.bad(
                at("period"),
                format!("{p:?} is not a period (YYYY, YYYY-MM or START/END)"),
            );
        }
        match ind.briefing {
            Some(b) if b >= self.briefings.len() => r.bad(
                at("briefing"),
                format!(
                    "{b} is not the index of one of the {} briefings",
                    self.briefings.len()
                ),
            ),
            None if !self.briefings.is_empty() => r.bad(
                at("briefing"),
                "is missing: in a dataset of several briefings every figure names its own".into(),
            ),
            _ => {}
        }
        if ind.mentions.is_empty() {
            r.bad(
                at("mentions"),
                "is empty: every indicator is said at least once".into(),
            );
        }
        for (m, men) in ind.mentions.iter().enumerate() {
            let at = |field: &str| format!("indicators[{k}].mentions[{m}].{field}");
            if self.speaker(&men.speaker).is_none() {
                r.bad(
                    at("speaker"),
                    format!("{:?} is not the id of a speaker", men.speaker),
                );
            }
            if men.start > men.end {
                r.bad(
                    at("start"),
                    format!("{} is after end {}", men.start, men.end),
                );
            }
            let Some(src) = source else { continue };
            match src.get(men.start..men.end) {
                None => r.bad(
                    at("end"),
                    format!(
                        "{} is past the end of the source ({} bytes)",
                        men.end,
                        src.len()
                    ),
                ),
                Some(bytes) if bytes != men.quote.as_bytes() => {
                    r.bad(
                        at("quote"),
                        format!("differs from the source bytes {}..{}", men.start, men.end),
                    );
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{date_ok, period_ok};

    #[test]
    fn periods_and_dates() {
        for p in ["2023", "2024-06", "2024-01/2024-05", "2021/2022"] {
            assert!(period_ok(p), "{p}");
        }
        for p in ["", "23", "2024-13", "2024/2021", "last year", "2024-1"] {
            assert!(!period_ok(p), "{p}");
        }
        assert!(date_ok("2024-07-05"));
        assert!(!date_ok("July 5, 2024"));
    }
}
