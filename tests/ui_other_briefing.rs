//! The real app on briefings other than the embedded one (excerpts of the development set):
//! `briefboard FILE --page ID` opens on a page of that file, a briefing opens on the theme it
//! is mostly about, and its speakers and figures are shown.

mod support;

use briefboard::app::{App, Page};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

fn excerpt(nn: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/briefings/{nn}.txt"))
}

/// The app started as `briefboard FILE [--page ID]`, stepped until the file is read.
fn open(file: PathBuf, page: Option<&str>) -> Harness<'static, App> {
    support::open_file(file, page)
}

#[test]
fn page_of_the_opened_file_is_accepted() {
    let mut harness = open(excerpt("03"), Some("theme-employment"));
    assert_eq!(
        harness.state().state.page,
        Page::Chart("theme-employment".to_owned())
    );
    assert!(
        harness
            .query_by_label_contains("There is no page")
            .is_none()
    );
    // Zhang Jinan's figures of 1949 and 2018, read from the excerpt.
    assert!(harness.query_by_label("Zhang Jinan").is_some());
    harness.get_by_label("Table").click();
    harness.run();
    assert!(harness.query_by_label_contains("780 million").is_some());
}

#[test]
fn a_briefing_opens_on_the_theme_it_is_mostly_about() {
    let harness = open(excerpt("05"), None);
    // The agriculture minister's excerpt: three of its four figures are agricultural.
    let pages = harness.state().pages();
    assert_eq!(
        pages[0].0,
        Page::Chart("theme-agriculture".to_owned()),
        "{pages:?}"
    );
    assert_eq!(harness.state().state.page, pages[0].0);
    assert!(harness.query_by_label("Han Changfu").is_some());
}

#[test]
fn a_briefing_without_figures_says_so_and_offers_the_transcript() {
    // 07: the chairperson's introduction and the start of the opening remarks, no figure yet.
    let mut harness = open(excerpt("07"), None);
    let pages: Vec<Page> = harness
        .state()
        .pages()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(pages, [Page::Table, Page::Transcript]);
    assert_eq!(harness.state().state.page, Page::Table);
    assert!(
        harness
            .query_by_label(briefboard::view::table::NO_FIGURES)
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("passes the filters")
            .is_none()
    );
    harness.get_by_label("Show the transcript").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Transcript);
}
