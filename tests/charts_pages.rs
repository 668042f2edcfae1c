//! Chart models without a window: the named pages hold the figures the briefing gave, in
//! the right order, with the right qualifiers; filters empty pages in words; every
//! indicator of the real dataset is on some page. Expected values are read from the
//! transcript (`data/000_6ed6731605744708.txt`), not copied from the program's output.

use std::collections::BTreeSet;

use briefboard::charts::{self, ChartKind, MarkStyle, PageModel};
use briefboard::dataset::{
    Dataset, Indicator, Kind, Mention, Qualifier, Source, Speaker, SpeakerKind, Theme, Unit,
};
use briefboard::filter::{Filter, Selection};

fn speaker(id: &str, name: &str) -> Speaker {
    Speaker {
        id: id.to_owned(),
        name: name.to_owned(),
        name_zh: None,
        role: "official".to_owned(),
        kind: SpeakerKind::Official,
    }
}

#[expect(clippy::too_many_arguments, reason = "one row of a hand-written table")]
fn ind(
    id: &str,
    theme: &str,
    value: f64,
    unit: Unit,
    qualifier: Qualifier,
    kind: Kind,
    period: Option<&str>,
    speakers: &[&str],
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        label: id.replace('-', " "),
        theme: theme.to_owned(),
        value,
        unit,
        qualifier,
        kind,
        period: period.map(str::to_owned),
        mentions: speakers
            .iter()
            .map(|s| Mention {
                speaker: (*s).to_owned(),
                quote: String::new(),
                start: 0,
                end: 0,
            })
            .collect(),
    }
}

