//! A figure's slug id and its theme, from keywords of its label and the words around it.

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

/// The theme of a figure from keywords of its label and nearby words, else of its sentence.
pub fn theme(label: &str, ctx: &Ctx) -> &'static str {
    let near = format!("{} {} {}", label.to_lowercase(), ctx.before, ctx.after);
    // A keyword starts a word ("import", "imports", not "important").
    let starts_word = |text: &str, w: &str| {
        text.match_indices(w).any(|(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let find = |text: &str| {
        THEME_WORDS
            .iter()
            .find(|(id, words)| *id != "industry" && words.iter().any(|w| starts_word(text, w)))
            .map(|(id, _)| *id)
    };
    find(&near)
        .or_else(|| find(&ctx.sentence))
        .unwrap_or("industry")
}
