//! What the things counted or the amount are: the noun an amount is "of" ("revenue of 3.7
//! trillion yuan", "extra tax deductions … totaling"), and what befell the things counted
//! ("new urban jobs per year", "poor rural people lifted out of poverty", "people
//! benefiting"). Lower-case text of one sentence.

use super::clause::last_clause;
use super::lexicon::{INFINITIVES, IRREGULAR, PEOPLE};
use super::phrase::{bare, is_number, is_verb, trim_end};
use super::rules::Ctx;

/// The noun an amount is "of", said right before it ("generated revenue of 3.7 trillion
/// yuan" → "revenue"); not "a total of".
pub(super) fn amount_of(before: &str) -> Option<String> {
    let raw: Vec<&str> = before.split_whitespace().collect();
    let words: Vec<&str> = raw.iter().map(|w| bare(w)).collect();
    let n = words.len();
    // "revenue of", "deductions … totaling", "items worth".
    if n < 2 || !matches!(words[n - 1], "of" | "totaling" | "totalling" | "worth") {
        return None;
    }
    let noun = words[n - 2];
    let empty = matches!(
        noun,
        "total"
            | "a"
            | "an"
            | "the"
            | "sum"
            | "amount"
            | "number"
            | "out"
            | "all"
            | "some"
            | "high"
            | "low"
            | "record"
            | "level"
            | "peak"
            | "mark"
            | "height"
            | "increase"
            | "growth"
            | "rise"
            | "decrease"
            | "decline"
            | "drop"
            | "fall"
            | "reduction"
    ) || is_verb(noun)
        || noun.is_empty();
    if empty {
        return None;
    }
    // "applied for extra tax deductions of 1.85 trillion yuan": the whole noun phrase, back
    // to a verb, a preposition or an article.
    let mut from = n - 2;
    while from > 0 && n - 1 - from < 6 {
        let w = words[from - 1];
        if is_verb(w)
            || w.is_empty()
            || raw[from - 1].ends_with([',', ';', ':'])
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w,
                "a" | "an"
                    | "the"
                    | "of"
                    | "to"
                    | "in"
                    | "with"
                    | "by"
                    | "and"
                    | "on"
                    | "at"
                    | "applied"
                    | "its"
                    | "their"
                    | "our"
            )
        {
            break;
        }
        from -= 1;
    }
    Some(words[from..n - 1].join(" "))
}

/// Whether a counted noun is people ("1.4 billion people"): a thing counted, though no subject.
pub(super) fn people(noun: &str) -> bool {
    matches!(noun, "people" | "persons" | "households" | "residents")
}

/// Past participles that say what was done to things counted ("have been delivered").
pub(super) const DONE: &[&str] = &[
    "delivered",
    "completed",
    "lifted",
    "issued",
    "built",
    "installed",
    "trained",
    "employed",
    "vaccinated",
    "cured",
    "discharged",
    "treated",
    "resettled",
    "relocated",
    "connected",
    "upgraded",
    "renovated",
    "approved",
    "registered",
    "launched",
    "created",
    "added",
    "sold",
    "exported",
    "imported",
    "recruited",
    "hired",
    "rescued",
    "evacuated",
    "insured",
    "covered",
];

/// Past tenses of verbs that move or make things counted ("transferred 72.9 billion cubic
/// meters of water"), said of them as "water transferred" (not "established", "opened":
/// "20 centers" says it alone).
pub(super) const ACTIVE: &[&str] = &[
    "transferred",
    "revised",
    "allocated",
    "supplied",
    "provided",
    "planted",
    "restored",
    "signed",
    "filed",
    "granted",
    "published",
    "produced",
    "harvested",
    "attracted",
];

