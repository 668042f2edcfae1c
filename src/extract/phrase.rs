//! Phrases of a sentence that name what a figure measures: the noun phrase of a clause, the
//! subject of a sentence (past the clauses that only set the time or the source), the things
//! counted after a number, and the predicate said of them ("discharged from hospitals").
//! All work on ASCII-lower-case text and stay within one sentence.

/// Verbs and auxiliaries that end a subject ("… accounted for", "… has reached").
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "accounting", "accounted", "accounts", "account", "reaching", "reached", "reaches", "reach",
    "exceeded", "exceed", "exceeds", "exceeding", "increased", "decreased", "grew", "grown",
    "grow", "grows", "shortened", "cumulatively", "increasing", "decreasing", "was", "were", "is",
    "are", "would", "will", "has", "have", "had", "saw", "sees", "rose", "risen", "rises", "fell",
    "fallen", "dropped", "hit", "hits", "stood", "stands", "went", "contributed", "contributes",
    "met", "achieved", "remained", "remains", "totaled", "totalled", "amounted", "surged",
    "jumped", "declined", "expanded", "climbed", "rising", "registered", "recorded", "topped",
    "ranked", "ranks", "estimated", "represented", "represents", "became", "continued", "can",
    "could", "may", "should", "must", "did", "does", "accomplished", "covering",
];

/// Clause openers that only set the time, the place or the source: a subject is looked for
/// after them.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "as of", "based on", "according to", "in ", "by ", "since", "from ", "last year",
    "this year", "meanwhile", "first", "second", "third", "fourth", "fifth", "notably",
    "additionally", "moreover", "currently", "at present", "over the past", "for ", "among",
    "specifically", "as estimated", "on the whole", "at the end", "so far", "to date", "however",
    "besides", "furthermore", "between", "during", "after", "before", "as a result", "overall",
    "on average", "similarly", "in addition", "thanks to", "so ", "thus",
];

/// Words that cannot begin a label: pronouns, prepositions, conjunctions, hedges, auxiliaries.
#[rustfmt::skip]
const NOT_FIRST: &[&str] = &[
    "we", "they", "it", "its", "this", "these", "those", "them", "which", "who", "that", "there",
    "here", "of", "to", "in", "by", "from", "with", "and", "or", "but", "been", "being", "just",
    "only", "over", "more", "less", "than", "about", "nearly", "approximately", "around", "as",
    "compared", "an", "a", "while", "when", "where", "increase", "decrease", "growth", "year",
    "place", "at", "on", "up", "some", "also", "i", "our", "you", "he", "she", "his", "her",
    "such", "respectively", "making", "capable", "ranking", "now", "then", "today", "again",
];

/// Words dropped from the start of a noun phrase.
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "the", "a", "an", "our", "its", "notably", "currently", "with", "and", "while", "but",
    "total", "combined", "meanwhile", "also", "some", "both", "of", "china's", "chinas",
    "collectively",
];

/// Words a dangling label end is cut back from ("… covering over", "… increase of").
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "of", "and", "the", "to", "by", "from", "with", "in", "a", "an", "over", "than", "more",
    "about", "nearly", "at", "up", "for", "on", "as", "or", "its", "their", "our", "least",
    "approximately", "around", "some", "reach", "be", "annually", "nationwide", "respectively",
    "globally", "only", "overall", "currently", "cumulatively", "being", "out",
];

/// Verbs of an infinitive of purpose ("to promote", "to support").
#[rustfmt::skip]
const INFINITIVES: &[&str] = &[
    "promote", "support", "help", "ensure", "improve", "make", "build", "meet", "achieve",
    "serve", "provide", "boost", "advance", "strengthen", "enhance", "facilitate", "expand",
];

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

/// Words after a count that say something of the things counted rather than name them.
const PREDICATE_WORDS: &[&str] = &["dead", "alive", "remaining", "left", "missing", "injured"];

fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-' && c != '\'')
}

fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

fn is_verb(w: &str) -> bool {
    VERBS.contains(&w)
}

/// Whether a piece of text holds a verb of [`VERBS`].
#[must_use]
pub fn has_verb(text: &str) -> bool {
    text.split_whitespace().any(|w| is_verb(bare(w)))
}

/// Whether a phrase cannot stand as a label: empty, starts with a pronoun, preposition,
/// hedge or auxiliary, or ends on a verb.
#[must_use]
pub fn fragment(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().map(bare).collect();
    let Some(first) = words.first() else {
        return true;
    };
    NOT_FIRST.contains(first)
        || is_verb(first)
        || is_number(first)
        || words.iter().all(|w| w.len() <= 2)
        || words
            .last()
            .is_some_and(|w| is_verb(w) || DANGLING.contains(w))
}

/// Cuts a dangling end off a phrase ("major enterprises, covering over" → "major
/// enterprises, covering"): prepositions, articles and hedges at its end.
#[must_use]
pub fn trim_end(phrase: &str) -> String {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| DANGLING.contains(&bare(w)) || bare(w).is_empty())
    {
        words.pop();
    }
    words
        .join(" ")
        .trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .to_owned()
}

