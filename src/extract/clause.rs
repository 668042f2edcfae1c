//! Clauses of a sentence: the last clause before a figure, the subject of the clause a figure
//! ends, and the subject of a sentence past the clauses that only set the time or the source.
//! Lower-case text of one sentence; noun phrases are read in [`super::phrase`].

use super::lexicon::OPENERS;
use super::phrase::{bare, fragment, has_verb, is_verb, noun_phrase, noun_phrase_of};

/// The subject of a sentence: the noun phrase of its first clause that does not only set the
/// time or the source ("As of 24:00 on Jan. 25, based on the report …, the confirmed cases
/// of pneumonia caused by …" → "confirmed cases of pneumonia"), or of a later clause that
/// opens with "with" ("…, with the average utilization rate of electricity …"); empty when
/// the first such clause has no subject of its own ("They have gathered …"). `max` bounds
/// its words.
#[must_use]
pub fn sentence_subject(sentence: &str, max: usize) -> String {
    let mut tried = false;
    for clause in sentence.split(", ") {
        let c = clause.trim_start();
        // (An opener is whole words: "this year", not "this year's harvest".)
        let opener = OPENERS.iter().any(|o| {
            c.strip_prefix(o)
                .is_some_and(|rest| o.ends_with(' ') || !rest.starts_with(['\'', '’']))
        });
        if opener || tried && !c.starts_with("with ") {
            continue;
        }
        tried = true;
        let np = noun_phrase_of(c, max);
        if !fragment(&np) {
            return np;
        }
    }
    String::new()
}

/// The last clause of a text (after its last ", " or "; "; a thousands separator is not a
/// clause break).
#[must_use]
pub fn last_clause(text: &str) -> &str {
    let at = clause_start(text);
    let at = listed_from(text, at).unwrap_or(at);
    text[at..].trim_start()
}

/// Where the clause that ends a text starts: after its last ", " or "; ".
fn clause_start(text: &str) -> usize {
    [", ", "; "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0)
}

/// Where the clause starts when its commas are those of a list the thing measured is "of"
/// ("the value added of agriculture, forestry, animal husbandry, and fishery went up by"):
/// the last clause says "and" one to three plain words and a verb, each clause before it back
/// to one ending in "of" and a word is one to three plain words; `None` otherwise.
fn listed_from(text: &str, at: usize) -> Option<usize> {
    let plain = |item: &str| {
        let words: Vec<&str> = item.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-') && !super::phrase::is_verb(w)
            })
    };
    // (Most clauses do not open on "and": nothing more is read of them.)
    if !text[at..].trim_start().starts_with("and ") {
        return None;
    }
    let last: Vec<&str> = text[at..].split_whitespace().collect();
    let verb = last.iter().position(|w| super::phrase::is_verb(bare(w)))?;
    if last.first() != Some(&"and") || !plain(&last[1..verb].join(" ")) {
        return None;
    }
    let mut end = at.checked_sub(2)?;
    loop {
        let start = clause_start(&text[..end]);
        let item = &text[start..end];
        if plain(item) {
            end = start.checked_sub(2)?;
            continue;
        }
        // The clause that opens the list: its first item after "of".
        let words: Vec<&str> = item.split_whitespace().collect();
        let of = words.iter().rposition(|w| *w == "of")?;
        return (words.len() - of <= 4 && plain(&words[of + 1..].join(" "))).then_some(start);
    }
}

