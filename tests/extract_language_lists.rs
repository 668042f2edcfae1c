//! The extraction rules on made-up sentences in the language of briefings (seventh round of
//! "What each figure means"): lists of statistics under a topic and a date said once ("In
//! regard to railways, by the end of 2023, …"), units written against their number, months
//! said "respectively", changes over many years, sizes and grades that name a class of things,
//! places said "No. 1", and goals named by their word. Each value was read from the sentence
//! by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Unit};
use briefing::{briefing, read};

#[test]
fn units_written_against_their_number() {
    let d = briefing(
        "July 15, 2024",
        "The high-speed railway network reached 45,000km. The new plant adds 1,200MW of \
         capacity. Speeds reach 350km/h on the main lines.",
    );
    let got: Vec<(f64, Unit)> = d.indicators.iter().map(|i| (i.value, i.unit)).collect();
    // ("350km/h" is a speed, which the dataset has no unit for: it stays a word.)
    assert_eq!(
        got,
        [(45_000.0, Unit::Kilometre), (1_200_000.0, Unit::Kilowatt)],
        "{got:?}"
    );
}

#[test]
fn grades_and_sizes_that_name_a_class_are_not_figures() {
    let d = briefing(
        "July 15, 2024",
        "We reinforced 3,000 kilometers of dikes of grade 2 or higher. The province has five \
         1-trillion-yuan industrial clusters. There are 2,500 berths, including 800 \
         10,000-tonne class berths.",
    );
    let got: Vec<f64> = d.indicators.iter().map(|i| i.value).collect();
    assert_eq!(got, [3_000.0, 2_500.0, 800.0], "{:?}", d.indicators);
}

#[test]
fn places_said_with_no_are_ranks_and_a_numbered_document_is_not() {
    let d = briefing(
        "July 15, 2024",
        "Our port ranked No. 1 in the world by cargo throughput. Among the top ports are \
         Shanghai No.2, Shenzhen No.4 and Qingdao No.5. The No. 1 central document was issued \
         in February.",
    );
    let got: Vec<(&str, f64, Unit)> = d
        .indicators
        .iter()
        .map(|i| (i.label.as_str(), i.value, i.unit))
        .collect();
    assert_eq!(
        got,
        [
            ("Port, rank", 1.0, Unit::Rank),
            ("Shanghai, rank", 2.0, Unit::Rank),
            ("Shenzhen, rank", 4.0, Unit::Rank),
            ("Qingdao, rank", 5.0, Unit::Rank),
        ]
    );
}

#[test]
fn a_goal_named_by_its_word_is_a_target() {
    let got = read(
        "Our target this year is 5 percent. The plan set the grain output target at 700 \
         million tonnes. The goal of 90 percent was met last year.",
    );
    let kinds: Vec<(&str, f64, Kind)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
    assert_eq!(
        kinds[..2],
        [
            ("Target", 5.0, Kind::Target),
            ("Grain output target", 700_000_000.0, Kind::Target),
        ],
        "{got:?}"
    );
}

#[test]
fn the_growth_of_a_thing_is_labelled_by_the_thing() {
    let got = read(
        "The growth of retail sales was 4.9 percent. The increase in exports was 6 percent. \
         Demand weakened, with the growth of online sales registering 8.1 percent, 7.2 percent \
         and 6.5 percent in April, May and June, respectively.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        labels,
        [
            ("Retail sales, change", 4.9),
            ("Exports, change", 6.0),
            ("Online sales, change, April 2024", 8.1),
            ("Online sales, change, May 2024", 7.2),
            ("Online sales, change, June 2024", 6.5),
        ]
    );
}

#[test]
fn a_participle_before_the_things_counted_says_which() {
    let got = read(
        "A total of 2.3 million registered poor people have moved into new homes. There are \
         5,000 registered nurses in the city. You mentioned that foreign trade grew by 7.1 \
         percent last year.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Registered poor people who moved into new homes",
            "Registered nurses in the city",
            "Foreign trade, change"
        ]
    );
}

#[test]
fn marks_passed_are_not_figures_of_their_own() {
    let d = briefing(
        "July 15, 2024",
        "Net profit was 1,120.5 billion yuan, exceeding 1 trillion yuan for the first time. \
         Total assets reached 82.3 trillion yuan, up 150 percent over the end of 2015, and \
         successively passed the 50 trillion, 60 trillion and 80 trillion yuan marks. Exports \
         rose to 3.4 trillion US dollars, exceeding 3 and 3.3 trillion US dollars \
         consecutively. Online sales passed the 15 trillion yuan mark in 2023.",
    );
    let got: Vec<(f64, Kind, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.kind, i.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (1_120_500_000_000.0, Kind::Level, None),
            (82_300_000_000_000.0, Kind::Level, None),
            (150.0, Kind::Change, None),
            (3_400_000_000_000.0, Kind::Level, None),
            (15_000_000_000_000.0, Kind::Level, Some("2023")),
        ],
        "{:?}",
        d.indicators
    );
    // A mark passed alone is the figure, said as "over".
    let mark = d.indicators.last().expect("the 15 trillion yuan");
    assert_eq!(
        (mark.label.as_str(), mark.qualifier),
        ("Online sales", briefboard::dataset::Qualifier::Over)
    );
}

