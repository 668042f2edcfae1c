//! Generic names for figures no rule knows: a label from the words around the figure (ids
//! and themes are [`super::theme`]'s).

use super::after::{Counted, counted};
use super::changed::changed_subject;
use super::changes::{change_label, drove, pulled, rate_moved};
use super::compact::compact;
use super::counted::{people, what_befell};
use super::label_words::{
    a_unit, dimension, each_worth, fallback, in_terms, names_a_measure, range_end, rank_label,
    ranked_name, says_time,
};
use super::named::spelled_out;
use super::phrase::{capital, fragment, noun_phrase, trim_end};
use super::population::population;
use super::qualify::{every_year, for_item, hours_of, without_adverbs};
use super::rules::Ctx;
use super::said::{Said, continues_rate, restore_case};
use super::share_label::{counted_share, share_label};
use super::source::past_source;
use super::subject::subject;
use super::subject_head::{head, weak};
use super::whose::whose;
use crate::dataset::{Kind, Unit};

/// A label for a figure no rule names, built from its context (lower case; the sentence gives
/// back the original capitals of acronyms such as GDP, SME, R&D): what it counts or the subject
/// it is said of, "share of …" for a share, the direction and comparison year for a change, the
/// ranking for a rank.
pub fn generic_label(
    ctx: &Ctx,
    original: &str,
    unit: Unit,
    kind: Kind,
    said: &Said<'_>,
) -> (String, String) {
    let (label, named) = label_of(ctx, original, unit, kind, said);
    let label = said.named.map_or(label.clone(), |n| spelled_out(&label, n));
    (compact(&label), named)
}

