//! Generic names for figures no rule knows: a label from the words around the figure, a slug
//! id, a theme from keywords; and the similarity used to merge a fact said twice.

use super::rules::{Ctx, THEME_WORDS};
use crate::dataset::{Kind, Unit};

/// Words that end the noun phrase after a count ("421 … factories being cultivated").
const STOPS: [&str; 24] = [
    "being",
    "have",
    "has",
    "had",
    "were",
    "was",
    "is",
    "are",
    "with",
    "that",
    "which",
    "who",
    "including",
    "accounting",
    "across",
    "nationwide",
    "to",
    "and",
    "among",
    "out",
    "in",
    "of",
    "from",
    "the",
];

/// Verb phrases that end a subject before a share or a change ("… accounted for 15.7%").
const VERBS: [&str; 22] = [
    " accounting for",
    " accounted for",
    " accounts for",
    " account for",
    " reaching",
    " reached",
    " has now exceeded",
    " has exceeded",
    " exceeded",
    " exceed",
    " increased",
    " decreased",
    " grew",
    " has grown",
    " have grown",
    " has been shortened",
    " has increased",
    " has decreased",
    " cumulatively",
    " has reached",
    " had reached",
    " now accounts for",
];

/// Leading words dropped from a subject.
const LEADS: [&str; 9] = [
    "with ",
    "and ",
    "the ",
    "a ",
    "our ",
    "notably ",
    "currently ",
    "these ",
    "its ",
];

fn trim_punct(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ",.;:\"“”'’()".contains(c))
}

/// The noun phrase right after a count: the things counted.
fn counted(after: &str) -> String {
    let mut words = Vec::new();
    for w in after.split_whitespace() {
        let bare = trim_punct(w);
        if STOPS.contains(&bare) && !words.is_empty() || bare.is_empty() && !words.is_empty() {
            break;
        }
        if !bare.is_empty() && !STOPS.contains(&bare) {
            words.push(bare.to_owned());
        }
        if w.ends_with([',', '.', ';']) {
            break;
        }
    }
    words.join(" ")
}

/// The subject before a share or change: the last clause before the figure, without its verb.
fn subject(before: &str) -> String {
    let clause = before
        .rsplit(',')
        .find(|c| c.split_whitespace().count() > 2)
        .unwrap_or(before);
    let mut s = format!(" {}", trim_punct(clause));
    for v in VERBS {
        if let Some(p) = s.find(v) {
            s.truncate(p);
        }
    }
    let mut s = s.trim().to_owned();
    while let Some(rest) = LEADS.iter().find_map(|l| s.strip_prefix(l)) {
        s = rest.to_owned();
    }
    trim_punct(&s).replace(['"', '“', '”'], "")
}

/// The object after a share ("of GDP", "of the global total").
fn of_what(after: &str) -> Option<String> {
    let rest = after.trim_start().strip_prefix("of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let obj = trim_punct(rest.split([',', ';']).next().unwrap_or(rest));
    (!obj.is_empty()).then(|| obj.to_owned())
}

/// Upper-cases the first letter.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A label for a figure no rule names, built from its context (lower case; the sentence gives
/// back the original capitals of acronyms such as GDP, SME, R&D).
pub fn generic_label(ctx: &Ctx, original: &str, unit: Unit, kind: Kind, negative: bool) -> String {
    let base = if unit == Unit::Count
        || unit == Unit::BitPerSecond && !ctx.after.trim().is_empty() && kind != Kind::Change
    {
        let c = counted(&ctx.after);
        if c.is_empty() {
            subject(&ctx.before)
        } else {
            c
        }
    } else {
        let subj = subject(&ctx.before);
        match (kind, of_what(&ctx.after)) {
            (Kind::Change, _) => {
                format!("{subj}, {}", if negative { "decrease" } else { "increase" })
            }
            (Kind::Share | Kind::Target, Some(obj)) => format!("{subj}, share of {obj}"),
            _ => subj,
        }
    };
    capital(&restore_case(&base, original))
}

/// Gives words back the capitals they have in the original sentence (GDP, SMEs, China).
fn restore_case(lower: &str, original: &str) -> String {
    lower
        .split(' ')
        .map(|w| {
            original
                .split(|c: char| c.is_whitespace() || ",.;:\"“”()".contains(c))
                .find(|o| o.eq_ignore_ascii_case(w) && o.chars().any(char::is_uppercase))
                .unwrap_or(w)
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A slug of a label: lower-case ASCII words joined by hyphens, at most seven words.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let cleaned: String = s.chars().filter(|c| *c != '\'' && *c != '’').collect();
    for w in cleaned
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(7)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    if out.is_empty() {
        "figure".to_owned()
    } else {
        out
    }
}

/// The theme of a figure from keywords of its sentence (lower case).
pub fn theme(sentence: &str) -> &'static str {
    THEME_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| sentence.contains(w)))
        .map_or("industry", |(id, _)| id)
}

/// The content words of a label, for comparing two labels.
fn content(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() > 3)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether two generic labels name the same thing: most content words shared.
pub fn similar(a: &str, b: &str) -> bool {
    let (a, b) = (content(a), content(b));
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let least = a.len().min(b.len());
    least > 0 && shared * 4 >= least * 3
}
