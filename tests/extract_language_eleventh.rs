//! The extraction rules on made-up sentences in the language of briefings (eleventh round of
//! "What each figure means", written from briefings 140–150 after they were measured at first
//! sight): clause openers ("yet then") never become labels, "real estate" is no real change,
//! a figure compared with "the world's" is the world's figure of the same measure, "with a GDP
//! of" names the measure, a list of items said after its figures ("for the primary, secondary
//! and tertiary industries, respectively") and quarters said as a span ("from the first to
//! the fourth quarter") give each figure its own, and a goal said as "raise X to" or "cut X by"
//! is X's. Each value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Unit};
use briefing::{briefing, read};

#[test]
fn a_clause_opened_by_yet_then_is_said_of_the_sentence_subject() {
    let got = read(
        "Retail sales of consumer goods fell by 3.1% in the first quarter, yet then grew by \
         2.4% in the second quarter.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!((got[1].1 - 2.4).abs() < 1e-9, "{got:?}");
    assert!(
        got[1].0.starts_with("Retail sales of consumer goods"),
        "{got:?}"
    );
    assert_eq!(got[1].3.as_deref(), Some("2024-04/2024-06"), "{got:?}");
}

#[test]
fn real_estate_is_not_a_real_change() {
    let got = read("Real estate investment rose 2.3% in the first half of the year.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Real estate investment, change", "{got:?}");
    // "in real terms" still says which change it is.
    let got = read("The economy grew 5.1% in real terms last year.");
    assert!(got[0].0.contains("real change"), "{got:?}");
}

#[test]
fn a_figure_compared_with_the_worlds_is_the_worlds_figure_of_the_same_measure() {
    let got = read(
        "From 2016 to 2019, exports of services grew at an average annual rate of 6.1%, much \
         higher than the world's 2.4% during the same period.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].1, got[1].2), (2.4, Kind::Change), "{got:?}");
    let label = got[1].0.to_lowercase();
    assert!(label.contains("world"), "{got:?}");
    assert!(label.contains("exports of services"), "{got:?}");
    assert_eq!(got[1].3.as_deref(), Some("2016/2019"), "{got:?}");
}

#[test]
fn with_a_gdp_of_names_the_measure() {
    let got = read("The province is now a major economy with a GDP of more than 5 trillion yuan.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "GDP", "{got:?}");
    assert!((got[0].1 - 5e12).abs() < 1.0, "{got:?}");
}

#[test]
fn a_contributor_at_a_percentage_is_a_contribution() {
    let got =
        read("China is the largest contributor to world economic growth at about 30 percent.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Contribution to world economic growth", "{got:?}");
    assert!((got[0].1 - 30.0).abs() < 1e-9, "{got:?}");
}

#[test]
fn items_said_after_their_figures_respectively_name_each_figure() {
    let d = briefing(
        "July 15, 2024",
        "In 2023, the value added was 1.2 trillion yuan, 3.4 trillion yuan and 5.6 trillion \
         for the primary, secondary and tertiary industries, respectively.",
    );
    let got: Vec<(&str, f64, Unit)> = d
        .indicators
        .iter()
        .map(|i| (i.label.as_str(), i.value, i.unit))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    // The third figure says no unit: it is the list's, yuan.
    let units: Vec<Unit> = got.iter().map(|g| g.2).collect();
    assert_eq!(units, [Unit::Yuan, Unit::Yuan, Unit::Yuan], "{got:?}");
    for (g, industry) in got.iter().zip(["primary", "secondary", "tertiary"]) {
        let label = g.0.to_lowercase();
        assert!(label.contains(industry), "{got:?}");
        assert!(label.contains("value added"), "{got:?}");
    }
}

#[test]
fn quarters_said_as_a_span_give_each_figure_of_a_list_its_quarter() {
    // A briefing of 15 July 2024: the quarters are of 2023, the last year whose fourth
    // quarter has ended.
    let got = read(
        "Last year, from the first to the fourth quarter, exports to ASEAN accounted for \
         14.1%, 14.5%, 15.0% and 15.2% of total exports, respectively.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(
        periods,
        [
            Some("2023-01/2023-03"),
            Some("2023-04/2023-06"),
            Some("2023-07/2023-09"),
            Some("2023-10/2023-12"),
        ],
        "{got:?}"
    );
    for g in &got {
        assert_eq!(g.2, Kind::Share, "{got:?}");
        assert!(g.0.starts_with("Exports to ASEAN"), "{got:?}");
    }
}

#[test]
fn a_goal_to_raise_or_cut_something_is_that_things_target() {
    let got = read(
        "We will raise the share of renewable energy in total energy consumption to around 30% \
         by 2030 and cut water use per unit of GDP by over 16% compared to 2020 levels.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].1, got[0].2), (30.0, Kind::Target), "{got:?}");
    assert!(
        got[0]
            .0
            .to_lowercase()
            .starts_with("share of renewable energy"),
        "{got:?}"
    );
    assert_eq!((got[1].1, got[1].2), (-16.0, Kind::Target), "{got:?}");
    assert!(
        got[1]
            .0
            .to_lowercase()
            .starts_with("water use per unit of gdp"),
        "{got:?}"
    );
}
