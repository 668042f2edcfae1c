//! `briefboard board add|list` and `briefboard export --board`: slides of one's own in a
//! `.briefboard` file, exported as a deck read back with `pdftotext`.
//!
//! The values are read from the transcripts by a person: the MIIT briefing of 5 July 2024
//! (`data/000_6ed6731605744708.txt`): "We have built a total of 3.837 million 5G base
//! stations, accounting for over 60% of the global share" (Jin Zhuanglong) and "our computing
//! power has reached 230 EFLOPS" (Zhao Zhiguo); the MIIT briefings of 19 January 2023 ("We
//! have built a total of 2.31 million 5G base stations") and of 20 January 2026 ("We have
//! built a total of 4.83 million 5G base stations") in `tests/data/across/`.

use std::path::{Path, PathBuf};
use std::process::Command;

const MIIT_2024: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/000_6ed6731605744708.txt");
const MIIT_2023: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/across/miit-2023-01-19.txt"
);
const MIIT_2026: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/across/miit-2026-01-20.txt"
);

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

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The ids `export --csv` gives the figures of `data` whose label is `label`.
fn ids_labelled(data: &[&str], label: &str) -> Vec<String> {
    let mut args = vec!["export", "--csv", "-o", "-"];
    for d in data {
        args.extend(["--data", d]);
    }
    let text = ok(&args);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("a row"))
        .filter(|r| &r[1] == label)
        .map(|r| r[0].to_owned())
        .collect()
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text as `pdftotext` gives it, on one line: lines joined by spaces.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A board of two slides of the 2024 briefing: the 5G base stations (highlighted) with their
/// share of the world's total, as bars with a note; the computing power as a card.
fn two_slides(dir: &Path) -> PathBuf {
    let board = dir.join("mine.briefboard");
    let b = s(&board);
    let five_g = ids_labelled(&[MIIT_2024], "5G base stations built");
    assert_eq!(five_g.len(), 1, "{five_g:?}");
    let share = ids_labelled(&[MIIT_2024], "5G base stations, share of the world's total");
    assert_eq!(share.len(), 1, "{share:?}");
    let out = ok(&[
        "board",
        "add",
        &b,
        "--data",
        MIIT_2024,
        "--figure",
        &five_g[0],
        "--figure",
        &share[0],
        "--highlight",
        &five_g[0],
        "--title",
        "5G at home and abroad",
        "--subtitle",
        "Base stations built by mid-2024",
        "--note",
        "Most of the world's 5G base stations are in China.",
    ]);
    assert!(out.contains("slide 1"), "{out}");
    let power = ids_labelled(&[MIIT_2024], "Total computing power");
    assert_eq!(power.len(), 1, "{power:?}");
    let out = ok(&[
        "board", "add", &b, "--data", MIIT_2024, "--figure", &power[0], "--chart", "cards",
    ]);
    assert!(out.contains("slide 2"), "{out}");
    board
}

#[test]
fn board_add_makes_the_file_and_list_shows_slides_and_figures() {
    let dir = tempfile::tempdir().expect("a folder");
    let board = two_slides(dir.path());
    let text = std::fs::read_to_string(&board).expect("the board is written");
    assert!(text.contains("\"board_version\": 1"), "{text}");
    assert!(
        text.contains(MIIT_2024),
        "the briefing's path as given: {text}"
    );
    let out = ok(&["board", "list", &s(&board)]);
    assert!(out.contains("2 slides, 1 briefing"), "{out}");
    assert!(
        out.contains("Slide 1: 5G at home and abroad [bars]"),
        "{out}"
    );
    // The highlighted figure is starred; its value is the transcript's.
    let five_g = out
        .lines()
        .find(|l| l.contains("5G base stations built"))
        .expect("the 5G line");
    assert!(five_g.trim_start().starts_with("* "), "{five_g}");
    assert!(five_g.contains("3.837 million"), "{five_g}");
    let share = out
        .lines()
        .find(|l| l.contains("share of the world's total"))
        .expect("the share line");
    assert!(!share.trim_start().starts_with('*'), "{share}");
    assert!(share.contains("60 %"), "{share}");
    assert!(out.contains("Note: Most of the world's 5G base stations are in China."));
    // The second slide is titled after its figure.
    assert!(
        out.contains("Slide 2: Total computing power [cards]"),
        "{out}"
    );
    assert!(out.contains("230 EFLOPS"), "{out}");
    assert!(!out.contains("Problem"), "{out}");
}

