//! My slides as a user makes them, for `ui_slides.rs` and `ui_slides_file.rs`: two slides made
//! from the details panel and the table, the figures a slide shows, the app started with a
//! board.

use briefboard::app::{App, Command, Page, StartOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The id of the figure whose label is `label`.
pub fn id_of(harness: &Harness<'static, App>, label: &str) -> String {
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
pub fn shown_values(harness: &Harness<'static, App>, slide: usize) -> Vec<String> {
    let app = harness.state();
    let dataset = app.data().dataset();
    app.board_resolved().slides[slide]
        .found()
        .map(|(_, n)| briefboard::format::indicator(&dataset.indicators[n]))
        .collect()
}

/// The app started as `briefboard BOARD` where no briefing was open at the last run; stepped
/// until the board's briefings are read.
pub fn open_board(path: &std::path::Path) -> Harness<'static, App> {
    let options = StartOptions {
        files: vec![path.to_owned()],
        state: Some(super::no_briefings()),
        ..StartOptions::default()
    };
    super::started(options)
}

pub fn show(harness: &mut Harness<'static, App>, page: Page) {
    harness.state_mut().push(Command::ShowPage(page));
    harness.run();
}

/// Slides made as a user makes them: (1) the 5G base stations from the details panel; (2)
/// the computing power and the 5G share of the world's total picked in the table with
/// Ctrl+click.
pub fn two_slides() -> Harness<'static, App> {
    let mut harness = super::harness(None);
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
