//! The items of a list said "respectively": "exports to the United States, the European Union
//! and Japan fell by 23.6 %, 14.2 % and 14.1 % respectively" gives each figure its item,
//! with what the items share ("exports to"). Lower-case text of one sentence.

use super::lexicon::{NEVER_IN_LABEL, OPENERS};
use super::phrase::{bare, fragment, is_verb, noun_phrase};

/// Prepositions after which the items of a list begin ("exports to A, B and C").
const JOINS: &[&str] = &["of", "to", "in", "with", "for", "from", "by"];

/// The `k`-th item of the list before the first verb of a sentence that says "respectively",
/// when the list has at least `k + 1` items; or of a list of three or more that the figures
/// after it go over in groups of as many, without "respectively" ("A, B, and C drove growth
/// by 4.2, 1.2, and -0.2 points and contributed 80 %, 23.1 %, and -3.1 %"); `None` when the
/// sentence lists nothing so. Linear in the sentence.
pub(super) fn respective_item(sentence: &str, k: usize, at: usize) -> Option<String> {
    if periods_listed(sentence) {
        return None;
    }
    // "…, dropped 64.4 %; and the number of A, B, C and D fell 56.8 %, …": a list is read in
    // the part of the sentence between semicolons that holds the figure at byte `at`, with
    // the figure's place among the figures of that part.
    let at = sentence.floor_char_boundary(at);
    let start = sentence[..at].rfind(';').map_or(0, |i| i + 1);
    let end = sentence[at..].find(';').map_or(sentence.len(), |i| at + i);
    let before = sentence[..start]
        .split_whitespace()
        .filter(|w| figure(w) && !is_year_word(w))
        .count();
    let part = sentence[start..end]
        .trim_start()
        .trim_start_matches("and ")
        .trim_start();
    let part = &mask(part);
    item_of(part, k.checked_sub(before)?).map(|item| unmask(&item))
}

/// Whether the list a sentence says "respectively" is of quarters ("From the first to the
/// fourth quarter, imports and exports … accounted for 30.4 %, …, respectively"): its figures
/// are each of the one thing.
pub(super) fn periods_listed(sentence: &str) -> bool {
    ["from the first to the ", "the four quarters"]
        .iter()
        .any(|w| sentence.contains(w))
}

