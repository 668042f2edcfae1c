//! My slides in the app (issue 23), as a user: add a figure to a slide from its details, two
//! rows of the table to one slide, a chart mark to the current slide; reorder, highlight,
//! retitle; save (Ctrl+S) and reopen as `briefboard mine.briefboard`; present with F5.
//!
//! The figures are the embedded MIIT briefing's (5 July 2024), as read in its transcript:
//! "3.837 million 5G base stations, accounting for over 60% of the global share" and "China
//! accounts for 42% of the world's declared standard-essential patents for 5G".

mod support;

use briefboard::app::{App, Command, Page, StartOptions};
use briefboard::charts::MarkStyle;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The id of the figure whose label is `label`.
fn id_of(harness: &Harness<'static, App>, label: &str) -> String {
    harness
        .state()
        .data()
        .dataset()
        .indicators
        .iter()
        .find(|i| i.label == label)
        .map_or_else(|| panic!("no figure {label:?}"), |i| i.id.clone())
}

/// The values of a slide's figures, as shown.
fn shown_values(harness: &Harness<'static, App>, slide: usize) -> Vec<String> {
    let app = harness.state();
    let dataset = app.data().dataset();
    app.board_resolved().slides[slide]
        .found()
        .map(|(_, n)| briefboard::format::indicator(&dataset.indicators[n]))
        .collect()
}

/// The app started as `briefboard BOARD` where no briefing was open at the last run; stepped
/// until the board's briefings are read.
fn open_board(path: &std::path::Path) -> Harness<'static, App> {
    let options = StartOptions {
        files: vec![path.to_owned()],
        state: Some(briefboard::app::Persisted {
            briefings: Vec::new(),
            ..briefboard::app::Persisted::default()
        }),
        ..StartOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(support::WINDOW)
        .build_eframe(|cc| App::new(cc, options));
    support::wait_idle(&mut harness);
    harness
}

fn show(harness: &mut Harness<'static, App>, page: Page) {
    harness.state_mut().push(Command::ShowPage(page));
    harness.run();
}

/// Slides made as a user makes them: (1) the 5G base stations from the details panel; (2)
/// the computing power and the 5G share of the world's total picked in the table with
/// Ctrl+click.
fn two_slides() -> Harness<'static, App> {
    let mut harness = support::harness(None);
    let five_g = id_of(&harness, "5G base stations built");
    harness.state_mut().push(Command::Select(Some(five_g)));
    harness.run();
    harness.get_by_label("Add to slide").click();
    harness.run();
    harness.get_by_label("Add to a new slide").click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 1);
    assert_eq!(shown_values(&harness, 0), ["3.837 million"]);

    show(&mut harness, Page::Table);
    // The search leaves the figures of 5G, so both rows are on screen.
    harness
        .state_mut()
        .push(Command::SetSearch("5G".to_owned()));
    harness.run();
    harness
        .get_by_label("5G base stations, share of the world's total")
        .click();
    harness.run();
    harness
        .get_by_label("Share of the world's declared 5G standard-essential patents")
        .click_modifiers(egui::Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("2 rows selected:");
    harness.get_by_label("Add to a new slide").click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 2);
    assert_eq!(shown_values(&harness, 1), ["> 60 %", "42 %"]);
    harness.state_mut().push(Command::SetSearch(String::new()));
    harness.run();
    harness
}

