//! What a subject says before it is a label, beside the thing itself: the item of a list of
//! examples a figure is said "for" ("such as by 39.3 % for automotive components"), what
//! hours are ("hours worked per week"), no adverbs ("also", "still"), and figures said for
//! years running ("… per year", "annual change"). Lower-case text of one sentence.

use super::clause::last_clause;
use super::label_words::says_time;
use super::lexicon::NEVER_IN_LABEL;
use super::phrase::{fragment, noun_phrase};
use super::rules::Ctx;
use super::said::Said;
use crate::dataset::{Kind, Unit};

/// The subject of a figure said "for" an item of it ("… such as by 39.3 % for automotive
/// components, 34.3 % for lithium batteries"): the measure of that item ("exports of
/// automotive components to belt and road countries"), or the subject and the item; `None`
/// when no item follows "for" (a time: "for the year", "for three consecutive years").
pub(super) fn for_item(subj: &str, ctx: &Ctx, said: &Said<'_>) -> Option<String> {
    let rest = ctx.after.trim_start().strip_prefix("for ")?;
    if says_time(rest) || rest.contains("consecutive") || rest.starts_with("the first time") {
        return None;
    }
    let item = noun_phrase(rest);
    // ("… 12.5 % for harvesters and 8.1 % for seed drills": after the item before, the
    // measure said of it.)
    let clause = last_clause(&ctx.before);
    let (clause, subj) = match (clause.trim_start().starts_with("for "), said.previous) {
        (true, Some(previous)) => (
            clause.rsplit_once(" and").map_or(clause, |(_, own)| own),
            previous,
        ),
        _ => (clause, subj),
    };
    if fragment(&item) || subj.is_empty() || subj.contains(&item) {
        return None;
    }
    // The clause before says only how ("such as by", "and"): the figure is one of the
    // sentence's examples.
    let how = clause.split_whitespace().all(|w| {
        matches!(
            w,
            "such"
                | "as"
                | "by"
                | "and"
                | "up"
                | "down"
                | "with"
                | "of"
                | "respectively"
                | "a"
                | "an"
                | "increase"
                | "growth"
                | "including"
                | "e.g."
        )
    });
    if !how {
        return None;
    }
    let label = match subj.split_once(" of ") {
        Some((measure, object)) => {
            let tail = [" to ", " from ", " with ", " in "]
                .iter()
                .filter_map(|p| object.find(p))
                .min()
                .map_or("", |at| &object[at..]);
            format!("{measure} of {item}{tail}")
        }
        None => format!("{subj}, {item}"),
    };
    Some(label)
}

/// A subject said with hours: "employees of enterprises, hours worked per week" ("worked" when
/// the clause says work, "per week" or "per day" when the sentence says so).
pub(super) fn hours_of(subj: &str, ctx: &Ctx) -> String {
    let worked = if last_clause(&ctx.before).contains("work") {
        " worked"
    } else {
        ""
    };
    let per = [
        (" per week", " per week"),
        (" a week", " per week"),
        (" per day", " per day"),
        (" a day", " per day"),
    ]
    .iter()
    .find(|(said, _)| ctx.sentence.contains(said))
    .map_or("", |(_, per)| per);
    let hours = format!("hours{worked}{per}");
    if subj.is_empty() {
        hours
    } else {
        format!("{subj}, {hours}")
    }
}

/// A label without the adverbs that never name anything measured ([`NEVER_IN_LABEL`]); a
/// comma after one stays ("countries also, change" → "countries, change").
pub(super) fn without_adverbs(label: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in label.split(' ') {
        if NEVER_IN_LABEL.contains(&w.trim_end_matches(',')) {
            if let (true, Some(last)) = (w.ends_with(','), out.last_mut()) {
                last.push(',');
            }
            continue;
        }
        out.push(w.to_owned());
    }
    out.join(" ")
}

/// A figure said again each year ("installed more than 100 million kilowatts … for three
/// consecutive years", "have grown by around 20 % for four straight years", "surged by an
/// average of 18.8 % annually"): an amount or count per year, an annual change; a rate or
/// share as it is.
pub(super) fn every_year(label: String, ctx: &Ctx, unit: Unit, kind: Kind) -> String {
    const YEARLY: [&str; 8] = [
        " annually",
        " each year",
        " every year",
        " a year",
        " per year",
        " consecutive years",
        " straight years",
        " years in a row",
    ];
    let after = format!(" {}", ctx.after.trim_start());
    let said = format!(" {label}");
    // (As words of their own: not "a year" of "a year-on-year increase" or "on a yearly
    // basis".)
    let says = |text: &str, w: &str| {
        text.match_indices(w).any(|(at, _)| {
            text[at + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '-'))
        })
    };
    if !YEARLY.iter().any(|w| says(&after, w))
        || YEARLY.iter().any(|w| says(&said, w))
        || label.to_lowercase().contains("annual")
    {
        return label;
    }
    let average = ctx.before.trim_end().ends_with("an average of");
    match (kind, unit) {
        (Kind::Change, _) => match label.find(", change") {
            Some(at)
                if label[at + ", change".len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ',' || c == ' ') =>
            {
                let annual = if average { "average annual" } else { "annual" };
                format!(
                    "{}, {annual} change{}",
                    &label[..at],
                    &label[at + ", change".len()..]
                )
            }
            _ => label,
        },
        (Kind::Level | Kind::Target, u)
            if !matches!(
                u,
                Unit::Percent | Unit::PercentagePoint | Unit::Rank | Unit::Index | Unit::Times
            ) =>
        {
            format!("{label} per year")
        }
        _ => label,
    }
}
