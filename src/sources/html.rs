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

mod blocks;
mod deep;
mod headline;
mod links;
mod tags;

use scraper::Html;

use blocks::{block_text, main_block};
use deep::{nesting_depth, plain};
use headline::headline;
use links::page_links;

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

/// Whether two lines say the same words (case and spacing aside).
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    !b.is_empty() && words(a) == words(b)
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
}
