//! A figure's slug id and its theme, from keywords of its label and the words around it.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::rules::{Ctx, THEME_WORDS};

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

/// The theme of a figure from keywords of its label and nearby words, else of its sentence;
/// `other` when neither names one.
pub fn theme(label: &str, ctx: &Ctx) -> &'static str {
    let near = format!("{} {} {}", label.to_lowercase(), ctx.before, ctx.after);
    first_theme(&near)
        .or_else(|| first_theme(&ctx.sentence))
        .map_or("other", |k| THEME_WORDS[k].0)
}

/// Every theme keyword, with the index of its theme in [`THEME_WORDS`], searched for at once.
static KEYWORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let (words, themes): (Vec<&str>, Vec<usize>) = THEME_WORDS
        .iter()
        .enumerate()
        .flat_map(|(k, (_, words))| words.iter().map(move |w| (*w, k)))
        .unzip();
    let automaton = AhoCorasick::new(words).expect("the theme keywords are a few short strings");
    (automaton, themes)
});

/// The index in [`THEME_WORDS`] of the first theme one of whose keywords starts a word of the
/// text ("import", "imports", not "important"); one pass over the text, whatever the number of
/// keywords.
fn first_theme(text: &str) -> Option<usize> {
    let (automaton, themes) = &*KEYWORDS;
    automaton
        .find_overlapping_iter(text)
        .filter(|m| {
            text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| themes[m.pattern().as_usize()])
        .min()
}
