//! Where a noun phrase ends: at a verb, a time, a clause of its own or a participle of time;
//! not at a participle that says which things ("the number of registered enterprises",
//! "patients treated in county hospitals"), a rate's base or the ages of a group; and the
//! phrases that end by saying whose the thing is ("added value created by …", "people who …").

use super::lexicon::{DANGLING, DONE_BY, INFINITIVES, MADE_BY, PEOPLE, TIME_AFTER_THE, UNIT_WORDS};
use super::phrase::{bare, fragment, is_number, is_verb, noun_phrase_of, trim_end};

/// Whether the word at `i` ends a noun phrase that has `out` so far: a verb, a number, a
/// relative pronoun, a phrase of time, a participle that opens a phrase of its own ("cases of
/// pneumonia caused by"), an infinitive of purpose, a bracket, "and" before a verb.
pub(super) fn ends_phrase(out: &[&str], words: &[&str], i: usize) -> bool {
    let raw = words[i];
    let w = bare(raw);
    let next = words.get(i + 1).map_or("", |n| bare(n));
    // ("in the first half", but not "in the health sector".)
    let after_the = words.get(i + 2).map_or("", |n| bare(n));
    let time_the = next == "the"
        && (TIME_AFTER_THE.contains(&after_the) || super::dates::month(after_the).is_some());
    // ("in 31 major cities" is a place, "in 2023" and "in 10 years" are times.)
    let counted_place = matches!(w, "in" | "across" | "among")
        && !(next.len() == 4 && next.starts_with(['1', '2']))
        && after_the.starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(
            after_the,
            "years" | "months" | "days" | "weeks" | "decades" | "hours" | "consecutive"
        );
    let time_prep = matches!(w, "in" | "on" | "at" | "for" | "during" | "since" | "from")
        && (is_number(next) && !counted_place
            || time_the
            || matches!(
                next,
                "recent" | "this" | "last" | "past" | "three" | "five" | "each"
            )
            // ("retail sales in June", "output for January through May".)
            || super::dates::month(next).is_some())
        // ("internet users by the end of 2022", "by 2025".)
        || w == "by" && (time_the || next.len() == 4 && next.starts_with(['1', '2']) && is_number(next));
    // ("patients treated in county hospitals": where they were treated stays; "sold in May",
    // "completed in the first half" end the phrase.)
    let place_after = matches!(next, "in" | "at")
        // ("value added in the country": a noun, and the country is no place of its own.)
        && !(w == "added" && out.last() == Some(&"value"))
        && !(after_the == "the"
            && words
                .get(i + 3)
                .is_some_and(|n| matches!(bare(n), "country" | "world" | "nation" | "whole")))
        && !(is_number(after_the)
            || time_the
            || super::dates::month(after_the).is_some()
            || matches!(
                after_the,
                "this" | "last" | "past" | "recent" | "each" | "every"
            ));
    let participle = out.len() >= 2
        && w.ends_with("ed")
        && !place_after
        && (next.is_empty()
            || matches!(
                next,
                "by" | "from" | "in" | "at" | "to" | "for" | "with" | "on" | "under"
            ));
    let purpose = w == "to" && INFINITIVES.contains(&next);
    // "per 10,000 yuan": a rate base stays in the phrase, as do the ages of a group ("people
    // aged 16 to 24") and a rank's size ("the top 10 ports").
    let aged = out.last() == Some(&"aged")
        || out.len() >= 3 && out[out.len() - 3] == "aged" && out.last() == Some(&"to");
    // ("the surveyed urban unemployment rate in 31 major cities": where it was measured, not
    // "in 2023".)
    let scope = matches!(out.last(), Some(&("in" | "across" | "among")))
        && !(w.len() == 4 && w.starts_with(['1', '2']))
        && next.starts_with(|c: char| c.is_ascii_alphabetic());
    let named_group = named_group(out, words, i);
    let rate_base = is_number(w)
        && (out.last() == Some(&"per")
            || out.last() == Some(&"top")
            || aged
            || scope
            || named_group
            || class_bound(out, words, i));
    // "20 provinces and inspected two departments": "and" before a verb joins clauses.
    let and_verb = w == "and"
        && !out.is_empty()
        && (next.ends_with("ing") || next.ends_with("ed"))
        && !next.contains('-')
        && !out.last().is_some_and(|l| l.ends_with('-'))
        && !matches!(
            next,
            "related" | "advanced" | "developed" | "processed" | "integrated"
        )
        && !ING_NOUNS.contains(&next);
    // "the number of registered enterprises", "newly registered market entities": a
    // participle between "of", "the" or "newly" and a noun says which things, it is no verb.
    // ("12,000 registered enterprises", "17.1 million registered poor people": the same,
    // opening the phrase, before things or people counted.)
    let things = |k: usize| {
        words.get(k).is_some_and(|n| {
            let n = bare(n);
            PEOPLE.contains(&n) || n.len() > 3 && n.ends_with('s') && !n.ends_with("ss")
        })
    };
    let attributive = w.ends_with("ed")
        && (matches!(out.last(), Some(&("of" | "the" | "newly")))
            || out.is_empty() && (things(i + 1) || things(i + 2) && !is_verb(after_the)))
        && next.starts_with(|c: char| c.is_ascii_alphabetic())
        && !is_verb(next)
        && !DANGLING.contains(&next);
    // "credit accounts", "bank accounts": a noun, unless "accounts for".
    let noun_account = matches!(w, "accounts" | "account") && !out.is_empty() && next != "for";
    // "the number of alarms we received": a pronoun after a noun opens a clause of its own.
    let pronoun = !out.is_empty() && matches!(w, "we" | "they" | "you" | "he" | "she");
    w.is_empty()
        || pronoun
        || purpose
        || and_verb
        || base_verb(out, w, next)
        || is_verb(w) && !noun_account && !attributive
        || is_number(w) && !rate_base
        || matches!(
            w,
            "which" | "that" | "who" | "where" | "whose" | "compared" | "respectively"
        )
        || time_prep
        || participle
        || raw.starts_with('(')
}

