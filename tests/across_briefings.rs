//! Several briefings joined (issue 13), without a window: the linked series of the Across
//! briefings page, speakers across briefings, and the briefings of every figure in the
//! exports. Figures read by a person from `tests/data/across/`, two short MIIT-like
//! transcripts written for these tests: on 19 January 2023 Jin Zhuanglong says "We have built
//! a total of 2.31 million 5G base stations", and the energy consumption per 5G base station
//! site fell by 20 %; on 20 January 2026 Zhao Zhiguo (by then vice minister) says "We have
//! built a total of 4.83 million 5G base stations" and "We aim to build 6 million 5G base
//! stations by 2027". The seed (5 July 2024) has 3.837 million, said by Jin Zhuanglong and
//! Zhao Zhiguo.

use std::path::PathBuf;

use briefboard::charts::{self, MarkStyle};
use briefboard::dataset::Dataset;
use briefboard::dataset::Kind;
use briefboard::filter::{Filter, Selection};
use briefboard::library::Library;
use briefboard::loaded::Loaded;

fn data(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn open(path: &str) -> Loaded {
    Loaded::open(&data(path)).unwrap_or_else(|e| panic!("{e}"))
}

/// The seed and the two made-up MIIT briefings.
fn three() -> Library {
    Library::new(vec![
        Loaded::embedded(),
        open("tests/data/across/miit-2023-01-19.txt"),
        open("tests/data/across/miit-2026-01-20.txt"),
    ])
}

#[test]
fn two_briefings_give_one_linked_series_with_speakers_and_dates() {
    let library = Library::new(vec![
        open("tests/data/across/miit-2023-01-19.txt"),
        open("tests/data/across/miit-2026-01-20.txt"),
    ]);
    let d = library.dataset();
    assert_eq!(d.briefings.len(), 2);
    let model = charts::page_model("across-briefings", d, &Selection::all(d))
        .expect("the Across briefings page exists");
    let chart = model
        .charts
        .iter()
        .find(|c| c.title == "5G base stations built")
        .expect("a chart of 5G base stations");
    let points: Vec<(f64, &str, MarkStyle)> = chart
        .marks
        .iter()
        .map(|m| (m.value, m.label.as_str(), m.style))
        .collect();
    assert_eq!(
        points,
        [
            (
                2_310_000.0,
                // "Last year, …" opens the paragraph: the count is of 2022.
                "19 January 2023 · for 2022 · Jin Zhuanglong",
                MarkStyle::Achieved
            ),
            (
                4_830_000.0,
                "20 January 2026 · Zhao Zhiguo",
                MarkStyle::Achieved
            ),
            (
                6_000_000.0,
                "20 January 2026 · target for 2027 · Zhao Zhiguo",
                MarkStyle::Target
            ),
        ]
    );
    // On a date axis: 19 January 2023 is early in 2023, 20 January 2026 early in 2026.
    assert_eq!(chart.kind, charts::ChartKind::Series);
    let at: Vec<f64> = chart.marks.iter().map(|m| m.at.expect("a date")).collect();
    assert!((at[0] - 2023.05).abs() < 0.02, "{at:?}");
    assert!((at[1] - 2026.05).abs() < 0.02, "{at:?}");
    // Each point is one figure of its own briefing, with its sentence.
    let first = d
        .indicator(&chart.marks[0].indicator_id)
        .expect("the point's figure");
    assert_eq!(d.briefing_of(first).date, "2023-01-19");
    assert!(
        first.mentions[0]
            .quote
            .contains("We have built a total of 2.31 million 5G base stations")
    );
}

#[test]
fn figures_that_share_words_but_measure_something_else_are_not_linked() {
    let library = three();
    let d = library.dataset();
    let series = charts::series(d);
    let five_g = series
        .iter()
        .find(|s| {
            s.members
                .iter()
                .any(|&n| d.indicators[n].measure == "5g-base-stations")
        })
        .expect("a 5G series");
    for &n in &five_g.members {
        let i = &d.indicators[n];
        assert_eq!(i.unit, briefboard::dataset::Unit::Count, "{}", i.label);
        assert_ne!(i.kind, Kind::Change, "{}", i.label);
    }
    // Seed 3.837 million, 2023 2.31 million, 2026 4.83 million and the 6 million target.
    let mut values: Vec<f64> = five_g
        .members
        .iter()
        .map(|&n| d.indicators[n].value)
        .collect();
    values.sort_by(f64::total_cmp);
    assert_eq!(values, [2_310_000.0, 3_837_000.0, 4_830_000.0, 6_000_000.0]);
    // "Energy consumption per 5G base station site" falls by 20 % and 15 %: its own series.
    let energy = series
        .iter()
        .find(|s| {
            s.key
                .measure
                .starts_with("energy-consumption-per-5g-base-station")
        })
        .expect("the energy series");
    assert!(energy.key.change);
    assert!(energy.members.iter().all(|n| !five_g.members.contains(n)));
    // The share of the world's 5G base stations is a percent: never with the counts.
    assert!(series.iter().all(|s| {
        let units: std::collections::HashSet<_> =
            s.members.iter().map(|&n| d.indicators[n].unit).collect();
        units.len() == 1
    }));
}

/// The seed as said again at a later briefing (another transcript: another SHA-256 and date),
/// its figures renamed as a person might.
fn seed_again(date: &str, relabel: &str) -> Loaded {
    let mut d = briefboard::dataset::Dataset::embedded();
    date.clone_into(&mut d.source.date);
    d.source.sha256 = briefboard::dataset::sha256_hex(date.as_bytes());
    d.source.file = format!("{date}.txt");
    for i in &mut d.indicators {
        i.label = format!("{} {relabel}", i.label);
        i.measure_label = None;
    }
    Loaded::without_source(d, String::new(), &format!("{date}.json"))
}

#[test]
fn figures_link_by_their_measure_whatever_it_ends_in_or_their_labels_say() {
    // "full coverage of digital transformation … by 2027" (Xin Guobin), a featured figure
    // whose measure ends in a year: linked by that measure, though the labels differ.
    let library = Library::new(vec![
        Loaded::embedded(),
        seed_again("2025-07-04", "(again)"),
    ]);
    let d = library.dataset();
    let series = charts::series(d);
    let coverage = series
        .iter()
        .find(|s| s.key.measure == "digital-transformation-coverage-2027")
        .expect("the 2027 coverage target is linked across the two briefings");
    let values: Vec<(f64, Option<usize>)> = coverage
        .members
        .iter()
        .map(|&n| (d.indicators[n].value, d.indicators[n].briefing))
        .collect();
    assert_eq!(values, [(100.0, Some(0)), (100.0, Some(1))]);
    // Every figure of the seed is linked with its copy: one series per measure, two members.
    let seed = Dataset::embedded();
    assert_eq!(series.len(), seed.indicators.len());
    assert!(series.iter().all(|s| s.members.len() == 2));
}

#[test]
fn a_speaker_of_two_briefings_is_one_speaker_with_the_roles_and_dates() {
    let library = three();
    let d = library.dataset();
    let zhao: Vec<_> = d
        .speakers
        .iter()
        .filter(|s| s.name == "Zhao Zhiguo")
        .collect();
    assert_eq!(zhao.len(), 1);
    // Spokesperson and chief engineer in 2023 and at the seed's briefing of 5 July 2024,
    // vice minister in 2026.
    let roles: Vec<String> = library
        .roles("zhao-zhiguo")
        .iter()
        .map(briefboard::library::DatedRole::words)
        .collect();
    assert_eq!(
        roles,
        [
            "spokesperson and chief engineer of the Ministry of Industry and Information \
             Technology (19 January 2023 to 5 July 2024)",
            "vice minister of industry and information technology (20 January 2026)",
        ]
    );
    // The role of the newest briefing is the speaker's role now.
    assert_eq!(
        zhao[0].role,
        "vice minister of industry and information technology"
    );
    let derived = briefboard::derived::Derived::of(d, &Filter::default());
    // 2023: the 5G user penetration and the "little giants"; 2026: 4.83 million, > 80 %,
    // the 6 million target.
    let per = derived.speaker_counts_by_briefing("zhao-zhiguo");
    assert!(per.contains(&(1, 2)), "{per:?}");
    assert!(per.contains(&(2, 3)), "{per:?}");
}

#[test]
fn the_briefing_filter_keeps_one_briefing_and_the_named_page_follows() {
    let library = three();
    let d = library.dataset();
    let mut filter = Filter::default();
    filter.briefings.insert(d.briefings[1].sha256.clone());
    let selection = filter.apply(d);
    assert_eq!(selection.indicators.len(), 6);
    let five_g = charts::page_model("5g-base-stations", d, &selection).expect("the 5G page");
    let headline = five_g.headline.expect("a headline");
    assert!((headline.value - 2_310_000.0).abs() < 0.5);
    assert_eq!(headline.speakers, ["Jin Zhuanglong"]);
    // Without the filter the newest briefing's figure leads the page.
    let all = charts::page_model("5g-base-stations", d, &Selection::all(d)).expect("page");
    let newest = all.headline.expect("a headline");
    assert!((newest.value - 4_830_000.0).abs() < 0.5);
}

#[test]
fn the_development_excerpts_open_with_the_seed_and_every_figure_is_on_a_page() {
    let mut parts = vec![Loaded::embedded()];
    for nn in ["01", "02", "03", "04", "05", "06", "07", "08"] {
        parts.push(open(&format!("tests/data/briefings/{nn}.txt")));
    }
    let library = Library::new(parts);
    let d = library.dataset();
    assert_eq!(d.briefings.len(), 9);
    assert!(
        d.validate(None).is_empty(),
        "{:?}",
        d.validate(None).first()
    );
    let all = Selection::all(d);
    let mut drawn = std::collections::HashSet::new();
    for info in charts::pages(d) {
        let model = charts::page_model(&info.id, d, &all).expect("a listed page has a model");
        for mark in model.marks() {
            drawn.insert(mark.indicator_id.clone());
        }
    }
    let seed_5g = "5g-base-stations@2024-07-05";
    assert!(drawn.contains(seed_5g));
    for i in &d.indicators {
        assert!(drawn.contains(&i.id), "{} is on no page", i.id);
    }
}

#[test]
fn csv_and_json_exports_carry_the_briefing_of_every_figure() {
    let library = three();
    let d = library.dataset();
    let shown: Vec<_> = d.indicators.iter().collect();
    let bytes = briefboard::export::csv::to_csv(d, shown.iter().copied()).expect("csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("headers").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (value, date, title) = (col("value"), col("briefing_date"), col("briefing"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert!(rows.iter().any(|r| &r[value] == "2310000"
        && &r[date] == "2023-01-19"
        && r[title].contains("development of industry and information technology in 2022")));
    assert!(
        rows.iter()
            .any(|r| &r[value] == "3837000" && &r[date] == "2024-07-05")
    );
    let json = briefboard::export::json::to_json(d, shown.iter().copied());
    let back = briefboard::dataset::Dataset::from_json("export.json", &json).expect("parses");
    assert_eq!(back.briefings.len(), 3);
    let stations = back
        .indicators
        .iter()
        .find(|i| (i.value - 4_830_000.0).abs() < 0.5)
        .expect("4.83 million");
    assert_eq!(back.briefing_of(stations).date, "2026-01-20");
}

