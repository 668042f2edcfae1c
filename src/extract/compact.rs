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
];

/// Words after which "the" only points at the thing named ("value of the industrial
/// enterprises" → "value of industrial enterprises").
const BEFORE_THE: &[&str] = &["of", "in", "for", "by", "with", "from"];

/// A label of more than [`LONG`] characters with its long forms shortened, a leading "Number
/// of" dropped ("Number of people who …" → "People who …") and "the" dropped after a
/// preposition; a label of [`LONG`] characters or fewer as it is.
#[must_use]
pub fn compact(label: &str) -> String {
    if label.chars().count() <= LONG {
        return label.to_owned();
    }
    let mut out = label.to_owned();
    for (long, short) in SHORTER {
        out = out.replace(long, short);
    }
    if let Some(rest) = out.strip_prefix("Number of ")
        && rest.starts_with(|c: char| c.is_lowercase())
    {
        out = super::phrase::capital(rest);
    }
    if out.chars().count() > LONG {
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
    out
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
            "Profit of industrial enterprises above designated size, change"
        );
        assert_eq!(
            compact("Surveyed urban unemployment rate, change from the same period last year"),
            "Surveyed urban unemployment rate, change year on year"
        );
    }
}
