//! Subjects said by reference to other words of the text: "that of the non-local population",
//! "that in the central region" (the measure said before, of another thing), "they" opening a
//! sentence (the things the sentence before spoke of), "For young people aged 16 to 24, the
//! rate …" (the group a sentence opens with), and what a goal keeps ("keep the unemployment
//! rate at …").

use super::clause::last_clause;
use super::lexicon::TIME_AFTER_THE;
use super::phrase::{bare, fragment, noun_phrase};
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
    let time = super::label::says_time(rest)
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
        return that_in(clause, said);
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