/// What the sentence says befell the things counted: made new ("added 13 million urban jobs
/// annually" → "new urban jobs per year", "created 52.82 million jobs" → "jobs created"),
/// or done to them ("770 million poor rural people have been lifted out of poverty" → "poor
/// rural people lifted out of poverty", "benefiting 176 million people" → "people
/// benefiting").
pub(super) fn what_befell(noun: &str, ctx: &Ctx) -> String {
    let verb = last_clause(&ctx.before)
        .split_whitespace()
        .map(bare)
        .rfind(|w| {
            !matches!(
                *w,
                "more"
                    | "than"
                    | "over"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "a"
                    | "total"
                    | "of"
                    | "another"
            ) && !w.is_empty()
        })
        .unwrap_or("");
    let after = ctx.after.trim_start();
    let yearly = [
        " annually",
        " each year",
        " every year",
        " a year",
        " per year",
    ]
    .iter()
    .any(|w| format!(" {after}").contains(w));
    // "A total of 310 buses … have been requisitioned", "more than 400,000 veterans have
    // returned to their hometowns": what the things did or had done to them, when the count
    // opens its clause.
    let predicate = if opens_clause(last_clause(&ctx.before)) {
        predicate_after(
            noun,
            &ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..],
        )
    } else {
        None
    };
    let said_after = predicate.is_some();
    let mut label = match (verb, predicate) {
        ("added" | "adds" | "add" | "created" | "creates" | "create", _)
            if !noun.starts_with("new ") =>
        {
            format!("new {noun}")
        }
        (v, _) if v.ends_with("ing") && people(noun) => format!("{noun} {v}"),
        // "have cumulatively transferred 72.9 billion cubic meters of water": what was done
        // to it.
        (v, _)
            if (DONE.contains(&v) || ACTIVE.contains(&v))
                && noun.split_whitespace().count() <= 4 =>
        {
            format!("{noun} {v}")
        }
        (_, Some(predicate)) => predicate,
        // "a nation with over 1.4 billion people": its population.
        _ if noun == "people" || noun == "chinese people" => noun.replace("people", "population"),
        _ => noun.to_owned(),
    };
    // "… have been lifted out of poverty", "… have been delivered".
    let words: Vec<&str> = after.split_whitespace().map(bare).collect();
    if let Some(at) = words.iter().position(|w| *w == "been")
        && !said_after
        && at <= noun.split_whitespace().count() + 5
        && (at == 0 || words[at - 1] != "not")
        && let Some(done) = words.get(at + 1).filter(|w| DONE.contains(*w))
    {
        let mut tail = vec![*done];
        for w in words.iter().skip(at + 2).take(3) {
            if !matches!(
                *w,
                "out" | "of" | "from" | "to" | "poverty" | "overseas" | "abroad"
            ) {
                break;
            }
            tail.push(w);
        }
        label = format!("{label} {}", trim_end(&tail.join(" ")));
    }
    // "re-inspected 20 provinces": what was done to them, by a verb in the past tense said
    // right before the count.
    if label == noun
        && done_before(verb)
        && noun.split_whitespace().count() <= 4
        && !noun.split_whitespace().any(|w| PREPOSITIONS.contains(&w))
    {
        label = format!("{noun} {verb}");
    }
    if yearly {
        label.push_str(" per year");
    }
    label
}

/// Verbs in "-ed" that say how much, not what was done ("exceeded 5,000 enterprises"), and
/// words in "-ed" that are no verbs.
#[rustfmt::skip]
const NOT_DONE: &[&str] = &[
    "reached", "exceeded", "surpassed", "topped", "totaled", "totalled", "numbered",
    "increased", "decreased", "declined", "dropped", "expanded", "amounted", "estimated",
    "expected", "projected", "averaged", "combined", "doubled", "tripled", "need", "speed",
    "hundred", "designated", "based", "so-called", "related", "limited", "advanced",
    "registered", "recorded", "included", "involved", "planned", "targeted",
];

/// Whether a word said right before a count is a past tense that says what was done to the
/// things counted ("requisitioned", "re-inspected").
fn done_before(verb: &str) -> bool {
    verb.len() > 5
        && verb.ends_with("ed")
        && !NOT_DONE.contains(&verb)
        && !is_verb(verb)
        && !is_number(verb)
}

/// Prepositions that make a noun phrase too long to take its verb after it ("people in
/// prevention and control work" is not "… assigned").
const PREPOSITIONS: &[&str] = &["in", "of", "for", "to", "from", "with", "at", "on", "by"];

/// Whether the words of a clause before a count leave it opening the clause: only hedges
/// ("A total of", "So far, more than", "Some"), or the things listed before it and "and";
/// not "The food supply for".
fn opens_clause(clause: &str) -> bool {
    // ("counties, 2,707 villages and 5.51 million": the items listed before it.)
    let own = clause.rsplit_once(" and ").map_or(clause, |(_, own)| own);
    own.split_whitespace().map(bare).all(|w| {
        matches!(
            w,
            "a" | "total"
                | "of"
                | "more"
                | "than"
                | "over"
                | "nearly"
                | "almost"
                | "about"
                | "some"
                | "around"
                | "approximately"
                | "another"
                | "at"
                | "least"
                | "as"
                | "many"
                | "and"
                | "also"
                | "up"
                | "to"
                | "roughly"
                | "only"
                | "just"
                | ""
        )
    })
}

