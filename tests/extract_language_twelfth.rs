//! The extraction rules on made-up sentences in the language of briefings (twelfth round of
//! "What each figure means", written from briefings 152–157 after they were measured at first
//! sight): the number of a named group stays in its phrase ("to the 14 other RCEP member
//! countries"), a comparison with a part of last year dates the sentence to that part of this
//! year, "the end of this May", ratios of one stock to another are levels, "lower the RRR by"
//! is a fall, the bound of a change that picks which things are counted is no figure, things
//! counted are said with what they saw ("SOEs with lower net profits"), and an amount
//! invested in something is the investment in it. Each value was read from the sentence by a
//! person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Unit};
use briefing::{briefing, read};

#[test]
fn the_number_of_a_named_group_stays_in_its_phrase() {
    let got = read(
        "Exports to the 27 EU member states rose 5.1% to 3.2 trillion yuan, and trade with the \
         10 ASEAN countries reached 6.5 trillion yuan.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].0.contains("27 EU member states"), "{got:?}");
    assert!((got[1].1 - 3.2e12).abs() < 1.0, "{got:?}");
    assert!(got[2].0.contains("10 ASEAN countries"), "{got:?}");
    // "Out of the 100 cities, 86 met …": the whole a part is counted of, no group's name.
    let got = read("Out of the 100 cities surveyed, 86 met the air quality standard.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| !g.0.contains("Out of")), "{got:?}");
}

#[test]
fn a_comparison_with_a_part_of_last_year_dates_that_part_of_this_year() {
    let got = read(
        "Compared with the first quarter of last year, operating revenue fell by 11.8% to 6 \
         trillion yuan. Net profit reached 130.4 billion yuan, down 58.8%.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    for g in &got {
        assert_eq!(g.3.as_deref(), Some("2024-01/2024-03"), "{got:?}");
    }
    assert!((got[0].1 + 11.8).abs() < 1e-9, "{got:?}");
    // Said in the spring, "the fourth quarter of last year" is the base of a change quarter
    // on quarter: no fourth quarter of this year had ended.
    let d = briefing(
        "April 20, 2024",
        "Compared with the fourth quarter of last year, exports rose by 1.2%.",
    );
    assert_eq!(d.indicators.len(), 1);
    assert_eq!(d.indicators[0].period, None);
}

#[test]
fn the_end_of_this_may_is_may_of_the_briefings_year() {
    let d = briefing(
        "June 12, 2024",
        "This is the largest project in the region. As of the end of this May, over 35 billion \
         yuan had been invested in the first and second phases of the project, and over 2 \
         billion yuan had been put into the third phase.",
    );
    let got: Vec<(String, f64, Option<String>)> = d
        .indicators
        .iter()
        .map(|i| (i.label.clone(), i.value, i.period.clone()))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("2024-05"), "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("2024-05"), "{got:?}");
    // What was invested in: the label names it ("the project" may be named as the sentence
    // before named it).
    assert!(
        got[0]
            .0
            .starts_with("Investment in first and second phases of the"),
        "{got:?}"
    );
    assert_eq!(got[1].0, "Investment in third phase", "{got:?}");
}

#[test]
fn an_amount_invested_in_a_place_each_year_is_the_investment_in_it() {
    let got = read(
        "With over 17 billion yuan invested in Xinjiang annually, 70% of which goes to southern \
         Xinjiang, the region has grown.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].0.starts_with("Investment in Xinjiang"), "{got:?}");
    assert!((got[0].1 - 17e9).abs() < 1.0, "{got:?}");
    // The part of it that goes somewhere: its share going there.
    assert_eq!((got[1].1, got[1].2), (70.0, Kind::Share), "{got:?}");
    assert!(
        got[1].0.ends_with("share going to southern Xinjiang"),
        "{got:?}"
    );
}

#[test]
fn ratios_of_one_stock_to_another_are_levels() {
    let got = read(
        "The average asset-liability ratio of the enterprises stood at 65.6%. The capital \
         adequacy ratio of commercial banks was 15.1%. The resumed production ratio went up to \
         97.6%.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!((got[0].1, got[0].2), (65.6, Kind::Level), "{got:?}");
    assert_eq!((got[1].1, got[1].2), (15.1, Kind::Level), "{got:?}");
    // A ratio of the things that resumed production: a share.
    assert_eq!((got[2].1, got[2].2), (97.6, Kind::Share), "{got:?}");
}

#[test]
fn lowering_a_ratio_by_points_is_a_fall() {
    let d = briefing(
        "May 7, 2025",
        "This time, we will lower the RRR by 0.5 percentage point.",
    );
    assert_eq!(d.indicators.len(), 1);
    let i = &d.indicators[0];
    assert_eq!((i.value, i.unit), (-0.5, Unit::PercentagePoint));
    // "lower than" still compares.
    let got = read("Its energy use was 2.1% lower than the national level.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!((got[0].1 + 2.1).abs() < 1e-9, "{got:?}");
}

#[test]
fn the_bound_that_picks_the_things_counted_is_no_figure() {
    let got = read(
        "The ratio of 56 enterprises declined, and 37 companies saw a fall by at least 1 \
         percentage point.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [56.0, 37.0], "{got:?}");
    // A change of the things' own is a figure.
    let got = read("Output in 2023 saw growth of over 5%.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn things_counted_are_said_with_what_they_saw() {
    let got = read(
        "57 centrally administered SOEs saw a decrease in their net profits, and 26 made \
         losses. The asset-liability ratio of 56 centrally administered SOEs declined.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Centrally administered SOEs with lower net profits",
            "Centrally administered SOEs with losses",
            "Centrally administered SOEs with a lower asset-liability ratio",
        ],
        "{got:?}"
    );
}

#[test]
fn a_share_of_things_is_said_with_what_they_saw() {
    let got = read(
        "Operating revenue fell by 11.8% to 6 trillion yuan, and more than 80% of those \
         enterprises saw their revenues decline. About 65% of the enterprises surveyed saw an \
         increase in their orders.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!((got[2].1, got[2].2), (80.0, Kind::Share), "{got:?}");
    assert_eq!(
        got[2].0, "Share of enterprises with lower revenues",
        "{got:?}"
    );
    assert_eq!(
        got[3].0, "Share of enterprises surveyed with higher orders",
        "{got:?}"
    );
}

#[test]
fn a_year_on_year_change_is_no_amount_per_year() {
    let got = read(
        "Exports reached 2.5 trillion yuan, a year-on-year increase of 5.1%. Core CPI increased \
         by 1.2% on a yearly basis.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0, "Exports", "{got:?}");
    assert_eq!(got[2].0, "Core CPI, change year on year", "{got:?}");
    // "each year" still says an amount per year.
    let got = read("The fund invested 3 billion yuan each year.");
    assert!(got[0].0.ends_with("per year"), "{got:?}");
}