/// The figures of the named pages and a few others, typed in from the transcript.
#[rustfmt::skip]
fn rows() -> Vec<Indicator> {
    use Kind::{Change, Level, Share, Target};
    use Qualifier::{About, Exact, Over};
    use Unit::{Count, Gram, Percent, Yuan};
    const JIN: &str = "jin-zhuanglong";
    const XIN: &str = "xin-guobin";
    const ZHAO: &str = "zhao-zhiguo";
    vec![
        ind("5g-base-stations", "ict", 3_837_000.0, Count, Exact, Level, None, &[JIN, ZHAO]),
        ind("5g-base-stations-global-share", "ict", 60.0, Percent, Over, Share, None, &[JIN]),
        ind("5g-user-penetration", "ict", 60.0, Percent, Over, Share, None, &[ZHAO]),
        ind("villages-with-5g", "ict", 90.0, Percent, Over, Share, None, &[ZHAO]),
        ind("5g-industry-categories", "ict", 74.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-private-networks", "ict", 30_000.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-factories", "ict", 300.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-industrial-internet-projects", "ict", 13_000.0, Count, Over, Level, None, &[ZHAO]),
        ind("industrial-value-added", "industry", 39.9e12, Yuan, Exact, Level, Some("2023"), &[JIN]),
        ind("industry-share-of-gdp", "industry", 31.7, Percent, Exact, Share, Some("2023"), &[JIN, JIN]),
        ind("manufacturing-share-of-gdp", "industry", 26.2, Percent, Exact, Share, Some("2023"), &[JIN]),
        ind("manufacturing-global-share", "industry", 30.0, Percent, About, Share, None, &[JIN]),
        ind("digital-rd-tools-penetration", "digital", 80.1, Percent, Exact, Share, None, &[JIN]),
        ind("smart-manufacturing-demonstration-factories", "digital", 421.0, Count, Exact, Level, None, &[JIN, XIN]),
        ind("digital-transformation-coverage-2027", "digital", 100.0, Percent, Exact, Target, Some("2027"), &[XIN]),
        ind("digital-industrial-parks-target", "digital", 200.0, Count, About, Target, Some("2027"), &[XIN]),
        ind("digital-transformation-all-enterprises-2030", "digital", 100.0, Percent, Exact, Target, Some("2030"), &[XIN]),
        ind("specialized-sophisticated-smes", "smes", 140_000.0, Count, Over, Level, None, &[JIN, JIN]),
        ind("little-giants", "smes", 12_000.0, Count, Exact, Level, None, &[JIN, JIN]),
        ind("single-product-champions", "smes", 1557.0, Count, Exact, Level, None, &[JIN]),
        ind("industrial-enterprises-above-designated-size", "industry", 501_000.0, Count, Over, Level, None, &[JIN]),
        ind("high-tech-enterprises", "innovation", 463_000.0, Count, Exact, Level, None, &[JIN]),
        ind("green-data-centers", "green", 196.0, Count, Exact, Level, Some("2023"), &[ZHAO]),
        ind("energy-per-unit-value-added", "green", -6.8, Percent, Exact, Change, Some("2021/2022"), &[JIN, ZHAO]),
        ind("lunar-samples", "innovation", 1935.3, Gram, Exact, Level, None, &[JIN]),
    ]
}

/// A small dataset holding [`rows`], three officials and the seven themes.
fn small() -> Dataset {
    Dataset {
        schema_version: 1,
        source: Source {
            title: "SCIO briefing".to_owned(),
            date: "2024-07-05".to_owned(),
            publisher: "State Council Information Office".to_owned(),
            file: "000_6ed6731605744708.txt".to_owned(),
            sha256: String::new(),
        },
        speakers: vec![
            speaker("jin-zhuanglong", "Jin Zhuanglong"),
            speaker("xin-guobin", "Xin Guobin"),
            speaker("zhao-zhiguo", "Zhao Zhiguo"),
        ],
        themes: [
            "ict",
            "industry",
            "digital",
            "smes",
            "green",
            "innovation",
            "reform",
        ]
        .iter()
        .map(|id| Theme {
            id: (*id).to_owned(),
            label: (*id).to_owned(),
        })
        .collect(),
        indicators: rows(),
    }
}

fn model(dataset: &Dataset, id: &str) -> PageModel {
    charts::page_model(id, dataset, &Selection::all(dataset))
        .unwrap_or_else(|| panic!("page {id} exists"))
}

#[test]
fn named_pages_come_first_and_ids_are_unique() {
    let d = small();
    let ids: Vec<String> = charts::pages(&d).into_iter().map(|p| p.id).collect();
    assert_eq!(
        ids[..4],
        [
            "5g-base-stations",
            "manufacturing-share",
            "digital-targets",
            "sme-tiers"
        ]
    );
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(charts::page_model("no-such-page", &d, &Selection::all(&d)).is_none());
}

#[test]
fn five_g_headline_is_3_837_million_said_by_jin_and_zhao() {
    let page = model(&small(), "5g-base-stations");
    let h = page.headline.as_ref().expect("a headline");
    assert_eq!(h.display, "3.837 million");
    assert_eq!(h.speakers, ["Jin Zhuanglong", "Zhao Zhiguo"]);
    let shares = &page.charts[0];
    assert!(shares.marks.iter().any(|m| m.display == "> 60 %"));
    assert!(shares.marks.iter().any(|m| m.display == "> 90 %"));
    let apps = &page.charts[1];
    let values: Vec<f64> = apps.marks.iter().map(|m| m.value).collect();
    assert_eq!(values, [74.0, 30_000.0, 300.0, 13_000.0]);
    assert_eq!(
        apps.axis.as_ref().map(|a| a.scale),
        Some(charts::Scale::Log)
    );
}

#[test]
fn sme_pyramid_holds_the_tiers_in_order_with_ratios() {
    let page = model(&small(), "sme-tiers");
    let pyramid = &page.charts[0];
    let tiers: Vec<(&str, f64)> = pyramid
        .marks
        .iter()
        .filter(|m| m.style != MarkStyle::Context)
        .map(|m| (m.display.as_str(), m.value))
        .collect();
    assert_eq!(
        tiers,
        [
            ("> 140,000", 140_000.0),
            ("12,000", 12_000.0),
            ("1,557", 1557.0)
        ]
    );
    let notes: Vec<Option<&str>> = pyramid.marks.iter().map(|m| m.note.as_deref()).collect();
    assert!(
        notes.contains(&Some("≈ 1 in 12 of the tier above")),
        "{notes:?}"
    );
    assert!(
        notes.contains(&Some("≈ 1 in 8 of the tier above")),
        "{notes:?}"
    );
    let context: Vec<f64> = pyramid
        .marks
        .iter()
        .filter(|m| m.style == MarkStyle::Context)
        .map(|m| m.value)
        .collect();
    assert_eq!(context, [501_000.0, 463_000.0]);
    assert_eq!(
        pyramid.axis.as_ref().map(|a| a.scale),
        Some(charts::Scale::Log)
    );
}

#[test]
fn manufacturing_page_has_31_7_and_26_2_percent_of_gdp() {
    let page = model(&small(), "manufacturing-share");
    let shown: Vec<&str> = page.marks().map(|m| m.display.as_str()).collect();
    assert!(shown.contains(&"31.7 %"), "{shown:?}");
    assert!(shown.contains(&"26.2 %"), "{shown:?}");
    assert!(shown.contains(&"≈ 30 %"), "{shown:?}");
    // The headline is the figure the page is named after (issue #12): manufacturing's 26.2 %
    // of GDP. Jin Zhuanglong's 39.9 trillion yuan is industry's value added, shown as a
    // figure of its own under that name.
    let headline = page.headline.as_ref();
    assert_eq!(headline.map(|h| h.display.as_str()), Some("26.2 %"));
    let label = headline.map(|h| h.label.to_lowercase()).unwrap_or_default();
    assert!(label.contains("manufacturing"), "{label}");
    let industry = page
        .charts
        .iter()
        .find(|c| c.title == "Industry's value added");
    let industry = industry.map(|c| c.marks.iter().map(|m| m.display.as_str()).collect());
    assert_eq!(industry, Some(vec!["39.9 trillion yuan"]));
}

#[test]
fn digital_page_has_targets_for_2027_and_2030_on_a_year_axis() {
    let page = model(&small(), "digital-targets");
    let timeline = page
        .charts
        .iter()
        .find(|c| c.kind == ChartKind::Timeline)
        .expect("a target timeline");
    let years: BTreeSet<u32> = timeline
        .marks
        .iter()
        .filter(|m| m.is_target())
        .filter_map(|m| m.period.as_deref()?.parse().ok())
        .collect();
    assert_eq!(years, BTreeSet::from([2027, 2030]));
    assert!(timeline.marks.iter().any(|m| m.display == "≈ 200"));
    assert!(page.has_targets() && page.has_achieved());
}

#[test]
fn xin_guobin_alone_leaves_no_3_837_million_on_the_5g_page() {
    let d = small();
    let filter = Filter {
        speakers: BTreeSet::from(["xin-guobin".to_owned()]),
        ..Filter::default()
    };
    let page = charts::page_model("5g-base-stations", &d, &filter.apply(&d)).expect("page");
    assert!(page.headline.is_none());
    assert!(!page.indicator_ids().contains(&"5g-base-stations"));
    assert!(page.empty_message.is_some(), "Xin Guobin gave no 5G figure");
}

#[test]
fn an_empty_selection_empties_every_page_in_words() {
    let d = small();
    for info in charts::pages(&d) {
        let page = charts::page_model(&info.id, &d, &Selection::default()).expect("page");
        assert!(page.charts.is_empty() && page.headline.is_none());
        let msg = page.empty_message.expect("an empty message");
        assert!(msg.contains("filters"), "{msg}");
    }
}

#[test]
fn units_never_share_an_axis() {
    for d in [small(), Dataset::embedded()] {
        for info in charts::pages(&d) {
            for chart in model(&d, &info.id).charts {
                if chart.kind == ChartKind::Bars {
                    let units: BTreeSet<String> = chart
                        .marks
                        .iter()
                        .map(|m| format!("{:?}", m.unit))
                        .collect();
                    assert_eq!(units.len(), 1, "{}: {}: {units:?}", info.id, chart.title);
                }
            }
        }
    }
}

#[test]
fn tooltips_name_value_period_and_speakers() {
    let page = model(&small(), "manufacturing-share");
    let m = page.mark("industry-share-of-gdp").expect("mark");
    let lines = m.tooltip_lines();
    assert!(lines.contains(&"31.7 %".to_owned()), "{lines:?}");
    assert!(lines.contains(&"Period: 2023".to_owned()), "{lines:?}");
    assert!(
        lines.contains(&"Said by Jin Zhuanglong".to_owned()),
        "{lines:?}"
    );
    assert_eq!(page.speakers(), ["Jin Zhuanglong"]);
    assert!(page.source_line().contains("2024-07-05"));
}

#[test]
fn other_figures_land_on_generated_pages() {
    let d = small();
    let green = model(&d, "green-development");
    let shown: Vec<&str> = green.marks().map(|m| m.display.as_str()).collect();
    assert!(shown.contains(&"\u{2212}6.8 %"), "{shown:?}");
    assert!(shown.contains(&"196"), "{shown:?}");
    // The lunar samples are the small dataset's only innovation figure off the named pages:
    // a lone figure, folded into the one other generated page (issue #12).
    assert!(
        green.marks().any(|m| m.display == "1,935.3 grams"),
        "{shown:?}"
    );
}

/// Every indicator of a dataset is on at least one page.
fn assert_every_indicator_shown(d: &Dataset) {
    let mut shown = BTreeSet::new();
    for info in charts::pages(d) {
        for id in model(d, &info.id).indicator_ids() {
            shown.insert(id.to_owned());
        }
    }
    let missing: Vec<&str> = d
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| !shown.contains(*id))
        .collect();
    assert!(missing.is_empty(), "not on any page: {missing:?}");
}