/// Whether a word is a year as written ("2021," "2012").
pub(super) fn is_year_word(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Names that say "and" inside them ("the Belt and Road countries" is one item, not two).
const NAMES_WITH_AND: &[&str] = &[
    "belt and road",
    "research and development",
    "science and technology",
    "small and medium",
    "micro and small",
    "small and micro",
];

/// The text with the "and" of [`NAMES_WITH_AND`] joined to its words (`belt_and_road`), so
/// that no list is cut there; as long as the text.
fn mask(text: &str) -> std::borrow::Cow<'_, str> {
    if !NAMES_WITH_AND.iter().any(|name| text.contains(name)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_owned();
    for name in NAMES_WITH_AND {
        if out.contains(name) {
            out = out.replace(name, &name.replace(' ', "_"));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The words of [`NAMES_WITH_AND`] apart again.
fn unmask(text: &str) -> String {
    let mut out = text.to_owned();
    for name in NAMES_WITH_AND {
        let joined = name.replace(' ', "_");
        if out.contains(&joined) {
            out = out.replace(&joined, name);
        }
    }
    out
}

/// [`respective_item`] of a masked sentence.
fn item_of(sentence: &str, k: usize) -> Option<String> {
    if !sentence.contains("respectively") {
        return implicit_item(sentence, k);
    }
    let region = list_region(sentence)?;
    // The figures said between the list and "respectively" ("-0.6" is one too).
    let end = sentence.find(region)? + region.len();
    let respectively = sentence.find("respectively")?;
    let said = sentence
        .get(end..respectively)
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| figure(w))
        .count();
    // Only a list with as many items as figures: "final consumption, gross capital
    // formation, and net exports of goods and services" has three, its last "and" inside an
    // item; "the number of accidents and the death toll" two.
    // Without commas: two items that share what comes before a preposition ("imports and
    // exports with India and the UAE", "sales in the eastern and northeastern regions"),
    // else two joined by one "and".
    if !region.contains(", ") {
        if let Some(item) = preposition_item(region, k) {
            return Some(item);
        }
        if region.matches(" and ").count() != 1 {
            return None;
        }
    }
    let items = [Split::Commas, Split::Everywhere]
        .into_iter()
        .filter_map(|how| items(region, how))
        .find(|items| items.len() == said)?;
    // "… drove growth by 4.3, 1.5 and -0.6 points, respectively, and contributed 82.5%, 28.9%
    // and -11.4% to it, respectively": each "respectively" goes over the list again.
    let rounds = sentence.matches("respectively").count();
    let item = items
        .get(k % items.len())
        .filter(|_| k / items.len() < rounds)?;
    (!fragment(item)).then(|| item.clone())
}

/// Whether a word is a figure as written ("4.2", "-0.2", "80%,").
pub(super) fn figure(word: &str) -> bool {
    word.trim_start_matches(['-', '\u{2212}'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// The `k`-th item of a list of three or more said without "respectively", when every group
/// of figures after it has as many figures as the list has items.
fn implicit_item(sentence: &str, k: usize) -> Option<String> {
    // (Three figures at least, or no list of three goes with them.)
    sentence.split_whitespace().filter(|w| figure(w)).nth(2)?;
    let region = list_region(sentence)?;
    let end = sentence.find(region)? + region.len();
    let groups = figure_groups(sentence.get(end..)?);
    let n = *groups.first()?;
    if n < 3 || groups.iter().any(|g| *g != n) {
        return None;
    }
    let items = items(region, Split::Commas).filter(|items| items.len() == n)?;
    let item = items.get(k % n).filter(|_| k / n < groups.len())?;
    (!fragment(item)).then(|| item.clone())
}

/// The sizes of the groups of figures in a text: figures joined only by their units, commas
/// and "and" are one group; a verb or more than four words between two figures starts
/// another ("4.2 points, 1.2 points, and -0.2 point and contributed 80%, 23.1%, and -3.1%"
/// → [3, 3]).
pub(super) fn figure_groups(text: &str) -> Vec<usize> {
    let mut groups: Vec<usize> = Vec::new();
    let mut gap: Option<(usize, bool)> = None;
    for w in text.split_whitespace() {
        if figure(w) {
            match (gap, groups.last_mut()) {
                (Some((words, false)), Some(last)) if words <= 4 => *last += 1,
                _ => groups.push(1),
            }
            gap = Some((0, false));
        } else if let Some((words, verb)) = gap.as_mut() {
            *words += 1;
            *verb |= is_verb(bare(w));
        }
    }
    groups
}

/// Where a list is cut into items.
#[derive(Clone, Copy)]
enum Split {
    /// At commas, and at the first "and" of the last part unless a comma stands before it
    /// ("A, B, and C of X and Y" → A, B, C of X and Y; "A, B and C" → A, B, C).
    Commas,
    /// At every comma and every "and".
    Everywhere,
}

/// The `k`-th item of a list of two that share what comes before a preposition ("imports and
/// exports with India and the UAE" → "imports and exports with the UAE" for `k` = 1); `None`
/// when the phrase is not of that shape.
pub(super) fn after_preposition(phrase: &str, k: usize) -> Option<String> {
    preposition_item(&mask(phrase), k).map(|item| unmask(&item))
}

/// [`after_preposition`] of a masked phrase.
fn preposition_item(phrase: &str, k: usize) -> Option<String> {
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
    // "the population aged from 16-24 and from 25-29": the preposition said again opens
    // each item; the ages keep their "aged".
    if let Some(second) = right.strip_prefix(joint).filter(|r| r.starts_with(' ')) {
        let aged = left[..at].trim_end().ends_with(&format!("aged {joint}"));
        let shared = if aged {
            format!("{shared} aged")
        } else {
            shared
        };
        let item = if k == 0 { first } else { second.trim() };
        return Some(format!("{shared} {joint} {item}"));
    }
    // "in the eastern and northeastern regions": a lone modifier shares the last noun.
    let bare_first = first.strip_prefix("the ").unwrap_or(first);
    let first = match right.strip_prefix("the ").unwrap_or(right).split_once(' ') {
        Some((_, noun)) if bare_first.split_whitespace().count() == 1 => {
            format!("{bare_first} {noun}")
        }
        _ => first.to_owned(),
    };
    Some(format!(
        "{shared} {joint} {}",
        if k == 0 { first.as_str() } else { right }
    ))
}

/// The items of a list, each with what they share.
fn items(region: &str, how: Split) -> Option<Vec<String>> {
    let parts: Vec<&str> = region.split(", ").collect();
    let raw: Vec<&str> = match how {
        Split::Everywhere => parts.iter().flat_map(|p| p.split(" and ")).collect(),
        Split::Commas => {
            let (last, rest) = parts.split_last()?;
            let mut raw = rest.to_vec();
            match last.strip_prefix("and ") {
                Some(item) if !rest.is_empty() => raw.push(item),
                _ => raw.extend(last.splitn(2, " and ")),
            }
            raw
        }
    };
    let raw: Vec<&str> = raw
        .into_iter()
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    if raw.len() < 2 || raw.iter().any(|p| p.split_whitespace().count() > 10) {
        return None;
    }
    // "imports of energy products and agricultural products from the belt and road
    // countries": the place said after the last item is every item's.
    let (raw, place) = shared_place(raw);
    // What the first item says before its own words ("exports to the united states" →
    // "exports to"), when the items after it are short.
    let first = raw[0];
    let later_short = raw[1..].iter().all(|p| p.split_whitespace().count() <= 4);
    let words: Vec<&str> = first.split_whitespace().collect();
    let shared = words
        .iter()
        .rposition(|w| JOINS.contains(&bare(w)))
        .filter(|&at| at > 0 && at + 1 < words.len() && later_short)
        .map(|at| words[..=at].join(" "));
    // "one-year and five-year-plus loan prime rates": lone modifiers share the last noun.
    let last = raw[raw.len() - 1];
    let tail = last.split_once(' ').map(|(_, t)| t);
    let out: Vec<String> = raw
        .iter()
        .enumerate()
        .map(|(i, p)| match (&shared, tail) {
            // "exports to traditional markets such as the united states": the example is
            // the item.
            (Some(s), _) if i == 0 => [" such as ", " including "]
                .iter()
                .find_map(|w| p.split_once(w))
                .map_or_else(|| (*p).to_owned(), |(_, own)| format!("{s} {own}")),
            (Some(s), _) => format!("{s} {p}"),
            // ("robberies, thefts, and traffic accidents with …": things named in the plural
            // are items of their own, unless the tail only says of what — "exports and
            // imports of goods".)
            (_, Some(t))
                if i + 1 < raw.len()
                    && p.split_whitespace().count() == 1
                    && (!plural(p)
                        || t.split_whitespace()
                            .next()
                            .is_some_and(|w| JOINS.contains(&w))) =>
            {
                format!("{p} {t}")
            }
            _ => (*p).to_owned(),
        })
        .map(|p| noun_phrase_keeping(&p))
        .map(|p| match place {
            Some(place) if !p.ends_with(place) => format!("{p} {place}"),
            _ => p,
        })
        .collect();
    (out.iter().all(|p| !p.is_empty())).then_some(out)
}

/// Whether a lone word names things in the plural ("robberies", "thefts"), not a modifier
/// ("one-year", "rural").
fn plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.contains('-')
}

/// Prepositions that open a place said once after the last item of a list.
const PLACES: &[&str] = &["from", "to", "with", "in"];

/// The items with a place said after the last one taken off it, and that place ("from the
/// belt and road countries"), when no other item says such a place and the place is short;
/// else the items as they are.
fn shared_place(raw: Vec<&str>) -> (Vec<&str>, Option<&str>) {
    let Some((last, others)) = raw.split_last() else {
        return (raw, None);
    };
    let own_place = |item: &str| item.split_whitespace().any(|w| PLACES.contains(&w));
    let at = last.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
        last[i..]
            .split_whitespace()
            .next()
            .is_some_and(|w| PLACES.contains(&w))
    });
    match at {
        Some(i)
            if others.len() == 1
                && !others.iter().any(|o| own_place(o))
                && last[i..].split_whitespace().count() <= 4
                && last[..i].split_whitespace().count() >= 1 =>
        {
            let mut items = others.to_vec();
            items.push(last[..i].trim_end());
            (items, Some(&last[i..]))
        }
        _ => (raw, None),
    }
}

/// The words of a sentence before its first verb, past the clauses that only set the time or
/// the source ("In the first half of this year, the retail sales of grain, oil and food
/// grew" → "the retail sales of grain, oil and food").
fn list_region(sentence: &str) -> Option<&str> {
    let mut rest = sentence.trim_start();
    // Openers end at their comma: "in the first half of this year, …".
    while OPENERS.iter().any(|o| rest.starts_with(o)) {
        let (_, after) = rest.split_once(", ")?;
        rest = after.trim_start();
    }
    let mut end = 0;
    // ("the population aged from 16-24 and from 25-29": ages name the items.)
    let mut aged = false;
    for w in rest.split_inclusive(' ') {
        let b = bare(w);
        aged |= b == "aged";
        // ("… from the Belt and Road countries also increased": the adverb ends the list.)
        if is_verb(b)
            || b.starts_with(|c: char| c.is_ascii_digit()) && !aged
            || NEVER_IN_LABEL.contains(&b)
        {
            break;
        }
        end += w.len();
    }
    let region = rest[..end].trim_end().trim_end_matches(',');
    region.contains(" and ").then_some(region)
}

/// A noun phrase of an item, keeping its words ("exports to the european union").
fn noun_phrase_keeping(item: &str) -> String {
    let np = noun_phrase(item);
    if np.split_whitespace().count() + 2 >= item.split_whitespace().count() {
        np
    } else {
        item.to_owned()
    }
}

#[cfg(test)]
#[path = "listed_tests.rs"]
mod tests;
