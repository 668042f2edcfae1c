//! Generic names for figures no rule knows: a label from the words around the figure (ids
//! and themes are [`super::theme`]'s).

use super::after::{Counted, counted};
use super::changed::changed_subject;
use super::changes::{change_label, drove, pulled, rate_moved};
use super::clause::last_clause;
use super::compact::compact;
use super::counted::{people, what_befell};
use super::lexicon::MEASURE_WORDS;
use super::named::spelled_out;
use super::phrase::{bare, capital, fragment, noun_phrase, trim_end};
use super::population::population;
use super::qualify::{every_year, for_item, hours_of, without_adverbs};
use super::rules::Ctx;
use super::said::{Said, continues_rate, restore_case};
use super::share_label::{counted_share, share_label};
use super::source::past_source;
use super::subject::{head, subject, weak};
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
            _ if let Some(with) = super::predicate::saw_after(&ctx.after) => {
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
    let base = trim_end(&base);
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
    match counted(what) {
        Counted::Noun(n) if !fragment(&n) && !weak(&n) => what_befell(&n, ctx),
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

/// "45,000 kilometres in length", "2 million square metres in area": the measure said after
/// the amount; `None` for any other words after it.
fn dimension(after: &str) -> Option<&'static str> {
    let rest = after.trim_start().strip_prefix("in ")?;
    let word = bare(rest.split_whitespace().next()?);
    [
        "length", "area", "size", "height", "depth", "width", "capacity", "volume",
    ]
    .into_iter()
    .find(|d| *d == word)
}

/// Whether a phrase after "in" says a time ("2023", "the first half", "recent years").
pub(super) fn says_time(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            first,
            "the" | "this" | "last" | "recent" | "past" | "each" | "every" | "total" | "all"
        )
        || super::dates::month(first.trim_end_matches([',', '.'])).is_some()
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

/// Whether the words before an amount say it is what each of the things before is worth
/// ("…, each worth more than"); a hedge may stand between.
fn each_worth(before: &str) -> bool {
    let clause = super::phrase::before_hedge(last_clause(before));
    clause.ends_with("each worth") || clause.ends_with("each valued")
}

/// Whether a subject is a short name of what is measured ("grain output"), not a fragment.
fn names_a_measure(subj: &str) -> bool {
    !subj.is_empty()
        && !fragment(subj)
        && !weak(subj)
        && subj.split_whitespace().count() <= 4
        && !subj
            .split_whitespace()
            .any(|w| matches!(w, "or" | "and" | "with" | "to"))
}

/// Whether a label's thing is only a unit of measure ("Kilos", "Kph").
fn a_unit(head: &str) -> bool {
    let head = head.to_ascii_lowercase();
    MEASURE_WORDS.contains(&head.as_str())
}

/// A label for a figure that nothing in the text names: what kind of figure it is.
fn fallback(unit: Unit, kind: Kind) -> &'static str {
    match (kind, unit) {
        (Kind::Change, _) => "change",
        (Kind::Target, _) => "target",
        (Kind::Share, _) => "share",
        (_, Unit::Yuan | Unit::UsDollar) => "amount",
        (_, Unit::Percent) => "rate",
        _ => "number",
    }
}

/// "Shanghai No.2, Shenzhen No.4": the name said right before the "No." of a place (its
/// capitalised words), from the sentence as written; `None` when no name stands there.
fn ranked_name(original: &str, start: usize) -> Option<String> {
    let head = original.get(..start)?.trim_end();
    let head = head.strip_suffix('.').unwrap_or(head).trim_end();
    let head = head.strip_suffix("No")?.trim_end();
    let words: Vec<&str> = head
        .rsplit(' ')
        .take_while(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        .collect();
    let name: Vec<&str> = words.into_iter().rev().collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// "China rose from 29th place … in the \"global innovation index\"": the ranking named in
/// quotes, else the subject's rank.
fn rank_label(original: &str, subj: &str) -> String {
    let quoted = original
        .split(['"', '“', '”'])
        .skip(1)
        .step_by(2)
        .find(|q| !q.trim().is_empty() && q.len() < 80);
    match quoted {
        Some(q) => format!("rank in the {}", q.to_ascii_lowercase()),
        // ("Shanghai No. 2": the "No." is the rank's, not the subject's.)
        None if !subj.is_empty() => format!(
            "{}, rank",
            subj.strip_suffix(" no")
                .or_else(|| subj.strip_suffix(" No"))
                .unwrap_or(subj)
        ),
        None => "rank".to_owned(),
    }
}

/// Which end of a range a figure is ("a 40 to 45 percent reduction", "growth from 9 to 10
/// percent"): `None` for a figure no range holds, and for the figures of a clause that says
/// a move ("rose from 5 % to 6 %": where it started and ended, told apart later).
pub(super) fn range_end(ctx: &Ctx) -> Option<&'static str> {
    // ("doubled to 12,700 US dollars": a figure said in a word is no end of a range.)
    let written = ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..]
        .starts_with(|c: char| c.is_ascii_digit());
    let clause = last_clause(&ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)]);
    // ("between 6.7 % and 6.9 %".)
    let between = ctx.before.trim_end().ends_with("between");
    let end = if !written {
        return None;
    } else if matches!(ctx.after.trim(), "to" | "-") || between && ctx.after.trim() == "and" {
        "low end"
    } else if ctx.index > 0
        && (matches!(ctx.before.trim(), "to" | "-")
            || ctx.before.trim() == "and" && clause.contains("between "))
    {
        "high end"
    } else {
        return None;
    };
    // ("climbed by 27.8 % to 2.66 trillion yuan": a change and the level it reached.)
    let moved = clause
        .split_whitespace()
        .any(|w| super::direction::moves(super::phrase::bare(w)));
    (!moved).then_some(end)
}

/// "In US dollar terms, exports fell 4.6 %": the label's thing in those terms ("exports in
/// US dollar terms, change").
fn in_terms(base: String, sentence: &str) -> String {
    let Some(first) = sentence.split(", ").next() else {
        return base;
    };
    let terms = first
        .strip_prefix("in ")
        .filter(|t| t.ends_with(" terms") && t.split_whitespace().count() <= 4);
    match terms {
        Some(t) if !base.contains(" terms") && !base.is_empty() => match base.split_once(", ") {
            Some((head, rest)) => format!("{head} in {t}, {rest}"),
            None => format!("{base} in {t}"),
        },
        _ => base,
    }
}
