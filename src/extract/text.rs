//! The transcript's shape: header (title, date, speakers, chairperson), turns, paragraphs and
//! sentences, every piece a byte span into the file as given (BOM and CRLF included).

use std::collections::HashMap;

use super::ExtractError;
use super::date_clues::DateClues;
use super::dates::Date;
use super::lines::{LABELS, is_furniture, is_title, lines, person_line, turn_name};
use super::speakers::{Conduct, Person, UNNAMED, chairs, classify, is_question};
use crate::dataset::SpeakerKind;

/// One paragraph of a turn: its byte span (trimmed) and whether it asks a question (a
/// journalist's question whose outlet label is missing from the page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Whether the paragraph is a question.
    pub question: bool,
}

/// One turn: a speaker and the paragraphs they say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// Index into [`Briefing::people`].
    pub speaker: usize,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A parsed transcript.
#[derive(Debug, Clone)]
pub struct Briefing<'a> {
    /// The whole file as text, BOM included, so that spans index the given bytes.
    pub text: &'a str,
    /// The title line; empty when the text starts without one (then the file name serves).
    pub title: String,
    /// The briefing date, when the text gives it.
    pub date: Option<Date>,
    /// Everyone who speaks: the header's officials and chairperson first, then the others in
    /// order of appearance (the [`UNNAMED`] speaker of text before the first turn line among
    /// them).
    pub people: Vec<Person>,
    /// The turns in order.
    pub turns: Vec<Turn>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Speakers,
    Chair,
}

/// How far into the text the briefing date is looked for.
const DATE_BYTES: usize = 8 * 1024;

/// How much of the text's beginning may introduce the officials (lead paragraph and the
/// chairperson's opening).
const INTRO_BYTES: usize = 64 * 1024;

/// The most paragraphs that are not questions a turn that asks may hold before its question.
const MAX_PREAMBLE: usize = 2;

/// The speakers and turns gathered in one pass over the lines.
struct Reader<'a> {
    text: &'a str,
    people: Vec<Person>,
    index: HashMap<String, usize>,
    conduct: Vec<Conduct>,
    turns: Vec<Turn>,
    /// Whether a page header (furniture, the title again) came since the last paragraph.
    page_break: bool,
    /// Whether one came right before the last paragraph of the open turn.
    break_before_last: bool,
}

impl Reader<'_> {
    /// The index of a speaker, added with `kind` when new.
    fn person(&mut self, name: &str, role: String, kind: SpeakerKind, header: bool) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.people.push(Person {
            name: name.to_owned(),
            role,
            kind,
            from_header: header,
        });
        self.conduct.push(Conduct::default());
        self.index.insert(name.to_owned(), self.people.len() - 1);
        self.people.len() - 1
    }

    fn open_turn(&mut self, speaker: usize) {
        self.close_turn(false);
        self.page_break = false;
        self.break_before_last = false;
        self.conduct[speaker].turns += 1;
        self.turns.push(Turn {
            speaker,
            paragraphs: Vec::new(),
        });
    }

    /// Counts what the last turn did, once it is complete.
    fn close_turn(&mut self, at_end: bool) {
        let Some(turn) = self.turns.last_mut() else {
            return;
        };
        if let Some(last) = turn.paragraphs.last_mut() {
            let para = &self.text[last.start..last.end];
            let cut = at_end && !para.ends_with(['.', '?', '!', '"', '”', ')']);
            last.question = is_question(para, cut);
        }
        let c = &mut self.conduct[turn.speaker];
        // A turn asks when it ends with a question after at most a short preamble: a long
        // answer that a question without its asker's line follows (a page of a published
        // transcript that drops the outlet's line) is still an answer.
        let statements = turn.paragraphs.iter().filter(|p| !p.question).count();
        // A question right after a page header is the next asker's, whose line the page
        // left out, not the question of the turn it falls in.
        let asks = turn.paragraphs.last().is_some_and(|p| p.question)
            && statements <= MAX_PREAMBLE
            && !self.break_before_last;
        if asks {
            c.questions += 1;
        }
        let text = self.text;
        if turn
            .paragraphs
            .iter()
            .any(|p| p.end - p.start < 2000 && chairs(&text[p.start..p.end]))
        {
            c.chairing += 1;
        }
    }

    fn paragraph(&mut self, start: usize, end: usize) {
        self.break_before_last = std::mem::take(&mut self.page_break);
        if self.turns.is_empty() {
            let unnamed = self.person(UNNAMED, String::new(), SpeakerKind::Official, false);
            self.open_turn(unnamed);
        }
        let text = self.text;
        if let Some(turn) = self.turns.last_mut() {
            // Every paragraph but the last of a turn is known complete now.
            if let Some(prev) = turn.paragraphs.last_mut() {
                prev.question = is_question(&text[prev.start..prev.end], false);
            }
            turn.paragraphs.push(Paragraph {
                start,
                end,
                question: false,
            });
        }
    }
}

