//! What a change is of: the thing that grew or fell ("an increase in total loan issuance",
//! "cut the number of approval items by 40 %", "saving 55 % in time"), or the growth of what
//! was said before. Against what it changed is [`super::changes`]'. Lower-case text of one
//! sentence.

use super::clause::last_clause;
use super::phrase::{bare, fragment, has_verb, noun_phrase};
use super::rules::Ctx;
use super::said::Said;
use super::subject_head::weak;
use crate::dataset::Kind;

/// What a change is of: "financial institutions saw a 15.73 trillion yuan increase in total
/// loan issuance" is of what follows "in", not of who saw it; "…, and a two-year average
/// growth rate of over 10 %" is the growth of what was said before.
pub(super) fn changed_subject(subj: String, ctx: &Ctx, kind: Kind, said: &Said<'_>) -> String {
    // "we have cut the average tariff level to 7.3 %": the level the object was moved to.
    if kind == Kind::Target
        && let Some(object) = moved_by(ctx)
    {
        return object;
    }
    if kind != Kind::Change {
        return changed_object(&ctx.before, "to", super::direction::moves)
            .or_else(|| changed_object(&ctx.before, "at", sets))
            .filter(|_| {
                weak(&subj)
                    || fragment(&subj)
                    || has_verb(&subj)
                    || subj.split_whitespace().any(|w| {
                        let w = bare(w);
                        // ("the goals include increasing the share of …": the goal's object.)
                        super::direction::moves(w)
                            || sets(w)
                            || matches!(w, "goal" | "goals" | "target" | "targets" | "include")
                    })
            })
            .unwrap_or(subj);
    }
    let subj = changed_object(&ctx.before, "by", super::direction::moves)
        .or_else(|| growth_for(&ctx.before))
        .or_else(|| seen_moving(&ctx.before))
        .or_else(|| changed_in(&ctx.after))
        .or_else(|| saved_in(ctx))
        .or_else(|| cut_of(ctx))
        .unwrap_or(subj);
    // A rate that names nothing ("rates grew by", or no subject where the clause says only
    // "the growth rate was").
    let rate_only = subj.is_empty()
        && last_clause(&ctx.before)
            .split_whitespace()
            .any(|w| matches!(bare(w), "rate" | "rates" | "growth"));
    let bare_rate =
        rate_only || matches!(subj.as_str(), "rates" | "rate" | "the rate" | "the rates");
    // The figure before in the sentence, else the sentence's subject ("the investment in
    // social sectors grew rapidly, with an average two-year growth of 10.7 %"), else what the
    // sentence before spoke of ("… retail sales registered negative growth. In Q4, rates grew
    // by 4.6 %").
    let before = said.previous.map(str::to_owned).or_else(|| {
        let head = super::subject_head::head(ctx, 10);
        (ctx.index == 0 && !weak(&head) && !bare_rate).then_some(head)
    });
    let before = before.or_else(|| {
        (ctx.index == 0 && (bare_rate || growth_only(&subj)))
            .then(|| said.before.and_then(super::said::owner_of))
            .flatten()
    });
    match before {
        Some(before) if bare_rate && !before.is_empty() => before,
        Some(before)
            if growth_only(&subj) && !before.is_empty() && !before.contains(subj.as_str()) =>
        {
            format!("{before}, {subj}")
        }
        _ => subj,
    }
}

/// Verbs that fix a level at a figure ("set the GDP growth target at around 5 %", "kept the
/// surveyed unemployment rate at 5.2 %").
fn sets(w: &str) -> bool {
    matches!(
        w,
        "set" | "sets" | "setting" | "fixed" | "kept" | "keeping" | "keep" | "maintained"
    )
}

/// "lowering carbon emissions per unit of GDP by over 65 % by 2030": the object of a goal
/// said as a change, moved "by" the figure since the figure before; `None` otherwise.
pub(super) fn moved_by(ctx: &Ctx) -> Option<String> {
    changed_object(&ctx.before, "by", super::direction::moves)
}

