//! The extraction rules on made-up sentences in the language of briefings (rounds two and
//! three of "What each figure means"), periods said the many ways briefings say them: words of time that name no period, spans
//! and days, a period carried or said of the figure before, year-end, bases of comparison. Each value was read from the sentence by a
//! person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Qualifier;
use briefing::{briefing, read};

#[test]
fn words_of_time_that_name_no_period_of_the_figure() {
    // The base of a comparison is not the figure's period; a sentence without figures that
    // names two periods speaks last of the one the next figures are of; "as of late July".
    let got = read(
        "Last month people worried about the first two months, but figures in March are now \
         excellent. Industrial output increased by 8.5%, 3.2 percentage points higher than that \
         of the first two months. As of late July, loan balances reached 32.1 trillion yuan.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(
        periods,
        [Some("2024-03"), Some("2024-03"), Some("2024-07")],
        "{got:?}"
    );
}

#[test]
fn phrases_of_time_and_falls_said_in_many_ways() {
    let got = briefing(
        "Nov. 15, 2024",
        "In the first 11 months, exports grew by 5.2%.\n\nIn the past decade, output grew by \
         60%.\n\nIn the first half, profits saw negative growth of 2.1%.\n\nIn October, the CPI \
         dipped 0.2% year on year.\n\nOutput was 3.5 percent lower year on year in \
         September.\n\nFor the whole year, revenue reached 20 trillion yuan.\n\nOver the \
         January-October period, sales rose 3%.",
    );
    let read = briefing::periods(&got);
    assert_eq!(
        read,
        [
            (5.2, Some("2024-01/2024-11")),
            // Up to now: not the first 11 months said before.
            (60.0, None),
            (-2.1, Some("2024-01/2024-06")),
            (-0.2, Some("2024-10")),
            (-3.5, Some("2024-09")),
            // Reached "for the whole year" at a briefing in November: the year last ended.
            (20e12, Some("2023")),
            (3.0, Some("2024-01/2024-10")),
        ]
    );
}

#[test]
fn periods_through_a_month_on_a_day_and_of_the_figure_before() {
    let got = read(
        "Through the end of June, the number of accidents in mines and the death toll from \
         those accidents decreased by 25.6% and 31.9%, respectively. On July 2, road traffic \
         decreased by 10%. This year, trade with partner countries reached 6.89 trillion yuan in \
         the first half of the year, a year-on-year increase of 9.8%.",
    );
    let read: Vec<(&str, f64, Option<&str>)> = got
        .iter()
        .map(|g| (g.0.as_str(), g.1, g.3.as_deref()))
        .collect();
    assert_eq!(
        read[..2],
        [
            (
                "Number of accidents in mines, change",
                -25.6,
                Some("2024-01/2024-06")
            ),
            (
                "Death toll from those accidents, change",
                -31.9,
                Some("2024-01/2024-06")
            ),
        ]
    );
    assert_eq!(read[2].1.to_string(), "-10");
    assert_eq!(read[2].2, Some("2024-07-02"));
    assert_eq!(read[3].2, Some("2024-01/2024-06"));
    assert_eq!(read[4].1.to_string(), "9.8");
    assert_eq!(read[4].2, Some("2024-01/2024-06"));
    // The day of an event is not the figure's; a day said after the figure is.
    let got = briefing::read(
        "The agency hosted a ceremony on June 28 to hand over 1,935.3 grams of samples. China \
         imposed tariffs on US$3 billion worth of imports on April 2.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(periods, [None, Some("2024-04-02")]);
}

#[test]
fn the_same_period_year_end_and_hedges_before_a_currency() {
    let d = briefing(
        "Jan. 17, 2024",
        "In the first half of the year, exports grew by 3.7% year on year. During the same \
         period, private enterprises witnessed a growth rate that was 6.8 percentage points \
         higher than that of the country's foreign trade in total. Imports rose by 2.1%, \
         surpassing the overall growth rate by 0.5 percentage points. Retail sales grew 5%, \
         and the year-end foreign exchange reserves surpassed $3.2 trillion.",
    );
    let got: Vec<(f64, Qualifier, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.qualifier, i.period.as_deref()))
        .collect();
    let h1 = Some("2023-01/2023-06");
    assert_eq!(got[1], (6.8, Qualifier::Exact, h1));
    assert_eq!(got[3], (0.5, Qualifier::Exact, h1));
    assert_eq!(got[5], (3.2e12, Qualifier::Over, Some("2023-12")));
}

#[test]
fn a_base_said_again_in_brackets_is_no_period() {
    let d = briefing(
        "Feb. 3, 2023",
        "In 2022, M2 growth was 11.8%, 0.6 percentage point lower than the previous month (end \
         of November 2022). The figure was previously expected to be 6.2 percent or 6.3 percent.",
    );
    let got: Vec<(f64, Option<&str>, Qualifier)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref(), i.qualifier))
        .collect();
    assert_ne!(got[1].1, Some("2022-11"), "{got:?}");
    assert_eq!(got[2].2, Qualifier::Estimated);
    assert_eq!(got[3].2, Qualifier::Estimated);
}

#[test]
fn this_morning_yesterday_and_a_figure_said_again_in_other_terms() {
    // The briefing is on July 15, 2024 (`read`).
    let got = read(
        "By 6 a.m. this morning, rescuers had moved 12,400 residents to shelters. As of \
         yesterday, 318 shelters were open. By the end of June, 4.1 trillion yuan, or 82%, had \
         been paid out.",
    );
    let read: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        read,
        [
            (12_400.0, Some("2024-07-15")),
            (318.0, Some("2024-07-14")),
            (4.1e12, Some("2024-06")),
            (82.0, Some("2024-06")),
        ],
        "{got:?}"
    );
}

#[test]
fn months_days_halves_and_the_ends_of_a_span_said_as_briefings_say_them() {
    // Each paragraph on its own, so that no period is carried from one to the next.
    let got = briefing(
        "July 15, 2024",
        "Last month, the consumer price index rose 0.2 percent year on year.\n\nAs of June 30, a \
         total of 1,260 projects had been approved.\n\nAt the end of the first quarter, the \
         number of users reached 1.1 billion.\n\nIn H1 2024, sales reached 4.9 million \
         units.\n\nPrices of hogs were less than 15 yuan per kilogram in June.\n\nFrom 2012 to \
         2022, the forest coverage rate rose from 21.6 percent to 24.02 percent.\n\nIn 2022 and \
         2023, the sector grew by 3.1 percent and 4.5 percent, respectively.",
    );
    assert_eq!(
        briefing::periods(&got),
        [
            (0.2, Some("2024-06")),
            (1260.0, Some("2024-06-30")),
            // The stock at the quarter's end: its last month.
            (1.1e9, Some("2024-03")),
            (4.9e6, Some("2024-01/2024-06")),
            // "less than" hedges the figure: "in June" is no base of a comparison.
            (15.0, Some("2024-06")),
            // Each end of the rise is of its end of the span.
            (21.6, Some("2012")),
            (24.02, Some("2022")),
            (3.1, Some("2022")),
            (4.5, Some("2023")),
        ]
    );
}

#[test]
fn the_whole_year_is_the_year_last_ended_unless_it_is_december() {
    let in_january = briefing(
        "Jan. 17, 2024",
        "For the whole year, output reached 126 trillion yuan.",
    );
    let in_december = briefing(
        "Dec. 12, 2024",
        "For the whole year, grain output reached 706 million tonnes.",
    );
    assert_eq!(briefing::periods(&in_january), [(126e12, Some("2023"))]);
    assert_eq!(briefing::periods(&in_december), [(706e6, Some("2024"))]);
}
