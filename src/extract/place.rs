//! The province, region or municipality a briefing is about, named by its title ("SCIO press
//! conference on … advancing Fujian's practice …"), and labels that say "the province" said
//! with its name ("Added value of the province's digital economy" → "Added value of Fujian's
//! digital economy").

/// China's provinces, autonomous regions, municipalities and special administrative regions,
/// as English transcripts write them.
const PLACES: [&str; 35] = [
    "Anhui",
    "Beijing",
    "Chongqing",
    "Fujian",
    "Gansu",
    "Guangdong",
    "Guangxi",
    "Guizhou",
    "Hainan",
    "Hebei",
    "Heilongjiang",
    "Henan",
    "Hong Kong",
    "Hubei",
    "Hunan",
    "Inner Mongolia",
    "Jiangsu",
    "Jiangxi",
    "Jilin",
    "Liaoning",
    "Macao",
    "Ningxia",
    "Qinghai",
    "Shaanxi",
    "Shandong",
    "Shanghai",
    "Shanxi",
    "Sichuan",
    "Taiwan",
    "Tianjin",
    "Tibet",
    "Xinjiang",
    "Xizang",
    "Yunnan",
    "Zhejiang",
];

/// The place a briefing's title names first, as a whole word; `None` for a title that names
/// none (a ministry's briefing).
pub(super) fn place_of(title: &str) -> Option<&'static str> {
    PLACES
        .iter()
        .filter_map(|p| {
            title.match_indices(p).find_map(|(at, _)| {
                let before = title[..at].chars().next_back();
                let after = title[at + p.len()..].chars().next();
                let word = before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric());
                word.then_some((at, *p))
            })
        })
        .min()
        .map(|(_, p)| p)
}

/// `label` with "the province" (or "the region", "the city") said as `place`: "Province's
/// grain output" → "Jiangxi's grain output", "… share of province's GDP" → "… share of
/// Jiangxi's GDP", "relocated … to the province" → "relocated … to Jiangxi".
pub(super) fn say_place(label: &str, place: &str) -> String {
    let mut out = label.to_owned();
    for word in ["province", "region", "city"] {
        let capital = format!("{}{}", word[..1].to_ascii_uppercase(), &word[1..]);
        for (from, to) in [
            (format!("the {word}'s "), format!("{place}'s ")),
            (format!("{capital}'s "), format!("{place}'s ")),
            (format!("{word}'s "), format!("{place}'s ")),
        ] {
            out = out.replace(&from, &to);
        }
        if let Some(stem) = out.strip_suffix(&format!(" the {word}")) {
            out = format!("{stem} {place}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{place_of, say_place};

    #[test]
    fn a_provincial_briefing_says_its_place_in_labels() {
        let title = "SCIO press conference on advancing Fujian's practice in Chinese modernization";
        let place = place_of(title);
        assert_eq!(place, Some("Fujian"));
        assert_eq!(
            say_place("Added value of the province's digital economy", "Fujian"),
            "Added value of Fujian's digital economy"
        );
        assert_eq!(
            say_place("Province's grain output per year", "Jiangxi"),
            "Jiangxi's grain output per year"
        );
        assert_eq!(
            say_place(
                "Legal entities relocated from Beijing to the province",
                "Hebei"
            ),
            "Legal entities relocated from Beijing to Hebei"
        );
        assert_eq!(place_of("SCIO briefing on the economy in 2023"), None);
        // ("Shanxi" is no part of "Shaanxi".)
        assert_eq!(
            place_of("Press conference on Shaanxi's growth"),
            Some("Shaanxi")
        );
    }
}
