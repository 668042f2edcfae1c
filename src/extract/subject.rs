//! What a figure is said of: the subject of its clause or sentence past the clauses that only
//! set the time or name the source, what it refers back to, the subject said before it, its
//! partner, what befell the things counted. Lower-case text of one sentence, with what the
//! sentences before said (`Said`).

use super::counted::amount_of;
use super::phrase::{
    bare, clause_subject, fragment, has_verb, last_clause, noun_phrase, sentence_subject,
};
use super::rules::Ctx;
use crate::dataset::{Kind, Unit};

/// The subject a figure is said of: its own clause's, else what it refers back to ("the
/// industry's", "its imports"), else the one said before it (in the sentence, or the
/// paragraph), with the partner the figure names ("with Vietnam"). Lower case, or in the
/// sentence's capitals where borrowed.
pub(super) fn subject(ctx: &Ctx, said: &Said<'_>) -> String {
    let own = subject_of(ctx);
    let own = referred(&own, said).unwrap_or(own);
    // "its imports grew 25.6 %": the imports of what the sentence spoke of before.
    let its = last_clause(&ctx.before)
        .split_whitespace()
        .any(|w| w == "its" || w == "their");
    let own = match (its, said.previous.or(said.earlier)) {
        // "its ratio to GDP reached 2.64 %": the ratio of what was said before.
        (true, Some(before))
            if own
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "ratio" | "share" | "proportion")) =>
        {
            format!("{before}, {own}")
        }
        (true, Some(before)) if !own.contains(" with ") => before.split_once(" with ").map_or_else(
            || own.clone(),
            |(_, partner)| format!("{own} with {partner}"),
        ),
        _ => own,
    };
    // "we aim to keep the urban surveyed unemployment rate at around 5.5 %": what is kept.
    let own = if fragment(&own) {
        kept_object(last_clause(&ctx.before)).unwrap_or(own)
    } else {
        own
    };
    // "In terms of investment implementation, a total of 924.6 billion yuan …".
    let own = if weak(&own) {
        in_terms_of(&ctx.sentence).unwrap_or(own)
    } else {
        own
    };
    // "expanded 27.5 % year on year to 5.35 trillion yuan": a figure with no subject of its own
    // is said of the one before it; a subject that is only a unit or a fragment ("Yuan",
    // "All") gives way to the subject said before, in this sentence or an earlier one.
    // In a sentence that says "respectively", each figure has its own subject.
    let listed = ctx.sentence.contains("respectively");
    // "… with Poland and 39.4 % with Turkey": a clause that only names a partner.
    let clause = last_clause(&ctx.before).trim_start();
    let after = ctx.after.trim_start();
    let after = [
        "increase ",
        "growth ",
        "rise ",
        "decrease ",
        "decline ",
        "drop ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .unwrap_or(after);
    // A partner is a short name ("with Poland and"), not a clause of its own ("with a
    // utilization rate of", "with new orders for green ships accounting for").
    let short = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        words.len() <= 3 && !has_verb(p) && !words.iter().any(|w| matches!(*w, "of" | "a" | "an"))
    };
    let partner_clause = clause
        .strip_prefix("with ")
        .map(|p| p.trim_end().trim_end_matches(" and"))
        .filter(|p| short(p));
    let partner = after
        .strip_prefix("with ")
        .filter(|p| short(&noun_phrase(p)))
        .or(partner_clause);
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
    let borrowed = !listed && (continues(ctx) || opens) || weak(&own) || partner_clause.is_some();
    if borrowed {
        said.previous
            .or(said.earlier)
            .filter(|s| !s.is_empty())
            .map_or(own, |s| with_partner(s, partner))
    } else {
        own
    }
}

/// The thing a goal keeps or controls ("… keep the urban surveyed unemployment rate at
/// around" → "urban surveyed unemployment rate"); `None` when the clause says no such verb.
fn kept_object(clause: &str) -> Option<String> {
    let at = [" keep ", " control ", " maintain ", " stabilize ", " hold "]
        .iter()
        .filter_map(|w| clause.rfind(w).map(|p| p + w.len()))
        .max()?;
    let np = noun_phrase(&clause[at..]);
    (!fragment(&np)).then_some(np)
}

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
            } else if of.is_some() && noun.split_whitespace().count() > 1 {
                // "extra tax deductions of 1.85 trillion yuan": what the amount is.
                noun
            } else {
                base
            }
        }
    }
}