#[test]
fn add_from_details_table_and_chart_then_reorder_and_highlight() {
    let mut harness = two_slides();
    // A mark of a chart page: its menu adds the figure to the current slide (the second).
    let page = harness
        .state()
        .pages()
        .into_iter()
        .find(|(p, _)| matches!(p, Page::Chart(id) if id == "5g-base-stations"))
        .map(|(p, _)| p)
        .expect("the 5G page");
    show(&mut harness, page);
    let model = harness.state().page_model().cloned().expect("a chart page");
    // The headline figure (3.837 million 5G base stations), a mark like any other.
    let card = model.headline.clone().expect("the 5G page's headline");
    let (label, value) = (card.label.clone(), card.display.clone());
    harness.get_by_label(&label).click_secondary();
    harness.run();
    harness.get_by_label("Add to the current slide").click();
    harness.run();
    let values = shown_values(&harness, 1);
    assert_eq!(values.len(), 3, "{values:?}");
    assert_eq!(values[2], value);

    // My slides: the second slide goes first.
    harness.get_by_label("My slides (2)").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Slides);
    harness
        .get_all_by_label("Up")
        .nth(1)
        .expect("a second Up")
        .click();
    harness.run();
    assert_eq!(shown_values(&harness, 0)[..2], ["> 60 %", "42 %"]);
    assert_eq!(shown_values(&harness, 1), ["3.837 million"]);
    assert_eq!(
        harness.state().current_slide(),
        0,
        "the moved slide stays chosen"
    );
    // Dragged by its title onto the first slide's title, the second slide goes first again.
    let from = harness
        .get_by_label("2. 5G base stations built")
        .rect()
        .center();
    let to = harness.get_by_label_contains("1. ").rect().center();
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for k in 1..=5u8 {
        harness.hover_at(from + (to - from) * (f32::from(k) / 5.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    assert_eq!(shown_values(&harness, 0), ["3.837 million"]);
    assert_eq!(shown_values(&harness, 1)[..2], ["> 60 %", "42 %"]);
    harness
        .get_all_by_label("Up")
        .nth(1)
        .expect("a second Up")
        .click();
    harness.run();

    // Highlight the share of 5G base stations: the other figures of the slide are greyed.
    harness
        .get_all_by_label("Highlight")
        .next()
        .expect("a Highlight box")
        .click();
    harness.run();
    let slide = &harness.state().board().slides[0];
    assert!(slide.figures[0].highlight && !slide.figures[1].highlight);
    let model = harness
        .state()
        .derived()
        .current_board_slide()
        .cloned()
        .expect("the chosen slide's model");
    let styles: Vec<(String, MarkStyle)> = model
        .marks()
        .map(|m| (m.display.clone(), m.style))
        .collect();
    assert!(
        styles.contains(&("> 60 %".to_owned(), MarkStyle::Achieved)),
        "{styles:?}"
    );
    assert!(
        styles.contains(&("42 %".to_owned(), MarkStyle::Dimmed)),
        "{styles:?}"
    );

    // Duplicate, then delete the copy.
    harness
        .get_all_by_label("Duplicate")
        .next()
        .expect("Duplicate")
        .click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 3);
    harness
        .get_all_by_label("Delete")
        .nth(1)
        .expect("Delete")
        .click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 2);
}

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
        state: Some(briefboard::app::Persisted {
            briefings: Vec::new(),
            ..briefboard::app::Persisted::default()
        }),
        ..StartOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(support::WINDOW)
        .build_eframe(|cc| App::new(cc, options));
    support::wait_idle(&mut harness);
    assert!(harness.state().board_resolved().problems().is_empty());
    assert_eq!(shown_values(&harness, 0), ["4.83 million"]);
    let presenter = harness.state().presenter().expect("presenting My slides");
    assert_eq!(presenter.presentation().current(), Some("my-slide-1"));
}

#[test]
fn the_slides_are_listed_as_thumbnails_and_a_click_on_one_chooses_it() {
    let mut harness = two_slides();
    harness.get_by_label("My slides (2)").click();
    harness.run();
    let titles: Vec<String> = harness
        .state()
        .board()
        .slides
        .iter()
        .map(|s| s.title.clone())
        .collect();
    // One thumbnail per slide, named by its slide's title for screen readers.
    for title in &titles {
        harness.get_by_label(&format!("Thumbnail: {title}"));
    }
    assert_eq!(
        harness.state().current_slide(),
        1,
        "the slide made last is chosen"
    );
    harness
        .get_by_label(&format!("Thumbnail: {}", titles[0]))
        .click();
    harness.run();
    assert_eq!(harness.state().current_slide(), 0);
}
