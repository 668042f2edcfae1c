//! The extraction rules on made-up sentences in the language of briefings (eighth round of
//! "What each figure means"): a courtesy before a turn's opening date, "the rate" of the
//! sentence before, ranges said "between … and …", a population said "with a population of",
//! labels that would say only a time or a unit, and the theme of figures no keyword places.
//! Each value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Kind;
use briefing::{briefing, read};

#[test]
fn a_courtesy_before_the_opening_date_leaves_the_date_to_the_whole_turn() {
    let got = read(
        "Thanks for your questions. Last year, retail sales reached 47 trillion yuan.\n\n\
         Moreover, online sales accounted for 27 percent of the total.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [(47e12, Some("2023")), (27.0, Some("2023"))],
        "{got:?}"
    );
}

#[test]
fn a_long_first_sentence_without_a_date_still_opens_the_turn() {
    // Not a courtesy: a statement of its own, after which a date said in passing holds for
    // its paragraph only.
    let got = read(
        "Our industry has kept a steady momentum in a complicated environment at home and \
         abroad. Last year, output grew 4.6 percent.\n\nWe also trained 2,000 workers.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(periods, [(4.6, Some("2023")), (2_000.0, None)], "{got:?}");
}

#[test]
fn the_rate_of_the_sentence_before_is_a_rate_of_change_and_a_range_between_two_ends() {
    let got = read(
        "In the first half, the economy grew 5.1 percent. The rate has stayed between 4.8 \
         percent and 5.4 percent for eight quarters.",
    );
    let kinds: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        kinds,
        [
            (5.1, Kind::Change),
            (4.8, Kind::Change),
            (5.4, Kind::Change)
        ],
        "{got:?}"
    );
    assert!(got[1].0.ends_with("range, low end"), "{got:?}");
    assert!(got[2].0.ends_with("range, high end"), "{got:?}");
    // A rate said after a level is no change.
    let got = read(
        "The urban unemployment rate was 5 percent in June. The rate has stayed below 5.5 \
         percent all year.",
    );
    assert!(got.iter().all(|g| g.2 != Kind::Change), "{got:?}");
}

#[test]
fn a_population_said_with_with_is_the_population_of_the_place_before_it() {
    let labels: Vec<String> = read(
        "As a province with a population of 66 million, Hunan treats grain as a priority. \
         For a country like Laos with a population of 7 million, tourism matters.",
    )
    .into_iter()
    .map(|g| g.0)
    .collect();
    assert_eq!(labels, ["Population", "Population of Laos"]);
}

#[test]
fn a_label_that_would_say_only_a_time_or_a_unit_names_the_thing_said_before() {
    let got = read(
        "The Chinese economy saw a solid start with a 6.1-percent growth in the first quarter.",
    );
    assert_eq!(got[0].0, "Chinese economy, change", "{got:?}");
    let got = read(
        "Grain output reached 690 billion kilos, up 1.3 percent. In the south, the harvest \
         reached 210 billion kilos.",
    );
    assert!(
        got.iter().all(|g| !g.0.eq_ignore_ascii_case("kilos")),
        "{got:?}"
    );
}

#[test]
fn figures_no_keyword_places_are_other_figures_not_industry() {
    let d = briefing(
        "July 15, 2024",
        "Per capita disposable income grew 5.3 percent. Museums received 1.3 billion visits. \
         Courts concluded 45 million cases. We built 1,200 new playgrounds.",
    );
    let themes: Vec<(&str, &str)> = d
        .indicators
        .iter()
        .map(|i| (i.label.as_str(), i.theme.as_str()))
        .collect();
    assert_eq!(
        themes.iter().map(|t| t.1).collect::<Vec<_>>(),
        ["economy", "culture", "justice", "other"],
        "{themes:?}"
    );
    // The digital economy is on the page of the internet and the digital economy.
    let d = briefing(
        "July 15, 2024",
        "The added value of the digital economy reached 2 trillion yuan.",
    );
    assert_eq!(d.indicators[0].theme, "ict");
}

#[test]
fn a_document_named_no_1_in_quotes_is_no_figure_and_no_sentence_end() {
    let got = read(
        "We released the \"No. 1 Central Document\" in 2021\n\nWe released the \"No. 1 \
         Central Document\" in 2022. Grain output grew 2 percent.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [2.0], "{got:?}");
}

#[test]
fn a_figure_held_for_a_run_of_periods_is_of_none_of_them() {
    let got = read(
        "In the second quarter, growth stayed within the range of 5.2 to 5.6 percent for 9 \
         consecutive quarters. In May, the jobless rate was less than 5 percent for three \
         consecutive months. Last year, investment grew by 12.2%, maintaining double-digit \
         growth for 14 consecutive months.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [(5.2, None), (5.6, None), (5.0, None), (12.2, Some("2023"))],
        "{got:?}"
    );
}

#[test]
fn the_two_ends_of_a_range_share_a_period() {
    let got = read(
        "In the first half, sales grew 6 percent, and growth in June was between 5.5 percent \
         and 6.5 percent.",
    );
    let periods: Vec<(&str, f64, Option<&str>)> = got
        .iter()
        .map(|g| (g.0.as_str(), g.1, g.3.as_deref()))
        .collect();
    assert_eq!(
        periods,
        [
            ("Sales, change", 6.0, Some("2024-01/2024-06")),
            ("Sales, change, range, low end", 5.5, Some("2024-06")),
            ("Sales, change, range, high end", 6.5, Some("2024-06"))
        ],
        "{got:?}"
    );
}

#[test]
fn what_was_cut_is_named_after_of() {
    let got = read(
        "We cut about 50 million tons of outdated cement capacity. The city reduced 3 million \
         tons of coal consumption.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        labels,
        [
            ("Outdated cement capacity, change", -50e6),
            ("Coal consumption, change", -3e6)
        ]
    );
}

#[test]
fn an_open_span_of_years_said_with_its_count_ends_the_period_said_before() {
    let got = read(
        "When the university was founded in 1952, it had only 300 students. Through 70 years \
         of development, it has trained 410,000 graduates. In the past three decades, its \
         campus grew to 3,000 mu.",
    );
    let periods: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.3.as_deref())).collect();
    assert_eq!(
        periods,
        [(300.0, Some("1952")), (410_000.0, None), (3_000.0, None)],
        "{got:?}"
    );
}

