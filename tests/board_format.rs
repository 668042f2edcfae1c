//! The board format: round trip, errors naming their place, briefings gone or changed,
//! figures found by identity in a corrected dataset.

use briefboard::board::{Board, BriefingState, open_briefings, resolve, series_problem};
use briefboard::dataset::{Dataset, EMBEDDED_SOURCE, Indicator};

fn embedded() -> Dataset {
    Dataset::embedded()
}

/// A board of one slide with the 5G base stations (3.837 million, said by Jin Zhuanglong)
/// and their share of the world's total (over 60 %), the first highlighted.
fn board_of(dataset: &Dataset, path: &str) -> Board {
    let figures: Vec<&Indicator> = ["5g-base-stations", "5g-base-stations-global-share"]
        .iter()
        .map(|id| {
            dataset
                .indicator(id)
                .expect("a figure of the embedded briefing")
        })
        .collect();
    let mut board = Board::new();
    let path = path.to_owned();
    let k = board.add_slide(dataset, &figures, "", &|_| path.clone());
    board.slides[k].figures[0].highlight = true;
    "As said on 5 July 2024.".clone_into(&mut board.slides[k].note);
    board
}

#[test]
fn a_board_reads_back_as_it_was_written() {
    let dataset = embedded();
    let board = board_of(&dataset, "data/000_6ed6731605744708.txt");
    assert_eq!(board.slides[0].title, "5G base stations built");
    assert_eq!(board.briefings.len(), 1, "both figures are of one briefing");
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("mine.briefboard");
    board.write(&path).expect("written");
    let read = Board::read(&path).expect("read back");
    assert_eq!(read, board);
    assert_eq!(Board::from_json(&board.to_json()).expect("parses"), board);
    let text = std::fs::read_to_string(&path).expect("text");
    assert!(text.contains("\"board_version\": 1"), "{text}");
    assert!(text.contains("\"chart\": \"bars\""), "{text}");
}

#[test]
fn the_schema_names_the_fields() {
    let schema = Board::json_schema();
    for word in [
        "board_version",
        "briefings",
        "slides",
        "highlight",
        "anchor",
        "series",
    ] {
        assert!(schema.contains(word), "{word} missing from the schema");
    }
}

#[test]
fn a_syntax_error_names_the_file_line_and_column() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("broken.briefboard");
    std::fs::write(
        &path,
        "{\n  \"board_version\": 1,\n  \"briefings\": [,]\n}\n",
    )
    .expect("written");
    let err = Board::read(&path).expect_err("not JSON");
    assert_eq!(err.file, path);
    // The comma: two spaces, `"briefings"` (11 characters), `: [`, then `,` at column 17.
    assert_eq!(err.place.as_deref(), Some("line 3, column 17"));
    let text = err.to_string();
    assert!(text.starts_with(&path.display().to_string()), "{text}");
}

#[test]
fn an_unknown_chart_and_a_figure_of_an_unnamed_briefing_are_placed() {
    let dataset = embedded();
    let board = board_of(&dataset, "x.txt");
    let text = board.to_json().replace("\"bars\"", "\"pie\"");
    let (place, reason) = Board::from_json(&text).expect_err("no pie charts");
    assert!(place.starts_with("line "), "{place}");
    assert!(reason.contains("pie"), "{reason}");

    let mut wrong = board.clone();
    wrong.slides[0].figures[1].briefing = "0".repeat(64);
    let (place, reason) = Board::from_json(&wrong.to_json()).expect_err("unnamed briefing");
    assert_eq!(place, "slides[0].figures[1].briefing");
    assert!(reason.contains("does not name"), "{reason}");

    let mut other = board;
    other.board_version = 7;
    let (place, reason) = Board::from_json(&other.to_json()).expect_err("a later version");
    assert_eq!(place, "board_version");
    assert!(reason.contains("version 7"), "{reason}");
}

#[test]
fn a_missing_file_is_named() {
    let err = Board::read(std::path::Path::new("/nonexistent/mine.briefboard"))
        .expect_err("no such file");
    assert_eq!(err.reason, "no such file");
}

#[test]
fn figures_are_found_by_identity_and_in_the_slides_order() {
    let dataset = embedded();
    let board = board_of(&dataset, "x.txt");
    let resolved = resolve(&board, &dataset, &[]);
    let found: Vec<&str> = resolved.slides[0]
        .found()
        .map(|(_, n)| dataset.indicators[n].id.as_str())
        .collect();
    assert_eq!(found, ["5g-base-stations", "5g-base-stations-global-share"]);
    assert!(resolved.problems().is_empty());
    assert_eq!(resolved.briefings, [Some(0)]);
}

