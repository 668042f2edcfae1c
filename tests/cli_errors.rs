//! The command line speaks one language: every subcommand reports bad input as
//! `briefboard: FILE: line L, column C: reason` (or the JSON path) and exits 1; bad usage
//! exits 2.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_files_are_named_with_the_place_and_the_reason() {
    let dir = tempfile::tempdir().expect("a folder");
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, "").expect("written");
    let dataset = dir.path().join("data.json");
    std::fs::write(&dataset, "{\"schema_version\": 1}").expect("written");
    let transcript = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/briefings/01.txt");
    let empty = empty.to_string_lossy().into_owned();
    let dataset = dataset.to_string_lossy().into_owned();

    let (code, err) = run(&["validate", &empty]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        format!("briefboard: {empty}: line 1, column 1: empty file: no dataset in it")
    );

    let (code, err) = run(&["validate", transcript]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!(
            "briefboard: {transcript}: line 1, column 1: not a dataset"
        )),
        "{err}"
    );
    assert!(err.contains("briefboard extract"), "{err}");

    let (code, err) = run(&["extract", &dataset]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!(
            "briefboard: {dataset}: line 1: this is JSON, not a transcript"
        )),
        "{err}"
    );
    // The position is said once.
    let (_, err) = run(&["validate", &dataset]);
    assert_eq!(err.matches("line 1").count(), 1, "{err}");
}

#[test]
fn bad_usage_exits_2() {
    let (code, _) = run(&["export", "--no-such-flag"]);
    assert_eq!(code, 2);
}

/// `--page table` is no chart: the error points to --csv, and `--csv --page table` works.
#[test]
fn the_table_page_points_to_csv() {
    let dir = tempfile::tempdir().expect("a folder");
    let png = dir.path().join("t.png").to_string_lossy().into_owned();
    let (code, err) = run(&["export", "--page", "table", "-o", &png]);
    assert_eq!(code, 1);
    assert!(err.contains("--csv"), "{err}");
    let csv = dir.path().join("t.csv").to_string_lossy().into_owned();
    let (code, err) = run(&["export", "--csv", "--page", "table", "-o", &csv]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).expect("the CSV");
    assert!(
        text.contains("3837000"),
        "the 3.837 million 5G base stations are a row"
    );
}

#[test]
fn the_help_of_export_names_every_theme_the_extractor_files_under() {
    let out = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(["export", "--help"])
        .output()
        .expect("briefboard runs");
    let help = String::from_utf8_lossy(&out.stdout).into_owned();
    let words: Vec<&str> = help.split(|c: char| !c.is_alphanumeric()).collect();
    for id in briefboard::extract::theme_ids() {
        assert!(words.contains(&id), "{id}: {help}");
    }
}

#[test]
fn a_list_without_speakers_extracts_with_a_warning() {
    let dir = tempfile::tempdir().expect("a folder");
    let list = dir.path().join("shopping.txt");
    std::fs::write(&list, "Eggs 12\nLitres of milk 2\n").expect("written");
    let list = list.to_string_lossy().into_owned();
    let (code, err) = run(&["extract", "--no-corrections", &list]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with(&format!("briefboard: {list} has no speaker lines")),
        "{err}"
    );
    // A transcript with speaker lines gets no such warning.
    let transcript = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/briefings/01.txt");
    let (code, err) = run(&["extract", "--no-corrections", transcript]);
    assert_eq!((code, err.as_str()), (0, ""));
}
