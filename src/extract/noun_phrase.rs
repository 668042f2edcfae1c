//! The noun phrase that starts a piece of text: where it starts (past hedges, numbers and a
//! time said first), where it is cut (its verb, a comma, ten words — never inside a name),
//! and a list the thing is "of" kept whole. Where a phrase ends word by word is
//! [`super::phrase_end`]; the words and fragments are [`super::phrase`].

use super::lexicon::{DANGLING, LEADS};
use super::phrase::{bare, is_number, is_verb, trim_end};
use super::phrase_end::{ends_phrase, made_by, who_clause};

/// Words before which a phrase cut at its length ends whole ("… for industrial enterprises"
/// before "above designated size"): joining words, pronouns of a clause, prepositions.
#[rustfmt::skip]
const CUT_BEFORE: &[&str] = &[
    "and", "or", "which", "that", "who", "where", "with", "by", "in", "at", "to", "from",
    "for", "on", "as", "than", "while", "above", "below", "under", "over", "across", "among",
];

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
pub(super) fn noun_phrase_of(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = start_of_phrase(&words);
    let mut cut_short = false;
    while i < words.len() {
        if out.len() >= max {
            // ("… with a bachelor's degree or above": the bound is part of what it names.)
            if matches!(bare(words[i]), "or" | "and")
                && let Some(bound) = words
                    .get(i + 1)
                    .map(|w| bare(w))
                    .filter(|w| matches!(*w, "above" | "higher" | "more" | "over"))
            {
                out.extend([bare(words[i]), bound]);
                break;
            }
            // ("… in the fields" cut before "of": the phrase names no field.)
            // ("… enterprises above the designated" cut before "size", "… fund for
            // enterprise" before "employees": a name cut inside is left out whole.)
            let next = bare(words[i]);
            let inside = !i
                .checked_sub(1)
                .is_some_and(|p| words[p].ends_with([',', ';', ':', ')']))
                && next.starts_with(|c: char| c.is_ascii_alphabetic())
                && !is_verb(next)
                && !CUT_BEFORE.contains(&next);
            cut_short = next == "of" || out.last() == Some(&"of") || inside;
            // ("passenger flow in key business districts in 36 large" cut before "and
            // medium-sized cities": where it was measured, cut short, is left out.)
            if let Some(p) = out.iter().rposition(|w| is_number(w))
                && p >= 2
                && matches!(out[p - 1], "in" | "across" | "among")
            {
                out.truncate(p - 1);
            }
            break;
        }
        let raw = words[i];
        let w = bare(raw);
        if let Some(whole) = made_by(&out, &words, i).or_else(|| who_clause(&out, &words, i)) {
            return whole;
        }
        if ends_phrase(&out, &words, i) {
            break;
        }
        if !matches!(w, "only" | "just") {
            out.push(w);
        }
        if raw.ends_with(',')
            && out.contains(&"of")
            && let Some(end) = listed_after_of(&words, i + 1)
        {
            // "the value added of agriculture, forestry, animal husbandry, and fishery went
            // up": the things of a list said with commas, before the clause's verb.
            out.pop();
            out.extend(&words[i..end]);
            break;
        }
        if raw.ends_with([',', ';', ':', ')']) {
            // "products from the farming, husbandry and fishery sectors": a list cut at its
            // first comma.
            cut_short = raw.ends_with(',') && words.get(i + 1).is_some_and(|n| !is_verb(bare(n)));
            break;
        }
        i += 1;
    }
    if cut_short {
        if out.last() == Some(&"of") {
            out.pop();
        }
        // A phrase cut inside a preposition's phrase, at a list's first comma or before an
        // "of" past the last word, leaves that phrase out ("demonstration factories in the
        // fields of …" → "demonstration factories").
        let prep = out
            .iter()
            .rposition(|w| matches!(*w, "from" | "in" | "of" | "for" | "on" | "above"))
            .filter(|&p| p > 0 && out.len() - p <= 3);
        if let Some(p) = prep {
            out.truncate(p);
        }
    }
    trim_end(&out.join(" "))
}

/// The end (exclusive word index) of the rest of a list whose first item ends before word
/// `i` ("forestry, animal husbandry, and fishery went up"): items of one to three plain words,
/// all but the last ending in a comma, the last after "and", and a verb right after it;
/// `None` otherwise.
fn listed_after_of(words: &[&str], mut i: usize) -> Option<usize> {
    let plain = |w: &str| {
        let w = bare(w);
        !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-') && !is_verb(w)
    };
    loop {
        let and = words.get(i).is_some_and(|w| *w == "and");
        let start = i + usize::from(and);
        let len = (1..=3).find(|&n| {
            words
                .get(start + n - 1)
                .is_some_and(|w| w.ends_with(',') || and)
                && words[start..start + n].iter().all(|w| plain(w))
                && (!and || words.get(start + n).is_some_and(|v| is_verb(bare(v))))
        })?;
        if and {
            return Some(start + len);
        }
        i = start + len;
    }
}

/// Where a noun phrase starts: past hedges, articles, numbers and scale words ("a total of
/// 139 …", "more than 90% of …"), a time said first, "this year's", and "yuan in".
fn start_of_phrase(words: &[&str]) -> usize {
    let mut i = 0;
    while i < words.len() {
        let w = bare(words[i]);
        // ("per capita": "per" is dropped only from "per cent".)
        let per_cent = w == "per" && words.get(i + 1).is_some_and(|n| bare(n) == "cent");
        let hedge = matches!(
            w,
            "more" | "than" | "over" | "about" | "nearly" | "some" | "total"
        ) || LEADS.contains(&w)
            // "the country's forest coverage rate", not "the country's total" said alone.
            || matches!(w, "country's" | "nation's")
                && words.get(i + 1).is_some_and(|n| {
                    !matches!(bare(n), "total" | "overall")
                        || !n.ends_with([',', '.', ';'])
                            && words
                                .get(i + 2)
                                .is_some_and(|m| !DANGLING.contains(&bare(m)))
                })
            || per_cent
            || is_number(w)
            || w.is_empty()
            || words[i].starts_with('%')
            || matches!(
                w,
                "percent"
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
    i = past_time_said_first(words, i);
    // "this year's summer grain production": the time is the period's, not the label's.
    if words
        .get(i)
        .is_some_and(|w| matches!(bare(w), "this" | "last" | "next"))
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(bare(w), "year's" | "month's" | "quarter's"))
    {
        i += 2;
    }
    // "the first quarter's gross domestic product": the period's too.
    if words
        .get(i)
        .is_some_and(|w| matches!(bare(w), "first" | "second" | "third" | "fourth"))
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(bare(w), "quarter's" | "quarter\u{2019}s" | "half's"))
    {
        i += 2;
    }
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
    i
}

#[cfg(test)]
mod tests {
    use super::noun_phrase;

    #[test]
    fn noun_phrases_skip_hedges() {
        assert_eq!(
            noun_phrase("a total of 139 arj21 regional aircrafts have"),
            "arj21 regional aircrafts"
        );
    }
}
