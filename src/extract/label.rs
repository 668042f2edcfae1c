//! Generic names for figures no rule knows: a label from the words around the figure, a slug
//! id, a theme from keywords; and the similarity used to merge a fact said twice.

use super::after::{Counted, compared_year, counted, share_of};
use super::phrase::{
    bare, clause_subject, fragment, has_verb, is_verb, last_clause, noun_phrase, sentence_subject,
    trim_end,
};
use super::rules::{Ctx, THEME_WORDS};
use crate::dataset::{Kind, Unit};

/// Upper-cases the first letter.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// The subject of a figure: its own clause's, else (when that is a pronoun, a fragment or the
/// end of a list) the sentence's; in a sentence that says "respectively", the k-th of the
/// subjects joined by "and" ("equipment … and high-tech manufacturing enterprises grew by 7.5%
/// and 10%, respectively").
fn subject_of(ctx: &Ctx) -> String {
    if ctx.sentence.contains("respectively") {
        let long = head(ctx, 24);
        // "imports and exports with India and the UAE": the items are what follows the last
        // preposition before the last "and", which they share.
        if let Some(item) = listed_after_preposition(&long, ctx.index) {
            return item;
        }
        let parts: Vec<&str> = long.split(" and ").collect();
        if let (true, Some(part)) = (parts.len() > 1, parts.get(ctx.index)) {
            // "value added of A and B": the second part shares "value added of".
            let shared = parts[0]
                .split_once(" of ")
                .filter(|_| ctx.index > 0 && !part.contains(" of "));
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
    let listed = (clause.starts_with("and ") || clause.starts_with("or "))
        && has_verb(clause)
        && !has_verb(last_clause(earlier.trim_end_matches([',', ' '])));
    if fragment(&own) || listed { head } else { own }
}

/// The `k`-th item of a list of two that share what comes before a preposition ("imports and
/// exports with India and the UAE" → "imports and exports with the UAE" for `k` = 1); `None`
/// when the phrase is not of that shape.
fn listed_after_preposition(phrase: &str, k: usize) -> Option<String> {
    let (left, right) = phrase.rsplit_once(" and ")?;
    let right = right.trim();
    if right.split_whitespace().count() > 3 || k > 1 {
        return None;
    }
    let at = ["with ", "of ", "in ", "for ", "from ", "to "]
        .iter()
        .filter_map(|p| left.rfind(&format!(" {p}")).map(|i| i + 1 + p.len()))
        .max()?;
    let (shared, first) = left.split_at(at);
    let first = first.trim();
    if first.is_empty() || first.split_whitespace().count() > 3 {
        return None;
    }
    let shared = noun_phrase(shared.trim_end());
    if shared.is_empty() {
        return None;
    }
    let joint = left[..at].trim_end().rsplit(' ').next().unwrap_or("with");
    Some(format!(
        "{shared} {joint} {}",
        if k == 0 { first } else { right }
    ))
}

/// The sentence's subject as said before the figure; for a figure in the sentence's first
/// clause, that clause's subject whole ("More than 90% of coal power units have …").
fn head(ctx: &Ctx, max: usize) -> String {
    let before = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let head = sentence_subject(before, max);
    if head.is_empty() && !before.contains(", ") {
        sentence_subject(&ctx.sentence, max)
    } else {
        head
    }
}

/// A label for a figure no rule names, built from its context (lower case; the sentence gives
/// back the original capitals of acronyms such as GDP, SME, R&D): what it counts or the subject
/// it is said of, "share of …" for a share, the direction and comparison year for a change, the
/// ranking for a rank.
pub fn generic_label(
    ctx: &Ctx,
    original: &str,
    unit: Unit,
    kind: Kind,
    said: &Said<'_>,
) -> (String, String) {
    // "accounted for 17.4 percent of …, 3.6 percentage points higher than …": the change of
    // that share, not of its subject.
    if let (Unit::PercentagePoint, Kind::Change, Some(rate)) = (unit, kind, said.rate)
        && continues_rate(ctx)
    {
        let how = change_label("", ctx);
        let how = if how.starts_with("difference") {
            how
        } else {
            how.strip_prefix("change")
                .map_or(how.clone(), |w| format!("change{w}"))
        };
        return (format!("{rate}, {how}"), String::new());
    }
    let ctx = &past_source(ctx);
    let own = subject_of(ctx);
    let own = referred(&own, said).unwrap_or(own);
    // "its imports grew 25.6 %": the imports of what the sentence spoke of before.
    let its = last_clause(&ctx.before)
        .split_whitespace()
        .any(|w| w == "its" || w == "their");
    let own = match (its, said.previous.or(said.earlier)) {
        (true, Some(before)) if !own.contains(" with ") => before.split_once(" with ").map_or_else(
            || own.clone(),
            |(_, partner)| format!("{own} with {partner}"),
        ),
        _ => own,
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
    let opens = ctx.index > 0 && clause.trim().is_empty();
    let borrowed = !listed && (continues(ctx) || opens) || weak(&own) || partner_clause.is_some();
    let subj = if borrowed {
        said.previous
            .or(said.earlier)
            .filter(|s| !s.is_empty())
            .map_or(own, |s| with_partner(s, partner))
    } else {
        own
    };
    let base = match (unit, kind) {
        (Unit::Rank, _) => rank_label(original, &subj),
        (_, Kind::Change) => change_label(&subj, ctx),
        (Unit::Percent | Unit::PercentagePoint | Unit::Times, _) => share_label(ctx, &subj),
        (Unit::Count, _) => match counted(&ctx.after) {
            Counted::Noun(n) if !fragment(&n) && (!weak(&n) || people(&n)) => what_befell(&n, ctx),
            Counted::Predicate(p) => {
                // Said of the sentence's subject ("confirmed cases …, 40 being discharged"),
                // or of the things named just before "of which" ("the 50 prominent industrial
                // cities, more than 10 of which have achieved …").
                let which = ctx.after.trim_start().starts_with("of which")
                    || ctx.after.trim_start().starts_with("of them");
                let named = ctx
                    .before
                    .rfind(" the ")
                    .map(|at| noun_phrase(&ctx.before[at..]))
                    .filter(|np| which && !fragment(np));
                let head = named.unwrap_or_else(|| head(ctx, 10));
                if fragment(&head) {
                    p
                } else {
                    format!("{head}, {p}")
                }
            }
            _ => subj.clone(),
        },
        // "10.2 trillion yuan for transfer payments", "1.2 billion kilowatts of capacity".
        _ => match counted(
            ctx.after
                .trim_start()
                .strip_prefix("of ")
                .or_else(|| {
                    // "for transfer payments", not "for six consecutive years".
                    ctx.after
                        .trim_start()
                        .strip_prefix("for ")
                        .filter(|r| !r.contains("year") && !r.contains("consecutive"))
                })
                .unwrap_or(&ctx.after),
        ) {
            Counted::Noun(n) if !fragment(&n) && !weak(&n) => what_befell(&n, ctx),
            _ => subj.clone(),
        },
    };
    let base = trim_end(&base);
    // "generated revenue of 3.7 trillion yuan", "recorded 3.67 billion visits": a bare noun
    // of what is measured says whose with the clause's subject ("Domestic tourism sector,
    // revenue").
    let base = match (kind, unit) {
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
            } else {
                base
            }
        }
    };
    let label = if base.chars().any(char::is_alphabetic) {
        capital(&restore_case(&base, original))
    } else {
        // Nothing in the sentence names it: what the sentences before spoke of, else what
        // kind of figure it is.
        said.earlier.filter(|e| !e.is_empty()).map_or_else(
            || capital(fallback(unit, kind)),
            |e| capital(&restore_case(e, original)),
        )
    };
    // What the figure was said of, for the figures after it: the thing counted or the amount's
    // object where the label names it, else the subject.
    let named = match (unit, kind) {
        (Unit::Rank | Unit::Percent | Unit::PercentagePoint | Unit::Times, _)
        | (_, Kind::Change) => subj,
        _ if weak(&base) => subj,
        _ => base,
    };
    (label, restore_case(&named, original))
}

/// Clauses that only name the source of what follows ("Official data from the GACC showed
/// that …", "Statistics show that …"): the subject is looked for after them.
const SOURCE: &[&str] = &[
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
fn past_source(ctx: &Ctx) -> Ctx {
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
fn in_terms_of(sentence: &str) -> Option<String> {
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
fn with_partner(subject: &str, partner: Option<&str>) -> String {
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
fn referred(own: &str, said: &Said<'_>) -> Option<String> {
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
const JOINING: &[&str] = &[
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
fn continues(ctx: &Ctx) -> bool {
    ctx.index > 0
        && ctx
            .before
            .split_whitespace()
            .all(|w| JOINING.contains(&bare(w)))
}

/// Whether a figure follows the one before with no subject of its own (", 3.6 percentage
/// points higher", "and 2.8 points up").
fn continues_rate(ctx: &Ctx) -> bool {
    ctx.index > 0
        && last_clause(&ctx.before)
            .split_whitespace()
            .all(|w| JOINING.contains(&bare(w)) || matches!(bare(w), "which" | "was" | "is" | "a"))
}

/// The noun an amount is "of", said right before it ("generated revenue of 3.7 trillion
/// yuan" → "revenue"); not "a total of".
fn amount_of(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().map(bare).collect();
    let n = words.len();
    if n < 2 || words[n - 1] != "of" {
        return None;
    }
    let noun = words[n - 2];
    let empty = matches!(
        noun,
        "total"
            | "a"
            | "an"
            | "the"
            | "sum"
            | "amount"
            | "number"
            | "out"
            | "all"
            | "some"
            | "high"
            | "low"
            | "record"
            | "level"
            | "peak"
            | "mark"
            | "height"
            | "increase"
            | "growth"
            | "rise"
            | "decrease"
            | "decline"
            | "drop"
            | "fall"
            | "reduction"
    ) || is_verb(noun)
        || noun.is_empty();
    (!empty).then(|| noun.to_owned())
}

/// Whether a counted noun is people ("1.4 billion people"): a thing counted, though no subject.
fn people(noun: &str) -> bool {
    matches!(noun, "people" | "persons" | "households" | "residents")
}

/// Past participles that say what was done to things counted ("have been delivered").
const DONE: &[&str] = &[
    "delivered",
    "completed",
    "lifted",
    "issued",
    "built",
    "installed",
    "trained",
    "employed",
    "vaccinated",
    "cured",
    "discharged",
    "treated",
    "resettled",
    "relocated",
    "connected",
    "upgraded",
    "renovated",
    "approved",
    "registered",
    "launched",
    "created",
    "added",
    "sold",
    "exported",
    "imported",
    "recruited",
    "hired",
    "rescued",
    "evacuated",
    "insured",
    "covered",
];

/// What the sentence says befell the things counted: made new ("added 13 million urban jobs
/// annually" → "new urban jobs per year", "created 52.82 million jobs" → "jobs created"),
/// or done to them ("770 million poor rural people have been lifted out of poverty" → "poor
/// rural people lifted out of poverty", "benefiting 176 million people" → "people
/// benefiting").
fn what_befell(noun: &str, ctx: &Ctx) -> String {
    let verb = last_clause(&ctx.before)
        .split_whitespace()
        .map(bare)
        .rfind(|w| {
            !matches!(
                *w,
                "more"
                    | "than"
                    | "over"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "a"
                    | "total"
                    | "of"
                    | "another"
            ) && !w.is_empty()
        })
        .unwrap_or("");
    let after = ctx.after.trim_start();
    let yearly = [
        " annually",
        " each year",
        " every year",
        " a year",
        " per year",
    ]
    .iter()
    .any(|w| format!(" {after}").contains(w));
    let mut label = match verb {
        "added" | "adds" | "add" | "created" | "creates" | "create" => format!("new {noun}"),
        v if v.ends_with("ing") && people(noun) => format!("{noun} {v}"),
        _ => noun.to_owned(),
    };
    // "… have been lifted out of poverty", "… have been delivered".
    let words: Vec<&str> = after.split_whitespace().map(bare).collect();
    if let Some(at) = words.iter().position(|w| *w == "been")
        && at <= noun.split_whitespace().count() + 5
        && let Some(done) = words.get(at + 1).filter(|w| DONE.contains(*w))
    {
        let mut tail = vec![*done];
        for w in words.iter().skip(at + 2).take(3) {
            if !matches!(
                *w,
                "out" | "of" | "from" | "to" | "poverty" | "overseas" | "abroad"
            ) {
                break;
            }
            tail.push(w);
        }
        label = format!("{label} {}", trim_end(&tail.join(" ")));
    }
    if yearly {
        label.push_str(" per year");
    }
    label
}

/// Units and empty words that are no subject ("yuan", "square meters", "each", "all").
fn weak(subject: &str) -> bool {
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
    ];
    let s = subject.trim();
    s.is_empty()
        || UNITS.contains(&s)
        || fragment(s)
        || s.split_whitespace().all(|w| EMPTY.contains(&bare(w)))
}

/// A label for a figure that nothing in the text names: what kind of figure it is.
fn fallback(unit: Unit, kind: Kind) -> &'static str {
    match (kind, unit) {
        (Kind::Change, _) => "change",
        (Kind::Target, _) => "target",
        (Kind::Share, _) => "share",
        (_, Unit::Yuan | Unit::UsDollar) => "amount",
        (_, Unit::Percent) => "rate",
        _ => "number",
    }
}

/// "China rose from 29th place … in the \"global innovation index\"": the ranking named in
/// quotes, else the subject's rank.
fn rank_label(original: &str, subj: &str) -> String {
    let quoted = original
        .split(['"', '“', '”'])
        .skip(1)
        .step_by(2)
        .find(|q| !q.trim().is_empty() && q.len() < 80);
    match quoted {
        Some(q) => format!("rank in the {}", q.to_ascii_lowercase()),
        None if !subj.is_empty() => format!("{subj}, rank"),
        None => "rank".to_owned(),
    }
}

/// "Carbon intensity, change compared with 2015", "coal consumption, change".
fn change_label(subj: &str, ctx: &Ctx) -> String {
    // "change", not "decrease": the value's sign says which way ("−18.8 %"); a subject that
    // already says it ("GDP growth rate") needs no word more.
    let says = ["growth", "increase", "change"]
        .iter()
        .any(|w| subj.split_whitespace().any(|x| x == *w));
    let way = if says { "" } else { "change" };
    let after = ctx.after.trim_start();
    let when = compared_year(&ctx.after)
        .map(|(how, y)| format!(" {how} {y}"))
        .or_else(|| {
            (after.starts_with("year on year") || after.starts_with("year-on-year"))
                .then(|| " year on year".to_owned())
        })
        .or_else(|| {
            compared_with(after).map(|np| {
                if np.starts_with("the same period") {
                    format!(" compared with {np}")
                } else {
                    // "47.1 percentage points higher than gross capital formation": a gap
                    // between two things, not a change over time.
                    format!(" difference from {np}")
                }
            })
        })
        .unwrap_or_default();
    let when = when.replace(" change difference", " difference");
    match (subj.is_empty(), way.is_empty()) {
        (true, _) if when.starts_with(" difference") => when.trim_start().to_owned(),
        (true, _) => format!("change{when}"),
        (false, true) => format!(
            "{subj}{}",
            when.strip_prefix(' ')
                .map_or(String::new(), |w| format!(", {w}"))
        ),
        (false, false) if when.starts_with(" difference") => format!("{subj},{when}"),
        (false, false) => format!("{subj}, {way}{when}"),
    }
}

/// "0.4 percentage point higher than the growth of the country's overall foreign trade": what
/// a figure is compared with, when it is not a year.
fn compared_with(after: &str) -> Option<String> {
    let rest = [
        "higher than ",
        "lower than ",
        "more than ",
        "less than ",
        "above ",
        "below ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))?;
    let rest = rest.strip_prefix("that of ").unwrap_or(rest);
    let np = noun_phrase(rest);
    if np.starts_with("same period") {
        return Some("the same period a year before".to_owned());
    }
    (!np.is_empty() && np.split_whitespace().count() <= 8).then_some(np)
}

/// "Urban jobs, share of all jobs", "share of coal power units", "gigabit users, share of the
/// world's total"; a range's two ends are told apart.
fn share_label(ctx: &Ctx, subj: &str) -> String {
    // "a 40 to 45 percent reduction": the two ends of one range.
    let after = ctx.after.trim();
    if after == "to" || after == "-" {
        return format!("{subj}, range, low end");
    }
    if matches!(ctx.before.trim(), "to" | "-") {
        return format!("{subj}, range, high end");
    }
    let own = clause_subject(&ctx.before);
    match share_of(&ctx.after) {
        Some(obj) if fragment(&own) && (subj.is_empty() || obj.contains(subj)) => {
            format!("share of {obj}")
        }
        Some(obj) => format!("{subj}, share of {obj}"),
        None => subj.to_owned(),
    }
}

/// Gives words back the capitals they have in the original sentence (GDP, SMEs, China).
fn restore_case(lower: &str, original: &str) -> String {
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

/// A slug of a label: lower-case ASCII words joined by hyphens, at most seven words.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let cleaned: String = s.chars().filter(|c| *c != '\'' && *c != '’').collect();
    for w in cleaned
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(7)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    if out.is_empty() {
        "figure".to_owned()
    } else {
        out
    }
}

/// The theme of a figure from keywords of its label and nearby words, else of its sentence.
pub fn theme(label: &str, ctx: &Ctx) -> &'static str {
    let near = format!("{} {} {}", label.to_lowercase(), ctx.before, ctx.after);
    // A keyword starts a word ("import", "imports", not "important").
    let starts_word = |text: &str, w: &str| {
        text.match_indices(w).any(|(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let find = |text: &str| {
        THEME_WORDS
            .iter()
            .find(|(id, words)| *id != "industry" && words.iter().any(|w| starts_word(text, w)))
            .map(|(id, _)| *id)
    };
    find(&near)
        .or_else(|| find(&ctx.sentence))
        .unwrap_or("industry")
}

/// The content words of a label, for comparing two labels.
fn content(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() > 3)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether two generic labels name the same thing: most content words shared.
pub fn similar(a: &str, b: &str) -> bool {
    let (a, b) = (content(a), content(b));
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let least = a.len().min(b.len());
    least > 0 && shared * 4 >= least * 3
}
