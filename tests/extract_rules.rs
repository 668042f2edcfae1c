//! The extraction rules on small made-up transcripts: what is a figure and what is not, units,
//! scale words, qualifiers, directions, periods and targets, header dates, askers.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, SpeakerKind, Unit};
use briefing::{briefing, figures, values};

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

#[test]
fn the_scio_sites_breadcrumbs_are_no_title() {
    for crumbs in [
        "ㄑ Press Room ㄑ Press Conference Transcripts ㄑ Press Conferences of the State Council \
         Information Office",
        "Press RoomPress Conference TranscriptsPress Conferences of the State Council \
         Information Office",
        "Home -  Press Room - ",
    ] {
        let text = format!(
            "{crumbs}\n\nSCIO briefing on trade in H1 2023\n\nJuly 26, 2023\n\n\
             Li Ming:\n\nExports grew by 3.7% in the first half of the year.\n"
        );
        let d = briefboard::extract::extract("crumbs.txt", text.as_bytes()).expect("extracts");
        assert_eq!(d.source.title, "SCIO briefing on trade in H1 2023");
        assert_eq!(d.indicators.len(), 1);
    }
}

#[test]
fn a_first_page_without_its_title_takes_the_headline_of_a_later_page() {
    let text = "Speaker:\nLi Ming, vice minister of tests\nDate:\nJan. 18, 2018\n\nLi Ming:\n\n\
                Exports grew by 3.7% last year.\n\nSCIO briefing on foreign trade in 2017\n\n\
                Imports grew by 2.1% last year.\n";
    let d = briefboard::extract::extract("105.txt", text.as_bytes()).expect("extracts");
    assert_eq!(d.source.title, "SCIO briefing on foreign trade in 2017");
    let values: Vec<f64> = d.indicators.iter().map(|i| i.value).collect();
    assert_eq!(values, [3.7, 2.1]);
}

#[test]
fn a_header_that_opens_the_text_and_the_sites_banners() {
    // "Speakers" on the first line opens the header: no title, the roles are read.
    let text = "Speakers\nLi Ming, vice minister of tests\n\nLi Ming:\n\nExports grew by 3.7%.\n";
    let d = briefboard::extract::extract("14.txt", text.as_bytes()).expect("extracts");
    assert_eq!(d.source.title, "14");
    assert_eq!(d.speakers[0].role, "vice minister of tests");
    // The mobile site's banner and its arrow before a title.
    let text = "CHINA SCIO\n\n ㄑ Press Room\n\nㄑ Publicity Department holds press conference on \
                tests\n\nLi Ming:\n\nExports grew by 3.7%.\n";
    let d = briefboard::extract::extract("38.txt", text.as_bytes()).expect("extracts");
    assert_eq!(
        d.source.title,
        "Publicity Department holds press conference on tests"
    );
}
