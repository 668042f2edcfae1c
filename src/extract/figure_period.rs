//! The last steps of a figure's period, after its kind: a change's span from its base, each
//! end of a move "from … to …" of its year, no figure reached dated after its briefing, the
//! two ends of a range of one period, and none for a figure held over a run of periods.

use super::after::compared_year;
use super::dates::Date;
use super::facts::Figure;
use super::numbers::Quantity;
use super::period::span_end;
use super::rules::Ctx;
use super::tokens::Token;
use crate::dataset::Kind;

/// Where a figure stands: the sentence's tokens and its lower-case text, its quantities and
/// the figure's index among them, and the words around it.
pub(super) struct Place<'a> {
    /// The sentence's tokens.
    pub t: &'a [Token<'a>],
    /// The sentence in ASCII lower case.
    pub lower: &'a str,
    /// The sentence's quantities.
    pub qs: &'a [Quantity],
    /// The figure's index in `qs`.
    pub k: usize,
    /// The words around the figure.
    pub ctx: &'a Ctx,
}

/// The period of the figure at `place`, of `kind`, from the `period` its sentence and the
/// sentences before gave it; `low` is the figure said before it in the sentence (the low end
/// when this one is the high end of a range); `date` is the briefing's.
pub(super) fn settled(
    period: Option<String>,
    place: &Place<'_>,
    kind: Kind,
    low: Option<&Figure>,
    date: Option<Date>,
) -> Option<String> {
    let q = &place.qs[place.k];
    // "up 6.6 % in 2018, achieving the growth target of around 6.5 %": a goal met (or
    // missed) beside the figure before is of that figure's period.
    if kind == Kind::Target
        && let Some(low) = low.filter(|_| measured_against(place.ctx))
    {
        return low.period.clone();
    }
    // "in 2020 decreased by 18.8 percent compared with that in 2015": the change from
    // 2015 to 2020.
    // ("up 24.6 % from that in 2012" said of the end of 2021: 2012 to 2021; a change
    // from the year before is of its year.)
    let span_from = |p: &str, from: &str| {
        let year_or_month = p.len() == 4 || p.len() == 7 && p.as_bytes()[4] == b'-';
        let (Ok(a), Some(Ok(b))) = (from.parse::<i32>(), p.get(..4).map(str::parse::<i32>)) else {
            return false;
        };
        year_or_month && a + 1 < b
    };
    let period = match (&period, compared_year(&place.ctx.after)) {
        (Some(p), Some((_, from))) if kind == Kind::Change && span_from(p, &from) => {
            Some(format!("{from}/{}", &p[..4]))
        }
        _ => period,
    };
    // "From 2012 to 2022, the rate rose from 21.6 % to 24.02 %": each end is of its year.
    let period = match &period {
        Some(p) if kind != Kind::Change => {
            let ends = |j: usize| place.qs.get(j).map(|x: &Quantity| (x.first, x.last));
            let prev = place.k.checked_sub(1).and_then(ends);
            span_end(place.t, p, (q.first, q.last), prev, ends(place.k + 1)).or(period)
        }
        _ => period,
    };
    // No figure reached is dated after its briefing: such a period is not the figure's.
    let period = match (kind, &period, date) {
        (Kind::Target, _, _) | (_, None, _) | (_, _, None) => period,
        (_, Some(p), Some(d)) => {
            let after = crate::period::Period::parse(p).is_some_and(|p| {
                let first = p.first_day();
                (
                    i32::from(first.year()),
                    first.month().unsigned_abs(),
                    first.day().unsigned_abs(),
                ) > (
                    d.year,
                    u8::try_from(d.month).unwrap_or(12),
                    u8::try_from(d.day).unwrap_or(31),
                )
            });
            if after { None } else { period }
        }
    };
    // "from 13.9 % in the same period last year to 10.8 %": the period a year before.
    let period = if same_period_last_year(&place.ctx.after) {
        period
            .as_deref()
            .and_then(crate::period::Period::parse)
            .and_then(|p| p.year_before())
            .map(|p| p.iso())
    } else {
        period
    };
    // "between 6.7 % and 6.9 %", "6 to 7 %": the two ends of a range are of one period;
    // "… 6.9 % for 12 consecutive quarters": a figure held over a run of periods is of
    // none of them.
    match low {
        _ if kind != Kind::Target
            && consecutive_run(
                place.lower,
                &place.t[q.last.saturating_sub(1)],
                &place.t[q.last.min(place.t.len())..],
            ) =>
        {
            None
        }
        Some(low) if super::label_words::range_end(place.ctx) == Some("high end") => {
            low.period.clone()
        }
        _ => period,
    }
}

/// Whether a goal is said as what the figure before met, missed or beat: "achieving the
/// growth target of", "realizing the goal of", "lower than the approximate 3 % that had been
/// expected".
fn measured_against(ctx: &Ctx) -> bool {
    let clause = super::clause::last_clause(&ctx.before);
    [
        "achieving ",
        "achieved ",
        "realizing ",
        "realising ",
        "meeting ",
        "fulfilling ",
        "exceeding ",
        "surpassing ",
        "than the ",
    ]
    .iter()
    .any(|w| clause.starts_with(w) || clause.contains(&format!(" {w}")))
        || super::goal_label::said_expected(&ctx.after)
}

/// Whether the words right after a figure say it held for a run of periods ("… to 6.9 % for
/// 12 consecutive quarters", "for three consecutive years"): "for", a count, "consecutive",
/// within the next ten words of its clause (not "…, maintaining double-digit growth for 36
/// consecutive months", said of something else). `figure` is the figure's last token and
/// `sentence` the text the tokens are of.
fn consecutive_run(sentence: &str, figure: &Token<'_>, after: &[Token<'_>]) -> bool {
    let from = figure.start + figure.text.len();
    after.windows(3).take(8).any(|w| {
        let clause = sentence.get(from..w[0].start).unwrap_or(",");
        w[0].low == "for" && w[2].low == "consecutive" && !clause.contains([',', ';'])
    })
}

/// Whether the figure `k` of `qs` is the start of a move "from … to …": said right after
/// "from", with the next figure right after "to", or a number in words ("from 13 hours to
/// four hours").
pub(super) fn start_of_move(t: &[Token<'_>], qs: &[Quantity], k: usize) -> bool {
    let before = |first: usize| first.checked_sub(1).and_then(|i| t.get(i)).map(|x| x.low);
    let low = |i: usize| t.get(i).map_or("", |x| x.low);
    let last = qs[k].last;
    let to_words = low(last) == "to" && super::words::number_word(low(last + 1)).is_some();
    before(qs[k].first) == Some("from")
        && (to_words
            || qs
                .get(k + 1)
                .is_some_and(|next| before(next.first) == Some("to")))
}

/// Whether the words after a figure say it is of "the same period last year" ("13.9 % in
/// the same period last year", "… in the same period of last year").
fn same_period_last_year(after: &str) -> bool {
    let after = after.trim_start();
    ["in ", "for ", "during "].iter().any(|w| {
        after.strip_prefix(w).is_some_and(|rest| {
            rest.starts_with("the same period last year")
                || rest.starts_with("the same period of last year")
                || rest.starts_with("the same period of the previous year")
        })
    })
}
