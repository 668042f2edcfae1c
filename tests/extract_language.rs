//! The extraction rules on made-up sentences in the language of briefings (rounds two and
//! three of "What each figure means"): labels (whose, which item of a list), kinds, signs and
//! periods said in the many ways briefings say them. Each value was read from the sentence by
//! a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, SpeakerKind};
use briefing::{briefing, read};

#[test]
fn a_list_of_changes_shares_its_verb_and_sign() {
    let got = read(
        "Since the beginning of this year, one-year and five-year loan rates have decreased by \
         0.1 percentage point and 0.35 percentage point, respectively.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [-0.1, -0.35]);
    assert!(got.iter().all(|g| g.2 == Kind::Change), "{got:?}");
}

#[test]
fn an_amount_said_in_percent_is_its_growth() {
    let got = read(
        "In the second quarter, GDP expanded 0.4% year on year, and the fixed asset investment \
         was 4.2%. The six-month increase was 8.4%. The unemployment rate was 5.1%.",
    );
    let kinds: Vec<Kind> = got.iter().map(|g| g.2).collect();
    assert_eq!(
        kinds,
        [Kind::Change, Kind::Change, Kind::Change, Kind::Level],
        "{got:?}"
    );
}

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
fn terms_and_guesses_are_read_as_such() {
    // "7-day reverse repos" names a term; "expected to be 6.2 percent or 6.3 percent" are two
    // guesses, not a figure and its share.
    let d = briefing(
        "July 15, 2024",
        "The 7-day reverse repos address short-term needs. GDP grew by 6.4%, and the figure was \
         expected to be 6.2 percent or 6.3 percent.",
    );
    let got: Vec<(f64, Qualifier, Kind)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.qualifier, i.kind))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    let values: Vec<f64> = got.iter().map(|g| g.0).collect();
    assert_eq!(values, [6.4, 6.2, 6.3]);
    assert_eq!(got[1].1, Qualifier::Estimated);
    assert_ne!(got[2].2, Kind::Share, "{got:?}");
}

#[test]
fn labels_say_whose_and_which() {
    let got = read(
        "The added value created by strategic emerging industries went up by 8.7 percent. The \
         number of people who pay contributions to the fund has increased from 102 million to \
         164 million. As I mentioned, this year's summer grain production increased by 7.25 \
         billion jin. The project has transferred more than 72.9 billion cubic meters of water.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Added value of strategic emerging industries, change",
            "Number of people who pay contributions to the fund, start of period",
            "Number of people who pay contributions to the fund, end of period",
            "Summer grain production, change",
            "Water transferred",
        ]
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
    let read: Vec<(f64, Option<&str>)> = got
        .indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (5.2, Some("2024-01/2024-11")),
            // Up to now: not the first 11 months said before.
            (60.0, None),
            (-2.1, Some("2024-01/2024-06")),
            (-0.2, Some("2024-10")),
            (-3.5, Some("2024-09")),
            (20e12, Some("2024")),
            (3.0, Some("2024-01/2024-10")),
        ]
    );
}

#[test]
fn amounts_glued_to_their_currency_and_lists_of_regions() {
    let got = read(
        "In the four months, the retail sales of consumer goods reached RMB9.3 trillion, up \
         10.4% year on year. Sales in the eastern and northeastern regions increased by 2.8% \
         and 8.7% respectively. Private enterprises accounted for 51.4% of exports, an \
         increase of 2.1 percentage points from the same period last year.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [9.3e12, 10.4, 2.8, 8.7, 51.4, 2.1]);
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(labels[2], "Sales in eastern regions, change");
    assert_eq!(labels[3], "Sales in northeastern regions, change");
    assert_eq!(
        labels[5],
        "Private enterprises, share of exports, change year on year"
    );
}

#[test]
fn points_said_of_a_growth_rate_are_its_change() {
    let got = read(
        "The annual revenue of the telecom business reached 1.47 trillion yuan with a \
         year-on-year growth of 8%, up 4.4 percentage points year on year. Industrial output \
         increased by 8.5%, 3.2 percentage points higher than that of the first two months.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Annual revenue of the telecom business",
            "Annual revenue of the telecom business, change year on year",
            "Annual revenue of the telecom business growth, change year on year",
            "Industrial output, change",
            "Industrial output growth, change from the first two months",
        ]
    );
}

