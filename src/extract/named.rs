//! What a turn named in full ("the housing provident fund", "the construction industry"), and
//! the shorter "the fund", "these entities", "the industry's" that refer back to it.

use std::collections::HashMap;

use super::phrase::{bare, is_verb};

/// The things a turn has named with words before their noun ("the housing provident fund"),
/// by that noun ("fund"), in the sentence's own capitals; the last one said of each noun wins.
#[derive(Debug, Default, Clone)]
pub struct Named {
    by_noun: HashMap<String, String>,
}

/// Nouns a "the" before them never refers back by: times, the country, amounts.
const NOT_REFERRING: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "quarter",
    "quarters",
    "half",
    "period",
    "time",
    "times",
    "day",
    "days",
    "week",
    "end",
    "beginning",
    "start",
    "country",
    "world",
    "nation",
    "past",
    "future",
    "way",
    "kind",
    "type",
    "number",
    "total",
    "whole",
    "rest",
    "same",
    "level",
];

/// Words before a noun that do not say which thing it is ("the whole industry", "the same
/// fund").
const NOT_NAMING: &[&str] = &[
    "whole",
    "entire",
    "same",
    "previous",
    "above",
    "following",
    "latter",
    "former",
    "overall",
    "next",
    "last",
    "first",
    "second",
    "third",
    "other",
    "such",
    "said",
    "relevant",
    "related",
    "current",
    "recent",
    "past",
    "total",
];

/// Words that end the words before a noun ("the fund of", "the plan and").
const ENDS_NAME: &[&str] = &[
    "of", "and", "or", "in", "a", "an", "its", "their", "our", "to", "for", "with", "by", "on",
    "at", "from", "as", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had",
    "be", "been", "will", "than", "the", "this", "these", "per",
];

impl Named {
    /// Notes every thing a sentence names with "the" and one to four words before its noun:
    /// "the housing provident fund" is noted as the "fund" (and "provident" as "housing
    /// provident"); "the fund" alone, or "the whole year", names nothing new.
    pub fn note(&mut self, sentence: &str) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        for (at, w) in words.iter().enumerate() {
            if !w.eq_ignore_ascii_case("the") {
                continue;
            }
            let mut run: Vec<&str> = Vec::new();
            for raw in words.iter().skip(at + 1).take(5) {
                let word = bare(raw);
                let lower = word.to_ascii_lowercase();
                if word.is_empty()
                    || raw.starts_with(['(', '"', '“'])
                    || word.chars().any(|c| c.is_ascii_digit())
                    || ENDS_NAME.contains(&lower.as_str())
                    || is_verb(&lower)
                    || run.is_empty() && NOT_NAMING.contains(&lower.as_str())
                {
                    break;
                }
                run.push(word);
                if raw.ends_with([',', ';', ':', '.', ')', '"', '”']) {
                    break;
                }
            }
            for end in 1..run.len() {
                let noun = run[end].to_ascii_lowercase();
                if noun.chars().all(char::is_alphabetic) && !NOT_REFERRING.contains(&noun.as_str())
                {
                    self.by_noun.insert(noun, run[..=end].join(" "));
                }
            }
        }
    }

    /// The thing last named with this noun, singular or plural ("fund", "entities" for
    /// "market entity"), in the words it was named with.
    #[must_use]
    pub fn get(&self, noun: &str) -> Option<&str> {
        let noun = noun.to_ascii_lowercase();
        let singular = noun
            .strip_suffix("ies")
            .map(|s| format!("{s}y"))
            .or_else(|| noun.strip_suffix('s').map(str::to_owned));
        [Some(noun.clone()), singular, Some(format!("{noun}s"))]
            .into_iter()
            .flatten()
            .find_map(|n| self.by_noun.get(&n))
            .map(String::as_str)
    }
}

/// A label's "the fund", "these entities" said in full, as the turn named them before ("the
/// housing provident fund", "market entities"), keeping the label's own noun; a "the" before
/// a noun with words of its own ("the real economy") or one the turn never named in full is
/// left as it is.
pub(super) fn spelled_out(label: &str, named: &Named) -> String {
    let words: Vec<&str> = label.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        let pointer = matches!(
            w.to_ascii_lowercase().as_str(),
            "the" | "these" | "those" | "this"
        );
        let Some(next) = words.get(k + 1).filter(|_| pointer) else {
            out.push(w.to_owned());
            k += 1;
            continue;
        };
        let noun = next.trim_end_matches([',', ';', ':']);
        let punct = &next[noun.len()..];
        // The noun ends its phrase: nothing after it, a comma, a bracket, a preposition or a
        // verb ("the fund, end of period", "the city suspected of").
        let ends = !punct.is_empty()
            || words.get(k + 2).is_none_or(|after| {
                let after = after.to_ascii_lowercase();
                after.starts_with('(') || ENDS_NAME.contains(&bare(&after)) || is_verb(bare(&after))
            });
        // (A name of its own, "the UAE", refers to nothing before.)
        let full = named
            .get(noun)
            .filter(|_| ends && noun.chars().all(|c| c.is_ascii_lowercase()))
            .and_then(|f| f.rsplit_once(' '))
            .map(|(before, _)| format!("{before} {noun}"))
            .filter(|f| !label.contains(f.as_str()));
        match full {
            Some(full) if w.eq_ignore_ascii_case("the") => out.push(format!("{w} {full}{punct}")),
            Some(full) => out.push(format!("{full}{punct}")),
            None => {
                out.push(w.to_owned());
                out.push((*next).to_owned());
            }
        }
        k += 2;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(sentences: &[&str]) -> Named {
        let mut n = Named::default();
        for s in sentences {
            n.note(s);
        }
        n
    }

    #[test]
    fn a_short_name_is_said_in_full() {
        let n = named(&["Deposits of the housing provident fund reached 1 trillion yuan."]);
        assert_eq!(
            spelled_out(
                "People who pay contributions to the fund, end of period",
                &n
            ),
            "People who pay contributions to the housing provident fund, end of period"
        );
        let n = named(&["We supported the market entities hit hardest by the epidemic."]);
        assert_eq!(
            spelled_out("Loans to these entities, change", &n),
            "Loans to market entities, change"
        );
        let n = named(&["The Nansha district of Guangzhou is a hub."]);
        assert_eq!(
            spelled_out("Enterprises that settled in the district", &n),
            "Enterprises that settled in the Nansha district"
        );
    }

    #[test]
    fn what_was_never_named_in_full_stays() {
        let n = named(&["The fund grew in the whole year, as the same fund did."]);
        assert_eq!(
            spelled_out("Deposits of the fund", &n),
            "Deposits of the fund"
        );
        // "the real economy": "real" is not the noun.
        let n = named(&["The actual real thing matters."]);
        assert_eq!(
            spelled_out("Loans to the real economy", &n),
            "Loans to the real economy"
        );
        // A name of its own, or a bracketed short form, refers to nothing before.
        let n = named(&["Trade with the United Arab Emirates (UAE) grew."]);
        assert_eq!(spelled_out("Trade with the UAE", &n), "Trade with the UAE");
        // Times are not referred back to.
        let n = named(&["In the first half year, …", "the previous year"]);
        assert_eq!(spelled_out("Sales in the year", &n), "Sales in the year");
    }
}
