//! The extraction rules on made-up sentences in the language of briefings (fourteenth round of
//! "What each figure means"): the bound of a class said with what things have ("enterprises
//! with 100 employees or more", "with more than 500 beds") is no figure; a list of bare numbers
//! takes the unit its last item says ("3.3, 3.9, and 4.1%"); a minus written on a list's first
//! item is its own; the quarters of a list said "respectively" go to the figures said before it
//! too, all of one year; an amount said again in another currency in brackets is the same
//! change; what a condition would bring ("If …, the burden can be reduced by …") is an
//! estimate; and a forecast does not take the month a stock was counted at in the sentence
//! before. Each value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, Unit};
use briefing::{briefing, read, values};

#[test]
fn the_bound_of_a_class_said_with_what_things_have_is_no_figure() {
    assert_eq!(
        values("Enterprises with 100 employees or more accounted for 40% of the total."),
        [40.0]
    );
    assert_eq!(
        values("Hospitals with more than 500 beds numbered 1,200 last year."),
        [1200.0]
    );
    assert_eq!(
        values("Among them, households with three or more children received 2,000 yuan each."),
        [2000.0]
    );
    // The class stays in the label, with its bound.
    let got = read("Enterprises with 100 employees or more accounted for 40% of the total.");
    assert_eq!(
        got[0].0,
        "Enterprises with 100 employees or more, share of the total"
    );
    let got = read("Hospitals with more than 500 beds numbered 1,200 last year.");
    assert_eq!(got[0].0, "Hospitals with more than 500 beds");
    // The countries agreements were signed with are counted.
    assert_eq!(
        values("We have signed cooperation agreements with more than 150 countries."),
        [150.0]
    );
}

#[test]
fn a_list_of_bare_numbers_takes_the_unit_of_its_last_item() {
    let d = briefing(
        "January 18, 2021",
        "The value added of agriculture went up by 3% year on year. Growth was -3.2% for the \
         first quarter, and 3.3, 3.9, and 4.1% for the second, third, and fourth quarters, \
         respectively. Several new super rice varieties have a yield of 1,000 kilograms per \
         mu.",
    );
    let got: Vec<(f64, Unit, Kind, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.unit, i.kind, i.period.as_deref()))
        .collect();
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(
        got[1..5],
        [
            (-3.2, Unit::Percent, Kind::Change, Some("2020-01/2020-03")),
            (3.3, Unit::Percent, Kind::Change, Some("2020-04/2020-06")),
            (3.9, Unit::Percent, Kind::Change, Some("2020-07/2020-09")),
            (4.1, Unit::Percent, Kind::Change, Some("2020-10/2020-12")),
        ]
    );
    // The quarters said "respectively" are not carried to the sentence after them.
    assert!((got[5].0 - 1000.0).abs() < 1e-9, "{got:?}");
    assert_eq!(got[5].3, None);
    // A scale said once is the list's.
    let got = read("Sales reached 1.2, 3.4 and 5.6 billion yuan.");
    let got: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(got, [1.2e9, 3.4e9, 5.6e9]);
}

#[test]
fn the_quarters_of_a_list_are_those_of_the_figures_said_after_it_too() {
    let got = read(
        "GDP grew 9.8 percent and 9.0 percent in the first and second quarters, respectively.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(periods, [Some("2024-01/2024-03"), Some("2024-04/2024-06")]);
    // A figure of its own before the list is not one of its items.
    let got = read(
        "Its growth in the first half of this year is 9.4 percent, and that of the first and \
         second quarter is 9.8 percent and 9.0 percent respectively.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(
        periods,
        [
            Some("2024-01/2024-06"),
            Some("2024-01/2024-03"),
            Some("2024-04/2024-06")
        ]
    );
}

#[test]
fn an_amount_said_again_in_another_currency_is_the_same_change() {
    let d = briefing(
        "February 20, 2020",
        "If all regions implement the policy after careful deliberation, the burden of \
         enterprises can be reduced by 150 billion yuan ($21.4 billion).",
    );
    let got: Vec<(f64, Unit, Kind, Qualifier)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.unit, i.kind, i.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            (-150e9, Unit::Yuan, Kind::Change, Qualifier::Estimated),
            (-21.4e9, Unit::UsDollar, Kind::Change, Qualifier::Estimated),
        ]
    );
    // "If" without a modal after its condition says how a figure is counted, not a forecast.
    let d = briefing(
        "February 20, 2020",
        "If we count the rural areas, the rate was 5.1 percent in 2019.",
    );
    assert_eq!(d.indicators.len(), 1);
    assert_eq!(d.indicators[0].qualifier, Qualifier::Exact);
}

