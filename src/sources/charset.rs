//! The character set of a web page: a byte-order mark, else the charset the server sent
//! (`Content-Type: text/html; charset=gbk`), else the one the page declares in its first
//! bytes (`<meta charset="gb2312">`, `<meta http-equiv="Content-Type" content="…;
//! charset=GB18030">`), else UTF-8 when the bytes are UTF-8, else GB18030 (the Chinese sites
//! a briefing is published on), all through `encoding_rs`.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// How far into a page its `<meta>` charset is looked for (the HTML standard's prescan reads
/// 1,024 bytes; saved pages often have a longer head before it).
const PRESCAN_BYTES: usize = 4096;

/// The text of a page's bytes and the name of the encoding it was read in.
///
/// `declared` is the charset the server gave, if any. Never fails: bytes that the encoding
/// cannot map become U+FFFD.
#[must_use]
pub fn decode(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), encoding.name());
    }
    let chosen = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| meta_charset(bytes))
        .map(utf16_as_utf8);
    let encoding = chosen.unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            UTF_8
        } else {
            GB18030
        }
    });
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name())
}

/// A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard reads it as UTF-8).
fn utf16_as_utf8(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        encoding
    }
}

/// The encoding a page's `<meta>` names in its first bytes: the label after the first
/// `charset=` inside a `<meta` tag.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let label: Vec<u8> = rest
                    .iter()
                    .copied()
                    .take_while(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(b))
                    .collect();
                if let Some(encoding) = Encoding::for_label(&label) {
                    return Some(encoding);
                }
            }
        }
        from = tag_end;
    }
    None
}

/// The first place `needle` occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_declared_in_meta() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>国务院</p>");
        let (text, name) = decode(&bytes, None);
        assert!(text.contains("国务院"), "{text}");
        assert_eq!(name, "GBK");
    }

    #[test]
    fn header_wins_over_meta_and_utf8_is_the_default() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=utf-8><p>新闻</p>");
        assert!(decode(&bytes, Some("GB2312")).0.contains("新闻"));
        assert_eq!(decode("<p>é</p>".as_bytes(), None).1, "UTF-8");
    }

    #[test]
    fn undeclared_bytes_that_are_not_utf8_are_read_as_gb18030() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<p>发布会</p>");
        let (text, name) = decode(&bytes, None);
        assert!(text.contains("发布会"));
        assert_eq!(name, "gb18030");
    }
}