#[test]
fn a_figure_compared_with_a_span_of_years_keeps_its_period() {
    let got = read(
        "Last year, investment in equipment grew by 18.5%, the highest in the past five years.",
    );
    assert_eq!(got[0].3.as_deref(), Some("2023"), "{got:?}");
}

#[test]
fn a_change_said_again_in_another_unit_is_a_change() {
    let got = read(
        "Last year, GDP grew by nearly 9 trillion yuan. This is more than 1.2 trillion US \
         dollars at the average exchange rate.",
    );
    let kinds: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        kinds,
        [(9e12, Kind::Change), (1.2e12, Kind::Change)],
        "{got:?}"
    );
    // A level said again stays a level.
    let got = read("Exports reached 3 trillion yuan. This is 420 billion US dollars.");
    assert!(got.iter().all(|g| g.2 == Kind::Level), "{got:?}");
}

#[test]
fn times_that_of_another_thing_is_a_ratio_to_it() {
    let got = read(
        "The income of urban residents was 2.5 times that of rural residents. Output reached \
         30 times that of 1978.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Income of urban residents, ratio to rural residents",
            "Output, change compared with 1978"
        ],
        "{got:?}"
    );
}

#[test]
fn the_end_of_a_range_is_not_the_same_fact_as_a_figure_of_its_value() {
    let got = read(
        "In 2019, GDP grew by 6.1%. Looking at each quarter, the four quarters have increased \
         by 6.4%, 6.2%, 6.0% and 6.0% respectively. Looking back, growth has remained between \
         6-7% for 18 consecutive quarters.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [6.1, 6.4, 6.2, 6.0, 6.0, 6.0, 7.0], "{got:?}");
}

#[test]
fn the_four_quarters_are_of_the_year_said_before() {
    let got = read(
        "In 2019, GDP grew by 6.1%. Looking at each quarter, the four quarters have increased \
         by 6.4%, 6.2%, 6.0% and 6.0% respectively.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(
        periods,
        [
            Some("2019"),
            Some("2019-01/2019-03"),
            Some("2019-04/2019-06"),
            Some("2019-07/2019-09"),
            Some("2019-10/2019-12")
        ],
        "{got:?}"
    );
}

#[test]
fn since_then_opens_a_span_to_now() {
    let got = read(
        "The province began to build a digital government back in 2001. Since then, we have \
         compiled five plans, with the digital economy reaching 2.9 trillion yuan.",
    );
    assert_eq!(got[0].3, None, "{got:?}");
}

#[test]
fn a_goal_said_as_a_move_starts_from_where_things_stand() {
    let got =
        read("Once operational, travel time to the capital will be cut from 13 hours to 4 hours.");
    let kinds: Vec<(&str, f64, Kind)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
    assert_eq!(
        kinds,
        [
            ("Travel time to the capital, hours, now", 13.0, Kind::Level),
            (
                "Travel time to the capital, hours, target",
                4.0,
                Kind::Target
            )
        ],
        "{got:?}"
    );
    assert_eq!(got[0].3, None, "{got:?}");
    // The goal said in words is no figure; the start still is where things stand.
    let got = read("The new line will cut travel time from 13 hours to four hours.");
    assert_eq!(
        (got[0].1, got[0].2, got[0].3.as_deref()),
        (13.0, Kind::Level, None)
    );
}

#[test]
fn a_figure_said_again_in_brackets_shares_what_follows_the_bracket() {
    let got = read("Over 60 million mu (40,000 square kilometers) of farmland has been reclaimed.");
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Farmland reclaimed (mu)",
            "Farmland reclaimed (square kilometres)"
        ],
        "{got:?}"
    );
}

#[test]
fn people_counted_are_named_by_what_befell_them() {
    let got = read(
        "By Monday, 3,100 people had been infected, 2,400 people had recovered and 52 people \
         had died.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        ["People infected", "People who recovered", "People who died"],
        "{got:?}"
    );
}

#[test]
fn things_counted_after_including_are_named_by_what_befell_them() {
    let got = read(
        "Many firms have moved to the region, including 12,400 companies relocated from the \
         coast.",
    );
    assert_eq!(got[0].0, "Companies relocated from the coast", "{got:?}");
}

#[test]
fn an_amount_each_thing_is_worth_is_the_value_of_each() {
    let got = read("The province signed 320 projects, each worth more than 100 million yuan.");
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        ["Projects signed", "Projects signed, value of each"],
        "{got:?}"
    );
}
