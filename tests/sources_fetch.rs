//! A briefing from its web address (issue 22), against a loopback server (`tests/web`): the
//! article's pages found through its page links (never navigation or related links), joined
//! into one briefing whose quotes trace to their page's address; and every way a site fails
//! gives an error naming the address in full, without hanging or losing what is open.

mod web;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use briefboard::dataset::Dataset;
use briefboard::sources::fetch::{Limits, fetch_article};

fn short() -> Limits {
    Limits {
        timeout: Duration::from_secs(1),
        ..Limits::default()
    }
}

fn fetch(url: &str) -> Result<briefboard::sources::fetch::Fetched, String> {
    fetch_article(url, &short(), &|_, _| {}, &AtomicBool::new(false)).map_err(|e| e.to_string())
}

fn briefboard(args: &[&str], data_dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(args)
        .env("BRIEFBOARD_DATA_DIR", data_dir)
        .output()
        .expect("briefboard runs")
}

fn read(path: &Path) -> Dataset {
    let text = std::fs::read_to_string(path).expect("dataset written");
    Dataset::from_json("out.json", &text).expect("a dataset")
}

/// The page (address) a figure's first mention is on.
fn page_of(d: &Dataset, value: f64) -> String {
    let i = d
        .indicators
        .iter()
        .find(|i| (i.value - value).abs() < 1e-6 * value.abs().max(1.0))
        .unwrap_or_else(|| panic!("no figure of value {value}"));
    d.source
        .page_at(i.mentions[0].start)
        .map(|p| p.url.clone())
        .unwrap_or_default()
}

#[test]
fn extract_from_an_address_gives_one_briefing_that_traces_to_its_pages() {
    let site = web::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.json");
    let first = format!("{site}/2023-07/17/content_93644625.htm");
    let run = briefboard(
        &["extract", &first, "-o", &out.to_string_lossy()],
        &dir.path().join("data"),
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let d = read(&out);
    assert_eq!(
        d.source.title,
        "SCIO press conference on national economic performance in H1 2023"
    );
    assert_eq!(d.source.date, "2023-07-17");
    let urls: Vec<&str> = d.source.pages.iter().map(|p| p.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            first.clone(),
            format!("{site}/2023-07/17/content_93644625_2.htm"),
            format!("{site}/2023-07/17/content_93644625_3.htm"),
        ]
    );
    // Figures of every page, each on its page: GDP of 59.3 trillion yuan (page 1), the
    // unemployment rate of 5.2 percent (page 2), retail sales of 22.76 trillion yuan (page 3).
    assert_eq!(page_of(&d, 59.3e12), urls[0]);
    assert_eq!(page_of(&d, 5.2), urls[1]);
    assert_eq!(page_of(&d, 22.76e12), urls[2]);
    // The transcript is saved beside the dataset, and the dataset checks against it.
    let check = briefboard(&["validate", &out.to_string_lossy()], dir.path());
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains("checked with its source"));

    // The same pages saved as files and given together give the same briefing.
    let saved = |n: &str| -> String {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/web")
            .join(n)
            .to_string_lossy()
            .into_owned()
    };
    let out2 = dir.path().join("saved.json");
    let run = briefboard(
        &[
            "extract",
            &saved("content_93644625_3.htm"),
            &saved("content_93644625.htm"),
            &saved("content_93644625_2.htm"),
            "-o",
            &out2.to_string_lossy(),
        ],
        &dir.path().join("data"),
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let s = read(&out2);
    assert_eq!(s.source.sha256, d.source.sha256);
    assert_eq!(s.source.date, d.source.date);
    let values = |d: &Dataset| {
        d.indicators
            .iter()
            .map(|i| (i.id.clone(), i.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(values(&s), values(&d));
    assert!(s.source.pages[1].url.ends_with("content_93644625_2.htm"));
}

#[test]
fn a_missing_page_is_named_and_the_others_open() {
    let site = web::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.json");
    let first = format!("{site}/missing/content_93644625.htm");
    let run = briefboard(
        &["extract", &first, "-o", &out.to_string_lossy()],
        &dir.path().join("data"),
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{site}/missing/content_93644625_2.htm: HTTP status 404 (Not Found)"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("page 2 is missing"), "{stderr}");
    let d = read(&out);
    assert_eq!(d.source.pages.len(), 2);
    assert!(
        d.indicators
            .iter()
            .any(|i| (i.value - 22.76e12).abs() < 1e6)
    );
    assert!(!d.indicators.iter().any(|i| (i.value - 5.2).abs() < 1e-9));
}

#[test]
fn a_redirect_is_followed_and_a_loop_is_an_error() {
    let site = web::start();
    let moved = fetch(&format!("{site}/moved/content_93644625.htm")).expect("followed");
    // Its page links resolve against where it was moved to.
    assert_eq!(moved.pages.len(), 3, "{:?}", moved.failed);
    let looped = format!("{site}/loop/a.htm");
    let e = fetch(&looped).expect_err("a loop");
    assert_eq!(e, format!("{looped}: too many redirects (more than 5)"));
}

#[test]
fn a_server_that_never_answers_times_out() {
    let site = web::start();
    let url = format!("{site}/silent/content_1.htm");
    let started = Instant::now();
    let e = fetch(&url).expect_err("no answer");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(e, format!("{url}: no answer within 1 s"));
}

#[test]
fn a_50_mb_page_is_stopped_at_the_size_limit() {
    let site = web::start();
    let url = format!("{site}/huge/content_1.htm");
    let e = fetch(&url).expect_err("too large");
    assert_eq!(
        e,
        format!("{url}: the page is larger than the limit of 10 MB per page")
    );
}

#[test]
fn a_pdf_or_an_image_is_not_a_web_page() {
    let site = web::start();
    let pdf = format!("{site}/report.pdf");
    assert_eq!(
        fetch(&pdf).expect_err("pdf"),
        format!("{pdf}: not a web page but application/pdf")
    );
    let png = format!("{site}/image/content_1.htm");
    assert_eq!(
        fetch(&png).expect_err("png"),
        format!("{png}: not a web page but a PNG image")
    );
}

#[test]
fn a_gbk_page_over_http_is_read_in_its_charset() {
    let site = web::start();
    let f = fetch(&format!("{site}/gbk/content_1.htm")).expect("gbk page");
    assert!(
        f.pages[0].text.contains("全年粮食产量69541万吨"),
        "{}",
        f.pages[0].text
    );
}

#[test]
fn an_address_that_fails_leaves_the_other_briefings_open() {
    let site = web::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/across/miit-2023-01-19.txt");
    let missing = format!("{site}/nothing/here.htm");
    let out = dir.path().join("figures.csv");
    let run = briefboard(
        &[
            "export",
            "--csv",
            "--data",
            &seed.to_string_lossy(),
            "--data",
            &missing,
            "-o",
            &out.to_string_lossy(),
        ],
        &dir.path().join("data"),
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    // The command line joins exactly the briefings given, so it stops, naming the address.
    assert!(!run.status.success());
    assert!(
        stderr.contains(&format!("{missing}: HTTP status 404 (Not Found)")),
        "{stderr}"
    );
    // The loader the app shares gives the other briefing all the same.
    let results = briefboard::library::open_all(
        &[seed, PathBuf::from(&missing)],
        &briefboard::loaded::Places::none(),
    );
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let e = results[1].as_ref().expect_err("404");
    assert_eq!(
        e.to_string(),
        format!("{missing}: HTTP status 404 (Not Found)")
    );
}