#[test]
fn names_with_decimals_units_without_a_unit_and_compound_adjectives() {
    let got = read(
        "The PM2.5 concentration in cities at prefecture level and above dropped to 30 \
         micrograms per cubic meter. In the first eight months, the number of passengers \
         handled by civil airports reached 420 million. Railway operating mileage exceeded \
         155,000 km, including 42,000 km of high-speed railways.",
    );
    let read: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        read,
        [
            // "PM2.5" is a name, not the figure 5; micrograms are no things counted.
            (
                "PM2.5 concentration in cities at prefecture level and above",
                30.0
            ),
            ("Number of passengers handled by civil airports", 420e6),
            ("Railway operating mileage", 155_000.0),
            ("High-speed railways", 42_000.0),
        ]
    );
}

#[test]
fn goals_kept_lists_of_goals_and_what_things_are_said_of() {
    let got = read(
        "The per capita disposable income of rural residents reached 21,691 yuan last year. We \
         aim to keep the urban surveyed unemployment rate at around 5.5 percent this year, and \
         create over 12 million new urban jobs.\n\nThe country has 2.9 million charging piles, \
         accounting for more than 60 percent of the world total. Among them, 1.2 million were \
         built in rural areas. Investment in research and development topped 3.3 trillion \
         yuan, an increase of 8.1 percent over the previous year, and its ratio to GDP reached \
         2.64 percent.",
    );
    let read: Vec<(&str, Kind)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        read,
        [
            (
                "Per capita disposable income of rural residents",
                Kind::Level
            ),
            ("Urban surveyed unemployment rate", Kind::Target),
            ("New urban jobs", Kind::Target),
            ("Charging piles", Kind::Level),
            ("Charging piles, share of world total", Kind::Share),
            ("Charging piles, built in rural areas", Kind::Level),
            ("Investment in research and development", Kind::Level),
            (
                "Investment in research and development, change",
                Kind::Change
            ),
            // A ratio to GDP is a part of GDP: a share, as the labellers read "ratio".
            (
                "Investment in research and development, ratio to GDP",
                Kind::Share
            ),
        ]
    );
}

#[test]
fn growth_at_a_rate_pulls_clauses_between_commas_and_ages_of_a_group() {
    let got = read(
        "From 2019 to 2023, the economy grew at an average annual rate of 5.5 percent. The \
         contribution of final consumption to economic growth was 82.5 percent, pulling GDP up \
         by 4.3 percentage points. The CPI went up by 0.2 percent in 2023, and the core CPI, \
         excluding food and energy, rose by 0.7 percent. In December, the unemployment rate of \
         people aged 16 to 24 was 14.9 percent.",
    );
    let read: Vec<(&str, f64, Kind)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
    assert_eq!(
        read,
        [
            ("Economy, change", 5.5, Kind::Change),
            (
                "Contribution of final consumption to economic growth",
                82.5,
                Kind::Share
            ),
            (
                "Final consumption, contribution to GDP growth",
                4.3,
                Kind::Change
            ),
            ("CPI, change", 0.2, Kind::Change),
            ("Core CPI, change", 0.7, Kind::Change),
            // The ages name the group: no figures 16 and 24.
            (
                "Unemployment rate of people aged 16 to 24",
                14.9,
                Kind::Level
            ),
        ]
    );
}

#[test]
fn terms_times_shares_of_the_total_and_the_top_ten() {
    let got = read(
        "In yuan terms, exports rose 0.6 percent last year. In US dollar terms, exports fell \
         4.6 percent. Trade with Belt and Road countries reached 19.47 trillion yuan, \
         accounting for 46.6 percent. Guangdong's imports and exports totaled 8.3 trillion \
         yuan, 2.1 times the national average. The top 10 ports handled 60 percent of \
         container throughput. Exports of the so-called \"new three\" exceeded 1 trillion yuan \
         for the first time.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Exports in yuan terms, change",
            "Exports in US dollar terms, change",
            "Trade with Belt and Road countries",
            "Trade with Belt and Road countries, share of the total",
            "Guangdong's imports and exports",
            "Guangdong's imports and exports, times national average",
            "Top 10 ports, share of container throughput",
            "Exports of the so-called new three",
        ]
    );
}

