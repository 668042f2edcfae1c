//! Each sentence's figures: their kind (a level, a share, a change, a target), sign and
//! period, with what the sentences before carry to the next (`Carried`).

use super::after::compared_year;
use super::carried::{Carried, Told, carry};
use super::context::{FORECAST, context};
use super::dates::Date;
use super::direction::{change, committed};
use super::facts::Figure;
use super::figure_kind::{Reading, from_before};
use super::figure_period::{Place, settled, start_of_move};
use super::marks::without_marks;
use super::meaning::{
    announced, full_coverage, index_points, is_share, named_goal, now_before, perfect,
};
use super::numbers::quantities;
use super::period::{
    change_span, future_before, local_period, month_before, sentence_period, start_of_move_dated,
    this_year_after,
};
use super::period_opening::{open_span, span_from_base};
use super::period_respective::{quarters_in_turn, respective_period};
use super::period_year::Period;
use super::tokens::tokenize;
use crate::dataset::{Kind, Qualifier, Unit};

/// The most figures read from one sentence: speech never holds more, and the bound keeps the
/// output in proportion to the input.
const MAX_FIGURES: usize = 16;

/// The figures of one sentence, and what it carries to the next (its target year, and the
/// period it says of figures reached).
#[expect(
    clippy::too_many_lines,
    reason = "the meaning of each figure of a sentence, decided in one place in the order the rules apply"
)]
pub(super) fn figures(s: &str, date: Option<Date>, carried: &Carried) -> (Vec<Figure>, Carried) {
    let lower = s.to_ascii_lowercase();
    let t = tokenize(s, &lower);
    // A number alone ("9." of a numbered list) states nothing.
    let words = t.iter().any(|x| x.text.starts_with(char::is_alphabetic));
    let mut qs = if words {
        quantities(&t, &lower)
    } else {
        Vec::new()
    };
    qs.truncate(MAX_FIGURES);
    // ("…, exceeding 1 trillion yuan for the first time": a mark passed is no figure.)
    let mut qs = without_marks(&t, qs);
    // "During the same period, …": the period said before, as the sentence's own.
    let same_period = matches!(
        (
            super::period_year::lower(&t, 0),
            super::period_year::lower(&t, 1),
            super::period_year::lower(&t, 2),
            super::period_year::lower(&t, 3)
        ),
        ("during" | "in" | "over", "the", "same", "period")
    );
    let said_here = sentence_period(&t, date);
    // (A forecast takes no month carried from the figures reached before it.)
    let dated_here = said_here.is_some();
    let said = said_here.or_else(|| {
        carried.period.clone().filter(|_| same_period).map(|text| {
            (
                0,
                Period {
                    text,
                    future: false,
                },
            )
        })
    });
    let own_at = said.as_ref().map_or(0, |(i, _)| *i);
    let own = said.map(|(_, p)| p);
    let future_all = t
        .iter()
        .any(|x| x.text.eq_ignore_ascii_case("will") || x.text.eq_ignore_ascii_case("aim"));
    let period: Option<Period> = own.clone().or_else(|| {
        carried
            .target
            .as_deref()
            .filter(|_| future_all)
            .map(|p| Period {
                text: p.to_owned(),
                future: true,
            })
    });
    let target_year = period.as_ref().filter(|p| p.future).map(|p| p.text.clone());
    // A period said of figures reached, here or in a sentence before.
    // "… grew from 36,000 to 65,000 in the past decade": an open span of years, which the
    // period said before is not.
    let open_span = open_span(&lower, &t);
    let reached = own
        .as_ref()
        .filter(|p| !p.future)
        .map(|p| p.text.clone())
        .or_else(|| carried.period.clone().filter(|_| !open_span));
    // A goal of full coverage is a figure of 100 % ("full coverage … by 2027").
    if target_year.is_some() && qs.is_empty() {
        qs.extend(full_coverage(&t, &lower));
    }
    let mut out = Vec::with_capacity(qs.len());
    let first_future = future_before(&t);
    let last_this_year = this_year_after(&t);
    let this_year = date.map(|d| d.year.to_string());
    let signs: Vec<Option<bool>> = qs.iter().map(|q| change(&t, q)).collect();
    // "The IMF forecasts that China's GDP will grow by 8 %", "organizations expect that …":
    // another's forecast, neither a goal nor a fact.
    // ("… reached 8 trillion yuan, and the figure is expected to exceed 9 trillion": only
    // the figures after the word of forecast, or in its clause — "lowered to 5.2 % from the
    // original forecast of 5.6 %".)
    // "If all regions implement the policy, the burden can be reduced by 150 billion yuan":
    // what a condition would bring is an estimate too.
    let conditional = lower
        .starts_with("if ")
        .then(|| {
            let comma = lower.find(',')?;
            [" can ", " could ", " would ", " will "]
                .iter()
                .filter_map(|w| lower[comma..].find(w).map(|at| comma + at))
                .min()
        })
        .flatten();
    let forecast_at = FORECAST
        .iter()
        .filter_map(|w| lower.find(w))
        .chain(conditional)
        .min();
    for (k, q) in qs.iter().enumerate() {
        let ctx = context(&lower, &t, &qs, k);
        let clause_end = lower[t[q.first].start..]
            .find([',', ';'])
            .map_or(lower.len(), |e| t[q.first].start + e);
        let forecast = forecast_at.is_some_and(|at| at < clause_end);
        // "has developed 200 clusters and plans to approve 100 more this year": a period said
        // after the goal is the goal's, not that of the figures reached before it.
        let reached = if first_future.is_some_and(|f| q.first < f && f < own_at) {
            carried.period.clone()
        } else if own.is_none() && (now_before(&t, q.first) || perfect(&ctx)) {
            // "we now have 1.09 billion internet users": the present, not the period before.
            None
        } else if forecast && !dated_here && reached.as_deref().is_some_and(|p| p.len() == 7) {
            // "By the end of 2019, the balance had exceeded 5 trillion yuan. The policy is
            // expected to see the fund's income reduce by 471.4 billion yuan": the month a
            // stock was counted at is no forecast's period ("In the first quarter, GDP grew
            // 6.4 %. It was expected to be 6.2 %" keeps the quarter).
            None
        } else {
            reached.clone()
        };
        // "a 40 to 45 percent reduction": the low end of a range goes the way of the high end.
        let range_low = matches!(ctx.after.trim(), "to" | "-");
        let sign = signs[k].or_else(|| {
            range_low
                .then(|| signs.get(k + 1).copied().flatten())
                .flatten()
        });
        let this_year_goal = first_future.is_some_and(|f| f < q.first)
            && last_this_year.is_some_and(|l| l >= q.last);
        // "52 counties … have not been lifted out of poverty, but it is our task to accomplish
        // by the end of this year": a goal said after "but" is not the figures' before it.
        let goal_but_after = own_at > q.last
            && t[q.last..own_at.min(t.len())]
                .iter()
                .any(|x| x.low == "but");
        let (kind, period) = if let Some(y) = target_year.as_ref().filter(|_| !goal_but_after) {
            (Kind::Target, Some(y.clone()))
        } else if this_year_goal {
            (Kind::Target, this_year.clone())
        } else if committed(&t, q.first) {
            // "its commitment to achieve a 40 to 45 percent reduction": a goal, year unsaid.
            (Kind::Target, None)
        } else if first_future.is_some_and(|f| q.last < f)
            && t[..q.first].iter().any(|x| x.low == "if")
        {
            // "This year, if 330,000 people are lifted out of poverty …, there will be only
            // 69,500 left": the figures of the condition are of the plan too.
            (
                Kind::Target,
                own.as_ref()
                    .map(|p| p.text.clone())
                    .or_else(|| this_year.clone()),
            )
        } else if named_goal(&ctx) && !forecast {
            // "The target for this year is GDP growth of around 5 %": a goal said as a growth.
            // ("grew 5.6 % in the first half, within this year's target range of 5.5-6 %":
            // the year said in the goal's own clause.)
            let from = if k == 0 { 0 } else { qs[k - 1].last };
            (
                Kind::Target,
                local_period(&t, from, q.first, q.last, date)
                    .or_else(|| own.clone())
                    .map(|p| p.text)
                    .or_else(|| this_year.clone()),
            )
        } else if sign.is_some() {
            let span = change_span(&t, q.first);
            // "decreased by more than 20 % compared to the early stages of commercial use":
            // a change against a base is not of the period said before.
            // (A base that is itself a time, "than that of the first two months", leaves
            // the figure in the period said before.)
            let base_is_time = [
                "month",
                "quarter",
                "half",
                "same period",
                "previous year",
                "a year earlier",
                "a year ago",
                "year before",
            ]
            .iter()
            .any(|w| ctx.after.contains(w));
            let based = own.is_none()
                && (ctx.after.contains("compared") || ctx.after.contains("than"))
                && compared_year(&ctx.after).is_none()
                && !base_is_time;
            let carried_here = reached.clone().filter(|_| !based);
            let since_base = carried_here
                .as_deref()
                .and_then(|p| span_from_base(&ctx.after, p));
            (Kind::Change, span.or(since_base).or(carried_here))
        } else if announced(&ctx) && !forecast {
            // "we plan to build 100 more", "planned 10.2 trillion yuan for transfer
            // payments": a goal, for the year the sentence says, else the briefing's.
            (
                Kind::Target,
                own.as_ref()
                    .map(|p| p.text.clone())
                    .or_else(|| this_year.clone()),
            )
        } else {
            let kind = if q.unit == Unit::Percent && is_share(&ctx) {
                Kind::Share
            } else {
                Kind::Level
            };
            (kind, reached.clone())
        };
        // A period said in the figure's own clause is its own ("6.8 % in the first quarter").
        let from = if k == 0 { 0 } else { qs[k - 1].last };
        let earlier: Vec<usize> = qs[..k].iter().map(|p| p.first).collect();
        // (The year said here, else the one carried: "In 2019, GDP grew by 6.1 %. … the four
        // quarters have increased by …".)
        let year = |p: &str| (p.len() == 4).then(|| p.parse().ok()).flatten();
        let year_said = own
            .as_ref()
            .and_then(|p| year(&p.text))
            .or_else(|| carried.period.as_deref().and_then(year));
        let local = respective_period(&t, (q.first, q.last), &earlier, date)
            .or_else(|| quarters_in_turn(&t, q.first, &earlier, year_said, date))
            .or_else(|| local_period(&t, from, q.first, q.last, date))
            .or_else(|| month_before(&ctx.before, own.as_ref()));
        // "increased by 9.4 %, 0.9 percentage points higher than …": the points are of the
        // period of the rate they follow.
        let follows_rate = q.unit == Unit::PercentagePoint
            && local.is_none()
            && out.last().is_some_and(|p: &Figure| p.unit == Unit::Percent);
        // "reaching 6.89 trillion yuan in the first half of the year, a year-on-year increase
        // of 9.8 %": a change said of the figure before, with no verb of its own, is of that
        // figure's period.
        let appended = kind == Kind::Change
            && local.is_none()
            && k > 0
            && change_span(&t, q.first).is_none()
            && !super::phrase::has_verb(super::clause::last_clause(&ctx.before));
        // "2.83 trillion yuan, or 90 %, had been issued", "$1.33 trillion (8.6 trillion
        // yuan)": the figure before said again in other terms, of its period.
        let restated = local.is_none()
            && k > 0
            && ctx.before.split_whitespace().all(|w| {
                matches!(
                    w.trim_matches(|c: char| matches!(c, ',' | '(' | ')')),
                    "" | "or" | "about" | "nearly" | "around" | "roughly" | "some"
                )
            });
        let period = if follows_rate || appended || restated {
            out.last().and_then(|p: &Figure| p.period.clone())
        } else {
            period
        };
        // "rose from 35 years in 1949 to 78.6 years": the start's year is not the end's
        // ("By the end of 2023, … from 15 % in 2018 to over 50 %": the sentence's is).
        let start_dated = local.is_none()
            && k > 0
            && start_of_move_dated(&t, (qs[k - 1].first, qs[k - 1].last), q.first, date)
            && out.last().and_then(|p: &Figure| p.period.as_ref()) == period.as_ref();
        let period = match (kind, local) {
            _ if start_dated => None,
            (Kind::Target, _) | (_, None) => period,
            (_, Some(p)) if p.future => period,
            (_, Some(p)) => Some(p.text),
        };
        let place = Place {
            t: &t,
            lower: &lower,
            qs: &qs,
            k,
            ctx: &ctx,
        };
        let Reading { kind, sign, period } = from_before(
            Reading { kind, sign, period },
            &place,
            out.last(),
            restated,
            carried.last_change,
        );
        // "contributed … and -11.4% to the economic growth": a value said with its minus.
        let value = if sign == Some(true) || super::numbers::minus_before(&t, q.first) {
            -q.value
        } else {
            q.value
        };
        let period = settled(period, &place, kind, out.last(), date);
        out.push(Figure {
            value,
            unit: if q.unit == Unit::Count && index_points(&ctx) {
                Unit::Index
            } else {
                q.unit
            },
            qualifier: if forecast && q.qualifier == Qualifier::Exact {
                Qualifier::Estimated
            } else {
                q.qualifier
            },
            kind,
            period,
            ctx,
        });
    }
    // "will be reduced from 13 hours to 4 hours": a goal's start is where things stand.
    for (k, f) in out.iter_mut().enumerate() {
        if f.kind == Kind::Target && start_of_move(&t, &qs, k) {
            f.kind = Kind::Level;
            f.period = None;
        }
    }
    let next = carry(
        Told {
            t: &t,
            lower: &lower,
            own,
            own_at,
            target: target_year,
            figures: !out.is_empty(),
            periods_listed: lower.contains("respectively") && parts_listed(&out),
            open_span,
            last_change: out
                .last()
                .filter(|f| f.kind == Kind::Change)
                .map(|f| f.unit),
        },
        date,
        carried,
    );
    (out, next)
}

/// Whether the figures of a sentence are of several periods none of which holds the others
/// ("-3.2 % for the first quarter, and 3.3, 3.9, and 4.1 % for the second, third, and fourth
/// quarters"; not "9.4 % in the first half, and 9.8 % and 9.0 % in the first and second
/// quarters", the half and its quarters).
fn parts_listed(figures: &[Figure]) -> bool {
    let periods: Vec<crate::period::Period> = figures
        .iter()
        .filter_map(|f| f.period.as_deref().and_then(crate::period::Period::parse))
        .collect();
    // (One that holds the others starts first and ends last.)
    let (Some(first), Some(last)) = (
        periods.iter().map(crate::period::Period::first_day).min(),
        periods.iter().map(crate::period::Period::last_day).max(),
    ) else {
        return false;
    };
    periods.windows(2).any(|w| w[0] != w[1])
        && !periods
            .iter()
            .any(|p| p.first_day() <= first && last <= p.last_day())
}
