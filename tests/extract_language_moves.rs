//! The extraction rules on made-up sentences in the language of briefings (sixth round of
//! "What each figure means"): a verb of change with its object before "by" ("cut the number of
//! items by 40 %"), years that are figures ("life expectancy rose to 78.6 years") and years
//! that are spans of time ("in 3 to 5 years"), and the period of the end of a move whose start
//! has a year of its own. Each value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, Unit};
use briefing::{briefing, read};

#[test]
fn a_verb_of_change_moves_its_object() {
    let got = read(
        "We cut the number of administrative approval items by 40 percent. The ministry \
         raised the minimum wage by 8 percent. Exports rose sharply by 12 percent.",
    );
    let read: Vec<(&str, f64, Kind)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
    assert_eq!(
        read,
        [
            (
                "Number of administrative approval items, change",
                -40.0,
                Kind::Change
            ),
            ("Minimum wage, change", 8.0, Kind::Change),
            ("Exports, change", 12.0, Kind::Change),
        ]
    );
}

#[test]
fn years_lived_are_figures_and_spans_of_years_are_not() {
    let d = briefing(
        "July 15, 2024",
        "Average life expectancy reached 78.6 years in 2023. The average age of farmers is \
         53 years. We will finish the task in 3 to 5 years. It took 2 to 3 months to build. \
         The program has run for 10 years.",
    );
    let got: Vec<(&str, f64, Unit)> = d
        .indicators
        .iter()
        .map(|i| (i.label.as_str(), i.value, i.unit))
        .collect();
    assert_eq!(
        got,
        [
            ("Average life expectancy", 78.6, Unit::Year),
            ("Average age of farmers", 53.0, Unit::Year),
        ]
    );
}

#[test]
fn the_end_of_a_move_is_not_of_the_year_of_its_start() {
    let got = read("Life expectancy rose from 35 years in 1949 to 78.6 years.");
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(periods, [(35.0, Some("1949")), (78.6, None)]);
    // The sentence's own period is the end's.
    let got = read(
        "By the end of 2023, the utilization rate of renewable electricity rose from 15% in \
         2018 to over 50%.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(periods, [(15.0, Some("2018")), (50.0, Some("2023-12"))]);
}

#[test]
fn a_forecast_is_of_the_figures_after_its_word_and_in_its_clause() {
    let d = briefing(
        "July 15, 2024",
        "In 2023, the total output value reached 8 trillion yuan, and the figure is expected \
         to reach 9 trillion yuan this year. The growth rate of developed countries has been \
         lowered to 5.2% from the original forecast of 5.6%. The IMF forecasts that China's \
         GDP will grow by 4.8 percent.",
    );
    let got: Vec<(f64, Qualifier)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            (8e12, Qualifier::Exact),
            (9e12, Qualifier::Estimated),
            (5.2, Qualifier::Estimated),
            (5.6, Qualifier::Estimated),
            (4.8, Qualifier::Estimated),
        ]
    );
    // What is forecast, not who forecasts it.
    assert_eq!(d.indicators[4].label, "GDP, change");
}

#[test]
fn a_comparison_said_first_and_a_figure_said_in_a_word() {
    let got = read(
        "Compared with 2019, the number of domestic trips rose 12 percent. Over the past \
         decade, per capita GDP doubled to 12,700 US dollars.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Number of domestic trips, change compared with 2019",
            "Per capita GDP, change",
            "Per capita GDP"
        ]
    );
}

#[test]
fn a_level_an_object_was_moved_to_and_places_that_only_scope_a_figure() {
    let got = read(
        "At the same time, we have cut the average tariff level to 7.3 percent. The \
         government raised the minimum wage to 2,000 yuan. Meanwhile, new home prices in 70 \
         major cities fell 0.5 percent month on month. Exports to 20 countries rose 5 \
         percent. Our products are sold in 180 countries. It is worth noting that high-tech \
         manufacturing investment grew 10 percent.",
    );
    let read: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        read,
        [
            ("Average tariff level", 7.3),
            ("Minimum wage", 2000.0),
            ("New home prices in 70 major cities, change", -0.5),
            ("Exports, change", 5.0),
            ("Countries", 180.0),
            ("High-tech manufacturing investment, change", 10.0),
        ]
    );
}

#[test]
fn what_a_verb_of_saving_saved() {
    let got = read(
        "The new route allows goods to be transferred directly, saving 55% in time and \
         reducing costs by 15%.",
    );
    let read: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(read, [("Time, change", -55.0), ("Costs, change", -15.0)]);
}