/// The noun phrase that starts a piece of text: leading articles, hedges and numbers
/// dropped; cut at a verb, a relative pronoun, a participle after the head ("cases of
/// pneumonia caused by"), a preposition that starts a time ("in 1949", "for three
/// consecutive years"), a bracket or a comma; at most ten words.
#[must_use]
pub fn noun_phrase(text: &str) -> String {
    noun_phrase_of(text, 10)
}

/// [`noun_phrase`] with at most `max` words.
fn noun_phrase_of(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    // "a total of 139 …", "more than 90% of …".
    while i < words.len() {
        let w = bare(words[i]);
        let hedge = matches!(
            w,
            "more" | "than" | "over" | "about" | "nearly" | "some" | "total"
        ) || LEADS.contains(&w)
            || is_number(w)
            || w.is_empty()
            || words[i].starts_with('%')
            || matches!(
                w,
                "percent" | "per" | "cent" | "million" | "billion" | "thousand"
            );
        if !hedge {
            break;
        }
        i += 1;
    }
    while i < words.len() && out.len() < max {
        let raw = words[i];
        let w = bare(raw);
        let next = words.get(i + 1).map_or("", |n| bare(n));
        let time_prep = matches!(w, "in" | "on" | "at" | "for" | "during" | "since" | "from")
            && (is_number(next)
                || matches!(
                    next,
                    "the" | "recent" | "this" | "last" | "past" | "three" | "five" | "each"
                ));
        // "cases of pneumonia caused by …": a participle that opens a phrase of its own.
        let participle = out.len() >= 2
            && w.ends_with("ed")
            && (next.is_empty()
                || matches!(
                    next,
                    "by" | "from" | "in" | "at" | "to" | "for" | "with" | "on" | "under"
                ));
        // "… stations to promote …": an infinitive of purpose ends the phrase.
        let purpose = w == "to" && INFINITIVES.contains(&next);
        // "per 10,000 yuan": a rate base stays in the phrase.
        let rate_base = is_number(w) && out.last() == Some(&"per");
        if w.is_empty()
            || purpose
            || is_verb(w)
            || is_number(w) && !rate_base
            || matches!(
                w,
                "which" | "that" | "who" | "where" | "whose" | "compared" | "respectively"
            )
            || time_prep
            || participle
            || raw.starts_with('(')
        {
            break;
        }
        if !matches!(w, "only" | "just") {
            out.push(w);
        }
        if raw.ends_with([',', ';', ':', ')']) {
            break;
        }
        i += 1;
    }
    trim_end(&out.join(" "))
}

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
        if OPENERS.iter().any(|o| c.starts_with(o)) || tried && !c.starts_with("with ") {
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
    let at = [", ", "; "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    text[at..].trim_start()
}

/// The subject of the clause a figure ends ("… the proportion of urban employment hit" →
/// "proportion of urban employment"); empty when the clause is the object of the figure
/// before ("… 30% of all high-tech enterprises and 40% …").
#[must_use]
pub fn clause_subject(before: &str) -> String {
    let clause = last_clause(before);
    if clause.starts_with("of ") {
        return String::new();
    }
    let clause = OPENERS
        .iter()
        .find_map(|o| clause.strip_prefix(o).filter(|_| o.ends_with(' ')))
        .map_or(clause, |rest| {
            // "In 2020, China's …" has no comma left here; skip a year after the opener.
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        });
    noun_phrase(clause)
}

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
    while i < words.len()
        && matches!(
            words[i],
            "are" | "is" | "were" | "was" | "have" | "has" | "had" | "been" | "being"
        )
    {
        i += 1;
    }
    let Some(&first) = words.get(i) else {
        return Counted::None;
    };
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
    let predicate = pronoun
        || PREDICATE_WORDS.contains(&first)
        || (first.ends_with("ed") || first.ends_with("ing")) && !first.ends_with("ling")
        || matches!(first, "in" | "on" | "at" | "under" | "still");
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
            if is_number(w) || *w == "and" {
                break;
            }
            out.push(w);
        }
        return Counted::Noun(trim_end(&out.join(" ")));
    }
    if NOT_FIRST.contains(&first) || is_verb(first) || is_number(first) {
        return Counted::None;
    }
    let np = noun_phrase(&words[i..].join(" "));
    if np.is_empty() {
        Counted::None
    } else {
        Counted::Noun(np)
    }
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
            "compared" => (k + 1..k + 5).find_map(year).map(|y| ("compared with", y)),
            "than" => (k + 1..k + 3).find_map(year).map(|y| ("compared with", y)),
            "since" => year(k + 1).map(|y| ("since", y)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{Counted, clause_subject, counted, fragment, noun_phrase, sentence_subject};

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
        assert_eq!(
            noun_phrase("a total of 139 arj21 regional aircrafts have"),
            "arj21 regional aircrafts"
        );
    }

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
        assert!(fragment("been delivered overseas"));
        assert!(fragment("in 2018 to over"));
        assert!(!fragment("urban jobs"));
    }
}
