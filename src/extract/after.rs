//! What follows a figure: the things counted ("20 national scientific data centers"), or what is
//! said of things named elsewhere ("40 being discharged from hospitals"); the object of a
//! share ("of GDP"); a comparison year ("compared with that in 2015"). Lower-case text of one
//! sentence.

use super::lexicon::{IRREGULAR, NOT_FIRST};
use super::phrase::{bare, is_number, is_verb, noun_phrase, trim_end};

/// Nouns that only classify what follows "of" ("sets of instruments", "items of standards").
const CLASSIFIERS: &[&str] = &[
    "items",
    "sets",
    "units",
    "pieces",
    "kinds",
    "types",
    "batches",
    "copies",
    "categories",
];

/// Units of measure the dataset has no unit for, said before "per" ("micrograms per cubic
/// meter").
const MEASURES: &[&str] = &[
    "micrograms",
    "milligrams",
    "grams",
    "tons",
    "tonnes",
    "meters",
    "metres",
    "liters",
    "litres",
    "hours",
    "days",
    "yuan",
    "kilowatt-hours",
];

/// Words after a count that say something of the things counted rather than name them.
const PREDICATE_WORDS: &[&str] = &["dead", "alive", "remaining", "left", "missing", "injured"];

/// What follows a count, read as a name or a predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counted {
    /// The things counted ("national scientific data centers").
    Noun(String),
    /// Something said of things named elsewhere ("discharged from hospitals", "in a critical
    /// condition").
    Predicate(String),
    /// Nothing usable.
    None,
}

/// Reads the words after a count (up to the next comma or figure).
#[must_use]
pub fn counted(after: &str) -> Counted {
    let words: Vec<&str> = after
        .split_whitespace()
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    let mut pronoun = false;
    // "140 of them are …", "three of which have been …".
    if words.first() == Some(&"of")
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "them" | "which" | "whom" | "these" | "those"))
    {
        pronoun = true;
        i = 2;
    }
    // "30 out of 31 provincial regions": the things counted follow the whole.
    if words.first() == Some(&"out")
        && words.get(1) == Some(&"of")
        && words
            .get(2)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        i = 3;
    }
    while i < words.len()
        && matches!(
            words[i],
            "are" | "is" | "were" | "was" | "have" | "has" | "had" | "been" | "being" | "such"
        )
    {
        i += 1;
    }
    let Some(&first) = words.get(i) else {
        return Counted::None;
    };
    // "30 micrograms per cubic meter": a unit of measure, not the things counted; "473,000
    // yuan per person": a rate's base.
    // ("the 100 trillion yuan mark": the mark is the figure, not a thing counted.)
    if MEASURES.contains(&first) && words.get(i + 1).is_some_and(|w| *w == "per")
        || matches!(first, "per" | "mark" | "threshold")
    {
        return Counted::None;
    }
    let rest = |from: usize, n: usize| -> String {
        let mut out = Vec::new();
        for w in words.iter().skip(from).take(n) {
            if matches!(*w, "and" | "which" | "while" | "with") || is_number(w) {
                break;
            }
            out.push(*w);
        }
        trim_end(&out.join(" "))
    };
    let predicate = pronoun || says_predicate(&words, i);
    if predicate {
        let p = rest(i, 5);
        return if p.is_empty() {
            Counted::None
        } else {
            Counted::Predicate(p)
        };
    }
    if CLASSIFIERS.contains(&first) && words.get(i + 1) == Some(&"of") {
        let np = noun_phrase(&words[i + 2..].join(" "));
        if !np.is_empty() {
            return Counted::Noun(np);
        }
    }
    if matches!(first, "people" | "persons" | "individuals" | "residents") {
        let mut out = vec![first];
        for w in words.iter().skip(i + 1).take(8) {
            if matches!(*w, "are" | "were" | "is" | "was") {
                continue;
            }
            // ("people have not been lifted out of poverty": what befell them is read after.)
            let said_after =
                out.len() == 1 && matches!(*w, "have" | "has" | "had" | "not" | "been");
            if is_number(w) || *w == "and" || said_after {
                break;
            }
            out.push(w);
        }
        return Counted::Noun(trim_end(&out.join(" ")));
    }
    let np = noun_phrase(&words[i..].join(" "));
    // ("12,000 registered enterprises": a participle that says which things.)
    let attributive = first.ends_with("ed") && np.len() > first.len();
    if NOT_FIRST.contains(&first) || is_verb(first) && !attributive || is_number(first) {
        return Counted::None;
    }
    if np.is_empty() {
        Counted::None
    } else {
        Counted::Noun(np)
    }
}

