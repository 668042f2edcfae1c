//! How things counted stand to the rest of their clause, said in their label: who did
//! something in them ("cities where pilot banks …"), what they do by a passive before them
//! ("normal universities providing teacher training"), places reached and things connected
//! to ("cities reached", "ports connected"), what was done with an amount that names nothing
//! ("amount transferred"), and the doer of a verb they were made by. Lower-case text of one
//! sentence.

use super::clause::last_clause;
use super::lexicon::PLACE_NOUNS;
use super::phrase::bare;
use super::predicate::{NOT_DONE, PREPOSITIONS, opens_clause, said_of_things};
use super::rules::Ctx;

/// The doer of a verb in the past tense that a clause opens with ("china-europe freight
/// trains made" → "china-europe freight trains"): a short noun phrase of one to four words,
/// none a pronoun, preposition or verb; `None` otherwise.
pub(super) fn doer<'a>(clause: &'a str, verb: &str) -> Option<&'a str> {
    let subject = clause.trim_end().strip_suffix(verb)?.trim_end();
    let subject = subject.strip_prefix("the ").unwrap_or(subject);
    let words: Vec<&str> = subject.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                *w,
                "we" | "they"
                    | "it"
                    | "he"
                    | "she"
                    | "i"
                    | "you"
                    | "this"
                    | "these"
                    | "which"
                    | "who"
                    | "that"
                    | "and"
                    | "also"
            )
            && !PREPOSITIONS.contains(w)
            && !super::phrase::is_verb(w)
    };
    (1..=4)
        .contains(&words.len())
        .then_some(subject)
        .filter(|_| words.iter().all(plain))
}

/// What was done with an amount that opens its clause and names nothing ("A total of 124
/// billion yuan was transferred …" → "amount transferred", "35 billion yuan has been
/// allocated to the project" → "amount allocated to the project"); `None` when no passive
/// follows it.
pub(super) fn amount_done(ctx: &Ctx) -> Option<String> {
    if !opens_clause(last_clause(&ctx.before)) {
        return None;
    }
    // The amount as the things counted, said "amount", with what the clause says of it.
    done_with(ctx, "amount").filter(|p| !p.starts_with("amount that "))
}

/// What the clause after an amount says was done with it, said of `noun` ("was transferred"
/// → "amount transferred"); `None` when no auxiliary opens the words after the amount.
fn done_with(ctx: &Ctx, noun: &str) -> Option<String> {
    let after = ctx.after.trim_start();
    let first = after.split_whitespace().next().map(bare)?;
    if !matches!(first, "was" | "were" | "has" | "have" | "had") {
        return None;
    }
    let words: Vec<&str> = after.split_whitespace().take(40).collect();
    said_of_things(noun, &words, 0, None)
}

/// What was done with a part of an amount said before, with what that amount is of ("16.9
/// trillion yuan of housing provident funds have been accumulated, of which 10.4 trillion was
/// withdrawn" → "housing provident funds withdrawn"): the noun after the "of" that follows
/// the clause's figure, and what the clause says of the part; `None` when the part is not
/// said "of which" or "among them", or the whole names nothing.
pub(super) fn part_done(ctx: &Ctx) -> Option<String> {
    let before = ctx.before.trim_end();
    let whole = before
        .strip_suffix("of which")
        .or_else(|| before.strip_suffix("among them"))?
        .trim_end()
        .trim_end_matches(',');
    // The words after the whole's figure (the text since it): "of housing provident funds
    // have been accumulated".
    let after_figure = whole
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(whole, |at| &whole[at + 1..])
        .trim_start();
    let of = after_figure
        .strip_prefix("of ")
        .or_else(|| after_figure.split_once(" of ").map(|(_, of)| of))?;
    let noun = super::phrase::noun_phrase(of);
    if super::phrase::fragment(&noun) {
        return None;
    }
    done_with(ctx, &noun).filter(|p| p != &noun)
}

