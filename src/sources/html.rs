//! A web page as the text of its article: the HTML parsed by html5ever (through `scraper`),
//! the article found by where its paragraphs are, and written out in the shape of an SCIO
//! transcript (`.txt`): the headline on the first line, then one paragraph per line with a
//! blank line between, a speaker's name ("Li Bin:") on a line of its own.
//!
//! Left out: scripts, styles, forms, navigation, headers, footers, asides, and any block whose
//! `id` or `class` says it is a menu, breadcrumb, share bar, related links, comments,
//! pagination or footer; inside the article, a paragraph that is mostly links (related
//! articles, page links "1 2 3 Next"). The work is one pass over the tree for the article and
//! one over the article for its text, without recursion, so it is linear in the page's size
//! and a deeply nested page cannot exhaust the stack.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// The article of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The headline: the page's `<h1>` that its `<title>` also names, else its `og:title`, else
    /// its `<title>` without the site's name; empty when the page has none.
    pub headline: String,
    /// The transcript-shaped text: the headline, a blank line, then the paragraphs.
    pub text: String,
    /// The links of the page that may lead to its other pages: `rel="next"`, or a link whose
    /// text is a page number, "Next" or "下一页". Hrefs as written (relative or absolute).
    pub page_links: Vec<PageLink>,
}

/// A link that may lead to another page of the same article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    /// The `href` as written.
    pub href: String,
    /// Whether the link is marked `rel="next"`.
    pub next: bool,
}

/// Elements whose whole content is left out.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "select",
    "button",
    "template",
    "svg",
    "head",
    "title",
    "figcaption",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "textarea",
];

/// Words of an `id` or `class` that mark page furniture (compared whole, lower case, after
/// splitting on `-`, `_` and spaces).
const FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "share",
    "sharing",
    "social",
    "related",
    "relate",
    "footer",
    "foot",
    "sidebar",
    "comment",
    "comments",
    "pager",
    "pagination",
    "paging",
    "pagelink",
    "pages",
    "position",
    "location",
    "copyright",
    "print",
    "toolbar",
    "ad",
    "ads",
    "advert",
    "banner",
    "recommend",
    "hot",
    "fontsize",
    "font",
    "subnav",
    "topbar",
    "bottom",
    "masthead",
];

/// Elements that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "blockquote",
    "pre",
    "center",
    "body",
    "td",
    "th",
    "hr",
];

/// How deep elements may nest before the page is read without its tree: HTML5 tree
/// building checks the stack of open elements at each tag, so its time grows with the square
/// of the depth (100,000 nested `<div>`s took 19 s). Browsers cap the depth too (Blink at
/// 512); real pages stay far below.
const MAX_DEPTH: usize = 400;

/// Reads the article of a page already decoded to text. A page nested deeper than any real
/// one ([`MAX_DEPTH`]) is read as its text without the tree ([`plain`]), in linear time.
#[must_use]
pub fn article(html: &str) -> Article {
    if nesting_depth(html) > MAX_DEPTH {
        return plain(html);
    }
    let document = Html::parse_document(html);
    let root = document.tree.root();
    let headline = headline(root);
    let body = main_block(root).unwrap_or(root);
    let mut lines = Vec::new();
    block_text(body, &mut lines);
    if lines.first().is_some_and(|l| same_words(l, &headline)) {
        lines.remove(0);
    }
    let mut text = String::with_capacity(html.len() / 2);
    if !headline.is_empty() {
        text.push_str(&headline);
        text.push_str("\n\n");
    }
    for line in &lines {
        text.push_str(line);
        text.push_str("\n\n");
    }
    Article {
        headline,
        text,
        page_links: page_links(root),
    }
}

/// Elements that close themselves or are closed by the next of their kind, left out of the
/// depth estimate (a page of a thousand unclosed `<p>`s is not deep).
const UNCOUNTED: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "br", "img", "meta", "link", "input", "hr",
    "source", "wbr", "area", "base", "col", "embed", "param", "track", "!doctype",
];

