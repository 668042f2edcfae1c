//! The article's text: the element that holds it (where the paragraph text is), and its lines,
//! one per block, with a bold speaker's name on a line of its own.

use ego_tree::NodeRef;
use scraper::Node;

use super::tags::{BLOCK_TAGS, walk};

/// The element that holds the article: the parent of the most paragraph text (text in `<p>`
/// elements, links not counted), as readability-style extractors score pages.
pub(super) fn main_block(root: NodeRef<'_, Node>) -> Option<NodeRef<'_, Node>> {
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
pub(super) fn block_text(root: NodeRef<'_, Node>, lines: &mut Vec<String>) {
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
pub(super) fn push_collapsed(out: &mut String, text: &str) {
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
