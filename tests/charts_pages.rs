//! Chart models without a window: the named pages hold the figures the briefing gave, in
//! the right order, with the right qualifiers; filters empty pages in words; every
//! indicator of the real dataset is on some page. Expected values are read from the
//! transcript (`data/000_6ed6731605744708.txt`), not copied from the program's output.

mod support;

use std::collections::BTreeSet;

use briefboard::charts::{self, ChartKind, MarkStyle};
use briefboard::dataset::Dataset;
use briefboard::filter::{Filter, Selection};
use support::charts::{model, small};

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

/// Issue #23: one registry. Every page of the list says where it comes from, and the same
/// source builds its model: the seed's four named pages (5G base stations, the manufacturing
/// share, the digital targets, the SME tiers), then a generated page per theme.
#[test]
fn every_page_comes_from_the_one_registry() {
    use charts::PageSource;
    let seed = Dataset::embedded();
    let pages = charts::pages(&seed);
    let named: Vec<(&str, PageSource)> = pages
        .iter()
        .take(4)
        .map(|p| (p.title.as_str(), p.source))
        .collect();
    assert_eq!(
        named,
        [
            ("5G base stations", PageSource::Named(0)),
            ("Manufacturing share of GDP", PageSource::Named(1)),
            ("Digital transformation targets", PageSource::Named(2)),
            ("SME tiers", PageSource::Named(3)),
        ]
    );
    assert!(pages[4..].iter().all(|p| p.source == PageSource::Generated));
    let all = Selection::all(&seed);
    for p in &pages {
        assert_eq!(PageSource::of(&p.id), p.source, "{}", p.id);
        let model = p
            .source
            .model(&p.id, &seed, &all)
            .expect("a listed page builds");
        assert_eq!(model.title, p.title);
    }
    // The named pages' measures are those the generated pages leave out.
    let featured = charts::featured_ids();
    for page in charts::NAMED {
        assert!(
            page.measures.iter().all(|m| featured.contains(m)),
            "{}",
            page.id
        );
    }
}
