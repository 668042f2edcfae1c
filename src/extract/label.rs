//! Generic names for figures no rule knows: a label from the words around the figure, a slug
//! id, a theme from keywords; and the similarity used to merge a fact said twice.

use super::rules::{Ctx, THEME_WORDS};
use crate::dataset::{Kind, Unit};

/// Words that end the noun phrase after a count ("421 … factories being cultivated").
#[rustfmt::skip]
const STOPS: [&str; 24] = [
    "being", "have", "has", "had", "were", "was", "is", "are", "with", "that", "which", "who",
    "including", "accounting", "across", "nationwide", "to", "and", "among", "out", "in", "of",
    "from", "the",
];

/// Verb phrases that end a subject before a share or a change ("… accounted for 15.7%").
#[rustfmt::skip]
const VERBS: [&str; 15] = [
    " accounting for", " accounted for", " accounts for", " account for", " reaching", " reached",
    " exceeded", " exceed", " increased", " decreased", " grew", " grown", " shortened",
    " cumulatively", " increasing",
];

/// Words dropped from the end of a subject once its verb is cut off.
const TAILS: [&str; 9] = [
    "has", "have", "had", "now", "been", "is", "are", "was", "were",
];

/// Leading words dropped from a subject.
#[rustfmt::skip]
const LEADS: [&str; 9] = [
    "with ", "and ", "the ", "a ", "our ", "notably ", "currently ", "these ", "its ",
];

/// Subjects that say nothing by themselves ("They have gathered 30% of …").
const EMPTY_SUBJECTS: [&str; 5] = ["", "they", "it", "these zones", "zones"];

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
        .rsplit(", ")
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
    while let Some((head, last)) = s.rsplit_once(' ')
        && (TAILS.contains(&last) || last == "of" || last.ends_with("ly"))
    {
        s = head.to_owned();
    }
    if TAILS.contains(&s.as_str()) {
        s.clear();
    }
    trim_punct(&s).replace(['"', '“', '”'], "")
}

/// The object after a share ("of GDP", "of the global total").
fn of_what(after: &str) -> Option<String> {
    let rest = after.trim_start().strip_prefix("of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let rest = rest.split([',', ';']).next().unwrap_or(rest);
    let obj = rest.split(" with ").next().unwrap_or(rest);
    let obj = trim_punct(
        obj.strip_suffix(" and")
            .unwrap_or(obj)
            .trim_end()
            .trim_end_matches(" and"),
    );
    let obj = obj.replace(['"', '“', '”'], "");
    (!obj.is_empty()).then_some(obj)
}

/// Upper-cases the first letter.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Whether a subject says nothing by itself ("they", "to", "and").
fn empty(subject: &str) -> bool {
    let first = subject.split_whitespace().next().unwrap_or("");
    EMPTY_SUBJECTS.contains(&subject)
        || subject.split_whitespace().all(|w| w.len() <= 3)
        || matches!(first, "they" | "it" | "we" | "of" | "those")
        || !subject.contains(' ') && subject.ends_with("ly")
}

/// The subject of a whole sentence: its words up to the first verb.
fn sentence_subject(sentence: &str) -> String {
    let mut words = Vec::new();
    for w in sentence.split_whitespace() {
        let bare = trim_punct(w);
        if TAILS.contains(&bare) || VERBS.iter().any(|v| v.trim_start().starts_with(bare)) {
            break;
        }
        words.push(bare);
        if w.ends_with(',') {
            break;
        }
    }
    subject(&words.join(" "))
}

/// A label for a figure no rule names, built from its context (lower case; the sentence gives
/// back the original capitals of acronyms such as GDP, SME, R&D).
pub fn generic_label(ctx: &Ctx, original: &str, unit: Unit, kind: Kind, negative: bool) -> String {
    let own = subject(&ctx.before);
    let subj = if empty(&own) {
        sentence_subject(&ctx.sentence)
    } else {
        own.clone()
    };
    let base = match unit {
        Unit::Count => {
            let c = counted(&ctx.after);
            if c.is_empty() { subj } else { c }
        }
        Unit::Percent | Unit::PercentagePoint | Unit::Times => match (kind, of_what(&ctx.after)) {
            (Kind::Change, _) => {
                format!("{subj}, {}", if negative { "decrease" } else { "increase" })
            }
            (Kind::Share | Kind::Target, Some(obj)) if empty(&own) => format!("share of {obj}"),
            (Kind::Share | Kind::Target, Some(obj)) => format!("{own}, share of {obj}"),
            _ => subj,
        },
        _ => of_what(&ctx.after).unwrap_or(subj),
    };
    let label = capital(&restore_case(base.trim_matches([',', ' ']), original));
    if label.chars().any(char::is_alphabetic) {
        label
    } else {
        format!(
            "Figure in \"{}\"",
            original.chars().take(60).collect::<String>()
        )
    }
}

/// Gives words back the capitals they have in the original sentence (GDP, SMEs, China).
fn restore_case(lower: &str, original: &str) -> String {
    // The first capitalised spelling of each word of the sentence, looked up once per word.
    let mut capitals: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for o in original.split(|c: char| c.is_whitespace() || ",.;:\"“”()".contains(c)) {
        if o.chars().any(char::is_uppercase) {
            capitals.entry(o.to_ascii_lowercase()).or_insert(o);
        }
    }
    lower
        .split(' ')
        .map(|w| {
            capitals
                .get(&w.to_ascii_lowercase())
                .copied()
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

/// The theme of a figure from keywords of its label and nearby words, else of its sentence.
pub fn theme(label: &str, ctx: &Ctx) -> &'static str {
    let near = format!("{} {} {}", label.to_lowercase(), ctx.before, ctx.after);
    let find = |text: &str| {
        THEME_WORDS
            .iter()
            .find(|(id, words)| *id != "industry" && words.iter().any(|w| text.contains(w)))
            .map(|(id, _)| *id)
    };
    find(&near)
        .or_else(|| find(&ctx.sentence))
        .unwrap_or("industry")
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