#[test]
fn a_forecast_does_not_take_the_month_a_stock_was_counted_at() {
    let d = briefing(
        "February 20, 2020",
        "By the end of 2019, the cumulative balance of the fund had exceeded 5 trillion yuan. \
         The phased reduction policy is expected to see the fund's income reduce by 471.4 \
         billion yuan.",
    );
    let got: Vec<(f64, Option<&str>, Qualifier)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref(), i.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            (5e12, Some("2019-12"), Qualifier::Over),
            (-471.4e9, None, Qualifier::Estimated),
        ]
    );
}

#[test]
fn a_sentence_opening_on_another_year_ends_the_period_carried() {
    let d = briefing(
        "January 18, 2021",
        "Retail sales registered negative growth last year. In Q4, sales grew by 4.6%, close \
         to normal levels. In 2021, we can see many positive factors.\n\nFirst, we have a \
         solid material foundation. Our total industry added value is over 30 trillion yuan.",
    );
    let got: Vec<(f64, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref()))
        .collect();
    assert_eq!(got, [(4.6, Some("2020-10/2020-12")), (30e12, None)]);
}

#[test]
fn a_list_the_thing_measured_is_of_stays_whole() {
    let got = read(
        "Agricultural production was better than expected and the value added of agriculture, \
         forestry, animal husbandry, and fishery went up by 3% year on year.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].0,
        "Value added of farming, forestry, husbandry and fishery, change y/y"
    );
    let got = read("The output of poultry, eggs, and milk increased by 5%.");
    assert_eq!(got[0].0, "Output of poultry, eggs, and milk, change");
}

#[test]
fn a_mark_passed_before_the_figure_that_passed_it_is_no_figure() {
    let got = read(
        "The volume of trade in goods surpassed 40 trillion yuan for the first time, standing \
         at 42.1 trillion yuan, with a year-on-year increase of 7.7%.",
    );
    let got: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        got,
        [
            ("Volume of trade in goods", 42.1e12),
            ("Volume of trade in goods, change year on year", 7.7)
        ]
    );
}

#[test]
fn a_share_said_with_what_the_things_counted_do_is_a_share_of_them() {
    let got = read("China is now home to 6,565 museums, with over 90% offering free admission.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Museums offering free admission, share");
    assert_eq!(got[1].2, Kind::Share);
}

#[test]
fn the_same_period_of_the_previous_year_is_a_base() {
    let d = briefing(
        "March 2, 2023",
        "The sales of key retail and catering enterprises increased by 6.8% compared with the \
         same period of the previous year.",
    );
    assert_eq!(d.indicators.len(), 1);
    assert_eq!(d.indicators[0].period, None);
    // "catering" is a trade, not a verb joining a clause.
    assert_eq!(
        d.indicators[0].label,
        "Sales of key retail and catering enterprises, change"
    );
}

#[test]
fn things_counted_newly_done_are_said_so() {
    let got = read("China saw 322 museums newly registered last year.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Museums newly registered");
}

#[test]
fn rates_that_name_nothing_are_those_of_the_sentence_before() {
    for said in [
        "In Q4, rates grew by 4.6%.",
        "In Q4, the growth rate was 4.6%.",
    ] {
        let got = read(&format!(
            "In the past year, the total retail sales of consumer goods registered negative \
             growth. {said}"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Retail sales of consumer goods, change", "{said}");
    }
}

#[test]
fn the_cities_a_figure_was_measured_in_are_no_figure_of_their_own() {
    let got = read("Home prices in 70 large and medium-sized cities fell by 0.5%.");
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [-0.5]);
    let got = read(
        "The passenger flow in key business districts in 36 large and medium-sized cities \
         across the country increased by 27.8% year on year.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].0,
        "Passenger flow in key business districts, change y/y"
    );
}

#[test]
fn a_label_does_not_end_on_a_word_that_lists_what_follows() {
    let got = read("More than 5,000 census teams comprising over 45,000 members have been set up.");
    assert_eq!(got[0].0, "Census teams");
}
