//! What a figure's words say of its kind and time: a share or a rate, a goal announced, a
//! rate of growth as the subject, and the present ("now", the present perfect) that takes no
//! period from the sentences before. Lower-case text of one sentence.

use super::numbers::Quantity;
use super::rules::Ctx;
use super::tokens::Token;
use crate::dataset::{Qualifier, Unit};

/// Words of a ratio of one stock to another, which is a level in percent, not a share
/// (matched within words: "asset-liability", "loan-to-deposit").
const STOCK_RATIOS: [&str; 8] = [
    "liabilit",
    "debt",
    "leverage",
    "adequacy",
    "requirement",
    "deposit",
    "income",
    "dependency",
];

/// Whether a percent figure is a share: the words around it say so ("accounted for",
/// "share", "proportion", "penetration", "30 % of all enterprises"). Other percentages are
/// levels (rates) unless they are changes.
pub(super) fn is_share(ctx: &Ctx) -> bool {
    const BEFORE: [&str; 15] = [
        "out of",
        "percentage of",
        "of them",
        "of which",
        "of all",
        "share",
        "proportion",
        "accounted for",
        "accounting for",
        "accounts for",
        "account for",
        "penetration",
        "made up",
        "makes up",
        "took up",
    ];
    let after = ctx.after.trim_start();
    // "The share of … rose by 1.2 percentage points to 42.8 %": the level reached is of the
    // subject before the change.
    let reached = ctx.index > 0 && ctx.before.trim() == "to";
    let clause = if reached {
        super::clause::last_clause(&ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)])
    } else {
        super::clause::last_clause(&ctx.before)
    };
    // "Of all the 3,294 tasks specified …, over 97% have been completed"; "2.83 trillion
    // yuan, or 90%,": a part of what was said before.
    // ("Of the 3,000 enterprises surveyed, 65 % reported higher orders": the same.)
    let of_the_counted = ctx.index > 0
        && ctx.sentence.starts_with("of the ")
        && ctx.sentence["of the ".len()..].starts_with(|c: char| c.is_ascii_digit());
    let of_all = ctx.sentence.starts_with("of all ")
        || ctx.sentence.starts_with("out of ")
        || of_the_counted;
    // "6,565 museums, with over 90% offering free admission": a part of the things counted
    // before, doing something.
    let with_doing = ctx.index > 0
        && super::phrase::before_hedge(&ctx.before)
            .trim_end()
            .ends_with(", with")
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    // ("6.2 percent or 6.3 percent" are two guesses, not a part.)
    let or_part = ctx.index > 0 && ctx.before.trim() == ", or";
    // "contributed 82.5 % to the economic growth" is a share of the growth; the contribution
    // rate of an insurance is a rate paid ("enterprises' contributions from 30 % to 23.45 %").
    let contribution = clause.contains("contribut")
        && ![
            "insurance",
            "premium",
            "pension",
            "provident",
            "enterprises'",
        ]
        .iter()
        .any(|w| clause.contains(w));
    of_all
        || or_part
        || with_doing
        || contribution
        || BEFORE.iter().any(|w| clause.contains(w))
        // "the ratio went up to 97.6 percent", "the resumed production ratio"; not a ratio
        // of one stock to another ("the asset-liability ratio stood at 65.6 %", "the capital
        // adequacy ratio", "the urban-rural income ratio"), which is a level.
        || clause
            .split_whitespace()
            .any(|w| matches!(w, "ratio" | "ratios"))
            && !clause
                .split_whitespace()
                .any(|w| STOCK_RATIOS.iter().any(|r| w.contains(r)))
        || after.starts_with("of ") && !after.starts_with("of growth")
        || after.starts_with("share")
        || after.starts_with("proportion")
}

