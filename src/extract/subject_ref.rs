//! Subjects said by reference to other words of the text: "that of the non-local population",
//! "that in the central region" (the measure said before, of another thing), "they" opening a
//! sentence (the things the sentence before spoke of), "For young people aged 16 to 24, the
//! rate …" (the group a sentence opens with), and what a goal keeps ("keep the unemployment
//! rate at …").

use super::clause::last_clause;
use super::lexicon::TIME_AFTER_THE;
use super::phrase::{bare, before_hedge, fragment, has_verb, noun_phrase};
use super::rules::Ctx;
use super::said::{Said, opens_with_pronoun, owner_of};

/// A subject said by a word that refers to the sentence before: "they" ([`they`]), "the
/// former" or "the latter" ([`former_or_latter`]); `None` for any other.
pub(super) fn said_before(own: &str, ctx: &Ctx, said: &Said<'_>) -> Option<String> {
    they(own, ctx, said).or_else(|| former_or_latter(own, said))
}

/// "The pilot zones have 22 members. Together, they account for 18 %": the things the
/// sentence before spoke of, when "they" opens the sentence and that sentence's subject is
/// plural; `None` otherwise.
fn they(own: &str, ctx: &Ctx, said: &Said<'_>) -> Option<String> {
    let they = matches!(own, "they" | "")
        && last_clause(&ctx.before).starts_with("they ")
        && opens_with_pronoun(&ctx.sentence);
    said.before
        .filter(|_| they)
        .and_then(owner_of)
        .filter(|owner| owner.ends_with('s'))
        .map(|owner| owner.to_ascii_lowercase())
}

/// "We divide it into general transfer payments and special transfer payments. The former
/// will reach 8.2 trillion yuan, and the latter …": the first or the second of the two things
/// the sentence before joined with "and"; `None` for any other subject, or when the sentence
/// before joins no two things.
fn former_or_latter(own: &str, said: &Said<'_>) -> Option<String> {
    const LEADS: [&str; 10] = [
        " into ",
        " between ",
        " of ",
        ": ",
        ", ",
        " are ",
        " is ",
        " include ",
        " includes ",
        " including ",
    ];
    let second = match own {
        "former" => false,
        "latter" => true,
        _ => return None,
    };
    let before = said.last?.to_ascii_lowercase();
    let before = before.trim_end_matches(['.', ';', ' ']);
    let (left, right) = before.rsplit_once(" and ")?;
    let start = LEADS
        .iter()
        .filter_map(|w| left.rfind(w).map(|at| at + w.len()))
        .max()?;
    let thing = if second {
        noun_phrase(right)
    } else {
        noun_phrase(&left[start..])
    };
    (!thing.is_empty() && !fragment(&thing)).then_some(thing)
}

/// The group a sentence opens with, "For young people aged 16 to 24, …" → "young people aged
/// 16 to 24"; `None` for a time ("For the whole year, …"), "for example" and the like, or a
/// sentence that opens otherwise.
pub(super) fn opening_group(sentence: &str) -> Option<String> {
    let (first, _) = sentence.split_once(", ")?;
    let rest = first.strip_prefix("for ")?;
    let np = noun_phrase(rest);
    let time = super::label_words::says_time(rest)
        || rest
            .split_whitespace()
            .any(|w| TIME_AFTER_THE.contains(&bare(w)));
    let filler = matches!(
        np.as_str(),
        "example" | "instance" | "this" | "that" | "now" | "us" | "me"
    );
    (!np.is_empty() && !time && !filler && !fragment(&np)).then_some(np)
}

