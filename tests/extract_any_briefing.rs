//! The rules for briefings of any ministry, each on a small made-up transcript whose figures
//! are known: speakers without a header, unlabelled questions, dates, units, ranks, ranges,
//! number words, page furniture, excerpts cut mid-sentence, bounded sentences, and pages.

use briefboard::dataset::{Dataset, Kind, Qualifier, SpeakerKind, Unit};
use briefboard::extract::extract;

fn run(text: &str) -> Dataset {
    extract("made-up.txt", text.as_bytes()).expect("the made-up transcript extracts")
}

/// A header-less briefing: an outlet asks, an official answers `body`.
fn answer(body: &str) -> Dataset {
    run(&format!(
        "SCIO briefing on test matters\n\nPhoenix TV:\nWhat progress has been made? Thank you.\nZhang Wei:\n{body}\n"
    ))
}

fn kind(d: &Dataset, name: &str) -> Option<SpeakerKind> {
    d.speakers.iter().find(|s| s.name == name).map(|s| s.kind)
}

fn figures(d: &Dataset) -> Vec<(f64, Unit)> {
    d.indicators.iter().map(|i| (i.value, i.unit)).collect()
}

#[test]
fn without_a_header_people_answer_and_outlets_ask() {
    let d = run("Briefing on jobs\n\n\
        Li Hua:\nGood morning. Let's give the floor to Mr. Zhang Wei, vice minister of human resources and social security.\n\
        Zhang Wei:\nWe created 12 million urban jobs.\n\
        China National Radio (CNR):\nHow many jobs were created, at 5% growth? Thank you.\n\
        Zhang Wei:\nYes, we created 12 million urban jobs.\n\
        Chen Jing:\nWhat about pensions? Are 30 million covered?\n\
        Li Hua:\nThe next question, please. Today's press conference is concluded.\n");
    assert_eq!(kind(&d, "Zhang Wei"), Some(SpeakerKind::Official));
    assert_eq!(kind(&d, "Li Hua"), Some(SpeakerKind::Chairperson));
    assert_eq!(
        kind(&d, "China National Radio (CNR)"),
        Some(SpeakerKind::Asker)
    );
    // A person whose turns are questions asks.
    assert_eq!(kind(&d, "Chen Jing"), Some(SpeakerKind::Asker));
    let zhang = d
        .speakers
        .iter()
        .find(|s| s.name == "Zhang Wei")
        .expect("Zhang Wei");
    assert_eq!(
        zhang.role,
        "vice minister of human resources and social security"
    );
    // Only the official's figure, said twice: one indicator, two mentions.
    assert_eq!(figures(&d), [(12e6, Unit::Count)]);
    assert_eq!(d.indicators[0].mentions.len(), 2);
}

#[test]
fn a_question_without_its_outlet_label_is_not_the_officials() {
    let d = run(
        "Briefing on trade\n\nWang Fang:\nExports grew by 7.1% in 2023.\n\n\
        Many measures were taken. Did exports reach 20 trillion yuan? What will be done next? Thank you.\n\n\
        Wang Fang:\nImports reached 18 trillion yuan.\n",
    );
    assert_eq!(figures(&d), [(7.1, Unit::Percent), (18e12, Unit::Yuan)]);
}

#[test]
fn text_before_any_turn_line_is_the_unnamed_speakers_and_a_cut_end_is_quoted() {
    let text = "We have established 20 national data centers and 98 stations.\n\n\
        What progress has been made? What steps will be";
    let d = run(text);
    assert_eq!(figures(&d), [(20.0, Unit::Count), (98.0, Unit::Count)]);
    let who = d
        .speaker(&d.indicators[0].mentions[0].speaker)
        .expect("speaker");
    assert_eq!(who.name, "Unnamed speaker");
    // The first line is a sentence, not a title: the file name stands for it.
    assert_eq!(d.source.title, "made-up");
    let cut = run("Li Bin:\nWe built 45 hospitals, covering over 4.5 billion");
    let last = cut.indicators.last().expect("the cut figure");
    assert!((last.value - 4.5e9).abs() < 1.0);
    assert_eq!(last.qualifier, Qualifier::Over);
    assert!(last.mentions[0].quote.ends_with("over 4.5 billion"));
}

#[test]
fn page_furniture_is_not_speech() {
    let d = run("Home >  Press Room >\n\nPress conference on roads\n\n\
        0 Comment(s)Print E-mail China.org.cn, November 2, 2021\nAdjust font size:\n\n\
        Liu Yang:\nWe built 5,000 km of roads.\n\n<  1  2  3  4  5  \n");
    assert_eq!(d.source.title, "Press conference on roads");
    assert_eq!(d.source.date, "2021-11-02");
    assert_eq!(figures(&d), [(5000.0, Unit::Kilometre)]);
}

