//! The ministry or agency a briefing speaks for, read from its title and its officials' roles.

use crate::dataset::Dataset;

/// The ministry or agency a briefing's officials speak for, read from its title or their roles
/// as the transcript gives them: "Ministry of …" as written ("spokesperson of the Ministry of
/// Industry and Information Technology"), "minister of …" made the ministry's name ("minister
/// of commerce" is "Ministry of Commerce"), or a commission, administration or bureau
/// ("National Health Commission"); else, for a province's briefing, the province its title
/// names ("Fujian"); else the State Council Information Office, which hosts every briefing,
/// where it is the only body named. `None` when none of them names one.
#[must_use]
pub fn ministry(dataset: &Dataset) -> Option<String> {
    let roles = dataset
        .speakers
        .iter()
        .filter(|s| s.kind == crate::dataset::SpeakerKind::Official)
        .map(|s| s.role.as_str());
    let mut from_minister = None;
    let mut host = None;
    let title = named_body(&dataset.source.title);
    for name in title
        .into_iter()
        .chain(roles.clone().filter_map(named_body))
    {
        if name.starts_with(HOST) {
            host.get_or_insert(name);
        } else {
            return Some(name);
        }
    }
    for role in roles {
        if from_minister.is_none() {
            from_minister = minister_of(role);
        }
    }
    from_minister
        .or_else(|| crate::extract::place_of(&dataset.source.title).map(str::to_owned))
        .or(host)
}

/// The office that hosts every briefing: the briefing's body only when no other is named (a
/// white paper it presents).
const HOST: &str = "State Council Information Office";

/// The words that may go on a body's name after its first word: capitalised words (not
/// acronyms such as "MIIT") and the small words of names.
fn name_word(word: &str) -> bool {
    let acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    (word.starts_with(|c: char| c.is_uppercase()) && !acronym)
        || matches!(word, "of" | "and" | "for" | "the")
}

/// "Ministry of Commerce", "National Health Commission", "General Administration of
/// Customs" as written in a role or a title.
fn named_body(text: &str) -> Option<String> {
    const STARTS: [&str; 8] = [
        "Ministry",
        "National",
        "State",
        "General",
        "People's",
        "China",
        "Cyberspace",
        "Civil",
    ];
    const ENDS: [&str; 6] = [
        "Commission",
        "Administration",
        "Bureau",
        "Office",
        "Ministry",
        "Bank",
    ];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    for (k, w) in words.iter().enumerate() {
        if !STARTS.contains(w) {
            continue;
        }
        let mut name: Vec<&str> = words[k..]
            .iter()
            .take_while(|w| name_word(w))
            .copied()
            .collect();
        while name
            .last()
            .is_some_and(|w| matches!(*w, "of" | "and" | "for" | "the"))
        {
            name.pop();
        }
        let ministry = *w == "Ministry" && name.len() >= 3;
        if ministry || (name.len() >= 2 && name[1..].iter().any(|w| ENDS.contains(w))) {
            return Some(name.join(" "));
        }
    }
    None
}

/// "minister of industry and information technology" as "Ministry of Industry and
/// Information Technology".
fn minister_of(role: &str) -> Option<String> {
    let lower = role.to_lowercase();
    let at = lower.find("minister of ")? + "minister of ".len();
    let rest = role.get(at..)?;
    let end = rest.find([',', ';', '(']).unwrap_or(rest.len());
    let words: Vec<String> = rest[..end]
        .split_whitespace()
        .map(|w| match w {
            "of" | "and" | "for" | "the" => w.to_owned(),
            _ => {
                let mut c = w.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase().chain(c).collect::<String>()
                })
            }
        })
        .collect();
    (!words.is_empty()).then(|| format!("Ministry of {}", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::{minister_of, named_body};

    #[test]
    fn bodies_are_read_from_titles_and_roles() {
        let seed = "SCIO briefing on promoting high-quality development: Ministry of Industry and \
                    Information Technology";
        assert_eq!(
            named_body(seed).as_deref(),
            Some("Ministry of Industry and Information Technology")
        );
        // Excerpt 07: the acronym after the name is not part of it.
        let member = "a member of the Leading Party Members Group of the Ministry of Industry \
                      and Information Technology (MIIT) and MIIT chief engineer";
        assert_eq!(
            named_body(member).as_deref(),
            Some("Ministry of Industry and Information Technology")
        );
        assert_eq!(
            named_body("director of the National Health Commission").as_deref(),
            Some("National Health Commission")
        );
        assert_eq!(
            minister_of("vice minister of commerce").as_deref(),
            Some("Ministry of Commerce")
        );
        assert_eq!(named_body("spokesperson"), None);
        // Excerpt 46.
        assert_eq!(
            named_body("deputy governor of the People's Bank of China (PBC)").as_deref(),
            Some("People's Bank of China")
        );
    }

    #[test]
    fn a_provinces_briefing_is_said_by_its_province() {
        let text = "SCIO press conference on advancing Fujian's practice in modernization

                    Li Ming:

Exports grew by 5% last year.
";
        let d = crate::extract::extract("fujian.txt", text.as_bytes()).expect("extracts");
        assert_eq!(super::ministry(&d).as_deref(), Some("Fujian"));
    }
}