/// "imports and exports to the 14 other RCEP member countries", "the 27 EU member states":
/// whether the number at `i` counts a named group, and so stays in the phrase `out` ends
/// with "to the" (or "with", "from", "among", "across", "between"); "out of the 100 cities"
/// is a count's base, said before its own figure.
fn named_group(out: &[&str], words: &[&str], i: usize) -> bool {
    let w = bare(words[i]);
    let next = words.get(i + 1).map_or("", |n| bare(n));
    out.len() >= 2
        && out.last() == Some(&"the")
        && matches!(
            out[out.len() - 2],
            "to" | "with" | "from" | "among" | "across" | "between"
        )
        && !(w.len() == 4 && w.starts_with(['1', '2']))
        && next.starts_with(|c: char| c.is_ascii_alphabetic())
        && !UNIT_WORDS.contains(&next)
        && !matches!(
            next,
            "million"
                | "billion"
                | "trillion"
                | "thousand"
                | "hundred"
                | "months"
                | "days"
                | "weeks"
                | "decades"
                | "hours"
                | "consecutive"
                | "per"
                | "percentage"
        )
}

/// "the added value created by strategic emerging industries" → "added value of strategic
/// emerging industries", "passengers handled by civil airports": whose a thing is, when the
/// word at `i` is such a participle.
pub(super) fn made_by(out: &[&str], words: &[&str], i: usize) -> Option<String> {
    let w = bare(words[i]);
    let next = words.get(i + 1).map_or("", |n| bare(n));
    let kept = DONE_BY.contains(&w);
    if out.is_empty() || !(MADE_BY.contains(&w) || kept) || next != "by" {
        return None;
    }
    let by = noun_phrase_of(&words.get(i + 2..)?.join(" "), 5);
    if by.is_empty() || fragment(&by) {
        return None;
    }
    let the = if words.get(i + 2).is_some_and(|w| bare(w) == "the") {
        "the "
    } else {
        ""
    };
    let thing = trim_end(&out.join(" "));
    // "passengers handled by civil airports" keeps its participle.
    Some(if kept {
        format!("{thing} {w} by {the}{by}")
    } else {
        format!("{thing} of {the}{by}")
    })
}