/// An estimate of how deep a page's elements nest, in one pass over its tags: opening tags
/// (but those of [`UNCOUNTED`] and `<x/>`) go down, closing tags come up.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(k) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + k + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name: String = bytes[name_start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!')
            .take(16)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
        let end = bytes[start.min(bytes.len())..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |e| start + e);
        at = end.min(bytes.len());
        if name.is_empty() || UNCOUNTED.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if bytes.get(end.wrapping_sub(1)) != Some(&b'/') {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The text of a page without its tree, for pages too deep to build one: tags removed,
/// scripts and styles left out, block tags ending lines, the common entities decoded; the
/// headline from `<title>`.
fn plain(html: &str) -> Article {
    let lower = html.to_ascii_lowercase();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut title = String::new();
    let mut in_title = false;
    let mut at = 0;
    while at < html.len() {
        let Some(k) = html[at..].find('<') else {
            push_collapsed(&mut line, &entities(&html[at..]));
            break;
        };
        let text = entities(&html[at..at + k]);
        if in_title {
            push_collapsed(&mut title, &text);
        } else {
            push_collapsed(&mut line, &text);
        }
        let start = at + k + 1;
        let end = html[start..].find('>').map_or(html.len(), |e| start + e);
        let tag = &lower[start..end];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        at = (end + 1).min(html.len());
        match name.as_str() {
            "script" | "style" if !closing => {
                let close = format!("</{name}");
                at = lower[at..].find(&close).map_or(html.len(), |e| at + e);
            }
            "title" => in_title = !closing,
            "br" => end_plain_line(&mut line, &mut lines),
            n if BLOCK_TAGS.contains(&n) => end_plain_line(&mut line, &mut lines),
            _ => {}
        }
    }
    end_plain_line(&mut line, &mut lines);
    let headline = without_site(title.trim()).to_owned();
    let mut text = String::new();
    if !headline.is_empty() {
        text.push_str(&headline);
        text.push_str("\n\n");
    }
    for l in &lines {
        text.push_str(l);
        text.push_str("\n\n");
    }
    Article {
        headline,
        text,
        page_links: Vec::new(),
    }
}

/// Ends a line of [`plain`] text, keeping it when not empty.
fn end_plain_line(line: &mut String, lines: &mut Vec<String>) {
    let text = std::mem::take(line);
    let text = text.trim();
    if !text.is_empty() {
        lines.push(text.to_owned());
    }
}

/// The common character references decoded: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`,
/// `&nbsp;` and numeric ones.
fn entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest[..rest.floor_char_boundary(12)].find(';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name.strip_prefix('#').and_then(|n| {
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, e + 1))
        });
        if let Some((c, len)) = decoded {
            out.push(c);
            rest = &rest[len..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Whether two lines say the same words (case and spacing aside).
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    !b.is_empty() && words(a) == words(b)
}

/// Whether an element is left out with everything in it.
fn is_skipped(node: NodeRef<'_, Node>) -> bool {
    let Some(element) = node.value().as_element() else {
        return false;
    };
    if SKIPPED_TAGS.contains(&element.name()) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        })
    {
        return true;
    }
    let marked = |value: &str| {
        value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| FURNITURE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    };
    element.id().is_some_and(marked) || element.classes().any(marked)
}

/// Iterates over the nodes under `root` in document order, without the skipped subtrees:
/// `(node, opening)` for each open and close.
fn walk(root: NodeRef<'_, Node>) -> impl Iterator<Item = (NodeRef<'_, Node>, bool)> {
    let mut skipping: Option<NodeRef<'_, Node>> = None;
    root.traverse().filter_map(move |edge| match edge {
        Edge::Open(node) => {
            if skipping.is_some() {
                return None;
            }
            if node != root && is_skipped(node) {
                skipping = Some(node);
                return None;
            }
            Some((node, true))
        }
        Edge::Close(node) => {
            if skipping == Some(node) {
                skipping = None;
                return None;
            }
            skipping.is_none().then_some((node, false))
        }
    })
}

