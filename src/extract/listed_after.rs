//! The items of a list said after its figures: "6.47, 36.60 and 46.96 trillion yuan for the
//! primary, secondary and tertiary industries, respectively" gives each figure its industry.
//! Lower-case text of one sentence.

use super::lexicon::TIME_AFTER_THE;
use super::listed::{figure, figure_groups, is_year_word};
use super::phrase::{bare, is_verb};

/// The `k`-th item of a list said after its figures ("6.47, 36.60 and 46.96 trillion yuan for
/// the primary, secondary and tertiary industries, respectively"), with the preposition that
/// joins it to what the figures measure (`("for", "primary industry")`); the figures after
/// "respectively" said as one group of as many ("…, with growth rates of 3.5, 5.8 and 7.6
/// percent") go over it again. Items that share their last noun ("primary, secondary and
/// tertiary industries") each take it, in the singular. `None` when the sentence says no such
/// list, or its items are not as many as the figures before it. Linear in the sentence.
pub(super) fn trailing_item(sentence: &str, k: usize) -> Option<(&'static str, String)> {
    let respectively = sentence.find("respectively")?;
    let said = sentence[..respectively].trim_end().trim_end_matches(',');
    // The list: after the last figure, from the preposition that opens it.
    let last_figure = said
        .split_inclusive(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w))
        })
        .filter(|(_, w)| figure(w))
        .map(|(start, w)| start + w.trim_end().len())
        .last()?;
    let tail = &said[last_figure..];
    let (prep, list) = [("for", " for "), ("in", " in "), ("of", " of ")]
        .iter()
        .filter_map(|(p, w)| tail.find(w).map(|at| (*p, &tail[at + w.len()..])))
        .min_by_key(|(_, list)| std::cmp::Reverse(list.len()))?;
    let list = list.trim().strip_prefix("the ").unwrap_or(list.trim());
    if !list.contains(" and ")
        || list.split_whitespace().count() > 12
        || list
            .split_whitespace()
            .any(|w| is_verb(bare(w)) || figure(w))
    {
        return None;
    }
    let mut items: Vec<String> = list
        .replace(", and ", ", ")
        .replace(" and ", ", ")
        .split(", ")
        .map(|i| i.trim().trim_start_matches("the ").to_owned())
        .filter(|i| !i.is_empty())
        .collect();
    // ("… in October, November and December, respectively": times, not things.)
    let times = items.iter().any(|i| {
        i.split_whitespace().any(|w| {
            super::dates::month(w).is_some()
                || TIME_AFTER_THE.contains(&w)
                || matches!(w, "quarter" | "quarters" | "half" | "year" | "years")
        })
    });
    if times {
        return None;
    }
    let figures = said
        .split_whitespace()
        .filter(|w| figure(w) && !is_year_word(w))
        .count();
    let n = items.len();
    if n < 2 || figures != n {
        return None;
    }
    // "primary, secondary and tertiary industries": one-word items share the last one's noun.
    let final_item = items[n - 1].clone();
    if let Some((_, noun)) = final_item.split_once(' ')
        && items[..n - 1].iter().all(|i| !i.contains(' '))
    {
        let noun = singular(noun);
        for item in &mut items {
            let first = item.split(' ').next().unwrap_or_default().to_owned();
            *item = format!("{first} {noun}");
        }
    }
    let after = figure_groups(&sentence[respectively..]);
    let round = k / n;
    let again = round == 1 && after.first() == Some(&n);
    // ("sales in the eastern and western regions": "in the eastern region".)
    let (prep, the) = match prep {
        "in" if tail.contains(" in the ") => ("in", "the "),
        "in" => ("in", ""),
        _ => ("of", ""),
    };
    (round == 0 || again).then(|| (prep, format!("{the}{}", items[k % n])))
}

/// What a figure of a list said after it measures: the `measure` the sentence says, joined
/// to its item by `prep` ("value added of primary industry"), without the words that only
/// said the items' kind ("the value added of industries"); the item alone when nothing says
/// the measure.
pub(super) fn item_measured(measure: &str, prep: &str, item: &str) -> String {
    let noun = item.rsplit(' ').next().unwrap_or_default();
    let measure = match measure.rsplit_once(" of ") {
        Some((m, of)) if singular(of.rsplit(' ').next().unwrap_or(of)) == noun => m,
        _ => measure,
    };
    if measure.is_empty() {
        item.to_owned()
    } else {
        format!("{measure} {prep} {item}")
    }
}

/// A noun in the singular, for a noun several items share ("industries" → "industry").
fn singular(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if noun.ends_with('s') && !noun.ends_with("ss") {
        noun[..noun.len() - 1].to_owned()
    } else {
        noun.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::trailing_item;

    #[test]
    fn a_list_said_after_its_figures_names_each() {
        let s = "the value added were 6.47 trillion yuan, 36.60 trillion yuan, and 46.96 trillion \
                 for the primary, secondary and tertiary industries, respectively, with growth \
                 rates of 3.5 percent, 5.8 percent, and 7.6 percent.";
        let items: Vec<Option<(&str, String)>> = (0..7).map(|k| trailing_item(s, k)).collect();
        assert_eq!(items[0], Some(("of", "primary industry".to_owned())));
        assert_eq!(items[2], Some(("of", "tertiary industry".to_owned())));
        assert_eq!(items[4], Some(("of", "secondary industry".to_owned())));
        assert_eq!(items[6], None);
        let s = "sales rose 5.1% and 6.2% in the eastern and western regions respectively.";
        assert_eq!(
            trailing_item(s, 1),
            Some(("in", "the western region".to_owned()))
        );
        // No list after the figures, or a list of times: none.
        assert_eq!(
            trailing_item("exports and imports grew 5 % and 6 % respectively.", 0),
            None
        );
        let s = "sales grew 4.9%, 3.9% and 1.7% in october, november and december, respectively.";
        assert_eq!(trailing_item(s, 0), None);
    }
}
