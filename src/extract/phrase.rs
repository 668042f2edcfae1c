//! Phrases of a sentence that name what a figure measures: the noun phrase of a clause, whether
//! a phrase is a fragment, and the words it is made of. Clauses and the subject of a sentence
//! are read in [`super::clause`]; what follows a figure in [`super::after`].
//! All work on ASCII-lower-case text and stay within one sentence; the words they know are in
//! [`super::lexicon`].

use super::lexicon::{DANGLING, HEDGE_WORDS, NOT_FIRST, TIME_AFTER_THE, VERBS};
pub use super::noun_phrase::noun_phrase;
pub(super) use super::noun_phrase::noun_phrase_of;

/// Upper-cases the first letter.
pub(super) fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A word without the punctuation around it ("(GDP)," → "GDP"; "R&D", "year-on-year" and
/// "China's" keep theirs).
pub(super) fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-' && c != '\'')
}

/// Whether a word is a number as written ("1,333", "6.8", "90%").
pub(super) fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

/// Whether a word is one of the verbs that end a subject ([`VERBS`]); one hash lookup, as it
/// is asked of every word of many clauses.
pub(super) fn is_verb(w: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| VERBS.iter().copied().collect());
    SET.contains(w)
}

/// Whether a piece of text holds a verb of [`VERBS`].
#[must_use]
pub fn has_verb(text: &str) -> bool {
    text.split_whitespace().any(|w| is_verb(bare(w)))
}

/// Whether a phrase cannot stand as a label: empty, starts with a pronoun, preposition,
/// hedge or auxiliary, ends on a verb, or says only a time ("First quarter").
#[must_use]
pub fn fragment(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().map(bare).collect();
    let Some(first) = words.first() else {
        return true;
    };
    // ("registered enterprises", "registered poor people": a participle before the things
    // it says which of.)
    let which = first.ends_with("ed")
        && words.len() > 1
        && words[1..].iter().take(3).any(|w| {
            super::lexicon::PEOPLE.contains(w)
                || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        });
    // ("First quarter", "the first half": a time alone names no thing.)
    let time = words
        .iter()
        .all(|w| TIME_AFTER_THE.contains(w) || matches!(*w, "the" | "half" | "quarters"));
    NOT_FIRST.contains(first)
        || time
        || super::dates::month(first).is_some()
        || is_verb(first) && !which
        || is_number(first)
        || words.iter().all(|w| w.len() <= 2)
        || words.last().is_some_and(|w| {
            // ("credit accounts" ends on a noun.)
            let noun = matches!(*w, "accounts" | "account") && words.len() > 1;
            // ("other provinces reached": places a count says were reached.)
            let reached = *w == "reached"
                && words.len() > 1
                && super::lexicon::PLACE_NOUNS.contains(&words[words.len() - 2]);
            // ("museums newly registered": what befell the things, after an adverb.)
            let befell = w.ends_with("ed")
                && words.len() > 2
                && words[words.len() - 2].ends_with("ly")
                && words[words.len() - 2] != "only";
            is_verb(w) && !noun && !reached && !befell
                || DANGLING.contains(w) && !class_bound_end(&words)
        })
}

/// Whether bare `words` end on the bound of a class ("… with 100 employees or more", "people
/// aged 60 and above").
pub(super) fn class_bound_end(words: &[&str]) -> bool {
    let n = words.len();
    n >= 3
        && matches!(
            (words[n - 2], words[n - 1]),
            ("or", "more" | "above" | "over") | ("and", "above")
        )
}

/// The words before a figure without the hedge that ends them ("… each worth more than" →
/// "… each worth"), trimmed.
pub(super) fn before_hedge(before: &str) -> &str {
    let mut text = before.trim_end();
    while let Some((rest, last)) = text.rsplit_once(' ') {
        if !HEDGE_WORDS.contains(&last) {
            break;
        }
        text = rest.trim_end();
    }
    if HEDGE_WORDS.contains(&text) {
        ""
    } else {
        text
    }
}

/// Cuts a dangling end off a phrase ("major enterprises, covering over" → "major
/// enterprises, covering"): prepositions, articles and hedges at its end.
#[must_use]
pub fn trim_end(phrase: &str) -> String {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    loop {
        // "… for project construction this year": the time is the period's, not the label's.
        let n = words.len();
        if n >= 2
            && matches!(bare(words[n - 2]), "this" | "last" | "the" | "next")
            && matches!(
                bare(words[n - 1]),
                "year" | "month" | "quarter" | "week" | "spring" | "summer" | "autumn" | "winter"
            )
        {
            words.truncate(n - 2);
        } else if n >= 3
            && class_bound_end(&[bare(words[n - 3]), bare(words[n - 2]), bare(words[n - 1])])
        {
            // "enterprises with 100 employees or more": the bound of a class is part of it
            // ("… projects and over 320 billion yuan" is cut before another figure).
            break;
        } else if words
            .last()
            .is_some_and(|w| DANGLING.contains(&bare(w)) || bare(w).is_empty())
        {
            words.pop();
        } else {
            break;
        }
    }
    words
        .join(" ")
        .trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::fragment;

    #[test]
    fn fragments_are_not_labels() {
        assert!(fragment("been delivered overseas"));
        assert!(fragment("in 2018 to over"));
        assert!(!fragment("urban jobs"));
    }
}