/// [`generic_label`] before long labels are shortened.
#[expect(
    clippy::too_many_lines,
    reason = "one pass from the figure's subject to its label, each kind of figure an arm"
)]
fn label_of(
    ctx: &Ctx,
    original: &str,
    unit: Unit,
    kind: Kind,
    said: &Said<'_>,
) -> (String, String) {
    // "accounted for 17.4 percent of …, 3.6 percentage points higher than …": the change of
    // that share, not of its subject.
    if let (Unit::PercentagePoint, Kind::Change, Some(rate)) = (unit, kind, said.rate)
        && continues_rate(ctx)
    {
        let how = change_label("", ctx);
        let how = if how.starts_with("difference") {
            how
        } else {
            how.strip_prefix("change")
                .map_or(how.clone(), |w| format!("change{w}"))
        };
        return (format!("{rate}, {how}"), String::new());
    }
    if let Some(label) = population(ctx, original).filter(|_| unit == Unit::Count) {
        return (label, String::new());
    }
    // "1,248 projects, each worth more than 50 million yuan": the value of each of them.
    if let Some(things) = said.previous.filter(|_| each_worth(&ctx.before)) {
        return (format!("{}, value of each", capital(things)), String::new());
    }
    let ctx = &past_source(ctx);
    let subj = changed_subject(subject(ctx, said), ctx, kind, said);
    if let Some(named) = rate_moved(&subj, ctx, original, unit, kind) {
        return named;
    }
    if let Some(named) = pulled(ctx, said, original, unit) {
        return named;
    }
    let subj = counted_share(said_of(subj, ctx, said, unit), ctx, unit, kind, said);
    if let Some((label, thing)) = super::goal_label::goal_label(&subj, ctx, said, kind, unit) {
        return (
            capital(&restore_case(&label, original)),
            restore_case(&thing, original),
        );
    }
    let contribution = drove(&subj, ctx, unit);
    let base = match (unit, kind) {
        _ if contribution.is_some() => contribution.unwrap_or_default(),
        (Unit::Rank, _) => rank_label(
            original,
            ranked_name(original, ctx.start).as_deref().unwrap_or(&subj),
        ),
        // "lowering carbon emissions per unit of GDP by over 65 %": a goal of a change.
        (_, Kind::Target) if super::changed::moved_by(ctx).is_some() => change_label(&subj, ctx),
        (_, Kind::Change) => match range_end(ctx) {
            Some(end) => format!("{}, range, {end}", change_label(&subj, ctx)),
            None => change_label(&subj, ctx),
        },
        (Unit::Percent | Unit::PercentagePoint | Unit::Times, _) => share_label(ctx, &subj),
        // "325 days of good air quality": the days, of what.
        (Unit::Day, _) if ctx.after.trim_start().starts_with("of ") => {
            let of = noun_phrase(ctx.after.trim_start().trim_start_matches("of "));
            if fragment(&of) {
                subj.clone()
            } else {
                format!("days of {of}")
            }
        }
        (Unit::Count, _) => match counted(&ctx.after) {
            // ("Grain output stood at 42.38 billion jin": a unit of measure, no thing counted,
            // when the clause names what was measured.)
            Counted::Noun(n)
                if !fragment(&n)
                    && (!weak(&n) || people(&n))
                    && (!a_unit(&n) || !names_a_measure(&subj)) =>
            {
                what_befell(&n, ctx)
            }
            Counted::Predicate(p) => {
                // Said of the sentence's subject ("confirmed cases …, 40 being discharged"),
                // or of the things named just before "of which" ("the 50 prominent industrial
                // cities, more than 10 of which have achieved …").
                let which = ctx.after.trim_start().starts_with("of which")
                    || ctx.after.trim_start().starts_with("of them");
                let named = ctx
                    .before
                    .rfind(" the ")
                    .map(|at| noun_phrase(&ctx.before[at..]))
                    .filter(|np| which && !fragment(np));
                let head = named.unwrap_or_else(|| head(ctx, 10));
                // "Among them, 1.2 million were built in rural areas": of the thing said before.
                let head = if fragment(&head) {
                    said.previous
                        .or(said.earlier)
                        .map(|e| e.split(", ").next().unwrap_or(e).to_owned())
                        .unwrap_or(head)
                } else {
                    head
                };
                if fragment(&head) {
                    p
                } else {
                    format!("{head}, {p}")
                }
            }
            // "57 SOEs saw a decrease in their net profits, and 26 made losses": the things
            // counted before, with what these saw.
            _ if let Some(with) = super::saw::saw_after(&ctx.after) => {
                let things = said
                    .counted
                    .or(said.previous)
                    .map_or(subj.as_str(), |t| t.split(" with ").next().unwrap_or(t));
                format!("{things} {with}")
            }
            _ => subj.clone(),
        },
        // "reached 45,000 kilometres in length": that measure of the subject.
        _ if let Some(measure) = dimension(&ctx.after).filter(|_| !subj.is_empty()) => {
            format!("{subj}, {measure}")
        }
        // "10.2 trillion yuan for transfer payments", "1.2 billion kilowatts of capacity".
        _ => amount_of_what(ctx, &subj),
    };
    let base = gapped(trim_end(&base), ctx, said);
    let base = whose(base, ctx, kind, unit);
    // "items, which are worth US$50 billion": the items' value.
    let base = if ctx.before.trim_end().ends_with(" worth") && !base.is_empty() {
        format!("{base}, value")
    } else {
        base
    };
    let base = in_terms(base, &ctx.sentence);
    let label = every_year(
        final_label(&base, said, original, unit, kind),
        ctx,
        unit,
        kind,
    );
    // What the figure was said of, for the figures after it: the thing counted or the amount's
    // object where the label names it, else the subject.
    let named = match (unit, kind) {
        (Unit::Rank | Unit::Percent | Unit::PercentagePoint | Unit::Times, _)
        | (_, Kind::Change) => subj,
        _ if weak(&base) => subj,
        _ => base,
    };
    (label, restore_case(&named, original))
}

/// "The income of the funds was 4.4 trillion yuan, and the payment 4.1 trillion yuan": a
/// clause that leaves out its verb ("and the payment") names a thing of the owner the clause
/// before named ("payment of the funds"); other labels unchanged.
fn gapped(base: String, ctx: &Ctx, said: &Said<'_>) -> String {
    let clause = super::clause::last_clause(&ctx.before).trim();
    let Some(noun) = clause
        .strip_prefix("and the ")
        .filter(|n| !n.contains(' ') && *n == base)
    else {
        return base;
    };
    let owner = said
        .previous
        .and_then(|p| p.split_once(" of "))
        .filter(|(head, owner)| head.split_whitespace().count() <= 2 && !owner.is_empty());
    match owner {
        Some((_, owner)) => format!("{noun} of {owner}"),
        None => base,
    }
}

