//! `briefboard pages` lists every id that `--page` takes: the chart pages of the data, then the
//! table and the transcript.

use std::process::Command;

#[test]
fn pages_lists_chart_pages_then_table_and_transcript() {
    let out = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .arg("pages")
        .output()
        .expect("the binary runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(ids.first(), Some(&"5g-base-stations"), "{text}");
    assert_eq!(ids[ids.len() - 2..], ["table", "transcript"], "{text}");
}

#[test]
fn pages_of_another_briefing_are_its_own() {
    let excerpt = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/briefings/03.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(["pages", "--data", excerpt])
        .output()
        .expect("the binary runs");
    let text = String::from_utf8_lossy(&out.stdout);
    // The employment minister's excerpt: its own theme page, none of the MIIT pages.
    assert!(text.contains("theme-employment"), "{text}");
    assert!(!text.contains("5g-base-stations"), "{text}");
}
