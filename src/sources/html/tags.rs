//! Which elements of a page are furniture, left out with everything in them, and which end
//! a line of text; the walk over a page's tree that leaves the furniture out.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::Node;

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
pub(super) const BLOCK_TAGS: &[&str] = &[
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
pub(super) fn walk(root: NodeRef<'_, Node>) -> impl Iterator<Item = (NodeRef<'_, Node>, bool)> {
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
