//! Find in the transcript: every occurrence of the typed text (ignoring ASCII case), found
//! once per query and text, and which one is current.

use std::ops::Range;

/// The search box's state and its matches (byte ranges of the transcript).
#[derive(Debug, Default)]
pub struct Search {
    /// The text typed.
    pub query: String,
    matches: Vec<Range<usize>>,
    /// Index into the matches of the one scrolled to.
    current: usize,
    found_for: Option<(String, u64)>,
}

impl Search {
    /// Finds `query` in `source` again when the query or the text (`data_revision`) changed;
    /// returns whether it did.
    pub fn update(&mut self, source: &str, data_revision: u64) -> bool {
        let key = (self.query.clone(), data_revision);
        if self.found_for.as_ref() == Some(&key) {
            return false;
        }
        self.matches = find_all(source, self.query.trim());
        self.current = 0;
        self.found_for = Some(key);
        true
    }

    /// The matches, in text order.
    #[must_use]
    pub fn matches(&self) -> &[Range<usize>] {
        &self.matches
    }

    /// The match scrolled to, if any.
    #[must_use]
    pub fn current(&self) -> Option<Range<usize>> {
        self.matches.get(self.current).cloned()
    }

    /// "3 of 12", "no match" or nothing for an empty query.
    #[must_use]
    pub fn status(&self) -> String {
        match (self.query.trim().is_empty(), self.matches.len()) {
            (true, _) => String::new(),
            (false, 0) => "no match".to_owned(),
            (false, n) => format!("{} of {n}", self.current + 1),
        }
    }

    /// Moves to the next match (after the last: the first); `back` moves to the previous.
    pub fn step(&mut self, back: bool) {
        let n = self.matches.len();
        if n > 0 {
            self.current = if back {
                (self.current + n - 1) % n
            } else {
                (self.current + 1) % n
            };
        }
    }
}

/// Every non-overlapping occurrence of `needle` in `haystack`, ignoring ASCII case (so byte
/// offsets stay those of the text); none for an empty needle. Linear in the text's length
/// times the needle's.
#[must_use]
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle = needle.as_bytes();
    let bytes = haystack.as_bytes();
    let mut out = Vec::new();
    if needle.is_empty() || needle.len() > bytes.len() {
        return out;
    }
    let mut at = 0;
    while at + needle.len() <= bytes.len() {
        let hit = bytes[at..at + needle.len()].eq_ignore_ascii_case(needle)
            && haystack.is_char_boundary(at)
            && haystack.is_char_boundary(at + needle.len());
        if hit {
            out.push(at..at + needle.len());
            at += needle.len();
        } else {
            at += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_occurrence_ignoring_case() {
        let text = "5G base stations. We built 3.837 million 5g base stations.";
        assert_eq!(find_all(text, "5g base"), vec![0..7, 41..48]);
        assert!(find_all(text, "").is_empty());
        assert!(find_all("金壮龙说", "壮").len() == 1);
        let mut s = Search {
            query: "base".to_owned(),
            ..Search::default()
        };
        assert!(s.update(text, 0));
        assert!(!s.update(text, 0));
        assert_eq!(s.status(), "1 of 2");
        s.step(true);
        assert_eq!(s.status(), "2 of 2");
    }
}
