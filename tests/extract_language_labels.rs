//! The extraction rules on made-up sentences in the language of briefings (rounds two and
//! three of "What each figure means"), labels: whose and which, items of lists said "respectively", what a figure is said of
//! after the figure before, names with numbers, where a rate was measured. Each value was read from the sentence by a
//! person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Kind;
use briefing::read;

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
fn labels_leave_out_pronouns_and_the_whole_of_a_part() {
    let got = read(
        "Their total profit reached 1.4 trillion yuan. Currently, 30 out of 31 provincial \
         regions have launched a first-level emergency response. The number of people who \
         returned to poverty fell year by year, down from over 600,000 in 2016 to 200,000 in \
         2017.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(labels[0], "Total profit");
    assert_eq!(
        labels[1],
        "Provincial regions that launched a first-level emergency response"
    );
    assert!(
        labels[2].starts_with("Number of people who returned to poverty"),
        "{labels:?}"
    );
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
        "Per capita disposable income of residents, nominal change y/y"
    );
    assert_eq!(
        got[3].0,
        "Per capita disposable income of residents, real change y/y"
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
fn things_counted_say_what_they_did_or_had_done_to_them() {
    let got = read(
        "A total of 420 trucks and 3,100 vans have been requisitioned to meet delivery needs. \
         So far, more than 250,000 graduates have returned to their home towns and opened \
         shops. Some 38 townships and 1,204 hamlets have not been connected to the grid. We \
         have re-examined 17 reservoirs this spring. More than 600 logistics firms have opened \
         offices in the new district.",
    );
    let read: Vec<(&str, f64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        read,
        [
            ("Trucks requisitioned", 420.0),
            ("Vans requisitioned", 3100.0),
            (
                "Graduates who returned to their home towns and opened shops",
                250_000.0
            ),
            ("Townships not connected to the grid", 38.0),
            ("Hamlets not connected to the grid", 1204.0),
            ("Reservoirs re-examined", 17.0),
            (
                "Logistics firms that opened offices in the new district",
                600.0
            ),
        ]
    );
}

#[test]
fn a_place_said_after_a_list_of_two_is_each_items_and_adverbs_name_nothing() {
    let got = read(
        "During the same period, exports of machinery and textiles to Belt and Road countries \
         also rose by 6.1% and 3.2%, respectively. Overseas firms launched 312 projects there.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Exports of machinery to Belt and Road countries, change",
            "Exports of textiles to Belt and Road countries, change",
            "Projects launched",
        ]
    );
}

#[test]
fn a_list_of_three_goes_with_each_group_of_three_figures() {
    let got = read(
        "In the third quarter, household spending, business investment, and net exports of \
         services drove growth by 3.1 percentage points, 0.9 percentage point, and -0.4 \
         percentage point and made up 71%, 20.5%, and -9.2% of it.",
    );
    // Which item each figure is of (what the label then says of it is tested elsewhere).
    let items = [
        "Household spending",
        "Business investment",
        "Net exports of services",
    ];
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [3.1, 0.9, -0.4, 71.0, 20.5, -9.2]);
    for (k, g) in got.iter().enumerate() {
        let item = items[k % 3];
        assert!(
            g.0.starts_with(item) && !items.iter().any(|o| *o != item && g.0.contains(o)),
            "{k}: {} is not of {item}",
            g.0
        );
    }
}

#[test]
fn that_of_names_another_thing_of_the_same_measure_and_hours_say_what_they_are() {
    let got = read(
        "The enrolment rate of children in rural counties was 91.2% and that of children in \
         urban districts was 97.5%. Last month, nurses in public hospitals worked 45.1 hours \
         per week on average, up by 0.4 hours from the month before.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Enrolment rate of children in rural counties",
            "Enrolment rate of children in urban districts",
            "Nurses in public hospitals, hours worked per week",
            "Nurses in public hospitals, hours worked per week, change",
        ]
    );
}

#[test]
fn figures_said_for_items_name_the_item() {
    let got = read(
        "In the first quarter, imports of farm machinery from ASEAN countries rose, such as by \
         12.5% for harvesters and 8.1% for seed drills.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Imports of harvesters from ASEAN countries, change",
            "Imports of seed drills from ASEAN countries, change",
        ]
    );
}

#[test]
fn openers_under_and_throughout_are_not_what_is_measured() {
    let got = read(
        "Under the new inspection procedures, the freight carried by the Kunming line reached \
         2.1 million tonnes, up 35.2% year on year. The average profit per head throughout the \
         year was 41 yuan.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Freight carried by the Kunming line",
            "Freight carried by the Kunming line, change year on year",
            "Average profit per head",
        ]
    );
}

#[test]
fn figures_said_again_each_year_and_things_a_verb_did_to() {
    let got = read(
        "China has installed more than 100 million kilowatts of wind and light energy for three \
         consecutive years.\n\nInclusive loans to micro and small businesses have grown by \
         around 20% for four straight years.\n\nThe value added by high-tech manufacturing \
         surged by an average of 18.8% annually over the past three years.\n\nThe unemployment \
         rate stayed below 5.5 percent for three consecutive years.\n\nAdditionally, we \
         strengthened evacuation protocols during extreme weather, evacuating 130,000 \
         miners.\n\nIn 2023, China-Europe freight trains made 17,000 trips.",
    );
    let labels: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Wind and light energy installed per year",
            "Inclusive loans to micro and small businesses, annual change",
            "Value added by high-tech manufacturing, average annual change",
            // A rate held for years is no rate per year.
            "Unemployment rate",
            "Miners evacuated",
            "Trips made by China-Europe freight trains",
        ]
    );
}
