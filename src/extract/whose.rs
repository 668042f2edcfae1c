//! Whose a thing measured is: a bare noun of what is measured ("revenue", "visits") said with
//! the clause's subject ("Domestic tourism sector, revenue").

use super::clause::last_clause;
use super::counted::amount_of;
use super::phrase::bare;
use super::rules::Ctx;
use super::subject_head::{head, weak};
use crate::dataset::{Kind, Unit};

/// A bare noun of what is measured ("revenue", "visits") said with whose, the clause's
/// subject ("Domestic tourism sector, revenue"); other labels unchanged.
pub(super) fn whose(base: String, ctx: &Ctx, kind: Kind, unit: Unit) -> String {
    // "generated revenue of 3.7 trillion yuan", "recorded 3.67 billion visits": a bare noun
    // of what is measured says whose with the clause's subject ("Domestic tourism sector,
    // revenue").
    match (kind, unit) {
        (Kind::Change, _)
        | (_, Unit::Percent | Unit::PercentagePoint | Unit::Times | Unit::Rank) => base,
        _ => {
            let of = amount_of(&ctx.before);
            let recorded = last_clause(&ctx.before)
                .split_whitespace()
                .map(bare)
                .next_back()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "recorded"
                            | "registered"
                            | "generated"
                            | "posted"
                            | "handled"
                            | "received"
                            | "served"
                            | "attracted"
                            | "produced"
                    )
                });
            let noun = of.clone().unwrap_or_else(|| base.clone());
            let whose = head(ctx, 10);
            let bare_noun =
                (of.is_some() || recorded) && noun.split_whitespace().count() == 1 && noun != whose;
            if bare_noun && !weak(&whose) && !whose.contains(&noun) && !noun.contains(&whose) {
                format!("{whose}, {noun}")
            } else if of.is_some()
                && noun.split_whitespace().count() > 1
                && !(unit == Unit::Count && base.contains(&format!(" with a lower {noun}"))
                    || base.contains(&format!(" with a higher {noun}")))
            {
                // "extra tax deductions of 1.85 trillion yuan": what the amount is (not of a
                // count whose label already says it: "the debt ratio of 56 enterprises" are
                // "enterprises with a lower debt ratio").
                noun
            } else {
                base
            }
        }
    }
}
