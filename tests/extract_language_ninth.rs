//! The extraction rules on made-up sentences in the language of briefings (ninth round of
//! "What each figure means"): a quarter said in the possessive, a comparison's base said with
//! a year inside it, a target range, how much a demand added to growth, a count said in the
//! present after a year, and labels that never end on a conjunction. Each value was read from
//! the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Kind;
use briefing::read;

#[test]
fn a_quarter_said_in_the_possessive_is_the_period_and_its_comparison_base_is_not() {
    // A briefing of 15 July 2024: "the first quarter's" is 2024's; "over the fourth quarter
    // of last year" is the base of the rise, not its period.
    let got = read(
        "The first quarter's GDP grew by 5.3% year on year, an increase of 0.1 percentage \
         points over the fourth quarter of last year.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (5.3, Some("2024-01/2024-03")),
            (0.1, Some("2024-01/2024-03"))
        ],
        "{got:?}"
    );
    assert!(got[0].0.starts_with("GDP"), "{got:?}");
}

#[test]
fn a_base_said_with_a_year_inside_it_gives_no_period() {
    let got = read("Exports grew 4.9%, up 1.2 percentage points over the first half of last year.");
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(periods, [(4.9, None), (1.2, None)], "{got:?}");
}

#[test]
fn a_figure_within_a_target_range_and_the_range_itself() {
    let got = read(
        "Industrial output grew 5.6% in the first half, which is within this year's target \
         range of 5.5-6%.",
    );
    let kinds: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        kinds,
        [
            (5.6, Kind::Change),
            (5.5, Kind::Target),
            (6.0, Kind::Target)
        ],
        "{got:?}"
    );
    assert_eq!(got[1].3.as_deref(), Some("2024"), "{got:?}");
}

#[test]
fn what_each_demand_added_to_growth_is_said_of_that_demand() {
    let got = read(
        "In the first quarter, final consumption expenditure added 3.3 percentage points to \
         GDP growth; capital formation added 1.3 percentage points to GDP growth; and net \
         exports added 0.2 percentage points to GDP growth.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Final consumption expenditure, contribution to GDP growth",
            "Capital formation, contribution to GDP growth",
            "Net exports, contribution to GDP growth",
        ],
        "{got:?}"
    );
    // Said after a share of the growth, in a clause of its own.
    let got = read(
        "Capital formation contributed 26.9% to economic growth and added 1.3 percentage \
         points to GDP growth.",
    );
    assert_eq!(
        got[1].0, "Capital formation, contribution to GDP growth",
        "{got:?}"
    );
}

#[test]
fn what_there_still_is_is_of_the_present_not_of_the_year_before() {
    let got = read(
        "Last year, 21 poor counties shook off poverty. There are still 13 poor counties \
         and 399,500 poor people.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [(21.0, Some("2023")), (13.0, None), (399_500.0, None)],
        "{got:?}"
    );
}

#[test]
fn a_move_from_the_same_period_last_year_is_of_a_change_and_two_periods() {
    let got = read(
        "In the first quarter, consumption changed, with the growth rate of catering sales \
         declining from 13.9% in the same period last year to 10.8%.",
    );
    let read: Vec<(f64, Kind, Option<&str>)> =
        got.iter().map(|g| (g.1, g.2, g.3.as_deref())).collect();
    assert_eq!(
        read,
        [
            (13.9, Kind::Change, Some("2023-01/2023-03")),
            (10.8, Kind::Change, Some("2024-01/2024-03")),
        ],
        "{got:?}"
    );
    assert!(
        got.iter().all(|g| g.0.starts_with("Catering sales")),
        "{got:?}"
    );
}

#[test]
fn a_base_said_a_few_words_after_than_is_no_period() {
    let got = read(
        "In the first quarter, exports grew by 4.9%, 4.3 percentage points higher than the \
         annual growth rate for last year.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (4.9, Some("2024-01/2024-03")),
            (4.3, Some("2024-01/2024-03"))
        ],
        "{got:?}"
    );
}

#[test]
fn the_figures_of_a_condition_of_a_plan_are_targets() {
    let got = read(
        "This year, if 330,000 people are lifted out of poverty, there will be only 69,500 \
         poor people left.",
    );
    let kinds: Vec<(f64, Kind, Option<&str>)> =
        got.iter().map(|g| (g.1, g.2, g.3.as_deref())).collect();
    assert_eq!(
        kinds,
        [
            (330_000.0, Kind::Target, Some("2024")),
            (69_500.0, Kind::Target, Some("2024")),
        ],
        "{got:?}"
    );
    // A condition without a plan is no goal.
    let got = read("If we look at last year, exports grew 5.2 percent.");
    assert_eq!(got[0].2, Kind::Change, "{got:?}");
}

#[test]
fn a_rate_flat_with_that_of_an_earlier_period_is_not_of_that_period() {
    let got = read(
        "In the first quarter, CPI rose by 1.1%. Meanwhile, core CPI increased by 1.2% on a \
         yearly basis, flat with that of the first two months.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (1.1, Some("2024-01/2024-03")),
            (1.2, Some("2024-01/2024-03"))
        ],
        "{got:?}"
    );
}

#[test]
fn a_rise_over_an_earlier_time_says_that_time() {
    let got = read(
        "In the first quarter, GDP grew 4.8% year on year, 0.8 percentage point higher than \
         that in the fourth quarter of the previous year.",
    );
    // (Over 60 characters, it loses its articles.)
    assert_eq!(
        got[1].0, "GDP growth, change from fourth quarter of previous year",
        "{got:?}"
    );
    // Another thing compared with is a difference, not a change over time.
    let got = read(
        "Consumption contributed 65.4 percent, 47.1 percentage points higher than gross \
         capital formation.",
    );
    assert!(
        got[1].0.contains("difference from gross capital formation"),
        "{got:?}"
    );
}

#[test]
fn a_label_never_ends_on_a_conjunction() {
    let got = read(
        "China has 20 percent of the world's population but 50 percent of the world's 4G base \
         stations.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "China, share of world's population",
            "China, share of world's 4G base stations"
        ],
        "{got:?}"
    );
}