/// Decodes and parses a transcript.
///
/// # Errors
/// Bytes that are not UTF-8, an empty text, a text without a letter (numbers alone), JSON (a
/// dataset, not a transcript) and Markdown (a README: code fences, tables, headings). A text
/// without a header, a date or turn
/// lines is read all the same: its speakers are decided from the text and the date is
/// unknown.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over the lines: header, date clues, turns and paragraphs"
)]
pub fn parse<'a>(file: &str, bytes: &'a [u8]) -> Result<Briefing<'a>, ExtractError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        ExtractError::NotUtf8 {
            file: file.to_owned(),
            line: text_lines(&bytes[..offset]),
            offset,
        }
    })?;
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if body.starts_with(['{', '[']) {
        return Err(ExtractError::Format {
            file: file.to_owned(),
            line: text_lines(&bytes[..bytes.len() - body.len()]),
            reason: "this is JSON, not a transcript (a dataset is checked with `briefboard \
                     validate` and opened by the app as it is)"
                .to_owned(),
        });
    }
    if let Some(line) = super::sniff::markdown_line(text) {
        return Err(ExtractError::Format {
            file: file.to_owned(),
            line,
            reason: "this looks like Markdown (code fences, a table or headings), not a \
                     transcript: a transcript is the text of a briefing, its speakers' lines \
                     and what they said"
                .to_owned(),
        });
    }
    let mut title: Option<String> = None;
    let mut dates = DateClues::default();
    // A briefing published as several pages, joined: the page that names the date may come
    // after the first turn. Only page headers and the lead ("The State Council Information
    // Office held a briefing on April 22 …") are read there, never what people say.
    let mut later = DateClues::default();
    let mut section = Section::None;
    let mut r = Reader {
        text,
        people: Vec::new(),
        index: HashMap::new(),
        conduct: Vec::new(),
        turns: Vec::new(),
        page_break: false,
        break_before_last: false,
    };
    let mut named_turns = 0;
    for (_, start, end) in lines(text) {
        let line = &text[start..end];
        if line.is_empty() {
            continue;
        }
        if named_turns == 0 && start < DATE_BYTES {
            dates.line(line);
        } else if is_lead(line)
            || line.contains("Updated")
            || line.contains("China.org.cn")
            || super::date_clues::is_dateline(line)
        {
            later.line(line);
        }
        if is_furniture(line) {
            r.page_break = true;
            continue;
        }
        // The title again at the head of a later page ("SCIO briefing on … | August 13,
        // 2024"), where pages were joined.
        if title.as_deref().is_some_and(|t| {
            !t.is_empty() && (line == t || line.split(" | ").next() == t.split(" | ").next())
        }) {
            r.page_break = true;
            continue;
        }
        let name = turn_name(line);
        // A text whose first page starts without its title ("Speaker: …") names it in a later
        // page's header: "SCIO briefing on China's foreign exchange receipts and payments".
        if title.as_deref() == Some("") && name.is_none() && headline(line) {
            title = Some(line.split(" | ").next().unwrap_or(line).trim().to_owned());
            r.page_break = true;
            continue;
        }
        if title.is_none() {
            let is = name.is_none() && is_title(line);
            // "SCIO briefing on … | August 13, 2024": the page's date is not the title's.
            let bare = line
                .rsplit_once(" | ")
                .filter(|(_, d)| super::dates::full_date(d).is_some())
                .map_or(line, |(t, _)| t.trim_end())
                // "ㄑ Publicity Department … holds press conference …": the site's arrow.
                .trim_start_matches(['ㄑ', '‹', '<', '>', ' ']);
            title = Some(if is { bare.to_owned() } else { String::new() });
            if is {
                continue;
            }
        }
        if named_turns == 0 {
            match line.trim_end_matches(':') {
                "Speakers" | "Speaker" => section = Section::Speakers,
                "Chairperson" | "Chair" | "Moderator" | "Host" => section = Section::Chair,
                "Date" | "Time" | "Venue" => section = Section::None,
                _ => {}
            }
            if LABELS.contains(&line.trim_end_matches(':')) {
                continue;
            }
        }
        if let Some(name) = name {
            let speaker = r.person(name, "media outlet".to_owned(), SpeakerKind::Asker, false);
            r.open_turn(speaker);
            named_turns += 1;
            continue;
        }
        if named_turns == 0 && section != Section::None {
            if let Some((name, role)) = person_line(line) {
                let kind = if section == Section::Chair {
                    SpeakerKind::Chairperson
                } else {
                    SpeakerKind::Official
                };
                r.person(&name, role, kind, true);
            }
            continue;
        }
        r.paragraph(start, end);
    }
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(ExtractError::Format {
            file: file.to_owned(),
            line: 1,
            reason: "empty transcript: no text".to_owned(),
        });
    }
    if !text.chars().any(char::is_alphabetic) {
        return Err(ExtractError::Format {
            file: file.to_owned(),
            line: 1,
            reason: "no words: a transcript is the text of a briefing, its speakers' lines and \
                     what they said, not numbers alone"
                .to_owned(),
        });
    }
    r.close_turn(true);
    let intro = &text[..text.floor_char_boundary(INTRO_BYTES.min(text.len()))];
    classify(&mut r.people, &r.conduct, intro);
    Ok(Briefing {
        text,
        title: title.unwrap_or_default(),
        date: dates.resolve_with(&later),
        people: r.people,
        turns: r.turns,
    })
}

/// A later page's lead, which says when the briefing was held ("The State Council Information
/// Office held a press conference on Thursday morning …", "A press conference was held on
/// Monday morning …").
fn is_lead(line: &str) -> bool {
    line.contains("held")
        && ["Information Office", "press conference", "briefing"]
            .iter()
            .any(|w| line.contains(w))
}

/// The 1-based number of the line that starts after `before`.
fn text_lines(before: &[u8]) -> usize {
    before.split(|b| *b == b'\n').count()
}

/// Whether a line is a briefing's headline as its pages print it: a title that says it is
/// a briefing or a press conference ("SCIO briefing on …", "SCIO press conference on …",
/// "Press conference on …").
fn headline(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    is_title(line)
        && [
            "scio briefing on ",
            "scio press conference on ",
            "press conference on ",
        ]
        .iter()
        .any(|h| lower.starts_with(h))
}