/// Whether the words from `i` after a count say what the things did or had done to them
/// ("built in rural areas", "remaining", "met the air quality standard") rather than name
/// them.
fn says_predicate(words: &[&str], i: usize) -> bool {
    let first = words[i];
    PREDICATE_WORDS.contains(&first)
        // ("high-speed railways": a compound adjective, not a participle; "charging piles",
        // "listed companies": a word before a noun, not a predicate, which a preposition, an
        // article or the end follows: "built in rural areas", "remaining".)
        || (first.ends_with("ed") || first.ends_with("ing") || IRREGULAR.contains(&first))
            && !first.ends_with("ling")
            && !first.contains('-')
            && words.get(i + 1).is_none_or(|n| {
                matches!(
                    *n,
                    "in" | "on" | "at" | "from" | "to" | "by" | "for" | "with" | "into" | "as"
                        | "the" | "a" | "an" | "and" | "out" | "over" | "under" | "up"
                )
            })
        || matches!(first, "in" | "on" | "at" | "under" | "still")
        // "Of the 100 cities, 86 met the air quality standard": a verb and its object.
        || is_verb(first)
            && first.ends_with(|c: char| c.is_ascii_alphabetic())
            && words.get(i + 1).is_some_and(|n| matches!(*n, "the" | "a" | "an" | "their" | "its"))
}

/// The object of a share: "of GDP", "of the national total", "to China's total energy
/// consumption"; "globally" and "in the world" are the world's total.
#[must_use]
pub fn share_of(after: &str) -> Option<String> {
    let a = after.trim_start();
    if a.starts_with("globally") || a.starts_with("worldwide") || a.starts_with("in the world") {
        return Some("the world's total".to_owned());
    }
    let rest = a.strip_prefix("of ").or_else(|| a.strip_prefix("to "))?;
    // "or 60 % of the total": the whole itself.
    // ("of the total retail sales" is of the retail sales.)
    if let Some(tail) = rest.strip_prefix("the total")
        && (tail.is_empty()
            || tail.starts_with([',', '.', ';', ')'])
            || tail
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "in" | "and" | "of" | "for" | "at" | "on")))
    {
        return Some("the total".to_owned());
    }
    // "15.7 % of that of industries above designated size": of those industries'.
    let rest = ["that of ", "those of "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // "58 % of them": what "them" are is said before.
    if rest.split_whitespace().next().is_some_and(|w| {
        matches!(
            bare(w),
            "them" | "it" | "these" | "those" | "which" | "whom"
        )
    }) {
        return None;
    }
    let np = noun_phrase(rest);
    (!np.is_empty()).then_some(np)
}

/// A year said with a comparison ("compared with that in 2015", "than in 2023", "since
/// 2012"): the word to show before it and the year.
#[must_use]
pub fn compared_year(text: &str) -> Option<(&'static str, String)> {
    let words: Vec<&str> = text.split_whitespace().map(bare).collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let year = |j: usize| {
            words
                .get(j)
                .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .map(|y| (*y).to_owned())
        };
        match *w {
            "compared" => (k + 1..k + 8).find_map(year).map(|y| ("compared with", y)),
            "than" => (k + 1..k + 5).find_map(year).map(|y| ("compared with", y)),
            "since" => year(k + 1).map(|y| ("since", y)),
            // "from the same period in 2019".
            "from" if words.get(k + 2) == Some(&"same") => {
                (k + 3..k + 7).find_map(year).map(|y| ("compared with", y))
            }
            // "up 32.4 % from 2020", "up 24.6 % from that in 2012".
            "from" => (k + 1..k + 4).find_map(year).map(|y| ("compared with", y)),
            // "an increase of 2.6 times over the end of 2012", "up 5 % over 2019".
            "over" => match (words.get(k + 1), words.get(k + 2)) {
                (Some(&"the"), Some(&"end")) if words.get(k + 3) == Some(&"of") => year(k + 4),
                (Some(&"that"), Some(&("of" | "in"))) => year(k + 3),
                _ => year(k + 1).filter(|_| {
                    words
                        .get(k + 2)
                        .is_none_or(|w| !w.starts_with(|c: char| c.is_ascii_alphabetic()))
                }),
            }
            .map(|y| ("compared with", y)),
            // "60 times that of 1949".
            "that" if matches!(words.get(k + 1), Some(&("of" | "in"))) && k <= 2 => {
                year(k + 2).map(|y| ("compared with", y))
            }
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{Counted, counted};

    #[test]
    fn counts_name_things_or_say_something_of_them() {
        assert_eq!(
            counted(" being discharged from hospitals"),
            Counted::Predicate("discharged from hospitals".into())
        );
        assert_eq!(
            counted(" of them are in a critical condition"),
            Counted::Predicate("in a critical condition".into())
        );
        assert_eq!(
            counted(" sets of large-scale scientific instruments"),
            Counted::Noun("large-scale scientific instruments".into())
        );
        assert_eq!(
            counted(" national scientific data centers"),
            Counted::Noun("national scientific data centers".into())
        );
        assert_eq!(counted(" in 1949 to"), Counted::None);
    }
}