/// "We cut the number of administrative approval items by 40 %", "raised the minimum wage by
/// 8 %", "cut the average tariff level to 7.3 %", "set the growth target at 5 %": the object
/// a `verb` moved or set, said between the verb and the `preposition` ("by", "to", "at")
/// before the figure; `None` when the clause says no such object.
fn changed_object(before: &str, preposition: &str, verb: fn(&str) -> bool) -> Option<String> {
    let clause = last_clause(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let by = words.iter().rposition(|w| bare(w) == preposition)?;
    // Only hedges between "by" and the figure ("by more than").
    if !words[by + 1..].iter().all(|w| {
        matches!(
            bare(w),
            "more" | "than" | "over" | "about" | "nearly" | "almost" | "around" | "some"
        )
    }) {
        return None;
    }
    // ("raise the share of renewable energy in total energy consumption to": up to twelve
    // words between.)
    let verb = (by.saturating_sub(12)..by)
        .rev()
        .find(|&v| verb(bare(words[v])))?;
    let object = &words[verb + 1..by];
    // ("rose sharply by", "fell in May by": no object.)
    let first = bare(object.first()?);
    if first.ends_with("ly")
        || matches!(
            first,
            "in" | "on"
                | "at"
                | "for"
                | "from"
                | "to"
                | "with"
                | "during"
                | "year"
                | "year-on-year"
        )
    {
        return None;
    }
    let np = noun_phrase(&object.join(" "));
    (!fragment(&np) && !weak(&np)).then_some(np)
}

/// Whether a subject only says a growth ("two-year average growth rate", "annual growth").
fn growth_only(subj: &str) -> bool {
    let words: Vec<&str> = subj.split_whitespace().collect();
    words.iter().any(|w| matches!(*w, "growth" | "increase"))
        && words.iter().all(|w| {
            matches!(
                *w,
                "growth" | "increase" | "rate" | "average" | "annual" | "yearly" | "year-on-year"
            ) || w.ends_with("-year")
        })
}

/// "The growth for the manufacturing sector was 3.4 %": the thing whose growth the clause
/// before the figure names after "for" (not "in", which says a time as often: "the growth in
/// the first quarter"); `None` otherwise.
fn growth_for(before: &str) -> Option<String> {
    let clause = last_clause(before).trim_end();
    let clause = clause.strip_prefix("the ").unwrap_or(clause);
    let rest = ["growth for ", "growth rate for ", "increase for "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))?;
    let (thing, verb) = rest.rsplit_once(' ')?;
    if !matches!(verb, "was" | "were" | "is" | "are" | "reached" | "hit") {
        return None;
    }
    let thing = noun_phrase(thing);
    (!fragment(&thing) && !super::label_words::says_time(&thing)).then_some(thing)
}

/// "The policy is expected to see the pension fund income reduce by 471.4 billion yuan": what
/// was seen moving, said between "see" and the verb of change before "by"; `None` otherwise.
fn seen_moving(before: &str) -> Option<String> {
    let words: Vec<&str> = last_clause(before).split_whitespace().map(bare).collect();
    let [.., verb, "by"] = words.as_slice() else {
        return None;
    };
    if !super::direction::moves(verb) {
        return None;
    }
    let see = words
        .iter()
        .rposition(|w| matches!(*w, "see" | "saw" | "sees" | "seeing" | "seen"))?;
    let span = &words[see + 1..words.len() - 2];
    let thing = noun_phrase(&span.join(" "));
    // (The whole span is the thing, its articles aside.)
    let plain = span
        .iter()
        .filter(|w| !matches!(**w, "the" | "a" | "an"))
        .count();
    (!fragment(&thing) && thing.split_whitespace().count() == plain).then_some(thing)
}

/// "saving 55 % in time and reducing costs by 15 %": what a verb of saving right before the
/// figure saved, named after "in" ("time"); `None` otherwise, and for a time ("in 2023").
fn saved_in(ctx: &Ctx) -> Option<String> {
    let verb = ctx.before.split_whitespace().next_back().map(bare)?;
    if !matches!(verb, "saving" | "saved" | "saves" | "cutting" | "reducing") {
        return None;
    }
    let rest = ctx.after.trim_start().strip_prefix("in ")?;
    if super::label_words::says_time(rest) {
        return None;
    }
    let np = noun_phrase(rest);
    (!fragment(&np) && !weak(&np)).then_some(np)
}

/// "We cut about 200 million tons of overcapacity", "reduced 12 million tons of coal
/// consumption": what a verb of cutting right before the figure (hedges aside) cut, named
/// after "of"; `None` otherwise.
fn cut_of(ctx: &Ctx) -> Option<String> {
    let verb = super::phrase::before_hedge(&ctx.before)
        .split_whitespace()
        .next_back()
        .map(bare)?;
    if !matches!(
        verb,
        "cut" | "cuts" | "cutting" | "reduced" | "reduce" | "reducing" | "slashed" | "lowered"
    ) {
        return None;
    }
    let np = noun_phrase(ctx.after.trim_start().strip_prefix("of ")?);
    (!fragment(&np) && !weak(&np)).then_some(np)
}

/// "… increase in total loan issuance": what changed, named after the noun of change.
fn changed_in(after: &str) -> Option<String> {
    let rest = after.trim_start();
    let rest = rest
        .strip_prefix("year-on-year ")
        .or_else(|| rest.strip_prefix("year on year "))
        .unwrap_or(rest);
    let rest = [
        "increase in ",
        "increases in ",
        "rise in ",
        "growth in ",
        "decrease in ",
        "decline in ",
        "drop in ",
        "fall in ",
        "reduction in ",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let np = noun_phrase(rest);
    (!fragment(&np) && !weak(&np)).then_some(np)
}
