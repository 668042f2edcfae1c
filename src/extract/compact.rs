//! Long labels made shorter the way an editor would before printing them beside a bar: the
//! same words in fewer characters, never another meaning. Applies only above [`LONG`]
//! characters; a label is one line of a chart's axis.

/// The length (in characters) above which a label is made shorter: a slide's axis label.
pub const LONG: usize = 60;

/// Spelled-out comparisons and their usual short forms, in the order they are tried.
const SHORTER: &[(&str, &str)] = &[
    (
        "change from the same period of the previous year",
        "change year on year",
    ),
    (
        "change from the same period last year",
        "change year on year",
    ),
    ("compared with the same period last year", "year on year"),
    ("above the designated size", "above designated size"),
    ("change year on year", "change y/y"),
    // "change compared with 2016" is the change since then.
    ("change compared with", "change since"),
];

/// The names the official statistics' English readers know them by, tried after the
/// comparisons and after dropping "the".
const NAMES: &[(&str, &str)] = &[
    ("contribution to economic growth", "contribution to growth"),
    ("share of economic growth", "share of growth"),
    ("retail sales of consumer goods", "retail sales"),
    ("sales of social consumer goods", "retail sales"),
    (
        "industrial enterprises above designated size",
        "major industrial firms",
    ),
    ("scientific and technological", "sci-tech"),
    ("information technology", "IT"),
    // The primary industry as the statistics list it.
    (
        "agriculture, forestry, animal husbandry, and fishery",
        "farming, forestry, husbandry and fishery",
    ),
    (
        "agriculture, forestry, animal husbandry and fishery",
        "farming, forestry, husbandry and fishery",
    ),
    ("Imports and exports", "Trade"),
    ("imports and exports", "trade"),
];

/// Words that say nothing a national figure needs ("… buildings in China": the country's
/// figures leave China implicit), dropped from a label still too long.
const IMPLICIT: &[&str] = &[" in China"];

/// The statistics' name of firms of some size, said after what they make: "major … firms".
const ABOVE: &str = " enterprises above designated size";

/// Words after which "the" only points at the thing named ("value of the industrial
/// enterprises" → "value of industrial enterprises").
const BEFORE_THE: &[&str] = &["of", "in", "for", "by", "with", "from"];

/// A label of more than [`LONG`] characters made shorter by as few edits as make it short
/// enough, in this order, so that it reads as its neighbours do: long comparisons in their
/// short forms; a leading "Number of" dropped ("Number of people who …" → "People who …")
/// and "the" after a preposition; long names of statistics in their short English names; a
/// national figure's "in China". A label of [`LONG`] characters or fewer as it is.
#[must_use]
pub fn compact(label: &str) -> String {
    let long = |s: &str| s.chars().count() > LONG;
    let mut out = label.to_owned();
    for (from, to) in SHORTER {
        if !long(&out) {
            return out;
        }
        out = out.replace(from, to);
    }
    if !long(&out) {
        return out;
    }
    if let Some(rest) = out.strip_prefix("Number of ")
        && rest.starts_with(|c: char| c.is_lowercase())
    {
        out = super::phrase::capital(rest);
    }
    if long(&out) {
        let words: Vec<&str> = out.split(' ').collect();
        let mut kept: Vec<&str> = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            let after_preposition = i > 0 && BEFORE_THE.contains(&words[i - 1]);
            let last = i + 1 == words.len();
            if *w == "the" && after_preposition && !last {
                continue;
            }
            kept.push(w);
        }
        out = kept.join(" ");
    }
    for (from, to) in NAMES {
        if !long(&out) {
            return out;
        }
        out = out.replace(from, to);
    }
    // "high-tech manufacturing enterprises above designated size" → "major high-tech
    // manufacturing firms".
    if long(&out)
        && let Some(at) = out.find(ABOVE)
    {
        let start = [" of ", " for ", " in "]
            .iter()
            .filter_map(|p| out[..at].rfind(p).map(|k| k + p.len()))
            .max()
            .unwrap_or(0);
        out.replace_range(at..at + ABOVE.len(), " firms");
        if start == 0 {
            out = format!("Major {}", lower_first(&out));
        } else {
            out.insert_str(start, "major ");
        }
    }
    if long(&out) {
        for implicit in IMPLICIT {
            // Whole words only: not "in China's telecommunications sector".
            while let Some(at) = out.find(implicit).filter(|&at| {
                out[at + implicit.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ',' || c == ' ')
            }) {
                out.replace_range(at..at + implicit.len(), "");
            }
        }
    }
    out
}

/// The label with its first letter in lower case, unless it opens a name ("High-tech" →
/// "high-tech", "U.S." stays).
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if b.is_lowercase() || b == '-' => {
            format!("{}{}", a.to_lowercase(), &s[a.len_utf8()..])
        }
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn only_long_labels_are_shortened() {
        assert_eq!(
            compact("Number of people who pay contributions to the fund"),
            "Number of people who pay contributions to the fund"
        );
        assert_eq!(
            compact("Number of people who pay contributions to the fund, start of period"),
            "People who pay contributions to the fund, start of period"
        );
        assert_eq!(
            compact("Profit of the industrial enterprises above the designated size, change"),
            "Profit of major industrial firms, change"
        );
        assert_eq!(
            compact("Surveyed urban unemployment rate, change from the same period last year"),
            "Surveyed urban unemployment rate, change year on year"
        );
    }

    #[test]
    fn long_names_of_official_statistics_take_their_short_english_names() {
        assert_eq!(
            compact(
                "Profits for industrial enterprises above designated size, change year on year"
            ),
            "Profits for major industrial firms, change y/y"
        );
        assert_eq!(
            compact(
                "Online retail sales of physical goods, share of retail sales of consumer goods"
            ),
            "Online retail sales of physical goods, share of retail sales"
        );
        assert_eq!(
            compact(
                "Imports and exports with Belt and Road countries, share of imports and exports"
            ),
            "Trade with Belt and Road countries, share of trade"
        );
        assert_eq!(
            compact("Area of newly built prefabricated buildings in China, share of new buildings"),
            "Area of newly built prefabricated buildings, share of new buildings"
        );
        assert_eq!(
            compact(
                "Value added of high-tech manufacturing enterprises above designated size, change year on year"
            ),
            "Value added of major high-tech manufacturing firms, change y/y"
        );
        assert_eq!(
            compact(
                "High-tech manufacturing enterprises above designated size, change year on year"
            ),
            "Major high-tech manufacturing firms, change y/y"
        );
        assert_eq!(
            compact("Foreign-invested enterprises operating in China's telecommunications sector"),
            "Foreign-invested enterprises operating in China's telecommunications sector"
        );
        assert_eq!(
            compact(
                "Coverage rate of government-subsidized private kindergartens, change compared with 2016"
            ),
            "Coverage rate of government-subsidized private kindergartens, change since 2016"
        );
    }
}
