//! Sources of a transcript's text: a prepared `.txt`, a web page saved as `.htm`/`.html`, or
//! several pages of one article joined in page order. Whatever the source, the transcript is
//! one text (in the SCIO `.txt` shape the extractor reads) whose byte offsets the quotes point
//! into, with each page's source (file or address, as given) and byte span beside it.
//!
//! - [`charset`]: the page's character set (UTF-8, GBK, GB2312, GB18030…, via `encoding_rs`);
//! - [`html`]: the article of a page (html5ever through `scraper`, and a rule set for where
//!   the article is and what is furniture);
//! - [`join`]: which pages opened together are pages of one article, and joining them;
//! - [`fetch`]: an article's pages from its web address.
//!
//! No egui.

pub mod charset;
pub mod fetch;
pub mod html;
pub mod join;

pub use join::{Joined, group, group_indices, join};

/// One page of a briefing, read: its text in the transcript shape, and what tells which
/// article it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The file or address the page came from, as the user gave it.
    pub source: String,
    /// The page's text in the SCIO `.txt` shape (headline first, paragraphs after).
    pub text: String,
    /// The article's headline (breadcrumbs and a posting date after " | " left out); empty when
    /// the page has none.
    pub headline: String,
    /// The article the file name says the page is of, and the page number it says:
    /// `content_93644625_2.htm` is page 2 of `content_93644625`, `content_93644625.htm` page 1.
    pub name_page: Option<(String, u32)>,
    /// Whether the page was HTML (its text is then not the file's bytes).
    pub from_html: bool,
    /// Links that may lead to other pages of the article (HTML only).
    pub page_links: Vec<html::PageLink>,
}

/// Whether bytes are a web page: by the name's extension (`.htm`, `.html`, `.xhtml`,
/// `.shtml`), else by their start (`<!DOCTYPE html`, `<html`, `<head`, `<meta`).
#[must_use]
pub fn is_html(name: &str, bytes: &[u8]) -> bool {
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("htm" | "html" | "xhtml" | "shtml") => return true,
        Some("txt" | "json") => return false,
        _ => {}
    }
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = start.trim_ascii_start();
    let head: Vec<u8> = start.iter().take(15).map(u8::to_ascii_lowercase).collect();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<meta",
        b"<!--",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// Reads one page: an HTML page as its article's text (in `charset` when the server named
/// one), anything else as UTF-8 text (lossily: the extractor reports bytes that are not).
///
/// `source` is the file or address as given; its last path segment gives the page number.
#[must_use]
pub fn read_page(source: &str, bytes: &[u8], charset: Option<&str>) -> Page {
    let name_page = name_page(source);
    if is_html(source, bytes) {
        let (text, _) = charset::decode(bytes, charset);
        let article = html::article(&text);
        Page {
            source: source.to_owned(),
            headline: join::headline_of(&article.text),
            text: article.text,
            name_page,
            from_html: true,
            page_links: article.page_links,
        }
    } else {
        let text = String::from_utf8_lossy(bytes).into_owned();
        Page {
            source: source.to_owned(),
            headline: join::headline_of(&text),
            text,
            name_page,
            from_html: false,
            page_links: Vec::new(),
        }
    }
}

/// The source of a page pasted from the clipboard (Edit → Paste briefing): it has no name to
/// give a page number.
pub const PASTED: &str = "pasted text";

/// The article and page number a file name or address gives: the last path segment without
/// its extension (and query), split at a final `_N` (N from 1 to 99); without one, page 1.
/// [`PASTED`] text gives none.
#[must_use]
pub fn name_page(source: &str) -> Option<(String, u32)> {
    if source == PASTED {
        return None;
    }
    let path = source.split(['?', '#']).next().unwrap_or(source);
    let segment = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = segment.rsplit_once('.').map_or(segment, |(s, _)| s);
    if stem.is_empty() {
        return None;
    }
    if let Some((base, n)) = stem.rsplit_once('_')
        && !base.is_empty()
        && (1..=2).contains(&n.len())
        && let Ok(n) = n.parse::<u32>()
        && n >= 1
    {
        return Some((base.to_owned(), n));
    }
    Some((stem.to_owned(), 1))
}

/// The folder where briefboard keeps the transcripts it made (pages joined, web pages read):
/// `$BRIEFBOARD_DATA_DIR/transcripts`, else `$XDG_DATA_HOME/briefboard/transcripts`, else
/// `~/.local/share/briefboard/transcripts` (`%APPDATA%\briefboard\transcripts` on Windows).
#[must_use]
pub fn copies_dir() -> std::path::PathBuf {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("BRIEFBOARD_DATA_DIR") {
        return std::path::PathBuf::from(dir).join("transcripts");
    }
    let base = var("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| var("APPDATA").map(std::path::PathBuf::from))
        .or_else(|| var("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("briefboard").join("transcripts")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_from_names() {
        assert_eq!(
            name_page("x/content_93644625_2.htm"),
            Some(("content_93644625".to_owned(), 2))
        );
        assert_eq!(
            name_page("http://127.0.0.1/a/content_93644625.htm?x=1"),
            Some(("content_93644625".to_owned(), 1))
        );
        assert_eq!(name_page("http://127.0.0.1/"), None);
    }
}