/// The subject of a figure: its own clause's, else (when that is a pronoun, a fragment or the
/// end of a list) the sentence's; in a sentence that says "respectively", the k-th of the
/// subjects joined by "and" ("equipment … and high-tech manufacturing enterprises grew by 7.5%
/// and 10%, respectively").
pub(super) fn subject_of(ctx: &Ctx) -> String {
    if let Some(item) = super::listed::respective_item(&ctx.sentence, ctx.index) {
        return item;
    }
    if ctx.sentence.contains("respectively") {
        let long = head(ctx, 24);
        // "imports and exports with India and the UAE": the items are what follows the last
        // preposition before the last "and", which they share.
        if let Some(item) = super::listed::after_preposition(&long, ctx.index) {
            return item;
        }
        let parts: Vec<&str> = long.split(" and ").collect();
        // "one-year and five-year-plus loan prime rates": a lone modifier shares the noun
        // of the last item.
        let last = parts.last().copied().unwrap_or("");
        // "A and B grew 8.9 % and 8.3 % respectively, up 0.8 and 2.1 points": the figures
        // after the list's go over it again.
        let points_after = ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..]
            .chars()
            .take(40)
            .collect::<String>()
            .contains("percentage point");
        let index = if parts.len() > 1 && points_after {
            ctx.index % parts.len()
        } else {
            ctx.index
        };
        if let (true, Some(part)) = (parts.len() > 1, parts.get(index))
            && part.split_whitespace().count() == 1
            && let Some((_, noun)) = last.split_once(' ')
        {
            return format!("{part} {noun}");
        }
        if let (true, Some(part)) = (parts.len() > 1, parts.get(index)) {
            // "value added of A and B": the second part shares "value added of".
            let shared = parts[0]
                .split_once(" of ")
                .filter(|_| index > 0 && !part.contains(" of "));
            return shared.map_or_else(
                || (*part).to_owned(),
                |(what, _)| format!("{what} of {part}"),
            );
        }
    }
    let head = head(ctx, 10);
    let clause = last_clause(&ctx.before);
    if clause.starts_with("which") {
        // "… the total number of urban jobs in 1949, which stood at 15 million".
        let earlier = ctx.before.strip_suffix(clause).unwrap_or("");
        if let Some(at) = earlier.rfind(" the ") {
            let np = noun_phrase(&earlier[at..]);
            if !fragment(&np) {
                return np;
            }
        }
    }
    let own = clause_subject(&ctx.before);
    // "…, and high-speed electric multiple units (EMUs) has been shortened by": the end of a
    // list in the sentence's subject (the clause before it has no verb), not a subject of its
    // own.
    let prefix = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let earlier = prefix
        .trim_end()
        .strip_suffix(clause.trim_end())
        .unwrap_or("");
    // ("…, industrial robots 23.9 percent and integrated circuits 15.0 percent": an item
    // with no verb of its own is a subject of its own.)
    // (A clause before that holds a figure — "an increase of 8.1 % over the previous year,
    // and its ratio to GDP reached" — is no item of a list.)
    let before_clause = last_clause(earlier.trim_end_matches([',', ' ']));
    let listed = (clause.starts_with("and ") || clause.starts_with("or "))
        && has_verb(clause)
        && !has_verb(before_clause)
        && !before_clause.contains(|c: char| c.is_ascii_digit());
    if fragment(&own) || listed { head } else { own }
}

/// The sentence's subject as said before the figure; for a figure in the sentence's first
/// clause, that clause's subject whole ("More than 90% of coal power units have …").
pub(super) fn head(ctx: &Ctx, max: usize) -> String {
    let before = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let head = sentence_subject(before, max);
    if head.is_empty() && !before.contains(", ") {
        sentence_subject(&ctx.sentence, max)
    } else {
        head
    }
}

