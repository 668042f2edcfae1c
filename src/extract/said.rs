//! What was said before a figure (`Said`) and what refers back to it: the topic a sentence
//! sets, the industry a paragraph named, a partner said with "with", words that only join a
//! figure to the one before; and the capitals a sentence gives its words back.

use super::clause::last_clause;
use super::named::Named;
use super::phrase::{bare, fragment, noun_phrase};
use super::rules::Ctx;

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
    /// The label of the figure right before in the sentence when it counts things ("5G base
    /// stations built"): a share hung on it (", accounting for 60 % of the total") is theirs.
    pub counted: Option<&'a str>,
    /// The sentence before in the turn that has a verb ("The pilot zones have 22 members."),
    /// whose subject ([`owner_of`]) a sentence opening "Together, they …" refers back to.
    pub before: Option<&'a str>,
    /// The sentence right before in the turn, verb or none ("We divide it into general
    /// transfer payments and special transfer payments."), which "the former" refers to.
    pub last: Option<&'a str>,
    /// What the turn named in full before ("the construction industry", "the housing
    /// provident fund"), which "the industry's added value" and "the fund" refer back to.
    pub named: Option<&'a Named>,
}

/// A subject that refers back ("industry's added value", "its imports"): said again with
/// what it refers to ("construction industry's added value", "imports with Belt and Road
/// countries").
pub(super) fn referred(own: &str, said: &Said<'_>) -> Option<String> {
    let first = own.split_whitespace().next()?;
    let kind = first.trim_end_matches("'s");
    if let (Some(sector), true) = (
        said.named.and_then(|n| n.get(kind)),
        matches!(kind, "industry" | "sector"),
    ) {
        let possessive = first.ends_with("'s");
        let rest = own[first.len()..].trim_start();
        let sector = sector.to_ascii_lowercase();
        let named = if possessive {
            format!("{sector}'s")
        } else {
            sector
        };
        return Some(format!("{named} {rest}").trim().to_owned());
    }
    None
}

/// The thing a sentence is about, for the sentence after it to refer back to with "they":
/// its subject in the sentence's capitals; `None` for a pronoun, a fragment or a number.
#[must_use]
pub(super) fn owner_of(original: &str) -> Option<String> {
    let lower = original.to_ascii_lowercase();
    let np = super::clause::sentence_subject(&lower, 6);
    // ("the central SOEs performed well": a verb in the past the verb list does not know
    // ends the subject.)
    let words: Vec<&str> = np.split_whitespace().collect();
    let end = (1..words.len())
        .find(|&k| words[k].ends_with("ed") && !matches!(words[k - 1], "of" | "the" | "newly"))
        .unwrap_or(words.len());
    let np = words[..end].join(" ");
    let first = np.split_whitespace().next()?;
    let pronoun = matches!(
        first,
        "we" | "i"
            | "it"
            | "they"
            | "this"
            | "these"
            | "that"
            | "those"
            | "there"
            | "its"
            | "their"
            | "our"
            | "you"
    );
    (!pronoun && !fragment(&np) && !np.contains(|c: char| c.is_ascii_digit()))
        .then(|| restore_case(&np, original))
}

/// Whether a sentence opens by referring back to the things the sentence before spoke of:
/// "They account for …", "Together, they account for …" (after at most one short opening
/// clause). Lower case.
pub(super) fn opens_with_pronoun(sentence: &str) -> bool {
    let pronoun = |c: &str| c.split_whitespace().next() == Some("they");
    let mut clauses = sentence.split(", ");
    let first = clauses.next().unwrap_or("");
    pronoun(first) || first.split_whitespace().count() <= 3 && clauses.next().is_some_and(pronoun)
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

/// Whether a figure ends a move whose start is the figure before ("from 13.9 % in the same
/// period last year to 10.8 %"): a time between the two is no subject of its own.
pub(super) fn ends_move(ctx: &Ctx) -> bool {
    let before = ctx.before.trim_end();
    let Some(between) = before
        .strip_suffix(" to")
        .or((before == "to").then_some(""))
    else {
        return false;
    };
    let head = ctx
        .sentence
        .get(..ctx.start.saturating_sub(ctx.before.len()))
        .unwrap_or("");
    ctx.index > 0
        && !super::phrase::has_verb(between)
        && !between.contains([',', ';'])
        && head.split_whitespace().rev().take(3).any(|w| w == "from")
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
        // ("…; The decline of …": a word that opens a clause after a semicolon keeps no
        // capital of its own either.)
        let opener = matches!(
            o.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "and" | "of" | "in" | "to" | "for" | "from" | "by" | "with"
        );
        if (capitals > 1 || capitals == 1 && k > 0) && !opener {
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
