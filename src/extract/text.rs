//! The transcript's shape: header (title, date, speakers, chairperson), turns, paragraphs and
//! sentences, every piece a byte span into the file as given (BOM and CRLF included).

use super::ExtractError;
use crate::dataset::SpeakerKind;

/// A calendar date (the briefing's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// The year (`2024`).
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

/// Someone who speaks: an official or the chairperson from the header, or an asker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The name as written (`Jin Zhuanglong`, `Xinhua News Agency`).
    pub name: String,
    /// The role from the header; `media outlet` for askers.
    pub role: String,
    /// Official, chairperson or asker.
    pub kind: SpeakerKind,
}

/// One turn: a speaker and the byte spans of the paragraphs they say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// Index into [`Briefing::people`].
    pub speaker: usize,
    /// Byte spans (start, end) of the paragraphs, trimmed.
    pub paragraphs: Vec<(usize, usize)>,
}

/// A parsed transcript.
#[derive(Debug, Clone)]
pub struct Briefing<'a> {
    /// The whole file as text, BOM included, so that spans index the given bytes.
    pub text: &'a str,
    /// The first line.
    pub title: String,
    /// The briefing date.
    pub date: Date,
    /// Officials and chairperson (from the header) then askers (in order of appearance).
    pub people: Vec<Person>,
    /// The turns in order.
    pub turns: Vec<Turn>,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) named by a word: full names and the AP abbreviations (`Feb.`, `Sept.`).
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let full = MONTHS.iter().position(|m| *m == w);
    let abbr = || {
        (w.len() <= 4 && word.ends_with('.') || w == "sept")
            .then(|| MONTHS.iter().position(|m| m.starts_with(&w)))
            .flatten()
    };
    full.or_else(abbr).and_then(|i| u32::try_from(i + 1).ok())
}

/// Finds a date written "July 5, 2024" (or "Feb. 26, 2021") in a line.
fn find_date(line: &str) -> Option<Date> {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(3).find_map(|w| {
        let month = month(w[0])?;
        let day: u32 = w[1].strip_suffix(',')?.parse().ok()?;
        let year: i32 = w[2]
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()?;
        ((1..=31).contains(&day) && (1900..=2200).contains(&year)).then_some(Date {
            year,
            month,
            day,
        })
    })
}

/// The lines of a text: (1-based number, start, end) with the line ending, surrounding
/// whitespace and a leading BOM trimmed off the span.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut pos = 0;
    text.split('\n').enumerate().map(move |(i, raw)| {
        let start = pos;
        pos += raw.len() + 1;
        let lead = raw.len()
            - raw
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .len();
        let body = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        (i + 1, start + lead, start + lead + body.len())
    })
}

/// The name of a turn line ("Jin Zhuanglong:", "Xinhua News Agency:"), if it is one.
fn turn_name(line: &str) -> Option<&str> {
    let name = line.strip_suffix(':')?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let connector = |w: &str| matches!(w, "and" | "of" | "the" | "for" | "in" | "on" | "de");
    let titled = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let ok = !words.is_empty()
        && words.len() <= 8
        && !name.contains(". ")
        && !name.contains(',')
        && words.iter().all(|w| titled(w) || connector(w));
    ok.then_some(name)
}

/// Whether a body line is furniture rather than speech: page breaks, the translators' credit,
/// photo captions, the "Read in Chinese" link.
fn is_furniture(line: &str) -> bool {
    line == "_ueditor_page_break_tag_"
        || line.starts_with("Translated and edited by")
        || line == "Read in Chinese"
        || line
            .strip_prefix('/')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Splits "Mr. Jin Zhuanglong, minister of …" into name and role.
fn person_line(line: &str) -> Option<(String, String)> {
    let (name, role) = line.split_once(',')?;
    let name = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Madam "]
        .iter()
        .fold(name.trim(), |n, p| n.strip_prefix(p).unwrap_or(n));
    let words = name.split_whitespace().count();
    ((1..=5).contains(&words)).then(|| (name.to_owned(), role.trim().to_owned()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Speakers,
    Chair,
}

/// Decodes and parses a transcript.
///
/// # Errors
/// Bytes that are not UTF-8; an empty text; no date in the header; no turn at all.
pub fn parse<'a>(file: &str, bytes: &'a [u8]) -> Result<Briefing<'a>, ExtractError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        ExtractError::NotUtf8 {
            file: file.to_owned(),
            line: text_lines(&bytes[..offset]),
            offset,
        }
    })?;
    let fail = |line, reason: &str| ExtractError::Format {
        file: file.to_owned(),
        line,
        reason: reason.to_owned(),
    };
    let mut title = None;
    let mut date = None;
    let mut section = Section::None;
    let mut people: Vec<Person> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    let mut last_line = 1;
    for (no, start, end) in lines(text) {
        last_line = no;
        let line = &text[start..end];
        if line.is_empty() || is_furniture(line) {
            continue;
        }
        if title.is_none() {
            title = Some(line.to_owned());
            continue;
        }
        if turns.is_empty() {
            match line.trim_end_matches(':') {
                "Speakers" | "Speaker" => section = Section::Speakers,
                "Chairperson" | "Chair" | "Moderator" => section = Section::Chair,
                "Date" => section = Section::None,
                _ => {}
            }
            if date.is_none() {
                date = find_date(line);
            }
        }
        if let Some(name) = turn_name(line).filter(|n| {
            !matches!(
                *n,
                "Speakers" | "Speaker" | "Chairperson" | "Chair" | "Moderator" | "Date"
            )
        }) {
            let index = people
                .iter()
                .position(|p| p.name == name)
                .unwrap_or_else(|| {
                    people.push(Person {
                        name: name.to_owned(),
                        role: "media outlet".to_owned(),
                        kind: SpeakerKind::Asker,
                    });
                    people.len() - 1
                });
            turns.push(Turn {
                speaker: index,
                paragraphs: Vec::new(),
            });
            continue;
        }
        if let Some(turn) = turns.last_mut() {
            turn.paragraphs.push((start, end));
        } else if section != Section::None
            && let Some((name, role)) = person_line(line)
            && !people.iter().any(|p| p.name == name)
        {
            let kind = if section == Section::Chair {
                SpeakerKind::Chairperson
            } else {
                SpeakerKind::Official
            };
            people.push(Person { name, role, kind });
        }
    }
    let title = title.ok_or_else(|| fail(1, "empty transcript: no title line"))?;
    if turns.is_empty() {
        return Err(fail(
            last_line,
            "no speaker lines (\"Name:\" on a line of its own) in the transcript",
        ));
    }
    let date = date.ok_or_else(|| fail(2, "no briefing date in the header (expected a line such as \"Beijing | 10 a.m. July 5, 2024\")"))?;
    Ok(Briefing {
        text,
        title,
        date,
        people,
        turns,
    })
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "Mr", "Ms", "Mrs", "Dr", "St", "No", "a.m", "p.m", "Jan", "Feb", "Sept", "U.S",
];

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
            let word_start = para[..i]
                .rfind(|ch: char| ch.is_whitespace() || ch == '(')
                .map_or(0, |p| p + 1);
            let word = &para[word_start..i];
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
            if (spaced || next.is_empty()) && opens && !(c == b'.' && ABBREVIATIONS.contains(&word))
            {
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

fn push_trimmed(para: &str, base: usize, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &para[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    if !body.is_empty() {
        out.push((base + from + lead, base + from + lead + body.len()));
    }
}

/// The 1-based number of the line that starts after `before`.
fn text_lines(before: &[u8]) -> usize {
    before.split(|b| *b == b'\n').count()
}
