//! Who speaks: every turn name decided as an official, the chairperson or an asker, with or
//! without a "Speakers" header — from the header, from a lead paragraph or introduction that
//! names an official with a role, from the shape of the name (a person's name against a media
//! outlet's) and from what the turns do (asking questions, giving the floor).

use std::collections::HashMap;

use crate::dataset::SpeakerKind;

/// Someone who speaks: an official or the chairperson, or an asker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The name as written (`Jin Zhuanglong`, `Xinhua News Agency`).
    pub name: String,
    /// The role the text gives (`minister of industry and information technology`); `media
    /// outlet` for outlets that ask, empty when the text gives none.
    pub role: String,
    /// Official, chairperson or asker.
    pub kind: SpeakerKind,
    /// Whether the kind and role come from the header (then nothing else changes them).
    pub from_header: bool,
}

/// The name given to the speaker of text before the first turn line (a lead paragraph, or an
/// excerpt that starts in the middle of an answer).
pub const UNNAMED: &str = "Unnamed speaker";

/// Words that make a turn name a media outlet's ("Xinhua News Agency", "China Daily",
/// "Phoenix TV"), compared in lower case without a possessive "'s".
#[rustfmt::skip]
const OUTLET_WORDS: &[&str] = &[
    "news", "daily", "times", "tv", "television", "radio", "agency", "press", "post", "posts",
    "journal", "network", "net", "media", "weekly", "magazine", "review", "herald", "channel",
    "broadcasting", "broadcast", "station", "group", "service", "online", "finance", "financial",
    "economic", "economics", "business", "observer", "tribune", "gazette", "evening", "morning",
    "newspaper", "reporter", "journalist", "correspondent", "voice", "outlet", "telegraph",
    "bulletin", "report", "insider", "today", "world", "international", "global", "china",
    "xinhua", "cctv", "cgtn", "cnr", "cri", "cmg", "reuters", "bloomberg", "caixin", "yicai",
    "paper", "question", "questioner", "audience",
];

/// What the shape of a turn name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Two to four capitalised words with no outlet word: "Li Bin", "Zhang Jinan", "John Smith".
    Person,
    /// An outlet: an outlet word, an acronym, a web address, "The …", or a single word.
    Outlet,
}

/// The shape of a turn name.
#[must_use]
pub fn shape(name: &str) -> Shape {
    let words: Vec<&str> = name.split_whitespace().collect();
    let outlet_word = |w: &&str| {
        let low = w.to_lowercase();
        let low = low
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_matches(|c: char| !c.is_alphanumeric());
        OUTLET_WORDS.contains(&low)
    };
    let acronym = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let name_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    let person = (2..=4).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| !w.eq_ignore_ascii_case("the"))
        && !name.contains(['.', '(', '&', '/'])
        && words.iter().all(name_word)
        && !words.iter().any(outlet_word)
        && !words.iter().any(acronym);
    if person { Shape::Person } else { Shape::Outlet }
}

/// Phrases by which the chairperson opens, gives the floor and closes.
#[rustfmt::skip]
const CHAIR_PHRASES: &[&str] = &[
    "give the floor", "the floor is", "floor to", "next question", "raise your hand",
    "identify yourself", "introduce yourself", "identify the media", "the last question",
    "this concludes", "that concludes", "concludes today", "today's press conference",
    "the press conference is", "this press conference", "let's welcome", "first, let's invite",
    "now, let's", "questions are welcome", "are now open", "we will now take",
];

/// What one speaker's turns do, gathered turn by turn.
#[derive(Debug, Clone, Copy, Default)]
pub struct Conduct {
    /// Turns.
    pub turns: usize,
    /// Turns that ask: their last paragraph is a question.
    pub questions: usize,
    /// Turns with a chairperson's phrase.
    pub chairing: usize,
}

/// Whether a paragraph (trimmed) is a question: after a closing "Thank you." it ends with a
/// question mark; `cut` says the text stops inside it, when a question mark anywhere will do.
#[must_use]
pub fn is_question(para: &str, cut: bool) -> bool {
    let mut p = para.trim_end();
    for thanks in [
        "Thank you.",
        "Thanks.",
        "Thank you very much.",
        "Thank you!",
    ] {
        p = p.strip_suffix(thanks).unwrap_or(p).trim_end();
    }
    p.ends_with(['?', '？']) || cut && p.contains(['?', '？'])
}

/// Whether a paragraph holds a chairperson's phrase.
#[must_use]
pub fn chairs(para: &str) -> bool {
    let low = para.to_ascii_lowercase();
    CHAIR_PHRASES.iter().any(|p| low.contains(p))
}

