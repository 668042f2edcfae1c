//! The words of a label beside its subject: the measure said after an amount ("in length"),
//! a time said after "in", what each thing is worth, a unit said alone, the name of a figure
//! nothing names, a rank's name, the end of a range, and the topic "in terms of". Lower-case
//! text of one sentence.

use super::clause::last_clause;
use super::lexicon::MEASURE_WORDS;
use super::phrase::{bare, fragment};
use super::rules::Ctx;
use super::subject_head::weak;
use crate::dataset::{Kind, Unit};

/// "45,000 kilometres in length", "2 million square metres in area": the measure said after
/// the amount; `None` for any other words after it.
pub(super) fn dimension(after: &str) -> Option<&'static str> {
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

/// Whether the words before an amount say it is what each of the things before is worth
/// ("…, each worth more than"); a hedge may stand between.
pub(super) fn each_worth(before: &str) -> bool {
    let clause = super::phrase::before_hedge(last_clause(before));
    clause.ends_with("each worth") || clause.ends_with("each valued")
}

/// Whether a subject is a short name of what is measured ("grain output"), not a fragment.
pub(super) fn names_a_measure(subj: &str) -> bool {
    !subj.is_empty()
        && !fragment(subj)
        && !weak(subj)
        && subj.split_whitespace().count() <= 4
        && !subj
            .split_whitespace()
            .any(|w| matches!(w, "or" | "and" | "with" | "to"))
}

/// Whether a label's thing is only a unit of measure ("Kilos", "Kph").
pub(super) fn a_unit(head: &str) -> bool {
    let head = head.to_ascii_lowercase();
    MEASURE_WORDS.contains(&head.as_str())
}

/// A label for a figure that nothing in the text names: what kind of figure it is.
pub(super) fn fallback(unit: Unit, kind: Kind) -> &'static str {
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
pub(super) fn ranked_name(original: &str, start: usize) -> Option<String> {
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
pub(super) fn rank_label(original: &str, subj: &str) -> String {
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
    (!moved && !descending(ctx, end == "low end")).then_some(end)
}

/// Whether "A to B" around the figure goes down ("… contributions from 30 % to 23.45 %", its
/// verb said once for two clauses): a move, since a range is said from its low end to its
/// high end. `low`: the figure is A. The values are the sentence's quantities as the
/// extractor reads them ([`super::numbers::quantities`]).
fn descending(ctx: &Ctx, low: bool) -> bool {
    let t = super::tokens::tokenize(&ctx.sentence, &ctx.sentence);
    let quantities = super::numbers::quantities(&t, &ctx.sentence);
    let Some(at) = quantities
        .iter()
        .position(|q| t.get(q.first).is_some_and(|x| x.start == ctx.start))
    else {
        return false;
    };
    let other = if low {
        quantities.get(at + 1)
    } else {
        at.checked_sub(1).and_then(|i| quantities.get(i))
    };
    let own = &quantities[at];
    other.is_some_and(|other| {
        if low {
            own.value > other.value
        } else {
            other.value > own.value
        }
    })
}

/// "In US dollar terms, exports fell 4.6 %": the label's thing in those terms ("exports in
/// US dollar terms, change").
pub(super) fn in_terms(base: String, sentence: &str) -> String {
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
