//! What a subject rests on beside its own clause: the sentence's subject said before the
//! figure (its head), whether a subject names nothing of its own (weak), whether a figure is
//! said of the figure before, whether a sentence lists things, and the total of the head.
//! Lower-case text of one sentence.

use super::clause::sentence_subject;
use super::lexicon::UNIT_WORDS;
use super::phrase::{bare, fragment};
use super::rules::Ctx;
use super::said::JOINING;

/// "the swap facility tool has been used twice, with a total amount of 105 billion yuan": the
/// total of the sentence's subject, when the figure's own clause (`clause`) is only "with a
/// total (amount) of" and its subject (`own`) names nothing; `None` otherwise.
pub(super) fn total_of_head(ctx: &Ctx, clause: &str, own: &str) -> Option<String> {
    let total = [
        "with a total amount of",
        "with a total value of",
        "with a total of",
    ]
    .iter()
    .any(|w| super::phrase::before_hedge(clause).ends_with(w));
    if !total || !weak(own) {
        return None;
    }
    let whose = head(ctx, 10);
    (!weak(&whose) && !fragment(&whose)).then(|| format!("{whose}, total amount"))
}

/// Whether the clause before a figure says it of the figure before: a figure that opens its
/// clause, a clause of only joining words and words of change, a share of the thing before, a
/// change marked after it.
pub(super) fn of_figure_before(ctx: &Ctx, clause: &str) -> bool {
    // "…created 52.82 million jobs, 10 million more than …": a figure that opens its clause
    // is said of the figure before.
    // (", up 279.6 billion yuan", ", a year-on-year increase of 1.42 trillion yuan": a clause
    // of only joining words and words of change opens on the figure too.)
    // "…, accounting for more than 60 % of the world's total": a share of the thing before.
    let share_of_before = ctx.index > 0
        && [
            "accounting for",
            "accounted for",
            "making up",
            "which accounts for",
            "representing",
            "equivalent to",
            "equal to",
            "recovering to",
            "returning to",
        ]
        .iter()
        .any(|w| clause.starts_with(w));
    let opens = share_of_before
        || ctx.index > 0
            && clause.split_whitespace().all(|w| {
                let w = bare(w);
                JOINING.contains(&w)
                    || matches!(
                        w,
                        "down" | "increase" | "decrease" | "rise" | "growth" | "drop" | "decline"
                    )
            });
    // "…, marking a nominal growth of 9.9 %", "which was a real increase of": a participle
    // or "which" that says the change of the figure before.
    let marks = ctx.index > 0
        && [
            "marking ",
            "registering ",
            "recording ",
            "posting ",
            "which was ",
            "which is ",
        ]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .is_some_and(|rest| {
            rest.split_whitespace().all(|w| {
                let w = bare(w);
                JOINING.contains(&w)
                    || matches!(
                        w,
                        "increase"
                            | "decrease"
                            | "rise"
                            | "growth"
                            | "drop"
                            | "decline"
                            | "nominal"
                            | "real"
                    )
            })
        });
    opens || marks
}

/// Whether a sentence lists things said "respectively", each with its own figure; not
/// "… registering 4.9 %, 3.9 % and 1.7 % in October, November and December, respectively",
/// a list of times (months, quarters, years), which the figures share one subject across.
pub(super) fn things_listed(sentence: &str) -> bool {
    let Some(at) = sentence.find("respectively") else {
        return false;
    };
    let list = &sentence[..at];
    // (The words after the last figure.)
    let list = list
        .rfind(|c: char| c == '%' || c.is_ascii_digit())
        .map_or(list, |k| &list[k..]);
    !list.split(|c: char| !c.is_alphanumeric()).any(|w| {
        super::dates::month(w).is_some()
            || matches!(w, "quarter" | "quarters" | "half" | "halves")
            || w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Words of change that open a subject before the thing that changed ("growth of retail
/// sales", "the increase in exports").
pub(super) const CHANGE_OF: [&str; 11] = [
    "growth of ",
    "growth in ",
    "growth rate of ",
    "increase of ",
    "increase in ",
    "decrease in ",
    "decline in ",
    "decline of ",
    "rise in ",
    "drop in ",
    "fall in ",
];

/// The sentence's subject as said before the figure (of the figure's part, after a semicolon,
/// when that part has one); for a figure in the sentence's first clause, that clause's
/// subject whole ("More than 90% of coal power units have …").
pub(super) fn head(ctx: &Ctx, max: usize) -> String {
    let before = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    // "…; the capital formation contributed 26.9 % to GDP and added": the subject of the
    // figure's own part of a sentence said in parts.
    if let Some((_, part)) = before.rsplit_once("; ") {
        let own = sentence_subject(part, max);
        if !own.is_empty() {
            return own;
        }
    }
    let head = sentence_subject(before, max);
    if head.is_empty() && !before.contains(", ") {
        sentence_subject(&ctx.sentence, max)
    } else {
        head
    }
}

/// Units and empty words that are no subject ("yuan", "square meters", "each", "all").
pub(super) fn weak(subject: &str) -> bool {
    /// Words of change and of measure that name no thing ("year-on-year increase", "a
    /// comparable increase", "rate").
    const EMPTY: &[&str] = &[
        "year-on-year",
        "year",
        "on",
        "increase",
        "increases",
        "growth",
        "rise",
        "decrease",
        "decline",
        "comparable",
        "change",
        "rate",
        "amount",
        "number",
        "share",
        "ratio",
        "total",
        "figure",
        "a",
        "an",
        "the",
        "of",
        "annual",
        "average",
        "increased",
        "gain",
        "gains",
        // "a nominal increase of 9.1 %", "the real growth", "a cumulative growth".
        "nominal",
        "real",
        "cumulative",
        "overall",
        // "the four quarters have increased by …": the parts of a year name no thing.
        "four",
        "quarter",
        "quarters",
        "month",
        "months",
    ];
    let s = subject.trim();
    // ("six-month increase": a span is no subject either.)
    s.is_empty()
        || UNIT_WORDS.contains(&s)
        || fragment(s)
        || s.split_whitespace().all(|w| {
            let w = bare(w);
            EMPTY.contains(&w) || w.ends_with("-month")
        })
}
