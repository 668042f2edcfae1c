//! Labels of goals said beside the figure they are measured against: "realizing the goal of
//! 6.5 percent growth" is the growth target of what grew, "lower than the approximate 3 percent
//! that had been expected" the expected level of what was measured before.

use super::phrase::{before_hedge, fragment};
use super::rules::Ctx;
use super::said::Said;
use super::subject_head::weak;
use crate::dataset::{Kind, Unit};

/// Words that name a goal and nothing else, which the thing of the goal replaces.
const GOAL_WORDS: &[&str] = &["goal", "goals", "target", "targets"];

/// The label (lower case) and the thing it is of, for a goal in percent said as a growth
/// ("the goal of 6.5 percent growth", "the growth target of around 6.5 percent" → "GDP growth
/// target") or as what had been expected ("the approximate 3 percent that had been expected"
/// → "consumer prices, expected"), with the thing from the figure before in the sentence when
/// the goal's own words name none; `None` for any other figure.
pub(super) fn goal_label(
    subj: &str,
    ctx: &Ctx,
    said: &Said<'_>,
    kind: Kind,
    unit: Unit,
) -> Option<(String, String)> {
    if kind != Kind::Target || unit != Unit::Percent {
        return None;
    }
    let before = before_hedge(&ctx.before);
    let after = ctx.after.trim_start();
    let growth = after.starts_with("growth")
        || [
            "growth target of",
            "growth goal of",
            "growth rate target of",
        ]
        .iter()
        .any(|w| before.ends_with(w));
    let expected = after.starts_with("expected") || said_expected(after);
    if !growth && !expected {
        return None;
    }
    // ("realizing the goal": the goal's words name no thing.)
    let goal_word = subj
        .rsplit(' ')
        .next()
        .is_some_and(|w| GOAL_WORDS.contains(&w));
    let own = !(subj.is_empty() || weak(subj) || fragment(subj) || goal_word);
    let thing = if own {
        subj.to_owned()
    } else {
        said.previous
            .or(said.earlier)
            .filter(|p| !p.is_empty())?
            .to_owned()
    };
    let label = match (growth, thing.contains("growth")) {
        (true, true) => format!("{thing} target"),
        (true, false) => format!("{thing} growth target"),
        (false, _) => format!("{thing}, expected"),
    };
    Some((label, thing))
}

/// Whether the words after a figure say it is what had been expected ("the approximate 3
/// percent that had been expected"): a goal, of the period of the figure it is set beside.
pub(super) fn said_expected(after: &str) -> bool {
    ["that had been expected", "that was expected"]
        .iter()
        .any(|w| after.trim_start().starts_with(w))
}