#[test]
fn a_joined_json_export_opens_again_as_its_briefings() {
    let library = three();
    let d = library.dataset();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("three.json");
    let json = briefboard::export::json::to_json(d, d.indicators.iter());
    std::fs::write(&path, json).expect("written");
    // The 2023 transcript beside the export: its quotes are found again.
    std::fs::copy(
        data("tests/data/across/miit-2023-01-19.txt"),
        dir.path().join("miit-2023-01-19.txt"),
    )
    .expect("copied");
    let parts = Loaded::open_parts(&path).expect("the export opens");
    let dates: Vec<&str> = parts
        .iter()
        .map(|p| p.dataset.source.date.as_str())
        .collect();
    assert_eq!(dates, ["2024-07-05", "2023-01-19", "2026-01-20"]);
    assert!(
        parts[1].source.is_some(),
        "the 2023 transcript is beside the export"
    );
    assert!(parts[0].source.is_none(), "the seed's transcript is not");
    // Joined with the embedded briefing (the same as the first part): still three briefings,
    // and 2.31 million keeps its date.
    let mut again = Library::embedded();
    again.extend(parts);
    assert!(
        again.parts()[0].source.is_some(),
        "the embedded transcript stays with the seed's figures"
    );
    let d = again.dataset();
    assert_eq!(d.briefings.len(), 3);
    let stations = d
        .indicators
        .iter()
        .find(|i| (i.value - 2_310_000.0).abs() < 0.5)
        .expect("2.31 million");
    assert_eq!(d.briefing_of(stations).date, "2023-01-19");
    assert_eq!(stations.id, "5g-base-stations@2023-01-19");
}