#[test]
fn a_long_answer_before_a_question_without_its_askers_line_is_still_an_answer() {
    // A published page drops the outlet's line before the next question: the official's turn
    // ends with the question, yet the official answered and the figures are theirs.
    let d = briefing(
        "Aug. 20, 2024",
        "Thank you for your interest.\n\nFirst, stable production. In the first half of the \
         year, electricity generation increased by 5.3% year on year.\n\nSecond, stable value \
         creation. Their total profit reached 1.4 trillion yuan.\n\nThird, stable \
         contributions.\n\nCould you introduce what SOEs have done in recent years? Thank you.",
    );
    let li = d
        .speakers
        .iter()
        .find(|s| s.id == "li-ming")
        .expect("Li Ming");
    assert_eq!(li.kind, SpeakerKind::Official);
    let got: Vec<(f64, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.period.as_deref()))
        .collect();
    // The first half is said once and carried to the paragraph after it.
    assert_eq!(
        got,
        [
            (5.3, Some("2024-01/2024-06")),
            (1.4e12, Some("2024-01/2024-06"))
        ]
    );
}

#[test]
fn a_question_after_a_page_header_is_not_the_answers() {
    // A short answer, then the next page's header and a question whose outlet line the page
    // left out: the official answered; the question is somebody else's.
    let text = "SCIO briefing on test matters\n\nChina.org.cn | July 26, 2023\n\nLi Ming:\n\n\
                Exports grew by 3.7% in the first half of the year.\n\nSCIO briefing on test \
                matters\n\nChina.org.cn | July 26, 2023\n\nWhat are your expectations for the \
                second half? Thank you.\n\nWang Hong:\n\nImports fell by 2.1% in the same \
                period.\n";
    let d = briefboard::extract::extract("pages.txt", text.as_bytes()).expect("extracts");
    let li = d
        .speakers
        .iter()
        .find(|s| s.id == "li-ming")
        .expect("Li Ming");
    assert_eq!(li.kind, SpeakerKind::Official);
    let values: Vec<f64> = d.indicators.iter().map(|i| i.value).collect();
    assert_eq!(values, [3.7, -2.1]);
}

