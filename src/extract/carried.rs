//! What the sentences before say of time, carried to the figures of the next one: the period
//! of figures reached, a target year, and the period a sentence opens with.

use super::dates::Date;
use super::period::last_period;
use super::period_opening::after_topic;
use super::period_year::Period;
use super::tokens::Token;
use crate::dataset::Unit;

/// What the sentences before say of time, for the figures of the next one.
#[derive(Debug, Clone, Default)]
pub struct Carried {
    /// The target year of the previous sentence, which a sentence announcing more of the
    /// same goal keeps ("Moreover, we will build …").
    pub target: Option<String>,
    /// The last period said of figures reached in this paragraph ("In the first half of
    /// this year, …"): the figures after it are of that period until another is said.
    pub period: Option<String>,
    /// The period a sentence opens with ("In the first half of this year, …"), if it does.
    pub opening: Option<String>,
    /// The unit of the last figure of the sentence before when it was a change: "The rate has
    /// remained between 6.7 % and 6.9 % …" goes on about a rate of change in percent, "This
    /// is more than $1 trillion" says a change again in another unit.
    pub last_change: Option<Unit>,
}

/// What one sentence said of time, read by [`super::figures::figures`].
pub struct Told<'a> {
    /// The sentence's tokens.
    pub t: &'a [Token<'a>],
    /// The sentence in ASCII lower case.
    pub lower: &'a str,
    /// The sentence's own period, if it says one.
    pub own: Option<Period>,
    /// The index of the first token of that period's phrase.
    pub own_at: usize,
    /// The target year the sentence sets.
    pub target: Option<String>,
    /// Whether the sentence has figures.
    pub figures: bool,
    /// Whether its figures are of several periods said "respectively" ("-3.2 % for the first
    /// quarter, and 3.3, 3.9, and 4.1 % for the second, third, and fourth quarters,
    /// respectively"): none of them is carried.
    pub periods_listed: bool,
    /// Whether it speaks of an open span of years ("in the past decade").
    pub open_span: bool,
    /// The unit of its last figure, when that is a change.
    pub last_change: Option<Unit>,
}

/// What a sentence that `told` so carries to the next, after `carried` from the ones before.
pub(super) fn carry(told: Told<'_>, date: Option<Date>, carried: &Carried) -> Carried {
    let opens = told
        .own
        .as_ref()
        .filter(|p| !p.future && (told.own_at <= 3 || after_topic(told.t, told.own_at)))
        .map(|p| p.text.clone());
    // "In the first quarter, sales grew 4.6 %. In particular, growth in March was 5.9 %.
    // The contribution rate …": an aside of a part of the period, after which the figures
    // are of the period said before.
    let aside = [
        "in particular",
        "notably",
        "especially",
        "among them",
        "of which",
    ]
    .iter()
    .any(|w| told.lower.starts_with(w));
    let own_none = told.own.is_none();
    Carried {
        opening: opens,
        target: told.target,
        last_change: told.last_change,
        // A sentence without figures that names two periods speaks last of the one the
        // figures after it are of.
        // (A sentence of an open span, "… in the past decade", ends the period carried: the
        // sentences after it go on about that span.)
        period: if told.open_span && own_none {
            None
        } else if aside && carried.period.is_some() {
            carried.period.clone().map(|text| Period {
                text,
                future: false,
            })
        } else if told.periods_listed {
            None
        } else if !told.figures {
            last_period(told.t, date).filter(|p| !p.future)
        } else {
            told.own.filter(|p| !p.future)
        }
        .map(|p| p.text)
        .or_else(|| {
            carried
                .period
                .clone()
                .filter(|_| !(told.open_span && own_none))
        }),
    }
}