#[test]
fn a_chart_of_two_briefings_says_when_each_bar_is() {
    // On the page of the internet, 19 January 2023's "2.31 million 5G base stations,
    // accounting for over 60% of the global total" (of 2022: "Last year, …" opens the
    // paragraph) stands in one chart of shares beside the seed's "over 70 %" of the world's
    // gigabit users, said on 5 July 2024 with no period: each bar says when it is.
    let library = Library::new(vec![
        Loaded::embedded(),
        open("tests/data/across/miit-2023-01-19.txt"),
    ]);
    let d = library.dataset();
    let labels_of = |value: f64| -> Vec<String> {
        charts::pages(d)
            .iter()
            .filter_map(|p| charts::page_model(&p.id, d, &Selection::all(d)))
            .flat_map(|m| m.charts)
            .filter(|c| {
                c.kind == charts::ChartKind::Bars
                    && c.marks.iter().any(|m| m.briefing != c.marks[0].briefing)
            })
            .flat_map(|c| c.marks)
            .filter(|m| (m.value - value).abs() < 1.0)
            .map(|m| m.label)
            .collect()
    };
    let old = labels_of(60.0);
    assert!(!old.is_empty(), "60 % of 2022 is charted beside the seed");
    assert!(old.iter().all(|l| l.ends_with("(2022)")), "{old:?}");
    let seed = labels_of(70.0);
    assert!(!seed.is_empty(), "the seed's 70 % is charted beside 2022's");
    assert!(
        seed.iter()
            .all(|l| l.ends_with("(briefing of 5 July 2024)")),
        "{seed:?}"
    );
}