/// "the number of people who pay contributions to the fund": which people, when the word at
/// `i` is "who" after a noun of people; up to the clause's end or the main verb.
pub(super) fn who_clause(out: &[&str], words: &[&str], i: usize) -> Option<String> {
    if bare(words[i]) != "who" || !out.last().is_some_and(|l| PEOPLE.contains(l)) {
        return None;
    }
    let mut rel = vec!["who"];
    for (k, r) in words.iter().enumerate().skip(i + 1).take(7) {
        let b = bare(r);
        if b.is_empty() || is_number(b) || k > i + 1 && is_verb(b) {
            break;
        }
        rel.push(b);
        if r.ends_with([',', ';', ':', ')']) {
            break;
        }
    }
    (rel.len() > 1).then(|| trim_end(&[out, &rel[..]].concat().join(" ")))
}

/// Words that follow things named in the plural without being their verb ("cities along
/// the routes", "enterprises above designated size").
const NOT_VERBS_AFTER_THINGS: [&str; 23] = [
    "per",
    "above",
    "below",
    "across",
    "along",
    "around",
    "among",
    "near",
    "beyond",
    "within",
    "without",
    "outside",
    "inside",
    "amid",
    "against",
    "toward",
    "via",
    "despite",
    "during",
    "after",
    "before",
    "nationwide",
    "worldwide",
];

/// Whether `w` is the verb of the things named last in `out`: "footpaths connect the
/// mountains", "pocket parks dot the landscape" (a word in its base form after things named
/// in the plural, before an article).
fn base_verb(out: &[&str], w: &str, next: &str) -> bool {
    let plural = out.last().is_some_and(|l| {
        let l = bare(l);
        PEOPLE.contains(&l) || l.len() > 3 && l.ends_with('s') && !l.ends_with("ss")
    });
    plural
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !DANGLING.contains(&w)
        && !NOT_VERBS_AFTER_THINGS.contains(&w)
        && matches!(next, "the" | "a" | "an" | "their" | "its" | "our")
}

/// Whether the number at word `i` is the bound of a class the phrase `out` names
/// ("enterprises with 100 employees or more", "hospitals with more than 500 beds"): after
/// "with" (and a word of excess), before the members things have or a bound said after it.
fn class_bound(out: &[&str], words: &[&str], i: usize) -> bool {
    let tail = |ws: &[&str]| out.ends_with(ws);
    let excess = tail(&["with", "more", "than"])
        || tail(&["with", "over"])
        || tail(&["with", "at", "least"]);
    let said_after = tail(&["with"])
        && (i + 1..i + 4).any(|k| {
            words
                .get(k)
                .is_some_and(|w| matches!(bare(w), "or" | "and"))
                && words.get(k + 1).is_some_and(|w| {
                    matches!(
                        bare(w),
                        "more" | "above" | "over" | "less" | "fewer" | "below"
                    )
                })
        });
    let member = words
        .get(i + 1)
        .is_some_and(|n| super::marks::MEMBERS.contains(&bare(n)));
    said_after || excess && member
}

/// Words in "-ing" that name a trade or a thing, not a verb joining a clause ("retail and
/// catering enterprises", "mining and manufacturing").
#[rustfmt::skip]
const ING_NOUNS: &[&str] = &[
    "catering", "manufacturing", "mining", "housing", "processing", "shipping", "banking",
    "printing", "clothing", "lodging", "dining", "marketing", "engineering", "farming",
    "fishing", "packaging", "publishing", "broadcasting", "financing", "leasing",
    "warehousing", "building", "training", "nursing", "computing", "planting", "breeding",
];
