//! Correcting figures in the app (issue 21), as a user: on a briefing nobody corrected
//! (`tests/data/corrections/U1.txt`, made up for these tests), rename a figure, hide a false
//! one, change a growth rate's kind, undo and redo with Ctrl+Z and Ctrl+Shift+Z; a restart
//! keeps the corrections, and so does a newer dataset of the same transcript. Figures read by
//! a person from U1.txt (Li Ming): "Point 3 of the plan sets out our tasks" (3 is a section
//! number, not a figure), "Its revenue growth rate was 13.8%" (a change), "Further, 85% of
//! large enterprises used industrial software".

mod support;

use std::path::{Path, PathBuf};

use briefboard::app::{App, StartOptions};
use briefboard::dataset::Kind;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const U1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corrections/U1.txt");

/// A folder with the transcript as `U1.txt`, and a data folder for the app.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("U1.txt");
    std::fs::copy(U1, &path).expect("copied");
    (dir, path)
}

/// The app started as `briefboard FILE` with no other briefing open, its data folder in
/// `dir`, on the table; stepped until the file is read.
fn start(dir: &Path, file: &Path) -> Harness<'static, App> {
    let options = StartOptions {
        files: vec![file.to_owned()],
        page: Some("table".to_owned()),
        state: Some(support::no_briefings()),
        data_dir: Some(dir.join("data")),
        ..StartOptions::default()
    };
    support::started(options)
}

/// The label the app shows now for the figure of this value.
fn label_of(harness: &Harness<'static, App>, value: f64) -> Option<String> {
    harness
        .state()
        .data()
        .dataset()
        .indicators
        .iter()
        .find(|i| (i.value - value).abs() < 1e-9)
        .map(|i| i.label.clone())
}

fn kind_of(harness: &Harness<'static, App>, value: f64) -> Option<Kind> {
    let data = harness.state().data().dataset();
    let found = data
        .indicators
        .iter()
        .find(|i| (i.value - value).abs() < 1e-9);
    found.map(|i| i.kind)
}

/// Clicks the table row of the figure of this value and opens "Correct this figure".
fn edit(harness: &mut Harness<'static, App>, value: f64) {
    let label = label_of(harness, value).expect("the figure is shown");
    harness.get_by_label(&label).click();
    harness.run();
    harness.get_by_label("Correct this figure").click();
    harness.run();
}

#[test]
fn rename_undo_redo_and_restart() {
    let (dir, file) = folder();
    let mut harness = start(dir.path(), &file);
    edit(&mut harness, 85.0);
    let field = harness.get_by_role_and_label(Role::TextInput, "Label");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Label")
        .type_text("Large enterprises using industrial software");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        label_of(&harness, 85.0).as_deref(),
        Some("Large enterprises using industrial software")
    );
    // Marked as edited in the table and the details panel, with the extractor's reading.
    harness.get_by_label("Large enterprises using industrial software (edited)");
    harness.get_by_label_contains("The extractor read: label");
    assert!(dir.path().join("U1.corrections.json").is_file());
    // The chart page of the figure and its SVG export say the new label.
    let renamed = "Large enterprises using industrial software";
    let pages: Vec<_> = harness.state().pages();
    let mut on_a_page = false;
    for (page, _) in pages {
        if !matches!(page, briefboard::app::Page::Chart(_)) {
            continue;
        }
        harness
            .state_mut()
            .push(briefboard::app::Command::ShowPage(page));
        harness.run();
        let Some(model) = harness.state().page_model().cloned() else {
            continue;
        };
        if !model.marks().any(|m| m.label.contains(renamed)) {
            continue;
        }
        on_a_page = true;
        let data = harness.state().data().dataset().clone();
        let captions = briefboard::export::Captions::default();
        let page = briefboard::export::ExportPage::new(
            model,
            &data,
            briefboard::theme::ThemeChoice::Light,
            &captions,
        );
        let svg =
            briefboard::export::svg::to_svg(&page, briefboard::export::png::PngSize::default());
        assert!(
            svg.contains("Large enterprises using"),
            "the SVG says the new label"
        );
    }
    assert!(on_a_page, "a chart page shows the renamed figure");
    harness.state_mut().push(briefboard::app::Command::ShowPage(
        briefboard::app::Page::Table,
    ));
    harness.run();
    // Ctrl+Z undoes it, Ctrl+Shift+Z makes it again.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_ne!(
        label_of(&harness, 85.0).as_deref(),
        Some("Large enterprises using industrial software")
    );
    let shift = egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT);
    harness.key_press_modifiers(shift, egui::Key::Z);
    harness.run();
    assert_eq!(
        label_of(&harness, 85.0).as_deref(),
        Some("Large enterprises using industrial software")
    );
    drop(harness);
    // A restart: the correction is read from the file beside the transcript.
    let harness = start(dir.path(), &file);
    assert_eq!(
        label_of(&harness, 85.0).as_deref(),
        Some("Large enterprises using industrial software")
    );
}