/// Clauses that only name the source of what follows ("Official data from the GACC showed
/// that …", "Statistics show that …"): the subject is looked for after them.
pub(super) const SOURCE: &[&str] = &[
    " showed that ",
    " shows that ",
    " show that ",
    " indicated that ",
    " indicates that ",
    " revealed that ",
    " found that ",
    " ensures that ",
    " ensure that ",
    " means that ",
    " estimated that ",
    " expected that ",
];

/// The context past a clause that only names the source, when one comes before the figure.
pub(super) fn past_source(ctx: &Ctx) -> Ctx {
    let prefix = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let cut = SOURCE
        .iter()
        .filter_map(|m| prefix.rfind(m).map(|p| p + m.len()))
        .max();
    let Some(cut) = cut else {
        return ctx.clone();
    };
    let before_start = ctx.start.saturating_sub(ctx.before.len());
    Ctx {
        before: if before_start < cut {
            ctx.sentence[cut..ctx.start].to_owned()
        } else {
            ctx.before.clone()
        },
        after: ctx.after.clone(),
        sentence: ctx.sentence[cut..].to_owned(),
        index: ctx.index,
        start: ctx.start - cut,
    }
}

/// The topic a sentence without figures sets for the figures after it ("As for total retail
/// sales of consumer goods, …"), in the sentence's own capitals.
#[must_use]
pub fn topic(original: &str) -> Option<String> {
    let lower = original.to_ascii_lowercase();
    in_terms_of(&lower).map(|t| restore_case(&t, original))
}

/// "In terms of investment implementation, …": the thing the sentence is about.
pub(super) fn in_terms_of(sentence: &str) -> Option<String> {
    let rest = sentence
        .strip_prefix("in terms of ")
        .or_else(|| sentence.strip_prefix("as for "))
        .or_else(|| sentence.strip_prefix("regarding "))?;
    let np = noun_phrase(rest.split(", ").next().unwrap_or(rest));
    (!fragment(&np)).then_some(np)
}

/// A subject said before, for a figure said "with" another partner ("an increase of 40.6 %
/// with Poland" after "imports and exports with the UAE" → "imports and exports with
/// Poland").
pub(super) fn with_partner(subject: &str, partner: Option<&str>) -> String {
    let Some(rest) = partner else {
        return subject.to_owned();
    };
    let partner = noun_phrase(rest);
    if partner.is_empty() || partner.split_whitespace().count() > 4 {
        return subject.to_owned();
    }
    let shared = subject.rsplit_once(" with ").map_or(subject, |(s, _)| s);
    format!("{shared} with {partner}")
}

/// What was said before a figure: the subject of the figure before it in the same sentence,
/// and the last subject of the sentences before in the same paragraph.
#[derive(Debug, Clone, Copy, Default)]
pub struct Said<'a> {
    /// The subject of the previous figure of the sentence.
    pub previous: Option<&'a str>,
    /// The last subject named in an earlier sentence of the paragraph.
    pub earlier: Option<&'a str>,
    /// The label of the figure before in the sentence when it is a share or a rate in
    /// percent: a change in percentage points right after it is that share's change.
    pub rate: Option<&'a str>,
    /// The last industry or sector the paragraph named ("the construction industry"), which
    /// "the industry's added value" refers back to.
    pub sector: Option<&'a str>,
}

/// The last industry or sector a sentence names ("the scale of the construction industry" →
/// "construction industry"), not "the industry" itself; lower case.
#[must_use]
pub fn sector_named(lower: &str) -> Option<String> {
    let words: Vec<&str> = lower.split_whitespace().map(bare).collect();
    // "the construction industry", not "a pillar industry" nor "the industry" itself.
    (0..words.len()).rev().find_map(|at| {
        if !matches!(words[at], "industry" | "sector") {
            return None;
        }
        let the = words[..at].iter().rposition(|w| *w == "the")?;
        let named = &words[the + 1..at];
        (!named.is_empty()
            && named.len() <= 3
            && named
                .iter()
                .all(|w| !matches!(*w, "of" | "and" | "in" | "a" | "its")))
        .then(|| words[the + 1..=at].join(" "))
    })
}