#[test]
fn the_deck_of_a_board_has_its_titles_values_note_and_quotes() {
    let dir = tempfile::tempdir().expect("a folder");
    let board = two_slides(dir.path());
    let deck = dir.path().join("deck.pdf");
    let out = ok(&["export", "--board", &s(&board), "--deck", "-o", &s(&deck)]);
    assert!(out.contains("2 slides and their sources"), "{out}");
    let text = flat(&pdftotext(&deck));
    for words in [
        "5G at home and abroad",
        "Base stations built by mid-2024",
        "3.837 million",
        "Most of the world's 5G base stations are in China.",
        "Total computing power",
        "230 EFLOPS",
        "Sources",
        // The quotes on the Sources pages, as the transcript has them.
        "We have built a total of 3.837 million 5G base stations, accounting for over 60% of the global share",
        "our computing power has reached 230 EFLOPS",
        "Jin Zhuanglong",
    ] {
        assert!(text.contains(words), "{words:?} not in the deck: {text}");
    }
}

#[test]
fn a_series_slide_spans_three_briefings_and_one_of_several_measures_is_refused() {
    let dir = tempfile::tempdir().expect("a folder");
    let board = s(&dir.path().join("series.briefboard"));
    let data = [MIIT_2023, MIIT_2024, MIIT_2026];
    let ids = ids_labelled(&data, "5G base stations built");
    assert_eq!(ids.len(), 3, "one per briefing: {ids:?}");
    let mut args = vec![
        "board",
        "add",
        &board,
        "--chart",
        "series",
        "--title",
        "5G base stations over time",
    ];
    for d in &data {
        args.extend(["--data", d]);
    }
    for id in &ids {
        args.extend(["--figure", id]);
    }
    ok(&args);
    let deck = dir.path().join("series.pdf");
    ok(&["export", "--board", &board, "--deck", "-o", &s(&deck)]);
    let text = flat(&pdftotext(&deck));
    for words in [
        "5G base stations over time",
        "2.31 million",
        "3.837 million",
        "4.83 million",
        "We have built a total of 2.31 million 5G base stations",
        "We have built a total of 4.83 million 5G base stations",
    ] {
        assert!(text.contains(words), "{words:?} not in the deck: {text}");
    }
    let listed = ok(&["board", "list", &board]);
    assert!(listed.contains("3 briefings"), "{listed}");

    let power = ids_labelled(&[MIIT_2024], "Total computing power");
    let five_g = ids_labelled(&[MIIT_2024], "5G base stations built");
    let (code, _, err) = run(&[
        "board", "add", &board, "--data", MIIT_2024, "--chart", "series", "--figure", &five_g[0],
        "--figure", &power[0],
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("measure different things"), "{err}");
}

#[test]
fn a_briefing_gone_or_changed_is_named_and_its_slides_say_so() {
    let dir = tempfile::tempdir().expect("a folder");
    let transcript = dir.path().join("miit.txt");
    std::fs::copy(MIIT_2024, &transcript).expect("copied");
    let board = s(&dir.path().join("mine.briefboard"));
    let five_g = ids_labelled(&[&s(&transcript)], "5G base stations built");
    ok(&[
        "board",
        "add",
        &board,
        "--data",
        &s(&transcript),
        "--figure",
        &five_g[0],
    ]);
    // The transcript changes: another text, another SHA-256.
    let mut text = std::fs::read_to_string(&transcript).expect("read");
    text.push_str("\nA paragraph added later.\n");
    std::fs::write(&transcript, text).expect("written");
    let out = ok(&["board", "list", &board]);
    assert!(
        out.contains("(not found)"),
        "the figure stays listed: {out}"
    );
    assert!(out.contains("Problem: needs the briefing"), "{out}");
    assert!(out.contains("has changed"), "{out}");
    // The transcript goes.
    std::fs::remove_file(&transcript).expect("removed");
    let (code, out, err) = run(&["board", "list", &board]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("could not be opened (no such file)"), "{out}");
    assert!(err.contains("miit.txt"), "{err}");
    // The deck still exports, and standard error says what is missing.
    let deck = dir.path().join("deck.pdf");
    let (code, _, err) = run(&["export", "--board", &board, "--deck", "-o", &s(&deck)]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Slide 1: needs the briefing"), "{err}");
}

#[test]
fn every_slide_as_an_svg_and_errors_that_help() {
    let dir = tempfile::tempdir().expect("a folder");
    let board = two_slides(dir.path());
    let out_dir = dir.path().join("slides");
    ok(&[
        "export",
        "--board",
        &s(&board),
        "--all",
        "--format",
        "svg",
        "-o",
        &s(&out_dir),
    ]);
    let svg = std::fs::read_to_string(out_dir.join("my-slide-1.svg")).expect("slide 1");
    assert!(svg.contains("<svg"), "an SVG");
    assert!(out_dir.join("my-slide-2.svg").exists());

    let (code, _, err) = run(&[
        "board",
        "add",
        &s(&board),
        "--data",
        MIIT_2024,
        "--figure",
        "no-such-figure",
    ]);
    assert_ne!(code, 0);
    assert!(
        err.contains("no-such-figure") && err.contains("export --csv"),
        "{err}"
    );

    let broken = dir.path().join("broken.briefboard");
    std::fs::write(&broken, "{\"board_version\": 1,\n \"slides\": 3}").expect("written");
    let (code, _, err) = run(&["board", "list", &s(&broken)]);
    assert_ne!(code, 0);
    assert!(err.contains("broken.briefboard: line 2, column"), "{err}");

    let schema = ok(&["schema", "--board"]);
    assert!(
        schema.contains("board_version") && schema.contains("highlight"),
        "{schema}"
    );
}

#[test]
fn a_slide_taller_than_the_deck_continues_with_its_note_on_each_page() {
    // Thirty shares of the 2024 briefing on one slide, among them "31.7% of GDP" (industrial
    // value added, Jin Zhuanglong).
    let dir = tempfile::tempdir().expect("a folder");
    let board = s(&dir.path().join("tall.briefboard"));
    let text = ok(&["export", "--csv", "-o", "-", "--data", MIIT_2024]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.expect("a row"))
        .filter(|r| &r[4] == "percent")
        .map(|r| r[0].to_owned())
        .take(30)
        .collect();
    assert_eq!(ids.len(), 30);
    let mut args = vec![
        "board",
        "add",
        &board,
        "--data",
        MIIT_2024,
        "--title",
        "Thirty shares",
    ];
    args.extend(["--note", "The note under each part."]);
    for id in &ids {
        args.extend(["--figure", id]);
    }
    ok(&args);
    let deck = dir.path().join("tall.pdf");
    let out = ok(&["export", "--board", &board, "--deck", "-o", &s(&deck)]);
    assert!(out.contains("1 slide on 2 pages"), "{out}");
    let text = flat(&pdftotext(&deck));
    assert!(text.contains("Thirty shares (1 of 2)"), "{text}");
    assert!(text.contains("Thirty shares (2 of 2)"), "{text}");
    assert!(text.contains("31.7 %"), "{text}");
    assert_eq!(
        text.matches("The note under each part.").count(),
        2,
        "{text}"
    );
}
