//! The extraction rules on made-up sentences in the language of briefings (seventh round of
//! "What each figure means"), periods: a date said once for a list of statistics, months and
//! quarters said in order, spans of days, an aside, open spans of years. Each value was read
//! from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefing::read;

#[test]
fn a_date_said_after_the_topic_holds_for_the_list_of_statistics_after_it() {
    let got = read(
        "In regard to railways, by the end of 2023, the railway network reached 159,000 km, \
         up 2 percent from 2022.\n\nAs for roads, the total length of highways was 5.44 million \
         kilometers, 30 times that of 1978.\n\nIn terms of water transport, there are 22,000 \
         productive berths.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (159_000.0, Some("2023-12")),
            (2.0, Some("2023-12")),
            (5_440_000.0, Some("2023-12")),
            (30.0, Some("1978/2023")),
            (22_000.0, Some("2023-12")),
        ],
        "{got:?}"
    );
}

#[test]
fn a_date_said_later_in_a_sentence_is_not_carried_to_the_next_paragraph() {
    let got = read(
        "Investment is stable, and the park drew 300 million yuan by the end of June.\n\n\
         We also trained 2,000 workers.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [(300_000_000.0, Some("2024-06")), (2_000.0, None)],
        "{got:?}"
    );
}

#[test]
fn months_said_respectively_each_take_their_own() {
    let got = read(
        "Industrial output grew by 6.7 percent, 5.6 percent and 5.3 percent in April, May and \
         June, respectively.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (6.7, Some("2024-04")),
            (5.6, Some("2024-05")),
            (5.3, Some("2024-06"))
        ]
    );
    // Months after the briefing's month are of the year before.
    let got =
        read("Sales grew 4.1 percent and 3.2 percent in November and December, respectively.");
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(periods, [Some("2023-11"), Some("2023-12")]);
}

#[test]
fn the_four_quarters_a_month_before_and_an_aside_of_a_part() {
    let got = read(
        "Exports grew 5.2 percent last year. Looking at each quarter, the four quarters grew \
         by 4.1 percent, 5.0 percent, 5.6 percent and 6.2 percent.",
    );
    let periods: Vec<(&str, Option<&str>)> =
        got.iter().map(|g| (g.0.as_str(), g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            ("Exports, change, 2023", Some("2023")),
            ("Exports, change, Q1 2023", Some("2023-01/2023-03")),
            ("Exports, change, Q2 2023", Some("2023-04/2023-06")),
            ("Exports, change, Q3 2023", Some("2023-07/2023-09")),
            ("Exports, change, Q4 2023", Some("2023-10/2023-12")),
        ]
    );
    let got = read(
        "With an increase of 12.1 percent in June, output of steel reversed the previous \
         month's decline of 3 percent.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(periods, [(12.1, Some("2024-06")), (-3.0, Some("2024-05"))]);
    let got = read(
        "In the first quarter, retail sales grew 4.6 percent. In particular, growth in March \
         was 5.9 percent. Online sales rose 7.1 percent.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (4.6, Some("2024-01/2024-03")),
            (5.9, Some("2024-03")),
            (7.1, Some("2024-01/2024-03"))
        ]
    );
}

#[test]
fn a_clause_of_only_a_time_and_a_base_of_the_year_before() {
    let got = read(
        "In the first quarter, exports fell by 6.2 percent, and for the first two months, they \
         dropped by 9.1 percent. In 2023, income grew 6.3 percent. The growth rate was 0.4 \
         percentage points higher than the previous year.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (-6.2, Some("2024-01/2024-03")),
            (-9.1, Some("2024-01/2024-02")),
            (6.3, Some("2023")),
            (0.4, Some("2023")),
        ]
    );
}

#[test]
fn spans_of_days_and_two_lists_that_go_together() {
    let got = read(
        "Between April 1-5, the share of industries with positive growth rose to 86.9 percent. \
         In May and June, the output of 31 and 27 sectors grew faster than the month before. \
         In 2022 and 2023, output rose 5 percent and 6 percent.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (86.9, Some("2024-04-01/2024-04-05")),
            (31.0, Some("2024-05")),
            (27.0, Some("2024-06")),
            (5.0, Some("2022")),
            (6.0, Some("2023")),
        ],
        "{got:?}"
    );
}

#[test]
fn periods_said_as_one_word_or_of_a_whole_year_and_months_out_of_labels() {
    let got = read(
        "In the whole of 2023, exports rose 0.6 percent. The first-quarter growth rate was 5.3 \
         percent. Retail sales in June rose 2 percent.",
    );
    let periods: Vec<(&str, Option<&str>)> =
        got.iter().map(|g| (g.0.as_str(), g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            ("Exports, change", Some("2023")),
            ("First-quarter growth rate", Some("2024-01/2024-03")),
            ("Retail sales, change", Some("2024-06")),
        ]
    );
}

#[test]
fn figures_of_an_open_span_of_years_take_no_period_said_before() {
    let got = read(
        "In 2023, the industry's value added was 4.4 trillion yuan. The number of firms grew \
         from 36,000 to 65,000 in the past decade. Their revenue rose to 11.9 trillion yuan.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [
            (4_400_000_000_000.0, Some("2023")),
            (36_000.0, None),
            (65_000.0, None),
            (11_900_000_000_000.0, None)
        ]
    );
}