#[test]
fn every_indicator_appears_on_some_page() {
    assert_every_indicator_shown(&small());
    assert_every_indicator_shown(&Dataset::embedded());
}

#[test]
fn real_dataset_fills_the_named_pages() {
    let d = Dataset::embedded();
    let five_g = model(&d, "5g-base-stations");
    assert_eq!(
        five_g.headline.as_ref().map(|h| h.display.as_str()),
        Some("3.837 million")
    );
    assert_eq!(
        five_g.indicator_ids().len(),
        11,
        "{:?}",
        five_g.indicator_ids()
    );
    let sme = model(&d, "sme-tiers");
    let order: Vec<f64> = sme.charts[0]
        .marks
        .iter()
        .filter(|m| m.style != MarkStyle::Context)
        .map(|m| m.value)
        .collect();
    assert_eq!(order, [140_000.0, 12_000.0, 1557.0]);
    let digital = model(&d, "digital-targets");
    assert!(digital.marks().filter(|m| m.is_target()).count() >= 4);
    let notes: Vec<&str> = digital
        .charts
        .iter()
        .filter_map(|c| c.footnote.as_deref())
        .collect();
    assert!(
        notes.contains(&"China has 62 of the world's 153 lighthouse factories."),
        "{notes:?}"
    );
    let manufacturing = model(&d, "manufacturing-share");
    for id in ["industry-share-of-gdp", "manufacturing-share-of-gdp"] {
        assert!(manufacturing.mark(id).is_some(), "{id}");
    }
}

