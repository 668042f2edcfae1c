//! Provenance to the page (issue 22): for a briefing made from web pages, the CSV's
//! `page_url`, the deck's Sources pages and the details panel name the page each quote is on.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use briefboard::app::Command as AppCommand;
use briefboard::sources;
use egui_kittest::kittest::Queryable;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/web")
        .join(name)
}

fn three_pages() -> Vec<sources::Page> {
    [
        "content_93644625.htm",
        "content_93644625_2.htm",
        "content_93644625_3.htm",
    ]
    .iter()
    .map(|n| {
        let bytes = std::fs::read(fixture(n)).expect("fixture");
        sources::read_page(
            &format!("http://127.0.0.1:8765/2023-07/17/{n}"),
            &bytes,
            None,
        )
    })
    .collect()
}

#[test]
fn the_csv_names_each_quotes_page() {
    let (dataset, _) = briefboard::loaded::extract_pages(&three_pages()).expect("a briefing");
    let csv = briefboard::export::csv::to_csv(&dataset, &dataset.indicators).expect("csv");
    let mut r = csv::Reader::from_reader(csv.as_slice());
    let headers = r.headers().expect("headers").clone();
    let col = headers
        .iter()
        .position(|h| h == "page_url")
        .expect("page_url");
    let id = headers.iter().position(|h| h == "quotes").expect("quotes");
    let mut seen = 0;
    for row in r.records() {
        let row = row.expect("row");
        let page = &row[col];
        if row[id].contains("unemployment rate stood at 5.2 percent") {
            assert_eq!(
                page,
                "http://127.0.0.1:8765/2023-07/17/content_93644625_2.htm"
            );
            seen += 1;
        }
        if row[id].contains("22.76 trillion yuan") {
            assert_eq!(
                page,
                "http://127.0.0.1:8765/2023-07/17/content_93644625_3.htm"
            );
            seen += 1;
        }
    }
    assert!(seen >= 2);
}

#[test]
fn the_decks_sources_name_each_quotes_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("deck.pdf");
    let mut args: Vec<String> = vec!["export".into(), "--deck".into()];
    for n in [
        "content_93644625.htm",
        "content_93644625_2.htm",
        "content_93644625_3.htm",
    ] {
        args.push("--data".into());
        args.push(fixture(n).to_string_lossy().into_owned());
    }
    args.extend(["-o".into(), out.to_string_lossy().into_owned()]);
    let run = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(&args)
        .env("BRIEFBOARD_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("briefboard runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils is installed by .ci/run)");
    let text = String::from_utf8_lossy(&text.stdout);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Sources"));
    assert!(flat.contains("content_93644625_2.htm"), "{flat}");
    assert!(flat.contains("content_93644625_3.htm"), "{flat}");
}

#[test]
fn the_details_panel_shows_the_page_and_opens_it() {
    let mut harness = support::harness(None);
    support::drop_file(&mut harness, &fixture("content_93644625_2.htm"));
    let id = harness
        .state()
        .data()
        .dataset()
        .indicators
        .iter()
        .find(|i| (i.value - 5.2).abs() < 1e-9)
        .map(|i| i.id.clone())
        .expect("the unemployment rate");
    harness.state_mut().push(AppCommand::Select(Some(id)));
    harness.run();
    harness.get_by_label_contains("On the page ");
    harness.get_by_label_contains("content_93644625_2.htm");
    harness.get_by_label(briefboard::view::details::OPEN_THE_PAGE);
}