/// Decides the kind (and role) of every speaker not listed in a header.
///
/// `conduct` is indexed like `people`; `intro` is the text that may introduce officials (the
/// beginning of the text: lead paragraph and the chairperson's opening), at most a few
/// tens of kilobytes. An outlet asks; a person introduced with a role is an official with
/// that role; the person who most gives the floor chairs (unless the header names a
/// chairperson); a person whose turns are mostly questions asks; any other person answers.
pub fn classify(people: &mut [Person], conduct: &[Conduct], intro: &str) {
    let header_chair = people
        .iter()
        .any(|p| p.from_header && p.kind == SpeakerKind::Chairperson);
    let roles = intro_roles(people, intro);
    let chair = if header_chair {
        None
    } else {
        (0..people.len())
            .filter(|&i| !people[i].from_header && shape(&people[i].name) == Shape::Person)
            .filter(|&i| conduct[i].chairing > 0 && !roles.contains_key(&i))
            .max_by_key(|&i| (conduct[i].chairing, usize::MAX - i))
    };
    for (i, p) in people.iter_mut().enumerate() {
        if p.from_header || p.name == UNNAMED {
            continue;
        }
        let c = conduct.get(i).copied().unwrap_or_default();
        let asks = c.questions * 2 > c.turns;
        (p.kind, p.role) = if shape(&p.name) == Shape::Outlet {
            (SpeakerKind::Asker, "media outlet".to_owned())
        } else if let Some(role) = roles.get(&i) {
            (SpeakerKind::Official, role.clone())
        } else if chair == Some(i) {
            (SpeakerKind::Chairperson, String::new())
        } else if asks {
            (SpeakerKind::Asker, "journalist".to_owned())
        } else {
            (SpeakerKind::Official, String::new())
        };
    }
}

/// The most names looked up in an introduction: briefings have a handful of officials.
const MAX_INTRODUCED: usize = 64;

/// Roles given in the introduction: "Zhang Jinan, vice minister of human resources and social
/// security" or "Mr. Huang Libin, MIIT spokesperson and director general …, and Mr. Zhao
/// Zhiguo, …". Keyed by index into `people`.
fn intro_roles(people: &[Person], intro: &str) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    let candidates = people
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.from_header && shape(&p.name) == Shape::Person)
        .take(MAX_INTRODUCED);
    for (i, p) in candidates {
        let Some(at) = intro.find(&format!("{}, ", p.name)) else {
            continue;
        };
        let rest = &intro[at + p.name.len() + 2..];
        let end = [
            ". ", ".\n", "; ", ", and ", " and Mr.", " and Ms.", "\n", ", who ",
        ]
        .iter()
        .filter_map(|e| rest.find(e))
        .min()
        .unwrap_or(rest.len())
        .min(300);
        let end = rest.floor_char_boundary(end);
        let role = rest[..end].trim().trim_end_matches(['.', ',']).to_owned();
        let role_words = [
            "minister", "director", "head", "deputy", "spokes", "chief", "member",
        ];
        let low = role.to_ascii_lowercase();
        let lower_start = role.chars().next().is_some_and(char::is_lowercase);
        if lower_start || role_words.iter().any(|w| low.contains(w)) {
            out.insert(i, role);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Shape, is_question, shape};

    #[test]
    fn names_of_people_against_names_of_outlets() {
        for person in [
            "Li Bin",
            "Zhang Jinan",
            "Han Changfu",
            "Ye Min",
            "John Smith",
        ] {
            assert_eq!(shape(person), Shape::Person, "{person}");
        }
        for outlet in [
            "CCTV",
            "China National Radio (CNR)",
            "Xinhua News Agency",
            "Bloomberg",
            "China Daily",
            "Phoenix TV",
            "Yicai",
            "The Paper",
            "People's Daily",
            "Zhonghongwang.com",
            "Zhonghongwang",
            "Hong Kong Bauhinia Magazine",
            "CMG Voice of China",
        ] {
            assert_eq!(shape(outlet), Shape::Outlet, "{outlet}");
        }
    }

    #[test]
    fn questions_with_and_without_thanks() {
        assert!(is_question(
            "What progress has been made? Thank you.",
            false
        ));
        assert!(is_question("What steps will be taken?", false));
        assert!(!is_question("Why? Because we built 12 bridges.", false));
        assert!(is_question(
            "What progress has been made? What steps will be",
            true
        ));
    }
}