#[test]
fn hide_a_false_figure_from_the_table_menu_and_show_it_again() {
    let (dir, file) = folder();
    let mut harness = start(dir.path(), &file);
    let shown = harness.state().data().dataset().indicators.len();
    let point = label_of(&harness, 3.0).expect("the section number is read as a figure");
    harness.get_by_label(&point).click_secondary();
    harness.run();
    harness.get_by_label("Hide: not a figure").click();
    harness.run();
    assert_eq!(label_of(&harness, 3.0), None, "hidden everywhere");
    assert_eq!(harness.state().data().dataset().indicators.len(), shown - 1);
    assert!(harness.state().selection_ids().len() < shown);
    harness.get_by_label("Hidden figures (1)");
    // Ctrl+Z brings it back; Ctrl+Shift+Z hides it again; "Show" brings it back for good.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(label_of(&harness, 3.0).is_some());
    let shift = egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT);
    harness.key_press_modifiers(shift, egui::Key::Z);
    harness.run();
    assert_eq!(label_of(&harness, 3.0), None);
    harness.get_by_label("Show").click();
    harness.run();
    assert!(label_of(&harness, 3.0).is_some());
    assert!(harness.query_by_label("Hidden figures (1)").is_none());
}

#[test]
fn a_growth_rate_becomes_a_change_and_a_newer_dataset_keeps_it() {
    let (dir, file) = folder();
    // A dataset of the transcript, beside it, that reads the growth rate as a share (as the
    // extractor of early 2026 did); the person knows it is a change.
    let json = dataset_beside(&file, |i| (i.value - 13.8).abs() < 1e-9, Kind::Share, "");
    let mut harness = start(dir.path(), &json);
    assert_eq!(kind_of(&harness, 13.8), Some(Kind::Share));
    edit(&mut harness, 13.8);
    harness
        .get_by_role_and_label(Role::ComboBox, "Kind")
        .click();
    harness.run();
    // The list's entry, not a table cell that says "change".
    harness
        .get_all_by_label("change")
        .find(|n| n.accesskit_node().role() != Role::Label)
        .expect("the list's entry")
        .click();
    harness.run();
    assert_eq!(kind_of(&harness, 13.8), Some(Kind::Change));
    // The Edit menu's Undo does what Ctrl+Z does.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_eq!(kind_of(&harness, 13.8), Some(Kind::Share));
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(kind_of(&harness, 13.8), Some(Kind::Change));
    drop(harness);
    // A newer dataset of the same transcript (another extractor's measures, ids and labels,
    // and a level for the growth rate) in its place: the correction still applies.
    let json = dataset_beside(
        &file,
        |i| (i.value - 13.8).abs() < 1e-9,
        Kind::Level,
        "newer-",
    );
    let harness = start(dir.path(), &json);
    assert_eq!(kind_of(&harness, 13.8), Some(Kind::Change));
}

/// Writes `U1.json` beside the transcript: its extracted dataset with the figures that `pick`
/// chooses of `kind`, and every measure (so every id) prefixed by `prefix`.
fn dataset_beside(
    transcript: &Path,
    pick: impl Fn(&briefboard::dataset::Indicator) -> bool,
    kind: Kind,
    prefix: &str,
) -> PathBuf {
    let bytes = std::fs::read(transcript).expect("read");
    let mut d = briefboard::extract::extract("U1.txt", &bytes).expect("extracts");
    for i in &mut d.indicators {
        if pick(i) {
            i.kind = kind;
        }
        i.measure = format!("{prefix}{}", i.measure);
    }
    briefboard::dataset::number_ids(&mut d.indicators);
    let json = transcript.with_file_name("U1.json");
    std::fs::write(&json, d.to_json()).expect("written");
    json
}

#[test]
fn an_unreadable_corrections_file_is_named_and_left_alone() {
    let (dir, file) = folder();
    let corrections = dir.path().join("U1.corrections.json");
    std::fs::write(&corrections, "{ not json").expect("written");
    let mut harness = start(dir.path(), &file);
    harness.get_by_label_contains("U1.corrections.json: line 1, column 3");
    edit(&mut harness, 85.0);
    harness.get_by_label_contains("Corrections cannot be made");
    assert_eq!(
        std::fs::read_to_string(&corrections).expect("read"),
        "{ not json"
    );
}
