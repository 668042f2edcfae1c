//! What the things counted did or had done to them, said after them ("310 buses … have been
//! requisitioned" → "buses requisitioned"; "veterans have returned to their hometowns" →
//! "veterans who returned to their hometowns") or by a verb right before the count
//! ("re-inspected 20 provinces"). Lower-case text of one sentence.

use super::lexicon::{INFINITIVES, IRREGULAR, PEOPLE};
use super::phrase::{bare, is_number, is_verb, trim_end};

/// Verbs in "-ed" that say how much, not what was done ("expected", "averaged"), and words in
/// "-ed" that are no verbs, beside the verbs that end a subject ([`is_verb`]: "exceeded
/// 5,000 enterprises"), which are asked too.
#[rustfmt::skip]
pub(super) const NOT_DONE: &[&str] = &[
    "numbered", "expected", "projected", "averaged", "combined", "need", "speed", "hundred",
    "designated", "based", "so-called", "related", "limited", "advanced", "included",
    "involved", "targeted",
];

/// What befalls people, said of them however else the verb is used ("the economy
/// recovered"): "2,100 people have recovered", "45 people died".
const LIVED: &[&str] = &["died", "recovered", "retired", "survived"];

/// Whether a word said right before a count is a past tense that says what was done to the
/// things counted ("requisitioned", "re-inspected").
fn done_before(verb: &str) -> bool {
    verb.len() > 5
        && verb.ends_with("ed")
        && !NOT_DONE.contains(&verb)
        && !is_verb(verb)
        && !is_number(verb)
}

/// Words in "-ing" that are no verb of something done to the things counted after them
/// ("including 30 cities", "exceeding 5,000 enterprises": a list or a hedge).
#[rustfmt::skip]
const NOT_DOING: &[&str] = &[
    "including", "excluding", "according", "accounting", "amounting", "totaling",
    "totalling", "numbering", "averaging", "ranking", "having", "being", "during", "following",
    "regarding", "concerning", "involving", "benefiting", "benefitting", "nothing", "something",
    "everything", "funding", "housing", "training", "building", "spending", "shipping",
];

/// Participles of irregular verbs said in "-ing" ("making 17,000 trips" → "trips made").
const IRREGULAR_ING: &[(&str, &str)] = &[
    ("making", "made"),
    ("building", "built"),
    ("holding", "held"),
    ("taking", "taken"),
    ("giving", "given"),
    ("selling", "sold"),
    ("sending", "sent"),
    ("bringing", "brought"),
    ("winning", "won"),
    ("paying", "paid"),
    ("keeping", "kept"),
    ("finding", "found"),
    ("seeing", "seen"),
    ("lending", "lent"),
];

/// What a verb said right before a count says was done to the things counted, as a past
/// participle: "re-inspected 20 provinces" → "re-inspected", "evacuating 130,000 miners" →
/// "evacuated", "made 17,000 trips" → "made"; `None` for verbs that say how much
/// ("reached", "exceeding"), lists ("including") and words that are no verbs.
pub(super) fn done_by(verb: &str) -> Option<String> {
    if let Some((_, done)) = IRREGULAR_ING.iter().find(|(ing, _)| *ing == verb) {
        return Some((*done).to_owned());
    }
    if IRREGULAR.contains(&verb) {
        return Some(verb.to_owned());
    }
    // "evacuating" → "evacuated", "covering" → "covered", "visiting" → "visited".
    let done = match verb.strip_suffix("ing") {
        Some(stem) if stem.len() >= 3 && !NOT_DOING.contains(&verb) => format!("{stem}ed"),
        Some(_) => return None,
        None => verb.to_owned(),
    };
    done_before(&done).then_some(done)
}

/// Prepositions that make a noun phrase too long to take its verb after it ("people in
/// prevention and control work" is not "… assigned").
pub(super) const PREPOSITIONS: &[&str] =
    &["in", "of", "for", "to", "from", "with", "at", "on", "by"];

/// Whether the words of a clause before a count leave it opening the clause: only hedges
/// ("A total of", "So far, more than", "Some"), or the things listed before it and "and";
/// not "The food supply for".
pub(super) fn opens_clause(clause: &str) -> bool {
    // ("counties, 2,707 villages and 5.51 million": the items listed before it.)
    let own = clause.rsplit_once(" and ").map_or(clause, |(_, own)| own);
    own.split_whitespace().map(bare).all(|w| {
        matches!(
            w,
            "a" | "total"
                | "of"
                | "more"
                | "than"
                | "over"
                | "nearly"
                | "almost"
                | "about"
                | "some"
                | "around"
                | "approximately"
                | "another"
                | "at"
                | "least"
                | "as"
                | "many"
                | "and"
                | "also"
                | "up"
                | "to"
                | "roughly"
                | "only"
                | "just"
                | "including"
                | ""
        )
    })
}

