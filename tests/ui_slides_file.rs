//! My slides saved and reopened (issue 23), as a user: save (Ctrl+S) and reopen as
//! `briefboard mine.briefboard`; present with F5; a board whose briefing has gone; a board
//! given with `--present`. Making and editing slides is in `ui_slides.rs`.
//!
//! The figures are the embedded MIIT briefing's (5 July 2024), as read in its transcript:
//! "3.837 million 5G base stations, accounting for over 60% of the global share" and "China
//! accounts for 42% of the world's declared standard-essential patents for 5G".

mod support;

use briefboard::app::{Command, Page, StartOptions};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use support::slides::{open_board, show, shown_values, two_slides};

#[test]
fn save_with_ctrl_s_reopen_and_present() {
    let mut harness = two_slides();
    show(&mut harness, Page::Slides);
    // A title and a note, typed.
    let title = harness.get_by_role_and_label(Role::TextInput, "Title");
    title.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .type_text("Computing and 5G");
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("Second in the world.");
    harness.run();
    assert_eq!(harness.state().board().slides[1].title, "Computing and 5G");
    assert_eq!(
        harness.state().board().slides[1].note,
        "Second in the world."
    );

    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("mine.briefboard");
    // The save dialog's answer, as the dialog gives it.
    harness.state_mut().push(Command::SaveBoard(path.clone()));
    harness.run();
    assert_eq!(harness.state().board_path(), Some(path.as_path()));
    // A later change goes to the same file with Ctrl+S.
    harness
        .get_by_role_and_label(Role::TextInput, "Subtitle")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Subtitle")
        .type_text("Two figures of July 2024");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let saved = briefboard::board::Board::read(&path).expect("the file reads");
    assert_eq!(&saved, harness.state().board());
    assert_eq!(saved.slides[1].subtitle, "Two figures of July 2024");

    // On My slides, the deck and the page export are the slides of one's own.
    {
        let app = harness.state();
        let src = briefboard::app::export_dialog::ExportSource::new(
            (app.data().dataset(), app.derived()),
            &Page::Slides,
            briefboard::theme::ThemeChoice::Light,
        );
        let titles: Vec<&str> = src.slides().iter().map(|m| m.title.as_str()).collect();
        assert_eq!(titles, ["5G base stations built", "Computing and 5G"]);
        assert_eq!(src.page().map(|m| m.id.as_str()), Some("my-slide-2"));
    }
    // F5 on My slides presents them, from the chosen one.
    harness.key_press(egui::Key::F5);
    harness.run();
    let presenter = harness.state().presenter().expect("presenting");
    let slides: Vec<&str> = presenter
        .presentation()
        .slides()
        .iter()
        .map(|s| s.page.as_str())
        .collect();
    assert_eq!(slides, ["my-slide-1", "my-slide-2"]);
    assert_eq!(
        presenter.presentation().current(),
        Some("my-slide-2"),
        "from the chosen slide"
    );
    drop(harness);

    // `briefboard mine.briefboard`: its briefing (the embedded one) opens, and My slides shows
    // the same slides with every figure found.
    let mut again = open_board(&path);
    assert_eq!(again.state().state.page, Page::Slides);
    assert_eq!(again.state().board(), &saved);
    assert!(again.state().board_resolved().problems().is_empty());
    assert_eq!(shown_values(&again, 1), ["> 60 %", "42 %"]);
    // Chosen in the list, the second slide shows its note under the preview's chart.
    again.get_by_label("2. Computing and 5G").click();
    again.run();
    assert_eq!(again.state().current_slide(), 1);
    let note = again
        .state()
        .derived()
        .current_board_slide()
        .and_then(|m| m.note.clone());
    assert_eq!(note.as_deref(), Some("Second in the world."));
    assert!(
        again
            .get_all_by_label("Second in the world.")
            .next()
            .is_some(),
        "the note is drawn"
    );
}

#[test]
fn a_board_whose_briefing_has_gone_names_it_and_its_slide_says_so() {
    use briefboard::board::{Board, BoardBriefing, ChartChoice, FigureRef, Slide};
    use briefboard::dataset::Anchor;
    let dir = tempfile::tempdir().expect("a folder");
    let sha = "ab".repeat(32);
    let board = Board {
        board_version: briefboard::board::BOARD_VERSION,
        briefings: vec![BoardBriefing {
            path: "gone.txt".to_owned(),
            sha256: sha.clone(),
            title: "A briefing since deleted".to_owned(),
            date: "2025-01-01".to_owned(),
        }],
        slides: vec![Slide {
            title: "Kept all the same".to_owned(),
            subtitle: String::new(),
            chart: ChartChoice::Bars,
            figures: vec![FigureRef {
                briefing: sha,
                measure: "5g-base-stations".to_owned(),
                anchor: Anchor {
                    start: 10,
                    end: 20,
                    value: 1.0,
                },
                label: "5G base stations built".to_owned(),
                highlight: false,
            }],
            note: String::new(),
        }],
    };
    let path = dir.path().join("old.briefboard");
    board.write(&path).expect("written");
    let harness = open_board(&path);
    assert_eq!(harness.state().board().slides.len(), 1, "the slide is kept");
    // Named above the slides, by the slide that needs it, and on the slide's preview (which
    // has nothing else to show).
    let named = harness
        .get_all_by_label_contains("could not be opened (no such file)")
        .count();
    assert_eq!(named, 3);
    harness.get_by_label_contains("This slide needs the briefing \u{201c}A briefing since deleted");
    harness.get_by_label_contains("5G base stations built (not found)");
    let problems = harness.state().board_resolved().problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("Slide 1: needs the briefing"),
        "{problems:?}"
    );
}

#[test]
fn a_board_given_with_present_presents_its_slides_once_its_briefing_is_read() {
    // "We have built a total of 4.83 million 5G base stations" (MIIT, 20 January 2026).
    let dir = tempfile::tempdir().expect("a folder");
    let transcript = dir.path().join("miit-2026.txt");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/across/miit-2026-01-20.txt"
        ),
        &transcript,
    )
    .expect("copied");
    let loaded = briefboard::loaded::Loaded::open(&transcript).expect("it opens");
    let dataset = &loaded.dataset;
    let built = dataset
        .indicators
        .iter()
        .find(|i| i.label == "5G base stations built")
        .expect("the 5G base stations");
    let mut board = briefboard::board::Board::new();
    let name = transcript.display().to_string();
    board.add_slide(dataset, &[built], "", &|_| name.clone());
    let path = dir.path().join("talk.briefboard");
    board.write(&path).expect("written");
    let options = StartOptions {
        files: vec![path],
        present: true,
        state: Some(support::no_briefings()),
        ..StartOptions::default()
    };
    let harness = support::started(options);
    assert!(harness.state().board_resolved().problems().is_empty());
    assert_eq!(shown_values(&harness, 0), ["4.83 million"]);
    let presenter = harness.state().presenter().expect("presenting My slides");
    assert_eq!(presenter.presentation().current(), Some("my-slide-1"));
}
