//! Phrases of a sentence that name what a figure measures: the noun phrase of a clause, the
//! subject of a sentence (past the clauses that only set the time or the source), whether a
//! phrase is a fragment. What follows a figure is read in [`super::after`].
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
    "could", "may", "should", "must", "did", "does", "accomplished", "covering", "took", "takes",
    "made", "makes", "planned", "showed", "shows", "doubled", "tripled", "invested", "generated",
    "received", "handled", "served", "posted",
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
pub(super) const NOT_FIRST: &[&str] = &[
    "we", "they", "it", "its", "this", "these", "those", "them", "which", "who", "that", "there",
    "here", "of", "to", "in", "by", "from", "with", "and", "or", "but", "been", "being", "just",
    "only", "over", "more", "less", "than", "about", "nearly", "approximately", "around", "as",
    "compared", "an", "a", "while", "when", "where", "increase", "decrease", "growth", "year",
    "place", "at", "on", "up", "some", "also", "i", "our", "you", "he", "she", "his", "her",
    "such", "respectively", "making", "capable", "ranking", "now", "then", "today", "again",
    "thank", "thanks", "please", "almost", "each", "all", "claiming", "enjoyed", "for",
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
    "globally", "only", "overall", "currently", "cumulatively", "being", "out", "under",
    "already", "having", "them", "still", "almost",
];

/// Verbs of an infinitive of purpose ("to promote", "to support").
#[rustfmt::skip]
const INFINITIVES: &[&str] = &[
    "promote", "support", "help", "ensure", "improve", "make", "build", "meet", "achieve",
    "serve", "provide", "boost", "advance", "strengthen", "enhance", "facilitate", "expand",
];

pub(super) fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-' && c != '\'')
}

pub(super) fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

pub(super) fn is_verb(w: &str) -> bool {
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
    loop {
        // "… for project construction this year": the time is the period's, not the label's.
        let n = words.len();
        if n >= 2
            && matches!(bare(words[n - 2]), "this" | "last" | "the" | "next")
            && matches!(bare(words[n - 1]), "year" | "month" | "quarter")
        {
            words.truncate(n - 2);
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

/// Past a time said before the thing measured ("the first half of this year and service
/// imports" → at "service"): the index of the word after it, or `i`.
fn past_time_said_first(words: &[&str], i: usize) -> usize {
    let mut i = i;
    // "the first half of this year and service imports": a time said first is not the
    // thing measured.
    if words
        .get(i)
        .is_some_and(|w| matches!(bare(w), "first" | "second" | "third" | "fourth"))
        && let Some(end) = words
            .iter()
            .skip(i)
            .take(6)
            .position(|w| matches!(bare(w), "year" | "quarters" | "months"))
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(bare(w), "half" | "quarter" | "two" | "three" | "five"))
    {
        i += end + 1;
        while words
            .get(i)
            .is_some_and(|w| matches!(bare(w), "and" | "," | ""))
        {
            i += 1;
        }
    }
    i
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
                "percent"
                    | "per"
                    | "cent"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "yuan"
                    | "dollars"
                    | "us$"
                    | "rmb"
            );
        if !hedge {
            break;
        }
        i += 1;
    }
    i = past_time_said_first(&words, i);
    // "the 3.12 trillion yuan in special-purpose bonds": what the amount is of.
    if i > 0
        && words
            .get(i - 1)
            .is_some_and(|w| matches!(bare(w), "yuan" | "dollars" | "rmb"))
        && words
            .get(i)
            .is_some_and(|w| matches!(bare(w), "in" | "of" | "for"))
    {
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

#[cfg(test)]
mod tests {
    use super::{clause_subject, fragment, noun_phrase, sentence_subject};

    #[test]
    fn fragments_are_not_labels() {
        assert!(fragment("been delivered overseas"));
        assert!(fragment("in 2018 to over"));
        assert!(!fragment("urban jobs"));
    }

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
}