/// Auxiliaries and adverbs between the things counted and what they did ("have also been").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "were", "was", "are", "is", "been", "being", "not", "all", "also",
    "already", "now", "successfully", "each", "so", "far", "still", "jointly",
];

/// People said of with "who" beside [`PEOPLE`] ("veterans who returned …").
#[rustfmt::skip]
const WHO: &[&str] = &[
    "veterans", "members", "graduates", "miners", "officials", "cadres", "teachers", "doctors",
    "volunteers", "entrepreneurs", "migrants", "tourists", "visitors", "passengers",
];

/// Words that end what was said of the things counted ("… requisitioned to meet travel
/// needs" stops at the purpose; "… with some of them" at the aside).
#[rustfmt::skip]
const PREDICATE_ENDS: &[&str] = &[
    "with", "which", "who", "while", "but", "among", "including", "accounting", "as",
    "compared", "than", "respectively", "whereas", "through", "thanks", "by", "after",
    "since", "during", "in", "this", "last",
];

/// What a clause says of the things a count opens it with (`rest`: the sentence from the
/// count on): "310 buses and 4,700 taxis have been
/// requisitioned to meet travel needs" → "buses requisitioned"; "veterans have returned to
/// their hometowns and set up businesses" → "veterans who returned to their hometowns and set
/// up businesses"; `None` when no verb follows the things (and the other counts listed with
/// them) or the clause goes on after a comma.
fn predicate_after(noun: &str, rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().take(40).collect();
    let last = noun.split_whitespace().last()?;
    let mut i = words.iter().take(8).position(|w| bare(w) == last)? + 1;
    // Other counts listed with it: ", 2,707 villages and 5.51 million people have …".
    loop {
        let listed = |at: usize| words.get(at).is_some_and(|w| is_number(w));
        let comma = words.get(i - 1).is_some_and(|w| w.ends_with(','));
        let next = if comma && listed(i) {
            i
        } else if words.get(i).is_some_and(|w| *w == "and") && listed(i + 1) {
            i + 1
        } else if comma {
            return None;
        } else {
            break;
        };
        i = next + 1;
        while let Some(w) = words.get(i) {
            if w.ends_with(',') || matches!(bare(w), "and") || AUXILIARIES.contains(&bare(w)) {
                break;
            }
            i += 1;
        }
        if words.get(i).is_some_and(|w| w.ends_with(',')) {
            i += 1;
        }
    }
    let (mut passive, mut helped, mut not) = (false, false, false);
    while let Some(w) = words
        .get(i)
        .map(|w| bare(w))
        .filter(|w| AUXILIARIES.contains(w))
    {
        passive |= matches!(w, "been" | "were" | "was" | "are" | "is");
        not |= w == "not";
        helped = true;
        i += 1;
    }
    let verb = bare(words.get(i)?);
    let participle = verb.len() > 4 && verb.ends_with("ed") || IRREGULAR.contains(&verb);
    // ("have invested", "were achieved": verbs that end a subject say how much, and a label
    // ending on one reads as a fragment.)
    if !participle || NOT_DONE.contains(&verb) || is_verb(verb) {
        return None;
    }
    // "treasury bonds issued in the fourth quarter": a participle right after the things is
    // said of them, as a passive.
    let passive = passive || !helped && verb.ends_with("ed");
    if !helped && !verb.ends_with("ed") {
        return None;
    }
    let mut said: Vec<&str> = vec![verb];
    let ends = |raw: &str| raw.ends_with([',', ';', '.', ':']);
    let more = if ends(words[i]) { 0 } else { 8 };
    for (at, raw) in words.iter().enumerate().skip(i + 1).take(more) {
        let w = bare(raw);
        let purpose = w == "to"
            && words
                .get(at + 1)
                .is_some_and(|n| INFINITIVES.contains(&bare(n)));
        if w.is_empty() || is_number(w) || purpose || PREDICATE_ENDS.contains(&w) {
            break;
        }
        said.push(w);
        if ends(raw) {
            break;
        }
    }
    let said = trim_end(&said.join(" "));
    let label = if passive {
        format!("{noun} {}{said}", if not { "not " } else { "" })
    } else {
        let who = if PEOPLE.iter().chain(WHO).any(|p| noun.ends_with(p)) {
            "who"
        } else {
            "that"
        };
        let did = if not { "have not " } else { "" };
        format!("{noun} {who} {did}{said}")
    };
    (label.len() <= 66).then_some(label)
}
