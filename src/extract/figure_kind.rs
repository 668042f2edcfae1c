//! A figure's kind and sign from the figure said before it in the sentence, or the sentence
//! before: the items of a list share the first one's, "that of" is the same measure, a goal
//! joined to a goal, a change said again in percent or in another unit, "the rate" of the
//! sentence before.

use super::facts::Figure;
use super::figure_period::{Place, start_of_move};
use super::meaning::{falls, grows, said_again, the_rate};
use crate::dataset::{Kind, Unit};

/// What is read of a figure so far: its kind, its sign (`Some(true)` for a fall, `None`
/// when nothing says) and its period (the dataset's ISO text).
pub(super) struct Reading {
    /// The kind.
    pub kind: Kind,
    /// Whether it is a fall, when something says.
    pub sign: Option<bool>,
    /// The period.
    pub period: Option<String>,
}

/// `read` of the figure at `place`, after what the figure `before` it in the sentence says
/// ("rose 88.1 percent, industrial robots 23.9 percent"), whether it says that figure again
/// in other terms (`restated`: ", or 12 %"), and the unit of the last figure of the sentence
/// before when that was a change (`last_change`).
pub(super) fn from_before(
    read: Reading,
    place: &Place<'_>,
    before: Option<&Figure>,
    restated: bool,
    last_change: Option<Unit>,
) -> Reading {
    let (ctx, q) = (place.ctx, &place.qs[place.k]);
    // "Its growth … is 9.4 percent": a rate of growth is a change. "rose 88.1 percent,
    // industrial robots 23.9 percent and integrated circuits 15.0 percent": the figures
    // of a list share the first one's kind and sign.
    // ("increased by 3.1 times, 1.1 times, and 73.6 % respectively": times and percent
    // are both said of a change.)
    let relative_units = |a: Unit, b: Unit| {
        a == b
            || matches!(
                (a, b),
                (Unit::Times, Unit::Percent) | (Unit::Percent, Unit::Times)
            )
    };
    let previous =
        before.filter(|p: &&Figure| p.kind == Kind::Change && relative_units(p.unit, q.unit));
    // "…is 9.4 percent, and that of the first and second quarter is 9.8 percent", "and
    // those of solar cells by 15 %": "that of" is the same measure.
    let opening = super::clause::last_clause(&ctx.before)
        .trim_start_matches("and ")
        .trim_start_matches("while ");
    let that_of = opening.starts_with("that of ") || opening.starts_with("those of ");
    // "declining from 13.9 % in the same period last year to 10.8 %": the end of a move
    // whose start is a change.
    let move_end = place.k > 0 && start_of_move(place.t, place.qs, place.k - 1);
    let listed = previous.is_some()
        && (that_of
            || move_end
            || !super::phrase::has_verb(&ctx.before) && ctx.before.split_whitespace().count() <= 6);
    // "the increment in aggregate social financing totaled 22.83 trillion yuan": a
    // change of that stock, as is a growth said in percent.
    let increment = super::clause::last_clause(&ctx.before).contains("increment");
    let growth = (matches!(q.unit, Unit::Percent | Unit::PercentagePoint) && grows(ctx)
        || increment)
        && read.kind == Kind::Level;
    // "We aim to keep … at 5.5 % this year, and create over 12 million new urban jobs":
    // a goal joined to the goal before is a goal of the same period.
    // "… 10 competitive industries each worth 500 billion yuan, and 20 …": so is a list
    // item without a verb of its own.
    let goal_before = before
        .filter(|p: &&Figure| p.kind == Kind::Target)
        .filter(|_| {
            let clause = super::clause::last_clause(&ctx.before);
            clause.starts_with("and ") || !super::phrase::has_verb(clause)
        });
    let (kind, period) = match (read.kind, goal_before) {
        (Kind::Level, Some(goal)) => (Kind::Target, goal.period.clone()),
        _ => (read.kind, read.period),
    };
    // "contributed 82.5%, 28.9%, and -11.4% to the economic growth": the items of a
    // list of shares are shares.
    let share_listed = before.is_some_and(|p: &Figure| {
        p.kind == Kind::Share && p.unit == q.unit && q.unit == Unit::Percent
    }) && !super::phrase::has_verb(&ctx.before)
        && ctx.before.split_whitespace().count() <= 6;
    // "increased by 2.3 million, or 12 %": the change said again in percent.
    let restated_change = restated
        && q.unit == Unit::Percent
        && before.is_some_and(|p: &Figure| p.kind == Kind::Change);
    let relative = matches!(q.unit, Unit::Percent | Unit::PercentagePoint);
    // "reduced by 150 billion yuan ($21.4 billion)": the amount in another currency is the
    // same figure, of the same kind and sign.
    let converted = before.filter(|p: &&Figure| {
        place.k > 0 && p.unit != q.unit && money(p.unit) && money(q.unit) && {
            let b = &place.qs[place.k - 1];
            let between = &place.t[b.last..q.first];
            between.first().is_some_and(|x| x.text == "(")
                && between[1..].iter().all(|x| !x.number && x.text != ")")
                && place.t.get(q.last).is_some_and(|x| x.text == ")")
        }
    });
    if let Some(p) = converted.filter(|_| read.sign.is_none()) {
        return Reading {
            kind: p.kind,
            sign: Some(p.value < 0.0),
            period,
        };
    }
    let (kind, sign) = match (kind, read.sign) {
        (Kind::Level | Kind::Share, None) if restated_change => {
            (Kind::Change, before.map(|p: &Figure| p.value < 0.0))
        }
        (Kind::Level, None) if share_listed => (Kind::Share, None),
        // ("Growth was -3.2 % for the first quarter, and 3.3, 3.9, and 4.1 % for …": a
        // minus written on the first item is its own, not the list's.)
        (Kind::Level | Kind::Share, None) if listed => {
            let written =
                place.k > 0 && super::numbers::minus_before(place.t, place.qs[place.k - 1].first);
            (Kind::Change, previous.map(|p| p.value < 0.0 && !written))
        }
        (Kind::Level, None) if relative && falls(ctx) => (Kind::Change, Some(true)),
        (Kind::Level, None) if growth || q.unit == Unit::PercentagePoint => {
            (Kind::Change, Some(false))
        }
        // "The economy grew 6.8 %. The rate has remained between 6.7 % and 6.9 % …": the
        // rate the sentence before gave, of change.
        (Kind::Level, None)
            if q.unit == Unit::Percent
                && last_change == Some(Unit::Percent)
                && the_rate(place.lower) =>
        {
            (Kind::Change, Some(false))
        }
        // "GDP grew by nearly 7.2 trillion yuan. This is more than $1 trillion …": the
        // change said again, in another unit.
        (Kind::Level, None)
            if place.k == 0
                && last_change.is_some_and(|u| u != Unit::Percent)
                && said_again(place.lower) =>
        {
            (Kind::Change, Some(false))
        }
        other => other,
    };
    Reading { kind, sign, period }
}

/// Whether a unit is money.
fn money(unit: Unit) -> bool {
    matches!(unit, Unit::Yuan | Unit::UsDollar)
}
