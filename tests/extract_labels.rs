//! Labels without corrections: on the seed as extracted (its corrections file left out) and on the eight
//! development excerpts, every label is a phrase a person would write under a figure — not a
//! sentence fragment — and no two figures of a briefing share one.

use briefboard::dataset::{Dataset, EMBEDDED_SOURCE};
use briefboard::extract::extract;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/briefings");

/// Words that cannot open a label: pronouns, relatives, auxiliaries, conjunctions, hedges.
const NEVER_FIRST: &[&str] = &[
    "we", "they", "it", "them", "which", "who", "that", "been", "being", "and", "or", "of", "to",
    "than", "more", "over", "about", "nearly", "just", "has", "have", "had", "is", "are", "was",
    "were", "figure",
];

/// Words that cannot close a label: a phrase cut before its object.
const NEVER_LAST: &[&str] = &[
    "of", "and", "the", "to", "by", "from", "with", "a", "an", "over", "than", "more", "about",
    "nearly", "at", "for", "has", "have", "had", "is", "are", "was", "were", "reached", "hit",
];

fn uncurated(name: &str, text: &str) -> Dataset {
    extract(name, text.as_bytes()).expect("extracts")
}

fn problems(d: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for i in &d.indicators {
        let words: Vec<String> = i
            .label
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let first = words.first().map_or("", String::as_str);
        let last = words.last().map_or("", String::as_str);
        if NEVER_FIRST.contains(&first) || NEVER_LAST.contains(&last) {
            out.push(format!("fragment: {:?} ({})", i.label, i.id));
        }
        if !seen.insert(i.label.clone()) {
            out.push(format!("shared: {:?}", i.label));
        }
    }
    out
}

#[test]
fn uncurated_labels_of_the_seed_are_phrases_and_distinct() {
    let d = uncurated("seed.txt", EMBEDDED_SOURCE);
    assert_eq!(d.indicators.len(), 86);
    let found = problems(&d);
    assert!(found.is_empty(), "{found:#?}");
    // Labels read from the text: the three broadband speeds are told apart by value, the two
    // ARJ21 figures name the aircraft.
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert!(
        labels.contains(&"ARJ21 regional aircrafts, delivered overseas"),
        "{labels:#?}"
    );
    // No label holds its figure's value: the three broadband speeds (10 megabits, 100
    // megabits, 1 gigabit) are told apart without "(1 Gbps)".
    for i in &d.indicators {
        let said = briefboard::format::indicator(i);
        assert!(!i.label.contains(&said), "{:?} holds {said:?}", i.label);
    }
    assert!(
        labels
            .iter()
            .filter(|l| l.starts_with("Broadband networks"))
            .count()
            == 3,
        "{labels:#?}"
    );
}

#[test]
fn uncurated_labels_of_the_excerpts_are_phrases_and_distinct() {
    for nn in ["01", "02", "03", "04", "05", "06", "07", "08"] {
        let text = std::fs::read_to_string(format!("{DIR}/{nn}.txt")).expect("excerpt");
        let d = uncurated(&format!("{nn}.txt"), &text);
        let found = problems(&d);
        assert!(found.is_empty(), "{nn}: {found:#?}");
    }
    // The development excerpts of other ministries (tests/data/dev, 09–26).
    for n in 9..=26 {
        let path = format!("{DIR}/../dev/{n:02}.txt");
        let text = std::fs::read_to_string(&path).expect("excerpt");
        let d = uncurated(&format!("{n:02}.txt"), &text);
        let found = problems(&d);
        assert!(found.is_empty(), "{n:02}: {found:#?}");
    }
    let text = std::fs::read_to_string(format!("{DIR}/01.txt")).expect("excerpt");
    let d = uncurated("01.txt", &text);
    let label = |v: f64| {
        d.indicators
            .iter()
            .find(|i| (i.value - v).abs() < 1e-9)
            .map(|i| i.label.clone())
            .unwrap_or_default()
    };
    // "the confirmed cases of pneumonia … had increased to 618, with 40 being discharged".
    assert_eq!(label(618.0), "Confirmed cases of pneumonia");
    assert_eq!(
        label(40.0),
        "Confirmed cases of pneumonia, discharged from hospitals"
    );
}

