//! Hover and click on chart marks: hovering a bar reports its indicator id and shows a
//! tooltip with label, value, period and speakers; a click pushes the command that selects it.

mod support;

use briefboard::charts;
use briefboard::command::{Command, Commands};
use briefboard::dataset::Dataset;
use briefboard::filter::Selection;
use briefboard::theme::{self, ThemeChoice};
use briefboard::view::plot::{PageResponse, page_ui};
use egui_kittest::Harness;

/// What the page reported over the frames of a test.
#[derive(Default)]
struct Seen {
    hovered: Option<String>,
    clicked: Option<String>,
}

fn harness() -> Harness<'static, Seen> {
    let dataset = Dataset::embedded();
    let page = charts::page_model("5g-base-stations", &dataset, &Selection::all(&dataset))
        .expect("the 5G page");
    let tokens = theme::tokens(ThemeChoice::Light);
    support::page::builder(ThemeChoice::Light, egui::vec2(960.0, 640.0)).build_ui_state(
        move |ui, seen: &mut Seen| {
            let mut commands = Commands::default();
            let PageResponse { hovered, .. } = page_ui(ui, &page, &tokens, None, &mut commands);
            seen.hovered = hovered;
            for command in commands.take() {
                if let Command::Select(Some(id)) = command {
                    seen.clicked = Some(id);
                }
            }
        },
        Seen::default(),
    )
}

/// The middle of the first bar of the "5G shares" chart, in the 960×640 layout.
const FIRST_SHARE_BAR: egui::Pos2 = egui::pos2(120.0, 216.0);

#[test]
fn hovering_a_bar_reports_its_indicator_and_shows_a_tooltip() {
    let mut h = harness();
    h.run();
    h.hover_at(FIRST_SHARE_BAR);
    h.run();
    assert_eq!(
        h.state().hovered.as_deref(),
        Some("5g-base-stations-global-share")
    );
    h.snapshot_options(
        "page_5g-base-stations_hover",
        &support::page::snapshot_options(),
    );
}

#[test]
fn clicking_a_bar_reports_its_indicator() {
    let mut h = harness();
    h.run();
    h.hover_at(FIRST_SHARE_BAR);
    h.run();
    h.drag_at(FIRST_SHARE_BAR);
    h.drop_at(FIRST_SHARE_BAR);
    h.run();
    assert_eq!(
        h.state().clicked.as_deref(),
        Some("5g-base-stations-global-share")
    );
}

#[test]
fn clicking_the_headline_reports_its_indicator() {
    let mut h = harness();
    h.run();
    let at = egui::pos2(150.0, 100.0);
    h.hover_at(at);
    h.run();
    h.drag_at(at);
    h.drop_at(at);
    h.run();
    assert_eq!(h.state().clicked.as_deref(), Some("5g-base-stations"));
}