/// A subject that refers back ("industry's added value", "its imports"): said again with
/// what it refers to ("construction industry's added value", "imports with Belt and Road
/// countries").
pub(super) fn referred(own: &str, said: &Said<'_>) -> Option<String> {
    let first = own.split_whitespace().next()?;
    if let (Some(sector), true) = (
        said.sector,
        matches!(first, "industry's" | "industry" | "sector's" | "sector"),
    ) {
        let kind = first.trim_end_matches("'s");
        let possessive = first.ends_with("'s");
        let rest = own[first.len()..].trim_start();
        let named = if possessive {
            format!("{sector}'s")
        } else {
            sector.to_owned()
        };
        return sector
            .ends_with(kind)
            .then(|| format!("{named} {rest}").trim().to_owned());
    }
    None
}

/// Words that only join a figure to the one before it ("… 27.5 % year on year to 5.35
/// trillion yuan", "…, reaching", "and").
pub(super) const JOINING: &[&str] = &[
    "to",
    "year",
    "on",
    "year-on-year",
    "and",
    "reaching",
    "reached",
    "at",
    "or",
    "of",
    "with",
    "a",
    "an",
    "total",
    "totaling",
    "totalling",
    "hitting",
    "up",
    "by",
    "from",
    "",
];

/// Whether a figure has no words of its own before it, only words that join it to the
/// figure before ("to", "year on year to").
pub(super) fn continues(ctx: &Ctx) -> bool {
    ctx.index > 0
        && ctx
            .before
            .split_whitespace()
            .all(|w| JOINING.contains(&bare(w)))
}

/// Whether a figure follows the one before with no subject of its own (", 3.6 percentage
/// points higher", "and 2.8 points up").
pub(super) fn continues_rate(ctx: &Ctx) -> bool {
    // (", an increase of 2.1 percentage points from …" continues it too.)
    ctx.index > 0
        && last_clause(&ctx.before).split_whitespace().all(|w| {
            JOINING.contains(&bare(w))
                || matches!(
                    bare(w),
                    "which"
                        | "was"
                        | "is"
                        | "a"
                        | "increase"
                        | "decrease"
                        | "rise"
                        | "drop"
                        | "decline"
                        | "down"
                )
        })
}

/// Units and empty words that are no subject ("yuan", "square meters", "each", "all").
pub(super) fn weak(subject: &str) -> bool {
    const UNITS: &[&str] = &[
        "yuan",
        "square meters",
        "square metres",
        "person",
        "persons",
        "people",
        "each",
        "all",
        "percent",
        "times",
        "items",
        "figure",
        "figures",
        "cubic meters",
        "tons",
        "mu",
        "kilowatts",
        "kilometers",
        "hectares",
        "units",
        "households",
    ];
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
    ];
    let s = subject.trim();
    // ("six-month increase": a span is no subject either.)
    s.is_empty()
        || UNITS.contains(&s)
        || fragment(s)
        || s.split_whitespace().all(|w| {
            let w = bare(w);
            EMPTY.contains(&w) || w.ends_with("-month")
        })
}

/// Gives words back the capitals they have in the original sentence (GDP, SMEs, China).
pub(super) fn restore_case(lower: &str, original: &str) -> String {
    // The first capitalised spelling of each word of the sentence, looked up once per word.
    let mut known: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    let words = original
        .split(|c: char| c.is_whitespace() || ",;:\"“”()".contains(c))
        .map(|w| w.trim_end_matches('.'));
    for (k, o) in words.filter(|o| !o.is_empty()).enumerate() {
        // A capital that only starts the sentence is not the word's own ("In 1949, …").
        let capitals = o.chars().filter(|c| c.is_uppercase()).count();
        if capitals > 1 || capitals == 1 && k > 0 {
            known.entry(o.to_ascii_lowercase()).or_insert(o);
        }
    }
    lower
        .split(' ')
        .map(|w| {
            let core = w.trim_end_matches([',', ';', ':']);
            let tail = &w[core.len()..];
            known
                .get(&core.to_ascii_lowercase())
                .map_or_else(|| w.to_owned(), |k| format!("{k}{tail}"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}