/// Auxiliaries and adverbs between the things counted and what they did ("have also been").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "were", "was", "are", "is", "been", "being", "not", "all", "also",
    "already", "now", "successfully", "each", "so", "far", "still", "jointly",
];

/// People said of with "who" beside [`PEOPLE`] ("veterans who returned …").
#[rustfmt::skip]
const WHO: &[&str] = &[
    "veterans", "members", "graduates", "miners", "officials", "cadres", "teachers", "doctors",
    "volunteers", "entrepreneurs", "migrants", "tourists", "visitors", "passengers",
];

/// Words that end what was said of the things counted ("… requisitioned to meet travel
/// needs" stops at the purpose; "… with some of them" at the aside).
#[rustfmt::skip]
pub(super) const PREDICATE_ENDS: &[&str] = &[
    "with", "which", "who", "while", "but", "among", "including", "accounting", "as",
    "compared", "than", "respectively", "whereas", "through", "thanks", "by", "after",
    "since", "during", "in", "this", "last",
];

/// What a clause says of the things a count opens it with (`rest`: the sentence from the
/// count on): "310 buses and 4,700 taxis have been
/// requisitioned to meet travel needs" → "buses requisitioned"; "veterans have returned to
/// their hometowns and set up businesses" → "veterans who returned to their hometowns and set
/// up businesses"; `None` when no verb follows the things (and the other counts listed with
/// them) or the clause goes on after a comma. `doer`: who did it, when the count is where
/// they did it ("pilot banks in 18 cities have completed their first transactions" → "cities
/// where pilot banks completed their first transactions").
pub(super) fn predicate_after(noun: &str, rest: &str, doer: Option<&str>) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().take(40).collect();
    let last = noun.split_whitespace().last()?;
    // ("57 SOEs saw a decrease …, and 26 made losses": a count said alone, of the things
    // counted before, right before its verb.)
    let alone = words.get(1).is_some_and(|w| {
        let w = bare(w);
        AUXILIARIES.contains(&w)
            || super::saw::SAW.contains(&w)
            || IRREGULAR.contains(&w)
            || matches!(w, "made" | "incurred")
    });
    let mut i = match words.iter().take(8).position(|w| bare(w) == last) {
        Some(at) => at + 1,
        None if alone => 1,
        None => return None,
    };
    // Other counts listed with it: ", 2,707 villages and 5.51 million people have …".
    loop {
        let listed = |at: usize| words.get(at).is_some_and(|w| is_number(w));
        let comma = words.get(i - 1).is_some_and(|w| w.ends_with(','));
        let next = if comma && listed(i) {
            i
        } else if words.get(i).is_some_and(|w| *w == "and") && listed(i + 1) {
            i + 1
        } else if comma {
            return None;
        } else {
            break;
        };
        i = next + 1;
        while let Some(w) = words.get(i) {
            if w.ends_with(',') || matches!(bare(w), "and") || AUXILIARIES.contains(&bare(w)) {
                break;
            }
            i += 1;
        }
        if words.get(i).is_some_and(|w| w.ends_with(',')) {
            i += 1;
        }
    }
    said_of_things(noun, &words, i, doer)
}

