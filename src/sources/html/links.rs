//! The links of a page that may lead to its other pages of the same article.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::Node;

use super::PageLink;
use super::blocks::push_collapsed;

/// The links that may lead to other pages of the article (see [`super::Article::page_links`]).
pub(super) fn page_links(root: NodeRef<'_, Node>) -> Vec<PageLink> {
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