#[test]
fn a_corrected_figure_is_still_found_and_a_hidden_one_is_reported() {
    let dataset = embedded();
    let board = board_of(&dataset, "x.txt");
    let mut corrected = dataset.clone();
    // A correction renames the measure (the extractor's reading is kept in `extracted`)…
    let n = corrected
        .indicators
        .iter()
        .position(|i| i.id == "5g-base-stations")
        .expect("there");
    let read = corrected.indicators[n].extractor_reading();
    corrected.indicators[n].extracted = Some(read);
    "5g-stations-built".clone_into(&mut corrected.indicators[n].measure);
    "5g-stations-built".clone_into(&mut corrected.indicators[n].id);
    // …and hides the share of the world's total.
    corrected
        .indicators
        .retain(|i| i.id != "5g-base-stations-global-share");
    let resolved = resolve(&board, &corrected, &[]);
    let slide = &resolved.slides[0];
    assert_eq!(slide.figures[0], Some(n));
    assert_eq!(slide.figures[1], None);
    let problems = resolved.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("Slide 1: the figure \u{201c}5G base stations, share of the world's total\u{201d} was not found"),
        "{problems:?}"
    );
}

#[test]
fn a_briefing_gone_is_named_and_its_slides_say_so() {
    let dataset = embedded();
    let dir = tempfile::tempdir().expect("a folder");
    let board = board_of(&dataset, "gone.txt");
    let path = dir.path().join("mine.briefboard");
    let opened = open_briefings(&board, Some(&path), &briefboard::loaded::Places::none());
    assert!(opened.parts.is_empty());
    assert_eq!(
        opened.states,
        [BriefingState::Gone("no such file".to_owned())]
    );
    assert_eq!(
        opened.problems(&board),
        ["gone.txt: the briefing could not be opened (no such file)"]
    );
    let empty = briefboard::library::Library::default();
    let resolved = resolve(&board, empty.dataset(), &opened.states);
    let problems = resolved.problems();
    assert_eq!(
        problems.len(),
        1,
        "one line for the briefing, not one per figure"
    );
    assert!(problems[0].contains("gone.txt"), "{problems:?}");
    assert!(problems[0].contains("could not be opened"), "{problems:?}");
}

#[test]
fn a_changed_transcript_is_told_from_a_missing_one() {
    let dataset = embedded();
    let dir = tempfile::tempdir().expect("a folder");
    // The transcript beside the board, with a line added: another text, another SHA-256.
    let changed = format!("{EMBEDDED_SOURCE}\nA line added later.\n");
    std::fs::write(dir.path().join("briefing.txt"), changed).expect("written");
    let board = board_of(&dataset, "briefing.txt");
    let path = dir.path().join("mine.briefboard");
    let opened = open_briefings(&board, Some(&path), &briefboard::loaded::Places::none());
    assert_eq!(
        opened.parts.len(),
        1,
        "the changed briefing opens all the same"
    );
    assert!(matches!(opened.states[0], BriefingState::Changed { .. }));
    let library = briefboard::library::Library::new(opened.parts.clone());
    let resolved = resolve(&board, library.dataset(), &opened.states);
    let problems = resolved.problems();
    assert!(problems[0].contains("has changed"), "{problems:?}");

    // The unchanged transcript opens, beside the board, and every figure is found.
    std::fs::write(dir.path().join("briefing.txt"), EMBEDDED_SOURCE).expect("written");
    let opened = open_briefings(&board, Some(&path), &briefboard::loaded::Places::none());
    assert_eq!(opened.states, [BriefingState::Open]);
    let library = briefboard::library::Library::new(opened.parts);
    let resolved = resolve(&board, library.dataset(), &opened.states);
    assert!(resolved.problems().is_empty(), "{:?}", resolved.problems());
}

#[test]
fn slides_move_duplicate_and_go() {
    let dataset = embedded();
    let mut board = board_of(&dataset, "x.txt");
    let one: Vec<&Indicator> = vec![dataset.indicator("computing-power").expect("there")];
    board.add_slide(&dataset, &one, "Computing power", &|_| "x.txt".to_owned());
    assert_eq!(board.move_slide(1, 0), Some(0));
    assert_eq!(board.slides[0].title, "Computing power");
    assert_eq!(board.duplicate_slide(0), Some(1));
    assert_eq!(board.slides[1].title, "Computing power");
    assert!(board.delete_slide(2).is_some());
    assert_eq!(board.slides.len(), 2);
    assert_eq!(
        board.add_to_slide(0, &dataset, &one, &|_| String::new()),
        0,
        "already there"
    );
}

#[test]
fn a_series_needs_one_measure_at_two_dates() {
    let dataset = embedded();
    let at = |id: &str| {
        dataset
            .indicators
            .iter()
            .position(|i| i.id == id)
            .expect("there")
    };
    let two = [at("5g-base-stations"), at("computing-power")];
    let problem = series_problem(&dataset, &two).expect("two measures");
    assert!(problem.contains("measure different things"), "{problem}");
    // The renewable electricity rate of green data centers: 15 % in 2018, over 50 % at the
    // end of 2023 — one measure once the second figure is filed under the first's.
    let mut one = dataset.clone();
    let (a, b) = (
        at("green-data-centers-renewable-rate-2018"),
        at("green-data-centers-renewable-rate-2023"),
    );
    one.indicators[b].measure = one.indicators[a].measure.clone();
    assert_eq!(series_problem(&one, &[a, b]), None);
}
