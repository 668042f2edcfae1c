//! The app on the embedded MIIT briefing, driven through its accessibility labels. The
//! expected figures were written by hand from reading the transcript.

mod support;

use briefboard::app::Page;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use support::{drop_file, harness, shown};

/// Every figure Xin Guobin gives, read from his three answers: about 80 % of manufacturing
/// (traditional industries), over 50 % of the world's industrial robots, 421 demonstration
/// factories, 153 lighthouse factories in the world, 62 in China, over 40 % of them, a
/// development cycle shortened by about 30 %, efficiency up by nearly 30 %, full coverage by
/// 2027, about 200 digital industrial parks, all enterprises by 2030, and 2,037
/// foreign-invested telecom enterprises.
const XIN_GUOBIN_VALUES: [f64; 12] = [
    -30.0, 30.0, 40.0, 50.0, 62.0, 80.0, 100.0, 100.0, 153.0, 200.0, 421.0, 2037.0,
];

/// The contract's fixed ids of figures that Xin Guobin states.
const XIN_GUOBIN_IDS: [&str; 8] = [
    "smart-manufacturing-demonstration-factories",
    "lighthouse-factories-world",
    "lighthouse-factories-china",
    "lighthouse-factories-china-share",
    "industrial-robots-share-of-world",
    "digital-transformation-coverage-2027",
    "digital-industrial-parks-target",
    "digital-transformation-all-enterprises-2030",
];

#[test]
fn xin_guobin_alone_shows_his_figures_only() {
    let mut harness = harness(None);
    harness.get_by_label("Table").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Xin Guobin")
        .click();
    harness.run();
    let ids = shown(&harness);
    for id in XIN_GUOBIN_IDS {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
    for id in ["5g-base-stations", "little-giants", "industry-share-of-gdp"] {
        assert!(!ids.iter().any(|i| i == id), "{id} shown for Xin Guobin");
    }
    let dataset = &harness.state().data().dataset();
    let mut values: Vec<f64> = harness
        .state()
        .selection()
        .iter(dataset)
        .map(|i| i.value)
        .collect();
    values.sort_by(f64::total_cmp);
    assert_eq!(values, XIN_GUOBIN_VALUES);
    assert!(harness.query_by_label("62").is_some());
    assert!(harness.query_by_label("153").is_some());
    assert!(harness.query_by_label("3.837 million").is_none());
}

#[test]
fn clear_filters_shows_everything_again() {
    let mut harness = harness(None);
    let all = shown(&harness).len();
    harness
        .get_by_role_and_label(Role::CheckBox, "Jin Zhuanglong")
        .click();
    harness.run();
    harness.get_by_label("Targets").click();
    harness.run();
    assert!(shown(&harness).len() < all);
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert_eq!(shown(&harness).len(), all);
    assert!(harness.state().state.filter.is_empty());
}

#[test]
fn every_page_opens() {
    let mut harness = harness(None);
    let pages = harness.state().pages();
    assert_eq!(pages[0].0, Page::Chart("5g-base-stations".to_owned()));
    assert_eq!(pages[pages.len() - 1].0, Page::Transcript);
    for (page, title) in pages {
        harness
            .get_by(|n| n.label().as_deref() == Some(title.as_str()) && n.role() != Role::CheckBox)
            .click();
        harness.run();
        assert_eq!(harness.state().state.page, page);
    }
}

#[test]
fn a_bad_file_keeps_the_briefing_open() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("figures.json");
    std::fs::write(&path, "{\"schema_version\": 1, \"speakers\": [}").expect("written");
    let mut harness = harness(None);
    let before = shown(&harness);
    drop_file(&mut harness, &path);
    let error = harness
        .state()
        .error()
        .expect("an error is shown")
        .to_owned();
    assert!(
        error.contains("figures.json") && error.contains("line 1, column"),
        "{error}"
    );
    harness.get_by_label_contains("figures.json");
    assert_eq!(shown(&harness), before);
    assert_eq!(harness.state().data().names(), ["<embedded>"]);
}

#[test]
fn a_transcript_is_extracted_on_the_fly() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("briefing.txt");
    std::fs::write(&path, briefboard::dataset::EMBEDDED_SOURCE).expect("written");
    let mut harness = harness(None);
    drop_file(&mut harness, &path);
    assert_eq!(harness.state().error(), None);
    assert!(harness.state().data().names()[0].ends_with("briefing.txt"));
    let ids = shown(&harness);
    for id in [
        "5g-base-stations",
        "lighthouse-factories-china",
        "little-giants",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing");
    }
    harness.get_by_label("Table").click();
    harness.run();
    harness.get_by_role(Role::TextInput).focus();
    harness.run();
    harness
        .get_by_role(Role::TextInput)
        .type_text("5G base stations");
    harness.run();
    harness.get_by_label("3.837 million").click();
    harness.run();
    assert_eq!(harness.state().selected(), Some("5g-base-stations"));
    harness.get_by_label_contains("We have built a total of 3.837 million 5G base stations");
}

#[test]
fn two_clicks_from_a_mark_to_its_sentence() {
    let mut harness = harness(None);
    assert_eq!(
        harness.state().state.page,
        Page::Chart("5g-base-stations".to_owned())
    );
    harness.get_by_label("3.837 million").click();
    harness.run();
    assert_eq!(harness.state().selected(), Some("5g-base-stations"));
    harness.get_by_label_contains("We have built a total of 3.837 million 5G base stations");
    harness.get_by_label_contains("We have built 3.837 million 5G base stations, achieving");
    harness
        .get_all_by_label("Show in transcript")
        .next()
        .expect("a link")
        .click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Transcript);
}

#[test]
fn the_table_sorts_by_a_clicked_column() {
    let mut harness = harness(None);
    harness.get_by_label("Table").click();
    harness.run();
    let values = |harness: &egui_kittest::Harness<'static, briefboard::app::App>| -> Vec<f64> {
        let dataset = &harness.state().data().dataset();
        let rows = harness.state().table_rows();
        rows.iter().map(|&n| dataset.indicators[n].value).collect()
    };
    harness.get_by_label("Value").click();
    harness.run();
    let up = values(&harness);
    assert!(up.is_sorted_by(|a, b| a <= b), "{up:?}");
    harness.get_by_label("Value").click();
    harness.run();
    let down = values(&harness);
    // The largest number of the briefing, in base units: 230 EFLOPS of computing power
    // (2.3e20 FLOPS), then 39.9 trillion yuan of industrial value added.
    assert!((down[0] - 2.3e20).abs() < 1e15, "{down:?}");
    assert!((down[1] - 39.9e12).abs() < 1e9, "{down:?}");
    assert!(down.is_sorted_by(|a, b| a >= b));
}