/// Whether the words before token `i` say the figure is of the present ("now",
/// "currently", "at present", "to date", "so far", "there are still", "since 2012", "in the
/// past decade", "in recent years").
pub(super) fn now_before(t: &[Token<'_>], i: usize) -> bool {
    (0..i.min(t.len())).any(|k| {
        let next = t.get(k + 1).map_or("", |x| x.low);
        let after = t.get(k + 2).map_or("", |x| x.low);
        matches!(t[k].low, "now" | "currently" | "since" | "today")
            || matches!((t[k].low, next), ("at", "present") | ("to", "date") | ("so", "far"))
            // "There are still 13 poor counties": what is left now.
            || matches!((t[k].low, next), ("are" | "is" | "remain" | "remains", "still"))
            // "in the past decade", "over the past five years", "in recent years": a span up
            // to now that no period said before covers.
            || t[k].low == "past" && matches!(next, "decade" | "decades" | "few" | "years")
            || t[k].low == "past" && after == "years"
            || (t[k].low, next) == ("recent", "years")
    })
}

/// Whether the figure's clause says it in the present perfect ("has been shortened by about
/// 30 %", "has exceeded 12 trillion yuan"): up to now, not of a period said before.
pub(super) fn perfect(ctx: &Ctx) -> bool {
    let clause = super::clause::last_clause(&ctx.before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.windows(2).any(|w| {
        matches!(w[0], "has" | "have")
            && (w[1] == "been" || w[1].ends_with("ed") || matches!(w[1], "grown" | "risen"))
    })
}

/// Whether the clause before a figure names a rate of growth as its subject ("the growth
/// rate of … was", "its growth in the first half is").
pub(super) fn grows(ctx: &Ctx) -> bool {
    let clause = super::clause::last_clause(&ctx.before);
    let words: Vec<&str> = clause.split_whitespace().map(super::phrase::bare).collect();
    // "the gain was 6.3 %", "the six-month increase was 8.4 %"; not "increased to 30 %".
    let reached = words.last() == Some(&"to");
    // "the economy grew at an average annual rate of 5.5 %".
    let grew_at = words.windows(2).any(|p| {
        matches!(
            p[0],
            "grew" | "grown" | "growing" | "increased" | "rose" | "expanded"
        ) && p[1] == "at"
    });
    let growth_word = grew_at
        || words.iter().any(|w| {
            matches!(
                *w,
                "growth" | "gain" | "gains" | "pickup" | "increment" | "expansion"
            ) || matches!(*w, "increase" | "increases") && !reached
        });
    // "the fixed asset investment was 4.2 %": an amount in percent is its growth, unless
    // the clause says a rate or a share of it.
    let amount = words.iter().any(|w| AMOUNTS.contains(w))
        && !words.iter().any(|w| RATES.contains(w))
        && matches!(words.last(), Some(&("was" | "is" | "were" | "are" | "at")));
    (growth_word || amount) && !clause.contains("contribut")
}

/// Whether the clause before a figure names a fall as its subject ("the decline in profits
/// narrowed to 3.5 %", "the drop was 2 %"): a change, negative.
pub(super) fn falls(ctx: &Ctx) -> bool {
    let clause = super::clause::last_clause(&ctx.before);
    let words: Vec<&str> = clause.split_whitespace().map(super::phrase::bare).collect();
    words.windows(2).any(|p| {
        matches!(p[0], "the" | "a" | "its" | "their" | "this")
            && matches!(
                p[1],
                "decline" | "decrease" | "drop" | "fall" | "contraction" | "reduction"
            )
    }) && !words.iter().any(|w| RATES.contains(w))
        && !clause.contains("contribut")
}

/// Nouns of amounts that a percent said of can only be a growth ("investment was 4.2 %").
#[rustfmt::skip]
const AMOUNTS: &[&str] = &[
    "investment", "sales", "output", "exports", "imports", "gdp", "revenue", "production",
    "consumption", "trade", "loans", "value-added", "profits", "income", "spending",
    "expenditure",
];

/// Nouns of rates and shares: a percent said of them is their level.
#[rustfmt::skip]
const RATES: &[&str] = &[
    "rate", "rates", "ratio", "share", "proportion", "index", "contribution", "intensity",
    "coverage", "utilization", "penetration", "percentage", "margin", "level",
];

/// How many words after a figure a plan said of it is looked for ("10 Luban Workshops would
/// be established").
const PLAN_WORDS: usize = 6;

/// Whether the clause before a figure announces a goal ("we will build", "aims to", "plans
/// to", "planned", "strive to"): the figure is a target.
pub(super) fn announced(ctx: &Ctx) -> bool {
    // Verbs of a plan of spending or building ("will be allocated").
    const PLANNED: [&str; 16] = [
        "allocated",
        "used",
        "invested",
        "spent",
        "issued",
        "arranged",
        "earmarked",
        "provided",
        "built",
        "added",
        "established",
        "set",
        "created",
        "opened",
        "launched",
        "constructed",
    ];
    const GOAL: [&str; 16] = [
        "will ",
        "should ",
        "is set at",
        "be kept",
        "aim to",
        "aims to",
        "aiming to",
        "plan to",
        "plans to",
        "planned",
        "strive to",
        "striving to",
        "target of",
        "goal of",
        "set a target",
        "red line",
    ];
    let says_goal = |c: &str| GOAL.iter().any(|w| c.contains(w)) && !c.contains("will be able");
    let clause = super::clause::last_clause(&ctx.before);
    if says_goal(clause) {
        return true;
    }
    // "the rest of 800 billion yuan will be allocated to …", "10 workshops would be
    // established": a plan of spending or building said after the figure, with no verb
    // before it (not "a tariff of 25 % will be imposed", a level decided).
    let after = ctx.after.trim_start();
    // ("10 Luban Workshops would be established in Africa": after the things counted.)
    let words: Vec<&str> = after
        .split_whitespace()
        .take(PLAN_WORDS)
        .map(super::phrase::bare)
        .collect();
    let planned = words.windows(3).any(|w| {
        matches!(w[0], "will" | "would" | "to") && w[1] == "be" && PLANNED.contains(&w[2])
    }) && !words
        .iter()
        .take_while(|w| !matches!(**w, "will" | "would" | "is" | "are"))
        .any(|w| super::phrase::is_verb(w));
    // "… an installed capacity of about 80 million kilowatts after completion": what a
    // project will have once built.
    let built = [
        "after completion",
        "upon completion",
        "once completed",
        "when completed",
    ]
    .iter()
    .any(|w| after.contains(w));
    if planned || built {
        return true;
    }
    // "We will build clusters, with 10 industries each worth …": a clause without a verb of
    // its own is of the goal said just before it.
    let earlier = ctx.before[..ctx.before.len() - clause.len()].trim_end_matches([',', ';', ' ']);
    !super::phrase::has_verb(clause)
        && !earlier.is_empty()
        && says_goal(super::clause::last_clause(earlier))
}

/// Whether the clause before a figure names it a goal ("the target for this year is GDP
/// growth of around 5 %", "a goal of 60 %"): a target even when said as a growth.
pub(super) fn named_goal(ctx: &Ctx) -> bool {
    // ("within this year's target range of 5.5-6 %": both ends.)
    const NAMES: [&str; 8] = [
        "target of",
        "target for",
        "target is",
        "target range of",
        "target range is",
        "goal of",
        "goal for",
        "goal is",
    ];
    // "Our target this year is 5 %", "set the GDP growth target at around 5 %": the goal's
    // word a few words before the figure, with no word of an outcome between.
    const NEAR: usize = 5;
    let clause = super::clause::last_clause(&ctx.before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let near = words
        .iter()
        .rposition(|w| matches!(*w, "target" | "goal" | "targets" | "goals"))
        .is_some_and(|k| {
            let rest = &words[k + 1..];
            rest.len() <= NEAR
                && rest
                    .last()
                    .is_some_and(|w| matches!(*w, "is" | "at" | "was" | "around" | "about"))
                && !rest.iter().any(|w| {
                    matches!(
                        *w,
                        "reached" | "exceeded" | "achieved" | "met" | "completed" | "hit"
                    )
                })
        });
    // "lower than the approximate 3 percent that had been expected".
    near || super::goal_label::said_expected(&ctx.after) || NAMES.iter().any(|w| clause.contains(w))
}

/// Whether a number without a unit is the points of an index: its clause names an index
/// ("the index rose from 100 in 2013 to 165.4", "the PMI stood at 50.8") and no thing counted
/// follows the number.
pub(super) fn index_points(ctx: &Ctx) -> bool {
    let before = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let clause = super::clause::last_clause(before);
    let names_index = clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "index" | "pmi" | "indices"));
    let next = ctx
        .after
        .split_whitespace()
        .next()
        .map_or("", |w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    names_index
        && (next.is_empty()
            || next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next,
                "in" | "to"
                    | "from"
                    | "points"
                    | "point"
                    | "and"
                    | "at"
                    | "last"
                    | "this"
                    | "for"
                    | "compared"
                    | "year"
                    | "month"
                    | "by"
                    | "with"
                    | "on"
                    | "as"
            ))
}

/// A goal of full coverage, a figure of 100 % ("full coverage … by 2027", "complete … for
/// all"), at the word that says it; `None` when the sentence says none.
pub(super) fn full_coverage(t: &[Token<'_>], lower: &str) -> Option<Quantity> {
    let full = lower.contains("full coverage")
        || lower.contains("full digital transformation coverage")
        || lower.contains("complete") && lower.contains(" for all ");
    full.then(|| {
        let at = t
            .iter()
            .position(|x| x.text == "full" || x.text == "complete")
            .unwrap_or(0);
        Quantity {
            value: 100.0,
            unit: Unit::Percent,
            qualifier: Qualifier::Exact,
            first: at,
            last: (at + 1).min(t.len()),
        }
    })
}

/// Whether a sentence says again what the sentence before said: "This is …", "That equals
/// …", "This amounts to …".
pub(super) fn said_again(lower: &str) -> bool {
    [
        "this is ",
        "this was ",
        "that is ",
        "this equals ",
        "this amounts to ",
        "that was ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// Whether a sentence is said of "the rate" of the sentence before: it opens "The rate …",
/// "This rate …", "The growth rate …" or "The growth …".
pub(super) fn the_rate(lower: &str) -> bool {
    ["the rate ", "this rate ", "the growth rate ", "the growth "]
        .iter()
        .any(|w| lower.starts_with(w))
}