#[test]
fn minus_signs_lists_of_subjects_and_shares_listed() {
    let got = read(
        "In 2023, final consumption expenditure, gross capital formation, and net exports of \
         goods and services drove the economic growth by 4.3 percentage points, 1.5 percentage \
         points, and -0.6 percentage point, respectively, and contributed 82.5%, 28.9%, and \
         -11.4% to the economic growth, respectively.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [4.3, 1.5, -0.6, 82.5, 28.9, -11.4]);
    assert_eq!(got[1].0, "Gross capital formation, change");
    assert_eq!(got[2].0, "Net exports of goods and services, change");
    let kinds: Vec<Kind> = got.iter().map(|g| g.2).collect();
    assert_eq!(
        kinds,
        [
            Kind::Change,
            Kind::Change,
            Kind::Change,
            Kind::Share,
            Kind::Share,
            Kind::Share
        ]
    );
    // A range said with a dash is no minus; "30 out of 31" counts the 30 only.
    let values: Vec<f64> = read(
        "Prices rose by 5-6% in 2023. Currently, 30 out of 31 provincial regions have \
         launched a response.",
    )
    .iter()
    .map(|g| g.1)
    .collect();
    assert_eq!(values, [5.0, 6.0, 30.0]);
}

#[test]
fn changes_said_with_averages_examples_and_objects() {
    let got = read(
        "The value added by high-tech manufacturing surged by an average of 18.8% annually over \
         the past three years. In the first half of the year, exports of intermediate products \
         increased, such as by 39.3% for automotive components. The new route cut costs by \
         15%, saving 55% in time.",
    );
    let signed: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(
        signed,
        [
            (18.8, Kind::Change),
            (39.3, Kind::Change),
            (-15.0, Kind::Change),
            (-55.0, Kind::Change)
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
fn items_of_a_list_of_goals_are_goals() {
    let got = read(
        "We will build industrial clusters, with 10 competitive industries each worth 500 \
         billion yuan and 20 distinctive industries each worth 100 billion yuan.",
    );
    assert!(got.iter().all(|g| g.2 == Kind::Target), "{got:?}");
}

#[test]
fn labels_leave_out_pronouns_and_the_whole_of_a_part() {
    let got = read(
        "Their total profit reached 1.4 trillion yuan. Currently, 30 out of 31 provincial \
         regions have launched a first-level emergency response. The number of people who \
         returned to poverty fell year by year, down from over 600,000 in 2016 to 200,000 in \
         2017.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(labels[0], "Total profit");
    assert_eq!(labels[1], "Provincial regions");
    assert!(
        labels[2].starts_with("Number of people who returned to poverty"),
        "{labels:?}"
    );
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
fn forecasts_ages_and_bases_of_comparison() {
    // Another's forecast is an estimate, not a goal; ages name a group.
    let d = briefing(
        "Oct. 18, 2021",
        "Major international organizations expect that China's economy will grow by about 8% \
         in 2021. The IMF forecasts that global growth will be 5.9%. The surveyed unemployment \
         rates of the population aged from 16-24 and from 25-29 were 13.6% and 4.8%, \
         respectively.",
    );
    let got: Vec<(f64, Kind, Qualifier)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.kind, i.qualifier))
        .collect();
    let labels: Vec<&str> = d.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels[2..],
        [
            "Surveyed unemployment rates of the population aged from 16-24",
            "Surveyed unemployment rates of the population aged from 25-29"
        ]
    );
    assert_eq!(
        got,
        [
            (8.0, Kind::Change, Qualifier::About),
            // A rate of growth is a change.
            (5.9, Kind::Change, Qualifier::Estimated),
            (13.6, Kind::Level, Qualifier::Exact),
            (4.8, Kind::Level, Qualifier::Exact),
        ]
    );
    // A base of comparison is no period; a change over several years spans them, one over a
    // single year is of that year.
    let got = read(
        "From 2012 to the end of 2021, the length of railways increased by 1.1 million \
         kilometers. By the end of 2021, passengers made 2.53 billion trips, five times the \
         number in 2012. The density of the network reached 55 kilometers per 100 square \
         kilometers, up 24.6% from that in 2012. In 2023, revenue rose 0.5 percentage points \
         from 2022.",
    );
    let periods: Vec<Option<&str>> = got.iter().map(|g| g.3.as_deref()).collect();
    assert_eq!(
        periods,
        [
            Some("2012/2021"),
            Some("2021-12"),
            Some("2021-12"),
            Some("2012/2021"),
            Some("2023")
        ]
    );
}

#[test]
fn what_is_left_before_a_goal_said_after_but_is_no_goal() {
    let got = read(
        "52 counties and 5.51 million people have not been lifted out of poverty, but it is our \
         task to accomplish by the end of this year.",
    );
    assert!(got.iter().all(|g| g.2 == Kind::Level), "{got:?}");
}

#[test]
fn names_with_numbers_nominal_and_real_changes_and_changes_up_by() {
    let got = read(
        "We saw the launch of Tianwen 1 Mars probe, the completion of Shenzhou 12 and Shenzhou \
         13, and 12 other missions. In the first quarter, the per capita disposable income of \
         residents was 9,730 yuan, a nominal increase of 13.7% year on year, or a real increase \
         of 13.7% year on year after deducting price factors. In March, employees worked 46.9 \
         hours per week on average, up by 0.6 hours compared with February.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [12.0, 9730.0, 13.7, 13.7, 46.9, 0.6]);
    assert_eq!(
        got[2].0,
        "Per capita disposable income of residents, nominal change year on year"
    );
    assert_eq!(
        got[3].0,
        "Per capita disposable income of residents, real change year on year"
    );
    assert_eq!(got[5].2, Kind::Change);
}

#[test]
fn subjects_after_the_tail_of_the_figure_before_and_pairs_said_to_from() {
    let got = read(
        "Crude oil output saw a 0.9% year-on-year growth and raw coal output increased by 1.2% \
         year on year. During the quarter, private enterprises witnessed a growth rate 6.8 \
         percentage points higher than that of foreign trade in total. The IMF estimated that \
         the global economic growth rate will be lowered to 5.9% from 6.2% in 2021.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(labels[1], "Raw coal output, change year on year");
    assert!(labels[2].starts_with("Private enterprises"), "{labels:?}");
    // "to 5.9 % from 6.2 %": the figure after "from" is where it started.
    assert_eq!(labels[3], "Global economic growth rate, end of period");
    assert_eq!(labels[4], "Global economic growth rate, start of period");
    assert!(got[3..].iter().all(|g| g.2 == Kind::Change), "{got:?}");
}

#[test]
fn where_a_rate_was_measured_is_no_figure_and_makes_another_measure() {
    let got = read(
        "In March, the surveyed urban unemployment rate was 5.3%. The surveyed unemployment rate \
         of population with local household registration was 5.3%. The surveyed urban \
         unemployment rate in 31 major cities was 5.3%, 0.2 percentage points lower than that \
         in February.",
    );
    let labels: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    // Three measures of the same value, not one said three times; "31" is no figure.
    assert_eq!(
        labels,
        [
            ("Surveyed urban unemployment rate", 5.3),
            (
                "Surveyed unemployment rate of population with local household registration",
                5.3
            ),
            ("Surveyed urban unemployment rate in 31 major cities", 5.3),
            (
                "Surveyed urban unemployment rate in 31 major cities, change",
                -0.2
            ),
        ]
    );
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
