//! The extraction rules on small made-up transcripts: what is a figure and what is not, units,
//! scale words, qualifiers, directions, periods and targets, header dates, askers.

use briefboard::dataset::{Dataset, Kind, Qualifier, SpeakerKind, Unit};
use briefboard::extract::extract;

/// A transcript with one official ("Li Ming"), a chairperson, the official's `body` and an
/// asker whose question holds figures of its own (which must never be extracted).
fn briefing(date: &str, body: &str) -> Dataset {
    let text = format!(
        "SCIO briefing on test matters\nBeijing | 10 a.m. {date}\n\nSpeakers\n\nLi Ming, minister of tests\n\n\
         Chairperson\n\nWang Fang, spokesperson of the SCIO\n\nWang Fang:\n\nWe will take 2 questions, 45% of the time.\n\n\
         _ueditor_page_break_tag_\n\nDaily Paper:\n\nSales grew by 99% in 2023. Thank you.\n\nLi Ming:\n\n{body}\n\n\
         /5    Group photo\n"
    );
    extract("test.txt", text.as_bytes()).expect("the test transcript extracts")
}

/// (value, unit, qualifier, kind, period) of every indicator, in order.
fn figures(d: &Dataset) -> Vec<(f64, Unit, Qualifier, Kind, Option<String>)> {
    d.indicators
        .iter()
        .map(|i| (i.value, i.unit, i.qualifier, i.kind, i.period.clone()))
        .collect()
}

fn values(body: &str) -> Vec<f64> {
    briefing("July 5, 2024", body)
        .indicators
        .iter()
        .map(|i| i.value)
        .collect()
}

#[test]
fn header_speakers_chair_askers_and_dates() {
    let d = briefing("Feb. 26, 2021", "We built 12 bridges.");
    assert_eq!(d.source.date, "2021-02-26");
    assert_eq!(d.source.title, "SCIO briefing on test matters");
    let kinds: Vec<(&str, SpeakerKind)> =
        d.speakers.iter().map(|s| (s.id.as_str(), s.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("li-ming", SpeakerKind::Official),
            ("wang-fang", SpeakerKind::Chairperson),
            ("daily-paper", SpeakerKind::Asker)
        ]
    );
    assert_eq!(d.speakers[0].role, "minister of tests");
    assert_eq!(d.speakers[0].name_zh, None);
    assert_eq!(
        briefing("Sept. 3, 2019", "We built 12 bridges.")
            .source
            .date,
        "2019-09-03"
    );
    // Only the official's figure: not the chairperson's 45 %, not the asker's 99 %.
    assert_eq!(values("We built 12 bridges."), [12.0]);
}

#[test]
fn identifiers_ordinals_dates_times_and_group_sizes_are_not_figures() {
    let body = "The 20th National Congress and the 14th Five-Year Plan set the course. \
        We use 5G, 6G, 5G-A, 2G and IPv6 on the C919 and the ARJ21, and Chang'e-6 landed on June 28. \
        Since April 20, 1994, after 30 years of development, sales ranked first for 11 consecutive years. \
        We focus on the 10 key industries and these 50 cities, in three words, with four measures. \
        Water use per 10,000 yuan fell. The 2024 World Conference opened at 10 a.m. in 1994.";
    assert_eq!(values(body), Vec::<f64>::new());
}

#[test]
fn separators_decimals_scale_words_and_units() {
    let d = briefing(
        "July 5, 2024",
        "We returned 1,935.3 grams of samples. Sales reached 39.9 trillion yuan. \
         We built 3.837 million stations. Waste reached 2.2 billion metric tons. \
         Computing power reached 230 EFLOPS, capable of 230 quintillion floating-point operations per second. \
         The first line ran at 64 Kbps. Networks went from 10 megabits to 1 gigabit. \
         Payments have grown by 239 times compared to 2012.",
    );
    let got: Vec<(f64, Unit)> = d.indicators.iter().map(|i| (i.value, i.unit)).collect();
    assert_eq!(
        got,
        [
            (1_935.3, Unit::Gram),
            (39.9e12, Unit::Yuan),
            (3_837_000.0, Unit::Count),
            (2.2e9, Unit::Tonne),
            (2.3e20, Unit::Flops),
            (64_000.0, Unit::BitPerSecond),
            (1e7, Unit::BitPerSecond),
            (1e9, Unit::BitPerSecond),
            (239.0, Unit::Times),
        ]
    );
}

#[test]
fn number_words_count_only_for_things_delivered() {
    assert_eq!(
        values(
            "Six C919 large passenger aircrafts have been delivered. A total of 139 ARJ21 regional aircrafts have been delivered, three of which have been delivered overseas."
        ),
        [6.0, 139.0, 3.0]
    );
    assert_eq!(
        values("The industrial internet has built five major systems in two years."),
        Vec::<f64>::new()
    );
}

#[test]
fn qualifiers() {
    use Qualifier::{About, AtLeast, Exact, Nearly, Over};
    let d = briefing(
        "July 5, 2024",
        "We have over 501,000 firms. More than 90% of villages have 5G. Penetration has exceeded 60%. \
         Shares both exceed 50%. About 13% of GDP is new. We will build approximately 200 parks. \
         We have nearly 20 million names. At least 7 ships sailed. We have 463,000 enterprises.",
    );
    let got: Vec<Qualifier> = d.indicators.iter().map(|i| i.qualifier).collect();
    assert_eq!(
        got,
        [Over, Over, Over, Over, About, About, Nearly, AtLeast, Exact]
    );
}