/// Who did something in the places a count is of, when the clause says only them and "in"
/// before it ("pilot banks in" → "pilot banks"): one to four plain words, the hedges left
/// out; `None` otherwise.
pub(super) fn doer_in(clause: &str) -> Option<&str> {
    let clause = super::phrase::before_hedge(clause.trim()).trim_end();
    let who = clause.strip_suffix(" in")?;
    let who = who.strip_prefix("and ").unwrap_or(who);
    let who = who.strip_prefix("the ").unwrap_or(who);
    doer(&format!("{who} x"), "x").map(|_| who)
}

/// Things counted that do what a passive before them says was done ("Teacher training is
/// jointly provided by 225 normal universities" → "normal universities providing teacher
/// training"): its subject of one to four plain words, its verb a regular past participle;
/// `None` otherwise.
pub(super) fn doing_it(clause: &str, noun: &str) -> Option<String> {
    let clause = super::phrase::before_hedge(clause.trim()).trim_end();
    let words: Vec<&str> = clause.split_whitespace().map(bare).collect();
    let [.., participle, "by"] = words.as_slice() else {
        return None;
    };
    let aux = words
        .iter()
        .position(|w| matches!(*w, "is" | "are" | "was" | "were"))?;
    // Only adverbs between the auxiliary and the participle ("is jointly provided"); none
    // when the auxiliary is the last word before "by" ("… is by 20 companies").
    let between = words.get(aux + 1..words.len() - 2)?;
    if !between.iter().all(|w| w.ends_with("ly")) {
        return None;
    }
    let doing = present_participle(participle)?;
    // ("the service": kept with its article, "Companies operating the service".)
    let subject = words[..aux].join(" ");
    let bare_subject = subject.strip_prefix("the ").unwrap_or(&subject);
    doer(&format!("{bare_subject} x"), "x")?;
    Some(format!("{noun} {doing} {subject}"))
}

/// The "-ing" form of a regular past participle ("provided" → "providing", "supplied" →
/// "supplying"); `None` for other words and for verbs that say how much.
fn present_participle(done: &str) -> Option<String> {
    if done.len() <= 5 || NOT_DONE.contains(&done) || super::phrase::is_verb(done) {
        return None;
    }
    if let Some(stem) = done.strip_suffix("ied") {
        return Some(format!("{stem}ying"));
    }
    done.strip_suffix("ed").map(|stem| format!("{stem}ing"))
}

/// Places a count says were reached ("reaching over 300 cities" → "cities reached") and
/// things linked to ("connected to 200 ports worldwide" → "ports connected worldwide"): by
/// the verb right before the count (after its hedges), for things that are places or links.
pub(super) fn reached(clause: &str, noun: &str) -> Option<String> {
    let verb = reaching(clause, noun)?;
    // ("ports worldwide": the adverb goes after the verb.)
    Some(match noun.rsplit_once(' ') {
        Some((things, wide @ ("worldwide" | "nationwide"))) => format!("{things} {verb} {wide}"),
        _ => format!("{noun} {verb}"),
    })
}

/// The verb of [`reached`]: "reached", or the participle of linking without its "to".
fn reaching(clause: &str, noun: &str) -> Option<String> {
    let words: Vec<&str> = super::phrase::before_hedge(clause.trim())
        .split_whitespace()
        .map(bare)
        .collect();
    let last = noun.split_whitespace().last()?;
    match words.as_slice() {
        [.., verb]
            if matches!(*verb, "reach" | "reaches" | "reached" | "reaching")
                && PLACE_NOUNS.contains(&last) =>
        {
            Some("reached".to_owned())
        }
        [.., verb, "to" | "with"] if LINKED.contains(verb) => Some((*verb).to_owned()),
        _ => None,
    }
}

/// Participles of linking, said alike of both ends ("connected to 200 ports" → "ports
/// connected"; not "exported to 150 countries").
const LINKED: &[&str] = &["connected", "linked"];
