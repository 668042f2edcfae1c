//! What the things counted or the amount are: the noun an amount is "of" ("revenue of 3.7
//! trillion yuan", "extra tax deductions … totaling"), and what befell the things counted
//! ("new urban jobs per year", "poor rural people lifted out of poverty", "people
//! benefiting"). Lower-case text of one sentence.

use super::clause::last_clause;
use super::counted_relation::{doer, doer_in, doing_it, reached};
use super::lexicon::PEOPLE;
use super::phrase::{bare, is_verb, trim_end};
use super::predicate::{PREPOSITIONS, done_by, opens_clause, predicate_after};
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

/// What the sentence says of the things counted after them: their measure that moved, what
/// they did or had done to them when the count opens its clause, or what someone did in them
/// ("pilot banks in 18 cities have completed …"); `None` when it says nothing of them.
fn said_of_them(noun: &str, ctx: &Ctx) -> Option<String> {
    let rest = &ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..];
    if let Some(moved) = measure_moved(noun, ctx) {
        Some(moved)
    } else if opens_clause(last_clause(&ctx.before)) {
        predicate_after(noun, rest, None)
    } else if let Some(doer) = doer_in(last_clause(&ctx.before)) {
        predicate_after(noun, rest, Some(doer))
    } else {
        None
    }
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

/// "The asset-liability ratio of 56 SOEs declined": the things counted whose measure moved,
/// said as what they have ("SOEs with a lower asset-liability ratio"); `None` when the clause
/// does not open with "the … of" before the count, or no verb of change follows the things.
fn measure_moved(noun: &str, ctx: &Ctx) -> Option<String> {
    let clause = last_clause(&ctx.before).trim();
    let clause = super::phrase::before_hedge(clause).trim_end();
    let measure = clause.strip_prefix("the ")?.strip_suffix(" of")?;
    if measure.is_empty() || measure.split_whitespace().count() > 4 || is_verb_phrase(measure) {
        return None;
    }
    let rest = &ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..];
    let last = noun.split_whitespace().last()?;
    let words: Vec<&str> = rest.split_whitespace().take(12).map(bare).collect();
    let at = words.iter().position(|w| *w == last)? + 1;
    let fell = words[at..]
        .iter()
        .find(|w| !matches!(**w, "have" | "has" | "all" | "also"))
        .and_then(|w| super::direction::verb(w))?;
    let way = if fell { "lower" } else { "higher" };
    let article = if measure.ends_with('s') { "" } else { "a " };
    Some(format!("{noun} with {article}{way} {measure}"))
}

/// Whether a phrase holds a verb, and so is no measure.
fn is_verb_phrase(phrase: &str) -> bool {
    phrase.split_whitespace().any(is_verb)
}

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
    // "A total of 310 buses … have been requisitioned", "more than 400,000 veterans have
    // returned to their hometowns": what the things did or had done to them, when the count
    // opens its clause.
    let predicate = said_of_them(noun, ctx);
    let said_after = predicate.is_some();
    let mut label = match (verb, predicate) {
        ("added" | "adds" | "add" | "created" | "creates" | "create", _)
            if !noun.starts_with("new ") =>
        {
            format!("new {noun}")
        }
        // "benefiting 176 million people": people who benefit ("employing 2 million people"
        // are people employed, below).
        // ("The program benefited 13 million students": students benefiting.)
        (v, _)
            if matches!(v, "benefiting" | "benefitting" | "benefited" | "benefitted")
                && noun
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| PEOPLE.contains(&last)) =>
        {
            format!("{noun} benefiting")
        }
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
        // ("prosecuted 1.4 million people": people prosecuted, below.)
        _ if (noun == "people" || noun == "chinese people") && done_by(verb).is_none() => {
            noun.replace("people", "population")
        }
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
    // "reaching over 300 cities", "connected to over 200 ports": places reached, things
    // linked to.
    if label == noun
        && let Some(reached) = reached(last_clause(&ctx.before), noun)
    {
        label = reached;
    }
    // "Teacher training is jointly provided by 225 normal universities": what they do.
    if label == noun
        && let Some(doing) = doing_it(last_clause(&ctx.before), noun)
    {
        label = doing;
    }
    // "re-inspected 20 provinces", "evacuating 130,000 miners", "made 17,000 trips": what
    // was done to them, by a verb said right before the count.
    if label == noun
        && noun.split_whitespace().count() <= 4
        && !noun.split_whitespace().any(|w| PREPOSITIONS.contains(&w))
        && let Some(done) = done_by(verb)
    {
        label = format!("{noun} {done}");
        // "China-Europe freight trains made 17,000 trips": made by them.
        if done == verb
            && let Some(by) = doer(last_clause(&ctx.before), verb)
        {
            label = format!("{label} by {by}");
        }
    }
    label
}
