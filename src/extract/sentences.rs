//! Sentences of a paragraph: cut after a full stop, question or exclamation mark (not after
//! "Mr.", "a.m." or a decimal), every sentence a byte span of the file and at most
//! [`MAX_SENTENCE`] bytes long.

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "Mr", "Ms", "Mrs", "Dr", "St", "No", "a.m", "p.m", "Jan", "Feb", "Sept", "U.S",
];

/// Months' abbreviations that end with a full stop only before a day ("Dec. 14").
const MONTHS: [&str; 9] = [
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The longest sentence kept whole, in bytes; a longer run of text without a full stop (a
/// table pasted as one line, say) is cut at the last space before this length, so that the
/// work per sentence stays bounded.
pub const MAX_SENTENCE: usize = 1000;

/// The sentences of a paragraph, as byte spans (trimmed) into the same text.
pub fn sentences(text: &str, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let para = &text[start..end];
    let bytes = para.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'?' | b'!') {
            // The word before the stop, looked at only as far back as the longest
            // abbreviation, so that a long run without spaces costs nothing more.
            let window = para.floor_char_boundary(i.saturating_sub(6));
            // The space may be more than one byte (a no-break space): the word starts after
            // the whole character, or after an opening bracket or quote ("the "No. 1 …").
            let word = para[window..i]
                .char_indices()
                .rev()
                .find(|(_, ch)| ch.is_whitespace() || "(\"“‘".contains(*ch))
                .map(|(p, ch)| &para[window + p + ch.len_utf8()..i])
                .or_else(|| (window == 0).then(|| &para[..i]));
            let mut j = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while j < bytes.len() {
                let rest = &para[j..];
                let close = ['"', '\'', ')', '”', '’']
                    .iter()
                    .find(|q| rest.starts_with(**q));
                match close {
                    Some(q) => j += q.len_utf8(),
                    None => break,
                }
            }
            let next = para[j..].trim_start();
            let spaced = next.len() < para.len() - j;
            let opens = next
                .chars()
                .next()
                .is_none_or(|ch| ch.is_uppercase() || ch.is_ascii_digit() || "\"“‘'".contains(ch));
            // "Dec. 14", "Aug. 3": a month's abbreviation before its day.
            let month_day = word.is_some_and(|w| MONTHS.contains(&w))
                && next.starts_with(|ch: char| ch.is_ascii_digit());
            let abbreviation =
                c == b'.' && (month_day || word.is_some_and(|w| ABBREVIATIONS.contains(&w)));
            if (spaced || next.is_empty()) && opens && !abbreviation {
                push_trimmed(para, start, from, j, &mut out);
                from = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push_trimmed(para, start, from, para.len(), &mut out);
    out
}

/// Pushes the trimmed span `from..to` of a paragraph, cut into pieces of at most
/// [`MAX_SENTENCE`] bytes.
fn push_trimmed(para: &str, base: usize, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let mut from = from;
    while from < to {
        let piece = &para[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let body = piece.trim();
        if body.is_empty() {
            return;
        }
        let begin = from + lead;
        let mut stop = begin + body.len();
        if body.len() > MAX_SENTENCE {
            let limit = para.floor_char_boundary(begin + MAX_SENTENCE);
            stop = para[begin..limit]
                .rfind(char::is_whitespace)
                .filter(|&p| p > 0)
                .map_or(limit, |p| begin + p);
            if stop == begin {
                stop = para.ceil_char_boundary(begin + 1);
            }
        }
        let piece = para[begin..stop].trim_end();
        out.push((base + begin, base + begin + piece.len()));
        from = stop;
    }
}