/// The subject of the clause a figure ends ("… the proportion of urban employment hit" →
/// "proportion of urban employment"); empty when the clause is the object of the figure
/// before ("… 30% of all high-tech enterprises and 40% …").
#[must_use]
pub fn clause_subject(before: &str) -> String {
    let clause = last_clause(before);
    // "the core CPI, excluding food and energy, rose by": a clause that opens on its verb
    // is said of the subject before the clauses set between commas.
    // (Joining words before the verb — "…, yet then grew by" — do not make a subject.)
    if clause
        .split_whitespace()
        .map(bare)
        .find(|w| !matches!(*w, "but" | "yet" | "then" | "and" | "so" | "thus"))
        .is_some_and(is_verb)
    {
        let clauses: Vec<&str> = before.trim_end().split(", ").collect();
        // ("…, which was a growth of 7.5 % while the spending of rural households was
        // 13,328 yuan, marking a growth of 9.9 %": the subject after "while the".)
        let subject = clauses
            .iter()
            .rev()
            .skip(1)
            .map(|c| {
                [" while the ", " whereas the "]
                    .iter()
                    .filter_map(|w| c.rfind(w).map(|at| at + w.len() - "the ".len()))
                    .max()
                    .map_or(*c, |at| &c[at..])
            })
            .find(|c| {
                ![
                    "excluding",
                    "including",
                    "except",
                    "especially",
                    "such as",
                    "which",
                ]
                .iter()
                .any(|w| c.starts_with(w))
            })
            .map(|c| {
                let c = c
                    .strip_prefix("and ")
                    .or_else(|| c.strip_prefix("while "))
                    .unwrap_or(c);
                [" and the ", " and a "]
                    .iter()
                    .filter_map(|w| c.rfind(w))
                    .max()
                    .map_or(c, |at| &c[at + " and ".len()..])
            })
            // A subject with its article ("the core cpi"), not an appositive ("capital of
            // hubei province").
            .filter(|c| {
                (c.starts_with("the ") || c.starts_with("its ")) && !c.starts_with("the so-called")
            })
            .map(noun_phrase);
        if let Some(np) = subject.filter(|np| !fragment(np)) {
            return np;
        }
    }
    // ("of 2023", not "of which foreign trade cargo was": its subject follows "which".)
    if clause.starts_with("of ") && !clause.starts_with("of which ") {
        return String::new();
    }
    let clause = OPENERS
        .iter()
        .find_map(|o| clause.strip_prefix(o).filter(|_| o.ends_with(' ')))
        .map_or(clause, |rest| {
            // "In 2020, China's …" has no comma left here; skip a year after the opener.
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        });
    // "lowered premium rates seven times so that the general premium rate … declined from":
    // the clause of the result is the figure's.
    let clause = clause
        .rfind(" so that ")
        .map_or(clause, |at| &clause[at + " so that ".len()..]);
    // "some indexes remarkably rebounded and the added value of … increased by": the clause
    // after the last "and the" is the figure's.
    let clause = [" and the ", " and a ", " and an "]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()
        .map_or(clause, |at| &clause[at + " and ".len()..]);
    // "crude oil output saw a 0.9 % year-on-year growth and raw coal output increased by":
    // words that only end the figure before are no part of the next subject.
    let clause = match clause.rsplit_once(" and ") {
        Some((head, tail))
            if !head.is_empty()
                && head.split_whitespace().all(|w| {
                    matches!(
                        bare(w),
                        "year-on-year"
                            | "year"
                            | "on"
                            | "growth"
                            | "increase"
                            | "rise"
                            | "decline"
                            | "decrease"
                            | "respectively"
                            | "annual"
                            | "average"
                            | "a"
                            | "an"
                    )
                }) =>
        {
            tail
        }
        _ => clause,
    };
    // "among which the investment in the health sector grew by": what follows "which".
    let clause = ["among which ", "of which ", "in which ", "including "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .unwrap_or(clause);
    noun_phrase(with_doing(clause).unwrap_or(clause))
}

/// "trade picked up with exports rising": the clause of what follows "with" when a verb in
/// "-ing" says what it did after a clause of its own; `None` for any other clause ("a port
/// with a capacity of", "imports and exports with Belt and Road countries reaching").
fn with_doing(clause: &str) -> Option<&str> {
    let at = clause.rfind(" with ")?;
    let rest = &clause[at + " with ".len()..];
    // ("imports and exports with Belt and Road countries reaching": "with" a partner.)
    let doing = rest
        .split_whitespace()
        .skip(1)
        .map(bare)
        .any(|w| w.ends_with("ing") && is_verb(w));
    (doing && has_verb(&clause[..at])).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::{clause_subject, sentence_subject};

    #[test]
    fn subjects_skip_time_and_source() {
        assert_eq!(
            sentence_subject(
                "as of 24:00 on jan. 25, based on the report from the hubei health commission to us, the confirmed cases of pneumonia caused by the novel coronavirus in wuhan, capital of hubei province, had increased to 618",
                10
            ),
            "confirmed cases of pneumonia"
        );
        assert_eq!(
            clause_subject("while the proportion of urban employment hit "),
            "proportion of urban employment"
        );
    }
}