/// What an amount is of, said after it: "10.2 trillion yuan for transfer payments", "1.2
/// billion kilowatts of capacity", "yuan in special-purpose bonds" (not "in 2023", "for six
/// consecutive years"); else the subject `subj`.
fn amount_of_what(ctx: &Ctx, subj: &str) -> String {
    // ("46.96 trillion for the primary, secondary and tertiary industries, respectively":
    // the subject already names the item.)
    if super::listed_after::trailing_item(&ctx.sentence, ctx.index).is_some() {
        return subj.to_owned();
    }
    let after = ctx.after.trim_start();
    let what = after
        .strip_prefix("of ")
        .or_else(|| after.strip_prefix("in ").filter(|r| !says_time(r)))
        .or_else(|| {
            after.strip_prefix("for ").filter(|r| {
                !r.contains("year") && !r.contains("consecutive") && !r.contains("time")
            })
        })
        .unwrap_or(&ctx.after);
    // "…, of which 10.4 trillion was withdrawn": what was done with a part of the amount
    // before.
    if let Some(done) = super::counted_relation::part_done(ctx) {
        return done;
    }
    match counted(what) {
        Counted::Noun(n) if !fragment(&n) && !weak(&n) => what_befell(&n, ctx),
        // "A total of 124 billion yuan was transferred": what was done with the amount.
        _ if !subj.chars().any(char::is_alphabetic) => {
            super::counted_relation::amount_done(ctx).unwrap_or_else(|| subj.to_owned())
        }
        _ => subj.to_owned(),
    }
}

/// What a figure of a unit is said of, beside its subject: "exports of intermediate products
/// increased, such as by 39.3 % for automotive components" (the item the figure is said for);
/// "employees worked 46.9 hours per week" (what the hours are).
fn said_of(subj: String, ctx: &Ctx, said: &Said<'_>, unit: Unit) -> String {
    match unit {
        Unit::Percent | Unit::PercentagePoint => for_item(&subj, ctx, said).unwrap_or(subj),
        Unit::Hour if !subj.contains("hours") => hours_of(&subj, ctx),
        _ => subj,
    }
}

/// The label from its phrase: in the sentence's capitals; a phrase that names nothing of its
/// own ("In a critical condition") said of the thing said before; nothing at all, what the
/// sentences before spoke of, else what kind of figure it is.
fn final_label(base: &str, said: &Said<'_>, original: &str, unit: Unit, kind: Kind) -> String {
    // "… from Belt and Road countries also": adverbs name nothing.
    let base = &without_adverbs(base);
    // "Their total profit reached …": the pronoun says nothing on a slide.
    let base = ["their ", "its "]
        .iter()
        .find_map(|p| base.strip_prefix(p))
        .filter(|rest| rest.chars().any(char::is_alphabetic))
        .unwrap_or(base);
    // "Maintaining a stable foreign exchange reserve (of around $3 trillion)": what is kept,
    // not the keeping.
    let base = base
        .split_once(' ')
        .filter(|(first, _)| first.len() > 5 && first.ends_with("ing"))
        .and_then(|(_, rest)| {
            ["a ", "an ", "the "]
                .iter()
                .find_map(|d| rest.strip_prefix(d))
        })
        .filter(|rest| !fragment(rest))
        .unwrap_or(base);
    // A label whose thing is a fragment ("In a critical condition", "February, change")
    // names nothing of its own: the figure is said of the thing said before.
    let head = base.split(", ").next().unwrap_or("");
    let earlier = said
        .earlier
        .map(|e| e.split(", ").next().unwrap_or(e))
        .filter(|e| !e.is_empty());
    if !base.chars().any(char::is_alphabetic) {
        // Nothing in the sentence names it: what the sentences before spoke of, else what
        // kind of figure it is.
        earlier.map_or_else(
            || capital(fallback(unit, kind)),
            |e| capital(&restore_case(e, original)),
        )
    } else if let (true, Some(thing)) = (fragment(head) || a_unit(head), earlier) {
        let predicate = head
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "in" | "on" | "at" | "under" | "with" | "still"));
        let rest = base.split_once(", ").map(|(_, r)| r);
        let joined = match (predicate, rest) {
            (true, _) => format!("{thing}, {base}"),
            (false, Some(rest)) => format!("{thing}, {rest}"),
            (false, None) => thing.to_owned(),
        };
        capital(&restore_case(&joined, original))
    } else {
        capital(&restore_case(base, original))
    }
}
