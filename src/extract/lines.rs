//! The lines of a transcript and what each is: a turn line, a header label, a person of the
//! header, a title, or page furniture.

/// The lines of a text: (1-based number, start, end) with the line ending, surrounding
/// whitespace and a leading BOM trimmed off the span.
pub(super) fn lines(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
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

/// Header labels, which end in ":" like turn lines but open no turn.
pub(super) const LABELS: [&str; 12] = [
    "Speakers",
    "Speaker",
    "Chairperson",
    "Chair",
    "Moderator",
    "Host",
    "Date",
    "Time",
    "Venue",
    "Updated",
    "Source",
    "Editor",
];

/// A name without its "Mr.", "Ms.", "Mrs.", "Dr." or "Madam".
fn without_title(name: &str) -> &str {
    ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Madam "]
        .iter()
        .fold(name, |n, p| n.strip_prefix(p).unwrap_or(n))
}

/// The name of a turn line ("Jin Zhuanglong:", "Xinhua News Agency:", "Mr. Ye:"), if it is
/// one: a short title-case name ending in ":".
pub(super) fn turn_name(line: &str) -> Option<&str> {
    let name = line.strip_suffix(':')?.trim();
    let name = without_title(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let connector = |w: &str| matches!(w, "and" | "of" | "the" | "for" | "in" | "on" | "de");
    let titled = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '(')
    };
    let ok = !words.is_empty()
        && words.len() <= 8
        && !name.contains(". ")
        && !name.contains(',')
        && !LABELS.contains(&name)
        && words.iter().all(|w| titled(w) || connector(w));
    ok.then_some(name)
}

/// Whether a line is page furniture rather than speech: page breaks, the translators'
/// credit, photo captions, links, breadcrumbs ("Home >  Press Room >", "ㄑ Press Room ㄑ
/// Press Conference Transcripts"), comment and print
/// bars, pagination ("<  1  2  3 …"), and a line that is only a date.
pub(super) fn is_furniture(line: &str) -> bool {
    let pagination = line
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "<>«»|".contains(c));
    line == "_ueditor_page_break_tag_"
        || line.starts_with("Translated and edited by")
        || line == "Read in Chinese"
        || line
            .strip_prefix('/')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || pagination
        || line.ends_with('>')
        || line.starts_with("Home >")
        // The SCIO site's breadcrumbs with any separator, or none: "ㄑ Press Room ㄑ Press
        // Conference Transcripts ㄑ …", "Press RoomPress Conference Transcripts…", "Home -
        // Press Room -" (a short line that is no sentence).
        // The mobile site's banner.
        || line == "CHINA SCIO"
        || line.contains("Press Room")
            && line.split_whitespace().count() <= 16
            && !line.ends_with(['.', '?', '!', ':'])
        || line.contains("Comment(s)")
        || line.contains("Print E-mail")
        || line.starts_with("Adjust font size")
        || matches!(
            line.trim(),
            "Share" | "Share:" | "Share to" | "分享缩略图" | "分享到"
        )
        || super::dates::full_date(line).is_some()
            && line.split_whitespace().count() <= 10
            && !line.ends_with('.')
            // "SCIO briefing on water resources | August 13, 2024" is a title with its date.
            && !line.split_once(" | ").is_some_and(|(t, _)| {
                super::dates::full_date(t).is_none() && t.split_whitespace().count() >= 3
            })
}

/// Splits "Mr. Jin Zhuanglong, minister of …" into name and role.
pub(super) fn person_line(line: &str) -> Option<(String, String)> {
    let (name, role) = line.split_once(',')?;
    let name = without_title(name.trim());
    let words = name.split_whitespace().count();
    ((1..=5).contains(&words)).then(|| (name.to_owned(), role.trim().to_owned()))
}

/// Whether a first line is a title: short, not a sentence.
pub(super) fn is_title(line: &str) -> bool {
    line.split_whitespace().count() <= 40
        && !line.ends_with(['.', '?', '!', '"', '”', ':'])
        // "Speakers" opens the header, not a title.
        && !LABELS.contains(&line.trim_end_matches(':'))
}
