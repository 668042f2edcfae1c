//! The page's headline: its `<h1>` that its `<title>` also names, else its `og:title`, else
//! its `<title>` without the site's name.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::Node;

use super::blocks::push_collapsed;

/// The page's headline (see [`super::Article::headline`]).
pub(super) fn headline(root: NodeRef<'_, Node>) -> String {
    let mut title = String::new();
    let mut og_title = String::new();
    let mut h1s: Vec<String> = Vec::new();
    let mut current: Option<(&str, String)> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if matches!(e.name(), "title" | "h1") => {
                    current = Some((if e.name() == "h1" { "h1" } else { "title" }, String::new()));
                }
                Node::Element(e)
                    if e.name() == "meta"
                        && e.attr("property") == Some("og:title")
                        && og_title.is_empty() =>
                {
                    push_collapsed(&mut og_title, e.attr("content").unwrap_or_default());
                }
                Node::Text(t) => {
                    if let Some((_, text)) = current.as_mut() {
                        push_collapsed(text, &t[..]);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value()
                    && matches!(e.name(), "title" | "h1")
                    && let Some((kind, text)) = current.take()
                {
                    let text = text.trim().to_owned();
                    if kind == "h1" {
                        if !text.is_empty() {
                            h1s.push(text);
                        }
                    } else if title.is_empty() {
                        title = text;
                    }
                }
            }
        }
    }
    let title_words = words(without_site(&title));
    let named = h1s
        .iter()
        .filter(|h| {
            !title_words.is_empty() && shared(&words(h), &title_words) * 2 >= words(h).len()
        })
        .max_by_key(|h| shared(&words(h), &title_words));
    if let Some(h) = named {
        return h.clone();
    }
    if !og_title.trim().is_empty() {
        return without_site(og_title.trim()).to_owned();
    }
    if !title.is_empty() {
        return without_site(&title).to_owned();
    }
    h1s.into_iter().next().unwrap_or_default()
}

/// The lower-case words of a text.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many of `a`'s words are in `b`.
fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|w| b.contains(w)).count()
}

/// A `<title>` without the site's name after " | ", " - ", " — " or "_".
pub(super) fn without_site(title: &str) -> &str {
    let cut = [" | ", " - ", " — ", " – ", "_"]
        .iter()
        .filter_map(|sep| title.find(sep))
        .filter(|&at| at > 0)
        .min();
    cut.map_or(title, |at| title[..at].trim())
}