#[test]
fn a_spending_said_to_be_made_is_a_target_and_a_percentage_of_things_a_share() {
    let got = read(
        "The remaining 600 billion yuan will be allocated to local governments. A tariff of \
         10 percent will be imposed on the goods. The percentage of loss-making enterprises \
         was 21.5 percent. He said 12 training centres would be established abroad.",
    );
    let kinds: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        kinds,
        [
            (600_000_000_000.0, Kind::Target),
            (10.0, Kind::Level),
            (21.5, Kind::Share),
            (12.0, Kind::Target)
        ]
    );
}

#[test]
fn days_counted_of_a_state_are_figures_and_spans_of_days_are_not() {
    let d = briefing(
        "July 15, 2024",
        "The city recorded 312 days of good air quality last year. We finished the work in 30 \
         days. Within 15 days of the request, we replied.",
    );
    let got: Vec<(&str, f64, Unit, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.label.as_str(), i.value, i.unit, i.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("Days of good air quality", 312.0, Unit::Day, Some("2023"))]
    );
}

#[test]
fn the_former_and_the_latter_are_the_two_things_said_before() {
    let got = read(
        "The fund is split into basic pensions and occupational pensions. The former rose to \
         5.2 trillion yuan, and the latter reached 2.1 trillion yuan.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        labels,
        [
            ("Basic pensions", 5_200_000_000_000.0),
            ("Occupational pensions", 2_100_000_000_000.0)
        ]
    );
}

#[test]
fn a_verb_after_things_in_the_plural_ends_their_name() {
    let got = read(
        "Over 500 kilometers of greenways link the parks and the river banks, and more than 90 \
         sports fields serve the residents. The province kept a steady grain output of 50 \
         million tonnes, maintaining a stable reserve of 3 million tonnes.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Greenways",
            "Sports fields",
            "Steady grain output",
            "Stable reserve"
        ],
        "{got:?}"
    );
}

#[test]
fn bounds_that_define_the_things_counted_are_not_figures() {
    let d = briefing(
        "July 15, 2024",
        "The province has 1,200 leading enterprises, including 800 businesses with an annual \
         revenue exceeding 100 million yuan and 60 companies exceeding 1 billion yuan. Trains \
         now reach 90 percent of cities with a population of over 500,000. The grid has \
         twelve 500-kilovolt lines. The plant will have a capacity of 2 million kilowatts \
         after completion.",
    );
    let got: Vec<(f64, Kind)> = d.indicators.iter().map(|i| (i.value, i.kind)).collect();
    assert_eq!(
        got,
        [
            (1_200.0, Kind::Level),
            (800.0, Kind::Level),
            (60.0, Kind::Level),
            (90.0, Kind::Share),
            (2_000_000.0, Kind::Target),
        ],
        "{:?}",
        d.indicators
    );
}

#[test]
fn a_pronoun_after_things_and_a_participle_of_contribution_name_nothing() {
    let got = read(
        "The total calls we received rose to 2.1 million. In 2023, the output of the region \
         reached 3.2 trillion yuan, contributing 7.1 percent of China's GDP.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Calls",
            "Output of the region",
            "Output of the region, share of GDP"
        ],
        "{got:?}"
    );
}

#[test]
fn a_change_marked_after_the_second_of_two_things_is_the_second_thing_s() {
    let got = read(
        "Spending of urban residents was 30,000 yuan, which was a nominal growth of 6.5% while \
         the spending of rural households was 18,000 yuan, marking a nominal growth of 8.1%.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        labels,
        [
            ("Spending of urban residents", 30_000.0),
            ("Spending of urban residents, nominal change", 6.5),
            ("Spending of rural households", 18_000.0),
            ("Spending of rural households, nominal change", 8.1),
        ]
    );
}

#[test]
fn a_list_after_a_semicolon_and_things_in_the_plural_are_items_of_their_own() {
    let got = read(
        "In 2023, the number of major accidents dropped 12.5 percent; and the number of fires, \
         floods, thefts, and road accidents with more than three deaths fell 8.1 percent, 6.4 \
         percent, 9.9 percent, and 3.3 percent.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        labels,
        [
            ("Number of major accidents, change", -12.5),
            ("Number of fires, change", -8.1),
            ("Floods, change", -6.4),
            ("Thefts, change", -9.9),
            ("Road accidents with more than three deaths, change", -3.3),
        ],
        "{got:?}"
    );
}

#[test]
fn the_base_of_a_multiple_and_a_part_of_things_counted_first() {
    let got = read(
        "The number of visitors was 2.3 times that of last year. Of the 3,000 enterprises \
         surveyed, 65 percent reported higher orders.",
    );
    let read: Vec<(f64, Kind, Option<&str>)> =
        got.iter().map(|g| (g.1, g.2, g.3.as_deref())).collect();
    assert_eq!(
        read,
        [
            (2.3, Kind::Change, None),
            (3_000.0, Kind::Level, None),
            (65.0, Kind::Share, None)
        ]
    );
}