#[test]
fn units_of_other_ministries() {
    let d = answer(
        "GDP grew by 4.5 percent. Output saw a 5.2-percent growth. Sales rose 3 per cent. \
         Trade reached US$1.2 trillion. Investment reached 1.5 trillion U.S. dollars. \
         We built 12,000 kilometers of railways and restored 3.5 million hectares of forest, 20 million mu of farmland, \
         and 1.2 billion kilowatts of power capacity.",
    );
    assert_eq!(
        figures(&d),
        [
            (4.5, Unit::Percent),
            (5.2, Unit::Percent),
            (3.0, Unit::Percent),
            (1.2e12, Unit::UsDollar),
            (1.5e12, Unit::UsDollar),
            (12_000.0, Unit::Kilometre),
            (3.5e6, Unit::Hectare),
            (2e7, Unit::Mu),
            (1.2e9, Unit::Kilowatt),
        ]
    );
    assert_eq!(d.indicators[0].kind, Kind::Change);
}

#[test]
fn ranks_ranges_changes_estimates_and_number_words() {
    let d = answer(
        "China rose from 29th place in 2015 to 14th in 2020. \
         We committed to a 40 to 45 percent reduction. \
         The number grew, an increase of 3.3 times. \
         Spending was estimated to be 2.4% of GDP. \
         Two million visitors came, and three of which have been delivered overseas.",
    );
    let got: Vec<(f64, Unit)> = figures(&d);
    assert_eq!(
        got,
        [
            (29.0, Unit::Rank),
            (14.0, Unit::Rank),
            (-40.0, Unit::Percent),
            (-45.0, Unit::Percent),
            (3.3, Unit::Times),
            (2.4, Unit::Percent),
            (2e6, Unit::Count),
            (3.0, Unit::Count),
        ]
    );
    let periods: Vec<Option<&str>> = d.indicators[..2]
        .iter()
        .map(|i| i.period.as_deref())
        .collect();
    assert_eq!(periods, [Some("2015"), Some("2020")]);
    assert_eq!(d.indicators[4].kind, Kind::Change);
    assert_eq!(d.indicators[5].qualifier, Qualifier::Estimated);
}

#[test]
fn clock_times_and_abbreviated_dates_are_not_figures() {
    let d =
        answer("As of 24:00 on Jan. 25, confirmed cases had increased to 618, with 40 discharged.");
    assert_eq!(figures(&d), [(618.0, Unit::Count), (40.0, Unit::Count)]);
}

#[test]
fn a_sentence_is_bounded_and_quotes_still_hold() {
    let long = "we built 12 stations and 3 parks ".repeat(100);
    let text = format!("Briefing\nJuly 5, 2024\n\nLi Ming:\n{long}\n");
    let d = run(&text);
    for i in &d.indicators {
        for m in &i.mentions {
            assert!(m.quote.len() <= 1000, "{}", m.quote.len());
            assert_eq!(&text[m.start..m.end], m.quote);
        }
    }
    assert!(d.indicators.iter().any(|i| (i.value - 12.0).abs() < 1e-9));
}

#[test]
fn a_briefing_of_another_ministry_has_its_own_themes_and_pages() {
    let d = run(
        "SCIO briefing on health\nBeijing | 3 p.m. Jan. 26, 2020\n\n\
        Li Bin:\nThe number of confirmed cases reached 618, and 45 patients died in hospitals. \
        Farmers harvested 650 million tons of grain.\n",
    );
    assert_eq!(d.source.date, "2020-01-26");
    let themes: Vec<&str> = d.themes.iter().map(|t| t.id.as_str()).collect();
    assert!(themes.contains(&"health"), "{themes:?}");
    assert!(themes.contains(&"agriculture"), "{themes:?}");
    let pages = briefboard::charts::pages(&d);
    let ids: Vec<&str> = pages.iter().map(|p| p.id.as_str()).collect();
    // None of the MIIT pages: this briefing has none of their figures.
    for named in briefboard::charts::named_page_ids() {
        assert!(!ids.contains(&named), "{ids:?}");
    }
    assert!(!ids.is_empty());
    // The seed keeps its four named pages and its seven themes.
    let seed = Dataset::embedded();
    let seed_pages = briefboard::charts::pages(&seed);
    for named in briefboard::charts::named_page_ids() {
        assert!(seed_pages.iter().any(|p| p.id == named), "{named}");
    }
    assert_eq!(seed.themes.len(), 7);
}

