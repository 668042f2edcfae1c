//! Pages nested deeper than any real one, read as their text without the tree: the estimate
//! of how deep a page nests, and its text with the tags removed.

use super::Article;
use super::blocks::push_collapsed;
use super::headline::without_site;
use super::tags::BLOCK_TAGS;

/// Elements that close themselves or are closed by the next of their kind, left out of the
/// depth estimate (a page of a thousand unclosed `<p>`s is not deep).
const UNCOUNTED: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "br", "img", "meta", "link", "input", "hr",
    "source", "wbr", "area", "base", "col", "embed", "param", "track", "!doctype",
];

/// An estimate of how deep a page's elements nest, in one pass over its tags: opening tags
/// (but those of [`UNCOUNTED`] and `<x/>`) go down, closing tags come up.
pub(super) fn nesting_depth(html: &str) -> usize {
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
pub(super) fn plain(html: &str) -> Article {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_depth_estimate_ignores_elements_that_close_themselves() {
        assert_eq!(nesting_depth(&"<p>a".repeat(5000)), 0);
        assert_eq!(
            nesting_depth("<div><span>x</span><br/><img src=a></div>"),
            2
        );
    }
}