#[test]
fn falls_are_negative_changes() {
    let d = briefing(
        "July 5, 2024",
        "Energy use per unit cumulatively decreased by 6.8%. The cycle has been shortened by about 30%. \
         Efficiency has increased by nearly 30%. Output grew by 7.5% and 10% year on year, respectively. \
         Growth was 1.6 percentage points higher than in 2023.",
    );
    let got: Vec<(f64, Kind)> = d.indicators.iter().map(|i| (i.value, i.kind)).collect();
    assert_eq!(
        got,
        [
            (-6.8, Kind::Change),
            (-30.0, Kind::Change),
            (30.0, Kind::Change),
            (7.5, Kind::Change),
            (10.0, Kind::Change),
            (1.6, Kind::Change)
        ]
    );
    assert_eq!(d.indicators[5].unit, Unit::PercentagePoint);
    assert_eq!(
        d.indicators[5].period, None,
        "\"than in 2023\" is the base, not the period"
    );
}

#[test]
fn periods_resolved_against_the_briefing_date() {
    let d = briefing(
        "July 5, 2024",
        "In 2023, output reached 15.7%. Last year, the share was 31.7%. \
         From January to May this year, output increased by 6.2%. In May, output grew by 7.5%. \
         By the end of June, we had cultivated 140,000 firms. As of the end of last year, there were 153 factories. \
         During the first two years of the 14th Five-Year Plan (2021-2025) period, use decreased by 6.8%. \
         From 2021 to 2023, water use decreased by 20.3%. In the first five months of this year, output grew by 3%. \
         By the end of 2023, the rate rose from 15% in 2018 to over 50%. We counted 42 towers.",
    );
    let got: Vec<Option<&str>> = d.indicators.iter().map(|i| i.period.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("2023"),
            Some("2023"),
            Some("2024-01/2024-05"),
            Some("2024-05"),
            Some("2024-06"),
            // "As of the end of last year": the stock at the end of December 2023.
            Some("2023-12"),
            Some("2021/2022"),
            Some("2021/2023"),
            Some("2024-01/2024-05"),
            Some("2018"),
            Some("2023-12"),
            // A period said carries to the figures after it until another is said.
            Some("2023-12"),
        ]
    );
}

#[test]
fn targets_by_a_future_year_and_for_this_year() {
    let d = briefing(
        "July 5, 2024",
        "We will strive to achieve full coverage of digital transformation in key industrial parks by 2027. \
         Moreover, we will build approximately 200 high-standard digital industrial parks. \
         By 2030, we will strive to basically complete a round of digital transformation for all industrial enterprises. \
         China has developed 200 national SME characteristic industrial clusters and plans to approve approximately 100 more this year.",
    );
    let got = figures(&d);
    let t = |v: f64, u: Unit, q: Qualifier, y: &str| (v, u, q, Kind::Target, Some(y.to_owned()));
    assert_eq!(
        got,
        [
            t(100.0, Unit::Percent, Qualifier::Exact, "2027"),
            t(200.0, Unit::Count, Qualifier::About, "2027"),
            t(100.0, Unit::Percent, Qualifier::Exact, "2030"),
            (200.0, Unit::Count, Qualifier::Exact, Kind::Level, None),
            t(100.0, Unit::Count, Qualifier::About, "2024"),
        ]
    );
}

#[test]
fn a_fact_said_twice_is_one_indicator_with_two_mentions() {
    let d = briefing(
        "July 5, 2024",
        "We have established 30 national manufacturing innovation centers. We also built 23 zones.\n\n\
         China has built 30 state-level manufacturing innovation centers, which matter.",
    );
    assert_eq!(d.indicators.len(), 2);
    let centers = &d.indicators[0];
    assert!((centers.value - 30.0).abs() < 1e-9);
    assert_eq!(centers.mentions.len(), 2);
    assert!(
        centers.mentions[1]
            .quote
            .starts_with("China has built 30 state-level")
    );
}

#[test]
fn the_extractor_names_computing_power_itself() {
    // "Computing power" names the figure without a correction.
    let d = briefing(
        "July 5, 2024",
        "Our computing power has reached 230 EFLOPS.",
    );
    assert_eq!(d.indicators[0].id, "computing-power");
    assert_eq!(d.indicators[0].label, "Computing power");
}

#[test]
fn periods_of_lists_months_and_the_clause_before() {
    let d = briefing(
        "July 16, 2018",
        "The surveyed unemployment rate in May and June was 4.8 percent. Its growth in the \
         first half of this year is 9.4 percent, and that of the first and second quarter is \
         9.8 percent and 9.0 percent respectively. By the end of June, 2.83 trillion yuan had \
         been issued.",
    );
    let got: Vec<Option<&str>> = d.indicators.iter().map(|i| i.period.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("2018-05/2018-06"),
            Some("2018-01/2018-06"),
            // The first and the second quarter, respectively.
            Some("2018-01/2018-03"),
            Some("2018-04/2018-06"),
            // "By the end of June," is the clause just before the figure.
            Some("2018-06"),
        ]
    );
}

/// (label, value, kind, period) of every indicator, in order.
fn read(body: &str) -> Vec<(String, f64, Kind, Option<String>)> {
    briefing("July 15, 2024", body)
        .indicators
        .iter()
        .map(|i| (i.label.clone(), i.value, i.kind, i.period.clone()))
        .collect()
}

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
            (
                "Investment in research and development, ratio to GDP",
                Kind::Level
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
