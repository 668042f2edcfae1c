//! `briefboard correct` renames, hides, restores, lists and undoes through the file beside the
//! transcript, and `export` (and `extract`) show the corrected figures unless
//! `--no-corrections`. Figures read by a person from `tests/data/across/miit-2026-01-20.txt`:
//! "China had 1.12 billion internet users by the end of 2025" (Jin Zhuanglong; the rules
//! label it "Internet users") and "We aim to build 6 million 5G base stations by
//! 2027" (Zhao Zhiguo).

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefboard"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// A folder with the transcript as `B1.txt`.
fn folder() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("a folder");
    let path: PathBuf = dir.path().join("B1.txt");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/across/miit-2026-01-20.txt"
        ),
        &path,
    )
    .expect("copied");
    (dir, path.to_string_lossy().into_owned())
}

/// The CSV rows of the briefing: (id, label, kind).
fn rows(b1: &str, extra: &[&str]) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("f.csv");
    let out = out.to_string_lossy().into_owned();
    let mut args = vec!["export", "--csv", "--data", b1, "-o", &out];
    args.extend_from_slice(extra);
    ok(&args);
    let text = std::fs::read_to_string(&out).expect("written");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.expect("a row");
            (r[0].to_owned(), r[1].to_owned(), r[6].to_owned())
        })
        .collect()
}

#[test]
fn correct_renames_hides_restores_lists_and_undoes() {
    let (dir, b1) = folder();
    let before = rows(&b1, &[]);
    assert!(before.contains(&(
        "internet-users".into(),
        "Internet users".into(),
        "level".into()
    )));
    assert_eq!(before.len(), 5);

    let out = ok(&[
        "correct",
        &b1,
        "--figure",
        "internet-users",
        "--label",
        "Internet users in China",
    ]);
    assert!(out.contains("B1.corrections.json"), "{out}");
    assert!(dir.path().join("B1.corrections.json").is_file());
    let after = rows(&b1, &[]);
    assert!(after.contains(&(
        "internet-users".into(),
        "Internet users in China".into(),
        "level".into()
    )));
    // --no-corrections: the extractor's label.
    assert!(rows(&b1, &["--no-corrections"]).contains(&(
        "internet-users".into(),
        "Internet users".into(),
        "level".into()
    )));

    // Hide the 6 million target, then restore it.
    ok(&[
        "correct",
        &b1,
        "--figure",
        "5g-base-stations-2",
        "--hide",
        "--note",
        "a goal, said with the figure reached",
    ]);
    let hidden = rows(&b1, &[]);
    assert_eq!(hidden.len(), 4);
    assert!(!hidden.iter().any(|r| r.0 == "5g-base-stations-2"));
    let list = ok(&["correct", &b1, "--list"]);
    assert!(list.contains("2 corrections"), "{list}");
    assert!(list.contains("Internet users in China"), "{list}");
    assert!(
        list.contains("5g-base-stations-2 (hidden): hidden"),
        "{list}"
    );
    assert!(
        list.contains("a goal, said with the figure reached"),
        "{list}"
    );
    ok(&["correct", &b1, "--figure", "5g-base-stations-2", "--show"]);
    assert_eq!(rows(&b1, &[]).len(), 5);

    // A kind: the penetration rate ("has exceeded 80%") as a level; then undo it.
    ok(&[
        "correct",
        &b1,
        "--figure",
        "5g-user-penetration",
        "--kind",
        "level",
    ]);
    assert!(
        rows(&b1, &[])
            .iter()
            .any(|r| r.0 == "5g-user-penetration" && r.2 == "level")
    );
    let out = ok(&["correct", &b1, "--undo"]);
    assert!(out.contains("undone"), "{out}");
    assert!(
        rows(&b1, &[])
            .iter()
            .any(|r| r.0 == "5g-user-penetration" && r.2 == "share")
    );

    // extract applies them too.
    let json = ok(&["extract", &b1]);
    assert!(json.contains("\"label\": \"Internet users in China\""));
    let json = ok(&["extract", "--no-corrections", &b1]);
    assert!(!json.contains("\"label\": \"Internet users in China\","));
}

#[test]
fn bad_values_and_unknown_figures_are_errors_that_say_what_is_known() {
    let (_dir, b1) = folder();
    let (code, _, err) = run(&["correct", &b1, "--figure", "nope", "--label", "x"]);
    assert_eq!(code, 1);
    assert!(err.contains("no figure \"nope\""), "{err}");
    let (code, _, err) = run(&[
        "correct",
        &b1,
        "--figure",
        "5g-user-penetration",
        "--kind",
        "growth",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("level, share, change, target"), "{err}");
    let (code, _, err) = run(&[
        "correct",
        &b1,
        "--figure",
        "5g-user-penetration",
        "--period",
        "mid-2025",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("--period"), "{err}");
    let (code, _, err) = run(&[
        "correct",
        &b1,
        "--figure",
        "5g-user-penetration",
        "--theme",
        "sport",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("not a theme"), "{err}");
}

#[test]
fn schema_corrections_prints_the_schema_of_the_file() {
    let out = ok(&["schema", "--corrections"]);
    assert!(
        out.contains("\"title\": \"Corrections\""),
        "{}",
        &out[..200]
    );
    assert!(out.contains("corrections_version"));
}