/// The element that holds the article: the parent of the most paragraph text (text in `<p>`
/// elements, links not counted), as readability-style extractors score pages.
fn main_block(root: NodeRef<'_, Node>) -> Option<NodeRef<'_, Node>> {
    let mut credit: std::collections::HashMap<ego_tree::NodeId, usize> =
        std::collections::HashMap::new();
    // The open `<p>`, its parent, and how many of its characters are not link text.
    let mut open_p: Option<(NodeRef<'_, Node>, usize)> = None;
    let mut in_link = 0usize;
    for (node, opening) in walk(root) {
        match node.value() {
            Node::Element(e) if e.name() == "p" => {
                if opening {
                    open_p = Some((node, 0));
                } else if let Some((p, chars)) = open_p.take()
                    && let Some(parent) = p.parent()
                {
                    *credit.entry(parent.id()).or_default() += chars;
                }
            }
            Node::Element(e) if e.name() == "a" => {
                if opening {
                    in_link += 1;
                } else {
                    in_link = in_link.saturating_sub(1);
                }
            }
            Node::Text(t) if opening && in_link == 0 => {
                if let Some((_, chars)) = open_p.as_mut() {
                    *chars += t.trim().chars().count();
                }
            }
            _ => {}
        }
    }
    let best = credit
        .into_iter()
        .filter(|(_, chars)| *chars >= 20)
        .max_by_key(|(id, chars)| (*chars, std::cmp::Reverse(*id)))?;
    root.tree().get(best.0)
}

/// One block of text being gathered: its text, how much of it is link text, and where a bold
/// speaker's name at its start ends.
#[derive(Default)]
struct Block {
    text: String,
    link_chars: usize,
    bold_end: Option<usize>,
}

/// The lines of text under `root`, in document order: one per block element, `<br>` starting
/// a new line, runs of white space made one space; lines that are mostly links left out; a
/// bold "Name:" at the start of a paragraph put on a line of its own.
fn block_text(root: NodeRef<'_, Node>, lines: &mut Vec<String>) {
    let mut block = Block::default();
    let mut in_link = 0usize;
    let mut bold_depth = 0usize;
    let mut bold_from_start = false;
    for (node, opening) in walk(root) {
        match node.value() {
            Node::Text(t) if opening => {
                let before = block.text.len();
                push_collapsed(&mut block.text, &t[..]);
                if in_link > 0 {
                    block.link_chars += block.text.len() - before;
                }
            }
            Node::Element(e) => match e.name() {
                "br" if opening => end_line(&mut block, lines),
                "a" => {
                    if opening {
                        in_link += 1;
                    } else {
                        in_link = in_link.saturating_sub(1);
                    }
                }
                "b" | "strong" => {
                    if opening {
                        if bold_depth == 0 {
                            bold_from_start = block.text.trim().is_empty();
                        }
                        bold_depth += 1;
                    } else {
                        bold_depth = bold_depth.saturating_sub(1);
                        if bold_depth == 0 && bold_from_start && block.bold_end.is_none() {
                            block.bold_end = Some(block.text.len());
                        }
                    }
                }
                name if BLOCK_TAGS.contains(&name) => end_line(&mut block, lines),
                _ => {}
            },
            _ => {}
        }
    }
    end_line(&mut block, lines);
}

/// Appends text with runs of white space (no-break spaces too) made one space.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !matches!(c, '\u{200b}' | '\u{feff}' | '\u{200c}' | '\u{200d}') {
            out.push(c);
        }
    }
}

/// Ends the current line: keeps it unless empty or mostly links; splits off a bold speaker's
/// name ("Li Bin:") at its start.
fn end_line(block: &mut Block, lines: &mut Vec<String>) {
    let taken = std::mem::take(block);
    let text = taken.text.trim();
    if text.is_empty() || taken.link_chars * 2 > text.len() {
        return;
    }
    if let Some(end) = taken.bold_end {
        let lead = taken.text.len() - taken.text.trim_start().len();
        let cut = end.saturating_sub(lead).min(text.len());
        if text.is_char_boundary(cut) {
            let (name, rest) = text.split_at(cut);
            let name = name.trim();
            let rest = rest.trim();
            let name = name.replace('：', ":");
            if !rest.is_empty() && is_speaker_label(&name) {
                lines.push(name);
                lines.push(rest.to_owned());
                return;
            }
        }
    }
    lines.push(text.replace('：', ":"));
}