#[test]
fn fractions_doubling_and_half_years() {
    let d = run(
        "Briefing on energy\nBeijing | 10 a.m. July 16, 2021\n\nLi Ming:\n\
        Non-fossil sources account for nearly half of the installed capacity. \
        Exports reached one-third of the total. Output has doubled since 2012. \
        In the first half of this year, sales grew by 8.2%.\n",
    );
    let got: Vec<(f64, Unit, Qualifier, Kind)> = d
        .indicators
        .iter()
        .map(|i| ((i.value * 10.0).round() / 10.0, i.unit, i.qualifier, i.kind))
        .collect();
    assert_eq!(
        got,
        [
            (50.0, Unit::Percent, Qualifier::Nearly, Kind::Share),
            (33.3, Unit::Percent, Qualifier::Exact, Kind::Share),
            (2.0, Unit::Times, Qualifier::Exact, Kind::Change),
            (8.2, Unit::Percent, Qualifier::Exact, Kind::Change),
        ]
    );
    assert_eq!(d.indicators[3].period.as_deref(), Some("2021-01/2021-06"));
    // "The first half of 2021" is a period, not half of anything.
    let none = run("Briefing\nJuly 16, 2021\n\nLi Ming:\nWe review the first half of 2021.\n");
    assert!(none.indicators.is_empty());
}

#[test]
fn spans_of_changes_days_of_counts_and_commitments() {
    let d = run(
        "Briefing on jobs\nBeijing | 3 p.m. Jan. 26, 2020\n\nLi Ming:\n\
        Employees increased from 180 million in 1949 to 780 million in 2018, an increase of 3.3 times. \
        Between 1949 and 2018, the population saw an increase of 160%. \
        Carbon intensity in 2019 decreased by 18.8 percent compared with that in 2015. \
        We made a commitment to achieve a 40 to 45 percent reduction. \
        As of 24:00 on Jan. 25, confirmed cases had increased to 618.\n",
    );
    let got: Vec<(f64, Kind, Option<&str>)> = d
        .indicators
        .iter()
        .map(|i| (i.value, i.kind, i.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (180e6, Kind::Level, Some("1949")),
            (780e6, Kind::Level, Some("2018")),
            (3.3, Kind::Change, Some("1949/2018")),
            (160.0, Kind::Change, Some("1949/2018")),
            (-18.8, Kind::Change, Some("2015/2019")),
            // A 40 to 45 percent reduction is a goal of a fall: both ends negative.
            (-40.0, Kind::Target, None),
            (-45.0, Kind::Target, None),
            (618.0, Kind::Level, Some("2020-01-25")),
        ]
    );
    assert!(d.validate(None).is_empty(), "{:?}", d.validate(None));
}

#[test]
fn json_is_not_a_transcript() {
    let err = extract("figures.json", b"  {\"schema_version\": 1}").expect_err("JSON is refused");
    assert!(
        err.to_string()
            .starts_with("figures.json: line 1: this is JSON"),
        "{err}"
    );
}

#[test]
fn pages_joined_keep_one_title_and_no_share_bar_speaker() {
    let d = run(
        "SCIO briefing on water resources | August 13, 2024\n\nPhoenix TV:\nWhat progress has been made? Thank you.\n\
         Wu Ming:\nA total of 26 provinces have invested more than 10 billion yuan.\n\n分享缩略图\n\n\
         SCIO briefing on water resources | August 13, 2024\n\nShare:\n\nCNR:\nAnd the next step?\n\
         Wu Ming:\nWe have issued 630,000 licenses.\n",
    );
    assert_eq!(d.source.title, "SCIO briefing on water resources");
    assert_eq!(d.source.date, "2024-08-13");
    let names: Vec<&str> = d.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Phoenix TV", "Wu Ming", "CNR"]);
    let values: Vec<f64> = d.indicators.iter().map(|i| i.value).collect();
    assert_eq!(values, [26.0, 1e10, 630_000.0]);
}

#[test]
fn kinds_said_by_reference_parts_and_red_lines() {
    let d = answer(
        "Its growth in the first half of this year is 9.4 percent, and that of the first \
         quarter is 9.8 percent. By the end of September, 2.83 trillion yuan, or 90%, had been \
         issued. We will abide by the red line for 120 million hectares of farmland.",
    );
    let got: Vec<(f64, Kind)> = d.indicators.iter().map(|i| (i.value, i.kind)).collect();
    assert_eq!(
        got,
        [
            // A rate of growth, and "that of" the same measure.
            (9.4, Kind::Change),
            (9.8, Kind::Change),
            (2.83e12, Kind::Level),
            // "or 90%": a part of the amount said before.
            (90.0, Kind::Share),
            // A red line is a goal.
            (1.2e8, Kind::Target),
        ]
    );
}