#[test]
fn a_lone_figure_is_folded_into_the_page_with_most_figures_like_it() {
    // The seed's only reform figure: Xin Guobin's 2,037 foreign-invested enterprises in
    // telecommunications. A page of one card says nothing; it joins the page that has most
    // counts (the innovation page's 30 innovation centres, 23 demonstration zones, 178 high-tech
    // zones, 6 C919s, 139 and 3 ARJ21s) and keeps its theme.
    let d = Dataset::embedded();
    let ids: Vec<String> = charts::pages(&d).into_iter().map(|p| p.id).collect();
    assert!(!ids.contains(&"reform-opening-up".to_owned()), "{ids:?}");
    let host = model(&d, "innovation-zones");
    let counts = host.charts.iter().find(|c| c.title == "Counts");
    let counts: Vec<(&str, &str)> = counts
        .map(|c| {
            c.marks
                .iter()
                .map(|m| (m.display.as_str(), m.theme.as_str()))
                .collect()
        })
        .unwrap_or_default();
    assert!(counts.contains(&("2,037", "reform")), "{counts:?}");
    assert!(counts.contains(&("178", "innovation")), "{counts:?}");
    assert!(
        host.subtitle.contains("reform and opening-up"),
        "{}",
        host.subtitle
    );

    // In a made-up dataset, a lone share goes to the page with a share (green: 196 data
    // centres, -6.8 % energy, 12 % share), not to the bigger page of counts (innovation:
    // lunar samples and three counts); pages of two figures or more keep their own.
    let mut d = small();
    let row = |id: &str, theme: &str, value: f64, unit: Unit, kind: Kind| {
        ind(
            id,
            theme,
            value,
            unit,
            Qualifier::Exact,
            kind,
            None,
            &["jin-zhuanglong"],
        )
    };
    d.indicators.push(row(
        "reform-share",
        "reform",
        45.0,
        Unit::Percent,
        Kind::Share,
    ));
    d.indicators.push(row(
        "green-share",
        "green",
        12.0,
        Unit::Percent,
        Kind::Share,
    ));
    for (n, value) in [7.0, 8.0, 9.0].into_iter().enumerate() {
        let id = format!("innovation-count-{n}");
        d.indicators
            .push(row(&id, "innovation", value, Unit::Count, Kind::Level));
    }
    let ids: Vec<String> = charts::pages(&d).into_iter().map(|p| p.id).collect();
    assert!(!ids.contains(&"reform-opening-up".to_owned()), "{ids:?}");
    assert!(ids.contains(&"innovation-zones".to_owned()), "{ids:?}");
    let green = model(&d, "green-development");
    let folded = green.marks().find(|m| m.indicator_id == "reform-share");
    assert_eq!(folded.map(|m| m.display.as_str()), Some("45 %"));
    assert_every_indicator_shown(&d);
}