/// "The rate of the local population was 5.3 % and that of the non-local population was
/// 5.4 %": the measure said before, of the thing named after "that of" ("rate of the
/// non-local population"), or the thing itself when the subject before names no measure
/// "of" anything; `None` when the clause before the figure says no "that of", or nothing was
/// said before in the sentence.
pub(super) fn that_of(ctx: &Ctx, said: &Said<'_>) -> Option<String> {
    let clause = last_clause(&ctx.before);
    let at = [" that of ", " those of "]
        .iter()
        .filter_map(|w| format!(" {clause}").find(w).map(|i| i + w.len() - 1))
        .max();
    let Some(at) = at else {
        return that_in(clause, said).or_else(|| the_others(clause, said));
    };
    let of = noun_phrase(clause.get(at..)?);
    let previous = said.previous?;
    // ("that of the first quarter", "that of 2019": a time, the same measure.)
    let first = of.split_whitespace().next().unwrap_or("");
    let time = TIME_AFTER_THE.contains(&first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || super::dates::month(first).is_some();
    if fragment(&of) || time {
        return None;
    }
    // ("The tertiary sector grew 7.6 %, higher than that of the secondary sector at 5.8 %":
    // the thing itself, where the subject before names no measure "of" anything.)
    Some(match previous.split_once(" of ") {
        Some((measure, _)) if !measure.is_empty() => format!("{measure} of {of}"),
        _ => of,
    })
}

/// "a major economy with a GDP of more than 5 trillion yuan", "a port with an annual
/// throughput of 30 million tonnes": the measure the thing is said to have; `None` when the
/// words before the figure say no "with a … of", or what they name is a change ("with a
/// growth of", said of the subject) or a population (see [`super::population`]).
pub(super) fn with_measure(ctx: &Ctx) -> Option<String> {
    let before = before_hedge(&ctx.before).strip_suffix(" of")?;
    let at = [" with a ", " with an "]
        .iter()
        .filter_map(|w| format!(" {before}").rfind(w).map(|i| i + w.len() - 1))
        .max()?;
    let measure = before.get(at..)?;
    let words: Vec<&str> = measure.split_whitespace().collect();
    // (A change is said of the subject, a total or a population has its own label.)
    let names_other = words.iter().any(|w| {
        matches!(
            bare(w),
            "growth"
                | "increase"
                | "rise"
                | "decline"
                | "decrease"
                | "drop"
                | "fall"
                | "total"
                | "population"
        )
    }) || words.iter().all(|w| {
        // ("with an average of 140,000 each year": a word that names no measure alone.)
        matches!(
            bare(w),
            "a" | "an" | "average" | "number" | "value" | "amount" | "sum" | "scale" | "size"
        )
    });
    let np = noun_phrase(measure);
    (words.len() <= 5
        && !names_other
        && !has_verb(measure)
        && !measure.contains([',', ';'])
        && !fragment(&np))
    .then_some(np)
}

/// "China is the largest contributor to world economic growth at nearly 30 %": the
/// contribution to what the contributor adds to; `None` when the words before the figure
/// say no "contributor to … at".
pub(super) fn contributor(ctx: &Ctx) -> Option<String> {
    // ("at" is one of the hedge words: "at least".)
    let before = before_hedge(&ctx.before);
    if !ctx.before[before.len()..]
        .split_whitespace()
        .any(|w| w == "at")
    {
        return None;
    }
    let at = before.rfind("contributor to ")? + "contributor to ".len();
    let to = noun_phrase(&before[at..]);
    (!fragment(&to)).then(|| format!("contribution to {to}"))
}

/// "over 35 billion yuan had been invested in the first and second phases of the project",
/// "with over 17 billion yuan invested in Xinjiang": an amount that opens its clause and is
/// said to have been invested in (or put into) something is the investment in it; `None` for
/// other words.
pub(super) fn invested_in(ctx: &Ctx) -> Option<String> {
    const INVESTED: [&str; 4] = [
        "invested in ",
        "invested into ",
        "put into ",
        "injected into ",
    ];
    // ("With over 17 billion yuan invested in Xinjiang annually, …".)
    let clause = last_clause(&ctx.before).trim_start();
    let clause = clause.strip_prefix("with ").unwrap_or(clause);
    // ("In terms of investment completion, a total of 421.3 billion yuan has been invested
    // in …": the topic names the figure.)
    if !super::predicate::opens_clause(clause) || super::said::in_terms_of(&ctx.sentence).is_some()
    {
        return None;
    }
    let after = ctx.after.trim_start();
    let after = after
        .strip_prefix("yuan ")
        .or_else(|| after.strip_prefix("us dollars "))
        .unwrap_or(after);
    let rest = [
        "had been ",
        "has been ",
        "have been ",
        "was ",
        "were ",
        "is ",
        "are ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .unwrap_or(after);
    let rest = INVESTED.iter().find_map(|w| rest.strip_prefix(w))?;
    let what = noun_phrase(rest);
    (!what.is_empty() && !fragment(&what)).then(|| format!("investment in {what}"))
}

/// "…, much higher than the world's 2.9 %", "…, above the national average of 5.2 %": the
/// measure said before, of the world or the country as a whole ("world value-added in
/// industry", "value-added in industry, national average"); `None` when the clause does not
/// end so, or nothing was said before in the sentence.
fn the_others(clause: &str, said: &Said<'_>) -> Option<String> {
    const WHOLES: &[(&str, bool)] = &[
        ("the world's", true),
        ("the world average of", true),
        ("the global average of", true),
        ("the global level of", true),
        ("the national average of", false),
        ("the national level of", false),
        ("the country's average of", false),
    ];
    let clause = clause.trim_end();
    // "lower than the approximate 3 % that had been expected": the same measure.
    let bare_than = [
        "than the",
        "than the approximate",
        "than the expected",
        "than the planned",
    ]
    .iter()
    .any(|w| clause.ends_with(w));
    if bare_than {
        return said.previous.filter(|p| !p.is_empty()).map(str::to_owned);
    }
    let (_, world) = WHOLES.iter().find(|(w, _)| {
        clause.strip_suffix(w).is_some_and(|c| {
            c.trim_end().ends_with(" than")
                || c.trim_end().ends_with("above")
                || c.trim_end().ends_with("below")
        })
    })?;
    let previous = said.previous.filter(|p| !p.is_empty())?;
    Some(if *world {
        format!("world {previous}")
    } else {
        format!("{previous}, national average")
    })
}

/// "Investment in the eastern region grew 4.4 %, while that in the central region fell
/// 0.7 %": the measure said before, in the place or for the thing named after "that in",
/// "that for", "those in" ("investment in the central region"); `None` when the clause says
/// none, or the subject before is said with no such preposition.
fn that_in(clause: &str, said: &Said<'_>) -> Option<String> {
    let clause = clause
        .trim_start_matches("and ")
        .trim_start_matches("while ")
        .trim_start_matches("whereas ")
        .trim_start_matches("but ");
    let rest = clause
        .strip_prefix("that ")
        .or_else(|| clause.strip_prefix("those "))?;
    let (prep, rest) = rest.split_once(' ')?;
    if !matches!(prep, "in" | "for" | "from" | "to" | "with") {
        return None;
    }
    let the = if rest.starts_with("the ") { "the " } else { "" };
    let named = noun_phrase(rest);
    let (measure, _) = said.previous?.split_once(&format!(" {prep} "))?;
    (!fragment(&named) && !measure.is_empty()).then(|| format!("{measure} {prep} {the}{named}"))
}

/// The thing a goal keeps or controls ("… keep the urban surveyed unemployment rate at
/// around" → "urban surveyed unemployment rate"); `None` when the clause says no such verb.
pub(super) fn kept_object(clause: &str) -> Option<String> {
    let at = [" keep ", " control ", " maintain ", " stabilize ", " hold "]
        .iter()
        .filter_map(|w| clause.rfind(w).map(|p| p + w.len()))
        .max()?;
    let np = noun_phrase(&clause[at..]);
    (!fragment(&np)).then_some(np)
}