/// What the clause says of the things `noun` from word `i` of `words` on (their auxiliaries,
/// then their verb), as [`predicate_after`] labels it.
pub(super) fn said_of_things(
    noun: &str,
    words: &[&str],
    mut i: usize,
    doer: Option<&str>,
) -> Option<String> {
    let (mut passive, mut helped, mut not) = (false, false, false);
    while let Some(w) = words
        .get(i)
        .map(|w| bare(w))
        .filter(|w| AUXILIARIES.contains(w))
    {
        passive |= matches!(w, "been" | "were" | "was" | "are" | "is");
        not |= w == "not";
        helped = true;
        i += 1;
    }
    let verb = bare(words.get(i)?);
    if let Some(with) = super::saw::saw_change(&words[i..]) {
        return Some(format!("{noun} {with}"));
    }
    // ("people have recovered", "45 people have died": what befell people counted.)
    let befell = LIVED.contains(&verb) && PEOPLE.iter().any(|p| noun.ends_with(p));
    let participle = verb.len() > 4 && verb.ends_with("ed") || IRREGULAR.contains(&verb);
    // "21 cities are integrating industry with …": what they are doing, said as they do it.
    let doing = helped && !passive_aux_only(&words[..i]) && progressive(verb);
    // ("have invested", "were achieved": verbs that end a subject say how much, and a label
    // ending on one reads as a fragment.)
    if !befell && !doing && (!participle || NOT_DONE.contains(&verb) || is_verb(verb)) {
        return None;
    }
    // "treasury bonds issued in the fourth quarter": a participle right after the things is
    // said of them, as a passive.
    let passive = !doing && (passive || !helped && verb.ends_with("ed"));
    if !helped && !verb.ends_with("ed") {
        return None;
    }
    let mut said: Vec<&str> = vec![verb];
    let ends = |raw: &str| raw.ends_with([',', ';', '.', ':']);
    let more = if ends(words[i]) { 0 } else { 8 };
    for (at, raw) in words.iter().enumerate().skip(i + 1).take(more) {
        let w = bare(raw);
        let next = words.get(at + 1).map_or("", |n| bare(n));
        let purpose = w == "to" && INFINITIVES.contains(&next);
        // "settled in the district", not "in 2023" nor "in the first half".
        let place = w == "in" && says_place(&words[at + 1..]);
        if w.is_empty() || is_number(w) || purpose || PREDICATE_ENDS.contains(&w) && !place {
            break;
        }
        said.push(w);
        if ends(raw) {
            break;
        }
    }
    if doer.is_some() && (passive || doing || not) {
        return None;
    }
    let say = |said: &str| {
        if let Some(doer) = doer {
            format!("{noun} where {doer} {said}")
        } else if passive || doing {
            format!("{noun} {}{said}", if not { "not " } else { "" })
        } else {
            let who = if PEOPLE.iter().chain(WHO).any(|p| noun.ends_with(p)) {
                "who"
            } else {
                "that"
            };
            let did = if not { "have not " } else { "" };
            format!("{noun} {who} {did}{said}")
        }
    };
    fitting(&said, say)
}

/// The longest label (bytes) said with what befell the things counted.
const LONGEST: usize = 66;

/// The label `say` makes of what was said of the things counted, cut back to the last
/// preposition that lets it fit [`LONGEST`] ("counties that issued catalogs of
/// essential public cultural services" → "… issued catalogs"); `None` when no more than the
/// verb and one word would be left, or a noun after an article would lose what follows it.
fn fitting(said: &[&str], say: impl Fn(&str) -> String) -> Option<String> {
    let mut said: Vec<&str> = said.to_vec();
    loop {
        let label = say(&trim_end(&said.join(" ")));
        if label.len() <= LONGEST {
            return Some(label);
        }
        let cut = said
            .iter()
            .rposition(|w| PREPOSITIONS.contains(w))
            .filter(|at| *at >= 2)
            // ("announced the use of loans …": "the use" cut from its "of" says nothing.)
            .filter(|at| !matches!(said[at - 2], "the" | "a" | "an"))?;
        said.truncate(cut);
    }
}

/// Whether the auxiliaries before a verb are only "have"/"has"/"had" (a perfect, as "have
/// completed"), so that a verb in "-ing" after them is no progressive.
fn passive_aux_only(words: &[&str]) -> bool {
    !words
        .iter()
        .map(|w| bare(w))
        .any(|w| matches!(w, "are" | "is" | "were" | "was"))
}

/// Whether a verb is in "-ing" and says something the things counted do ("integrating",
/// "building"), not "being", "including" nor a verb of how much ("reaching").
fn progressive(verb: &str) -> bool {
    verb.len() > 5
        && verb.ends_with("ing")
        && !NOT_DOING.contains(&verb)
        && !is_verb(verb)
        && !matches!(verb, "expecting" | "planning" | "going" | "trying")
}

/// Whether the words after "in" name a place ("the district"), not a time ("2023", "this
/// year", "the first half").
fn says_place(words: &[&str]) -> bool {
    let next = words.first().map_or("", |n| bare(n));
    let time = next.is_empty()
        || is_number(next)
        || matches!(next, "this" | "last" | "recent" | "past" | "each" | "every")
        || next == "the"
            && words.get(1).is_some_and(|n| {
                matches!(
                    bare(n),
                    "first" | "second" | "third" | "fourth" | "past" | "same"
                )
            });
    !time
}