#[test]
fn figures_of_another_unit_get_bars_of_their_own() {
    // Zhao Zhiguo: broadband "increased from 10 megabits to 100 megabits, and now to 1
    // gigabit", and China's first international line had "just a single 64 Kbps". Four speeds
    // compare on one log axis in bits per second, not four cards.
    let d = Dataset::embedded();
    let page = model(&d, "internet-and-computing");
    let speeds = page.charts.iter().find(|c| c.title == "In bits per second");
    let Some(speeds) = speeds else {
        panic!(
            "no speeds chart: {:?}",
            page.charts.iter().map(|c| &c.title).collect::<Vec<_>>()
        );
    };
    assert_eq!(speeds.kind, ChartKind::Bars);
    let shown: Vec<&str> = speeds.marks.iter().map(|m| m.display.as_str()).collect();
    assert_eq!(shown, ["10 Mbps", "100 Mbps", "1 Gbps", "64 Kbps"]);
    let axis = speeds.axis.as_ref().expect("an axis");
    assert_eq!(axis.scale, charts::Scale::Log);
    assert!(axis.ticks.iter().any(|t| axis.tick_label(*t) == "1 Gbps"));
    // A single figure of its unit stays a card: 230 EFLOPS of computing power.
    let cards = page.charts.iter().find(|c| c.kind == ChartKind::Figures);
    assert!(cards.is_some_and(|c| c.marks.iter().any(|m| m.display == "230 EFLOPS")));
}