/// Whether a bold lead-in is a speaker's name: a few words ending in a colon.
fn is_speaker_label(name: &str) -> bool {
    name.ends_with(':')
        && name.len() > 1
        && name.split_whitespace().count() <= 8
        && !name.contains(". ")
}

/// The page's headline (see [`Article::headline`]).
fn headline(root: NodeRef<'_, Node>) -> String {
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
fn without_site(title: &str) -> &str {
    let cut = [" | ", " - ", " — ", " – ", "_"]
        .iter()
        .filter_map(|sep| title.find(sep))
        .filter(|&at| at > 0)
        .min();
    cut.map_or(title, |at| title[..at].trim())
}

/// The links that may lead to other pages of the article (see [`Article::page_links`]).
fn page_links(root: NodeRef<'_, Node>) -> Vec<PageLink> {
    let mut out: Vec<PageLink> = Vec::new();
    let mut current: Option<(String, bool, String)> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if e.name() == "a" || e.name() == "link" => {
                    let next = e.attr("rel").is_some_and(|r| {
                        r.split_whitespace().any(|w| w.eq_ignore_ascii_case("next"))
                    });
                    if let Some(href) = e.attr("href") {
                        if e.name() == "link" {
                            if next {
                                out.push(PageLink {
                                    href: href.trim().to_owned(),
                                    next,
                                });
                            }
                        } else {
                            current = Some((href.trim().to_owned(), next, String::new()));
                        }
                    }
                }
                Node::Text(t) => {
                    if let Some((_, _, text)) = current.as_mut() {
                        push_collapsed(text, &t[..]);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value()
                    && e.name() == "a"
                    && let Some((href, next, text)) = current.take()
                    && (next || is_page_link_text(text.trim()))
                    && !href.is_empty()
                    && !out.iter().any(|l| l.href == href)
                {
                    out.push(PageLink { href, next });
                }
            }
        }
    }
    out
}

/// Whether a link's text is that of a page link: a number up to 99, "Next", "Next page",
/// "下一页", "»" or ">".
fn is_page_link_text(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '[' || c == ']');
    t.parse::<u32>().is_ok_and(|n| (1..100).contains(&n))
        || [
            "next",
            "next page",
            "next »",
            "next >",
            "下一页",
            "»",
            ">",
            ">>",
        ]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_name_goes_on_its_own_line() {
        let a = article(
            "<title>Briefing on trade | china.org.cn</title><div id=c><p><b>Li Bin:</b> \
             Thank you. Exports rose by 5%.</p><p>Second paragraph of the answer here.</p></div>",
        );
        assert_eq!(a.headline, "Briefing on trade");
        assert_eq!(
            a.text,
            "Briefing on trade\n\nLi Bin:\n\nThank you. Exports rose by 5%.\n\nSecond \
             paragraph of the answer here.\n\n"
        );
    }

    #[test]
    fn deep_nesting_does_not_exhaust_the_stack_or_take_long() {
        let html = "<div>".repeat(100_000) + "<p>deep text &amp; more of a paragraph</p>";
        let started = std::time::Instant::now();
        let a = article(&html);
        assert!(a.text.contains("deep text & more"), "{}", a.text);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // Without the tree, an ampersand before Chinese text is text.
        let html = "<div>".repeat(1000) + "<p>&中文中文中文 &#20013; &bogus; &amp</p>";
        assert!(
            article(&html)
                .text
                .contains("&中文中文中文 中 &bogus; &amp")
        );
        // Just under the cap, the tree is built.
        let html = "<div>".repeat(MAX_DEPTH) + "<p>deep text of a paragraph here</p>";
        assert!(article(&html).text.contains("deep text"));
    }

    #[test]
    fn the_depth_estimate_ignores_elements_that_close_themselves() {
        assert_eq!(nesting_depth(&"<p>a".repeat(5000)), 0);
        assert_eq!(
            nesting_depth("<div><span>x</span><br/><img src=a></div>"),
            2
        );
    }
}
