//! The extraction rules on made-up sentences in the language of briefings (rounds two and
//! three of "What each figure means"), kinds, signs, qualifiers and goals said the many ways briefings say them: lists that share
//! a verb, growth said in percent, minus signs, averages and examples of a change, goals and
//! lists of goals, others' forecasts. Each value was read from the sentence by a
//! person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, Unit};
use briefing::{briefing, measured, read};

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
            // (Over 60 characters: "the" after a preposition goes.)
            "Annual revenue of the telecom business growth, change y/y",
            "Industrial output, change",
            "Industrial output growth, change from the first two months",
        ]
    );
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
fn items_of_a_list_of_goals_are_goals() {
    let got = read(
        "We will build industrial clusters, with 10 competitive industries each worth 500 \
         billion yuan and 20 distinctive industries each worth 100 billion yuan.",
    );
    assert!(got.iter().all(|g| g.2 == Kind::Target), "{got:?}");
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
fn minus_signs_lists_of_subjects_and_shares_listed() {
    let got = read(
        "In 2023, final consumption expenditure, gross capital formation, and net exports of \
         goods and services drove the economic growth by 4.3 percentage points, 1.5 percentage \
         points, and -0.6 percentage point, respectively, and contributed 82.5%, 28.9%, and \
         -11.4% to the economic growth, respectively.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [4.3, 1.5, -0.6, 82.5, 28.9, -11.4]);
    // Points by which each drove growth are its contribution to that growth.
    assert_eq!(
        got[1].0,
        "Gross capital formation, contribution to economic growth"
    );
    assert_eq!(
        got[2].0,
        "Net exports of goods and services, contribution to growth"
    );
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
    // (Labels over 60 characters lose "the" after a preposition.)
    assert_eq!(
        labels[2..],
        [
            "Surveyed unemployment rates of population aged from 16-24",
            "Surveyed unemployment rates of population aged from 25-29"
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
fn hours_and_working_days_are_durations_not_counts() {
    // Hours worked, a change in hours, a cap in hours and a service's hours are durations;
    // a time limit in working days too.
    let got = read(
        "Last month, factory staff in the province worked an average of 44.2 hours per week, \
         up by 0.7 hours from the month before.",
    );
    let kinds: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(kinds, [(44.2, Kind::Level), (0.7, Kind::Change)], "{got:?}");
    let got = measured(
        "Last month, factory staff in the province worked an average of 44.2 hours per week, \
         up by 0.7 hours from the month before. Rural parcels now arrive within 36 hours, and 17 \
         clinics in the county stay open 24 hours a day. A business licence is issued within \
         2 working days, and pilots may fly no more than 9 hours in a row.",
    );
    assert_eq!(
        got,
        [
            (44.2, Unit::Hour, Qualifier::Exact),
            (0.7, Unit::Hour, Qualifier::Exact),
            (36.0, Unit::Hour, Qualifier::Under),
            (17.0, Unit::Count, Qualifier::Exact),
            (24.0, Unit::Hour, Qualifier::Exact),
            (2.0, Unit::Day, Qualifier::Under),
            (9.0, Unit::Hour, Qualifier::Under),
        ]
    );
}

#[test]
fn clock_times_dates_and_spans_of_days_stay_no_figures() {
    // "at 3 PM", "at 8 a.m. on May 6" and "took 5 days" say when or how long, no figure;
    // the 1,200 volunteers are the figure.
    let got = measured(
        "The hall opened at 3 PM and again at 8 a.m. on May 6. The repairs took 5 days, and \
         1,200 volunteers gave 48 hours each.",
    );
    assert_eq!(
        got,
        [
            (1200.0, Unit::Count, Qualifier::Exact),
            (48.0, Unit::Hour, Qualifier::Exact),
        ]
    );
}

#[test]
fn points_of_an_index_are_no_counts() {
    use briefboard::dataset::Unit;
    let d = briefing::briefing(
        "July 15, 2024",
        "The trade facilitation index rose from 100 in 2015 to 142.6 in 2023. The \
         manufacturing PMI stood at 50.8 in June. The index covers 31 provinces.",
    );
    let got: Vec<(f64, Unit)> = d.indicators.iter().map(|i| (i.value, i.unit)).collect();
    assert_eq!(
        got,
        [
            (100.0, Unit::Index),
            (142.6, Unit::Index),
            (50.8, Unit::Index),
            (31.0, Unit::Count),
        ]
    );
}
