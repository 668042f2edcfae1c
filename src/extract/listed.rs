//! The items of a list said "respectively": "exports to the United States, the European Union
//! and Japan fell by 23.6 %, 14.2 % and 14.1 % respectively" gives each figure its item,
//! with what the items share ("exports to"). Lower-case text of one sentence.

use super::lexicon::OPENERS;
use super::phrase::{bare, fragment, is_verb, noun_phrase};

/// Prepositions after which the items of a list begin ("exports to A, B and C").
const JOINS: &[&str] = &["of", "to", "in", "with", "for", "from", "by"];

/// The `k`-th item of the list before the first verb of a sentence that says "respectively",
/// when the list has at least `k + 1` items; `None` when the sentence lists nothing so.
/// Linear in the sentence.
pub(super) fn respective_item(sentence: &str, k: usize) -> Option<String> {
    if !sentence.contains("respectively") {
        return None;
    }
    let region = list_region(sentence)?;
    // Lists joined by "and" alone are read where the subject is chosen; here those with
    // commas, and only when they have as many items as the sentence has figures before
    // "respectively".
    if !region.contains(", ") {
        return None;
    }
    let items = items(region)?;
    // The figures said between the list and "respectively".
    let end = sentence.find(region)? + region.len();
    let respectively = sentence.find("respectively")?;
    let said = sentence
        .get(end..respectively)
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    if items.len() != said {
        return None;
    }
    let item = items.get(k)?;
    (!fragment(item)).then(|| item.clone())
}

/// The items of a list, each with what they share.
fn items(region: &str) -> Option<Vec<String>> {
    let raw: Vec<&str> = region
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    if raw.len() < 2 || raw.iter().any(|p| p.split_whitespace().count() > 10) {
        return None;
    }
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
            (_, Some(t)) if i + 1 < raw.len() && p.split_whitespace().count() == 1 => {
                format!("{p} {t}")
            }
            _ => (*p).to_owned(),
        })
        .map(|p| noun_phrase_keeping(&p))
        .collect();
    (out.iter().all(|p| !p.is_empty())).then_some(out)
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
    for w in rest.split_inclusive(' ') {
        let b = bare(w);
        if is_verb(b) || b.starts_with(|c: char| c.is_ascii_digit()) {
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
mod tests {
    use super::respective_item;

    #[test]
    fn items_of_a_list_with_commas_share_what_the_first_says() {
        let s = "exports to traditional markets such as the united states, the european union, \
                 and japan fell by 23.6%, 14.2%, and 14.1% respectively.";
        assert_eq!(
            respective_item(s, 0).as_deref(),
            Some("exports to the united states")
        );
        assert_eq!(
            respective_item(s, 1).as_deref(),
            Some("exports to the european union")
        );
        // After an opener; the items after the first are short and share "retail sales of".
        let s = "in the first half of this year, the retail sales of grain, oil, and beverages \
                 grew by 9.9%, 8.2% and 3.1%, respectively.";
        assert_eq!(
            respective_item(s, 2).as_deref(),
            Some("retail sales of beverages")
        );
        // Four items for two figures: which goes with which is not said.
        let s = "the retail sales of grain, oil, food, and beverage grew by 9.9% and 8.2%, \
                 respectively.";
        assert_eq!(respective_item(s, 1), None);
        // A list joined by "and" alone is read where the subject is chosen.
        let s = "one-year and five-year-plus loan prime rates have decreased by 0.1 percentage \
                 point and 0.35 percentage point, respectively.";
        assert_eq!(respective_item(s, 0), None);
        assert_eq!(respective_item("gdp grew by 5%.", 0), None);
    }
}