#[test]
fn labels_take_the_subject_said_before_and_their_partner() {
    let text = "Briefing on trade\nBeijing | 10 a.m. July 13, 2021\n\nLi Ming:\n\
        Official data from the GACC showed that China's imports and exports with Belt and Road \
        countries expanded 27.5% year on year to 5.35 trillion yuan in the first half of the \
        year. In the first half of 2021, China's imports and exports with ASEAN climbed by 27.8% \
        to 2.66 trillion yuan. There was a 30.7% increase with Vietnam and 33.1% with Malaysia \
        respectively. In addition, there was an increase of 40.6% with Poland and 39.4% with \
        Turkey.\n";
    let d = uncurated("trade.txt", text);
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            // Past the source ("Official data … showed that"); the amount the change reached
            // is said of the same subject.
            "Imports and exports with Belt and Road countries, change y/y",
            "Imports and exports with Belt and Road countries",
            "Imports and exports with ASEAN, change",
            "Imports and exports with ASEAN",
            // A change said only "with" a partner is of the subject said before.
            "Imports and exports with Vietnam, change",
            "Imports and exports with Malaysia, change",
            "Imports and exports with Poland, change",
            "Imports and exports with Turkey, change",
        ]
    );
    let periods: Vec<Option<&str>> = d.indicators.iter().map(|i| i.period.as_deref()).collect();
    // "In the first half of 2021" carries to the sentences after it in the paragraph.
    assert!(
        periods.iter().all(|p| *p == Some("2021-01/2021-06")),
        "{periods:?}"
    );
}

#[test]
fn labels_say_what_changed_and_against_what() {
    let text = "Briefing on the economy\nBeijing | 10 a.m. July 16, 2018\n\nLi Ming:\n\
        The online retail sales of physical goods reached 3.1277 trillion yuan. The figure \
        accounted for 17.4 percent of the total retail sales of consumer goods, 3.6 percentage \
        points higher than the same period last year. Final consumption expenditure contributed \
        78.5 percent to economic growth, 47.1 percentage points higher than gross capital \
        formation. As for total retail sales of consumer goods, the figures of May and June drew \
        public concern. Its growth in the first half of this year is 9.4 percent.\n";
    let d = uncurated("economy.txt", text);
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Online retail sales of physical goods",
            // "The figure" is the sales said before; the points are the share's change.
            "Online retail sales of physical goods, share of retail sales",
            // "higher than the same period last year": year on year.
            "Online retail sales of physical goods, share of retail sales, change y/y",
            "Final consumption expenditure, share of economic growth",
            // A gap between two things is no change over time.
            "Final consumption expenditure, share of growth, difference from gross capital \
             formation",
            // "As for …" names what "Its growth" is of ("total" adds nothing to a label).
            "Retail sales of consumer goods, change",
        ]
    );
}

#[test]
fn labels_say_what_a_subject_refers_back_to() {
    let text = "Briefing on housing\nBeijing | 10 a.m. September 14, 2022\n\nLi Ming:\n\
        In the past decade, the scale of the construction industry has constantly increased. In \
        2021, the industry's total output reached 29.3 trillion yuan, and the sector created \
        52.82 million jobs, 10 million more than that of 2012. Exports with Belt and Road \
        countries reached 3.03 trillion yuan and its imports grew 25.6% to 2.32 trillion yuan.\n";
    let d = uncurated("housing.txt", text);
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            // "the industry" is the construction industry named before.
            "Construction industry's total output",
            // "the sector created 52.82 million jobs".
            "New jobs",
            "New jobs, change compared with 2012",
            "Exports with Belt and Road countries",
            // "its imports": the imports with the countries said before.
            "Imports with Belt and Road countries, change",
            "Imports with Belt and Road countries",
        ]
    );
}

#[test]
fn labels_say_what_befell_the_things_counted() {
    let text = "Briefing on well-being\nBeijing | 10 a.m. September 26, 2019\n\nLi Ming:\n\
        For six consecutive years, China has added over 13 million urban jobs annually. Since \
        reform and opening up, 770 million poor rural people have been lifted out of poverty. \
        The project has become a water source for 44 cities, benefiting 176 million people.\n";
    let d = uncurated("wellbeing.txt", text);
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "New urban jobs per year",
            "Poor rural people lifted out of poverty",
            "Cities",
            "People benefiting",
        ]
    );
}
